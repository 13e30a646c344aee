"""Naming colours the way people say them: red, green, yellow, blue, magenta, cyan, white,
grey, black (plus orange and purple), from the foreground sampled off the pixels."""

from __future__ import annotations

import colorsys

CHROMATIC = ("red", "orange", "yellow", "green", "cyan", "blue", "purple", "magenta")
NEUTRAL = ("white", "grey", "black")
ALIASES = {"gray": "grey", "violet": "purple", "pink": "magenta", "teal": "cyan"}
# Hue boundaries in degrees: (upper bound, name), checked in order.
HUES = (
    (18, "red"),
    (40, "orange"),
    (70, "yellow"),
    (165, "green"),
    (195, "cyan"),
    (255, "blue"),
    (285, "purple"),
    (335, "magenta"),
    (360, "red"),
)


def rgb_of(hex_colour: str) -> tuple[int, int, int] | None:
    h = hex_colour.lstrip("#")
    if len(h) != 6:
        return None
    try:
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    except ValueError:
        return None


def name_colour(hex_colour: str | None) -> str | None:
    """The everyday name of a colour, or None when it is unknown."""
    if not hex_colour:
        return None
    rgb = rgb_of(hex_colour)
    if rgb is None:
        return None
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    if v < 0.22:
        return "black"
    if s < 0.28 or (v - v * s) * 255 > 200:  # washed out: a shade of grey
        return "white" if v > 0.78 else "grey"
    deg = h * 360
    return next(name for bound, name in HUES if deg < bound)


def canonical(word: str) -> str | None:
    """A colour word from a question ('gray' -> 'grey'), or None when it is not one."""
    w = word.lower()
    w = ALIASES.get(w, w)
    return w if w in CHROMATIC or w in NEUTRAL else None


def is_dark(hex_colour: str | None) -> bool:
    rgb = rgb_of(hex_colour or "")
    return rgb is not None and (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) < 90
