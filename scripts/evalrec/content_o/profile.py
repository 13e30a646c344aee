"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "deniz", "kadikoy-disp2"
SCREEN = (1920, 1080)
TZ = "Europe/Istanbul"
