"""scripts/record_eval_bundles.py on a real X desktop: one short scenario into tmp_path.

The console scenario (three xterms: light, dark, small font; ls, pytest, git log, grep) is
recorded with ``--pace 0``; its bundle must validate, its truth must come from the programs
and the X server, and the suites generated from it must load.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from autocapture.bundle import read_bundle
from autocapture.errors import InputError
from autocapture.evals.suite import load_suite
from tests.conftest import REPO
from tests.xdesktop import require_x_tools

SCRIPT = REPO / "scripts" / "record_eval_bundles.py"


@pytest.mark.slow
def test_record_console_scenario(tmp_path: Path) -> None:
    require_x_tools()
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    out = tmp_path / "x11"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--out",
            str(out),
            "--scenario",
            "console",
            "--pace",
            "0",
            "--suites-dir",
            str(tmp_path / "suites"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]

    bundle = out / "console" / "bundle"
    frames = list(read_bundle(bundle))
    errors = [f for f in frames if isinstance(f, InputError)]
    assert not errors, errors
    assert len(frames) == 7
    for row in (bundle / "frames.jsonl").read_text().splitlines():
        frame = json.loads(row)
        with Image.open(bundle / frame["image"]) as img:
            img.verify()
        assert sum(w["focused"] for w in frame["windows"]) == 1
        assert [w["z"] for w in frame["windows"]] == list(range(len(frame["windows"])))

    truth = json.loads((out / "console" / "truth.json").read_text())
    assert truth["format"] == "autocapture.x11_truth.v1"
    assert truth["scenario"] == "console" and truth["timezone"]
    assert [f["image"] for f in truth["frames"]] == [
        json.loads(r)["image"] for r in (bundle / "frames.jsonl").read_text().splitlines()
    ]
    # Focus from the X server: each xterm had it in turn, in the order the script moved it.
    focus = [span["title"] for span in truth["focus_timeline"]]
    assert focus == [
        "jonas@buildbox: ~/src/tidepool",
        "jonas@buildbox: ~/src/tidepool-web",
        "jonas@buildbox: ~/src/harbor-api",
        "jonas@buildbox: ~/src/tidepool",
        "jonas@buildbox: ~/src/tidepool-web",
    ]
    themes = {t["title"]: (t["theme"], t["font_size"]) for t in truth["terminals"]}
    assert themes["jonas@buildbox: ~/src/tidepool-web"][0] == "dark"
    assert themes["jonas@buildbox: ~/src/harbor-api"][1] < 10
    # Terminal colours parsed from the forced-colour rerun of each typed command.
    cmds = {c["key"]: c for c in truth["commands"]}
    assert set(cmds) == {"ls", "pytest_tidepool", "git_log", "grep", "pytest_harbor"}
    runs = [r for line in cmds["ls"]["lines"] for r in line["runs"]]
    assert {"text": "build.sh", "fg": "green", "bold": True}.items() <= next(
        r for r in runs if r["text"] == "build.sh"
    ).items()
    failed = [
        line["text"]
        for line in cmds["pytest_tidepool"]["lines"]
        if any(r["text"].startswith("FAILED") and r["fg"] == "red" for r in line["runs"])
    ]
    assert any("test_high_tide_offset" in t for t in failed)
    assert any(
        "Merge branch 'feature/retry-budget'" in line["text"] for line in cmds["git_log"]["lines"]
    )

    suites = sorted((tmp_path / "suites").glob("x11_*.yaml"))
    assert suites
    for path in suites:
        suite = load_suite(path, tmp_path / "work")
        assert suite.tests and all(t.bundle == bundle.resolve() for t in suite.tests)
