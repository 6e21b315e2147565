"""One renderer for rows: table, json (SPARQL 1.1 Query Results JSON), csv, tsv, md."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

ROW_FORMATS = ("table", "json", "csv", "tsv", "md")


def plain(term: Node | None) -> str:
    """A term as a person reads it: IRIs and literals by their text, unbound as ''."""
    return "" if term is None else str(term)


def render(vars: Sequence[str], rows: Sequence[Sequence[Node | None]], fmt: str) -> str:
    if fmt not in ROW_FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(ROW_FORMATS)})")
    return _RENDERERS[fmt](list(vars), rows)


def _json(vars, rows) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(vars, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": vars}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=2)


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
    return out


def _delimited(delimiter: str):
    def write(vars, rows) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        writer.writerow(vars)
        writer.writerows([plain(t) for t in row] for row in rows)
        return buffer.getvalue().rstrip("\n")
    return write


def _table(vars, rows) -> str:
    cells = [[plain(t).replace("\n", " ") for t in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(vars)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    out = [line(vars), line(["-" * w for w in widths])] + [line(r) for r in cells]
    if not rows:
        out.append("(no rows)")
    return "\n".join(out)


def _md(vars, rows) -> str:
    esc = lambda s: plain(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    out = ["| " + " | ".join(vars) + " |", "|" + "---|" * len(vars)]
    out += ["| " + " | ".join(esc(t) for t in row) + " |" for row in rows]
    return "\n".join(out)


_RENDERERS = {"table": _table, "json": _json, "csv": _delimited(","), "tsv": _delimited("\t"),
              "md": _md}
