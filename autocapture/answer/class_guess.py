"""A second opinion on a question's class, learned from the golden suites' labelled questions.

The routing patterns are exact and explainable, but a question worded unlike all of them
falls to the free-text lookup, and its answerer then abstains on words it cannot place. A
softmax over sentence vectors, fitted on every labelled question (``scripts/fit_route_model.py``),
names the class such questions most resemble. The router asks it only after an abstention,
and keeps its class's answer only if that answerer finds one: it can turn an abstention into
an answer, never change an answer. It ships as the bundle template ``route.model``, so it is
versioned, hash-pinned and changed only through the PromptOps lifecycle.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from autocapture.embed import MODEL_ID, EncoderUnavailable, default_encoder

FORMAT = "autocapture.route_model.v1"
CLASSES = (
    "browser_chrome",
    "calendar",
    "chat",
    "console_color",
    "cross_window",
    "focus_state",
    "form_kv",
    "lookup",
    "timeline",
    "window_inventory",
)


class RouteModelError(ValueError):
    pass


@dataclass(frozen=True)
class Guess:
    qclass: str
    p: float
    threshold: float

    @property
    def sure(self) -> bool:
        return self.p >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"class": self.qclass, "p": round(self.p, 3)}


@dataclass(frozen=True)
class RouteModel:
    classes: tuple[str, ...]
    weights: np.ndarray  # (dimensions, classes)
    bias: np.ndarray
    scale: float
    threshold: float  # a guess below this probability is not acted on
    encoder: str = MODEL_ID

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        z = vectors @ self.weights * self.scale + self.bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def guess_vector(self, vector: np.ndarray) -> Guess:
        p = self.probabilities(vector[None, :])[0]
        best = int(p.argmax())
        return Guess(self.classes[best], float(p[best]), self.threshold)

    def to_json(self, report: dict[str, Any] | None = None) -> str:
        body = {
            "format": FORMAT,
            "encoder": self.encoder,
            "classes": list(self.classes),
            "scale": self.scale,
            "threshold": self.threshold,
            "bias": [round(float(b), 4) for b in self.bias],
            # one row per class: easier to read and diff than a column per class
            "weights": [[round(float(w), 4) for w in col] for col in self.weights.T],
            "report": report or {},
        }
        # "}}" reads as template syntax to the PromptOps lifecycle check: keep braces apart
        return json.dumps(body, separators=(",", ":")).replace("}}", "} }") + "\n"


def parse_route_model(text: str) -> RouteModel:
    try:
        raw = json.loads(text)
        classes = tuple(raw["classes"])
        weights = np.array(raw["weights"], dtype=np.float32).T
        bias = np.array(raw["bias"], dtype=np.float32)
        scale, threshold = float(raw["scale"]), float(raw["threshold"])
        encoder = raw["encoder"]
    except (ValueError, KeyError, TypeError) as exc:
        raise RouteModelError(f"route.model: {exc}") from None
    if raw.get("format") != FORMAT:
        raise RouteModelError(f"route.model: format is not {FORMAT}")
    if encoder != MODEL_ID:
        raise RouteModelError(f"route.model: fitted for encoder {encoder!r}, not {MODEL_ID!r}")
    unknown = set(classes) - set(CLASSES)
    if unknown:
        raise RouteModelError(f"route.model: unknown classes {sorted(unknown)}")
    if weights.ndim != 2 or weights.shape[1] != len(classes) or bias.shape != (len(classes),):
        raise RouteModelError("route.model: weights and bias do not match the classes")
    if not 0.0 < threshold <= 1.0:
        raise RouteModelError("route.model: threshold must be in (0, 1]")
    return RouteModel(classes, weights, bias, scale, threshold, encoder)


def fit(
    vectors: np.ndarray,
    labels: list[str],
    scale: float = 10.0,
    l2: float = 1e-3,
    steps: int = 300,
    lr: float = 2.0,
    threshold: float = 0.8,
) -> RouteModel:
    """Softmax regression by gradient descent on unit vectors (the scale sharpens cosines)."""
    classes = tuple(c for c in CLASSES if c in set(labels))
    if len(classes) < 2:
        raise RouteModelError("need labelled questions of at least two classes")
    index = {c: i for i, c in enumerate(classes)}
    y = np.eye(len(classes))[[index[c] for c in labels]]
    w = np.zeros((vectors.shape[1], len(classes)))
    b = np.zeros(len(classes))
    for _ in range(steps):
        z = vectors @ w * scale + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / len(labels)
        w -= lr * (scale * vectors.T @ g + l2 * w)
        b -= lr * g.sum(axis=0)
    return RouteModel(classes, w.astype(np.float32), b.astype(np.float32), scale, threshold)


def guesser(model: RouteModel | None, question: str) -> Callable[[], Guess | str]:
    """A lazy guess for one question: the Guess, or why there is none (the encoder is
    loaded only when a router asks, i.e. after an abstention)."""

    def guess() -> Guess | str:
        if model is None:
            return "no route.model in the bundle"
        try:
            vector = default_encoder().encode([question])[0]
        except EncoderUnavailable as exc:
            return f"encoder unavailable: {exc}"
        return model.guess_vector(vector)

    return guess
