"""Documents in: each loader turns a file into the triples of one named graph.

LOADERS is the registry, by name; `--loader NAME` forces one. Without it, a
file goes to the first loader that claims its extension and whose sniff()
accepts its content, with the reason (`polkg load -v` prints it). A file that
no loader takes is refused with each candidate's reason when it was named, and
skipped with a warning when it was found in a folder (a README, notes).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .base import Document, KnownEntity, LoadContext, Loader, LoadError, Source
from .deferred import Deferred
from .everypolitician import EveryPoliticianCsvLoader
from .files import read_source, walk
from .popolo import PopoloLoader
from .rdf import RdfLoader
from .results import ResultsCsvLoader
from .sniffing import article

#: The name `-` stands for standard input, read as one document.
STDIN = Path("-")


def _news() -> Loader:
    from .news import NewsLoader  # spaCy: imported when an article is read (loaders/deferred.py)
    return NewsLoader()


#: The news loader as its stand-in: the same name, extensions and sniff (NewsLoader's).
NEWS = Deferred("news", (".txt", ".md"), article, _news)

LOADERS: dict[str, Loader] = {
    loader.name: loader for loader in (RdfLoader(), NEWS, ResultsCsvLoader(),
                                      EveryPoliticianCsvLoader(), PopoloLoader())
}


@dataclass(frozen=True)
class Verdict:
    """The loader that takes a file and why; or None and why none does."""

    loader: Loader | None
    reason: str


@dataclass(frozen=True)
class Skipped:
    """A file found in a folder that no loader takes: left out, with the reason."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def loader_for(source: Source, forced: str | None = None) -> Verdict:
    """The loader for a file, or why none takes it."""
    if forced:
        try:
            return Verdict(LOADERS[forced], f"--loader {forced}")
        except KeyError:
            names = ", ".join(sorted(LOADERS))
            raise ValueError(f"unknown loader {forced!r} (known: {names})") from None
    suffix = source.path.suffix.lower()
    candidates = [ld for ld in LOADERS.values() if suffix in ld.extensions]
    if not candidates:
        return Verdict(None, f"no loader reads {suffix or 'extensionless'} files")
    refusals = []
    for loader in candidates:
        sniffed = loader.sniff(source)
        if sniffed:
            return Verdict(loader, sniffed.reason)
        refusals.append(f"not {loader.name} ({sniffed.reason})")
    return Verdict(None, f"no loader takes it: {'; '.join(refusals)}")


def read(paths: list[Path], forced: str | None = None
         ) -> Iterator[tuple[Source, Verdict] | LoadError | Skipped]:
    """Each file below `paths` read once, with the verdict of the loader that takes it; a
    LoadError for a file that cannot be read, a named file no loader takes, or a folder that
    could not be walked; Skipped for a file in a folder that no loader takes."""
    named = set(paths)
    files, unwalked = walk(paths)
    yield from unwalked
    for path in files:
        if path == STDIN:
            source, error = Source(Path("<stdin>"), sys.stdin.buffer.read(), stdin=True), None
        else:
            source, error = read_source(path)
        if error is not None:
            yield error
            continue
        verdict = loader_for(source, forced)
        if verdict.loader is not None:
            yield source, verdict
        elif path in named:
            yield LoadError(source.path, f"{verdict.reason}; --loader NAME reads it anyway")
        else:
            yield Skipped(path, verdict.reason)


def known_extensions() -> set[str]:
    return {ext for loader in LOADERS.values() for ext in loader.extensions}


def expand(paths: list[Path]) -> list[Path]:
    """Files named directly, and every file with a known extension below named folders, sorted."""
    return walk(paths, known_extensions())[0]


__all__ = ["LOADERS", "STDIN", "Document", "KnownEntity", "LoadContext", "Loader", "LoadError",
           "Skipped", "Source", "Verdict", "loader_for", "expand", "read", "read_source"]
