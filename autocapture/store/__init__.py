"""SQLite at the heart: frames, windows, spans, their indexes, and image blobs."""

from autocapture.store.db import Store, open_store

__all__ = ["Store", "open_store"]
