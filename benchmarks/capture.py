"""Live-capture benchmark: ``autocapture run`` against a real X desktop for a fixed time.

Starts Xvfb + openbox (``tests/xdesktop.py``), opens three xterms (one printing a line every
3 s, one idle shell, one static page of text), runs

    python -m autocapture --data-dir TMP run --display :N --interval 2

as a subprocess for ``--seconds``, samples the CPU time and RSS of it and all its descendants
from /proc every second, then sends SIGINT. Prints average CPU (% of one core, overall and
after warm-up), peak RSS, frames stored vs captured, the share of pixels that went through
OCR and the share of OCR work change awareness saved (against reading every captured frame
whole), and a final one-line JSON summary. Targets: CPU < 15 % of one core, RSS < 400 MB.

    python benchmarks/capture.py                 # 120 s
    python benchmarks/capture.py --seconds 30 --interval 1 --keep
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.xdesktop import XDesktop, missing_x_tools  # noqa: E402

CPU_TARGET_PCT = 15.0
RSS_TARGET_MB = 400.0
CLK_TCK = os.sysconf("SC_CLK_TCK")
TICKER = 'i=0; while true; do i=$((i+1)); echo "tick $i $(date +%T)"; sleep 3; done'
STATIC = "cat /etc/os-release; echo; ls -l /usr/bin | head -n 12; sleep 1000000"
STATUS_RE = re.compile(r"captured (\d+), stored (\d+), unchanged (\d+)")


@dataclass
class Sample:
    t: float  # seconds since the subprocess started
    cpu_s: float  # cumulative CPU seconds of the process tree
    rss_mb: float  # summed resident set size of the process tree
    frames: int | None  # frames in the store at that moment
    procs: int


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    exit_code: int | None = None
    stop_s: float = 0.0
    hwm_mb: float = 0.0


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the ``(comm)``: [state, ppid, ..., utime at index 11]."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rfind(")") + 2 :].split()


def process_tree(root: int) -> list[int]:
    """``root`` and all its live descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat_fields(int(entry))
        if fields is not None:
            children.setdefault(int(fields[1]), []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def tree_usage(root: int) -> tuple[float, float, int]:
    """(CPU seconds incl. reaped children, RSS MB, process count) of ``root``'s tree."""
    ticks = 0
    rss_kb = 0
    pids = process_tree(root)
    for pid in pids:
        fields = _stat_fields(pid)
        if fields is None:
            continue
        ticks += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
        rss_kb += status_kb(pid, "VmRSS")
    return ticks / CLK_TCK, rss_kb / 1024.0, len(pids)


def frame_count(db_path: Path) -> int | None:
    if not db_path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.5) as con:
            return con.execute("SELECT count(*) FROM frame").fetchone()[0]
    except sqlite3.Error:
        return None


def ocr_share(db_path: Path) -> tuple[int | None, int | None]:
    """(sum of OCR'd pixels, sum of frame pixels) when the frame table records ocr_pixels."""
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as con:
            cols = {row[1] for row in con.execute("PRAGMA table_info(frame)")}
            if "ocr_pixels" not in cols:
                return None, None
            ocr, total = con.execute(
                "SELECT sum(ocr_pixels), sum(width * height) FROM frame"
            ).fetchone()
            return ocr, total
    except sqlite3.Error:
        return None, None


def last_status(*texts: str) -> tuple[int, int, int] | None:
    """(captured, stored, unchanged) from the last status line the run printed."""
    found = None
    for text in texts:
        for m in STATUS_RE.finditer(text):
            found = (int(m[1]), int(m[2]), int(m[3]))
    return found


def cpu_pct(samples: list[Sample], start: float) -> float | None:
    """Average CPU % of one core over the samples from ``start`` seconds on."""
    window = [s for s in samples if s.t >= start]
    if len(window) < 2 or window[-1].t <= window[0].t:
        return None
    return 100.0 * (window[-1].cpu_s - window[0].cpu_s) / (window[-1].t - window[0].t)


def measure(cmd: list[str], env: dict[str, str], seconds: float, db_path: Path, logs: Path) -> Run:
    run = Run()
    with open(logs / "stdout.log", "wb") as out, open(logs / "stderr.log", "wb") as err:
        proc = subprocess.Popen(
            cmd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True
        )
    t0 = time.monotonic()
    try:
        while (now := time.monotonic() - t0) < seconds and proc.poll() is None:
            cpu_s, rss_mb, n = tree_usage(proc.pid)
            run.samples.append(Sample(now, cpu_s, rss_mb, frame_count(db_path), n))
            run.hwm_mb = max(run.hwm_mb, status_kb(proc.pid, "VmHWM") / 1024.0)
            time.sleep(max(0.0, 1.0 - (time.monotonic() - t0 - now)))
        if proc.poll() is None:
            cpu_s, rss_mb, n = tree_usage(proc.pid)
            run.samples.append(Sample(time.monotonic() - t0, cpu_s, rss_mb, None, n))
            run.hwm_mb = max(run.hwm_mb, status_kb(proc.pid, "VmHWM") / 1024.0)
            stop = time.monotonic()
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                print("run ignored SIGINT for 30 s; sending SIGTERM", file=sys.stderr)
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
            run.stop_s = time.monotonic() - stop
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    run.exit_code = proc.returncode
    return run


def mark(ok: bool | None) -> str:
    return "n/a" if ok is None else ("OK" if ok else "OVER")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=120.0, help="how long to run (default 120)")
    ap.add_argument("--interval", type=float, default=2.0, help="capture interval (default 2)")
    ap.add_argument(
        "--warmup",
        type=float,
        default=20.0,
        help="seconds left out of the steady-state CPU figure (model load; default 20)",
    )
    ap.add_argument("--data-dir", type=Path, help="data directory (default: a fresh temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the temp data dir and logs")
    args = ap.parse_args(argv)

    missing = missing_x_tools()
    if missing:
        print(f"cannot run: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-capture-"))
    data = args.data_dir or work / "data"
    db_path = data / "autocapture.db"
    try:
        with XDesktop() as desk:
            desk.xterm("ticker", TICKER, geometry="80x24+20+20")
            desk.xterm("shell", geometry="60x20+700+40")
            desk.xterm("reference", STATIC, geometry="90x16+240+420")
            desk.focus("shell")
            cmd = [
                sys.executable, "-m", "autocapture", "--data-dir", str(data),
                "run", "--display", desk.display, "--interval", f"{args.interval:g}",
            ]  # fmt: skip
            env = dict(desk.env, AUTOCAPTURE_TZ="UTC")
            print(f"desktop {desk.display}; running for {args.seconds:g}s: {' '.join(cmd)}")
            run = measure(cmd, env, args.seconds, db_path, work)
        stdout = (work / "stdout.log").read_text(errors="replace")
        stderr = (work / "stderr.log").read_text(errors="replace")
        status = last_status(stdout, stderr)
        stored = frame_count(db_path)
        ocr_px, total_px = ocr_share(db_path) if db_path.exists() else (None, None)
        share = ocr_px / total_px if ocr_px is not None and total_px else None
        overall = cpu_pct(run.samples, 0.0)
        steady = cpu_pct(run.samples, args.warmup)
        sampled_rss = max((s.rss_mb for s in run.samples), default=0.0)
        peak_rss = max(sampled_rss, run.hwm_mb)  # VmHWM also sees peaks between samples
        first = next((s.t for s in run.samples if s.frames), None)
        captured = status[0] if status else None
        expected = int(args.seconds / args.interval)

        def pct(v: float | None) -> str:
            return "n/a" if v is None else f"{v:.1f}%"

        print(f"exit code after SIGINT:   {run.exit_code} (stopped in {run.stop_s:.1f}s)")
        print(f"CPU, whole run:           {pct(overall)} of one core")
        cpu_ok = None if steady is None else steady < CPU_TARGET_PCT
        print(
            f"CPU, after warm-up:       {pct(steady)} of one core"
            f"   target < {CPU_TARGET_PCT:g}%  {mark(cpu_ok)}"
        )
        print(
            f"peak RSS:                 {peak_rss:.0f} MB (tree sampled {sampled_rss:.0f} MB,"
            f" main VmHWM {run.hwm_mb:.0f} MB)"
            f"   target < {RSS_TARGET_MB:g} MB  {mark(peak_rss < RSS_TARGET_MB)}"
        )
        print(f"first frame stored after: {'n/a' if first is None else f'{first:.1f}s'}")
        print(
            f"frames stored / captured: {stored} / {captured if captured is not None else '?'}"
            f" (about {expected} capture ticks in {args.seconds:g}s at {args.interval:g}s)"
        )
        if status:
            print(f"last status: captured {status[0]}, stored {status[1]}, unchanged {status[2]}")
        print(
            "OCR pixel share:          "
            + ("n/a (no frame.ocr_pixels)" if share is None else f"{share:.1%} of stored pixels")
        )
        # Change awareness saves OCR twice: unchanged screens are not stored, and of a stored
        # frame only the changed windows' changed rows are read.
        saved = None
        if ocr_px is not None and total_px and stored and captured:
            saved = 1.0 - ocr_px / (total_px / stored * captured)
            print(
                f"OCR work saved:           {saved:.1%} of the pixels of every captured frame"
                f" ({1.0 - share:.1%} of the stored frames')"
            )
        if run.exit_code not in (0, None):
            print(f"stderr tail: {stderr[-800:]}", file=sys.stderr)
        print(
            json.dumps(
                {
                    "benchmark": "capture",
                    "seconds": args.seconds,
                    "interval": args.interval,
                    "exit_code": run.exit_code,
                    "cpu_pct_overall": overall,
                    "cpu_pct_steady": steady,
                    "cpu_target_pct": CPU_TARGET_PCT,
                    "warmup_s": args.warmup,
                    "peak_rss_mb": round(peak_rss, 1),
                    "sampled_tree_rss_mb": round(sampled_rss, 1),
                    "main_hwm_mb": round(run.hwm_mb, 1),
                    "rss_target_mb": RSS_TARGET_MB,
                    "first_frame_s": first,
                    "frames_stored": stored,
                    "frames_captured": captured,
                    "frames_unchanged": status[2] if status else None,
                    "ocr_pixels": ocr_px,
                    "total_pixels": total_px,
                    "ocr_pixel_share": share,
                    "ocr_saved_share": saved,
                    "stop_s": round(run.stop_s, 2),
                }
            )
        )
        return 0 if run.exit_code == 0 else 1
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
