"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

from ..constants import DEFAULT_TZ, HOST, SCREEN, USER

__all__ = ["HOST", "SCREEN", "TZ", "USER"]
TZ = DEFAULT_TZ
