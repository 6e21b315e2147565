"""Loading hostile or unlucky input (issue 14): no document clobbered, nothing skipped silently,
no hang, no unbounded value; each refusal names its file and the run goes on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner
from rdflib import URIRef

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.loaders import Source

P = "<http://example.org/p>"


def _nt(path, subject: str, n: int) -> None:
    path.write_text("".join(f'<http://example.org/{subject}/{i}> {P} "{i}" .\n'
                            for i in range(n)))


def _load(store, *paths):
    return CliRunner().invoke(cli, ["--store", str(store), "load", *map(str, paths)])


def _count(store, graph) -> int:
    with KnowledgeGraph(store) as kg:
        return int(kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                            {"g": URIRef(graph)}).rows[0][0])


# -- a file writes only its own document's graph --------------------------------------------


def test_nquads_file_cannot_overwrite_another_documents_graph(tmp_path):
    store, victim, hostile = tmp_path / "store", tmp_path / "victim.nt", tmp_path / "hostile.nq"
    _nt(victim, "v", 83)
    assert _load(store, victim).exit_code == 0
    graph = Source(victim, b"").graph
    before = _count(store, graph)
    hostile.write_text(f'<http://example.org/x> {P} "clobbered" <{graph}> .\n')
    result = _load(store, hostile)
    assert result.exit_code == 1
    assert str(hostile) in result.output and f"<{graph}>" in result.output
    assert f"is the document {victim}" in result.output
    assert _count(store, graph) == before
    assert _count(store, Source(hostile, b"").graph) == 0


def test_trig_graphs_belong_to_the_file_that_brought_them(tmp_path):
    store, notes, other = tmp_path / "store", tmp_path / "notes.trig", tmp_path / "other.trig"
    notes.write_text(f'<urn:notes> {{ <urn:a> {P} "1" . <urn:b> {P} "2" . }}\n')
    assert _load(store, notes).exit_code == 0
    notes.write_text(f'<urn:notes> {{ <urn:a> {P} "one" . }}\n')  # changed: its own to replace
    assert _load(store, notes).exit_code == 0
    assert _count(store, "urn:notes") == 1
    other.write_text(f'<urn:notes> {{ <urn:c> {P} "3" . }}\n')
    result = _load(store, other)
    assert result.exit_code == 1 and f"was brought by {notes}" in result.output
    ontology = "https://w3id.org/polkg/ontology"
    other.write_text(f'<{ontology}> {{ <urn:c> {P} "3" . }}\n')
    result = _load(store, other)
    assert result.exit_code == 1 and "holds the ontology" in result.output
    assert _count(store, "urn:notes") == 1


# -- huge values: a named error, and the rest of the run loads -----------------------------


def test_huge_literal_and_huge_file_are_refused_by_name_and_the_rest_loads(tmp_path):
    from polkg.loaders.files import MAX_FILE_BYTES, MAX_LITERAL_CHARS

    store, fine, literal, huge = (tmp_path / n for n in ("store", "a.nt", "b.nt", "c.nt"))
    _nt(fine, "a", 3)
    literal.write_text(f'<http://example.org/b> {P} "{"x" * (MAX_LITERAL_CHARS + 1)}" .\n')
    with huge.open("wb") as out:  # sparse: the size is refused before anything is read
        out.truncate(MAX_FILE_BYTES + 1)
    result = _load(store, fine, literal, huge)
    assert result.exit_code == 1
    assert f"{literal}: a literal of {MAX_LITERAL_CHARS + 1:,} characters" in result.output
    assert f"{huge}: {MAX_FILE_BYTES + 1:,} bytes, over the limit" in result.output
    assert "1 loaded, 0 unchanged, 2 failed" in result.output
    assert _count(store, Source(fine, b"").graph) > 3
    assert _count(store, Source(literal, b"").graph) == 0


# -- silent skips and hangs ----------------------------------------------------------------


def test_fifo_is_refused_and_symlink_loop_reported_without_hanging(tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    _nt(folder / "sub" / "a.nt", "a", 2)
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "pipe.nt")
    named_fifo = tmp_path / "named.ttl"
    os.mkfifo(named_fifo)
    result = subprocess.run(
        [sys.executable, "-m", "polkg.cli", "--store", ":memory:", "load", str(folder),
         str(named_fifo)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"{folder / 'pipe.nt'}: not a regular file" in result.stderr
    assert f"{named_fifo}: not a regular file" in result.stderr
    assert f"{folder / 'sub' / 'back'}: a symbolic link loop" in result.stderr
    assert "1 loaded" in result.stdout


def test_unreadable_folder_is_reported(tmp_path):
    """Root reads any folder, so the load runs in a child that has dropped to nobody."""
    top = Path(tempfile.mkdtemp(prefix="polkg-perm-"))
    try:
        (top / "open").mkdir()
        (top / "locked").mkdir()
        _nt(top / "open" / "a.nt", "a", 2)
        _nt(top / "locked" / "b.nt", "b", 2)
        for path in (top, top / "open", top / "open" / "a.nt"):
            path.chmod(0o755)
        (top / "locked").chmod(0)
        failed = _load_in_child_as_nobody(top)
    finally:
        (top / "locked").chmod(0o755)
        shutil.rmtree(top)
    assert failed == [f"{top / 'locked'}: cannot read this folder (Permission denied); "
                      "the files in it were not loaded"]


def _load_in_child_as_nobody(folder: Path) -> list[str]:
    read, write = os.pipe()
    if (pid := os.fork()) == 0:
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            report = KnowledgeGraph(":memory:").load([folder])
            assert len(report.loaded) == 1
            os.write(write, "\n".join(map(str, report.failed)).encode())
            os._exit(0)
        except BaseException:  # noqa: BLE001 (the child must never return into pytest)
            os._exit(1)
    os.close(write)
    with os.fdopen(read) as pipe:
        failed = pipe.read()
    assert os.waitpid(pid, 0)[1] == 0
    return failed.splitlines()
