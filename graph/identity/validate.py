"""Consistency checks: ontology/shapes.ttl run by pyshacl over the union of all graphs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SH

from polkg.graph.store.store import Store
from polkg.ontology import ontology_path, shapes_path


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


def validate(store: Store) -> ValidationReport:
    data = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph()
    data.parse(ontology_path())  # subclass links for the shapes' class checks
    shapes = Graph().parse(shapes_path())
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, allow_warnings=True,
                                     inference="none")
    findings = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        shape = results.value(result, SH.sourceShape)
        # Property shapes are blank nodes; their parent node shape carries the rule's label.
        parent = shapes.value(None, SH.property, shape) or shape
        rule = shapes.value(parent, RDFS.label) or shapes.value(shape, RDFS.label) or str(parent)
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        label = data.value(focus, RDFS.label)
        findings.append(Finding(
            severity, str(focus), str(label) if label else None,
            str(results.value(result, SH.resultMessage)), str(rule), _sources(store, focus),
        ))
    findings.sort(key=lambda f: (f.severity != "Violation", f.focus, f.message))
    return ValidationReport(findings)


def _sources(store: Store, focus) -> tuple[str, ...]:
    """The file names of the documents whose graphs state the focus node."""
    if not isinstance(focus, URIRef):
        return ()
    rows = store.query(
        "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?focus ?p ?o } ?g pol:fileName ?name }",
        {"focus": focus},
    ).rows
    return tuple(sorted(str(n) for (n,) in rows))
