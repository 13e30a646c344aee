"""Scenario: console (ls, pytest, git log --graph, grep; light, dark and small-font xterms)."""

from __future__ import annotations

from pathlib import Path

from ..recorder import Recorder
from .git_repo import make_web_repo


def _write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def scenario_console(rec: Recorder) -> None:
    c = rec.content.console
    src = rec.home / "src"
    for name, files in c.PROJECTS.items():
        root = src / name
        if files is None:
            make_web_repo(rec, root)
            continue
        _write_files(root, files)
        for exe in c.EXECUTABLES.get(name, []):
            (root / exe).chmod(0o755)
        for link, target in c.SYMLINKS.get(name, {}).items():
            (root / link).symlink_to(target)

    titles = {}
    for role, (name, geometry, theme, font_size) in c.TERMINALS.items():
        titles[role] = rec.prompt_title(f"~/src/{name}")
        rec.terminal(titles[role], src / name, geometry, theme=theme, font_size=font_size)
    rec.truth["windows_roles"] = titles

    for role, key, typed, forced, label, dwell, shows in c.STEPS:
        rec.desk.focus(titles[role])
        if key is not None and typed is not None:
            rec.type_command(titles[role], typed, forced)
            rec.commands[-1]["key"] = key
        rec.snap(label, dwell=dwell, shows=shows)
    rec.write_truth(
        "commands: every typed command with the lines of its forced-colour rerun (runs with "
        "fg colour names, RGB as xterm draws it, bold); the screen also shows prompts. "
        "pytest's timing line differs between the two runs."
    )
