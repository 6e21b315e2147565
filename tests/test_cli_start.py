"""A command that reads no article does not import spaCy (a second of every start), nor the
other libraries only some commands need; loading an article still does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from polkg.loaders import LOADERS, Source
from polkg.loaders.news import NewsLoader

DATA = Path(__file__).parent / "data"

#: Runs `polkg ARGS...` in a fresh interpreter, then prints which of these it had imported.
CHILD = """
import json, sys
from polkg.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="polkg")
except SystemExit as done:
    status = done.code
heavy = ("spacy", "thinc", "scipy", "numpy", "matplotlib", "distributed",
         "rdflib.plugins.sparql.parser")
print(json.dumps({"status": status, "imported": [m for m in heavy if m in sys.modules]}),
      file=sys.stderr)
"""


def imported(*args: str) -> list[str]:
    """The heavy modules a fresh `polkg ARGS...` imported; it must have succeeded."""
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          timeout=300)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["status"] in (0, None), done.stdout + done.stderr
    return report["imported"]


@pytest.mark.parametrize("args", [["--help"], ["query", "--help"], ["queries"],
                                  ["load", "--help"], ["timeline", "--help"]])
def test_a_command_that_reads_no_article_imports_none_of_the_heavy_libraries(args):
    assert imported(*args) == []


def test_loading_records_and_asking_a_named_query_import_none_of_them(tmp_path):
    store = str(tmp_path / "store")
    records = str(DATA / "structured" / "HoC-GE2024-results-by-constituency.csv")
    assert imported("--store", store, "load", records) == []
    assert imported("--store", store, "query", "party_on_date",
                    "-p", "person=Keir Starmer", "-p", "date=2024-07-05") == []


def test_loading_an_article_imports_the_news_loader(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("date 2024-07-05\n\nKeir Starmer became Prime Minister.\n")
    assert "spacy" in imported("--store", str(tmp_path / "store"), "load", str(article))


def test_the_news_loaders_stand_in_says_what_the_loader_says():
    stand_in, loader = LOADERS["news"], NewsLoader()
    assert (stand_in.name, stand_in.extensions) == (loader.name, loader.extensions)
    assert stand_in.version == loader.version
    sources = [Source(path, path.read_bytes()) for path in sorted((DATA / "news").glob("*"))]
    sources += [Source(Path("README.md"), b"An article's words.\n"),
                Source(Path("plan.txt"), b"# Plan\n\n- one\n- two\n"),
                Source(Path("story.md"), b"Paragraphs of text.\n")]
    for source in sources:
        assert stand_in.sniff(source) == loader.sniff(source), source.path
