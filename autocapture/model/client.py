"""The model client: the `openai` package against an OpenAI-compatible endpoint, behind the
endpoint policy.

Three guards keep requests where the policy says: the base URL is judged before a client
exists; the HTTP transport judges every request's URL again before it connects (so a
redirect, a proxy setting or a rewritten URL cannot reach another host); and redirects are
not followed at all. Proxies from the environment are ignored (``trust_env=False``), since a
proxy would carry a loopback request off the machine.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx2
import openai

from autocapture.config import ModelConfig
from autocapture.model.policy import EndpointDecision, check_endpoint


class ModelError(Exception):
    """A model call that did not produce a usable reply; ``kind`` is a stable code."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


class EndpointRefused(ModelError):
    """The policy refused the URL; raised before any socket is opened."""

    def __init__(self, decision: EndpointDecision) -> None:
        super().__init__("endpoint_refused", f"{decision.reason}: {decision.detail}")
        self.decision = decision


class GuardedTransport(httpx2.HTTPTransport):
    """Judges each request's URL with the endpoint policy before connecting."""

    def __init__(self, allow_hosts: list[str]) -> None:
        super().__init__(trust_env=False)
        self.allow_hosts = list(allow_hosts)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        decision = check_endpoint(str(request.url), self.allow_hosts)
        if not decision.allowed:
            raise EndpointRefused(decision)
        return super().handle_request(request)


@dataclass
class ModelReply:
    text: str
    model: str
    latency_ms: float
    finish_reason: str | None


class ModelClient:
    """One per process and endpoint; the underlying connection pool is reused across queries."""

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self.decision = check_endpoint(config.base_url or "", config.allow_hosts)
        self._client: openai.OpenAI | None = None

    def _openai(self) -> openai.OpenAI:
        if not self.decision.allowed:
            raise EndpointRefused(self.decision)
        if self._client is None:
            http = httpx2.Client(
                transport=GuardedTransport(self.config.allow_hosts),
                follow_redirects=False,
                trust_env=False,
            )
            self._client = openai.OpenAI(
                base_url=self.config.base_url,
                api_key=self.config.api_key,
                timeout=self.config.timeout_s,
                max_retries=0,  # the latency budget is ours to spend, not the client's
                http_client=http,
            )
        return self._client

    def complete(self, messages: list[dict[str, str]], timeout_s: float) -> ModelReply:
        """One chat completion, or ModelError saying why not (never a partial reply)."""
        client = self._openai()
        t0 = time.perf_counter()
        try:
            resp = client.chat.completions.create(
                model=self.config.name,
                messages=messages,  # type: ignore[arg-type]
                temperature=0,
                max_tokens=self.config.max_tokens,
                timeout=max(0.05, timeout_s),
            )
        except EndpointRefused:
            raise
        except openai.APITimeoutError as exc:
            raise ModelError("timeout", f"no reply within {timeout_s:.2f} s") from exc
        except openai.APIStatusError as exc:
            raise ModelError("http_status", f"HTTP {exc.status_code}") from exc
        except openai.APIConnectionError as exc:
            cause = exc.__cause__
            if isinstance(cause, EndpointRefused):
                raise cause from exc
            raise ModelError("connection", str(cause or exc)) from exc
        except (openai.APIError, ValueError, TypeError) as exc:
            raise ModelError("malformed_response", f"{type(exc).__name__}: {exc}") from exc
        latency = (time.perf_counter() - t0) * 1000
        try:
            choice = resp.choices[0]
            text = choice.message.content
        except (AttributeError, IndexError, TypeError) as exc:
            raise ModelError("malformed_response", "no choices in the reply") from exc
        if not isinstance(text, str) or not text.strip():
            raise ModelError("empty_response", "the reply has no text")
        return ModelReply(text, str(resp.model or self.config.name), latency, choice.finish_reason)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
