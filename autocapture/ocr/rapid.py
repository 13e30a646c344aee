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
        """REGION marks a crop of a larger screen (live capture's changed areas), read at
        native size and thrift:

        - RapidOCR's detector scales an image until its short side is 736 px: right for a
          whole small page, but a thin band would be blown up several times over;
        - it pads an image wider than 8:1 with rows until it is 4:1 (meant for one cropped
          line): an 800x24 band would be detected as 800x200 (still padded to 60 rows when
          thinner than 30);
        - the recogniser reads lines in batches of 6, each padded to the widest: one at a
          time is no slower on one thread and holds a fraction of the memory (a batch of
          long terminal lines scaled to 48 px high took 250 MB)."""
        with self._lock:
            if not region:
                return self._recognize(image)
            saved: list[tuple[object, str, object]] = []

            def setting(obj: object, attr: str, value: object) -> None:
                if obj is not None and hasattr(obj, attr):
                    saved.append((obj, attr, getattr(obj, attr)))
                    setattr(obj, attr, value)

            det = self._detector()
            setting(det, "limit_type", "max")
            setting(det, "limit_side_len", REGION_MAX_SIDE)
            setting(self._engine, "width_height_ratio", -1)
            setting(self._recognizer(), "rec_batch_num", 1)
            try:
                return self._recognize(image)
            finally:
                for obj, attr, value in reversed(saved):
                    setattr(obj, attr, value)

    def _recognizer(self):  # type: ignore[no-untyped-def]
        loader = getattr(self._engine, "_load_rec_model", None)  # lazy in rapidocr 3.x
        return loader() if callable(loader) else getattr(self._engine, "text_rec", None)

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
