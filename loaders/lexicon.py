"""The one lexicon: every word list, trigger and name table the loaders' rules read.

They live in data/lexicon.toml, so that a new trigger, title, party spelling or
hedge is a data change plus a test; the rules keep, in code, what patterns
express badly (finding a trigger's arguments in the parse).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    text = resources.files("polkg.loaders").joinpath("data/lexicon.toml").read_text(
        encoding="utf-8")
    return tomllib.loads(text)


def words(name: str, section: str = "words") -> frozenset[str]:
    """A word list: `words("speculative")`, `words("title_nouns", "names")`."""
    return frozenset(lexicon()[section][name])


def table(name: str) -> Any:
    """A whole section: `table("offices")`, `table("trigger")` (a list, in order)."""
    return lexicon()[name]


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Common first names whose bearer's gender is near certain: {"Charles": "m", ...}."""
    names = table("names")
    return {**dict.fromkeys(names["male_first_names"], "m"),
            **dict.fromkeys(names["female_first_names"], "f")}
