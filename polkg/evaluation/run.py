"""An evaluation run: pair articles with gold files, load the articles, read back, score.

The articles go through the real loaders (chosen by extension, or forced)
into a fresh in-memory store, so nothing else in any store affects the
figures; what the graph then states about each article is read back with
SPARQL (readback.py) and scored (scoring.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polkg.api import KnowledgeGraph
from polkg.loaders import Source, expand

from .facts import GOLD_SUFFIX, Facts
from .readback import document_facts
from .scoring import MEASURES, Score, micro, score


class EvaluationError(ValueError):
    """The run cannot start: a missing folder, no pairs, two articles with one name."""


@dataclass
class FileResult:
    """One article's scores; `error` says why the system stated nothing, when it failed."""

    name: str
    scores: dict[str, Score]
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {m: self.scores[m].to_json() for m in MEASURES}
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class EvaluationReport:
    files: list[FileResult] = field(default_factory=list)
    #: Articles with no gold file, and gold files with no article (by name).
    articles_without_gold: list[str] = field(default_factory=list)
    gold_without_article: list[str] = field(default_factory=list)

    @property
    def total(self) -> dict[str, Score]:
        return micro([f.scores for f in self.files])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {m: s.to_json() for m, s in self.total.items()}
        out["files"] = {f.name: f.to_json() for f in self.files}
        out["articles_without_gold"] = self.articles_without_gold
        out["gold_without_article"] = self.gold_without_article
        return out


def pair(gold_dir: Path, docs: Path) -> tuple[dict[str, tuple[Path, Path]], list[str], list[str]]:
    """Articles and gold files by name (X.txt <-> X.gold.json), and the names left unpaired."""
    for folder, what in ((gold_dir, "gold folder"), (docs, "articles")):
        if not folder.exists():
            raise EvaluationError(f"{folder}: no such {what}")
    golds = {p.name[: -len(GOLD_SUFFIX)]: p for p in sorted(gold_dir.rglob(f"*{GOLD_SUFFIX}"))}
    articles: dict[str, Path] = {}
    for path in expand([docs]):
        if path.name.endswith(GOLD_SUFFIX):
            continue
        if path.stem in articles:
            raise EvaluationError(f"two articles are named {path.stem}: {articles[path.stem]} "
                                  f"and {path}; each gold file must pair with one")
        articles[path.stem] = path
    pairs = {name: (articles[name], golds[name]) for name in sorted(articles.keys() & golds)}
    return pairs, sorted(articles.keys() - golds), sorted(golds.keys() - articles)


def evaluate(gold_dir: Path, docs: Path, *, loader: str | None = None,
             facts_out: Path | None = None,
             progress: Callable[[Path, str], None] | None = None) -> EvaluationReport:
    """Score what the loaders make of the articles in `docs` against the gold files in `gold_dir`.

    Gold files are checked before anything loads. With `facts_out`, the
    system's facts for each article are written there as <name>.gold.json.
    """
    pairs, no_gold, no_article = pair(gold_dir, docs)
    if not pairs:
        raise EvaluationError(f"no article in {docs} has a gold file in {gold_dir} "
                              f"(article X.txt pairs with X{GOLD_SUFFIX})")
    gold = {name: Facts.read(gold_path) for name, (_, gold_path) in pairs.items()}
    report = EvaluationReport(articles_without_gold=no_gold, gold_without_article=no_article)
    if facts_out is not None:
        facts_out.mkdir(parents=True, exist_ok=True)
    with KnowledgeGraph(":memory:") as kg:
        loaded = kg.load([article for article, _ in pairs.values()], loader=loader,
                         progress=progress)
        errors = {error.path: str(error) for error in loaded.failed}
        errors.update({path: f"{path}: same content as another article, so not loaded again"
                       for path in loaded.unchanged})
        for name, (article, _) in pairs.items():
            error = errors.get(article)
            if error is None:
                system = document_facts(kg, Source(article, b"").graph, article.name)
            else:
                system = Facts(article.name)
            if facts_out is not None:
                system.write(facts_out / f"{name}{GOLD_SUFFIX}")
            report.files.append(FileResult(name, score(gold[name], system), error))
    return report
