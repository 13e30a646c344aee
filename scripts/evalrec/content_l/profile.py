"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "sushmita", "saligram-ops2"
SCREEN = (2048, 1152)
TZ = "Asia/Kathmandu"
