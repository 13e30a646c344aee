"""Scenario: form (yad forms filled in by xdotool; a dark, small-font second form)."""

from __future__ import annotations

import subprocess
import time

from ..constants import HOLD, HOST, USER
from ..content.form import CONTACTS, FORM1, FORM1_TITLE, FORM2, FORM2_TITLE
from ..recorder import Recorder


def _yad(
    rec: Recorder,
    title: str,
    fields: list[tuple[str, str, str]],
    env: dict[str, str],
    geometry: str,
) -> subprocess.Popen[str]:
    args = ["yad", "--form", f"--title={title}", f"--geometry={geometry}", "--separator=|"]
    for label, kind, _ in fields:
        args.append(f"--field={label}" + (f":{kind}" if kind else ""))
    return rec.spawn(args, env=env, stdout=subprocess.PIPE, text=True)


def _fill(rec: Recorder, title: str, fields: list[tuple[str, str, str]], upto: int) -> None:
    rec.desk.focus(title)
    for i, (_, kind, value) in enumerate(fields[:upto]):
        if kind == "CHK":
            if value == "TRUE":
                rec.desk.xdotool("key", "space")
        else:
            rec.desk.xdotool("type", "--delay", "15", value)
        if i + 1 < len(fields):
            rec.desk.xdotool("key", "Tab")
    time.sleep(0.3)


def scenario_form(rec: Recorder) -> None:
    crm = rec.home / "crm"
    crm.mkdir()
    (crm / "contacts.csv").write_text(CONTACTS)
    term = f"{USER}@{HOST}: ~/crm"
    rec.terminal(term, crm, "86x14+560+520", theme="light", font_size=10)
    rec.type_command(term, "cat contacts.csv", "cat contacts.csv")
    rec.commands[-1]["key"] = "contacts"
    gtk_small = rec.work / "gtk-small"
    (gtk_small / "gtk-3.0").mkdir(parents=True)
    (gtk_small / "gtk-3.0" / "settings.ini").write_text(
        "[Settings]\ngtk-font-name=DejaVu Sans 7\ngtk-application-prefer-dark-theme=1\n"
    )
    y1 = _yad(rec, FORM1_TITLE, FORM1, rec.env(), "520x420+20+20")
    rec.desk.window_ids(FORM1_TITLE, timeout=30)
    time.sleep(1.0)
    rec.desk.focus(FORM1_TITLE)
    rec.snap("empty customer form", dwell=8, shows=["form1:0"])
    _fill(rec, FORM1_TITLE, FORM1, 3)
    rec.snap("customer form half filled", dwell=15, shows=["form1:3"])
    # finish from where the cursor is
    rest = FORM1[3:]
    for i, (_, kind, value) in enumerate(rest):
        if kind == "CHK":
            rec.desk.xdotool("key", "space")
        else:
            rec.desk.xdotool("type", "--delay", "15", value)
        if i + 1 < len(rest):
            rec.desk.xdotool("key", "Tab")
    rec.snap("customer form filled", dwell=HOLD, shows=["form1:7"])
    rec.desk.focus(term)
    rec.snap("contacts list", dwell=25, shows=["form1:7", "contacts"])
    env2 = rec.env(GTK_THEME="Adwaita:dark", XDG_CONFIG_HOME=str(gtk_small))
    y2 = _yad(rec, FORM2_TITLE, FORM2, env2, "400x300+560+60")
    rec.desk.window_ids(FORM2_TITLE, timeout=30)
    time.sleep(1.0)
    _fill(rec, FORM2_TITLE, FORM2, len(FORM2))
    rec.snap("shipping form filled (dark, small text)", dwell=HOLD, shows=["form1:7", "form2:6"])
    rec.desk.focus(FORM1_TITLE)
    rec.snap("back to the customer form", dwell=0, shows=["form1:7", "form2:6"])
    # Send both forms: yad prints the values it holds, which must be what xdotool typed.
    printed = {}
    for title, proc, fields in ((FORM1_TITLE, y1, FORM1), (FORM2_TITLE, y2, FORM2)):
        rec.desk.focus(title)
        rec.desk.xdotool("key", "ctrl+Return")
        out, _ = proc.communicate(timeout=15)
        values = out.rstrip("\n").split("|")[: len(fields)]
        printed[title] = values
        typed = [v for _, _, v in fields]
        if values != typed:
            raise RuntimeError(f"{title}: yad printed {values}, typed {typed}")
    rec.truth["forms"] = [
        {
            "title": title,
            "program": "yad --form",
            "theme": theme,
            "font": font,
            "fields": [
                {"label": lab, "kind": kind or "TEXT", "value": val}
                for (lab, kind, _), val in zip(fields, printed[title], strict=True)
            ],
        }
        for title, fields, theme, font in (
            (FORM1_TITLE, FORM1, "light", "default"),
            (FORM2_TITLE, FORM2, "dark (Adwaita:dark)", "DejaVu Sans 7"),
        )
    ]
    rec.truth["forms_filled_progressively"] = {"form1:0": 0, "form1:3": 3, "form1:7": 7}
    rec.truth["distractor_contacts"] = {"window": term, "lines": CONTACTS.splitlines()}
    rec.write_truth(
        "forms[].fields: the values xdotool typed, confirmed by what yad printed when the "
        "form was sent after the last frame. A 'shows' key form1:N means the first N fields "
        "were filled in that frame. The contacts window holds similar names and numbers."
    )
