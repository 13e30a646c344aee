"""The recorded scenarios by name, with the programs each needs."""

from __future__ import annotations

from collections.abc import Callable

from ..recorder import Recorder
from .browser import scenario_browser
from .calendar import scenario_calendar
from .console import scenario_console
from .form import scenario_form
from .mail import scenario_mail

SCENARIOS: dict[str, Callable[[Recorder], None]] = {
    "console": scenario_console,
    "browser": scenario_browser,
    "calendar": scenario_calendar,
    "mail": scenario_mail,
    "form": scenario_form,
}
NEEDS = {
    "console": ["git", "bash"],
    "browser": ["chromium"],
    "calendar": ["calcurse"],
    "mail": ["mutt", "less"],
    "form": ["yad"],
}
