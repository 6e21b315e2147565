"""Result formats of the endpoint and content negotiation between them.

A query's kind is known only once it runs: SELECT and ASK answer in a
results format, CONSTRUCT and DESCRIBE in an RDF format. The client chooses
by its Accept header, or by a `format` parameter (for download links, which
cannot set headers).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept

from polkg.graph.store.formats import RDF_FORMATS, SPELLINGS


@dataclass(frozen=True)
class Format:
    name: str  # the `format` parameter's value
    media_type: str
    native: ox.QueryResultsFormat | ox.RdfFormat
    aliases: tuple[str, ...] = ()


#: SELECT and ASK results, the first being the default.
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON,
           ("application/json",)),
    Format("xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML,
           ("application/xml", "text/xml")),
    Format("csv", "text/csv", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
)

#: Media types clients send for an RDF format besides its own.
_OTHER_MEDIA_TYPES = {"turtle": ("application/x-turtle",), "nt": ("text/plain",),
                      "rdfxml": ("application/xml", "text/xml")}

#: CONSTRUCT and DESCRIBE results (and the service description): every RDF format the CLI
#: writes, Turtle first as the default.
GRAPH_FORMATS = tuple(Format(f.name, f.media_type, f.native, _OTHER_MEDIA_TYPES.get(f.name, ()))
                      for f in RDF_FORMATS.values())


class NotAcceptable(Exception):
    """No format of this kind of result is acceptable to the client."""


def choose(formats: tuple[Format, ...], accept: MIMEAccept, name: str | None) -> Format:
    """The format asked for by name, else the best match for Accept, else the default."""
    if name:
        # An RDF format's other names too: SPARQLWrapper sends format=xml for RDF/XML.
        for wanted in (name, SPELLINGS.get(name.lower())):
            for fmt in formats:
                if wanted in (fmt.name, fmt.media_type):
                    return fmt
        raise NotAcceptable(f"format={name!r} does not apply to this result; "
                            f"choose from {', '.join(f.name for f in formats)}")
    if not accept:
        return formats[0]
    by_type = {t: fmt for fmt in formats for t in (fmt.media_type, *fmt.aliases)}
    best = accept.best_match(list(by_type))
    if best is None:
        offered = ", ".join(f.media_type for f in formats)
        raise NotAcceptable(f"none of the accepted types ({accept}) can carry this result; "
                            f"offered: {offered}")
    return by_type[best]
