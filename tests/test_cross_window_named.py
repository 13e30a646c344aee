"""Which window showed a thing named exactly: a quoted name only where it was spelled so, a
holiday's name ("Cesar Chavez Day") as a name rather than a date, and a web server's request
lines for one path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.api import Autocapture
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 11, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
CLIENTS = ("nell@box: ~/clients", (0, 0, 640, 300))
FORM = ("New client intake", (640, 0, 1280, 300))
TESTS = ("nell@box: ~/src/docket", (0, 300, 640, 600))
SERVER = ("nell@box: ~/sites/intranet", (640, 300, 1280, 600))


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    rows = [(0, 10, 20, "Rosalyn Greer  626-555-0148"), (0, 10, 40, "Rosalind Grier  626-555-0190")]
    rows += [(1, 650, 20, "Client name: Rosalind Greer"), (1, 650, 40, "Adverse party: Arroyo HOA")]
    rows += [
        (2, 10, 320, "not ok 2 - Cesar Chavez Day is a court holiday"),
        (2, 10, 340, "Failed test 'Cesar Chavez Day is a court holiday'"),
    ]
    rows += [
        (3, 650, 320, '127.0.0.1 - - [24/Nov/2026 11:34:01] "GET /hearings.html HTTP/1.1" 200 -'),
        (3, 650, 340, '127.0.0.1 - - [24/Nov/2026 11:34:02] "GET /efiling.html HTTP/1.1" 200 -'),
    ]
    with utc_app(tmp_path_factory.mktemp("cross_named")) as a:
        rec = text_frame(1, [CLIENTS, FORM, TESTS, SERVER], rows, hour=HOUR, bg="#ffffff")
        assert a.store.write_frame(rec)
        yield a


def test_a_quoted_name_is_matched_as_spelled(desk: Autocapture) -> None:
    ans = ask_cited(
        desk, 'where did "Rosalyn Greer", spelled with a y, show up?', NOW, value_cited=False
    )
    assert ans.state == "ok" and "~/clients" in ans.answer and "intake" not in ans.answer
    none = desk.ask('which window showed "Rosalynn Greer"?', now=NOW)
    assert none.state == "indeterminate"


def test_a_day_in_a_name_is_no_date(desk: Autocapture) -> None:
    ans = ask_cited(
        desk, "which terminal showed the Cesar Chavez Day failure?", NOW, value_cited=False
    )
    assert ans.state == "ok" and "~/src/docket" in ans.answer


def test_request_lines_for_a_path(desk: Autocapture) -> None:
    ans = ask_cited(
        desk, "which window had the GET /efiling.html request lines?", NOW, value_cited=False
    )
    assert ans.state == "ok" and "intranet" in ans.answer and "efiling" in ans.answer
