"""Scenario: calendar (calcurse with appointments; agenda in a small-font terminal; notes)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from autocapture.records import format_ts

from ..constants import HOST, USER
from ..content.calendar import APPOINTMENTS, EVENTS, NOTES_FILE, TODOS, apts_line, parse_apts
from ..recorder import Recorder


def scenario_calendar(rec: Recorder) -> None:
    today = datetime.now(ZoneInfo(rec.tz)).date()
    data = rec.home / ".local" / "share" / "calcurse"
    conf = rec.home / ".config" / "calcurse"
    data.mkdir(parents=True, exist_ok=True)
    conf.mkdir(parents=True, exist_ok=True)
    apts = "\n".join(apts_line(today + timedelta(days=d), s, e, t) for d, s, e, t in APPOINTMENTS)
    (data / "apts").write_text(apts + "\n")
    events = "\n".join(
        f"{(today + timedelta(days=d)).strftime('%m/%d/%Y')} [1] {t}" for d, t in EVENTS
    )
    (data / "apts").write_text(apts + "\n" + events + "\n")
    (data / "todo").write_text("".join(f"[{p}] {t}\n" for p, t in TODOS))
    notes_dir = rec.home / "notes"
    notes_dir.mkdir()
    (notes_dir / "last-week.md").write_text(NOTES_FILE)

    cal = "calcurse"
    agenda = f"{USER}@{HOST}: ~"
    notes = f"{USER}@{HOST}: ~/notes"
    rec.terminal(notes, notes_dir, "70x14+560+470", theme="light", font_size=10)
    rec.terminal(agenda, rec.home, "64x30+700+20", theme="light", font_size=8)
    rec.terminal(cal, rec.home, "100x30+0+0", theme="dark", font_size=10)
    rec.desk.focus(cal)
    rec.desk.type_text(cal, "calcurse", delay_ms=12)
    rec.commands.append(
        {"window": cal, "command": "calcurse", "typed_utc": format_ts(datetime.now(UTC))}
    )
    time.sleep(2.0)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("calcurse today", dwell=30, shows=["calendar_day0"])
    rec.keys(cal, "ctrl+l", settle=0.8)
    rec.snap("calcurse next day", dwell=20, shows=["calendar_day1"])
    rec.type_command(agenda, "calcurse -Q --days 3", "calcurse -Q --days 3")
    rec.commands[-1]["key"] = "agenda"
    rec.snap("agenda for three days", dwell=40, shows=["agenda"])
    rec.type_command(notes, "cat last-week.md", "cat last-week.md")
    rec.commands[-1]["key"] = "notes"
    rec.snap("last week's notes", dwell=20, shows=["notes"])
    rec.keys(cal, "ctrl+h", settle=0.8)
    rec.snap("calcurse back to today", dwell=0, shows=["calendar_day0"])
    rec.truth["calendar"] = {
        "program": "calcurse",
        "window": cal,
        "today": today.isoformat(),
        "apts_file": "~/.local/share/calcurse/apts",
        "appointments": parse_apts((data / "apts").read_text()),
        "events": [
            {"date": (today + timedelta(days=d)).isoformat(), "title": t} for d, t in EVENTS
        ],
        "todos": [{"priority": p, "title": t} for p, t in TODOS],
        "distractor_notes": {
            "window": notes,
            "file": "~/notes/last-week.md",
            "lines": NOTES_FILE.splitlines(),
        },
    }
    rec.write_truth(
        "calendar.appointments parsed back from the calcurse apts file; times are local "
        "(the recording time zone). The notes window holds similar but different items."
    )
