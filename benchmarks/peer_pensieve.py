"""Side by side: Autocapture vs Pensieve (PyPI `memos`) on the same screenshots, in one run.

Measures, for each system:
  * ingest wall time for all screenshots and peak RSS,
  * retrieval on the queries of queries.tsv (query <TAB> expected screenshot): top-1 accuracy,
    MRR of the expected screenshot, and per-query latency p50 / max.

Autocapture
  ingest     `autocapture --data-dir TMP ingest -q SHOTS` as a subprocess; peak RSS from
             /usr/bin/time -v when installed, else getrusage(RUSAGE_CHILDREN).ru_maxrss.
  retrieval  in-process, warm (after one warm-up query): analyse(query).keywords ->
             Retriever.search(limit=200); frames ranked by their best hit score; frame -> file
             via frame.source. The whole search (analyse + search + ranking) is timed, and so,
             separately, is the full `app.ask(query)` end to end.

Pensieve
  run_pensieve.sh (shared/peers) as a subprocess with P=/tmp/peers (installs once into a venv,
  then ingests, queries over HTTP on 127.0.0.1:8839 and prints its numbers), parsed from its
  output. `--peer-output FILE` parses a saved output instead; `--skip-peer` leaves it out.
  Its latency is measured by an HTTP client (bench_search.py): it includes HTTP + JSON, while
  Autocapture's is in-process. Its ingest wall is `memos scan` against an already running
  server (models loaded), while Autocapture's includes process start and OCR model load.

Timings are noisy on a small shared machine: compare ratios within one run.

usage:
  python benchmarks/peer_pensieve.py [--peers-dir /work/shared/peers] [--skip-peer]
                                     [--peer-output FILE] [--peer-workdir /tmp/peers]
The last printed line is one JSON object with both systems' numbers.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_PEERS = Path(os.environ.get("AUTOCAPTURE_PEERS_DIR", "/work/shared/peers"))
IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".webp"}


# ---------------------------------------------------------------- helpers


def read_queries(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q, want = line.rstrip("\n").split("\t")[:2]
        out.append((q, want.strip()))
    return out


def score_ranks(ranks: list[int | None]) -> tuple[int, float]:
    top1 = sum(1 for r in ranks if r == 1)
    mrr = sum(1.0 / r for r in ranks if r) / len(ranks) if ranks else 0.0
    return top1, round(mrr, 3)


def p50(xs: list[float]) -> float:
    # same convention as bench_search.py: the upper median of the sorted list
    s = sorted(xs)
    return s[len(s) // 2]


def autocapture_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("autocapture")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "autocapture"]


def gnu_time() -> str | None:
    t = "/usr/bin/time"
    if not os.access(t, os.X_OK):
        return None
    probe = subprocess.run([t, "-v", "true"], capture_output=True, text=True)
    return t if "Maximum resident set size" in probe.stderr else None


# ---------------------------------------------------------------- Autocapture


def autocapture_ingest(data_dir: Path, shots: Path) -> dict:
    timer = gnu_time()
    cmd = [*autocapture_cmd(), "--data-dir", str(data_dir), "ingest", "-q", str(shots)]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(([timer, "-v"] if timer else []) + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, after = ru0.ru_maxrss, ru1.ru_maxrss
    cpu = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if m:
        rss_kb, rss_how = int(m.group(1)), "/usr/bin/time -v"
    else:
        # ru_maxrss of children is a running max: only meaningful if this is the largest child yet
        rss_kb, rss_how = after, "RUSAGE_CHILDREN" + ("" if after > before else " (upper bound)")
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"autocapture ingest failed with exit code {proc.returncode}")
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    return {
        "ingest_wall_s": round(wall, 2),
        "ingest_cpu_s": round(cpu, 1),
        "ingest_peak_rss_kb": rss_kb,
        "rss_source": rss_how,
        "ingest_summary": summary,
    }


def _keywords_fn(app, analyse):  # type: ignore[no-untyped-def]
    """analyse(q).keywords, or analyse(q, rules).keywords with the query rules the pipeline uses
    (from its PromptOps service) when analyse takes them."""
    import inspect

    if len(inspect.signature(analyse).parameters) == 1:
        return lambda q: analyse(q).keywords
    service = app.pipeline.service
    service.ensure_fresh()
    if service.prepared is None:
        raise SystemExit(f"query rules unavailable: {service.degraded_reason}")
    rules = service.prepared.rules
    return lambda q: analyse(q, rules).keywords


def autocapture_retrieval(data_dir: Path, queries: list[tuple[str, str]]) -> dict:
    from autocapture.answer.question import analyse
    from autocapture.api import Autocapture

    app = Autocapture(data_dir)
    try:
        source = {
            r[0]: Path(r[1]).name
            for r in app.store.db.execute("SELECT frame_id, source FROM frame")
        }
        retriever = app.pipeline.retriever
        keywords = _keywords_fn(app, analyse)

        def ranked(q: str) -> list[str]:
            hits = retriever.search(keywords(q), limit=200)
            best: dict[str, float] = {}
            for h in hits:  # hits come best first; keep each frame's best score
                if h.frame_id not in best or h.score > best[h.frame_id]:
                    best[h.frame_id] = h.score
            order = sorted(best, key=lambda f: -best[f])  # stable: ties keep hit order
            return [source.get(f, f) for f in order]

        ranked("warm up query")
        rows = []
        for q, want in queries:
            t = time.perf_counter()
            got = ranked(q)
            dt = time.perf_counter() - t
            rank = got.index(want) + 1 if want in got else None
            rows.append(
                {
                    "q": q,
                    "want": want,
                    "rank": rank,
                    "ms": dt * 1000,
                    "top3": got[:3],
                    "n_frames": len(got),
                    "keywords": keywords(q),
                }
            )

        app.ask("warm up query")
        for row in rows:
            t = time.perf_counter()
            ans = app.ask(row["q"])
            row["ask_ms"] = (time.perf_counter() - t) * 1000
            row["ask_state"] = ans.state
            row["ask_reason"] = ans.indeterminate_reason
            cited = [source.get(c.frame_id, c.frame_id) for cl in ans.claims for c in cl.citations]
            row["ask_cited"] = cited[0] if cited else None
            row["ask_answer"] = ans.answer
    finally:
        app.close()

    ranks = [r["rank"] for r in rows]
    top1, mrr = score_ranks(ranks)
    lat = [r["ms"] for r in rows]
    ask = [r["ask_ms"] for r in rows]
    return {
        "n": len(rows),
        "top1": top1,
        "mrr": mrr,
        "p50_ms": round(p50(lat), 2),
        "max_ms": round(max(lat), 2),
        "ask_p50_ms": round(p50(ask), 2),
        "ask_max_ms": round(max(ask), 2),
        "ask_ok": sum(1 for r in rows if r["ask_state"] != "indeterminate"),
        "ask_cites_expected": sum(1 for r in rows if r["ask_cited"] == r["want"]),
        "rows": rows,
    }


def autocapture_cli_ask(data_dir: Path, query: str) -> float:
    """One cold `autocapture ask --json` (process start + imports + one query), in ms."""
    t = time.perf_counter()
    subprocess.run(
        [*autocapture_cmd(), "--data-dir", str(data_dir), "ask", query, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return round((time.perf_counter() - t) * 1000, 1)


def span_text(data_dir: Path, frame_file: str) -> list[str]:
    import sqlite3

    db = sqlite3.connect(data_dir / "autocapture.db")
    try:
        rows = db.execute(
            "SELECT s.text FROM span s JOIN frame f ON f.frame_id = s.frame_id"
            " WHERE s.kind = 'line' AND f.source LIKE ? ORDER BY s.seq",
            ("%" + frame_file,),
        ).fetchall()
    finally:
        db.close()
    return [r[0] for r in rows]


# ---------------------------------------------------------------- Pensieve

_SCAN = re.compile(r"memos scan wall=([\d.]+) s client_maxrss=(\d+) KB")
_SRV = re.compile(r"memos server before search: cpu=([\d.]+) s VmHWM=(\d+) kB")
_HWM = re.compile(r"memos server peak RSS: VmHWM:\s*(\d+) kB")
_QROW = re.compile(r"^\s*(\d+) ms\s+rank=(\w+)\s+srv_ms=(\S+)\s+q=(.*) want=(\S+) top3=(.*)$")


def parse_peer_output(text: str) -> dict:
    out: dict = {}
    m = _SCAN.search(text)
    if m:
        out["ingest_wall_s"] = float(m.group(1))
        out["scan_client_maxrss_kb"] = int(m.group(2))
    m = _SRV.search(text)
    if m:
        out["server_ingest_cpu_s"] = float(m.group(1))
        out["server_ingest_peak_rss_kb"] = int(m.group(2))
    m = _HWM.search(text)
    if m:
        out["server_peak_rss_kb"] = int(m.group(1))
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{") and '"peer"' in line:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            out.update({k: d[k] for k in ("n", "top1", "mrr", "p50_ms", "max_ms") if k in d})
    rows = {}
    for line in text.splitlines():
        m = _QROW.match(line)
        if m:
            rank = None if m.group(2) == "None" else int(m.group(2))
            try:
                q = ast.literal_eval(m.group(4))
            except (ValueError, SyntaxError):
                q = m.group(4)[1:-1]
            rows[q] = {"rank": rank, "ms": int(m.group(1)), "top3": m.group(6)}
    out["rows"] = rows
    return out


# Runs bench_search.py as run_pensieve.sh would, keeping every line. First it records the memos
# server's CPU time so far (start + model load + the scan's OCR/embedding; its own, its reaped
# children's and its live children's) and its VmHWM so far. The server is a sibling: a child of
# $PPID, the subshell in run_pensieve.sh that started it. Read-only: /proc and ps.
_BENCH_WRAPPER = r"""#!/usr/bin/env bash
set -o pipefail
spid=$(ps -o pid=,args= --ppid $PPID | awk '/memos serve/{print $1; exit}')
if [ -n "$spid" ]; then
  t=$(awk '{print $14+$15+$16+$17}' /proc/$spid/stat)
  for k in $(ps -o pid= --ppid $spid); do
    t=$((t + $(awk '{print $14+$15}' /proc/$k/stat 2>/dev/null || echo 0)))
  done
  cpu=$(awk -v t=$t -v c=$(getconf CLK_TCK) 'BEGIN{printf "%.1f", t/c}')
  hwm=$(awk '/VmHWM/{print $2}' /proc/$spid/status)
  echo "memos server before search: cpu=$cpu s VmHWM=$hwm kB" > @QLOG@
fi
python3 bench_search.py memos "$@" 2>&1 | tee -a @QLOG@
"""


def run_peer(script: Path, workdir: Path, shots: Path, timeout: float) -> str:
    """Runs run_pensieve.sh; keeps its per-query lines (which it tails away) via a BENCH wrapper."""
    workdir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="peer_bench_"))
    qlog = tmp / "memos_queries.txt"
    wrapper = tmp / "bench_tee.sh"
    wrapper.write_text(_BENCH_WRAPPER.replace("@QLOG@", str(qlog)))
    wrapper.chmod(0o755)
    env = dict(os.environ, P=str(workdir), BENCH=f"bash {wrapper}", SHOTS=str(shots))
    # the copy of shots run_pensieve.sh makes is $P/shots; SHOTS points at ours directly
    sys.stderr.write(f"[peer] running {script} with P={workdir} (first run installs; slow)\n")
    t0 = time.perf_counter()
    proc = subprocess.run(
        ["bash", str(script)], env=env, capture_output=True, text=True, timeout=timeout
    )
    sys.stderr.write(
        f"[peer] finished in {time.perf_counter() - t0:.0f} s, exit {proc.returncode}\n"
    )
    text = proc.stdout
    if qlog.exists():
        text += "\n# per-query lines (bench_search.py)\n" + qlog.read_text()
    saved = workdir / "logs" / "peer_pensieve_output.txt"
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text(text + ("\n# stderr\n" + proc.stderr[-20000:] if proc.returncode else ""))
    sys.stderr.write(f"[peer] output saved to {saved}\n")
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"run_pensieve.sh failed with exit code {proc.returncode}")
    shutil.rmtree(tmp, ignore_errors=True)
    return text


# ---------------------------------------------------------------- report


def fmt(v, unit: str = "") -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        v = f"{v:.3f}" if v < 1 and unit == "" else f"{v:.1f}" if v < 100 else f"{v:.0f}"
    return f"{v}{unit}"


def print_table(ac: dict, pe: dict | None, n_shots: int, n_q: int) -> None:
    pe = pe or {}
    mb = lambda kb: None if kb is None else round(kb / 1024, 1)  # noqa: E731
    rows = [
        ("screenshots ingested", n_shots, n_shots if pe else None),
        ("ingest wall, all shots (s)", ac["ingest_wall_s"], pe.get("ingest_wall_s")),
        ("ingest CPU user+sys (s)", ac["ingest_cpu_s"], pe.get("server_ingest_cpu_s")),
        (
            "ingest per shot (s)",
            round(ac["ingest_wall_s"] / n_shots, 2),
            round(pe["ingest_wall_s"] / n_shots, 2) if "ingest_wall_s" in pe else None,
        ),
        (
            "peak RSS, ingest process (MB)",
            mb(ac["ingest_peak_rss_kb"]),
            mb(pe.get("scan_client_maxrss_kb")),
        ),
        (
            "peak RSS, server to end of ingest (MB)",
            "n/a (no server)",
            mb(pe.get("server_ingest_peak_rss_kb")),
        ),
        ("peak RSS, server incl. search (MB)", "n/a", mb(pe.get("server_peak_rss_kb"))),
        (
            f"top-1 ({n_q} queries)",
            f"{ac['top1']}/{ac['n']}",
            f"{pe['top1']}/{pe['n']}" if "top1" in pe else None,
        ),
        ("MRR", ac["mrr"], pe.get("mrr")),
        ("search latency p50 (ms)", ac["p50_ms"], pe.get("p50_ms")),
        ("search latency max (ms)", ac["max_ms"], pe.get("max_ms")),
        ("ask() end to end p50 (ms)", ac["ask_p50_ms"], None),
        ("ask() end to end max (ms)", ac["ask_max_ms"], None),
        ("ask() answered (not indeterminate)", f"{ac['ask_ok']}/{ac['n']}", None),
        ("ask() cites expected shot", f"{ac['ask_cites_expected']}/{ac['n']}", None),
        ("cold CLI `ask --json`, 1 query (ms)", ac.get("cli_ask_ms"), None),
    ]
    w0 = max(len(r[0]) for r in rows) + 2
    print()
    print(f"{'metric':<{w0}}{'Autocapture':>18}{'Pensieve (memos)':>20}")
    print("-" * (w0 + 38))
    for name, a, p in rows:
        print(f"{name:<{w0}}{fmt(a):>18}{fmt(p):>20}")
    print()
    print(
        "notes: Autocapture search = in-process analyse+FTS/trigram search+frame ranking (warm);"
        " Pensieve search = HTTP round trip to its server (bench_search.py, limit=10)."
    )
    print(
        "       Autocapture ingest wall includes process start and OCR model load; Pensieve's"
        " is `memos scan` against a server already started."
    )
    print(
        "       ingest CPU: Autocapture = its ingest process; Pensieve = its server (start, model"
        " load, the scan's OCR + embedding; before the first query; scan client not counted)."
    )
    print(
        f"       Autocapture RSS via {ac['rss_source']}; Pensieve RSS from run_pensieve.sh"
        " (client: /usr/bin/time %M; server: VmHWM over its whole life)."
    )


def print_queries(ac: dict, pe: dict | None) -> None:
    prow = (pe or {}).get("rows", {})
    print()
    print(
        f"{'AC rank':>7} {'AC ms':>7} {'ask ms':>7} {'ask':>5} {'PE rank':>7} {'PE ms':>6}"
        "  query -> expected"
        "   [Autocapture top-3 when missed]"
    )
    for r in ac["rows"]:
        p = prow.get(r["q"], {})
        ask = "cite" if r["ask_cited"] == r["want"] else ("other" if r["ask_cited"] else "none")
        miss = "" if r["rank"] == 1 else f"   top3={r['top3']} kw={r['keywords']}"
        print(
            f"{fmt(r['rank']):>7} {r['ms']:7.2f} {r['ask_ms']:7.1f} {ask:>5}"
            f" {fmt(p.get('rank')):>7} {fmt(p.get('ms')):>6}  {r['q']!r} -> {r['want']}{miss}"
        )
    print("  ask: cite = answer cites the expected shot; none = indeterminate, because:")
    for r in ac["rows"]:
        if r["ask_state"] == "indeterminate":
            print(f"    {r['q']!r}: {r['ask_reason']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--peers-dir",
        type=Path,
        default=DEFAULT_PEERS,
        help="folder with shots/, queries.tsv and run_pensieve.sh",
    )
    ap.add_argument("--shots", type=Path, help="default: PEERS_DIR/shots")
    ap.add_argument("--queries", type=Path, help="default: PEERS_DIR/queries.tsv")
    ap.add_argument("--skip-peer", action="store_true", help="measure Autocapture only")
    ap.add_argument("--peer-output", type=Path, help="parse this saved run_pensieve.sh output")
    ap.add_argument(
        "--peer-workdir",
        type=Path,
        default=Path("/tmp/peers"),
        help="P for run_pensieve.sh (its venv, models and run dir)",
    )
    ap.add_argument("--peer-timeout", type=float, default=3600.0)
    ap.add_argument(
        "--data-dir",
        type=Path,
        help="Autocapture data dir (must be empty/new); default: a temp dir",
    )
    ap.add_argument("--keep", action="store_true", help="keep the temp Autocapture data dir")
    ap.add_argument("--no-cli-ask", action="store_true", help="skip the one cold CLI ask")
    args = ap.parse_args(argv)

    shots = (args.shots or args.peers_dir / "shots").resolve()
    queries = read_queries(args.queries or args.peers_dir / "queries.tsv")
    n_shots = sum(1 for p in shots.iterdir() if p.suffix.lower() in IMAGE_EXTS)

    own_tmp = args.data_dir is None
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="ac_peer_")) / "data"
    if (data_dir / "autocapture.db").exists():
        raise SystemExit(f"{data_dir} already has a store; give a new --data-dir")

    # Autocapture first, so that RUSAGE_CHILDREN (the fallback) sees only its ingest.
    sys.stderr.write(f"[autocapture] ingest {n_shots} shots into {data_dir}\n")
    ac = autocapture_ingest(data_dir, shots)
    sys.stderr.write(f"[autocapture] {ac['ingest_summary']} in {ac['ingest_wall_s']} s\n")
    ac.update(autocapture_retrieval(data_dir, queries))
    if not args.no_cli_ask:
        ac["cli_ask_ms"] = autocapture_cli_ask(data_dir, queries[0][0])

    pe = None
    if args.peer_output:
        pe = parse_peer_output(args.peer_output.read_text())
    elif not args.skip_peer:
        pe = parse_peer_output(
            run_peer(
                args.peers_dir / "run_pensieve.sh", args.peer_workdir, shots, args.peer_timeout
            )
        )

    print_table(ac, pe, n_shots, len(queries))
    print_queries(ac, pe)

    missed = [r for r in ac["rows"] if r["rank"] != 1]
    if missed:
        print("\nAutocapture misses: OCR'd lines of the expected shot that share a keyword")
        for r in missed:
            lines = span_text(data_dir, r["want"])
            kws = [k.lower() for k in r["keywords"]]
            near = [ln for ln in lines if any(k in ln.lower() for k in kws)][:6]
            print(f"  {r['q']!r} -> {r['want']}: {len(lines)} lines; matching: {near}")

    def strip(d: dict | None) -> dict | None:
        return None if d is None else {k: v for k, v in d.items() if k != "rows"}

    result = {
        "bench": "peer_pensieve",
        "shots": n_shots,
        "queries": len(queries),
        "cpus": os.cpu_count(),
        "autocapture": strip(ac),
        "pensieve": strip(pe),
    }
    if own_tmp and not args.keep:
        shutil.rmtree(data_dir.parent, ignore_errors=True)
    else:
        result["autocapture"]["data_dir"] = str(data_dir)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
