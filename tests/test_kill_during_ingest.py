"""SIGKILL in the middle of an ingest leaves only whole frames; a re-run completes the bundle."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autocapture.store import Store
from tests.conftest import render_lines, write_bundle

N_FRAMES = 8


@pytest.mark.slow
def test_sigkill_mid_bundle(tmp_path: Path) -> None:
    b = tmp_path / "bundle"
    frames = []
    for i in range(N_FRAMES):
        lines = [(20, 20 + 40 * k, f"frame {i} line {k} order ORD-{i:03d}-{k}") for k in range(12)]
        render_lines(b / "images" / f"{i}.png", lines, size=(900, 520))
        frames.append(
            {
                "image": f"images/{i}.png",
                "ts_utc": f"2026-11-23T14:{i:02d}:00Z",
                "windows": [{"title": "term", "rect": [0, 0, 900, 520], "focused": True}],
            }
        )
    write_bundle(b, frames)
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "autocapture", "--data-dir", str(data), "ingest", "-q", str(b)]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    db_path = data / "autocapture.db"
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db_path.exists():
            try:
                with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as con:
                    stored = con.execute("SELECT count(*) FROM frame").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 2:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    store = Store(data)
    try:
        assert store.check() == []
        kept = store.frame_count()
        assert 2 <= kept < N_FRAMES
    finally:
        store.close()
    rerun = subprocess.run(
        cmd, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"Frames added: {N_FRAMES - kept}, skipped (already stored): {kept}" in rerun.stdout
    store = Store(data)
    try:
        assert store.frame_count() == N_FRAMES
        assert store.check() == []
    finally:
        store.close()
