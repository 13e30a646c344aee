"""Loaders that turn ../shared/evaldata samples into suites, answers taken from the data
(DOM boxes, key fields, SVG fills, token colours), never written by hand."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from autocapture.understand.colours import nearest_name


def colour_name(rgb: tuple[int, int, int]) -> str:
    return nearest_name(rgb, extra=False)


def _hex(h: str) -> tuple[int, int, int]:
    h = h.lstrip("#")
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def _single_frame_bundle(
    out: Path,
    image: Path,
    title: str = "",
    url: str | None = None,
    ts: str = "2026-11-20T10:00:00Z",
) -> Path:
    """Copy one image into a bundle with one full-screen window (title, URL)."""
    if (out / "frames.jsonl").exists():
        return out
    (out / "images").mkdir(parents=True, exist_ok=True)
    shutil.copy2(image, out / "images" / image.name)
    with Image.open(image) as img:
        w, h = img.size
    frame = {
        "image": f"images/{image.name}",
        "ts_utc": ts,
        "monitor": {"id": 0, "rect": [0, 0, w, h]},
        "url": url,
        "windows": [
            {
                "window_id": "0x1",
                "title": title,
                "app": "browser",
                "rect": [0, 0, w, h],
                "focused": True,
                "z": 0,
            }
        ],
    }
    (out / "bundle.json").write_text(
        json.dumps({"format": "autocapture.bundle.v1", "source": "evaldata"})
    )
    (out / "frames.jsonl").write_text(json.dumps(frame) + "\n")
    return out


def sroie(data: Path, work: Path, limit: int | None) -> list[dict[str, Any]]:
    tests = []
    for img in sorted((data / "img").glob("*.jpg"))[:limit]:
        key = json.loads((data / "key" / f"{img.stem}.json").read_text())
        boxes = []
        with (data / "box" / f"{img.stem}.csv").open(encoding="utf-8", errors="replace") as fh:
            for row in csv.reader(fh):
                if len(row) >= 9:
                    xs, ys = [int(v) for v in row[0:8:2]], [int(v) for v in row[1:8:2]]
                    boxes.append(([min(xs), min(ys), max(xs), max(ys)], ",".join(row[8:])))
        for field, question in (
            ("total", "what was the total on the receipt?"),
            ("date", "what is the date on the receipt?"),
        ):
            value = key[field]
            cite: dict[str, Any] = {
                "text_contains": value,
                "bbox_any": [b for b, t in boxes if value in t],
            }
            tests.append(
                {
                    "id": f"sroie-{img.stem}-{field}",
                    "question": question,
                    "class": "form_kv",
                    "tags": ["canonical"],
                    "bundle": str(img),
                    "expect": {"state": "ok", "answer_contains_any": [value], "citations": [cite]},
                }
            )
    return tests


def _node_text(page_html: str, tid: str) -> str:
    m = re.search(rf'<[^>]*\btid="{tid}"[^>]*>(.*?)</', page_html, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>|\s+", " ", m.group(1))).strip() if m else ""


def websrc(data: Path, work: Path, limit: int | None) -> list[dict[str, Any]]:
    tests = []
    for ds in sorted((data / "data").glob("*/*/dataset.csv")):
        with ds.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            page = row["id"][2:9]
            pdir = ds.parent / "processed_data"
            png = pdir / f"{page}.png"
            if not png.exists():
                continue
            meta = (pdir / f"{page}.txt").read_text(encoding="utf-8").splitlines()
            # Page ids repeat across sites (book/01 and sports/01 both have 0100001).
            site = "-".join(ds.parent.relative_to(data / "data").parts)
            bundle = _single_frame_bundle(
                work / f"websrc-{site}-{page}",
                png,
                title=meta[0] if meta else "",
                url=meta[1] if len(meta) > 1 else None,
            )
            answer = row["answer"].strip()
            expect: dict[str, Any] = {"state": "ok", "answer_contains_any": [answer]}
            if row["element_id"] != "-1":
                dom = json.loads((pdir / f"{page}.json").read_text())
                node, root = dom.get(row["element_id"]), dom.get("2")
                if node and root:
                    r, o = node["rect"], root["rect"]
                    x1, y1 = round(r["x"] - o["x"]), round(r["y"] - o["y"])
                    expect["citations"] = [
                        {
                            "bbox": [x1, y1, x1 + round(r["width"]), y1 + round(r["height"])],
                            "min_iou": 0.5,
                        }
                    ]
            else:
                expect["answer_contains_any"] = ["yes" if answer.lower().startswith("y") else "no"]
            tests.append(
                {
                    "id": f"websrc-{row['id']}",
                    "question": row["question"],
                    "class": "lookup",
                    "tags": ["canonical"],
                    "bundle": str(bundle),
                    "expect": expect,
                }
            )
    return tests[:limit] if limit else tests


def freeze_terminal(data: Path, work: Path, limit: int | None) -> list[dict[str, Any]]:
    tests = []
    for svg in sorted((data / "svg").glob("*.svg")):
        png = data / "rendered_png" / f"{svg.stem}.png"
        if not png.exists():
            continue
        text = svg.read_text(encoding="utf-8")
        runs = re.findall(r'<tspan[^>]*fill="(#[0-9A-Fa-f]{6})"[^>]*>([^<]{3,})</tspan>', text)
        seen: set[str] = set()
        picked = 0
        for fill, word in runs:
            word = html.unescape(word).strip()
            if not re.fullmatch(r"[\w.\-/]{3,}", word) or word in seen or picked >= 4:
                continue
            seen.add(word)
            picked += 1
            name = colour_name(_hex(fill))
            tests.append(
                {
                    "id": f"freeze-{svg.stem}-{picked}",
                    "question": f"what colour was '{word}' in the terminal?",
                    "class": "console_color",
                    "tags": ["canonical"],
                    "bundle": str(png),
                    "expect": {
                        "state": "ok",
                        "answer_contains_any": [name],
                        "citations": [{"text_contains": word}],
                    },
                }
            )
    return tests[:limit] if limit else tests


def docbank(data: Path, work: Path, limit: int | None) -> list[dict[str, Any]]:
    tests = []
    for txt in sorted(data.glob("*.txt")):
        img = txt.with_suffix(".jpg")
        if not img.exists() or txt.name == "labels.txt":
            continue
        with Image.open(img) as im:
            w, h = im.size
        picked = 0
        seen: set[str] = set()
        for line in txt.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) < 10:
                continue
            token = parts[0]
            rgb = tuple(int(v) for v in parts[5:8])
            if (
                len(token) < 4
                or not token.isalpha()
                or token in seen
                or max(rgb) < 120
                or picked >= 4
            ):
                continue
            seen.add(token)
            picked += 1
            x0, y0, x1, y1 = (int(v) for v in parts[1:5])
            box = [
                round(x0 * w / 1000),
                round(y0 * h / 1000),
                round(x1 * w / 1000),
                round(y1 * h / 1000),
            ]
            tests.append(
                {
                    "id": f"docbank-{txt.stem[:12]}-{picked}",
                    "question": f"what colour is the word '{token}'?",
                    "class": "console_color",
                    "tags": ["canonical"],
                    "bundle": str(img),
                    "expect": {
                        "state": "ok",
                        "answer_contains_any": [colour_name(rgb)],  # type: ignore[arg-type]
                        "citations": [{"text_contains": token, "bbox": box, "min_iou": 0.5}],
                    },
                }
            )
    return tests[:limit] if limit else tests


LOADERS: dict[str, Callable[[Path, Path, int | None], list[dict[str, Any]]]] = {
    "sroie": sroie,
    "websrc": websrc,
    "freeze_terminal": freeze_terminal,
    "docbank": docbank,
}
