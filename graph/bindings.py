"""Binding parameters into SPARQL as RDF terms, through a VALUES block.

Values never become query syntax: each is serialised as an RDF term (IRI or
escaped literal) inside `VALUES (?a ?b) { (... ...) }`, placed as the first
element of the query's WHERE group, where it pre-binds the variables for the
whole pattern. This works on every SPARQL 1.1 engine, local or remote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib.term import Node

IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', re.S)
_WHERE = re.compile(r"where\b", re.I)


class BindingError(ValueError):
    """The query has no WHERE group to bind parameters in."""


def where_group_start(sparql: str) -> int:
    """Offset just after the `{` that opens the query's WHERE group."""
    i, depth, seen_where, first_brace = 0, 0, False, None
    while i < len(sparql):
        c = sparql[i]
        if c == "#":
            end = sparql.find("\n", i)
            i = len(sparql) if end < 0 else end
            continue
        if c in "\"'":
            m = STRING.match(sparql, i)
            i = m.end() if m else i + 1
            continue
        if c == "<":
            m = IRIREF.match(sparql, i)
            i = m.end() if m else i + 1
            continue
        if (depth == 0 and c in "wW" and _WHERE.match(sparql, i)
                and (i == 0 or not sparql[i - 1].isalnum())):
            seen_where = True
        elif c == "{":
            if depth == 0:
                if seen_where:
                    return i + 1
                if first_brace is None:
                    first_brace = i + 1
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    if first_brace is None:
        raise BindingError("the query has no { ... } group to bind parameters in")
    return first_brace


def with_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """The query with `bindings` pre-bound by a VALUES block at the start of its WHERE group."""
    if not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    at = where_group_start(sparql)
    return f"{sparql[:at]}\n  VALUES ({names}) {{ ({terms}) }}\n{sparql[at:]}"
