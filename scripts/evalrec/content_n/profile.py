"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "cora", "baluarte-reg1"
SCREEN = (1366, 768)
TZ = "Asia/Manila"
