"""The mail scenario's chat and mail messages that a recorded frame shows, and replies."""

from __future__ import annotations

import re
from typing import Any

from ..truth import Truth


class Conversation:
    """Chat lines and mails from one truth; every look-up checks a frame shows the message."""

    def __init__(self, mail: Truth) -> None:
        self.mail = mail
        self.chat: list[dict[str, str]] = mail["chat"]["messages"]
        self.mails: list[dict[str, Any]] = mail["mail"]["messages"]

    def chat_shown(self, m: dict[str, str]) -> dict[str, str]:
        """A chat message a frame shows: the log is on screen and its line fits in less."""
        mail, chat = self.mail, self.chat
        rows = mail["chat"].get("window_rows", 16) - 1
        if not any("chat" in f["shows"] for f in mail.frames) or chat.index(m) + 1 >= rows:
            raise KeyError(f"no recorded frame shows the chat line {m['body']!r}")
        return m

    def mail_shown(self, m: dict[str, Any]) -> dict[str, Any]:
        """A mail whose body some recorded frame shows opened (not only its index row)."""
        key = f"mail:{self.mails.index(m)}"
        if not any(key in f["shows"] for f in self.mail.frames):
            raise KeyError(f"no recorded frame opens the mail {m['subject']!r} ({key})")
        return m

    def said(self, who: str, word: str) -> dict[str, str]:
        return self.chat_shown(
            next(m for m in self.chat if m["sender"] == who and word in m["body"])
        )

    def mailed(self, who: str, word: str) -> dict[str, Any]:
        return self.mail_shown(
            next(m for m in self.mails if m["from"].startswith(who) and word in m["body"])
        )

    def listed(self, who: str) -> dict[str, Any]:
        """A mail from ``who`` that the index lists in a recorded frame (opened or not)."""
        if not any("mail_index" in f["shows"] for f in self.mail.frames):
            raise KeyError("no recorded frame shows the mail index")
        return next(m for m in self.mails if m["from"].startswith(who))

    def opened(self, m: dict[str, Any]) -> dict[str, Any]:
        """The first recorded frame that shows the mail ``m`` opened."""
        return self.mail.frame(f"mail:{self.mails.index(m)}")

    def opened_mails(self) -> list[dict[str, Any]]:
        """The mails some recorded frame shows opened, the last opened first."""
        out: list[dict[str, Any]] = []
        for f in self.mail.frames[::-1]:
            for key in f["shows"]:
                m = self.mails[int(key.split(":")[1])] if key.startswith("mail:") else None
                if m is not None and m not in out:
                    out.append(m)
        return out

    def answers(self, m: dict[str, str]) -> dict[str, str]:
        """The chat message ``m`` replies to, by the log's own conventions: the last line
        of the nick it addresses ("omar: ..."), else the last line put to its sender by
        name ("priya, is ...?") since that sender last spoke."""
        chat = self.chat
        k = chat.index(m)
        nick = re.match(r"(\w+): ", m["body"])
        for p in chat[:k][::-1]:
            if nick and p["sender"] == nick.group(1):
                return self.chat_shown(p)
            if not nick and p["sender"] == m["sender"]:
                break
            if not nick and re.match(rf"{m['sender']}[,:] ", p["body"]):
                return self.chat_shown(p)
        raise KeyError(f"the log shows no message that {m['body']!r} answers")

    def quoted_reply(self, m: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """A mail's own words (quoted lines left out) and the shown mail it replies to."""
        own = "\n".join(ln for ln in m["body"].splitlines() if not ln.startswith(">"))
        parent = next(p for p in self.mails if p["message_id"] == m["in_reply_to"])
        return own, self.mail_shown(parent)


def context_only(topic: str, own: str, carrier: str) -> str:
    """``topic`` is what the question asks about: in the message replied to, not in
    the reply's own words (else the question would not test conversation context)."""
    if topic.lower() in own.lower() or topic.lower() not in carrier.lower():
        raise KeyError(f"{topic!r} is not carried only by context")
    return topic
