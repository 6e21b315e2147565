"""Documents in: each loader turns a file into the triples of one named graph.

LOADERS is the registry, by name; `--format NAME` forces one. Without it, a
file goes to the first loader that claims its extension and, where several
share one (.json, .csv), whose sniff() accepts its content.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .base import Document, KnownEntity, LoadContext, Loader, LoadError, Source
from .everypolitician import EveryPoliticianCsvLoader
from .files import read_source, walk
from .news import NewsLoader
from .popolo import PopoloLoader
from .rdf import RdfLoader
from .results import ResultsCsvLoader

LOADERS: dict[str, Loader] = {
    loader.name: loader for loader in (RdfLoader(), NewsLoader(), ResultsCsvLoader(),
                                      EveryPoliticianCsvLoader(), PopoloLoader())
}


def loader_for(source: Source, forced: str | None = None) -> Loader | None:
    """The loader for a file, or None when no loader takes it."""
    if forced:
        try:
            return LOADERS[forced]
        except KeyError:
            names = ", ".join(sorted(LOADERS))
            raise ValueError(f"unknown format {forced!r} (known: {names})") from None
    suffix = source.path.suffix.lower()
    candidates = [ld for ld in LOADERS.values() if suffix in ld.extensions]
    if len(candidates) == 1:
        return candidates[0]
    return next((ld for ld in candidates if ld.sniff(source)), None)


def read(paths: list[Path],
         forced: str | None = None) -> Iterator[tuple[Source, Loader] | LoadError]:
    """Each file below `paths` read once, with the loader that takes it, or a LoadError (also
    for each folder that could not be walked)."""
    files, unwalked = find(paths)
    yield from unwalked
    for path in files:
        source, error = read_source(path)
        if error is not None:
            yield error
            continue
        loader = loader_for(source, forced)
        if loader is None:
            yield LoadError(path, f"no loader reads {path.suffix or 'extensionless'} files; "
                                  "use --format to choose one")
        else:
            yield source, loader


def known_extensions() -> set[str]:
    return {ext for loader in LOADERS.values() for ext in loader.extensions}


def expand(paths: list[Path]) -> list[Path]:
    """Files named directly, and every file with a known extension below named folders, sorted."""
    return walk(paths, known_extensions())[0]


def find(paths: list[Path]) -> tuple[list[Path], list[LoadError]]:
    """As expand, with an error for each folder that could not be walked (loaders.files)."""
    return walk(paths, known_extensions())


__all__ = ["LOADERS", "Document", "KnownEntity", "LoadContext", "Loader", "LoadError", "Source",
           "loader_for", "expand", "find", "read", "read_source"]
