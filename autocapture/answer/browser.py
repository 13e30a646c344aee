"""Browser chrome: the URL in the address bar, the open tabs and the active one."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.browser_unseen import fit_without_unseen
from autocapture.answer.focus_minute import within_minute
from autocapture.answer.layout import height
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.page_look import page_by_look
from autocapture.answer.tab_closed import closed_tab
from autocapture.answer.tab_count import COUNT_ASK, count_quoted_tabs
from autocapture.answer.tab_neighbour import beside_tab
from autocapture.answer.tab_prefix import prefixed_tabs
from autocapture.answer.tab_titled import titled_tab
from autocapture.answer.windows import THING_WORDS, covers, event_frame, window_score
from autocapture.retrieve import Line
from autocapture.text import DOUBLE_QUOTED, SINGLE_QUOTED, Bag
from autocapture.understand.reader import NodeRow

CHROME_WORDS = {
    "tab", "tabs", "url", "address", "bar", "browser", "page", "website", "site", "showing",
    "show", "shown", "type", "typed", "enter", "entered", "new", "open", "opened", "visit",
    "visited", "go", "went", "load", "loaded", "web", "link",
}  # fmt: skip
# Words that say when a page was up, not what it was called ("the last page i had up").
RECENT_WORDS = {"last", "latest", "final", "current", "currently", "recent", "recently", "now"}


def _latest_frame_with(ctx: AnswerContext, kind: str) -> list[NodeRow]:
    """Nodes of ``kind`` in the frame that shows the asked time or event ("when I started
    reading the docs"), else the latest in range."""
    event = event_frame(ctx)
    if event is not None:
        return ctx.graph.nodes((kind,), frame_ids=[event[0]])
    if ctx.intent.anchor is not None:
        row = ctx.graph.last_frame(ctx.intent.anchor)
        return ctx.graph.nodes((kind,), frame_ids=[row[0]]) if row else []
    nodes = ctx.graph.nodes((kind,), ctx.intent.start, ctx.intent.end)
    if not nodes:
        return []
    # "what page did the browser open on first", "which tab was active when it first came
    # up": the earliest such frame ("the first tab" is a place in the strip, not a time)
    first = re.search(
        r"\b(first|earliest|initially|to begin with)\b(?! (?:open )?tabs?\b)", ctx.question.lower()
    )
    pick = nodes[0].frame_id if first else nodes[-1].frame_id
    return [n for n in nodes if n.frame_id == pick]


def _page_score(words: list[str], bar: NodeRow) -> float:
    """Share of the question's words in the page's window title and URL."""
    bag = Bag.of(f"{bar.window_title or ''} {bar.attrs.get('url') or bar.text}")
    return sum(bag.has(w) for w in words) / len(words)


def page_name(title: str, app: str | None) -> str:
    """A browser window's title less the browser's name ("Page - Browser"): the page's title."""
    head, sep, tail = title.rpartition(" - ")
    squash = re.sub(r"[^a-z0-9]", "", tail.lower())
    name = re.sub(r"[^a-z0-9]", "", (app or "").lower())
    if sep and head.strip() and name and (name in squash or squash in name):
        return head.strip()
    return title


def tab_name(tab: NodeRow) -> str:
    """A tab's text without its close and new-tab glyphs."""
    return re.sub(r"(\s+x|\s*[×+✕])+\s*$", "", tab.text).strip() or tab.text


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def same_tab(a: str, b: str) -> bool:
    """Whether two readings of a tab are one tab: tab strips cut titles short, more so as
    tabs are added, so one reading may be the start of the other."""
    x, y = _squash(a), _squash(b)
    if not x or not y:
        return x == y
    short, long_ = sorted((x, y), key=len)
    if len(short) < 3:
        return x == y
    # The last letter shown may be cut through ("Conflict checl" for "Conflict check log").
    cut = len(short) >= 6 and short[-1].isalpha() and long_.startswith(short[:-1])
    return long_.startswith(short) or cut


# "The last tab I opened", "the newest tab": which tab was added most recently.
NEWEST_TAB = re.compile(
    r"\b(last|latest|newest|most recent(ly)?)\b.*\btabs?\b.*\b(open|opened|added|created)\b"
    r"|\b(last|latest|newest|most recent(ly)?) (new |opened )?tab\b"
    r"|\btabs? (did )?(i|we|you) (open|opened|add|added)\b.*\b(last|latest|most recently)\b"
    # "the tab I opened by typing the url myself": the one typed in is the one added
    r"|\btabs? (that )?(i|we|you) (opened|made|started) by typing\b"
    r"|\btabs? (did )?(i|we|you) typed? (the |its )?(address|url)\b.*\b(by hand|myself|in)\b"
)


# "the tab I typed in (by hand)", "the page i typed in at the end": a page reached by typing
# its address is a tab added to the strip (clicked links stay in theirs).
TYPED_IN = re.compile(
    r"\b(tabs?|pages?|site|one) (that |which )?(i|we|you) (typed|keyed|entered)"
    r"( (it|its url|the url|the address))? ?(in|by hand|myself)\b"
    r"|\b(tabs?|pages?|site|one) (that |which )?(i|we|you) (opened|open|put|loaded) in a new tab\b"
    # "what address did i type into the new tab": a new tab is the one added last
    r"|\b(type|typed|key|keyed|enter|entered|paste|pasted|put)( it| in)? (in|into) "
    r"(the|a|that) new tab\b"
)

_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
_ORDINAL_WORDS += ("sixth", "seventh", "eighth", "ninth", "tenth")
# What kind of site a page is on ("the API tokens *docs* page"): a page's title rarely says.
SITE_KINDS = {"docs", "doc", "documentation", "wiki", "manual", "reference", "guide", "web"}
ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)} | {
    f"{i}{suf}": i for i in range(1, 11) for suf in ("st", "nd", "rd", "th")
}
ORDINAL_TAB = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|last) (?:open )?tab\b"
)


# "how many tabs did I have open": the tabs of one strip counted, whatever else the question
# says about one of them ("counting the one i typed in")
TAB_COUNT = re.compile(r"\bhow many (?:\w+ )?tabs\b|\bnumber of (?:open )?tabs\b")
TAB_ASK = re.compile(r"\btabs?\b|\btab strip\b|\bstrip\b")
URL_ASK = re.compile(r"\b(url|address|link|web ?address|domain)\b")
# The mark of text cut short: "Lab meeting ro...", "Lab meeting ro…".
_CUT = re.compile(r"\s*(?:\.{2,}|…)\s*$")


LOOK_WORDS = {
    "dark",
    "light",
    "black",
    "white",
    "bright",
    "small",
    "tiny",
    "little",
    "big",
    "large",
}
PORT_ASK = re.compile(r"\bport\b")
PORT_WORDS = {"port", "served", "serving", "running", "hosted", "listening", "server"}
_URL_PORT = re.compile(r"^(?:\w+://)?[^/\s:]+:(\d{2,5})\b")


def _one_port(ctx: AnswerContext) -> bool:
    """Every address bar in range shows the same port."""
    bars = ctx.graph.nodes(("url_bar",), ctx.intent.start, ctx.intent.end)
    ports = {m.group(1) for b in bars if (m := _URL_PORT.match(b.attrs.get("url") or b.text))}
    return len(ports) == 1


def _port(url: Draft) -> Draft:
    """The port of the address the URL draft found; indeterminate when it names none (the
    scheme's default port is not shown, so it is not on screen)."""
    if url.state != "ok" or url.value is None:
        return url
    m = _URL_PORT.match(url.value.strip())
    if m is None:
        return Draft("", None, [], 0.3, "indeterminate", "no_port_in_address", url.decisions)
    text = f"Port {m.group(1)}: {url.answer}"
    return Draft(text, m.group(1), url.evidence, url.confidence, "ok", None, url.decisions)


# A browser setting is seen only on a settings page that names it ("Home page", "Search engine").
SETTING_ASK = re.compile(
    r"\b(?:home ?page|start(?:up)? ?page|default search engine|search engine|default browser)\b"
)


class BrowserChromeAnswerer:
    name = "browser_chrome"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        q = ctx.question.lower()
        # "the last page i had up": when, not which page by name (the latest one shown)
        words = [k for k in ctx.analysis.keywords if k not in CHROME_WORDS | RECENT_WORDS]
        setting = SETTING_ASK.search(q)  # "what was the home page set to": a setting
        named = setting.group(0) if setting else ""
        if setting and not any(ctx.retriever.occurs(f) for f in {named, named.replace(" ", "")}):
            why = f"setting_not_shown: no screen shows the browser's {named}"
            return Draft("", None, [], 0.2, "indeterminate", why, {"setting": named})
        looked = page_by_look(ctx)  # "the docs page with the dark background"
        if looked is not None:
            return looked
        quoted_any = DOUBLE_QUOTED.search(q) or SINGLE_QUOTED.search(q)
        if TAB_COUNT.search(q) and not quoted_any and not re.search(r"\b(clos|shut)\w*", q):
            return self._tabs(ctx, active_only=False)  # "how many tabs, counting the new one"
        if TYPED_IN.search(q):
            newest = self._newest_tab(ctx)
            if newest.state == "ok" and URL_ASK.search(q):
                return self._url_at(ctx, newest.decisions["frame_id"]) or newest
            return newest
        gone = closed_tab(ctx, tab_name, same_tab, ctx_line)  # "that tab I closed"
        if gone is not None:
            return gone
        if NEWEST_TAB.search(q):  # "the last tab I opened - what did I type in the address bar"
            newest = self._newest_tab(ctx)
            if newest.state == "ok" and URL_ASK.search(q):
                return self._url_at(ctx, newest.decisions["frame_id"], typed=False) or newest
            return newest
        strip = self._pick_window(_latest_frame_with(ctx, "tab"), [])
        if not COUNT_ASK.search(q) and (got := prefixed_tabs(ctx, strip, ctx_line, tab_title)):
            return got  # "which other tab title starts with Reg:", less the named ones
        quoted = DOUBLE_QUOTED.search(ctx.question) or SINGLE_QUOTED.search(ctx.question)
        if quoted and TAB_ASK.search(q) and not URL_ASK.search(q):
            said = quoted.group(1) or quoted.group(2)
            strip = self._pick_window(_latest_frame_with(ctx, "tab"), [])
            counted = count_quoted_tabs(ctx, said, strip, tab_name, ctx_line, tab_title)
            if counted is not None:  # "how many tab titles start with 'Ops:'?"
                return counted
            # 'the tab that said "Lab meeting ro..."': that tab, by its full title
            got = self._quoted_tab(ctx, said)
            if got is not None:
                return got
        if PORT_ASK.search(q):  # "what port was the lab wiki served on": the URL's port
            got = _port(self._url(ctx, [w for w in words if w not in PORT_WORDS]))
            if got.state != "ok" and _one_port(ctx):
                # "the intranet", "the docs site": a site, not a page; one port serves it all
                got = _port(self._url(ctx, []))
            return got
        if re.search(r"\b(url|address|link|web ?address|site|website|domain)\b", q):
            return self._url(ctx, words)
        if re.search(r"\b(page|website|site|web page)\b", q) and not re.search(r"\btabs?\b", q):
            return self._page(ctx, words)
        beside = beside_tab(
            ctx, ctx.graph.nodes(("tab",), ctx.intent.start, ctx.intent.end), tab_title, ctx_line
        )  # "which tab comes right after policy updates?"
        if beside is not None:
            return beside
        nth = ORDINAL_TAB.search(q)
        if nth:
            return self._nth_tab(ctx, nth.group(1))
        # "full title of the tab with the gallery humidity numbers": a tab named by its words
        if got := titled_tab(ctx, strip, tab_title, ctx_line, _full_title):
            return got
        if not re.search(r"\btabs\b", q):
            moves = within_minute(ctx)  # "which tab was active at 01:06", the focus moving
            if moves is not None:
                return moves
        # "Which tab/page" is one page: the active one. "Which tabs" lists them all.
        return self._tabs(ctx, active_only=not re.search(r"\btabs\b", q))

    def _nth_tab(self, ctx: AnswerContext, ordinal: str) -> Draft:
        """'The fourth tab': counted left to right in the tab strip (the latest in range)."""
        tabs = _latest_frame_with(ctx, "tab")
        if not tabs:
            return no_structure("tab strip")
        tabs = sorted(self._pick_window(tabs, []), key=lambda t: t.bbox[0])
        k = len(tabs) - 1 if ordinal == "last" else ORDINALS.get(ordinal, 0) - 1
        if not 0 <= k < len(tabs):
            return Draft(
                "", None, [], 0.3, "indeterminate", f"only_{len(tabs)}_tabs", {"tabs": len(tabs)}
            )
        t = tabs[k]
        name, value, cite = tab_name(t), t.text, [Evidence(ctx_line(ctx, t), "value")]
        full = _full_title(ctx, t)
        if full is not None:
            # The strip cut the title short; the window showed it whole while it was active.
            name = value = page_name(full.text, full.attrs.get("app"))
            cite = [Evidence(full.as_line(), "value"), Evidence(ctx_line(ctx, t), "label")]
        text = f"Tab {k + 1} of {len(tabs)} at {ctx.local_time(t.ts_utc)} was '{name}'."
        return Draft(
            text,
            value,
            cite,
            0.8,
            "ok",
            None,
            {"frame_id": t.frame_id, "tabs": len(tabs), "position": k + 1},
        )

    def _quoted_tab(self, ctx: AnswerContext, quote: str) -> Draft | None:
        """A tab named by the text its strip showed (cut short): its full title is the
        browser window's title while that tab was active, else the page's heading that the
        cut text begins. None when no tab in range showed that text."""
        short = _CUT.sub("", quote).strip()
        if len(_squash(short)) < 3:
            return None
        tabs = [
            t
            for t in ctx.graph.nodes(("tab",), ctx.intent.start, ctx.intent.end)
            if same_tab(tab_name(t), short)
        ]
        if not tabs:
            return None
        tabs.sort(key=lambda t: (bool(t.attrs.get("active")), t.ts_ms))
        tab = tabs[-1]
        full = next((w for t in reversed(tabs) if (w := _full_title(ctx, t)) is not None), None)
        decisions = {"frame_id": tab.frame_id, "quoted": short, "tabs": len(tabs)}
        if full is not None:
            name = page_name(full.text, full.attrs.get("app"))
            text = (
                f"The tab showing '{tab_name(tab)}' was '{name}' (the window's title while it "
                f"was the active tab, at {ctx.local_time(full.ts_utc)})."
            )
            cite = [Evidence(full.as_line(), "value"), Evidence(ctx_line(ctx, tab), "label")]
            return Draft(text, full.text, cite, 0.8, "ok", None, {**decisions, "by": "title"})
        heading = self._heading(ctx, [t for t in tabs if t.attrs.get("active")], short)
        if heading is not None:
            text = (
                f"The tab showing '{tab_name(tab)}' was '{heading.text}' (its page's heading, "
                f"at {ctx.local_time(heading.ts_utc)})."
            )
            cite = [Evidence(heading, "value"), Evidence(ctx_line(ctx, tab), "label")]
            return Draft(text, heading.text, cite, 0.7, "ok", None, {**decisions, "by": "heading"})
        return Draft("", None, [], 0.3, "indeterminate", "full_title_not_seen", decisions)

    def _heading(self, ctx: AnswerContext, active: list[NodeRow], short: str) -> Line | None:
        """The tallest line of the page shown while the tab was active that the cut text
        begins and that says more than it."""
        found: list[Line] = []
        for t in active:
            for ln in ctx.retriever.frame_lines(t.frame_id):
                if ln.window_row != t.window_row or ln.span_id in t.span_ids:
                    continue
                if len(_squash(ln.text)) > len(_squash(short)) and same_tab(short, ln.text):
                    found.append(ln)
        return max(found, key=lambda ln: (height(ln), ln.ts_ms), default=None)

    def _pick_window(self, nodes: list[NodeRow], words: list[str]) -> list[NodeRow]:
        """Among several browser windows, the one the question names (else the focused one)."""
        rows = {n.window_row for n in nodes}
        if len(rows) <= 1:
            return nodes

        def rank(row: int | None) -> tuple[float, bool]:
            sample = next(n for n in nodes if n.window_row == row)
            score = sum(1 for w in words if w in (sample.window_title or "").lower()) / max(
                1, len(words)
            )
            return score, sample.window_focused

        best = max(rows, key=rank)
        return [n for n in nodes if n.window_row == best]

    def _url(self, ctx: AnswerContext, words: list[str]) -> Draft:
        """The address bar of the page the question names (its title or URL), else the one on
        screen at the time asked; a named page that no address bar shows goes to lookup."""
        if words:
            bars = ctx.graph.nodes(("url_bar",), ctx.intent.start, ctx.intent.end)
            if not bars:
                return no_structure("address bar of the page asked about")
            # The page named must be the one whose title or URL names it, every word of it
            # (the site's name alone fits every page of the site).
            named = [
                w for w in words if w not in THING_WORDS | SITE_KINDS and w not in LOOK_WORDS
            ]  # "the dark rehearsal report page": how it looked names no word of it
            fit = [b for b in bars if not named or _names_page(named, b)]
            if not fit:  # "the tab with the wind forecast": "forecast" was never on screen
                fit, _ = fit_without_unseen(ctx, bars, named, _names_page)
                if not fit:
                    why = "page_not_seen"
                    return Draft("", None, [], 0.2, "indeterminate", why, {"words": named})
            bar = max(fit, key=lambda b: (_page_score(words, b), b.ts_ms))
        else:
            bars = self._pick_window(_latest_frame_with(ctx, "url_bar"), words)
            if not bars:
                return no_structure("address bar")
            bar = bars[0]
        return _bar_draft(ctx, bar, "The address bar{where} showed {url} at {when}.", 0.85)

    def _url_at(self, ctx: AnswerContext, frame_id: str, typed: bool = True) -> Draft | None:
        """The address bar of the frame that showed a tab (the page it had)."""
        bars = ctx.graph.nodes(("url_bar",), frame_ids=[frame_id])
        if not bars:
            return None
        said = "The page typed in was" if typed else "The last tab opened showed"
        said += " {url}{where}, first shown at {when}."
        return _bar_draft(ctx, bars[0], said, 0.8)

    def _page(self, ctx: AnswerContext, words: list[str]) -> Draft:
        """'What page was open (in the browser) at T': the page the browser window showed in
        the frame of that time, named by its title (the window's title names its current
        page) and its address bar's URL."""
        bars = self._pick_window(_latest_frame_with(ctx, "url_bar"), words)
        if not bars:
            return self._tabs(ctx, active_only=True)
        bar = bars[0]
        win = next(
            (
                w
                for w in ctx.graph.nodes(("window",), frame_ids=[bar.frame_id])
                if w.window_row == bar.window_row
            ),
            None,
        )
        url = bar.attrs.get("url") or bar.text
        if win is None:
            return self._tabs(ctx, active_only=True)
        name = page_name(win.text, win.attrs.get("app"))
        head = f"At {ctx.local_time(bar.ts_utc)} the browser showed"
        texts = [f"{head} '{name}'", f"its address was {url}"]
        return Draft(
            f"{texts[0]} ({url}), in '{win.text}'.",
            name,
            [Evidence(win.as_line(), "value", 0), Evidence(ctx_line(ctx, bar), "value", 1)],
            0.85,
            "ok",
            None,
            {"frame_id": bar.frame_id, "kind": "page"},
            values=[name, url],
            claim_texts=texts,
        )

    def _newest_tab(self, ctx: AnswerContext) -> Draft:
        """The last tab opened: the tab most recently added to a browser window's tab strip
        (in a frame's strip and not in the strip of that window's previous frame). When no tab
        was added while frames were captured, the tab most recently made active, and the
        answer says so."""
        end = ctx.intent.anchor or ctx.intent.end
        tabs = ctx.graph.nodes(("tab",), ctx.intent.start, end)
        if not tabs:
            return no_structure("tab strip")
        wins = {
            (w.frame_id, w.window_row): w
            for w in ctx.graph.nodes(("window",), ctx.intent.start, end)
        }
        strips: dict[tuple[str, int | None], list[NodeRow]] = {}
        for t in tabs:
            strips.setdefault((t.frame_id, t.window_row), []).append(t)
        prev: dict[tuple, list[NodeRow]] = {}
        added: tuple[NodeRow, str] | None = None
        activated: NodeRow | None = None
        for key, strip in strips.items():  # oldest frame first
            w = wins.get(key)
            browser = (w.attrs.get("app"), w.attrs.get("pid")) if w else (None, key[1])
            before = prev.get(browser)
            prev[browser] = strip
            if before is None:
                continue
            left = [tab_name(t) for t in before]
            new = []
            for t in sorted(strip, key=lambda t: t.bbox[0]):
                i = next((i for i, x in enumerate(left) if same_tab(x, tab_name(t))), None)
                if i is None:
                    new.append(t)
                else:
                    left.pop(i)
            if new:
                # Several new at once: the one shown, else the rightmost (new tabs go last).
                added = (next((t for t in new if t.attrs.get("active")), new[-1]), "added")
            on = next((t for t in strip if t.attrs.get("active")), None)
            was = next((t for t in before if t.attrs.get("active")), None)
            if on is not None and (was is None or not same_tab(tab_name(on), tab_name(was))):
                activated = on
        if added is None and activated is None:
            return Draft("", None, [], 0.3, "indeterminate", "no_tab_opened_while_captured")
        tab, how = added if added is not None else (activated, "activated")  # type: ignore[misc]
        win = wins.get((tab.frame_id, tab.window_row))
        when = ctx.local_time(tab.ts_utc)
        verb = (
            f"added to the tab strip at {when}"
            if how == "added"
            else f"made active at {when} (no tab was added while captured)"
        )
        if tab.attrs.get("active") and win is not None:
            # The tab shown: the window's title names its page in full (the tab cuts it short).
            name = page_name(win.text, win.attrs.get("app"))
            cite = [Evidence(win.as_line(), "value"), Evidence(ctx_line(ctx, tab), "label")]
        else:
            name = tab_name(tab)
            cite = [Evidence(ctx_line(ctx, tab), "value")]
        return Draft(
            f"The last tab opened was '{name}', {verb}.",
            name,
            cite,
            0.8 if how == "added" else 0.6,
            "ok",
            None,
            {"frame_id": tab.frame_id, "how": how},
        )

    def _tabs(self, ctx: AnswerContext, active_only: bool) -> Draft:
        tabs = _latest_frame_with(ctx, "tab")
        if not tabs:
            return no_structure("tab strip")
        tabs = self._pick_window(tabs, [])
        active = [t for t in tabs if t.attrs.get("active")]
        when = ctx.local_time(tabs[0].ts_utc)
        if active_only:
            if not active:
                return Draft("", None, [], 0.3, "indeterminate", "active_tab_not_identified")
            t = active[0]
            return Draft(
                f"The active tab at {when} was '{tab_title(ctx, t)}'.",
                t.text,
                [Evidence(ctx_line(ctx, t), "value")],
                0.85,
                "ok",
                None,
                {"frame_id": t.frame_id, "tabs": len(tabs)},
            )
        texts = [
            f"'{tab_title(ctx, t)}'" + (" (active)" if t.attrs.get("active") else "") for t in tabs
        ]
        head = f"At {when}, {len(tabs)} tabs were open"
        return Draft(
            f"{head}: " + ", ".join(texts),
            tabs[0].text,
            [Evidence(ctx_line(ctx, t), "value", i) for i, t in enumerate(tabs)],
            0.8,
            "ok",
            None,
            {"frame_id": tabs[0].frame_id, "tabs": len(tabs)},
            values=[t.text for t in tabs],
            claim_texts=[f"{head}: {x}" if i == 0 else x for i, x in enumerate(texts)],
        )


def tab_title(ctx: AnswerContext, tab: NodeRow) -> str:
    """A tab by its page's full title when the browser's window showed it (the strip cuts
    titles short), else by the text the strip shows."""
    full = _full_title(ctx, tab)
    return page_name(full.text, full.attrs.get("app")) if full is not None else tab_name(tab)


def _full_title(ctx: AnswerContext, tab: NodeRow) -> NodeRow | None:
    """The browser window, seen at any time up to now, whose page title the tab's cut-short
    text begins (the window's title names the active tab's page in full)."""
    short = tab_name(tab)
    own = [
        w
        for w in ctx.graph.nodes(("window",), frame_ids=[tab.frame_id])
        if w.window_row == tab.window_row
    ]
    app = own[0].attrs.get("app") if own else None
    best: NodeRow | None = None
    for w in ctx.graph.nodes(("window",), None, ctx.now):
        if w.attrs.get("app") != app:
            continue  # another program's window is not this browser's page
        page = page_name(w.text, w.attrs.get("app"))
        longer = len(_squash(page)) > len(_squash(short)) and same_tab(short, page)
        if longer and (best is None or w.ts_ms > best.ts_ms):
            best = w
    return best


def _bar_draft(ctx: AnswerContext, bar: NodeRow, said: str, conf: float) -> Draft:
    """An address bar's URL as the answer, in a sentence with {url}, {where} and {when}."""
    url = bar.attrs.get("url") or bar.text
    where = f" in '{bar.window_title}'" if bar.window_title else ""
    text = said.format(url=url, where=where, when=ctx.local_time(bar.ts_utc))
    evidence = [Evidence(ctx_line(ctx, bar), "value")]
    return Draft(text, url, evidence, conf, "ok", None, {"frame_id": bar.frame_id})


def ctx_line(ctx: AnswerContext, node: NodeRow):  # type: ignore[no-untyped-def]
    """Cite the OCR span a chrome node rests on (pixels), else the node itself."""
    for ln in ctx.retriever.frame_lines(node.frame_id):
        if node.span_ids and ln.span_id == node.span_ids[0]:
            return ln
    return node.as_line()


__all__ = ["BrowserChromeAnswerer", "window_score"]


def _names_page(words: list[str], bar: NodeRow) -> bool:
    """Whether the page's title or address names every one of ``words``."""
    return covers(words, f"{bar.window_title or ''} {bar.attrs.get('url') or bar.text}")
