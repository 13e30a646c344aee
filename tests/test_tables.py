"""Tables and delimited rows, durations and possessives, on synthetic frames with positioned
lines (no OCR). Content is invented, unlike the recorded evaluation screens, so that the rules
are shown to be general."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.asks import possessive_owner
from autocapture.answer.lexicon import duration_ask
from autocapture.answer.tables import delimited_tables, grid_tables, split_fields
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES
from tests.conftest import page_frame

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
Box = tuple[int, int, int, int]


def page(items: list[tuple[str, Box]], title: str = "Page", n: int = 1) -> FrameRecord:
    return page_frame(items, title, None, n, seed="tables")


def ask(tmp_path: Path, question: str, *frames: FrameRecord):  # type: ignore[no-untyped-def]
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    for f in frames:
        app.store.write_frame(f)
    return app.ask(question, now=NOW)


def grid(rows: list[list[str]], x: list[int], top: int = 200, h: int = 24) -> list:
    """Cells of a table: one span per cell, rows H+4 pixels apart, columns at X."""
    out = []
    for r, cells in enumerate(rows):
        y = top + r * (h + 4)
        for c, text in enumerate(cells):
            if text:
                out.append((text, (x[c], y, x[c] + 9 * len(text), y + h)))
    return out


def lines_at(texts: list[str], left: int = 20, top: int = 100, h: int = 18) -> list:
    return [
        (t, (left, top + i * (h + 2), left + 8 * len(t), top + i * (h + 2) + h))
        for i, t in enumerate(texts)
    ]


SETTINGS = [
    ["Option", "Default", "Description"],
    ["flush_period", "45", "Seconds between two flushes"],
    ["cache_limit", "512", "Largest cache kept in memory, in MB"],
    ["purge_after", "14", "Days an archived ticket stays in the bin"],
]


def _line(text: str, box: Box, rowid: int) -> Line:
    return Line(
        rowid, f"s{rowid}", "f", text, "", box, 0.9, None, None, 1, "", 0, None, None, None, True
    )


def test_grid_table_reads_header_and_rows() -> None:
    cells = [_line(t, b, i) for i, (t, b) in enumerate(grid(SETTINGS, [20, 200, 320]))]
    (table,) = grid_tables(cells)
    assert table.names == ["Option", "Default", "Description"]
    assert [r[1].text for r in table.rows] == ["45", "512", "14"]


def test_prose_and_forms_are_not_delimited_tables() -> None:
    prose = lines_at(["Bring apples, pears, plums", "We met at noon, then left"])
    assert delimited_tables([_line(t, b, i) for i, (t, b) in enumerate(prose)]) == []
    csv = lines_at(["code,city,zip", "A1,Porto,4000-123", "B2,Braga,4700-001"])
    (table,) = delimited_tables([_line(t, b, i) for i, (t, b) in enumerate(csv)])
    assert table.names == ["code", "city", "zip"] and table.rows[1][1].text == "Braga"
    assert split_fields("| a | b |", "|") == ["a", "b"]


def test_column_named_by_the_question_on_the_row_it_names(tmp_path: Path) -> None:
    frame = page([("Server settings", (20, 100, 300, 140)), *grid(SETTINGS, [20, 200, 320])])
    ans = ask(tmp_path, "what is the default flush_period?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "45"
    assert ans.claims[0].citations[0].text == "45"
    assert {c.text for c in ans.claims[0].context} == {"flush_period", "Default"}


def test_row_described_by_its_meaning_beats_an_example_in_prose(tmp_path: Path) -> None:
    table = page([("Server settings", (20, 100, 300, 140)), *grid(SETTINGS, [20, 200, 320])])
    prose = page(
        lines_at(["A short bin: purge_after = 3 keeps archived tickets three days."]),
        title="Tips",
        n=2,
    )
    ans = ask(
        tmp_path,
        "how many days does the bin keep archived tickets by default?",
        table,
        prose,
    )
    assert ans.state == "ok" and ans.claims[0].value == "14"


def test_a_question_that_picks_no_row_is_not_read_from_the_table(tmp_path: Path) -> None:
    frame = page(grid(SETTINGS, [20, 200, 320]))
    ans = ask(tmp_path, "what is the default?", frame)
    assert "table" not in ans.trace["answer"]


def test_delimited_row_of_the_named_person(tmp_path: Path) -> None:
    rows = [
        "$ cat people.csv",
        "name,email,phone,team",
        "Ines Duarte,ines.duarte@example.org,+351 21 555 0101,Ops",
        "Ines Dias,ines.dias@example.org,+351 21 555 0202,Web",
        "Rui Duarte,rui.duarte@example.org,+351 21 555 0303,Data",
    ]
    ans = ask(tmp_path, "what was Ines Duarte's phone number?", page(lines_at(rows)))
    assert ans.state == "ok" and ans.claims[0].value == "+351 21 555 0101"
    ans = ask(tmp_path, "what is Rui Duarte's email?", page(lines_at(rows), n=2))
    assert ans.claims[0].value == "rui.duarte@example.org"


def test_how_long_asks_for_a_duration(tmp_path: Path) -> None:
    assert duration_ask("how long do invites last?") == ("duration", {"long", "last"})
    assert duration_ask("how long is the cable?") is None
    assert duration_ask("how many weeks does it take?") == ("number", {"weeks", "take"})
    assert VALUE_TYPES["duration"].pattern.search("expire after 12 hours unless").group(0) == (
        "12 hours"
    )
    lines = ["Invites", "Invites expire after 12 hours unless renewed by an admin."]
    ans = ask(tmp_path, "how long do invites last?", page(lines_at(lines)))
    assert ans.state == "ok" and ans.claims[0].value == "12 hours"


def test_possessive_owner_picks_the_entry_line(tmp_path: Path) -> None:
    assert possessive_owner("what was Ines Duarte's phone?", ["ines", "duarte", "phone"]) == [
        "ines",
        "duarte",
    ]
    lines = [
        "$ vcs history --compact",
        "* 4e5f6a7 Tidy the import order",
        "* 1a2b3c4 Revert 'widget cache'",
        "* 9c8d7e6 Add the widget cache",
    ]
    ans = ask(
        tmp_path, "what was the revert commit's message in the vcs history?", page(lines_at(lines))
    )
    assert ans.state == "ok" and "Revert 'widget cache'" in ans.claims[0].value


def test_a_verb_the_table_has_no_cell_for_is_forgiven(tmp_path: Path) -> None:
    frame = page(grid(SETTINGS, [20, 200, 320]))
    ans = ask(tmp_path, "what is cache_limit set to by default?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "512"


def test_column_of_the_asked_type_when_no_header_is_named(tmp_path: Path) -> None:
    rows = [
        "who;reach;desk",
        "Tove Berg;+46 8 555 0142;North",
        "Ulf Berg;+46 8 555 0199;South",
    ]
    ans = ask(tmp_path, "what was Tove Berg's telephone?", page(lines_at(rows)))
    assert ans.state == "ok" and ans.claims[0].value == "+46 8 555 0142"


def test_headerless_rows_answer_a_typed_question(tmp_path: Path) -> None:
    rows = [
        "$ cat crew.txt",
        "Lena Holm,lena.holm@example.net,+45 33 55 01 10",
        "Lars Holm,lars.holm@example.net,+45 33 55 01 20",
    ]
    ans = ask(tmp_path, "what was Lars Holm's phone number?", page(lines_at(rows)))
    assert ans.state == "ok" and ans.claims[0].value == "+45 33 55 01 20"


def test_row_names_left_of_a_blank_header_cell(tmp_path: Path) -> None:
    rows = [["", "Minimum", "Maximum"], ["Pool size", "2", "16"], ["Retries", "0", "9"]]
    ans = ask(tmp_path, "what is the maximum pool size?", page(grid(rows, [20, 200, 320])))
    assert ans.state == "ok" and ans.claims[0].value == "16"


def test_doubled_consonants_stem_to_the_word() -> None:
    from autocapture.text import token_match

    assert token_match("tagged", "tag") and token_match("committed", "commits")
    assert token_match("added", "add") and not token_match("called", "cal")


RATES = [
    ["Timekeeper", "Role", "2026", "2027"],
    ["Inez Marlow", "Partner", "$525", "$560"],
    ["Tobias Reyna", "Associate", "$345", "$375"],
    ["Cleo Park", "Paralegal", "$185", "$195"],
]


def test_years_head_columns_of_a_table(tmp_path: Path) -> None:
    cells = [_line(t, b, i) for i, (t, b) in enumerate(grid(RATES, [20, 200, 340, 440]))]
    (table,) = grid_tables(cells)
    assert table.names == ["Timekeeper", "Role", "2026", "2027"]
    frame = page(
        [
            ("Hourly rates from 1 January 2027", (20, 100, 400, 140)),
            *grid(RATES, [20, 200, 340, 440]),
        ]
    )
    ans = ask(tmp_path, "what's Tobias Reyna's hourly rate going to be in 2027?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "$375", ans.answer
    # a row of values is no header, even with a year among its cells
    years_only = [["2026", "2027"], ["$1", "$2"], ["$3", "$4"]]
    assert (
        grid_tables([_line(t, b, i) for i, (t, b) in enumerate(grid(years_only, [20, 200]))]) == []
    )


DRIVERS = [
    ["Driver", "Truck", "MOPP course valid to", "Mobile"],
    ["Marcos Tavares", "RS-07", "03/2027", "(11) 95555-0107"],
    ["Joao Batista Lima", "RS-12", "expired 10/2026", "(11) 95555-0112"],
    ["Edson Moura", "RS-16", "01/2027", "(11) 95555-0116"],
]


def test_whose_asks_for_the_column_of_names_under_a_role(tmp_path: Path) -> None:
    frame = page(grid(DRIVERS, [20, 220, 320, 520]), title="Drivers and licences")
    ans = ask(tmp_path, "whose MOPP course has expired?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "Joao Batista Lima", ans.answer
    ans = ask(
        tmp_path / "b", "whose MOPP course has expired - and which truck does he drive?", frame
    )
    assert ans.state == "ok" and "RS-12" in ans.answer, ans.answer


STAFF_LIST = [
    ["name", "role", "extension", "mobile"],
    ["Helena Matos", "Night duty manager", "201", "910 555 147"],
    ["Helena Mattos", "Spa manager", "236", "910 555 174"],
    ["Rui Costa", "Night porter", "205", "910 555 162"],
]


def test_the_row_spelled_as_asked_beats_a_near_spelling(tmp_path: Path) -> None:
    frame = page(grid(STAFF_LIST, [20, 200, 420, 540]), title="~/staff")
    ans = ask(tmp_path, "what is the mobile number of Helena Matos?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "910 555 147", ans.answer
    ans = ask(tmp_path / "b", "what is the mobile number of Helena Mattos?", frame)
    assert ans.state == "ok" and ans.claims[0].value == "910 555 174", ans.answer


ROOMS = [
    ["Room", "Status", "Since", "Back in service"],
    ["314", "Out of order", "24/11 21:10", "26/11 12:00"],
    ["341", "Out of service", "23/11 15:00", "25/11 14:00"],
]


def test_when_reads_the_day_with_the_clock(tmp_path: Path) -> None:
    frame = page(grid(ROOMS, [20, 120, 300, 460]), title="Room status")
    ans = ask(tmp_path, "when is room 314 back in service", frame)
    assert ans.state == "ok" and ans.claims[0].value == "26/11 12:00", ans.answer
