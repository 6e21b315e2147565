"""SHACL shapes compiled to SPARQL, so that the store's own engine checks them.

Each node shape becomes one SELECT per constraint, answering the focus nodes (`?this`) that
break it and the values its message names. Compiled: targets by class (with subclasses, as
SHACL counts instances) and by subjects of a property; property shapes on one predicate with
sh:minCount 1, sh:maxCount, sh:datatype and sh:class; sh:or of such minimum counts; SPARQL
constraints (their SELECT, with the target joined in). A shape using anything else is
returned uncompiled, for pyshacl to check (validate.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

_NODE_KEYS = {RDF.type, RDFS.label, SH.targetClass, SH.targetSubjectsOf, SH.property,
              SH.sparql, SH.message, SH.severity, SH["or"]}
_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.message,
                  SH.severity}
_INSTANCE = f"<{RDF.type}>/<{RDFS.subClassOf}>*"


class NotCompiled(Exception):
    """A shape uses a SHACL feature the compiler does not translate."""


@dataclass(frozen=True)
class Check:
    """One constraint of a shape as a query: each row is a finding about ?this."""

    rule: str  # the node shape's label
    severity: str  # "Violation" | "Warning" | "Info"
    message: str  # sh:message; {?var} stands for the row's value of var
    query: str

    def message_for(self, row: dict) -> str:
        text = self.message
        for var, value in row.items():
            for mark in "?$":
                text = text.replace(f"{{{mark}{var}}}", str(value))
        return text


def compile_shapes(shapes: Graph) -> tuple[list[Check], list[URIRef | BNode]]:
    """The checks of every node shape that compiles, and the node shapes that do not."""
    checks, rest = [], []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        try:
            checks += list(_checks(shapes, shape))
        except NotCompiled:
            rest.append(shape)
    return checks, rest


def _checks(g: Graph, shape) -> Iterator[Check]:
    _only(g, shape, _NODE_KEYS)
    rule = str(g.value(shape, RDFS.label) or shape)
    severity = _severity(g, shape)
    target = _target(g, shape)
    for prop in g.objects(shape, SH.property):
        yield from _property_checks(g, prop, rule, target)
    for alternatives in g.objects(shape, SH["or"]):
        missing = " && ".join(_missing(g, alt) for alt in Collection(g, alternatives))
        yield Check(rule, severity, _message(g, shape),
                    f"SELECT DISTINCT ?this WHERE {{ {target} FILTER ({missing}) }}")
    for constraint in g.objects(shape, SH.sparql):
        select = str(g.value(constraint, SH.select))
        select = re.sub(r"\$this\b", "?this", select)
        joined, found = re.subn(r"WHERE\s*\{", lambda m: f"{m.group(0)} {target} ", select,
                                count=1, flags=re.IGNORECASE)
        if not found:
            raise NotCompiled(shape)
        yield Check(rule, severity, _message(g, constraint), _prefixes(g, constraint) + joined)


def _property_checks(g: Graph, prop, rule: str, target: str) -> Iterator[Check]:
    _only(g, prop, _PROPERTY_KEYS)
    path = g.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise NotCompiled(prop)
    severity, message, p = _severity(g, prop), _message(g, prop), f"<{path}>"
    minimum, maximum = g.value(prop, SH.minCount), g.value(prop, SH.maxCount)
    if minimum is not None:
        yield Check(rule, severity, message,
                    f"SELECT ?this WHERE {{ {target} FILTER ({_missing(g, prop)}) }}")
    if maximum is not None:
        yield Check(rule, severity, message,
                    f"SELECT ?this WHERE {{ {target} ?this {p} ?value }} GROUP BY ?this "
                    f"HAVING (COUNT(DISTINCT ?value) > {int(maximum)})")
    datatype = g.value(prop, SH.datatype)
    if datatype is not None:
        yield Check(rule, severity, message,
                    f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {p} ?value "
                    f"FILTER (!isLiteral(?value) || datatype(?value) != <{datatype}>) }}")
    cls = g.value(prop, SH["class"])
    if cls is not None:
        yield Check(rule, severity, message,
                    f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {p} ?value "
                    f"FILTER NOT EXISTS {{ ?value {_INSTANCE} <{cls}> }} }}")


def _missing(g: Graph, prop) -> str:
    """The condition that ?this has no value on a property shape of sh:minCount 1."""
    path = g.value(prop, SH.path)
    keys = set(g.predicates(prop, None))
    if not isinstance(path, URIRef) or int(g.value(prop, SH.minCount, default=0)) != 1 \
            or not keys <= _PROPERTY_KEYS:
        raise NotCompiled(prop)
    return f"NOT EXISTS {{ ?this <{path}> ?value }}"


def _target(g: Graph, shape) -> str:
    """A subquery binding ?this to each focus node of the shape, once."""
    parts = [f"{{ ?this {_INSTANCE} <{c}> }}" for c in sorted(g.objects(shape, SH.targetClass))]
    parts += [f"{{ ?this <{p}> ?object }}"
              for p in sorted(g.objects(shape, SH.targetSubjectsOf))]
    if not parts:
        raise NotCompiled(shape)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def _only(g: Graph, node, allowed: set) -> None:
    if not set(g.predicates(node, None)) <= allowed:
        raise NotCompiled(node)


def _severity(g: Graph, node) -> str:
    return str(g.value(node, SH.severity, default=SH.Violation)).rsplit("#", 1)[-1]


def _message(g: Graph, node) -> str:
    message = g.value(node, SH.message)
    if message is None:  # pyshacl words its own; only the shapes' words are compiled
        raise NotCompiled(node)
    return str(message)


def _prefixes(g: Graph, constraint) -> str:
    """PREFIX lines for the sh:declare of the constraint's sh:prefixes."""
    lines = []
    for source in g.objects(constraint, SH.prefixes):
        for declaration in g.objects(source, SH.declare):
            lines.append(f"PREFIX {g.value(declaration, SH.prefix)}: "
                         f"<{g.value(declaration, SH.namespace)}>\n")
    return "".join(lines)
