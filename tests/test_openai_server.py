"""The fake OpenAI server against the real `openai` client, and what that client does on each
kind of failure (facts the model-answering code has to be written against)."""

from __future__ import annotations

import json
import time

import openai
import pytest

from tests.openai_server import (
    Completion,
    Delay,
    OpenAIServer,
    Raw,
    Redirect,
    Status,
)

QUESTION = [{"role": "user", "content": "What was on screen at 9:14?"}]


def client(server: OpenAIServer, **kw: object) -> openai.OpenAI:
    kw.setdefault("timeout", 5.0)
    return openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0, **kw)  # type: ignore[arg-type]


def ask(c: openai.OpenAI, **kw: object):  # type: ignore[no-untyped-def]
    return c.chat.completions.create(model="m", messages=QUESTION, **kw)  # type: ignore[call-overload]


def test_plain_completion_and_recorded_request(openai_server: OpenAIServer) -> None:
    seen = []

    def fn(req: dict) -> str:
        seen.append(req)
        return "A terminal running pytest [1]."

    openai_server.respond_with(fn)
    r = ask(client(openai_server), max_tokens=32, temperature=0)
    assert isinstance(r, openai.types.chat.ChatCompletion)
    assert r.id.startswith("chatcmpl-")
    assert r.object == "chat.completion"
    assert r.model == "m"
    assert r.choices[0].message.role == "assistant"
    assert r.choices[0].message.content == "A terminal running pytest [1]."
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None and r.usage.completion_tokens == 5
    assert seen == [openai_server.requests[0].body]
    req = openai_server.requests[0]
    assert (req.method, req.path) == ("POST", "/v1/chat/completions")
    assert req.headers["authorization"] == "Bearer x"
    assert req.body["messages"] == QUESTION
    assert req.body["max_tokens"] == 32
    assert openai_server.connections == 1


def test_fixed_reply_finish_reason_and_models(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Completion("cut off", finish_reason="length"))
    c = client(openai_server)
    assert ask(c).choices[0].finish_reason == "length"
    assert [m.id for m in c.models.list()] == ["fake-model"]
    assert [r.method for r in openai_server.requests] == ["POST", "GET"]


def test_streaming(openai_server: OpenAIServer) -> None:
    openai_server.respond_with("one two three")
    chunks = list(ask(client(openai_server), stream=True))
    assert "".join(ch.choices[0].delta.content or "" for ch in chunks) == "one two three"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_no_connection_is_counted_when_none_is_made(openai_server: OpenAIServer) -> None:
    client(openai_server)  # creating a client connects to nothing
    assert openai_server.connections == 0 and openai_server.requests == []


def test_status_500_raises_internal_server_error_once(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Status(500))
    with pytest.raises(openai.InternalServerError) as err:
        ask(client(openai_server))
    assert err.value.status_code == 500
    assert len(openai_server.requests) == 1


def test_default_client_retries_twice(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Status(503, "busy"))
    c = openai.OpenAI(base_url=openai_server.base_url, api_key="x", timeout=5.0)
    with pytest.raises(openai.InternalServerError):
        ask(c)
    assert len(openai_server.requests) == 3  # hence max_retries=0 in tests


def test_rate_limit_status(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Status(429))
    with pytest.raises(openai.RateLimitError):
        ask(client(openai_server))


def test_malformed_json_body_is_a_bare_json_error(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Raw(b'{"id": "chatcmpl-1", "choices": [{'))
    with pytest.raises(json.JSONDecodeError) as err:
        ask(client(openai_server))
    assert not isinstance(err.value, openai.OpenAIError)  # catch ValueError too


def test_non_json_body_is_returned_as_a_string(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Raw(b"<html>proxy login</html>", content_type="text/html"))
    assert ask(client(openai_server)) == "<html>proxy login</html>"  # no exception at all


def test_json_missing_fields_is_not_validated(openai_server: OpenAIServer) -> None:
    openai_server.respond_with({"unexpected": True})
    r = ask(client(openai_server))
    assert r.choices is None  # the SDK does not validate: the caller must


def test_garbage_on_the_wire_is_a_connection_error(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Raw(b"\x00\xffnot http\r\n\r\n", wire=True))
    with pytest.raises(openai.APIConnectionError):
        ask(client(openai_server))


def test_responder_exception_becomes_500_and_is_kept(openai_server: OpenAIServer) -> None:
    def fn(req: dict) -> str:
        raise RuntimeError("script bug")

    openai_server.respond_with(fn)
    with pytest.raises(openai.InternalServerError):
        ask(client(openai_server))
    assert [str(e) for e in openai_server.errors] == ["script bug"]


def test_delay_then_reply(openai_server: OpenAIServer) -> None:
    openai_server.respond_with(Delay(0.3, then="late"))
    start = time.monotonic()
    assert ask(client(openai_server)).choices[0].message.content == "late"
    assert time.monotonic() - start >= 0.3


def test_delay_past_client_timeout_raises_and_stop_does_not_hang() -> None:
    server = OpenAIServer().start()
    try:
        server.respond_with(Delay(120))
        start = time.monotonic()
        with pytest.raises(openai.APITimeoutError):
            ask(client(server, timeout=0.5))
        assert time.monotonic() - start < 3
    finally:
        start = time.monotonic()
        server.stop()
        assert time.monotonic() - start < 3  # the 120 s Delay was interrupted


@pytest.fixture
def far_server():  # type: ignore[no-untyped-def]
    """A second origin (another port) to redirect to."""
    with OpenAIServer(model="far") as far:
        far.respond_with("answer from the redirect target")
        yield far


@pytest.mark.parametrize("code", [301, 302, 303])
def test_redirect_is_followed_as_get(
    openai_server: OpenAIServer, far_server: OpenAIServer, code: int
) -> None:
    openai_server.respond_with(Redirect(far_server.base_url + "/chat/completions", code))
    with pytest.raises(openai.NotFoundError):  # the target has no GET route
        ask(client(openai_server))
    (req,) = far_server.requests
    assert (req.method, req.raw) == ("GET", b"")  # POST turned into GET, prompt dropped
    assert "authorization" not in req.headers  # stripped: the origin changed


@pytest.mark.parametrize("code", [307, 308])
def test_redirect_307_308_resends_the_prompt_and_accepts_the_answer(
    openai_server: OpenAIServer, far_server: OpenAIServer, code: int
) -> None:
    openai_server.respond_with(Redirect(far_server.base_url + "/chat/completions", code))
    r = ask(client(openai_server))
    assert r.choices[0].message.content == "answer from the redirect target"
    (req,) = far_server.requests
    assert req.method == "POST" and req.body["messages"] == QUESTION  # the prompt went along
    assert "authorization" not in req.headers


@pytest.mark.parametrize("code", [302, 307])
def test_redirect_not_followed_when_the_http_client_says_so(
    openai_server: OpenAIServer, far_server: OpenAIServer, code: int
) -> None:
    openai_server.respond_with(Redirect(far_server.base_url + "/chat/completions", code))
    c = client(openai_server, http_client=openai.DefaultHttpxClient(follow_redirects=False))
    with pytest.raises(openai.APIStatusError) as err:
        ask(c)
    assert err.value.status_code == code
    assert err.value.response.headers["location"].startswith(far_server.origin)
    assert far_server.connections == 0
