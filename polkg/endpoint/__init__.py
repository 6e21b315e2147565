"""The SPARQL 1.1 endpoint (`polkg serve`): protocol, named queries and a query page over HTTP."""

from .app import Endpoint
from .server import EndpointServer

__all__ = ["Endpoint", "EndpointServer"]
