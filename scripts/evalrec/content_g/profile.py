"""Who records: user and host (in prompts and titles), screen size, default time zone."""

from __future__ import annotations

USER, HOST = "renata", "rotasul-desp2"
SCREEN = (1400, 1050)
TZ = "America/Sao_Paulo"
