"""A log named by what kind it is ("the terminal with the server log"): its lines have a
shape of their own, whatever words the question uses. A web server's access log is lines
of requests ("GET /contacts HTTP/1.1" 200), which never say "server" or "log"."""

from __future__ import annotations

import re

# "the server log", "access logs", "the http log", "the web server's log"
_SERVER_LOG = re.compile(
    r"\b(?:(?:web )?server(?:['’]s)?|access|request|http|web) (?:logs?|output)\b"
)
SERVER_LOG_WORDS = {"server", "access", "request", "http", "web"}
# a quoted method and path: a terminal wraps the rest ("HTTP/1.1" 200) onto the next line
_REQUEST_LINE = re.compile(r"\"(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) /\S*")


def server_log_named(question: str, words: list[str], text: str) -> bool:
    """Whether the words left to match only say "a server log" and the text is one."""
    return (
        bool(words)
        and all(w in SERVER_LOG_WORDS for w in words)
        and bool(_SERVER_LOG.search(question))
        and bool(_REQUEST_LINE.search(text))
    )
