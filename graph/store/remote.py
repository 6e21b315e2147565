"""A remote SPARQL 1.1 Query+Update server as a Store (Oxigraph server, Fuseki, Virtuoso, GraphDB).

SPARQLWrapper speaks the protocol: queries and updates go as form-encoded
POSTs (Virtuoso hangs on a direct `application/sparql-query` POST).

The default graph. Local stores answer over the union of the document graphs;
a server does so in one of two ways, chosen by `union`:
- "server": the server's default graph already is the union of its named
  graphs (Oxigraph `serve --union-default-graph`, Fuseki with
  `tdb2:unionDefaultGraph true`, GraphDB's default); queries go as they are.
- "dataset": polkg names the graphs itself, as `FROM` and `FROM NAMED`
  clauses of every query. Works on any server and hides Virtuoso's own system
  graphs; costs one graph listing per store opened (refreshed after this
  store's own writes).
- "auto" (default): probes once which of the two holds.

Writes. A document is one update request: `DROP SILENT GRAPH` for its graphs,
then its triples, so a server that runs a request as one transaction (all the
above) writes it whole or not at all. A document of more than `batch_size`
quads is uploaded in batches into staging graphs, then one last request
`MOVE`s them over the document's graphs: the old version stays readable and
intact until that request, and a failed upload drops its staging graphs.
Triples that share a blank node always travel in the same request, since a
blank node label means the same node only within one request.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import urllib.error
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import XSD
from rdflib.term import Node
from SPARQLWrapper import JSON, POST, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from polkg.ontology import PREFIXES, sparql_prologue

from .bindings import (
    BindingError,
    code_only,
    names_dataset,
    query_form,
    where_group_start,
    with_values,
)
from .date_index import (
    DATED_QUADS,
    INDEX_GRAPH,
    date_keys,
    drop_keys,
    index_statement,
    with_date_keys,
)
from .formats import RDF_FORMATS
from .payload import RdfPayload
from .store import Quad, QueryResult, QuerySyntaxError, Store, StoreError
from .terms import from_ox, to_ox

#: Quads per update request (a larger document is staged, then moved in one request).
#: Virtuoso 7.2's SPARQL parser runs out of stack at about 5,000 triples in one request.
BATCH_SIZE = 2000
AUTH_SCHEMES = ("basic", "digest", "bearer")
UNION_MODES = ("auto", "server", "dataset")
#: Graphs a server keeps for itself (Virtuoso's), never part of the polkg dataset.
SYSTEM_GRAPHS = frozenset({
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
})
#: Staging graphs of uploads in progress (or of one that died before its cleanup).
STAGING_PREFIX = "urn:polkg:staging:"
#: A graph that never exists: the default graph of an empty dataset.
NO_GRAPH = "urn:polkg:no-graph"
#: What Oxigraph server writes after the partial body of a query its timeout cancelled.
_OXIGRAPH_CANCELLED = b"The SPARQL operation has been cancelled"
#: Every named graph. GROUP BY, not DISTINCT: Virtuoso 7.2 answers this in milliseconds
#: and times out on `SELECT DISTINCT ?g` over a few thousand quads.
_LIST_GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_WHERE_AT_END = re.compile(r"(?<![\w:?$])where\s*$", re.I)
_IRI = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')
_XSD_STRING = str(XSD.string)


class QueryTimeout(StoreError):
    """The server stopped the query at its time limit, or did not answer in time."""


@dataclass(frozen=True)
class Auth:
    """Credentials for a SPARQL server. The secrets never appear in a repr or a message."""

    scheme: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    #: Digest realm (Virtuoso's /sparql-auth uses "SPARQL").
    realm: str = "SPARQL"

    @classmethod
    def from_options(cls, scheme: str | None = None, user: str | None = None,
                     password: str | None = None, token: str | None = None) -> Auth | None:
        """Credentials from options, else POLKG_ENDPOINT_USER/_PASSWORD/_TOKEN; None when none.

        Without a scheme: bearer when a token is given, basic when a user is.
        """
        user = user or os.environ.get("POLKG_ENDPOINT_USER")
        password = password or os.environ.get("POLKG_ENDPOINT_PASSWORD")
        token = token or os.environ.get("POLKG_ENDPOINT_TOKEN")
        if scheme is None:
            scheme = "bearer" if token else "basic" if user else None
        if scheme is None:
            if password:
                raise StoreError("a password was given without a user (--user or "
                                 "POLKG_ENDPOINT_USER)")
            return None
        scheme = scheme.lower()
        if scheme not in AUTH_SCHEMES:
            raise StoreError(f"unknown authentication {scheme!r}; use one of "
                             f"{', '.join(AUTH_SCHEMES)}")
        if scheme == "bearer" and not token:
            raise StoreError("bearer authentication needs a token (--token or "
                             "POLKG_ENDPOINT_TOKEN)")
        if scheme != "bearer" and not (user and password):
            raise StoreError(f"{scheme} authentication needs a user and a password (--user and "
                             "--password, or POLKG_ENDPOINT_USER and POLKG_ENDPOINT_PASSWORD)")
        return cls(scheme, user, password, token)

    def apply(self, wrapper: SPARQLWrapper) -> None:
        if self.scheme == "bearer":
            wrapper.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
        else:
            wrapper.setHTTPAuth(self.scheme.upper())
            wrapper.setCredentials(self.user, self.password, realm=self.realm)


class RemoteStore(Store):
    """A SPARQL 1.1 Query+Update server, spoken to over the standard protocol."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None, *,
                 auth: Auth | None = None, timeout: float | None = None,
                 union: str = "auto", batch_size: int = BATCH_SIZE):
        if union not in UNION_MODES:
            raise StoreError(f"union must be one of {', '.join(UNION_MODES)}, not {union!r}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.location = _public_url(endpoint)
        self.auth = auth
        self.timeout = timeout
        self.union = union
        self.batch_size = batch_size
        self._graphs: list[str] | None = None
        #: The server's HTTP Server header, read from its first answer.
        self._server: str | None = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, union={self.union!r}, auth={self.auth!r})"

    # -- reading -----------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        dataset = self._dataset()
        text = with_values(sparql, bindings or {}, cast_dates=self._is_virtuoso())
        response = self._request(text, dataset=dataset)
        if response.kind == "graph":
            triples = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
                       for t in response.triples]
            return QueryResult("graph", triples=triples)
        if response.kind == "ask":
            return QueryResult("ask", boolean=response.boolean)
        rows = [tuple(from_ox(term) for term in row) for row in response.rows]
        return QueryResult("select", vars=response.vars, rows=rows)

    def has_graph(self, graph: URIRef) -> bool:
        ask = "ASK WHERE { GRAPH ?g { ?s ?p ?o } }"
        return bool(self._request(with_values(ask, {"g": graph}), dataset=None).boolean)

    def dump(self, out: IO[bytes], fmt: str) -> None:
        rdf_format = RDF_FORMATS[fmt].native
        if RDF_FORMATS[fmt].keeps_graphs:
            rows = self._request("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                 dataset=self._dataset()).rows
            data = [ox.Quad(s, p, o, g) for s, p, o, g in rows]
        else:
            data = self._request("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                 dataset=self._dataset()).triples
        ox.serialize(data, out, rdf_format, prefixes=PREFIXES)

    def __len__(self) -> int:
        rows = self._request("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                             dataset=self._dataset()).rows
        return int(rows[0][0].value)

    # -- writing -----------------------------------------------------------

    def write_document(self, graph: URIRef, quads: Iterable[Quad], *,
                       payload: RdfPayload | None = None,
                       other_graphs: Iterable[URIRef] = ()) -> int:
        other_graphs = set(other_graphs) - {INDEX_GRAPH}  # the store's own (date_index.py)
        ox_quads = [q if isinstance(q, ox.Quad) else ox.Quad(*map(to_ox, q)) for q in quads]
        if payload is not None:
            ox_quads += payload.quads(graph)
        ox_quads, written = with_date_keys(ox_quads)
        targets = sorted({_iri(g) for g in (graph, *other_graphs)})
        batches = list(_batches(ox_quads, self.batch_size))
        try:
            if len(batches) <= 1:
                operations = [f"DROP SILENT GRAPH <{g}>" for g in targets]
                operations += [_insert(batch) for batch in batches]
                if operations:
                    self._update(" ;\n".join(operations))
            else:
                self._staged_replace(targets, batches)
        finally:
            self._graphs = None
        return written

    def index_dates(self) -> None:
        dated = [ox.Quad(*map(to_ox, row)) for row in self.query(DATED_QUADS).rows]
        batches = list(_batches(date_keys(dated), self.batch_size)) or [[]]
        try:  # the old keys go with the first batch, the statement comes with the last
            for i, batch in enumerate(batches):
                operations = [f"DROP SILENT GRAPH <{INDEX_GRAPH}>", drop_keys("?g")] if i == 0 \
                    else []
                operations += [_insert(batch)] if batch else []
                operations += [_insert([index_statement()])] if i == len(batches) - 1 else []
                self._update(" ;\n".join(operations))
        finally:
            self._graphs = None

    def _staged_replace(self, targets: list[str], batches: list[list[ox.Quad]]) -> None:
        """Upload batch by batch into staging graphs, then MOVE them over the targets at once."""
        run = f"{STAGING_PREFIX}{uuid.uuid4()}:"
        staging: dict[str, str] = {}
        try:
            for batch in batches:
                staged = []
                for q in batch:
                    name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
                    stage = staging.setdefault(name, f"{run}{len(staging)}")
                    staged.append(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(stage)))
                self._update(_insert(staged))
            moves = [f"MOVE <{stage}> TO {f'<{g}>' if g else 'DEFAULT'}" for g, stage in
                     staging.items()]
            drops = [f"DROP SILENT GRAPH <{g}>" for g in targets if g not in staging]
            self._update(" ;\n".join(drops + moves))
        except StoreError as exc:
            raise type(exc)(f"{exc}{self._drop_staging(staging.values())}") from None

    def _drop_staging(self, graphs: Iterable[str]) -> str:
        """Drop a failed upload's staging graphs; what is left behind, in words, if that fails."""
        graphs = list(graphs)
        try:
            if graphs:
                self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
            return ""
        except StoreError:
            return (f"; the partial upload is left in {len(graphs)} staging graph(s) "
                    f"<{graphs[0].rsplit(':', 1)[0]}:N>: drop them with DROP GRAPH")

    def drop_graph(self, graph: URIRef) -> None:
        try:
            self._update(f"DROP SILENT GRAPH <{_iri(graph)}>")
        finally:
            self._graphs = None

    # -- the default graph -------------------------------------------------

    def _dataset(self) -> list[str] | None:
        """The graphs to name as the query's dataset, or None when the server's default serves."""
        if self.union == "auto":
            self.union = self._probe_union() or "auto"
        if self.union == "server":
            return None
        if self._graphs is None:
            self._graphs = self._data_graphs()
        return self._graphs or [NO_GRAPH]

    def _is_virtuoso(self) -> bool:
        """Dates are bound by a cast for Virtuoso only (graph/bindings.py says why): in
        VALUES, as every other engine reads them best (rdflib misreads the cast form)."""
        if self._server is None:
            self._request("ASK {}", dataset=None)
        return "virtuoso" in (self._server or "").lower()

    def _data_graphs(self) -> list[str]:
        rows = self._request(_LIST_GRAPHS, dataset=None).rows
        return sorted(g.value for (g,) in rows if _is_data_graph(g.value))

    def _probe_union(self) -> str | None:
        """'server' when the default graph is exactly the union, 'dataset' when not, None
        while there is nothing to tell by."""
        graphs = self._request(_LIST_GRAPHS, dataset=None).rows
        names = [g.value for (g,) in graphs]
        if any(not _is_data_graph(g) for g in names):
            return "dataset"  # the server's union would show its own graphs too
        if not names:
            return None
        sample = self._request(
            with_values("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                        {"g": URIRef(names[0])}), dataset=None).rows
        s, p, o = map(from_ox, sample[0])
        seen = self._request(with_values("ASK WHERE { ?s ?p ?o }", {"s": s, "p": p, "o": o}),
                             dataset=None).boolean
        return "server" if seen else "dataset"

    # -- the protocol ------------------------------------------------------

    def _wrapper(self, endpoint: str) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(endpoint, updateEndpoint=self.update_endpoint)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setOnlyConneg(True)
        if self.timeout:
            wrapper.setTimeout(max(1, round(self.timeout)))
        if self.auth is not None:
            self.auth.apply(wrapper)
        return wrapper

    def _request(self, sparql: str, dataset: list[str] | None) -> _Response:
        wrapper = self._wrapper(self.endpoint)
        # The prefixes on one line with the query's first: the server's line numbers stay right.
        prologue = sparql_prologue().replace("\n", " ")
        wrapper.setQuery(prologue + with_dataset(sparql, dataset or ()))
        # SPARQLWrapper's own guess reads words in comments ("asked" makes an ASK).
        wrapper.queryType = query_form(sparql)
        graph_form = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
        wrapper.setReturnFormat(TURTLE if graph_form else JSON)
        result = self._send(wrapper, "query")
        body = result.response.read()
        headers = result.info()
        self._server = headers.get("Server", "")
        _check_complete(headers)
        try:
            if graph_form:
                return _Response("graph", triples=list(ox.parse(body, format=ox.RdfFormat.TURTLE)))
            return _Response.from_json(json.loads(body), ask=wrapper.queryType == "ASK")
        except (ValueError, SyntaxError, KeyError, TypeError) as exc:
            if body.rstrip().endswith(_OXIGRAPH_CANCELLED):
                raise QueryTimeout(f"{self.location} stopped the query at its time limit "
                                   "(the answer was cut short)") from None
            raise StoreError(f"{self.location} sent an answer that is cut short or not "
                             f"SPARQL results ({exc})") from None

    def _update(self, update: str) -> None:
        wrapper = self._wrapper(self.update_endpoint)
        wrapper.setQuery(update)
        self._send(wrapper, "update").response.read()

    def _send(self, wrapper: SPARQLWrapper, what: str):
        where = self.location if what == "query" else _public_url(self.update_endpoint)
        try:
            return wrapper.query()
        except SPARQLWrapperException as exc:
            message = _server_message(exc)
            name = type(exc).__name__
            if name == "QueryBadFormed":
                if what == "query":
                    raise QuerySyntaxError(f"{where} rejected the query: {message}") from None
                raise StoreError(f"{where} rejected the update: {message}") from None
            if name == "Unauthorized":
                raise StoreError(_refused(where, 401, self.auth)) from None
            if name == "EndPointNotFound":
                raise StoreError(f"no SPARQL {what} endpoint at {where} (HTTP 404)") from None
            raise StoreError(f"{where} failed the {what}: {message}") from None
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise StoreError(_refused(where, exc.code, self.auth)) from None
            raise StoreError(f"{where} answered HTTP {exc.code} {exc.reason}: "
                             f"{_clip(exc.read())}") from None
        except TimeoutError:
            raise QueryTimeout(f"{where} did not answer within {self.timeout} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise QueryTimeout(f"{where} did not answer within {self.timeout} s") from None
            raise StoreError(f"cannot reach the SPARQL server at {where}: {exc.reason}") from None


@dataclass
class _Response:
    """A parsed answer, in pyoxigraph terms."""

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict, ask: bool = False) -> _Response:
        if "boolean" in data:
            return cls("ask", boolean=bool(data["boolean"]))
        if ask:
            # Virtuoso answers ASK as one row of one variable, __ASK_RETVAL, 1 or 0; a false
            # ASK over a VALUES block comes as no row at all.
            values = [v["value"] for row in data["results"]["bindings"] for v in row.values()]
            return cls("ask", boolean=values[:1] in (["1"], ["true"]))
        names = data["head"]["vars"]
        rows = [tuple(_term(b[n]) if n in b else None for n in names)
                for b in data["results"]["bindings"]]
        return cls("select", vars=names, rows=rows)


def _term(binding: dict) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A term of SPARQL 1.1 Query Results JSON (and Virtuoso's 'typed-literal') as pyoxigraph's."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        # Servers' labels ("nodeID://b10000") need not be valid in N-Triples: map them stably.
        if re.fullmatch(r"[A-Za-z0-9_]+", value):
            return ox.BlankNode(value)
        return ox.BlankNode("b" + hashlib.sha1(value.encode()).hexdigest()[:20])
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype and datatype != _XSD_STRING:
        return ox.Literal(value, datatype=ox.NamedNode(datatype))
    return ox.Literal(value)


def with_dataset(sparql: str, graphs: Iterable[str]) -> str:
    """The query with `FROM <g>` and `FROM NAMED <g>` for each graph, unless it names its own.

    Clauses in the text rather than the protocol's default-graph-uri parameters:
    Virtuoso echoes each of those as a response header, and past 100 headers
    Python's HTTP client gives up.
    """
    graphs = list(graphs)
    try:
        brace = where_group_start(sparql) - 1
    except BindingError:
        return sparql  # DESCRIBE <iri> without a pattern
    if not graphs or names_dataset(sparql[:brace]):
        return sparql
    where = _WHERE_AT_END.search(code_only(sparql[:brace]))
    at = where.start() if where else brace
    # On the line they join, so that the server's line numbers stay the user's.
    clauses = "".join(f"FROM <{_iri(g)}> " for g in graphs)
    clauses += "".join(f"FROM NAMED <{g}> " for g in graphs)
    return f"{sparql[:at]}{clauses}{sparql[at:]}"


def _batches(quads: list[ox.Quad], size: int) -> Iterator[list[ox.Quad]]:
    """Quads in batches of about `size`; quads linked by a blank node stay in one batch."""
    parent: dict[str, str] = {}

    def root(label: str) -> str:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    for q in quads:
        blanks = [t.value for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)]
        for other in blanks[1:]:
            parent[root(other)] = root(blanks[0])
    groups: dict[object, list[ox.Quad]] = {}
    for i, q in enumerate(quads):
        blank = next((t.value for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)), None)
        groups.setdefault(root(blank) if blank else i, []).append(q)
    batch: list[ox.Quad] = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


def _insert(quads: list[ox.Quad]) -> str:
    """One INSERT operation for the quads, grouped by graph.

    Ground data goes as INSERT DATA; data with blank nodes as INSERT {...} WHERE {},
    since Virtuoso refuses blank nodes in INSERT DATA.
    """
    blocks: dict[str, list[str]] = {}
    has_blank = False
    for q in quads:
        has_blank = has_blank or isinstance(q.subject, ox.BlankNode) or isinstance(
            q.object, ox.BlankNode)
        graph = str(q.graph_name) if isinstance(q.graph_name, ox.NamedNode) else ""
        blocks.setdefault(graph, []).append(f"{q.subject} {q.predicate} {q.object} .")
    body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" if g else "\n".join(lines)
                     for g, lines in blocks.items())
    return f"INSERT {{\n{body}\n}} WHERE {{}}" if has_blank else f"INSERT DATA {{\n{body}\n}}"


def _check_complete(headers) -> None:
    """Virtuoso answers 200 with part of the result when it hits a limit; say so instead."""
    if headers.get("x-sql-state") == "S1TAT":
        raise QueryTimeout("the server stopped the query at its time limit and sent part of "
                           "the result (Virtuoso's MaxQueryExecutionTime)")
    if headers.get("x-sparql-maxrows"):
        raise StoreError(f"the server cut the result at {headers['x-sparql-maxrows']} rows "
                         "(Virtuoso's ResultSetMaxRows in virtuoso.ini): raise that limit, or "
                         "ask for fewer rows with LIMIT/OFFSET")


def _is_data_graph(name: str) -> bool:
    return name not in SYSTEM_GRAPHS and not name.startswith(STAGING_PREFIX)


def _iri(graph: URIRef | str) -> str:
    if not _IRI.fullmatch(str(graph)):
        raise StoreError(f"not a graph IRI: {str(graph)!r}")
    return str(graph)


def _public_url(url: str) -> str:
    """The URL without any user:password@ part, for messages."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        parts = parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
    return urlunsplit(parts)


def _refused(where: str, code: int, auth: Auth | None) -> str:
    if auth is None:
        return (f"{where} requires authentication (HTTP {code}): give --user and --password "
                "(or --token), or POLKG_ENDPOINT_USER/POLKG_ENDPOINT_PASSWORD/POLKG_ENDPOINT_TOKEN")
    who = f" for user {auth.user!r}" if auth.user else ""
    return f"{where} refused the {auth.scheme} credentials{who} (HTTP {code})"


def _server_message(exc: SPARQLWrapperException) -> str:
    """The server's own words from a SPARQLWrapper exception (it keeps them only in its text)."""
    text = str(exc)
    _, sep, response = text.partition("Response:\n")
    if not sep:
        return text
    try:
        raw = ast.literal_eval(response)
    except (ValueError, SyntaxError):
        return _clip(response.encode())
    return _clip(raw if isinstance(raw, bytes) else str(raw).encode())


def _clip(body: bytes, limit: int = 600) -> str:
    """The server's message, without the copy of the request Virtuoso appends."""
    text = body.decode("utf-8", "replace").split("\nSPARQL query:", 1)[0].strip()
    return text if len(text) <= limit else text[:limit] + " [...]"


__all__ = ["Auth", "RemoteStore", "QueryTimeout"]
