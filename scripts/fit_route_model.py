"""Fit the learned class guess (bundle template ``route.model``) on the golden suites' labelled
questions, report how well it routes questions of a suite it did not see, and write it.

Usage: python scripts/fit_route_model.py [SUITE.yaml ...] [--out FILE] [--threshold P]
(default: every suite under evals/ and evals/blind/; out: the packaged default bundle, whose
manifest is rewritten with route.model's version + 1).

The report is leave-one-suite-out: each suite's questions are guessed by a model fitted on
all the others, the honest measure for wording no suite has yet.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

from autocapture.answer.class_guess import CLASSES, fit
from autocapture.embed import default_encoder
from autocapture.promptops.bundle import write_manifest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "autocapture" / "promptops" / "default_bundle"
FILE = "route_model.json"


def labelled(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(suite, class, question) for every test with a known class."""
    rows = []
    for path in paths:
        try:
            suite = yaml.safe_load(path.read_text())
        except yaml.YAMLError as exc:
            sys.exit(f"{path}: not YAML: {exc}")
        for i, test in enumerate(suite.get("tests") or []):
            cls, q = test.get("class"), test.get("question")
            if cls is None or q is None:
                continue
            if cls not in CLASSES:
                sys.exit(f"{path}: test {i} ({test.get('id')}): unknown class {cls!r}")
            rows.append((suite.get("suite", path.stem), cls, q))
    return rows


def leave_one_suite_out(
    vectors: np.ndarray, rows: list[tuple[str, str, str]], threshold: float
) -> dict:
    suites = np.array([r[0] for r in rows])
    labels = [r[1] for r in rows]
    right = sure = sure_right = 0
    per_suite = {}
    for name in sorted(set(suites)):
        test = suites == name
        model = fit(vectors[~test], [lab for lab, t in zip(labels, test, strict=True) if not t])
        p = model.probabilities(vectors[test])
        got = [model.classes[i] for i in p.argmax(axis=1)]
        want = [lab for lab, t in zip(labels, test, strict=True) if t]
        ok = sum(g == w for g, w in zip(got, want, strict=True))
        per_suite[name] = f"{ok}/{len(want)}"
        right += ok
        for g, w, pm in zip(got, want, p.max(axis=1), strict=True):
            if pm >= threshold and g != "lookup":
                sure += 1
                sure_right += g == w
    n = len(rows)
    return {
        "questions": n,
        "suites": len(per_suite),
        "accuracy": round(right / n, 3),
        "sure_non_lookup_share": round(sure / n, 3),
        "sure_non_lookup_precision": round(sure_right / max(sure, 1), 3),
        "per_suite": per_suite,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suites", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=BUNDLE / FILE)
    ap.add_argument("--threshold", type=float, default=0.8)
    args = ap.parse_args()
    paths = args.suites or sorted(ROOT.glob("evals/*.yaml")) + sorted(
        ROOT.glob("evals/blind/*.yaml")
    )
    rows = labelled(paths)
    print(f"{len(rows)} labelled questions in {len(paths)} suites: {Counter(r[1] for r in rows)}")
    vectors = default_encoder().encode_many([r[2] for r in rows])
    report = leave_one_suite_out(vectors, rows, args.threshold)
    print(json.dumps({k: v for k, v in report.items() if k != "per_suite"}))
    model = fit(vectors, [r[1] for r in rows], threshold=args.threshold)
    report["per_suite"] = dict(sorted(report["per_suite"].items()))
    args.out.write_text(model.to_json(report))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    if args.out.resolve() == (BUNDLE / FILE).resolve():
        manifest = json.loads((BUNDLE / "manifest.json").read_text())
        versions = {t["id"]: (t["version"], t["file"]) for t in manifest["templates"]}
        old = versions.get("route.model", (0, FILE))[0]
        versions["route.model"] = (old + 1, FILE)
        print(write_manifest(BUNDLE, versions))


if __name__ == "__main__":
    main()
