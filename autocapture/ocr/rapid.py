"""RapidOCR (PP-OCR models shipped in the wheel, run by onnxruntime): the default engine."""

from __future__ import annotations

import threading
from importlib.metadata import version

import numpy as np
from PIL import Image

from autocapture.hookspecs import hookimpl
from autocapture.ocr.base import OcrLine, OcrWord, quad_to_bbox, union_bbox


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        self.version = version("rapidocr")
        # Screen text is upright: the orientation classifier only costs time and, on short
        # crops, flips lines it misjudges ("$89.99" read as "66'68$").
        self._engine = RapidOCR(
            params={
                "Global.return_word_box": True,
                "Global.log_level": "warning",
                "Global.use_cls": False,
            }
        )
        self._lock = threading.Lock()

    def recognize(self, image: Image.Image) -> list[OcrLine]:
        arr = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RapidOCR expects BGR like OpenCV
        with self._lock:
            result = self._engine(arr, return_word_box=True)
        if result is None or result.boxes is None or result.txts is None:
            return []
        width, height = image.size
        words_per_line = result.word_results or ()
        lines: list[OcrLine] = []
        for i, (quad, text, score) in enumerate(
            zip(result.boxes, result.txts, result.scores, strict=False)
        ):
            text = str(text).strip()
            if not text:
                continue
            line_box = quad_to_bbox(quad, width, height)
            words: list[OcrWord] = []
            if i < len(words_per_line):
                for item in words_per_line[i] or ():
                    w_text, w_score, w_quad = item[0], item[1], item[2]
                    w_text = str(w_text).strip()
                    if w_text:
                        words.append(
                            OcrWord(w_text, quad_to_bbox(w_quad, width, height), float(w_score))
                        )
            if not words:
                words = [OcrWord(text, line_box, float(score))]
            else:
                line_box = union_bbox([line_box, *(w.bbox for w in words)])
            lines.append(OcrLine(text, line_box, float(score), tuple(words)))
        return lines


@hookimpl
def register_ocr_engines(register):  # type: ignore[no-untyped-def]
    register("rapidocr", RapidOcrEngine)
