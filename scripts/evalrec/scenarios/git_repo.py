"""A small git repository with branches, a merge and a tag, for the console scenario."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ..recorder import Recorder


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


def make_web_repo(rec: Recorder, root: Path) -> None:
    c = rec.content.console
    root.mkdir(parents=True)
    env = rec.env()
    tzinfo = ZoneInfo(rec.tz)
    hour, minute = c.REPO_BASE_TIME
    base = datetime.now(tzinfo).replace(hour=hour, minute=minute, second=0, microsecond=0)
    run(["git", "init", "-q", "-b", "main"], root, env)
    run(["git", "config", "user.email", c.REPO_AUTHOR[1]], root, env)
    run(["git", "config", "user.name", c.REPO_AUTHOR[0]], root, env)
    for rel, text in c.REPO_FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    tag_prefix, tag = c.REPO_TAG
    for i, (branch, msg, file, author, days) in enumerate(c.WEB_COMMITS):
        when = (base - timedelta(days=days, minutes=7 * i)).isoformat()
        email = f"{author.split()[0].lower()}@{c.REPO_EMAIL_DOMAIN}"
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
            run(["git", "merge", "-q", "--no-ff", "-m", msg, file], root, cenv)
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
        if msg.startswith(tag_prefix):
            run(["git", "tag", tag], root, cenv)
    last_file, last_text, last_msg = c.REPO_LAST_COMMIT
    (root / last_file).parent.mkdir(parents=True, exist_ok=True)
    (root / last_file).write_text(last_text)
    run(["git", "add", "-A"], root, env)
    when = (base - timedelta(hours=2)).isoformat()
    run(
        ["git", "commit", "-q", "-m", last_msg],
        root,
        dict(env, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when),
    )
