"""End to end with real OCR: ingest the demo bundle, ask its questions, check every citation
against the stored pixels (the cited box, re-OCR'd on its own, must read as the cited text)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime

import jsonschema
import pytest
import yaml
from PIL import Image
from rapidfuzz import fuzz

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import sha256_text
from tests.conftest import DEMO_BUNDLE, REPO

QUESTIONS = yaml.safe_load((REPO / "evals" / "demo.yaml").read_text())
SCHEMA = json.loads((REPO / "docs" / "schemas" / "answer.schema.json").read_text())
NOW = datetime.fromisoformat(QUESTIONS["now"].replace("Z", "+00:00"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("demo-data"))
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    report = app.ingest([DEMO_BUNDLE])
    assert report.failed == []
    yield app
    app.close()


def test_bundle_fully_ingested(demo_app: Autocapture) -> None:
    rows = (DEMO_BUNDLE / "frames.jsonl").read_text().splitlines()
    assert demo_app.store.frame_count() == len(rows)
    assert demo_app.store.check() == []
    again = demo_app.ingest([DEMO_BUNDLE])
    assert (again.added, again.skipped) == (0, len(rows))


def test_window_facts_and_span_ownership(demo_app: Autocapture) -> None:
    db = demo_app.store.db
    first = json.loads((DEMO_BUNDLE / "frames.jsonl").read_text().splitlines()[0])
    fid = db.execute("SELECT frame_id FROM frame ORDER BY ts_ms LIMIT 1").fetchone()[0]
    stored = db.execute(
        "SELECT title, app, x1, y1, x2, y2, focused, z FROM window WHERE frame_id = ? ORDER BY z",
        (fid,),
    ).fetchall()
    expected = sorted(first["windows"], key=lambda w: w["z"])
    assert [(r["title"], r["focused"]) for r in stored] == [
        (w["title"], int(w["focused"])) for w in expected
    ]
    assert [list(r)[2:6] for r in stored] == [w["rect"] for w in expected]
    # Every span owned by a window lies in it, and no window above it covers its centre.
    rows = db.execute(
        "SELECT s.x1, s.y1, s.x2, s.y2, w.frame_id, w.z, w.x1 AS wx1, w.y1 AS wy1, w.x2 AS wx2,"
        " w.y2 AS wy2 FROM span s JOIN window w ON w.window_row = s.window_row"
    ).fetchall()
    assert len(rows) > 500
    for r in rows:
        cx, cy = (r["x1"] + r["x2"]) / 2, (r["y1"] + r["y2"]) / 2
        assert r["wx1"] <= cx < r["wx2"] and r["wy1"] <= cy < r["wy2"]
        above = db.execute(
            "SELECT count(*) FROM window WHERE frame_id = ? AND z < ? AND x1 <= ? AND ? < x2"
            " AND y1 <= ? AND ? < y2",
            (r["frame_id"], r["z"], cx, cx, cy, cy),
        ).fetchone()[0]
        assert above == 0


@pytest.mark.parametrize("case", QUESTIONS["tests"], ids=lambda c: c["id"])
def test_demo_question(demo_app: Autocapture, rapid_engine, case: dict) -> None:  # type: ignore[no-untyped-def]
    ans = demo_app.ask(case["question"], now=NOW)
    jsonschema.validate(ans.to_json_dict(), SCHEMA)
    expect = case["expect"]
    assert ans.state == expect["state"], (ans.answer, ans.indeterminate_reason, ans.trace)
    if ans.state == "indeterminate":
        assert ans.claims == []
        assert ans.indeterminate_reason
        return
    wanted = expect.get("answer_contains_any", [])
    assert any(w.lower() in ans.answer.lower() for w in wanted), ans.answer
    assert ans.claims and all(c.citations for c in ans.claims)
    for claim in ans.claims:
        for c in [*claim.citations, *claim.context]:
            assert c.verified and c.sha256 == sha256_text(c.text)
            assert_box_shows_text(demo_app, c.frame_id, c.bbox, c.text, rapid_engine)


def assert_box_shows_text(  # type: ignore[no-untyped-def]
    app: Autocapture, frame_id: str, bbox: list[int], text: str, engine
) -> None:
    row = app.store.db.execute(
        "SELECT b.relpath FROM frame f JOIN blob b ON b.sha256 = f.image_sha256"
        " WHERE f.frame_id = ?",
        (frame_id,),
    ).fetchone()
    img = Image.open(io.BytesIO(app.store.blobs.read(row[0]))).convert("RGB")
    pad = 4
    x1, y1, x2, y2 = bbox
    crop = img.crop((max(0, x1 - pad), max(0, y1 - pad), x2 + pad, y2 + pad))
    # Upscale small crops: the detector needs some margin around a single line.
    canvas = Image.new("RGB", (crop.width + 40, crop.height + 40), crop.getpixel((0, 0)))
    canvas.paste(crop, (20, 20))
    read = " ".join(line.text for line in engine.recognize(canvas))
    assert fuzz.partial_ratio(text.lower(), read.lower()) >= 80, (text, read)
