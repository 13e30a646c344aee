"""The small interface every OCR engine implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

BBox = tuple[int, int, int, int]


@dataclass(frozen=True)
class OcrWord:
    text: str
    bbox: BBox
    conf: float


@dataclass(frozen=True)
class OcrLine:
    text: str
    bbox: BBox
    conf: float
    words: tuple[OcrWord, ...]


class OcrEngine(Protocol):
    """Recognise text in an RGB image; boxes are image pixels, x2/y2 exclusive.

    ``region=True`` says the image is a crop of a larger screen (a changed band), so an
    engine must not rescale it as if it were a whole, small document.
    """

    name: str
    version: str

    def recognize(self, image: Image.Image, *, region: bool = False) -> list[OcrLine]: ...


def quad_to_bbox(points: Sequence[Sequence[float]], width: int, height: int) -> BBox:
    """Axis-aligned box around a quadrilateral, clamped to the image."""
    xs = [float(p[0]) for p in points]
    ys = [float(p[1]) for p in points]
    x1 = max(0, min(width - 1, int(min(xs))))
    y1 = max(0, min(height - 1, int(min(ys))))
    x2 = max(x1 + 1, min(width, round(max(xs))))
    y2 = max(y1 + 1, min(height, round(max(ys))))
    return (x1, y1, x2, y2)


def union_bbox(boxes: Sequence[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
