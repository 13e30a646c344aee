"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "devika", "rx-night-ws3"
SCREEN = (1440, 900)
TZ = "Asia/Kolkata"
