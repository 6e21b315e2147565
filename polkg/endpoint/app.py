"""The endpoint as a WSGI application: SPARQL 1.1 Protocol at /sparql, named queries, query page.

The graph and query layers know nothing about HTTP; this module maps their
exceptions to statuses (a syntax error is 400, a query past its time 503, ...).
Queries over an on-disk store run in worker processes (polkg.endpoint.processes):
one past its time limit is answered 503 and its process killed, and long ones are
bounded so that cheap ones keep being answered. A store in memory cannot be shared
with other processes: its queries run on threads (polkg.endpoint.workers), and one
past its time is abandoned, finishing in the background.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
import time
from collections.abc import Iterable
from importlib.resources import files
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, SecurityError
from werkzeug.routing import Map, Rule
from werkzeug.utils import send_from_directory
from werkzeug.wrappers import Request, Response

from polkg.api import KnowledgeGraph, ParameterError
from polkg.fetches import FetchRefused, check_fetches
from polkg.graph.identity.resolve import NameError_
from polkg.graph.store.bindings import BindingError
from polkg.graph.store.store import QuerySyntaxError, StoreError
from polkg.ontology import PREFIXES

from .entity import EntityNotFound, entity_json, entity_svg
from .formats import GRAPH_FORMATS, NotAcceptable, choose
from .jobs import QueryJob
from .processes import Busy, ProcessEvaluator
from .results import Body, QueryTimeout
from .service import FORMATS_NS, RDFS, SD, service_description
from .workers import ThreadEvaluator

STATIC = files(__package__) / "static"
FORM = "application/x-www-form-urlencoded"
MAX_BODY = 16 * 1024 * 1024
EXPOSED = {"Access-Control-Expose-Headers": "X-Polkg-Truncated, X-Polkg-Max-Rows"}
#: Sent with every response: the page runs only its own script and loads nothing from
#: elsewhere, so data shown in it cannot bring in script, and browsers do not sniff types.
#: The query page also allows the one <style> element its editor writes, by a nonce.
POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'{style}; connect-src 'self'; "
          "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_SECURITY = {
    "Content-Security-Policy": POLICY.format(style=""),
    "X-Content-Type-Options": "nosniff",
}
PREFLIGHT = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type",
    "Access-Control-Max-Age": "86400",
}
#: Parameters of /queries/NAME that are not the query's own.
RESERVED = ("format",)


class Problem(Exception):
    """An HTTP error status with a message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


#: The library's exceptions, as (status, message prefix).
ERROR_STATUSES: dict[type[Exception], tuple[int, str]] = {
    QuerySyntaxError: (400, "SPARQL syntax error: "),
    FetchRefused: (400, ""),
    BindingError: (400, ""),
    ParameterError: (400, ""),
    NameError_: (400, ""),
    NotAcceptable: (406, ""),
    EntityNotFound: (404, ""),
    StoreError: (500, "store error: "),
}


class Endpoint:
    """The WSGI application over a KnowledgeGraph's embedded store.

    update_token None keeps the endpoint read-only; timeout is in seconds;
    max_rows None means no row limit; allow_service lists the hosts that SERVICE and
    LOAD may fetch from (none by default: polkg.fetches). allowed_hosts lists the names
    a request's Host header may carry (None: any; EndpointServer passes the bound
    address's). cors_origins lists the web origins whose pages may read the answers:
    by default every origin ("*") on a read-only endpoint, none where updates are
    accepted, and never "*" there (a page could send a stolen token's updates).
    processes holds ProcessEvaluator's options (workers, heavy_after, max_heavy,
    max_heavy_per_client); workers is the number of threads for a store in memory.
    """

    def __init__(self, kg: KnowledgeGraph, *, update_token: str | None = None,
                 timeout: float = 30.0, max_rows: int | None = 10_000, workers: int = 32,
                 allow_service: Iterable[str] = (), allowed_hosts: Iterable[str] | None = None,
                 cors_origins: Iterable[str] | None = None, processes: dict | None = None):
        if not kg.embedded:
            raise StoreError("polkg serve serves the embedded store (--store); "
                             f"{kg.location} is not one")
        self.kg = kg
        self.update_token = update_token
        self.timeout = timeout
        self.max_rows = max_rows
        self.allow_service = frozenset(allow_service)
        self.allowed_hosts = None if allowed_hosts is None else sorted(set(allowed_hosts))
        if cors_origins is None:
            cors_origins = () if update_token is not None else ("*",)
        self.cors_origins = frozenset(cors_origins)
        if update_token is not None and "*" in self.cors_origins:
            raise ValueError("CORS origin '*' is refused on an endpoint that accepts updates: "
                             "name the origins allowed (--cors-origin https://app.example)")
        self.named = kg.queries()
        if kg.location == ":memory:":
            self._evaluator: ThreadEvaluator | ProcessEvaluator = ThreadEvaluator(
                kg, workers)
        else:
            self._evaluator = ProcessEvaluator(kg.location, **(processes or {}))
        self._routes = Map([
            Rule("/", endpoint=self.page),
            Rule("/static/<path:name>", endpoint=self.static),
            Rule("/sparql", endpoint=self.sparql, methods=["GET", "POST"]),
            Rule("/queries", endpoint=self.list_queries, methods=["GET"]),
            Rule("/queries/<name>", endpoint=self.named_query, methods=["GET"]),
            Rule("/prefixes", endpoint=self.prefixes, methods=["GET"]),
            Rule("/entity", endpoint=self.entity_page, methods=["GET"]),
            Rule("/entity.json", endpoint=lambda r: entity_json(self.kg, r), methods=["GET"]),
            Rule("/entity.svg", endpoint=lambda r: entity_svg(self.kg, r), methods=["GET"]),
        ])

    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = MAX_BODY
        request.trusted_hosts = self.allowed_hosts  # werkzeug checks Host against it
        response = self.dispatch(request)
        response.headers.update(self._cors(request))
        for name, value in PAGE_SECURITY.items():
            response.headers.setdefault(name, value)
        return response(environ, start_response)

    def close(self) -> None:
        """Stop the query threads once they are free; abandoned queries do not hold up exit."""
        self._evaluator.close()

    def _cors(self, request: Request) -> dict[str, str]:
        if "*" in self.cors_origins:
            return {"Access-Control-Allow-Origin": "*", **EXPOSED}
        origin = request.headers.get("Origin")
        if origin in self.cors_origins:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin", **EXPOSED}
        return {"Vary": "Origin"} if self.cors_origins else {}

    def dispatch(self, request: Request) -> Response:
        try:
            _check_host(request)
            if request.method == "OPTIONS":
                return Response(status=204, headers=PREFLIGHT)
            _check_utf8(request.query_string, "the query string")
            if request.method == "POST" and request.mimetype == FORM:
                _check_utf8(request.get_data(), "the form body")
            view, args = self._routes.bind_to_environ(request.environ).match()
            return view(request, **args)
        except Problem as problem:
            return _text(problem.status, str(problem), problem.headers)
        except HTTPException as exc:
            return _text(exc.code or 500, exc.description or exc.name)
        except tuple(ERROR_STATUSES) as exc:
            status, prefix = next(v for k, v in ERROR_STATUSES.items() if isinstance(exc, k))
            return _text(status, prefix + str(exc))
        except Busy as exc:
            return _text(503, f"query stopped: {exc}", {"Retry-After": "5"})
        except QueryTimeout:
            return _text(503, f"query stopped: it ran past the endpoint's {self.timeout:g} s "
                              "time limit (polkg serve --timeout)")

    # -- the query page ------------------------------------------------------

    def page(self, request: Request) -> Response:
        nonce = secrets.token_urlsafe(18)
        html = (STATIC / "index.html").read_text(encoding="utf-8")
        response = Response(html.replace("{{style-nonce}}", nonce), mimetype="text/html")
        response.headers["Content-Security-Policy"] = POLICY.format(style=f" 'nonce-{nonce}'")
        return response

    def entity_page(self, request: Request) -> Response:
        return self.static(request, "entity.html")

    def prefixes(self, request: Request) -> Response:
        """The prefixes every query may use undeclared, for the editor's completion."""
        return Response(json.dumps(PREFIXES), mimetype="application/json")

    def static(self, request: Request, name: str) -> Response:
        return send_from_directory(str(STATIC), name, request.environ)

    # -- SPARQL 1.1 Protocol -------------------------------------------------

    def sparql(self, request: Request) -> Response:
        query, update, params = _read_operation(request)
        if update is not None:
            if query is not None:
                raise Problem(400, "send either query or update, not both")
            return self._update(request, update, params)
        if query is None:
            return self._service_description(request)
        check_fetches(query, self.allow_service)
        return self._answer(request, query, params=params)

    def _update(self, request: Request, update: str, params: MultiDict) -> Response:
        self._authorize(request)
        if "using-graph-uri" in params or "using-named-graph-uri" in params:
            raise Problem(400, "using-graph-uri and using-named-graph-uri are not supported; "
                               "write USING / WITH in the update instead")
        check_fetches(update, self.allow_service, update=True)
        self.kg.update(update)
        self._evaluator.stale()
        return Response(status=204)

    def _authorize(self, request: Request) -> None:
        if self.update_token is None:
            raise Problem(403, "this endpoint is read-only: start polkg serve with "
                               "--update-token to accept updates")
        auth = request.authorization
        if auth is None or auth.type != "bearer" or not auth.token:
            raise Problem(401, "updates need the header 'Authorization: Bearer TOKEN'",
                          {"WWW-Authenticate": 'Bearer realm="polkg"'})
        if not hmac.compare_digest(auth.token.encode(), self.update_token.encode()):
            raise Problem(403, "the update token is wrong")

    def _service_description(self, request: Request) -> Response:
        fmt = choose(GRAPH_FORMATS, request.accept_mimetypes, request.args.get("format"))
        triples = service_description(request.base_url, updates=self.update_token is not None)
        content = ox.serialize(triples, format=fmt.native,
                               prefixes={"sd": SD, "formats": FORMATS_NS, "rdfs": RDFS})
        return _body(Body(content, fmt.media_type))

    # -- named queries -------------------------------------------------------

    def list_queries(self, request: Request) -> Response:
        listing = [{
            "name": q.name, "title": q.title, "description": q.description,
            "params": [{"name": p.name, "type": p.type, "class": p.entity_class,
                        "optional": p.optional, "description": p.description}
                       for p in q.params],
            "url": f"{request.host_url}queries/{q.name}", "sparql": q.text,
        } for q in self.named.values()]
        return Response(json.dumps(listing, ensure_ascii=False, indent=1),
                        mimetype="application/json")

    def named_query(self, request: Request, name: str) -> Response:
        named = self.named.get(name)
        if named is None:
            raise Problem(404, f"no named query {name!r}; GET /queries lists them")
        params = {k: v for k, v in request.args.items() if k not in RESERVED}
        return self._answer(request, *self.kg.prepare(named, params), fuse=named.fuse,
                            tenures=self.kg.tenures_form(named))

    # -- running a query within the limits ------------------------------------

    def _answer(self, request: Request, sparql: str, bindings: dict | None = None,
                params: MultiDict | None = None, fuse: str | None = None,
                tenures: str | None = None) -> Response:
        job = QueryJob(
            sparql, time.monotonic() + self.timeout, bindings or {},
            default_graphs=tuple(params.getlist("default-graph-uri")) if params else (),
            named_graphs=tuple(params.getlist("named-graph-uri")) if params else (),
            accept=request.headers.get("Accept", ""), format=request.values.get("format"),
            max_rows=self.max_rows, fuse=fuse, tenures=tenures)
        return _body(self._evaluator.run(job, request.remote_addr or ""), self.max_rows)


def _read_operation(request: Request) -> tuple[str | None, str | None, MultiDict]:
    """(query, update, other parameters) from any of the protocol's request forms."""
    if request.method == "GET":
        if "update" in request.args:
            raise Problem(400, "updates must be sent by POST")
        return request.args.get("query"), None, request.args
    if request.mimetype == FORM:
        params = MultiDict(request.args)
        params.update(request.form)
        return params.get("query"), params.get("update"), params
    if request.mimetype in ("application/sparql-query", "application/sparql-update"):
        try:
            text = request.get_data().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Problem(400, f"the request body is not UTF-8: {exc}") from None
        if request.mimetype == "application/sparql-query":
            return text, None, request.args
        return None, text, request.args
    raise Problem(415, f"POST a query as {FORM}, application/sparql-query or "
                       f"application/sparql-update, not {request.mimetype or 'no type'}")


def _check_host(request: Request) -> None:
    try:
        request.host  # noqa: B018 (werkzeug raises here for a Host not in trusted_hosts)
    except SecurityError:
        raise Problem(400, f"this server does not answer to the host "
                           f"{request.headers.get('Host')!r} (polkg serve --allowed-hosts "
                           "names the host names clients may use)") from None


def _check_utf8(encoded: bytes, where: str) -> None:
    """Refuse percent-encoded text that is not UTF-8 (werkzeug would replace what it cannot
    decode, silently changing the query)."""
    try:
        for part in re.split(rb"[&=]", encoded):
            unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Problem(400, f"{where} is not UTF-8 once percent-decoded: {exc}") from None


def _body(body: Body, max_rows: int | None = None) -> Response:
    response = Response(body.content, mimetype=body.media_type)
    if body.truncated:
        response.headers["X-Polkg-Truncated"] = "true"
        response.headers["X-Polkg-Max-Rows"] = str(max_rows)
    return response


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, headers=headers,
                    mimetype="text/plain")
