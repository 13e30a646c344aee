"""False positives of the UI graph on recorded screens, read by the real OCR engine from the
real pixels of the x11 evaluation bundles (window facts as the X server gave them).

* A terminal that prints a URL (or a file name such as ``night-rota.csv``, which reads as a
  host name) near its top is no browser: no address bar, tab strip or tab in it.
* A table a terminal prints with ``column -t`` (a rota, a loan roster) is no form: its cells
  side by side are columns, not labels and values ("shift: extension").

Each test also checks what must stay: the browser's own chrome and the forms' own fields in
the same frames, and that the terminal really showed the URL or the table (so a test cannot
pass because OCR missed the text).
"""

from __future__ import annotations

import json
from functools import cache

import numpy as np

from autocapture.bundle import FrameSource, iter_sources
from autocapture.config import OcrConfig
from autocapture.extract import build_spans
from autocapture.images import load_image
from autocapture.understand import Layout, UiNode, build_graph
from autocapture.understand.forms import text_grid
from autocapture.understand.model import claimed
from tests.conftest import REPO

EVALS = REPO / "evals"
CHROME = ("url_bar", "tab_strip", "tab")


@cache
def _engine():  # type: ignore[no-untyped-def]
    from autocapture.ocr.rapid import RapidOcrEngine

    return RapidOcrEngine()


@cache
def recorded(bundle: str, image: str) -> tuple[Layout, tuple[UiNode, ...]]:
    """One recorded frame as ingest reads it: OCR on its pixels, spans with colours and
    windows, and the graph built from them (cached: each frame is read once per session)."""
    root = EVALS / bundle / "bundle"
    src = next(
        s
        for s in iter_sources([root], "UTC")
        if isinstance(s, FrameSource) and s.image_path.name == image
    )
    limits = OcrConfig()  # ingest's defaults
    img = load_image(
        src.image_path,
        src.origin,
        max_pixels=limits.max_image_pixels,
        max_side=limits.max_image_side,
        max_bytes=limits.max_file_bytes,
    )
    lines = _engine().recognize(img.image)
    spans = build_spans("f_rec", lines, np.asarray(img.image), src.windows, src.monitor_rect)
    layout = Layout("f_rec", *img.size, src.windows, spans)
    return layout, tuple(build_graph(layout))


def window_of(layout: Layout, app: str) -> int:
    [wi] = [i for i, w in enumerate(layout.windows) if w.app == app]
    return wi


def nodes_in(nodes: tuple[UiNode, ...], wi: int, kinds: tuple[str, ...]) -> list[UiNode]:
    return [n for n in nodes if n.window_index == wi and n.kind in kinds]


def text_of(layout: Layout, wi: int) -> str:
    return " ".join(s.text for s in layout.window_lines(wi))


def fields(nodes: tuple[UiNode, ...], wi: int) -> dict[str, str]:
    return {n.attrs["key"]: n.attrs["value"] for n in nodes_in(nodes, wi, ("form_field",))}


def truth_fields(bundle: str, form: int) -> dict[str, str]:
    """Label -> typed value of a recorded form's text, date and combo fields."""
    truth = json.loads((EVALS / bundle / "truth.json").read_text())
    return {
        f["label"]: f["value"]
        for f in truth["forms"][form]["fields"]
        if f["kind"] in ("TEXT", "CB", "DT")
    }


# -- a terminal that printed a URL beside a browser -----------------------------------------


def test_a_terminal_serving_a_url_has_no_browser_chrome_and_the_browser_keeps_its() -> None:
    """x11b/browser: the terminal ran `python3 -m http.server` and prints its URL on the
    second row under its title; the browser beside it shows the same site."""
    layout, nodes = recorded("x11b/browser", "20261124T164202740931.png")
    term, web = window_of(layout, "xterm"), window_of(layout, "chromium")
    assert "http://127.0.0.1:9133" in text_of(layout, term)
    assert nodes_in(nodes, term, CHROME) == []
    [bar] = nodes_in(nodes, web, ("url_bar",))
    assert bar.attrs["url"] == "127.0.0.1:9133/release-notes.html"
    tabs = nodes_in(nodes, web, ("tab",))
    assert len(tabs) >= 4
    assert [t.text for t in tabs if t.attrs["active"]] == ["Release notes"]


def test_a_terminal_printing_a_file_name_at_its_top_has_no_address_bar() -> None:
    """x11c/form: `column ... night-rota.csv` on the terminal's first row; the file name reads
    as a host name ('.csv' as a top-level domain), the title bar above it as a tab."""
    layout, nodes = recorded("x11c/form", "20261124T172702784065.png")
    term = window_of(layout, "xterm")
    assert "night-rota.csv" in text_of(layout, term)
    assert [n for n in nodes if n.kind in CHROME] == []


# -- a table printed in a terminal beside a form ---------------------------------------------


def test_a_rota_printed_by_column_is_no_form_and_the_form_beside_it_keeps_its_fields() -> None:
    """x11c/form: the night rota (name | staff_no | ward | shift | extension) printed by
    `column -t` under the filled discrepancy report."""
    layout, nodes = recorded("x11c/form", "20261124T172702784065.png")
    term, form = window_of(layout, "xterm"), window_of(layout, "yad")
    rota = text_of(layout, term)
    assert all(w in rota for w in ("shift", "extension", "Divya Rao", "SVH-35082", "4174"))
    assert fields(nodes, term) == {}
    got, want = fields(nodes, form), truth_fields("x11c/form", 0)
    assert {k: got[k] for k in got if k in want} == {k: want[k] for k in got if k in want}
    assert len(set(got) & set(want)) >= 5
    assert got["Incident form filed"] == "unchecked"


def test_a_loan_roster_printed_by_column_is_no_form() -> None:
    """x11b/form: `column -s, -t loan-roster.csv` beside the (dark) equipment loan form."""
    layout, nodes = recorded("x11b/form", "20261124T165039845570.png")
    term, form = window_of(layout, "xterm"), window_of(layout, "yad")
    roster = text_of(layout, term)
    assert all(w in roster for w in ("Survey drone", "2026-12-05", "Field laptop"))
    assert fields(nodes, term) == {}
    got, want = fields(nodes, form), truth_fields("x11b/form", 0)
    assert {k: got[k] for k in got if k in want} == {k: want[k] for k in got if k in want}
    assert len(set(got) & set(want)) >= 4


def test_terminals_read_as_character_grids_and_forms_and_browsers_do_not() -> None:
    """The measure both rules rest on, over the windows of the recorded frames above."""
    for bundle, image in (
        ("x11b/browser", "20261124T164202740931.png"),
        ("x11c/form", "20261124T172702784065.png"),
        ("x11b/form", "20261124T165039845570.png"),
    ):
        layout, nodes = recorded(bundle, image)
        titles = claimed(list(nodes), ("title_bar",))
        for wi, win in enumerate(layout.windows):
            lines = [s for s in layout.window_lines(wi) if s.span_id not in titles]
            assert text_grid(layout, lines) == (win.app == "xterm"), (bundle, win.app)


def test_labelled_rows_on_a_terminal_stay_fields_and_unlabelled_columns_do_not() -> None:
    """On a grid only unlabelled columns are dropped: 'Key:   value' rows (kubectl describe,
    systemctl status) stay fields. Synthetic spans, laid out as the recorded terminal draws
    them (8-pixel cells, 17-pixel rows, 20-pixel OCR boxes), in its window."""
    from autocapture.records import SpanRecord

    layout, _ = recorded("x11c/form", "20261124T172702784065.png")
    wi = window_of(layout, "xterm")
    x, y = layout.windows[wi].rect[:2]
    rows = [("Name:", "ward-board"), ("Namespace:", "pharmacy"), ("Status:", "Running"),
            ("Restarts:", "0"), ("Node:", "ws3")]  # fmt: skip

    def graph(colon: bool) -> dict[str, str]:
        spans = []
        for i, (k, v) in enumerate(rows):
            k = k if colon else k.rstrip(":")
            top, vx = y + 40 + 17 * i, x + 123
            spans += [
                SpanRecord(f"s_k{i}", "line", 2 * i, k, (x + 3, top, x + 3 + 8 * len(k), top + 20),
                           0.9, window_index=wi),
                SpanRecord(f"s_v{i}", "line", 2 * i + 1, v, (vx, top, vx + 8 * len(v), top + 20),
                           0.9, window_index=wi),
            ]  # fmt: skip
        synthetic = Layout("f_syn", layout.width, layout.height, layout.windows, spans)
        nodes = build_graph(synthetic)
        return {n.attrs["key"]: n.attrs["value"] for n in nodes if n.kind == "form_field"}

    assert graph(colon=True) == {k.rstrip(":"): v for k, v in rows}
    assert graph(colon=False) == {}
