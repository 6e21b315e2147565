"""Loaders refuse what is not theirs: a folder's README and notes are skipped with a warning
naming them, a JSON that is not Popolo is refused with the reason, `--loader` forces, and
`load -v` says why each file went where it did."""

from __future__ import annotations

from pathlib import Path

from polkg import KnowledgeGraph
from polkg.loaders import Source, loader_for
from polkg.loaders.sniffing import article

from .conftest import CORBYN_ARTICLE, DATA, EXAMPLES, ROOT

NOT_POPOLO = '{"foo": 1}'
NOTES = "# Sources\n\n- the Guardian\n- BBC News\n\n## To do\n\n- check dates\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "clippings"
    folder.mkdir()
    (folder / "README.md").write_text("Clippings about Jeremy Corbyn, collected in 2024.\n")
    (folder / "sources.md").write_text(NOTES)
    (folder / "config.json").write_text(NOT_POPOLO)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "corbyn.txt").write_bytes(CORBYN_ARTICLE.read_bytes())
    return folder


def test_a_folder_s_notes_are_skipped_with_a_warning_naming_each(run_cli, tmp_path):
    folder = _folder(tmp_path)
    result = run_cli("load", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 loaded, 0 unchanged, 0 failed, 4 skipped;")
    warnings = result.stderr.splitlines()
    assert warnings == [
        f"Warning: skipped {folder / 'README.md'}: no loader takes it: not news (named "
        "README.md: a folder's notes, not an article)",
        f"Warning: skipped {folder / 'config.json'}: no loader takes it: not popolo (no "
        '"persons" (Popolo JSON has "persons", and "memberships" or "organizations"))',
        f"Warning: skipped {folder / 'scan.pdf'}: no loader reads .pdf files",
        f"Warning: skipped {folder / 'sources.md'}: no loader takes it: not news (5 of its 5 "
        "lines are headings, list items, code or tables: notes, not an article)",
    ]
    with KnowledgeGraph(run_cli.store) as kg:
        assert kg.stats()["documents"] == 1


def test_a_named_json_that_is_not_popolo_is_refused_with_the_reason(run_cli, tmp_path):
    bad = tmp_path / "members.json"
    bad.write_text(NOT_POPOLO)
    result = run_cli("load", str(bad))
    assert result.exit_code == 1
    assert result.stderr == (f'Error: {bad}: no loader takes it: not popolo (no "persons" '
                             '(Popolo JSON has "persons", and "memberships" or '
                             '"organizations")); --loader NAME reads it anyway\n')
    assert "0 loaded, 0 unchanged, 1 failed" in result.stdout


def test_loader_forces_and_verbose_says_why(run_cli, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Jeremy Corbyn was elected for Islington North in 1983.\n")
    verbose = run_cli("load", "-v", str(EXAMPLES / "labour-leadership.ttl"), str(CORBYN_ARTICLE))
    assert verbose.exit_code == 0
    assert verbose.stderr.splitlines() == [
        f"{EXAMPLES / 'labour-leadership.ttl'}: rdf (.ttl is an RDF extension (Turtle))",
        f"{CORBYN_ARTICLE}: news (its first line is a 'date' header)"]
    refused = run_cli("load", str(notes))
    assert refused.exit_code == 1 and "named notes.txt: a folder's notes" in refused.stderr
    forced = run_cli("load", "-v", "--loader", "news", str(notes))
    assert forced.exit_code == 0, forced.output
    assert forced.stderr == f"{notes}: news (--loader news)\n"
    assert forced.stdout.startswith("1 loaded")


def test_every_article_of_the_repository_reads_as_one():
    articles = [*EXAMPLES.glob("news/*.txt"), *DATA.rglob("*.txt"),
                *(ROOT / "bench" / "news-heldout" / "news").glob("*.txt")]
    assert len(articles) > 10
    for path in articles:
        verdict = loader_for(Source(path, path.read_bytes()))
        assert verdict.loader is not None and verdict.loader.name == "news", (path, verdict)
    readme = ROOT / "bench" / "news-heldout" / "README.md"
    assert not article(Source(readme, readme.read_bytes()))
