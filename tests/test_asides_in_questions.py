"""Asides a busy asker adds ("..., i wrote friday somewhere", "the log, not the show"), slips
("wen the"), a still-or-moved ask without its verb, the day or room of an event. Met in the
blind paraphrase suites; content here is invented."""

from __future__ import annotations

from autocapture.promptops.pipeline import normalize


def _classify(q: str) -> str:
    from autocapture.answer.classify import classify
    from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR, load_bundle
    from autocapture.promptops.rules import parse_rules
    from autocapture.text import VALUE_TYPES

    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    return classify(normalize(q), rules)[0]


def test_wen_and_a_request_with_its_day() -> None:
    assert normalize("remind me wen the vet is tomorrow") == "when is the vet tomorrow"
    assert normalize("remind me when the audit is") == "when is the audit"  # must not change
    assert normalize("wen is it") == "when is it"
    assert normalize("the wen river") == "the wen river"  # must not change


def test_still_or_moved_without_its_verb() -> None:
    assert normalize("board sync w priya - still tues at 3 or did it move") == (
        "when is the board sync w priya now?"
    )


def test_what_the_asker_noted_and_the_one_meant_are_dropped() -> None:
    assert normalize("which day do the choir group leave, i wrote monday somewhere") == (
        "which day do the choir group leave"
    )
    assert normalize("when did i first open the wiki, the first time not the second") == (
        "when did i first open the wiki"
    )
    assert normalize("when did i run the make in the api repo. the make, not the test") == (
        "when did i run the make in the api repo"
    )
    # must not change: the one meant is not said before, so it is the ask
    q = "when did i open the page, the second one not the first"
    assert normalize(q) == q


def test_day_and_room_of_an_event_are_calendar_asks() -> None:
    assert _classify("which day are the choir group checking out") == "calendar"
    assert _classify("which room is the budget check with ana in") == "calendar"
    assert _classify("what time did i first flip over to the wiki") == "timeline"
    assert _classify("which room is the printer in") != "calendar"  # must not: a thing


def test_what_the_asker_believes_they_did_is_dropped() -> None:
    assert normalize("was the cover note ticked on the claim, i think i ticked both boxes") == (
        "was the cover note ticked on the claim"
    )
    assert normalize("did the invoice go out; pretty sure we sent it monday?") == (
        "did the invoice go out?"
    )
    # must not change: a hedge with no act of the asker's, or the question itself
    for q in (
        "which form had focus at 10:53 - the incident one i think?",
        "what did i mean, i think",
    ):
        assert normalize(q) == q


def test_request_for_when_with_the_askers_guess_after_a_comma() -> None:
    q = "remind me when the boiler service is, wed afternoon i think"
    assert normalize(q) == "when is the boiler service, wed afternoon i think"
    assert _classify(q) == "calendar"
    # must not change: no guess, or a correction that is not a guess
    assert normalize("remind me when the audit is") == "when is the audit"
    assert normalize("remind me when the bus is - sorry, the ferry") == "when is the ferry"
