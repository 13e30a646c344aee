"""Mechanisms from the set f failures, on invented screens (laid-out text, no OCR).

- a yes/no about a box after a lead phrase ("on the supply order, is the X box ticked?");
- "which budget did I charge it to": the asked noun names the field, the verb's money cue does
  not hold it to an amount (but "what delivery date" still asks for a date);
- a field the named form does not have, nor shows anywhere, is indeterminate;
- "extension 2291, was that on the supply order or in some other window?": which window;
- a web server's request log whose lines a narrow terminal wrapped;
- a tab named by the cut text its strip showed: its full title;
- a word shown nowhere in the store ("test *results*") is phrasing in a last-seen question;
- "when did I skip ahead to Friday in X": when the view's topmost day heading became Friday.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.view_day import MOVE_ASK, _day_of
from autocapture.api import Autocapture
from autocapture.promptops import pipeline
from autocapture.records import WindowFact
from tests.framekit import Row, ask_cited, text_frame, utc_app
from tests.test_ui_graph import frame

HOUR = datetime(2026, 3, 9, 10, tzinfo=UTC)
NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
ORDER_WIN = ("Supply order - Geology Dept", (0, 0, 620, 480))
PEOPLE_WIN = ("rhea@lab: ~/staff", (640, 0, 1280, 480))
FIELD = "#ffffff"
PAPER = "#efeeec"


def _order() -> list[Row]:
    pairs = [
        ("Item", "Core sample bags, 500 pack"),
        ("Supplier", "Marlin Field Supply"),
        ("Unit price (CAD)", "12.50"),
        ("Budget", "GEO-GRANT-77A"),
        ("Delivery notes", "Leave with porter"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows.append((0, 20, 70 + 40 * k, label))
        rows.append((0, 220, 70 + 40 * k, value, FIELD))
    rows += [(0, 20, 290, "[ ] Signed off by chair"), (0, 20, 320, "[x] Rush delivery")]
    return rows


STAFF: list[Row] = [
    (1, 660, 70, "name            room    ext"),
    (1, 660, 90, "Rhea Okonjo     G-12    2291"),
    (1, 660, 110, "Tomas Vey       G-14    2219"),
]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("set_f_forms")) as a:
        for n in (1, 2):
            f = text_frame(n, [ORDER_WIN, PEOPLE_WIN], _order() + STAFF, hour=HOUR, bg=PAPER)
            assert a.store.write_frame(f)
        yield a


@pytest.fixture
def as_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every question to form_kv (the routing itself is the query rules' business)."""
    monkeypatch.setattr(pipeline, "classify", lambda q, rules, *_: ("form_kv", None))


def _as(monkeypatch: pytest.MonkeyPatch, qclass: str) -> None:
    monkeypatch.setattr(pipeline, "classify", lambda q, rules, *_: (qclass, None))


def test_a_yes_no_after_a_lead_phrase_is_the_box_state(office: Autocapture, as_form: None) -> None:
    no = ask_cited(office, "on the supply order, is the signed off by chair box ticked?", NOW,
                   value_cited=False)  # fmt: skip
    assert no.state == "ok" and no.answer.startswith("No"), no.answer
    yes = ask_cited(office, "on the supply order, is the rush delivery box ticked?", NOW,
                    value_cited=False)  # fmt: skip
    assert yes.state == "ok" and yes.answer.startswith("Yes"), yes.answer


def test_the_asked_noun_names_the_field_not_the_verbs_money(
    office: Autocapture, as_form: None
) -> None:
    a = ask_cited(office, "which budget did I charge the sample bags to?", NOW, value_cited=True)
    assert a.state == "ok" and "GEO-GRANT-77A" in a.answer, a.answer
    # the type is the asked noun's own: "Delivery notes" holds no date
    b = office.ask("what delivery date did I pick on the supply order?", now=NOW)
    assert b.state == "indeterminate", b.answer


def test_a_field_the_named_form_does_not_have_is_indeterminate(
    office: Autocapture, as_form: None
) -> None:
    a = office.ask("what PO number did the supply order get?", now=NOW)
    assert a.state == "indeterminate" and "field_not_on_form" in (a.indeterminate_reason or "")
    assert "Core sample" not in a.answer


def test_this_form_or_some_other_window_is_where_it_was_shown(
    office: Autocapture, as_form: None
) -> None:
    a = ask_cited(
        office, "extension 2291, was that on the supply order or in some other window?", NOW,
        value_cited=False,
    )  # fmt: skip
    assert a.state == "ok" and "~/staff" in a.answer and a.answer.startswith("Not on"), a.answer
    assert "2219" not in a.answer


TERM = WindowFact("rhea@lab: ~/sites/fieldwiki", (0, 500, 420, 800), "0x9", "xterm", 9, True, 0)
WEB = WindowFact("Boat schedule | Harbour Club - Chromium", (440, 0, 1280, 800), "0x7",
                 "chromium", 7, False, 1)  # fmt: skip
WEB2 = WindowFact("Mooring fees | Harbour Club - Chromium", (440, 0, 1280, 800), "0x7",
                  "chromium", 7, False, 1)  # fmt: skip


def _browser(active: int) -> list:  # type: ignore[type-arg]
    tabs = ["Boat sched ×", "Mooring fe ×"]
    lines = [
        (1, t, (450 + 190 * i, 8, 620 + 190 * i, 28), "#202020",
         "#ffffff" if i == active else "#d0d0d0")
        for i, t in enumerate(tabs)
    ]  # fmt: skip
    lines.append((1, "club.example/boats" if active == 0 else "club.example/fees",
                  (520, 45, 900, 65), "#202020", "#f5f5f5"))  # fmt: skip
    log = [
        '127.0.0.1 - - [09/Mar/2026 10:00:01] "GET /boats/sch',
        'edule.html HTTP/1.1" 200 -',
        '127.0.0.1 - - [09/Mar/2026 10:00:09] "GET /fees/moo',
        'ring.html HTTP/1.1" 200 -',
    ]
    lines += [(0, t, (4, 520 + 20 * i, 410, 538 + 20 * i), "#e0e0e0", "#101010")
              for i, t in enumerate(log)]  # fmt: skip
    return lines


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("set_f_browser")) as a:
        assert a.store.write_frame(frame(0, [TERM, WEB], _browser(0), seconds=0))
        assert a.store.write_frame(frame(1, [TERM, WEB2], _browser(1), seconds=40))
        yield a


def test_wrapped_request_lines_are_a_request_log(harbour: Autocapture) -> None:
    a = ask_cited(harbour, "which window showed the web server's request log?",
                  datetime(2026, 11, 24, 18, 0, tzinfo=UTC), value_cited=False)  # fmt: skip
    assert a.state == "ok" and "fieldwiki" in a.answer, a.answer


def test_a_tab_named_by_its_cut_text_has_its_full_title(harbour: Autocapture) -> None:
    q = 'the tab that just said "Boat sched..." in the strip, what\'s its full title?'
    a = ask_cited(harbour, q, datetime(2026, 11, 24, 18, 0, tzinfo=UTC), value_cited=False)
    assert a.state == "ok" and "Boat schedule" in a.answer, a.answer
    assert "Mooring" not in a.answer


def _run(n: int, shown: bool) -> list[Row]:
    rows: list[Row] = [(0, 10, 40, "dev@box:~/src/tidecalc$ ./gradlew test")]
    if shown:
        rows += [(0, 10, 60, "TideTableTest > springTides() PASSED"),
                 (0, 10, 80, "Tests run: 12, Failures: 0")]  # fmt: skip
    return [*rows, (1, 700, 40, f"notes line {n}")]


def test_a_word_shown_nowhere_is_phrasing_when_asking_when_last_seen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wins = [("dev@box: ~/src/tidecalc", (0, 0, 680, 700)), ("notes.txt - Pad", (700, 0, 1280, 700))]
    with utc_app(tmp_path) as a:
        for n, shown in ((1, True), (2, True), (3, False)):
            assert a.store.write_frame(text_frame(n, wins, _run(n, shown), hour=HOUR, bg=PAPER))
        ans = ask_cited(a, "when was the last time the tidecalc test results were on screen?",
                        NOW, value_cited=False)  # fmt: skip
        assert ans.state == "ok" and "10:02" in ans.answer, ans.answer
        # a name shown nowhere is never waved off
        none = a.ask("when was the last time the Quillbay test results were on screen?", now=NOW)
        assert none.state == "indeterminate"


def _agenda(first: str, second: str) -> list[Row]:
    return [
        (0, 300, 30, first),
        (0, 20, 60, "09:00 -> 10:00"),
        (0, 30, 80, "Core logging with Ana"),
        (0, 300, 200, second),
        (0, 20, 230, "14:00 -> 15:00"),
        (0, 30, 250, "Sample shipment"),
        (0, 20, 600, "Mon 2027-03-08 | 10:00 (apts)"),
    ]


def test_skipping_ahead_to_a_day_is_when_the_view_first_showed_it(
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    wins = [("daybook", (0, 0, 900, 640)), ("rhea@lab: ~", (920, 0, 1280, 640))]
    views = [
        ("08 Mar 2027 (Monday)", "09 Mar 2027 (Tuesday)"),
        ("12 Mar 2027 (Friday)", "13 Mar 2027 (Saturday)"),
        ("12 Mar 2027 (Friday)", "13 Mar 2027 (Saturday)"),
        ("08 Mar 2027 (Monday)", "09 Mar 2027 (Tuesday)"),
    ]
    _as(monkeypatch, "timeline")
    with utc_app(tmp_path) as a:
        for n, (x, y) in enumerate(views, start=1):
            f = text_frame(n, wins, _agenda(x, y), hour=datetime(2027, 3, 8, 9, tzinfo=UTC),
                           bg=PAPER)  # fmt: skip
            assert a.store.write_frame(f)
        now = datetime(2027, 3, 8, 12, tzinfo=UTC)
        ans = ask_cited(a, "at what time did I skip ahead to Friday in daybook?", now,
                        value_cited=True)  # fmt: skip
        assert ans.state == "ok" and "09:02" in ans.answer, ans.answer
        back = ask_cited(a, "when did I jump back to Monday in daybook?", now, value_cited=True)
        assert "09:04" in back.answer, back.answer
        never = a.ask("when did I skip ahead to Sunday in daybook?", now=now)
        assert never.state == "indeterminate"


def test_wording_of_a_move_to_a_day() -> None:
    m = MOVE_ASK.match("at what time did i skip ahead to friday in daybook?")
    assert m and m.group("target") == "friday" and m.group("where") == "daybook"
    assert MOVE_ASK.match("when did i go to the docs page?")  # asked, but no day:
    assert _day_of("the docs page") is None
    assert _day_of("27 Nov 2026 (Friday)") == ("friday", (11, 27))
    assert _day_of("Friday") == ("friday", None)
    assert _day_of("Sun Mon Tue Wed Thu Fri Sat") is None
    assert _day_of("Lab meeting on Friday at the main hall") is None


def test_a_mail_whose_view_never_came_up_was_not_opened(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mutt = WindowFact("mutt: rhea@lab ~/Mail", (0, 0, 900, 500), "0x5", "xterm", 40, True, 0)
    rows = [
        "From: Ines Duarte <ines@harbor.example>",
        "Date: Tue, 24 Nov 2026 09:12:00 +0000",
        "Subject: Pallet count for Thursday",
        "",
        "We will send 14 pallets, not 12.",
    ]
    lines = [
        (0, t, (6, 10 + 20 * i, 6 + 9 * len(t), 28 + 20 * i), "#202020", "#ffffff")
        for i, t in enumerate(rows)
        if t
    ]
    # another mailbox's index lists a mail that is never opened
    index = WindowFact("mutt: rhea@lab ~/Mail/ops", (0, 520, 900, 800), "0x6", "xterm", 41,
                       False, 1)  # fmt: skip
    row = "  3   Nov 24 Kestrel Freight  Kestrel crate delivery delayed"
    lines.append((1, row, (6, 540, 6 + 9 * len(row), 558), "#202020", "#ffffff"))
    _as(monkeypatch, "timeline")
    with utc_app(tmp_path) as a:
        assert a.store.write_frame(frame(0, [mutt, index], lines, seconds=0))
        now = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
        seen = a.ask("when did I open the pallet count email?", now=now)
        assert seen.state == "ok", seen.answer
        never = a.ask("when did I open the Kestrel crate email?", now=now)
        assert never.state == "indeterminate", never.answer
        assert never.indeterminate_reason == "mail_not_opened"
