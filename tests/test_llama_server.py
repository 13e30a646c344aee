"""One real local model (Gemma 3 270M base, Q4_K_M) behind llama_cpp.server, driven by the real
`openai` client. Protocol-level facts only: the model is a 270M *base* model, so its words are
not worth asserting on."""

from __future__ import annotations

import os
import time

import openai
import pytest

from tests.llama_server import gemma_gguf_path, llama_server, llm_available

pytestmark = pytest.mark.slow

MAX_TOKENS = 32


@pytest.fixture(scope="module")
def require_llm() -> None:
    reason = llm_available()
    if reason:
        pytest.skip(reason)


def test_gguf_locator_is_stable(require_llm: None) -> None:
    path = gemma_gguf_path()
    assert path.name == "gemma-3-270m-q4_k_m.gguf"
    assert path.stat().st_size > 200 * 2**20
    assert gemma_gguf_path() == path  # second call reuses the verified file


def test_chat_completion_through_real_local_server(
    require_llm: None, record_property: pytest.RecordProperty
) -> None:
    with llama_server() as llm:
        client = openai.OpenAI(base_url=llm.base_url, api_key="x", max_retries=0, timeout=120)
        assert [m.id for m in client.models.list()] == ["gemma-3-270m"]

        # Streaming: time to the first content token, then to the end.
        start = time.monotonic()
        first_token = None
        text = ""
        finish = None
        for chunk in client.chat.completions.create(
            model="gemma-3-270m",
            messages=[{"role": "user", "content": "Name one colour of the sky."}],
            max_tokens=MAX_TOKENS,
            temperature=0,
            stream=True,
        ):
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta and first_token is None:
                first_token = time.monotonic() - start
            text += delta or ""
            finish = chunk.choices[0].finish_reason or finish
        stream_total = time.monotonic() - start
        assert finish in ("stop", "length")

        # Non-streaming: a full ChatCompletion object.
        start = time.monotonic()
        r = client.chat.completions.create(
            model="gemma-3-270m",
            messages=[{"role": "user", "content": "What does a screenshot show? Be brief."}],
            max_tokens=MAX_TOKENS,
            temperature=0,
        )
        total = time.monotonic() - start
        choice = r.choices[0]
        assert isinstance(choice.message.content, str)
        assert choice.message.role == "assistant"
        assert choice.finish_reason in ("stop", "length")
        assert r.usage is not None and 0 < r.usage.completion_tokens <= MAX_TOKENS
        assert total < 60

        rss_mb = llm.rss_bytes() / 2**20
        metrics = {
            "startup_s": round(llm.startup_seconds, 2),
            "stream_first_token_s": round(first_token, 3) if first_token else None,
            "stream_total_s": round(stream_total, 3),
            "total_s": round(total, 3),
            "completion_tokens": r.usage.completion_tokens,
            "rss_mb": round(rss_mb),
        }
        for k, v in metrics.items():
            record_property(k, v)
        print(f"llama_server metrics: {metrics}")
        assert rss_mb < 2048
        pid = llm.process.pid

    assert llm.process.returncode is not None
    assert not os.path.exists(f"/proc/{pid}")  # no leftover server
