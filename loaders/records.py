"""Structured records: what the Popolo, results, EveryPolitician and Wikidata loaders share.

A RecordLoader gives each file a FactWriter (loaders/writer.py, the one
writer of tenures, events, dates and evidence) and turns a RecordError into
a LoadError naming the line, column or JSON path.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .base import Document, LoadContext, LoadError, Source
from .writer import FactWriter


class RecordError(ValueError):
    """A malformed record or field: where it is (line, column or JSON path) and what is wrong."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 path: str | None = None):
        super().__init__(f"{path}: {message}" if path else message)
        self.line, self.column = line, column


class RecordLoader:
    """A loader of structured records: one FactWriter per file, a RecordError stops the file.

    Subclasses set name, version, extensions, sniff() and write(source, writer).
    """

    name: str
    version: str

    def read(self, sources: Iterable[Source],
             context: LoadContext) -> Iterator[Document | LoadError]:
        for source in sources:
            writer = FactWriter(source.graph, context.linker(), self.name, self.version)
            try:
                self.write(source, writer)
            except RecordError as exc:
                yield LoadError(source.path, str(exc), exc.line, exc.column)
                continue
            yield writer.document(source, self.name, self.version)

    def write(self, source: Source, writer: FactWriter) -> None:
        raise NotImplementedError
