"""Screen understanding: the UI graph (screen.parse.v1) of each frame, built from OCR spans,
window facts and the colours sampled from the pixels."""

from autocapture.understand.graph import PARSER, SCHEMA_ID, build_graph
from autocapture.understand.model import Layout, UiNode

__all__ = ["PARSER", "SCHEMA_ID", "Layout", "UiNode", "build_graph"]
