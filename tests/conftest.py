"""Shared fixtures: paths to demo and external data, rendered test images, a warm OCR engine."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.api import Autocapture

REPO = Path(__file__).resolve().parent.parent
DEMO_BUNDLE = REPO / "demo" / "bundle"
EVALDATA = Path(os.environ.get("AUTOCAPTURE_EVALDATA", REPO.parent / "shared" / "evaldata"))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def render_lines(
    path: Path,
    lines: list[tuple[int, int, str]],
    size: tuple[int, int] = (800, 300),
    font_path: str = FONT,
    font_size: int = 22,
    fg: tuple[int, int, int] = (20, 20, 20),
    bg: tuple[int, int, int] = (250, 250, 250),
) -> dict[str, tuple[int, int, int, int]]:
    """Draw text at known places and return each line's true pixel box."""
    img = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(font_path, font_size)
    boxes = {}
    for x, y, text in lines:
        draw.text((x, y), text, font=font, fill=fg)
        boxes[text] = tuple(int(v) for v in draw.textbbox((x, y), text, font=font))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)
    return boxes


def write_bundle(root: Path, frames: list[dict], manifest: dict | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.json").write_text(
        json.dumps(manifest or {"format": "autocapture.bundle.v1", "source": "test"})
    )
    (root / "frames.jsonl").write_text("".join(json.dumps(f) + "\n" for f in frames))
    return root


class FakeOcr:
    """Test double for bad-input tests, where OCR is never the subject."""

    name = "fake"
    version = "0"

    def __init__(self) -> None:
        self.calls = 0

    def recognize(self, image: Image.Image, *, region: bool = False) -> list:
        self.calls += 1
        return []


@pytest.fixture
def fake_ocr() -> FakeOcr:
    return FakeOcr()


@pytest.fixture(scope="session")
def rapid_engine():  # type: ignore[no-untyped-def]
    from autocapture.ocr.rapid import RapidOcrEngine

    return RapidOcrEngine()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    a = Autocapture(tmp_path / "data")
    yield a
    a.close()


def evaldata(name: str) -> Path:
    path = EVALDATA / name
    if not path.is_dir():
        pytest.skip(f"external evaluation data {path} is not present")
    return path


def frame_record(ts, windows, spans_of, seed: str, size=(1280, 800), url=None):  # type: ignore[no-untyped-def]
    """A stored-frame record (no OCR, no pixels): ``spans_of(frame_id)`` gives its spans."""
    import hashlib

    from autocapture.records import FrameRecord, make_frame_id

    data = f"synthetic-{seed}".encode()
    sha = hashlib.sha256(data).hexdigest()
    fid = make_frame_id(sha, ts, 0)
    return FrameRecord(
        frame_id=fid,
        ts_utc=ts,
        width=size[0],
        height=size[1],
        url=url,
        image_sha256=sha,
        image_bytes=data,
        mime="image/png",
        source="synthetic",
        ocr_provider="synthetic",
        ocr_version="0",
        monitor_id=0,
        windows=windows,
        spans=spans_of(fid),
    )


def page_frame(items, title: str = "Page", url: str | None = None, n: int = 1, seed: str = "page"):  # type: ignore[no-untyped-def]
    """One full-screen window whose lines are (text, box) pairs: a web page or a document."""
    from datetime import UTC, datetime

    from autocapture.records import SpanRecord, WindowFact, make_span_id

    def spans(fid: str) -> list:
        return [
            SpanRecord(make_span_id(fid, "line", i), "line", i, text, box, 0.97, window_index=0)
            for i, (text, box) in enumerate(items)
        ]

    win = [WindowFact(title=title, rect=(0, 0, 1200, 900), focused=True, z=0)]
    ts = datetime(2026, 11, 23, 10, n, tzinfo=UTC)
    return frame_record(ts, win, spans, f"{seed}-{n}-{items}", size=(1200, 900), url=url)


def synthetic_frame(n: int, lines: list[str], minute: int | None = None, title: str = "Win"):  # type: ignore[no-untyped-def]
    """A stored-frame record with given text lines, no OCR: for query-side tests."""
    from datetime import UTC, datetime

    from autocapture.records import SpanRecord, WindowFact, make_span_id

    ts = datetime(2026, 11, 23, 9 + n // 60, (minute if minute is not None else n) % 60, tzinfo=UTC)

    def spans(fid: str) -> list:
        return [
            SpanRecord(
                make_span_id(fid, "line", i),
                "line",
                i,
                text,
                (10, 20 + 30 * i, 10 + 9 * len(text), 40 + 30 * i),
                0.95,
                window_index=0,
            )
            for i, text in enumerate(lines)
        ]

    win = [WindowFact(title=title, rect=(0, 0, 1280, 800), focused=True, z=0)]
    return frame_record(ts, win, spans, f"{n}-{'|'.join(lines)}")


@pytest.fixture(autouse=True)
def _fresh_promptops_services() -> Iterator[None]:
    """Each test sees its own process-wide PromptOps services."""
    from autocapture.promptops.service import reset_services

    reset_services()
    yield
    reset_services()


@pytest.fixture
def openai_server():  # type: ignore[no-untyped-def]
    """A fake OpenAI-compatible HTTP server on 127.0.0.1 (see tests/openai_server.py)."""
    from tests.openai_server import OpenAIServer

    with OpenAIServer() as server:
        yield server
