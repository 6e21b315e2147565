"""News articles to facts (spaCy pipeline, gazetteers, relation rules).

NewsLoader reads dated articles (a first line `date YYYY-MM-DD`; docs/EXTRACTION.md),
parses them with `nlp.pipe` (in `context.workers` processes), and yields one Document per
article: its entities, events and tenures, each with the sentence it came
from. See docs/EXTRACTION.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib.namespace import RDF, RDFS

from polkg.loaders.base import Document, LoadContext, LoadError, Source
from polkg.loaders.sniffing import Sniffed
from polkg.loaders.sniffing import article as reads_as_article
from polkg.ontology import POL

from .article import Article, read_article
from .emit import article_graph
from .extract import ArticleFacts, extract
from .mentions import KnownPeople
from .pipeline import english, model_version, parse, stored_names

#: Bump when rules change, so stored facts say which extractor made them.
RULES_VERSION = "259"


class NewsLoader:
    name = "news"
    extensions = (".txt", ".md")

    @property
    def version(self) -> str:
        return f"news-rules-{RULES_VERSION} {model_version()}"

    def sniff(self, source: Source) -> Sniffed:
        """Only what reads as an article (sniffing.article): a folder's README.md or notes.txt
        is not news."""
        return reads_as_article(source)

    def read(self, sources: Iterable[Source], context: LoadContext | None = None
             ) -> Iterator[Document | LoadError]:
        stored = context.known_entities() if context is not None else ()
        known = KnownPeople(stored)
        linker = context.linker() if context is not None else None
        articles: list[Article | LoadError] = []
        for source in sources:
            try:
                articles.append(read_article(source))
            except LoadError as error:
                articles.append(error)
        version = self.version
        good = [a for a in articles if isinstance(a, Article)]
        with stored_names(english(), stored) as nlp:
            texts = [a.text for a in good]
            if context is not None and context.parser is not None:  # a cluster's workers parse
                docs = context.parser(nlp, texts, stored)
            else:
                docs = parse(nlp, texts, context.workers if context else 1)
            for item in articles:
                if isinstance(item, LoadError):
                    yield item
                    continue
                doc = next(docs)
                try:
                    facts = extract(doc, item.published, item.offset, known)
                    triples = article_graph(item, facts, version, linker)
                except Exception as exc:  # a fault in the rules costs one article, not the run
                    yield LoadError(item.source.path, "the news rules failed on this article "
                                    f"({type(exc).__name__}: {exc}); please report it")
                    continue
                for label, aliases in _people(triples):  # as the store would give them
                    known.learn(label, aliases)
                yield Document(item.source, self.name, version, triples)


def _people(triples) -> Iterator[tuple[str, list[str]]]:
    """(label, aliases) of each person an article's triples type as pol:Person."""
    for person in {s for s, p, o in triples if p == RDF.type and o == POL.Person}:
        mine = [(p, str(o)) for s, p, o in triples if s == person]
        yield (next(o for p, o in mine if p == RDFS.label),
               [o for p, o in mine if p == POL.alias])


__all__ = ["ArticleFacts", "NewsLoader", "extract"]
