"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "wanjiru", "mbk-plan-ws2"
SCREEN = (1760, 990)
TZ = "Africa/Nairobi"
