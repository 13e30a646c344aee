"""A person named by the role they fill on one record, then asked for their contact on
another window: "the mobile for the witness on the handover form", "whoever is in handed over
by on the form, I need their mobile from the staff list". Content is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.chain_roles import lead_chain, role_chain
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _rows() -> list[Row]:
    return [
        (0, 20, 40, "Key handover form"),
        (0, 20, 70, "Handed over by: Ana Reis"),
        (0, 20, 100, "Witness: Bruno Lopes"),
        (1, 720, 40, "Staff phone list"),
        (1, 720, 70, "Ana Reis    mobile 912 000 222"),
        (1, 720, 100, "Bruno Lopes    mobile 912 000 111"),
        (1, 720, 130, "Front desk phone: 210 000 000"),
    ]


def test_a_role_then_its_contact(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        hour = NOW.replace(hour=8)
        wins = [("Key handover form", (0, 0, 700, 400)), ("Staff phone list", (700, 0, 1280, 400))]
        app.store.write_frame(text_frame(1, wins, _rows(), hour=hour, bg="#ffffff"))
        ans = app.ask("whats the mobile for the witness on the key handover form", now=NOW)
        assert ans.state == "ok" and "912 000 111" in ans.answer, ans.answer
        q = (
            "whoever is in handed over by on the key handover form, "
            "i need their mobile from the staff list"
        )
        led = app.ask(q, now=NOW)
        assert led.state == "ok" and "912 000 222" in led.answer, led.answer
        # must not change: a contact asked as one question is answered as one
        desk = app.ask("whats the phone for the front desk on the staff phone list", now=NOW)
        assert desk.state == "ok" and "210 000 000" in desk.answer, desk.answer
        # a role never filed on the record names no one, so no contact is given
        none = app.ask("whats the mobile for the manager on the key handover form", now=NOW)
        assert none.state == "indeterminate", none.answer


def test_only_a_contact_for_a_role_or_a_whoever_lead_is_split() -> None:
    assert role_chain("what's the price for the double on the rate table") is None
    assert lead_chain("whoever is on call, what time does the shift end") is None
    chain = role_chain("what's the email for the approver on the expense claim")
    assert chain is not None and chain.first == "who is the approver on the expense claim?"


def test_a_role_then_a_request_for_their_contact_after_a_comma(tmp_path: Path) -> None:
    from autocapture.promptops.normalize import normalize

    with utc_app(tmp_path) as app:
        hour = NOW.replace(hour=8)
        wins = [("Key handover form", (0, 0, 700, 400)), ("Staff phone list", (700, 0, 1280, 400))]
        app.store.write_frame(text_frame(1, wins, _rows(), hour=hour, bg="#ffffff"))
        q = "the witness on the key handover form, can u find his mobile in the staff list"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "912 000 111" in ans.answer, ans.answer
    # must not change: a request with no pronoun for the named thing
    assert normalize("the invoice, find the total") == "the invoice, find the total"
