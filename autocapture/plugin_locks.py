"""Plugin manifests and the lock file that pins them.

A plugin's manifest lists the files of its module (the package directory when it is a package)
with their sha256; the manifest hash is the hash of that list. It is computed from the files
on disk without importing anything, so a tampered plugin is refused before its code runs.
The module's own dependencies are not covered: pin those with the package manager.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.machinery import PathFinder
from pathlib import Path
from typing import Any

LOCK_FORMAT = "autocapture.plugins.lock.v1"
LOCK_FILE = "plugins.lock.json"


class LockError(Exception):
    """The lock file cannot be read or does not have the expected shape."""


def module_files(target: str) -> list[Path]:
    """The source files of ``pkg.mod[:attr]``, found without executing any of its code."""
    parts = target.split(":")[0].split(".")
    spec = PathFinder.find_spec(parts[0])
    if spec is None:
        raise LockError(f"module {parts[0]!r} is not installed")
    if spec.submodule_search_locations:
        base = Path(next(iter(spec.submodule_search_locations)))
    elif spec.origin and len(parts) == 1:
        return [Path(spec.origin)]
    else:
        raise LockError(f"cannot locate {target!r}")
    path = base.joinpath(*parts[1:])
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    py = path.with_suffix(".py")
    if py.is_file():
        return [py]
    raise LockError(f"cannot locate the source of {target!r}")


def manifest(name: str, target: str) -> dict[str, Any]:
    files = module_files(target)
    root = Path(os.path.commonpath([str(p.parent) for p in files]))
    return {
        "name": name,
        "target": target,
        "files": {
            p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in files
        },
    }


def manifest_hash(name: str, target: str) -> str:
    body = json.dumps(manifest(name, target), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


def read_lock(path: Path) -> dict[str, dict[str, str]]:
    """name -> {target, sha256}; LockError names the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LockError(f"{path}: lock file missing (run `autocapture plugins lock`)") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LockError(f"{path}: cannot read lock file: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != LOCK_FORMAT:
        raise LockError(f"{path}: 'format' must be {LOCK_FORMAT!r}")
    plugins = data.get("plugins")
    if not isinstance(plugins, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("sha256"), str) for v in plugins.values()
    ):
        raise LockError(f"{path}: 'plugins' must map names to {{target, sha256}}")
    return plugins


def write_lock(path: Path, plugins: dict[str, str]) -> dict[str, dict[str, str]]:
    """Pin each ``name -> target`` at its current manifest hash (atomically)."""
    entries = {
        name: {"target": target, "sha256": manifest_hash(name, target)}
        for name, target in sorted(plugins.items())
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        json.dumps({"format": LOCK_FORMAT, "plugins": entries}, indent=2) + "\n", encoding="utf-8"
    )
    os.replace(tmp, path)
    return entries


def check_locked(
    name: str, target: str, lock: dict[str, dict[str, str]] | None, lock_error: str | None
) -> str | None:
    """None when the plugin may load; otherwise why not (fail-closed on any doubt)."""
    if lock is None:
        return lock_error or "lock file unavailable"
    entry = lock.get(name)
    if entry is None:
        return "not in the lock file"
    if entry.get("target") != target:
        return f"locked to {entry.get('target')!r}, installed as {target!r}"
    try:
        found = manifest_hash(name, target)
    except (LockError, OSError) as exc:
        return f"cannot hash its manifest: {exc}"
    if found != entry["sha256"]:
        return f"manifest hash mismatch (locked {entry['sha256'][:12]}, found {found[:12]})"
    return None
