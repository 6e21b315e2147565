"""Wikidata (or any endpoint holding Wikidata-shaped RDF): positions held and parties.

For each entity, one SPARQL query (through SPARQLWrapper) fetches its P39
(position held) and P102 (member of political party) statements with the
qualifiers P580 (start), P582 (end), P768 (electoral district) and P1534 (end
cause), reading dates at their Wikidata precision (wikibase:timePrecision 9,
10, 11: year, month, day). They map to:
- P102 -> a Membership of the party ("independent politician" is no party);
- P39 with P768 -> a Representation of the constituency (the seat, not an office);
- P39 otherwise -> an OfficeHolding of the office;
- P1534 -> the tenure's pol:endCause: a Resigned or Dismissed event, or a plain
  pol:Event labelled with the cause, dated at the tenure's end.

Each fetched entity is one document: its graph IRI comes from the endpoint and
Q-id, its content hash from the (sorted) results, so fetching unchanged
results again changes nothing.

A named set (SETS, e.g. `current-mps`) stands for the entities one query at
the endpoint lists; each is then fetched as above.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from polkg.graph.identity.identity import digest
from polkg.graph.store.bindings import with_values
from polkg.ontology import ID, POL, WD

from .base import LoadError, Source
from .records import RecordError, RecordLoader
from .writer import FactWriter

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
_QID = re.compile(r"Q[1-9]\d*")
_AGENT = "polkg (political knowledge graph loader; https://w3id.org/polkg)"

_PREFIXES = """
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

QUERY = _PREFIXES + """
SELECT ?itemLabel ?prop ?statement ?value ?valueLabel ?start ?startPrecision ?end
       ?endPrecision ?district ?districtLabel ?cause ?causeLabel
WHERE {
  { ?item p:P39 ?statement . ?statement ps:P39 ?value . BIND ("P39" AS ?prop) }
  UNION
  { ?item p:P102 ?statement . ?statement ps:P102 ?value . BIND ("P102" AS ?prop) }
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?item rdfs:label ?itemLabel FILTER (LANG(?itemLabel) = "en") }
  OPTIONAL { ?value rdfs:label ?valueLabel FILTER (LANG(?valueLabel) = "en") }
  OPTIONAL { ?statement pqv:P580 ?startNode .
             ?startNode wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision }
  OPTIONAL { ?statement pqv:P582 ?endNode .
             ?endNode wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision }
  OPTIONAL { ?statement pq:P768 ?district .
             OPTIONAL { ?district rdfs:label ?districtLabel FILTER (LANG(?districtLabel) = "en") } }
  OPTIONAL { ?statement pq:P1534 ?cause .
             OPTIONAL { ?cause rdfs:label ?causeLabel FILTER (LANG(?causeLabel) = "en") } }
}"""

#: Named sets for `--wikidata NAME`: the query listing each set's ?item.
SETS: dict[str, str] = {
    # Members of the House of Commons now: a position held (P39) of member of the UK
    # Parliament (Q16707842), or of a subclass of it (one Parliament's members), not ended.
    "current-mps": _PREFIXES + """
SELECT DISTINCT ?item WHERE {
  ?item p:P39 ?statement .
  { ?statement ps:P39 wd:Q16707842 }
  UNION { ?statement ps:P39 ?position . ?position wdt:P279 wd:Q16707842 }
  FILTER NOT EXISTS { ?statement pq:P582 ?end }
  FILTER NOT EXISTS { ?statement pqv:P582 ?endValue }
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
}""",
}

#: End causes with an event class of their own (Wikidata Q-id -> pol: class).
END_CAUSES = {"Q796919": POL.Resigned, "Q1361181": POL.Dismissed}


@dataclass
class RemoteSource(Source):
    """One entity's results from an endpoint, standing in for a file."""

    endpoint: str = DEFAULT_ENDPOINT
    qid: str = ""

    @property
    def name(self) -> str:
        return f"{self.endpoint} {self.qid}"

    @property
    def graph(self) -> URIRef:
        return ID[f"doc/wikidata-{self.qid.lower()}-{digest(self.endpoint, self.qid, length=10)}"]


class WikidataLoader(RecordLoader):
    """Not a file format (so not in LOADERS): KnowledgeGraph.load(wikidata=[...]) uses it."""

    name = "wikidata"
    version = "1"
    extensions = ()

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT):
        self.endpoint = endpoint

    def sniff(self, source: Source) -> bool:
        return isinstance(source, RemoteSource)

    def fetch(self, qids: Iterable[str]) -> Iterator[RemoteSource | LoadError]:
        """One source per Q-id (a named set gives one per member): the endpoint's results,
        sorted so that equal results hash equal."""
        for given in qids:
            name = given.strip().lower()
            if name in SETS:
                try:
                    members = self._select(SETS[name])
                except LoadError as exc:
                    yield LoadError(Path(given), exc.message)
                    continue
                if not members:
                    yield LoadError(Path(given), f"the set is empty at {self.endpoint}")
                for row in sorted(members, key=lambda r: r.get("item", "")):
                    yield self._fetch_one(_qid_of(row.get("item", "")))
                continue
            qid = given.strip().upper()
            if not _QID.fullmatch(qid):
                yield LoadError(Path(given), "not a Wikidata id (Q followed by digits) nor a "
                                             f"named set ({', '.join(SETS)})")
                continue
            yield self._fetch_one(qid)

    def _fetch_one(self, qid: str) -> RemoteSource | LoadError:
        try:
            rows = self._select(with_values(QUERY, {"item": WD[qid]}))
        except LoadError as exc:
            return LoadError(Path(qid), exc.message)
        rows.sort(key=lambda r: json.dumps(r, sort_keys=True))
        content = json.dumps({"entity": qid, "rows": rows}, sort_keys=True).encode("utf-8")
        return RemoteSource(Path(qid), content, self.endpoint, qid)

    def _select(self, query: str) -> list[dict[str, str]]:
        """The rows of a SELECT at the endpoint, as plain values; LoadError if it fails."""
        from SPARQLWrapper import JSON, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        client = SPARQLWrapper(self.endpoint, agent=_AGENT)
        client.setQuery(query)
        client.setReturnFormat(JSON)
        client.setTimeout(60)
        try:
            bindings = client.queryAndConvert()["results"]["bindings"]
        except (SPARQLWrapperException, OSError, ValueError, KeyError) as exc:
            raise LoadError(Path(self.endpoint), f"cannot query {self.endpoint}: {exc}") from None
        return [{k: v["value"] for k, v in b.items()} for b in bindings]

    def write(self, source: Source, w: FactWriter) -> None:
        data = json.loads(source.content)
        qid, rows = data["entity"], data["rows"]
        if not rows:
            raise RecordError(f"{qid} has no P39 or P102 statements at this endpoint")
        label = next((r["itemLabel"] for r in rows if "itemLabel" in r), qid)
        person = w.entity("person", label, [f"wikidata:{qid}"])
        statements: dict[str, dict] = {}
        for row in rows:  # a statement with two values of one qualifier comes twice: keep one
            statements.setdefault(row["statement"], row)
        for statement, row in sorted(statements.items()):
            _statement(w, person, label, statement, row)


def _qid_of(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _date(row: dict, key: str) -> str | None:
    """A Wikidata time at its precision: 9 year, 10 month, 11 or finer day; coarser: none."""
    value, precision = row.get(key), row.get(f"{key}Precision")
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    if not match or precision is None:
        return None
    digits = {9: 1, 10: 2}.get(int(precision), 3 if int(precision) >= 11 else 0)
    return "-".join(match.groups()[:digits]) or None


def _statement(w: FactWriter, person: URIRef, label: str, statement: str, row: dict) -> None:
    start, end = _date(row, "start"), _date(row, "end")
    value = row["value"]
    value_label = row.get("valueLabel", _qid_of(value))
    where = {"start": start, "end": end, "locator": statement}
    if row["prop"] == "P102":
        party = w.party(value_label, [f"wikidata:{_qid_of(value)}"])
        if party is None:
            return
        tenure = w.tenure(POL.Membership, person, party, **where)
        obj = party
    elif "district" in row:
        seat = w.entity("constituency", row.get("districtLabel", _qid_of(row["district"])),
                        [f"wikidata:{_qid_of(row['district'])}"])
        tenure = w.tenure(POL.Representation, person, seat, **where)
        obj = seat
    else:
        office = w.entity("office", value_label, [f"wikidata:{_qid_of(value)}"])
        tenure = w.tenure(POL.OfficeHolding, person, office, **where)
        obj = office
    if "cause" in row:
        cause_label = row.get("causeLabel", _qid_of(row["cause"]))
        cls = END_CAUSES.get(_qid_of(row["cause"]), POL.Event)
        event = w.event(cls, f"{label}: {cause_label} ({w.label_of(obj)})", agent=person,
                        obj=obj, date=end, locator=statement)
        w.add((tenure, POL.endCause, event))

