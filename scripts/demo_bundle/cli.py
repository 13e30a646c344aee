"""The command line: render every scene, then write the bundle and truth.json."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .bundle import prepare_out, write_bundle
from .constants import DEFAULT_CHROMIUM, DEFAULT_OUT
from .render import render_frames
from .scenes import build_frames
from .truth import write_truth


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(
        description="Render the autocapture demo desktop with headless Chromium and write a "
        "frame bundle v1 plus ground truth."
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="bundle directory to write (default: demo/bundle)",
    )
    ap.add_argument(
        "--truth",
        type=Path,
        default=None,
        help="ground-truth JSON path (default: truth.json next to the bundle dir)",
    )
    ap.add_argument(
        "--chromium",
        default=DEFAULT_CHROMIUM,
        help=f"Chromium binary (default: {DEFAULT_CHROMIUM})",
    )
    ap.add_argument(
        "--html-dir",
        type=Path,
        default=None,
        help="also keep the generated HTML pages in this directory",
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Render all frames and write the bundle, truth.json and images."""
    args = parse_args(argv)
    chromium = args.chromium
    if not (os.path.isfile(chromium) and os.access(chromium, os.X_OK)):
        sys.exit(
            f"error: Chromium not found at {chromium} (install the Debian 'chromium' "
            "package or pass --chromium PATH)"
        )
    out: Path = args.out.resolve()
    truth_path: Path = (args.truth or out.parent / "truth.json").resolve()
    prepare_out(out)
    if args.html_dir:
        args.html_dir.mkdir(parents=True, exist_ok=True)

    records, truth_frames = render_frames(build_frames(), chromium, out, args.html_dir)
    write_bundle(out, records)
    write_truth(truth_path, out, truth_frames)
    print(f"wrote {len(records)} frames to {out} and ground truth to {truth_path}")
    return 0
