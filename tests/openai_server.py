"""A real, in-process HTTP server that speaks enough of the OpenAI API for the real `openai` client.

It listens on 127.0.0.1 on an ephemeral port (ThreadingHTTPServer in a background thread) and
answers ``POST /v1/chat/completions`` (plain JSON, or SSE chunks when the request says
``"stream": true``) and ``GET /v1/models``. Every request is recorded; every accepted TCP
connection is counted, so a test can prove that no connection was attempted at all.

Scripting, per test::

    server.respond_with(lambda req: "Paris [1]")            # a content string -> a completion
    server.respond_with("Paris [1]")                        # same, for every request
    server.respond_with(lambda req: Delay(5, then="late"))  # sleep first (interruptible)
    server.respond_with(lambda req: Status(500))            # an OpenAI-style error body
    server.respond_with(lambda req: Raw(b"{not json"))      # 200 with a garbage body
    server.respond_with(lambda req: Raw(b"", wire=True))    # no HTTP at all: close the socket
    server.respond_with(lambda req: Redirect("http://127.0.0.1:9/v1/chat/completions", 307))
    server.respond_with(lambda req: Completion("cut", finish_reason="length"))

``fn`` receives the parsed JSON body (a dict) of each chat-completion request. An exception
raised by ``fn`` becomes a 500 and is kept in ``server.errors``.

Creating the client -- IMPORTANT: the SDK retries twice by default (``max_retries=2``, with
back-off), so a 500 or a timeout would be sent three times. Tests create it as::

    client = openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0, timeout=2.0)

What the client then does (measured with openai 3.54.0 / httpx2, see test_openai_server.py):
Status(5xx) -> ``openai.InternalServerError``; Status(429) -> ``openai.RateLimitError``; other
4xx -> the matching ``openai.APIStatusError`` subclass; Delay longer than the client timeout ->
``openai.APITimeoutError``; Raw(wire=True) -> ``openai.APIConnectionError``. BUT a 200 whose
body is bad is NOT an ``openai.OpenAIError``: ``Raw(b"{not json")`` raises a bare
``json.JSONDecodeError`` (a ValueError); a non-JSON content type (``Raw(b"<html>",
content_type="text/html")``) makes ``create()`` RETURN A ``str``; ``Raw(b"null")`` returns None;
a JSON object missing fields (``{"x": 1}``) returns a ChatCompletion whose ``choices`` is None.
Callers must therefore check the result's type and catch more than ``openai.APIError``.

Redirects: the SDK's default HTTP client is created with ``follow_redirects=True``, so a 3xx is
FOLLOWED, to any host, up to 20 hops (httpx2 semantics: 301/302/303 turn the POST into a GET
without a body; 307/308 re-send the POST with the full prompt body; the Authorization header is
dropped only when the origin changes). To refuse redirects pass
``http_client=openai.DefaultHttpxClient(follow_redirects=False)``: the 3xx then reaches the SDK,
which raises ``openai.APIStatusError`` with ``status_code`` 3xx and no second connection is made.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Union

DEFAULT_MODEL = "fake-model"
DEFAULT_ANSWER = "ok"


@dataclass(frozen=True)
class Completion:
    """A chat completion with this content (a plain string reply is wrapped into one)."""

    content: str
    finish_reason: str = "stop"
    model: str | None = None


@dataclass(frozen=True)
class Delay:
    """Wait ``seconds`` (cut short when the server stops), then send ``then``."""

    seconds: float
    then: Reply = DEFAULT_ANSWER


@dataclass(frozen=True)
class Status:
    """An HTTP error status. ``body`` None -> an OpenAI-style ``{"error": {...}}`` JSON body."""

    code: int
    body: str | bytes | dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Raw:
    """Send ``data`` as the body as-is (malformed JSON, garbage); ``wire=True`` writes it
    straight to the socket with no HTTP status line or headers, then closes the connection."""

    data: bytes
    status: int = 200
    content_type: str = "application/json"
    wire: bool = False


@dataclass(frozen=True)
class Redirect:
    location: str
    code: int = 302


Reply = Union[str, Completion, Delay, Status, Raw, Redirect, dict]  # noqa: UP007 (runtime alias)
Responder = Callable[[dict[str, Any]], Reply]


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # header names lower-cased
    body: Any  # parsed JSON, or None when there was no body / it was not JSON
    raw: bytes


class _Stopped(Exception):
    pass


def _handler_class(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's connection pool expects

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in separate writes; without this, Nagle's algorithm
            # and the client's delayed ACK add ~40 ms to every reply.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server._connected(self.connection)

        def finish(self) -> None:
            try:
                super().finish()
            finally:
                server._disconnected(self.connection)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        # -- plumbing -------------------------------------------------------------------
        def _record(self) -> RecordedRequest:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            rec = RecordedRequest(
                method=self.command,
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                raw=raw,
            )
            server._record(rec)
            return rec

        def _send(
            self,
            code: int,
            body: bytes,
            content_type: str = "application/json",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()

        def _send_json(self, code: int, obj: Any) -> None:
            self._send(code, json.dumps(obj).encode())

        # -- routes ---------------------------------------------------------------------
        def do_GET(self) -> None:
            rec = self._record()
            if rec.path.rstrip("/") in ("/v1/models", "/models"):
                self._send_json(
                    200,
                    {
                        "object": "list",
                        "data": [
                            {
                                "id": server.model,
                                "object": "model",
                                "created": server.started_at,
                                "owned_by": "autocapture-tests",
                            }
                        ],
                    },
                )
            else:
                self._send_json(404, _error_body(404, f"no route for GET {rec.path}"))

        def do_POST(self) -> None:
            rec = self._record()
            if rec.path.split("?")[0].rstrip("/") not in (
                "/v1/chat/completions",
                "/chat/completions",
            ):
                self._send_json(404, _error_body(404, f"no route for POST {rec.path}"))
                return
            if not isinstance(rec.body, dict):
                self._send_json(400, _error_body(400, "request body is not a JSON object"))
                return
            try:
                reply = server._responder(rec.body)
            except Exception as exc:  # the test's script failed: tell the client and the test
                server.errors.append(exc)
                self._send_json(500, _error_body(500, f"responder raised {exc!r}"))
                return
            try:
                self._reply(reply, rec.body)
            except (_Stopped, BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _reply(self, reply: Reply, req: dict[str, Any]) -> None:
            if isinstance(reply, Delay):
                if server._stopping.wait(reply.seconds):
                    raise _Stopped
                self._reply(reply.then, req)
            elif isinstance(reply, str | Completion):
                comp = reply if isinstance(reply, Completion) else Completion(reply)
                if req.get("stream"):
                    self._stream(comp, req)
                else:
                    self._send_json(200, completion_json(comp, req, server.model))
            elif isinstance(reply, dict):
                self._send_json(200, reply)
            elif isinstance(reply, Status):
                body = reply.body
                if body is None:
                    body = _error_body(reply.code, f"scripted status {reply.code}")
                if isinstance(body, dict):
                    data, ctype = json.dumps(body).encode(), "application/json"
                elif isinstance(body, str):
                    data, ctype = body.encode(), "text/plain"
                else:
                    data, ctype = body, "application/octet-stream"
                self._send(reply.code, data, ctype, reply.headers)
            elif isinstance(reply, Raw):
                if reply.wire:
                    self.wfile.write(reply.data)
                    self.wfile.flush()
                    self.close_connection = True
                else:
                    self._send(reply.status, reply.data, reply.content_type)
            elif isinstance(reply, Redirect):
                self._send(reply.code, b"", "text/plain", {"Location": reply.location})
            else:
                raise TypeError(f"responder returned {type(reply).__name__}: {reply!r}")

        def _stream(self, comp: Completion, req: dict[str, Any]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            cid = f"chatcmpl-{uuid.uuid4().hex[:24]}"
            model = comp.model or req.get("model") or server.model
            pieces = [{"role": "assistant", "content": ""}]
            pieces += [{"content": w} for w in _split_keep_spaces(comp.content)]
            for i, delta in enumerate([*pieces, None]):
                chunk = {
                    "id": cid,
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "delta": delta or {},
                            "logprobs": None,
                            "finish_reason": None if delta is not None else comp.finish_reason,
                        }
                    ],
                }
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                if i == 0:
                    self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


def _split_keep_spaces(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch == " ":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _error_body(code: int, message: str) -> dict[str, Any]:
    kind = "invalid_request_error" if 400 <= code < 500 else "server_error"
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def completion_json(comp: Completion, req: dict[str, Any], default_model: str) -> dict[str, Any]:
    """The ChatCompletion JSON for ``comp`` answering request ``req``."""
    prompt_words = sum(
        len(str(m.get("content") or "").split())
        for m in req.get("messages") or []
        if isinstance(m, dict)
    )
    completion_words = len(comp.content.split())
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": comp.model or req.get("model") or default_model,
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": comp.content, "refusal": None},
                "logprobs": None,
                "finish_reason": comp.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_words,
            "completion_tokens": completion_words,
            "total_tokens": prompt_words + completion_words,
        },
    }


class OpenAIServer:
    """See the module docstring. Use as a context manager, or start()/stop()."""

    def __init__(self, model: str = DEFAULT_MODEL, host: str = "127.0.0.1") -> None:
        self.model = model
        self.host = host
        self.requests: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self.connections = 0
        self.started_at = int(time.time())
        self._responder: Responder = lambda req: DEFAULT_ANSWER
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting ------------------------------------------------------------------------
    def respond_with(self, fn: Responder | Reply) -> None:
        """Script replies: ``fn(request_json) -> Reply``, or one fixed Reply for every request."""
        if callable(fn):
            self._responder = fn
        else:
            fixed = fn
            self._responder = lambda req: fixed

    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    # -- lifecycle ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What to pass as ``openai.OpenAI(base_url=...)``."""
        return f"{self.origin}/v1"

    def start(self) -> OpenAIServer:
        httpd = ThreadingHTTPServer((self.host, 0), _handler_class(self))
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes every Delay
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        with self._lock:
            open_now = list(self._open)
        for sock in open_now:  # keep-alive connections idle in their handler threads
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- called from handler threads ------------------------------------------------------
    def _connected(self, sock: socket.socket) -> None:
        with self._lock:
            self.connections += 1
            self._open.add(sock)

    def _disconnected(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)

    def _record(self, rec: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(rec)


@contextlib.contextmanager
def openai_server(model: str = DEFAULT_MODEL) -> Iterator[OpenAIServer]:
    with OpenAIServer(model=model) as server:
        yield server
