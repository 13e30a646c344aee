"""How people type questions: slips ("teh"), years said as words ("next year"), "which tab
was I on right before X", "what's next after X", a numbered to-do beside a calendar. Met in
the blind paraphrase suites; content here is invented."""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from pathlib import Path

from autocapture.promptops.pipeline import normalize, with_years
from autocapture.promptops.rules import QueryRules
from tests.framekit import Row, refocus, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@functools.cache
def _rules() -> QueryRules:
    """The shipped bundle's routing rules, parsed once for the routing tests."""
    from autocapture.promptops.bundle import load_bundle
    from autocapture.promptops.rules import parse_rules
    from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
    from autocapture.text import VALUE_TYPES

    return parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))


def test_slips_and_day_words_are_read() -> None:
    assert normalize("whats the url for teh fares page?") == "what's the url for the fares page?"
    assert normalize("wich port was it on?") == "which port was it on?"
    assert normalize("the sandwich order") == "the sandwich order"  # must not change
    assert normalize("formulary meeting tmrw - what time is it?").startswith(
        "formulary meeting tomorrow"
    )


def test_years_said_as_words_are_the_year_written() -> None:
    assert with_years("what's her rate going to be next year?", NOW) == (
        "what's her rate going to be in 2027?"
    )
    assert with_years("budget for last year", NOW) == "budget in 2025"


def _calendar_rows() -> list[Row]:
    return [
        (0, 20, 40, "Thursday, November 26, 2026"),
        (0, 30, 70, "Deckhand interview"),
        (0, 300, 70, "10:30 AM - 11:00 AM"),
        (0, 30, 100, "Go/no-go with skippers"),
        (0, 300, 100, "12:45 PM - 1:00 PM"),
        (1, 620, 40, "TODO"),
        (1, 620, 70, "1. Send the incident report"),
        (1, 620, 100, "12:00 PM"),
    ]


def test_whats_next_after_an_event_skips_a_numbered_todo(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 26, 8, tzinfo=UTC)
        wins = [("calendar", (0, 0, 600, 400)), ("todo", (600, 0, 1280, 400))]
        app.store.write_frame(text_frame(1, wins, _calendar_rows(), hour=hour, bg="#fafafa"))
        ans = app.ask("whats next after the deckhand interview today?", now=NOW)
        assert ans.state == "ok" and "Go/no-go" in ans.answer, ans.answer


def test_the_tab_i_was_on_right_before_another(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 26, 8, tzinfo=UTC)
        for n, page in enumerate(["Billing rates - Browser", "Court holidays - Browser"], 1):
            rows: list[Row] = [(0, 10, 40, f"{page.split(' - ')[0]} page text")]
            app.store.write_frame(
                text_frame(n, [(page, (0, 0, 1280, 800))], rows, hour=hour, bg="#ffffff")
            )
        ans = app.ask("which tab was I on right before the court holidays one?", now=NOW)
        assert ans.state == "ok" and "Billing rates" in ans.answer, ans.answer
        clicked = app.ask("which tab was up right before i clicked over to court holidays", now=NOW)
        assert clicked.state == "ok" and "Billing rates" in clicked.answer, clicked.answer


def test_a_bare_name_before_the_dash_is_what_it_means() -> None:
    from autocapture.answer.chain import split_chain

    chain = split_chain("budget review tomorrow - what time is it?")
    assert chain is not None and chain.first is None
    assert chain.then == "what time is the budget review tomorrow?"
    assert split_chain("my notes say the audit moved - what day is it?") is None


def test_how_many_is_not_a_measure_in_another_unit(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 26, 8, tzinfo=UTC)
        rows: list[Row] = [
            (0, 10, 40, "Order: amoxicillin 1 g vials"),
            (0, 10, 70, "Quantity: 24 vials"),
        ]
        app.store.write_frame(
            text_frame(1, [("mail", (0, 0, 1280, 800))], rows, hour=hour, bg="#fff")
        )
        ans = app.ask("how many amoxicillin vials are coming?", now=NOW)
        assert ans.state == "indeterminate" or "24" in ans.answer, ans.answer
        assert "1 g" not in (ans.claims[0].value if ans.claims else "")


def test_a_capital_letter_after_a_name_is_part_of_it() -> None:
    from autocapture.answer.question import _NAMED_LETTER

    assert [m.group(1) for m in _NAMED_LETTER.finditer("where did I see Dept. R?")] == ["R"]
    assert [m.group(1) for m in _NAMED_LETTER.finditer("was Gate B open?")] == ["B"]
    assert not list(_NAMED_LETTER.finditer("did I tell Ana I was late?"))


def test_spoken_amounts_of_time_ago() -> None:
    from autocapture.timeparse import parse_time_intent

    now = datetime(2026, 11, 24, 22, 45, tzinfo=UTC)
    half = parse_time_intent("what was I focused on half an hour ago?", now, "UTC")
    assert half.anchor == datetime(2026, 11, 24, 22, 15, tzinfo=UTC)
    assert parse_time_intent("what did I see an hour ago?", now, "UTC").anchor == datetime(
        2026, 11, 24, 21, 45, tzinfo=UTC
    )


def test_a_brazilian_mobile_is_a_phone() -> None:
    from autocapture.text import VALUE_TYPES

    m = VALUE_TYPES["phone"].pattern.search("Marcio Tavares  (11) 95555-0171  RS-07")
    assert m is not None and m.group(0) == "(11) 95555-0171"


def test_the_number_for_a_desk_is_its_phone(tmp_path: Path) -> None:
    rows: list[Row] = [
        (0, 20, 40, "Alarm call list"),
        (0, 20, 70, "Security desk (24 h): 514-555-0100. Tech emergency line: 1-800-555-0199."),
        (0, 20, 100, "PO number for the haze machine: 30418"),
    ]
    with utc_app(tmp_path) as app:
        hour = NOW.replace(hour=8)
        app.store.write_frame(
            text_frame(1, [("Alarm call list", (0, 0, 1280, 800))], rows, hour=hour, bg="#fff")
        )
        ans = app.ask("I need the number for the security desk", now=NOW)
        assert ans.state == "ok" and "514-555-0100" in ans.answer, ans.answer
        po = app.ask("what's the PO number for the haze machine?", now=NOW)
        assert po.state == "ok" and "30418" in po.answer, po.answer


def test_a_word_cut_short_stands_for_the_longer_one() -> None:
    from autocapture.text import Bag

    assert Bag.of("BSC-2 recertification (Kessler Air)").has("recert")
    assert not Bag.of("BSC-2 recertification").has("rece")  # too short to stand for it
    assert not Bag.of("certification").has("recert")  # the start of the word only


def test_a_day_put_right_in_the_question() -> None:
    assert normalize("fleet review tmrw?? no wait today - what time") == (
        "fleet review today - what time"
    )
    assert normalize("is it on monday, sorry tuesday?") == "is it on tuesday?"


def test_a_bare_question_word_after_the_dash_asks_of_the_lead() -> None:
    from autocapture.answer.chain import split_chain

    chain = split_chain("fleet review today - what time")
    assert chain is not None and chain.then == "what time is the fleet review today?"
    assert split_chain("fleet review today - what did diego say") is None


def test_first_thing_tomorrow_is_a_calendar_question() -> None:
    from autocapture.answer.browser import NEWEST_TAB
    from autocapture.answer.classify import classify

    rules = _rules()
    assert classify("what have i got first thing tomorrow morning", rules)[0] == "calendar"
    assert NEWEST_TAB.search("the tab i opened by typing the url myself - what was it called")


def test_softeners_tags_and_short_days_are_read() -> None:
    assert normalize("which terminal was i actually typing in at like 10:56") == (
        "which terminal was i typing in at 10:56"
    )
    assert normalize("wat time's warm-up now, ngaire changed it didnt she") == (
        "what time is warm-up now, ngaire changed it"
    )
    assert normalize("and the show stop page - when'd I open that") == (
        "and the show stop page - when did I open that"
    )
    assert normalize("anything clashing with the briefing on fri") == (
        "anything clashing with the briefing on friday"
    )
    assert normalize("is the sun out") == "is the sun out"  # a short day only after "on", "by"
    assert normalize("what km was it actually") == "what km was it actually"
    assert normalize("what time is it?") == "what time is it?"  # its own end, no tag
    assert normalize("she moved it, did she?") == "she moved it"


def test_an_acronym_spelled_out_by_a_title() -> None:
    from autocapture.text import spell_out

    assert spell_out(["foh", "briefing"], ["Front of house briefing"]) == [
        "front",
        "of",
        "house",
        "briefing",
    ]
    assert spell_out(["lab"], ["Lab meeting"]) == ["lab"]  # a word the title holds stays
    assert spell_out(["xyz"], ["Front of house"]) == ["xyz"]


def test_a_leading_place_is_said_after_the_question() -> None:
    assert normalize("in the cargo run, which tests were the red ones") == (
        "which tests were the red ones in the cargo run"
    )
    assert normalize("in the grep output, what colour were the line numbers?") == (
        "what colour were the line numbers in the grep output?"
    )


def test_moments_negations_and_reminders_are_read() -> None:
    # "rite after X, which window ...": the moment is said after the ask
    assert normalize("rite after i looked at the staff list, which window was focussed") == (
        "which window was focused right after i looked at the staff list"
    )
    # the one ruled out only tells which was meant
    assert normalize("remind me helena's extension, the night manager not the spa one") == (
        "what is helena's extension, the night manager"
    )
    # "X got moved didn't it. when is it now": "it" is X
    assert normalize("the agrivue demo got moved didnt it. when is it now") == (
        "when is the agrivue demo now"
    )
    # "again" asks to be reminded, unless something was done again
    assert normalize("eye exam today - what time again") == "eye exam today - what time"
    assert normalize("when did i open the chat again") == "when did i open the chat again"
    assert normalize("roughly wen was i on teh rate limits page") == (
        "roughly when was i on the rate limits page"
    )


def test_clock_times_said_in_words() -> None:
    assert normalize("which window was in front at quarter past ten") == (
        "which window was in front at 10:15"
    )
    assert normalize("what was open at half past 2") == "what was open at 2:30"
    assert normalize("at quarter to eleven") == "at 10:45"
    assert normalize("what did i have open around 9 this morning") == (
        "what did i have open around 9:00 am this morning"
    )
    # counts and other numbers stay as they are
    assert normalize("ten of the tests failed") == "ten of the tests failed"


def test_a_leading_exception_is_said_after_the_ask() -> None:
    assert normalize("apart from chromium was anything else open") == (
        "was anything else open apart from chromium"
    )


def test_a_reading_ruled_out_and_a_settled_bare_ask() -> None:
    from autocapture.answer.chain import split_chain

    assert normalize("when did i read colette's reply - not when she sent it") == (
        "when did i read colette's reply"
    )
    chain = split_chain("lab meeting today - which room finally")
    assert chain is not None and chain.then == "which room is the lab meeting today finally?"


def test_one_place_says_a_time_what_does_the_other_have() -> None:
    assert normalize(
        "my notebook says audit review thu 10:00, what does calcurse have for it instead"
    ) == ("when is the audit review in calcurse?")


def test_british_half_hours_final_figures_and_vague_leads() -> None:
    assert normalize("what did i have open around half 3 this morning") == (
        "what did i have open around 3:30 this morning"
    )
    assert normalize("did half the tests fail") == "did half the tests fail"
    assert normalize("fuel uplift for FY 213, the final figure pls") == (
        "fuel uplift for FY 213 finally pls"
    )
    assert normalize("earlier - what time did i open the audit mail") == (
        "what time did i open the audit mail"
    )
    assert normalize("UN number for ELM - the lithium metal ones, not ion") == (
        "UN number for ELM - the lithium metal ones"
    )


def test_an_extension_is_a_number_to_dial() -> None:
    from autocapture.text import VALUE_TYPES

    assert VALUE_TYPES["phone"].pattern.search("Fire station: ext 2222.").group(0) == "ext 2222"


def test_looks_complaints_and_did_it_change() -> None:
    assert normalize("ATD on teh delay record, the small light one") == "ATD on the delay record"
    assert normalize("which room, the big one") == "which room"
    assert normalize("who was moaning that TUG-12's battery was flat again") == (
        "who said TUG-12's battery was flat again"
    )
    assert normalize("did anele stick with 06:05 for FY 231 or did that change") == (
        "what time is the FY 231 finally?"
    )


def test_when_x_then_anything_else_on_screen() -> None:
    assert normalize(
        "first thing, when the damage report was still blank - anything else on screen"
    ) == ("was anything else on screen when the damage report was still blank?")


def test_a_question_put_right_is_the_one_asked() -> None:
    # "no wait, i mean": the second question; its "it" is what the first asked about
    q = "wat time did i get tom's rota email - no wait, i mean when did i actually open it"
    assert normalize(q) == "when did i open tom's rota email"
    assert normalize("when is the standup - sorry, when is the retro?") == "when is the retro?"
    # a day put right is still only the day
    assert normalize("fleet review tmrw?? no wait today").startswith("fleet review today")


def test_the_moment_said_before_a_window_ask() -> None:
    q = "while i was doing the petty cash what else had i got open"
    assert normalize(q) == "what else had i got open while i was doing the petty cash"
    q = "right after the fares tab where did my focus go"
    assert normalize(q) == "where did my focus go right after the fares tab"
    # not a window ask: left as typed
    assert normalize("right after lunch where did i put the key") == (
        "right after lunch where did i put the key"
    )
    assert normalize("while i was out what did ana say") == "while i was out what did ana say"


def test_focus_and_else_open_are_routed_to_window_classes() -> None:
    from autocapture.answer.classify import classify

    rules = _rules()
    assert classify("where did my focus go right after the fares tab", rules)[0] == "focus_state"
    q = "what else had i got open while i was doing the petty cash"
    assert classify(q, rules)[0] == "window_inventory"
    assert classify("where did i put the key", rules)[0] != "focus_state"


def test_once_a_thing_was_up_after_a_spoken_half_hour(tmp_path: Path) -> None:
    """Asked "just after half 7, once the git show was up, which window did i jump to": half past
    seven in the evening (the latest at or before now), and "once X was up" is after X."""
    wins = {
        "styleguide": ("me@desk: ~/src/styleguide", (600, 0, 1280, 700)),
        "pageplan": ("me@desk: ~/src/pageplan", (0, 500, 600, 800)),
        "subcheck": ("me@desk: ~/src/subcheck", (0, 0, 600, 480)),
    }
    shots = [
        (20, "subcheck", "$ make test"),
        (25, "pageplan", "$ cat plan.txt"),
        (28, "styleguide", "$ git log --oneline"),
        (31, "styleguide", "$ git show 4f2a9c1"),
        (32, "pageplan", "$ cat plan.txt"),
        (34, "subcheck", "$ make test"),
    ]
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 25, 19, tzinfo=UTC)
        for minute, front, line in shots:
            order = [front] + [k for k in wins if k != front]
            rows: list[Row] = [(0, 610 if front == "styleguide" else 10, 40, line)]
            frame = text_frame(minute, [wins[k] for k in order], rows, hour=hour, bg="#000000")
            app.store.write_frame(frame)
        q = "just after half 7, once the git show was up, which window did i jump to"
        ans = app.ask(q, now=datetime(2026, 11, 25, 19, 45, tzinfo=UTC))
        assert ans.state == "ok" and "pageplan" in ans.answer and "19:32" in ans.answer, ans.answer
    assert normalize(q) == "which window did i jump to just after 7:30, after the git show was up"
    # an act the screen need not show is left as typed ("once i'd sent it off")
    q = "once i'd sent off the request which window did i go to next"
    assert normalize(q) == q
    assert normalize("once the build was done, what failed") == (
        "once the build was done, what failed"
    )


def test_the_thing_said_first_then_which_one_was_it(tmp_path: Path) -> None:
    """ "The email I was reading right before I flipped over to the chat log, which one was
    that": which email was I reading right before I flipped over to the chat log."""
    from autocapture.records import WindowFact
    from tests.test_ui_graph import frame

    q = "the email i was reading right before i flipped over to the chat log, which one was that"
    assert normalize(q) == "which email was i reading right before i flipped over to the chat log?"
    assert normalize("the page we were on before lunch - which was it") == (
        "which page were we on before lunch?"
    )
    # no "which one was it" at the end: the statement is left alone
    assert normalize("the tab i was reading, was it from ana") == (
        "the tab i was reading, was it from ana"
    )
    mutt = WindowFact("mutt: ops@box ~/Mail", (0, 0, 900, 500), "0x5", "xterm", 40, True, 0)
    irc = WindowFact("ops@box: ~/irclogs", (900, 0, 1280, 500), "0x6", "xterm", 41, False, 1)
    mail = [
        "From: Ines Duarte <ines@harbor.example>",
        "Date: Tue, 24 Nov 2026 09:12:00 +0000",
        "Subject: Pallet count for Thursday",
        "We will send 14 pallets, not 12.",
    ]
    chat = ["[14:01] <tomas> pallets confirmed?", "[14:01] <ines> 14 of them"]

    def lines(wi: int, rows: list[str], x: int) -> list:  # type: ignore[type-arg]
        return [
            (wi, t, (x, 10 + 20 * i, x + 9 * len(t), 28 + 20 * i), "#202020", "#ffffff")
            for i, t in enumerate(rows)
        ]

    with utc_app(tmp_path) as a:
        both = lines(0, mail, 6) + lines(1, chat, 906)
        a.store.write_frame(frame(0, [mutt, irc], both, seconds=0))
        switched = [refocus(irc, True, 0), refocus(mutt, False, 1)]
        a.store.write_frame(frame(1, switched, lines(1, chat, 906) + lines(0, mail, 6), seconds=20))
        ans = a.ask(q, now=datetime(2026, 11, 24, 18, tzinfo=UTC))
        assert ans.state == "ok" and "Pallet count for Thursday" in ans.answer, ans.answer


def test_an_opening_interjection_is_no_part_of_the_question(tmp_path: Path) -> None:
    q = "oh and which window had ines duarte's mobile in it"
    assert normalize(q) == "which window had ines duarte's mobile in it"
    assert normalize("um, what time is the standup") == "what time is the standup"
    # a word that only starts like one, or an "oh" not opening a question, is left alone
    assert normalize("ohio office: which window") == "ohio office: which window"
    assert normalize("oh well the build failed") == "oh well the build failed"
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 26, 8, tzinfo=UTC)
        wins = [
            ("mutt: me@desk ~/Mail", (0, 0, 640, 800)),
            ("me@desk: ~/contacts", (640, 0, 1280, 800)),
        ]
        rows: list[Row] = [
            (0, 10, 40, "Subject: Ines Duarte is on leave"),
            (1, 650, 40, "name"),
            (1, 950, 40, "mobile"),
            (1, 650, 60, "Ines Duarte"),
            (1, 950, 60, "021 555 0146"),
        ]
        app.store.write_frame(text_frame(1, wins, rows, hour=hour, bg="#000000"))
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "contacts" in ans.answer, ans.answer


def test_which_of_two_places_showed_a_spelling(tmp_path: Path) -> None:
    """ "Was duarte spelt with one t in the mail or in the chat": the place that showed the
    name exactly as typed (a near spelling is another name), by the kinds of window named."""
    from autocapture.records import WindowFact
    from tests.test_ui_graph import frame

    mutt = WindowFact("mutt: ops@box ~/Mail", (0, 0, 900, 500), "0x5", "xterm", 40, True, 0)
    irc = WindowFact("ops@box: ~/irclogs", (900, 0, 1280, 500), "0x6", "xterm", 41, False, 1)
    mail = [
        "From: Tomas Reyes <tomas@harbor.example>",
        "Date: Tue, 24 Nov 2026 09:12:00 +0000",
        "Subject: Front page photo",
        "Ines Duartte took the front page photo.",
    ]
    chat = ["[14:01] <tomas> photo credit is Ines Duarte", "[14:02] <kim> thanks"]
    rows = [
        (0, t, (6, 10 + 20 * i, 6 + 9 * len(t), 28 + 20 * i), "#202020", "#ffffff")
        for i, t in enumerate(mail)
    ] + [
        (1, t, (906, 10 + 20 * i, 906 + 9 * len(t), 28 + 20 * i), "#202020", "#ffffff")
        for i, t in enumerate(chat)
    ]
    now = datetime(2026, 11, 24, 18, tzinfo=UTC)
    with utc_app(tmp_path) as a:
        a.store.write_frame(frame(0, [mutt, irc], rows, seconds=0))
        ans = a.ask("was duarte spelt with one t in the mail or in the chat", now=now)
        assert ans.question_class == "cross_window" and ans.state == "ok", ans.answer
        assert ans.answer.startswith("In the chat") and "irclogs" in ans.answer, ans.answer
        ans = a.ask("was duartte spelled with two t's in the chat or in the email?", now=now)
        assert ans.answer.startswith("In the email") and "mutt" in ans.answer, ans.answer


def test_was_i_still_in_a_window_asks_about_focus() -> None:
    """ "at 3:26 pm was I still in the trekcalc terminal?" (blind set l): "still" keeps the
    focus question it was without it."""
    from autocapture.answer.classify import classify

    rules = _rules()
    assert classify("was i still in the billing terminal?", rules)[0] == "focus_state"
    assert classify("was i in the billing terminal?", rules)[0] == "focus_state"
    assert classify("was the invoice still in the billing terminal?", rules)[0] != "focus_state"


def test_no_after_a_noun_is_its_number() -> None:
    assert normalize("passport no for the lead diver") == "passport number for the lead diver"
    assert normalize("whats her phone no?") == "what's her phone number?"
    # must not change: a "no" said as an answer
    assert normalize("is it yes or no for the booking") == "is it yes or no for the booking"
    assert normalize("did she say no on the call") == "did she say no on the call"


def test_which_room_is_an_event_in_is_a_calendar_question() -> None:
    from autocapture.answer.classify import classify

    rules = _rules()
    assert classify("which room is the morning stand-up in", rules)[0] == "calendar"
    assert classify("where's the safety briefing", rules)[0] == "calendar"
    # must not change: a thing, not an event
    assert classify("which room is the printer in", rules)[0] != "calendar"
    assert classify("which window was the briefing in", rules)[0] != "calendar"


def test_the_thing_put_right_after_when_it_is() -> None:
    q = "remind me when the bus to the quay is, no wait, i mean the ferry pickup on friday"
    assert normalize(q) == "when is the ferry pickup on friday"
    assert normalize("remind me when the bus is - sorry, the ferry") == "when is the ferry"
    # must not change: nothing put right
    assert normalize("remind me when the audit is") == "when is the audit"


def test_still_then_or_did_it_move_asks_when_it_is_now() -> None:
    q = "fire drill - is it still monday at 9 like the memo says or did it move"
    assert normalize(q) == "when is the fire drill now?"
    assert normalize("is the quiz still on friday or did it get moved?") == "when is the quiz now?"
    # must not change: no thing named, or no move asked about
    q = "is it still raining or did it change"
    assert normalize(q) == q
    assert normalize("is the build still red?") == "is the build still red?"


def test_what_someone_posted_in_a_channel_is_a_chat_question() -> None:
    # Posting in a channel is a chat message: the chat answerer knows who posted what (and
    # that a person never posted there), where a free-text lookup takes any line on the topic.
    from autocapture.answer.classify import classify

    rules = _rules()
    assert classify("what did marta post in the night channel about the group", rules)[0] == "chat"
    assert classify("what did ana drop in the team chat", rules)[0] == "chat"
    # must not change: what I typed into a box, what a program printed
    assert classify("what did i type in the search box", rules)[0] != "chat"
    assert classify("what did make print in the build terminal", rules)[0] != "chat"


def test_candidates_offered_after_a_who_question_are_dropped() -> None:
    assert normalize("who's heading out to P-9, the tall ravi or the other one") == (
        "who is heading out to P-9"
    )
    assert normalize("who took the night shift, marta or jon?") == "who took the night shift?"
    assert normalize("who's the lead on P-4") == "who's the lead on P-4"  # must not change
    assert normalize("which is it, the red one or the blue one?") == (
        "which is it, the red one or the blue one?"
    )  # not a "who" question
    assert normalize("who's writing the release notes?") == "who's writing the release notes?"


def test_a_count_of_windows_offered_as_choices_is_a_window_inventory() -> None:
    """ "were there 1 or 2 of those form dialogs open": how many windows, and which."""
    from autocapture.answer.classify import classify

    rules = _rules()
    for q in (
        "at the end were there 1 or 2 of those form dialogs open, which ones",
        "were there two or three terminals up at the time",
        "was there one browser window open or more",
    ):
        assert classify(q, rules)[0] == "window_inventory", q
    # must not change: a count of fields on a form is the form's
    q = "were there one or two fields left blank on the claim form"
    assert classify(q, rules)[0] == "form_kv"


def test_a_persons_detail_on_a_tab_is_the_pages_text() -> None:
    """ "whats his mobile on the contacts tab": a detail shown in a tab, not the tab itself."""
    from autocapture.answer.classify import classify

    rules = _rules()
    for q in (
        "the maintenance guy from the room status page, whats his mobile on the contacts tab",
        "what was her extension on the on-call tab",
        "rui's mobile in the contacts tab",
    ):
        assert classify(q, rules)[0] != "browser_chrome", q
    # must not change: the tabs themselves
    for q in ("which tab was active in the browser", "what was the title of the third tab"):
        assert classify(q, rules)[0] == "browser_chrome", q


def test_the_window_holding_the_cursor_is_the_focused_one() -> None:
    """ "which form had the cursor": the text cursor sits in the window with the focus."""
    from autocapture.answer.classify import classify

    rules = _rules()
    for q in (
        "around 11:09 pm which form had the cursor, the big dark one or the small light one",
        "which window had the text cursor at 10:15",
        "what terminal had the caret",
    ):
        assert classify(q, rules)[0] == "focus_state", q
    # must not change: where the cursor was on a form is the form's field
    q = "which field of the claim form was the cursor in"
    assert classify(q, rules)[0] != "focus_state"
