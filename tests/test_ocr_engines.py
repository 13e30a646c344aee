"""Both OCR engines read real rendered pixels into words and lines with true boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from autocapture.evals.runner import iou
from autocapture.ocr.base import OcrEngine
from tests.conftest import MONO, render_lines

LINES = [(20, 20, "Invoice INV-2026-0042"), (20, 80, "Total due 1,284.50"), (420, 80, "Paid")]


def check_engine(engine: OcrEngine, tmp_path: Path) -> None:
    truth = render_lines(tmp_path / "t.png", LINES, size=(640, 140), font_path=MONO)
    lines = engine.recognize(Image.open(tmp_path / "t.png"))
    texts = [ln.text for ln in lines]
    assert any("INV-2026-0042" in t for t in texts), texts
    assert any("1,284.50" in t for t in texts), texts
    inv = next(ln for ln in lines if "INV-2026-0042" in ln.text)
    assert iou(inv.bbox, truth["Invoice INV-2026-0042"]) > 0.5
    words = [w for ln in lines for w in ln.words]
    word = next(w for w in words if "INV-2026-0042" in w.text)
    x1, _, x2, _ = inv.bbox
    assert x1 <= word.bbox[0] and word.bbox[2] <= x2 + 1
    assert word.bbox[0] > x1 + 50  # the word box is the id, not the whole line
    assert all(0.0 <= w.conf <= 1.0 for w in words)


def test_rapidocr_reads_words_with_boxes(rapid_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_engine(rapid_engine, tmp_path)


def test_tesseract_reads_words_with_boxes(tmp_path: Path) -> None:
    from autocapture.errors import PluginError
    from autocapture.ocr.tesseract import TesseractEngine

    try:
        engine = TesseractEngine()
    except PluginError as exc:
        pytest.skip(str(exc))
    check_engine(engine, tmp_path)


def test_colours_are_sampled_from_pixels(rapid_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from autocapture.extract import build_spans

    render_lines(
        tmp_path / "c.png",
        [(20, 20, "FAILED test_refund")],
        size=(400, 70),
        fg=(205, 49, 49),
        bg=(30, 30, 30),
        font_size=26,
    )
    img = Image.open(tmp_path / "c.png").convert("RGB")
    spans = build_spans("f_x", rapid_engine.recognize(img), np.asarray(img), [], None)
    line = next(s for s in spans if s.kind == "line")
    fg = tuple(int(line.fg[i : i + 2], 16) for i in (1, 3, 5))
    bg = tuple(int(line.bg[i : i + 2], 16) for i in (1, 3, 5))
    assert max(abs(a - b) for a, b in zip(bg, (30, 30, 30), strict=True)) <= 8
    assert max(abs(a - b) for a, b in zip(fg, (205, 49, 49), strict=True)) <= 40


def test_band_ocr_runs_at_native_size_and_restores_settings(rapid_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    render_lines(
        tmp_path / "band.png",
        [(10, 8, "tick 42 12:00:03")],
        size=(1280, 40),
        font_path=MONO,
        font_size=18,
    )
    band = Image.open(tmp_path / "band.png")
    det = rapid_engine._detector()
    before = (det.limit_type, det.limit_side_len)
    lines = rapid_engine.recognize(band, region=True)
    assert any("tick 42" in ln.text for ln in lines), [ln.text for ln in lines]
    assert (det.limit_type, det.limit_side_len) == before
