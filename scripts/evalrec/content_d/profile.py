"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "nell", "ap-suite410"
SCREEN = (1600, 900)
TZ = "America/Los_Angeles"
