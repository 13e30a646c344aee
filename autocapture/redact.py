"""Redaction: secrets never reach metrics, ledgers or history in clear.

Applied to every string of a record just before it is written. What counts as secret is
configurable ([redaction] keys and patterns); the defaults cover the usual credentials.
"""

from __future__ import annotations

import re
from typing import Any

DEFAULT_KEYS = (
    "api_key",
    "apikey",
    "api-key",
    "auth_token",
    "access_token",
    "refresh_token",
    "session_cookie",
    "sessionid",
    "password",
    "passwd",
    "secret",
    "client_secret",
)
DEFAULT_PATTERNS = (
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)",
    r"(?i)\b(?:authorization\s*[:=]\s*)?bearer\s+[A-Za-z0-9._~+/=-]{8,}",
    r"(?i)\bauthorization\s*[:=]\s*\S+(?:\s+\S+)?",
    r"\bsk-[A-Za-z0-9_-]{8,}",
    r"\b(?:ghp|gho|ghu|ghs|github_pat|xox[abpr])[-_][A-Za-z0-9_-]{8,}",
    r"\bAKIA[0-9A-Z]{16}\b",
)
EMAIL = re.compile(r"\b([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")
MASK = "[REDACTED]"


def _scoped(pattern: str) -> str:
    """'(?i)abc' -> '(?i:abc)', so patterns with leading flags can be joined into one."""
    m = re.match(r"\(\?([aiLmsux]+)\)", pattern)
    return f"(?{m.group(1)}:{pattern[m.end() :]})" if m else f"(?:{pattern})"


class Redactor:
    def __init__(
        self,
        keys: tuple[str, ...] | list[str] = DEFAULT_KEYS,
        patterns: tuple[str, ...] | list[str] = DEFAULT_PATTERNS,
    ) -> None:
        key_alt = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        # key=value, key: value, "key": "value", key value
        self._kv = (
            re.compile(rf"(?i)(\b(?:{key_alt})\b[\"']?\s*[:=]?\s*[\"']?)([^\s\"',;&]+)")
            if keys
            else None
        )
        self._patterns = [re.compile(p) for p in patterns]
        # One pass that says whether any rule could apply; most strings are clean.
        alts = [*patterns, EMAIL.pattern]
        if self._kv is not None:
            alts.append(self._kv.pattern)
        self._any = re.compile("|".join(_scoped(a) for a in alts))
        self._cache: dict[str, str] = {}

    def text(self, value: str) -> str:
        if len(value) < 6 or not self._any.search(value):
            return value
        cached = self._cache.get(value)
        if cached is not None:
            return cached
        out = self._apply(value)
        if len(self._cache) < 4096:
            self._cache[value] = out
        return out

    def _apply(self, value: str) -> str:
        out = value
        for p in self._patterns:
            out = p.sub(MASK, out)
        if self._kv is not None:
            out = self._kv.sub(lambda m: m.group(1) + MASK, out)
        return EMAIL.sub(lambda m: f"{MASK}@{m.group(2)}", out)

    def obj(self, value: Any) -> Any:
        """Redact every string inside dicts, lists and tuples (keys included)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.obj(k) if isinstance(k, str) else k: self.obj(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.obj(v) for v in value]
        return value
