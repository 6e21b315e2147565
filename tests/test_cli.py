"""Every core command through click's runner: exit codes, messages, resulting state."""

from __future__ import annotations

import json

from polkg import KnowledgeGraph

from .conftest import EXAMPLES, ROOT

EXAMPLE = EXAMPLES / "labour-leadership.ttl"


def test_load_reports_summary_and_is_idempotent(run_cli):
    first = run_cli("load", str(EXAMPLE))
    assert first.exit_code == 0
    assert first.output.strip().endswith("1 loaded, 0 unchanged, 0 failed; 83 triples added")
    again = run_cli("load", str(EXAMPLE))
    assert "0 loaded, 1 unchanged, 0 failed; 0 triples added" in again.output


def test_load_bad_file_names_it_exits_1_and_keeps_the_rest(run_cli, tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("<http://ex/a> <http://ex/b> .\n")
    result = run_cli("load", str(EXAMPLE), str(bad))
    assert result.exit_code == 1
    assert f"Error: {bad}:1:" in result.output
    assert "1 loaded, 0 unchanged, 1 failed" in result.output
    with KnowledgeGraph(run_cli.store) as kg:
        assert kg.stats()["documents"] == 1


def test_load_unknown_format_and_missing_file(run_cli, tmp_path):
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello")
    result = run_cli("load", str(odd), str(tmp_path / "missing.ttl"))
    assert result.exit_code == 1
    assert "no loader reads .xyz files" in result.output
    assert "missing.ttl: no such file or folder" in result.output


def test_query_named_table_and_json(run_cli):
    run_cli("load", str(EXAMPLE))
    table = run_cli("query", "party_on_date", "-p", "person=Jeremy Corbyn", "-p", "date=2019-06-01")
    assert table.exit_code == 0 and "Labour Party" in table.output
    out = run_cli("query", "members_of", "-p", "party=Labour", "-p", "date=2024-06-01",
                  "--format", "json")
    data = json.loads(out.output)
    assert data["head"]["vars"][:2] == ["person", "label"]
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Keir Starmer"]


def test_query_errors_are_messages_not_tracebacks(run_cli):
    run_cli("load", str(EXAMPLE))
    unknown = run_cli("query", "party_on_date", "-p", "person=Jeremy Corbin", "-p", "date=2019")
    assert unknown.exit_code == 1
    assert "Error: no entity is named 'Jeremy Corbin'; closest: Jeremy Corbyn" in unknown.output
    missing = run_cli("query", "party_on_date", "-p", "person=Jeremy Corbyn")
    assert missing.exit_code == 1 and "party_on_date needs date" in missing.output
    syntax = run_cli("query", "-e", "SELECT ?x WHERE { ?x")
    assert syntax.exit_code == 1 and syntax.output.startswith("Error: ")
    nothing = run_cli("query", "no_such_query")
    assert nothing.exit_code == 1 and "no named query 'no_such_query'" in nothing.output


def test_query_expression_file_ask_and_construct(run_cli, tmp_path):
    run_cli("load", str(EXAMPLE))
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?name WHERE { ?p a pol:Person ; rdfs:label ?name } ORDER BY ?name")
    csv_out = run_cli("query", "-f", str(rq), "--format", "csv")
    assert csv_out.output.splitlines() == ["name", "Jeremy Corbyn", "Keir Starmer"]
    yes = run_cli("query", "-e", "ASK { ?p a pol:Person }")
    assert yes.exit_code == 0 and yes.output.strip() == "true"
    no = run_cli("query", "-e", "ASK { ?p a pol:Office }")
    assert no.exit_code == 1 and no.output.strip() == "false"
    construct = run_cli("query", "-e", "CONSTRUCT { ?p a pol:Person } WHERE { ?p a pol:Person }")
    assert "pol:Person" in construct.output and "@prefix pol:" in construct.output


def test_queries_lists_named_queries(run_cli):
    result = run_cli("queries")
    assert result.exit_code == 0
    assert "party_on_date" in result.output and "person (entity:Person)" in result.output


def test_export_writes_file_atomically(run_cli, tmp_path):
    run_cli("load", str(EXAMPLE))
    target = tmp_path / "out.trig"
    result = run_cli("export", "--format", "trig", "-o", str(target))
    assert result.exit_code == 0 and target.read_text().count("pol:SourceDocument") >= 1
    assert not (tmp_path / "out.trig.partial").exists()


def test_stats_json_keys(run_cli):
    run_cli("load", str(EXAMPLE))
    data = json.loads(run_cli("stats", "--format", "json").output)
    assert list(data) == ["persons", "parties", "organizations", "constituencies", "offices",
                          "elections", "events", "memberships", "documents", "triples"]
    assert data["persons"] == 2


def test_validate_passes_then_catches_end_before_start(run_cli, tmp_path):
    run_cli("load", str(EXAMPLE))
    ok = run_cli("validate")
    assert ok.exit_code == 0 and "0 violations" in ok.output
    bad = tmp_path / "backwards.ttl"
    bad.write_text("""
        @prefix pol: <https://w3id.org/polkg/ontology#> .
        @prefix id: <https://w3id.org/polkg/id/> .
        id:membership\\/backwards a pol:Membership ; pol:member id:person\\/keir-starmer ;
            pol:organization id:party\\/labour-party ;
            pol:start id:date\\/2020-04-04 ; pol:end id:date\\/1965 .
    """)
    assert run_cli("load", str(bad)).exit_code == 0
    result = run_cli("validate")
    assert result.exit_code == 1
    assert "ends (1965) before it starts (2020-04-04)" in result.output
    assert "backwards.ttl" in result.output


def test_every_command_has_help_with_an_example(run_cli):
    from polkg.cli import cli

    for name, command in cli.commands.items():
        result = run_cli(name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in (command.help or ""), f"{name} --help has no example"


def test_cli_reference_is_current():
    from polkg.clidoc import reference

    from .conftest import ROOT

    documented = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    assert documented == reference(), "regenerate: python -m polkg.clidoc > docs/CLI.md"


def test_readme_and_docs_stand_alone():
    """A user's clone has only the repository: no page sends them to ../shared."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert [p.name for p in pages if "../shared" in p.read_text()] == []


def test_load_plans_in_one_pass_then_writes(tmp_path):
    """plan() expands, reads and picks loaders once; write() reports on each planned document."""
    (tmp_path / "notes.xyz").write_text("not a format polkg reads")
    kg = KnowledgeGraph(":memory:")
    plan = kg.plan([EXAMPLE, tmp_path / "notes.xyz", tmp_path / "missing.ttl"])
    assert len(plan) == 3
    assert {e.path.name for e in plan.failed} == {"missing.ttl", "notes.xyz"}
    seen = []
    report = kg.write(plan, progress=lambda path, status: seen.append((path.name, status)))
    assert [p for p, _ in report.loaded] == [EXAMPLE]
    assert sorted(seen) == [("labour-leadership.ttl", "loaded"), ("missing.ttl", "failed"),
                            ("notes.xyz", "failed")]
    assert len(kg.plan([EXAMPLE]).unchanged) == 1
