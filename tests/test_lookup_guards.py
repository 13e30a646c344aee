"""Free-text answers that rest on the wrong thing, met on the blind sets h, i and the set b
paraphrases (content invented):

* "which folios were in the pre-check mail": the mail's subject in the index names the mail,
  it does not say what the mail holds (``mail_listed``);
* "what flight is lindqvist on": a chat message naming someone else's flight is no answer
  (``names_together``);
* "who posted the discrepancy": the form's "Posted by" entry, and its person for a second
  step ("extension of the person who posted ...");
* "the cost centre on the claim" asks for no money; "when does X" takes a day for an answer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.question import analyse
from autocapture.promptops.rules import parse_rules
from autocapture.text import VALUE_TYPES
from tests.conftest import REPO
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
RULES = parse_rules(
    (REPO / "autocapture/promptops/default_bundle/query_rules.yaml").read_text(), set(VALUE_TYPES)
)


def _index(rows: list[tuple[str, str, str]], y0: int = 40) -> list[Row]:
    out: list[Row] = []
    for i, (stamp, sender, subject) in enumerate(rows):
        y = y0 + 20 * i
        out += [(0, 10, y, f"{i + 1} N {stamp}"), (0, 250, y, sender), (0, 480, y, subject)]
    return out


INDEX = [
    ("25.11.26 00:09", "Channel Hub", "New booking RSV-558163 - Lindqvist, 1 night"),
    ("25.11.26 00:16", "Duarte Ferraz", "Audit review - October no-show fees"),
    ("25.11.26 00:48", "Maintenance desk", "MT-2291 room 314 shower leak"),
    ("25.11.26 00:52", "PMS night audit", "End of day pre-check: open folios"),
]


def test_a_mail_seen_only_in_the_index_says_nothing_of_its_own(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(
                1, [("mutt: inbox", (0, 0, 1000, 300))], _index(INDEX), hour=HOUR, bg="#ffffff"
            )
        )
        kinds = app.store.db.execute(
            "SELECT json_extract(attrs, '$.source') FROM ui_node WHERE kind = 'chat_message'"
        ).fetchall()
        assert "mail_index" in [k[0] for k in kinds]  # the rows are read as an index
        ans = app.ask("which folios had open balances in the PMS pre-check mail?", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert ans.indeterminate_reason.startswith("mail_not_opened"), ans.indeterminate_reason


def test_what_a_mail_only_listed_said_is_not_its_subject(tmp_path: Path) -> None:
    # The mail as the one saying ("did the pre-check mail say"), asked as a chat question:
    # the lookup it falls back on is held to the same rule as a lookup question.
    from autocapture.answer.mail_listed import IN_MAIL

    assert IN_MAIL.search("which folios did the pms pre-check mail say were still open")
    assert not IN_MAIL.search("what did marta say about the mail server")  # must not change
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(
                1, [("mutt: inbox", (0, 0, 1000, 300))], _index(INDEX), hour=HOUR, bg="#ffffff"
            )
        )
        ans = app.ask("which folios did the pms pre-check mail say were still open", now=NOW)
        assert ans.state == "indeterminate", ans.answer
        assert ans.indeterminate_reason.startswith("mail_not_opened"), ans.indeterminate_reason


def test_a_message_about_someone_else_does_not_answer(tmp_path: Path) -> None:
    chat: list[Row] = [
        (0, 10, 40, "00:07 <rui> three arrivals still due: 412 Pereira, 508 Lindqvist"),
        (0, 10, 60, "00:34 <filipa> 617 Haraldsen ETA 01:30, flight TP1359 from Oslo is late"),
        (0, 10, 80, "00:41 <rui> ok, noted"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/chatlogs", (0, 0, 1000, 300))], chat, hour=HOUR, bg="#ffffff")
        )
        other = app.ask("what flight is lindqvist coming in on", now=NOW)
        assert other.state == "indeterminate", other.answer
        assert other.indeterminate_reason.startswith("names_not_together")
        own = app.ask("what flight is haraldsen on", now=NOW)
        assert own.state == "ok" and "TP1359" in own.answer, own.answer


def _report_and_staff() -> tuple[list[Row], list[Row]]:
    report: list[Row] = [
        (0, 10, 40, "Discrepancy"),
        (0, 200, 40, "Rate mismatch"),
        (0, 10, 70, "Posted by"),
        (0, 200, 70, "Evening shift (Marta Sousa)"),
        (0, 10, 100, "Room"),
        (0, 200, 100, "412"),
        (0, 10, 130, "Witness"),
        (0, 200, 130, "Helena Matos"),
    ]
    staff: list[Row] = [
        (0, 10, 40, "name | role | extension"),
        (0, 10, 60, "Marta Sousa | Front office manager | 202"),
        (0, 10, 80, "Marta Souza | Revenue manager | 232"),
    ]
    return report, staff


def test_who_did_it_is_the_by_entry_and_a_second_step_asks_of_them(tmp_path: Path) -> None:
    report, staff = _report_and_staff()
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(
                1, [("Discrepancy report", (0, 0, 800, 300))], report, hour=HOUR, bg="#eeeeee"
            )
        )
        app.store.write_frame(
            text_frame(2, [("~/staff", (0, 0, 800, 300))], staff, hour=HOUR, bg="#ffffff")
        )
        who = app.ask("who posted the discrepancy", now=NOW)
        assert who.state == "ok" and "Marta Sousa" in who.answer, who.answer
        seen = app.ask("who witnessed the discrepancy", now=NOW)
        assert seen.state == "ok" and "Helena Matos" in seen.answer, seen.answer
        ext = app.ask(
            "extension of the person who posted the discrepancy (evening shift)?", now=NOW
        )
        assert ext.state == "ok" and "202" in ext.answer and "232" not in ext.answer, ext.answer
        job = app.ask(
            "the discrepancy was posted by the evening shift person, whats her job title", now=NOW
        )
        assert job.state == "ok" and "Front office manager" in job.answer, job.answer


def test_a_cue_that_only_names_the_kind_of_id_asks_no_type() -> None:
    assert analyse("cost centre i put on the mileage claim", RULES).value_type is None
    assert analyse("what's the tax code on the invoice", RULES).value_type != "money"
    assert analyse("what was the cost of the repair", RULES).value_type == "money"


def test_when_does_takes_a_day_what_time_does_not() -> None:
    assert analyse("when does the congress group check out", RULES).day_ok
    assert not analyse("what time does the congress group check out", RULES).day_ok
    assert not analyse("when did I open the mail", RULES).day_ok
