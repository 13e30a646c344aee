"""Questions on the console scenario: windows, focus, timeline, cross-window, lookup."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..answer_forms import find_in, number_words
from ..truth import Truth
from .collector import QuestionSet
from .console_colour import (
    add_bold,
    add_colour_dark_small,
    add_colour_light,
    add_tokens_and_counts,
)
from .terminal_output import failed_tests


@dataclass(frozen=True)
class ConsoleFacts:
    """What the console questions share: two terminals' titles, the typed commands' truth
    and a stable minute per terminal."""

    a: str  # the tidepool terminal's title
    c: str  # the harbor-api terminal's title (small font)
    ls: dict[str, Any]  # ls -l in tidepool
    pt: dict[str, Any]  # pytest in tidepool
    gl: dict[str, Any]  # git log --graph in tidepool-web (dark)
    gr: dict[str, Any]  # grep in tidepool-web
    ph: dict[str, Any]  # pytest in harbor-api
    m_a: str  # a minute (or second) with the focus on tidepool,
    m_b: str  # on tidepool-web
    m_c: str  # and on harbor-api

    @classmethod
    def of(cls, con: Truth) -> ConsoleFacts:
        roles = con["windows_roles"]
        a, c = roles["tidepool"], roles["harbor_api"]
        ls, pt, gl = con.command("ls"), con.command("pytest_tidepool"), con.command("git_log")
        gr, ph = con.command("grep"), con.command("pytest_harbor")
        m_c = con.stable_minute("harbor-api")
        m_b = con.stable_minute("tidepool-web")
        m_a = con.stable_minute("~/src/tidepool")
        return cls(a, c, ls, pt, gl, gr, ph, m_a, m_b, m_c)


def add_console(q: QuestionSet, con: Truth) -> None:
    cf = ConsoleFacts.of(con)
    _windows_and_focus(q, con, cf)
    _timeline(q, con, cf)
    add_colour_light(q, con, cf)
    add_colour_dark_small(q, con, cf)
    add_bold(q, con, cf)
    add_tokens_and_counts(q, con, cf)
    _cross_window(q, con, cf)


def _windows_and_focus(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    c, m_a, m_b, m_c = cf.c, cf.m_a, cf.m_b, cf.m_c
    q.add(
        "window_inventory",
        con,
        "inv-console-terminals",
        f"which terminal windows were open at {m_a}?",
        "canonical",
        [t.split("/")[-1] for t in con.titles_at(con.minute_frame(m_a)) if t == c],
    )
    q.add(
        "window_inventory",
        con,
        "inv-console-count",
        f"how many windows were open on screen at {m_b}?",
        "canonical",
        number_words(len(con.minute_frame(m_b)["windows"])),
    )
    q.add(
        "focus_state",
        con,
        "focus-console-harbor",
        f"which window had focus at {m_c}?",
        "canonical",
        [con.minute_frame(m_c)["focused"].split(": ")[-1]],
    )
    q.add(
        "focus_state",
        con,
        "focus-console-web",
        f"which window was focused at {m_b}?",
        "adversarial",
        ["tidepool-web"],
        excludes=["harbor-api"],
    )
    back = con.frame_label("back to tidepool tests")
    q.add(
        "focus_state",
        con,
        "focus-console-seconds",
        f"which window had focus at {con.hms(back, 4)}?",
        "adversarial",
        [back["focused"].split(": ")[-1]],
        excludes=["tidepool-web", "harbor-api"],
    )
    q.unanswerable(
        "focus_state",
        con,
        "focus-console-before",
        f"which window had focus at {con.before_start()}?",
    )


def _timeline(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    ph, m_c = cf.ph, cf.m_c
    first_log = con.frame("git_log")
    q.add(
        "timeline",
        con,
        "time-console-gitlog-first",
        "when did the git log first appear on screen?",
        "canonical",
        con.when(first_log),
        cites=[{"frame_ts": first_log["ts_utc"]}],
    )
    q.add(
        "timeline",
        con,
        "time-console-failed-then",
        f"which tests failed in the run I was looking at at {m_c}?",
        "adversarial",
        failed_tests(ph),
    )
    last = con.frames[-1]
    prev_focus = [f["focused"] for f in con.frames if f["focused"] != last["focused"]][-1]
    q.add(
        "timeline",
        con,
        "time-console-before-last",
        "which window was I in just before I switched to the last one?",
        "adversarial",
        [prev_focus.split(": ")[-1]],
        excludes=["tidepool-web", "harbor-api"],
    )
    q.unanswerable(
        "timeline", con, "time-console-before", f"what was on screen at {con.before_start()}?"
    )


def _cross_window(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    a, gl = cf.a, cf.gl
    q.add(
        "cross_window",
        con,
        "cross-gitlog",
        "which window showed the git log?",
        "canonical",
        ["tidepool-web"],
    )
    q.add(
        "cross_window",
        con,
        "cross-token-refresh",
        "which window showed test_token_refresh_expired failing?",
        "canonical",
        ["harbor-api"],
    )
    q.add(
        "cross_window",
        con,
        "cross-station-csv",
        "in which terminal did test_parse_station_csv fail?",
        "adversarial",
        [a.split(": ")[-1]],
        excludes=["harbor-api", "tidepool-web"],
    )
    q.add(
        "lookup",
        con,
        "lookup-merge",
        "what was the merge commit's message in the git log?",
        "canonical",
        [find_in([ln["text"] for ln in gl["lines"]], r"(Merge branch '[^']+')")],
    )
    q.unanswerable(
        "cross_window", con, "cross-grafana", "which window showed the Grafana dashboard?"
    )
