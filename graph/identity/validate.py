"""Consistency checks: ontology/shapes.ttl, compiled to SPARQL and run by the store's engine
(shapes_sparql.py); pyshacl checks only the shapes that do not compile, over a copy of the
graph. Each finding names the documents that state its focus node."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyshacl
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDFS, SH

from polkg.graph.store.store import Store
from polkg.ontology import ontology_path, shapes_path

from .shapes_sparql import compile_shapes

#: Told the rule about to be checked, and how many checks there are in all.
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    focus_label: str | None
    message: str
    rule: str
    sources: tuple[str, ...] = ()

    def __str__(self) -> str:
        who = f"{self.focus_label} <{self.focus}>" if self.focus_label else f"<{self.focus}>"
        where = f" [from {', '.join(self.sources)}]" if self.sources else ""
        return f"{self.severity}: {who}: {self.message} (rule: {self.rule}){where}"


@dataclass
class ValidationReport:
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations


def validate(store: Store, progress: Progress | None = None) -> ValidationReport:
    shapes = Graph().parse(shapes_path())
    checks, rest = compile_shapes(shapes)
    found: set[tuple[str, URIRef, str, str]] = set()
    for check in checks:
        if progress is not None:
            progress(check.rule, len(checks) + bool(rest))
        for row in store.query(check.query).dicts():
            found.add((check.severity, row["this"], check.message_for(row), check.rule))
    if rest:
        if progress is not None:
            progress("pyshacl: " + ", ".join(_rule(shapes, s) for s in rest),
                     len(checks) + 1)
        found |= pyshacl_findings(store, _only(shapes, rest))
    findings = [Finding(severity, str(focus), _label(store, focus), message, rule,
                        _sources(store, focus))
                for severity, focus, message, rule in found]
    findings.sort(key=lambda f: (f.severity != "Violation", f.focus, f.message))
    return ValidationReport(findings)


def pyshacl_findings(store: Store, shapes: Graph) -> set[tuple[str, URIRef, str, str]]:
    """(severity, focus, message, rule) of each result of pyshacl over a copy of the graph."""
    data = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph()
    data.parse(ontology_path())  # subclass links for the shapes' class checks
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, allow_warnings=True,
                                     inference="none")
    found = set()
    for result in results.subjects(SH.resultSeverity, None):
        # Property shapes are blank nodes; their parent node shape carries the rule's label.
        shape = results.value(result, SH.sourceShape)
        parent = shapes.value(None, SH.property, shape) or shape
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        found.add((severity, results.value(result, SH.focusNode),
                   str(results.value(result, SH.resultMessage)), _rule(shapes, parent)))
    return found


def _rule(shapes: Graph, shape) -> str:
    return str(shapes.value(shape, RDFS.label) or shape)


def _only(shapes: Graph, roots: list) -> Graph:
    """The shapes graph cut down to `roots` (with their blank nodes) and the prefix
    declarations, so that pyshacl checks nothing the engine has checked."""
    kept = Graph()
    todo = list(roots) + list(shapes.subjects(SH.declare, None))
    seen = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in shapes.triples((node, None, None)):
            kept.add(triple)
            if isinstance(triple[2], BNode):
                todo.append(triple[2])
    return kept


def _label(store: Store, focus) -> str | None:
    if not isinstance(focus, URIRef):
        return None
    rows = store.query("SELECT ?l WHERE { ?focus rdfs:label ?l } LIMIT 1", {"focus": focus}).rows
    return str(rows[0][0]) if rows else None


def _sources(store: Store, focus) -> tuple[str, ...]:
    """The file names of the documents whose graphs state the focus node."""
    if not isinstance(focus, URIRef):
        return ()
    rows = store.query(
        "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?focus ?p ?o } ?g pol:fileName ?name }",
        {"focus": focus},
    ).rows
    return tuple(sorted(str(n) for (n,) in rows))
