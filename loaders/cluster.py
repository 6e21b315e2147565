"""News articles parsed on a Dask distributed cluster (`polkg load --scheduler ADDRESS`).

Parsing is nearly all of extraction's time, so it is what the cluster does: the client
sends batches of article texts to the workers, each worker parses them with the pipeline
it loaded once (ModelPlugin, then pipeline.english()'s cache) plus the store's known names,
and sends each Doc back as bytes, as spaCy's own n_process does. The client runs the rules
and writes, in article order, as `--workers 1` does, so the facts are the same (each
article may name people that later ones call by surname). A worker lost mid-run loses no
article: the scheduler runs the batches it held again on another worker, and a batch that
raised is tried RETRIES more times. distributed is imported only here, and only for
`--scheduler`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import CancelledError
from math import ceil

import dask
from distributed import Client, Future
from distributed.comm import resolve_address
from distributed.diagnostics.plugin import WorkerPlugin
from spacy.language import Language
from spacy.tokens import Doc

from .base import ClusterError, KnownEntity
from .news.pipeline import english, stored_names

#: Times a batch whose task raised is tried again (a worker that died is handled apart:
#: the scheduler reruns its tasks, up to distributed.scheduler.allowed-failures times).
RETRIES = 2
#: Articles per batch, at most: about a second of parsing, far above Dask's cost per task
#: (about a millisecond), and small enough that no worker idles long at the end of a load
#: while another finishes its last batch (with 32, 300 articles on 2 workers left them
#: parsing 78% of the time), and that a lost worker's batches cost little to redo.
BATCH = 8
#: Batches per worker thread, at least, so that a short load is spread over the workers.
SPREAD = 4
#: Batches queued per worker thread beyond the one it runs: enough to keep it busy while the
#: client runs the rules, few enough that parsed Docs do not pile up in workers' memory.
AHEAD = 2

#: What a Doc leaves out on its way back: the tok2vec output (no rule uses vectors).
NOT_SENT = ["tensor"]
#: One parse at a time per worker process: the pipeline (and its stored names) is shared by
#: the worker's threads.
_PARSING = threading.Lock()


class ModelPlugin(WorkerPlugin):
    """Loads the English pipeline when a worker joins (or when the client registers this), so
    that a worker without the model fails at once, and no batch waits for the load."""

    name = "polkg-english-model"
    idempotent = True  # a worker that has it keeps it: registering again loads nothing

    def setup(self, worker) -> None:
        english()


def parse_batch(texts: list[str], known: list[KnownEntity]) -> list[bytes]:
    """On a worker: the texts' Docs as bytes (Doc.to_bytes), parsed by the pipeline with the
    store's known names, as the client's own pipeline would parse them. Without the tensor
    (NOT_SENT), which the rules never read: a quarter of the bytes (measured on 40 archive
    articles of 2.5 KB: 65 KB a Doc instead of 252 KB)."""
    with _PARSING, stored_names(english(), known) as nlp:
        return [doc.to_bytes(exclude=NOT_SENT)
                for doc in nlp.pipe(texts, batch_size=len(texts))]


class Cluster:
    """A connection to a Dask scheduler, and the parser (see LoadContext.parser) that uses its
    workers. Connects at once, so that a wrong address fails before anything is written."""

    def __init__(self, address: str):
        self.address = address
        timeout = dask.config.get("distributed.comm.timeouts.connect")
        try:
            resolve_address(address)  # a malformed one before Client, which would hang on it
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except ValueError as exc:
            raise ClusterError(f"{address} is not a Dask scheduler's address "
                               f"(tcp://HOST:PORT): {_first_line(exc)}") from None
        except OSError as exc:
            raise ClusterError(f"no Dask scheduler answers at {address}: "
                               f"{_first_line(exc)}") from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
            self.client.register_plugin(ModelPlugin())
        except Exception as exc:  # no worker, or workers that cannot load polkg's model
            self.close()
            raise ClusterError(f"the Dask cluster at {address} cannot parse articles: "
                               f"{type(exc).__name__}: {_first_line(exc)}") from None

    def parse(self, nlp: Language, texts: list[str], known: list[KnownEntity]) -> Iterator[Doc]:
        """The texts' Docs, in order, parsed by the cluster's workers (LoadContext.parser)."""
        threads = max(1, sum(self.client.nthreads().values()))
        size = max(1, min(BATCH, ceil(len(texts) / (threads * SPREAD))))
        batches = iter([texts[i:i + size] for i in range(0, len(texts), size)])
        [shared] = self.client.scatter([list(known)], broadcast=True)  # sent once, not per batch
        running: deque[tuple[list[str], Future]] = deque()
        for _ in range(threads * (AHEAD + 1)):
            self._submit(running, batches, shared)
        while running:
            batch, future = running.popleft()
            parsed = self._result(future, batch, shared)
            self._submit(running, batches, shared)
            yield from (Doc(nlp.vocab).from_bytes(data) for data in parsed)

    def _submit(self, running: deque, batches: Iterator[list[str]], shared: Future) -> None:
        batch = next(batches, None)
        if batch is not None:
            running.append((batch, self._parse(batch, shared)))

    def _parse(self, batch: list[str], shared: Future) -> Future:
        return self.client.submit(parse_batch, batch, shared, retries=RETRIES, pure=False)

    def _result(self, future: Future, batch: list[str], shared: Future) -> list[bytes]:
        for attempt in range(RETRIES + 1):
            try:
                parsed = future.result()
                break
            except CancelledError:  # a result lost with its worker as the client fetched it:
                # the scheduler may cancel the key while it reschedules ("Couldn't gather 1
                # keys, rescheduling"), so the batch is sent again
                if attempt == RETRIES:
                    raise ClusterError(f"the Dask cluster at {self.address} lost a batch of "
                                       f"{len(batch)} articles {RETRIES + 1} times") from None
                future = self._parse(batch, shared)
            except Exception as exc:  # the batch failed on every try, or the scheduler left
                raise ClusterError(f"the Dask cluster at {self.address} failed to parse a batch "
                                   f"of {len(batch)} articles: {type(exc).__name__}: "
                                   f"{_first_line(exc)}") from None
        future.release()
        return parsed

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
