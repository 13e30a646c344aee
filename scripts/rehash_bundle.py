"""Rewrite the packaged prompt bundle's manifest after editing a template in the repository.

Usage: python scripts/rehash_bundle.py [TEMPLATE_ID ...]   (the ids named get version + 1)

Template changes in a user's data directory go through `autocapture promptops propose`;
this script is for the defaults that ship with the package (their golden-suite check is
the test suite: tests/test_e2e_demo.py and tests/test_evals.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from autocapture.promptops.bundle import write_manifest

BUNDLE = Path(__file__).resolve().parent.parent / "autocapture" / "promptops" / "default_bundle"


def main(bump: list[str]) -> None:
    manifest = json.loads((BUNDLE / "manifest.json").read_text())
    versions = {
        t["id"]: (t["version"] + (1 if t["id"] in bump else 0), t["file"])
        for t in manifest["templates"]
    }
    unknown = set(bump) - set(versions)
    if unknown:
        sys.exit(f"unknown template ids: {sorted(unknown)}")
    print(write_manifest(BUNDLE, versions))


if __name__ == "__main__":
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    main(sys.argv[1:])
