"""How a question is put is not what the screen prints: light verbs ("put", "set"), generic
container nouns ("details", "box") and derived nouns ("shipment" for a "Shipping" form) must
not make the lookup abstain, while the question's subject still must be on screen. A row of a
settings table named by its description answers a "largest"/"minimum" question with the
quantity in the row, not with the description. Content is invented (synthetic frames, no OCR).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.lexicon import concepts_in
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord
from autocapture.text import stem, token_match
from tests.conftest import page_frame, synthetic_frame

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def app_with(tmp_path: Path, *frames: FrameRecord) -> Autocapture:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    for f in frames:
        app.store.write_frame(f)
    return app


BOOKING = ["Consignee: Priya Raman", "Dock: 7", "Remarks: ring the bell twice"]


def test_light_verbs_are_not_required_on_screen(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, BOOKING, title="Freight booking - Depot"))
    ans = app.ask("who did I set as the consignee?", now=NOW)
    assert ans.state == "ok" and "Priya Raman" in ans.answer


def test_generic_container_nouns_are_not_required_on_screen(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, BOOKING, title="Freight booking - Depot"))
    ans = app.ask("what did I type in the remarks box?", now=NOW)
    assert ans.state == "ok" and "ring the bell twice" in ans.answer


def test_the_subject_of_the_question_is_still_required(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, BOOKING, title="Freight booking - Depot"))
    ans = app.ask("what did I put in the consignee's warranty box?", now=NOW)
    assert ans.state == "indeterminate" and "warranty" in (ans.indeterminate_reason or "")


def test_a_ment_noun_matches_its_verb_in_the_window_title(tmp_path: Path) -> None:
    """'the consignee of the shipment' on a window titled 'Shipping ...'."""
    assert stem("shipment") == stem("shipping") == stem("shipments")
    assert token_match("attachment", "attached")
    assert stem("comment") == "comment" and stem("payment") == "payment"
    assert stem("documented") == stem("documents") == stem("document")
    frame = synthetic_frame(1, ["Consignee: Priya Raman", "Dock: 7"], title="Shipping - Depot")
    ans = app_with(tmp_path, frame).ask("who did I put down as consignee of the shipment?", now=NOW)
    assert ans.state == "ok" and "Priya Raman" in ans.answer


PEOPLE = [
    "dev@host:~/people$ cat staff.csv",
    "id,name,city",
    "1,Rui Costa,Porto",
    "2,Ines Faria,Braga",
]


def test_a_named_entity_with_only_phrasing_is_answered_by_its_entry(tmp_path: Path) -> None:
    """'Ines Faria's info': nothing is asked but the entry naming her, and where it was."""
    app = app_with(tmp_path, synthetic_frame(1, PEOPLE, title="dev@host: ~/people"))
    ans = app.ask("where did I see Ines Faria's info?", now=NOW)
    assert ans.state == "ok" and "Braga" in ans.answer and "~/people" in ans.answer
    which = app.ask("which window showed Ines Faria's information?", now=NOW)
    assert which.state == "ok" and "~/people" in which.answer
    # An attribute that is not on screen still abstains.
    assert app.ask("what is Ines Faria's salary?", now=NOW).state == "indeterminate"


def test_a_verb_use_of_a_label_word_is_not_its_concept() -> None:
    assert [c.name for c, _ in concepts_in("what name did I type in?")] == []
    assert [c.name for c, _ in concepts_in("what type of lens is it?")] == ["kind"]


TUNABLES = [
    ["Option", "Default", "Description"],
    ["flush_period", "45", "Seconds between two flushes"],
    ["cache_limit", "512", "Largest cache kept in memory, in MB"],
    ["purge_after", "14", "Days an archived ticket stays in the bin"],
    ["data_dir", "~/.tallyhub", "Where ledgers are stored"],
]


def grid(rows: list[list[str]], x: list[int], top: int = 200, h: int = 24) -> list:
    out = []
    for r, cells in enumerate(rows):
        y = top + r * (h + 4)
        for c, text in enumerate(cells):
            if text:
                out.append((text, (x[c], y, x[c] + 9 * len(text), y + h)))
    return out


def test_a_magnitude_question_reads_the_quantity_column_of_the_described_row(
    tmp_path: Path,
) -> None:
    frame = page_frame(
        [("Configuration", (20, 100, 300, 140)), *grid(TUNABLES, [20, 200, 320])],
        title="Configuration · Tallyhub",
        seed="phrasing",
    )
    app = app_with(tmp_path, frame)
    ans = app.ask("what's the largest cache Tallyhub will keep in memory?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "512"
    assert ans.claims[0].citations[0].text == "512"
    # A word no row describes: not read from the table.
    other = app.ask("what's the largest upload Tallyhub will take?", now=NOW)
    assert "512" not in other.answer
