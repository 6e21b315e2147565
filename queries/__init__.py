"""The questions: one .rq file per named query, with a header that documents it.

A header is the leading block of `#` comment lines:

    # title: Members of a party on a date
    # description: Who was a member of a party on a given day, and how sure that is.
    # param: party entity:Party  the party, by name, alias or IRI
    # param: date date  the day asked about (YYYY-MM-DD)
    # example: polkg query members_of -p party="Labour Party" -p date=2019-06-01

A parameter is `name type[:Class]` then its description; `name?` marks it
optional. Types: entity (a name resolved to an IRI, optionally of a class),
class (an ontology class by name or label, any case, under the given class),
date, string, integer, iri.

A query may read the store's date index (graph/store/date_index.py): its header names the
parameters the index keys are made from (`# index: from to [entity:property]`: the date
range from the first parameter's first day to the last one's last day, and the entity a
tenure key holds by that property), the lines that end in `# index` are read only when the
index serves the question, and those that end in `# no index` only when it does not. A line
may name several conditions, all of which must hold: `# no index, no tenures`.

A query whose rows may state one fact several times (once per document, at different
precisions) names how they are fused into one row per fact: `# fuse: timeline` for the
timeline columns, or `# fuse: date=COLUMN type=COLUMN subject=COLUMN counterpart=COLUMN`
(KnowledgeGraph.run applies it; graph/network/fusion.py).

Lines that end in `# lateral` are read only on an engine that takes `LATERAL { }` (SPARQL
SEP-0006: the block is evaluated once per row of what precedes it, with that row's values
bound), and those that end in `# no lateral` only elsewhere: Oxigraph 0.5 evaluates an
`OPTIONAL` that follows a join, and a `UNION`, over the whole store, and `LATERAL` makes them
lookups for the rows at hand (docs/QUERIES.md, "How the queries are written").
A query fused `on-date` (graph/network/on_date.py) whose lines read only the claims that may
overlap the date (`# no tenures`: its date FILTER) has a second form, `tenures`: the lines
that end in `# tenures` instead, with no date FILTER, give every claim of the tenures of the
holders bound as its subject (all of their claims of that party), so that each holder's claims
are judged beside the rest of their tenure.
A query whose engine work is worth sharing over the cores names the variable to split its rows
by (`# parts: ?t`, bound by its first lines) and has lines that end in `# parts`, read only
when it runs in parts, in which `?partFrom` and `?partTo` stand for the bounds of one part's
share of the first hex digit of that variable's MD5 hash (graph/store/parts.py). Its ORDER BY
names variables only, and orders its rows wholly, so that the parts' rows merge into the
order of the whole.
`text` is the query with none of these, correct on any store; `form()` the one for an engine
and a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

PARAM_TYPES = ("entity", "class", "date", "string", "integer", "iri")
#: The conditions a line may be kept under (`# index`, `# no lateral`...).
FLAGS = ("index", "lateral", "tenures", "parts")
#: The variables an ORDER BY lists (a query read in parts orders by variables only).
_ORDER_BY = re.compile(r"^ORDER BY((?:\s+\?\w+)+)\s*$", re.MULTILINE)


class QueryDefinitionError(ValueError):
    """A .rq file whose header is missing or malformed."""


class ParameterError(ValueError):
    """A named query's parameter is missing, unknown or malformed."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    entity_class: str | None
    description: str
    optional: bool = False

    @property
    def signature(self) -> str:
        kind = f"{self.type}:{self.entity_class}" if self.entity_class else self.type
        return f"{self.name}{'?' if self.optional else ''} ({kind})"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    example: str
    text: str
    path: Path = field(compare=False)
    #: The parameters the date index keys are made from: one or two dates, then an entity.
    index: tuple[str, ...] = ()
    #: The whole file, to cut into forms.
    source: str = field(default="", compare=False, repr=False)
    #: How its rows are fused, one row per fact (`# fuse:`; graph/network/fusion.py), or None.
    fuse: str | None = None
    #: The variable its rows are split by to be read in parts (`# parts:`), or None.
    parts: str | None = None
    #: Its ORDER BY's variables, where it is read in parts.
    order: tuple[str, ...] = ()

    @classmethod
    def from_file(cls, path: Path) -> NamedQuery:
        text = path.read_text(encoding="utf-8")
        header: dict[str, list[str]] = {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            match = re.match(r"#\s*(\w+):\s*(.*)", line)
            if match:
                header.setdefault(match.group(1), []).append(match.group(2).strip())
        missing = [k for k in ("title", "description", "example") if k not in header]
        if missing:
            raise QueryDefinitionError(f"{path}: header lacks {', '.join(missing)}")
        params = tuple(_parse_param(path, spec) for spec in header.get("param", []))
        index = tuple(header["index"][0].split()) if "index" in header else ()
        unknown = [name for name in index
                   if name.partition(":")[0] not in {p.name for p in params}]
        if unknown or (index and not 1 <= len([n for n in index if _is_date(params, n)]) <= 2):
            raise QueryDefinitionError(f"{path}: bad index line {' '.join(index)!r} (expected: "
                                       "one or two date parameters, then an entity parameter)")
        parts = header["parts"][0] if "parts" in header else None
        order = _ORDER_BY.search(text)
        if parts is not None and (not re.fullmatch(r"\?\w+", parts) or order is None):
            raise QueryDefinitionError(f"{path}: a query read in parts names one variable "
                                       "(`# parts: ?t`) and orders its rows by variables only")
        return cls(path.stem, header["title"][0], header["description"][0], params,
                   header["example"][0], _variant(text, set()), path, index, text,
                   header["fuse"][0] if "fuse" in header else None, parts,
                   tuple(order.group(1).split()) if parts and order else ())

    @property
    def reads_tenures(self) -> bool:
        """True when it has a `tenures` form (see the module's comment)."""
        return any(match and "no tenures" in match.group(1)
                   for match in map(_CONDITIONS.search, self.source.splitlines()))

    def form(self, *, indexed: bool = False, lateral: bool = False, tenures: bool = False,
             part: tuple[str, str] | None = None) -> str:
        """The query for a question the date index serves (indexed: only for a query with an
        `index` header) and an engine that takes LATERAL, or not; or its `tenures` form (never
        indexed); `part`: the bounds of one part's share (graph/store/parts.py)."""
        if indexed and not self.index:
            raise ValueError(f"{self.name} does not read the date index")
        if tenures and (indexed or not self.reads_tenures):
            raise ValueError(f"{self.name} has no tenures form" if not self.reads_tenures
                             else "the tenures form reads no date index")
        if part is not None and (self.parts is None or tenures):
            raise ValueError(f"{self.name} is not read in parts")
        text = _variant(self.source, {flag for flag, on in (
            ("index", indexed), ("lateral", lateral), ("tenures", tenures),
            ("parts", part is not None)) if on})
        if part is None:
            return text
        return text.replace("?partFrom", f'"{part[0]}"').replace("?partTo", f'"{part[1]}"')


def _is_date(params: tuple[Param, ...], name: str) -> bool:
    return any(p.name == name and p.type == "date" for p in params)


#: A line's conditions: `# index`, `# no lateral`, or several (`# no index, no tenures`).
_CONDITION = r"(?:no )?(?:{})".format("|".join(FLAGS))
_CONDITIONS = re.compile(rf"#\s*({_CONDITION}(?:,\s*{_CONDITION})*)\s*$")


def _variant(text: str, flags: set[str]) -> str:
    """The query with the lines whose conditions the flags it is asked with meet (`# index`
    with the index, `# no index` without it, `# no index, no tenures` without either); lines
    without conditions stay."""
    def kept(line: str) -> bool:
        match = _CONDITIONS.search(line)
        return match is None or all(
            (flag.removeprefix("no ") in flags) != flag.startswith("no ")
            for flag in (c.strip() for c in match.group(1).split(",")))
    return "\n".join(line for line in text.splitlines() if kept(line)) + "\n"


def _parse_param(path: Path, spec: str) -> Param:
    match = re.match(r"(\w+)(\?)?\s+(\w+)(?::(\w+))?\s+(.*)", spec)
    if not match or match.group(3) not in PARAM_TYPES:
        raise QueryDefinitionError(
            f"{path}: bad param line {spec!r} (expected: name type[:Class] description, "
            f"type one of {', '.join(PARAM_TYPES)})"
        )
    name, optional, ptype, cls, description = match.groups()
    return Param(name, ptype, cls, description.strip(), bool(optional))


def query_dir() -> Path:
    return Path(str(files(__package__)))


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in this folder, by name."""
    return {q.name: q for q in (NamedQuery.from_file(p) for p in sorted(query_dir().glob("*.rq")))}
