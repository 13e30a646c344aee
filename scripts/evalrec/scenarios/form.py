"""Scenario: form (yad forms filled in by xdotool; a dark, small-font second form)."""

from __future__ import annotations

import subprocess
import time

from ..constants import HOLD
from ..recorder import Recorder

Fields = list[tuple[str, str, str]]


def _yad(
    rec: Recorder, title: str, fields: Fields, env: dict[str, str], geometry: str
) -> subprocess.Popen[str]:
    options = rec.content.form.OPTIONS
    args = ["yad", "--form", f"--title={title}", f"--geometry={geometry}", "--separator=|"]
    for label, kind, _ in fields:
        args.append(f"--field={label}" + (f":{kind}" if kind else ""))
    if any(label in options for label, _, _ in fields):  # initial values, one per field
        args += [options.get(lab, "FALSE" if kind == "CHK" else "") for lab, kind, _ in fields]
    return rec.spawn(args, env=env, stdout=subprocess.PIPE, text=True)


def _fill(rec: Recorder, fields: Fields, start: int, stop: int) -> None:
    """Fill fields[start:stop] from the one with the keyboard focus, Tab after each (but
    the last field of the form)."""
    for i in range(start, stop):
        label, kind, value = fields[i]
        if kind == "CHK":
            if value == "TRUE":
                rec.desk.xdotool("key", "space")
        elif kind == "CB":
            down = rec.content.form.OPTIONS[label].split("!").index(value)
            for _ in range(down):
                rec.desk.xdotool("key", "Down")
        else:
            rec.desk.xdotool("type", "--delay", "15", value)
        if i + 1 < len(fields):
            rec.desk.xdotool("key", "Tab")
    time.sleep(0.3)


def _style_env(rec: Recorder, dark: bool, font_size: int | None, name: str) -> dict[str, str]:
    """The environment for a yad window: GTK's dark theme and/or a font size."""
    if not dark and font_size is None:
        return rec.env()
    extra = {"GTK_THEME": "Adwaita:dark"} if dark else {}
    if font_size is not None:
        conf = rec.work / f"gtk-{name}"
        (conf / "gtk-3.0").mkdir(parents=True)
        (conf / "gtk-3.0" / "settings.ini").write_text(
            f"[Settings]\ngtk-font-name=DejaVu Sans {font_size}\n"
            f"gtk-application-prefer-dark-theme={int(dark)}\n"
        )
        extra["XDG_CONFIG_HOME"] = str(conf)
    return rec.env(**extra)


def scenario_form(rec: Recorder) -> None:
    c = rec.content.form
    form1, form2 = c.FORM1, c.FORM2
    listing = rec.home / c.LIST_DIR
    listing.mkdir()
    (listing / c.LIST_FILE).write_text(c.CONTACTS)
    term = rec.prompt_title(f"~/{c.LIST_DIR}")
    geometry, theme, font_size = c.LIST_TERMINAL
    rec.terminal(term, listing, geometry, theme=theme, font_size=font_size)
    rec.type_command(term, c.LIST_COMMAND, c.LIST_COMMAND)
    rec.commands[-1]["key"] = "contacts"
    y1 = _yad(rec, c.FORM1_TITLE, form1, _style_env(rec, *c.FORM1_STYLE, "1"), c.FORM1_GEOMETRY)
    rec.desk.window_ids(c.FORM1_TITLE, timeout=30)
    time.sleep(1.0)
    rec.desk.focus(c.FORM1_TITLE)
    rec.snap(c.LABELS["empty"], dwell=8, shows=["form1:0"])
    _fill(rec, form1, 0, c.FORM1_PARTIAL)
    rec.snap(c.LABELS["partial"], dwell=15, shows=[f"form1:{c.FORM1_PARTIAL}"])
    _fill(rec, form1, c.FORM1_PARTIAL, len(form1))  # from where the cursor is
    filled1, filled2 = f"form1:{len(form1)}", f"form2:{len(form2)}"
    rec.snap(c.LABELS["filled"], dwell=HOLD, shows=[filled1])
    rec.desk.focus(term)
    rec.snap(c.LABELS["list"], dwell=25, shows=[filled1, "contacts"])
    y2 = _yad(rec, c.FORM2_TITLE, form2, _style_env(rec, *c.FORM2_STYLE, "2"), c.FORM2_GEOMETRY)
    rec.desk.window_ids(c.FORM2_TITLE, timeout=30)
    time.sleep(1.0)
    rec.desk.focus(c.FORM2_TITLE)
    _fill(rec, form2, 0, len(form2))
    rec.snap(c.LABELS["form2"], dwell=HOLD, shows=[filled1, filled2])
    rec.desk.focus(c.FORM1_TITLE)
    rec.snap(c.LABELS["back"], dwell=0, shows=[filled1, filled2])
    # Send both forms: yad prints the values it holds, which must be what xdotool typed.
    printed = {}
    for title, proc, fields in ((c.FORM1_TITLE, y1, form1), (c.FORM2_TITLE, y2, form2)):
        rec.desk.focus(title)
        rec.desk.xdotool("key", "ctrl+Return")
        out, _ = proc.communicate(timeout=15)
        values = out.rstrip("\n").split("|")[: len(fields)]
        printed[title] = values
        typed = [v for _, _, v in fields]
        if values != typed:
            raise RuntimeError(f"{title}: yad printed {values}, typed {typed}")

    def look(style: tuple[bool, int | None]) -> tuple[str, str]:
        dark, size = style
        return (
            "dark (Adwaita:dark)" if dark else "light",
            f"DejaVu Sans {size}" if size else "default",
        )

    rec.truth["forms"] = [
        {
            "title": title,
            "program": "yad --form",
            "theme": look(style)[0],
            "font": look(style)[1],
            "fields": [
                {"label": lab, "kind": kind or "TEXT", "value": val}
                | ({"options": c.OPTIONS[lab].split("!")} if kind == "CB" else {})
                for (lab, kind, _), val in zip(fields, printed[title], strict=True)
            ],
        }
        for title, fields, style in (
            (c.FORM1_TITLE, form1, c.FORM1_STYLE),
            (c.FORM2_TITLE, form2, c.FORM2_STYLE),
        )
    ]
    rec.truth["forms_filled_progressively"] = {
        f"form1:{n}": n for n in (0, c.FORM1_PARTIAL, len(form1))
    }
    rec.truth["distractor_contacts"] = {"window": term, "lines": c.CONTACTS.splitlines()}
    rec.write_truth(
        "forms[].fields: the values xdotool typed, confirmed by what yad printed when the "
        "form was sent after the last frame. A 'shows' key form1:N means the first N fields "
        "were filled in that frame. The contacts window holds similar names and numbers."
    )
