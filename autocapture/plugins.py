"""Load providers from entry points, but only those the allowlist names."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

import pluggy

from autocapture import hookspecs
from autocapture.errors import PluginError

ENTRY_POINT_GROUP = "autocapture"

# Built-in providers load even when the package metadata is missing (a source checkout);
# they are still subject to the allowlist like any third-party plugin.
DEFAULT_PLUGINS = {
    "rapidocr": "autocapture.ocr.rapid",
    "tesseract": "autocapture.ocr.tesseract",
}


@dataclass
class PluginSet:
    """The plugins that loaded, the ones refused (with why), and what they registered."""

    loaded: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    ocr_engines: dict[str, Callable[[], Any]] = field(default_factory=dict)

    def ocr_factory(self, name: str) -> Callable[[], Any]:
        if name not in self.ocr_engines:
            known = ", ".join(sorted(self.ocr_engines)) or "none"
            why = self.refused.get(name)
            extra = f" ({why})" if why else ""
            raise PluginError(
                f"OCR engine {name!r} is not available{extra}; loaded engines: {known}"
            )
        return self.ocr_engines[name]


def _candidates() -> dict[str, str]:
    found = dict(DEFAULT_PLUGINS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep.value)
    return found


def load_plugins(allowlist: list[str]) -> PluginSet:
    """Import allowed plugin modules and collect what they register; refuse the rest."""
    pm = pluggy.PluginManager("autocapture")
    pm.add_hookspecs(hookspecs)
    result = PluginSet()
    allowed = set(allowlist)
    for name, target in sorted(_candidates().items()):
        if name not in allowed:
            result.refused[name] = "not on the plugins.allowlist"
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
