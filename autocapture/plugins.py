"""Load providers from entry points, but only those the allowlist names."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pluggy

from autocapture import hookspecs
from autocapture.errors import PluginError
from autocapture.plugin_locks import LockError, check_locked, read_lock

ENTRY_POINT_GROUP = "autocapture"

# Built-in providers load even when the package metadata is missing (a source checkout);
# they are still subject to the allowlist like any third-party plugin.
DEFAULT_PLUGINS = {
    "rapidocr": "autocapture.ocr.rapid",
    "tesseract": "autocapture.ocr.tesseract",
}


@dataclass
class PluginPolicy:
    """What may load: the allowlist, and optionally the lock file and safe mode."""

    allowlist: list[str]
    enforce_locks: bool = False
    lock_path: Path | None = None
    safe_mode: str | None = None  # why safe mode is on; None when it is off


@dataclass
class PluginSet:
    """The plugins that loaded, the ones refused (with why), and what they registered."""

    loaded: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    ocr_engines: dict[str, Callable[[], Any]] = field(default_factory=dict)
    safe_mode: str | None = None
    locks_enforced: bool = False

    def ocr_factory(self, name: str) -> Callable[[], Any]:
        if name not in self.ocr_engines:
            known = ", ".join(sorted(self.ocr_engines)) or "none"
            why = self.refused.get(name)
            extra = f" ({why})" if why else ""
            raise PluginError(
                f"OCR engine {name!r} is not available{extra}; loaded engines: {known}"
            )
        return self.ocr_engines[name]


def candidates(safe_mode: bool = False) -> dict[str, str]:
    """name -> module of every installed provider (only the defaults in safe mode)."""
    found = dict(DEFAULT_PLUGINS)
    if safe_mode:
        return found
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep.value)
    return found


def load_plugins(policy: PluginPolicy | list[str]) -> PluginSet:
    """Import allowed (and, when enforced, locked) plugin modules; refuse the rest, saying why."""
    if not isinstance(policy, PluginPolicy):
        policy = PluginPolicy(list(policy))
    pm = pluggy.PluginManager("autocapture")
    pm.add_hookspecs(hookspecs)
    result = PluginSet(safe_mode=policy.safe_mode, locks_enforced=policy.enforce_locks)
    allowed = set(policy.allowlist)
    lock, lock_error = None, None
    if policy.enforce_locks:
        try:
            if policy.lock_path is None:
                raise LockError("no lock file configured")
            lock = read_lock(policy.lock_path)
        except LockError as exc:
            lock_error = str(exc)
    found = candidates(safe_mode=policy.safe_mode is not None)
    if policy.safe_mode is not None:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name not in found:
                result.refused[ep.name] = "safe mode: only the default providers load"
    for name, target in sorted(found.items()):
        if name not in allowed:
            result.refused[name] = "not on the plugins.allowlist"
            continue
        if policy.enforce_locks:
            why = check_locked(name, target, lock, lock_error)
            if why:
                result.refused[name] = f"lock: {why}"
                continue
        try:
            module = importlib.import_module(target.split(":")[0])
        except Exception as exc:  # a broken plugin must not take the others down
            result.refused[name] = f"import failed: {exc}"
            continue
        pm.register(module, name=name)
        result.loaded[name] = target
    for name in allowed - set(result.loaded) - set(result.refused):
        result.refused[name] = "no such plugin installed"

    def register(engine_name: str, factory: Callable[[], Any]) -> None:
        result.ocr_engines[engine_name] = factory

    pm.hook.register_ocr_engines(register=register)
    return result
