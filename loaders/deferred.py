"""A loader that imports its module on first use.

The news loader's module imports spaCy and its model's code (about a second): a command
that loads no article (a query, `--help`, a CSV load) should not pay it. The registry
holds a Deferred with the loader's name, extensions and sniff, which need none of that;
its version and read() import the loader. tests/test_cli_start.py checks that the stand-in
says what the loader says.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

from .base import Document, LoadContext, Loader, LoadError, Source
from .sniffing import Sniffed


class Deferred:
    def __init__(self, name: str, extensions: tuple[str, ...],
                 sniff: Callable[[Source], Sniffed], make: Callable[[], Loader]):
        self.name, self.extensions, self._sniff, self._make = name, extensions, sniff, make

    @functools.cached_property
    def loader(self) -> Loader:
        return self._make()

    @property
    def version(self) -> str:
        return self.loader.version

    def sniff(self, source: Source) -> Sniffed:
        return self._sniff(source)

    def read(self, sources: Iterable[Source], context: LoadContext | None = None
             ) -> Iterator[Document | LoadError]:
        return self.loader.read(sources, context)
