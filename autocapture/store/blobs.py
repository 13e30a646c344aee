"""Content-addressed image blobs: stored once by sha256, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def relpath(self, sha256: str, ext: str) -> str:
        return f"{sha256[:2]}/{sha256}{ext}"

    def path(self, relpath: str) -> Path:
        return self.root / relpath

    def put(self, sha256: str, data: bytes, ext: str) -> str:
        """Write the bytes under their hash unless already there; return the relative path."""
        rel = self.relpath(sha256, ext)
        target = self.root / rel
        if target.exists() and target.stat().st_size == len(data):
            return rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)  # atomic: a kill leaves either nothing or the whole blob
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return rel

    def read(self, relpath: str) -> bytes:
        return (self.root / relpath).read_bytes()
