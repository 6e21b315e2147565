"""One query of the endpoint as a job: what to run and how to answer, and running it.

A job crosses to a worker process (polkg.endpoint.processes), so it holds only
plain values: the text, the bound terms, the dataset, the client's Accept header
and the limits. Its deadline is a time.monotonic() value, which every process on
the machine reads from the same clock.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from rdflib.term import Node
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from polkg.api import KnowledgeGraph
from polkg.graph.network.fusion import fuse_rows
from polkg.graph.network.on_date import tenure_reader
from polkg.graph.store import OxigraphStore
from polkg.graph.store.terms import to_ox

from .formats import Format, choose
from .results import Body, QueryTimeout, render, render_rows


@dataclass(frozen=True)
class QueryJob:
    sparql: str
    deadline: float
    bindings: Mapping[str, Node] = field(default_factory=dict)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    accept: str = ""  # the Accept header as sent
    format: str | None = None  # the `format` parameter
    max_rows: int | None = None
    #: A named query's `fuse:` line: its rows are fused, one per fact (graph/network/fusion.py).
    fuse: str | None = None
    #: Its `tenures` form, which the fusion reads the holders' other claims with (members_of).
    tenures: str | None = None


def evaluate(store: OxigraphStore | KnowledgeGraph, job: QueryJob) -> Body:
    """Run the job's query on a store or a KnowledgeGraph (either has query_native) and
    serialize its answer within the job's limits."""
    if time.monotonic() > job.deadline:  # waited for a worker past its time
        raise QueryTimeout()
    accept = parse_accept_header(job.accept, MIMEAccept)

    def chooser(formats: tuple[Format, ...]) -> Format:
        return choose(formats, accept, job.format)

    if job.fuse:  # fused in Python, as `polkg query` does: the rows are read whole
        fused = fuse_rows(store.query(job.sparql, job.bindings), job.fuse, job.tenures and
                          tenure_reader(store.query, job.tenures, job.bindings))
        rows = [tuple(None if t is None else to_ox(t) for t in row) for row in fused.rows]
        return render_rows(fused.vars, rows, chooser, max_rows=job.max_rows,
                           deadline=job.deadline)
    result = store.query_native(job.sparql, job.bindings, default_graphs=job.default_graphs,
                                named_graphs=job.named_graphs)
    try:
        return render(result, chooser, max_rows=job.max_rows, deadline=job.deadline)
    except Exception as exc:
        # The engine's result may only be dropped on this thread: raise without the
        # traceback whose frames hold it.
        failure = exc.with_traceback(None)
    del result
    raise failure
