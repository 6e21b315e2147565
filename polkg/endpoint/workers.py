"""The threads that run queries for an endpoint over a store in memory.

Such a store lives in this process only, so its queries cannot run in worker
processes (polkg.endpoint.processes): they run on a fixed pool of daemon threads
instead, and a query past its deadline is abandoned, not stopped; the thread
finishes it in the background (concurrent.futures would join its threads at exit,
so `polkg serve` could not stop).
"""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FuturesTimeout

from .jobs import QueryJob, evaluate
from .results import Body, QueryTimeout


class ThreadEvaluator:
    def __init__(self, kg, count: int, name: str = "polkg-query"):
        self.kg = kg
        self._count = count
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        for i in range(count):
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True).start()

    def run(self, job: QueryJob, client: str) -> Body:
        future: Future[Body] = Future()
        self._jobs.put((future, job))
        try:
            return future.result(timeout=max(0.0, job.deadline - time.monotonic()))
        except FuturesTimeout:
            future.cancel()
            raise QueryTimeout() from None

    def stale(self) -> None:
        """Threads share the store: they see every update already."""

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
                future.set_result(evaluate(self.kg, job))
            except BaseException as exc:  # handed to the waiting request, not lost
                future.set_exception(exc)
