"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "tamsin", "gbf-opsdesk2"
SCREEN = (1920, 1080)
TZ = "Pacific/Auckland"
