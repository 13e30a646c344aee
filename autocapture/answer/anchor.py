"""Cite a value read from a table cell with the cell as well as its text.

OCR boxes only the ink of "190.7"", but what the user looks at, and what a page's own layout
calls the element, is the cell that holds it. The UI graph's ``table_cell`` nodes carry the
cell's box (see ``understand/grid.py``); a claim resting on a span inside one also cites the
cell, so the evidence points at the element, and the span still gives the exact text.
"""

from __future__ import annotations

from autocapture.answer.draft import Evidence
from autocapture.understand.reader import GraphReader, NodeRow

NODE_PREFIX = "n_"


def with_cells(graph: GraphReader, evidence: list[Evidence]) -> list[Evidence]:
    """EVIDENCE plus, after each cited span that sits in a table cell, that cell."""
    cells: dict[str, list[NodeRow]] = {}
    out: list[Evidence] = []
    for e in evidence:
        out.append(e)
        if e.role != "value" or e.line.span_id.startswith(NODE_PREFIX):
            continue
        fid = e.line.frame_id
        if fid not in cells:
            cells[fid] = graph.nodes(("table_cell",), frame_ids=[fid])
        cell = next((c for c in cells[fid] if e.line.span_id in c.span_ids), None)
        if cell is not None and all(o.line.span_id != cell.node_id for o in out):
            out.append(Evidence(cell.as_line(), "value", e.claim))
    return out
