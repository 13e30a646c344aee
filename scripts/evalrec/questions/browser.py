"""Questions on the browser scenario: tabs, URLs, windows, focus and page lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..answer_forms import find_in
from ..truth import Truth
from .collector import QuestionSet


@dataclass(frozen=True)
class BrowserFacts:
    """What the browser questions share: the tabs, the server's host:port, a stable minute
    on the API tokens tab and a frame showing it."""

    tabs: list[dict[str, Any]]
    host: str
    by_path: dict[str, dict[str, Any]]
    tok_frame: dict[str, Any]
    m_tok: str

    @classmethod
    def of(cls, br: Truth) -> BrowserFacts:
        tabs = br["browser"]["tabs"]
        host = tabs[0]["url"].split("//", 1)[1].split("/", 1)[0]
        by_path = {t["path"]: t for t in tabs}
        tok_frame = br.frame("tab:/api/tokens.html")
        m_tok = br.stable_minute("API tokens")
        return cls(tabs, host, by_path, tok_frame, m_tok)


def _page(tr: Truth, path: str) -> dict[str, Any]:
    return next(p for p in tr["browser"]["pages"] if p["path"] == path)


def add_browser(q: QuestionSet, br: Truth) -> None:
    bf = BrowserFacts.of(br)
    _chrome(q, br, bf)
    _windows_focus_timeline(q, br, bf)
    _lookup(q, br, bf)


def _chrome(q: QuestionSet, br: Truth, bf: BrowserFacts) -> None:
    tabs, host, by_path, m_tok = bf.tabs, bf.host, bf.by_path, bf.m_tok
    q.add(
        "browser_chrome",
        br,
        "tab-active-minute",
        f"which tab was active in the browser at {m_tok}?",
        "canonical",
        [by_path["/api/tokens.html"]["title"].split(" · ")[0]],
    )
    q.add(
        "browser_chrome",
        br,
        "url-config",
        "what was the URL of the configuration reference page?",
        "canonical",
        [host + "/configuration.html"],
    )
    q.add(
        "browser_chrome",
        br,
        "tabs-open",
        "what tabs were open in the browser?",
        "canonical",
        [tabs[2]["title"].split(" · ")[0]],
    )
    q.add(
        "browser_chrome",
        br,
        "url-typed",
        "what URL did I type into the new tab?",
        "canonical",
        [host + "/troubleshooting.html"],
    )
    log_frame = br.frame("server_log")
    q.add(
        "browser_chrome",
        br,
        "tab-active-behind",
        f"which page was the browser showing at {br.hms(log_frame, 3)}?",
        "adversarial",
        [log_frame["browser"]["window_title"].split(" · ")[0]],
    )
    q.add(
        "browser_chrome",
        br,
        "url-dark",
        "what was the address of the API tokens page?",
        "adversarial",
        [host + "/api/tokens.html"],
    )
    ch = br.frame("tab:/changelog.html")
    q.add(
        "browser_chrome",
        br,
        "tab-seconds",
        f"which tab was active at {br.hms(ch, 1)}?",
        "adversarial",
        ["Changelog"],
        excludes=["API tokens"],
    )
    q.unanswerable("browser_chrome", br, "url-pricing", "what was the URL of the pricing page?")


def _windows_focus_timeline(q: QuestionSet, br: Truth, bf: BrowserFacts) -> None:
    tok_frame, m_tok = bf.tok_frame, bf.m_tok
    q.add(
        "window_inventory",
        br,
        "inv-browser",
        f"which windows were open at {m_tok}?",
        "adversarial",
        ["Chromium", "chromium"],
    )
    q.add(
        "focus_state",
        br,
        "focus-browser",
        f"which window was active at {br.hms(tok_frame, 2)}?",
        "canonical",
        [tok_frame["focused"].split(" · ")[0]],
    )
    q.add(
        "timeline",
        br,
        "time-browser-reading",
        f"what was I reading in the browser at {m_tok}?",
        "canonical",
        [_page(br, "/api/tokens.html")["lines"][1]],
    )


def _lookup(q: QuestionSet, br: Truth, bf: BrowserFacts) -> None:
    host = bf.host
    inst, conf = _page(br, "/install.html"), _page(br, "/configuration.html")
    q.add(
        "lookup",
        br,
        "lookup-python",
        "which Python version does Quillmate need?",
        "canonical",
        [find_in(inst["lines"], r"Python (\d+\.\d+)")],
    )
    q.add(
        "lookup",
        br,
        "lookup-sync-interval",
        "what is the default sync_interval?",
        "canonical",
        [find_in(conf["lines"], r"sync_interval\s+(\d+)")],
    )
    q.add(
        "lookup",
        br,
        "lookup-q104",
        "what does error Q-104 mean?",
        "canonical",
        [
            find_in(
                _page(br, "/troubleshooting.html")["lines"],
                r"means (the storage path is not writable)",
            )
        ],
    )
    q.add(
        "lookup",
        br,
        "lookup-port",
        "which port does Quillmate listen on by default?",
        "adversarial",
        [find_in(inst["lines"], r"port (\d+)")],
        excludes=[host.split(":")[1]],
    )
    q.add(
        "lookup",
        br,
        "lookup-retention",
        "how many days does the trash keep deleted notes by default?",
        "adversarial",
        [find_in(conf["lines"], r"retention_days\s+(\d+)")],
        excludes=["30 days"],
    )
    q.add(
        "lookup",
        br,
        "lookup-token-expiry",
        "how long do API tokens last?",
        "adversarial",
        [find_in(_page(br, "/api/tokens.html")["lines"], r"after (\d+ days)")],
    )
    q.add(
        "lookup",
        br,
        "lookup-changelog-small",
        "what was fixed in Quillmate 3.2.4?",
        "adversarial",
        [find_in(_page(br, "/changelog.html")["lines"], r"Fixed (sync stalling)")],
    )
    q.unanswerable("lookup", br, "lookup-q205", "what does error Q-205 mean?")
    q.unanswerable(
        "window_inventory",
        br,
        "inv-browser-before",
        f"which windows were open at {br.before_start()}?",
    )
