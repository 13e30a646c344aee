"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "hana", "wlt-prodmgr"
SCREEN = (1280, 1024)
TZ = "Australia/Adelaide"
