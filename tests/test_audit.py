"""The audit chain: every kind of tampering is named at its first bad entry; concurrent and
interrupted writers keep it valid; queries are recorded (redacted) and can be replayed."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from autocapture.api import Autocapture
from autocapture.audit import (
    AuditLog,
    answer_hash,
    audit_dir,
    audit_event,
    entry_hash,
    verify,
)
from autocapture.audit.chain import HEAD_FILE, LOG_FILE
from autocapture.audit.head import SLOT, read_head, write_head
from autocapture.cli import cli
from autocapture.config import load_config
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR
from autocapture.promptops.lifecycle import Lifecycle
from tests.conftest import REPO, synthetic_frame
from tests.test_redaction import SECRETS

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
LINES = ["Invoice INV-2026-0042", "Subtotal $1,178.44", "Total $1,284.50", "Status: due"]


# -- helpers -----------------------------------------------------------------------------
def chain(d: Path, n: int) -> list[bytes]:
    log = AuditLog(d)
    for i in range(n):
        log.append("test", {"i": i})
    log.close()
    return read_lines(d)


def read_lines(d: Path) -> list[bytes]:
    return (d / LOG_FILE).read_bytes().split(b"\n")[:-1]


def write_lines(d: Path, lines: list[bytes], tail: bytes = b"\n") -> None:
    (d / LOG_FILE).write_bytes(b"\n".join(lines) + (tail if lines else b""))


def forge(prev_hash: str, seq: int, payload: dict | None = None) -> bytes:
    """An entry that is valid on its own: what a forger who knows the format would write."""
    e = {
        "v": 1,
        "seq": seq,
        "ts_utc": "2026-01-01T00:00:00+00:00",
        "kind": "test",
        "actor": "mallory@elsewhere",
        "payload": payload or {"forged": True},
        "prev_hash": prev_hash,
    }
    e["entry_hash"] = entry_hash(e)
    return json.dumps(e, sort_keys=True, separators=(",", ":")).encode()


def rehash(raw: bytes, **changes: object) -> bytes:
    e = {**json.loads(raw), **changes}
    e["entry_hash"] = entry_hash(e)
    return json.dumps(e, sort_keys=True, separators=(",", ":")).encode()


def broken_at(d: Path) -> tuple[int, int, str]:
    result = verify(d)
    assert not result.ok and result.problem is not None
    return result.problem.entry, result.problem.line, result.problem.kind


def make_app(tmp_path: Path) -> Autocapture:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    app.store.write_frame(synthetic_frame(1, LINES, title="Invoice INV-2026-0042 - Browser"))
    return app


def cli_run(data_dir: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], catch_exceptions=False)


# -- the chain itself ----------------------------------------------------------------------
def test_entries_link_and_head_follows(tmp_path: Path) -> None:
    lines = chain(tmp_path, 5)
    entries = [json.loads(x) for x in lines]
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0]["prev_hash"] == "0" * 64
    for a, b in itertools.pairwise(entries):
        assert b["prev_hash"] == a["entry_hash"] == entry_hash(a)
    head = read_head(tmp_path / HEAD_FILE)
    assert head is not None and (head["seq"], head["entry_hash"]) == (5, entries[-1]["entry_hash"])
    assert "@" in entries[0]["actor"] and "pid" in entries[0]["actor"]
    assert verify(tmp_path).ok and verify(tmp_path).entries == 5
    assert verify(tmp_path / "nothing").ok  # no audit yet: an empty, valid chain


def test_edited_entry(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    lines[2] = lines[2].replace(b'"i":2', b'"i":7')
    write_lines(tmp_path, lines)
    assert broken_at(tmp_path) == (3, 3, "edited")


def test_edited_and_rehashed_entry(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    lines[2] = rehash(lines[2], payload={"i": 7})
    write_lines(tmp_path, lines)
    assert broken_at(tmp_path) == (3, 3, "rewritten")


def test_deleted_entry_in_the_middle(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    del lines[2]
    write_lines(tmp_path, lines)
    entry, line, kind = broken_at(tmp_path)
    assert (entry, line, kind) == (3, 3, "deleted")
    assert "entry 3 missing" in verify(tmp_path).problem.message()  # type: ignore[union-attr]


@pytest.mark.parametrize("at", [0, 2, 5])
def test_inserted_entry(tmp_path: Path, at: int) -> None:
    """A forged entry that is valid on its own (right seq, links to its predecessor)."""
    lines = chain(tmp_path, 6)
    before = json.loads(lines[at])
    lines.insert(at, forge(before["prev_hash"], before["seq"]))
    write_lines(tmp_path, lines)
    assert broken_at(tmp_path) == (at + 1, at + 1, "inserted")


def test_inserted_copy_of_an_entry(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    lines.insert(4, lines[1])
    write_lines(tmp_path, lines)
    assert broken_at(tmp_path) == (5, 5, "duplicated")


def test_reordered_entries(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    lines[2], lines[3] = lines[3], lines[2]
    write_lines(tmp_path, lines)
    assert broken_at(tmp_path) == (3, 3, "reordered")


def test_truncated_tail(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    write_lines(tmp_path, lines[:4])
    assert broken_at(tmp_path) == (5, 5, "truncated")
    write_lines(tmp_path, [])
    assert broken_at(tmp_path) == (1, 1, "truncated")


def test_rewritten_tail(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    last = json.loads(lines[4])
    write_lines(tmp_path, [*lines[:5], forge(last["entry_hash"], 6)])
    assert broken_at(tmp_path) == (6, 6, "rewritten")


def test_append_never_launders_a_truncation(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    write_lines(tmp_path, lines[:4])
    log = AuditLog(tmp_path)
    for i in range(3):  # entries 5-7 again, chained validly onto the cut file
        log.append("test", {"after": i})
    log.close()
    assert not verify(tmp_path).ok
    # Another process (a new AuditLog) sees the frozen head and does not move it either.
    AuditLog(tmp_path).append("test", {"later": 1})
    problem = verify(tmp_path).problem
    assert problem is not None and problem.entry == 6  # the head's entry 6 is not the file's


def test_torn_last_line_is_reported_then_repaired(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    full = (tmp_path / LOG_FILE).read_bytes()
    torn = forge(json.loads(lines[-1])["entry_hash"], 7)[:40]
    (tmp_path / LOG_FILE).write_bytes(full + torn)  # a writer killed mid-line
    assert broken_at(tmp_path) == (7, 7, "torn")
    AuditLog(tmp_path).append("test", {"after": "crash"})
    result = verify(tmp_path)
    assert result.ok, result.problem
    entries = [json.loads(x) for x in read_lines(tmp_path)]
    assert [e["kind"] for e in entries[-2:]] == ["repair", "test"]
    assert entries[-2]["payload"]["torn_bytes"] == 40
    assert torn not in (tmp_path / LOG_FILE).read_bytes()


def test_cut_last_line_is_the_first_bad_entry(tmp_path: Path) -> None:
    lines = chain(tmp_path, 6)
    write_lines(tmp_path, [*lines[:5], lines[5][:30]], tail=b"")
    assert broken_at(tmp_path) == (6, 6, "torn")


def test_head_one_behind_after_a_kill_is_fine(tmp_path: Path) -> None:
    chain(tmp_path, 5)
    old_head = (tmp_path / HEAD_FILE).read_bytes()
    AuditLog(tmp_path).append("test", {"i": 5})
    (tmp_path / HEAD_FILE).write_bytes(old_head)  # killed between line fsync and head replace
    assert verify(tmp_path).ok
    AuditLog(tmp_path).append("test", {"i": 6})
    assert verify(tmp_path).ok
    assert read_head(tmp_path / HEAD_FILE)["seq"] == 7  # type: ignore[index]
    # A head write torn by a power cut spoils one slot; the other names the entry before.
    AuditLog(tmp_path).append("test", {"i": 7})  # entry 8 goes to slot 0, 7 stays in slot 1
    raw = bytearray((tmp_path / HEAD_FILE).read_bytes())
    raw[20:60] = b"\0" * 40
    (tmp_path / HEAD_FILE).write_bytes(bytes(raw))
    assert read_head(tmp_path / HEAD_FILE)["seq"] == 7  # type: ignore[index]
    assert verify(tmp_path).ok
    AuditLog(tmp_path).append("test", {"i": 8})
    assert verify(tmp_path).ok and verify(tmp_path).entries == 9


@pytest.mark.parametrize("kept", [0, 2])
def test_head_several_behind_after_a_power_cut(tmp_path: Path, kept: int) -> None:
    """Head writes are not synced: a power cut can lose several, never the synced lines."""
    if kept:
        chain(tmp_path, kept)
    else:  # what a new log writes (synced) before its first line
        write_head(tmp_path / HEAD_FILE, {"seq": 0, "entry_hash": "0" * 64}, both=True)
    old_head = (tmp_path / HEAD_FILE).read_bytes()
    chain(tmp_path, 3)
    (tmp_path / HEAD_FILE).write_bytes(old_head)
    assert verify(tmp_path).ok
    AuditLog(tmp_path).append("test", {"after": "power cut"})
    assert verify(tmp_path).ok
    assert read_head(tmp_path / HEAD_FILE)["seq"] == kept + 4  # type: ignore[index]


def test_missing_or_unreadable_head_is_reported(tmp_path: Path) -> None:
    chain(tmp_path, 3)
    (tmp_path / HEAD_FILE).write_bytes(b"x" * 2 * SLOT)
    assert broken_at(tmp_path) == (4, 4, "head")
    (tmp_path / HEAD_FILE).unlink()
    assert broken_at(tmp_path) == (4, 4, "head")


APPENDER = """
import sys
from pathlib import Path
from autocapture.audit import AuditLog
log = AuditLog(Path(sys.argv[1]))
for i in range(int(sys.argv[2])):
    log.append("test", {"writer": sys.argv[3], "i": i})
"""


def test_two_processes_appending_keep_one_chain(tmp_path: Path) -> None:
    procs = [
        subprocess.Popen([sys.executable, "-c", APPENDER, str(tmp_path), "200", name], cwd=REPO)
        for name in ("a", "b")
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    result = verify(tmp_path)
    assert result.ok, result.problem
    entries = [json.loads(x) for x in read_lines(tmp_path)]
    assert len(entries) == 400 and [e["seq"] for e in entries] == list(range(1, 401))
    for name in ("a", "b"):
        mine = [e["payload"]["i"] for e in entries if e["payload"]["writer"] == name]
        assert mine == list(range(200))


# -- property: any single mutation is detected at the first line it touches ------------
_BASE: dict[int, tuple[bytes, bytes]] = {}


def _base(n: int) -> tuple[bytes, bytes]:
    if n not in _BASE:
        with tempfile.TemporaryDirectory() as tmp:
            chain(Path(tmp), n)
            _BASE[n] = ((Path(tmp) / LOG_FILE).read_bytes(), (Path(tmp) / HEAD_FILE).read_bytes())
    return _BASE[n]


@st.composite
def mutation(draw: st.DrawFn) -> tuple[str, int, bytes]:
    n = draw(st.integers(1, 12))
    raw, _ = _base(n)
    lines = raw.split(b"\n")[:-1]
    i = draw(st.integers(0, n - 1))
    kind = draw(
        st.sampled_from(
            ["edit", "rehash", "delete", "insert", "swap", "truncate", "cut", "junk", "copy"]
        )
    )
    if kind == "swap" and n < 2:
        kind = "delete"
    if kind == "edit":
        field = draw(st.sampled_from(["payload", "ts_utc", "kind", "actor", "seq", "prev_hash"]))
        e = json.loads(lines[i])
        e[field] = {
            "payload": {"i": -1},
            "ts_utc": "2020-01-01T00:00:00+00:00",
            "kind": "other",
            "actor": "mallory@x",
            "seq": e["seq"] + 1,
            "prev_hash": "f" * 64,
        }[field]
        lines[i] = json.dumps(e, sort_keys=True, separators=(",", ":")).encode()
    elif kind == "rehash":
        lines[i] = rehash(lines[i], payload={"i": -1})
    elif kind == "delete":
        del lines[i]
    elif kind == "insert":
        e = json.loads(lines[i])
        lines.insert(i, forge(e["prev_hash"], e["seq"], {"x": draw(st.integers())}))
    elif kind == "swap":
        j = draw(st.integers(0, n - 1).filter(lambda j: j != i))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "truncate":
        lines = lines[:i]
    elif kind == "copy":
        j = draw(st.integers(0, n))
        lines.insert(j, lines[i])
    if kind == "cut":
        cut = draw(st.integers(1, len(lines[-1]) - 1))
        out = b"\n".join(lines)[: -len(lines[-1]) + cut]
    elif kind == "junk":
        out = raw + draw(st.binary(min_size=1, max_size=40).filter(lambda b: b"\n" not in b))
    else:
        out = b"".join(x + b"\n" for x in lines)
    return kind, n, out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutation())
def test_any_single_mutation_is_detected_at_its_first_line(
    case: tuple[str, int, bytes],
) -> None:
    kind, n, mutated = case
    event(kind)
    raw, head = _base(n)
    if mutated == raw:  # e.g. a copy that changes nothing cannot exist; guard anyway
        return
    before, after = raw.split(b"\n"), mutated.split(b"\n")
    first = next(
        k
        for k in range(max(len(before), len(after)))
        if k >= len(before) or k >= len(after) or before[k] != after[k]
    )
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / LOG_FILE).write_bytes(mutated)
        (d / HEAD_FILE).write_bytes(head)
        result = verify(d)
    assert not result.ok
    assert result.problem is not None
    assert (result.problem.line, result.problem.entry) == (first + 1, first + 1), (
        result.problem.message()
    )


# -- what is recorded ----------------------------------------------------------------------
def test_answer_hash_ignores_trace_timing_and_confidence(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    a = app.ask("what was the total?", now=NOW)
    b = app.ask("what was the total?", now=NOW)
    app.close()
    assert a.trace["query_id"] != b.trace["query_id"]
    assert answer_hash(a) == answer_hash(b)
    changed = a.model_copy(update={"confidence": 0.01, "trace": {}})
    assert answer_hash(changed) == answer_hash(a)
    assert answer_hash(a.model_copy(update={"answer": "Total: $1.00"})) != answer_hash(a)


def test_query_is_recorded(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    ans = app.ask("what was the total?", now=NOW)
    app.close()
    d = audit_dir(tmp_path / "data")
    assert verify(d).ok
    [(_, entry)] = list(AuditLog(d).entries())
    p = entry["payload"]
    assert entry["kind"] == "query" and entry["seq"] == 1
    assert p["query_id"] == ans.trace["query_id"]
    assert p["query"] == "what was the total?" and p["query_redacted"] is False
    assert p["query_effective"] == ans.query_effective
    assert datetime.fromisoformat(p["now"]) == NOW
    assert p["answer_hash"] == answer_hash(ans) and p["state"] == "ok"
    assert p["citations"] == [c.span_id for c in ans.claims[0].citations]
    assert p["bundle_sha256"] == ans.trace["bundle_sha256"]


def test_replay_matches_through_the_cli(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    qid = app.ask("what was the total?", now=NOW).trace["query_id"]
    app.close()
    out = cli_run(tmp_path / "data", "audit", "replay", qid)
    assert out.exit_code == 0, out.output
    assert "result    match" in out.output and "what      'what was the total?'" in out.output
    assert "2026-11-23T18:00:00+00:00" in out.output
    js = cli_run(tmp_path / "data", "audit", "replay", qid[:10], "--json")
    assert json.loads(js.output)["match"] is True
    kinds = [e["kind"] for _, e in AuditLog(audit_dir(tmp_path / "data")).entries()]
    assert kinds == ["query", "query", "replay", "query", "replay"]
    ok = cli_run(tmp_path / "data", "audit", "verify")
    assert ok.exit_code == 0 and "audit chain ok: 5 entries" in ok.output


def test_replay_differs_after_the_store_changed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    qid = app.ask("what was the total?", now=NOW).trace["query_id"]
    app.store.write_frame(synthetic_frame(5, ["Invoice INV-2026-0043", "Total $999.00"]))
    app.close()
    out = cli_run(tmp_path / "data", "audit", "replay", qid, "--json")
    assert out.exit_code == 1
    d = json.loads(out.output)
    assert d["match"] is False and d["recorded"]["answer_hash"] != d["replay"]["answer_hash"]
    missing = cli_run(tmp_path / "data", "audit", "replay", "0123456789abcdef")
    assert missing.exit_code == 2 and "no query" in missing.output


def test_verify_cli_names_the_first_bad_entry(tmp_path: Path) -> None:
    d = audit_dir(tmp_path / "data")
    lines = chain(d, 4)
    lines[1] = lines[1].replace(b'"i":1', b'"i":9')
    write_lines(d, lines)
    out = cli_run(tmp_path / "data", "audit", "verify")
    assert out.exit_code == 1
    assert out.output.startswith("audit chain broken at entry 2 (line 2): edited")
    js = json.loads(cli_run(tmp_path / "data", "audit", "verify", "--json").output)
    assert js["ok"] is False and js["problem"]["line"] == 2
    shown = cli_run(tmp_path / "data", "audit", "show", "--tail", "2")
    assert shown.exit_code == 0 and len(shown.output.splitlines()) == 2


def test_secrets_in_questions_never_reach_the_audit_log(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    questions = [
        f"api_key={SECRETS['api_key']} total",
        f"Authorization: Bearer {SECRETS['auth']} total",
        f"where did I see {SECRETS['sk']}?",
        f"who is {SECRETS['email_local']}@example.org?",
    ]
    ids = [app.ask(q, now=NOW).trace["query_id"] for q in questions]
    app.promptops.audit_event("policy_refusal", {"url": f"http://x/?api_key={SECRETS['api_key']}"})
    app.close()
    text = (audit_dir(tmp_path / "data") / LOG_FILE).read_text()
    for name, secret in SECRETS.items():
        assert secret not in text, f"{name} in clear in the audit log"
    entries = [e for _, e in AuditLog(audit_dir(tmp_path / "data")).entries()]
    assert all(e["payload"]["query_redacted"] for e in entries if e["kind"] == "query")
    out = cli_run(tmp_path / "data", "audit", "replay", ids[0], "--json")
    assert json.loads(out.output)["exact"] is False
    assert SECRETS["api_key"] not in (audit_dir(tmp_path / "data") / LOG_FILE).read_text()


def test_template_changes_reviews_and_refusals_are_recorded(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    prop = tmp_path / "rules.yaml"
    prop.write_text((DEFAULT_BUNDLE_DIR / "query_rules.yaml").read_text() + "# tweak\n")
    lc = Lifecycle(app.promptops)
    p = lc.propose("query.rules", prop, by="test")
    lc.validate(p["id"], by="test")

    class Reviewer:
        def review(self, job):  # type: ignore[no-untyped-def]
            return {"template_id": "query.rules", "note": job.query}

    app.promptops.attach_reviewer(Reviewer())
    app.ask("what was the colour of the unicorn?", now=NOW)
    deadline = time.monotonic() + 10
    kinds: list[str] = []
    while "review" not in kinds and time.monotonic() < deadline:
        time.sleep(0.05)
        kinds = [e["kind"] for _, e in app.promptops.audit.entries()]
    audit_event(tmp_path / "data", "policy_refusal", {"policy": "model.endpoint", "host": "h"})
    app.close()
    entries = [e for _, e in AuditLog(audit_dir(tmp_path / "data")).entries()]
    kinds = [e["kind"] for e in entries]
    assert kinds[:2] == ["template.propose", "template.validate"]
    assert {"query", "review", "policy_refusal"} <= set(kinds)
    propose = entries[0]["payload"]
    assert propose["template_id"] == "query.rules" and len(propose["template_sha256"]) == 64
    review = next(e["payload"] for e in entries if e["kind"] == "review")
    assert review["outcome"] == "proposal" and review["template_id"] == "query.rules"
    assert verify(audit_dir(tmp_path / "data")).ok
