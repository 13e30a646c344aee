"""Chat and mail questions over chat_message nodes: what someone said (about something), who
said or asked something, who is doing something.

The speaker is the message's sender, never a name mentioned in its body ("Thanks Alice" is
not Alice speaking). Claims cite the body span holding the answer, with the sender span as
context; a "who" claim cites the sender span, with the body as context.

Reading the question is in chat_question.py, what a message does in chat_message_acts.py;
``ChatAnswerer`` mixes in its claims (chat_claims.py) and its "who" answers (chat_who.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from autocapture.answer import mail_headers as mh
from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.chat_after import nothing_after, said_after
from autocapture.answer.chat_claims import MessageClaims
from autocapture.answer.chat_clock import stamped_at
from autocapture.answer.chat_corrected import corrected
from autocapture.answer.chat_deadline import only_deadline
from autocapture.answer.chat_departure import only_departure
from autocapture.answer.chat_did import did_say, not_them, said_by_other
from autocapture.answer.chat_initials import by_initials
from autocapture.answer.chat_last import last_said
from autocapture.answer.chat_message_acts import (
    ANAPHOR,
    BAG_CACHE,
    _asks,
    _states_clock,
    _states_when,
)
from autocapture.answer.chat_question import (
    ASK_ACT,
    CLOCK_ASK,
    CONTENT_ASK,
    COPULA,
    FINAL,
    GENERIC,
    MAIL_WORDS,
    REPORTED_ACT,
    WHO,
    _name_words,
    _pronoun_form,
)
from autocapture.answer.chat_roles import (
    asked_role,
    asked_speaker,
    only_spoken_to,
    role_unnamed,
    speaking_for,
)
from autocapture.answer.chat_who import WhoDid
from autocapture.answer.clauses import FRAME_WORDS, SOURCE, split_lead
from autocapture.answer.lookup import Draft
from autocapture.answer.mail_listed import UNOPENED
from autocapture.answer.me import is_mine, my_speech, to_whom, user_names
from autocapture.answer.opened import mail_sequence
from autocapture.answer.said_what import said_what_was_asked
from autocapture.answer.structured import (
    content_words,
    cover,
    newest,
    span_line,
)
from autocapture.answer.threads import REPLY_PREFIX, around, replies, sender_of, sent_order
from autocapture.text import REFERENCE, Bag, normalise, tokens
from autocapture.understand.reader import NodeRow

_MAIL = ("mail", "mail_index")  # sources of mail messages (the rest are chat)
MAX_CLAIMS = 3


def _one_reading(msgs: list[NodeRow]) -> list[NodeRow]:
    """One node per message seen on several screens whose OCR differs by a letter ("I'll",
    "I'li"): same sender and time, nearly the same body; the newest sighting in a focused
    window (in front, read whole) stays, else the newest."""
    kept: list[NodeRow] = []
    seen: dict[tuple[str, str], list[str]] = {}  # (sender, time) -> bodies kept: no n² scan
    for n in sorted(msgs, key=lambda n: (n.window_focused, n.ts_ms), reverse=True):
        time = n.attrs.get("time")
        if not time:
            kept.append(n)
            continue
        body = normalise(n.attrs.get("body") or "")
        bodies = seen.setdefault((sender_of(n), time), [])
        if not any(fuzz.ratio(body, b) >= 90 for b in bodies):
            bodies.append(body)
            kept.append(n)
    return sorted(kept, key=lambda n: n.ts_ms)


class ChatAnswerer(MessageClaims, WhoDid):
    name = "chat"
    version = "1"

    def __init__(self) -> None:
        self._bags: dict[str, Bag] = {}

    def _cover(self, words: list[str], text: str) -> float:
        """``cover`` with each message text's word bag kept across questions: a long history
        asks the same thousands of messages every time."""
        if not words:
            return 0.0
        bag = self._bags.get(text)
        if bag is None:
            if len(self._bags) >= BAG_CACHE:
                self._bags.clear()
            bag = self._bags[text] = Bag.of(text)
        return sum(1 for w in words if bag.has(w)) / len(words)

    def answer(self, ctx: AnswerContext) -> Draft:
        draft = stamped_at(ctx, self._answer(ctx))  # "what did tiago say at 00:38"
        return said_what_was_asked(ctx.question, draft)

    def _answer(self, ctx: AnswerContext) -> Draft:
        nodes = ctx.graph.nodes(("chat_message",), ctx.intent.start, ctx.intent.end)
        if not nodes:
            return no_structure("chat messages")
        in_order = mail_sequence(ctx)  # "which mail did I read just before X's reply?"
        if in_order is not None:
            return in_order
        msgs = newest(
            nodes,
            key=lambda n: (
                (n.attrs.get("sender") or "").lower(),
                n.attrs.get("time"),
                normalise(n.attrs.get("body") or "")[:60],
            ),
        )
        msgs = _one_reading(msgs)
        q = ctx.question.lower()
        clauses = split_lead(q)  # "X emailed me about Y - what did she ask in the chat?"
        if clauses:
            source = clauses.source()
        else:  # "who said PW 702 is AOG in the chat?": where to look, in one clause
            where = SOURCE.search(q)
            source = None if where is None else "mail" if "mail" in where.group("src") else "chat"
        if source is not None:
            kept = [n for n in msgs if (n.attrs.get("source") in _MAIL) == (source == "mail")]
            msgs = kept or msgs
        role = asked_role(q)  # "what did the FY 213 captain say": is the captain in it?
        if role is not None and role_unnamed(role, msgs):
            why = f"no_messages_from: the {role} (no message names one)"
            return Draft("", None, [], 0.2, "indeterminate", why, {"role": role})
        addressee = asked_speaker(q)  # "what did the photo desk reply": only asked?
        if addressee and only_spoken_to(addressee, msgs):
            why = f"no_messages_from: the {addressee} (messages only to them)"
            return Draft("", None, [], 0.2, "indeterminate", why, {"to": addressee})
        after = said_after(q, msgs)  # "what did X say back after Y told him ..."
        if after is not None:
            reply, why = after
            if reply is None:
                return nothing_after(why)
            return self._said(ctx, [(reply, None)], [], {"said_after": why}, 0.65)
        last = last_said(q, msgs)  # "what was the last thing said in the chat"
        if last is not None:
            return self._said(ctx, [(last, None)], [], {"last_said": True}, 0.7)
        names = _name_words(q)
        spoke = my_speech(q) if not names else None  # "where did I tell Owen X was?"
        if spoke is not None:
            me = user_names(ctx)
            mine = [n for n in msgs if is_mine(n, me)]
            if spoke.to:
                mine = to_whom(around(nodes, mine), mine, spoke.to)
            if not mine and spoke.to:
                why = f"no_message_from_you_to: {spoke.to}"
                return Draft("", None, [], 0.25, "indeterminate", why, {"you": sorted(me)})
            if not mine:  # "what did I write under X": a form, a note; not a message
                return no_structure("a message you sent")
            msgs, names = mine, sorted(me)
        field = mh.asked_field(q)  # a header asked for: cc, to, subject, sent (its time)
        hits: set[str] = set()
        who = WHO.match(q)
        senders = {(n.attrs.get("sender") or "").lower() for n in msgs}
        everyone = msgs  # "did tane ask ...?": who else said it, if not tane
        if names:
            # One test per distinct sender, not per message (a long history repeats them).
            hits = {
                sender
                for sender in {n.attrs.get("sender") or "" for n in msgs}
                if any(Bag.of(sender).has(w) for w in names)
            }
            if not hits:  # "what did stores say": a team a sender speaks for ("stores: ...")
                hits = speaking_for(names, msgs)
            if not hits:  # "what did jm post": a sender named by initials
                hits = by_initials(names, {n.attrs.get("sender") or "" for n in msgs})
            mine = [n for n in msgs if (n.attrs.get("sender") or "") in hits]
            if not mine:
                return Draft(
                    "",
                    None,
                    [],
                    0.2,
                    "indeterminate",
                    f"no_messages_from: {' '.join(names)}",
                    {"senders": sorted(senders)[:20]},
                )
            msgs = mine
        # "What did X say in the mail" asks for its body: a mail's index row shows only who
        # sent it and its subject, so it cannot answer (the mail was never opened).
        says_what = bool(CONTENT_ASK.search(q)) and not who and not field
        listed = [n for n in msgs if says_what and n.attrs.get("source") == "mail_index"]
        if listed:
            msgs = [n for n in msgs if n.attrs.get("source") != "mail_index"]
            if not msgs:
                return self._unopened(listed, names)
        ask_act = bool(ASK_ACT.search(q)) and not who
        asking = clauses.main if clauses else q
        wants_mail = bool(set(re.findall(r"[a-z-]+", asking)) & MAIL_WORDS) or field in (
            "cc",
            "to",
            "subject",
        )
        # "When does X happen?" wants a message stating a time; "when did X send ...?" wants
        # the time the message itself was sent (its header), whatever it says.
        # "What time did X ask if ..." is when the question was sent, not a time it states.
        wants_when = (
            field != "sent"
            and not ask_act
            and bool(re.search(r"^(?:until |till |by )?(?:when|what time)\b", q))
        )
        generic = GENERIC | set(names) | (mh.FIELD_WORDS if field else set())
        if spoke is not None and spoke.to:
            generic = generic | {spoke.to}  # whom it was said to, not what about
        verb = who.group("v") if who else None
        act_m = REPORTED_ACT.search(q) if verb else None
        act = act_m.group("act") if act_m else None
        words = content_words(ctx, generic | {w for w in (verb, act) if w})
        words = [w for w in words if not _pronoun_form(w)]
        words += [w for w in COPULA.findall(q) if w not in words]  # "would be out": a state
        # The rest of a named sender's name ("from Dana Ortiz") is who, not what about.
        words = [w for w in words if not any(Bag.of(s).has(w) for s in hits)]
        if clauses is not None:
            # The asking clause's own words are the topic; without any, the lead is.
            main = set(tokens(clauses.main))
            own = [w for w in words if w in main and w not in FRAME_WORDS]
            lead = [
                w
                for w in words
                if w not in FRAME_WORDS and w not in main and w not in ctx.analysis.cue_words
            ]
            # "what did she ask for": the act is the asking clause's own; the lead only names her
            words = own if own or ASK_ACT.search(clauses.main) else lead
        # Phrasing words ("go", "still", "put") count where present, never against a message.
        core = [w for w in words if w not in ctx.analysis.phrasing] or words
        decisions = {"messages": len(msgs), "names": names, "terms": words, "verb": verb}
        if act:
            decisions["act"] = act
        if ask_act:
            decisions["asks"] = True
        eligible = mh.FIELD_SOURCES.get(field or "")
        if eligible is not None:
            msgs = [n for n in msgs if n.attrs.get("source") in eligible]
            if not msgs:
                return no_structure(f"a mail showing its {field}")
        if who and verb and not field:
            if act:  # the message doing the act may carry its topic from what it answers
                parents = replies(around(nodes, msgs))
                return self._who(ctx, msgs, act, words, decisions, parents)
            thread = lru_cache(maxsize=1)(lambda: replies(around(nodes, msgs)))
            return self._who(ctx, msgs, verb, words, decisions, thread_of=thread)
        if not words:
            if field:  # "who was it cc'd to?": the latest mail (of the named sender)
                return self._field(ctx, max(msgs, key=lambda n: n.ts_ms), field, decisions)
            if not names:
                return no_structure("a named sender or topic")
            pool = [n for n in msgs if _asks(n.attrs.get("body") or "")] if ask_act else []
            latest = sorted(pool or msgs, key=lambda n: n.ts_ms)[-MAX_CLAIMS:]
            return self._said(ctx, [(n, None) for n in latest], [], decisions, 0.75)
        # A header is asked of a mail named by anything on it ("the mail from the service
        # desk"), its sender included.
        texts = {
            n.node_id: f"{n.attrs.get('sender') or ''} {self._text(n)}" if field else self._text(n)
            for n in msgs
        }
        c_owns = {n.node_id: self._cover(core, texts[n.node_id]) for n in msgs}
        if names and did_say(q) in names and max(c_owns.values(), default=0.0) < 0.5:
            # "did tane ask X?": none of tane's messages says it (one answering it is not
            # asking it); another sender's that says it all: "No, mereana did".
            other = said_by_other(everyone, hits, core, self._cover, self._text)
            if other is not None:
                said = self._said(ctx, [(other, None)], words, decisions, 0.7)
                return not_them(said, other, names)
        # A reply carries the topic of what it answers ("sure, draft by 16:00" to "can you
        # take the release notes?"): for a named sender, the topic may match through it; for
        # "when ...?", a message stating a time may answer one on the topic next to it.
        ids = [w for w in core if REFERENCE.match(w)]
        # What is done to the id, less who does it: "Priya" is a sender, not a topic.
        acts = (
            [w for w in core if w not in ids and not any(self._cover([w], s) for s in senders)]
            if ids
            else []
        )
        threaded = msgs if names else []
        if wants_when and not names:
            threaded = self._timed_near(msgs, c_owns, core)
        answers = replies(around(nodes, threaded)) if threaded else {}
        with_context = {n.node_id for n in threaded}
        # An undated message (a chat log line) is taken to be from the newest dated day.
        newest_day = max((str(n.attrs.get("date") or "")[:10] for n in msgs), default="")
        scored = []
        for n in msgs:
            c_own = c_owns[n.node_id]
            if c_own < 0.5 and n.node_id not in with_context:
                continue
            c, carrier, c_body, points_back = c_own, None, 0.0, False
            if n.node_id in with_context:
                c_body = self._cover(core, n.attrs.get("body") or "")
                points_back = bool(ANAPHOR.search(n.attrs.get("body") or ""))
                if c_body < 1.0 or points_back:
                    carrier = self._carrier(ctx, n, answers.get(n.node_id), core)
                    if carrier is not None:
                        c = max(c, cover(core, f"{texts[n.node_id]} {carrier[2]}")[0])
            if c < 0.5:
                continue
            if ids and not self._pins(
                ids, acts, f"{texts[n.node_id]} {carrier[2] if carrier else ''}"
            ):
                continue
            own = c_own >= c  # the topic is in the message itself (its body or subject)
            if c_body >= c and not points_back:
                carrier = None  # the body says it all: nothing else to cite
            source = n.attrs.get("source")
            mail = (source in ("mail", "mail_index")) == wants_mail
            full = source != "mail_index"  # an opened message says more than its index row
            body = n.attrs.get("body") or ""
            asked = "?" in body
            # "When ...?" is answered by a message that states a time or a day, before one
            # that only names the topic (a question about it).
            timed = not wants_when or _states_when(body)
            rank: tuple = (
                (round(c, 2), timed, not asked, own, mail, full)
                if wants_when
                else (round(c, 2), own, mail, timed, not asked, full)
            )
            if ask_act:  # "did X ask if ...": the message that asks, before its answers
                rank = (_asks(body), *rank)
            if clauses is not None and clauses.wants_latest():
                # "which one is the latest": the newest of those on the topic (all cover at
                # least half of it, the floor the confidence is read from)
                rank = (0.5, *sent_order(n, newest_day))
            scored.append((rank, n.ts_ms, own, n, carrier))
        if scored and CLOCK_ASK.match(q) and field != "sent" and not ask_act:
            # "What time did X say ...": a message giving a clock time (or a time of day),
            # not one naming only a day; none gives one, so the time was not said.
            said = [t for t in scored if _states_clock(self._text(t[3]), t[4])]
            if not said:
                return Draft("", None, [], 0.3, "indeterminate", "no_time_stated", decisions)
            scored = said
        if not scored:
            if any(self._cover(core, self._text(n)) >= 0.5 for n in listed):
                return self._unopened(listed, names)
            # an id asked about that none of X's messages names is another thing than theirs
            named_id = any(REFERENCE.match(w) for w in core)
            due = only_deadline(q, msgs) if names and wants_when and not named_id else None
            if due is None and names and not named_id and re.search(r"\b(when|what time)\b", q):
                due = only_departure(q, msgs)  # "X said when her flight goes, what time
            if due is not None:  # "by when does X need ...": X's one deadline
                return self._said(ctx, [(due[0], None)], due[1], {**decisions, "due": True}, 0.6)
            if names:
                return Draft(
                    "", None, [], 0.25, "indeterminate", "no_message_on_that_topic", decisions
                )
            return no_structure("a message on that topic")
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        top = scored[0]
        c_top = top[0][1] if ask_act else top[0][0]
        if (
            wants_mail
            and top[3].attrs.get("source") != "mail"
            and any(self._cover(core, self._text(n)) >= c_top for n in listed)
        ):  # the mail asked about was listed, not opened: a chat message is not what it says
            return self._unopened(listed, names)
        if field:
            return self._field(ctx, top[3], field, {**decisions, "coverage": c_top})
        chosen = [(t[3], t[4]) for t in scored if t[0] == top[0]][:MAX_CLAIMS]
        if FINAL.search(q):  # "what did X end up saying": the newest settles the others
            chosen = [max(chosen, key=lambda c: sent_order(c[0], newest_day))]
        # "on site 07:00" put right later ("correction: 05:30, not 07:00"): the correction
        kept: dict[str, tuple[NodeRow, tuple | None]] = {}
        for n, carrier in chosen:
            fix = corrected(n, everyone, newest_day)
            kept.setdefault(fix.node_id, (fix, carrier if fix is n else None))
        chosen = list(kept.values())
        context = [c[3] for _, c in chosen if c is not None]
        conf = 0.55 + 0.35 * c_top - (0.1 if not top[2] else 0.0)
        return self._said(
            ctx,
            chosen,
            words,
            {**decisions, "coverage": c_top, "context": context},
            conf,
            timed=wants_when,
        )

    def _pins(self, ids: list[str], core: list[str], text: str) -> bool:
        """ "Approve INV-2211": a message lacking the id is about another thing, and one with
        only the id is about another act on it."""
        rest = [w for w in core if w not in ids]
        return all(self._cover([i], text) for i in ids) and (
            not rest or self._cover(rest, text) > 0
        )

    def _unopened(self, listed: list[NodeRow], names: list[str]) -> Draft:
        """Indeterminate: the mail asked about was only listed (its index row), never opened,
        so what it says was never on screen."""
        return Draft(
            "",
            None,
            [],
            0.2,
            "indeterminate",
            UNOPENED,
            {"names": names, "listed": [self._describe(n) for n in listed[:MAX_CLAIMS]]},
        )

    def _timed_near(
        self, msgs: list[NodeRow], c_owns: dict[str, float], words: list[str]
    ) -> list[NodeRow]:
        """Messages stating a time but not the topic, in a window that shows the topic (in a
        message or a quote): the replies worth threading for "when ...?" ("it goes out
        tomorrow" under "is the refund approved?"), not every message of a long history."""
        places = {
            (n.frame_id, n.window_row)
            for n in msgs
            if c_owns[n.node_id] >= 0.5
            or (n.attrs.get("quoted") and self._cover(words, n.attrs["quoted"]) >= 0.5)
        }
        return [
            n
            for n in msgs
            if (n.frame_id, n.window_row) in places
            and c_owns[n.node_id] < 0.5  # one naming the topic itself stands on its own
            and _states_when(n.attrs.get("body") or "")
        ]

    def _field(self, ctx: AnswerContext, n: NodeRow, field: str, decisions: dict) -> Draft:
        """A header of the message chosen: its sent time, subject, To or Cc."""
        reader = mh.HeaderReader(ctx)
        if field == "sent":
            return mh.sent_draft(ctx, reader, n, decisions)
        return mh.field_draft(ctx, reader, n, field, decisions)

    def _carrier(
        self, ctx: AnswerContext, n: NodeRow, parent: NodeRow | None, words: list[str]
    ) -> tuple[NodeRow, list[str], str, str] | None:
        """What carries the topic a message answers, best covering ``words``: its quoted
        lines, the message it replies to, or its "Re:" subject; as (node, span ids, text,
        kind)."""
        options: list[tuple[NodeRow, list[str], str, str]] = []
        if n.attrs.get("quoted"):
            options.append((n, n.attrs.get("quoted_span_ids") or [], n.attrs["quoted"], "quoted"))
        if parent is not None:
            ids = list(parent.attrs.get("body_span_ids") or [])
            options.append((parent, ids, self._text(parent), "reply_to"))
        subject = n.attrs.get("subject") or ""
        if n.attrs.get("source") == "mail" and REPLY_PREFIX.match(subject):
            head = [
                sid
                for sid in n.span_ids
                if (ln := span_line(ctx, n, sid)) is not None
                and re.match(r"\s*subject\s*:", ln.text, re.I)
            ]
            if head:
                options.append((n, head[:1], subject, "subject"))
        if not options:
            return None
        best = max(options, key=lambda o: cover(words, o[2])[0])  # first of equals: own quote
        if cover(words, best[2])[0] > 0:
            return best
        # "I'll take it after lunch": what "it" is, is what the message answers.
        body = n.attrs.get("body") or ""
        if ANAPHOR.search(body):
            return next((o for o in options if o[3] in ("quoted", "reply_to")), None)
        return None
