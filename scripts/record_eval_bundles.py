#!/usr/bin/env python3
"""Record evaluation bundles from real programs on a real X desktop, with ground truth.

    .venv/bin/python scripts/record_eval_bundles.py --out evals/x11 [--scenario NAME ...]

Starts Xvfb (1280x800x24) and openbox on a free display (``tests/xdesktop.py``), runs each
scenario's programs (xterm, chromium, calcurse, mutt, less, yad) with content written here,
moves the focus between windows with xdotool, and after each step grabs the screen with mss
and the window facts with ``autocapture.capture.x11`` (stacking order, title, WM_CLASS, pid,
frame rect, focus). Each scenario becomes ``OUT/<scenario>/bundle`` (bundle v1, written with
``autocapture.capture.bundle_writer``) and ``OUT/<scenario>/truth.json``.

Ground truth never comes from OCR:

* windows and focus per frame: the X server (EWMH), the same facts as in frames.jsonl;
* terminal lines and their colours: every command typed into an xterm is run a second time
  with colour forced, into a pipe, and its SGR codes are parsed (xterm's palette gives RGB);
* calendar: the calcurse ``apts``/``todo`` files written here, parsed back;
* mail and chat: the mbox (Python's ``mailbox``) and the chat log file written here;
* form values: what xdotool typed, checked against what yad printed when the form was sent;
* browser: the pages served by ``http.server`` (titles, URLs, text) and the active tab from
  the browser window's title on the X server.

Then (unless ``--no-suites``) the question suites ``evals/x11_<class>.yaml`` are written from
the truth files (``--suites-only`` rewrites them without recording). Times in questions are
the recorded times in ``--tz`` (the programs run in that zone too).

``--pace`` scales the pauses between steps (1.0: focus changes that last over a minute, so
"which window had focus at 14:05?" has one answer; 0 for quick test runs).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts.evalrec.cli import main as run_cli  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, description=__doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
