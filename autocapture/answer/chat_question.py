"""Reading a chat or mail question: who spoke (the names after "did", "from", "X's reply"),
the verb a "who" question asks about, the act someone said they would do, and whether it
asks what was said, whether someone asked, or at what time.

These are the question's side of the chat answerer (answer/chat.py); what a message itself
does (asks, accepts, states a time) is in answer/chat_message_acts.py.
"""

from __future__ import annotations

import re

SPEECH = (
    "say|said|says|tell|told|write|wrote|writes|mention|mentioned|reply|replied|answer|answered"
    "|ask|asked|asks|think|thought|suggest|suggested|promise|promised|claim|claimed"
    "|send|sent|sends|email|emailed|mail|mailed|post|posted|want|wanted|need|needed|expect|expected"
    "|give|gave|given|share|shared"
)
# "did X finally say", "did X end up saying": how the saying came about, not who said it.
ASPECT = ("finally", "actually", "eventually", "ultimately", "really", "originally", "first")
SPEECH_ING = "saying|telling|writing|replying|answering|asking|mentioning|sending|suggesting"
# "what did X end up saying": the last word on it, a later message settling an earlier one.
FINAL = re.compile(
    r"\b(?:end(?:ed)?\s+up|w(?:i|ou)nd\s+up|finally|eventually|ultimately|in the end)\b"
)
SUBJECT = re.compile(
    rf"\b(?:did|does|do|has|had|will|would)\s+(?P<s>[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*)?)\s+"
    rf"(?:(?:{'|'.join(ASPECT)})\s+)?(?:(?:end|ended|wind|wound)\s+up\s+(?:{SPEECH_ING})"
    rf"|{SPEECH})\b"
)
TIME_WORDS = re.compile(
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|noon|midnight"
    r"|morning|afternoon|evening|eod|(jan|febr)uary|march|april|may|june|july|august"
    r"|(septem|octo|novem|decem)ber|next|last|this"
)
FROM = re.compile(r"\b(?:from|by)\s+(?P<s>[a-z][\w.'’-]*)")
# "Lalitha emailed me about ...": a sentence opened by who spoke.
LEAD = re.compile(rf"^\s*(?P<s>[a-z][\w.'’-]*)\s+(?:{SPEECH})\b")
# "Lena's reply", "Dana's email": the message's sender.
# "what's the insured value, ramon posted it": an aside after the question naming its source.
ASIDE = re.compile(
    rf",\s*(?P<s>[a-z][\w.'’-]*)\s+(?:{SPEECH})\s+(?:it|that|this|them)\b(?=[\s?.!]*(?:in|on|$))"
)
OWNER = re.compile(
    r"\b(?P<s>[a-z][\w.-]*)['’]s\s+(?:e-?mails?|mails?|messages?|repl(?:y|ies)|answers?|posts?"
    r"|notes?|dms?|comments?)\b"
)
WHO = re.compile(
    r"^\s*who(?:m)?\s+(?:is\s+|was\s+|are\s+|were\s+|will\s+|has\s+|had\s+|did\s+)?(?P<v>[a-z]+)"
)
MAIL_WORDS = {"email", "e-mail", "mail", "mails", "emails"}
PRONOUNS = {
    "i",
    "you",
    "we",
    "they",
    "he",
    "she",
    "someone",
    "anyone",
    "everyone",
    "people",
    "somebody",
    "anybody",
}
GENERIC = (
    set(SPEECH.split("|"))
    | MAIL_WORDS
    | {
        "message",
        "messages",
        "chat",
        "conversation",
        "channel",
        "who",
        "whom",
        "what",
        "when",
        "which",
        "would",
        "will",
    }
)
# "who said they'd take X", "who volunteered to review X": the act the person said they would
# do is the question's verb, not the saying (a reply "I'll take it" does it).
REPORTED_ACT = re.compile(
    r"\b(?:say|said|says|tell|told|promise|promised|offer|offered|agree|agreed|volunteer"
    r"|volunteered|sign(?:ed)? up|step(?:ped)? up)\s+(?:that\s+)?(?:(?:they|he|she|we|i)"
    r"(?:['’]d|['’]ll|\s+would|\s+will|\s+could|\s+can)?\s+|to\s+)"
    r"(?P<act>(?!(?:be|been|have|had|not|would|will|could|can|should|might|may|must)\b)[a-z]+)\b"
)
# "did Omar ask if / whether / about X": the message wanted is the speaker's question.
ASK_ACT = re.compile(
    r"\bask(?:s|ed|ing)?\s+(?:[a-z]+\s+)?(?:if|whether|about|for|when|why|how|what|who|where"
    r"|which)\b"
)
# "What did X say / write ...": what a message says, which a mail's index row never shows.
CONTENT_ASK = re.compile(
    r"^\s*what\b.*\b(?:say|said|says|tell|told|write|wrote|mention|mentioned|reply|replied"
    r"|answer|answered|ask|asked|suggest|suggested|think|thought|promise|promised|claim|claimed)\b"
)
# Particles the stop-word list drops that carry a reported state ("would be out", "is down").
PARTICLES = ("out", "down", "up", "over", "off", "away", "back")
COPULA = re.compile(
    rf"(?:\b(?:be|is|was|are|were|been|being|stay|stays|stayed)|'s|'re|'ll)\s+({'|'.join(PARTICLES)})\b"
)
CLOCK_ASK = re.compile(r"^\s*(?:at |by |until )?what time\b")


def _name_words(question: str) -> list[str]:
    q = question.lower()
    found = []
    for rx in (SUBJECT, FROM, OWNER, LEAD, ASIDE):
        for m in rx.finditer(q):
            if re.match(r"(the|a|an|my|our|your|their|his|her|this|that)\b", m.group("s")):
                continue  # "the customer", "my manager": a role, not a name on screen
            for w in re.findall(r"[a-z][\w.-]*", re.sub(r"['’]s\b", "", m.group("s"))):
                if (
                    w not in PRONOUNS
                    and w not in MAIL_WORDS
                    and w not in GENERIC
                    and w not in ASPECT
                    and not TIME_WORDS.fullmatch(w)  # "by Wednesday noon": when, not who
                ):
                    found.append(w)
    return list(dict.fromkeys(found))


def _pronoun_form(word: str) -> bool:
    """A pronoun with its auxiliary ("they'd", "he'll"), never what a message is about."""
    return re.split(r"['’]", word)[0] in PRONOUNS and word not in PRONOUNS
