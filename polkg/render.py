"""One renderer for rows: table, csv, tsv, json (SPARQL 1.1 Query Results JSON), jsonl, md."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

ROW_FORMATS = ("table", "csv", "tsv", "json", "jsonl", "md")
#: The formats whose header line --no-headers leaves out.
HEADED_FORMATS = ("table", "csv", "tsv")
#: The narrowest a table column is cut to when the table is fitted to a width.
MIN_COLUMN = 6
ELLIPSIS = "…"


def plain(term: Node | None) -> str:
    """A term as a person reads it: IRIs and literals by their text, unbound as ''."""
    return "" if term is None else str(term)


def render(vars: Sequence[str], rows: Sequence[Sequence[Node | None]], fmt: str, *,
           headers: bool = True, width: int | None = None) -> str:
    """Rows as text; a table is fitted to `width` characters (cells cut with '…') if given."""
    if fmt not in ROW_FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(ROW_FORMATS)})")
    if not headers and fmt not in HEADED_FORMATS:
        raise ValueError(f"--no-headers applies to {', '.join(HEADED_FORMATS)}, not {fmt}")
    if fmt == "table":
        return _table(list(vars), rows, headers, width)
    if fmt in ("csv", "tsv"):
        return _delimited(list(vars), rows, "," if fmt == "csv" else "\t", headers)
    return _RENDERERS[fmt](list(vars), rows)


def _json(vars, rows) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(vars, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": vars}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=2)


def _jsonl(vars, rows) -> str:
    # One object per line, values as text (null when unbound): for jq and line-wise tools.
    return "\n".join(json.dumps({v: None if t is None else plain(t) for v, t in zip(vars, row)},
                                ensure_ascii=False) for row in rows)


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


def _delimited(vars, rows, delimiter: str, headers: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    if headers:
        writer.writerow(vars)
    writer.writerows([plain(t) for t in row] for row in rows)
    return buffer.getvalue().rstrip("\n")


def _table(vars, rows, headers: bool, width: int | None) -> str:
    cells = [[plain(t).replace("\n", " ") for t in row] for row in rows]
    widths = [max([len(v) if headers else 0] + [len(r[i]) for r in cells])
              for i, v in enumerate(vars)]
    if width is not None:
        widths = fit(widths, width - 2 * (len(widths) - 1))

    def line(values) -> str:
        return "  ".join(cut(v, w).ljust(w) for v, w in zip(values, widths)).rstrip()

    out = [line(vars), line(["-" * w for w in widths])] if headers else []
    out += [line(r) for r in cells]
    if not rows:
        out.append("(no rows)")
    return "\n".join(out)


def fit(widths: list[int], room: int) -> list[int]:
    """Column widths narrowed, widest first, until they add up to `room` (or all are at
    MIN_COLUMN: a terminal too narrow for that gets wrapped lines rather than no text)."""
    widths = list(widths)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=widths.__getitem__)
        if widths[widest] <= MIN_COLUMN:
            break
        widths[widest] -= 1
    return widths


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + ELLIPSIS


def _md(vars, rows) -> str:
    esc = lambda s: plain(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    out = ["| " + " | ".join(vars) + " |", "|" + "---|" * len(vars)]
    out += ["| " + " | ".join(esc(t) for t in row) + " |" for row in rows]
    return "\n".join(out)


_RENDERERS = {"json": _json, "jsonl": _jsonl, "md": _md}
