"""Build a frame's UI graph: each parser reads the layout and adds the nodes it recognises.

Parsers are general layout reasoning (positions, alignment, colours, text shapes such as
times and URLs); none names an application, a screen or a question. The graph is rebuilt
from stored spans and windows alone, so a newer parser can re-parse an old store
(`autocapture reparse`) without OCR.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from autocapture.understand import (
    blocks,
    browser,
    calendar,
    chat,
    console,
    forms,
    grid,
    highlight,
    windows,
)
from autocapture.understand.model import Layout, UiNode, make_node_id

SCHEMA_ID = "screen.parse.v1"
PARSER = "autocapture.understand/21"

Parser = Callable[[Layout, list[UiNode]], list[UiNode]]

# Order matters: later parsers see earlier nodes (window nodes first, so others can nest).
PARSERS: list[tuple[str, Parser]] = [
    ("windows", windows.parse),
    ("browser", browser.parse),
    ("console", console.parse),
    ("chat", chat.parse),
    ("forms", forms.parse),
    ("calendar", calendar.parse),
    ("highlight", highlight.parse),
    ("grid", grid.parse),
    ("blocks", blocks.parse),
]


def build_graph(layout: Layout) -> list[UiNode]:
    """All nodes of one frame, with stable ids (same input, same graph)."""
    nodes: list[UiNode] = []
    for _, parse in PARSERS:
        nodes.extend(parse(layout, nodes))
    for i, node in enumerate(nodes):
        node.node_id = make_node_id(layout.frame_id, i, node.kind)
    return nodes


def graph_document(layout: Layout, nodes: list[UiNode]) -> dict:
    """The graph as one JSON document (ui_graph.schema.json)."""
    ids = [n.node_id for n in nodes]
    return {
        "schema": SCHEMA_ID,
        "parser": PARSER,
        "frame_id": layout.frame_id,
        "size": [layout.width, layout.height],
        "nodes": [n.as_dict(ids) for n in nodes],
    }


def graph_sha256(doc: dict) -> str:
    body = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()
