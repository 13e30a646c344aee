"""Scenario: calendar (calcurse with appointments; agenda in a small-font terminal; notes)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from autocapture.records import format_ts

from ..recorder import Recorder


def scenario_calendar(rec: Recorder) -> None:
    c = rec.content.calendar
    today = datetime.now(ZoneInfo(rec.tz)).date()
    data = rec.home / ".local" / "share" / "calcurse"
    conf = rec.home / ".config" / "calcurse"
    data.mkdir(parents=True, exist_ok=True)
    conf.mkdir(parents=True, exist_ok=True)
    if c.CONF is not None:
        (conf / "conf").write_text(c.CONF)
    apts = "\n".join(
        c.apts_line(today + timedelta(days=d), s, e, t) for d, s, e, t in c.APPOINTMENTS
    )
    (data / "apts").write_text(apts + "\n")
    events = "\n".join(
        f"{(today + timedelta(days=d)).strftime('%m/%d/%Y')} [1] {t}" for d, t in c.EVENTS
    )
    (data / "apts").write_text(apts + "\n" + events + "\n")
    (data / "todo").write_text("".join(f"[{p}] {t}\n" for p, t in c.TODOS))
    notes_dir = rec.home / "notes"
    notes_dir.mkdir()
    (notes_dir / c.NOTES_NAME).write_text(c.NOTES_FILE)

    cal = "calcurse"
    agenda = rec.prompt_title("~")
    notes = rec.prompt_title("~/notes")
    cwd = {"notes": notes_dir, "agenda": rec.home, "calcurse": rec.home}
    for role, title in (("notes", notes), ("agenda", agenda), ("calcurse", cal)):
        geometry, theme, font_size = c.TERMINALS[role]
        rec.terminal(title, cwd[role], geometry, theme=theme, font_size=font_size)
    rec.desk.focus(cal)
    rec.desk.type_text(cal, "calcurse", delay_ms=12)
    rec.commands.append(
        {"window": cal, "command": "calcurse", "typed_utc": format_ts(datetime.now(UTC))}
    )
    time.sleep(2.0)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("calcurse today", dwell=30, shows=["calendar_day0"])
    for _ in range(c.DAYS_AHEAD):
        rec.keys(cal, "ctrl+l", settle=0.8)
    ahead = "next day" if c.DAYS_AHEAD == 1 else f"{c.DAYS_AHEAD} days ahead"
    rec.snap(f"calcurse {ahead}", dwell=20, shows=[f"calendar_day{c.DAYS_AHEAD}"])
    rec.type_command(agenda, c.AGENDA_COMMAND, c.AGENDA_COMMAND)
    rec.commands[-1]["key"] = "agenda"
    rec.snap(c.AGENDA_LABEL, dwell=40, shows=["agenda"])
    rec.type_command(notes, f"cat {c.NOTES_NAME}", f"cat {c.NOTES_NAME}")
    rec.commands[-1]["key"] = "notes"
    rec.snap(c.NOTES_LABEL, dwell=20, shows=["notes"])
    for _ in range(c.DAYS_AHEAD):
        rec.keys(cal, "ctrl+h", settle=0.8)
    rec.snap("calcurse back to today", dwell=0, shows=["calendar_day0"])
    rec.truth["calendar"] = {
        "program": "calcurse",
        "window": cal,
        "today": today.isoformat(),
        "apts_file": "~/.local/share/calcurse/apts",
        "appointments": c.parse_apts((data / "apts").read_text()),
        "events": [
            {"date": (today + timedelta(days=d)).isoformat(), "title": t} for d, t in c.EVENTS
        ],
        "todos": [{"priority": p, "title": t} for p, t in c.TODOS],
        "distractor_notes": {
            "window": notes,
            "file": f"~/notes/{c.NOTES_NAME}",
            "lines": c.NOTES_FILE.splitlines(),
        },
    }
    rec.write_truth(
        "calendar.appointments parsed back from the calcurse apts file; times are local "
        "(the recording time zone). The notes window holds similar but different items."
    )
