"""A named query read in parts, one per core.

Oxigraph evaluates a query on one thread: a question that reads thousands of facts at 10M
triples (members_of: about 3,000 claims, a dozen lookups each) keeps one core busy while the
others wait. A query that names a variable to split its rows by (`# parts: ?t`,
queries/__init__.py) is asked as several queries, side by side (the engine lets go of the
interpreter while it reads), each keeping the rows whose variable's MD5 hash begins with a hex
digit in its share. Its ORDER BY orders its rows wholly, so the parts' rows, put in that
order, are the rows of the whole query in its order.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
from rdflib.term import Node

from polkg.graph.store.store import OxigraphStore, QueryResult
from polkg.graph.store.terms import from_ox

HEX = "0123456789abcdef"
#: A cap on the parts: each repeats the key join and its own parsing and planning, so parts
#: beyond the cores only add work (eight is a bound, not a measured optimum: the project's
#: machine has two cores).
MAX_PARTS = 8


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (not on every platform)
        return os.cpu_count() or 1


def shares(parts: int) -> list[tuple[str, str]]:
    """The bounds of each part's share of a hash's first hex digit, low (included) to high
    (excluded): "" and "g" close the first and the last, so that every value, even the ""
    that a query gives a term with no string (a blank node), falls in exactly one."""
    parts = max(1, min(parts, MAX_PARTS))
    cuts = ["", *(HEX[len(HEX) * i // parts] for i in range(1, parts)), "g"]
    return list(zip(cuts, cuts[1:]))


def query_in_parts(store: OxigraphStore, texts: Sequence[str],
                   bindings: Mapping[str, Node | tuple[Node, ...]],
                   order: Sequence[str]) -> QueryResult:
    """The rows of the parts' queries (`texts`, each with the same bindings) in the order of
    the ORDER BY variables `order`. The engine's terms become rdflib's once the parts are
    merged: made in the threads, they would keep each other waiting for the interpreter
    (members_of at 10M triples: 250 ms in two parts against 160 ms)."""
    def read(text: str) -> tuple[list[str], list[tuple]]:
        def rows() -> tuple[list[str], list[tuple]]:
            result = store.query_native(text, bindings)
            return [v.value for v in result.variables], [tuple(row) for row in result]
        return store.reading(rows)

    with ThreadPoolExecutor(len(texts)) as pool:
        parts = list(pool.map(read, texts))
    columns = parts[0][0]
    at = [columns.index(name.lstrip("?")) for name in order]
    rows = [row for _, part in parts for row in part]
    rows.sort(key=lambda row: tuple(_rank(row[i]) for i in at))
    return QueryResult("select", columns, [tuple(map(from_ox, row)) for row in rows])


def _rank(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> tuple[int, str]:
    """A term's place in SPARQL's order: unbound first, then blank nodes, IRIs, literals;
    literals by their text (the queries read in parts order by names, IRIs and ISO dates,
    whose text orders them as the engine does)."""
    if term is None:
        return (0, "")
    return (1 if isinstance(term, ox.BlankNode) else 2 if isinstance(term, ox.NamedNode)
            else 3, term.value)
