"""A small git repository with branches, a merge and a tag, for the console scenario."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ..content.console import WEB_COMMITS
from ..recorder import Recorder


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


def make_web_repo(rec: Recorder, root: Path) -> None:
    root.mkdir(parents=True)
    env = rec.env()
    tzinfo = ZoneInfo(rec.tz)
    base = datetime.now(tzinfo).replace(hour=10, minute=12, second=0, microsecond=0)
    run(["git", "init", "-q", "-b", "main"], root, env)
    run(["git", "config", "user.email", "jonas.berg@tidepool.example"], root, env)
    run(["git", "config", "user.name", "Jonas Berg"], root, env)
    (root / "src").mkdir()
    (root / "src" / "fetch.js").write_text(
        "export const retry_budget = 3;\n// retry_budget: attempts per request\n"
    )
    for i, (branch, msg, file, author, days) in enumerate(WEB_COMMITS):
        when = (base - timedelta(days=days, minutes=7 * i)).isoformat()
        email = author.split()[0].lower() + "@tidepool.example"
        cenv = dict(
            env,
            GIT_AUTHOR_DATE=when,
            GIT_COMMITTER_DATE=when,
            GIT_AUTHOR_NAME=author,
            GIT_AUTHOR_EMAIL=email,
            GIT_COMMITTER_NAME=author,
            GIT_COMMITTER_EMAIL=email,
        )
        if branch == "merge":
            run(["git", "checkout", "-q", "main"], root, cenv)
            run(["git", "merge", "-q", "--no-ff", "-m", msg, "feature/retry-budget"], root, cenv)
            continue
        current = subprocess.run(
            ["git", "branch", "--show-current"], cwd=root, env=env, capture_output=True, text=True
        ).stdout.strip()
        if branch != current:
            exists = (
                subprocess.run(
                    ["git", "rev-parse", "--verify", "-q", branch],
                    cwd=root,
                    env=env,
                    capture_output=True,
                ).returncode
                == 0
            )
            run(["git", "checkout", "-q", *([] if exists else ["-b"]), branch], root, cenv)
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a") as fh:
            fh.write(f"// {msg}\n")
        run(["git", "add", "-A"], root, cenv)
        run(["git", "commit", "-q", "-m", msg], root, cenv)
        if msg.startswith("Fix timezone"):
            run(["git", "tag", "v0.9.1"], root, cenv)
    (root / "src" / "client.js").write_text(
        "import { retry_budget } from './fetch.js';\nconst budget = retry_budget; // per call\n"
    )
    run(["git", "add", "-A"], root, env)
    when = (base - timedelta(hours=2)).isoformat()
    run(
        ["git", "commit", "-q", "-m", "Use retry_budget in the client"],
        root,
        dict(env, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when),
    )
