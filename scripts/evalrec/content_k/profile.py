"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "aroha", "courier-subs2"
SCREEN = (1920, 1200)
TZ = "Pacific/Auckland"
