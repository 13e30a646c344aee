"""RapidOCR (PP-OCR models shipped in the wheel, run by onnxruntime): the default engine."""

from __future__ import annotations

import os
import threading
from importlib.metadata import version

import numpy as np
from PIL import Image

from autocapture.hookspecs import hookimpl
from autocapture.ocr.base import OcrLine, OcrWord, quad_to_bbox, union_bbox

REGION_MAX_SIDE = 6144  # bands: never upscaled, downscaled only beyond this


def _threads() -> int:
    raw = os.environ.get("AUTOCAPTURE_OCR_THREADS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else -1  # -1: every core


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
                # onnxruntime's thread pool spins after every run; live capture makes many
                # small runs, so it asks for one thread (AUTOCAPTURE_OCR_THREADS=1).
                "EngineConfig.onnxruntime.intra_op_num_threads": _threads(),
            }
        )
        self._lock = threading.Lock()

    def recognize(self, image: Image.Image, *, region: bool = False) -> list[OcrLine]:
        """REGION marks a crop of a larger screen (a changed band). RapidOCR's detector
        scales an image until its short side is 736 px: right for a whole small page, but a
        thin band would be blown up several times over, so bands run at native size."""
        with self._lock:
            det = self._detector()
            saved = (det.limit_type, det.limit_side_len) if det is not None else None
            if det is not None and region:
                det.limit_type, det.limit_side_len = "max", REGION_MAX_SIDE
            try:
                return self._recognize(image)
            finally:
                if det is not None and saved is not None:
                    det.limit_type, det.limit_side_len = saved

    def _detector(self):  # type: ignore[no-untyped-def]
        """RapidOCR's text detector (its resize settings are read on every call)."""
        loader = getattr(self._engine, "_load_det_model", None)  # lazy in rapidocr 3.x
        det = loader() if callable(loader) else getattr(self._engine, "text_det", None)
        return det if hasattr(det, "limit_type") and hasattr(det, "limit_side_len") else None

    def _recognize(self, image: Image.Image) -> list[OcrLine]:
        arr = np.asarray(image.convert("RGB"))[:, :, ::-1]  # RapidOCR expects BGR like OpenCV
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
