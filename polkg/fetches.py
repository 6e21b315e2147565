"""SERVICE and LOAD: the SPARQL operations that make the engine fetch a URL.

Oxigraph evaluates `SERVICE <url>` and `LOAD <url>` by making HTTP requests itself,
and pyoxigraph offers no option to turn that off. So a query from outside (the
endpoint, `polkg query`) is parsed first (rdflib's SPARQL parser, the syntax tree
only, no evaluation), and each SERVICE and LOAD it holds must name an http(s) URL
whose host is on an allow-list; the list is empty unless the user gives one.

rdflib's grammar is SPARQL 1.1; Oxigraph also reads a few extensions (RDF-star,
LATERAL). A text that only Oxigraph reads cannot be checked by the tree, so it is
refused if it holds the word SERVICE or LOAD at all, outside its comments, strings and IRIs
(the named queries' LATERAL forms explain themselves in comments).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from urllib.parse import urlsplit

from rdflib.term import URIRef, Variable

from polkg.graph.store.bindings import code_only


class FetchRefused(ValueError):
    """A query or update would fetch a URL that the allow-list does not hold."""


#: The syntax-tree nodes whose evaluation fetches their `term` / `iri`.
_FETCHING = {"ServiceGraphPattern": ("term", "SERVICE"), "Load": ("iri", "LOAD")}
_KEYWORD = re.compile(r"\b(service|load)\b", re.IGNORECASE)


def check_fetches(text: str, allowed: Collection[str] = (), *, update: bool = False) -> None:
    """Raise FetchRefused unless every SERVICE and LOAD in text names an allowed host.

    allowed holds host names or addresses, optionally with ':port'.
    """
    for keyword, target in _targets(text, update):
        if target is None:
            raise FetchRefused(
                f"{keyword} refused: this query could not be checked for the URLs it would "
                "fetch (it uses syntax beyond SPARQL 1.1); remove the SERVICE / LOAD")
        reason = _refusal(target, allowed)
        if reason:
            raise FetchRefused(f"{keyword} {target} refused: {reason}")


@functools.lru_cache(maxsize=1024)
def _targets(text: str, update: bool) -> tuple[tuple[str, str | None], ...]:
    """(keyword, target as written) of each fetch; target None where text did not parse."""
    # rdflib's SPARQL parser takes a tenth of a second to import: imported for a query from outside
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except Exception:  # noqa: BLE001 (any text the parser cannot read is checked by keyword)
        words = _KEYWORD.findall(code_only(text))
        return tuple((m.upper(), None) for m in {m.lower() for m in words})
    return tuple(_walk(tree))


def _walk(node):
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name in _FETCHING:
            key, keyword = _FETCHING[node.name]
            target = node.get(key)
            yield keyword, _shown(target)
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            yield from _walk(value)


def _shown(target) -> str:
    """The target as written: <IRI>, ?variable or prefix:name (which names no host)."""
    if isinstance(target, URIRef):
        return f"<{target}>"
    if isinstance(target, Variable):
        return f"?{target}"
    return f"{target.get('prefix') or ''}:{target.get('localname') or ''}"


def _refusal(target: str, allowed: Collection[str]) -> str | None:
    """Why fetching target is refused, or None when it may go ahead."""
    if not allowed:
        return ("this server fetches no URLs (start it with --allow-service HOST to let "
                "SERVICE and LOAD reach HOST)")
    parts = urlsplit(target.strip("<>"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ("only http(s) URLs on the --allow-service list may be fetched; write the URL "
                "in full, as <http://host/...>")
    host = parts.hostname
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if host in allowed or f"{host}:{port}" in allowed:
        return None
    return f"{host} is not on the --allow-service list ({', '.join(sorted(allowed))})"
