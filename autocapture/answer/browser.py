"""Browser chrome: the URL in the address bar, the open tabs and the active one."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.windows import window_score
from autocapture.text import Bag
from autocapture.understand.reader import NodeRow

CHROME_WORDS = {
    "tab", "tabs", "url", "address", "bar", "browser", "page", "website", "site", "showing",
    "show", "shown", "type", "typed", "enter", "entered", "new", "open", "opened", "visit",
    "visited", "go", "went", "load", "loaded", "web", "link",
}  # fmt: skip


def _latest_frame_with(ctx: AnswerContext, kind: str) -> list[NodeRow]:
    """Nodes of ``kind`` in the frame that shows the asked time (or the latest in range)."""
    if ctx.intent.anchor is not None:
        row = ctx.graph.last_frame(ctx.intent.anchor)
        return ctx.graph.nodes((kind,), frame_ids=[row[0]]) if row else []
    nodes = ctx.graph.nodes((kind,), ctx.intent.start, ctx.intent.end)
    if not nodes:
        return []
    last = nodes[-1].frame_id
    return [n for n in nodes if n.frame_id == last]


def _page_score(words: list[str], bar: NodeRow) -> float:
    """Share of the question's words in the page's window title and URL."""
    bag = Bag.of(f"{bar.window_title or ''} {bar.attrs.get('url') or bar.text}")
    return sum(bag.has(w) for w in words) / len(words)


class BrowserChromeAnswerer:
    name = "browser_chrome"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        q = ctx.question.lower()
        words = [k for k in ctx.analysis.keywords if k not in CHROME_WORDS]
        if re.search(r"\b(url|address|link|web ?address|site|website|domain)\b", q):
            return self._url(ctx, words)
        # "Which tab/page" is one page: the active one. "Which tabs" lists them all.
        return self._tabs(ctx, active_only=not re.search(r"\btabs\b", q))

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
            scored = [(_page_score(words, b), b.ts_ms, b) for b in bars]
            best = max(scored, key=lambda t: (t[0], t[1]), default=None)
            if best is None or best[0] < 0.5:
                return no_structure("address bar of the page asked about")
            bar = best[2]
        else:
            bars = self._pick_window(_latest_frame_with(ctx, "url_bar"), words)
            if not bars:
                return no_structure("address bar")
            bar = bars[0]
        url = bar.attrs.get("url") or bar.text
        where = f" in '{bar.window_title}'" if bar.window_title else ""
        return Draft(
            f"The address bar{where} showed {url} at {ctx.local_time(bar.ts_utc)}.",
            url,
            [Evidence(ctx_line(ctx, bar), "value")],
            0.85,
            "ok",
            None,
            {"frame_id": bar.frame_id},
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
                f"The active tab at {when} was '{t.text}'.",
                t.text,
                [Evidence(ctx_line(ctx, t), "value")],
                0.85,
                "ok",
                None,
                {"frame_id": t.frame_id, "tabs": len(tabs)},
            )
        texts = [f"'{t.text}'" + (" (active)" if t.attrs.get("active") else "") for t in tabs]
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


def ctx_line(ctx: AnswerContext, node: NodeRow):  # type: ignore[no-untyped-def]
    """Cite the OCR span a chrome node rests on (pixels), else the node itself."""
    for ln in ctx.retriever.frame_lines(node.frame_id):
        if node.span_ids and ln.span_id == node.span_ids[0]:
            return ln
    return node.as_line()


__all__ = ["BrowserChromeAnswerer", "window_score"]
