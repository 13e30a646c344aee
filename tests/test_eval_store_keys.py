"""Eval stores are named by what a bundle holds, not where it lies: a clone at another path, or
a copy of a bundle, reuses the ingested store instead of OCRing every frame again."""

from __future__ import annotations

import shutil
from pathlib import Path

from autocapture.config import Config
from autocapture.evals.runner import Runner, _path_key, store_key
from tests.conftest import render_lines, write_bundle


def _bundle(root: Path, text: str = "Invoice 4471 due Friday") -> Path:
    render_lines(root / "images" / "f1.png", [(20, 20, text)], size=(420, 80))
    frame = {
        "image": "images/f1.png",
        "ts_utc": "2026-11-25T10:00:00.000Z",
        "windows": [{"title": "notes", "app": "xterm", "rect": [0, 0, 420, 80], "focused": True}],
    }
    return write_bundle(root, [frame])


def test_key_follows_content_not_path(tmp_path: Path) -> None:
    a = _bundle(tmp_path / "one" / "bundle")
    b = tmp_path / "two" / "elsewhere"
    shutil.copytree(a, b)
    assert store_key(a, "UTC") == store_key(b, "UTC")
    assert store_key(a, "UTC") != store_key(a, "Asia/Manila")  # times are read in the zone
    changed = _bundle(tmp_path / "three" / "bundle", text="Invoice 4471 due Monday, not Friday")
    assert store_key(changed, "UTC") != store_key(a, "UTC")  # another image: another store
    (b / "frames.jsonl").write_text((b / "frames.jsonl").read_text().replace("10:00", "11:00"))
    assert store_key(b, "UTC") != store_key(a, "UTC")


def test_a_single_image_is_keyed_by_its_path(tmp_path: Path) -> None:
    img = tmp_path / "shot.png"
    render_lines(img, [(10, 10, "hello")], size=(200, 50))
    assert store_key(img, "UTC") != store_key(tmp_path / "other.png", "UTC")


def test_copies_share_one_store_and_old_path_stores_are_adopted(tmp_path: Path) -> None:
    a = _bundle(tmp_path / "clone1" / "bundle")
    b = tmp_path / "clone2" / "bundle"
    shutil.copytree(a, b)
    work = tmp_path / "stores"
    # a store made before content keys, under the old path-derived name, with its frames
    old = work / _path_key(a, "UTC")
    cfg = Config(data_dir=tmp_path / "unused")
    first = Runner(cfg, work)
    app = first.app_for(a, "UTC")
    frames = app.store.db.execute("SELECT count(*) FROM frame").fetchone()[0]
    assert frames == 1
    assert first.app_for(b, "UTC") is app  # the copy is the same store, opened once
    first.close()
    assert [p.name for p in work.iterdir()] == [store_key(a, "UTC")]

    shutil.move(work / store_key(a, "UTC"), old)  # as a store from before content keys lies
    second = Runner(cfg, work)
    try:
        again = second.app_for(a, "UTC")  # same checkout, upgraded: the old name is found
        assert again.store.db.execute("SELECT count(*) FROM frame").fetchone()[0] == 1
    finally:
        second.close()
    assert not old.exists()
    assert [p.name for p in work.iterdir()] == [store_key(a, "UTC")]
