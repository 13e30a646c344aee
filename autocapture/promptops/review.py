"""Review work off the query path: failed queries become review jobs in a bounded queue,
handled by one worker thread. A full queue drops the job and counts it; a query never waits."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class ReviewJob:
    query: str  # already redacted
    reason: str | None


class Reviewer(Protocol):
    """Proposes a template change for a failed query, or returns None."""

    def review(self, job: ReviewJob) -> dict[str, Any] | None: ...


class ReviewQueue:
    def __init__(
        self,
        reviewer: Reviewer,
        maxsize: int,
        on_result: Callable[[ReviewJob, dict[str, Any] | None, str | None], None],
        redact: Callable[[str], str],
    ) -> None:
        self.reviewer = reviewer
        self.on_result = on_result
        self.redact = redact
        self.counters: Counter[str] = Counter()
        self._q: queue.Queue[ReviewJob | None] = queue.Queue(maxsize=maxsize)
        self._stop = threading.Event()
        self._worker = threading.Thread(target=self._run, name="promptops-review", daemon=True)
        self._worker.start()

    def submit(self, query: str, reason: str | None) -> bool:
        """Enqueue without ever blocking; False (and review_dropped + 1) when full."""
        try:
            self._q.put_nowait(ReviewJob(self.redact(query), reason))
        except queue.Full:
            self.counters["review_dropped"] += 1
            return False
        self.counters["review_enqueued"] += 1
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            job = self._q.get()
            if job is None:
                break
            try:
                result = self.reviewer.review(job)
            except Exception as exc:  # a broken reviewer is counted, never fatal
                self.counters["review_failed"] += 1
                self.on_result(job, None, f"{type(exc).__name__}: {exc}")
                continue
            self.counters["review_done"] += 1
            self.on_result(job, result, None)

    def stats(self) -> dict[str, int]:
        return {**self.counters, "review_pending": self._q.qsize()}

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(queue.Full):  # a daemonic worker ends with the process
            self._q.put_nowait(None)
