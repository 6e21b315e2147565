"""News articles to facts (spaCy pipeline, gazetteers, relation rules).

NewsLoader reads dated articles (FORMAT.md: a first line `date YYYY-MM-DD`),
parses each batch with one `nlp.pipe` call, and yields one Document per
article: its entities, events and tenures, each with the sentence it came
from. See docs/EXTRACTION.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib.namespace import RDF, RDFS

from polkg.loaders.base import Document, LoadContext, LoadError, Source
from polkg.ontology import POL

from .article import Article, read_article
from .emit import article_graph
from .extract import ArticleFacts, extract
from .mentions import KnownPeople
from .pipeline import english, model_version

#: Bump when rules change, so stored facts say which extractor made them.
RULES_VERSION = "4"
BATCH = 32


class NewsLoader:
    name = "news"
    extensions = (".txt", ".md")

    @property
    def version(self) -> str:
        return f"news-rules-{RULES_VERSION} {model_version()}"

    def sniff(self, source: Source) -> bool:
        return source.path.suffix.lower() in self.extensions

    def read(self, sources: Iterable[Source], context: LoadContext | None = None
             ) -> Iterator[Document | LoadError]:
        known = KnownPeople(context.known_entities() if context is not None else ())
        linker = context.linker() if context is not None else None
        articles: list[Article | LoadError] = []
        for source in sources:
            try:
                articles.append(read_article(source))
            except LoadError as error:
                articles.append(error)
        nlp = english()
        version = self.version
        good = [a for a in articles if isinstance(a, Article)]
        docs = iter(nlp.pipe((a.text for a in good), batch_size=BATCH))
        for item in articles:
            if isinstance(item, LoadError):
                yield item
                continue
            doc = next(docs)
            facts = extract(doc, item.published, item.offset, known)
            graph = article_graph(item, facts, version, linker)
            for person in graph.subjects(RDF.type, POL.Person):  # as the store would give them
                known.learn(str(graph.value(person, RDFS.label)),
                            map(str, graph.objects(person, POL.alias)))
            yield Document(item.source, self.name, version, graph)


__all__ = ["ArticleFacts", "NewsLoader", "extract"]
