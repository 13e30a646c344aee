"""chat nodes (parser to come)."""

from __future__ import annotations

from autocapture.understand.model import Layout, UiNode


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    return []
