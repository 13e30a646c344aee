"""Mail header fields and conversation timing on stored frames with laid-out text (no OCR): a
mail's sent time is its Date: header (in the configured zone), never when it was on screen; a
person's address is the one on their own header entry; Cc/To/Subject come from their rows;
opening a mail means its view was on screen, not its index line; a chat log is named by its
content; "when does X happen" prefers the message that states a time over the question."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.classify import classify
from autocapture.answer.mail_headers import (
    ADDRESS_ASK,
    Entry,
    asked_field,
    entries,
    names_person,
    parse_date,
)
from autocapture.api import Autocapture
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.normalize import normalize
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.records import FrameRecord
from autocapture.text import VALUE_TYPES, Bag
from tests.framekit import Row, ask_cited, text_frame, utc_app

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
MAIL_WIN = ("mutt: jonas@box ~/Mail/inbox", (0, 0, 840, 540))
CHAT_WIN = ("jonas@box: ~/irclogs", (470, 420, 1150, 800))
DOMAIN = "ledgerly.example"

# (number, date cell, sender, subject): a mail reader's index, every subject readable in it.
INDEX = [
    ("1 N", "Mon 23 Nov 08:12", "Dana Whitfield", "Release timing"),
    ("2 N", "Mon 23 Nov 09:48", "Ibrahim Sayed", "Support rota for Saturday"),
    ("3 N", "Mon 23 Nov 10:02", "IT Service Desk", "Scheduled VPN maintenance"),
    ("4 N", "Mon 23 Nov 10:20", "Priya Raman", "Re: Invoice INV-2211"),
    ("5 N", "Mon 23 Nov 10:26", "Lena Okafor", "Re: Support rota for Saturday"),
]
PRIYA = [
    f"From: Priya Raman <priya.raman@{DOMAIN}>",
    f"To: Jonas Berg <jonas.berg@{DOMAIN}>, kenji.mori@{DOMAIN}",
    f"Cc: Lena Okafor <lena.okafor@{DOMAIN}>, Omar Haddad <omar.haddad@{DOMAIN}>",
    "Date: Mon, 23 Nov 2026 10:20:00 +0100",
    "Subject: Re: Invoice INV-2211",
    "",
    "Correction: the amount on INV-2211 is 4,830.00 EUR, not 4,380.00.",
    "Priya",
]
IBRAHIM = [
    f"From: Ibrahim Sayed <ibrahim.sayed@{DOMAIN}>",
    f"To: Jonas Berg <jonas.berg@{DOMAIN}>",
    "Date: Mon, 23 Nov 2026 09:48:00 +0000",
    "Subject: Support rota for Saturday",
    "",
    "Can someone cover the support rota that morning?",
    "Ibrahim",
]
LENA = [
    f"From: Lena Okafor <lena.okafor@{DOMAIN}>",
    f"To: Ibrahim Sayed <ibrahim.sayed@{DOMAIN}>",
    "Date: Mon, 23 Nov 2026 10:26:00 +0000",
    "Subject: Re: Support rota for Saturday",
    "",
    "Yes, put me down for it.",
    "Lena",
    "",
    "> Can someone cover the support rota that morning?",
]
CHAT = [
    "11:08 <dana> the build queue is frozen until 11:30, hold your merges",
    "11:10 <dana> priya, is the Harbor Co refund approved?",
    "11:11 <omar> the Brightline refund is still waiting on finance",
    "11:12 <priya> approved this morning, it goes out tomorrow",
    "payments-dev.log (END)",
]


def _index(rows: list[tuple[str, str, str, str]], y0: int) -> list[Row]:
    out: list[Row] = []
    for k, (num, day, who, subject) in enumerate(rows):
        y = y0 + 20 * k
        out += [(0, 20, y, num), (0, 75, y, day), (0, 240, y, who), (0, 420, y, subject)]
    return out


def _text(win: int, x: int, y0: int, lines: list[str]) -> list[Row]:
    return [(win, x, y0 + 20 * k, t) for k, t in enumerate(lines) if t]


def _frame(n: int, rows: list[Row], chat_first: bool = False) -> FrameRecord:
    """Frame at 09:0n UTC; the first window listed has the focus."""
    if chat_first:
        rows = [(1 - r[0], *r[1:]) for r in rows]
        wins = [CHAT_WIN, MAIL_WIN]
    else:
        wins = [MAIL_WIN, CHAT_WIN]
    return text_frame(n, wins, rows, hour=datetime(2026, 11, 23, 9, tzinfo=UTC), bg="#ffffff")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """09:01 the index; 09:02-09:04 Priya's, Ibrahim's and Lena's mails opened under it;
    09:05-09:06 the chat log in front (a window titled by its folder, not the log)."""
    chat = _text(1, 480, 460, CHAT)
    frames = [
        _frame(1, _index(INDEX, 40)),
        _frame(2, _index(INDEX[:3], 40) + _text(0, 4, 150, PRIYA)),
        _frame(3, _index(INDEX[:3], 40) + _text(0, 4, 150, IBRAHIM)),
        _frame(4, _index(INDEX[:3], 40) + _text(0, 4, 150, LENA)),
        _frame(5, _index(INDEX, 40) + chat, chat_first=True),
        _frame(6, _index(INDEX, 40) + chat, chat_first=True),
    ]
    with utc_app(tmp_path_factory.mktemp("mail_headers")) as a:
        for f in frames:
            assert a.store.write_frame(f)
        yield a


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    return ask_cited(app, q, NOW, value_cited=True)


def cited(ans) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.text for claim in ans.claims for c in claim.citations + claim.context]


# -- reading header values ---------------------------------------------------------------


def test_entries_split_names_and_addresses() -> None:
    got = entries('Jonas Berg <jonas@x.example>, "Okafor, Lena" <lena@x.example>; ops@x.example')
    assert got == [
        Entry("Jonas Berg", "jonas@x.example"),
        Entry("Okafor, Lena", "lena@x.example"),
        Entry("", "ops@x.example"),
    ]


def test_entries_survive_a_lost_bracket() -> None:
    # OCR dropped the first ">": the comma then sits "inside" it; each address ends an entry.
    got = entries("Ana Ruiz <ana.ruiz@x.example, Bo Li <bo.li@x.example>")
    assert [(e.name, e.address) for e in got] == [
        ("Ana Ruiz", "ana.ruiz@x.example"),
        ("Bo Li", "bo.li@x.example"),
    ]


def test_a_person_is_named_by_display_name_or_local_part() -> None:
    assert names_person(["ibrahim"], Entry("Ibrahim Sayed", "is@x.example"))
    assert names_person(["kenji"], Entry("", "kenji.mori@x.example"))
    assert not names_person(["ibrahim"], Entry("Lena Okafor", "lena.okafor@x.example"))


def test_date_header_with_ocr_noise_keeps_its_offset() -> None:
    dt = parse_date("Tue, 24~Nov 2026 09:48:00 +0800")
    assert dt is not None and (dt.hour, dt.minute) == (9, 48)
    assert dt.utcoffset() is not None and dt.utcoffset().total_seconds() == 8 * 3600  # type: ignore[union-attr]
    assert parse_date("not a date") is None


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("who was Priya's correction cc'd to?", "cc"),
        ("who was copied on the invoice mail?", "cc"),
        ("what was the subject of Omar's email?", "subject"),
        ("who did Priya send her correction to?", "to"),
        ("what time did Priya send her correction?", "sent"),
        ("when was the invoice mail sent?", "sent"),
        ("when did Kenji write that he would finish the review?", None),  # what he wrote
        ("when did Kenji say he would finish the migration review?", None),
        ("when did I send the report?", None),  # the user's own doing: a timeline question
    ],
)
def test_asked_field(question: str, field: str | None) -> None:
    assert asked_field(question) == field


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what's ibrahim's email address?", True),
        ("what is the email address of ibrahim sayed?", True),
        ("what is maya's email?", True),
        ("what did dana's email say about the release?", False),
        ("what was in the email field of the customer form?", False),
        ("where did i see maja's email address?", False),
    ],
)
def test_address_ask(question: str, asks: bool) -> None:
    assert bool(ADDRESS_ASK.search(question)) is asks


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        ("what time did Priya send her correction about the invoice amount?", "chat"),
        ("who was Lena's reply cc'd to?", "chat"),
        ("what was the subject of the mail from the IT service desk?", "chat"),
        ("what's Ibrahim's email address?", "form_kv"),  # a form's Email field, or a header
        ("when does the Harbor Co refund go out?", "chat"),
        ("when did I open Lena's reply about the support rota?", "timeline"),
        ("when does the dentist appointment start", "calendar"),
        ("what was in the Email field of the form", "form_kv"),
    ],
)
def test_routing(question: str, qclass: str) -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    assert classify(question.lower(), rules)[0] == qclass


def test_where_an_address_was_seen_is_not_a_header_question() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    assert classify("where did i see maja's email address?", rules)[0] != "chat"


# -- answers over stored screens ---------------------------------------------------------


def test_sent_time_is_the_date_header_in_local_time(app: Autocapture) -> None:
    a = ask(app, "what time did Priya send her correction about the invoice amount?")
    assert a.state == "ok" and a.question_class == "chat"
    # 10:20 at +0100 is 09:20 in the configured zone (UTC); the header is what is cited.
    assert "09:20" in a.answer and a.claims[0].value == "10:20:00"
    assert any(t.startswith("Date:") for t in cited(a))
    assert "09:02" not in a.answer  # when the mail was on screen is not when it was sent


def test_address_is_on_the_persons_own_entry(app: Autocapture) -> None:
    # Lena's reply shows her From: row next to Ibrahim's To: row; each address is its own.
    a = ask(app, "what's Ibrahim's email address?")
    assert a.state == "ok" and a.claims[0].value == f"ibrahim.sayed@{DOMAIN}"
    assert "lena.okafor" not in a.answer
    # The second person on a Cc row, not the first.
    b = ask(app, "what is Omar's email address?")
    assert b.claims[0].value == f"omar.haddad@{DOMAIN}" and "lena" not in b.answer


def test_address_by_its_local_part(app: Autocapture) -> None:
    a = ask(app, "what is Kenji's email address?")
    assert a.state == "ok" and a.claims[0].value == f"kenji.mori@{DOMAIN}"


def test_address_nobody_showed_is_indeterminate(app: Autocapture) -> None:
    assert ask(app, "what's Marco's email address?").state == "indeterminate"


def test_cc_and_to_rows(app: Autocapture) -> None:
    a = ask(app, "who was Priya's correction cc'd to?")
    assert a.state == "ok" and [c.value for c in a.claims] == [
        f"lena.okafor@{DOMAIN}",
        f"omar.haddad@{DOMAIN}",
    ]
    b = ask(app, "who did Lena send her reply to?")
    assert b.state == "ok" and b.claims[0].value == f"ibrahim.sayed@{DOMAIN}"


def test_no_cc_row_is_indeterminate(app: Autocapture) -> None:
    a = ask(app, "who was Ibrahim's mail about the support rota cc'd to?")
    assert a.state == "indeterminate"


def test_subject_of_a_mail_named_by_its_sender(app: Autocapture) -> None:
    a = ask(app, "what was the subject of the mail from the IT Service Desk?")
    assert a.state == "ok" and "Scheduled VPN maintenance" in a.answer


def test_opening_a_mail_is_its_view_not_its_index_line(app: Autocapture) -> None:
    # The reply's subject was in the index from 09:01; the reply itself was opened at 09:04.
    a = ask(app, "when did I open Lena's reply about the support rota?")
    assert a.state == "ok" and a.question_class == "timeline"
    assert "09:04" in a.answer and "09:01" not in a.answer
    assert any("Re: Support rota" in t for t in cited(a))


def test_chat_log_named_by_its_content(app: Autocapture) -> None:
    # No window title names the log; its status line does.
    a = ask(app, "when did I first open the payments-dev chat log?")
    assert a.state == "ok" and "09:05" in a.answer
    assert a.trace["answer"]["by"] == "conversation_opened"  # its lines, not a focus change
    b = ask(app, "when did I last look at the payments-dev log?")
    assert b.state == "ok" and "09:06" in b.answer


def test_when_prefers_the_message_stating_a_time(app: Autocapture) -> None:
    a = ask(app, "when does the Harbor Co refund go out?")
    assert a.state == "ok" and a.question_class == "chat"
    assert "tomorrow" in a.claims[0].value and "waiting on finance" not in a.answer
    assert any("Harbor Co refund" in t for t in cited(a))  # the question it answers


def test_when_does_not_borrow_another_topics_time(app: Autocapture) -> None:
    a = ask(app, "when does the Brightline refund go out?")
    assert a.state == "ok" and "waiting on finance" in a.answer and "tomorrow" not in a.answer


def test_the_mail_read_just_before_or_after_a_named_one(app: Autocapture) -> None:
    a = ask(app, "which email did I read just before Lena's reply?")
    assert a.question_class == "chat" and "Ibrahim Sayed" in a.answer
    assert a.claims[0].value.startswith("Subject: Support rota")
    b = ask(app, "which mail did I open right after Priya's reply?")
    assert "Ibrahim Sayed" in b.answer and "Lena" not in b.answer.split("(")[0]
    c = ask(app, "which email did I read just before Priya's reply?")
    assert c.state == "indeterminate"  # hers was the first opened


def test_the_mail_opened_after_one_i_read(app: Autocapture) -> None:
    """ "right after i read X, which mail did i open next": the moment said first, the act of
    reading naming the mail, a possessive typed without its apostrophe ("priyas")."""
    assert normalize("right after i read priyas reply, which mail did i open next") == (
        "which mail did i open right after i read priyas reply"
    )
    a = ask(app, "right after i read priyas reply, which mail did i open next")
    assert a.state == "ok" and "Ibrahim Sayed" in a.answer, a.answer
    assert "Lena" not in a.answer.split("(")[0]
    # must not change: a read never seen names no mail, so the order of openings says nothing
    b = ask(app, "which mail did i open right after i read the weather report")
    assert (b.trace.get("answer") or {}).get("by") != "mail_sequence", b.answer


def test_which_mail_was_opened_first_or_last(app: Autocapture) -> None:
    """The mails opened in one reader window, ordered by when each view first came up."""
    a = ask(app, "which mail did i open first")
    assert a.state == "ok" and a.question_class == "timeline"
    assert "Priya Raman" in a.answer and "09:02" in a.answer
    b = ask(app, "which email did i read last")
    assert b.state == "ok" and "Lena Okafor" in b.answer


def test_what_was_read_after_a_mail_named_as_one(app: Autocapture) -> None:
    a = ask(app, "what did i read right after priya's correction mail")
    assert a.state == "ok" and "Ibrahim Sayed" in a.answer.split("(")[0], a.answer
    # must not change: nothing names a mail, so the window read next is the answer
    b = ask(app, "what did i read right after the chat log")
    assert (b.trace.get("answer") or {}).get("by") != "mail_sequence", b.answer


def test_a_capital_read_as_a_digit_still_names_the_person() -> None:
    assert Bag.of("0tieno Odhiambo").has("otieno")
    assert not Bag.of("10am 1000").has("ioam")  # digits that are numbers stay numbers
