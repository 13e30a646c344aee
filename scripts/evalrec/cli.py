"""The command line: record scenarios on a fresh X desktop, then write the suites."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.xdesktop import XDesktop, missing_x_tools

from .constants import REPO
from .content_sets import CONTENT_SETS, Content, load_content
from .progress import log
from .recorder import Recorder
from .scenarios import NEEDS, SCENARIOS
from .suites import write_suites


@contextlib.contextmanager
def desktop(screen: tuple[int, int]) -> Iterator[XDesktop]:
    with XDesktop(width=screen[0], height=screen[1]) as desk:
        yield desk


def record(out: Path, names: list[str], tz: str, pace: float, content: Content) -> None:
    missing = missing_x_tools() + [t for n in names for t in NEEDS[n] if shutil.which(t) is None]
    if missing:
        raise SystemExit(f"cannot record: missing {', '.join(sorted(set(missing)))}")
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        log(f"scenario {name}")
        work = Path(tempfile.mkdtemp(prefix=f"evrec-{name}-"))
        try:
            with desktop(content.profile.SCREEN) as desk:
                rec = Recorder(desk, out, name, tz, pace, work, content)
                try:
                    SCENARIOS[name](rec)
                finally:
                    rec.close()
        finally:
            shutil.rmtree(work, ignore_errors=True)
        size = sum(p.stat().st_size for p in (out / name).rglob("*") if p.is_file())
        log(f"scenario {name}: {len(rec.frames)} frames, {size / 1e6:.2f} MB")


def main(argv: list[str] | None = None, description: str | None = None) -> int:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=REPO / "evals" / "x11")
    ap.add_argument("--scenario", action="append", choices=sorted(SCENARIOS))
    ap.add_argument(
        "--content",
        choices=sorted(CONTENT_SETS),
        default="default",
        help="what the programs show (the suites are generated for 'default' only)",
    )
    ap.add_argument(
        "--tz", default=None, help="time zone of the programs and suites (default: the set's)"
    )
    ap.add_argument("--pace", type=float, default=1.0, help="scale of the pauses between steps")
    ap.add_argument(
        "--suites-dir",
        type=Path,
        default=None,
        help="where to write x11_<class>.yaml (default: the parent of --out)",
    )
    ap.add_argument("--no-suites", action="store_true", help="record only")
    ap.add_argument("--suites-only", action="store_true", help="write suites from truth only")
    args = ap.parse_args(argv)
    out = args.out.resolve()
    content = load_content(args.content)
    if content.name != "default" and not args.no_suites:
        ap.error("the question generators are for the default content: add --no-suites")
    if not args.suites_only:
        tz = args.tz or content.profile.TZ
        record(out, args.scenario or list(SCENARIOS), tz, args.pace, content)
    if not args.no_suites:
        for path in write_suites(out, (args.suites_dir or out.parent).resolve()):
            log(f"wrote {path}")
    return 0
