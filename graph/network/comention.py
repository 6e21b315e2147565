"""Co-mentions: two people named in one article, a weak link kept apart from the facts.

An article names people it states no fact about (pol:mentions, written for every entity
an article names). `add_comentions(store, graph)` adds to a projection one "co-mentioned
with" edge per article and pair of people it names, with the article's title (`article`)
and publication date (`start`). The projection leaves them out: centrality and communities
would otherwise count every pair of names in every article. Paths ask for them, and take
a path through a co-mention only after every path made of facts (paths.py).
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from polkg.graph.identity.dates import DateFormatError, DateInterval
from polkg.graph.store.store import Store

from .network import CO_MENTION, Period, file_names

#: The people each document names, with its title and date, read in the document's own
#: graph (a person and a date node are restated by every document using them).
_NAMED = """
SELECT ?doc ?person ?title ?published WHERE {
  GRAPH ?doc {
    ?doc pol:mentions ?person .
    ?person a pol:Person .
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc pol:publicationDate/rdfs:label ?published }
  }
}"""


def add_comentions(store: Store, graph: nx.MultiDiGraph,
                   period: Period | None = None) -> nx.MultiDiGraph:
    """`graph` with a co-mention edge between each two of its people one article names.

    With a period, an article is kept when its date may fall within it (an undated one is
    kept, uncertain). The graph is marked (`graph.graph["comentions"]`) so that paths know
    to rank these edges last.
    """
    named: dict[str, set[str]] = {}
    about: dict[str, tuple[str | None, str | None]] = {}
    for doc, person, title, published in store.values(_NAMED):
        if person in graph:
            named.setdefault(doc, set()).add(person)
            about[doc] = (title, published)
    files = file_names(store) if named else {}
    for doc, people in named.items():
        title, published = about[doc]
        when = _date(published)
        certain = True if period is None else period.holds(when, when)
        if certain is None:
            continue
        attrs = {"relation": CO_MENTION, "certain": certain, "facts": [doc],
                 "documents": [doc], "sources": [files.get(doc, doc)],
                 "article": title or files.get(doc, doc)}
        if when is not None:
            attrs.update(start=str(when), start_precision=when.precision,
                         start_earliest=when.earliest.isoformat(),
                         start_latest=when.latest.isoformat())
        for a, b in combinations(sorted(people), 2):
            graph.add_edge(a, b, key=f"{CO_MENTION}|{doc}", **attrs)
    graph.graph["comentions"] = True
    return graph


def _date(label: str | None) -> DateInterval | None:
    try:
        return DateInterval.parse(label) if label else None
    except DateFormatError:
        return None
