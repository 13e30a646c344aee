"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "tiago", "hma-frontdesk2"
SCREEN = (1536, 864)
TZ = "Europe/Lisbon"
