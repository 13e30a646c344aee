"""Start-up crash tracking: after repeated crashes while loading plugins, enter safe mode.

Each process leaves a marker (``state/startup/<pid>.json``) while it loads plugins and removes
it when done. A marker whose process is gone is a crashed start-up. Several processes may
start at once (capture and a query), so markers are per process, never a shared flag.
Safe mode, once entered, stays until ``autocapture plugins reset``: the next normal start
would only crash again.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class StartupGuard:
    def __init__(self, data_dir: Path, threshold: int) -> None:
        self.dir = data_dir / "state" / "startup"
        self.state_file = data_dir / "state" / "safe_mode.json"
        self.threshold = threshold
        self.marker = self.dir / f"{os.getpid()}.json"

    def state(self) -> dict[str, Any]:
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write_state(self, data: dict[str, Any]) -> None:
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(f"{self.state_file.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self.state_file)

    def begin(self) -> str | None:
        """Count crashed start-ups; the reason for safe mode, or None."""
        self.dir.mkdir(parents=True, exist_ok=True)
        state = self.state()
        crashed = 0
        for marker in self.dir.glob("*.json"):
            try:
                pid = int(marker.stem)
            except ValueError:
                continue
            if pid != os.getpid() and not _alive(pid):
                crashed += 1
                marker.unlink(missing_ok=True)
        if crashed:
            state["crashes"] = int(state.get("crashes", 0)) + crashed
            if state["crashes"] >= self.threshold and not state.get("safe_mode"):
                state.update(
                    safe_mode=True,
                    reason=f"{state['crashes']} start-ups crashed while loading plugins",
                    since=datetime.now(UTC).isoformat(),
                )
            self._write_state(state)
        self.marker.write_text(json.dumps({"pid": os.getpid()}), encoding="utf-8")
        return state.get("reason") if state.get("safe_mode") else None

    def finish(self) -> None:
        """A clean start: forget earlier crashes (but not safe mode)."""
        self.marker.unlink(missing_ok=True)
        state = self.state()
        if state.get("crashes") and not state.get("safe_mode"):
            state["crashes"] = 0
            self._write_state(state)

    def reset(self) -> None:
        self.state_file.unlink(missing_ok=True)
