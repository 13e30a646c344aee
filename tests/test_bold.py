"""Bold text from real pixels: TrueType regular and bold faces (PIL) and a real xterm under
Xvfb, through the real OCR ingest; the UI graph marks exactly the bold words and the
console_color answerer answers bold questions with verified citations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import SpanRecord
from autocapture.store import Store
from autocapture.store.graphs import load_layout
from autocapture.understand.console import bold_flags, window_bold
from tests.conftest import frame_record, write_bundle

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBERATION = "/usr/share/fonts/truetype/liberation/"
FACES = {
    "mono": (DEJAVU + "DejaVuSansMono.ttf", DEJAVU + "DejaVuSansMono-Bold.ttf"),
    "sans": (DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf"),
    "liberation": (
        LIBERATION + "LiberationSans-Regular.ttf",
        LIBERATION + "LiberationSans-Bold.ttf",
    ),
}
# (face, size in px, words; a leading * marks a bold word). Two sizes per face, so bold is
# judged against text of its own size, never against the larger or smaller lines.
LINES = [
    ("mono", 15, "*build.sh deploy.sh README.md *scripts notes.txt"),
    ("mono", 15, "CHANGELOG.md *dist pyproject.toml setup.cfg *tests"),
    ("sans", 15, "Release *notes for version four *shipped today"),
    ("mono", 24, "*docs tidepool.tar.gz LICENSE *bin"),
    ("liberation", 24, "Weekly *report about harbour *stations"),
    ("liberation", 24, "Nothing here is heavy at all"),
]
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


def render(path: Path, dark: bool) -> set[str]:
    """Draw LINES word by word in the regular or bold face; return the bold words."""
    fg, bg = ((225, 225, 225), (24, 24, 28)) if dark else ((30, 30, 30), (252, 252, 252))
    img = Image.new("RGB", (1100, 420), bg)
    draw = ImageDraw.Draw(img)
    bold: set[str] = set()
    y = 20
    for face, size, text in LINES:
        regular, heavy = (ImageFont.truetype(f, size) for f in FACES[face])
        x = 30
        for word in text.split():
            font = heavy if word.startswith("*") else regular
            word = word.lstrip("*")
            if font is heavy:
                bold.add(word)
            draw.text((x, y), word, font=font, fill=fg)
            x += int(draw.textlength(word + "  ", font=font))
        y += int(size * 2.2)
    img.save(path)
    return bold


def graph_bold_words(store: Store) -> tuple[set[str], set[str]]:
    """Words the graph's console lines mark bold, and words it marks regular."""
    bold: set[str] = set()
    regular: set[str] = set()
    db = store.db
    for row in db.execute(
        "SELECT frame_id, span_ids, attrs FROM ui_node WHERE kind = 'console_line'"
    ):
        attrs = json.loads(row["attrs"])
        differing = {w["span_id"]: w for w in attrs["words"]}
        [line_id] = json.loads(row["span_ids"])
        for w in db.execute(
            "SELECT span_id, text FROM span WHERE line_span_id = ? AND kind = 'word'", (line_id,)
        ):
            flag = differing[w["span_id"]]["bold"] if w["span_id"] in differing else attrs["bold"]
            (bold if flag else regular).add(w["text"])
    return bold, regular


def make_app(root: Path) -> Autocapture:
    cfg = load_config(root)
    cfg.timezone = "UTC"
    return Autocapture(config=cfg)


@pytest.fixture(scope="module")
def dark_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Autocapture, set[str]]]:
    root = tmp_path_factory.mktemp("bold")
    bold = render(root / "dark.png", dark=True)
    app = make_app(root / "data")
    report = app.ingest([root / "dark.png"])
    assert report.added == 1
    yield app, bold
    app.close()


def test_graph_marks_exactly_the_bold_words_across_fonts_and_sizes(dark_app) -> None:  # type: ignore[no-untyped-def]
    app, truth = dark_app
    bold, regular = graph_bold_words(app.store)
    words = {w.lstrip("*") for _, _, t in LINES for w in t.split()}
    read = (bold | regular) & words
    assert len(read) >= 0.85 * len(words), f"OCR read too few words: {sorted(words - read)}"
    assert bold & words == truth & read
    assert not (regular & truth)


def test_light_page_bold_words_from_the_stored_weights(tmp_path: Path) -> None:
    truth = render(tmp_path / "light.png", dark=False)
    app = make_app(tmp_path / "data")
    try:
        assert app.ingest([tmp_path / "light.png"]).added == 1
        [fid] = [r[0] for r in app.store.db.execute("SELECT frame_id FROM frame")]
        layout, _ = load_layout(app.store.db, fid)
        flags = window_bold(layout, layout.lines)
        by_text = {w.text: flags[w.span_id] for ws in layout.words.values() for w in ws}
        words = {w.lstrip("*") for _, _, t in LINES for w in t.split()}
        assert {t for t, f in by_text.items() if f} & words == truth & by_text.keys()
        assert all(f is not None for t, f in by_text.items() if t in words)
    finally:
        app.close()


def test_bold_questions_cite_the_word_spans(dark_app) -> None:  # type: ignore[no-untyped-def]
    app, _truth = dark_app

    def ask(q: str):  # type: ignore[no-untyped-def]
        ans = app.ask(q, now=NOW)
        assert ans.question_class == "console_color", ans
        for claim in ans.claims:
            assert claim.citations and all(c.verified for c in claim.citations), claim
        return ans

    yes = ask("was build.sh shown in bold?")
    assert yes.state == "ok" and "in bold" in yes.answer and "not bold" not in yes.answer
    assert yes.claims[0].citations[0].text == "build.sh"
    no = ask("was README.md shown in bold?")
    assert no.state == "ok" and "not bold" in no.answer
    assert no.claims[0].citations[0].text == "README.md"
    listed = ask("which entries were shown in bold?")
    assert listed.state == "ok"
    cited = {c.citations[0].text for c in listed.claims}
    assert {"build.sh", "dist", "scripts"} <= cited and not cited & {"README.md", "setup.cfg"}
    assert ask("was the docker build log shown in bold?").state == "indeterminate"


def test_unmeasured_weights_are_indeterminate(tmp_path: Path, dark_app) -> None:  # type: ignore[no-untyped-def]
    """A store written before weights were measured (NULL) answers bold questions with
    indeterminate, and its graph says bold: null."""
    app, _ = dark_app
    src = app.store.db
    old = make_app(tmp_path / "old")
    try:
        # Copy the frame into a fresh store with the weights dropped, as an old store has them.
        (fid,) = src.execute("SELECT frame_id FROM frame").fetchone()
        layout, _ = load_layout(src, fid)
        rec_spans = [
            SpanRecord(s.span_id, s.kind, s.seq, s.text, s.bbox, s.conf, s.fg, s.bg, s.line_span_id)
            for s in layout.spans
        ]
        rec = frame_record(NOW, [], lambda _fid: rec_spans, "old-weights", size=(1100, 420))
        rec.frame_id = fid
        assert old.store.write_frame(rec)
        nodes = old.store.db.execute("SELECT attrs FROM ui_node WHERE kind = 'console_line'")
        assert all(json.loads(r[0])["bold"] is None for r in nodes)
        ans = old.ask("was build.sh shown in bold?", now=NOW)
        assert ans.state == "indeterminate"
        assert ans.indeterminate_reason == "stroke_weight_not_measured"
    finally:
        old.close()


def test_old_store_gains_the_weight_column(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    cols = {r[1] for r in store.db.execute("PRAGMA table_info(span)")}
    names = {r[0] for r in store.db.execute("SELECT name FROM _migrations")}
    store.close()
    assert "weight" in cols and "m005_span_weight" in names


def test_bold_flags_are_relative_to_text_of_similar_height() -> None:
    # 20 px lines: regular strokes ~1.3 px, one bold at 2 px; 40 px lines: regular ~2.6 px.
    small = [(f"s{i}", 1.3 / 20, 20.0) for i in range(6)] + [("sb", 2.0 / 20, 20.0)]
    big = [(f"b{i}", 2.6 / 40, 40.0) for i in range(6)]
    flags = bold_flags([*small, *big, ("none", None, 20.0)])
    assert flags["sb"] is True and flags["none"] is None
    assert not any(flags[k] for k, _, _ in small[:-1] + big)


# -- a real xterm ---------------------------------------------------------------------------


def test_xterm_bold_words_under_xvfb(tmp_path: Path) -> None:
    from tests.xdesktop import XDesktop, require_x_tools

    require_x_tools()
    words = [
        ("dist", True),
        ("notes.txt", False),
        ("deploy.sh", True),
        ("README.md", False),
        ("setup.cfg", False),
        ("scripts", True),
        ("LICENSE", False),
        ("archive.tar", False),
    ]
    text = "  ".join(f"\\033[1m{w}\\033[0m" if b else w for w, b in words[:4])
    text2 = "  ".join(f"\\033[1m{w}\\033[0m" if b else w for w, b in words[4:])
    cmd = f"printf '{text}\\n{text2}\\n'; sleep 600"
    with XDesktop() as desk:
        desk.xterm("bold-dark", cmd, geometry="70x6+10+10", fg="white", bg="black", font_size=11)
        desk.xterm("bold-small", cmd, geometry="70x6+10+300", fg="white", bg="black", font_size=8)
        desk.wait_stable(quiet=0.6, timeout=20)
        img = desk.screenshot()
        rects = {t: desk.geometry(t) for t in ("bold-dark", "bold-small")}
    (tmp_path / "b" / "images").mkdir(parents=True)
    img.save(tmp_path / "b" / "images" / "0.png")
    windows = [
        {"title": t, "rect": list(rect), "focused": i == 0, "z": i}
        for i, (t, rect) in enumerate(rects.items())
    ]
    bundle = write_bundle(
        tmp_path / "b",
        [{"image": "images/0.png", "ts_utc": "2026-11-24T10:00:00.000Z", "windows": windows}],
    )
    app = make_app(tmp_path / "data")
    try:
        assert app.ingest([bundle]).added == 1
        bold, _regular = graph_bold_words(app.store)
    finally:
        app.close()
    truth = {w for w, b in words if b}
    names = {w for w, _ in words}
    assert truth <= bold
    assert not (bold & (names - truth))
