"""Live capture controls under a real X desktop: pause/resume (command and signal), the disk
floor, SIGKILL consistency of bundle and store, app and private-browsing exclusions."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from autocapture.api import Autocapture
from autocapture.bundle import FrameSource, read_bundle
from autocapture.capture.agent import CaptureAgent, CaptureOptions
from autocapture.capture.privacy import EXCLUDED_TITLE, Exclusions
from autocapture.config import load_config
from autocapture.records import WindowFact
from autocapture.store import Store
from tests.xdesktop import XDesktop, require_x_tools


def test_exclusions_by_app_title_and_private_browsing() -> None:
    ex = Exclusions([r"^keepassxc$"], [r"(?i)bank"], load_config("/tmp/x").capture.private_titles)
    pixels = np.full((100, 200, 3), 200, dtype=np.uint8)
    windows = [
        WindowFact(title="Passwords", rect=(0, 0, 50, 50), app="keepassxc", z=0),
        WindowFact(title="My Bank - Chromium", rect=(50, 0, 100, 50), app="chromium", z=1),
        WindowFact(
            title="New Tab - Chromium (Incognito)", rect=(100, 0, 150, 50), app="chromium", z=2
        ),
        WindowFact(title="notes", rect=(150, 0, 200, 50), app="xterm", z=3),
    ]
    out = ex.apply(pixels, windows)
    assert [w.title for w in out] == [EXCLUDED_TITLE] * 3 + ["notes"]
    assert not pixels[:50, :150].any()
    assert (pixels[:50, 150:] == 200).all()


@pytest.fixture
def desk() -> Iterator[XDesktop]:
    require_x_tools()
    with XDesktop() as d:
        yield d


def _frames(data: Path) -> int:
    s = Store(data)
    try:
        return s.frame_count()
    finally:
        s.close()


@pytest.mark.slow
def test_pause_and_resume_by_command_and_disk_floor(desk: XDesktop, tmp_path: Path) -> None:
    desk.xterm("one", "echo pause-test; sleep 600")
    cfg = load_config(tmp_path / "data")
    app = Autocapture(config=cfg)
    agent = CaptureAgent(app, CaptureOptions(display=desk.display, interval=0.5))
    cli = [sys.executable, "-m", "autocapture", "--data-dir", str(tmp_path / "data")]
    assert subprocess.run([*cli, "pause"], capture_output=True, timeout=60).returncode == 0
    assert agent.capture_once().reason == "paused"
    assert subprocess.run([*cli, "resume"], capture_output=True, timeout=60).returncode == 0
    assert agent.capture_once().stored
    messages: list[str] = []
    agent.status = messages.append
    agent.cfg = agent.cfg.model_copy(update={"min_free_mb": 10**9})
    assert agent.capture_once().reason == "disk_low"
    assert any("below the" in m and "min_free_mb" in m for m in messages)
    agent.cfg = agent.cfg.model_copy(update={"min_free_mb": 0})
    desk.xdotool("search", "--name", "^one$", "type", "--delay", "20", "more")
    time.sleep(0.5)
    assert agent.capture_once().stored
    assert any("resumed" in m for m in messages)
    agent.close()
    app.close()


@pytest.mark.slow
def test_signals_pause_resume_and_sigkill_leaves_bundle_and_store_whole(
    desk: XDesktop, tmp_path: Path
) -> None:
    desk.xterm("ticker", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.5; done")
    data, bundle = tmp_path / "data", tmp_path / "bundle"
    cmd = [
        sys.executable,
        "-m",
        "autocapture",
        "--data-dir",
        str(data),
        "capture",
        "--display",
        desk.display,
        "--interval",
        "0.5",
        "--bundle",
        str(bundle),
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (
            not (data / "autocapture.db").exists() or _frames(data) < 2
        ):
            time.sleep(0.3)
        assert _frames(data) >= 2
        os.kill(proc.pid, signal.SIGUSR1)  # pause; a capture already under way may finish
        paused_at, deadline = -1, time.monotonic() + 30
        while time.monotonic() < deadline and _frames(data) != paused_at:
            paused_at = _frames(data)
            time.sleep(2.5)
        time.sleep(2.0)
        assert _frames(data) == paused_at  # the ticker keeps changing the screen meanwhile
        os.kill(proc.pid, signal.SIGUSR2)  # resume
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _frames(data) <= paused_at:
            time.sleep(0.3)
        assert _frames(data) > paused_at
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    store = Store(data)
    assert store.check() == []
    before = store.frame_count()
    store.close()
    items = list(read_bundle(bundle))
    assert items and all(isinstance(i, FrameSource) and i.image_path.exists() for i in items)
    # The next run continues in the same bundle and store.
    again = subprocess.run(
        [*cmd, "--duration", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert again.returncode == 0, again.stderr
    assert _frames(data) > before
    assert len(list(read_bundle(bundle))) > len(items)


@pytest.mark.slow
def test_chromium_window_facts(desk: XDesktop, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    assert chromium is not None, "chromium is not installed: scripts/install.sh installs it"
    page = tmp_path / "doc.html"
    page.write_text(
        "<title>Release notes</title><h1>Release notes 4.2</h1>"
        "<p style='font-size:28px'>Refunds now round half up.</p>"
    )
    proc = subprocess.Popen(
        [
            chromium,
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-position=0,0",
            "--window-size=1000,700",
            page.as_uri(),
        ],
        env=desk.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        desk.xdotool("search", "--sync", "--onlyvisible", "--name", "Release notes", timeout=90)
        desk.wait_stable(timeout=20)
        app = Autocapture(config=load_config(tmp_path / "data"))
        agent = CaptureAgent(app, CaptureOptions(display=desk.display))
        res = agent.capture_once()
        browser = [w for w in res.windows if "Release notes" in w.title]
        assert browser and browser[0].app and "chrom" in browser[0].app
        assert browser[0].pid is not None
        ans = app.ask("what was in the release notes about refunds?")
        assert ans.state == "ok" and "round half up" in ans.answer.lower()
        assert ans.claims[0].citations[0].window_title.startswith("Release notes")
        agent.close()
        app.close()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.slow
def test_capture_can_use_its_own_ocr_engine(desk: XDesktop, tmp_path: Path) -> None:
    desk.xterm("plain", "echo engine-choice; sleep 600", fg="black", bg="white")
    cfg = load_config(tmp_path / "data")
    cfg.capture.ocr_engine = "tesseract"
    app = Autocapture(config=cfg)
    agent = CaptureAgent(app, CaptureOptions(display=desk.display))
    res = agent.capture_once()
    assert res.stored
    provider = app.store.db.execute(
        "SELECT ocr_provider FROM frame WHERE frame_id = ?", (res.frame_id,)
    ).fetchone()[0]
    assert provider == "tesseract"
    agent.close()
    app.close()
