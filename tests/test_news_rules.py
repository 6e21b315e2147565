"""News loader parts that need no trained model: the article reader, dates, the gazetteer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from polkg.loaders.base import LoadError, Source
from polkg.loaders.news.article import MAX_BYTES, read_article
from polkg.loaders.news.gazetteer import constituencies
from polkg.loaders.news.pipeline import add_gazetteer
from polkg.loaders.news.temporal import resolve

PUBLISHED = date(2024, 7, 5)  # a Friday


def _source(content: bytes, name: str = "a.txt") -> Source:
    return Source(Path(name), content)


def test_header_gives_date_and_text_offset():
    article = read_article(_source(b"  date 2024-07-05 First words.\nMore."))
    assert article.published == PUBLISHED
    assert article.text.startswith("First words.")
    assert article.offset == len("  date 2024-07-05 ")


def test_no_header_is_an_article_with_unknown_date():
    article = read_article(_source(b"Just a story."))
    assert article.published is None and article.text == "Just a story."


@pytest.mark.parametrize("content, message", [
    (b"", "empty article"),
    (b"date 2024-07-05\n\n", "empty article"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"date 2024-07-05 caf\xe9", "not valid UTF-8"),
    (b"date 2024-13-01 text", "malformed date header"),
    (b"date yesterday text", "malformed date header"),
])
def test_bad_files_raise_load_error_naming_the_file(content, message):
    with pytest.raises(LoadError) as info:
        read_article(_source(content, "bad.txt"))
    assert message in str(info.value) and "bad.txt" in str(info.value)


def test_oversized_file_is_refused_not_parsed():
    with pytest.raises(LoadError, match="too large"):
        read_article(_source(b"date 2024-07-05 " + b"word " * (MAX_BYTES // 5 + 1)))


@pytest.mark.parametrize("text, prep, expected, role", [
    ("1983", "in", "1983", "point"),
    ("2020", "since", "2020", "since"),
    ("40 years", "for", "1984", "duration"),
    ("4 July", "", "2024-07-04", "point"),
    ("May 2020", "", "2020-05", "point"),
    ("Tuesday", "on", "2024-07-02", "point"),
    ("next Friday", "", "2024-07-12", "point"),  # said on a Friday: a week on
    ("next Friday's", "", "2024-07-12", "point"),  # "next Friday's vote"
    ("last week", "", "2024-06", "point"),
    ("yesterday", "", "2024-07-04", "point"),
    ("last year", "", "2023", "point"),
    ("11 days ago", "", "2024-06-24", "point"),
    ("three months ago", "", "2024-04", "point"),
    ("20 years ago", "", "2004", "point"),
    ("a year ago", "", "2023", "point"),  # not this year: "ago" counts back
    ("a month ago", "", "2024-06", "point"),
])
def test_time_expressions_resolve_to_their_precision(text, prep, expected, role):
    ref = resolve(text, PUBLISHED, prep=prep)
    assert str(ref.interval) == expected and ref.role == role


def test_relative_dates_stay_unresolved_without_article_date():
    ref = resolve("last week", None)
    assert ref.interval is None and "unknown" in ref.reason
    assert str(resolve("12 December 2019", None).interval) == "2019-12-12"


def test_that_day_is_an_anaphor():
    assert resolve("that day", PUBLISHED).role == "anaphor"


def test_gazetteer_on_a_blank_pipeline():
    nlp = add_gazetteer(spacy.blank("en"), before=None)
    doc = nlp("The Tories and the Lib Dems fought Islington North; the prime minister spoke.")
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Tories", "PARTY", "Conservative Party") in found
    assert ("Lib Dems", "PARTY", "Liberal Democrats") in found
    assert ("Islington North", "CONSTITUENCY", "Islington North") in found
    assert ("prime minister", "OFFICE", "Prime Minister") in found


def test_office_titles_are_found_as_papers_print_them():
    nlp = add_gazetteer(spacy.blank("en"), before=None)
    for text, title, office in [
            ("The Home Secretary spoke.", "Home Secretary", "Home Secretary"),
            ("The Shadow home secretary spoke.", "Shadow home secretary", "Shadow Home Secretary"),
            ("THE CHANCELLOR OF THE EXCHEQUER SPOKE.", "CHANCELLOR OF THE EXCHEQUER",
             "Chancellor of the Exchequer"),
            ("Chancellor Of The Exchequer Spoke", "Chancellor Of The Exchequer",
             "Chancellor of the Exchequer"),
            ("The ex-UK prime minister spoke.", "UK prime minister", "Prime Minister"),
            ("Then the PM spoke.", "PM", "Prime Minister")]:
        found = {(e.text, e.label_, e.ent_id_) for e in nlp(text).ents}
        assert (title, "OFFICE", office) in found, text
    # as written only: "a speaker" is no Speaker
    assert not nlp("A speaker and the pm spoke.").ents


def test_constituency_list_ships_with_the_package():
    names = constituencies()
    assert len(names) >= 650 and "Islington North" in names and "Brighton Pavilion" in names
    assert "Brent South" in names and "Birmingham, Edgbaston" not in names  # (1997-2010)


def test_the_lexicon_names_only_known_event_types_and_kinds():
    from polkg.loaders.lexicon import table
    from polkg.loaders.news.rules import RULES
    from polkg.ontology.vocab import event_classes

    assert len(RULES) == len(table("trigger"))
    kinds = {"party", "office", "constituency", "election", None}
    for rule in RULES:
        assert rule.event in event_classes(), rule.name
        assert rule.object_kind in kinds, rule.name
        assert rule.lemmas, rule.name


def test_a_trigger_with_a_mistyped_key_is_refused():
    from polkg.loaders.news.rules import _rule

    with pytest.raises(ValueError, match="objekt"):
        _rule({"name": "deselected", "event": "Left", "lemmas": ["deselect"],
               "agent": "patient", "objekt": "party"})


def test_triggers_are_found_by_lemma_and_misread_inflections_by_their_start():
    from polkg.loaders.news.rules import _trigger_tokens

    nlp = spacy.blank("en")
    doc = nlp("She resigned and was readmitted")
    for tok, lemma, pos in zip(doc, ("she", "resign", "and", "be", "readmitte"),
                               ("PRON", "VERB", "CCONJ", "AUX", "VERB")):
        tok.lemma_, tok.pos_ = lemma, pos
    assert [t.text for t in _trigger_tokens(doc)] == ["resigned", "readmitted"]
