"""Every extension point of Autocapture, one hook each (pluggy)."""

import pluggy

hookspec = pluggy.HookspecMarker("autocapture")
hookimpl = pluggy.HookimplMarker("autocapture")


@hookspec
def register_ocr_engines(register):  # type: ignore[no-untyped-def]
    """Call ``register(name, factory)`` for each OCR engine this plugin provides."""
