"""What every CLI command shares: opening the graph, output options, errors at the edge.

The library raises; commands convert at the edge with `user_errors`, so the
user reads "Error: ..." and exit status 1, never a traceback (unless --debug or
POLKG_DEBUG=1). The conventions are written once, in docs/CLI.md (polkg.clidoc).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import click

from polkg.api import DEFAULT_STORE, KnowledgeGraph, ParameterError
from polkg.graph.identity.resolve import NameError_
from polkg.graph.store import NoStore, StoreInUse
from polkg.graph.store.formats import RDF_FORMATS, SPELLINGS, format_of_path
from polkg.graph.store.remote import Auth, RemoteStore
from polkg.graph.store.store import StoreError
from polkg.graph.store.store import exists as store_exists
from polkg.loaders import LoadError
from polkg.loaders.base import ClusterError
from polkg.queries import QueryDefinitionError
from polkg.render import HEADED_FORMATS, ROW_FORMATS, render

#: Exceptions that are the user's to fix: shown as "Error: <message>", exit 1.
USER_ERRORS = (StoreError, ParameterError, NameError_, LoadError, ClusterError,
               QueryDefinitionError, ValueError, OSError)

#: What to do where there is no store to read.
MAKE_A_STORE = ("make one with `polkg --store {path} load FILES...`, or name the one you mean "
                "with --store or $POLKG_STORE")
#: What to do to write a store that `polkg serve` holds.
WRITE_THROUGH_THE_SERVER = (
    "to write while it serves, send the command to the server: start it with `polkg serve "
    "--update-token TOKEN` and run `polkg --endpoint http://HOST:PORT/sparql --token TOKEN "
    "load ...` (or `remove ...`); or stop the server (or wait for the load) and run the "
    "command again")
#: Said on stderr when a command reads a store another process holds.
READING_BESIDE = ("Note: {path} is in use by another process (polkg serve, a load, or another "
                  "command); reading it read-only, as it was when this command started")

#: The file extensions that name a row format, for -o FILE without --format.
ROW_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".md": "md"}


class Settings:
    """The global options, and the graph opened lazily from them."""

    def __init__(self, store: str | None, endpoint: str | None, update_endpoint: str | None,
                 credentials: tuple = (None, None, None, None), debug: bool = False):
        self.store = store or os.environ.get("POLKG_STORE") or DEFAULT_STORE
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.debug = debug
        #: (auth scheme, user, password, token) for the endpoint; never printed.
        self._credentials = credentials
        self._kg: KnowledgeGraph | None = None

    def open(self, writes: bool = False, creates: bool = False) -> KnowledgeGraph:
        """The graph: an existing store, to read (beside a process that holds it, read-only),
        or to write (`writes`: no other process may hold it); only `creates` makes one."""
        if self._kg is None:
            with user_errors():
                if self.endpoint:
                    self._kg = KnowledgeGraph(RemoteStore(
                        self.endpoint, self.update_endpoint,
                        auth=Auth.from_options(*self._credentials)))
                else:
                    self._kg = _open_local(self.store, writes, creates)
            click.get_current_context().call_on_close(self._kg.close)
            if self._kg.read_only:
                click.echo(READING_BESIDE.format(path=self.store), err=True)
        return self._kg


def _open_local(path: str, writes: bool, creates: bool) -> KnowledgeGraph:
    try:
        if writes and not creates and path != ":memory:" and not store_exists(path):
            raise NoStore(f"no store at {path}")
        return KnowledgeGraph(path, for_reading=not writes)
    except NoStore as exc:
        raise click.ClickException(f"{exc}; {MAKE_A_STORE.format(path=path)}") from None
    except StoreInUse as exc:
        raise click.ClickException(f"{exc}; {WRITE_THROUGH_THE_SERVER}") from None


def pass_kg(command=None, *, writes: bool = False, creates: bool = False):
    """Give the command the opened KnowledgeGraph as its first argument (`writes`: it may
    write, so no other process may hold the store; `creates`: a missing store is made)."""
    def decorate(command):
        @click.pass_obj
        @functools.wraps(command)
        def wrapper(settings: Settings, *args, **kwargs):
            return command(settings.open(writes, creates), *args, **kwargs)
        return wrapper
    return decorate(command) if command is not None else decorate


def allow_service_option(command):
    """--allow-service HOST (repeatable): the hosts SPARQL SERVICE and LOAD may fetch from."""
    return click.option(
        "--allow-service", "allow_service", multiple=True, metavar="HOST[:PORT]",
        help="Let SPARQL SERVICE and LOAD fetch from this host (repeatable). Without it "
             "no query makes the store fetch a URL.")(command)


def known_as_of_option(command):
    """--known-as-of DATE: the command reads only the sources published or dated by then.
    Goes below pass_kg: it is given the opened graph and hands on its view of that day."""
    @click.option("--known-as-of", "known_as_of", metavar="DATE",
                  help="Use only the sources published (articles) or dated (records: by the "
                       "latest date they state) on or before this day, month or year: what "
                       "the record said then.")
    @functools.wraps(command)
    def wrapper(kg: KnowledgeGraph, *args, known_as_of: str | None, **kwargs):
        if known_as_of:
            with user_errors():
                kg = kg.known_as_of(known_as_of)
        return command(kg, *args, **kwargs)
    return wrapper


# -- output options --------------------------------------------------------------------------


class FormatChoice(click.Choice):
    """A --format choice that also takes each format's other spellings (json-ld, ttl, n-triples,
    rdf/xml, ...); the help lists the canonical names."""

    name = "format"

    def __init__(self, choices, spellings: dict[str, str] | None = None):
        super().__init__(choices, case_sensitive=False)
        self.spellings = spellings or {}

    def convert(self, value, param, ctx):
        return super().convert(self.spellings.get(str(value).lower(), value), param, ctx)


@dataclass(frozen=True)
class Output:
    """Where and how a command writes what it prints: the --format asked for (None: not
    given), --no-headers, and -o FILE (None: standard output)."""

    fmt: str | None
    headers: bool = True
    path: Path | None = None
    #: Formats besides RDF's that a file's extension names (.graphml for graphml).
    extra: tuple[str, ...] = ()

    def rows_format(self, default: str = "table") -> str:
        """The row format: --format, else the -o file's extension, else `default`."""
        fmt = self.fmt or ROW_EXTENSIONS.get(self.path.suffix.lower() if self.path else "")
        fmt = fmt or default
        if fmt not in ROW_FORMATS:
            raise click.UsageError(f"--format {fmt} is an RDF format, and this answer is rows; "
                                   f"choose from {', '.join(ROW_FORMATS)}")
        if not self.headers and fmt not in HEADED_FORMATS:
            raise click.UsageError(f"--no-headers applies to {', '.join(HEADED_FORMATS)}, "
                                   f"not to {fmt}")
        return fmt

    def rdf_format(self, default: str = "turtle") -> str:
        """The RDF format: --format, else the -o file's extension, else `default`."""
        fmt = self.fmt
        if fmt is None and self.path is not None and self.path.suffix:
            suffix = self.path.suffix.lower()
            fmt = format_of_path(self.path) or (suffix[1:] if suffix[1:] in self.extra else None)
            if fmt is None:
                raise click.UsageError(f"cannot tell the format from {suffix!r}; give --format")
        fmt = fmt or default
        if fmt in ROW_FORMATS:
            raise click.UsageError(f"--format {fmt} is a format for rows, and this answer is "
                                   f"RDF; choose from {', '.join(RDF_FORMATS)}")
        if not self.headers:
            raise click.UsageError("--no-headers applies to rows, not to RDF")
        return fmt

    def echo_rows(self, vars, rows, *, document=None, default: str = "table") -> None:
        """Print rows; json prints `document` instead when the command has a JSON shape of its
        own. A table fits the terminal's width; piped or to a file it is not cut."""
        fmt = self.rows_format(default)
        if fmt == "json" and document is not None:
            text = json.dumps(document, ensure_ascii=False, indent=2)
        else:
            width = None
            if fmt == "table" and self.path is None and sys.stdout.isatty():
                width = shutil.get_terminal_size().columns
            text = render(vars, rows, fmt, headers=self.headers, width=width)
        self.write(lambda out: out.write(text.encode("utf-8") + b"\n"))

    def write(self, write: Callable[[IO[bytes]], None]) -> None:
        """Call `write` with standard output, or with the -o file: written beside it and
        renamed into place, so a failure leaves no half file."""
        with user_errors():
            if self.path is None:
                sys.stdout.flush()  # what click.echo wrote goes first
                write(sys.stdout.buffer)
                sys.stdout.buffer.flush()
                return
            partial = self.path.with_name(self.path.name + ".partial")
            try:
                with partial.open("wb") as out:
                    write(out)
                partial.replace(self.path)
            finally:
                partial.unlink(missing_ok=True)
        click.echo(f"wrote {self.path}", err=True)


def output_options(rows=(), rdf=(), extra=(), *, to_file: bool = False, headers: bool = True,
                   help: str | None = None):
    """The output options, declared once: --format (the row formats `rows`, RDF formats `rdf`
    with their aliases, `extra` formats named like their extension), --no-headers when there
    are row formats (and `headers`: their table has a header), and -o FILE when `to_file`.
    The command gets `out`, an Output."""
    formats = [*rows, *rdf, *extra]
    spellings = {k: v for k, v in SPELLINGS.items() if v in rdf}
    default = "table" if rows else "turtle"
    text = help or ("Output format" + (f" (default: {default}" + (
        ", or the -o file's extension)" if to_file else ")")) + ".")

    def decorate(command):
        @click.option("--format", "fmt", type=FormatChoice(formats, spellings), help=text)
        @functools.wraps(command)
        def wrapper(*args, fmt, no_headers=False, output=None, **kwargs):
            path = None if output == Path("-") else output
            return command(*args, out=Output(fmt, not no_headers, path, tuple(extra)), **kwargs)
        if rows and headers:
            wrapper = click.option("--no-headers", is_flag=True,
                                   help="Leave out the header line (table, csv, tsv).")(wrapper)
        if to_file:
            wrapper = click.option(
                "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True,
                                                  path_type=Path), metavar="FILE",
                help="Write to FILE ('-' or none: standard output).")(wrapper)
        return wrapper
    return decorate


def rows_output(formats=ROW_FORMATS):
    """--format table|csv|tsv|json|jsonl|md and --no-headers, for a command that prints rows."""
    return output_options(rows=formats)


def rdf_output(extra=(), help: str | None = None):
    """-o FILE and --format turtle|nt|nq|trig|jsonld|rdfxml (from the file's extension when not
    given; common aliases taken), for a command that writes RDF; `extra` formats besides."""
    return output_options(rdf=tuple(RDF_FORMATS), extra=extra, to_file=True, help=help)


# -- what of a timeline to show --------------------------------------------------------------


def timeline_selection(command):
    """--from/--to, --type and --limit: the one set of options that cut a timeline (person,
    party or constituency); the command gets `selection`, kg.timeline's keywords for them,
    and the library's select() applies them."""
    @click.option("--from", "start", metavar="DATE",
                  help="Keep what may have happened on or after this day, month or year.")
    @click.option("--to", "end", metavar="DATE",
                  help="Keep what may have happened on or before this day, month or year.")
    @click.option("--type", "types", metavar="CLASS[,CLASS...]", multiple=True,
                  help="Keep these kinds of fact (repeatable, or comma-separated): event "
                       "classes as `-p type=` takes them (Elected, 'became leader'), tenures "
                       "(Membership, Leadership, OfficeHolding, Representation), Event or "
                       "Tenure for all of theirs, Named for mentions.")
    @click.option("--limit", type=click.IntRange(min=1), metavar="N",
                  help="Keep the first N entries (after --from/--to/--type); stderr says how "
                       "many there were in all.")
    @functools.wraps(command)
    def wrapper(*args, start, end, types, limit, **kwargs):
        names = tuple(n.strip() for text in types for n in text.split(",") if n.strip())
        selection = {"start": start, "end": end, "types": names, "limit": limit}
        return command(*args, selection=selection, **kwargs)
    return wrapper


# -- errors at the edge ----------------------------------------------------------------------


@contextmanager
def user_errors():
    """Turn the library's exceptions into click errors: message, exit 1, no traceback (shown
    on stderr too with --debug or POLKG_DEBUG=1)."""
    try:
        yield
    except click.ClickException:
        raise
    except USER_ERRORS as exc:
        if debugging():
            traceback.print_exception(exc, file=sys.stderr)
        raise click.ClickException(str(exc)) from None


def debugging() -> bool:
    """--debug (or POLKG_DEBUG=1) was given."""
    ctx = click.get_current_context(silent=True)
    settings = ctx.find_object(Settings) if ctx is not None else None
    return bool(settings and settings.debug)


class Rate:
    """Documents loaded per second since the load began, shown beside the progress bar."""

    def __init__(self, unit: str):
        self.unit, self.start, self.loaded = unit, time.monotonic(), 0

    def count(self, status: str) -> Rate:
        self.loaded += status == "loaded"
        return self

    def show(self, _item=None) -> str | None:
        elapsed = time.monotonic() - self.start
        return f"{self.loaded / elapsed:.1f} {self.unit}/s" if self.loaded and elapsed else None


@contextmanager
def progress_bar(label: str, length: int) -> Iterator[Callable[..., None] | None]:
    """A progress bar on stderr, as the load's, when a person watches (else None): the
    callback takes (done, in all[, what comes next])."""
    if not interactive():
        yield None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True,
                           item_show_func=lambda what: what) as bar:
        def tell(done: int, total: int, what: str | None = None) -> None:
            bar.length = total
            bar.update(done - bar.pos, what)
        yield tell


def interactive() -> bool:
    """True when a person watches stderr (progress bars show), false when piped."""
    return sys.stderr.isatty()
