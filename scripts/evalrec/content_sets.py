"""Content sets: what the recorded programs show, chosen with ``--content``.

``default`` (``content/``) is the set the x11 suites are generated from; ``b``
(``content_b/``) is an independent set of the same scenarios (another person's day) for
held-out questions; ``c`` (``content_c/``), ``d`` (``content_d/``), ``e`` (``content_e/``),
``f`` (``content_f/``), ``g`` (``content_g/``), ``h`` (``content_h/``), ``i`` (``content_i/``),
``j`` (``content_j/``), ``k`` (``content_k/``), ``l`` (``content_l/``), ``m`` (``content_m/``),
``n`` (``content_n/``) and ``o`` (``content_o/``) are a third to a fifteenth one. Each set is
a package with the same modules and constant names.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

CONTENT_SETS = {
    "default": "content",
    "b": "content_b",
    "c": "content_c",
    "d": "content_d",
    "e": "content_e",
    "f": "content_f",
    "g": "content_g",
    "h": "content_h",
    "i": "content_i",
    "j": "content_j",
    "k": "content_k",
    "l": "content_l",
    "m": "content_m",
    "n": "content_n",
    "o": "content_o",
}
MODULES = ("profile", "console", "browser", "calendar", "mail", "form")


@dataclass(frozen=True)
class Content:
    """One content set: its name and one module per scenario (plus ``profile``: user,
    host, screen size and default time zone)."""

    name: str
    profile: ModuleType
    console: ModuleType
    browser: ModuleType
    calendar: ModuleType
    mail: ModuleType
    form: ModuleType


def load_content(name: str = "default") -> Content:
    package = f"{__package__}.{CONTENT_SETS[name]}"
    modules = {m: importlib.import_module(f"{package}.{m}") for m in MODULES}
    return Content(name=name, **modules)
