"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "thandi", "ogs-dutymgr1"
SCREEN = (1600, 1200)
TZ = "Africa/Johannesburg"
