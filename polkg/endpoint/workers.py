"""The threads that run queries for the endpoint.

A fixed pool of daemon threads: a query abandoned at its deadline may still be
computing inside the engine, and it must not hold up the end of the process
(concurrent.futures joins its threads at exit, so `polkg serve` could not stop).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")


class Workers:
    def __init__(self, count: int, name: str = "polkg-query"):
        self._count = count
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        for i in range(count):
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True).start()

    def submit(self, job: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, job))
        return future

    def close(self) -> None:
        """Let each thread end after the jobs already queued."""
        for _ in range(self._count):
            self._jobs.put(None)

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            future, job = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as exc:  # handed to the waiting request, not lost
                future.set_exception(exc)
