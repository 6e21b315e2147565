"""What a loader's sniff() answers: whether a file is its format, and why (or why not).

`polkg load -v` prints the reason a file was taken; a file no loader takes is
skipped or refused with the reasons each candidate gave. Also here: telling a
news article from the notes that share its extensions (a folder's README.md).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .base import Source


class Sniffed(NamedTuple):
    taken: bool
    reason: str

    def __bool__(self) -> bool:
        return self.taken


#: File names (without extension, any case) that are a folder's notes, never an article.
NOTES_NAMES = frozenset({"readme", "notes", "todo", "changelog", "changes", "history", "license",
                         "licence", "contributing", "authors", "copying", "install"})
_DATE_HEADER = re.compile(rb"\A(?:\xef\xbb\xbf)?[ \t]*date[ \t]+\S")
#: Lines that make a text a document with structure (markdown headings, lists, code, tables)
#: rather than the paragraphs of an article.
_STRUCTURE = re.compile(r"^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|```|\||>)")


def article(source: Source) -> Sniffed:
    """A news article: a 'date' header, or paragraphs of text; not a README, notes or a
    document made of headings and lists. Undecodable or empty text is taken, so that the
    news loader names what is wrong with it."""
    stem = source.path.name.split(".", 1)[0].lower()
    if stem in NOTES_NAMES:
        return Sniffed(False, f"named {source.path.name}: a folder's notes, not an article")
    if _DATE_HEADER.match(source.content):
        return Sniffed(True, "its first line is a 'date' header")
    try:
        lines = [line for line in source.content.decode("utf-8-sig").splitlines()
                 if line.strip()]
    except UnicodeDecodeError:
        return Sniffed(True, "a text file (not UTF-8)")
    structured = sum(1 for line in lines if _STRUCTURE.match(line))
    if lines and structured * 2 >= len(lines):
        return Sniffed(False, f"{structured} of its {len(lines)} lines are headings, list "
                              "items, code or tables: notes, not an article")
    return Sniffed(True, "paragraphs of text without a 'date' header")
