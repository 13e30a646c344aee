"""Words and patterns by which questions name windows and ask about them: kinds of thing
("the form", "the tab"), moves between windows ("switched to", "after"), and the kinds of
content a window can be known by ("the calendar", "the terminal").

Kept apart from the answerers so that every window question reads a window the same way.
"""

from __future__ import annotations

import re

# Words that say what kind of thing is asked about, not which one.
FRAME_WORDS = {
    "window",
    "windows",
    "app",
    "apps",
    "application",
    "applications",
    "program",
    "programs",
    "focus",
    "focused",
    "active",
    "foreground",
    "frontmost",
    "front",
    "open",
    "opened",
    "visible",
    "screen",
    "had",
    "have",
    "has",
    "which",
    "what",
    "long",
    "many",
    "much",
    "time",
    "show",
    "showed",
    "shown",
    "showing",
    # "which window listed X", "displayed X": other verbs of showing
    "listed",
    "displayed",
    "displaying",
    "mentioned",
    "contain",
    "contained",
    "containing",
    "text",
    "see",
    "saw",
    "seen",
    # Ways of looking at something: how the user met the text, not the text itself.
    "read",
    "reading",
    "look",
    "looked",
    "looking",
    "view",
    "viewed",
    "viewing",
    "check",
    "checked",
    "did",
    "i",
    "where",
    "in",
    "running",
    "run",
    "runs",
    "ran",
    "using",
    "used",
}


SEQUENCE_WORDS = {
    "before",
    "after",
    "switch",
    "switched",
    "last",
    "one",
    "just",
    "previous",
    "next",
    "then",
    "went",
    "go",
}


# Words that say what kind of thing was up ("the shipping form", "the tokens page", "the
# release notes tab"), not which one: a window's or tab's title need not hold them.
THING_WORDS = {
    "form",
    "forms",
    "page",
    "pages",
    "tab",
    "tabs",
    "window",
    "windows",
    "dialog",
    "screen",
    "site",
    "website",
    "web",
    "browser",
    "up",
    "app",
    "application",
    "program",
}

# "When did I switch to / open / go to X": the moment X took focus, not the focus now.
SWITCH_ASK = re.compile(
    r"\b(when|what time)\b.*\b(switch(ed)?|open(ed)?|(go(ne)?|went|c[oa]me|g[eo]t|head(ed)?|"
    r"flip(ped)?|navigate(d)?|mov(e|ed)|jump(ed)?|chang(e|ed)) (back |over )?to|visit(ed)?|"
    r"bring up|brought up|pull(ed)? up)\b"
)
# "... after (doing / finishing) the shipping address": the window focus came from.
SWITCH_FROM = re.compile(r"\b(?:after|from)\s+(?:\w+ing\s+|done with\s+)?(.+?)\??$")


# "Was the terminal in front while I was reading the changelog?"
FRONT_WHILE = re.compile(
    r"^\s*(?:was|were|is|did) (?:the |my )?(.+?) (?:in front|in the foreground|frontmost|on top|"
    r"focused|in focus|active|have focus|had focus)\b.*?\bwhile (?:i was |we were |i |we )?"
    r"(?:reading|viewing|looking at|using|working in|working on|on|in)?\s*(?:the |my )?(.+?)\??$"
)
# Verbs of moving between windows or pages ("which page did I move on to after X").
MOVE_WORDS = re.compile(
    r"\b(switch\w*|mov(e|ed|ing)|go|went|gone|head(ed)?|jump(ed)?|turn(ed)?|come|came|"
    r"open(ed)?|focus(ed)?|flip(ped)?|got|get|chang(e|ed)|click(ed)?)\b"
)
# "(right / just) after X", "before X": X names the window the answer is relative to.
RELATIVE_TO = re.compile(r"\b(?:after|before)\s+(?:the |my |i )?(.+?)\??$")
# Words naming what happened in a window rather than the window ("the harbor-api test run").
# Words placing a spell of focus in time, not naming the window ("the first time ... away").
SPELL_WORDS = {"first", "last", "latest", "time", "times", "once", "away", "spell", "stint", "long",
          "stay", "remain", "sit", "spend", "spent"}  # fmt: skip
RUN_WORDS = {"run", "runs", "test", "tests", "session", "work", "working", "reading", "done"}
SWITCHED_TO = re.compile(
    r"\b(?:switch(?:ed|ing)?|flip(?:ped)?|mov(?:e|ed)|went|go|jump(?:ed)?|turn(?:ed)?"
    r"|head(?:ed)?|got|came|click(?:ed)?)\s+(?:over\s+|back\s+)?to\s+(.+)$"
    r"|\b(?:open(?:ed)?|pull(?:ed)?\s+up|brought\s+up)\s+(.+)$"
)

YES_NO = re.compile(r"^\s*(?:was|were|is|are|did|does|had|has)\b")
READING_MAIL = re.compile(
    r"\b(which|what) (e-?mail|mail|message) (was|were) (i|we) (reading|viewing|looking at|on)\b"
    r"|\b(which|what) (e-?mail|mail|message) did (i|we) (open|read|view|look at|go to)\b"
)


ORDER_WORDS = {
    "first", "earliest", "latest", "again", "when", "recent", "recently", "most", "back",
}  # fmt: skip

# Verbs of getting to a window or page: how the question asks, not what it names.
SWITCH_VERBS = {
    "switch",
    "switched",
    "open",
    "opened",
    "go",
    "gone",
    "went",
    "navigate",
    "navigated",
    "visit",
    "visited",
    "bring",
    "brought",
    "pull",
    "pulled",
    "move",
    "moved",
    "jump",
    "jumped",
    "change",
    "changed",
    "get",
    "got",
    "flip",
    "flipped",
}


# Words that name a kind of content the UI graph recognises: "which window showed the
# calendar" is answered by the window holding calendar events, whatever their words.
# A chat log is a conversation's messages that no mail client shows ("the chat log").
CHAT, CHAT_LOG = "chat_message", "chat_log"
MAIL_SOURCES = ("mail", "mail_index")
KIND_WORDS = {
    "calendar": "calendar_event",
    "agenda": "calendar_event",
    "appointments": "calendar_event",
    "chat": CHAT_LOG,
    "conversation": CHAT_LOG,
    "message": "chat_message",
    "messages": "chat_message",
    "mail": "chat_message",
    "email": "chat_message",
    "inbox": "chat_message",
    "form": "form_field",
    "browser": "url_bar",
    "terminal": "console_line",
    "console": "console_line",
}
# Kinds of thing that help rank but need not be on screen ("the Grafana dashboard").
SOFT_WORDS = {"dashboard", "page", "document", "file", "log", "output", "listing", "window"}
