"""Scenario: console (ls, pytest, git log --graph, grep; light, dark and small-font xterms)."""

from __future__ import annotations

from pathlib import Path

from ..constants import HOLD, HOST, USER
from ..content.console import HARBOR_TESTS, TIDEPOOL_SRC, TIDEPOOL_TESTS
from ..recorder import Recorder
from .git_repo import make_web_repo


def _write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def scenario_console(rec: Recorder) -> None:
    src = rec.home / "src"
    tide = src / "tidepool"
    _write_files(tide, {**TIDEPOOL_SRC, **TIDEPOOL_TESTS})
    _write_files(
        tide,
        {
            "README.md": "# tidepool\n\nTide tables for harbour stations.\n",
            "pyproject.toml": '[project]\nname = "tidepool"\nversion = "2.7.1"\n\n'
            '[tool.pytest.ini_options]\npythonpath = ["src"]\n'
            'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n',
            "build.sh": "#!/bin/sh\npython -m build\n",
            "deploy.sh": "#!/bin/sh\nrsync -a dist/ tides:/srv/tidepool/\n",
            "docs/index.md": "# Docs\n",
            "dist/tidepool-2.7.1.tar.gz": "",
            "tidepool-2.6.0.tar.gz": "archive",
            "CHANGELOG.md": "## 2.7.1\n- station CSV columns\n",
        },
    )
    for exe in ("build.sh", "deploy.sh"):
        (tide / exe).chmod(0o755)
    (tide / "latest").symlink_to("dist")
    harbor = src / "harbor-api"
    _write_files(harbor, HARBOR_TESTS)
    (harbor / "pyproject.toml").write_text(
        '[project]\nname = "harbor-api"\nversion = "1.4.0"\n\n[tool.pytest.ini_options]\n'
        'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n'
    )
    web = src / "tidepool-web"
    make_web_repo(rec, web)

    a = f"{USER}@{HOST}: ~/src/tidepool"
    b = f"{USER}@{HOST}: ~/src/tidepool-web"
    c = f"{USER}@{HOST}: ~/src/harbor-api"
    rec.terminal(a, tide, "92x27+0+0", theme="light", font_size=10)
    rec.terminal(b, web, "96x24+452+150", theme="dark", font_size=10)
    rec.terminal(c, harbor, "118x28+150+340", theme="light", font_size=8)
    rec.truth["windows_roles"] = {
        "tidepool": a,
        "tidepool_web": b,
        "harbor_api": c,
    }

    rec.desk.focus(a)
    rec.type_command(a, "ls -l --color=auto", "ls -l --color=always")
    rec.snap("ls in tidepool", dwell=8, shows=["ls"])
    rec.type_command(a, "clear; pytest -v --tb=line", "pytest -v --tb=line --color=yes")
    rec.snap("pytest in tidepool", dwell=HOLD, shows=["ls", "pytest_tidepool"])
    rec.type_command(
        b,
        "git log --graph --oneline --decorate --all",
        "git -c color.ui=always log --graph --oneline --decorate --all",
    )
    rec.snap("git log in tidepool-web", dwell=HOLD, shows=["git_log"])
    rec.type_command(
        b,
        "grep -rn --color=auto retry_budget src",
        "grep -rn --color=always retry_budget src",
    )
    rec.snap("grep in tidepool-web", dwell=10, shows=["git_log", "grep"])
    rec.type_command(c, "pytest -v --tb=line", "pytest -v --tb=line --color=yes")
    rec.snap("pytest in harbor-api", dwell=HOLD, shows=["pytest_harbor"])
    rec.desk.focus(a)
    rec.snap("back to tidepool tests", dwell=HOLD, shows=["pytest_tidepool"])
    rec.desk.focus(b)
    rec.snap("back to tidepool-web", dwell=0, shows=["git_log", "grep"])
    labels = ["ls", "pytest_tidepool", "git_log", "grep", "pytest_harbor"]
    for key, cmd in zip(labels, rec.commands, strict=True):
        cmd["key"] = key
    rec.write_truth(
        "commands: every typed command with the lines of its forced-colour rerun (runs with "
        "fg colour names, RGB as xterm draws it, bold); the screen also shows prompts. "
        "pytest's timing line differs between the two runs."
    )
