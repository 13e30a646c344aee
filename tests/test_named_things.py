"""Things a question names and what may answer for them, on stored frames with laid-out text
(no OCR): a file's words only where it was opened, a reference id (INV-3301) only on a
message that carries it, a person's "number" is their phone, "last week's notes" is a name
rather than a time, "when's X going to" is X's promise with its time phrase."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autocapture.answer.file_view import asked_files
from autocapture.answer.form_state import DONE_ASK, TICKED_ASK
from autocapture.answer.mail_headers import asked_field
from autocapture.answer.page_look import LOOK_ASK
from autocapture.answer.router import ASKER
from autocapture.api import Autocapture
from autocapture.colour import hex_luminance
from autocapture.promptops.pipeline import normalize
from autocapture.records import FrameRecord
from autocapture.text import REFERENCE, VALUE_TYPES, Bag, full_word
from autocapture.timeparse import parse_time_intent
from autocapture.understand.dates import read_date
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
TERM_WIN = ("ada@box: ~/src/kelp", (0, 0, 640, 400))
CHAT_WIN = ("ada@box: ~/irclogs", (640, 0, 1280, 400))
MAIL_WIN = ("mutt: ada@box ~/Mail/inbox", (0, 400, 1280, 800))
WWW_WIN = ("ada@box: ~/www", (900, 600, 1280, 800))
REPORT_WIN = ("Incident report", (660, 420, 900, 600))
TERM = [
    "ada@box:~/src/kelp$ ls",
    "README.md  build.sh  notes.txt  setup.cfg",
    "ada@box:~/src/kelp$ cat notes.txt",
    "rotate the signing key before the audit",
    "ada@box:~/src/kelp$ pytest -q",
    "FAILED tests/test_auth.py::test_login - AssertionError: token expired",
    "ada@box:~/src/kelp$",
]
CHAT = [
    "09:10 <mara> can someone look at the backup alerts before Friday?",
    "09:12 <sven> mara: I'll take it after lunch",
    "09:20 <theo> mara, is the Acme refund approved?",
    "09:21 <mara> approved this morning, it goes out tomorrow",
    "09:25 <mara> correct, I'm handling INV-3301",
    "09:30 <ines> the number for Ola Berg is +46 31 555 0190",
    "09:31 <ines> ticket count is 14",
    "09:40 <ines> kelp 2.1 is moving to Monday because the signing audit",
    "found a gap in the key rotation.",
    "Access badge ready 10:05",
    "Your access badge is ready at the front desk. Please pick it",
    "up before 18:00, after that it goes back to security.",
    "09:50 <ines> the kelp audit call starts at 14:00",
    "09:52 <ines> correction: the kelp audit call starts at 15:00, not 14:00",
]
WWW = [
    '127.0.0.1 - - [23/Nov/2026 09:00:01] "GET /index.html HTTP/1.1" 200 -',
    '127.0.0.1 - - [23/Nov/2026 09:00:02] "GET /faq.html HTTP/1.1" 200 -',
]
TODO = ["2. Renew passport", "5. Book flights to Lisbon", "7. Sort the photo archive"]
INDEX = [("1 N", "Mon 23 Nov 08:05", "Mara Lind", "Invoice INV-3301 from Acme")]


def _frame(n: int, rows: list[Row]) -> FrameRecord:
    return text_frame(
        n,
        [TERM_WIN, CHAT_WIN, MAIL_WIN, WWW_WIN, REPORT_WIN],
        rows,
        hour=datetime(2026, 11, 23, 9, tzinfo=UTC),
        bg="#ffffff",
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """A terminal that listed a README and printed notes.txt, a chat log, and a mail index
    whose invoice mail was never opened."""
    rows: list[Row] = [(0, 10, 20 + 20 * k, t) for k, t in enumerate(TERM)]
    rows += [(1, 650, 20 + 20 * k, t) for k, t in enumerate(CHAT)]
    for k, (num, day, who, subject) in enumerate(INDEX):
        y = 420 + 20 * k
        rows += [(2, 20, y, num), (2, 75, y, day), (2, 240, y, who), (2, 420, y, subject)]
    rows += [(3, 905, 620 + 20 * k, t) for k, t in enumerate(WWW)]
    rows += [(4, 670, 430, "What happened"), (4, 670, 452, "Two ampoules were not charted")]
    rows += [(4, 670, 474, "on the evening round"), (4, 800, 560, "OK")]
    rows += [(2, 640, 500, "TODO")] + [(2, 600, 522 + 20 * k, t) for k, t in enumerate(TODO)]
    with utc_app(tmp_path_factory.mktemp("named_things")) as a:
        for n in (1, 2):
            assert a.store.write_frame(_frame(n, rows))
        yield a


def test_a_file_never_opened_has_no_words_to_quote(app: Autocapture) -> None:
    ans = app.ask("what did the kelp README say?", now=NOW)
    assert ans.state == "indeterminate", ans.answer  # listed by ls, never printed
    assert ans.indeterminate_reason == "file_never_opened"


def test_a_file_printed_in_a_terminal_answers_with_its_output(app: Autocapture) -> None:
    ans = ask_cited(app, "what's in notes.txt?", NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "rotate the signing key" in ans.answer and "README" not in ans.answer


@pytest.mark.parametrize(
    ("question", "files"),
    [
        ("what did the tidepool README say?", ["readme"]),
        ("what's in setup.cfg?", ["setup.cfg"]),
        ("what does example.com say?", []),  # a site, read from the browser
        ("what did Mara say?", []),
        ("what did the error say?", []),
    ],
)
def test_asked_files(question: str, files: list[str]) -> None:
    assert asked_files(question) == files


def test_a_reference_id_must_be_on_the_message(app: Autocapture) -> None:
    # Mara's request to approve INV-3301 was only in the unopened mail; "approved this
    # morning" is about another refund, and "handling INV-3301" says nothing of approving.
    ans = app.ask("by when did Mara want me to approve INV-3301?", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    said = ask_cited(app, "what did Mara say about INV-3301?", NOW, value_cited=False)
    assert said.state == "ok" and "handling INV-3301" in said.answer, said.answer


def test_a_promise_answers_when_with_its_time_phrase(app: Autocapture) -> None:
    ans = ask_cited(app, "when's sven going to look at the backup alerts?", NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "after lunch" in ans.answer, ans.answer
    assert "classify:chat" in ans.trace["strategy"]


def test_a_persons_number_is_their_phone(app: Autocapture) -> None:
    ans = ask_cited(app, "whats the number for Ola Berg", NOW, value_cited=True)
    assert ans.state == "ok" and "+46 31 555 0190" in ans.answer, ans.answer
    count = app.ask("what was the ticket count?", now=NOW)
    assert "14" in count.answer  # a number that is not a person's stays a number


def test_possessive_time_phrase_names_a_thing() -> None:
    named = parse_time_intent("when did I open last week's notes?", NOW, "UTC")
    assert named.start is None and "last week's notes" in named.remainder
    timed = parse_time_intent("what did I open last week?", NOW, "UTC")
    assert timed.start is not None and "week" not in timed.remainder


def test_hedges_are_not_searched_for(app: Autocapture) -> None:
    ans = app.ask("roughly when did I look at the backup alerts?", now=NOW)
    assert "roughly" not in ans.trace.get("analysis", {}).get("keywords", [])


def test_ip_addresses_and_references() -> None:
    ip = VALUE_TYPES["ip"].pattern
    assert ip.findall("loaded from http://127.0.0.1:8000/install.html") == ["127.0.0.1"]
    assert not ip.search("version 1.2.3.4.5") and not ip.search("10.0.0.256")
    assert REFERENCE.match("inv-3301") and REFERENCE.match("ord-2026-11873")
    assert not REFERENCE.match("16:00") and not REFERENCE.match("4.3")
    assert Bag.of("Shipping address").has("parcel")  # a parcel is what shipping sends


def test_why_is_answered_by_a_line_giving_a_cause(app: Autocapture) -> None:
    ans = ask_cited(app, "why is kelp 2.1 slipping?", NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    # The sentence runs on to the next line: cited as the claim's context.
    assert "because the signing audit found a gap" in ans.answer, ans.answer
    assert any("found a gap" in c.text for c in ans.claims[0].context), ans.claims[0]


def test_a_word_naming_which_one_is_not_phrasing(app: Autocapture) -> None:
    # No refund test ever ran: "refund" says which test, so the auth failure is not it.
    ans = app.ask("why did the refund test fail?", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert "refund" in (ans.indeterminate_reason or "")


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        ("Tue 24 Nov 10:20", [11, 24]),  # a mail index's date: the day, not the hour
        ("Nov 24 10:20", [11, 24]),
        ("November 3rd", [11, 3]),
        ("due 15 December", [12, 15]),
    ],
)
def test_dates_beside_clock_times(text: str, month_day: list[int]) -> None:
    got = read_date(text)
    assert got is not None and got["month_day"] == month_day


def test_a_reply_pointing_back_carries_what_it_answers(app: Autocapture) -> None:
    # "I'll take it after lunch" names lunch, not what "it" is: the message it answers does.
    ans = ask_cited(app, "what did sven say he'd pick up after lunch?", NOW, value_cited=False)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "after lunch" in ans.answer and "backup alerts" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("which repo has the csv test? pretty sure it passed", "which repo has the csv test?"),
        ("which repo has it? and when did it run?", "which repo has it? and when did it run?"),
        ("what failed? why did it fail?", "what failed? why did it fail?"),
    ],
)
def test_an_aside_after_the_question_is_dropped(question: str, kept: str) -> None:
    assert normalize(question) == kept


def test_a_morning_hour_in_a_named_afternoon_is_pm() -> None:
    at = parse_time_intent("what was in front at 4:33 this afternoon?", NOW, "UTC")
    assert at.start is not None and at.start.hour == 16
    morning = parse_time_intent("what was in front at 9:10 this morning?", NOW, "UTC")
    assert morning.start is not None and morning.start.hour == 9


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        ("what time was I reading Lena's email about the rota?", "timeline"),
        ("what was in the foreground at 4:33?", "focus_state"),
        ("who am I having lunch with tomorrow?", "calendar"),
        ("how long is the slot for the candidate interview?", "calendar"),
        ("when's kenji going to do the firewall review?", "chat"),
    ],
)
def test_everyday_routing(app: Autocapture, question: str, qclass: str) -> None:
    ans = app.ask(question, now=NOW)
    assert f"classify:{qclass}" in ans.trace["strategy"], ans.trace["strategy"]


def test_abbreviations_expand() -> None:
    assert full_word("appt") == "appointment" and full_word("Dentist") == "Dentist"
    assert Bag.of("Dentist appointment").has("appt")


_WORDS = [
    "what", "which", "who", "when", "why", "how", "many", "long", "did", "was", "is", "the",
    "my", "I", "say", "said", "tab", "window", "terminal", "red", "tests", "failed", "at", "9:10",
    "this", "afternoon", "tomorrow", "last", "week's", "notes.txt", "README", "INV-3301",
    "number", "for", "Ola", "Berg", "?", "roughly", "before", "after", "open", "repo", "has",
    "in", "front", "appt", "lunch", "slot", "it", "pretty", "sure", "up", "sign", "what's",
]  # fmt: skip


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=9))
def test_no_wording_crashes_an_answerer(app: Autocapture, words: list[str]) -> None:
    ans = app.ask(" ".join(words), now=NOW)
    assert not (ans.indeterminate_reason or "").startswith("internal_error"), (words, ans)


def test_when_the_tests_were_kicked_off(app: Autocapture) -> None:
    ans = ask_cited(app, "what time did I kick off the kelp tests?", NOW, value_cited=True)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "pytest -q" in ans.answer and "09:01" in ans.answer, ans.answer
    none = app.ask("when did I run the tests in harbor?", now=NOW)  # no such terminal
    assert none.state == "indeterminate" or "pytest" not in none.answer


def test_yes_or_no_on_which_window_was_in_front(app: Autocapture) -> None:
    yes = ask_cited(app, "was the kelp terminal in front when the recording stopped?", NOW,
                    value_cited=True)  # fmt: skip
    assert yes.answer.startswith("Yes."), yes.answer
    no = ask_cited(app, "was the irclogs window in front?", NOW, value_cited=True)
    assert no.answer.startswith("No.") and "kelp" in no.answer, no.answer


@pytest.mark.parametrize(
    ("question", "ticked", "done"),
    [
        ("which boxes did I tick on the equipment loan form?", True, False),
        ("what options were selected on the signup form?", True, False),
        ("when had I finished filling in the loan request?", False, True),
        ("when did I complete the mileage claim?", False, True),
        ("when did I tick the newsletter box?", False, False),  # one field: forms.WHEN_SET
    ],
)
def test_whole_form_questions(question: str, ticked: bool, done: bool) -> None:
    assert bool(TICKED_ASK.search(question.lower())) == ticked
    assert bool(DONE_ASK.search(question.lower())) == done


@pytest.mark.parametrize(
    ("question", "asker"),
    [
        ("what equipment did I ask to borrow?", True),
        ("when did I say I'd return the equipment?", True),
        ("what did Dana say about the release?", False),
    ],
)
def test_the_asker_may_have_said_it_in_a_form(question: str, asker: bool) -> None:
    assert bool(ASKER.search(question)) == asker


def test_a_deadline_is_read_where_it_is_given_as_one(app: Autocapture) -> None:
    ans = ask_cited(app, "by what time do I have to pick up my access badge?", NOW,
                    value_cited=True)  # fmt: skip
    assert ans.state == "ok" and "18:00" in ans.answer and "10:05" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("when did Tomasz send the calibration file?", "sent"),
        ("when did Tomasz promise to send the calibration file?", None),
        ("what time did Tomasz say he would send it?", None),
    ],
)
def test_a_promised_sending_is_no_sent_header(question: str, field: str | None) -> None:
    assert asked_field(question) == field


@pytest.mark.parametrize(
    ("question", "look"),
    [
        ("which of the docs pages had the dark background?", "dark"),
        ("the page with the white background, what was its url?", "white"),
        ("which tab was in dark-themed mode?", "dark"),
        ("the docs page where the background was black", "black"),
        ("what did the dark knight say?", None),
    ],
)
def test_pages_named_by_their_look(question: str, look: str | None) -> None:
    m = LOOK_ASK.search(question)
    assert (m and (m.group("look") or m.group("look2"))) or look == None  # noqa: E711
    assert hex_luminance("#353535") < 0.35 < 0.65 < hex_luminance("#f6f5f4")
    assert hex_luminance("nonsense") is None


def test_a_request_log_is_named_by_its_request_lines(app: Autocapture) -> None:
    ans = ask_cited(app, "which window had the web server's request log?", NOW, value_cited=True)
    assert ans.state == "ok" and "~/www" in ans.answer, ans.answer


def test_a_ranked_list_answers_its_highest_and_lowest_priority(app: Autocapture) -> None:
    top = ask_cited(app, "which to-do has the highest priority?", NOW, value_cited=True)
    assert top.state == "ok" and "Renew passport" in top.answer, top.answer
    low = ask_cited(app, "what's my lowest priority todo?", NOW, value_cited=True)
    assert low.state == "ok" and "photo archive" in low.answer, low.answer


def test_a_later_correction_supersedes_what_it_corrects(app: Autocapture) -> None:
    ans = ask_cited(app, "what time does the kelp audit call start?", NOW, value_cited=True)
    assert ans.state == "ok" and "15:00" in ans.answer, ans.answer
    assert ans.claims[0].value == "15:00"


def test_the_command_run_right_after_another(app: Autocapture) -> None:
    ans = ask_cited(app, "what did I run right after cat notes.txt?", NOW, value_cited=True)
    assert ans.state == "ok" and "`pytest -q`" in ans.answer, ans.answer
    before = ask_cited(app, "what did I run just before the pytest run?", NOW, value_cited=True)
    assert "`cat notes.txt`" in before.answer, before.answer


def test_text_written_under_a_quoted_label(app: Autocapture) -> None:
    ans = ask_cited(app, 'what did I write under "What happened"?', NOW, value_cited=True)
    assert ans.state == "ok", ans.indeterminate_reason
    assert "not charted on the evening round" in ans.answer and "OK" not in ans.answer, ans.answer
