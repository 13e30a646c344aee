"""Ingest: sources to stored, OCR'd, indexed frames; one failure never stops the rest."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from autocapture.bundle import CaptureRun, FrameSource, is_bundle, iter_sources, read_capture_runs
from autocapture.config import Config
from autocapture.errors import InputError
from autocapture.extract import build_spans
from autocapture.images import load_image
from autocapture.ocr.base import OcrEngine
from autocapture.records import FrameRecord, make_frame_id
from autocapture.store import Store
from autocapture.store.sessions import record_session


@dataclass
class IngestFailure:
    origin: str
    reason: str


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    sessions: int = 0  # capture sessions recorded from bundle manifests (started/ended_utc)
    failed: list[IngestFailure] = field(default_factory=list)
    stage_ms: dict[str, list[float]] = field(default_factory=dict)

    def time(self, stage: str, ms: float) -> None:
        self.stage_ms.setdefault(stage, []).append(ms)

    @property
    def ok(self) -> bool:
        return not self.failed


ProgressFn = Callable[[str, str], None]  # (event: added|skipped|failed|session, origin)
PlanItem = FrameSource | CaptureRun | InputError


class Ingestor:
    """Holds the store and one warm OCR engine; reuse it across many paths."""

    def __init__(self, config: Config, store: Store, engine: OcrEngine) -> None:
        self.config = config
        self.store = store
        self.engine = engine

    def plan(self, paths: list[Path]) -> list[PlanItem]:
        """Read every manifest first so progress has a total before any OCR starts. A bundle
        whose manifest says when capture ran is followed by that run, recorded after its
        frames (so a session never claims time whose frames are not stored yet)."""
        items: list[PlanItem] = []
        for path in paths:
            items.extend(iter_sources([path], self.config.timezone))
            if is_bundle(path):
                items.extend(read_capture_runs(path))
        return items

    def ingest_one(self, src: FrameSource, report: IngestReport) -> str:
        ocr_cfg = self.config.ocr
        t0 = time.perf_counter()
        img = load_image(
            src.image_path,
            src.origin,
            max_pixels=ocr_cfg.max_image_pixels,
            max_side=ocr_cfg.max_image_side,
            max_bytes=ocr_cfg.max_file_bytes,
        )
        frame_id = make_frame_id(img.sha256, src.ts_utc, src.monitor_id)
        report.time("decode", (time.perf_counter() - t0) * 1000)
        if self.store.has_frame(frame_id):
            return "skipped"
        t1 = time.perf_counter()
        lines = self.engine.recognize(img.image)
        report.time("ocr", (time.perf_counter() - t1) * 1000)
        t2 = time.perf_counter()
        width, height = img.size
        spans = build_spans(frame_id, lines, np.asarray(img.image), src.windows, src.monitor_rect)
        report.time("spans", (time.perf_counter() - t2) * 1000)
        rec = FrameRecord(
            frame_id=frame_id,
            ts_utc=src.ts_utc,
            width=width,
            height=height,
            image_sha256=img.sha256,
            image_bytes=img.data,
            mime=img.mime,
            source=src.origin,
            ocr_provider=self.engine.name,
            ocr_version=self.engine.version,
            monitor_id=src.monitor_id,
            monitor_rect=src.monitor_rect,
            url=src.url,
            windows=src.windows,
            spans=spans,
        )
        t3 = time.perf_counter()
        added = self.store.write_frame(rec)
        report.time("store_index", (time.perf_counter() - t3) * 1000)
        return "added" if added else "skipped"

    def run(
        self,
        items: list[PlanItem],
        progress: ProgressFn | None = None,
    ) -> IngestReport:
        report = IngestReport()
        for item in items:
            if isinstance(item, InputError):
                report.failed.append(IngestFailure(item.origin, item.reason))
                event, origin = "failed", item.origin
            elif isinstance(item, CaptureRun):
                # One upsert: re-ingesting the bundle keeps the session as it is.
                origin = item.origin
                try:
                    record_session(self.store.db, item.source, item.started_utc, item.ended_utc)
                    report.sessions += 1
                    event = "session"
                except Exception as exc:  # e.g. the database is locked: report, go on
                    report.failed.append(IngestFailure(origin, f"capture session: {exc}"))
                    event = "failed"
            else:
                origin = item.origin
                try:
                    event = self.ingest_one(item, report)
                except InputError as exc:
                    report.failed.append(IngestFailure(exc.origin, exc.reason))
                    event = "failed"
                except Exception as exc:  # an engine crash on one frame must not stop the rest
                    report.failed.append(IngestFailure(origin, f"{type(exc).__name__}: {exc}"))
                    event = "failed"
                if event == "added":
                    report.added += 1
                elif event == "skipped":
                    report.skipped += 1
            if progress:
                progress(event, origin)
        return report
