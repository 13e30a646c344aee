"""Exceptions that carry a message fit to show a user as is."""


class AutocaptureError(Exception):
    """Base for errors whose message names what went wrong and where."""


class InputError(AutocaptureError):
    """A bundle, frame row or image could not be accepted."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ConfigError(AutocaptureError):
    """The configuration file or environment holds an invalid value."""


class PluginError(AutocaptureError):
    """A provider could not be loaded or is not allowed."""
