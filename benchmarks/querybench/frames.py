"""Frame records: timestamps, a tiny unique image, windows side by side, line and word spans."""

from __future__ import annotations

import hashlib
import random
import re
import struct
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta

from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id

from .context import GREY, Content, Ctx

SCREEN_W, SCREEN_H = 1920, 1080
SPAN_DAYS = 30


def png_bytes(width: int, height: int, pixels: bytes) -> bytes:
    """A minimal RGB PNG (pure zlib, faster than Pillow for thousands of tiny images)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + pixels[y * width * 3 : (y + 1) * width * 3] for y in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + (
        chunk(b"IEND", b""))  # fmt: skip


def tiny_image(index: int, rng: random.Random) -> bytes:
    w, h = 64, 40
    base = bytes([rng.randrange(20, 60)] * 3) * (w * h)
    px = bytearray(base)
    px[0:3] = index.to_bytes(3, "big")  # unique per frame
    for _ in range(20):
        o = rng.randrange(w * h) * 3
        px[o : o + 3] = bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return png_bytes(w, h, bytes(px))


def timestamps(n: int, now: datetime, rng: random.Random) -> list[datetime]:
    """n times over the SPAN_DAYS before now, mostly in working hours, sorted."""
    out = []
    for _ in range(n):
        day = rng.randrange(SPAN_DAYS)
        work = rng.random() < 0.8
        secs = rng.uniform(8 * 3600, 19 * 3600) if work else rng.uniform(0, 24 * 3600)
        start = (now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
        ts = start + timedelta(seconds=secs)
        if ts >= now:
            ts = now - timedelta(seconds=rng.uniform(60, 8 * 3600))
        out.append(ts.replace(microsecond=(ts.microsecond // 1000) * 1000))
    return sorted(out)


def make_frame(
    index: int,
    ts: datetime,
    rng: random.Random,
    gens: list[Callable[[Ctx, int], Content]],
    weights: list[float],
) -> FrameRecord:
    ctx = Ctx(rng, ts)
    k = rng.randint(2, 4)
    total = rng.randint(30, 60)
    per = [total // k + (1 if i < total % k else 0) for i in range(k)]
    col_w = SCREEN_W // k
    char_w = rng.choice([7, 8, 9])
    line_h = 16
    image = tiny_image(index, rng)
    sha = hashlib.sha256(image).hexdigest()
    frame_id = make_frame_id(sha, ts, 0)
    windows: list[WindowFact] = []
    spans: list[SpanRecord] = []
    seq = 0
    url = None
    for wi in range(k):
        gen = rng.choices(gens, weights)[0]
        title, app, wurl, lines = gen(ctx, per[wi])
        x0, y0 = wi * col_w, 28
        rect = (x0, y0, x0 + col_w, SCREEN_H)
        focused = wi == 0
        windows.append(
            WindowFact(
                title=title,
                rect=rect,
                window_id=f"0x{rng.randrange(0x1000000, 0x5FFFFFF):07x}",
                app=app,
                pid=rng.randint(300, 60000),
                focused=focused,
                z=wi,
            )
        )
        if focused and wurl:
            url = wurl
        bg = "#1e1e1e" if app in ("xterm", "gnome-terminal", "kitty") else "#ffffff"
        default_fg = GREY if bg == "#1e1e1e" else "#202020"
        for li, (text, fg) in enumerate(lines):
            lx1 = x0 + 8
            # A browser's address bar stands clear of the page below it, as real ones do.
            ly1 = y0 + 30 + li * line_h + (line_h // 2 if wurl and li > 0 else 0)
            max_chars = max(1, (col_w - 16) // char_w)
            shown = text[:max_chars]
            lx2 = min(x0 + col_w - 1, lx1 + len(shown) * char_w)
            bbox = (lx1, ly1, max(lx1 + 1, lx2), ly1 + 13)
            line_id = make_span_id(frame_id, "line", seq)
            conf = round(rng.uniform(0.85, 0.999), 4)
            spans.append(
                SpanRecord(line_id, "line", seq, shown, bbox, conf, fg or default_fg, bg, None, wi)
            )
            seq += 1
            for m in re.finditer(r"\S+", shown):
                wx1 = lx1 + m.start() * char_w
                wbox = (wx1, ly1, wx1 + (m.end() - m.start()) * char_w, ly1 + 13)
                spans.append(
                    SpanRecord(
                        make_span_id(frame_id, "word", seq),
                        "word",
                        seq,
                        m.group(0),
                        wbox,
                        round(min(1.0, conf + rng.uniform(-0.05, 0.05)), 4),
                        fg or default_fg,
                        bg,
                        line_id,
                        wi,
                    )
                )
                seq += 1
    return FrameRecord(
        frame_id=frame_id,
        ts_utc=ts,
        width=SCREEN_W,
        height=SCREEN_H,
        image_sha256=sha,
        image_bytes=image,
        mime="image/png",
        source=f"synthetic:{index}",
        ocr_provider="synthetic",
        ocr_version="1",
        monitor_id=0,
        monitor_rect=(0, 0, SCREEN_W, SCREEN_H),
        url=url,
        windows=windows,
        spans=spans,
    )
