"""Turning the engine's lazy query results into response bodies, within a time and row limit.

Rows are pulled one by one, so a query that streams (a cross product, a plain
pattern) really stops when its time is up or when the row limit is reached.
SELECT rows are written here from the engine's terms (four small writers for
the four SPARQL results formats); ASK, CONSTRUCT and DESCRIBE are serialized
by the engine itself.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from polkg.ontology import PREFIXES

from .formats import GRAPH_FORMATS, RESULT_FORMATS, Format

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class QueryTimeout(Exception):
    """The query ran past its time limit and was stopped."""


@dataclass(frozen=True)
class Body:
    """A response body: its bytes, their media type, and whether rows were cut."""

    content: bytes
    media_type: str
    truncated: bool = False


#: Picks the output format once the kind of result is known.
Chooser = Callable[[tuple[Format, ...]], Format]


def render(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, choose: Chooser, *,
           max_rows: int | None, deadline: float) -> Body:
    """Serialize a query's result in the chosen format, at most max_rows rows or triples."""
    if isinstance(result, ox.QueryBoolean):
        fmt = choose(RESULT_FORMATS)
        return Body(result.serialize(format=fmt.native), fmt.media_type)
    if isinstance(result, ox.QuerySolutions):
        return render_rows([v.value for v in result.variables], result, choose,
                           max_rows=max_rows, deadline=deadline)
    fmt = choose(GRAPH_FORMATS)
    triples, truncated = _take(result, max_rows, deadline)
    content = ox.serialize(triples, format=fmt.native, prefixes=PREFIXES)
    return Body(content, fmt.media_type, truncated)


def render_rows(names: list[str], rows: Iterable[Sequence], choose: Chooser, *,
                max_rows: int | None, deadline: float) -> Body:
    """SELECT rows (each a sequence of engine terms, None where unbound) in the chosen format."""
    fmt = choose(RESULT_FORMATS)
    taken, truncated = _take(rows, max_rows, deadline)
    content = _SOLUTION_WRITERS[fmt.name](names, taken, max_rows if truncated else None)
    return Body(content, fmt.media_type, truncated)


def _take(items: Iterable, max_rows: int | None, deadline: float) -> tuple[list, bool]:
    """Up to max_rows items, checking the deadline between them; (items, whether any were left)."""
    taken = []
    for item in items:
        if max_rows is not None and len(taken) == max_rows:
            return taken, True
        if time.monotonic() > deadline:
            raise QueryTimeout()
        taken.append(item)
    return taken, False


# -- SELECT writers: (variable names, rows of terms, row limit if cut) -> bytes -----------------


def _json(names: list[str], rows: Sequence[ox.QuerySolution], cut_at: int | None) -> bytes:
    bindings = [{name: _json_term(term) for name, term in zip(names, row) if term is not None}
                for row in rows]
    document: dict = {"head": {"vars": names}, "results": {"bindings": bindings}}
    if cut_at is not None:
        # An extra top-level member: SPARQL JSON readers ignore it, people and scripts see it.
        document["truncated"] = {"maxRows": cut_at,
                                 "note": f"results cut at {cut_at} rows (polkg serve --max-rows)"}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _xml(names: list[str], rows: Sequence[ox.QuerySolution], cut_at: int | None) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n'
           '<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(name)}/>" for name in names]
    out.append("</head>\n")
    if cut_at is not None:
        out.append(f"<!-- results cut at {cut_at} rows (polkg serve --max-rows) -->\n")
    out.append("<results>\n")
    for row in rows:
        out.append("<result>")
        out += [f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                for name, term in zip(names, row) if term is not None]
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value in (_XSD_STRING, _RDF_LANG_STRING):
            return f"<literal>{escape(term.value)}</literal>"
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return (f"<triple><subject>{_xml_term(term.subject)}</subject>"
            f"<predicate>{_xml_term(term.predicate)}</predicate>"
            f"<object>{_xml_term(term.object)}</object></triple>")


def _csv(names: list[str], rows: Sequence[ox.QuerySolution], cut_at: int | None) -> bytes:
    # SPARQL 1.1 CSV: plain values (IRIs and lexical forms), blank nodes as _:label, CRLF.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([_csv_value(term) for term in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return str(term)
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _tsv(names: list[str], rows: Sequence[ox.QuerySolution], cut_at: int | None) -> bytes:
    # SPARQL 1.1 TSV: ?-prefixed header, terms in their Turtle/N-Triples form (str() of a term).
    lines = ["\t".join(f"?{name}" for name in names)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_SOLUTION_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
