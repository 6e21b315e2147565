"""`polkg validate`: the shapes run as SPARQL on the store, agreeing with pyshacl."""

from __future__ import annotations

from rdflib import Graph

from polkg import KnowledgeGraph
from polkg.graph.identity.shapes_sparql import compile_shapes
from polkg.graph.identity.validate import pyshacl_findings, validate
from polkg.ontology import shapes_path

from .conftest import EXAMPLES

#: One fault of each kind the shapes look for, beside the examples' clean data; and two
#: overlaps that are none: Corbyn's expulsion from Labour records his move, Ada's Labour
#: membership ended before her Green one began.
FAULTS = """
@prefix pol: <https://w3id.org/polkg/ontology#> .
@prefix id: <https://w3id.org/polkg/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:membership\\/backwards a pol:Membership ; pol:member id:person\\/keir-starmer ;
    pol:organization id:party\\/labour-party ; pol:start id:date\\/2020-04-04 ;
    pol:end id:date\\/1965 .
id:membership\\/nowhere a pol:Membership ; pol:member id:party\\/labour-party .
id:person\\/nameless a pol:Person .
id:mention\\/twice a pol:Mention ; pol:mentionIn id:doc\\/a, id:doc\\/b ;
    pol:mentionOf id:person\\/keir-starmer ; pol:charStart "3" ; pol:charEnd 9 .
id:event\\/undated a pol:Resigned ; pol:agent id:person\\/keir-starmer .
id:event\\/untyped pol:agent id:person\\/keir-starmer .
id:membership\\/green a pol:Membership ; pol:member id:person\\/keir-starmer ;
    pol:organization id:party\\/green-party ; pol:start id:date\\/2020-04-04 .
id:party\\/green-party a pol:Party .
id:membership\\/corbyn-green a pol:Membership ; pol:member id:person\\/jeremy-corbyn ;
    pol:organization id:party\\/green-party ; pol:start id:date\\/2020-04-04 .
id:person\\/ada a pol:Person ; rdfs:label "Ada" .
id:membership\\/ada-labour a pol:Membership ; pol:member id:person\\/ada ;
    pol:organization id:party\\/labour-party ; pol:start id:date\\/1965 ; pol:end id:date\\/1980 .
id:membership\\/ada-green a pol:Membership ; pol:member id:person\\/ada ;
    pol:organization id:party\\/green-party ; pol:start id:date\\/2020-04-04 .
"""


def _store(tmp_path) -> KnowledgeGraph:
    faults = tmp_path / "faults.ttl"
    faults.write_text(FAULTS)
    kg = KnowledgeGraph(":memory:")
    assert not kg.load([EXAMPLES / "labour-leadership.ttl", faults]).failed
    return kg


def test_every_shape_compiles_to_sparql():
    checks, rest = compile_shapes(Graph().parse(shapes_path()))
    assert rest == [] and len(checks) >= 7


def test_violations_are_found_with_their_document(tmp_path):
    report = validate(_store(tmp_path).store)
    backwards = [f for f in report.violations if f.focus.endswith("membership/backwards")]
    assert [(f.message, f.sources) for f in backwards] == [
        ("ends (1965) before it starts (2020-04-04)", (str(tmp_path / "faults.ttl"),))]
    assert "[from " + str(tmp_path / "faults.ttl") + "]" in str(backwards[0])
    assert len({f.rule for f in report.violations}) == 6  # every rule but the overlap warning
    (warning,) = [f for f in report.findings if f.severity == "Warning"]  # Starmer's alone
    assert warning.focus.endswith("membership/green") and "party/labour-party" in warning.message


def test_engine_and_pyshacl_agree(tmp_path):
    kg = _store(tmp_path)
    ours = {(f.severity, f.focus, f.message, f.rule) for f in validate(kg.store).findings}
    theirs = {(s, str(focus), m, r) for s, focus, m, r
              in pyshacl_findings(kg.store, Graph().parse(shapes_path()))}
    assert len(ours) == 9
    assert ours == theirs


def test_progress_names_each_rule_as_it_is_checked(tmp_path):
    told = []
    validate(_store(tmp_path).store, progress=lambda rule, total: told.append((rule, total)))
    checks, _ = compile_shapes(Graph().parse(shapes_path()))
    assert told == [(check.rule, len(checks)) for check in checks]
