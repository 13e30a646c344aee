"""Build the corpus: generate frames (in worker processes or inline) and write them in order."""

from __future__ import annotations

import multiprocessing
import random
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from autocapture.records import FrameRecord
from autocapture.store import Store

from .frames import make_frame, timestamps
from .seed import SeedWindow, seeded
from .windows import GENERATORS


@dataclass
class BuildStats:
    """Where the build time went: generating frames, waiting for them, writing them."""

    frames: int = 0
    gen_s: float = 0.0  # generator CPU time (in the worker processes when --workers > 0)
    wait_s: float = 0.0  # time the writer waited for the next generated frame
    write_s: float = 0.0
    write_ms: list[float] | None = None


_WORKER: dict[str, Any] = {}


def _init_generator(seed_windows: list[SeedWindow], seed: int) -> None:
    """Set up the frame generator (in a worker process, or inline)."""
    gens = [g for g, _ in GENERATORS]
    weights = [w for _, w in GENERATORS]
    if seed_windows:
        gens.append(seeded(seed_windows))
        weights.append(sum(weights))  # about half of the windows come from real OCR text
    _WORKER.update(gens=gens, weights=weights, seed=seed)


def _generate(job: tuple[int, datetime]) -> tuple[FrameRecord, float]:
    """One frame record, from its own RNG (so the corpus is the same for any worker count)."""
    index, ts = job
    t0 = time.perf_counter()
    rng = random.Random(_WORKER["seed"] * 1_000_003 + index)
    rec = make_frame(index, ts, rng, _WORKER["gens"], _WORKER["weights"])
    return rec, time.perf_counter() - t0


def _bounded_imap(
    pool: Any, jobs: list[tuple[int, datetime]], ahead: int
) -> Iterator[tuple[FrameRecord, float]]:
    """Results in order with at most ``ahead`` frames in flight (Pool.imap would generate
    the whole corpus ahead of the slower writer and hold it all in this process's memory)."""
    pending: deque[Any] = deque()
    it = iter(jobs)
    for job in it:
        pending.append(pool.apply_async(_generate, (job,)))
        if len(pending) >= ahead:
            break
    while pending:
        result = pending.popleft().get()
        job = next(it, None)
        if job is not None:
            pending.append(pool.apply_async(_generate, (job,)))
        yield result


def build_corpus(
    store: Store,
    n: int,
    now: datetime,
    seed: int,
    seed_windows: list[SeedWindow],
    workers: int,
) -> BuildStats:
    """Generate frames (in ``workers`` processes, or inline if 0) and write each with
    ``Store.write_frame``, one transaction per frame, in time order."""
    jobs = list(enumerate(timestamps(n, now, random.Random(seed))))
    stats = BuildStats(write_ms=[])
    assert stats.write_ms is not None
    pool = None
    if workers > 0:
        ctx = multiprocessing.get_context("fork")
        pool = ctx.Pool(workers, _init_generator, (seed_windows, seed))
        records: Iterator[tuple[FrameRecord, float]] = _bounded_imap(pool, jobs, 16 * workers)
    else:
        _init_generator(seed_windows, seed)
        records = map(_generate, jobs)
    t_report = time.perf_counter()
    try:
        while True:
            t0 = time.perf_counter()
            item = next(records, None)
            t1 = time.perf_counter()
            if item is None:
                break
            rec, gen_s = item
            store.write_frame(rec)
            t2 = time.perf_counter()
            stats.gen_s += gen_s
            stats.wait_s += t1 - t0
            stats.write_s += t2 - t1
            stats.write_ms.append((t2 - t1) * 1000)
            stats.frames += 1
            if t2 - t_report > 20:
                t_report = t2
                print(
                    f"  ... {stats.frames}/{n} frames (write {stats.write_s:.1f}s,"
                    f" waiting for generator {stats.wait_s:.1f}s)",
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return stats
