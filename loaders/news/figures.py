"""People the news loader knows by name, so the small model's guesses do not decide them.

data/public_figures.tsv (written by bench/build_public_figures.py: the MPs of
2019 and 2024 and the holders of great offices and party leaderships) lists one
person a line, `name<TAB>gender`. Files named in $POLKG_NEWS_PEOPLE (paths
separated by the platform's path separator, same format, gender optional) add
the people of another country or time. Their names become EntityRuler
patterns typed PERSON ahead of the model's NER, and the gender given reads
pronouns. A lone surname is not linked to them: "Lord Falconer" of 2004 is not
the MP of that name elected in 2024.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

ENVIRONMENT = "POLKG_NEWS_PEOPLE"


@lru_cache(maxsize=1)
def public_figures() -> dict[str, str]:
    """Full name -> gender ("m", "f" or "")."""
    shipped = resources.files("polkg.loaders.news").joinpath("data/public_figures.tsv")
    texts = [shipped.read_text(encoding="utf-8")]
    texts += [Path(p).read_text(encoding="utf-8")
              for p in os.environ.get(ENVIRONMENT, "").split(os.pathsep) if p]
    people: dict[str, str] = {}
    for text in texts:
        for line in text.splitlines():
            name, _, gender = line.partition("\t")
            if len(name.split()) >= 2:
                people[name.strip()] = gender.strip()
    return people


def person_patterns() -> list[dict]:
    """EntityRuler patterns: each known full name is a PERSON, its id the name; in capitals
    too, as some papers open a story ("DOMINIC RAAB, a leading Brexiteer, has been ...")."""
    return [{"label": "PERSON", "pattern": written, "id": name} for name in public_figures()
            for written in (name, name.upper())]


@lru_cache(maxsize=1)
def in_capitals() -> dict[str, str]:
    """A known name written in capitals -> the name as known ("DOMINIC RAAB")."""
    return {name.upper(): name for name in public_figures()}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first names of the known people ("Dominic", "Keir"): a two-word name the model
    calls an organisation is a person when it begins with one."""
    return frozenset(name.split()[0] for name in public_figures())
