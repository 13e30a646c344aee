"""Frame bundle v1 and plain images: turn paths into frame sources, or clear errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
)

from autocapture.errors import InputError
from autocapture.images import IMAGE_SUFFIXES, file_time
from autocapture.records import BBox, WindowFact

BUNDLE_FORMAT = "autocapture.bundle.v1"


def _check_rect(rect: list[int]) -> list[int]:
    if len(rect) != 4:
        raise ValueError("rect must be [x1, y1, x2, y2]")
    x1, y1, x2, y2 = rect
    if x2 <= x1 or y2 <= y1:
        raise ValueError("rect must have x2 > x1 and y2 > y1")
    return rect


def _check_aware(ts: datetime) -> datetime:
    if ts.tzinfo is None:
        raise ValueError("ts_utc must carry a time zone (for example a trailing Z)")
    return ts


Rect = Annotated[list[StrictInt], AfterValidator(_check_rect)]


class MonitorRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: StrictInt = 0
    rect: Rect | None = None


class WindowRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    window_id: StrictStr | None = None
    title: StrictStr = ""
    app: StrictStr | None = None
    pid: StrictInt | None = None
    rect: Rect
    focused: StrictBool = False
    z: StrictInt | None = None


class FrameRow(BaseModel):
    """One line of frames.jsonl; unknown fields are kept compatible (ignored)."""

    model_config = ConfigDict(extra="allow")
    image: StrictStr
    ts_utc: Annotated[datetime, AfterValidator(_check_aware)]
    monitor: MonitorRow | None = None
    windows: list[WindowRow] = []
    url: StrictStr | None = None


@dataclass
class FrameSource:
    """Where one frame's pixels are and what the capture agent said about them."""

    image_path: Path
    origin: str  # "bundle/frames.jsonl:7" or the image path, for messages and provenance
    ts_utc: datetime
    monitor_id: int | None = None
    monitor_rect: BBox | None = None
    url: str | None = None
    windows: list[WindowFact] = field(default_factory=list)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(row)"
        parts.append(f"field {loc!r}: {err['msg']}")
    return "; ".join(parts)


def parse_frame_row(bundle_dir: Path, raw: Any, origin: str) -> FrameSource:
    """Validate one decoded JSON row and resolve its image inside the bundle."""
    if not isinstance(raw, dict):
        raise InputError(origin, f"expected a JSON object, got {type(raw).__name__}")
    try:
        row = FrameRow.model_validate(raw)
    except ValidationError as exc:
        raise InputError(origin, _describe(exc)) from None
    rel = Path(row.image)
    if rel.is_absolute() or not row.image.strip():
        raise InputError(
            origin, f"field 'image': must be a relative path inside the bundle: {row.image!r}"
        )
    root = bundle_dir.resolve()
    target = (root / rel).resolve()
    if not target.is_relative_to(root):
        raise InputError(origin, f"field 'image': path escapes the bundle directory: {row.image!r}")
    windows = [
        WindowFact(
            title=w.title,
            rect=tuple(w.rect),  # type: ignore[arg-type]
            window_id=w.window_id,
            app=w.app,
            pid=w.pid,
            focused=w.focused,
            z=w.z,
        )
        for w in row.windows
    ]
    monitor = row.monitor
    return FrameSource(
        image_path=target,
        origin=origin,
        ts_utc=row.ts_utc,
        monitor_id=monitor.id if monitor else None,
        monitor_rect=tuple(monitor.rect) if monitor and monitor.rect else None,  # type: ignore[arg-type]
        url=row.url,
        windows=windows,
    )


@dataclass
class CaptureRun:
    """When capture ran, as a bundle's manifest states it (recorded as a capture session)."""

    origin: str  # the bundle.json path, for messages
    source: str | None
    started_utc: datetime
    ended_utc: datetime


def _manifest_time(meta: dict[str, Any], key: str, where: str = "") -> datetime | str | None:
    """The aware datetime under ``key``, None when absent, or a message saying what is wrong."""
    if key not in meta:
        return None
    value = meta[key]
    name = f"field '{where}{key}'"
    if not isinstance(value, str):
        return f"{name}: expected an ISO 8601 UTC time string, got {type(value).__name__}"
    try:
        ts = datetime.fromisoformat(value.strip())
    except ValueError:
        return f"{name}: not an ISO 8601 time: {value!r}"
    if ts.tzinfo is None:
        return f"{name}: must carry a time zone (for example a trailing Z): {value!r}"
    return ts


def _run_from(
    meta: dict[str, Any], origin: str, source: str | None, where: str, fallback_start: bool
) -> tuple[CaptureRun | None, list[InputError]]:
    """One run from an object with ``started_utc``/``ended_utc``. No ``ended_utc``: nothing
    (how long capture ran is unknown). ``created_utc`` stands in for a missing start at the
    top level only, and is checked only then."""
    errors: list[InputError] = []
    started = _manifest_time(meta, "started_utc", where)
    ended = _manifest_time(meta, "ended_utc", where)
    for got in (started, ended):
        if isinstance(got, str):
            errors.append(InputError(origin, got))
    if started is None and fallback_start and isinstance(ended, datetime):
        started = _manifest_time(meta, "created_utc", where)
        if isinstance(started, str):
            errors.append(InputError(origin, started))
    if not isinstance(started, datetime) or not isinstance(ended, datetime):
        return None, errors
    if ended < started:
        errors.append(
            InputError(
                origin,
                f"field '{where}ended_utc': {meta['ended_utc']!r} is before the start"
                f" {started.isoformat()}",
            )
        )
        return None, errors
    return CaptureRun(origin, source, started, ended), errors


def manifest_runs(
    manifest: Path, meta: dict[str, Any]
) -> tuple[list[CaptureRun], list[InputError]]:
    """When capture ran, from a parsed bundle.json: ``runs`` (each run of a bundle that was
    continued or paused) when present, else the top-level ``started_utc``/``ended_utc``.
    Malformed values come back as errors naming the file and field; they never stop the
    frames from being ingested."""
    origin = str(manifest)
    source = meta.get("source") if isinstance(meta.get("source"), str) else None
    if "runs" in meta:
        runs_raw = meta["runs"]
        if not isinstance(runs_raw, list):
            return [], [InputError(origin, "field 'runs': expected a list of objects")]
        runs: list[CaptureRun] = []
        errors: list[InputError] = []
        for i, item in enumerate(runs_raw):
            if not isinstance(item, dict):
                errors.append(InputError(origin, f"field 'runs.{i}': expected an object"))
                continue
            run, errs = _run_from(item, origin, source, f"runs.{i}.", fallback_start=False)
            errors += errs
            if run is not None:
                runs.append(run)
        # The top-level pair is then only the envelope; check it, record the runs.
        errors += _run_from(meta, origin, source, "", fallback_start=False)[1]
        return runs, errors
    run, errors = _run_from(meta, origin, source, "", fallback_start=True)
    return ([run] if run is not None else []), errors


def _read_manifest(manifest: Path) -> dict[str, Any] | InputError:
    try:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return InputError(str(manifest), f"cannot read bundle manifest: {exc}")
    fmt = meta.get("format") if isinstance(meta, dict) else None
    if fmt != BUNDLE_FORMAT:
        return InputError(str(manifest), f"field 'format': expected {BUNDLE_FORMAT!r}, got {fmt!r}")
    return meta  # type: ignore[no-any-return]


def read_capture_runs(bundle_dir: Path) -> list[CaptureRun]:
    """The well-formed runs a bundle's manifest states (problems are reported by
    ``read_bundle``); none for a bundle without a manifest or without ``ended_utc``."""
    manifest = bundle_dir / "bundle.json"
    if not manifest.exists():
        return []
    meta = _read_manifest(manifest)
    if isinstance(meta, InputError):
        return []
    return manifest_runs(manifest, meta)[0]


def read_bundle(bundle_dir: Path) -> Iterator[FrameSource | InputError]:
    """Yield each frame of a bundle, or an error naming the file and line that is wrong."""
    manifest = bundle_dir / "bundle.json"
    frames = bundle_dir / "frames.jsonl"
    if manifest.exists():
        meta = _read_manifest(manifest)
        if isinstance(meta, InputError):
            yield meta
            return
        yield from manifest_runs(manifest, meta)[1]
    try:
        fh = frames.open("rb")
    except OSError as exc:
        yield InputError(str(frames), f"cannot open frames file: {exc.strerror}")
        return
    with fh:
        for lineno, raw_line in enumerate(fh, start=1):
            origin = f"{frames}:{lineno}"
            try:
                text = raw_line.decode("utf-8").strip()
            except UnicodeDecodeError:
                yield InputError(origin, "line is not valid UTF-8")
                continue
            if not text:
                continue
            try:
                raw = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputError(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            try:
                yield parse_frame_row(bundle_dir, raw, origin)
            except InputError as exc:
                yield exc


def is_bundle(path: Path) -> bool:
    return path.is_dir() and ((path / "frames.jsonl").exists() or (path / "bundle.json").exists())


def iter_sources(paths: list[Path], tz: str) -> Iterator[FrameSource | InputError]:
    """Bundles, folders of images (recursively, in name order) and single image files."""
    for path in paths:
        if is_bundle(path):
            yield from read_bundle(path)
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES):
                if child.is_file():
                    yield FrameSource(
                        image_path=child, origin=str(child), ts_utc=file_time(child, tz)
                    )
        elif path.is_file():
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                yield InputError(
                    str(path), "not an image (expected .png, .jpg, .jpeg or .webp) or a bundle"
                )
            else:
                yield FrameSource(image_path=path, origin=str(path), ts_utc=file_time(path, tz))
        else:
            yield InputError(str(path), "no such file or directory")
