"""Small text helpers shared by retrieval and answering: tokens, light stemming, typed values."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_POSSESSIVE = re.compile(r"['’]s$")
_PARTS = re.compile(r"[._\-/@:#]+")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'._\-/@:#]*[A-Za-z0-9]|[A-Za-z0-9]")
# A file's name as a question gives it: a name and a short extension ("berth.c", "app.py").
_FILE_NAME = re.compile(r"[a-z][\w-]*\.[a-z][a-z0-9]{0,4}")


def tokens(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", t.lower().strip(".:")) for t in _TOKEN.findall(text)]


def raw_tokens(text: str) -> list[str]:
    """Tokens with their case kept, so compound boundaries (AssertionError) stay visible."""
    return [t.strip(".:") for t in _TOKEN.findall(text)]


def compound_match(key: str, raw: str) -> bool:
    """KEY is a part of a compound token: after a separator or at a CamelCase boundary.

    'error' is in 'AssertionError' and 'refund' in 'test_refund_rounding', but 'total' is
    not in 'Subtotal' or 'SUBTOTAL', which are different words.
    """
    if len(key) < 3:
        return False
    low = raw.lower()
    # A file's name ("berth.c") is a whole name: never the end of a longer one
    # ("test_berth.c"), only after a path's separator.
    whole_name = bool(_FILE_NAME.fullmatch(key))
    start = low.find(key)
    while start >= 0:
        end = start + len(key)
        before_ok = (
            start == 0
            or (not raw[start - 1].isalnum() and not (whole_name and raw[start - 1] in "_-"))
            or (raw[start].isupper() and raw[start - 1].islower() and not whole_name)
        )
        after_ok = (
            end == len(raw)
            or not raw[end].isalnum()
            or (raw[end].isupper() and raw[end - 1].islower())
            or raw[end:].isdigit()
        )
        if before_ok and after_ok and (start > 0 or end < len(raw)):
            return True
        start = low.find(key, start + 1)
    return False


# Irregular past forms of common verbs: "where should it be *left*" asks about "Leave at ...".
_IRREGULAR = {
    "failure": "fail", "failures": "fail",
    "left": "leave", "sent": "send", "gave": "give", "given": "give", "wrote": "write",
    "written": "write", "bought": "buy", "paid": "pay", "made": "make", "said": "say",
    "told": "tell", "took": "take", "taken": "take", "began": "begin", "begun": "begin",
    "ran": "run", "went": "go", "gone": "go", "came": "come", "found": "find",
    "held": "hold", "kept": "keep", "brought": "bring", "sold": "sell", "spent": "spend",
    "built": "build", "chose": "choose", "chosen": "choose", "broke": "break",
    "broken": "break", "forgot": "forget", "forgotten": "forget", "shut": "shut",
    "understood": "understand", "meant": "mean", "lost": "lose", "won": "win",
    "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "ate": "eat",
    "eaten": "eat", "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw",
}  # fmt: skip
# Everyday abbreviations stand for their full word: "the admin account" is "an administrator
# account", "config" the "configuration".
_ABBREVIATIONS = {
    "admin": "administrator", "admins": "administrator", "config": "configuration",
    "configs": "configuration", "info": "information", "repo": "repository",
    "repos": "repository", "docs": "documentation", "auth": "authentication",
    "env": "environment", "prod": "production", "msg": "message", "msgs": "message",
    "pkg": "package", "dept": "department", "qty": "quantity", "amt": "amount",
    "tel": "telephone", "addr": "address", "approx": "approximately", "min": "minute",
    "mins": "minute", "sec": "second", "secs": "second", "hr": "hour", "hrs": "hour",
    "tarball": "tar", "tarballs": "tar",  # a tarball is a .tar(.gz) file
    "appt": "appointment", "appts": "appointment", "mtg": "meeting", "mtgs": "meeting",
    "parcel": "shipment", "parcels": "shipment",  # a parcel is what a shipping form sends
}  # fmt: skip


# INV-2211, ord-2026-11873: a reference made of letters and digits names one thing.
REFERENCE = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z\d]+(?:[-/#.][a-z\d]+)+$", re.I)

# A shell prompt ("jonas@buildbox:~/crm$ ls", "user@host: ~/src") in a title or a line.
SHELL_PROMPT = re.compile(r"^\s*[\w.-]+@[\w.-]+:\s*[~/][^\s]*(?:[$#]|\s*$)")


def full_word(word: str) -> str:
    """The word an everyday abbreviation stands for ("appt" -> "appointment"), else the word."""
    return _ABBREVIATIONS.get(word.lower(), word)


def part_match(key: str, raw: str) -> bool:
    """KEY, inflected or not, is one part of a compound token ("contacts" in "contacts.csv",
    "tar" for a tarball in "tidepool-2.6.0.tar.gz")."""
    if len(key) < 3 or not _PARTS.search(raw):
        return False
    k = stem(key)
    return any(len(p) >= 3 and stem(p) == k for p in _PARTS.split(raw.lower()))


def stem(word: str) -> str:
    """A deliberately light stemmer: enough to join 'failed/fails/failing' and 'totals', a
    noun in -ment with its verb ('shipment/shipping', 'attachments/attached'), a silent e
    ('leave/leaving', 'refuse/refusing') and common irregular pasts ('left/leave')."""
    w = word.lower()
    w = _IRREGULAR.get(w, w)
    w = _ABBREVIATIONS.get(w, w)
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            # tagged -> tag, committed -> commit (but added -> add, called -> call)
            if suffix in ("ing", "ed") and len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsfz":
                w = w[:-1]
            break
    # A -ment noun keeps a stem of four letters at least (comment, payment stay whole).
    if w.endswith("ment") and len(w) >= 8:
        w = w[:-4]
    if len(w) >= 4 and w.endswith("e") and w[-2] not in "aeiou":
        w = w[:-1]  # leave -> leav, as leaving and leaves become
    if len(w) >= 3 and w.endswith("y") and w[-2] not in "aeiouy":
        w = w[:-1] + "i"  # retry -> retri, as retried and retries become
    return w


_CLOCK_TOKEN = re.compile(r"^\d{1,2}:\d{2}$")


def token_match(key: str, tok: str) -> bool:
    """Exact, same stem, or (for longer words) a close OCR-noise match."""
    if key == tok or stem(key) == stem(tok):
        return True
    if ":" in key and _CLOCK_TOKEN.match(key) and _CLOCK_TOKEN.match(tok):
        return key.lstrip("0") == tok.lstrip("0")  # "7:40" is "07:40"
    if "-" in key or "-" in tok:  # "to-do" and "TODO", "e-mail" and "email"
        k, t = key.replace("-", ""), tok.replace("-", "")
        if k == t or stem(k) == stem(t):
            return True
    if len(key) >= 5 and len(tok) >= 4 and not key.isdigit():
        return fuzz.ratio(key, tok) >= 85
    return False


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


# Quote glyphs OCR cannot tell apart: an inch mark printed as '' or ″ reads as ".
_QUOTES = [(re.compile(r"''|[″“”„]"), '"'), (re.compile(r"[’‘′`]"), "'")]


def _fold_quotes(text: str) -> str:
    for pattern, repl in _QUOTES:
        text = pattern.sub(repl, text)
    return text


def contains_value(haystack: str, value: str) -> bool:
    """Whether stored text supports a value: same characters once case, spacing and quote
    glyphs are folded."""
    h, v = _fold_quotes(normalise(haystack)), _fold_quotes(normalise(value))
    if not v:
        return False
    if v in h:
        return True
    squash = re.compile(r"\s+")
    return squash.sub("", v) in squash.sub("", h)


@dataclass(frozen=True)
class ValueType:
    name: str
    pattern: re.Pattern[str]


# ISO 4217 codes of widely used currencies
_CODES = (
    r"(?:USD|EUR|GBP|SGD|MYR|NPR|INR|AUD|NZD|CAD|CHF|JPY|CNY|HKD|SEK|NOK|DKK|ZAR|AED|THB"
    r"|KRW|PKR|LKR|BDT|BRL|MXN|IDR|KES|UGX|TZS|NGN|GHS|EGP|ETB|RWF|PLN|CZK|HUF|ILS|SAR|RUB|VND)"
)
_WHOLE = r"(?:\d{1,3}(?:,\d{3})+|\d+)"  # "4,300" or "4300"
_MONEY = re.compile(
    # not inside a version or an address: "2.30" in "Release 2.30.0", "1.2.30"
    r"(?:[$€£¥]|\b(?:RM|USD|EUR|GBP|SGD|MYR)\b)?\s?-?(?<![\d.])\d{1,3}(?:[,\s]\d{3})*[.,]\d{2}\b"
    r"(?![.,]\d)"
    r"|(?:[$€£¥])\s?-?\d+(?:[.,]\d{2})?\b"
    # a whole amount with its currency code before or after ("USD 4,300", "12,500 INR"); the
    # code only in capitals, so a command ("rm 5") or a word is never read as one
    rf"|(?-i:\b{_CODES})\s?-?(?<![\d.]){_WHOLE}(?:\.\d{{2}})?\b(?![.,]\d)"
    rf"|(?<![\d.,]){_WHOLE}(?:\.\d{{2}})?\s?(?-i:{_CODES}\b)",
    re.IGNORECASE,
)
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
    # "Monday 30 November", "30 Nov 2026" (never "24 Nov 10" of "24 Nov 10:20")
    rf"|\b(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON},?(?:\s+\d{{4}}\b|\s+\d{{2}}\b(?![:.]\d))?"
    rf"|\b(?:{_WEEKDAY},?\s+)?{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    # "which day is the mediation": "Monday 10:00"
    rf"|\b{_WEEKDAY}\b",
    re.IGNORECASE,
)
# A clock reading: "14:05", "2:30 PM", or an hour with am/pm ("10pm", "10.30pm", "6 a.m.")
_CLOCK = (
    r"(?<![.\d])\d{1,2}"
    r"(?::\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|(?:[.:]\d{2})?\s?(?:[ap]m\b|[ap]\.m\.))"
)
_TIME = re.compile(
    # a range is one value: "10:00 - 11:00", "from 1pm to 10pm" (its end answers "until when")
    rf"\b{_CLOCK}(?:\s*(?:[-–]|\bto\b)\s*{_CLOCK})?"
    r"|\b(?:at|by|until|till|from|before|after) (?:noon|midday|midnight)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s]+|\b[a-z0-9.-]+\.[a-z]{2,}/[^\s]*", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# International or grouped national numbers, not ids like INV-2026-0042 (no letter or dash
# before, at least two separators or a leading + / parenthesised area code).
_PHONE = re.compile(
    r"\(\d{2,3}\)\s?\d{4,5}-\d{4}\b"  # (11) 95555-0171
    r"|(?<![\w-])(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?|\(\d{2,4}\))[\s.-]?\d{2,4}[\s.-]?\d{3,4}\b"
    r"|(?<![\w-])\d{3}[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|(?<![\w-])0\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b"  # national: 0412 555 019
    r"|(?<![\w-])\+\d{1,3}(?:[\s.-]\d{2,4}){3,6}\b"  # +45 33 55 01 20: pairs of digits
    r"|(?<![\w.,:/-])(?<!\d )\d{3} \d{3} \d{3}(?![\w.,:/-]| \d)"  # in threes: 910 555 147
    r"|\b(?:ext|extn|x)\.?\s?\d{2,6}\b"  # an extension is dialled too: "ext 2222"
)
_NUMBER = re.compile(r"(?<!:)\b[A-Z]{0,6}[-#]?\d[\w\-/.]*\b(?!:\d)", re.IGNORECASE)  # never a clock
_OCTET = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)"
_IP = re.compile(rf"(?<![\d.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\d.]*\d)")
# A length of time: "30 days", "an hour", "2.5 hrs", "90s".
_DURATION = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"[\s-]?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b"
    r"|\b\d+(?:ms|s|m|h|d|w)\b",
    re.IGNORECASE,
)

VALUE_TYPES = {
    "money": ValueType("money", _MONEY),
    "date": ValueType("date", _DATE),
    "time": ValueType("time", _TIME),
    "url": ValueType("url", _URL),
    "email": ValueType("email", _EMAIL),
    "phone": ValueType("phone", _PHONE),
    "ip": ValueType("ip", _IP),
    "number": ValueType("number", _NUMBER),
    "duration": ValueType("duration", _DURATION),
}


# Text a question quotes: a console name in any quotes ('TODO', `ls`); a name that may hold an
# apostrophe ("O'Hara's notes") only in double quotes.
QUOTED = re.compile(r"['\"‘“`]([^'\"’”`]{2,})['\"’”`]")
DOUBLE_QUOTED = re.compile(r'"([^"]{2,80})"|[“]([^”]{2,80})[”]')
# A chat line's own time and sender: "10:13 <ngaire>", "[09:35] callum:"
CHAT_STAMP = re.compile(r"^\s*\[?\d{1,2}[:.]\d\d(?::\d\d)?\]?\s*(?:<[^>]{1,40}>|[\w.-]{1,40}:)?")
# 'Rehears' between single quotes, never an apostrophe inside a word ("Paula's", "it's")
SINGLE_QUOTED = re.compile(r"(?<![\w'])['‘]([^'’\n]{2,60}?)['’](?![\w'])")


_QTY = re.compile(
    r"^(\d+(?:[.,]\d+)?)(?:mcg|mg|g|kg|ml|l|km|cm|mm|m|ms|s|h|min|gb|mb|kb|tb|mah|w|v)$"
)


# Glyphs OCR confuses with one another, folded to one: l/1/I/| to i, 0 to o.
_LOOKALIKE = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "0": "o"})
MIN_FOLDED = 4
# A capital read as the digit it looks like, the rest of the word in lower case: "0tieno".
_DIGIT_CAPITAL = re.compile(r"[01][a-z]{3,}$")
MIN_ABBREV = 5  # letters a word cut short must keep to stand for a longer one


_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_NUMBER = (
    {n: i for i, n in enumerate(_MONTH_NAMES)}
    | {n[:3]: i for i, n in enumerate(_MONTH_NAMES)}
    | {"sept": 8}
)
_MONTH_SPAN = re.compile(r"^([a-z]{3,9})[-–—]([a-z]{3,9})$")


def _month_covers(token: str, month: int) -> bool:
    """A token naming the month (its name or short name), or a span of months holding it
    ("dec-aug" runs through the new year)."""
    if _MONTH_NUMBER.get(token) == month:
        return True
    m = _MONTH_SPAN.match(token)
    if m is None:
        return False
    a, b = _MONTH_NUMBER.get(m.group(1)), _MONTH_NUMBER.get(m.group(2))
    if a is None or b is None:
        return False
    return a <= month <= b if a <= b else month >= a or month <= b


_HOUR_ONLY = re.compile(r"^0?(\d{1,2})(?::00)?$")


class Bag:
    """The tokens of some text, indexed so that 'is this word here?' is mostly a set lookup.

    Same rules as matching token by token (exact, same stem, compound part, close OCR-noise
    match), but the fuzzy comparison runs in rapidfuzz's C loop, once per bag.
    """

    __slots__ = ("_folded", "_long", "_sorted", "_stems", "lower", "raw")

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self.lower = {t.lower() for t in raw}
        # "1g", "500mg": the number is there as well ("the 1 g vials")
        self.lower |= {m.group(1) for t in self.lower if t[:1].isdigit() and (m := _QTY.match(t))}
        # "07:40" is the "7:40" a question says
        self.lower |= {t[1:] for t in self.lower if len(t) == 5 and t[0] == "0" and t[2] == ":"}
        # "10 a.m." / "10:00 AM" is the "10am" a question says
        self.lower |= {
            m.group(1) + b.lower().replace(".", "")
            for a, b in itertools.pairwise(raw)
            if (m := _HOUR_ONLY.match(a)) and b.lower().replace(".", "") in ("am", "pm")
        }
        self._stems: set[str] | None = None  # built on first need: most lookups hit exactly
        self._long: list[str] | None = None
        self._folded: set[str] | None = None
        self._sorted: list[str] | None = None

    @property
    def stems(self) -> set[str]:
        if self._stems is None:
            # The parts of a compound token count too: "contacts.csv" holds "contacts".
            parts = {p for t in self.lower for p in _PARTS.split(t) if len(p) >= 3 and p != t}
            self._stems = {stem(t) for t in self.lower | parts}
        return self._stems

    @property
    def long(self) -> list[str]:
        if self._long is None:
            self._long = [t for t in self.lower if len(t) >= 4]
        return self._long

    @classmethod
    def of(cls, text: str) -> Bag:
        return cls(raw_tokens(text))

    @classmethod
    def merge(cls, bags: list[Bag]) -> Bag:
        return cls([t for b in bags for t in b.raw])

    def _cut_short(self, key: str) -> bool:
        """KEY is the start of a longer word of the bag (three letters more at least); a
        binary search in the sorted words, not a scan (bags are asked this on every miss)."""
        if self._sorted is None:
            self._sorted = sorted(self.long)
        i = bisect.bisect_left(self._sorted, key)
        while i < len(self._sorted) and self._sorted[i].startswith(key):
            if len(self._sorted[i]) >= len(key) + 3:
                return True
            i += 1
        return False

    def has(self, key: str) -> bool:
        if key in self.lower or stem(key) in self.stems:
            return True
        if (month := _MONTH_NUMBER.get(key)) is not None and any(
            _month_covers(t, month) for t in self.lower
        ):
            return True  # "december" is a table's "Dec", or its season "Dec-Aug"
        if len(key) >= 3 and any(compound_match(key, r) for r in self.raw if key in r.lower()):
            return True
        if len(key) >= 5 and not key.isdigit() and self.long:
            best = process.extractOne(key, self.long, scorer=fuzz.ratio, score_cutoff=85)
            if best is not None:
                return True
        if len(key) >= MIN_ABBREV and key.isalpha() and self._cut_short(key):
            return True  # "recert" for "recertification", "admin" for "administration"
        if len(key) >= 3 and key.isalpha():
            # OCR reads the name "Paula" as "Pauia": one letter is too many for the fuzzy
            # match of a short word, none once look-alike glyphs are folded. Names only
            # (capitalised): "fail" and "fall" are two words. An acronym read with a digit
            # ("A0G" for AOG) is folded too, and so is a name whose capital was read as its
            # look-alike digit ("0tieno" for Otieno).
            if self._folded is None:
                self._folded = {
                    t.lower().translate(_LOOKALIKE)
                    for t in self.raw
                    if (len(t) >= MIN_FOLDED and (t[:1].isupper() or _DIGIT_CAPITAL.match(t)))
                    or (t.isupper() and t.isalnum() and not t.isalpha() and len(t) >= 3)
                }
            return key.translate(_LOOKALIKE) in self._folded
        return False


def spell_out(words: list[str], texts: list[str]) -> list[str]:
    """WORDS with an acronym no text holds ("foh") replaced by the words of a text whose
    initials spell it ("front of house"), when one does."""
    out: list[str] = []
    for w in words:
        out += _spelled_out(w, texts) or [w]
    return out


def _spelled_out(word: str, texts: list[str]) -> list[str] | None:
    if not 2 < len(word) <= 5 or not word.isalpha():
        return None
    seen = [[t.lower() for t in re.findall(r"[A-Za-z]+", x)] for x in texts]
    if any(word in toks for toks in seen):
        return None
    for toks in seen:
        for i in range(len(toks) - len(word) + 1):
            run = toks[i : i + len(word)]
            if "".join(t[0] for t in run) == word and len(run[0]) > 1 and len(run[-1]) > 1:
                return run
    return None
