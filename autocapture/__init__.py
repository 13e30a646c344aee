"""Autocapture: a local-first screen memory whose answers cite their evidence."""

__version__ = "0.1.0"
