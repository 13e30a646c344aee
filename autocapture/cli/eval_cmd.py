"""`autocapture eval`: run golden suites, print metrics, compare with a baseline."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

import click

from autocapture.calibration import fit
from autocapture.cli.common import open_app
from autocapture.evals.baseline import compare, fingerprint, make_baseline
from autocapture.evals.metrics import reliability, summarise
from autocapture.evals.runner import Runner, TestResult
from autocapture.evals.suite import Suite, SuiteError, SuiteSkipped, load_suite


def _split(test_id: str) -> str:
    return "train" if int(hashlib.sha256(test_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def fit_and_report(results: dict[str, list[TestResult]], out: Path) -> dict[str, Any]:
    """Fit on one split, report ECE on the other, and write the mapping with its report."""
    rows = {"train": [], "heldout": []}  # type: dict[str, list]
    for name, rs in results.items():
        for r in rs:
            feats = r.answer.trace.get("features")
            if feats:
                rows[_split(f"{name}/{r.test.id}")].append((feats, r.correct, r.answer.confidence))
    model = fit([(f, ok) for f, ok, _ in rows["train"]])

    def ece(pairs: list[tuple[float, bool]]) -> float | None:
        return reliability(pairs)[0]

    report = {
        "train_n": len(rows["train"]),
        "heldout_n": len(rows["heldout"]),
        "heldout_ece_before": ece([(c, ok) for _, ok, c in rows["heldout"]]),
        "heldout_ece_after": ece([(model.predict(f), ok) for f, ok, _ in rows["heldout"]]),
        "train_ece_after": ece([(model.predict(f), ok) for f, ok, _ in rows["train"]]),
        "heldout_reliability": reliability(
            [(model.predict(f), ok) for f, ok, _ in rows["heldout"]]
        )[1],
        "suites": sorted(results),
    }
    out.write_text(model.to_json(report), encoding="utf-8")
    return report


def _fmt(v: Any) -> str:
    return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def _print_summary(name: str, s: dict[str, Any]) -> None:
    o = s["overall"]
    click.echo(f"\n== {name}: {s['n']} tests")
    cols = (
        "accuracy",
        "precision",
        "recall",
        "abstention_accuracy",
        "citation_precision",
        "citation_recall",
    )
    click.echo(f"{'':<16}" + "".join(f"{c[:12]:>13}" for c in (*cols, "n")))
    click.echo(f"{'overall':<16}" + "".join(f"{_fmt(o[c]):>13}" for c in cols) + f"{o['n']:>13}")
    for cls, b in s["by_class"].items():
        click.echo(f"{cls:<16}" + "".join(f"{_fmt(b[c]):>13}" for c in cols) + f"{b['n']:>13}")
    for tag, b in s["by_tag"].items():
        click.echo(
            f"{'#' + tag:<16}" + "".join(f"{_fmt(b[c]):>13}" for c in cols) + f"{b['n']:>13}"
        )
    conf = ", ".join(f"{t}->{dict(p)}" for t, p in s["confusion"].items())
    click.echo(f"confusion (tagged -> predicted): {conf}")
    click.echo(
        f"ECE: {_fmt(s['calibration']['ece'])}  reliability: "
        + " ".join(
            f"[{b['bin']}: n={b['n']}"
            + (f" conf={b['confidence']} acc={b['accuracy']}]" if b["n"] else "]")
            for b in s["calibration"]["reliability"]
            if b["n"]
        )
    )
    lat = s["latency_ms"].get("total")
    if lat:
        click.echo(f"latency total p50 {lat['p50']} ms, p95 {lat['p95']} ms")


@click.command("eval")
@click.argument(
    "suites", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON report.")
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compare with this baseline; regressions beyond tolerance exit 1.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a baseline of this run to FILE.",
)
@click.option(
    "--repeat",
    type=click.IntRange(1, 10),
    default=1,
    show_default=True,
    help="Run N times; any difference in answer, citations or strategy exits 1.",
)
@click.option(
    "--work-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where evaluation stores are kept (default: DATA_DIR/evals).",
)
@click.option("--show-failures", is_flag=True, help="List each wrong test with why.")
@click.option(
    "--fit-calibration",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fit the confidence mapping on half the tests, report ECE on the other "
    "half, and write it to FILE (propose it as template confidence.calibration).",
)
@click.pass_context
def eval_(
    ctx: click.Context,
    suites: tuple[Path, ...],
    as_json: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    repeat: int,
    work_dir: Path | None,
    show_failures: bool,
    fit_calibration: Path | None,
) -> None:
    """Run golden SUITES (YAML files, e.g. evals/*.yaml) and report their metrics.

    \b
    Exit codes: 0 pass; 1 failure (a test below the suite's min_accuracy, a
    nondeterministic answer with --repeat, or a regression against --baseline);
    2 usage error (bad arguments or an invalid suite file).
    """
    app = open_app(ctx)
    base_cfg = app.config
    app.close()
    work = work_dir or base_cfg.data_dir / "evals"
    loaded: list[Suite] = []
    skipped: dict[str, str] = {}
    for path in suites:
        try:
            loaded.append(load_suite(path, work / "generated"))
        except SuiteSkipped as exc:
            skipped[str(path)] = str(exc)
        except SuiteError as exc:
            raise click.UsageError(str(exc)) from None
    runner = Runner(base_cfg, work / "stores")
    failures: list[str] = []
    results: dict[str, list[TestResult]] = {}
    try:
        for suite in loaded:
            runs = [runner.run(suite) for _ in range(repeat)]
            results[suite.name] = runs[0]
            for i, later in enumerate(runs[1:], start=2):
                for a, b in zip(runs[0], later, strict=True):
                    fa, fb = fingerprint(a), fingerprint(b)
                    diff = [
                        k for k in ("answer", "citations", "strategy", "state") if fa[k] != fb[k]
                    ]
                    if diff:
                        failures.append(f"{suite.name}/{a.test.id}: run {i} differs in {diff}")
    finally:
        runner.close()
    summaries = {name: summarise(rs) for name, rs in results.items()}
    for suite in loaded:
        need = suite.tolerance.get("min_accuracy")
        acc = summaries[suite.name]["overall"]["accuracy"] or 0.0
        if need is not None and acc < need:
            failures.append(f"{suite.name}: accuracy {acc} below min_accuracy {need}")
    regressions: list[str] = []
    changes: list[str] = []
    if baseline:
        regressions, changes = compare(
            json.loads(baseline.read_text()), results, {s.name: s.tolerance for s in loaded}
        )
    if write_baseline:
        write_baseline.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkstemp(dir=write_baseline.parent)[1])
        tmp.write_text(
            json.dumps(make_baseline(results, summaries), indent=1, sort_keys=True) + "\n"
        )
        tmp.chmod(0o644)
        tmp.replace(write_baseline)
    calibration_report = fit_and_report(results, fit_calibration) if fit_calibration else None
    if as_json:
        click.echo(
            json.dumps(
                {
                    "calibration_fit": calibration_report,
                    "suites": summaries,
                    "skipped": skipped,
                    "failures": failures,
                    "regressions": regressions,
                    "changes": changes,
                    "tests": {n: [r.record() for r in rs] for n, rs in results.items()},
                },
                indent=1,
            )
        )
    else:
        for name, s in summaries.items():
            _print_summary(name, s)
            if show_failures:
                for r in results[name]:
                    if not r.correct:
                        click.echo(
                            f"  WRONG {r.test.id}: {r.test.question!r} -> "
                            f"{r.answer.answer[:90]!r} ({'; '.join(r.problems)})"
                        )
        for path, why in skipped.items():
            click.echo(f"skipped {path}: {why}")
        if calibration_report:
            r = calibration_report
            click.echo(
                f"\ncalibration: fitted on {r['train_n']} tests, held out {r['heldout_n']};"
                f" held-out ECE {r['heldout_ece_before']} -> {r['heldout_ece_after']}"
                f" (train {r['train_ece_after']}); written to {fit_calibration}"
            )
        for line in changes:
            click.echo(f"changed: {line}")
        for line in failures + regressions:
            click.echo(f"FAIL: {line}", err=True)
    if failures or regressions:
        ctx.exit(1)
