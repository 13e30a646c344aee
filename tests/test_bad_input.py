"""Bad input gets a clear error naming file and line, is skipped, and leaves the store whole."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autocapture.bundle import FrameSource, parse_frame_row, read_bundle
from autocapture.errors import InputError
from autocapture.ingest import Ingestor
from tests.conftest import render_lines, write_bundle

GOOD_TS = "2026-11-23T14:05:07.250Z"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
frame_like = st.fixed_dictionaries(
    {},
    optional={
        "image": st.one_of(
            st.text(max_size=30),
            st.sampled_from(["images/a.png", "../../etc/passwd", "/etc/passwd"]),
            json_values,
        ),
        "ts_utc": st.one_of(
            st.sampled_from([GOOD_TS, "2026-11-23T14:05:07", "yesterday"]), json_values
        ),
        "windows": st.one_of(
            st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "title": json_values,
                        "rect": st.one_of(json_values, st.lists(st.integers(), max_size=5)),
                        "pid": json_values,
                        "focused": json_values,
                        "z": json_values,
                    },
                ),
                max_size=3,
            ),
            json_values,
        ),
        "monitor": json_values,
        "url": json_values,
    },
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=st.one_of(frame_like, json_values))
def test_any_row_is_parsed_or_rejected_clearly(tmp_path: Path, row: object) -> None:
    origin = "b/frames.jsonl:3"
    try:
        src = parse_frame_row(tmp_path, row, origin)
    except InputError as exc:
        assert str(exc).startswith(origin + ": ")
        assert exc.reason
        return
    assert isinstance(src, FrameSource)
    assert src.image_path.is_relative_to(tmp_path.resolve())
    assert src.ts_utc.tzinfo is not None


def test_errors_name_file_line_and_field(tmp_path: Path) -> None:
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "bundle.json").write_text(json.dumps({"format": "autocapture.bundle.v1"}))
    rows = [
        json.dumps({"image": "images/1.png", "ts_utc": GOOD_TS}),
        "{not json",
        json.dumps(
            {
                "image": "images/2.png",
                "ts_utc": GOOD_TS,
                "windows": [{"title": "x", "rect": [0, 0, 10, 10], "pid": "abc"}],
            }
        ),
        json.dumps({"image": "../../etc/passwd", "ts_utc": GOOD_TS}),
        json.dumps({"image": "images/3.png", "ts_utc": "2026-11-23T14:05:07"}),
        json.dumps(
            {"image": "images/4.png", "ts_utc": GOOD_TS, "windows": [{"rect": [10, 10, 5, 20]}]}
        ),
        "[1, 2]",
    ]
    (bundle / "frames.jsonl").write_text("\n".join(rows) + "\n")
    items = list(read_bundle(bundle))
    assert isinstance(items[0], FrameSource)
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4", "5", "6", "7"]
    assert all(e.origin.startswith(str(bundle / "frames.jsonl")) for e in errors)
    text = [e.reason for e in errors]
    assert "invalid JSON" in text[0]
    assert "windows.0.pid" in text[1]
    assert "escapes the bundle" in text[2]
    assert "ts_utc" in text[3] and "time zone" in text[3]
    assert "windows.0.rect" in text[4]
    assert "JSON object" in text[5]


def test_wrong_format_manifest(tmp_path: Path) -> None:
    b = write_bundle(tmp_path / "b", [], manifest={"format": "other.v9"})
    (err,) = list(read_bundle(b))
    assert isinstance(err, InputError)
    assert "bundle.json" in err.origin and "format" in err.reason


def _png_with_size(width: int, height: int) -> bytes:
    """A PNG header claiming absurd dimensions, with a tiny (invalid) body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )


def test_bad_images_fail_alone_and_store_keeps_good_frames(tmp_path: Path, app, fake_ocr) -> None:  # type: ignore[no-untyped-def]
    b = tmp_path / "b"
    render_lines(b / "images" / "good1.png", [(10, 10, "hello")], size=(200, 60))
    render_lines(b / "images" / "good2.png", [(10, 10, "world")], size=(200, 60))
    good = (b / "images" / "good1.png").read_bytes()
    (b / "images" / "truncated.png").write_bytes(good[: len(good) // 2])
    (b / "images" / "empty.png").write_bytes(b"")
    (b / "images" / "huge.png").write_bytes(_png_with_size(100_000, 100_000))
    (b / "images" / "text.png").write_text("not an image at all")
    names = ["good1", "truncated", "empty", "huge", "missing", "text", "good2"]
    write_bundle(
        b,
        [
            {"image": f"images/{n}.png", "ts_utc": f"2026-11-23T14:0{i}:00Z"}
            for i, n in enumerate(names)
        ],
    )
    ingestor = Ingestor(app.config, app.store, fake_ocr)
    report = ingestor.run(ingestor.plan([b]))
    assert report.added == 2
    reasons = {Path(f.origin).name: f.reason for f in report.failed}
    assert set(reasons) == {f"frames.jsonl:{i}" for i in (2, 3, 4, 5, 6)}
    assert "truncated" in reasons["frames.jsonl:2"] or "corrupt" in reasons["frames.jsonl:2"]
    assert "empty" in reasons["frames.jsonl:3"]
    assert "dimensions" in reasons["frames.jsonl:4"]
    assert "not found" in reasons["frames.jsonl:5"]
    assert "not a readable image" in reasons["frames.jsonl:6"]
    assert app.store.frame_count() == 2
    assert app.store.check() == []
    assert fake_ocr.calls == 2  # nothing bad ever reached OCR
    # Re-running is idempotent: the good frames are skipped, the bad ones fail again.
    again = ingestor.run(ingestor.plan([b]))
    assert (again.added, again.skipped, len(again.failed)) == (0, 2, 5)


def test_symlink_out_of_bundle_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    render_lines(outside, [(5, 5, "x")], size=(50, 30))
    b = tmp_path / "b"
    (b / "images").mkdir(parents=True)
    (b / "images" / "link.png").symlink_to(outside)
    write_bundle(b, [{"image": "images/link.png", "ts_utc": GOOD_TS}])
    (err,) = list(read_bundle(b))
    assert isinstance(err, InputError)
    assert "escapes" in err.reason
