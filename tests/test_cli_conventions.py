"""The CLI's habits (docs/CLI.md, "Conventions"): every command's options follow them, and
what they promise holds: formats that fit or fail, stdin, tables that fit the terminal,
--debug, exit codes."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import click
from click.testing import CliRunner
from rdflib import Dataset, Graph

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.clikit import FormatChoice
from polkg.graph.store.formats import RDF_FORMATS
from polkg.loaders import LOADERS
from polkg.render import ROW_FORMATS, fit, render

from .conftest import EXAMPLES

EXAMPLE = EXAMPLES / "labour-leadership.ttl"
#: The one command whose table is not rows with a header: paths in words.
WORDS_NOT_ROWS = {"path"}


def _options(command: click.Command) -> dict[str, click.Option]:
    return {name: p for p in command.params if isinstance(p, click.Option) and not p.hidden
            for name in p.opts}


def test_every_command_follows_the_option_conventions():
    short_names: dict[str, set[str]] = {}
    for name, command in cli.commands.items():
        options = _options(command)
        assert "--json" not in options, f"{name}: JSON is --format json"
        for param in command.params:
            for opt in (o for o in param.opts if len(o) == 2):
                short_names.setdefault(opt, set()).add(param.name)
        if "--loader" in options:
            assert set(options["--loader"].type.choices) == set(LOADERS), name
        fmt = options.get("--format")
        if fmt is None:
            continue
        assert isinstance(fmt.type, FormatChoice), f"{name}: --format from clikit's decorators"
        assert "default" in fmt.help.lower(), f"{name}: --format's help says its default"
        choices = set(fmt.type.choices)
        rows, rdf = choices & set(ROW_FORMATS), choices & set(RDF_FORMATS)
        assert rows or rdf, f"{name}: --format chooses an output, not a loader"
        if rows:
            assert "table" in rows and ("json" in rows), name
            if name not in WORDS_NOT_ROWS:
                assert rows == set(ROW_FORMATS), f"{name}: every row format"
                assert "--no-headers" in options, f"{name}: rows take --no-headers"
        if rdf:
            assert rdf == set(RDF_FORMATS), f"{name}: every RDF format"
            assert {"-o", "--output"} <= set(options), f"{name}: RDF goes to -o FILE"
            assert fmt.type.spellings["json-ld"] == "jsonld", f"{name}: aliases taken"
    # A short option means one thing everywhere (-o output, -f file, -p param, ...).
    assert {k: v for k, v in short_names.items() if len(v) > 1} == {}


def test_formats_that_do_not_apply_are_usage_errors(run_cli):
    run_cli("load", str(EXAMPLE))
    select = "SELECT ?p WHERE { ?p a pol:Person }"
    cases = [
        (["query", "-e", select, "--format", "turtle"], "--format turtle is an RDF format"),
        (["query", "-e", "CONSTRUCT { ?p a pol:Person } WHERE { ?p a pol:Person }",
          "--format", "csv"], "--format csv is a format for rows"),
        (["query", "-e", "ASK { ?p a pol:Person }", "--format", "csv"],
         "--format csv does not apply to ASK"),
        (["query", "-e", select, "--format", "json", "--no-headers"],
         "--no-headers applies to table, csv, tsv, not to json"),
        (["stats", "--format", "md", "--no-headers"], "--no-headers applies to"),
        (["export", "-o", "graph.txt"], "cannot tell the format from '.txt'; give --format"),
        (["load", "--format", "news", "--loader", "nosuch", "x"], "'nosuch' is not one of"),
    ]
    for args, message in cases:
        result = run_cli(*args)
        assert result.exit_code == 2, args
        assert message in result.output, (args, result.output)


def test_rdf_format_follows_the_file_extension_and_takes_aliases(run_cli, tmp_path):
    run_cli("load", str(EXAMPLE))
    for file_name, parser in (("graph.nt", "nt"), ("graph.rdf", "xml"),
                              ("graph.trig", "trig"), ("graph.ttl", "turtle")):
        target = tmp_path / file_name
        assert run_cli("export", "-o", str(target)).exit_code == 0
        assert len(list(Dataset().parse(target, format=parser).quads())) > 50, file_name
    nt = run_cli("export", "--format", "n-triples").stdout
    assert len(Graph().parse(data=nt, format="nt")) > 50 and "@prefix" not in nt
    described = run_cli("query", "-e", "DESCRIBE <https://w3id.org/polkg/id/person/keir-starmer>",
                        "--format", "rdf/xml").stdout
    assert len(Graph().parse(data=described, format="xml")) > 0


def test_rows_formats_and_no_headers(run_cli):
    run_cli("load", str(EXAMPLE))
    q = "SELECT ?name WHERE { ?p a pol:Person ; rdfs:label ?name } ORDER BY ?name"
    assert run_cli("query", "-e", q, "--format", "csv", "--no-headers").stdout == \
        "Jeremy Corbyn\nKeir Starmer\n"
    lines = run_cli("query", "-e", q, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == [{"name": "Jeremy Corbyn"},
                                                    {"name": "Keir Starmer"}]
    table = run_cli("stats", "--no-headers").stdout.splitlines()
    assert table[0].split() == ["persons", "2"]


def test_load_format_still_chooses_a_loader_with_a_warning(run_cli):
    result = run_cli("load", "--format", "rdf", str(EXAMPLE))
    assert result.exit_code == 0 and result.stdout.startswith("1 loaded")
    assert result.stderr == "Warning: load --format is deprecated; use --loader\n"


def test_dash_reads_standard_input(run_cli):
    loaded = run_cli("load", "--loader", "rdf", "-", input=EXAMPLE.read_text())
    assert loaded.exit_code == 0, loaded.output
    assert "1 loaded" in loaded.stdout
    # Another document piped in is another document, not a new version of the first.
    other = "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> 'A' ."
    assert run_cli("load", "--loader", "rdf", "-", input=other).stdout.startswith("1 loaded")
    again = run_cli("load", "--loader", "rdf", "-", input=other)
    assert again.stdout.startswith("0 loaded, 1 unchanged")
    with KnowledgeGraph(run_cli.store) as kg:
        assert kg.stats()["documents"] == 2
    answer = run_cli("query", "-f", "-", input="ASK { ?p rdfs:label 'Keir Starmer' }")
    assert answer.exit_code == 0 and answer.stdout == "true\n"
    unnamed = run_cli("load", "-", input="x")
    assert unnamed.exit_code == 2 and "needs --loader NAME" in unnamed.output


def test_debug_shows_the_traceback_the_one_line_error_hides(run_cli):
    run_cli("load", str(EXAMPLE))
    bad = ["query", "-e", "SELECT ?x WHERE { ?x"]
    plain = run_cli(*bad)
    assert plain.exit_code == 1 and "Traceback" not in plain.output
    assert plain.stderr.startswith("Error: ")
    for debug_args, env in ((["--debug"], {}), ([], {"POLKG_DEBUG": "1"})):
        shown = run_cli(*debug_args, *bad, env=env)
        assert shown.exit_code == 1
        assert "Traceback (most recent call last)" in shown.stderr
        assert "QuerySyntaxError" in shown.stderr  # then the one line, as without --debug
        assert shown.stderr.index("Traceback") < shown.stderr.index("\nError: ")


def test_read_commands_need_a_store_and_create_none(tmp_path):
    missing = tmp_path / "nosuch"
    for command in (["stats"], ["timeline", "Jeremy Corbyn"], ["export"], ["serve"]):
        result = CliRunner().invoke(cli, ["--store", str(missing), *command])
        assert result.exit_code == 1, command
        assert result.stderr == (f"Error: no store at {missing}; make one with `polkg --store "
                                 f"{missing} load FILES...`, or name the one you mean with "
                                 "--store or $POLKG_STORE\n")
        assert not missing.exists()


def test_table_fits_the_terminal_and_is_not_cut_when_piped():
    long = "a sentence long enough to be cut on a narrow terminal, " * 3
    q = ["--store", ":memory:", "query", "-e",
         f'SELECT ?name ?text WHERE {{ VALUES (?name ?text) {{ ("Corbyn" "{long}") }} }}']
    on_terminal = _on_terminal(60, *q)
    assert max(map(len, on_terminal.splitlines())) <= 60
    assert "…" in on_terminal
    piped = _polkg(*q).stdout
    assert max(map(len, piped.splitlines())) > 60 and "…" not in piped


def test_fitting_narrows_the_widest_columns_first():
    assert fit([10, 40, 30], 50) == [10, 20, 20]
    assert fit([10, 10], 30) == [10, 10]
    text = render(["a", "b"], [("x" * 30, "y")], "table", width=20)
    assert max(map(len, text.splitlines())) <= 20 and "x" * 16 + "…" in text


def _polkg(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polkg.cli", *args], capture_output=True,
                          text=True, **kwargs)


def _on_terminal(columns: int, *args: str) -> str:
    """What polkg prints to a terminal `columns` wide (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns)}
    process = subprocess.Popen([sys.executable, "-m", "polkg.cli", *args], stdout=follower,
                               stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when polkg exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
