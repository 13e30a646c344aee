"""Model answering against a real local model: llama.cpp's server with Gemma 3 270M (a tiny
base model). Asserts the protocol, verification and fallback, not answer quality."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.conftest import synthetic_frame
from tests.llama_server import llama_server, llm_available
from tests.test_model_answering import LINES, NOW

pytestmark = pytest.mark.slow


def test_real_local_model_answers_verified_or_falls_back(tmp_path: Path) -> None:
    reason = llm_available()
    if reason:
        pytest.skip(reason)
    with llama_server() as llm:
        cfg = load_config(tmp_path / "data")
        cfg.timezone = "UTC"
        cfg.model.base_url = llm.base_url
        cfg.model.name = "gemma-3-270m"
        cfg.model.contract_role = "user"  # Gemma's chat template drops system messages
        cfg.model.max_tokens = 96
        cfg.model.timeout_s = 120
        cfg.model.latency_budget_ms = 180_000
        app = Autocapture(config=cfg)
        app.store.write_frame(synthetic_frame(1, LINES, title="Invoice INV-2026-0042 - Browser"))

        ans = app.ask("what was the total on the invoice?", now=NOW)
        model = ans.trace["model"]
        [rec] = app.promptops.model_interactions.read()
        assert rec["prompt_id"] == "model.contract" and rec["latency_ms"] is not None
        if model["state"] == "fallback":
            # A base model rarely keeps the JSON contract: then the extractive answer stands.
            assert model["reason"] in ("malformed_reply", "empty_response")
            assert ans.state == "ok" and ans.claims[0].value == "$1,284.50"
        else:
            assert rec["success"] is True
            for claim in ans.claims:  # whatever it claimed survived quote and store checks
                assert claim.citations and all(c.verified for c in claim.citations)
                assert all(c.text in LINES for c in claim.citations)
        assert ans.state in ("ok", "partial", "indeterminate")

        # A budget too small for the model: the extractive answer, within the budget.
        app.config.model.latency_budget_ms = 400
        app.pipeline.model.config.latency_budget_ms = 400  # type: ignore[union-attr]
        t0 = time.perf_counter()
        fast = app.ask("what was the total on the invoice?", now=NOW)
        elapsed = time.perf_counter() - t0
        assert fast.trace["model"]["state"] == "fallback"
        assert fast.trace["model"]["reason"] in ("timeout", "budget_exhausted")
        assert fast.state == "ok" and fast.claims[0].value == "$1,284.50"
        assert elapsed < 0.4 + 1.0, elapsed
        app.close()
