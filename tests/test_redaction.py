"""Secrets on screens and in questions never reach metrics, ledger or history files in clear."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR
from autocapture.promptops.lifecycle import Lifecycle
from autocapture.redact import Redactor
from tests.conftest import MONO, render_lines

SECRETS = {
    "api_key": "AKxq81ZZpl0",
    "auth": "eyJhbGciOiJIUzI1NiJ9abcdEF",
    "sk": "sk-proj-4fGh71KqLmN0pQ",
    "cookie": "s3ssi0nC00kie99",
    "email_local": "maria.gonzalez",
    "pem": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
}


def test_redactor_patterns() -> None:
    r = Redactor()
    text = (
        f"api_key={SECRETS['api_key']} Authorization: Bearer {SECRETS['auth']} "
        f"{SECRETS['sk']} session_cookie: {SECRETS['cookie']} "
        f"{SECRETS['email_local']}@example.org "
        f"-----BEGIN PRIVATE KEY-----\n{SECRETS['pem']}\n-----END PRIVATE KEY-----"
    )
    out = r.text(text)
    for s in SECRETS.values():
        assert s not in out
    assert "@example.org" in out


def test_no_secret_in_any_written_file(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    render_lines(
        shot,
        [
            (10, 10, f"api_key={SECRETS['api_key']}"),
            (10, 50, f"Authorization: Bearer {SECRETS['auth']}"),
            (10, 90, f"OPENAI_KEY {SECRETS['sk']}"),
            (10, 130, f"session_cookie: {SECRETS['cookie']}"),
            (10, 170, f"Contact {SECRETS['email_local']}@example.org"),
        ],
        size=(900, 220),
        font_path=MONO,
        font_size=20,
    )
    cfg = load_config(tmp_path / "data")
    app = Autocapture(config=cfg)
    assert app.ingest([shot]).failed == []

    class EchoReviewer:
        def review(self, job):  # type: ignore[no-untyped-def]
            return {"note": f"failed query was {job.query}"}

    app.promptops.attach_reviewer(EchoReviewer())
    now = datetime(2026, 11, 24, tzinfo=UTC)
    questions = [
        "what was the api_key?",
        "what was the session_cookie?",
        f"where did I see {SECRETS['sk']}?",
        f"who is {SECRETS['email_local']}@example.org?",
        f"api_key={SECRETS['api_key']} mortgage",
        f"Authorization: Bearer {SECRETS['auth']} football",
    ]
    answers = [app.ask(q, now=now) for q in questions]
    assert any(a.state == "ok" for a in answers)  # secrets were on screen and found
    # A template proposal carrying a secret is stored redacted too.
    prop = tmp_path / "rules.yaml"
    prop.write_text(
        (DEFAULT_BUNDLE_DIR / "query_rules.yaml").read_text() + f"# api_key={SECRETS['api_key']}\n"
    )
    Lifecycle(app.promptops).propose("query.rules", prop, by="test")
    import time

    deadline = time.monotonic() + 10
    while app.promptops.review.stats()["review_pending"] and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    app.close()
    evidence = {"autocapture.db", "autocapture.db-wal", "autocapture.db-shm"}
    scanned = 0
    for path in (tmp_path / "data").rglob("*"):
        rel = path.relative_to(tmp_path / "data")
        if path.is_dir() or rel.parts[0] == "blobs" or rel.name in evidence:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        scanned += 1
        for name, secret in SECRETS.items():
            assert secret not in text, f"{name} in clear in {rel}"
    assert scanned >= 4  # metrics, ledger, history, proposal
