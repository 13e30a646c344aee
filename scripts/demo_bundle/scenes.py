"""The scenes: where each window sits and which windows each frame shows, topmost first."""

from __future__ import annotations

from datetime import UTC, datetime

from .agenda import calendar_body
from .browser import TABS, browser_body, invoice_page, pull_request_page, return_form_page
from .chat import chat_body
from .constants import DAY, Rect, Seg
from .layout import Body, Frame, Window
from .terminal import (
    PROMPT_PATH,
    PROMPT_USER,
    module_error_run,
    passing_run,
    pytest_failing_run,
    terminal_body,
)

TERM_RECT: Rect = (24, 44, 824, 544)
CAL_RECT: Rect = (836, 44, 1262, 414)
CHAT_RECT: Rect = (380, 300, 1262, 782)
BROWSER_RECT: Rect = (300, 36, 1200, 780)


def ts(hh: int, mm: int, ss: int, ms: int) -> datetime:
    """A UTC timestamp on the demo day."""
    return datetime(*DAY, hh, mm, ss, ms * 1000, tzinfo=UTC)


def terminal(lines: list[list[Seg] | None]) -> Window:
    """The xterm window."""
    return Window(
        "0x2400007",
        f"{PROMPT_USER}: {PROMPT_PATH}",
        "xterm",
        3187,
        TERM_RECT,
        "term",
        terminal_body(lines),
    )


def browser(active: int, page: Body) -> Window:
    """The Chromium window with the given active tab."""
    title, url = TABS[active]
    return Window(
        "0x3a00004",
        f"{title} - Chromium",
        "chromium",
        2950,
        BROWSER_RECT,
        "browser",
        browser_body(active, page),
        url,
    )


def chat(now: datetime) -> Window:
    """The Slack window."""
    return Window(
        "0x4200011",
        "#payments-release - Acme Corp - Slack",
        "slack",
        3342,
        CHAT_RECT,
        "chat",
        chat_body(now),
    )


def calendar(with_go_no_go: bool) -> Window:
    """The GNOME Calendar window."""
    return Window(
        "0x3000006",
        "Calendar",
        "gnome-calendar",
        2871,
        CAL_RECT,
        "calendar",
        calendar_body(with_go_no_go),
    )


def build_frames() -> list[Frame]:
    """All demo frames in time order; each frame lists windows topmost first."""
    t = [
        ts(8, 47, 12, 250),
        ts(9, 14, 3, 500),
        ts(10, 43, 27, 0),
        ts(11, 20, 41, 750),
        ts(12, 5, 9, 0),
        ts(13, 32, 55, 500),
        ts(15, 10, 20, 0),
        ts(16, 45, 0, 125),
    ]
    return [
        Frame(t[0], [terminal(pytest_failing_run()), chat(t[0]), calendar(False)]),
        Frame(t[1], [calendar(False), terminal(pytest_failing_run()), chat(t[1])]),
        Frame(t[2], [chat(t[2]), calendar(False), terminal(pytest_failing_run())]),
        Frame(
            t[3], [browser(0, invoice_page(paid=False)), chat(t[3]), terminal(pytest_failing_run())]
        ),
        Frame(t[4], [browser(1, return_form_page()), chat(t[4]), terminal(pytest_failing_run())]),
        Frame(t[5], [terminal(module_error_run()), browser(2, pull_request_page()), chat(t[5])]),
        Frame(
            t[6],
            [
                chat(t[6]),
                calendar(True),
                browser(2, pull_request_page()),
                terminal(module_error_run()),
            ],
        ),
        Frame(t[7], [terminal(passing_run()), browser(0, invoice_page(paid=True)), calendar(True)]),
    ]
