"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "amara", "furrow-lt"
SCREEN = (1366, 768)
TZ = "America/Chicago"
