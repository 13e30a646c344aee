"""Read and validate image files before any pixel reaches OCR or the store."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image, UnidentifiedImageError

from autocapture.errors import InputError

MIME_BY_FORMAT = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}


@dataclass
class LoadedImage:
    data: bytes
    sha256: str
    mime: str
    image: Image.Image  # RGB, fully decoded

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size


def load_image(
    path: Path, origin: str, *, max_pixels: int, max_side: int, max_bytes: int
) -> LoadedImage:
    """Decode the whole file now, so a truncated or hostile image fails here, not later."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(origin, f"image file not found: {path}") from None
    except OSError as exc:
        raise InputError(origin, f"cannot read image {path}: {exc.strerror}") from None
    if not path.is_file():
        raise InputError(origin, f"not a regular file: {path}")
    if size == 0:
        raise InputError(origin, f"image file is empty (0 bytes): {path}")
    if size > max_bytes:
        raise InputError(origin, f"image file is {size} bytes, over the {max_bytes}-byte limit")
    data = path.read_bytes()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            fmt = img.format or ""
            if fmt not in MIME_BY_FORMAT:
                raise InputError(origin, f"unsupported image format {fmt or 'unknown'}: {path}")
            w, h = img.size
            if w < 1 or h < 1 or w > max_side or h > max_side or w * h > max_pixels:
                raise InputError(
                    origin,
                    f"image dimensions {w}x{h} are out of range (max side {max_side},"
                    f" max {max_pixels} pixels): {path}",
                )
            img.load()
            rgb = img.convert("RGB")
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(origin, f"image dimensions are out of range: {exc}: {path}") from None
    except UnidentifiedImageError:
        raise InputError(
            origin, f"not a readable image (unknown or corrupt format): {path}"
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(origin, f"corrupt or truncated image {path}: {exc}") from None
    return LoadedImage(data, hashlib.sha256(data).hexdigest(), MIME_BY_FORMAT[fmt], rgb)


def file_time(path: Path, tz: str) -> datetime:
    """When a plain image was taken: EXIF DateTimeOriginal (local time), else its mtime."""
    try:
        with Image.open(path) as img:
            exif = img.getexif()
            raw = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
        if raw:
            naive = datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
            return naive.replace(tzinfo=ZoneInfo(tz))
    except Exception:  # EXIF is a hint; any problem falls back to the file's time
        pass
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
