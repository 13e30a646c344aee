"""How people type a question, read as the rules expect it.

Slips ("teh", "wat"), contractions without their apostrophe ("whats", "didnt", "when'd"), the
day words people type ("tmrw", "2day", "on fri"), a day put right ("tmrw?? no wait today"),
fillers that only soften ("at like 10:56", "was i actually typing", "bout"), a tag question
("..., didn't she"), an aside after the question, and years said as words ("next year"). The
answerers then meet one wording; nothing here knows a screen or a question.
"""

from __future__ import annotations

import re
from datetime import datetime

from autocapture.promptops.asides import drop_believed_act, drop_times_ruled_out
from autocapture.promptops.choice import drop_choice
from autocapture.promptops.clock_fixed import clock_put_right
from autocapture.promptops.guess_changed import changed_aside, guess_then_changed
from autocapture.promptops.lead_request import lead_request
from autocapture.promptops.normalize_confirm import confirm_ask
from autocapture.promptops.normalize_moment import moment_last
from autocapture.promptops.normalize_short import loose_clock, short_forms

# Contractions typed without their apostrophe ("whats the number for ...").
_BARE_CONTRACTION = re.compile(
    r"\b(what|where|who|how|when|that|there)s\b|\b(do|did|is|was|were|are|does|has|have|had|"
    r"could|would|should|ca|wo)nt\b",
    re.IGNORECASE,
)


def _contract(m: re.Match[str]) -> str:
    return f"{m.group(1)}'s" if m.group(1) else f"{m.group(2)}n't"


# "which repo has X? pretty sure it passed": what follows the question is an aside, unless it
# asks something itself.
_ASIDE = re.compile(
    r"^(?P<q>[^?]{8,}\?)\s+(?!(?:who|what|which|when|where|why|how|is|are|was|were|did|do|does"
    r"|can|could|will|would|should|has|have|had)\b)(?P<aside>[^?]{1,80})$",
    re.IGNORECASE,
)


# "oh and which window had ...": an interjection opening the question says nothing of it
_INTERJECTION = re.compile(
    r"^(?:oh+|ah+|uh+|um+|erm?|hm+|hmm+|btw)\b[\s,.!-]*(?:(?:and|also|so)\b[\s,]*)?"
    r"(?=(?:which|what|who|whose|when|where|why|how|was|were|did|do|does|is|are|can|could"
    r"|would|will|has|have|had)\b)",
    re.IGNORECASE,
)


_DAYS = r"(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_DAY_FIXED = re.compile(
    rf"\b{_DAYS}[?!.,\s]*\b(?:no,? wait|no sorry|sorry|i mean|i meant|no)[,!.\s]+"
    rf"(?P<day>{_DAYS})\b",
    re.IGNORECASE,
)


# a tag after a comma ("..., did she?"), or a negative one ("... didn't she"), at the end or
# before the clause that asks ("X changed it didn't he, what's it now"); never the
# question's own end ("what time is it?")
_TAG_QUESTION = re.compile(
    r"(?:,\s*(?:did|does|was|is|were|has|have|will|can)|,?\s+(?:(?:didn|doesn|wasn|isn"
    r"|weren|hasn|haven)['’]?t|won't|can't))\s+(?:she|he|they|it|we|you|i)"
    r"(?:\s*(\?*)\s*$|(?=\s*[,;]))",
    re.IGNORECASE,
)
# "which filter is it in the end, the handover said GF-181": after the ask, what the asker
# recalls a source saying is a guess to check, not what to look for ("the one that said X"
# names the thing asked about and stays)
_RECALLED = re.compile(
    r"^(?P<q>(?:which|what|who|when|where|how)\b[^,]{6,}?),\s*(?:but\s+|i think\s+)?"
    r"(?:the|that|her|his|my|their)(?: (?!(?:that|which|who|one|ones)\b)[\w'’-]+){1,3}"
    r" (?:said|says|had|gave|showed|mentioned|listed) [^,]{1,40}?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "at 3:25 the browser wasn't in front was it, so what was": a guess put right and then
# the real ask, which is what the state was ("what was in front at 3:25")
_NOT_SO_WHAT = re.compile(
    r"^(?P<pre>.*?)\s*\b(?:the|my|that|this) [\w'’ .~/-]{1,40}? (?:was|is|were|are)"
    r"(?:n['’]?t| not) (?P<pred>[\w ]{2,30}?)\s*,?\s*(?:was|is|were|are) (?:it|they|that)"
    r"\s*[,?.!]*\s*so (?P<wh>what|which(?: \w+)?) (?:was|is|were|are)(?: it)?\s*\??\s*$",
    re.IGNORECASE,
)
_DAY_NAMES = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "sat": "saturday", "sun": "sunday",
}  # fmt: skip
_SHORT_DAY = re.compile(
    r"\b(on|this|next|last|by|till|until|from|before|after|for)\s+"
    r"(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?",
    re.IGNORECASE,
)


_LEADING_PLACE = re.compile(
    r"^(?P<place>(?:in|on) (?:the|my) [^,]{2,40}),\s+"
    r"(?P<rest>(?:which|what|who|how|when|where)\b.+)$",
    re.IGNORECASE,
)


# "right after the git log, which window did i jump to": the moment, said before the ask
# ("just after 7:30, after the git show was up, which ...": one moment narrowing another)
_MOMENT = r"(?:(?:right|just|straight|immediately) )?(?:after|before) [^,]{2,60}"
_LEADING_MOMENT = re.compile(
    rf"^(?P<when>{_MOMENT}(?:,\s+{_MOMENT})?)"
    r"(?:,\s+|\s+(?=where did\b))"
    r"(?P<rest>(?:which|what) (?:\w+ )?(?:window|page|tab|terminal|app|program|site|document"
    r"|file|e-?mail|mail|message)\b.+"
    # "right after the roster tab, where did my focus go"
    r"|where did (?:i|we|(?:my |the )?focus) (?:go|head|move|switch|jump|turn|land)\b.*)$",
    re.IGNORECASE,
)

# "right after the git log what did i run in that terminal": a fronted moment, with or
# without a comma, before a command ask; read as "what did i run right after the git log ..."
_LEADING_RAN = re.compile(
    r"^(?P<when>(?:(?:right|just|straight|immediately) )?(?:after|before) "
    r"(?:(?!\b(?:what|which)\b)[^,]){2,60}?),?\s+"  # the moment, not another ask ("what did i ...")
    r"(?P<ask>(?:what|which command) did (?:i|we|you) (?:run|type|execute))\b(?P<rest>.*)$",
    re.IGNORECASE,
)


# "the email i was reading right before X, which one was that": the thing asked about, said
# first with what I was doing with it, then "which one was it": which email was I reading
_TOPIC_THEN_WHICH = re.compile(
    r"^(?:the|that) (?P<noun>[\w-]+(?: [\w-]+)?) (?:that |which )?(?P<subj>i|we) "
    r"(?P<aux>was|were) (?P<rest>[^,?]{3,120}?)\s*(?:[,;:]|\s-+)?\s*(?:which|what)(?: one)? "
    r"(?:was|is) (?:that|it)\s*\??\s*$",
    re.IGNORECASE,
)


# "once the git show was up, which window ...": after it came up. Only a clause saying what
# the screen showed; "once I'd sent it off" is an act the screen need not show, left as is.
_ONCE_SHOWN = re.compile(
    r"(?P<pre>^|,\s*)once (?P<what>(?:the|my|our|that|this) [^,]{1,40}? (?:was|were|had been"
    r"|came|got) (?:up|open|opened|showing|shown|on screen|loaded|visible|displayed|printed)\b)",
    re.IGNORECASE,
)


# "the agrivue demo got moved didn't it. when is it now": the statement names what "it" is
_MOVED_THEN_ASK = re.compile(
    r"^(?P<subj>(?:the|my|our) [\w' -]{2,50}?) (?:got|was|has been|had been|is|was being) "
    r"(?:moved|changed|rescheduled|pushed( back)?|brought forward|shifted|updated)\b[^.?!;]*"
    r"[.?!;]+\s*(?P<ask>when|what time|where|what day|which day) is it\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "helena's extension, the night manager not the spa one": the one ruled out only tells
# which was meant, and the words kept say it
_NOT_THE_ONE = re.compile(
    r"\s*[,;(-]?\s*\b(?:but |and )?not (?:the|that|this|my|our|his|her|their) "
    r"(?:[\w'-]+ ){1,4}?(?:one|ones)\b\)?",
    re.IGNORECASE,
)
# "apart from chromium was anything else open": the exception is said after the ask
_LEADING_EXCEPT = re.compile(
    r"^(?P<ex>(?:apart from|besides|other than|except(?: for)?) [\w .~/@'-]{2,40}?),?\s+"
    r"(?P<rest>(?:was|were|is|are|did|do|have|had)\s+(?:there\s+)?(?:anything|anyone|something"
    r"|any other|other)\b.+)$",
    re.IGNORECASE,
)
# "when did i read colette's reply - not when she sent it": the reading ruled out
_NOT_WHEN = re.compile(
    r"\s*[-,;(]\s*not (?:when|what time|where|who|which|the time)\b[^?]*?\)?(?=\s*\??\s*$)"
    # "the lithium metal ones, not ion": one word ruled out at the end
    r"|\s*,\s*not [\w-]+\s*(?=\??\s*$)",
    re.IGNORECASE,
)
# "which day do they leave, i wrote friday somewhere": what the asker once noted is no part
# of what is asked (the screens say which note holds)
_NOTED_ASIDE = re.compile(
    r"\s*[,;-]+\s*(?:but |though |and )?(?:i|we) (?:wrote|put|noted|jotted|typed|had|saw)"
    r"(?: (?:down|it as|it down as|it))? [\w:.' -]{1,30}? (?:somewhere|down|earlier|before"
    r"|in (?:my|the) notes?)\s*(?=\??\s*$)",
    re.IGNORECASE,
)
# "... the chat log, the first time not the second", "the git log. the log, not the show": the
# one meant, set against another; it adds nothing when the question already says it
_SAID_NOT_OTHER = re.compile(
    r"\s*[,.;-]+\s*(?:i mean |i meant )?the (?P<kept>[\w-]+(?: [\w-]+)?),? not the "
    r"[\w-]+(?: [\w-]+)?\s*(?=\??\s*$)",
    re.IGNORECASE,
)


def _drop_said_again(text: str) -> str:
    """Drop "the X, not the Y" at the end when X's words (bar "time", "one") came before."""
    m = _SAID_NOT_OTHER.search(text)
    if m is None:
        return text
    kept = [w for w in m.group("kept").lower().split() if w not in ("time", "one", "ones")]
    before = set(re.findall(r"[\w-]+", text[: m.start()].lower()))
    return text[: m.start()] + text[m.end() :] if kept and set(kept) <= before else text


# "my notebook says audit review thu 10:00, what does calcurse have for it instead": when
# the thing is, as the other place has it
_SAYS_WHAT_OTHER = re.compile(
    r"^(?:my |the |our )?[\w .~/-]{2,30}? (?:says?|said|has|had|shows?|showed|lists?) "
    r"(?P<thing>[a-z][\w' -]{2,40}?)\s+(?:(?:on |at )?(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?\s*)?"
    r"(?:at )?\d{1,2}[:.]\d{2}\s*(?:am|pm)?[,;-]+\s*what (?:does|did|do) (?:the |my )?"
    r"(?P<other>[\w .~/-]{2,30}?) (?:have|say|show|list)(?: for (?:it|that))?(?: instead)?\s*\??$",
    re.IGNORECASE,
)
# "ATD on the delay record, the small light one": how the window looked, no word of it
_LOOK_ONE = re.compile(
    r",\s*the (?:(?:small|smaller|tiny|little|big|bigger|large|light|dark|darker|bright|grey|gray"
    r"|white|black|narrow|wide|top|bottom|left|right|other) ){1,3}one\s*(?=\??\s*$)",
    re.IGNORECASE,
)
# "on the little white evac form", "per the small white form": how the form looked, said
# before its name (a window's look may be what picks it, "the dark terminal", so only a form's)
_LOOK_BEFORE = re.compile(
    r"\b(?P<det>the|that|my|our) (?:(?:small|smaller|tiny|little|big|bigger|large|light|dark"
    r"|grey|gray|white|black|narrow|wide),? ){1,3}(?=(?:[\w-]+ ){1,2}(?:form|dialog|popup"
    r"|pop-up)\b|forms?\b)",
    re.IGNORECASE,
)
# "who was moaning that TUG-12's battery was flat again": who said it
_SAYING_THAT = re.compile(
    r"^who (?:was|were) (?:moaning|complaining|grumbling|whinging|whining|ranting|going on"
    r"|saying|shouting|telling us|on about)\s+(?:that |about )?(?P<c>.+)$",
    re.IGNORECASE,
)
# "did anele stick with 06:05 for FY 231 or did that change": what it is now
_STUCK_WITH = re.compile(
    r"^did (?:\w+ )?(?:stick with|keep|stay with|stay at|go with) (?P<val>\S+) for (?P<thing>.+?)"
    r",? or (?:did (?:that|it) change|was (?:that|it) changed|has (?:that|it) changed)\s*\??$",
    re.IGNORECASE,
)
# "the fire drill - is it still friday at 11 like my notes say or did it move": when it is
# now; the time believed, and where it was read, only say what was expected
_STILL_OR_MOVED = re.compile(
    r"^(?:(?P<lead>(?:the |my |our )?[\w' -]{3,60}?)\s*[-,;:]+\s*)?(?:(?:is|was|are|were) "
    r"(?P<subj>it|that|they|(?:the|my|our) [\w' -]{2,50}?) )?still (?:on |at )?[^?]{1,60}?"
    r",? or (?:did|has|had|was|were|have) (?:it|that|they) (?:been |get |got )?(?:move|moved"
    r"|change|changed|shift|shifted|pushed|rescheduled|reschedule)\b[^?]*\??\s*$",
    re.IGNORECASE,
)
# "the git log - no wait, the make check": the thing put right, said again after the slip
_THING_FIXED = re.compile(
    r"\b(?:the|my) (?:[\w.~/'-]+ ){0,4}?[\w.~/'-]+\s*[-,;]+\s*(?:no wait|no sorry|sorry"
    r"|i mean|i meant|no)[,!.]?\s+(?=(?:the|my) )",
    re.IGNORECASE,
)
# "when the jeep is, no wait, i mean the permit pickup on thursday": the thing put right
# after the verb; the ask is about the second thing
_WH_THING_FIXED = re.compile(
    r"^(?P<wh>when|what time|where|what day) (?:the|my|our) [^,;?-]{2,60}? (?P<verb>is|was|are"
    r"|were)\s*[-,;]+\s*(?:(?:no,? )?(?:wait|sorry)|no)[,!.]?\s*(?:i mean|i meant)?[,!.:]?\s+"
    r"(?P<new>(?:the|my|our) .{2,})$",
    re.IGNORECASE,
)
# "what time did the make check - what time did that run": the ask said again about it
_ASKED_AGAIN = re.compile(
    r"^(?P<ask>(?:what time|when) did) (?P<thing>(?:the|my) [^-?]{2,50}?)\s*-+\s*"
    r"(?:what time|when) did (?:that|it|this) (?P<rest>[^?]+?)\s*(?P<q>\??)\s*$",
    re.IGNORECASE,
)
# "while i was doing the overtime what else had i got open": the moment, said before the ask
# without a comma; the ask is one about windows
_WHILE_THEN_ASK = re.compile(
    r"^(?P<when>(?:when|while) (?:i|we) (?:was |were )?[^,?]{3,60}?)\s+"
    r"(?P<ask>(?:what|which) (?:else|other)\b.+)$",
    re.IGNORECASE,
)
# "what time did i get X - no wait, i mean when did i open it": the question as put right;
# its "it" is what the first one asked about
_PUT_RIGHT = re.compile(
    r"^(?P<first>.{8,}?)\s*[-,;.]+\s*(?:(?:no,? )?(?:wait|sorry)[,!.\s-]*(?:i mean|i meant)?"
    r"|i mean|i meant|scratch that|or rather)[,!.:\s-]+(?P<second>(?:when|what|which|who|where"
    r"|how|did|was|were|is|are|do|does)\b.+)$",
    re.IGNORECASE,
)
_ASKED_ABOUT = re.compile(
    r"\b(?:did|do|does|have|had|was|were) (?:i|we|you) (?:\w+ )(?P<obj>.+?)\s*\??$",
    re.IGNORECASE,
)
_WHEN_THEN_ELSE = re.compile(
    r"^(?P<when>(?:when|while) [^-?]{3,80}?)\s+-+\s*(?P<ask>(?:anything|something) else "
    r"(?:on screen|open|up|showing|running))\s*\??$",
    re.IGNORECASE,
)
# "what time again?", "when is it again": asking to be reminded, not about a second time
_AGAIN = re.compile(
    r"^(?!.*\b(?:did|do|does|have|had|i|we)\b)"
    r"(?P<q>.*\b(?:what time|when|what|who|where|which|how much|how many)\b(?:['’]s)?"
    r"(?:\s+[\w'’-]+){0,4}?)\s+again\s*(?P<end>\??)\s*$",
    re.IGNORECASE,
)

# "I need the staff no. off wiremu's claim", "grab me her mobile", "remind me when X is", "can
# you dig up the duty number": a request, put as the question it asks. The verbs are those of
# fetching a thing (find, dig up, track down), never of judging it ("check", "confirm").
_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?|pls |please )?(?:i need|i want|i'd like"
    r"|i'm after|(?:get|grab|give|find|fetch|show|send) me|(?:pull|dig|fish|bring) (?:up|out)"
    r"|look up|(?:track|hunt) down|find|fetch|remind me(?: of)?|tell me)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_WH_START = re.compile(r"^(?:who|what|which|when|where|how)\b", re.IGNORECASE)


def _request(text: str) -> str:
    m = _REQUEST.match(text)
    if m is None:
        return text
    rest = m.group("rest").strip()
    if re.match(r"^(?:whether|if)\b", rest, re.I):
        return text
    if _WH_START.match(rest):
        # "when the audit is": the embedded question in its asking order; a guess added
        # after a comma ("..., fri morning i think") stays, for the answer to put right
        q = re.match(
            r"^(?P<wh>\w+(?: time| day)?) (?P<subj>.+?) (?P<verb>is|was|are|were)"
            rf"(?P<day>\s+(?:{_DAYS}|on {_DAYS}|this (?:morning|afternoon|evening)))?"
            r"(?P<guess>\s*,\s*[^,?]{2,40}?\b(?:i think|i guess|i believe|i reckon|isn't it"
            r"|right))?\s*\??$",
            rest,
        )
        if q is None:
            return rest
        return f"{q['wh']} {q['verb']} {q['subj']}{q['day'] or ''}{q['guess'] or ''}"
    if not re.match(r"^(?:the|his|her|their|my|our|that|this)\b|^\w+['’]s\b", rest, re.I):
        return text
    rest = re.sub(
        r"\b(off|outta|out of)\s+(?=(?:the|my|our|that|his|her|their|\w+['’]s)\b)",
        "on ",
        rest,
        flags=re.I,
    )
    return f"what is {rest}"


# "passport no for X", "the staff no. off her claim": "no" after a noun is its number;
# never a "no" said as an answer ("yes or no for", "did she say no on")
_NUMBER_NO = re.compile(
    r"\b(?!(?:or|and|yes|say|said|says|answer|answered|reply|replied|is|was|were|are|be"
    r"|a|an|the|it|that|this|but|so|with|mean|meant|sorry|wait)\b)(?P<noun>[a-z]{2,}) no\.?"
    r"(?=\s+(?:for|of|on|off|from|in|at)\b|\s*\??\s*$)",
    re.IGNORECASE,
)


# "quarter past ten", "half past 9", "ten o'clock": clock times said in words
_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_HOURS += ["eleven", "twelve"]
_HOUR = rf"(?P<h>{'|'.join(_HOURS)}|1[0-2]|0?[1-9])"
# "10 past 3", "25 mins past 3", "20 to 8": minutes as digits, said the same way (not a
# value changing "from 10 to 9")
_SPOKEN = re.compile(
    r"(?<!from )\b(?P<m>quarter|half|twenty-five|twenty five|twenty|ten|five|[1-5]?[0-9])"
    r"(?: min(?:ute)?s?)? (?P<rel>past|after|to) "
    rf"{_HOUR}\b(?!:| ?(?:%|min|hour|day|week|month|year))",
    re.IGNORECASE,
)
_OCLOCK = re.compile(rf"\b{_HOUR} ?o['’]? ?clock\b", re.IGNORECASE)
_MINUTES = {"quarter": 15, "half": 30, "twenty-five": 25, "twenty five": 25, "twenty": 20,
            "ten": 10, "five": 5}  # fmt: skip
# "around 9 this morning": a bare hour with the part of the day that says which
# "around half 3 this morning": half past, as said in Britain
_HALF_HOUR = re.compile(
    rf"\b(?P<pre>at|around|about|by|before|after|till|until) half {_HOUR}\b", re.IGNORECASE
)
_BARE_HOUR = re.compile(
    r"\b(?P<pre>at|around|about|by|before|after) (?P<h>1[0-2]|0?[1-9])"
    r"(?= (?:this|in the|on \w+) (?P<part>morning|afternoon|evening))",
    re.IGNORECASE,
)


def _hour(word: str) -> int:
    return _HOURS.index(word.lower()) + 1 if word.lower() in _HOURS else int(word)


def _spoken(m: re.Match) -> str:
    word = m.group("m").lower()
    h, mins = _hour(m.group("h")), _MINUTES.get(word) or int(word)
    if not 0 < mins < (30 if m.group("rel").lower() == "to" else 60):
        return m.group(0)
    if m.group("rel").lower() == "to":
        h, mins = (h - 2) % 12 + 1, 60 - mins
    return f"{h}:{mins:02d}"


def _bare_hour(m: re.Match) -> str:
    h = int(m.group("h"))
    half = "am" if m.group("part").lower() == "morning" else "pm"
    return f"{m.group('pre')} {h}:00 {half}"


def spoken_clock(text: str) -> str:
    """Clock times said in words, written as clocks ("quarter past ten" is 10:15)."""
    text = _SPOKEN.sub(_spoken, text)
    text = _HALF_HOUR.sub(lambda m: f"{m.group('pre')} {_hour(m.group('h'))}:30", text)
    text = _OCLOCK.sub(lambda m: f"{_hour(m.group('h'))}:00", text)
    return _BARE_HOUR.sub(_bare_hour, text)


def _still_or_moved(m: re.Match[str]) -> str | None:
    """ "When is X now?", X named before the dash or as the subject; None when only "it"."""
    subj = m.group("subj")  # "X - still thurs at 10 or did it move": X alone names it
    thing = m.group("lead") if subj is None or subj.lower() in ("it", "that", "they") else subj
    if not thing:
        return None
    thing = thing.strip()
    return f"when is {thing if re.match(r'(?:the|my|our) ', thing, re.I) else 'the ' + thing} now?"


def _put_right(first: str, second: str) -> str:
    """The second question, its "it" (or "that") standing for what the first one asked about."""
    m = _ASKED_ABOUT.search(first)
    if m is None:
        return second
    return re.sub(r"\b(?:it|that)\b", m.group("obj"), second, count=1, flags=re.I)


def normalize(question: str) -> str:
    text = short_forms(re.sub(r"\s+", " ", question).strip())
    text = guess_then_changed(text)  # "X is 7 right.. no wait someone changed it, ..."
    text = changed_aside(text)  # "which X in the end, somebody fixed it in the chat"
    if m := _ASIDE.match(text):
        text = m.group("q")
    text = _INTERJECTION.sub("", text)
    # "wen's the meeting", "remind me wen the dentist is": "wen" before what a when-question
    # goes on with; "wen i switched over": before the one the clause is about
    text = re.sub(
        r"\bwen(?=['’]?s\b| (?:the|my|our|your|his|her|their|is|was|are|were|did|does|do|will"
        r"|i|we)\b)",
        "when",
        text,
        flags=re.I,
    )
    text = _BARE_CONTRACTION.sub(_contract, text)
    text = lead_request(_request(text))  # "the X on Y, can u find her mobile in Z"
    text = _NUMBER_NO.sub(r"\g<noun> number", text)
    if m := _WH_THING_FIXED.match(text):
        text = f"{m.group('wh')} {m.group('verb')} {m.group('new')}"
    # "first thing, when X ..." / "when X was still blank - anything else on screen"
    text = re.sub(r"^first thing\s*,\s*", "", text, flags=re.I)
    text = moment_last(text)
    if m := _WHEN_THEN_ELSE.match(text):
        text = f"was {m.group('ask')} {m.group('when')}?"
    # "earlier - what time did i open ...": a vague time before the ask narrows nothing
    text = re.sub(
        r"^(?:earlier|just now|a bit ago|recently|before)\s*[-,:]+\s*", "", text, flags=re.I
    )
    if m := _WHILE_THEN_ASK.match(text):
        text = f"{m.group('ask').rstrip(' ?')} {m.group('when')}" + ("?" if "?" in text else "")
    # "which ward did they go to in the end": when it was settled, not the word "end"
    text = re.sub(r"\bin the end\b|\bat the end of the day\b", "finally", text, flags=re.I)
    # "which mail did I open after I left the chat log": after focus moved away from it
    text = re.sub(
        r"\b(right |just |straight )?after (i|we) (?:left|exited|got out of|came out of|came away"
        r" from|was done with|were done with|finished with)\b",
        r"\1after \2 switched away from",
        text,
        flags=re.I,
    )
    # "the tab i opened at the end": the last one opened (not "at the end of the list", and
    # not "which did i end up in at the very end", a moment)
    text = re.sub(
        r"\b((?:i|we) (?:opened|added|typed|made|started|created|ran)(?: (?:it|myself|up))?)"
        r" at the end\b(?!\s+of\b)",
        r"\1 last",
        text,
        flags=re.I,
    )
    # "teh fares page": the commonest slips of typing
    text = re.sub(r"\b(?:teh|hte|th)\b", "the", text, flags=re.I)
    text = re.sub(r"\b(?:waht|whta|wat)\b", "what", text, flags=re.I)
    text = re.sub(r"\b(?:wich|whcih|whihc|wihch)\b", "which", text, flags=re.I)
    text = re.sub(r"\bwats\b", "what's", text, flags=re.I)
    text = re.sub(r"\bbout\b", "about", text, flags=re.I)
    if m := _PUT_RIGHT.match(text):
        text = _put_right(m.group("first"), m.group("second"))
    text = re.sub(r"\brite (after|before|now|away|then)\b", r"right \1", text, flags=re.I)
    text = re.sub(r"\bwen (was|is|did|does|do|are|were|will)\b", r"when \1", text, flags=re.I)
    text = re.sub(r"\b(un)?focuss(ed|ing)\b", r"\1focus\2", text, flags=re.I)
    # "when'd I open that": did (never "who'd", which may be would or had)
    text = re.sub(r"\b(when|where|what|how|why)['’]d\b", r"\1 did", text, flags=re.I)
    # "which terminal was i actually typing in at like 10:56": softeners, not content
    text = re.sub(r"\b(i|we) (?:actually|really|just|literally) ", r"\1 ", text, flags=re.I)
    text = re.sub(r"\b(at|around|about|by) like\b", r"\1", text, flags=re.I)
    if m := _NOT_SO_WHAT.match(text):
        text = f"{m.group('wh')} was {m.group('pred')} {m.group('pre')}".strip()
    # "..., ngaire changed it didn't she": a tag question asks nothing more
    text = _TAG_QUESTION.sub("", text)
    text = drop_choice(text)  # "who's going, the tall ravi or the other one"
    if m := _RECALLED.match(text):
        text = m.group("q")
    text = confirm_ask(text)  # "X is still friday 10am right": "is X on friday at 10am?"
    # "tmrw", "2day": the day words people type
    text = re.sub(r"\b(?:tmrw|tmr|tmw|tomoz|2moro|2morrow)\b", "tomorrow", text, flags=re.I)
    text = re.sub(r"\b(?:2day|tdy)\b", "today", text, flags=re.I)
    text = re.sub(r"\b(?:tonite|2nite|2night|tonyt)\b", "tonight", text, flags=re.I)
    text = re.sub(r"\b(?:yday|yest)\b", "yesterday", text, flags=re.I)
    # "the FOH briefing on fri": a day's short name after a word placing it in time
    text = _SHORT_DAY.sub(lambda m: f"{m.group(1)} {_DAY_NAMES[m.group(2).lower()]}", text)
    # "in the cargo run, which tests were the red ones?": where, said after what
    if m := _LEADING_PLACE.match(text):
        text = f"{m.group('rest').rstrip(' ?')} {m.group('place')}" + (
            "?" if "?" in m.group("rest") else ""
        )
    text = drop_times_ruled_out(text)
    text = _drop_said_again(drop_believed_act(_NOTED_ASIDE.sub("", text)))
    text = spoken_clock(_NOT_THE_ONE.sub("", _NOT_WHEN.sub("", text)))
    text = loose_clock(clock_put_right(text))  # "11:15, no wait, 13 past": the time put right
    # "the title of the window the chat log was in": the title of the chat log window
    text = re.sub(
        r"\b(title|name) of the (window|terminal|tab) (?:that |which )?(?:the |my )?"
        r"([\w .~/-]{2,40}?) (?:was|were|is) (?:open |shown )?(?:in|on)\b",
        r"\1 of the \3 \2",
        text,
        flags=re.I,
    )
    # "fuel uplift for FY 213, the final figure": as it was settled
    text = re.sub(
        r",?\s*(?:the|its|their) final (?:figure|number|amount|count|total|answer|word|value)\b",
        " finally",
        text,
        flags=re.I,
    )
    # "which code did I pick as the main one": the field's own name says which
    text = re.sub(r"\s+as (?:the|my) (?:main|primary) one\b", "", text, flags=re.I)
    text = _LOOK_ONE.sub("", text)
    text = _LOOK_BEFORE.sub(r"\g<det> ", text)
    if m := _SAYING_THAT.match(text):
        text = f"who said {m.group('c')}"
    if m := _STILL_OR_MOVED.match(text):
        text = _still_or_moved(m) or text
    if m := _STUCK_WITH.match(text):
        kind = "what time is" if re.fullmatch(r"\d{1,2}[:.]\d{2}", m.group("val")) else "what is"
        text = f"{kind} the {m.group('thing')} finally?"
    if m := _SAYS_WHAT_OTHER.match(text):
        text = f"when is the {m.group('thing')} in {m.group('other')}?"
    if m := _MOVED_THEN_ASK.match(text):
        text = f"{m.group('ask')} is {m.group('subj')}{m.group('rest')}"
    if m := _AGAIN.match(text):
        text = m.group("q") + m.group("end")
    if m := _LEADING_EXCEPT.match(text):
        text = f"{m.group('rest').rstrip(' ?')} {m.group('ex')}" + (
            "?" if "?" in m.group("rest") else ""
        )
    if m := _TOPIC_THEN_WHICH.match(text):
        text = f"which {m.group('noun')} {m.group('aux')} {m.group('subj')} {m.group('rest')}?"
    text = _ONCE_SHOWN.sub(r"\g<pre>after \g<what>", text)
    if m := _LEADING_MOMENT.match(text):
        rest = re.sub(r"\s+(?:next|then|after that)(?=\s*\??\s*$)", "", m.group("rest"))
        text = f"{rest.rstrip(' ?')} {m.group('when')}" + ("?" if "?" in rest else "")
    elif m := _LEADING_RAN.match(text):
        text = f"{m.group('ask')} {m.group('when')}{m.group('rest')}"
    # "what did tiago say in the night chat": where to look, not what was said
    text = re.sub(
        r"\b(in|on) the (?:[\w#-]+ ){1,2}(chat|channel|chat log)\b", r"\1 the \2", text, flags=re.I
    )
    # "fleet review tmrw?? no wait today": the asker put the day right
    text = _DAY_FIXED.sub(lambda m: m.group("day"), text)
    text = _THING_FIXED.sub("", text)
    if m := _ASKED_AGAIN.match(text):
        text = f"{m.group('ask')} {m.group('thing')} {m.group('rest')}{m.group('q')}"
    # "what time's my standup": the verb, not a possessive
    return re.sub(r"\b(what time|when)['’]s\b", r"\1 is", text, flags=re.IGNORECASE)


def with_years(text: str, now: datetime) -> str:
    """ "Owen's rate next year" is the 2027 a rate table heads: the year, as written."""
    for phrase, delta in (("next year", 1), ("this year", 0), ("last year", -1)):
        text = re.sub(rf"\b(?:in |for )?{phrase}\b", f"in {now.year + delta}", text, flags=re.I)
    return text
