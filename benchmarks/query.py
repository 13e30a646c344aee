"""Query benchmark: a synthetic N-frame store (no OCR) and a realistic question mix.

The corpus is written frame by frame through ``Store.write_frame``, exactly as ingest writes
it: 2-4 windows per frame, 30-60 OCR-like line spans per frame (terminal output, test runs,
tracebacks, invoices, chat, e-mail, calendar, browser pages, code) plus one word span per word
of each line, timestamps spread over 30 days before ``--now``. Numbers, names and ids vary per
frame so frames differ. With ``--seed-data-dir`` about half of the windows reuse real OCR'd
line text (digits jittered) from an existing store, e.g. one kept by ``benchmarks/ingest.py
--keep``. The image blob is a tiny unique 64x40 PNG; the frame claims a 1920x1080 screen.

The question mix (with and without time expressions, answerable and not) then runs through
one warm pipeline (``Autocapture.ask`` with a fixed ``now``): warm-up queries first, then at
least ``--queries`` timed ones. Prints corpus size, build time, DB size, ask latency
p50/p95/max, per-stage p50/p95 from ``answer.trace["stages_ms"]``, answer states, and a
one-line JSON summary.

    python benchmarks/query.py                       # 10,000 frames in a temp dir
    python benchmarks/query.py --frames 2000 --keep --data-dir /tmp/q2k
    python benchmarks/query.py --data-dir /tmp/q2k --reuse --profile 25
"""

# The benchmark lives in the package benchmarks/querybench (see its __init__); this script is
# its entry point, and ``build_corpus`` stays importable from here (benchmarks/promptops.py
# loads this file to build the same kind of store).

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.querybench.cli import main as run_cli  # noqa: E402
from benchmarks.querybench.corpus import build_corpus  # noqa: E402

__all__ = ["build_corpus", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the query benchmark (see the module docstring)."""
    return run_cli(argv, description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
