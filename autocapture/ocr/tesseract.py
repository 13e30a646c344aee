"""Tesseract via pytesseract: the second engine, with native word and line grouping."""

from __future__ import annotations

import os
import shutil

from PIL import Image

from autocapture.errors import PluginError
from autocapture.hookspecs import hookimpl
from autocapture.ocr.base import OcrLine, OcrWord, union_bbox


class TesseractEngine:
    name = "tesseract"

    def __init__(self) -> None:
        import pytesseract

        if shutil.which("tesseract") is None:
            raise PluginError("tesseract binary not found: apt-get install tesseract-ocr")
        # Tesseract's OpenMP threads fight with our own parallelism; one thread is faster here.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        self._pt = pytesseract
        self.version = str(pytesseract.get_tesseract_version())

    def recognize(self, image: Image.Image, *, region: bool = False) -> list[OcrLine]:
        data = self._pt.image_to_data(
            image.convert("RGB"), output_type=self._pt.Output.DICT, config="--psm 3"
        )
        grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
        for i, text in enumerate(data["text"]):
            text = (text or "").strip()
            conf = float(data["conf"][i])
            if not text or conf < 0:
                continue
            x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            grouped.setdefault(key, []).append(OcrWord(text, (x, y, x + w, y + h), conf / 100.0))
        lines = []
        for words in grouped.values():
            words.sort(key=lambda w: w.bbox[0])
            conf = sum(w.conf for w in words) / len(words)
            text = " ".join(w.text for w in words)
            lines.append(OcrLine(text, union_bbox([w.bbox for w in words]), conf, tuple(words)))
        lines.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))
        return lines


@hookimpl
def register_ocr_engines(register):  # type: ignore[no-untyped-def]
    register("tesseract", TesseractEngine)
