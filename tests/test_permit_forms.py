"""A permit is a form: "the permit no off the scaffold hoist permit" asks for its Permit
number, the words naming the permit by its purpose stand on its notes, not in a field;
"whoever's down as permit holder, get me their mobile" is two steps; "the site foreman box on
the permit" names a box the permit does not have. Content is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.chain_roles import lead_chain
from autocapture.answer.classify import classify
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.text import VALUE_TYPES
from tests.framekit import Row, text_frame, utc_app

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
PERMIT = "Permit to work - Ridge quarry"
STAFF = "Staff phone list"


def _rows() -> list[Row]:
    return [
        (0, 20, 40, PERMIT),
        (0, 20, 70, "Permit number: QP-4410-12"),
        (0, 20, 100, "Permit holder: Ana Reis"),
        (0, 20, 130, "Contractor: Norte Lda"),
        (0, 20, 160, "Notes"),
        (0, 20, 190, "Scaffold up by 07:00, hoist booked from the yard"),
        (1, 720, 40, STAFF),
        (1, 720, 70, "Ana Reis    mobile 912 000 222"),
        (1, 720, 100, "Bruno Lopes    site foreman    mobile 912 000 111"),
    ]


def test_a_permit_is_a_form(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        wins = [(PERMIT, (0, 0, 700, 400)), (STAFF, (700, 0, 1280, 400))]
        app.store.write_frame(text_frame(1, wins, _rows(), hour=NOW.replace(hour=8), bg="#ffffff"))
        ans = app.ask("I need the permit no off the scaffold hoist permit", now=NOW)
        assert ans.state == "ok" and "QP-4410-12" in ans.answer, ans.answer
        led = app.ask("whoever's down as permit holder, get me their mobile", now=NOW)
        assert led.state == "ok" and "912 000 222" in led.answer, led.answer
        # a box the permit does not have: the staff list's foreman is no answer
        box = app.ask("who did i put in the site foreman box on the permit", now=NOW)
        assert box.state == "indeterminate", box.answer
        # must not change: a field the permit has
        holder = app.ask("who's the permit holder on the permit", now=NOW)
        assert holder.state == "ok" and "Ana Reis" in holder.answer, holder.answer


def test_whoevers_lead_reads_as_who_is() -> None:
    chain = lead_chain("whoever's down as permit holder, get me their mobile")
    assert chain is not None and chain.first == "who is down as permit holder?"
    assert chain.then == "get me {}'s mobile?"


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        ("I need the permit no off the scaffold hoist permit", "form_kv"),
        ("what's the reference on the parking permit", "form_kv"),
    ],
)
def test_a_field_of_a_permit_routes_to_forms(question: str, qclass: str) -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    assert classify(question, rules)[0] == qclass


FAULT = "Fault report - Ridge quarry"


def test_a_form_told_by_its_looks_and_a_field_by_an_everyday_name(tmp_path: Path) -> None:
    rows: list[Row] = [
        (0, 20, 40, FAULT),
        (0, 20, 70, "Machine: Crusher 2"),
        (0, 20, 100, "OEM case: AB-9912"),
        (0, 20, 130, "Reported by: Ana Reis"),
    ]
    with utc_app(tmp_path) as app:
        wins = [(FAULT, (0, 0, 700, 400))]
        app.store.write_frame(text_frame(1, wins, rows, hour=NOW.replace(hour=8), bg="#ffffff"))
        q = "on the small white fault report, whats the vendor case ref"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "AB-9912" in ans.answer, ans.answer
        # must not change: the looks only tell the form; a field it lacks is still not there
        other = app.ask("on the small white fault report, whats the insurer claim ref", now=NOW)
        assert "AB-9912" not in other.answer, other.answer
