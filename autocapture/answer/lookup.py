"""Extractive lookup: rank retrieved lines by how much of the question they cover, read the
value next to the matched label (same line, same row to the right, or just below), and cite it.

Layout rules here are general (labels precede values; a total that summarises others is
printed below them; a window's title bar repeats its title); nothing names a particular
application, screen or question.

``LookupAnswerer`` mixes in its parts, each in its own module: scoring a line against the
question (lookup_score.py), reading the value it gives (lookup_value.py), ordering the
candidates (lookup_rank.py) and the words that are only the asker's phrasing
(lookup_phrasing.py).
"""

from __future__ import annotations

from dataclasses import replace

from autocapture.answer.commit_hash import commit_hash
from autocapture.answer.commit_values import commit_setting_failure, newest_commit_value
from autocapture.answer.commits_by import commits_by
from autocapture.answer.corrections import superseding
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.git_log import commit_author
from autocapture.answer.head_noun import kind_after_name
from autocapture.answer.lexicon import form_words
from autocapture.answer.lists import list_items
from autocapture.answer.lookup_phrasing import PhrasingWords
from autocapture.answer.lookup_rank import LineRanking
from autocapture.answer.lookup_score import LineScoring, _Scored
from autocapture.answer.lookup_value import ValueReading
from autocapture.answer.named_by_code import named_by_code
from autocapture.answer.page_answers import subject_draft, yes_no_draft
from autocapture.answer.paragraphs import lead_in, sentence_lines
from autocapture.answer.people_count import people_counted
from autocapture.answer.person import person_or_none
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.ranked import ranked_item
from autocapture.answer.reasons import reason_draft
from autocapture.answer.request_reply import answered_request, is_request, typed_reply
from autocapture.answer.row_about import row_about
from autocapture.answer.sentence_corrections import sentence_correction
from autocapture.answer.table_lookup import table_draft
from autocapture.answer.under_label import under_label
from autocapture.answer.value_shapes import (
    CODE,
    new_name,
    numbered,
)
from autocapture.retrieve import Line, Retriever
from autocapture.text import (
    VALUE_TYPES,
    Bag,
    contains_value,
    normalise,
    tokens,
)
from autocapture.timeparse import TimeIntent, local_when

# Lookup found the name asked about but not the attribute asked for (the router then keeps a
# form field with no label, which would only name the person again, from answering).
ONLY_THE_NAME = "value_not_found: only the name asked about"
MAX_LINE_CLAIMS = 3
SCORED_HITS = 80  # best-ranked lines scored in full (each needs its frame's layout)


class LookupAnswerer(LineScoring, ValueReading, LineRanking, PhrasingWords):
    name = "lookup.extractive"
    version = "2"

    def __init__(
        self,
        retriever: Retriever,
        min_confidence: float,
        texts: dict[str, str],
        timezone: str = "UTC",
    ) -> None:
        self.r = retriever
        self.min_confidence = min_confidence
        self.texts = texts
        self.timezone = timezone
        self._frame_cache: dict[str, list[Line]] = {}
        self._bags: dict[int, Bag] = {}
        self._windows: dict[tuple[str, int | None], tuple[list[Line], Bag, Bag]] = {}
        self._sentences: dict[tuple[str, int | None], dict[int, list[Line]]] = {}

    def local_when(self, ts_utc: str) -> str:
        """A stored UTC time as the user's clock reads it (the configured zone)."""
        return local_when(ts_utc, self.timezone)

    def _prefetch(self, lines: list[Line]) -> None:
        missing = list(
            dict.fromkeys(ln.frame_id for ln in lines if ln.frame_id not in self._frame_cache)
        )
        if missing:
            self._frame_cache.update(self.r.frames_lines(missing))

    def release(self) -> None:
        """Drop per-query caches now, so freeing them is counted as answering work."""
        self._frame_cache.clear()
        self._bags.clear()
        self._windows.clear()
        self._sentences.clear()

    def frame_lines(self, frame_id: str) -> list[Line]:
        if frame_id not in self._frame_cache:
            self._frame_cache[frame_id] = self.r.frame_lines(frame_id)
        return self._frame_cache[frame_id]

    def _bag(self, line: Line) -> Bag:
        bag = self._bags.get(line.rowid)
        if bag is None:
            bag = self._bags[line.rowid] = Bag.of(line.text)
        return bag

    def sentence(self, line: Line) -> list[Line]:
        """The other lines of the line's sentence(s) when it wraps (answer/paragraphs.py)."""
        key = (line.frame_id, line.window_row)
        if key not in self._sentences:
            same = [o for o in self.frame_lines(line.frame_id) if o.window_row == line.window_row]
            self._sentences[key] = sentence_lines(same)
        return self._sentences[key].get(line.rowid, [])

    def tightest(self, line: Line, value: str) -> Line:
        """The smallest stored span holding the whole value: its word when the value is one
        word (a box a person can check at a glance), else the line."""
        if not value or normalise(value) == normalise(line.text):
            return line
        holding = [w for w in self.r.words_of_line(line) if contains_value(w.text, value)]
        return min(holding, key=lambda w: len(w.text)) if holding else line

    def _followers(self, hits: list[Line]) -> list[Line]:
        """Lines just below hits in the same window: what a named person said, the message
        under a header. They share no word with the question, so retrieval cannot find them."""
        have = {h.rowid for h in hits}
        out = []
        for h in hits:
            for o in self.below(h)[:2]:
                if o.rowid not in have:
                    have.add(o.rowid)
                    out.append(o)
        return out

    def same_row_right(self, line: Line) -> list[Line]:
        x1, y1, x2, y2 = line.bbox
        h = y2 - y1
        out = []
        for o in self.frame_lines(line.frame_id):
            if o.rowid == line.rowid or o.window_row != line.window_row:
                continue
            overlap = min(y2, o.bbox[3]) - max(y1, o.bbox[1])
            if overlap >= 0.5 * min(h, o.bbox[3] - o.bbox[1]) and o.bbox[0] >= x1 + (x2 - x1) // 2:
                out.append(o)
        # Same typographic row first (centre and height alike), then the nearest to the right.
        cy = (y1 + y2) / 2

        def row_fit(o: Line) -> tuple[float, int]:
            oh = o.bbox[3] - o.bbox[1]
            dy = abs((o.bbox[1] + o.bbox[3]) / 2 - cy)
            return (round((dy + abs(oh - h)) / max(h, 1), 1), o.bbox[0])

        return sorted(out, key=row_fit)

    def below(self, line: Line) -> list[Line]:
        x1, y1, x2, y2 = line.bbox
        h = y2 - y1
        out = []
        for o in self.frame_lines(line.frame_id):
            if o.rowid == line.rowid or o.window_row != line.window_row:
                continue
            gap = o.bbox[1] - y2
            horiz = min(x2, o.bbox[2]) - max(x1, o.bbox[0])
            if -h * 0.3 <= gap <= 2.2 * h and horiz > 0:
                out.append(o)
        return sorted(out, key=lambda o: o.bbox[1])

    def typed_fallback(self, q: QuestionAnalysis, intent: TimeIntent) -> Draft | None:
        """No line names what was asked, but the question wants a typed value (a date, an
        amount): read it from the latest frame in range if that frame shows exactly one."""
        if not q.value_type or q.value_type == "number":
            return None
        if any(k not in q.cue_words and k not in q.soft_words for k in q.keywords):
            return None
        frames = self.r.recent_frames(intent.start, intent.end, limit=1)
        if not frames:
            return None
        pattern = VALUE_TYPES[q.value_type].pattern
        found: dict[str, Line] = {}
        for ln in self.frame_lines(frames[0]):
            for m in pattern.finditer(ln.text):
                found.setdefault(m.group(0).strip(), ln)
        if len(found) != 1:
            return None
        value, line = next(iter(found.items()))
        return Draft(
            answer=value,
            value=value,
            evidence=[Evidence(line, "value")],
            confidence=0.55,
            state="ok",
            decisions={"fallback": "typed_value_unique_in_latest_frame"},
        )

    def retrieve(self, q: QuestionAnalysis, intent: TimeIntent) -> list[Line]:
        terms = list(q.keywords)
        for c in q.concepts:
            terms += [w for w in form_words(c) if w not in terms]
        return self.r.search(terms, intent.start, intent.end, limit=200)

    def phrase(self, value: str, line: Line, label: str = "") -> str:
        """An answer's text from the bundle's template: the value (with its label, if any),
        when and where the line it rests on was seen."""
        title = line.window_title or ""
        return self.texts["value_with_label" if label else "value"].format(
            value=value,
            label=label,
            reason="",
            ts_utc=line.ts_utc,
            when=self.local_when(line.ts_utc),
            window_title=title,
            where=self.texts["where"].format(window_title=title) if title else "",
        )

    def _describe(self, s: _Scored, q: QuestionAnalysis, first: bool = True) -> str:
        title = s.line.window_title or ""
        fields = {
            "value": s.value,
            "ts_utc": s.line.ts_utc,
            "when": self.local_when(s.line.ts_utc),
            "window_title": title,
            "where": self.texts["where"].format(window_title=title) if title else "",
        }
        label = s.line.text[: s.label_end].strip(" :=-–|\t") if s.label_end else ""
        if s.said and label:  # running text: the words just before the value, if any
            label = lead_in(s.line.text, s.label_end, s.value or "").strip(" :=-–|\t")
        if q.wants_line or not label or s.value == s.line.text or not first:
            return self.texts["value"].format(label="", reason="", **fields)
        between = s.line.text[s.label_end :].split(s.value or "\0", 1)
        if s.value_line is s.line and len(between) == 2 and "=" in between[0]:
            # "retry_budget = 3": an assignment reads as one, not as "retry_budget: 3"
            fields["value"] = f"{label} = {s.value}"
            return self.texts["value"].format(label="", reason="", **fields)
        return self.texts["value_with_label"].format(label=label, reason="", **fields)

    def answer(self, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]) -> Draft:
        """The answer; to "who ..." only a text naming someone (``person``)."""
        # "who made the X commit?": the author on that commit's log row (answer/git_log.py)
        authored = commit_author(self, intent.remainder, intent.start, intent.end)
        if authored is not None:
            return authored
        # "which commit did X author?": the rows whose author is X (answer/commits_by.py)
        made = commits_by(self, intent.remainder, intent.start, intent.end)
        if made is not None:
            return made
        # "hash of the commit that did X?": that commit's hash (answer/commit_hash.py)
        hashed = commit_hash(self, intent.remainder, intent.start, intent.end)
        if hashed is not None:
            return hashed
        # "what did the newest commit put X at?", "the test that failed, which commit set
        # that number?" (answer/commit_values.py)
        for read in (newest_commit_value, commit_setting_failure):
            valued = read(self, intent.remainder, intent.start, intent.end)
            if valued is not None:
                return valued
        return person_or_none(self._answer(q, intent, hits), intent.remainder)

    def _answer(self, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]) -> Draft:
        if q.ask.yes_no:
            return yes_no_draft(self, q, intent, hits)
        self._prefetch(hits[:SCORED_HITS])
        about = row_about(self, intent.remainder, hits)  # "what was C-1152 about?": its row
        if about is not None:
            return about
        cell = table_draft(self, q, intent, hits)
        if cell is not None and cell.decisions["table"]["strict"]:
            return cell  # the cell where the asked column crosses the described row
        why = reason_draft(self, q, intent)  # "why is 4.3 slipping?": a line giving a cause
        if why is not None:
            return why
        written = under_label(self, intent.remainder, intent)  # 'under "What happened"'
        if written is not None:
            return written
        ranked = ranked_item(self, q, intent)  # "which to-do has the highest priority?"
        if ranked is not None:
            return ranked
        draft = self._lookup(q, intent, hits)
        if draft.state == "indeterminate":  # "which story got spiked": "PORT-PROFIT is spiked"
            draft = named_by_code(self, q, intent, hits) or draft
        corrected = superseding(self, q, intent, draft, hits) or sentence_correction(
            self, q, intent, draft
        )  # "correction: 36, not 40", also over a wrapped sentence
        if corrected is not None:
            return corrected
        reply = answered_request(self, q, draft)  # "please check the level" -> "level was 1.4"
        if reply is not None:
            return reply
        if (
            draft.state == "ok"
            and q.attribute
            and draft.evidence
            and is_request(draft.evidence[0].line.text)
            and not CODE.search(draft.evidence[0].line.text)
        ):
            # "what room is the training in": a question nobody answered ("the training
            # needs the room?") names no room; a line that states one may.
            stated = self._lookup(q, intent, [h for h in hits if not is_request(h.text)])
            if stated.state == "ok":
                return superseding(self, q, intent, stated, hits) or stated
        if cell is not None and (
            draft.state == "indeterminate"
            or cell.decisions["best_coverage"] > draft.decisions.get("best_coverage", 0.0)
            or person_or_none(draft, intent.remainder).state == "indeterminate"
        ):
            # a row that lacks a word ("set to") still beats a weaker line, and a row's
            # person beats a line naming no one when the question asks who
            return cell
        if draft.state == "indeterminate" and q.ask.asks_name:
            # "Who is this player?": no label names it, so the page's heading does.
            named = subject_draft(self, q, intent, hits)
            if named is not None:
                named.decisions.update(draft.decisions)
                return named
        return draft

    def _lookup(self, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]) -> Draft:
        if not q.keywords and not q.concepts:
            empty = intent.active and self.r.count_frames(intent.start, intent.end) == 0
            reason = "no_frames_in_time_range" if empty else "question_has_no_searchable_words"
            return Draft("", None, [], 0.0, "indeterminate", reason)
        decisions: dict = {"candidates": len(hits), "terms": q.keywords}
        if not hits:
            fb = self.typed_fallback(q, intent)
            if fb:
                fb.decisions.update(decisions)
                return fb
            n = self.r.count_frames(intent.start, intent.end)
            reason = "no_frames_in_time_range" if n == 0 and intent.active else "no_matching_text"
            return Draft("", None, [], 0.0, "indeterminate", reason, decisions)
        pool = hits[:SCORED_HITS]
        self._prefetch(pool)
        if q.wants_line:
            pool = pool + self._followers(pool[:30])
        scored = [self.score(h, q) for h in pool]
        best_cov = max(s.coverage for s in scored)
        top = [s for s in scored if s.coverage >= best_cov - 0.1]
        for s in top:
            self.read_value(s, q)
        ranked = sorted(top, key=lambda s: self._sort_key(s, intent, q), reverse=True)
        if q.value_type and ranked[0].value is None:
            # A typed value is asked: a line matching about as well that has one beside it
            # answers; the slightly better match without one (a tab's label, a list row)
            # cannot. The checks below still hold it to the question's required words.
            ranked = [s for s in ranked if s.value is not None] + [
                s for s in ranked if s.value is None
            ]
        best = ranked[0]
        decisions.update(
            best_coverage=round(best.coverage, 3),
            missing=best.missing,
            matched=best.matched,
            on_line=best.on_line,
        )
        required = [k for k in q.keywords if k not in q.soft_words and k not in q.cue_words]
        required_missing = [k for k in best.missing if k in required]
        if required_missing:
            phrasing = self._phrasing(q, required, required_missing)
            if phrasing:
                decisions["absent_from_store"] = phrasing
                required_missing = [k for k in required_missing if k not in phrasing]
        if (
            len(required_missing) == 1
            and required_missing[0] in q.attribute
            and len([k for k in best.on_line if k in required]) >= 2
            and (
                CODE.search(best.line.text)
                or new_name(best.line.text, q)
                or numbered(best.line.text, q)
            )
        ):
            # "which ward are the flushes going to": a line on the flushes naming "7A" names
            # the ward by its code, without the word; "which vessel is the charter on": a
            # line on the charter naming "Kea Spirit" names the vessel.
            decisions["attribute_as_code"] = required_missing.pop()
        kind = kind_after_name(q, required_missing, best.on_line, required)
        if kind is not None:  # "the Tara Air 7:15 flight": a line naming "Tara Air 7:15"
            decisions["kind_after_name"] = required_missing.pop()
        if people_counted(intent.remainder, required_missing, best.line.text):
            decisions["people_as"] = required_missing.pop()  # "how many trekkers": "7 pax"
        if required_missing or best.coverage < 0.5 or (not best.on_line and not q.wants_line):
            fb = self.typed_fallback(q, intent) if best.coverage < 0.5 else None
            if fb:
                fb.decisions.update(decisions)
                return fb
            missing = (
                required_missing or best.missing or [k for k in q.keywords if k not in best.on_line]
            )
            return Draft(
                "",
                None,
                [],
                round(best.coverage * 0.4, 3),
                "indeterminate",
                "weak_match: no line covers " + ", ".join(repr(k) for k in missing),
                decisions,
            )
        if best.value is None or best.value_line is None:
            reply = typed_reply(self, q, best.line, decisions)  # "how many": "yes, four"
            if reply is not None:
                return reply
            fb = self.typed_fallback(q, intent)
            if fb:
                fb.decisions.update(decisions)
                return fb
            return Draft(
                "",
                None,
                [],
                0.3,
                "indeterminate",
                f"value_not_found: no {q.value_type} next to the matching line",
                decisions,
            )
        echoed = bool(best.value) and all(t in q.keywords for t in tokens(best.value))
        if echoed and q.ask.entity:
            # "the catalogue number of the IL-6 kit": "IL-6" is the question's own name
            best.names_attribute = False
            best.value = best.line.text
        if not best.names_attribute and best.value == best.line.text:
            # The line names what is asked about, not the attribute asked for.
            return Draft(
                "",
                None,
                [],
                0.3,
                "indeterminate",
                f"{ONLY_THE_NAME} is on screen, not its "
                + ", ".join(
                    k for k in [*q.keywords, *(c.name for c in q.concepts)] if k not in q.ask.entity
                ),
                decisions,
            )
        conf = 0.35 + 0.55 * best.coverage
        conf *= 0.7 + 0.3 * min(1.0, best.value_line.conf)
        if q.value_type and best.label_shape:
            conf += 0.05
        conf = round(min(conf, 0.97), 3)
        chosen = [best]
        if q.wants_line:
            # Several lines can answer "what did X say about Y": give each, not a guess.
            seen = [best.line.text.lower()]
            for s in ranked[1:]:
                if len(chosen) >= MAX_LINE_CLAIMS:
                    break
                text = s.line.text.lower()
                # The same line seen again, or cut short by an overlapping window, is not news.
                if any(text in t or t in text for t in seen):
                    continue
                if (
                    s.coverage >= best.coverage - 0.05
                    and not s.chrome
                    and (s.informative or not best.informative)
                ):
                    seen.append(text)
                    chosen.append(s)
        # A list value ("Genres: Sci-fi, Fantasy") is one claim per item, each on its word.
        items = [] if q.wants_line or q.value_type else list_items(best.value)
        if items:
            chosen = [replace(best, value=item) for item in items]
        evidence: list[Evidence] = []
        for i, s in enumerate(chosen):
            assert s.value_line is not None
            tight = self.tightest(s.value_line, s.value or "")
            evidence.append(Evidence(tight, "value", i))
            if tight is not s.value_line:
                evidence.append(Evidence(s.value_line, "line", i))
            if s.value_line is not s.line:
                evidence.append(Evidence(s.line, "label", i))
            # the wrapped lines of its sentence that hold the other asked words
            evidence += [Evidence(o, "label", i) for o in s.joined if o is not s.value_line]
        texts = [self._describe(s, q, first=i == 0) for i, s in enumerate(chosen)]
        state = "ok" if conf >= self.min_confidence else "indeterminate"
        reason = None if state == "ok" else f"low_confidence: {conf}"
        decisions["claims"] = len(chosen)
        same = [t for t in top if t.value is not None and t.value.lower() == best.value.lower()]
        decisions["agreement"] = round(len(same) / len(top), 3)
        return Draft(
            "; ".join(texts),
            best.value,
            evidence,
            conf,
            state,
            reason,
            decisions,
            values=[s.value or "" for s in chosen],
            claim_texts=texts,
        )
