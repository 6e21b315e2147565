"""Reading an article file: its date header and its text, or a LoadError naming the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from polkg.loaders.base import LoadError, Source

#: Larger files are refused: an article is a few kilobytes, and the parser's memory grows with it.
MAX_BYTES = 2_000_000
_HEADER = re.compile(r"^[ \t]*date[ \t]+(\S+)[ \t]*", re.ASCII)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Article:
    """An article's publication date (None when unknown) and its text after the header."""

    source: Source
    published: date | None
    text: str
    offset: int  # where `text` starts in the decoded file (evidence offsets count from the file)

    @property
    def title(self) -> str:
        """The headline: the first non-empty line of the text, or its first sentence."""
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0][:300]


def read_article(source: Source) -> Article:
    """Decode and split one article, or raise LoadError saying what is wrong with the file."""
    content = source.content
    if len(content) > MAX_BYTES:
        raise LoadError(source.path, f"{len(content):,} bytes is too large for a news article "
                                     f"(the limit is {MAX_BYTES:,}); split it or leave it out")
    if b"\x00" in content[:8192]:
        raise LoadError(source.path, "binary file (contains NUL bytes), not a text article")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        raise LoadError(source.path, f"not valid UTF-8 (byte {exc.start})", line) from None
    if not text.strip():
        raise LoadError(source.path, "empty article (no text)")
    match = _HEADER.match(text)
    if match is None:
        return Article(source, None, text, 0)
    value = match.group(1)
    published = None
    if value.lower() != "unknown":
        if not _ISO_DAY.match(value):
            raise LoadError(source.path, f"malformed date header {value!r} "
                                         "(expected 'date YYYY-MM-DD' or 'date unknown')", 1)
        try:
            published = date.fromisoformat(value)
        except ValueError as exc:
            raise LoadError(source.path, f"malformed date header {value!r}: {exc}", 1) from None
    body = text[match.end():]
    if not body.strip():
        raise LoadError(source.path, "empty article (a date header and no text)")
    return Article(source, published, body, match.end())
