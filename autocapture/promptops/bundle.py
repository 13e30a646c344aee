"""Prompt bundles: a directory of templates pinned by a manifest of ids, versions and hashes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "manifest.json"
BUNDLE_FORMAT = "autocapture.promptops.bundle.v1"
DEFAULT_BUNDLE_DIR = Path(__file__).parent / "default_bundle"


class BundleError(Exception):
    """The bundle cannot be used: missing, unreadable, or not what its manifest says."""


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    file: str
    sha256: str
    text: str


@dataclass(frozen=True)
class PromptBundle:
    path: Path
    sha256: str
    templates: dict[str, Template]

    def text(self, template_id: str) -> str:
        if template_id not in self.templates:
            raise BundleError(f"bundle {self.sha256[:12]} has no template {template_id!r}")
        return self.templates[template_id].text


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bundle_hash(entries: list[dict]) -> str:
    """The bundle's identity: its templates' ids, versions and content hashes, nothing else."""
    canon = sorted((e["id"], int(e["version"]), e["sha256"]) for e in entries)
    return sha256_bytes(json.dumps(canon, separators=(",", ":")).encode())


def load_bundle(path: Path) -> PromptBundle:
    """Read and verify every template against the manifest; any mismatch is an error."""
    manifest_path = path / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BundleError(f"{manifest_path}: prompt bundle manifest is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"{manifest_path}: unreadable manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise BundleError(f"{manifest_path}: 'format' must be {BUNDLE_FORMAT!r}")
    entries = manifest.get("templates")
    if not isinstance(entries, list) or not entries:
        raise BundleError(f"{manifest_path}: 'templates' must be a non-empty list")
    templates: dict[str, Template] = {}
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not all(k in e for k in ("id", "version", "file", "sha256")):
            raise BundleError(f"{manifest_path}: templates[{i}] needs id, version, file, sha256")
        file = path / e["file"]
        if not file.resolve().is_relative_to(path.resolve()):
            raise BundleError(f"{manifest_path}: templates[{i}].file escapes the bundle")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise BundleError(f"{file}: template {e['id']!r} unreadable: {exc.strerror}") from None
        actual = sha256_bytes(data)
        if actual != e["sha256"]:
            raise BundleError(
                f"{file}: template {e['id']!r} sha256 {actual[:12]} does not match the"
                f" manifest's {str(e['sha256'])[:12]}"
            )
        templates[e["id"]] = Template(
            e["id"], int(e["version"]), e["file"], actual, data.decode("utf-8")
        )
    digest = bundle_hash(entries)
    if manifest.get("sha256") not in (None, digest):
        raise BundleError(f"{manifest_path}: bundle sha256 does not match its templates")
    return PromptBundle(path, digest, templates)


def write_manifest(path: Path, versions: dict[str, tuple[int, str]]) -> str:
    """(Re)write a manifest for the files in PATH: {template_id: (version, file)}."""
    entries = []
    for tid, (version, file) in sorted(versions.items()):
        entries.append(
            {
                "id": tid,
                "version": version,
                "file": file,
                "sha256": sha256_bytes((path / file).read_bytes()),
            }
        )
    digest = bundle_hash(entries)
    manifest = {"format": BUNDLE_FORMAT, "sha256": digest, "templates": entries}
    (path / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return digest


def stat_signature(path: Path) -> tuple:
    """Cheap change detector (sizes and mtimes) so queries need not hash files each time."""
    sig = []
    try:
        for p in sorted(path.iterdir()):
            st = p.stat()
            sig.append((p.name, st.st_size, st.st_mtime_ns))
    except OSError:
        return ("unreadable", str(path))
    return tuple(sig)
