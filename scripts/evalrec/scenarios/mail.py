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

from ..constants import HOLD, HOST, USER
from ..content.mail import CHAT, CHAT_CHANNEL, CHAT_ROWS, MAILS
from ..recorder import Recorder


def _mbox(rec: Recorder, path: Path) -> None:
    tz = ZoneInfo(rec.tz)
    today = datetime.now(tz).date()
    box = mailbox.mbox(str(path))
    ids = []
    from email.message import EmailMessage

    for i, (minute, name, addr, subject, reply, body) in enumerate(MAILS):
        when = datetime(today.year, today.month, today.day, minute // 60, minute % 60, tzinfo=tz)
        msg = EmailMessage()
        msg["From"] = f"{name} <{addr}>"
        msg["To"] = "Jonas Berg <jonas.berg@ledgerly.example>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<m{i}.{today:%Y%m%d}@ledgerly.example>"
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
    maildir = rec.home / "Mail"
    maildir.mkdir(parents=True)
    _mbox(rec, maildir / "inbox")
    (rec.home / ".muttrc").write_text(
        "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
        'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %d %b %H:%M"\n'
        'set index_format="%4C %Z %D  %-20.20F  %s"\nset pager_index_lines=7\n'
        "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
        "ignore *\nunignore From: To: Date: Subject:\nhdr_order From: To: Date: Subject:\n"
    )
    logs = rec.home / "irclogs"
    logs.mkdir()
    today = datetime.now(ZoneInfo(rec.tz)).date()
    chat_text = f"--- Log opened {today:%a %b %d} 10:30:00 {today:%Y}\n" + "".join(
        f"{t} <{who}> {body}\n" for t, who, body in CHAT
    )
    chat_file = logs / "payments-dev.log"
    chat_file.write_text(chat_text)
    if len(chat_text.splitlines()) > CHAT_ROWS - 1:  # less keeps its last row for its prompt
        raise RuntimeError(f"the chat log does not fit in {CHAT_ROWS} rows of less")
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


def scenario_mail(rec: Recorder) -> None:
    maildir, logs, chat_file, today = _write_home(rec)

    mutt = f"mutt: {USER}@{HOST} ~/Mail/inbox"
    chat = f"{USER}@{HOST}: ~/irclogs"
    rec.terminal(chat, logs, f"84x{CHAT_ROWS}+470+420", theme="dark", font_size=10)
    rec.terminal(mutt, rec.home, "104x34+0+0", theme="light", font_size=9)
    rec.desk.focus(mutt)
    rec.desk.type_text(mutt, "mutt", delay_ms=12)
    rec.commands.append(
        {"window": mutt, "command": "mutt", "typed_utc": format_ts(datetime.now(UTC))}
    )
    time.sleep(1.5)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("mutt index", dwell=25, shows=["mail_index"])
    rec.keys(mutt, "Return", settle=0.8)  # the first thread's first message
    rec.snap("reading Dana's mail", dwell=HOLD, shows=["mail_index", "mail:0"])
    rec.keys(mutt, "j", settle=0.8)  # the next message in the thread: Kenji's reply
    rec.snap("reading Kenji's reply", dwell=20, shows=["mail_index", "mail:1"])
    rec.desk.focus(chat)
    rec.desk.type_text(chat, "less payments-dev.log", delay_ms=12)
    rec.commands.append(
        {
            "window": chat,
            "command": "less payments-dev.log",
            "typed_utc": format_ts(datetime.now(UTC)),
        }
    )
    time.sleep(1.0)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("chat log", dwell=HOLD, shows=["chat"])
    rec.desk.focus(mutt)
    rec.keys(mutt, "i", settle=0.5)
    rec.keys(mutt, "5", "Return", settle=0.5)  # jump to the 5th line of the threaded index
    rec.keys(mutt, "Return", settle=0.8)
    rec.snap("reading Priya's correction", dwell=20, shows=["mail_index", "mail:5"])
    rec.keys(mutt, "i", settle=0.5)
    rec.keys(mutt, "slash", settle=0.5)  # search the index for Ibrahim's thread
    rec.desk.type_text(mutt, "~f ibrahim.sayed", delay_ms=12)  # and Return
    time.sleep(0.5)
    rec.keys(mutt, "Return", settle=0.8)
    rec.snap("reading Ibrahim's question", dwell=15, shows=["mail_index", "mail:6"])
    rec.keys(mutt, "j", settle=0.8)  # and the reply under it
    rec.snap("reading Lena's reply", dwell=20, shows=["mail_index", "mail:7"])
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
        "channel": CHAT_CHANNEL,
        "log_file": "~/irclogs/payments-dev.log",
        "window_rows": CHAT_ROWS,
        "date": today.isoformat(),
        "messages": messages,
    }
    rec.write_truth(
        "mail.messages parsed back from the mbox (times local); chat.messages parsed back from "
        "the log file shown in less. mutt's index is sorted by thread."
    )
