"""The entity page's data: /entity.json (names, identifiers, relations, timeline with the
evidence of each fact: KnowledgeGraph.entity) and /entity.svg (the timeline drawn by
graph/network/timeline_plot.py). The page itself is static (static/entity.html) and reads
these two; the entity is `?iri=` (or a name, resolved as the CLI resolves one).

They run in the server's own process over its store, not in the query workers: each reads
one entity, bounded by its facts.
"""

from __future__ import annotations

import io
import json

from werkzeug.wrappers import Request, Response

from polkg.api import KnowledgeGraph
from polkg.graph.identity.resolve import UnknownName
from polkg.graph.network.timeline_plot import draw_timeline
from polkg.queries import ParameterError


class EntityNotFound(LookupError):
    """No entity asked for, or none the graph says anything of (404)."""


def entity_json(kg: KnowledgeGraph, request: Request) -> Response:
    try:
        profile = kg.entity(_asked(request))
    except UnknownName as exc:
        raise EntityNotFound(str(exc)) from None
    return Response(json.dumps(profile.as_dict(), ensure_ascii=False),
                    mimetype="application/json")


def entity_svg(kg: KnowledgeGraph, request: Request) -> Response:
    asked = _asked(request)
    try:
        timeline = kg.timeline(asked)
    except (UnknownName, ParameterError) as exc:  # ParameterError: not a person, party...
        raise EntityNotFound(str(exc)) from None
    out = io.BytesIO()
    draw_timeline(timeline).savefig(out, format="svg")
    return Response(out.getvalue(), mimetype="image/svg+xml")


def _asked(request: Request) -> str:
    asked = request.args.get("iri") or request.args.get("name")
    if not asked:
        raise EntityNotFound("name the entity: ?iri=IRI or ?name=NAME")
    return asked

