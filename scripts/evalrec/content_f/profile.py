"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "mireille", "cellbio-b317"
SCREEN = (1680, 1050)
TZ = "America/Toronto"
