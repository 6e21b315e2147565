"""What every CLI command shares: opening the graph, output formats, errors at the edge.

The library raises; commands convert at the edge with `user_errors`, so the
user reads "Error: ..." and exit status 1, never a traceback.
"""

from __future__ import annotations

import functools
import os
import sys
from contextlib import contextmanager

import click

from polkg.api import DEFAULT_STORE, KnowledgeGraph, ParameterError
from polkg.graph.identity.resolve import NameError_
from polkg.graph.store.remote import Auth, RemoteStore
from polkg.graph.store.store import StoreError
from polkg.loaders import LoadError
from polkg.queries import QueryDefinitionError
from polkg.render import ROW_FORMATS, render

#: Exceptions that are the user's to fix: shown as "Error: <message>", exit 1.
USER_ERRORS = (StoreError, ParameterError, NameError_, LoadError, QueryDefinitionError,
               ValueError, OSError)


class Settings:
    """The global options, and the graph opened lazily from them."""

    def __init__(self, store: str | None, endpoint: str | None, update_endpoint: str | None,
                 credentials: tuple = (None, None, None, None)):
        self.store = store or os.environ.get("POLKG_STORE") or DEFAULT_STORE
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        #: (auth scheme, user, password, token) for the endpoint; never printed.
        self._credentials = credentials
        self._kg: KnowledgeGraph | None = None

    def open(self) -> KnowledgeGraph:
        if self._kg is None:
            with user_errors():
                store = self.store
                if self.endpoint:
                    store = RemoteStore(self.endpoint, self.update_endpoint,
                                        auth=Auth.from_options(*self._credentials))
                self._kg = KnowledgeGraph(store)
            click.get_current_context().call_on_close(self._kg.close)
        return self._kg


def pass_kg(command):
    """Give the command the opened KnowledgeGraph as its first argument."""
    @click.pass_obj
    @functools.wraps(command)
    def wrapper(settings: Settings, *args, **kwargs):
        return command(settings.open(), *args, **kwargs)
    return wrapper


def allow_service_option(command):
    """--allow-service HOST (repeatable): the hosts SPARQL SERVICE and LOAD may fetch from."""
    return click.option(
        "--allow-service", "allow_service", multiple=True, metavar="HOST[:PORT]",
        help="Let SPARQL SERVICE and LOAD fetch from this host (repeatable). Without it "
             "no query makes the store fetch a URL.")(command)


def rows_format_option(default: str = "table", formats=ROW_FORMATS):
    return click.option("--format", "fmt", type=click.Choice(formats), default=default,
                        show_default=True, help="Output format for rows.")


def echo_rows(vars, rows, fmt: str) -> None:
    click.echo(render(vars, rows, fmt))


@contextmanager
def user_errors():
    """Turn the library's exceptions into click errors: message, exit 1, no traceback."""
    try:
        yield
    except click.ClickException:
        raise
    except USER_ERRORS as exc:
        raise click.ClickException(str(exc)) from None


def interactive() -> bool:
    """True when a person watches stderr (progress bars show), false when piped."""
    return sys.stderr.isatty()
