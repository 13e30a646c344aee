"""OCR engines turn pixels into positioned lines and words."""

from autocapture.ocr.base import OcrEngine, OcrLine, OcrWord

__all__ = ["OcrEngine", "OcrLine", "OcrWord"]
