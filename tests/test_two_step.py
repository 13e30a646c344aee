"""Two-step questions and the lookup rules they lean on, on synthetic frames with positioned
lines (no OCR). The content is invented, unlike the recorded evaluation screens, so that the
rules are shown to be general."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.chain import split_chain
from autocapture.records import FrameRecord
from tests.conftest import page_frame
from tests.framekit import text_frame
from tests.test_tables import ask, grid, lines_at


def page(items: list, title: str, n: int) -> FrameRecord:
    return page_frame(items, title, None, n, seed="two-step")


@pytest.mark.parametrize(
    ("question", "first", "then"),
    [
        (
            "the person on the leave request - what's their phone number in the staff list?",
            "what name is on the leave request?",
            "what's {}'s phone number in the staff list?",
        ),
        (
            "the train that's cancelled on the departures board - which platform does that "
            "service use on the map?",
            "which service is on the train that is cancelled on the departures board?",
            "which platform does {} use on the map?",
        ),
        (
            "the customer in the complaint email - when did we last call them?",
            "what name is in the complaint email?",
            "when did we last call {}?",
        ),
    ],
)
def test_a_lead_naming_something_becomes_a_first_step(question: str, first: str, then: str) -> None:
    chain = split_chain(question)
    assert chain is not None and chain.first == first and chain.then == then


def test_its_and_it_are_one_question_about_the_lead() -> None:
    chain = split_chain("the report with the red chart - what was its title?")
    assert chain is not None and chain.first is None
    assert chain.then == "what was the title of the report with the red chart?"
    chain = split_chain("the build on the ci page - did it pass?")
    assert chain is not None and chain.then == "did the build on the ci page pass?"
    # a bare name goes in as one asks of a thing: "what time is the formulary committee ..."
    chain = split_chain("formulary committee tomorrow - what time is it?")
    assert chain is not None and chain.then == "what time is the formulary committee tomorrow?"


@pytest.mark.parametrize(
    "question",
    [
        "Lalitha emailed me about pens - what did she ask for in the chat?",
        "my notes say the audit moved - what day is it in my calendar?",
        "what did Bob say about the release?",
        "the release - when is that day?",  # "that day" is no thing to look up
    ],
)
def test_other_questions_are_no_chain(question: str) -> None:
    assert split_chain(question) is None


STAFF = [
    ["Name", "Team", "Phone"],
    ["Petra Novak", "Stores", "0412 555 019"],
    ["Petra Novakova", "Payroll", "0412 555 910"],
    ["Pavel Novak", "Stores", "0412 555 190"],
]


def test_two_steps_answer_and_cite_both(tmp_path: Path) -> None:
    form = page(
        lines_at(["Leave request", "Name: Petra Novak", "From: 1 December", "Days: 3"]),
        "Leave request - HR",
        1,
    )
    staff = page(grid(STAFF, [20, 260, 420]), "Staff list", 2)
    ans = ask(
        tmp_path,
        "the person on the leave request - what's their phone number in the staff list?",
        form,
        staff,
    )
    assert ans.state == "ok", ans.answer
    assert [c.value for c in ans.claims] == ["Petra Novak", "0412 555 019"]
    assert ans.claims[0].citations[0].text.endswith("Petra Novak")
    assert ans.claims[1].citations[0].text == "0412 555 019"
    assert ans.trace["chain"]["then"] == "what's Petra Novak's phone number in the staff list?"


def test_a_first_step_that_finds_nothing_leaves_it_indeterminate(tmp_path: Path) -> None:
    staff = page(grid(STAFF, [20, 260, 420]), "Staff list", 2)
    ans = ask(
        tmp_path,
        "the person on the leave request - what's their phone number in the staff list?",
        staff,
    )
    assert ans.state == "indeterminate"
    assert ans.indeterminate_reason.startswith("chain_first_step")
    assert "0412" not in ans.answer


ROSTER = [
    ["Day", "North gate lead", "South gate lead"],
    ["Sun 22", "Ines", "Jory"],
    ["Mon 23", "Kamal", "Lotte"],
    ["Tue 24", "Mirela", "Noor"],
]


def test_the_entity_names_a_column_and_today_names_the_row(tmp_path: Path) -> None:
    roster = page(grid(ROSTER, [20, 160, 360]), "Gate roster this week", 1)
    ans = ask(tmp_path, "who is lead of South gate today on the roster?", roster)
    assert ans.state == "ok" and ans.claims[0].value == "Lotte", ans.answer
    ans = ask(tmp_path / "b", "who is the North gate lead today?", roster)
    assert ans.state == "ok" and ans.claims[0].value == "Kamal", ans.answer


PRICES = [
    ["Ticket", "Old Town", "Airport Link"],
    ["Single ride", "$4.00", "$6.50"],
    ["Return ride", "$7.50", "$12.00"],
]


def test_an_entity_heading_a_column_picks_it_when_no_word_does(tmp_path: Path) -> None:
    prices = page(grid(PRICES, [20, 200, 320]), "Fares", 1)
    ans = ask(tmp_path, "what does a single ride on the Airport Link cost?", prices)
    assert ans.state == "ok" and ans.claims[0].value == "$6.50", ans.answer


HOUR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_question_in_chat_is_answered_by_the_reply_to_the_asker(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "10:01 <ana> who has the keys for the blue van?"),
        (0, 10, 70, "10:02 <bo> unrelated: lunch is at one"),
        (0, 10, 100, "10:03 <cy> ana: hanging by the loading door"),
    ]
    frame = text_frame(1, [("team chat", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#ffffff")
    ans = ask(tmp_path, "where are the keys for the blue van?", frame)
    assert ans.state == "ok" and "loading door" in ans.answer, ans.answer


def test_how_much_for_a_priced_thing_needs_money(tmp_path: Path) -> None:
    rows = [(0, 10, 40, "12/11  Harbour Plumbing   Plumber invoice   0.2K")]
    frame = text_frame(1, [("mail: inbox", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#ffffff")
    ans = ask(tmp_path, "how much was the plumber invoice?", frame)
    assert ans.state == "indeterminate", ans.answer


def test_which_thing_is_answered_by_a_name_the_question_lacks(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "09:10 <mo> the school trip is on Blue Heron now, not the old bus"),
        (0, 10, 70, "09:12 <al> ok"),
    ]
    frame = text_frame(1, [("team chat", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#ffffff")
    ans = ask(tmp_path, "which boat is the school trip on?", frame)
    assert ans.state == "ok" and "Blue Heron" in ans.answer, ans.answer


def test_a_dark_small_window_that_popped_up_is_named(tmp_path: Path) -> None:
    big = ("Report - Editor", (0, 0, 1000, 800))
    term = ("shell", (1000, 0, 1280, 800))
    popup = ("Claim form", (300, 200, 700, 500))
    light = [(0, 10, 40 + 30 * i, f"report line {i}", "#f8f8f8") for i in range(4)]
    dark_term = [(1, 1010, 40 + 30 * i, f"$ ls {i}", "#101010") for i in range(4)]
    dark_popup = [(0, 310, 220 + 30 * i, f"Claim field {i}", "#202428") for i in range(4)]
    f1 = text_frame(1, [big, term], light + dark_term, hour=HOUR, bg="#ffffff")
    f2 = text_frame(
        2,
        [popup, big, term],
        dark_popup + [(1, *r[1:]) for r in light] + [(2, *r[1:]) for r in dark_term],
        hour=HOUR,
        bg="#ffffff",
    )
    ans = ask(
        tmp_path,
        "what was the dark little window that popped up next to the report called?",
        f1,
        f2,
    )
    assert ans.state == "ok" and "Claim form" in ans.answer, ans.answer
    assert "shell" not in ans.answer


def test_a_thing_named_by_a_clause_of_its_own_is_looked_up_first() -> None:
    chain = split_chain("who on the late shift covers the gate my parcel is going to?")
    assert chain is not None
    assert chain.first == "which gate is my parcel going to?"
    assert chain.then == "who on the late shift covers {}?"


CREW = [
    ["name", "staff_no", "gate", "shift"],
    ["Rhona Kade", "AX-1102", "Gate 12", "late"],
    ["Rhian Kade", "AX-1201", "Gate 21", "late"],
]


def test_who_reads_the_name_column_of_the_row_the_clause_names(tmp_path: Path) -> None:
    slip = page(
        lines_at(["Parcel slip", "Deliver to:", "Gate 21", "Sender: stores"]), "Parcel slip", 1
    )
    crew = page(grid(CREW, [20, 220, 380, 500]), "late shift rota", 2)
    ans = ask(tmp_path, "which gate is my parcel going to?", slip)
    assert ans.state == "ok" and ans.claims[0].value == "Gate 21", ans.answer
    ans = ask(
        tmp_path / "b", "who on the late shift covers the gate my parcel is going to?", slip, crew
    )
    assert ans.state == "ok", ans.answer
    assert [c.value for c in ans.claims] == ["Gate 21", "Rhian Kade"]


def test_a_corrected_room_code_answers_which_room(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "09:20 <ana> reading group today 13:00 in C-101, Bo presents"),
        (0, 10, 70, "09:40 <cy> can someone swap my slot? the seminar needs the room"),
        (0, 10, 100, "11:02 <bo> correction: reading group is in C-115, C-101 is taken"),
    ]
    frame = text_frame(1, [("team chat", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#ffffff")
    ans = ask(tmp_path, "which room is reading group in?", frame)
    assert ans.state == "ok" and "C-115" in ans.claims[0].value, ans.answer


def test_an_unanswered_request_naming_the_noun_is_no_answer(tmp_path: Path) -> None:
    chat = [
        (0, 10, 40, "08:31 <cy> can someone take my microscope slot? the course needs the room"),
        (0, 10, 70, "08:36 <di> cy: I'll take your Wed slot, you take my Thu 14:00"),
    ]
    mail = [(1, 700, 40, "The microscope course is in room D-214 until noon.")]
    wins = [("team chat", (0, 0, 640, 800)), ("mail", (640, 0, 1280, 800))]
    frame = text_frame(1, wins, chat + mail, hour=HOUR, bg="#ffffff")
    ans = ask(tmp_path, "what room is the microscope course in?", frame)
    assert ans.state == "ok" and "D-214" in ans.answer, ans.answer


def test_a_lead_saying_who_asks_who() -> None:
    chain = split_chain("the guy who's on call tonight - what's his bleep?")
    assert chain is not None and chain.first == "who is on call tonight?"
    assert chain.then == "what's {}'s bleep?"


def test_an_open_question_is_answered_by_the_next_message_that_opens_as_an_answer(
    tmp_path: Path,
) -> None:
    rows = [
        (0, 10, 40, "21:41 <arjun> who took the spare label printer from bay 3?"),
        (0, 10, 70, "21:43 <rohan> me, it's in the prep room, back by 22:15"),
        (0, 10, 100, "21:50 <mia> thanks all"),
    ]
    frame = text_frame(1, [("ward chat", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#ffffff")
    ans = ask(tmp_path, "who's got the spare label printer?", frame)
    assert ans.state == "ok" and "rohan" in ans.answer, ans.answer


def test_a_clock_without_its_leading_zero_matches() -> None:
    from autocapture.text import Bag

    assert Bag.of("221 booked on the 07:40, not 212").has("7:40")
    assert not Bag.of("221 booked on the 17:40").has("7:40")


def test_i_is_the_asker_not_an_entity() -> None:
    from autocapture.answer.asks import entity_runs

    assert entity_runs("was I in mutt at 11:34?") == []
    assert entity_runs("did I tell Owen about it?") == ["Owen"]


def test_a_name_inside_a_longer_hyphenated_name_is_someone_else(tmp_path: Path) -> None:
    people = [
        ["Name", "Team", "Phone"],
        ["Ana Kowal-Reyes", "Stores", "0412 555 019"],
        ["Bo Lindt", "Payroll", "0412 555 910"],
    ]
    staff = page(grid(people, [20, 260, 420]), "Staff list", 1)
    ans = ask(tmp_path, "what's Ana Kowal's phone number?", staff)
    assert ans.state == "indeterminate" or "555 019" not in ans.answer, ans.answer
    ans = ask(tmp_path / "b", "what's Ana Kowal-Reyes's phone number?", staff)
    assert ans.state == "ok" and ans.claims[0].value == "0412 555 019", ans.answer


ORDERS = [
    ["PO", "Item", "Supplier", "Status", "ETA"],
    ["7700-11", "Nitrile gloves, size M", "Harbor Medical", "Shipped", "27 Nov"],
    ["7700-14", "Pipette tips, 200 uL", "Lakeside Lab", "Approved", "3 Dec"],
]


def test_when_will_it_arrive_reads_the_eta_column_as_a_date(tmp_path: Path) -> None:
    orders = page(grid(ORDERS, [20, 160, 420, 600, 720]), "Open orders", 1)
    ans = ask(tmp_path, "when are the pipette tips supposed to arrive?", orders)
    assert ans.state == "ok" and ans.claims[0].value == "3 Dec", ans.answer
    ans = ask(tmp_path / "b", "what's the catalogue number of the pipette tips?", orders)
    assert ans.state == "indeterminate", ans.answer


ONCALL = [
    ["Week", "First call", "Backup"],
    ["16-22 Nov", "Tomas Reyes", "Lea Bouchard"],
    ["23-29 Nov", "Lea Bouchard", "Noor Haddad"],
    ["30 Nov-6 Dec", "Mira Gauthier", "Tomas Reyes"],
]


def test_this_week_picks_the_row_whose_span_holds_it(tmp_path: Path) -> None:
    rota = page(grid(ONCALL, [20, 200, 380]), "Alarm call list", 1)
    ans = ask(tmp_path, "who's first call this week?", rota)  # asked Monday 23 November
    assert ans.state == "ok" and ans.claims[0].value == "Lea Bouchard", ans.answer


def test_a_form_field_with_no_label_does_not_answer_for_a_name_only_lookup() -> None:
    """The router's form fallback (a test double for the form answerer: the real path is
    'which commit did X author' over a mail list read as a keyless field)."""
    from types import SimpleNamespace

    from autocapture.answer.draft import Draft, Evidence
    from autocapture.answer.lookup import ONLY_THE_NAME
    from autocapture.answer.router import Router
    from autocapture.retrieve import Line

    line = Line(1, "s1", "f", "Priya Natarajan  Re: refund", "", (0, 0, 9, 9), 0.9, None, None,
                1, "", 0, None, None, None, True)  # fmt: skip
    field = Draft("Priya Natarajan  Re: refund", line.text, [Evidence(line, "value")], 0.8, "ok")
    router = Router()
    router._made["form_kv"] = SimpleNamespace(answer=lambda ctx: field, name="form_kv", version="1")
    ctx = SimpleNamespace(analysis=SimpleNamespace(value_type=None))
    lookup = Draft(
        "", None, [], 0.3, "indeterminate", f"{ONLY_THE_NAME} is on screen, not its commit"
    )
    got, _ = router._or_form(ctx, lookup, "lookup", skip="")  # type: ignore[arg-type]
    assert got.state == "indeterminate"
    labelled = Draft(
        "Commit: 4f2a1c9", "4f2a1c9", [Evidence(line, "value"), Evidence(line, "label")], 0.8, "ok"
    )
    router._made["form_kv"] = SimpleNamespace(
        answer=lambda ctx: labelled, name="form_kv", version="1"
    )
    got, _ = router._or_form(ctx, lookup, "lookup", skip="")  # type: ignore[arg-type]
    assert got.state == "ok"


def test_two_questions_the_second_about_the_first_s_answer() -> None:
    chain = split_chain("whose MOPP course has expired - and which truck does he drive?")
    assert chain is not None and chain.first == "whose MOPP course has expired?"
    assert chain.then == "which truck does {} drive?"
    chain = split_chain("who is on call tonight, and what is his mobile?")
    assert chain is not None and chain.then == "what is {}'s mobile?"
    assert split_chain("who is on call tonight - and when does the shift end?") is None


def test_the_thing_of_whoever_did_something() -> None:
    chain = split_chain("mobile number of whoever witnessed the cash drop")
    assert chain is not None and chain.first == "who witnessed the cash drop?"
    assert chain.then == "what is the mobile number of {}?"
    chain = split_chain("what's the extension of the person who posted the discrepancy?")
    assert chain is not None and chain.first == "who posted the discrepancy?"


def test_a_yes_no_question_about_whoever_is_one_question() -> None:
    # "did they call an ambulance for the lady who ...": a clause, not a thing of hers
    assert split_chain("did they call an ambulance for the lady who slipped on the ramp?") is None
    assert split_chain("was a taxi booked for the guy who missed the last bus") is None
    chain = split_chain("the phone number for the man who fixed the boiler")
    assert chain is not None and chain.first == "who fixed the boiler?"
    chain = split_chain("I need the mobile of the person who signed the timesheet")
    assert chain is not None and chain.first == "who signed the timesheet?"
