"""Binding parameters into SPARQL as RDF terms, through a VALUES block.

Values never become query syntax: each is serialised as an RDF term (IRI or
escaped literal) inside `VALUES (?a ?b) { (... ...) }`, placed as the first
element of the query's WHERE group, where it pre-binds the variables for the
whole pattern. This works on every SPARQL 1.1 engine, local or remote.

For Virtuoso, dates and date-times are the exception: they are bound by a
cast, `BIND(xsd:date("1995-06-01") AS ?date)`, in the same place. Virtuoso 7.2
has been seen to mis-compare `?d <= ?date` when ?date arrives as a typed
literal in a VALUES row beside other variables, while it always evaluates the
cast form right.

Every other engine takes dates in VALUES (`cast_dates=False`; RemoteStore
casts only for a server whose HTTP Server header says Virtuoso). rdflib
answers the cast form wrongly (no rows for members_of), and the embedded
store needs VALUES for speed: Oxigraph's planner treats a cast's result as
possibly unbound, so a FILTER on it cannot move below the OPTIONALs that
follow, and every OPTIONAL then runs once per row before the date filter
(events_between at 1M triples: 9.8 s with the cast, 0.5 s without).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', re.S)
_WHERE = re.compile(r"where\b", re.I)
_CAST = (XSD.date, XSD.dateTime)
_FORM = re.compile(r"(?<![\w:?$])(select|construct|ask|describe)(?![\w:.-])", re.I)


class BindingError(ValueError):
    """The query has no WHERE group to bind parameters in."""


def where_group_start(sparql: str) -> int:
    """Offset just after the `{` that opens the query's WHERE group."""
    code = code_only(sparql)  # same offsets, strings, IRIs and comments blanked
    depth, seen_where, first_brace = 0, False, None
    for i, c in enumerate(code):
        if (depth == 0 and c in "wW" and _WHERE.match(code, i)
                and (i == 0 or not code[i - 1].isalnum())):
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
    if first_brace is None:
        raise BindingError("the query has no { ... } group to bind parameters in")
    return first_brace


def code_only(sparql: str) -> str:
    """The text with its comments, strings and IRIs blanked out (offsets kept), for finding
    keywords. One regular expression scans it: a character-by-character loop took 3 ms on a
    query listing a few hundred IRIs (members_of's tenures form, 11 per question at 10M)."""
    return _SKIPPED.sub(lambda m: " " * len(m.group()), sparql)


#: What code_only blanks, leftmost first: a comment to its line's end, a string, an IRI.
_SKIPPED = re.compile(r"#[^\n]*|" + STRING.pattern + "|" + IRIREF.pattern, re.S)


_FROM = re.compile(r"(?<![\w:?$])from(?![\w:])", re.I)


def names_dataset(sparql: str) -> bool:
    """True when the query has its own FROM or FROM NAMED clause (outside strings,
    comments and IRIs)."""
    return bool(_FROM.search(code_only(sparql)))


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE: the query's form keyword (SELECT when none is found)."""
    m = _FORM.search(code_only(sparql))
    return m.group(1).upper() if m else "SELECT"


def with_values(sparql: str, bindings: Mapping[str, Node | tuple[Node, ...]], *,
                cast_dates: bool = True) -> str:
    """The query with `bindings` pre-bound by a VALUES block at the start of its WHERE group;
    dates by a BIND cast instead, unless `cast_dates` is false (see the module's comment);
    tuples of terms by a VALUES block of their own, one row per term: tuples of one length in
    one block, their i-th terms in its i-th row (two blocks would be joined, every row of one
    with every row of the other, and Oxigraph 0.5 plans an OPTIONAL after that join over the
    whole store)."""
    if not bindings:
        return sparql
    casts = {name: term for name, term in bindings.items() if cast_dates and _cast(term)}
    # A tuple binds several values: its own VALUES block, one row each (the date index's keys).
    several = {name: terms for name, terms in bindings.items() if isinstance(terms, tuple)}
    values = {name: term for name, term in bindings.items()
              if name not in casts and name not in several}
    lines = [f"  BIND(<{term.datatype}>({Literal(str(term)).n3()}) AS ?{name})"
             for name, term in casts.items()]
    if values:
        names = " ".join(f"?{name}" for name in values)
        terms = " ".join(_n3(name, term) for name, term in values.items())
        lines.append(f"  VALUES ({names}) {{ ({terms}) }}")
    by_length: dict[int, list[str]] = {}
    for name, terms in several.items():
        by_length.setdefault(len(terms), []).append(name)
    for length, names in by_length.items():
        rows = " ".join("(" + " ".join(_n3(name, several[name][i]) for name in names) + ")"
                        for i in range(length))
        lines.append(f"  VALUES ({' '.join(f'?{name}' for name in names)}) {{ {rows} }}")
    at = where_group_start(sparql)
    return sparql[:at] + "\n" + "\n".join(lines) + "\n" + sparql[at:]


def iri_text(term: URIRef) -> str:
    """An IRI's SPARQL text, for a list that VALUES cannot bind (BindingError if it is not
    an IRI)."""
    return _n3("iri", term)


def _n3(name: str, term: Node) -> str:
    """The term's SPARQL text; an IRI that is not one (a space, a quote, no scheme) is refused
    here, where it would otherwise break the query text."""
    if isinstance(term, URIRef):
        try:
            ox.NamedNode(str(term))
        except ValueError as exc:
            raise BindingError(f"{name}: {str(term)!r} is not a valid IRI ({exc})") from None
    return term.n3()


def _cast(term: Node) -> bool:
    """A well-formed date or date-time literal, bound by a cast rather than in VALUES."""
    return isinstance(term, Literal) and term.datatype in _CAST and not term.ill_typed
