"""Naming colours the way people say them: red, green, yellow, blue, magenta, cyan, white,
grey, black (plus orange and purple), from the foreground sampled off the pixels."""

from __future__ import annotations

CHROMATIC = ("red", "orange", "yellow", "green", "cyan", "blue", "purple", "magenta")
NEUTRAL = ("white", "grey", "black")
ALIASES = {"gray": "grey", "violet": "purple", "pink": "magenta", "teal": "cyan"}
# Names people use for each other's colour: ANSI magenta is drawn purple by many terminals
# and called either; asked for one, the other is read when no text is in the first.
KIN = {"purple": "magenta", "magenta": "purple"}
# One prototype per name; a colour gets the name of the nearest prototype (RGB distance).
# The evaluation loaders name their ground truth (SVG fills, token colours) with the same
# table, so "orange" means the same thing on both sides.
PALETTE: dict[str, tuple[int, int, int]] = {
    "black": (0, 0, 0),
    "white": (255, 255, 255),
    "grey": (128, 128, 128),
    "red": (220, 40, 40),
    "green": (40, 180, 60),
    "yellow": (230, 210, 50),
    "blue": (40, 80, 230),
    "magenta": (200, 50, 200),
    "cyan": (40, 200, 210),
    "orange": (240, 140, 30),
    "purple": (128, 80, 255),
}


# More prototypes for names whose common renderings sit far from the first one: terminals
# draw bold blue as a light blue (xterm #5c5cff) that the table alone would call purple.
EXTRA: tuple[tuple[str, tuple[int, int, int]], ...] = (("blue", (92, 92, 255)),)


def nearest_name(rgb: tuple[int, int, int], extra: bool = True) -> str:
    """The name of the nearest prototype; ``extra=False`` uses the eleven-colour table only
    (the evaluation loaders name their ground truth that way)."""
    protos = [*PALETTE.items(), *(EXTRA if extra else ())]
    return min(protos, key=lambda kv: sum((a - b) ** 2 for a, b in zip(kv[1], rgb, strict=True)))[0]


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
    return nearest_name(rgb) if rgb is not None else None


def canonical(word: str) -> str | None:
    """A colour word from a question ('gray' -> 'grey'), or None when it is not one."""
    w = word.lower()
    w = ALIASES.get(w, w)
    return w if w in CHROMATIC or w in NEUTRAL else None


def is_dark(hex_colour: str | None) -> bool:
    rgb = rgb_of(hex_colour or "")
    return rgb is not None and (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) < 90
