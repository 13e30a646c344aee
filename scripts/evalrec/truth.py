"""One scenario's truth.json read back, with the look-ups the questions need."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from autocapture.records import format_ts

from .answer_forms import clock_variants


class Truth:
    """One scenario's truth.json with the look-ups the questions need."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.t = json.loads(path.read_text())
        self.name = self.t["scenario"]
        self.tz = ZoneInfo(self.t["timezone"])
        self.frames = self.t["frames"]
        for f in self.frames:
            f["dt"] = datetime.fromisoformat(f["ts_utc"].replace("Z", "+00:00"))

    def __getitem__(self, key: str) -> Any:
        return self.t[key]

    @property
    def bundle(self) -> str:
        return f"x11/{self.name}/bundle"

    @property
    def now(self) -> str:
        return format_ts(self.frames[-1]["dt"] + timedelta(minutes=5))

    def local(self, dt: datetime) -> datetime:
        return dt.astimezone(self.tz)

    def frame(self, shows: str, which: int = 0) -> dict[str, Any]:
        hits = [f for f in self.frames if shows in f["shows"]]
        if not hits:
            raise KeyError(f"{self.name}: no frame shows {shows!r}")
        return hits[which]

    def frame_label(self, label: str) -> dict[str, Any]:
        return next(f for f in self.frames if f["label"] == label)

    def state_at(self, dt: datetime) -> dict[str, Any]:
        """The frame in effect at ``dt`` (the latest one at or before it)."""
        before = [f for f in self.frames if f["dt"] <= dt]
        if not before:
            raise KeyError(f"{self.name}: nothing on screen at {dt}")
        return before[-1]

    def stable_minute(self, title_end: str) -> str:
        """An HH:MM during which the focused window (its title containing, or with a '~'
        path ending in, ``title_end``) never changed, so every reading of "at HH:MM" has one
        answer. Recordings made with a short ``--pace`` have none: then HH:MM:SS, 1 s after
        the frame."""

        def match(title: str | None) -> bool:
            title = title or ""
            return title.endswith(title_end) if title_end.startswith("~") else title_end in title

        for i, f in enumerate(self.frames):
            if not match(f["focused"]):
                continue
            end = self.frames[i + 1]["dt"] if i + 1 < len(self.frames) else f["dt"]
            start = self.local(f["dt"]).replace(second=0, microsecond=0) + timedelta(minutes=1)
            if start + timedelta(minutes=1) <= self.local(end):
                return start.strftime("%H:%M")
        for f in self.frames:
            if match(f["focused"]):
                return self.hms(f, 1)
        raise KeyError(f"{self.name}: {title_end!r} never had the focus")

    def minute_frame(self, when: str) -> dict[str, Any]:
        """The frame in effect at the end of HH:MM (or at HH:MM:SS)."""
        day = self.local(self.frames[0]["dt"]).date()
        parts = [int(v) for v in when.split(":")]
        h, m, sec = parts[0], parts[1], parts[2] if len(parts) > 2 else 59
        at = datetime(day.year, day.month, day.day, h, m, sec, 999999, tzinfo=self.tz)
        return self.state_at(at)

    def hms(self, f: dict[str, Any], plus: float = 0.0) -> str:
        return self.local(f["dt"] + timedelta(seconds=plus)).strftime("%H:%M:%S")

    def when(self, f: dict[str, Any]) -> list[str]:
        """A frame's time as an answer may give it: local clock time, or the UTC instant."""
        return [*clock_variants(self.hms(f)), f["ts_utc"][:16]]

    def before_start(self, hours: int = 3) -> str:
        return self.local(self.frames[0]["dt"] - timedelta(hours=hours)).strftime("%H:%M")

    def titles_at(self, f: dict[str, Any]) -> list[str]:
        return [w["title"] for w in f["windows"]]

    def command(self, key: str) -> dict[str, Any]:
        return next(c for c in self.t["commands"] if c.get("key") == key)
