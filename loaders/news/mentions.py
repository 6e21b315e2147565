"""Mentions to entities within one article: names, offices, elections, and who "he" is.

`Mentions.build(doc, known)` walks the entities that the gazetteer and the
model found, folds "Mr Corbyn", "Corbyn" and "Jeremy Corbyn" into one person
(the full name stated in the article, or a person already in the store), and
maps every token of a mention to its Entity. Pronouns and "the party" are
resolved on demand by the rules, to the nearest compatible mention before them.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import MEMBER_TITLES, TITLES
from polkg.loaders.base import KnownEntity
from polkg.loaders.lexicon import table, words

from .facts import Entity
from .figures import first_names, in_capitals, public_figures
from .gazetteer import (
    ADJECTIVE_PREFIXES,
    FIRST_NAMES,
    NOT_NAMES,
    PARTIES,
    POSSESSIVE_ONLY_PARTIES,
    TITLE_NOUNS,
    constituencies,
    office_titles,
    party_adjectives,
    places,
    shadow_office,
)
from .tenures import FORMER, covered, holder_by_surname, table_holder

MALE = {title for title, gender in TITLES.items() if gender == "m"}
FEMALE = {title for title, gender in TITLES.items() if gender == "f"}
HONORIFIC = set(TITLES)
#: Honorifics as written before a name (capitalised).
HONORIFIC_WORDS = {title.title() for title in TITLES}
#: "the MP for", "the member for": who sits for a seat.
SEAT_HOLDER = MEMBER_TITLES | {"member"}
#: Nouns that, as "the former ...", describe the person a story is about.
DESCRIBED = words("leader_words") - {"leadership"}
#: Nouns a subject may describe a person already named with ("the former chat show host",
#: a digest's "The senior civil servant quit"): the sitting member, or the headline's person.
DESCRIBING_SUBJECTS = SEAT_HOLDER | DESCRIBED | words("described_people", "names") | TITLE_NOUNS
#: "the MP for", "AM for", "the seat of", "candidate for": a one-word place after them is a
#: seat.
SEAT_BEFORE = re.compile(rf"\b({'|'.join(sorted(SEAT_HOLDER))}|seat|candidate) (for|of)$")
#: What a party does in a general election's year: "won power in 1997", "its worst defeat
#: in 2019".
POWER_VERBS = words("power_verbs", "elections")
#: Verbs whose object is a poll fought: "won the election in 1997" is the poll of 1997.
POLL_FOUGHT = words("poll_fought", "elections")
PARTY_RESULTS = words("party_results", "elections")
#: Last words of a place, which the model sometimes takes for a person's name.
PLACE_NOUNS = words("place_nouns", "names")
PLACE_SURNAMES = words("place_surnames", "names")
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: The first person, in a quotation: the person it is attributed to.
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
SPEECH_VERBS = words("speech_verbs")
#: Words before a title that belong to the post ("Shadow", "Deputy", "Treasury").
_OFFICE_PREFIX_DEPS = {"compound", "amod", "nmod"}
_NOT_OFFICE_WORDS = words("not_office_words", "names")
_DONE_TO_WORDS = frozenset(table("words")["done_to"])  # "sacked", "suspended", ...
_BARE_TITLES = words("bare_titles", "names")
_BARE_TITLE_MODIFIERS = words("bare_title_modifiers", "names")
_TITLE_MODIFIERS = words("title_modifiers", "names") | _BARE_TITLE_MODIFIERS
_HEADS = [(name, post) for post, names in table("heads_of_state").items() for name in names]
#: A head of state's name (and surname) -> the presidency held ("President Obama").
_HEADS_OF_STATE = {key: post for name, post in _HEADS for key in (name, name.split()[-1])}
#: A head of state's surname -> the full names it may be ("Bush": two presidents).
_HEADS_BY_SURNAME = {surname: {name for name, _ in _HEADS if name.split()[-1] == surname}
                     for surname in {name.split()[-1] for name, _ in _HEADS}}
#: Other nations' presidencies: their holders are known (by name), never guessed from the
#: story ("The US president said" is not the last speaker's post).
HEAD_OF_STATE_POSTS = frozenset(post for _, post in _HEADS)
_PARTY_POSTS = words("party_posts", "names")
_CHIEF_TITLES = words("chief_titles", "names")
_GENERAL_TITLES = words("general_titles", "names")
_GENERIC_BODIES = words("generic_bodies", "names")
_ORGANISATION_ENDS = words("organisation_ends", "names")
_DEMONYMS = words("demonyms", "names")
_HOME_NATIONS = words("home_nations", "names")
PARTY_BOSS_NOUNS = words("party_boss_nouns", "names")
GROUP_LEADER_WORDS = words("group_leader_words", "names")
#: Parts of speech that never begin a post's title (a capitalised "But" opening a sentence).
_FUNCTION_POS = {"CCONJ", "SCONJ", "DET", "ADP", "PRON", "ADV", "PART", "AUX", "VERB"}
#: Heads of a post that say nothing on their own: "a Labour minister", "Cabinet minister".
_GENERIC_HEADS = words("generic_heads", "names")
#: Verbs a headline tells a resignation with: "Tory chairman quits", "steps down".
QUITTING = words("quitting_verbs")
#: Entity types the small model gives names it does not know ("Alistair Darling" as a
#: PRODUCT); "" is untagged.
MISTAKEN_NAME_TYPES = {"", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "LANGUAGE"}
#: Nouns before a title that describe its holder, not the post ("a cabinet minister").
GENERIC_MODIFIERS = words("generic_modifiers", "names")
NOT_ORGANIZATIONS = words("not_organizations", "names")
LAW_NOUNS = words("law_nouns", "names")
SUFFIXES = MEMBER_TITLES | words("suffixes", "names")
CALENDAR_WORDS = {m.lower() for m in calendar.month_name[1:] + calendar.day_name[:]} | {
    "last", "next", "early", "late", "mid", "in", "on"}
SEAT_VERBS = words("seat_verbs")
#: Verbs only a person does: an ORG as their subject is a mis-tagged name.
PERSON_VERBS = words("person_verbs")
#: Verbs whose object can only be a person ("appointed Alistair Darling").
PATIENT_VERBS = words("patient_verbs")
ELECTION_WORDS = words("words", "elections")
#: "by-election" and "byelection", one poll and several.
BY_ELECTION = words("by_election", "elections")
BY_ELECTIONS = words("by_elections", "elections")
#: Words before an election that make it one still to come, or only imagined: "a second
#: referendum" is another poll than "the referendum", and is named apart from it.
PROSPECTIVE = words("prospective", "elections")
#: Words before an election that look back to the poll before the report: in an undated
#: article, "the last election" is another poll than the "election" a story looks ahead to.
LAST = words("last", "elections")
#: Words before a post that make it one not yet held: "the next prime minister".
PROSPECTIVE_TITLES = words("prospective_titles")
NOT_POLL_HEADS = words("not_poll_heads", "elections")
#: What a party's leadership contest is called, or who stands in it ("leadership race",
#: "the Labour leadership contender X": a mention of the contest).
CONTESTS = frozenset({"contest", "race"}) | words("contender_words")
#: Words before "election" that say which: not every election is a general election.
ELECTION_KINDS = tuple((frozenset(k["words"]), k["kind"]) for k in table("election_kind"))
TOPIC_WORDS: dict[str, str] = table("elections")["referendum_topics"]
SCOTTISH = words("scottish_words", "elections")


def _brexit_vote(tok: Token) -> bool:
    """'The Brexit vote', 'the EU vote', 'the vote for Brexit': the 2016 referendum by another
    name (a vote in the Commons is no poll)."""
    if tok.lower_ != "vote" or tok.pos_ != "NOUN":
        return False
    beside = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")] + [
        g for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "on") for g in c.children]
    return any(t.lower_ in ("brexit", "eu", "leave") for t in beside)


class KnownPeople:
    """People already in the store, indexed by full name, alias and surname, for linking.

    A load learns the people of each article as it goes (`learn`), so that an article
    sees the same people whether the ones before it were loaded in this run or earlier.
    """

    def __init__(self, known: Iterable[KnownEntity] = ()):
        self.by_name: dict[str, str] = {}
        self._surnames: dict[str, set[str]] = {}
        for k in known:
            if k.type == "Person":
                self.learn(k.label, k.aliases)

    def learn(self, label: str, aliases: Iterable[str] = ()) -> None:
        for name in (label, *aliases):
            self.by_name.setdefault(name.lower(), label)
        words = label.split()
        if len(words) >= 2:
            self._surnames.setdefault(words[-1], set()).add(label)

    def label(self, name: str) -> str:
        return self.by_name.get(name.lower(), name)

    def surname(self, word: str) -> str | None:
        """The one known person with this surname, or None when there are none or several."""
        labels = self._surnames.get(word, ())
        return next(iter(labels)) if len(labels) == 1 else None


@dataclass
class Mentions:
    doc: Doc
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    by_token: dict[int, Entity] = field(default_factory=dict)
    spans: list[tuple[Span, Entity]] = field(default_factory=list)
    #: entities folded into another ("the election" into "the 2024 general election"), by id
    folded: dict[int, Entity] = field(default_factory=dict)
    #: the article's date: who held a post the holders' table covers is known for it
    published: date | None = None

    # -- building -----------------------------------------------------------

    def add(self, span: Span, kind: str, name: str, alias: str | None = None,
            overwrite: bool = True, **extra) -> Entity:
        entity = Entity(kind, name, **extra)
        entity = self.entities.setdefault(entity.key, entity)
        for key, value in extra.items():
            if value is not None and getattr(entity, key) is None:
                setattr(entity, key, value)
        if alias and alias != entity.name:
            entity.aliases.add(alias)
        for i in range(span.start, span.end):
            if overwrite or i not in self.by_token:
                self.by_token[i] = entity
        self.spans.append((span, entity))
        return entity

    @classmethod
    def build(cls, doc: Doc, known: KnownPeople | None = None,
              published: date | None = None) -> Mentions:
        mentions = cls(doc, published=published)
        known_people = known or KnownPeople()
        parties = party_adjectives()
        persons: list[Span] = []
        orgs: list[Span] = []
        for tok in doc[:-1]:  # "Reform's leader": a short name that is a party only so used
            name = POSSESSIVE_ONLY_PARTIES.get(tok.text)
            if name and doc[tok.i + 1].lower_ in _PARTY_WORDS_AFTER and tok.ent_type_ != "PERSON":
                mentions.add(doc[tok.i:tok.i + 1], "party", name, tok.text)
        for ent in _joined_names(doc):
            label = ent.label_
            if label in ("PERSON", "ORG") and _peerage_place(ent):
                continue
            if label == "PARTY":
                mentions.add(ent, "party", ent.ent_id_, ent.text)
            elif label == "CONSTITUENCY":
                mentions.add(ent, "constituency", ent.ent_id_)
            elif label == "INSTITUTION":
                mentions.add(ent, "organization", ent.ent_id_, ent.text)
            elif label == "PERSON":
                span = _clean_person(ent)
                if span is not None and span.text.lower() not in parties:
                    persons.append(span)
            elif label == "ORG" and not any(t.lower_ in ELECTION_WORDS for t in ent):
                span = _strip(ent)
                if span is not None and span.text.lower() not in parties \
                        and span.text.lower() not in office_titles() \
                        and span.text not in NOT_ORGANIZATIONS and not _common_word(span) \
                        and span[-1].text not in LAW_NOUNS and span.text not in _DEMONYMS \
                        and not any(t.text in INSTRUMENT_NOUNS for t in span) \
                        and span.text not in places() and not _across_comma(span):
                    orgs.append(span)  # (not "Norfolk", "Cyprus": places)
        persons = [_with_given_names(_with_judicial_title(_with_peerage(p))) for p in persons]
        persons += _titled_names(doc, persons)
        persons += _untagged_names(doc, persons)
        surnames = {p[-1].text for p in persons if len(_name_words(p)) >= 2}
        persons += [e for e in doc.ents if e.label_ == "DATE" and len(e) == 1
                    and e.text in surnames and e.root.dep_ in ("nsubj", "nsubjpass", "dobj",
                                                               "poss", "appos")]
        # "Arkwright is a businesswoman" after "Arabella Arkwright": a surname the model left
        # untagged, standing as a name where a person can (not "the Arkwright clinic")
        named = {i for p in persons for i in range(p.start, p.end)}
        persons += [doc[t.i:t.i + 1] for t in doc if t.i not in named and not t.ent_type_
                    and t.pos_ == "PROPN" and t.text in surnames and t.dep_ in (
                        "nsubj", "nsubjpass", "dobj", "poss", "appos", "pobj")
                    and (_used_as_a_name(t) or _with_epithet(t))]
        persons += _stored_surnames(doc, persons, known_people, published)
        # the small model often calls a person an ORG: "Mr Cable", or a name that shares a
        # surname with a PERSON, or one joined by "and" to a PERSON
        for _ in range(2):
            surnames = {_name_words(p)[-1] for p in persons if _name_words(p)}
            person_heads = {p.root.i for p in persons}
            for span in orgs:
                words = _name_words(span)
                acts = (span.root.dep_ in ("nsubj", "nsubjpass") and
                        span.root.head.lemma_ in PERSON_VERBS and len(span) in (2, 3)) or (
                    # "appointed Thérèse Coffey": the object of a verb that acts on people
                    span.root.dep_ == "dobj" and span.root.head.lemma_ in PATIENT_VERBS
                    and len(span) in (2, 3) and all(t.text[:1].isupper() for t in span)) or (
                    len(span) in (2, 3) and all(t.is_title for t in span)
                    and span.end + 1 < len(doc) and doc[span.end].text == ","
                    and doc[span.end + 1].lower_ == "who") or (  # "Nicola Sturgeon, who led ..."
                    # "Maeve Sherlock, chief executive of ...": a name a post stands beside
                    len(span) in (2, 3) and all(t.is_title for t in span)
                    and span.end < len(doc) and doc[span.end].text == ","
                    and any(c.dep_ == "appos" and c.i > span.end and (
                        c.lower_ in TITLE_NOUNS or c.ent_type_ == "OFFICE"
                        or _chief_title(c))
                        for c in span.root.children)) or (
                    # "Dominic Cummings": two words, the first a known person's first name
                    len(span) == 2 and all(t.is_title for t in span)
                    and span[0].text in first_names()) or (
                    # "Guy Mansfield QC": a name with a lawyer's letters after it
                    len(span) in (3, 4) and span[-1].text in ("QC", "KC")
                    and all(t.is_title for t in span[:-1])) or (
                    # "after Cameron quits": the table's one holder of that surname, acting
                    len(span) == 1 and span.root.dep_ in ("nsubj", "nsubjpass", "poss")
                    and holder_by_surname(span.text, published) is not None)
                name = _after_role(span)
                if not any(p.start <= name.start and name.end <= p.end for p in persons) and (
                        acts or span[0].lower_.rstrip(".") in HONORIFIC or (
                        words and words[-1] in surnames and len(span) <= 3) or (
                        span.root.dep_ == "conj" and span.root.head.i in person_heads) or (
                        any(c.dep_ == "conj" and c.i in person_heads
                            for c in span.root.children))):
                    # the longer reading of a name found twice: "Councillor Dominic
                    # Peacock" over "Councillor Dominic"
                    persons = [p for p in persons
                               if not (span.start <= p.start and p.end <= span.end)]
                    persons.append(name)
        # "Downing Street announced": an address, whatever found it a name (not "Andy
        # Street", a known first name and then the surname); "High Commissioner": a post;
        # "the General Election": a poll
        persons = [p for p in persons if not (len(p) > 1 and p[-1].lower_ in PLACE_NOUNS and not (
            len(p) == 2 and p[-1].lower_ in PLACE_SURNAMES and p[0].text in first_names()))
                   and p[-1].lower_ not in TITLE_NOUNS and p[-1].lower_ not in ELECTION_WORDS
                   and not (len(p) > 1 and p[-1].lower_ in _ORGANISATION_ENDS)
                   and not (len(p) > 1 and (p[0].tag_ == "VBG" or p[0].pos_ == "ADP"))]
        # ("Entering Westminster", "Across Wales": a verb or a preposition, then a place)
        persons.sort(key=lambda p: p.start)
        mentions._add_people(persons, known_people)
        mentions._learn_genders()
        mentions._add_offices()
        mentions._add_single_word_seats()
        offices = [s for s, e in mentions.spans if e.kind == "office"]
        for span in orgs:
            if span in persons:
                continue
            if not any(i in mentions.by_token for i in range(span.start, span.end)):
                mentions.add(span, "organization", span.text)
            elif (len(span) > 1 or span.text.isupper()) and any(
                    o.start <= span.start and span.end <= o.end and len(span) < len(o)
                    for o in offices):  # "Commission for Racial Equality chairman": the
                # body is named too, while its words stay the post's
                mentions.add(span, "organization", span.text, overwrite=False)
        return mentions

    def _learn_genders(self) -> None:
        """'Carrie Johnson said she was proud': a sentence's subject, the only person named
        before a she/he of its sentence, is of that pronoun's gender (when nothing else told
        it), so that a 'he' later does not go to her."""
        for sent in self.doc.sents:
            named = [(s, e) for s, e in self.spans if e.kind == "person"
                     and sent.start <= s.start < sent.end]
            for tok in sent:
                gender = PRONOUNS.get(tok.lower_)
                before = {id(e): (s, e) for s, e in named if s.end <= tok.i}
                if gender is None or len(before) != 1:
                    continue
                span, person = next(iter(before.values()))
                if person.gender is None and span.root.dep_ in ("nsubj", "nsubjpass") \
                        and not _inside_quote(span):
                    person.gender = gender

    def _add_people(self, spans: list[Span], known: KnownPeople) -> None:
        # (not "the Constitutional Reform Bill": no name for "the Bill" to stand for)
        full = [s for s in spans if len(_name_words(s)) >= 2
                and _name_words(s)[-1] not in LAW_NOUNS]
        shared = _shared_surnames(self.doc, full)
        spans = sorted([s for s in spans if (s.start, s.end) not in shared]
                       + [s for s, _ in shared.values()], key=lambda s: s.start)
        for span in spans:
            if (span.start, span.end) in shared:  # "Boris and Carrie Johnson": Boris Johnson
                name = known.label(shared[span.start, span.end][1])
                self.add(span, "person", name, span.text,
                         gender=public_figures().get(name) or FIRST_NAMES.get(span.text))
                continue
            if _peerage_name(span):
                self.add(span, "person", span.text)
                continue
            words = _name_words(span)
            if words and words[-1] in LAW_NOUNS and (len(words) >= 2 or span.start > 0 and
                                                     self.doc[span.start - 1].lower_ == "the"):
                continue  # "the Children Bill", "the Bill": a law the model took for a Bill
            honorific = span[0].lower_.rstrip(".") if span[0].lower_.rstrip(".") in HONORIFIC \
                else _honorific_before(span)
            gender = _titled_gender(span)
            if len(words) >= 2:
                name = _full_name(span)
            else:
                name = _expand(words[0], span, full, known, self.published) if words else None
                president = name is not None and _president_named(span)
                if president and len(_HEADS_BY_SURNAME.get(name, ())) == 1:
                    name = next(iter(_HEADS_BY_SURNAME[name]))  # "President Obama"
                # a lone capitalised word that no full name or title explains is as often a
                # place ("visits Manchester") as a person: leave it out
                if name == (words[0] if words else None) and honorific is None \
                        and not president:
                    continue
            if not name:
                continue
            # the name a stored person is known by, whose gender the title does not deny
            # ("Baroness Kennedy" is not the Charles Kennedy another article called Kennedy)
            stored = known.label(name)
            if stored == name or _may_be(gender, _known_gender(stored), unknown=False):
                name = stored
            if gender is None and len(name.split()) >= 2:
                gender = public_figures().get(name) or FIRST_NAMES.get(name.split()[0])
            self.add(span, "person", name, span.text if span.text != name else None, gender=gender)

    def _add_offices(self) -> None:
        """Offices: gazetteer titles and noun phrases headed by a title noun, with modifiers."""
        doc = self.doc
        titles = office_titles()
        found: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "OFFICE":
                ext = office_span(ent[-1]) or ent
                found.append(doc[min(ent.start, ext.start):max(ent.end, ext.end)])
        for tok in doc:
            # a party's leader is leaderOf; its deputy leader holds a post
            before = tok.i - 1  # (over the party's name: "the deputy Labour leader")
            while before > 0 and getattr(self.by_token.get(before), "kind", None) == "party":
                before -= 1
            deputy = tok.lower_ in ("leader", "leaders") and tok.i > 0 \
                and doc[before].lower_ == "deputy"
            chief = _chief_title(tok)
            general = tok.lower_ == "general" and tok.i > 0 and (
                doc[tok.i - 1].lower_ in _GENERAL_TITLES or tok.i > 1
                and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _GENERAL_TITLES)
            # "PCS leader X", "Unison leader X": a body's leader holds a post (a party's
            # leads it: the title rules; "SNP Holyrood leader" leads one of its groups)
            body_leader = tok.lower_ == "leader" and tok.i > 0 and _body_word(doc[tok.i - 1]) \
                and doc[tok.i - 1].ent_type_ not in ("PARTY", "GPE") \
                and doc[tok.i - 1].lower_ not in GROUP_LEADER_WORDS
            group = self._party_group_led(tok)
            if (tok.lower_ in TITLE_NOUNS or deputy or chief or general or body_leader
                    or group is not None) and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
                span = office_span(tok)
                if span is not None and group is not None:
                    span = doc[span.start:max(span.end, _where_sits(group))]
                # a bare lower-case "the chairman" is a reference, not a named post;
                # "Labour's chairman" names one
                if span is not None and len(span) == 1 and tok.lower_ in _PARTY_POSTS \
                        and tok.lower_ not in DESCRIBED and _possessive_before(span) is None \
                        and (party := self.party_before(span)) is not None:
                    start = min(s.start for s, e in self.spans if e is party
                                and s.end == span.start)
                    span = doc[start:span.end]  # "the Conservative party chair"
                if span is not None and (len(span) > 1 or tok.is_title
                                         or self._possessor(span) is not None
                                         or _nation(span) is not None):
                    found.append(span)
        spans = [s for s in found
                 if not any(o is not s and o.start <= s.start and s.end <= o.end
                            and (o.start, o.end) != (s.start, s.end) for o in found)]
        seen: set[tuple[int, int]] = set()
        for span in spans:
            if (span.start, span.end) in seen or any(
                    self.by_token.get(t.i) and self.by_token[t.i].kind == "person" for t in span):
                continue
            seen.add((span.start, span.end))
            if span.start > 0 and _foreign(doc[span.start - 1], "NORP") and not (
                    span.start > 1 and doc[span.start - 2].text in _HOME_NATIONS):
                # "the Australian prime minister": not ours ("the first British Asian prime
                # minister" is)
                span = doc[span.start - 1:span.end]
            words = [t for t in span if t.lower_ not in party_adjectives() or t.i > span.root.i]
            bare = "".join(t.text_with_ws for t in words).strip()  # as written: "Scotland's"
            if all(t.lower_ in _GENERIC_HEADS | GENERIC_MODIFIERS | {"junior", "senior", "shadow"}
                   for t in words) and span.root.lower_ in _GENERIC_HEADS \
                    and bare.lower() not in titles and not (
                        span.root.dep_ == "nsubj" and span.root.head.lemma_ in QUITTING):
                continue  # "Labour minister", "Cabinet minister", "shadow minister": no post
                # named (the "cabinet secretary" of the offices table is one); but the one
                # that "quits" in a headline is the post its story's resigner left
            if span[-1].lower_ in PARTY_BOSS_NOUNS and all(
                    t.lower_ in party_adjectives()
                    or getattr(self.by_token.get(t.i), "kind", None) == "party"
                    for t in span[:-1]):
                continue  # "Ukip boss", "SNP chief", "Scottish Labour chief": the party's leader
            owner = self._possessor(span)
            nation = _nation(span)
            head_of_state = None
            if owner is None and nation is None and bare.lower() not in titles and (
                    span.root.lower_ in _BARE_TITLES and span[-1] == span.root
                    and all(t.lower_ in _BARE_TITLE_MODIFIERS for t in span[:-1])
                    or span.root.lower_ == "general" and all(
                        t.lower_ in _BARE_TITLES | {"general", "-"} for t in span)):
                owner = self._listed_body(span)  # "BBC chairman A, director-general B"
                head_of_state = self._head_of_state(span)
                if owner is None and head_of_state is None:
                    continue  # "Chairman Sam Younger", "director-general X": of what, the
                    # words do not say
            canonical = head_of_state or titles.get(bare.lower())
            country, _, rest = bare.lower().partition(" ")
            if canonical is None and country in ("uk", "british") and rest in titles:
                canonical = titles[rest]  # "the UK foreign secretary": the country's own post
            if canonical == "Party Chair" and (party := next(
                    (e for t in span if (e := self.by_token.get(t.i)) is not None
                     and e.kind == "party"), None)) is not None:  # that party's, not any's
                canonical = party_post("Chair", party.name)  # "the Tory party chairman"
            shadow = bare.lower().startswith("shadow ") and titles.get(bare.lower()[7:])
            if shadow:
                canonical = shadow_office(shadow)
            name = canonical or _title_case(_without_description(self._post_words(span)))
            if len(span) > 2 and span[0].lower_ == "deputy" and all(
                    getattr(self.by_token.get(t.i), "kind", None) == "party" for t in span[1:-1]):
                name = f"{span[1:-1].text} deputy {span[-1].text}"  # as "Labour deputy leader"
            if canonical is None and owner is not None:
                name = f"{owner} {span.text}"  # "UKIP's deputy leader": UKIP's, not anyone's
            if nation is not None:
                name = f"{name} of {nation}"  # another country's post, not ours
            self.add(span, "office", name, span.text if span.text != name else None,
                     overwrite=False)
            self._unmap_inside(span, "organization")  # "Metropolitan Police Commissioner":
            # the words are the post's, and the body is named too

    def _head_of_state(self, span: Span) -> str | None:
        """'President Obama', 'President Jacques Chirac': the presidency the lexicon's
        `heads_of_state` has the name after the bare title hold."""
        person = self.by_token.get(span.end) if span.root.lower_ == "president" else None
        return _HEADS_OF_STATE.get(person.name) if person and person.kind == "person" else None

    def _party_group_led(self, leader: Token) -> Token | None:
        """'leader of the Labour group on Newham Council': the party's group a leader leads
        (a post, not the party's leadership), as its noun; None for any other leader."""
        if leader.lower_ != "leader":
            return None
        return next((g for c in leader.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.lower_ == "group"
                     and getattr(self.by_token.get(g.i - 1), "kind", None) == "party"), None)
        # (the party's name right before "group": not "the main Tory pressure group")

    def _listed_body(self, span: Span) -> str | None:
        """The body of the post before the last name of a list: in "BBC chairman A,
        director-general B and ...", B's bare title is the BBC's too."""
        doc = self.doc
        k = span.start - 1
        person = self.by_token.get(k - 1)
        if k < 1 or doc[k].text not in (",", "and") or getattr(person, "kind", None) != "person":
            return None
        named = next((s for s, e in self.spans if e is person and s.end == k), None)
        title = named.start - 1 if named is not None else -1
        if title < 1 or doc[title].lower_ not in TITLE_NOUNS:
            return None
        body = title
        while body > 0 and _body_word(doc[body - 1]) and doc[body - 1].ent_type_ != "PARTY":
            body -= 1
        return doc[body:title].text if body < title else None

    def party_before(self, span: Span) -> Entity | None:
        """The party named right before a post or as its owner: "the Conservative party
        chair", "Labour's chairman"."""
        mark = _possessive_before(span)
        before = self.by_token.get(mark - 1 if mark is not None else span.start - 1)
        return before if span.start > 0 and getattr(before, "kind", None) == "party" else None

    def _post_words(self, span: Span) -> Span:
        """The words that name the post: a party before a government post is the holder's,
        not the post's ("Tory Treasury minister" is the Treasury minister); before a party
        post it is the post's ("Labour spokesman for health"), unless the post is of another
        body ("the Labour chair of Vote Leave", "Tory chairman of the Public Accounts
        Committee": its chair, who is a member of the party)."""
        if any(t.lower_ in _PARTY_POSTS for t in span) and not self._of_another_body(span):
            return span
        lead = span.start
        while lead < span.root.i and (self.doc[lead].lower_ in party_adjectives() or getattr(
                self.by_token.get(lead), "kind", None) == "party"):
            lead += 1
        return self.doc[lead:span.end]

    def _of_another_body(self, span: Span) -> bool:
        """The post's own words name what it is of, and that is no party: 'chair of Vote
        Leave' (not 'chair of the Labour Party')."""
        of = next((t for t in span if t.lower_ == "of" and t.i > span.root.i), None)
        return of is not None and not any(
            getattr(self.by_token.get(t.i), "kind", None) == "party" or t.lower_ == "party"
            for t in span[of.i - span.start:])

    def _possessor(self, span: Span) -> str | None:
        """The party or organisation named as the owner of a post, as written: "UKIP's deputy
        leader", "the EU's chief negotiator", "Labour's former chairman" (a party owns only
        party posts)."""
        mark = _possessive_before(span)
        if mark is None or any(
                getattr(self.by_token.get(t.i), "kind", None) == "party"
                or t.lower_ in party_adjectives() for t in span):
            return None
        last = self.doc[mark - 1]
        if last.lower_ == "party" and any(c.lower_ == "the" for c in last.children):
            named = self._party_named_before(last)  # "the party's head of communications":
            return _as_modifier(named[0].text) if named is not None and any(  # as the party
                t.lower_ in _PARTY_POSTS for t in span) else None  # was written
        owner = self.by_token.get(last.i)
        kind = getattr(owner, "kind", None) or ("organization" if last.ent_type_ == "ORG" else None)
        if kind not in ("party", "organization") or (
                kind == "party" and not any(t.lower_ in _PARTY_POSTS for t in span)):
            return None
        first = last.i  # (the model's organisations are not yet mentions)
        while first > 0 and (self.by_token.get(first - 1) is owner if owner is not None else (
                self.doc[first - 1].ent_iob_ != "O" and self.doc[first - 1].ent_type_ == "ORG"
                and self.doc[first].ent_iob_ == "I" and self.doc[first - 1].lower_ != "the")):
            first -= 1
        return self.doc[first:mark].text

    def _forget(self, entity: Entity) -> None:
        """Drop every mention of an entity the words around show to be something else."""
        self.by_token = {i: e for i, e in self.by_token.items() if e is not entity}
        self.spans = [(s, e) for s, e in self.spans if e is not entity]
        self.entities.pop(entity.key, None)

    def _unmap_inside(self, outer: Span, kind: str) -> None:
        """The tokens of the mentions (of `kind`) within `outer` belong to it; the entities
        they name stay named."""
        for span, entity in self.spans:
            if entity.kind == kind and outer.start <= span.start and span.end <= outer.end \
                    and (span.start, span.end) != (outer.start, outer.end):
                for i in range(span.start, span.end):
                    if self.by_token.get(i) is entity:
                        del self.by_token[i]

    def drop_inside(self, outer: Span, kind: str | None = None) -> None:
        """Forget the mentions (of one kind, or all) within `outer`."""
        inside = [(s, e) for s, e in self.spans if kind in (None, e.kind)
                  and outer.start <= s.start and s.end <= outer.end]
        for span, entity in inside:
            self.spans.remove((span, entity))
            for i in range(span.start, span.end):
                if self.by_token.get(i) is entity:
                    del self.by_token[i]
            if not any(e is entity for _, e in self.spans):
                self.entities.pop(entity.key, None)

    def _add_single_word_seats(self) -> None:
        """One-word constituencies ("Bath") only where the words around make them a seat, and
        seats the list lacks (Holyrood, Senedd) after "the MSP for" or named as a seat (a new
        or an old one: "the new seat of Kendal and Upper Eden", "won the Eton and Slough
        seat")."""
        doc = self.doc
        for span in _named_seats(doc):
            if any(getattr(self.by_token.get(t.i), "kind", None) in ("party", "office")
                   for t in span):
                continue  # "the Labour and Tory seat": whose, not which
            self.drop_inside(span)  # ("Slough" alone, "Eton" taken for a school)
            self.add(span, "constituency", span.text)
        for tok in doc[2:]:
            entered = doc[tok.i - 2].lower_ in ("parliament", "commons") \
                and doc[tok.i - 2].head.lemma_ == "enter"  # "entered Parliament for X"
            if not tok.is_title or doc[tok.i - 1].lower_ != "for" \
                    or doc[tok.i - 2].lower_ not in SEAT_HOLDER and not entered:
                continue
            if getattr(self.by_token.get(tok.i), "kind", None) == "person":
                self._forget(self.by_token[tok.i])  # "the MSP for Glasgow Pollok": not a name
            if tok.i in self.by_token:
                continue
            end = tok.i
            while end < len(doc) and end not in self.by_token and (doc[end].is_title or (
                    doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)):
                end += 1
            if end - tok.i > 1:  # one word: left to the list below
                self.add(doc[tok.i:end], "constituency", doc[tok.i:end].text)
        single = {n for n in constituencies() if " " not in n}
        for tok in self.doc:
            # (the model takes a lone place name for a person as often as not: "fight Slough")
            named = self.by_token.get(tok.i)
            if tok.text in single and (named is None or named.kind == "person"
                                       and named.name == tok.text):
                before = " ".join(t.lower_ for t in self.doc[max(0, tok.i - 3):tok.i])
                nxt = tok.i + 1
                if nxt < len(self.doc) and self.doc[nxt].tag_ == "POS":
                    nxt += 1  # "Slough's constituency association"
                after = self.doc[nxt].lower_ if nxt < len(self.doc) else ""
                verb = tok.head.head if tok.dep_ == "pobj" else tok.head
                listed = tok.dep_ == "conj" and getattr(self.by_token.get(tok.head.i), "kind",
                                                        None) == "constituency"
                rest = next((t for t in self.doc[tok.i + 1:tok.i + 8]
                             if not (t.is_title or t.lower_ in ("and", ","))), None)
                listed = listed or getattr(rest, "lower_", "") in BY_ELECTIONS | {
                    "seats", "constituencies"}
                titled = nxt < len(self.doc) and member_title(self.doc[nxt])  # "Halifax MP"
                bracketed = tok.i > 1 and self.doc[tok.i - 1].text == "(" and after == ")" \
                    and getattr(self.by_token.get(tok.i - 2), "kind", None) == "person" \
                    and about_members(tok.sent)  # "Tory MPs Jane Roe (Thurrock) and ..."
                if listed or titled or bracketed or SEAT_BEFORE.search(before) \
                        or after in BY_ELECTION | {"constituency", "seat", "seats"} or (
                        tok.dep_ in ("dobj", "pobj") and verb.lemma_ in SEAT_VERBS):
                    if named is not None:
                        self._forget(named)
                    self.add(self.doc[tok.i:tok.i + 1], "constituency", tok.text)

    def add_elections(self, general_years: frozenset[int]) -> None:
        """'the 2017 snap general election', 'the party leadership contest', 'a by-election';
        `general_years`: the years of general elections (data/polls.csv)."""
        topics = {_topic_of(t) for t in self.doc if t.lower_ == "referendum"} - {None}
        for tok in self.doc:
            lower = tok.lower_
            ran_for = lower == "leadership" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.lemma_ in ("run", "stand") \
                and tok.head.head.tag_ in ("VBD", "VBN")  # "ran for the leadership of X" (one
            # held; "will stand for the leadership if ..." is not)
            if lower not in ELECTION_WORDS and lower not in CONTESTS and lower != "vote" \
                    and not ran_for:
                continue
            leadership = ran_for or any(c.lower_ == "leadership" for c in tok.children) or (
                tok.i > 0 and self.doc[tok.i - 1].lower_ == "leadership") or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.lower_ == "leader" for g in c.children) for c in tok.children)
            # ("the election of the new Tory leader")
            sought = leadership_sought(tok) if lower in ("contest", "race") else []
            leadership = leadership or bool(sought)
            if not (lower in ELECTION_WORDS or ran_for or (lower in CONTESTS and leadership)
                    or _brexit_vote(tok)):
                continue
            party_named = tok.i > 1 and self.doc[tok.i - 1].lower_ == "leadership" and getattr(
                self.by_token.get(tok.i - 2), "kind", None) == "party"
            if lower in CONTESTS - {"contest", "race"} and (not (
                    tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].ent_type_ == "PERSON"
                    or tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" or party_named)
                    or any(t.lower_ in FORMER | PROSPECTIVE_TITLES
                           for t in self.doc[max(tok.i - 3, 0):tok.i])):
                continue  # "the Labour leadership contender X", "X, a Tory leadership
                # candidate,", "the Conservative leadership candidate" (the party's contest)
                # name a contest; "a likely leadership contender if ..." does not, nor
                # "former leadership hopeful X" (a past one: which, the words do not say)
            if tok.i in self.by_token or _no_poll(tok) or self._add_polls_listed(
                    tok, general_years):
                continue
            near = {t.lower_ for c in tok.lefts for t in c.subtree} | {
                t.lower_ for t in self.doc[max(tok.i - 2, 0):tok.i]} | {
                t.lower_ for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.ent_type_ == "GPE" for t in g.subtree} | {
                t.lower_ for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "to")
                for t in c.subtree}
            # ("the election in Northern Ireland", "an election for the Stormont assembly")
            kind = ("leadership election" if leadership else "by-election"
                    if lower in BY_ELECTION | BY_ELECTIONS
                    else "referendum" if lower in ("referendum", "vote")
                    else next((k for words, k in ELECTION_KINDS if near & words),
                              "general election"))
            mods = [c for c in tok.lefts]
            mods += [g for c in tok.lefts if c.ent_type_ == "DATE" for g in c.children
                     if g.dep_ == "nummod"]  # "the February 1974 general election"
            if tok.dep_ == "compound":  # "Labour's 1997 election landslide", "the EU
                # referendum campaign in 2016"
                mods += [c for c in tok.head.lefts if c.i < tok.i and c.dep_ == "nummod"]
                after = self.doc[tok.head.i + 1:tok.head.i + 3]
                if len(after) == 2 and after[0].lower_ == "in" and is_year(after[1]):
                    mods.append(after[1])  # (the year right after, wherever the parse hangs it)
            mods += [g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children]  # "the presidential election of 2004"
            # "the general election in 2020"; "Labour won the election in 1997", "stood at the
            # election in 2005" (the year right after the poll, where the parse may hang it from
            # the verb); not "promised the referendum in 2013", when the promise was
            if not (tok.dep_ == "dobj" and tok.head.lemma_ not in POLL_FOUGHT):
                verb = tok.head if tok.dep_ in ("dobj", "pobj") else None
                verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
                mods += [g for c in [*tok.rights, *(c for c in getattr(verb, "rights", ())
                                                    if c.i == tok.i + 1)]
                         if c.dep_ == "prep" and c.lower_ == "in"
                         for g in [*c.children, *c.doc[c.i + 1:c.i + 2]] if is_year(g)]
                # (the year right after "in" whatever the parse made of it: "the Brexit
                # referendum in 2016 turnout..." can hang 2016 from the next noun)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in POLL_FOUGHT | {"hold"}:
                mods += [y for c in tok.head.rights if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children for y in (g, *g.children) if is_year(y)]
                # "the referendum was lost in 2014", "an election was held in February 1974"
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].like_num:
                mods.append(self.doc[tok.i + 1])  # "Scottish election 2021"
            year = next((m.text for m in mods if is_year(m)), None) or _year_just_before(tok)
            party = next((e for t in [*(t for m in mods for t in m.subtree), *sought]
                          if (e := self.entity(t)) is not None and e.kind == "party"), None)
            if party is None and leadership and any(t.lower_ == "party" for m in mods
                                                    for t in m.subtree):
                party = self.resolve_party(tok)
            start = min([m.i for m in mods if m.dep_ != "det" and m.dep_ != "poss"] + [tok.i])
            span = self.doc[start:tok.i + 1]
            seat = next((e for t in span if (e := self.by_token.get(t.i)) is not None
                         and e.kind == "constituency"), None)
            place = self.unknown_place(span) if kind == "by-election" and seat is None \
                else None
            # the words before the noun, however many ("a second Scottish independence
            # referendum"), but not a date's ("next Thursday's referendum")
            before = [t for c in tok.lefts for t in c.subtree if t.ent_type_ != "DATE"] \
                or self.doc[max(tok.i - 2, 0):tok.i]
            ahead = next((t.lower_ for t in before
                          if t.lower_ in PROSPECTIVE and (t.lower_ != "second" or any(
                              c.lower_ in ("a", "an") for c in tok.lefts))), None)
            # ("the second leadership election in a year" counts; "a second referendum" is new)
            back = self.published is None and kind == "general election" and any(
                t.lower_ in LAST for t in before)  # (a dated report's is found by its day)
            label = f"{year} " if year else f"{ahead} " if ahead else "last " if back else ""
            topic = _topic_of(tok) if kind == "referendum" and len(topics) > 1 else None
            label += (f"{party.name} leadership election" if party and leadership
                      else f"{seat.name} by-election" if seat and kind == "by-election"
                      else f"{place} by-election" if place
                      else f"{topic} referendum" if topic  # two referendums' topics, two
                      # polls; one topic, and "the referendum" is that one
                      else kind)
            self.add(span, "election", label, span.text if span.text != label else None,
                     election_kind=kind, party=party if leadership else None,
                     constituency=seat, date=DateInterval.parse(year) if year else None)

    def _add_polls_listed(self, tok: Token, general_years: frozenset[int]) -> bool:
        """'the Scottish, Welsh and local elections', 'the Tamworth and Selby by-elections',
        'the 1979 and 1983 elections': one poll for each kind, seat or year the plural lists
        (the parse of such lists is unreliable, so the words before the noun are read, back to
        the determiner); listed years with no kind are general elections' if each had one."""
        if tok.lower_ not in BY_ELECTIONS | {"elections"}:
            return False
        start = tok.i
        while start > tok.sent.start and self.doc[start - 1].pos_ in (
                "ADJ", "PROPN", "PUNCT", "CCONJ", "NOUN", "NUM", "ADV") \
                and self.doc[start - 1].lower_ != ":":  # (years, "particularly")
            start -= 1
        words = self.doc[start:tok.i]
        if tok.lower_ in BY_ELECTIONS:
            seats = list({id(e): (t, e) for t in words if (e := self.by_token.get(t.i))
                          is not None and e.kind == "constituency"}.values())
            for _, seat in seats if len(seats) > 1 else ():
                self.add(self.doc[tok.i:tok.i + 1], "election", f"{seat.name} by-election",
                         election_kind="by-election", constituency=seat, overwrite=False)
            return len(seats) > 1
        kinds = list({k: t for t in words for w, k in ELECTION_KINDS if t.lower_ in w}.items())
        years = [t for t in words if is_year(t)]
        kind = kinds[0][0] if kinds else "general election"
        if len(years) > 1 and len(kinds) <= 1 and (kinds or all(
                int(t.text) in general_years for t in years)):
            for year in years:  # each year's span is the year: no plural, so each is held
                self.add(self.doc[year.i:year.i + 1], "election", f"{year.text} {kind}",
                         overwrite=False, election_kind=kind,
                         date=DateInterval.parse(year.text))
            return True
        for n, (kind, word) in enumerate(kinds if len(kinds) > 1 else ()):
            if getattr(self.by_token.get(word.i), "kind", None) == "person":
                self._forget(self.by_token[word.i])  # "Welsh" taken for a surname
            end = tok.i + 1 if n == len(kinds) - 1 else word.i + 1
            # each span starts with the list, so "the" before it makes every poll definite
            self.add(self.doc[start:end], "election", kind, self.doc[word.i:end].text,
                     overwrite=False, election_kind=kind)
        return len(kinds) > 1

    def add_power_won(self, years: frozenset[int]) -> None:
        """'Since Labour won power in 1997', 'when the Tories came to power in 2010', 'Labour's
        worst defeat since 1935 in 2019': a party that won power, or won or lost, in a year
        of a general election (`years`), won or lost that year's general election; 'when
        the country went to the polls in 1979': that year's general election."""
        for tok in self.doc:
            if tok.i in self.by_token:
                continue
            if tok.lower_ == "polls" and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
                    and tok.head.head.lemma_ == "go":
                year = next((g.text for c in tok.head.head.children if c.dep_ == "prep"
                             and c.lower_ == "in" for g in c.children if is_year(g)), None)
                if year is not None and int(year) in years:
                    self.add(self.doc[tok.i:tok.i + 1], "election", f"{year} general election",
                             election_kind="general election", date=DateInterval.parse(year))
                continue
            if tok.lower_ == "power":
                verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" \
                    else tok.head
                if verb.lemma_ not in POWER_VERBS:
                    continue
            elif tok.lemma_ in PARTY_RESULTS and tok.pos_ == "NOUN":
                verb = tok.head if tok.dep_ == "dobj" else tok  # "suffered its worst defeat"
            elif tok.lemma_ == "vote" and (tok.pos_ == "VERB" or tok.dep_ == "nsubj"):
                verb = tok.head if tok.pos_ == "NOUN" else tok  # "they voted Labour in 2001",
                # "Labour's vote fell in 2001"
            else:
                continue
            if not any(getattr(self.entity(c), "kind", None) == "party"
                       for c in [*verb.children, *tok.children, *_clause_subjects(verb)]
                       if c.dep_ in ("nsubj", "poss", "compound")
                       or tok.pos_ == "VERB" and c.dep_ in ("dobj", "oprd")):
                continue  # ("the 2001 Labour landslide")
            ins = [g for c in [*verb.children, *tok.children] if c.dep_ == "prep"
                   and c.lower_ == "in" for g in c.children]
            if tok.lemma_ == "vote":  # "In 1997 and 2001 they voted Labour": each year's
                # poll, named by its year
                listed = [c for g in ins for c in g.children if c.dep_ == "conj"]
                for when in [*ins, *listed]:
                    if is_year(when) and int(when.text) in years:
                        self.add(self.doc[when.i:when.i + 1], "election",
                                 f"{when.text} general election",
                                 election_kind="general election",
                                 date=DateInterval.parse(when.text), overwrite=False)
                continue
            year = next((g.text for g in ins if is_year(g)), None) or next(
                (c.text for c in tok.children if is_year(c) and c.i < tok.i), None)
            if year is not None and int(year) in years:
                self.add(self.doc[tok.i:tok.i + 1], "election", f"{year} general election",
                         election_kind="general election", date=DateInterval.parse(year))

    # -- looking up -------------------------------------------------------------

    def first_spans(self, offset: int = 0) -> list[tuple[Entity, int, int]]:
        """Each entity's first name in the text, as offsets into the file (`offset`: where the
        parsed text starts in it). A resolved pronoun is no name, and comes after one anyway."""
        first: dict[int, tuple[int, int]] = {}
        for span, entity in self.spans:
            if span.text.lower() not in PRONOUNS:
                here = (span.start_char + offset, span.end_char + offset)
                first[id(entity)] = min(first.get(id(entity), here), here)
        return [(e, *first[id(e)]) for e in self.entities.values() if id(e) in first]

    def at(self, token: Token) -> Entity | None:
        return self.by_token.get(token.i)

    def people_before(self, i: int, window_sents: int = 3) -> list[tuple[Span, Entity]]:
        """Person mentions before token i, nearest first, within a few sentences."""
        sent_starts = [s.start for s in self.doc.sents if s.start <= i]
        floor = sent_starts[-window_sents] if len(sent_starts) >= window_sents else 0
        found = [(s, e) for s, e in self.spans if e.kind == "person" and floor <= s.start < i]
        return sorted(found, key=lambda p: -p[0].start)

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """he/she -> the nearest person before it of compatible gender, preferring subjects."""
        gender = PRONOUNS.get(token.lower_)
        if gender is None:
            return None
        speaker = self._speaker(token)
        if speaker is not None and speaker.gender in (None, gender):
            self.by_token[token.i] = speaker
            return speaker
        self._resolve_earlier_subject(token, gender)
        # inside a quotation, "him" is not the one who speaks it (who says "I"); outside one,
        # "he said" after it is not someone the quotation names
        teller = self._quote_teller(token)
        quoted = teller is not None

        def fits(span: Span, entity: Entity) -> bool:
            return entity.gender in (None, gender) and entity is not teller and (
                quoted or not _inside_quote(span))
        candidates = [e for s, e in self.people_before(token.i)
                      if fits(s, e) and not _inside_quote(s)]
        subjects = [e for s, e in self.people_before(token.i)
                    if fits(s, e) and s.root.dep_ in ("nsubj", "nsubjpass")]
        same_sentence = [e for s, e in self.people_before(token.i, 1) if fits(s, e)]
        # a person known to be of the pronoun's gender before one whose gender is not known
        pick = min(same_sentence or subjects or candidates or [None],
                   key=lambda e: e is not None and e.gender != gender)
        if pick is not None:
            self.by_token[token.i] = pick
            self.spans.append((self.doc[token.i:token.i + 1], pick))
            if pick.gender is None:
                pick.gender = gender
        return pick

    def _resolve_earlier_subject(self, token: Token, gender: str) -> None:
        """A 'he' that was the subject of one of the two sentences before (the nearer first)
        is resolved first, so that a later 'he' continues it: "He lost in 1992 to John Major.
        Four years later he became ...": not Major, though Major was named last."""
        sent = token.sent
        for _ in range(2):  # (walked back from the token, not over every sentence of the text)
            if sent.start == 0:
                return
            sent = self.doc[sent.start - 1].sent
            earlier = next((t for t in sent if PRONOUNS.get(t.lower_) == gender and t.dep_ in (
                "nsubj", "nsubjpass") and t.i not in self.by_token
                and not _inside_quote(self.doc[t.i:t.i + 1])), None)
            if earlier is not None:
                self.resolve_pronoun(earlier)
                return

    def latter_or_former(self, token: Token) -> Entity | None:
        """'Raab, who succeeded David Davis after the latter resigned': of the last two people
        named (in this sentence or the one before), the nearer is the latter, the other the
        former."""
        named = list({id(e): e for _, e in self.people_before(token.i, 2)}.values())
        if len(named) < 2:
            return None
        found = named[0] if token.lower_ == "latter" else named[1]
        self.by_token[token.i] = found
        return found

    def quoted_speaker(self, token: Token) -> Entity | None:
        """'Ann Roe said: "Back when I first won my seat in 1983 ..."', '"I quit," said Ann Roe':
        the first person in a quotation is the person named as the subject of a verb of
        speech outside the quotation, in its sentence or in the one before that ends with a
        colon (a quotation its own sentence follows)."""
        found = self._quote_teller(token)
        if found is not None:
            self.by_token[token.i] = found
        return found

    def _quote_teller(self, token: Token) -> Entity | None:
        """The person a quotation around the token is told by (quoted_speaker's rule): the
        subject of a verb of speech outside the quotation in its sentence, or, for a quotation
        that runs over several sentences, in the sentence it opens in."""
        if not _inside_quote(self.doc[token.i:token.i + 1]):
            return None
        sent = token.sent
        for _ in range(4):
            found = self._teller_in(sent)
            first = next((t for t in sent if t.is_alpha), sent[0])
            if found is not None or sent.start == 0 \
                    or not _inside_quote(self.doc[first.i:first.i + 1]):
                return found
            sent = self.doc[sent.start - 1].sent  # the quotation opened before this sentence
        return None

    def _teller_in(self, sent: Span) -> Entity | None:
        """The person a verb of speech of the sentence (or of the one before it, ending with a
        colon) has as its subject, the verb outside any quotation."""
        before = sent
        while before.start > 0 and (before is sent or not any(t.is_alpha for t in before)):
            before = self.doc[before.start - 1].sent  # (an opening mark may stand alone)
        sentences = [sent] + ([before] if before.text.rstrip().endswith(":") else [])
        for verb in (t for s in sentences for t in s):
            if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB" \
                    or _inside_quote(self.doc[verb.i:verb.i + 1]):
                continue
            teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = self.entity(teller) if teller is not None else None
            if found is not None and found.kind == "person":
                return found
        return None

    def _speaker(self, token: Token) -> Entity | None:
        """'Jo Roe, who announced that she was standing down', 'Ann Poe said he had won': the
        subject of a clause told by a person named as the telling verb's subject is that
        person when the gender fits (the usual reading of reported speech)."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if teller is not None and teller.lower_ in ("who", "that") \
                and clause.head.dep_ == "relcl":
            teller = clause.head.head  # "Jo Roe, who announced ...": the clause's noun
        found = self.at(teller) if teller is not None else None
        return found if found is not None and found.kind == "person" else None

    def holder(self, token: Token, busy: set[str] = frozenset()) -> Entity | None:
        """'The prime minister said': the last person before it named as subject, else any;
        people in `busy` (known to hold another post) are passed over. For a post the holders'
        table covers, the one person named who held it then, or nobody: never a guess."""
        office = self.at(token)
        if office is not None and office.kind == "office" and covered(office.name):
            span = next((s for s, e in self.spans if e is office and s.start <= token.i < s.end),
                        self.doc[token.i:token.i + 1])
            named = [e for e in self.entities.values() if e.kind == "person"]
            return table_holder(office.name, span, named, self.published)
        people = [(s, e) for s, e in self.people_before(token.i, 4) if e.name not in busy]
        subjects = [e for s, e in people if s.root.dep_ in ("nsubj", "nsubjpass")]
        # a possessor last: "playing into Putin's hands, says Zahawi" (parsed as an object)
        rest = sorted(people, key=lambda p: p[0].root.dep_ == "poss")
        return (subjects or [e for _, e in rest] or [None])[0]

    def sitting_member(self, token: Token) -> Entity | None:
        """'The MP for East Surrey, who ...', 'The MP has been suspended', 'The former leader
        was suspended' as a subject, with no name beside it: the person the story was about
        (the last subject named before it)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        seats = [self.at(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"]
        if seats and getattr(seats[0], "kind", None) != "constituency":
            return None  # "the MP for a decade": not a seat
        headlined = self._headline_subject(token)
        if headlined is not None:
            self.by_token[token.i] = headlined
            return headlined
        if token.lower_ not in SEAT_HOLDER and not any(
                c.dep_ == "amod" and c.lower_ == "former" for c in token.children):
            return None  # "the leader" may be another party's; "the former leader" was his
        if any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
               or self.at(c) is not None and self.at(c).kind == "person"
               for c in token.children):
            return None  # "the MP for X, Jane Doe," names her ("the MP for X, already a
            # minister," does not)
        previous = [(s, e) for s, e in self.people_before(token.i, 2)
                    if s.sent.start < token.sent.start]
        subjects = [e for s, e in previous if s.root.dep_ in ("nsubj", "nsubjpass")]
        named = {id(e): e for s, e in previous if s.root.dep_ != "poss"}  # ("X's press chief
        # dies. The former journalist ...": not X)
        pick = subjects[0] if subjects else next(iter(named.values())) if len(named) == 1 else None
        if pick is not None:  # the subject named last, or the only person named
            self.by_token[token.i] = pick
        return pick

    def _headline_subject(self, token: Token) -> Entity | None:
        """'The minister, who was the first to enter the race' right under the headline
        'Penny Mordaunt denies talks': the one person the headline names (a digest's summary
        line, or a report's first sentence)."""
        sent = token.sent
        if sent.start == 0:
            return None
        named: list[tuple[Span, Entity]] = []
        for _ in range(2):  # the headline, over a standfirst that names no one
            above = self.doc[sent.start - 1].sent
            while above.start > 0 and not any(t.is_alpha for t in above):
                above = self.doc[above.start - 1].sent
            if not headline(above):
                return None
            named = [(s, e) for s, e in self.spans if e.kind == "person"
                     and above.start <= s.start < above.end and s.text.lower() not in PRONOUNS]
            if named or above.start == 0:
                break
            sent = above
        subjects = {id(e): e for s, e in named if s.root.dep_ in ("nsubj", "nsubjpass")}
        people = subjects or {id(e): e for s, e in named if s.root.dep_ != "poss"}
        # ("X denies talks with Y": X; "X's press chief dies": not X)
        return next(iter(people.values())) if len(people) == 1 else None

    def resolve_party(self, token: Token) -> Entity | None:
        """"the party", "his former party" -> the party named last before it."""
        named = self._party_named_before(token)
        return None if named is None else named[1]

    def _party_named_before(self, token: Token) -> tuple[Span, Entity] | None:
        """The last mention of a party before the token, and its party."""
        return max(((s, e) for s, e in self.spans if e.kind == "party" and s.start < token.i),
                   key=lambda p: p[0].start, default=None)

    def unknown_place(self, span: Span) -> str | None:
        """The proper nouns before a poll's noun that name a place no seat of the gazetteer
        is ("the Thornbury by-election", where Thornbury is a town or a ward, which the model
        may call an organisation): that poll's own place, so it is no other seat's by-election."""
        words = [t.text for t in span[:-1] if t.pos_ == "PROPN"
                 and t.ent_type_ not in ("DATE", "PERSON")
                 and getattr(self.by_token.get(t.i), "kind", None) not in (
                     "constituency", "party", "person")]
        place = " ".join(words)
        if not place or any(place in seat for e in self.entities.values()
                            if e.kind == "constituency" for seat in (e.name, *e.aliases)):
            return None  # ("the Chester byelection" of an article on the City of Chester)
        return place

    def entity(self, token: Token) -> Entity | None:
        """The entity a token stands for: its mention, a pronoun's antecedent, or 'the party'."""
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        if token.lower_ in PRONOUNS:
            return self.resolve_pronoun(token)
        if token.lower_ in FIRST_PERSON:
            return self.quoted_speaker(token)
        if token.lower_ in ("latter", "former") and token.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj") and any(
                c.lower_ == "the" for c in token.children):
            return self.latter_or_former(token)
        if token.lower_ in DESCRIBING_SUBJECTS and token.dep_ in ("nsubj", "nsubjpass"):
            return self.sitting_member(token)
        if token.lower_ == "party" and any(c.dep_ in ("det", "poss") for c in token.children):
            return self.resolve_party(token)
        return None


def headline(sent: Span) -> bool:
    """A line of its own with no closing full stop: a headline."""
    last = sent[-1] if not sent[-1].is_space else sent[-2] if len(sent) > 1 else sent[-1]
    after = sent.doc[sent.end] if sent.end < len(sent.doc) else None
    ends_line = after is None or "\n" in last.whitespace_ \
        or (after.is_space and "\n" in after.text) \
        or sent[-1].is_space and "\n" in sent[-1].text  # (the line break kept in the sentence)
    return ends_line and last.text[-1] not in ".!?\"'”’"


def digest_items(doc: Doc) -> Iterator[tuple[Span, Span]]:
    """Each item of a digest: its headline line and the lines of summary below it."""
    at = 0
    for block in doc.text.split("\n\n"):
        start, at = at, at + len(block) + 2
        lines = block.strip("\n")
        first = block.find(lines) + start
        if "\n" not in lines:
            continue
        cut = first + lines.index("\n")
        headline = doc.char_span(first, cut, alignment_mode="expand")
        summary = doc.char_span(cut + 1, first + len(lines), alignment_mode="expand")
        if headline is not None and summary is not None:
            yield headline, summary


def stories(doc: Doc, digest: bool) -> Iterator[tuple[Span, Span]]:
    """Each headline and the text it heads: a digest's items, or a report's first line and
    the rest."""
    if digest:
        yield from digest_items(doc)
        return
    first = next((s for s in doc.sents if s.text.strip()), None)
    if first is not None and first.end < len(doc) and headline(first):
        yield first, doc[first.end:]


def lead(story: Span) -> Span | None:
    """The first sentence of a story with any text: a digest item's summary line, a report's
    standfirst."""
    return next((s for s in story.sents if s.text.strip()), None)


def prefix_name(span: Span) -> bool:
    """'Chris Mason: Real prospect of twists': a name before a colon names the story's
    subject or its writer, not who the summary's titles are."""
    return span.end < len(span.doc) and span.doc[span.end].text == ":"


def is_year(tok: Token) -> bool:
    """A year of modern politics written as a number: "1997"."""
    return tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _topic_of(tok: Token) -> str | None:
    """What a referendum is on, from the words before it: "the Scottish independence
    referendum", "the EU referendum"."""
    before = [t for c in tok.lefts for t in c.subtree] or tok.doc[max(tok.i - 2, 0):tok.i]
    topic = next((TOPIC_WORDS[t.lower_] for t in before if t.lower_ in TOPIC_WORDS), None)
    if topic == TOPIC_WORDS["independence"]:  # "the 1995 Quebec independence referendum"
        place = next((t.text for t in before if t.dep_ in ("compound", "amod", "nmod")
                      and (t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN")
                      and t.lower_ not in TOPIC_WORDS and t.lower_ not in SCOTTISH), None)
        return f"{place} independence" if place else topic
    return topic


def _clause_subjects(verb: Token) -> list[Token]:
    """The subject a subordinate verb shares with the clause it hangs from: "Labour gained
    seats in 2017, before suffering its worst defeat in 2019" (Labour suffered it)."""
    while verb.dep_ in ("pcomp", "prep", "advcl", "conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def leadership_sought(tok: Token) -> list[Token]:
    """'the race to be Conservative leader', 'a contest for the Labour leadership', 'the
    contest to replace X': the words after a contest that make it a party's leadership
    election (the parse of such infinitives varies, so the words are read); none if they do
    not."""
    doc = tok.doc
    i = tok.i + 1
    if i + 2 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lemma_ in ("replace", "succeed") \
            and (doc[i + 2].ent_type_ == "PERSON" or doc[i + 2].pos_ == "PRON"):
        return [doc[i + 2]]  # "the SNP contest to replace Sturgeon": her leadership's
    if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lower_ in ("be", "become"):
        i, ends = i + 2, ("leader",)
    elif i < len(doc) and doc[i].lower_ == "for":
        i, ends = i + 1, ("leadership",)
    else:
        return []
    start = i
    while i < min(start + 4, len(doc)) and doc[i].lower_ not in ends and (
            doc[i].pos_ in ("DET", "ADJ", "PROPN") or doc[i].ent_type_ == "PARTY"):
        i += 1
    return list(doc[start:i + 1]) if i < len(doc) and doc[i].lower_ in ends else []


def _named_seats(doc: Doc) -> Iterator[Span]:
    """Seats named as such in capitalised words: "the seat of X Y" (two words or more, a
    listed seat, or one word after someone's seat: "his home seat of Bedwellty", not "the
    seat of Government"), "the X and Y seat" (the words before "seat" joined by "and")."""
    for tok in doc:
        if tok.lower_ != "seat":
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            start = end = tok.i + 2
            while end < len(doc) and (doc[end].is_title or doc[end].lower_ == "and"
                                      and end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            if end - start >= 2 or doc[start:end].text in constituencies() or (
                    end > start and any(c.dep_ == "poss" for c in tok.children)):
                yield doc[start:end]
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "and"
                             and start >= 2 and doc[start - 2].is_title):
            start -= 1
        if tok.i - start >= 3 and any(t.lower_ == "and" for t in doc[start:tok.i]) \
                and start > 0 and doc[start - 1].lower_ == "the":
            yield doc[start:tok.i]


def _year_just_before(tok: Token) -> str | None:
    """A year among the words right before the poll's noun, however the parser hung it: "The
    2001 election cost ..." may be parsed as one compound whose head is "cost"."""
    for before in reversed(tok.doc[max(tok.i - 3, tok.sent.start):tok.i]):
        if is_year(before):
            return before.text
        if not before.is_alpha or before.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
    return None


def _no_poll(tok: Token) -> bool:
    """'doesn't win elections' (polls in general), 'the election watchdog' (a body), 'a de
    facto referendum' (a plan to treat an election as one): no one poll is named."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in NOT_POLL_HEADS:
        return True
    if tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "de" and tok.doc[tok.i - 1].lower_ == "facto":
        return True  # "a de facto referendum": a general election so treated, no referendum
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else tok  # "Elections 2021: ..."
    return tok.lower_ == "elections" and not after.like_num and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod") for c in tok.lefts)


def _joined_names(doc: Doc) -> list[Span]:
    """The model's entities, with a name it ends at a linking word joined to the name the
    gazetteer tagged right after it: 'the Department for Exiting the' and 'European Union'
    are one department."""
    ents = list(doc.ents)
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent, after = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        if ent.label_ == "ORG" and ent[-1].lower_ in ("the", "of", "for", "and") \
                and after is not None and after.start == ent.end \
                and after.label_ in ("ORG", "INSTITUTION", "GPE"):
            joined.append(Span(doc, ent.start, after.end, label="ORG"))
            i += 2
            continue
        joined.append(ent)
        i += 1
    return joined


def _with_judicial_title(span: Span) -> Span:
    """'Mr Justice Forbes', 'Lord Justice Rix': a judge's title is part of the name, not a
    person "Justice" of its own (the model tags only the surname)."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].text == "Justice" \
            and doc[start - 2].text.rstrip(".") in HONORIFIC_WORDS:
        return doc[start - 2:span.end]
    return span


def _with_peerage(span: Span) -> Span:
    """'the Earl of Rosebery': the rank is part of the name (the model tags only the place)."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in PEERAGE_RANKS:
        return doc[start - 2:span.end]
    return span


def _peerage_name(span: Span) -> bool:
    """A name that is a rank and its title's place: 'Earl of Shrewsbury', named as written."""
    return len(span) > 2 and span[0].text in PEERAGE_RANKS and span[1].lower_ == "of"


def _with_given_names(span: Span) -> Span:
    """The given names the model left out of a name: 'Jean-' of 'Jean-Claude Juncker', a
    known first name ('Rhodri' of 'Rhodri Glyn Thomas'), or a capitalised word between a
    member's title or an honorific and the name ('MP Parmjit Singh Gill', 'Baroness Doreen
    Lawrence')."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].is_title \
            and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        return doc[start - 2:span.end]
    before = doc[start - 1] if start >= 1 else None
    if before is None or len(span) > 2 or not (before.is_title and before.pos_ == "PROPN"
                                               and not before.ent_type_):
        return span
    if before.text in first_names() or before.text in FIRST_NAMES or (
            start >= 2 and (member_title(doc[start - 2])
                            or doc[start - 2].text.rstrip(".") in HONORIFIC_WORDS)):
        return doc[start - 1:span.end]
    return span


def _president_named(span: Span) -> bool:
    """A name right after a bare "President" that is a head of state's (`_head_of_state`)."""
    return span.start > 0 and _head_of_state_after(span.doc[span.start - 1])


def _head_of_state_after(title: Token) -> bool:
    """'President Obama', 'President George W. Bush': "President", then a name whose surname
    the lexicon's `heads_of_state` lists."""
    doc, k = title.doc, title.i + 1
    while k < len(doc) and doc[k].is_title:
        k += 1
    return title.lower_ == "president" and k > title.i + 1 and doc[k - 1].text in _HEADS_BY_SURNAME


def _titled_names(doc: Doc, persons: list[Span]) -> list[Span]:
    """Names the model missed: 'Mr Cable', 'Dr Fox', 'Theresa May' (read as a month)."""
    taken = {i for p in persons for i in range(p.start, p.end)}
    surnames = {p[-1].text for p in persons if len(p) > 1}
    found: list[Span] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text in PEERAGE_RANKS and nxt.lower_ == "of" and tok.i + 2 < len(doc) \
                and doc[tok.i + 2].is_title and not taken & {tok.i, tok.i + 2}:
            found.append(doc[tok.i:tok.i + 3])  # "the Earl of Rosebery", "the Duke of Sussex"
            taken.update(range(tok.i, tok.i + 3))
            continue
        if tok.i in taken or nxt.i in taken or not nxt.is_title or nxt.ent_type_ in (
                "PARTY", "OFFICE", "INSTITUTION", "CONSTITUENCY") or (
                nxt.ent_type_ == "GPE" and nxt.text not in surnames):
            continue  # (but "Mr Hockney", a place to the model, after "Damian Hockney")
        if tok.text.rstrip(".") in HONORIFIC_WORDS:
            end = nxt.i + 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
                    and not nxt.whitespace_ and doc[end + 1].is_title:
                end += 2  # "Mr Kilroy-Silk": one surname
            elif end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and (
                    not doc[end].ent_type_ or doc[end].ent_iob_ == "I"
                    and doc[end].ent_type_ in MISTAKEN_NAME_TYPES):
                end += 1  # (a surname inside the title the model took for "a work of art")
            found.append(doc[tok.i:end])
            taken.update(range(tok.i, end))
        elif (nxt.ent_type_ == "DATE" or nxt.pos_ == "AUX") and nxt.text in (
                "May", "June", "April") and (
                tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_
                and tok.lower_ not in CALENDAR_WORDS
                and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].like_num)):
            found.append(doc[tok.i:nxt.i + 1])
            taken.update((tok.i, nxt.i))
    return found


def _untagged_names(doc: Doc, persons: list[Span]) -> list[Span]:
    """'Amber Rudd was appointed': two or three capitalised proper nouns the model left
    untagged, as the subject or object of a verb, or sharing a surname with a named person."""
    taken = {i for p in persons for i in range(p.start, p.end)}
    surnames = {p[-1].text for p in persons}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 3 and doc[j].pos_ == "PROPN" and doc[j].is_title \
                and doc[j].ent_type_ in MISTAKEN_NAME_TYPES and j not in taken \
                and doc[j].lower_.rstrip(".") not in HONORIFIC:
            j += 1
        seat_context = i >= 2 and doc[i - 1].lower_ in ("for", "of") \
            and doc[i - 2].lower_ in SEAT_HOLDER
        if j - i >= 2 and not seat_context:
            head = doc[j - 1]
            subject = head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ == "VERB"
            titled = head.dep_ == "appos" and (head.head.lower_ in TITLE_NOUNS
                                               or head.head.ent_type_ == "OFFICE")
            titled = titled or (j + 1 < len(doc) and doc[j].text == ","
                                and doc[j + 1].lower_ == "who")  # "Dominic Grieve, who ..."
            if any(doc[k].ent_type_ for k in range(i, j)):  # tagged as something else: only
                subject = subject and head.head.lemma_ in (  # where only a person can be
                    PERSON_VERBS if head.dep_ != "dobj" else PATIENT_VERBS)
            if subject or titled or head.text in surnames:
                found.append(_after_role(doc[i:j]))
        i = max(j, i + 1)
    return found


def _stored_surnames(doc: Doc, persons: list[Span], known: KnownPeople,
                     published: date | None) -> list[Span]:
    """A capitalised word that is the surname of exactly one stored person ('Starmer said'),
    or, used as a name, of the one known holder of its time ('Sunak said')."""
    taken = {i for p in persons for i in range(p.start, p.end)}
    return [doc[t.i:t.i + 1] for t in doc if t.i not in taken and t.is_title and not t.ent_type_
            and t.pos_ == "PROPN" and not _in_a_date(t) and (
                known.surname(t.text) and _used_as_a_name(t) or (
                    t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "conj", "appos")
                    and holder_by_surname(t.text, published)))]


def _used_as_a_name(tok: Token) -> bool:
    """'Starmer said'; not 'the Law Lords' nor 'the King's Speech' (a word of another name, or
    a title with an article), whoever another article named Law or King."""
    return tok.dep_ != "compound" and not any(c.dep_ == "det" for c in tok.children)


def _with_epithet(tok: Token) -> bool:
    """'the one-nation Tugendhat', 'the embattled Voe': an article, a word of description,
    then the surname (of a person the article names in full)."""
    return tok.dep_ != "compound" and any(c.dep_ == "det" for c in tok.children) and any(
        c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") for c in tok.children)


def _in_a_date(tok: Token) -> bool:
    """'on 5 May', 'May 2005': a month's name beside a number is a date, whatever the model
    tagged it, not the surname of a person another article named (Christine May)."""
    return tok.lower_ in CALENDAR_WORDS and any(
        0 <= tok.i + d < len(tok.doc) and tok.doc[tok.i + d].like_num for d in (-1, 1))


def _where_sits(group: Token) -> int:
    """The end of a group's place: 'the Labour group on Newham Council', 'the Plaid Cymru
    group in the assembly' (the group's own end where it names none)."""
    after = group.doc[group.i + 1] if group.i + 1 < len(group.doc) else None
    prep = after if after is not None and after.lower_ in ("on", "in", "at") else None
    # (whether the parser hangs the place from the group or from the leader)
    place = next((g for g in getattr(prep, "children", ()) if g.dep_ == "pobj"), None)
    if place is None or not (place.is_title or place.lower_ in GROUP_LEADER_WORDS):
        return group.i + 1
    return place.i + 1


#: Words that make a stance of the word after their hyphen: "pro-Remain", "anti-EU".
_STANCES = frozenset({"pro", "anti"})


def office_span(head: Token) -> Span | None:
    """The words of a post around its title noun: 'Shadow Secretary of State for the Family'."""
    doc = head.doc
    start = head.i
    while start > 0:
        prev = doc[start - 1]
        mislabelled = prev.ent_type_ == "PERSON" and prev.dep_ == "compound" and (
            start - 2 < 0 or doc[start - 2].ent_type_ != "PERSON") and prev.head.i >= start
        if prev.lower_ in _NOT_OFFICE_WORDS | _DONE_TO_WORDS or prev.is_space or (
                prev.ent_type_ in ("PERSON", "DATE", "CARDINAL") and not mislabelled):
            break  # (a line break ends a headline: the post begins below it; "Sacked
            # minister X" opening a sentence was sacked from the post, not "Sacked minister")
        if start >= 2 and doc[start - 2].lower_.rstrip(".") in HONORIFIC and prev.pos_ == "PROPN":
            break  # "Minister Lord Falconer and Downing Street adviser": a name ends the post
        if prev.text == "-" and start >= 2 and not doc[start - 2].is_space \
                and not prev.whitespace_ and not doc[start - 2].whitespace_:  # not "him - PM"
            if doc[start - 2].lower_ in _STANCES:  # "pro-Out minister": a stance,
                start += 1  # not part of the title
                break
            if doc[start - 2].lower_ in _NOT_OFFICE_WORDS:  # "ex-chief whip": a past post
                break
            start -= 2
            continue
        if prev.lower_ in ("of", "for") and start >= 2 and doc[start - 2].is_title \
                and doc[start].is_title and doc[start - 2].ent_type_ != "PERSON":
            start -= 1  # "Commission for Racial Equality chief": the body's name runs on
            continue
        if prev.lower_ == "shadow" or prev.lower_ in _TITLE_MODIFIERS and prev.pos_ == "VERB":
            start -= 1  # part of the post, though the tagger may call it a verb ("Shadow
            continue  # policing minister Jack Dromey said", "then deputy Tory chairman X")
        if prev.pos_ in _FUNCTION_POS and prev.lower_ != "and":  # "But Tory co-chairman"
            break
        # ("work and pensions minister": the parser may make either noun of a portfolio of
        # two the other's modifier or conjunct, not the post's compound)
        coordinated = prev.dep_ == "nmod" and doc[prev.i + 1].lower_ in ("and", ",") \
            and start <= prev.head.i <= head.i or prev.dep_ == "conj" and prev.head.i < prev.i \
            and prev.head.dep_ in ("nmod", "compound") and start <= prev.head.head.i <= head.i
        portfolio = (prev.pos_ == "NOUN" or prev.pos_ == "ADJ" and prev.is_lower) \
            and (prev.dep_ == "compound" and prev.head.i >= start or coordinated) and (
                prev.lower_ not in GENERIC_MODIFIERS  # ("local government minister": a
                or start >= 2 and doc[start - 2].lower_ in _TITLE_MODIFIERS  # portfolio, where
                and doc[start - 2].pos_ == "ADJ")  # "government minister" names none)
        # ("universities minister", "housing ...", "e-commerce minister": a noun the tagger may
        # call an adjective, still a compound)
        # "domestic violence minister": an adjective of the portfolio, not of the post
        portfolio = portfolio or prev.pos_ == "ADJ" and prev.dep_ == "amod" \
            and start <= prev.head.i < head.i and doc[prev.head.i].pos_ == "NOUN" \
            and prev.lower_ not in GENERIC_MODIFIERS
        if prev.lower_ in ("being", "becoming"):  # "fun being chair of the party"
            break
        if prev.pos_ == "ADJ" and prev.lower_ not in GENERIC_MODIFIERS:
            # "BBC chief political correspondent": adjectives of the post, where a body's
            # name before them owns it (not "the angry minister")
            body = start - 1
            while body > 0 and doc[body - 1].pos_ == "ADJ" and doc[body - 1].text != "-":
                body -= 1  # (a hyphen is the next step's: "Ex-Downing Street media chief")
            if body > 0 and _body_word(doc[body - 1]):
                start = body
                continue
        if prev.is_title or prev.is_upper or prev.lower_ in TITLE_NOUNS or portfolio or \
                prev.lower_ in _TITLE_MODIFIERS or prev.lower_ == "and" or _body_word(prev):
            # ("the ComRes chairman", not "a cabinet minister")
            before = doc[start - 2] if start >= 2 else None
            if prev.lower_ == "and" and not (  # "work and pensions minister": one portfolio
                    before is not None and before.is_lower and before.pos_ == "NOUN"
                    and before.dep_ in ("nmod", "compound") and start < head.i
                    and start <= before.head.i <= head.i) and (
                        not (before is not None and before.is_title)
                        or start == head.i or start >= 3 and before.ent_type_ in ("GPE", "LOC")
                        and doc[start - 3].pos_ == "ADP"):
                break  # (not "met X in Cardiff and Northern Ireland Minister Y in Belfast";
                # "the Cardinal and Archbishop of Canterbury" are two, where "Trade and
                # Industry Secretary" is one post)
            start -= 1
            continue
        break
    while 0 < start < head.i and doc[start].ent_iob_ == "I" and doc[start].ent_type_ not in (
            "PERSON", "DATE") and doc[start - 1].ent_type_ == doc[start].ent_type_ and not (
            doc[start - 1].text == "-" and start >= 2
            and doc[start - 2].lower_ in _NOT_OFFICE_WORDS) and not (
            start >= 3 and doc[start - 2].text == "-" and doc[start - 3].lower_ in _STANCES):
        start -= 1  # "the New York governor": not half a place's name (but "Ex-" is no name's,
        # nor the "Remain" of "pro-Remain", however the model labels it)
    end = head.i + 1
    if end < len(doc) and doc[end].lower_ == "general":  # "director general"
        end += 1
    while end < len(doc) - 1 and doc[end].lower_ in ("of", "for", "to"):
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        named = _described_body(doc, j)
        if named is not None:
            end = named.end  # "director of the housing charity Shelter"
            break
        k = j
        while k < len(doc) and doc[k].ent_type_ != "PERSON" and \
                doc[k].lower_.rstrip(".") not in HONORIFIC and not _head_of_state_after(
                    doc[k]) and not _title_of_name(doc, k) and (
                # "aide to Mr Johnson", "adviser to President Carter", "adviser to Chancellor
                # Gordon Brown" (the name's own title)
                doc[k].is_title or doc[k].is_upper and doc[k].is_alpha and len(doc[k]) > 1
                # ("of the CBI"; "of EasyJet", a name the model knows)
                or doc[k].ent_type_ in ("ORG", "INSTITUTION") and doc[k].ent_iob_ == "B"
                or (doc[k].lower_ in ("and", "of") or doc[k].like_num)
                and k + 1 < len(doc) and doc[k + 1].is_title  # "of the 1922 Committee"
                or (k > j and doc[k].lower_ == "party")  # "chair of the Conservative party"
                or (k > j and doc[k].ent_iob_ == "I" and doc[k].ent_type_ != "PERSON"
                    and doc[k].lower_ != "at")  # (not "... Centre at Strathclyde University")
                # "chairman of Britain Stronger in Europe": a name's own small words
                or (k > j and doc[k].lower_ in ("'s", "’s") and k + 1 < len(doc)
                    and doc[k + 1].is_title and doc[k - 1].is_title)  # "Labour Women's Network"
                or k > j and doc[k].text == "," and _listed_to_and(doc, k)):
            k += 1  # ("Minister for Children, Young People and Families")
        if k == j and k < len(doc) and doc[k].lower_ in _GENERIC_BODIES:
            return None  # "chairman of the organisation": of which, the words do not say
        if k == j and k < len(doc) and (doc[k].pos_ == "NOUN" or doc[k].lower_ == "state" or (
                doc[k].pos_ == "ADJ" and doc[end].lower_ != "to")) and doc[k].ent_type_ not in (
                "PERSON", "DATE"):  # (not "the youngest premier of the century": a time; not
            # "secretary to the prime minister": a post beside another's, read no further)
            noun = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
            # "spokeswoman for women", "chair of the privileges committee", "chair of the
            # foreign affairs committee"
            closed = noun is not None and j < noun.i < j + 3 and all(
                t.pos_ in ("NOUN", "ADJ") for t in doc[j:noun.i])
            if not closed and doc[k].pos_ == "ADJ":
                break  # "director of civil liberties group X": a phrase its noun does not end
            end = noun.i + 1 if closed else k + 1
            if doc[end - 1].lower_ in _GENERIC_BODIES:
                return None  # "head of the games industry body": of which, its name says
            if doc[end - 1].lower_ != "state":  # "minister of state for energy" runs on
                break
            continue
        if k == j:
            break
        inner = [i for i in range(j + 1, k - 1) if doc[i].lower_ == "of"]
        if inner and k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and not doc[k].is_title \
                and (doc[k - 1].lower_ in party_adjectives() or doc[k - 1].ent_type_ == "NORP"):
            end = inner[-1]  # "of the 1922 Committee of Conservative MPs": who sit on it
            break
        noun = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if noun is not None and k <= noun.i < k + 3 and noun.pos_ == "NOUN" and all(
                t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[k:noun.i + 1]):
            k = noun.i + 1  # "of the Vote Leave campaign": the phrase ends at its noun
        end = k
    while start < head.i and (doc[start].lower_ == "and" or doc[start].lower_ in _NOT_OFFICE_WORDS
                              and doc[start].ent_type_ not in ("GPE", "LOC")):
        start += 1  # (an entity's words may have carried it over "New": "New European
        # commission president", not "New York governor")
    if end > head.i + 1 and (doc[end - 1].lower_ in ("'s", "’s") or end + 1 < len(doc)
                             and doc[end].lower_ in ("'s", "’s") and doc[end + 1].is_lower):
        return None  # "head of the Cricket Council's anti-corruption unit": a post of a part
        # of the body, which the title's words do not reach
    span = doc[start:end]
    if head.lower_ in ("director", "president", "governor", "commissioner") and end <= head.i + 2 \
            and start == head.i and _possessive_before(span) is None \
            and not _head_of_state_after(head):
        return None  # "the president": of what, the words do not say ("Labour's president" do;
        # "President Obama" does, by the lexicon's heads of state)
    return span


def _chief_title(tok: Token) -> bool:
    """The noun of a "chief" post: "chief executive", "chief whip"."""
    return tok.lower_ in _CHIEF_TITLES and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "chief"


def _title_of_name(doc: Doc, k: int) -> bool:
    """A title noun right before a person's name: "Chancellor Gordon Brown"."""
    return doc[k].lower_ in TITLE_NOUNS and k + 1 < len(doc) \
        and doc[k + 1].ent_type_ == "PERSON"


def _nation(span: Span) -> str | None:
    """The other country (or place) that owns a post: "Australia's prime minister", "the
    United States' president" (not "Britain's")."""
    mark = _possessive_before(span)
    if mark is None or not _foreign(span.doc[mark - 1], "GPE"):
        return None
    place = _named_with(span.doc[mark - 1])
    the = place.start > 0 and span.doc[place.start - 1].lower_ == "the" \
        and span.doc[place.start - 1].ent_iob_ != "O"
    return f"the {place.text}" if the else place.text  # "President of the United States"


def _foreign(tok: Token, label: str) -> bool:
    """A word of a country or nationality (the model's `label`) other than the United
    Kingdom's."""
    return tok.ent_type_ == label and _named_with(tok).text not in _HOME_NATIONS \
        and tok.lower_ not in _NOT_OFFICE_WORDS  # ("New European": the model's, not a nation)


def _named_with(tok: Token) -> Span:
    """The words of the model's name that ends at `tok`, without a leading "the"."""
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    if tok.doc[start].lower_ == "the" and start < tok.i:
        start += 1
    return tok.doc[start:tok.i + 1]


def _across_comma(span: Span) -> bool:
    """A name the model ran over a comma that no list inside a name explains ("Akshata Murty,
    Sunak's wife", "Selby, Darlington"), where "Department for Environment, Food and Rural
    Affairs" lists its words up to an "and"."""
    comma = next((t.i for t in span if t.text == ","), None)
    return comma is not None and not any(t.lower_ in ("and", "&") for t in span if t.i > comma)


def _body_word(tok: Token) -> bool:
    """A word of an organisation's name: "BBC", "Fostering Network"."""
    return tok.lower_ not in GENERIC_MODIFIERS and (
        tok.ent_type_ in ("ORG", "INSTITUTION") or tok.is_upper and tok.is_alpha and len(tok) > 1)


#: Labels the model gives a body's name (or mistakes it for): "Shelter", "Aslef",
#: "Make UK".
_BODY_NAME_LABELS = frozenset({"ORG", "INSTITUTION", "GPE", "LOC", "FAC", "PRODUCT",
                               "WORK_OF_ART"})


def _without_description(span: Span) -> str:
    """A post's words without the description of its body: "director of the housing charity
    Shelter" is the director of Shelter."""
    of = next((t.i for t in span if t.lower_ in ("of", "for") and t.i > span.root.i), None)
    if of is None:
        return span.text
    j = of + 2 if of + 1 < span.end and span.doc[of + 1].lower_ == "the" else of + 1
    named = _described_body(span.doc, j)
    if named is None or named.end != span.end:
        return span.text
    return f"{span.doc[span.start:of + 1].text} {named.text}"


def _described_body(doc: Doc, j: int) -> Span | None:
    """The name of a body the words from j describe first: "the manufacturers' group Make
    UK", "the rail union Aslef" (lower-case words ending in a generic body noun, or where it
    is based, then the name the model found)."""
    if j + 3 < len(doc) and doc[j].is_title and doc[j + 1].text == "-" \
            and doc[j + 2].lower_ == "based" and doc[j + 3].is_title:
        n = j + 3  # "Leeds-based Acme Print": where it is, then its name
    else:
        n = j
        while n < len(doc) and n - j < 5 and doc[n].is_lower and doc[n].pos_ in ("NOUN", "ADJ"):
            n += 1
        if n == j or n >= len(doc) or doc[n - 1].lower_ not in _GENERIC_BODIES:
            return None
    if n >= len(doc) or doc[n].ent_iob_ != "B" or not doc[n].is_title:
        return None
    end = n + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # (one word the model took for a person's name: "the housing charity Shelter")
    if doc[n].ent_type_ in _BODY_NAME_LABELS or doc[n].ent_type_ == "PERSON" and end == n + 1:
        return doc[n:end]
    return None


def about_members(sent: Span) -> bool:
    """The sentence names seat holders by their title, as written: "MP", "MPs", "MSPs"."""
    return any(t.text.rstrip("s").isupper() and t.text.rstrip("s").lower() in SEAT_HOLDER
               for t in sent)


def member_title(tok: Token) -> bool:
    """A member title as written after a seat's name: "Halifax MP" (not "Ms")."""
    return tok.lower_ in MEMBER_TITLES and tok.text.isupper()


def party_post(title: str, party: str) -> str:
    """A named party's post, one post like those of the offices table: "the Tory party
    chairman" is the Chair of the Conservative Party, "Plaid's leader" the Leader of Plaid
    Cymru."""
    return f"{title} of {'the ' if party.split()[-1] in ('Party', 'Democrats') else ''}{party}"


PARTY_CHAIRS = frozenset(party_post("Chair", name) for name in PARTIES)


def _possessive_before(span: Span) -> int | None:
    """Where the "'s" of an owner named before a post is: "Labour's former chairman",
    "Labour's new general secretary"."""
    doc = span.doc
    mark = span.start - 1
    while mark > 0 and doc[mark].lower_ in FORMER | {"new"}:
        mark -= 1
    return mark if mark >= 1 and possessive_mark(doc[mark]) else None


def possessive_mark(tok: Token) -> bool:
    """The "'s" of an owner, or the apostrophe after a plural one ("the Conservatives'")."""
    return tok.lower_ in ("'s", "’s") or tok.text in ("'", "’") and tok.dep_ == "case"


def _listed_to_and(doc: Doc, comma: int) -> bool:
    """The comma parts capitalised words that run on to "and" and a last one: a list of
    portfolios, not a name or a clause after the post."""
    k = comma + 1
    while k < len(doc) and doc[k].is_title and doc[k].ent_type_ != "PERSON":
        k += 1
    return k > comma + 1 and k + 1 < len(doc) and doc[k].lower_ == "and" \
        and doc[k + 1].is_title and doc[k + 1].ent_type_ != "PERSON"


def _title_case(text: str) -> str:
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def _strip(span: Span) -> Span | None:
    """The name in a tagged span: without articles and trailing function words; None for
    words that name nothing ("the Budget", "pro-Brexit")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an", "ex") or doc[start].is_punct
                           or doc[start].is_space):
        start += 1  # ("Ex-Downing Street media chief": a past post of the body Downing Street)
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "of", "for", "and", "as")
                           or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # (a headline's line break may end a name: "changed since Brexit")
    bracket = next((t.i for t in doc[start:end] if t.text == "("), None)
    if bracket is not None and bracket > start:  # "the Scientific Advisory Group (Sage"
        end = bracket
    titled = next((t.i for t in doc[start + 1:end - 1] if t.text.rstrip(".") in HONORIFIC_WORDS
                   and doc[t.i + 1].is_title), None)
    if titled is not None:  # "the deal with Tanzania Mr Brown said": the name starts at "Mr"
        start = titled
    if end <= start:
        return None
    text = doc[start:end].text
    if text in NOT_NAMES or text.lower() == "pro" or text.lower().startswith(ADJECTIVE_PREFIXES) \
            or any(t.like_num for t in doc[start:end]):  # "Leave 51.9"
        return None
    if doc[end - 1].text in NOT_NAMES and doc[end - 1].text.endswith("s"):
        return None  # "Soft Brexiteers", "Tory Remainers": a camp, not a person
    return doc[start:end]


def _common_word(span: Span) -> bool:
    """One word the model called an organisation that the article also writes in lower case
    ("Party", "Anger" opening a headline), or that is not capitalised at all."""
    if len(span) != 1 or span.text.isupper():
        return False
    word = span.text
    return not word[:1].isupper() or any(t.text == word.lower() for t in span.doc)


#: Words of a treaty's or a policy's name: no organisation.
INSTRUMENT_NOUNS = words("instrument_nouns", "names")
#: Words for what a person is or does, written before a name: not part of it.
ROLE_NOUNS = words("role_nouns", "names")
#: Plural nouns for a party's people: "Tory MPs including A and B", "Labour MPs A and B".
GROUP_NOUNS = words("group_nouns")
#: Nouns a party name before makes its member: "the Conservative peer X".
PARTY_MEMBER_NOUNS = words("party_member_nouns")
#: What follows a party's name that is also a common word where it names the party:
#: "Reform's", "Reform party", "Green MP", "Green councillor".
_PARTY_WORDS_AFTER = words("possessive_only_before", "parties") | PARTY_MEMBER_NOUNS
_BEFORE_NAMES = ROLE_NOUNS | GROUP_NOUNS
#: Titles of peers, whose names may end in a place: "Lord Cameron of Chipping Norton".
PEER_TITLES = frozenset({"Lord", "Baron", "Baroness", "Lady"})
#: Ranks of the peerage named with their title's place: "the Earl of Rosebery".
PEERAGE_RANKS = words("peerage_ranks", "names")


def _peer_of_place(span: Span) -> str | None:
    """'Lord Campbell of Alloway': a peer's title, then "of" and the title's place, as
    written (None for any other name)."""
    doc = span.doc
    start = span.start if span[0].text in PEER_TITLES else span.start - 1
    if start < 0 or doc[start].text not in PEER_TITLES or span.end + 1 >= len(doc) \
            or doc[span.end].lower_ != "of" or not doc[span.end + 1].is_title:
        return None
    end = span.end + 1
    while end < len(doc) and doc[end].is_title and end - span.end < 4:
        end += 1
    return doc[start:end].text


def _peerage_place(span: Span) -> bool:
    """'Baroness Thatcher of Kesteven': the place after a peer's name is part of the title,
    neither a person nor an organisation."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of" or not doc[span.start - 2].is_title:
        return False
    return any(doc[k].text in PEER_TITLES for k in range(max(0, span.start - 5), span.start - 2))


def _after_role(span: Span) -> Span:
    """'Lawyer Louise Christian', 'Dad Gordon', 'Controversial Livingstone', '(Labour) MPs
    Jane Hale [and ...]': a role, an epithet or a group, then the name."""
    if len(span) >= 2 and span[0].lower_ in _BEFORE_NAMES and span[1].is_title:
        return span[1:]
    return span


def _clean_person(span: Span) -> Span | None:
    span = _strip(span)
    cut = next((t.i for t in span if t.text == "-" and t.i + 1 < span.end
                and span.doc[t.i + 1].is_lower), None) if span is not None else None
    if cut is not None and cut > span.start:
        span = span.doc[span.start:cut]  # "a George Bush-style tax cut": George Bush
    while span is not None and len(span) > 2 and span[0].text in _DEMONYMS:
        span = span[1:]  # "the fellow Scots Ruth Davidson": a nationality, not a first name
    while span is not None and len(span) > 2 and span[-1].text in _DEMONYMS:
        span = span[:-1]  # "Jane Roe German Chancellor", a caption: the post's nationality
    if span is not None and len(span) > 2 and span[-1].is_title \
            and span[-1].lower_ in ROLE_NOUNS:
        span = span[:-1]  # "Jane Roe Actor", a list's line: what she is, not her name
    if span is not None:
        span = _after_role(span)
    if span is not None and span[-1].lower_ in TITLE_NOUNS:
        return None  # "High Commissioner": a post the model took for a name
    if span is None or any(t.like_num for t in span) or not any(t.is_title for t in span) and \
            span.text not in in_capitals():
        return None
    if len(span) > 4 or any(t.lower_ in ELECTION_WORDS for t in span):
        return None
    return span


#: Lower-case words inside a surname ("van de Voorde", "de Gaulle", "von der Leyen").
NAME_PARTICLES = frozenset(words("name_particles", "names"))


def _name_words(span: Span) -> list[str]:
    """The words of a name without honorifics or post-nominals; 'Long-Bailey' stays one word."""
    kept = [t for t in span if t.lower_.rstrip(".") not in HONORIFIC
            and not (t.i == span.end - 1 and t.lower_ in SUFFIXES and t.is_upper)
            and not (t.is_punct and t.text not in "-'’")]
    words = "".join(t.text_with_ws for t in kept).strip().split()
    # "Willem van de Voorde": a particle between a first name and a surname is part of it
    return [w for n, w in enumerate(words) if w[:1].isupper() or (
        w in NAME_PARTICLES and 0 < n < len(words) - 1 and words[0][:1].isupper()
        and words[-1][:1].isupper())]


def _honorific_before(span: Span) -> str | None:
    if span.start == 0:
        return None
    prev = span.doc[span.start - 1].lower_.rstrip(".")
    return prev if prev in HONORIFIC else None


def _titled_gender(span: Span) -> str | None:
    """The gender a title in or just before the name gives ('Lord', 'Baroness', 'Mrs')."""
    title = span[0].lower_.rstrip(".") if span[0].lower_.rstrip(".") in HONORIFIC \
        else _honorific_before(span)
    return "m" if title in MALE else "f" if title in FEMALE else None


def _full_name(span: Span) -> str:
    """The name a span of two or more name words gives: 'DOMINIC RAAB' as the name it is,
    'David William Donald Cameron' as the public figure known without his middle names."""
    words = _name_words(span)
    if any(w.isupper() and len(w) > 1 for w in words) and not all(w.isupper() for w in words):
        # "DAVID Cameron has resigned": a tabloid's opening words in capitals
        words = [w.title() if w.isupper() and len(w) > 1 else w for w in words]
    name = in_capitals().get(" ".join(words), " ".join(words))
    if len(words) >= 3 and f"{words[0]} {words[-1]}" in public_figures():
        name = f"{words[0]} {words[-1]}"
    return name


def _expand(word: str, span: Span, full: list[Span], known: KnownPeople,
            published: date | None) -> str:
    """A lone name ('Corbyn', 'Sir Keir') to the full name the article, the store or the table
    of known holders gives; 'Lord Kinnock' not to the Glenys Kinnock named beside him (titles
    and first names tell a gender where they can)."""
    def words(s: Span) -> list[str]:
        return _full_name(s).split()

    gender = _titled_gender(span)

    def matches(names: list[str], s: Span) -> bool:
        return (names[-1] == word or names[0] == word) and _may_be(
            gender, _titled_gender(s) or _known_gender(" ".join(names)), unknown=True)

    before = [s for s in full if s.start < span.start and matches(words(s), s)]
    after = [s for s in full if s.start > span.start and matches(words(s), s)]
    pick = (before[-1:] or after[:1])
    if pick:
        return " ".join(words(pick[0]))
    if (title := _peer_of_place(span)) is not None:
        return title  # "Lord Campbell of Alloway": a peer the title's place names, not the
        # table's Campbell (the article names him in full if it means him)
    # the table's holder only for a word used as a name: not "Foster carers", "the Price"
    named = span.root.dep_ != "compound" and (
        span.start == 0 or span.doc[span.start - 1].lower_ not in ("the", "a", "an"))
    holder = named and holder_by_surname(word, published)
    stored = known.surname(word)
    # "Baroness Kinnock" is not the Neil Kinnock of the table, nor "Baroness Morgan" a
    # Morgan of the store whose gender nothing tells
    return next((n for n in (stored, holder)
                 if n and _may_be(gender, _known_gender(n), unknown=False)), word)


def _as_modifier(written: str) -> str:
    """A party's name as written, as it stands before a post: "Tory" for "the Tories",
    "Liberal Democrat" for "the Liberal Democrats" (where the singular is written for the same
    party too)."""
    parties = party_adjectives()
    singular = next((s for s in (written[:-3] + "y", written[:-1]) if written.endswith("s")
                     and s.lower() in parties), None)
    return singular if singular and parties[singular.lower()] == parties.get(
        written.lower()) else written


def _known_gender(name: str) -> str | None:
    """The gender the list of public figures or the first name gives a full name."""
    return public_figures().get(name) or FIRST_NAMES.get(name.split()[0]) or None


def _may_be(title_gender: str | None, known: str | None, unknown: bool) -> bool:
    """A name may be the one a title names when their genders agree, or when nothing tells
    the name's and `unknown` allows it: a name of the same article may be ('Sayeeda Warsi'
    then 'Baroness Warsi'); a woman's title names a stored or listed name only if known to be
    a woman's (peers and wives share surnames with men named elsewhere)."""
    if title_gender is None or known == title_gender:
        return True
    return known is None and (unknown or title_gender != "f")


def _inside_quote(span: Span) -> bool:
    """The last quotation mark before the span opens a quotation (the marks found once per
    article). A straight mark opens where a space or the text's start is before it: a
    quotation running on into a new paragraph opens again without closing ("... a candidate.
    "By all accounts ..."), so counting marks would turn it inside out."""
    marks = span.doc.user_data.get("polkg_quote_marks")
    if marks is None:
        text = span.doc.text
        found = [(i, c == "“" or c == '"' and (i == 0 or text[i - 1].isspace()
                                                or text[i - 1] in "([:—–-"))
                 for i, c in enumerate(text) if c in '“”"']
        marks = ([i for i, _ in found], [opens for _, opens in found])
        span.doc.user_data["polkg_quote_marks"] = marks
    at = bisect_left(marks[0], span.start_char)
    return at > 0 and marks[1][at - 1]


def _shared_surnames(doc: Doc, full: list[Span]) -> dict[tuple[int, int], tuple[Span, str]]:
    """'Boris and Carrie Johnson', 'Ed and Justine Miliband': a lone word before 'and' and a
    full name share the full name's surname when the word is a known first name or the name
    they make a known public figure ('Cameron and Nick Clegg' stay two people)."""
    shared = {}
    for span in full:
        at = span.start - 2
        if at < 0 or doc[at + 1].lower_ not in ("and", "&") or not doc[at].is_title \
                or at > doc[at].sent.start and doc[at - 1].is_title:
            continue
        name = f"{doc[at].text} {_name_words(span)[-1]}"
        if doc[at].text in FIRST_NAMES or name in public_figures():
            shared[at, at + 1] = (doc[at:at + 1], name)
    return shared
