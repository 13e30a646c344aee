"""Scenario: mail and chat (mutt on an mbox thread; a chat log in less, dark theme)."""

from __future__ import annotations

import mailbox
import re
import time
from datetime import UTC, date, datetime
from email.utils import format_datetime, parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from autocapture.records import format_ts

from ..constants import HOLD
from ..recorder import Recorder


def _mbox(rec: Recorder, path: Path) -> None:
    c = rec.content.mail
    tz = ZoneInfo(rec.tz)
    today = datetime.now(tz).date()
    box = mailbox.mbox(str(path))
    ids = []
    from email.message import EmailMessage

    for i, (minute, name, addr, subject, reply, body) in enumerate(c.MAILS):
        when = datetime(today.year, today.month, today.day, minute // 60, minute % 60, tzinfo=tz)
        msg = EmailMessage()
        msg["From"] = f"{name} <{addr}>"
        msg["To"] = c.OWNER
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<m{i}.{today:%Y%m%d}@{c.MESSAGE_ID_DOMAIN}>"
        ids.append(msg["Message-ID"])
        if reply is not None:
            msg["In-Reply-To"] = ids[reply]
            msg["References"] = ids[reply]
        msg.set_content(body)
        m = mailbox.mboxMessage(msg)
        m.set_from(addr, when.astimezone(UTC).timetuple())
        box.add(m)
    box.flush()
    box.close()


def _read_mbox(path: Path, tz: str) -> list[dict[str, Any]]:
    out = []
    for m in mailbox.mbox(str(path)):
        name, addr = parseaddr(m["From"])
        when = parsedate_to_datetime(m["Date"]).astimezone(ZoneInfo(tz))
        body = m.get_payload(decode=True).decode("utf-8")
        out.append(
            {
                "from": name,
                "email": addr,
                "subject": m["Subject"],
                "date_local": when.strftime("%Y-%m-%d %H:%M"),
                "message_id": m["Message-ID"],
                "in_reply_to": m["In-Reply-To"],
                "body": body.strip(),
            }
        )
    return out


def _write_home(rec: Recorder) -> tuple[Path, Path, Path, date]:
    """The mbox, .muttrc and chat log in the home: (mail dir, log dir, log file, today)."""
    c = rec.content.mail
    maildir = rec.home / "Mail"
    maildir.mkdir(parents=True)
    _mbox(rec, maildir / "inbox")
    (rec.home / ".muttrc").write_text(c.MUTTRC)
    logs = rec.home / c.CHAT_DIR
    logs.mkdir()
    today = datetime.now(ZoneInfo(rec.tz)).date()
    chat_text = f"--- Log opened {today:%a %b %d} {c.CHAT_OPENED} {today:%Y}\n" + "".join(
        f"{t} <{who}> {body}\n" for t, who, body in c.CHAT
    )
    chat_file = logs / c.CHAT_FILE
    chat_file.write_text(chat_text)
    if len(chat_text.splitlines()) > c.CHAT_ROWS - 1:  # less keeps its last row for its prompt
        raise RuntimeError(f"the chat log does not fit in {c.CHAT_ROWS} rows of less")
    return maildir, logs, chat_file, today


def _chat_messages(chat_file: Path) -> list[dict[str, str]]:
    """The chat log parsed back: time, sender and body per message."""
    messages = []
    pat = re.compile(r"(\d\d:\d\d) <([^>]+)> (.*)")
    for line in chat_file.read_text().splitlines():
        m = pat.fullmatch(line)
        if m:
            messages.append({"time": m.group(1), "sender": m.group(2), "body": m.group(3)})
    return messages


def _read(rec: Recorder, mutt: str, reads: list[tuple[list[str], int, str, float]]) -> None:
    """Open mails in mutt by key presses and snap each (see the content's READS_*)."""
    for presses, index, label, dwell in reads:
        for press in presses:
            if press.startswith("/"):
                rec.keys(mutt, "slash", settle=0.5)
                rec.desk.type_text(mutt, press[1:], delay_ms=12)  # and Return
                time.sleep(0.5)
            else:
                rec.keys(mutt, *press.split(), settle=0.8)
        rec.snap(label, dwell=dwell, shows=["mail_index", f"mail:{index}"])


def scenario_mail(rec: Recorder) -> None:
    maildir, logs, chat_file, today = _write_home(rec)

    c = rec.content.mail
    mutt = f"mutt: {rec.user}@{rec.host} ~/Mail/inbox"
    chat = rec.prompt_title(f"~/{c.CHAT_DIR}")
    columns, at, theme, font_size = c.CHAT_TERMINAL
    rec.terminal(chat, logs, f"{columns}x{c.CHAT_ROWS}{at}", theme=theme, font_size=font_size)
    geometry, theme, font_size = c.MUTT_TERMINAL
    rec.terminal(mutt, rec.home, geometry, theme=theme, font_size=font_size)
    rec.desk.focus(mutt)
    rec.desk.type_text(mutt, "mutt", delay_ms=12)
    rec.commands.append(
        {"window": mutt, "command": "mutt", "typed_utc": format_ts(datetime.now(UTC))}
    )
    time.sleep(1.5)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("mutt index", dwell=25, shows=["mail_index"])
    _read(rec, mutt, c.READS_BEFORE_CHAT)
    rec.desk.focus(chat)
    rec.desk.type_text(chat, f"less {c.CHAT_FILE}", delay_ms=12)
    rec.commands.append(
        {
            "window": chat,
            "command": f"less {c.CHAT_FILE}",
            "typed_utc": format_ts(datetime.now(UTC)),
        }
    )
    time.sleep(1.0)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("chat log", dwell=HOLD, shows=["chat"])
    rec.desk.focus(mutt)
    _read(rec, mutt, c.READS_AFTER_CHAT)
    rec.keys(mutt, "i", settle=0.5)
    rec.desk.focus(chat)
    rec.snap("chat again", dwell=0, shows=["chat"])
    messages = _chat_messages(chat_file)
    rec.truth["mail"] = {
        "program": "mutt",
        "window": mutt,
        "mbox": "~/Mail/inbox",
        "messages": _read_mbox(maildir / "inbox", rec.tz),
    }
    rec.truth["chat"] = {
        "program": "less",
        "window": chat,
        "channel": c.CHAT_CHANNEL,
        "log_file": f"~/{c.CHAT_DIR}/{c.CHAT_FILE}",
        "window_rows": c.CHAT_ROWS,
        "date": today.isoformat(),
        "messages": messages,
    }
    rec.write_truth(
        "mail.messages parsed back from the mbox (times local); chat.messages parsed back from "
        "the log file shown in less. mutt's index is sorted by thread."
    )
