"""Facts from the dependency parse: event verbs with their arguments, and titles beside names.

Each event rule is a verb (or noun) lemma plus the argument it needs, read from
the parse: the subject (or passive subject) is the agent, the object comes
from the direct object or a prepositional phrase. A trigger under a negation,
a modal of possibility ("may resign") or a verb of speculation or denial
("denied he would stand") states nothing and gives no event.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from polkg.loaders.lexicon import table, words

from .facts import Entity, Event, Evidence, Relation
from .gazetteer import OFFICES, TITLE_NOUNS
from .mentions import (
    BY_ELECTION,
    CONTESTS,
    GROUP_LEADER_WORDS,
    GROUP_NOUNS,
    HONORIFIC,
    PARTY_BOSS_NOUNS,
    PARTY_CHAIRS,
    PARTY_MEMBER_NOUNS,
    PRONOUNS,
    PROSPECTIVE,
    PROSPECTIVE_TITLES,
    SEAT_HOLDER,
    SPEECH_VERBS,
    SUFFIXES,
    Mentions,
    about_members,
    headline,
    lead,
    leadership_sought,
    member_title,
    possessive_mark,
    stories,
)
from .tenures import FORMER, covered

#: Marks of a clause whose time is still to come: "before he steps down", "until she goes".
STILL_TO_COME = frozenset({"before", "once", "till", "until"})
#: Hedges, plans, denials and conditions; nouns of demands and hopes ("calls to quit").
SPECULATIVE = words("speculative")
REQUESTING = words("requesting")
DEMAND_NOUNS = words("demand_nouns")
WON_ON_THE_WAY = words("won_on_the_way")
POLLS_ABROAD = words("polls_abroad", "elections")
HOUSES = words("houses")
TIME_NOUNS = words("time_nouns")
FACTUAL_MARKS = words("factual_marks")
CONDITIONS = words("conditions")
PREDICTED = words("predicted_events")
#: Nouns of a post that another post completes: "secretary to the prime minister".
POST_NOUNS = words("title_nouns", "names") | words("post_complement_nouns")
SEAT_WORDS = words("seat_words")
LEADER_WORDS = words("leader_words")
MEMBER_WORDS = SEAT_HOLDER | {"candidate", "councillor"}
#: Who stands in a contest: "the Labour leadership contender X".
CONTENDER_WORDS = words("contender_words")
CONTENDER_AS_VERBS = words("contender_as_verbs")
CONTEST_ADJECTIVES = words("contest_adjectives")
LOSING_WORDS = words("losing_words")
#: What a party's name before makes a person its member: a seat's title, a candidate or
#: contender, or one of its people ("the Labour MP", "the Tory hopeful", "a Tory activist").
_MEMBER_NOUNS = MEMBER_WORDS | PARTY_MEMBER_NOUNS | CONTENDER_WORDS
SEEKING_VERBS = words("seeking_verbs")
BID_NOUNS = words("bid_nouns")
BID_STARTS = words("bid_starts")


@dataclass(frozen=True)
class Rule:
    name: str
    event: str
    lemmas: frozenset[str]
    #: "subject" (active subject is the agent), "patient" (passive subject / direct object)
    #: or "recipient" (passive subject / indirect object: "gave Ann Roe a job")
    agent: str
    #: what the object is: a kind of entity found in the trigger's arguments
    object_kind: str | None
    #: the verb must have one of these words among its arguments (seat, election, ...)
    needs: frozenset[str] = frozenset()
    confidence: float = 0.8
    #: the object must sit under one of these prepositions ("" for a direct object)
    object_preps: frozenset[str] | None = None
    #: a verb particle the trigger must have ("took over as leader")
    particle: str | None = None
    #: verbs the trigger must be the complement of ("agreed to hold a referendum")
    under: frozenset[str] = frozenset()
    #: a noun that tells an event only with its owner, and not as a modifier ("her election
    #: in 2019"; not "the election", "his election campaign")
    owned: bool = False
    #: words among the arguments that make the verb an idiom, no event ("lost it", "beaten
    #: to death")
    not_with: frozenset[str] = frozenset()
    #: a word of `needs` counts only as the verb's own direct object ("quit government"; not
    #: "left a meeting with the government")
    needs_object: bool = False


TRIGGER_KEYS = frozenset({"name", "event", "lemmas", "nouns", "agent", "object", "needs",
                          "object_preps", "particle", "confidence", "under", "owned",
                          "not_with", "needs_object"})


def _rule(entry: dict) -> Rule:
    """One [[trigger]] of the lexicon; a key the rules do not read is a mistake, not a note."""
    unknown = set(entry) - TRIGGER_KEYS
    if unknown or entry.get("agent") not in ("subject", "patient", "recipient"):
        raise ValueError(f"lexicon.toml: trigger {entry.get('name')!r}: unknown keys "
                         f"{sorted(unknown)} or agent {entry.get('agent')!r}")
    preps = entry.get("object_preps")
    return Rule(entry["name"], entry["event"],
                frozenset(entry.get("lemmas", ())) | frozenset(entry.get("nouns", ())),
                entry["agent"], entry.get("object"), frozenset(entry.get("needs", ())),
                entry.get("confidence", 0.8), None if preps is None else frozenset(preps),
                entry.get("particle"), frozenset(entry.get("under", ())),
                entry.get("owned", False), frozenset(entry.get("not_with", ())),
                entry.get("needs_object", False))


#: The event triggers, in order (data/lexicon.toml, [[trigger]]).
RULES: tuple[Rule, ...] = tuple(_rule(entry) for entry in table("trigger"))


ANNOUNCING = words("announcing")
VAGUE_FUTURE = words("vague_future")
SUPERLATIVES = words("superlatives")
#: Gazetteer and NER types of names; a token so tagged is a name whatever its part of speech.
NAMED_TYPES = frozenset({"PARTY", "CONSTITUENCY", "OFFICE", "PERSON", "INSTITUTION"})
#: Verbs that give a post ("was appointed Home Secretary", "was named Chancellor").
APPOINTING = words("appointing")
ELECTING = words("electing")
#: Verbs whose subject does what their event noun says: "announced his resignation".
OWN_ACTS = words("own_acts")
ASIDE_PREPS = words("aside_preps")
POST_WORDS = words("post_words")
#: Nouns that report an event of their possessor ("her resignation") or clause subject.
NOUN_TRIGGERS = frozenset(n for entry in table("trigger") for n in entry.get("nouns", ()))


def speculative(trigger: Token) -> bool:
    """True when the trigger is negated, hedged, or reported as speculation or denial.

    "would" after a verb of announcing is reported future ("announced he would
    stand"), not a hedge.
    """
    if _continues_a_condition(trigger):
        return True
    chain = [trigger]
    for anc in trigger.ancestors:  # up through complement clauses, not out of noun phrases
        if _past_fact_clause(chain[-1]):
            break  # "after she was sacked, he promised ...": the main clause hedges itself
        if chain[-1].dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "advcl",
                                  "acl", "relcl", "aux", "auxpass", "oprd", "acomp") and not (
                chain[-1] is trigger and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj") \
                and not (len(chain) == 2 and trigger.dep_ == "acl" and trigger.tag_ == "VBG"
                         and chain[-1].dep_ == "dobj"):
            break  # an event noun's own verb counts: "demanded his resignation"; so does
            # the verb of the task a deed is: "may face a harder task winning the contest"
        chain.append(anc)
    announced = any(t.lemma_.lower() in ANNOUNCING for t in chain[1:]) \
        or announced_by(trigger) is not None
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in trigger.children) \
            and any(" ".join(t.lower_ for t in c.subtree) in VAGUE_FUTURE
                    for c in trigger.children if c.dep_ in ("advmod", "npadvmod")):
        return True  # "Mr Blair will one day stand down": someday, not announced
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in DEMAND_NOUNS:
        return True  # "faced resignation demands"
    if trigger.dep_ == "advcl" and trigger.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "mark" and c.lower_ in STILL_TO_COME for c in trigger.children):
        return True  # "will travel to Balmoral before he steps down": not yet done
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") \
            and trigger.head.lemma_.lower() in SPECULATIVE:
        return True  # "talk that he would announce his resignation was denied"
    for below, tok in zip(chain, chain[1:]):
        if tok.lemma_ == "call" and (any(c.dep_ == "mark" and c.lower_ == "for"
                                         for c in below.children)
                                     or below.dep_ == "prep" and below.lower_ == "for"):
            return True  # "MPs called for him to resign", "called for his resignation"
        if tok.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ == "on"
                                        for c in tok.children):
            return True  # "called on him to resign"
    if any(c.dep_ == "mark" and c.lower_ == "for" for t in chain[:2] for c in t.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for t in chain[:2] for c in t.children):
        return True  # "prompting calls for X to stand down": wished for, whoever wishes it
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and not any(
            c.dep_.startswith("nsubj") for c in trigger.children) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in trigger.head.children):
        return True  # "Defeated, he will look reckless": a supposition, not a result
    if trigger.tag_ == "VBG" and trigger.dep_ in ("pobj", "pcomp") and trigger.head.dep_ == "prep" \
            and (trigger.head.head.pos_ == "ADJ" or trigger.head.head.tag_ == "VBN"
                 and trigger.head.head.dep_ in ("acl", "amod", "acomp")):
        return True  # "a liar obsessed with becoming PM", "keen on becoming leader": a wish
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and any(t.lemma_.lower() in DEMAND_NOUNS
                              for t in trigger.doc[max(to.i - 3, trigger.sent.start):to.i]):
        return True  # "the odds-on favourite to become PM", "frontrunner to replace her": read
        # off the words, as the parse hangs "to become" from "odds" (the aim check below misses)
    if _sought(trigger):
        return True  # "are competing to become leader": an aim, not the deed
    if _controller(trigger) is not None and trigger.head.lemma_.lower() in REQUESTING:
        return True  # "told him to quit": asked of him, not done
    for below, tok in zip(chain, chain[1:]):
        aimed = any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        if aimed and any(c.dep_ in ("dobj", "attr", "acomp", "npadvmod") and (
                c.lemma_.lower() in DEMAND_NOUNS or c.lemma_.lower() in SPECULATIVE)
                for c in tok.children):
            return True  # "launch a plot to oust him", "is favourite to become leader"
    for below, tok in zip(chain, chain[1:]):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children) and (
                any(c.dep_ == "nsubj" and c.lemma_.lower() in DEMAND_NOUNS
                    for c in tok.children)  # "pressure grew on him to sack her"
                or tok.lemma_ == "go" and tok.tag_ == "VBG"):  # "is going to stand": a plan
            return True
        if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            return True  # "has yet to name the date", "is yet to resign": not done
        if tok.lemma_ == "have" and below.dep_ == "xcomp" and tok.tag_ not in ("VBD", "VBN") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            return True  # "will have to stand down", "has to quit": an obligation, not the
            # deed ("had to quit" tells it done)
    for tok in chain[:2]:
        if _subjunctive(tok):
            return True  # "recommended that he be expelled": asked for, not done
    for tok in chain:
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in DEMAND_NOUNS for c in tok.children
               if tok.lemma_ == "be"):
            return True  # "the expectation is that he will sack her"
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lemma_.lower() in DEMAND_NOUNS - CONTESTS for g in c.doc[c.i + 1:c.i + 3])
               for c in tok.children):
            return True  # "in all likelihood X becomes leader" (however the words are parsed);
            # not "selected in a contest between seven women", "won in a close race"
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                         for m in c.children) for c in tok.children):
            return True  # "he will resign if voters reject the deal": on a condition
        if tok.i != trigger.i and (tok.lemma_.lower() in SPECULATIVE and not _regarded(tok) or (
                tok.pos_ in ("NOUN", "ADJ") and tok.lemma_.lower() in DEMAND_NOUNS)):
            return True
        for child in tok.children:
            name = child.text == "May" and child.i > child.sent.start  # "Theresa May called"
            if child.dep_ == "mark" and child.lower_ in CONDITIONS:
                return True  # "if the country votes Leave, and Cameron resigns": on a condition
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") or (
                    child.dep_ in ("aux", "mark", "advmod") and not name
                                        and child.lemma_.lower() in SPECULATIVE
                                        and not (announced and child.lower_ in ("would", "will"))):
                return True
        if tok.dep_ in ("ROOT",):
            break
    return False


def _sought(verb: Token) -> bool:
    """'running to be Labour leader', 'competing to become leader' (the parser makes the aim
    a complement or an adverbial clause): sought, not held."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in SEEKING_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _regarded(verb: Token) -> bool:
    """'was thought of as a future leader after winning X': an opinion of someone, not a hedge
    on what they did ("is thought to have quit")."""
    return verb.lemma_ == "think" and any(c.dep_ == "prep" and c.lower_ == "of"
                                          for c in verb.children)


def announced_by(trigger: Token) -> Token | None:
    """The verb that announces a deed for later, told with "will" or "would": "announced he
    would step down by October"; "Mr Cameron said he would quit" (a verb of speech only when
    who speaks is who will act: not "sources said he would quit")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in
               trigger.children):
        return None
    verb = trigger
    for _ in range(2):  # "announced that he would", "said he had decided he would"
        if verb.dep_ not in ("ccomp", "xcomp"):
            return None
        verb = verb.head
        if verb.lemma_.lower() in ANNOUNCING:
            return verb
        if verb.lemma_.lower() in SPEECH_VERBS and _self_told(verb, trigger):
            return verb
    return None


def _self_told(speech: Token, trigger: Token) -> bool:
    """'Mr Cameron said he would quit', 'the prime minister told MPs she would stand down':
    a named speaker, and the deed's subject a pronoun for them."""
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    actor = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return speaker is not None and actor is not None and actor.lower_ in PRONOUNS \
        and (speaker.pos_ == "PROPN" or speaker.lower_ in PRONOUNS) \
        and PRONOUNS.get(speaker.lower_, PRONOUNS[actor.lower_]) == PRONOUNS[actor.lower_]


def _subjunctive(verb: Token) -> bool:
    """'(that) he be expelled', 'that she resign': a that-clause in the bare form, which asks
    for a deed rather than telling one."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or any(
            c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB"
               for c in verb.children) or (
        verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children))


def predicted(trigger: Token, event: str) -> bool:
    """'He will be ousted by the summer', 'Sunak will sack her': an outcome that others decide,
    told in the future, is a prediction (a resignation or a candidacy told so is announced)."""
    verb = trigger if trigger.pos_ != "NOUN" else None
    return event in PREDICTED and verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _continues_a_condition(verb: Token) -> bool:
    """'staff will fear for their jobs if the nation backs leaving, and Tom Voe resigns': a
    verb in the present joined right after a condition's clause is part of the condition (the
    parser may join it to the main verb instead)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    start = verb.left_edge.i
    before = [t for t in verb.doc[max(verb.sent.start, start - 3):start]
              if not (t.is_punct or t.dep_ == "cc")]
    if not before:
        return False
    last = before[-1]
    clause = next((a for a in (last, *last.ancestors) if a.dep_ == "advcl"), None)
    return clause is not None and clause.right_edge.i == last.i and any(
        m.dep_ == "mark" and m.lower_ in CONDITIONS for m in clause.children)


def _past_fact_clause(verb: Token) -> bool:
    """An adverbial clause in the past tense opened by "after", "when", "since" ..., a
    relative clause in the past ("the referendum that he had called"), or a deed named after
    "after" ("after the resignation of X"): what it says happened, whatever the clause it
    hangs from plans or hopes."""
    if verb.pos_ == "NOUN":  # "expected to hold the seat after the resignation of X", "never
        # recovered from his defeat": a deed named as the time or cause of another is
        # presupposed, whatever is hoped or denied of the other
        return verb.dep_ == "pobj" \
            and verb.head.lower_ in ("after", "despite", "following", "from", "since") \
            and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the"
                    or c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "prep"
                    and c.lower_ == "of" for c in verb.children)
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children)
    if verb.dep_ == "relcl":
        return past
    return verb.dep_ == "advcl" and any(  # ("when" may be parsed as an adverb of the clause)
        (c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ == "when")
        and c.lower_ in FACTUAL_MARKS for c in verb.children) and past


def _args(trigger: Token) -> list[Token]:
    """The trigger's argument tokens: its subtree, without clauses of other verbs."""
    out: list[Token] = []
    stack = list(trigger.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis", "pcomp") and (
                tok.pos_ == "VERB" or tok.lemma_ == "be" and any(
                    c.dep_ == "nsubj" for c in tok.children)) \
                and tok.ent_type_ not in NAMED_TYPES:  # "to UKIP" parsed as an infinitive
            # (nor a copula's: "became an adviser now he is not home secretary"; nor "quit
            # after being offered a job as chief of staff"); but "sworn in as the new prime
            # minister - see the day ...", parsed as a clause after "as"
            # whose subject is the post, still gives that post
            out += [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree] \
                if tok.dep_ == "advcl" and tok.head.i == trigger.i and any(
                    c.dep_ == "mark" and c.lower_ == "as" and c.i == _after_particle(trigger)
                    for c in tok.children) else []
            continue
        if tok.head.i == trigger.i and tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            continue
        out.append(tok)
        stack.extend(tok.children)
    return out


def _subject_taken_as_object(trigger: Token) -> bool:
    """'He forgets basic human rights were suspended': the parser may make a passive clause a
    conjunct or complement of the verb before it and its subject that verb's object, which
    then ends just before the passive's auxiliary; the passive is said of that object, not
    of 'he'."""
    aux = next((c for c in trigger.children if c.dep_ in ("auxpass", "aux") and c.i < trigger.i),
               None)
    return trigger.dep_ in ("conj", "ccomp") and aux is not None and any(
        c.dep_ == "dobj" and c.right_edge.i == aux.i - 1 for c in trigger.head.children)


def _fellows(phrases: list[Token], mentions: Mentions) -> list[Entity]:
    """'she was elected along with three other MPs - Keith Vaz and Paul Boateng', 'sacked
    alongside Tim Voe': the people named in the trigger's `phrases` (_fellow_phrases) did it
    (or had it done to them) too."""
    found: list[Entity] = []
    for prep in phrases:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += [e for span, e in mentions.spans if e.kind == "person" and e not in found
                      and obj.left_edge.i <= span.root.i <= obj.right_edge.i
                      and span.root.dep_ in ("pobj", "appos", "conj")]
    return found


def _fellow_phrases(trigger: Token) -> list[Token]:
    """The trigger's 'along with ...', 'together with ...', 'alongside ...' (their prepositions)."""
    preps = [p for p in trigger.children if p.dep_ in ("prep", "advmod")]
    preps += [w for p in preps if p.lower_ in ("along", "together") for w in p.children
              if w.dep_ == "prep"]  # ("with" may hang from "along")
    return [prep for prep in preps if prep.dep_ == "prep" and (
        prep.lower_ == "alongside" or prep.lower_ == "with" and prep.i > 0
        and prep.doc[prep.i - 1].lower_ in ("along", "together"))]


def _after_particle(trigger: Token) -> int:
    """The index of the word after a verb and its particle ("sworn in as": of "as")."""
    particle = next((c for c in trigger.children if c.dep_ == "prt" and c.i == trigger.i + 1),
                    None)
    return (particle or trigger).i + 1


#: Dependencies a clause without its own subject borrows one through.
_BORROWS_SUBJECT = ("xcomp", "advcl", "conj", "acl", "pcomp", "prep", "pobj", "attr", "dobj",
                    "oprd", "acomp")  # "he was ashamed to have joined it"


#: The rules whose party may go unsaid beside the word "leader".
LEADER_WORD_RULES = ("elected-leader", "election-as-leader", "took-over-leader", "rise-to-leader",
                     "succeeded-leader", "elected-by-members", "became-leader")
#: The words beside which a party goes unsaid: "elected leader", "elected by the members".
_UNSAID_PARTY_WORDS = ("leader", "leaders", "members", "membership")


def _subject(trigger: Token, passive: bool) -> Token | None:
    """The subject of the trigger's clause, or of the clause it hangs from through participles,
    conjuncts and complements ('First elected in 1983, Mr Corbyn rose ...'; 'she became the
    first woman to serve as ...')."""
    if passive and trigger.dep_ == "acl" and trigger.tag_ == "VBN" \
            and trigger.head.pos_ == "PROPN":
        return trigger.head  # "Jeremy Corbyn, elected last September": whom it describes
        # (not "Special adviser sacked by X": a post, whose holder is not said)
    if passive and trigger.dep_ == "acl" and trigger.tag_ == "VBN" \
            and trigger.head.dep_ == "appos" and trigger.head.head.pos_ == "PROPN":
        return trigger.head.head  # "Tom Hale, the adviser sacked by the prime minister":
        # the one the phrase stands beside
    if not passive and (controller := _controller(trigger)) is not None and (
            trigger.head.tag_ == "VBD"):
        return controller  # "the row forced Tom Voe to resign": the one made to do it (told
        # as done; "hope it builds a mood, forcing him to quit" leaves the clause's own)
    deps = ("nsubj",) if not passive else ("nsubjpass",)
    chain = [trigger, *trigger.ancestors]
    for n, tok in enumerate(chain):
        # the nearest subject first, where the parse gives a verb two ("Dr Price, in his
        # second week after Carys Lloyd was sacked, met ...": Lloyd was sacked)
        for child in sorted(tok.children, key=lambda c: (c.i > tok.i, abs(c.i - tok.i))):
            if child.dep_ in deps or (not passive and child.dep_ == "nsubjpass"
                                      and tok.i != trigger.i):
                return child
            if child.dep_ == "poss" and n > 0 and (chain[n - 1].dep_ == "acl" or (
                    chain[n - 1].dep_ == "prep" and trigger.tag_ == "VBG"
                    and not {tok.lower_, tok.lemma_.lower()} & DEMAND_NOUNS)) \
                    and tok.pos_ == "NOUN":
                # (not "her odds of becoming leader": a hedge, whoever's)
                return child  # "after Raab's decision to stand down", "praised Hale's
                # resolve on holding the referendum": theirs, not the clause's
        if n == 1 and tok.dep_ == "prep" and trigger.dep_ == "pcomp" and trigger.tag_ == "VBG":
            named = tok.head
            while named.dep_ == "appos":
                named = named.head
            if named.pos_ == "PROPN":
                return named  # "Dr Price, a GP before becoming AM for Neath, said": whom the
                # phrase describes (the parser hangs it on the name, or on its apposition)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and n + 2 < len(chain):
            done_to = next((c for c in chain[n + 2].children if c.dep_ == "dobj"), None)
            if done_to is not None and not passive:
                return done_to  # "criticised Cameron for calling the referendum": Cameron's
        infinitive = tok.dep_ == "relcl" and tok.head.dep_ == "attr" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if infinitive and n + 2 < len(chain):  # "the first woman to serve": her clause's
            return _subject(chain[n + 2], passive)
        if tok.i != trigger.i and tok.dep_ not in _BORROWS_SUBJECT:
            break
    return None


def _recipient(trigger: Token) -> Token | None:
    """Who is given something: 'gave Ann Roe a job', 'gave the job to Ann Roe'."""
    given = next((c for c in trigger.children if c.dep_ == "dative"), None)
    if given is not None and given.pos_ == "ADP":
        return next((c for c in given.children if c.dep_ == "pobj"), None)
    return given


def _controller(trigger: Token) -> Token | None:
    """The object of the verb a 'to' clause completes, who does what the clause says: Tom Voe
    of "forced Tom Voe to resign", "told Tom Voe to quit" (not the verb's subject)."""
    if trigger.dep_ != "xcomp":
        return None
    return next((c for c in trigger.head.children if c.dep_ == "dobj" and c.i < trigger.i),
                None)


def _people(head: Token | None, mentions: Mentions) -> list[Entity]:
    """The person a subject phrase names, and those joined to it by 'and'."""
    if head is None:
        return []
    found: list[Entity] = []
    relative = head.lower_ in ("who", "that") and head.head.dep_ == "relcl"
    if relative:
        head = head.head.head  # "Keir Starmer, who became ...": the antecedent
        if head.dep_ == "appos" and mentions.at(head) is None:
            head = head.head  # "X, a former Tory MP who defected ...": X
    if (office := mentions.at(head)) is not None and office.kind == "office":
        holders = [e for t in head.subtree if (e := mentions.at(t)) is not None
                   and e.kind == "person" and not _possessor(t)]
        if holders:  # "the former prime minister David Cameron"; not "Rishi Sunak's
            return holders[:1]  # director of communications": whose office, not who holds it
        if any(c.lower_ in ("a", "an", "any", "every", "no") for c in head.children):
            return []  # "the last time a Tory PM resigned": no one in particular
        owners = {e.name for t in head.subtree if _possessor(t)
                  and (e := mentions.at(t)) is not None and e.kind == "person"}
        holder = mentions.holder(head, owners)  # (not Sunak of "Sunak's director")
        return [holder] if holder else []
    joined = [] if relative else [c for c in head.subtree if c.dep_ == "conj" and c.head.i in
                                  {head.i, *[x.i for x in head.subtree]}]
    # "Kate Forbes, Humza Yousaf and Ash Regan": the parser may make the second name an
    # apposition of the first, with the third its conjunct; a list, not one person
    joined += [c for c in head.children if c.dep_ == "appos" and c not in joined
               and any(g.dep_ == "conj" for g in c.children)
               and getattr(mentions.at(c), "kind", None) == "person"]
    for tok in [head, *joined]:  # not "X, who won it, and Y": the clause is X's alone
        entity = mentions.entity(tok)
        if entity is None and not relative:  # "the former prime minister David Cameron"; not
            # "Blair's government"
            entity = next((mentions.at(t) for t in tok.subtree if mentions.at(t) is not None
                           and mentions.at(t).kind == "person" and not _possessor(t)
                           and not _embedded(t, tok) and not _modifier_of(t, tok, mentions)),
                          None)
        if entity is not None and entity.kind == "person" and entity not in found:
            found.append(entity)
    return found


def _modifier_of(name: Token, head: Token, mentions: Mentions) -> bool:
    """'a Boris Johnson ally': the name describes another person, the ally (a title such as
    'prime minister' is no other person)."""
    while name.dep_ in ("compound", "flat") and name.head.i != head.i:
        name = name.head
    return name.dep_ == "compound" and name.head.i == head.i and head.pos_ == "NOUN" \
        and mentions.at(head) is None


def _embedded(tok: Token, head: Token) -> bool:
    """tok sits in a phrase or clause under head ("meetings of the Cabinet, which include X"),
    not beside it as its name."""
    while tok.i != head.i:
        if tok.dep_ in ("prep", "pobj", "relcl", "acl", "ccomp", "advcl"):
            return True
        tok = tok.head
    return False


def _possessor(tok: Token) -> bool:
    """The token is part of a name in the possessive ("Ed Miliband's party")."""
    while tok.dep_ in ("compound", "flat"):
        tok = tok.head
    return tok.dep_ == "poss"


def _object(kind: str | None, args: list[Token], mentions: Mentions,
            preps: frozenset[str] | None = None) -> Entity | None:
    if kind is None:
        return None
    # the nearest phrase after the verb first, then those before it
    trigger = args[0].head if args else None
    while trigger is not None and any(trigger.i == a.i for a in args):
        trigger = trigger.head
    pivot = trigger.i if trigger is not None else 0
    order = sorted(args, key=lambda t: (t.i < pivot, abs(t.i - pivot)))
    if kind == "office" and preps is None:
        # "appointed X, the Chief Secretary, as chancellor": the post after "as" is the one
        # given; an office nearer the verb may only describe the person.
        order.sort(key=lambda t: _governing_prep(t) != "as")
    for tok in order:
        entity = mentions.entity(tok)
        if entity is not None and entity.kind == kind:
            if preps is not None and _governing_prep(tok) not in preps and not (
                    kind == "party" and _leader_of(tok) in preps - {""}):
                continue
            if kind == "office" and _complement_of_post(tok):
                continue  # "principal private secretary to the prime minister": not the PM's
            if kind == "office" and _in_aside(tok, trigger, mentions):
                continue  # "sacked by the prime minister", "quit after a row with the prime
                # minister": another's post
            return entity
    return None


def _in_aside(tok: Token, trigger: Token | None, mentions: Mentions) -> bool:
    """The post at the token is in a phrase about someone else, on its way up to the trigger:
    under one of the aside prepositions, or the "of" of a noun that is no word for a post
    ("appointed to the cabinet of the prime minister"; not "the post of chief whip", nor the
    trigger's own "the resignation of the home secretary"). A post after "as" is the one given,
    wherever the parser hangs it ("appointed by the prime minister as chief whip")."""
    own = mentions.at(tok)
    while tok.head.i != tok.i and own is not None and mentions.at(tok.head) is own:
        tok = tok.head  # (from the post's own words to its head: "Secretary of State for X")
    while tok.head.i != tok.i and (trigger is None or tok.i != trigger.i):
        if tok.dep_ in ("prep", "agent") and tok.lower_ == "as":
            return False
        if tok.dep_ in ("prep", "agent") and (tok.lower_ in ASIDE_PREPS or tok.lower_ == "of" and (
                trigger is None or tok.head.i != trigger.i) and tok.head.lower_ not in POST_WORDS):
            return True
        tok = tok.head
    return False


def _title_owner(obj: Entity | None, agents: list[Entity], mentions: Mentions
                 ) -> Entity | None:
    """'the resignations of Labour chairman Ian Hart, deputy chairman Sue Bell and ...': the
    one of several agents whose name the post stands right before (the others left theirs)."""
    if obj is None or obj.kind != "office":
        return None
    ends = {s.end for s, e in mentions.spans if e is obj}
    return next((a for a in agents for s, e in mentions.spans if e is a and s.start in ends),
                None)


def _complement_of_post(tok: Token) -> bool:
    """A post named inside another post's phrase: 'secretary to the prime minister', 'adviser
    to the chancellor'."""
    while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:  # "prime" of "minister"
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "for") and (
        prep.head.lower_ in POST_NOUNS or prep.i > 0 and prep.doc[prep.i - 1].lower_ in POST_NOUNS)


def _modifies_other(tok: Token, mentions: Mentions) -> bool:
    """A name used as a modifier of another noun ('the Labour front bench', 'a list of
    Tories')."""
    entity = mentions.at(tok)
    if entity is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.pos_ == "NOUN" and mentions.at(tok.head.head) is None:
        return True
    return entity is not None and tok.dep_ in ("compound", "amod", "nmod") and \
        mentions.at(tok.head) is not entity and tok.head.lower_ not in ("party", "whip")


def _superlative(trigger: Token, obj: Entity | None, args: list[Token], mentions: Mentions
                 ) -> bool:
    """'became the first (youngest, only) X to visit ...', 'the longest-serving X': the post
    describes, it is not taken up then."""
    for tok in args:
        if obj is not None and mentions.at(tok) is obj and mentions.at(tok.head) is not obj:
            words = {c.lower_ for c in tok.children if c.dep_ == "amod"}
            if any(w.lower_ == "longest" for c in tok.children if c.dep_ == "amod"
                   for w in c.children):
                return True  # "became the longest-serving chancellor": a record passed
            clause = any(c.dep_ in ("relcl", "acl", "advcl", "xcomp")
                         and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                         for c in (*tok.children, *trigger.children))  # "... to visit", not
            # "... when he came to power"
            return bool(words & SUPERLATIVES) and clause
    return False


def _name_just_before(trigger: Token, mentions: Mentions, auxiliaries: bool = False
                      ) -> list[Entity]:
    """When the parse gives the verb no subject of its own: a name right before it ('...,
    Giles Watling, lost the seat'), with at most a comma between (and, if asked, the verb's
    auxiliaries: "..., Roe, was sacked")."""
    j = trigger.i - 1
    while j >= trigger.sent.start and (trigger.doc[j].text in (",", "also", "then") or (
            auxiliaries and trigger.doc[j].dep_ in ("aux", "auxpass")
            and trigger.doc[j].head.i == trigger.i)):
        j -= 1
    entity = mentions.at(trigger.doc[j]) if j >= trigger.sent.start else None
    return [entity] if entity is not None and entity.kind == "person" else []


def _former_post(post: Entity, args: list[Token], mentions: Mentions) -> bool:
    """The arguments name the post as one held before: 'former MI5 boss', 'ex-prime minister'."""
    for span, entity in mentions.spans:
        if entity is post and any(span.start <= t.i < span.end for t in args):
            before = [w.lower_ for w in span.doc[max(span.start - 2, 0):span.start]]
            if any(w in FORMER or w == "ex" for w in before) \
                    or span[0].lower_.startswith("ex-"):
                return True
    return False


#: Words of a poll, for a ranking that must be an election's ("came second in the poll").
POLL_WORDS = BY_ELECTION | frozenset({"ballot", "contest", "count", "election", "poll", "race",
                                      "result", "seat", "vote", "votes"})


#: Who is beaten in a contest: "beat his rival", "defeated the Tory candidate".
RIVALS = LEADER_WORDS | CONTENDER_WORDS


def _poll_near(tok: Token, mentions: Mentions, words: frozenset[str] = frozenset()) -> bool:
    """A poll (or one of `words`) in the token's sentence or the one before it."""
    return any(t.lower_ in POLL_WORDS | words or getattr(mentions.at(t), "kind", None)
               in ("election", "constituency") for t in _with_sentence_before(tok))


def _with_sentence_before(tok: Token) -> Span:
    """The token's sentence and the one before it."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return tok.doc[start:sent.end]


def _asked(trigger: Token) -> bool:
    """A question whose subject is its question word: 'Who elected Juncker?' asks, and
    implies no one did ('X, who was elected in 2019,' is a relative clause, not this)."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("who", "what") \
        and trigger.dep_ != "relcl" and trigger.sent.text.rstrip(" \"'”’").endswith("?")


def _scare_quoted(trigger: Token) -> bool:
    """His "resignation": a word set in quotation marks on its own is the writer's doubt of it
    (the deed is called so, not reported)."""
    doc = trigger.doc
    return 0 < trigger.i < len(doc) - 1 and doc[trigger.i - 1].is_quote \
        and doc[trigger.i + 1].is_quote


POST_WORDS = frozenset({"job", "position", "post", "role"})


def _the_post(args: list[Token], trigger: Token, mentions: Mentions) -> bool:
    """'the post', 'the position': a post the sentence has named already; 'has quit her
    role' or a headline's 'quits role' only where the sentence names a post before it."""
    posts = [t for t in args if t.lower_ in POST_WORDS]
    if any(any(c.lower_ == "the" for c in t.children) for t in posts):
        return True
    return any(not any(c.dep_ in ("det", "poss") for c in t.children) or any(
        c.dep_ == "poss" and c.lower_ in PRONOUNS for c in t.children) for t in posts) \
        and _post_named_before(trigger, mentions) is not None


def _post_named_before(trigger: Token, mentions: Mentions) -> Entity | None:
    """The office the trigger's sentence names before it ('The home secretary was
    reappointed to the position'), if one."""
    sent = trigger.sent
    return next((e for s, e in sorted(mentions.spans, key=lambda p: -p[0].start)
                 if e.kind == "office" and sent.start <= s.start < trigger.i), None)


def _last_before(mentions: Mentions, kind: str, i: int) -> Entity | None:
    """The entity of `kind` named last before token i."""
    return next((e for s, e in sorted(mentions.spans, key=lambda p: -p[0].start)
                 if e.kind == kind and s.start < i), None)


def _in_other_verb(tok: Token, trigger: Token) -> bool:
    """A verb stands between the token and the trigger it hangs under (not a name the parser
    took for one: "defected to UKIP" read as the verb "to ukip")."""
    if tok is _stranded_prep(trigger):
        return False
    head = tok.head
    while head.i != trigger.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.ent_type_ not in NAMED_TYPES:
            return True
        head = head.head
    return False


def _leader_of(tok: Token) -> str | None:
    """'as leader of the Scottish Conservatives': the party of a leader noun takes the
    preposition of that noun ("as"), as "as Labour leader" would."""
    if _governing_prep(tok) != "of":
        return None
    while tok.dep_ != "pobj" and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head.head
    return _governing_prep(noun) if noun.lower_ in LEADER_WORDS else None


def _governing_prep(tok: Token) -> str:
    """The preposition a phrase hangs from ('from' in 'from the party'), or '' for none."""
    if tok.pos_ == "VERB" and tok.ent_type_ in NAMED_TYPES and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "to"  # "defected to UKIP" read as the verb "to ukip"
    if tok.dep_ == "pcomp" and tok.ent_type_ in NAMED_TYPES:
        return tok.head.lower_  # "as levelling up secretary": a post the parser read as a verb
    while tok.dep_ in ("compound", "amod", "poss", "det", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.lower_ if tok.dep_ == "pobj" else ""


def _party_of_candidate(args: list[Token], mentions: Mentions, agents: list[Entity]
                        ) -> Entity | None:
    """'won Clacton for Reform UK', 'elected as the Conservative MP for Ashfield'; not another
    person's party ("the by-election after the death of Labour MP Ann Roe")."""
    for tok in sorted(args, key=lambda t: t.i):
        entity = mentions.entity(tok)  # "for the party" is the party named before
        if entity is None or entity.kind != "party":
            continue
        top = tok  # ("the Liberal Democrat candidate Peter Carroll": over every word)
        while top.dep_ in ("compound", "amod") and top.head.i != top.i:
            top = top.head
        titled = mentions.at(top) if top is not tok else None
        if titled is not None and titled.kind == "person" and titled not in agents:
            continue
        if _governing_prep(tok) in ("for", "as") and tok.head.lower_ not in MEMBER_WORDS:
            return entity
        if tok.head.lower_ in MEMBER_WORDS or tok.head.lower_ in ("candidate",):
            return entity
    return None


def _satisfies(rule: Rule, trigger: Token, args: list[Token], mentions: Mentions) -> bool:
    after = trigger.nbor(1) if trigger.pos_ == "NOUN" and trigger.i + 1 < len(trigger.doc) \
        else None  # a noun's next word, however parsed: "resignation honours list"
    if rule.not_with and any(t.lower_ in rule.not_with for t in [*args, *filter(None, [after])]):
        return False
    if rule.particle is not None and not any(
            c.dep_ in ("prt", "prep") and c.lower_ == rule.particle for c in trigger.children):
        return False
    if rule.under and not (trigger.dep_ in ("xcomp", "acl") and trigger.head.lemma_ in rule.under):
        return False  # "agreed to hold", "the decision to hold"
    if rule.event == "Resigned" and trigger.lemma_ in ("step", "stand") and any(
            getattr(mentions.at(t), "kind", None) == "election" for t in args) and any(
            t.lower_ in PROSPECTIVE for t in args):
        return False  # "standing down at the next election": not standing again, no resignation
    if rule.name == "entered-contest" and not any(
            (t.lower_ in rule.needs or getattr(mentions.at(t), "kind", None) == "election")
            and (t.head.i == trigger.i or t.head.head.i == trigger.i
                 and t.head.lower_ in ("in", "into")) for t in args):
        return False  # "joins the race"; not "joins a list of MPs standing down at the election"
    if rule.name == "held-poll" and trigger.tag_ not in ("VBD", "VBN", "VBG"):
        return False  # "will hold a referendum", "to hold one": a plan, not the deed
    if rule.name == "left-office" and any(
            t.lower_ == "office" and any(c.dep_ == "poss" for c in t.children) for t in args):
        return False  # "she left her office and crossed the lobby": a room, not a post
    if rule.name == "appointed" and _place_of(args, mentions) is not None:
        return True  # "appointed Jeremy Hunt in his place"
    if not rule.needs:
        return True
    words = {t.lower_ for t in args if (not rule.needs_object
             or t.dep_ == "dobj" and t.head.i == trigger.i)
             and not (t.pos_ in ("ADP", "PART") and _in_other_verb(t, trigger))}
    who = next((c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                and c.i > 0), None)
    if who is not None:  # "the members who elected him": the members did (the parser may
        # hang the clause elsewhere: the noun right before "who" is whom it means)
        words.add(trigger.head.lower_ if trigger.dep_ == "relcl" else who.nbor(-1).lower_)
    # (a preposition or particle of another verb is not the trigger's: "quit UKIP following a
    # bid to take over as leader" is no "quit as")
    kinds = {"@" + e.kind for t in args if (e := mentions.at(t)) is not None}
    if any(t.lower_ == "party" and any(c.dep_ in ("det", "poss") for c in t.children)
           and (t.head.i == trigger.i or trigger.dep_ == "relcl" and t.i == trigger.head.i)
           for t in args):
        kinds.add("@party")  # "joined the party", "the party she joined as a teenager": the
        # one named before
    for t in args:
        e = mentions.at(t)
        if e is not None and e.kind == "election" and e.election_kind == "leadership election":
            kinds.add("@leadership")
        if e is not None and e.kind == "election" and e.election_kind == "by-election":
            kinds.add("@by-election")
        if t.lower_ == "leadership" and t.head.lower_ == "for":
            kinds.add("@for-leadership")  # "challenged him for the leadership", not "challenged
            # the leadership over Brexit"
    leaders = [t for t in args if t.lower_ in ("leader", "leaders")]
    if rule.event == "BecameLeader" and leaders and all(_leads_other(t, mentions)
                                                        for t in leaders):
        return False  # "became leader of the revolt"
    if rule.event == "Elected" and words & {"selection", "nomination", "primary"}:
        return False  # "won the selection contest": a candidacy, not a seat
    if rule.event == "BecameLeader" and trigger.lemma_ == "win" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WON_ON_THE_WAY for c in trigger.children):
        return False  # "won enough nominations to enter the leadership contest"
    if rule.event == "Resigned" and trigger.lemma_ in ("step", "stand") and "down" not in words:
        return False  # "stepped down", "stood down"; "stood as a candidate" is not a resignation
    if rule.event == "StoodForElection" and any(
            c.dep_ == "prt" and c.lower_ in ("aside", "back", "by", "down", "up")
            for c in trigger.children):
        return False  # "stood down as MP for X", "stood aside", "standing up for fishermen in
        # the European parliament" are no candidacy
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "oprd", "attr", "acomp")
               and not (c.dep_ == "dobj" and c.lemma_.lower() in TIME_NOUNS)
               for c in trigger.children):
        kinds.add("@alone")  # "as Sajid Javid quits": quits what goes without saying; not
        # "quits Twitter", "quit smoking"; "quit hours after the vote" (a time parsed as
        # the object) still quits alone
    if rule.object_kind == "constituency" and _seat_pronoun(trigger, args):
        kinds.add("@constituency")  # "the seat fell vacant when X, who had won it in 2019"
    the_post = _the_post(args, trigger, mentions)
    if the_post:
        kinds.add("@the-post")  # "acting leader since Ann Roe quit the role in the summer"
    if rule.object_kind == "office" and the_post \
            and _post_named_before(trigger, mentions) is not None:
        kinds.add("@office")  # "the home secretary was reappointed to the position"
    if any(t.lower_ in ("leader", "leaders") and not any(
            c.lower_ in ("deputy", "co") for c in t.children) and not group_leader(t)
           and getattr(mentions.at(t), "kind", None) != "office"  # "Leader of the House"
           and not any(c.dep_ == "appos" and getattr(mentions.at(c), "kind", None) == "person"
                       for c in t.children)  # "praised by the party's leader, Ann Roe"
           for t in args):
        kinds.add("@leader")
    return bool(rule.needs & (words | kinds))


def _leads_other(leader: Token, mentions: Mentions) -> bool:
    """'leader of the people's revolt': of something that is not a party."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and not any(
        getattr(mentions.at(t), "kind", None) == "party" or t.lower_ == "party"
        for t in c.subtree) for c in leader.children)


def _seat_pronoun(trigger: Token, args: list[Token]) -> bool:
    """'it' as the object of a result verb, in a sentence about a seat before it."""
    return any(t.lower_ == "it" and t.dep_ == "dobj" and t.head.i == trigger.i for t in args) \
        and any(t.lower_ in ("seat", "constituency") for t in trigger.sent if t.i < trigger.i)


def _place_of(args: list[Token], mentions: Mentions, appointees: list[Entity] = ()
              ) -> Entity | None:
    """'in his place', 'in Mr Fox's place': the person whose post the appointee takes (for
    'his', the nearest person before it other than the appointee)."""
    for tok in args:
        if tok.lower_ != "place" or _governing_prep(tok) != "in":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if owner.lower_ in PRONOUNS:
            gender = PRONOUNS[owner.lower_]
            return next((e for _, e in mentions.people_before(owner.i)
                         if e.gender in (None, gender) and e not in appointees), None)
        person = _people(owner, mentions)
        if person:
            return person[0]
    return None


def _stranded_prep(noun: Token) -> Token | None:
    """'shrugged off the defection of Tom Hale to Labour': the parser may hang an event noun's
    own phrase ("to Labour") from the verb the noun is the object of; the phrase right after
    the noun's is the noun's."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children
                 if c.dep_ == "prep" and c.i == noun.right_edge.i + 1), None)


def _adjacent_office(trigger: Token, mentions: Mentions) -> list[Token]:
    """The office right after an appointing verb ('was appointed Chancellor of the Exchequer')
    or noun ('her appointment as home secretary was ...'), for when the parse hangs it
    elsewhere (it made that Chancellor the subject of the next clause, that secretary part of
    a clause of the verb after it)."""
    doc = trigger.doc
    i = trigger.i + 1
    if i < len(doc) and doc[i].lower_ == "as":
        i += 1
    office = mentions.at(doc[i]) if i < len(doc) else None
    if office is None or office.kind != "office":
        return []
    out = []
    while i < len(doc) and mentions.at(doc[i]) is office:
        out.append(doc[i])
        i += 1
    return out


def _succeeded(trigger: Token, mentions: Mentions) -> Entity | None:
    """'was elected leader yesterday, succeeding Jeremy Corbyn': whom the new holder follows."""
    for child in trigger.children:
        if child.lemma_ in ("succeed", "replace") and child.dep_ in ("advcl", "xcomp", "conj") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            found = _people(next((c for c in child.children if c.dep_ == "dobj"), None),
                            mentions)
            if found:
                return found[0]
    return None


def _replacement(trigger: Token, mentions: Mentions) -> tuple[list[Entity], Entity | None]:
    """'X was replaced by Y' / 'Y replaced X': (the new holders, the one they replaced)."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    if passive:
        by = next((c for c in trigger.children if c.dep_ == "agent"), None) or next((
            g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj" for g in p.children
            if g.dep_ == "prep" and g.lower_ == "by"), None)  # "was replaced as home
        # secretary by X": the parser may hang "by" from the post
        new = _people(next((c for c in by.children if c.dep_ == "pobj"), None), mentions) \
            if by is not None else []
        old = _people(_subject(trigger, True), mentions)
    else:
        new = _people(_subject(trigger, False), mentions)
        old = _people(next((c for c in trigger.children if c.dep_ == "dobj"), None), mentions)
    return new, old[0] if old else None


def _owner(noun: Token) -> Token | None:
    """Whose act an event noun is: 'the resignation of Harold Wilson', 'her resignation',
    "X's resignation letter"; the phrase after "of" even when it names no one we know
    ('the resignation of the party chairman' is the chairman's)."""
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and not _names_a_poll(g)), None)
    head = noun.head if noun.dep_ == "compound" else noun
    named = next((c for c in noun.children if c.dep_ in ("compound", "nmod")
                  and c.ent_type_ == "PERSON"), None)  # "over the Jeremy Corbyn suspension",
    # "since Johnson and Truss resignations"
    return of or next((c for c in head.children if c.dep_ == "poss"), None) or named


def _first_possessor(noun: Token, mentions: Mentions) -> list[Entity]:
    """'Sunak's and Javid's resignation letters': the parser joins the noun to the first
    possessor by 'and', as if the two were a list; that possessor's act too."""
    head = noun.head if noun.dep_ == "compound" else noun
    first = head.head
    if head.dep_ != "conj" or not any(c.dep_ == "case" for c in first.children):
        return []
    return [e for e in [mentions.entity(first)] if e is not None and e.kind == "person"]


def _names_a_poll(tok: Token) -> bool:
    """'the winner of the leadership contest': what was won, not whose act it was."""
    return any(w.lower_ in BY_ELECTION | {"contest", "race", "election", "ballot", "vote",
                                          "leadership", "referendum", "seat"}
               for w in tok.subtree)


def _own_act(noun: Token) -> bool:
    """An event noun with no owner is the clause subject's only when the subject does it:
    'was the winner', 'announced (tendered, handed in) his resignation'; not 'accepted the
    resignation', 'received a resignation letter'."""
    if noun.dep_ in ("attr", "oprd") or noun.dep_ == "pobj" and noun.head.lower_ in ("to", "as"):
        return True  # "was the winner", "rose to the winner of", "ended as the winner"
    return noun.dep_ == "dobj" and noun.head.lemma_ in OWN_ACTS


@lru_cache(maxsize=1)
def _rules_by_lemma() -> dict[str, list[Rule]]:
    by_lemma: dict[str, list[Rule]] = {}
    for rule in RULES:
        for lemma in rule.lemmas:
            by_lemma.setdefault(lemma, []).append(rule)
    return by_lemma


@lru_cache(maxsize=4)
def _trigger_matcher(vocab: Vocab) -> Matcher:
    """The triggers as Matcher patterns: a trigger's lemmas as verbs, its nouns as nouns (or
    verbs); and, for the verbs the lemmatizer gets wrong ('readmitted' -> 'readmitte'), its
    lemmas as the start of the word, used only where no lemma matched. What a trigger needs
    around it (its agent, object, particle, the words among its arguments) is found in code
    (find_events, _satisfies): it lies at any depth in the parse, under conditions on the
    entities found there, which patterns over tokens express badly."""
    matcher = Matcher(vocab)
    verbs = sorted({lemma for rule in RULES for lemma in rule.lemmas} - NOUN_TRIGGERS)
    nouns = sorted(NOUN_TRIGGERS)
    cased = [w for lemma in verbs for w in (lemma, lemma.capitalize())]
    matcher.add("trigger", [[{"LEMMA": {"IN": cased}, "POS": {"IN": ["VERB", "AUX"]}}],
                            [{"LEMMA": {"IN": nouns + [n.capitalize() for n in nouns]},
                              "POS": {"IN": ["VERB", "AUX", "NOUN"]}}]])
    # "Mr Roe quit Ukip last week": a verb the tagger called a noun, kept where the parse
    # gives it a subject (_trigger_tokens)
    matcher.add("tagged-noun", [[{"LEMMA": {"IN": cased}, "POS": "NOUN"}]])
    return matcher


def _trigger_tokens(doc: Doc) -> list[Token]:
    """The tokens that may trigger an event, in order: the Matcher's (a trigger verb the
    tagger called a noun only where the parse gives it a subject: it is then read as the
    verb), and verbs whose lemma is none of ours but whose form starts with one ('readmitted':
    the lemmatizer's slip, which a token pattern would have to test on every word)."""
    known = _rules_by_lemma()
    found = set()
    for key, start, _ in _trigger_matcher(doc.vocab)(doc):
        if doc.vocab.strings[key] == "tagged-noun":
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[start].children):
                continue
            doc[start].pos_ = "VERB"  # the parse made it a clause's verb: the rules read it so
        found.add(start)
    found |= {t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() not in known
              and _lemma(t, known) in known}
    return [doc[i] for i in sorted(found)]


def _lemma(tok: Token, known: dict[str, list[Rule]]) -> str:
    """The token's lemma, or the trigger its inflected form starts with when the lemmatizer
    got it wrong ('readmitted' -> 'readmitte')."""
    lemma = tok.lemma_.lower()
    if lemma in known or tok.pos_ != "VERB":
        return lemma
    lower = tok.lower_
    return next((k for k in known if lower.startswith(k) and len(lower) - len(k) <= 4), lemma)


def evidence(sent: Span, offset: int, rule: str, confidence: float) -> Evidence:
    return Evidence(sent.text.strip(), offset + sent.start_char, offset + sent.end_char, rule,
                    confidence)


def _post_given(obj: Token, verb: Token, mentions: Mentions) -> bool:
    """The object of an appointing or electing verb is a post with nobody in it ("appointed
    SNP chief executive", "elected Scottish Labour leader"): a headline's appointee is then
    its subject, as no one appoints a post."""
    return verb.lemma_ in APPOINTING | ELECTING and (
        getattr(mentions.at(obj), "kind", None) == "office" or obj.lower_ in LEADER_WORDS) \
        and not any(getattr(mentions.at(t), "kind", None) == "person" for t in obj.subtree)


def find_events(doc: Doc, mentions: Mentions, offset: int) -> Iterator[tuple[Event, Token]]:
    """Every event a rule finds, with its trigger token (for dating)."""
    by_lemma = _rules_by_lemma()
    left_here: list[Event] = []
    for tok in _trigger_tokens(doc):
        lemma = _lemma(tok, by_lemma)
        args = _args(tok)
        if tok.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which")
                                           for c in tok.children):
            args += [tok.head]  # "the referendum (that) he had called": what the clause is of
        if (lemma in APPOINTING or tok.pos_ == "NOUN" and any(
                r.event == "Appointed" for r in by_lemma[lemma])) and not any(
                    getattr(mentions.at(t), "kind", None) == "office" for t in args):
            args += _adjacent_office(tok, mentions)
        stranded = _stranded_prep(tok)
        if stranded is not None and any(stranded.lower_ in (r.object_preps or ())
                                        for r in by_lemma[lemma]):
            args += list(stranded.subtree)  # (only a preposition the noun's rules expect)
        if lemma == "become":  # "became the first woman to serve as Home Secretary"
            args += [t for a in tok.children if a.dep_ == "attr" for r in a.children
                     if r.dep_ == "relcl" and r.lemma_ in ("serve", "hold") for t in r.subtree]
        for rule in by_lemma[lemma]:
            if not _satisfies(rule, tok, args, mentions) or speculative(tok) or predicted(
                    tok, rule.event):
                continue
            if rule.name == "replaced":
                agents, before = _replacement(tok, mentions)
                obj = _object("office", args, mentions, frozenset({"as"}))
                if agents and (obj is not None or before is not None):
                    for agent in agents:
                        yield Event(rule.event, agent, obj, evidence(
                            tok.sent, offset, rule.name, rule.confidence),
                            predecessor=None if obj is not None else before), tok
                break
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
                tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "ROOT")
                and not any(c.dep_ == "aux" for c in tok.children))
            patient = _people(next((c for c in tok.children if c.dep_ in ("dobj", "oprd") and (
                getattr(mentions.at(c), "kind", None) == "person" or c.lower_ in PRONOUNS
                or any(getattr(mentions.at(a), "kind", None) == "person"  # "the Conservative
                       for a in c.children if a.dep_ == "appos"))),  # candidate, Helen Hurford"
                None), mentions)
            if rule.agent == "patient" and not patient and tok.lemma_ in APPOINTING:
                # "made Alex Chalk justice secretary", "appointed Kim Koe foreign secretary":
                # the parser folds the name into the post
                patient = [e for c in tok.children if c.dep_ in ("dobj", "oprd")
                           and getattr(mentions.at(c), "kind", None) == "office"
                           for t in c.children if t.dep_ in ("compound", "nmod")
                           and (e := mentions.at(t)) is not None and e.kind == "person"][:1]
            if rule.agent == "patient" and not patient and not passive and tok.pos_ == "VERB" \
                    and any(c.dep_ == "oprd" and getattr(mentions.at(c), "kind", None) == "office"
                            and not any(getattr(mentions.at(t), "kind", None) == "person"
                                        for t in c.subtree) for c in tok.children):
                passive = True  # a headline's "Oliver Dowden named deputy PM" (no "is")
            if rule.agent == "patient" and not patient and not passive and tok.tag_ == "VBD" \
                    and tok.dep_ == "ROOT" and tok.lemma_ != "return" and headline(tok.sent) \
                    and not any(c.dep_ == "dobj" and not _post_given(c, tok, mentions)
                                for c in tok.children):
                passive = True  # a headline's "Bambos Charalambous suspended over complaint",
                # "Murray Foote appointed SNP chief executive" (not "returned to the campaign
                # trail": that verb goes without an object)
            # "her sacking" tagged a verb: a gerund its possessive owns is the noun's use
            gerund = tok.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in tok.children) \
                and next((c for c in tok.children if c.dep_ == "poss"), None)
            owner = _owner(tok) if tok.pos_ == "NOUN" else gerund or None
            if rule.owned and (owner is None or tok.dep_ == "compound"):
                continue
            if owner is not None:  # "her resignation", "Mr X's expulsion"
                # "accepted the resignation of the party chairman": whoever holds that post, not
                # a guess from the people around it ("the prime minister's" is the story's)
                named = owner.dep_ == "poss" or any(
                    getattr(mentions.at(t), "kind", None) == "person" for t in owner.subtree)
                agents = _people(owner, mentions) if named else []
                if not agents:  # "after Raab's resignation" with Raab unknown: nobody else's
                    continue
                agents += [e for e in _first_possessor(tok, mentions) if e not in agents]
            elif rule.agent == "patient" and (patient or not passive):
                agents = patient
            elif rule.agent == "recipient" and not passive and not (
                    tok.tag_ == "VBD" and tok.dep_ == "ROOT" and headline(tok.sent)):
                agents = _people(_recipient(tok), mentions)  # (a headline's "Ann Roe handed
                # new role": handed it, with no "is")
            elif tok.pos_ == "NOUN":  # "rose to be the winner of ...": the clause's subject
                if not _own_act(tok):
                    continue  # "accepted the resignation": not the accepter's
                agents = _people(_subject(tok, False), mentions)
            else:
                agents = _people(_subject(tok, passive and rule.agent != "subject"), mentions)
                if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                  for c in tok.children) \
                        and not _subject_taken_as_object(tok):
                    # "Hale was chosen after the previous candidate, Roe, was sacked": the
                    # parser joins the verb to the first; the name right before it is its own
                    agents = _name_just_before(tok, mentions, auxiliaries=True) or agents
            if rule.agent == "patient" and passive and not agents and not any(
                    c.dep_ == "nsubjpass" for c in tok.children) \
                    and not _subject_taken_as_object(tok):  # "rights were suspended"
                agents = _people(_subject(tok, False), mentions)
            if not agents and rule.agent == "subject":
                agents = _name_just_before(tok, mentions)
            if not agents:
                continue
            phrases = _fellow_phrases(tok)
            agents += [e for e in _fellows(phrases, mentions) if e not in agents]
            if rule.event in ("Joined", "Left"):  # "quits the Labour front bench": no party
                args = [t for t in args if not _modifies_other(t, mentions)]
            fellows = {t.i for prep in phrases for t in prep.subtree}
            obj = _object(rule.object_kind, [t for t in args if t.i not in fellows], mentions,
                          rule.object_preps)  # (not "resigned along with the party chairman")
            if obj is None and rule.name in LEADER_WORD_RULES:
                # "elected leader of the party", "took over as leader", "succeeds X as leader",
                # "elected by party members": the party named last
                leader = next((t for t in args if t.lower_ in _UNSAID_PARTY_WORDS), None) or (
                    tok if rule.name == "elected-by-members" else None)  # ("Labour members
                # who elected him": the members stand before the clause)
                obj = leader is not None and mentions.resolve_party(leader) or None
            if obj is None and (rule.object_preps is not None or rule.event in ("Joined", "Left")):
                continue  # "joined the condemnation of the Ukip poster" joins no party
            if lemma == "run" and any(c.dep_ == "dobj" and c.lemma_ == "campaign"
                                      for c in tok.children):
                continue  # "brought in to run the election campaign": a manager, no candidate
            if rule.name == "came-second" and not (any(
                    t.lower_ in rule.needs and t.head.i == tok.i for t in args)
                    and _poll_near(tok, mentions)):
                continue  # "second class citizens" below "come from": no ranking; "came a
                # close second" in a ranking of jibes: no poll in this sentence or the last
            if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ in ("seat", "seats") and any(
                    g.dep_ == "poss" for g in c.children) for c in tok.children):
                continue  # "took his seat in the Lords": sat down in it, won nothing
            if rule.name == "defeated-passive" and not _poll_near(tok, mentions, RIVALS):
                continue  # "tied him up and beat him": no contest in this sentence or the last
            if _asked(tok) or _scare_quoted(tok):
                continue  # "Who elected Jean-Claude Juncker?": a question, no event
            if lemma == "dismiss" and any(
                    t.lower_ == "as" and t.i > tok.i and not any(
                        getattr(mentions.at(g), "kind", None) == "office" for g in t.subtree)
                    for t in tok.subtree):
                continue  # "dismissed him as just an ex-MP": a description, not a sacking
                # (the "as" may hang from a word below: "dismissed him in withering terms as")
            if obj is None and rule.needs == frozenset({"@office"}) and any(
                    _complement_of_post(t) for t in args
                    if getattr(mentions.at(t), "kind", None) == "office"):
                continue  # its post was another's phrase ("secretary to the prime minister")
            if rule.event in ("Elected", "Defeated") and obj is None and getattr(
                    _object("election", args, mentions), "election_kind", None) == "referendum":
                continue  # "lost the referendum", "his referendum win": a side's result, no seat
            if rule.name == "became-member" and any(t.lower_ in SUPERLATIVES for t in args):
                continue  # "became the first Green MP": a description, not the day it happened
            if rule.event in ("Appointed", "Elected") and obj is not None \
                    and obj.kind == "office" and _former_post(obj, args, mentions):
                continue  # "named former MI5 boss Lord Evans as ...", "become an ex-prime
                # minister": a post held before is no post given
            if rule.name == "became-office" and _superlative(tok, obj, args, mentions):
                continue  # "became the first prime minister to visit ...": a description
            if obj is None and rule.object_kind == "constituency":
                election = _object("election", args, mentions)
                obj = getattr(election, "constituency", None)
                if obj is None and rule.event == "Elected" and rule.name != "became-member":
                    obj = _object("office", args, mentions)  # "elected deputy leader"; not
                    # "became an MP at 29 and Leader of the Opposition at 40" (two steps)
            if obj is None and rule.object_kind == "constituency" and (any(
                    t.lower_ in ("seat", "constituency") for t in args) or _seat_pronoun(
                        tok, args)):
                obj = _last_before(mentions, "constituency", tok.i)  # "lost the seat"
            if obj is None and rule.object_kind == "office" and _the_post(args, tok, mentions):
                obj = _post_named_before(tok, mentions)  # "reappointed to the position"
            if obj is None and tok.dep_ == "relcl" and rule.object_kind == "constituency":
                obj = getattr(mentions.at(tok.head), "kind", None) == "constituency" and \
                    mentions.at(tok.head) or None  # "Heywood, where X was elected"
            if rule.event in ("Suspended", "Expelled", "Reinstated") and obj is None:
                obj = _object("party", args, mentions)
                doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if obj is None and doer is not None and \
                        getattr(mentions.entity(doer), "kind", None) == "party":
                    obj = mentions.entity(doer)  # "Labour has suspended X"
                if obj is None:  # "X was also readmitted": by the party the story is about
                    obj = mentions.resolve_party(tok)
            if rule.name == "won-leadership":
                election = _object("election", args, mentions)
                obj = getattr(election, "party", None) or obj
            if rule.event == "Joined" and obj is not None and obj.kind == "party" and not (
                    tok.dep_ == "relcl" and mentions.at(tok.head) is obj):
                # "who quit Labour in February, joined the party in June": not the one left
                # (but "left the Labour party he joined in 1970" joined the one it left)
                gone = {id(e.object) for e in left_here if e.agent in agents
                        and e.evidence.char_start == offset + tok.sent.start_char}
                if id(obj) in gone:
                    obj = next((e for s, e in sorted(mentions.spans, key=lambda p: -p[0].start)
                                if e.kind == "party" and s.start < tok.i and id(e) not in gone),
                               None)
                    if obj is None:
                        continue
            held = None
            if rule.event == "Resigned" and obj is None:  # "from the party", "as leader of X"
                obj = _object("party", [t for t in args if not (  # (not "as a Labour MP")
                    t.dep_ == "compound" and t.head.lower_ in SEAT_HOLDER)],
                              mentions, frozenset({"from", "as", "of"}))
            if rule.event == "Resigned" and (obj is None or obj.kind == "party") and any(
                    t.lower_ == "leader" and "as" in (_governing_prep(t), t.doc[t.i - 1].lower_)
                    and not any(c.lower_ in ("deputy", "co") for c in t.children) for t in args):
                held = "leader"  # "resigned as leader [of the party]": which party, from the
                # leadership the article gives the agent (extract._fill_objects)
            if rule.event == "Resigned" and obj is None and held is None and _the_post(
                    args, tok, mentions) and any(
                    t.lower_ == "leader" and not any(c.lower_ in ("deputy", "co")
                                                     for c in t.children)
                    for t in tok.doc[tok.sent.start:tok.i]):
                held = "leader"  # "was interim leader since X quit the role": the role is a
                # leadership, so the party the article gives X as leader
            if rule.event == "Resigned" and obj is None and any(
                    t.lower_ in SEAT_HOLDER and "as" in (
                        _governing_prep(t), t.doc[t.i - 1].lower_, t.doc[t.i - 2].lower_)
                    for t in args):  # "resigned as the constituency's MP"
                obj = _object("constituency", args, mentions) or (
                    _last_before(mentions, "constituency", tok.i)
                    if any(t.lower_ in SEAT_WORDS for t in args) else None)
                held = "seat"  # its seat, never a post ("the ex-chancellor will stand down as
                # an MP")
            if rule.event == "Resigned" and obj is None:  # "quit in Tiverton and Honiton"
                seat = next((e for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if (e := mentions.at(g)) is not None
                             and e.kind == "constituency"), None)
                if seat is not None:
                    obj, held = seat, "seat"
            if rule.event == "Resigned" and obj is None and tok.dep_ == "advcl":
                # "the by-election was called after Neil Parish resigned": it was his seat
                cause = next((mentions.at(c) for c in tok.head.children
                              if c.dep_ in ("nsubj", "nsubjpass")), None)
                if cause is not None and cause.kind == "election" and cause.constituency:
                    obj, held = cause.constituency, "seat"
            if rule.name == "lost-seat" and any(t.lower_ == "seat" for t in args):
                held = "seat"  # "lost her seat", "lost the seat he had held since 2017"
            if rule.event == "Resigned" and obj is None and any(
                    c.dep_ == "dobj" and c.lower_ in ("government", "cabinet")
                    for c in tok.children):
                held = "government"  # "quit the government": a post in it, if one is given
            if rule.event == "Resigned" and any(c.dep_ == "dobj" and c.lower_ == "whip"
                                                for c in tok.children):
                held, obj = "whip", None  # "resigned the party whip": left its group at
                # Westminster or in Europe, held no post
            if rule.event == "Suspended" and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(
                        g.lower_ in HOUSES for g in c.children if g.dep_ == "pobj")
                    for c in tok.children):
                held, obj = "house", None  # "suspended from the Commons": by the House,
                # from no party
            election = _object("election", args, mentions)
            party = _party_of_candidate(args, mentions, agents) if rule.event in (
                "Elected", "StoodForElection", "Defeated") else None
            before = _place_of(args, mentions, agents) if rule.name == "appointed" else None
            if rule.event in ("Appointed", "BecameLeader") and before is None:
                before = patient[0] if lemma == "succeed" and patient else _succeeded(
                    tok, mentions)
            if party is None and obj is not None and obj.kind == "office":
                # "resigned as co-chairman of the Conservative Party": a member of it
                span = next((sp for sp, e in mentions.spans if e is obj
                             and any(sp.start <= t.i < sp.end for t in args)), None)
                party = next((e for t in (span or []) if (e := mentions.at(t)) is not None
                              and e.kind == "party"), None)
            if held == "whip":  # a member of the party whose whip it was
                party = next((e for c in tok.children if c.dep_ == "dobj"
                              for t in c.subtree if (e := mentions.at(t)) is not None
                              and e.kind == "party"), None)
            titled = _title_owner(obj, agents, mentions) if len(agents) > 1 else None
            for agent in agents:
                if before is agent:
                    continue
                own = obj if titled is None or agent is titled else None
                ev = Event(rule.event, agent, own, evidence(tok.sent, offset, rule.name,
                                                             rule.confidence),
                           election=election, party=party, predecessor=before, held=held,
                           untimed=rule.name == "first-day-as" and tok.lower_ != "day"
                           or rule.name == "held-poll")
                # ("his first 100 days as first minister": the words tell when they ran, not
                # when the post was taken; "held a referendum on Thursday": the poll's day, not
                # the calling's)
                if ev.type == "Left":
                    left_here.append(ev)
                yield ev, tok
            if rule.name == "defeated-passive" and not passive and (
                    obj is not None and obj.kind == "constituency" or obj is None and not any(
                        t.lower_ in LEADER_WORDS for t in tok.sent)):
                # "In X, Richard Foord defeated Y": he won; with no seat named, the
                # by-election's (or none: dropped, extract._fill_objects), not in a sentence
                # of a leadership ("beat his rival to become leader")
                for winner in _people(_subject(tok, False), mentions):
                    yield Event("Elected", winner, obj, evidence(
                        tok.sent, offset, "defeated-active", 0.7), election=election), tok
            if rule.name != "defected-to":  # "defected from X to Y" is also a Left
                break


#: What is done to a party's whip: taken away (the MP is suspended) or given back.
WHIP_OFF = words("whip_off")
WHIP_ON = words("whip_on")


def whip_events(doc: Doc, mentions: Mentions, offset: int) -> Iterator[tuple[Event, Token]]:
    """'had his Labour whip suspended', 'lost the Tory whip', 'restored the whip to X': an MP
    suspended from (or readmitted to) the parliamentary party. Code, not a pattern: the MP is
    found in one of four places (the verb's 'from'/'to' phrase, the whip's possessor, the
    subject of 'have' or of 'lose'/'regain')."""
    for whip in doc:
        if whip.lower_ != "whip" or whip.pos_ != "NOUN":
            continue
        verb = whip.head if whip.head.lemma_ in WHIP_OFF | WHIP_ON else next(
            (c for c in whip.children if c.dep_ == "acl" and c.lemma_ in WHIP_OFF | WHIP_ON),
            None)
        if verb is None or speculative(verb) or (
                verb.head.lemma_ == "have" and speculative(verb.head)):
            continue
        agents = _whip_holders(whip, verb, mentions)
        party = next((e for c in whip.children if (e := mentions.at(c)) is not None
                      and e.kind == "party"), None)
        event = "Reinstated" if verb.lemma_ in WHIP_ON else "Suspended"
        for agent in agents:
            yield Event(event, agent, party, evidence(verb.sent, offset, "whip", 0.7)), verb


def _whip_holders(whip: Token, verb: Token, mentions: Mentions) -> list[Entity]:
    for prep in verb.children:  # "withdrew the whip from X", "restored the whip to X"
        if prep.dep_ == "prep" and prep.lower_ in ("from", "to"):
            found = [e for c in prep.children if (e := mentions.entity(c)) is not None
                     and e.kind == "person"]
            if found:
                return found
    owner = next((c for c in whip.children if c.dep_ == "poss"), None)
    if owner is not None and (e := mentions.entity(owner)) is not None and e.kind == "person":
        return [e]  # "his whip"
    holder = verb.head if verb.head.lemma_ == "have" else whip.head if (
        whip.head.lemma_ == "have") else verb if verb.lemma_ in (
        "lose", "regain", "relinquish", "surrender") else None  # ("surrendered the Tory whip
    # while he appeals": gave it up, as the party would have taken it)
    if holder is None:
        return []
    return _people(next((c for c in holder.children if c.dep_ == "nsubj"), None), mentions)


def find_relations(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """Titles beside names: 'Chancellor Gordon Brown', 'Vince Cable, the party's spokesman'."""
    people = [(s, e) for s, e in mentions.spans if e.kind == "person"
              and s[0].lower_ not in ("he", "she", "his", "her")]
    office_spans = [(s, e) for s, e in mentions.spans if e.kind == "office"]
    for span, person in people:
        if span.end < len(doc) and doc[span.end].text == "-" \
                and not doc[span.end - 1].whitespace_ and not doc[span.end].whitespace_:
            continue  # "Labour's Joe Biden-inspired plan": a name inside a modifier
        sent = span.sent
        ev = evidence(sent, offset, "title-before-name", 0.8)
        # a title right before the name: "[Party] [Office|leader] Name"
        j = span.start - 1
        while j >= sent.start and (doc[j].lower_ in (",", "former", "ex", "then", "-")
                                   or doc[j].lower_.rstrip(".") in HONORIFIC):
            j -= 1
        office_span, office = next(((s, e) for s, e in office_spans if s.end - 1 == j),
                                   (None, None))
        if office is not None and "," in (t.text for t in doc[j + 1:span.start]) \
                and _apposed_to_name_before(office_span, mentions):
            office = None  # "A, the former London Mayor, B, the Energy minister": A's title
        if office is not None and "," in (t.text for t in doc[j + 1:span.start]) \
                and span.root.dep_ in ("nsubj", "nsubjpass") \
                and office_span.root.dep_ in ("dobj", "pobj", "attr", "dative", "oprd"):
            office = None  # "asked if he trusts the chancellor, Ms Roe replied": the comma
            # closed the clause the post is the object of; the name begins the next
        if office is not None and covered(office.name) and office_span.start > 0 \
                and doc[office_span.start - 1].lower_ in ("a", "an"):
            office = None  # "how good a prime minister X will make": a post of one holder
            # with "a" is what X may be, not what X is (not "an angry Prime Minister X")
        if office is not None:  # "former chancellors Lord Lawson and Lord Lamont": both
            # "Tory co-chairman X", "Plaid Cymru's health spokesman X"
            party = _party_in(doc, mentions, j, sent.start) or mentions.party_before(
                office_span)  # "Labour's former chairman"
            # (a post in the singular is the first name's alone: "Chancellor A and B")
            joined = _conjoined(span, mentions) if _plural(office_span[-1]) else []
            for holder in (person, *joined):
                yield Relation("holdsOffice", holder, office, ev)
                if party:
                    yield Relation("memberOf", holder, party, ev)
            yield from _joined_title(doc, mentions, office_spans, office_span.start, person, ev)
            continue
        yield from _joined_title(doc, mentions, office_spans, _description_start(
            doc, mentions, j, sent.start), person, ev)
        kind, party = _party_title(doc, mentions, j, sent.start)
        if party is not None and mentions.at(doc[j]) is party and any(
                t.text == "," for t in doc[j + 1:span.start]) and span.end + 1 < len(doc) \
                and doc[span.end].text == "," and doc[span.end + 1].is_title:
            party = None  # "the BNP, Donald Trump, Marine le Pen": a list, not a title (but
            # "For the Lib Dems, Vince Cable said")
        if party is not None:  # "Labour's Robin Cook and Tony Wright": both; not "Tory
            # leader A and B of the TUC" (a party has one leader: "leaders A and B" are two)
            joined = [] if kind == "leaderOf" and not _plural(doc[j]) \
                else _conjoined(span, mentions)
            for member in (person, *joined):
                yield Relation(kind, member, party, ev)
        yield from _apposition(doc, span, person, mentions, office_spans, offset)


def caption_titles(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """A line that is a name and then a post, as under a picture or over a quotation ("Jane
    Roe Home Secretary", "John Doe Former Chancellor"): the name's post; or a party's title
    ("Jane Roe Labour MP"): its member."""
    offices = {s.start: (s, e) for s, e in mentions.spans if e.kind in ("office", "party")}
    for span, person in mentions.spans:
        if person.kind != "person" or not _line_break(doc, span.start - 1):
            continue
        k = span.end
        while k < len(doc) and doc[k].lower_ in FORMER:
            k += 1
        office_span, office = offices.get(k, (None, None))
        if office is None:
            continue
        ev, end = evidence(span.sent, offset, "caption", 0.7), office_span.end
        if office.kind == "office" and _line_break(doc, end):
            yield Relation("holdsOffice", person, office, ev)
        elif office.kind == "party" and end < len(doc) and doc[end].lower_ in _MEMBER_NOUNS \
                and _line_break(doc, end + 1):
            yield Relation("memberOf", person, office, ev)


def _line_break(doc: Doc, i: int) -> bool:
    """Token i is a line break, or lies outside the article."""
    return i < 0 or i >= len(doc) or doc[i].is_space and "\n" in doc[i].text


def _description_start(doc: Doc, mentions: Mentions, j: int, floor: int) -> int | None:
    """The first of the (one to four) plain words ending at token j that describe the person
    named after them ("Remain campaigner", "former Cabinet minister"), or None."""
    i = j
    while i >= floor and j - i < 4 and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ")
                                         or doc[i].text == "-") \
            and mentions.at(doc[i]) is None:
        i -= 1
    return i + 1 if i < j else None


def _joined_title(doc: Doc, mentions: Mentions, office_spans: list, first: int | None,
                  person: Entity, ev: Evidence) -> Iterator[Relation]:
    """The title joined by "and" to the words that start at token `first`, right before the
    name: "Labour MP and Remain campaigner Jo Cox", "SNP leader and First Minister Nicola
    Sturgeon". Not after "the" or "between" ("the prime minister and Chancellor X",
    "talks between Tory leader A and Prime Minister B": two people)."""
    if first is None:
        return
    floor = doc[first].sent.start
    end = first - 2
    if end < floor or doc[first - 1].lower_ != "and":
        return
    k = end
    while k > floor and (doc[k - 1].is_title or mentions.at(doc[k - 1]) is not None
                         or doc[k - 1].pos_ in ("NOUN", "ADJ") or doc[k - 1].text == "-"):
        k -= 1
    if k > floor and doc[k - 1].lower_ in ("the", "a", "an", "between", "both", "and", "of"):
        return
    office_span, office = next(((s, e) for s, e in office_spans if s.end - 1 == end),
                               (None, None))
    if office is not None:
        yield Relation("holdsOffice", person, office, ev)
        party = _party_in(doc, mentions, end, floor) or mentions.party_before(office_span)
        kind = "memberOf"
    else:
        kind, party = _party_title(doc, mentions, end, floor)
    if party is not None:
        yield Relation(kind, person, party, ev)


def _plural(noun: Token) -> bool:
    """'leaders', 'Former Prime Ministers' (which the tagger may call a singular name)."""
    lower = noun.lower_
    return noun.tag_ in ("NNS", "NNPS") or lower.endswith("s") and (
        lower[:-1] in POST_NOUNS or lower.endswith("ies") and lower[:-3] + "y" in POST_NOUNS)


def _apposed_to_name_before(title: Span, mentions: Mentions) -> bool:
    """The title follows a name and a comma: it describes that name ("A, the former London
    Mayor, B")."""
    doc = title.doc
    k = title.start - 1
    while k >= title.sent.start and doc[k].lower_ in ("the", "former", "a", "an"):
        k -= 1
    return k - 1 >= title.sent.start and doc[k].text == "," and getattr(
        mentions.at(doc[k - 1]), "kind", None) == "person"


def party_groups(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'four Conservative grandees, including Norman Lamont', 'Labour rebels such as A and B',
    'Labour MPs A, B and C': each person named as one of a party's people is its member ('a
    Labour leader like A or B': its leader)."""
    for group in doc:
        leaders = group.lower_ in ("leader", "leaders")  # "a Labour leader like A, B or C"
        # "Tories such as A and B": the party's own name for its people
        named = mentions.at(group) if group.tag_ in ("NNS", "NNPS") else None
        if group.lower_ not in GROUP_NOUNS and not leaders and getattr(named, "kind", None) \
                != "party":
            continue
        party = named if getattr(named, "kind", None) == "party" else next(
            (e for c in group.children if c.dep_ in ("amod", "compound", "nmod")
             and (e := mentions.at(c)) is not None and e.kind == "party"), None)
        if party is None:  # (not "deputy prime ministers A and B": an office's words)
            continue
        names = [name for prep in group.children if prep.dep_ == "prep"
                 and prep.lower_ in ("including", "as", "like")
                 for name in prep.children if name.dep_ == "pobj"]
        if group.dep_ == "compound" and not leaders and getattr(
                mentions.at(group.head), "kind", None) == "person":
            names.append(group.head)  # "Labour MPs A and B": the names the group words open
        names += [c for c in group.rights if c.dep_ == "appos" and not leaders
                  and getattr(mentions.at(c), "kind", None) == "person"]
        # ("his Tory colleagues A and B", "two Labour MPs, A and B,": the names in apposition)
        if group.dep_ == "attr" and group.head.lemma_ == "be" and not speculative(group.head):
            names += [c for c in group.head.children if c.dep_ == "nsubj"]  # "A and B are
            # Labour MPs", "A, B and C are the only Labour leaders to ..." (not "are not")
        for person in (p for name in names for p in _group_listed(name, mentions)):
            yield Relation("leaderOf" if leaders else "memberOf", person, party,
                           evidence(group.sent, offset, "party-group", 0.7))


def _group_listed(head: Token, mentions: Mentions) -> list[Entity]:
    """The people a group's list names, from its first name (`head`) up to one with words of
    its own: 'Tories A and B, Labour's C and Liberal Democrat D' lists A and B as Tories; a
    name that describes the next one ('the E Smoothies co-founder F') ends it too."""
    found: list[Entity] = []
    for tok in sorted([head, *(t for t in head.subtree if t.dep_ in ("conj", "appos"))],
                      key=lambda t: t.i):
        if tok is not head and any(c.dep_ == "poss" or getattr(mentions.at(c), "kind", None)
                                   in ("party", "office") for c in tok.children):
            break
        after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.pos_ == "NOUN" and after.is_lower:
            break
        if (person := mentions.at(tok)) is not None and person.kind == "person" \
                and person not in found:
            found.append(person)
    return found


def party_leaders(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'X, the leader of the DUP', "X, Labour's leader", 'The leader of the Labour Party, X,',
    'X, who is the party's leader': a leader whose party is a phrase of the noun (not a word
    before it, which the title rules read) and whose person the parse joins to it, as an
    apposition or as the complement of 'be'."""
    for tok in doc:
        if tok.lower_ not in ("leader", "co-leader") or group_leader(tok) or any(
                c.lower_ in ("deputy", *PROSPECTIVE_TITLES) for c in tok.children) \
                or _post_to_come(tok, tok.head) or _leads_another_body(tok, mentions):
            continue
        named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]  # "the leader of the Labour Party"
        if any(t.lower_ in GROUP_LEADER_WORDS for g in named for t in g.subtree if t.i < g.i):
            continue  # "leader of the London Assembly Conservatives": of the party's group
        party = next((e for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                      and (e := mentions.entity(c)) is not None and e.kind == "party"), None) \
            or next((e for g in named if (e := mentions.entity(g)) is not None
                     and e.kind == "party"), None)
        if party is None:
            continue
        people: list[Entity] = []
        if tok.dep_ == "appos":  # "X, the leader of the DUP,"
            people = [e for e in [mentions.at(tok.head)] if e is not None and e.kind == "person"]
        # "The leader of the Labour Party, X,": the parser hangs X on the party's name
        people = people or [e for c in (*tok.children, *(c for g in named for c in g.children))
                            if c.dep_ == "appos" and (e := mentions.at(c)) is not None
                            and e.kind == "person"]
        if not people and tok.dep_ == "attr" and tok.head.lemma_ == "be" \
                and not speculative(tok.head):  # "X is (was) the leader of Y"
            people = _people(_subject(tok.head, False), mentions)
        for person in people[:1]:
            yield Relation("leaderOf", person, party,
                           evidence(tok.sent, offset, "leader-of", 0.7))


#: The last word of a party's post ("Labour campaign spokesman X") or of its contender in a
#: poll ("Conservative mayoral hopeful X"): its holder is a member.
_PARTY_POST_NOUNS = TITLE_NOUNS | PARTY_MEMBER_NOUNS | CONTENDER_WORDS


def _party_title(doc: Doc, mentions: Mentions, j: int, floor: int
                 ) -> tuple[str, Entity | None]:
    """The party tenure a title ending at token j gives: "Labour's X", "Labour MP X", "Lib Dem
    leader X", "the Labour leadership contender X", "Tories X and Y"."""
    if (party := _possessor_party(doc, mentions, j)) is not None:
        return "memberOf", party
    if j > floor and doc[j].lower_ in CONTENDER_WORDS and doc[j - 1].lower_ in LEADER_WORDS:
        return "memberOf", _party_in(doc, mentions, j - 2, floor)
    word = _title_word(doc[j])
    if j >= floor and word in MEMBER_WORDS and (
            doc[j].text[0].isupper() or word == "candidate"):
        k = j - 1  # "the party's only MP, X": the party named last before
        while k > floor and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k -= 1
        if k > floor and possessive_mark(doc[k]) and doc[k - 1].lower_ == "party":
            return "memberOf", mentions.resolve_party(doc[k - 1])
        if k < j and (party := _possessor_party(doc, mentions, k)) is not None:
            return "memberOf", party  # "Ukip's only MP, X"
        return "memberOf", _party_in(doc, mentions, k, floor)  # "Tory eurosceptic MP X"
    if j > floor and doc[j].lower_ in PARTY_BOSS_NOUNS and (
            p := mentions.at(doc[j - 1])) is not None and p.kind == "party":
        return "leaderOf", p  # "Ukip boss X", "the SNP chief X": its leader
    if j > floor and word in _PARTY_POST_NOUNS:
        k = j - 1  # "the Conservative peer X", "the Labour former minister X", "Tory mayor X",
        # "Labour campaign spokesman X", "Tory ex-minister X": a post of the party's the lists
        # of posts lack
        while k > floor and (doc[k].lower_ in FORMER or doc[k].text == "-" or j - k <= 3
                             and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")):
            k -= 1
        if getattr(mentions.at(doc[k]), "kind", None) == "party":
            return "memberOf", mentions.at(doc[k])
    if j >= floor and doc[j].lower_ in LEADER_WORDS:
        party, adjacent = _party_before_leader(doc, mentions, j, floor)
        if party is None and (doc[j].lower_.startswith("co-") or doc[j - 1].lower_ == "party"):
            party, adjacent = mentions.resolve_party(doc[j]), True  # "ex-party leaders A and B"
        return ("leaderOf" if adjacent else "memberOf"), party
    if j >= floor and (p := mentions.at(doc[j])) is not None and p.kind == "party":
        return "memberOf", p
    return "memberOf", None


def _title_word(tok: Token) -> str:
    """The title word, in the singular when a plural runs straight into the names it titles
    ("Labour MPs A and B", "Tory rebels A and B"); not "told Tory MPs, A said", where the
    comma ends the phrase the plural belongs to."""
    following = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return _singular(tok.lower_) if following is not None and following.text != "," \
        else tok.lower_


#: The title words a plural of which may open or describe a list of names.
_LISTED_TITLES = MEMBER_WORDS | _PARTY_POST_NOUNS


def _singular(word: str) -> str:
    """'mps' -> 'mp', 'rebels' -> 'rebel': a party title in the plural, of a list of names."""
    return word[:-1] if word.endswith("s") and word[:-1] in _LISTED_TITLES else word


def _possessor_party(doc: Doc, mentions: Mentions, j: int) -> Entity | None:
    """The party of "Labour's" when token j is its "'s"."""
    if j < 1 or not possessive_mark(doc[j]):
        return None
    party = mentions.at(doc[j - 1])
    return party if party is not None and party.kind == "party" else None


def _conjoined(span: Span, mentions: Mentions) -> list[Entity]:
    """'A and B' with no title of B's own: B, joined to any word of A's name (the parser may
    root a name oddly); 'A, B and C': C too, which the parser may join to B. 'former Tory
    leader A and former Labour leader B' gives nothing."""
    doc = span.doc
    out = []
    names = [span]
    while names:
        name = names.pop()
        after = [c for t in name for c in t.children if c.i >= name.end]
        # ("A, B, C and D": B and C may be A's appositions, D a conjunct of C)
        a_list = any(g.dep_ == "conj" for c in after if c.dep_ == "appos" for g in c.children)
        for tok in after:
            entity = mentions.at(tok)
            if not (tok.dep_ == "conj" or tok.dep_ == "appos" and a_list) or entity is None \
                    or entity.kind != "person" or entity in out:
                continue
            joined = next(s for s, e in mentions.spans if s.start <= tok.i < s.end)
            if joined.end < len(doc) and doc[joined.end].pos_ == "NOUN" \
                    and doc[joined.end].is_lower:
                continue  # "A and Innocent Smoothies co-founder B": a name that modifies
            k = joined.start - 1
            while k > name.end and doc[k].lower_.rstrip(".") in HONORIFIC:
                k -= 1
            if doc[k].lower_ in ("and", ",", "&"):
                out.append(entity)
                names.append(joined)
    return out


def _party_in(doc: Doc, mentions: Mentions, j: int, floor: int) -> Entity | None:
    """A party named as part of the title ending at token j ('Tory co-chairman')."""
    k = j
    while k >= floor:
        entity = mentions.at(doc[k])
        if entity is not None and entity.kind == "party":
            return entity
        if entity is None and not doc[k].is_title and doc[k].lower_ not in ("-", "co") \
                and doc[k].lower_ not in FORMER:  # "Lib Dem former Business Secretary"
            break
        k -= 1
    return None


def group_leader(leader: Token) -> bool:
    """'the SNP's parliamentary leader', 'Tory leader in the Lords': a leader of one of the
    party's groups, not of the party ('SNP leader at Westminster' too)."""
    return any(c.lower_ in GROUP_LEADER_WORDS for c in leader.lefts) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.lower_ in GROUP_LEADER_WORDS for g in c.subtree) for c in leader.rights)


def _leads_another_body(leader: Token, mentions: Mentions) -> bool:
    """'the Labour leader of Newcastle city council': the leader of what 'of' names, and a
    member of the party named before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ != "party"
        and getattr(mentions.entity(g), "kind", None) != "party" for g in c.children)
        for c in leader.children)


def _party_before_leader(doc: Doc, mentions: Mentions, j: int, floor: int
                         ) -> tuple[Entity | None, bool]:
    """'Lib Dem leader' -> (Lib Dems, True); 'SNP Holyrood leader' -> (SNP, False)."""
    k = j - 1
    adjacent = True
    while k >= floor:
        entity = mentions.at(doc[k])
        if entity is not None and entity.kind == "party":
            return entity, adjacent
        if not (doc[k].is_title or doc[k].lower_ in ("'s", "’s")):
            break
        if doc[k].lower_ not in ("'s", "’s"):
            adjacent = False
        k -= 1
    return None, adjacent


def _apposition(doc: Doc, span: Span, person: Entity, mentions: Mentions,
                office_spans: list, offset: int) -> Iterator[Relation]:
    """'Name, [the] [party's|Party's] Office' and 'Name, for the Party,'."""
    k = span.end
    if k < len(doc) and doc[k].lower_ in SUFFIXES:  # "Paul Boateng MP, Labour's ..."
        k += 1
    ev = evidence(span.sent, offset, "apposition", 0.7)
    if k + 1 < len(doc) and doc[k].lower_ == "of":  # "Ian Blackford of the SNP said"
        yield from _of_party(doc, k, person, mentions, ev, comma=False)
        return
    if k >= len(doc) or doc[k].text != ",":
        return
    k += 1
    if k + 1 < len(doc) and doc[k].lower_ in ("for", "of"):  # "Name, of Plaid Cymru,"
        yield from _of_party(doc, k, person, mentions, ev, comma=True)
        return
    if k + 1 < len(doc) and doc[k].lower_ in SHARED_BY:  # "A and B, both Labour MPs,": each
        for each in _listed_before(span, mentions) if doc[k + 1].pos_ != "ADP" else []:
            yield from _appositive(doc, k + 1, each, mentions, office_spans, ev)  # listed name's
        return  # (not "A and B, both of whom ...")
    yield from _appositive(doc, k, person, mentions, office_spans, ev)
    # "Name, a pollster and former Tory MP,": the title after "and" is the name's too
    end = next((t.i for t in doc[k:min(k + 8, span.sent.end)] if t.is_punct and t.text != "-"),
               min(k + 8, span.sent.end))
    joined = next((t.i for t in doc[k + 1:end] if t.lower_ == "and"), None)
    if joined is not None and not any(getattr(mentions.at(t), "kind", None) == "person"
                                      or t.pos_ in ("VERB", "AUX") for t in doc[k:end]):
        yield from _appositive(doc, joined + 1, person, mentions, office_spans, ev)


#: Words that give one description to every name of the list before: "A and B, both ...".
SHARED_BY = frozenset({"all", "both", "two", "three", "four", "five"})


def _listed_before(span: Span, mentions: Mentions) -> list[Entity]:
    """The people of a list that ends with the name `span`: 'A, B and C' (two or more)."""
    people = {s.end: (s, e) for s, e in mentions.spans if e.kind == "person"}
    found, start = [mentions.at(span[0])], span.start
    while start > 1 and span.doc[start - 1].lower_ in (",", "and", "&") \
            and start - 1 in people:
        before, entity = people[start - 1]
        found.insert(0, entity)
        start = before.start
    return found if len(found) > 1 else []


def _appositive(doc: Doc, k: int, person: Entity, mentions: Mentions, office_spans: list,
                ev: Evidence) -> Iterator[Relation]:
    """The post or party of the words at k that describe the person: "the Labour MP", "the
    party's spokesman", "a former home secretary"."""
    party = None
    first = k
    while k < len(doc) and k - first < 8 and (
            doc[k].lower_ in ("the", "a", "an", "former", "new") or _newly_made(doc, k)
            or mentions.at(doc[k]) is None and doc[k].lower_ not in POST_NOUNS and (
                doc[k].pos_ == "ADJ" or doc[k].text == "," and doc[k - 1].pos_ == "ADJ"
                or _hyphened_epithet(doc, k))):
        # (an adjective of the person, not of the post: "the deputy Labour leader" is no leader)
        k += _newly_made(doc, k) or (3 if _hyphened_epithet(doc, k) else 1)
        # ("the newly appointed", "a romantic, libertarian", "the twice-sacked")
    owner = mentions.at(doc[k]) if k < len(doc) else None
    end = k
    while owner is not None and end < len(doc) and mentions.at(doc[end]) is owner:
        end += 1  # "the Green Party's": a party of several words
    end = max(end, k + 1)
    if end < len(doc) and possessive_mark(doc[end]):
        party = owner if owner is not None and owner.kind == "party" else (
            mentions.resolve_party(doc[k]) if doc[k].lower_ == "party" else None)
        k = end + 1
        if k < len(doc):  # "Labour's new deputy leader", "the party's newly elected chair"
            k += _newly_made(doc, k) or int(doc[k].lower_ == "new")
    if k < len(doc) and getattr(mentions.at(doc[k]), "kind", None) == "person":
        return  # "A, Labour's B and C": a list of names, not A's title
    post_at = k
    if k < len(doc) and (p := mentions.at(doc[k])) is not None and p.kind == "party":
        after = k
        while after < len(doc) and mentions.at(doc[after]) is p:
            after += 1
        post_at = after  # "Name, the Conservative prime minister": a member in that post
        while post_at < len(doc) and doc[post_at].lower_ in FORMER | {"new"}:
            post_at += 1  # ("the Conservative former prime minister")
        if after + 1 < len(doc) and doc[after + 1].lower_ in ("'s", "’s"):
            return  # "Piers Corbyn, the Labour leader's brother": another's title
        if after < len(doc) and doc[after].lower_ in LEADER_WORDS \
                and doc[after].lower_ != "leadership" and doc[after].dep_ != "compound" \
                and not _person_at(doc, after + 1, mentions):  # "Name, the Labour leader"
            # (not "Name, the Labour leadership contender": a title of another noun)
            yield Relation("memberOf" if group_leader(doc[after]) or _leads_another_body(
                doc[after], mentions) else "leaderOf", person, p, ev)
            return
        if after + 1 < len(doc) and doc[after].lower_ in LEADER_WORDS \
                and doc[after + 1].lower_ in CONTENDER_WORDS:
            party = p  # "Name, the Labour leadership contender": a member standing
        noun = after  # "Name, the Labour MP", "a former Tory activist", "the Tory MEP"
        while noun < len(doc) and noun - after < 3 and doc[noun].is_lower \
                and doc[noun].pos_ in ("NOUN", "ADJ") \
                and _singular(doc[noun].lower_) not in _MEMBER_NOUNS:
            noun += 1  # ("the Labour party activist", "a Tory grassroots activist")
        if noun < len(doc) and _singular(doc[noun].lower_) in _MEMBER_NOUNS:
            if noun + 1 < len(doc) and getattr(mentions.at(doc[noun + 1]), "kind",
                                               None) == "person":
                return  # "A, Conservative MP B and ...": B's title, in a list of names
            party = p
    office_span, office = next(((s, e) for s, e in office_spans
                                if s.start <= k < s.end or s.start == post_at), (None, None))
    if office_span is not None and office_span.end < len(doc) and (
            doc[office_span.end].lower_ in ("'s", "’s") or _person_at(doc, office_span.end,
                                                                      mentions)):
        return  # "Carrie Johnson, the prime minister's wife"; "A, B and C, the party's
        # campaigns director Lord Hale said": the next name's title
    if office is not None:
        yield Relation("holdsOffice", person, office, ev)
        if party is None:  # (in the post's own words: "leader of Devon county Labour group")
            party = next((mentions.at(doc[t]) for t in range(k, max(k + 4, office_span.end))
                          if t < len(doc) and mentions.at(doc[t]) is not None
                          and mentions.at(doc[t]).kind == "party"), None)
    if party is not None:
        yield Relation("memberOf", person, party, ev)


def _hyphened_epithet(doc: Doc, k: int) -> bool:
    """'twice-sacked', 'much-criticised', 'fast-rising': an adverb and a participle written as
    one word describe the person (where 'the recently sacked minister' no longer holds the
    post)."""
    return k + 2 < len(doc) and doc[k].pos_ == "ADV" and doc[k + 1].text == "-" \
        and doc[k + 2].tag_ in ("VBN", "VBG") and not doc[k].whitespace_ \
        and not doc[k + 1].whitespace_


def _person_at(doc: Doc, i: int, mentions: Mentions) -> bool:
    """A person's name starts at token i, after any honorifics ('Lord Rennard')."""
    while i < len(doc) and doc[i].lower_.rstrip(".") in HONORIFIC:
        i += 1
    return i < len(doc) and getattr(mentions.at(doc[i]), "kind", None) == "person"


def _of_party(doc: Doc, k: int, person: Entity, mentions: Mentions, ev: Evidence,
              comma: bool) -> Iterator[Relation]:
    """'Name, of Plaid Cymru,', 'Name, for the Greens,', 'Name of the SNP said': a member;
    not 'of the Labour Party's NEC' (a body of it)."""
    at = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    p = mentions.at(doc[at]) if at < len(doc) else None
    after = at
    while p is not None and after < len(doc) and mentions.at(doc[after]) is p:
        after += 1
    ends = after == len(doc) or doc[after].is_punct or not comma and doc[after].pos_ in (
        "VERB", "AUX", "CCONJ")
    if p is not None and p.kind == "party" and (doc[k].lower_ == "for" or ends):
        yield Relation("memberOf", person, p, ev)


#: "the newly appointed Home Secretary": the event a participle after "newly" tells.
NEWLY: dict[str, str] = table("words")["newly"]


def _newly_made(doc: Doc, k: int) -> int:
    """How many words 'newly appointed' or 'newly-elected' at k takes (0: none)."""
    if doc[k].lower_ != "newly":
        return 0
    j = k + 2 if k + 1 < len(doc) and doc[k + 1].text == "-" else k + 1
    return j - k + 1 if j < len(doc) and doc[j].lemma_ in NEWLY else 0


#: "Sacked MP Howard Flight": participles before a name and the event they tell.
DONE_TO: dict[str, str] = table("words")["done_to"]


def owned_polls(mentions: Mentions, offset: int) -> Iterator[tuple[Event, Token]]:
    """"Cameron's EU referendum": a referendum owned by a person is the one that person
    called (the possessive presupposes it, whatever the clause around it hopes); not a
    country's or a party's ("Britain's referendum"), nor one only proposed."""
    for span, entity in mentions.spans:
        if entity.kind != "election" or entity.election_kind != "referendum":
            continue
        owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
        caller = mentions.entity(owner) if owner is not None else None
        if caller is None or caller.kind != "person" or any(
                t.lower_ in PROSPECTIVE for t in span):
            continue
        yield Event("ElectionCalled", caller, entity, evidence(
            span.sent, offset, "owned-poll", 0.7), untimed=True), span.root


def done_to(doc: Doc, mentions: Mentions, offset: int) -> Iterator[tuple[Event, Token]]:
    """'Sacked MP Howard Flight', 'the suspended Labour MP Ann Roe': the participle tells what
    was done to the person it describes (the model tags a capitalised one a proper noun, so
    the word is read, not its lemma); the party or post between them is the event's object."""
    for tok in doc:
        event = DONE_TO.get(tok.lower_)
        if tok.lower_ == "elected" and tok.i > 0 and (  # "Newly-elected Ann Roe says ..."
                _newly_made(doc, tok.i - 1) or tok.i > 1 and _newly_made(doc, tok.i - 2)) \
                and getattr(mentions.at(tok.head), "kind", None) == "person":
            event = "Elected"  # (a title between is rules.newly_made's: "newly elected MP X")
        if event is None or tok.dep_ not in ("amod", "compound") or speculative(tok):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            continue  # "a fired-up Sadiq Khan": another adjective
        head, person = tok.head, None
        for _ in range(4):  # up through the title's words to the name
            found = mentions.at(head)
            if found is not None and found.kind == "person":
                person = found
                break
            named = next((e for c in head.children if c.dep_ == "appos"
                          and (e := mentions.at(c)) is not None and e.kind == "person"), None)
            if named is not None:  # "the sacked health secretary, Jim Poe"
                person = named
                break
            if head.dep_ != "compound" or head.head.i == head.i:
                break
            head = head.head
        if person is None:
            continue
        between = [e for t in doc[tok.i + 1:head.i + 1] if (e := mentions.at(t)) is not None]
        wanted = {"Dismissed": "office", "Elected": "constituency"}.get(event, "party")
        obj = next((e for e in between if e.kind == wanted), None)
        if obj is None and wanted == "party":
            obj = mentions.resolve_party(tok)
        yield Event(event, person, obj, evidence(tok.sent, offset, "done-to", 0.7)), tok


def newly_made(doc: Doc, relations: list[Relation], offset: int) -> Iterator[Event]:
    """'X, the newly appointed Home Secretary', 'the newly elected Labour leader X', 'New
    Home Secretary X', 'the newly elected MP for Wakefield, X': the post (leadership, seat) a
    title states was just given, an appointment (or a leadership, a seat won) undated."""
    for tok in doc:
        # "new" alone: an adjective of the title, not a name's word ("New Zealand", "New Labour")
        width = _newly_made(doc, tok.i) or int(
            tok.lower_ == "new" and tok.dep_ in ("amod", "compound") and not tok.ent_type_)
        if not width:
            continue
        verb = doc[tok.i + width - 1]
        start = offset + tok.sent.start_char
        for rel in relations:
            if rel.evidence.char_start != start or rel.type not in (
                    "holdsOffice", "leaderOf", "represents") or (
                    rel.type == "represents" and tok.lower_ == "new"):
                continue  # (a seat "newly" won; "a new MP" may have sat a year already)
            words = {w for n in (rel.object.name, *rel.object.aliases) for w in n.lower().split()
                     if w not in ("of", "the", "for", "and")}  # "Chancellor of the Exchequer"
            where = [t for t in doc[tok.i + width:tok.i + width + 4] if t.lower_ in words
                     or rel.object.name.lower().split()[-1] in t.lower_
                     or t.lower_ in LEADER_WORDS and rel.type == "leaderOf"]
            if not where:
                continue
            near = doc[max(tok.i - 6, 0):tok.i + width + 8]
            opens = rel.evidence.rule == "digest-title" and tok.i - tok.sent.start <= 1
            if tok.lower_ == "new" and not opens and not any(
                    t.lower_ == rel.subject.name.lower().split()[-1] for t in near):
                continue  # "hugged the new prime minister": whose? (a digest's summary that
                # opens "The new health secretary" tells of the person its headline names)
            if tok.lower_ == "new" and tok.head not in where \
                    and tok.head.ent_type_ not in ("PERSON", "OFFICE"):
                continue  # "a new book about the Attorney General": the book is new
            kind = {"leaderOf": "BecameLeader", "represents": "Elected"}.get(
                rel.type, NEWLY.get(verb.lemma_, "Appointed"))
            yield Event(kind, rel.subject, rel.object, evidence(
                tok.sent, offset, "newly-made", 0.7))


def party_seats(doc: Doc, mentions: Mentions) -> dict[int, Entity]:
    """'Labour held Heywood and Middleton', 'Labour won two by-elections, taking Mid
    Bedfordshire and Tamworth': each seat a party is said to win, by id, to that party."""
    won: dict[int, Entity] = {}
    for tok in doc:
        if tok.lemma_ not in ("win", "hold", "retain", "take", "gain", "regain") \
                or tok.pos_ != "VERB" or speculative(tok):
            continue
        subject = _subject(tok, False)
        party = mentions.entity(subject) if subject is not None else None
        if party is None or party.kind != "party":
            continue
        for t in _args(tok):
            seat = mentions.at(t)
            if seat is not None and seat.kind == "election":  # "won the Wakefield by-election"
                seat = seat.constituency
            if seat is not None and seat.kind == "constituency" \
                    and _governing_prep(t) in ("", "in"):
                won.setdefault(id(seat), party)
    return won


def chairs(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'Jacob Rees-Mogg, who chairs the European Research Group': he holds its chair."""
    for tok in doc:
        if tok.lemma_ not in ("chair", "head") or tok.pos_ != "VERB" or speculative(tok):
            continue
        people = _people(_subject(tok, False), mentions)
        body = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if not people or body is None or mentions.at(body) is not None and \
                mentions.at(body).kind not in ("organization",):
            continue
        words = [t for t in body.subtree if t.i <= body.i]
        name = " ".join(t.text for t in words)
        if not name or not (body.is_title or any(t.lower_ in ("committee", "group", "commission",
                                                              "board", "inquiry", "panel")
                                                 for t in words)):
            continue
        title = "Chair of " + name
        office = mentions.add(doc[words[0].i:words[-1].i + 1], "office", title,
                              overwrite=False)
        ev = evidence(tok.sent, offset, "chairs", 0.7)
        yield Relation("holdsOffice", people[0], office, ev)
        for t in body.subtree:  # "the European Research Group of Conservative MPs"
            party = mentions.at(t)
            if party is not None and party.kind == "party" and t.head.lower_ in (
                    "mps", "msps", "members", "councillors") and _governing_prep(t.head) == "of":
                yield Relation("memberOf", people[0], party, ev)


#: Nouns of a spell in a post: "her time as defence secretary".
SPELLS = words("spells")
SPELL_ORDINALS = words("spell_ordinals")
CHOICE_NOUNS = words("choice_nouns")


def _spent_in_post(noun: Token) -> bool:
    """'her time as defence secretary', 'his first test as home secretary': the noun's owner
    held the post after 'as' (not 'his first pick as chancellor': that is someone else)."""
    return noun.lower_ in SPELLS or noun.pos_ == "NOUN" and noun.lemma_ not in CHOICE_NOUNS \
        and any(c.dep_ == "amod" and c.lower_ in SPELL_ORDINALS for c in noun.children)


def _spell_before(span: Span) -> Token | None:
    """The noun of a spell in the post: 'her time as' before it. 'as' hangs from the noun,
    or, where the parser hung it elsewhere, follows a noun of SPELLS ('from May's time as
    prime minister')."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "as":
        return None
    if _spent_in_post(doc[span.start - 1].head):
        return doc[span.start - 1].head
    return doc[span.start - 2] if doc[span.start - 2].lower_ in SPELLS else None


def owned_posts(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'his Kingswood constituency': he sits for it; 'during her time as defence secretary',
    'his first test as home secretary': she held the post (undated). The owner is the
    pronoun's person or the name in the possessive."""
    for span, entity in list(mentions.spans):
        if entity.kind == "constituency" and span.end < len(doc) \
                and doc[span.end].lower_ in SEAT_WORDS:
            noun, relation = doc[span.end], "represents"
        elif entity.kind == "office" and (noun := _spell_before(span)) is not None:
            relation = "holdsOffice"
        else:
            continue
        owner = next((c for t in (noun, *span) for c in t.children if c.dep_ == "poss"),
                     None)  # (the parser may hang "her" on the seat's name)
        if owner is None or any(c.lower_ in FORMER | PROSPECTIVE_TITLES for c in noun.children):
            continue  # "his former seat": not now; the article says when, if it does; "her
            # potential role as foreign secretary": not yet
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and owner.pos_ == "PRON" and any(
                c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
            continue  # "wants to keep him in his job": "his" is "him", whom the subject's
            # pronoun rule would not find
        person = mentions.entity(owner)
        if person is not None and person.kind == "person":
            yield Relation(relation, person, entity,
                           evidence(span.sent, offset, "owned-post", 0.7))


#: Words after "X's Labour" that leave the party X's to lead: "Ed Miliband's Labour
#: opposition", "Keir Starmer's Labour party" (not "X's Labour MP": the seat's member).
_LED_PARTY_NOUNS = frozenset({"administration", "government", "opposition", "party"})


def led_parties(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'Rishi Sunak's Conservatives', 'Harold Wilson's Labour government', 'the Tories
    under Cameron': the party so owned is the one the person leads (undated, as the words
    are)."""
    for span, party in list(mentions.spans):
        if party.kind != "party":
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ == "under" and span.end + 1 < len(doc):
            person = mentions.at(doc[span.end + 1])
        elif span.start < 2 or not possessive_mark(doc[span.start - 1]) or (
                after is not None and not (after.is_punct and after.text != "-"
                                           or after.lower_ in _LED_PARTY_NOUNS
                                           or after.pos_ in ("VERB", "AUX", "ADP", "CCONJ"))):
            continue
        else:
            person = mentions.at(doc[span.start - 2])
        if person is not None and person.kind == "person":
            yield Relation("leaderOf", person, party,
                           evidence(span.sent, offset, "led-party", 0.7))


#: The prepositions before "Name as <post>" that say in what post the name acted: "a review
#: ordered by X as prime minister", "took over from X as", "trust in X as" (not "for X as",
#: "like X as": a wish, a likeness).
CAPACITY_PREPS = ("by", "from", "in", "under")


def capacities(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'ordered by Liz Truss as prime minister', 'took over from X as prime minister': the
    name held the post it acted in (undated, as the words are)."""
    for span, office in list(mentions.spans):
        if office.kind != "office" or span.start < 2 or doc[span.start - 1].lower_ != "as":
            continue
        person = mentions.at(doc[span.start - 2])
        prep = _governing_prep(doc[span.start - 2])
        if person is None or person.kind != "person" or speculative(doc[span.start - 2]) \
                or prep not in CAPACITY_PREPS:
            continue
        if prep == "by" and not _done_to_a_thing(doc[span.start - 2], mentions):
            continue  # "X, returned to the cabinet by Y as levelling up secretary": X's post
        yield Relation("holdsOffice", person, office,
                       evidence(span.sent, offset, "capacity", 0.7))


def _done_to_a_thing(agent: Token, mentions: Mentions) -> bool:
    """'a review ordered by X': what the agent's passive verb was done to is no person (nor
    a pronoun, which may be one)."""
    while agent.dep_ != "pobj" and agent.head.i != agent.i:
        agent = agent.head
    verb = agent.head.head
    done = next((c for c in verb.children if c.dep_ == "nsubjpass"),
                verb.head if verb.dep_ == "acl" else None)
    return done is not None and done.pos_ != "PRON" and getattr(
        mentions.entity(done), "kind", None) != "person"


def holders_since(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'the first Labour prime minister since Harold Wilson', 'a UK PM since Gordon Brown':
    the name after "since" held the post before (not 'since Johnson appointed her')."""
    for span, office in list(mentions.spans):
        k = span.end + 1
        if office.kind != "office" or k >= len(doc) or doc[span.end].lower_ != "since":
            continue
        k += doc[k].lower_ == "the"
        named = next(((s, e) for s, e in mentions.spans if s.start == k), None)
        if named is None or named[1].kind != "person" or named[0].end < len(doc) \
                and doc[named[0].end].tag_ in ("VBD", "VBZ", "VBP"):
            continue
        yield Relation("holdsOffice", named[1], office,
                       evidence(span.sent, offset, "holder-since", 0.7))


def predecessors(doc: Doc, mentions: Mentions, relations: list[Relation], offset: int
                 ) -> Iterator[Relation]:
    """'Sadiq Khan, the mayor of London, ... his predecessor, Boris Johnson': Johnson held the
    post before him; 'his Labour predecessor as chancellor, Ann Roe': she held the post 'as'
    names, and is of that party. Without 'as', the post is the one post or leadership the
    article gives the possessor (`relations`); undated, as the words are."""
    held: dict[int, dict[tuple[str, int], Relation]] = {}
    for r in relations:
        if r.type in ("holdsOffice", "leaderOf"):
            held.setdefault(id(r.subject), {})[(r.type, id(r.object))] = r
    for tok in doc:
        if tok.lemma_ != "predecessor" or any(c.lower_ == "but" for c in tok.children):
            continue  # (not "his predecessor but one")
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        person = mentions.entity(owner) if owner is not None else None
        if person is None or person.kind != "person":
            continue
        named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pobj"]
        post = next((e for g in named if (e := mentions.at(g)) is not None
                     and e.kind == "office"), None)
        # the name: apposed to the predecessor ("his predecessor, X"), or to the post 'as'
        # names ("his predecessor as chancellor, X"), or the one it is apposed to
        names = [c for t in (tok, *named) for c in t.children if c.dep_ == "appos"]
        names += [tok.head] if tok.dep_ == "appos" else []
        first = next((t for t in names if (e := mentions.at(t)) is not None
                      and e.kind == "person" and e is not person), None)
        if first is None:
            continue
        posts = [("holdsOffice", post)] if post is not None else [
            (r.type, r.object) for r in held.get(id(person), {}).values()]
        if len(posts) != 1:
            continue
        found = evidence(tok.sent, offset, "predecessor", 0.7)
        party = next((e for c in tok.children if c.dep_ in ("compound", "amod")
                      and (e := mentions.at(c)) is not None and e.kind == "party"), None)
        # "his three predecessors, A, B and C": each of the list
        for before in _listed(first, mentions) if _plural(tok) else [mentions.at(first)]:
            yield Relation(posts[0][0], before, posts[0][1], found)
            if party is not None:  # "her SNP predecessor"
                yield Relation("memberOf", before, party, found)


def _listed(first: Token, mentions: Mentions) -> list[Entity]:
    """The people of a list a name opens, 'A, B and C' (each hangs from the one before)."""
    found, tok = [mentions.at(first)], first
    while (tok := next((c for c in tok.children if c.dep_ == "conj"), None)) is not None:
        if (entity := mentions.at(tok)) is not None and entity.kind == "person":
            found.append(entity)
    return found


def candidacies(doc: Doc, mentions: Mentions, offset: int
                          ) -> Iterator[tuple[Event, Token]]:
    """'The Labour leadership contender Rebecca Long-Bailey': she stands in that contest; 'the
    Green candidate Ann Roe', 'Ann Roe, the Labour candidate for Slough': she stands; so do
    'A and B, the two finalists in the leadership race' and 'A, B and C are the contenders in
    the SNP leadership race'. The name is the one right after the title, or the one (the
    ones, for a plural title) the title is in apposition to or is said of (a title and a
    name are two tokens of one phrase, which the trigger table, made for verbs and their
    arguments, does not describe)."""
    for tok in doc[1:]:
        if not ({tok.lower_, tok.lemma_.lower()} & CONTENDER_WORDS):
            continue  # (first: the contest is looked for only beside a contender's word)
        contest = _contest_of(tok, mentions)
        leadership = doc[tok.i - 1].lower_ == "leadership" or (
            contest is not None and contest.election_kind == "leadership election") or (
            tok.lemma_.lower() not in ("candidate", "rival") and bool(leadership_sought(tok))
            and not _as_another_post(tok, mentions))  # "the frontrunner to replace Sturgeon"
        if not (leadership or tok.lemma_.lower() == "candidate"
                or doc[tok.i - 1].lower_ in CONTEST_ADJECTIVES) or tok.i + 1 >= len(doc) or any(
                    t.lower_ in PROSPECTIVE_TITLES or t.lower_ in POLLS_ABROAD
                    for t in doc[max(0, tok.i - 3):tok.i]):
            continue  # (not "the next leader", nor "the US presidential candidate")
        hedged = speculative(tok)  # "a likely leadership contender if ..."
        after = doc[tok.i + 1] if doc[tok.i + 1].text != "," else doc[min(tok.i + 2, len(doc) - 1)]
        people = [e for e in [mentions.at(after)] if e is not None and e.kind == "person"]
        if people and tok.tag_ in ("NNS", "NNPS"):  # "Tory hopefuls Robert Light and X"
            name = next(s for s, e in mentions.spans if s.start <= after.i < s.end)
            people = _people(name.root, mentions) or people
        if not people and tok.dep_ == "appos":  # "Ann Roe, the Labour candidate for Slough,"
            people = _people(tok.head, mentions) if tok.tag_ in ("NNS", "NNPS") else [
                e for e in [mentions.at(tok.head)] if e is not None and e.kind == "person"]
        one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if not people and one is not None and one.lower_ == "one" and one.dep_ == "appos":
            people = [e for e in [mentions.at(one.head)] if e is not None and e.kind == "person"]
            # ("Ann Roe, one of the frontrunners,")
        if not people and one is not None and one.lower_ == "one" and one.dep_ == "attr" \
                and one.head.lemma_ == "be" and not speculative(one.head):
            people = _people(_subject(one.head, False), mentions)  # "X is one of the contenders"
        if not people and tok.dep_ == "attr" and tok.head.lemma_ == "be" \
                and not speculative(tok.head):  # "A and B are the contenders"
            people = _people(_subject(tok.head, False), mentions)
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
        if not people and verb is not None and verb.lemma_ in CONTENDER_AS_VERBS \
                and not speculative(verb):  # "A emerged as the frontrunner", "B was
            # confirmed as a candidate"
            people = _people(_subject(verb, any(c.dep_ == "nsubjpass" for c in verb.children)),
                             mentions)
        seat = next((e for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if (e := mentions.at(g)) is not None
                     and e.kind == "constituency"), None)
        people = [] if hedged else people
        # "her rivals in the Labour leadership race", "Truss's key rival, X": a leadership
        # contender's rival stands too, whatever the clause says of the rivals ("called on
        # her rivals to ..."); a candidate's rival may be one for a seat, or in a vote
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if leadership and owner is not None and tok.lemma_.lower() == "rival" \
                and (rival := mentions.entity(owner)) is not None and rival.kind == "person":
            people.append(rival)
        lost = any(c.dep_ == "amod" and c.lower_ in LOSING_WORDS and c.i < tok.i for c in (
            *tok.children, *(tok.head.children if tok.dep_ == "compound" else ())))
        # ("the unsuccessful mayoral candidate X": the parser may hang the adjective on X)
        for person in people:
            found = evidence(tok.sent, offset, "leadership-contender" if leadership
                             else "candidate", 0.7)
            yield Event("StoodForElection", person, seat, found,
                        date_reason="the article does not say when", election=contest), tok
            if lost:  # "the unsuccessful mayoral candidate X": stood, and lost
                yield Event("Defeated", person, seat, replace(found, rule="losing-candidate"),
                            date_reason="the article does not say when",
                            election=contest), tok


def _as_another_post(title: Token, mentions: Mentions) -> bool:
    """'the frontrunner to replace Osborne as chancellor': a post given, not a leader elected."""
    return any(t.lower_ == "as" and any(
        getattr(mentions.at(g), "kind", None) == "office" and g.lower_ != "leader"
        for g in t.subtree) for t in title.doc[title.i + 1:title.sent.end] if t.head.i > title.i)


def _contest_of(title: Token, mentions: Mentions) -> Entity | None:
    """The election a contender's title names: 'the Labour leadership contender' (the word
    before), 'the finalists in the Conservative leadership race' (a phrase after)."""
    named = [mentions.at(title.doc[title.i - 1])] + [
        mentions.at(t) for c in title.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
        for t in c.subtree]
    found = next((e for e in named if e is not None and e.kind == "election"), None)
    if found is None and title.lemma_.lower() in CONTENDER_WORDS - {"candidate", "rival"}:
        # "Long-Bailey, one of the frontrunners": a race's word, in the article's one contest
        contests = [e for e in mentions.entities.values()
                    if e.kind == "election" and e.election_kind == "leadership election"]
        found = contests[0] if len(contests) == 1 else None
    if found is None and title.lemma_.lower() == "rival":  # "her key rival, X, ... in the
        # Conservative leadership contest": a rival in the contest the sentence names
        found = next((e for t in title.sent if (e := mentions.at(t)) is not None
                      and e.kind == "election" and e.election_kind == "leadership election"),
                     None)
    return found


#: Verbs whose subject takes a side in a contest rather than standing in it.
BACKING_VERBS = words("backing_verbs")


def filed_contenders(doc: Doc, mentions: Mentions, offset: int, digest: bool
                     ) -> Iterator[tuple[Event, Token]]:
    """A story filed under 'Tory leadership race:' is about that contest's candidates: the
    people its headline names ('Liz Truss bids to make final two', 'Would Liz Truss or Rishi
    Sunak cut taxes first?'), or, under a headline that names none but speaks of its
    finalists or candidates, the people the first sentence below it names. So is a story
    headed by a party's candidates ('SNP candidates predict ...' over 'A, B and C were
    speaking ...'). Someone who backs another is no candidate ('Unite backs Ann Roe': she is)."""
    for head, story in stories(doc, digest):
        filed = _filed_under(head, mentions)
        if filed is None:
            continue
        party, after = filed
        named = [(s, e) for s, e in mentions.spans if e.kind == "person"
                 and after.i < s.start < head.end]
        first = lead(story)
        if not named and first is not None and any(
                {t.lower_, t.lemma_.lower()} & CONTENDER_WORDS for t in head):
            named = [(s, e) for s, e in mentions.spans if e.kind == "person"
                     and first.start <= s.start < first.end]
        contest = next((e for e in mentions.entities.values() if e.kind == "election"
                        and e.election_kind == "leadership election" and e.party is party), None)
        people = {id(e): (s, e) for s, e in named if not (
            s.root.dep_ == "nsubj" and s.root.head.lemma_ in BACKING_VERBS)}
        for span, person in people.values():
            yield Event("StoodForElection", person, None,
                        evidence(span.sent, offset, "filed-contender", 0.6),
                        date_reason="the article does not say when", election=contest), after


def _filed_under(head: Span, mentions: Mentions) -> tuple[Entity, Token] | None:
    """The party whose contest a headline is about, and the token after which its candidates
    are named: the colon of a 'Tory leadership:' prefix, or the subject 'SNP candidates'."""
    colon = next((t for t in head[:6] if t.text == ":"), None)
    if colon is not None and any(t.lower_ == "leadership" for t in head[:colon.i - head.start]):
        party = next((e for t in head[:colon.i - head.start]
                      if (e := mentions.at(t)) is not None and e.kind == "party"), None)
        return (party, colon) if party is not None else None
    for tok in head:
        if tok.tag_ == "NNS" and tok.lemma_.lower() in CONTENDER_WORDS and tok.dep_ == "nsubj":
            party = next((e for c in tok.children if c.dep_ in ("compound", "amod")
                          and (e := mentions.at(c)) is not None and e.kind == "party"), None)
            if party is not None:
                return party, tok
    return None


def post_seekers(doc: Doc, mentions: Mentions, offset: int) -> Iterator[tuple[Event, Token]]:
    """'Emily Thornberry, who is running to be Labour leader': she stands for the post (and
    does not hold it: _post_to_come). 'Liz Truss launched her leadership bid': so does she,
    and so did whoever owns one ('John Redwood's leadership bid in 1995', 'Tom
    Hale's bid to lead the party': the possessive presupposes it)."""
    for tok in doc:
        if tok.lemma_ in ("be", "become") and _sought(tok):
            verb = tok.head
            post = next((c for c in tok.children if c.dep_ in ("attr", "oprd")), None)
            if post is None or not (post.lower_ in LEADER_WORDS or getattr(
                    mentions.at(post), "kind", None) == "office"):
                continue
            people = _people(_subject(verb, False), mentions)
        elif tok.lemma_ in BID_NOUNS and _for_leadership(tok):
            verb = tok.head
            owner = next((c for c in [*tok.children, *(g for c in tok.children
                                                     if c.dep_ == "compound" for g in c.children)]
                          if c.dep_ == "poss"), None)  # (parsed "[Redwood's leadership] bid")
            if owner is not None and owner.pos_ != "PRON":  # "John Redwood's leadership bid"
                people = _people(owner, mentions)
            elif tok.dep_ == "dobj" and tok.head.lemma_ in BID_STARTS:  # "launched her bid"
                people = _people(_subject(verb, False), mentions)
            else:
                continue
        else:
            continue
        if speculative(verb):
            continue
        for person in people:
            yield Event("StoodForElection", person, None,
                        evidence(tok.sent, offset, "seeks-post", 0.7),
                        date_reason="the article does not say when"), tok


def _for_leadership(bid: Token) -> bool:
    """'a leadership bid', 'his bid for the leadership'."""
    return any(c.lower_ == "leadership" for c in bid.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ == "leadership" for g in c.children)
        for c in bid.children)


def contest_moves(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, Entity]]:
    """What a candidate does in a party's leadership contest, and the contest: 'Andrea Leadsom
    withdrew from the Conservative leadership contest'; 'X dropped out of the race' where the
    article names one contest, a leadership one (the bare noun is that contest: an article
    about a leadership race calls it "the race" once it has named it)."""
    sole = {id(e): e for _, e in mentions.spans if e.kind == "election"}
    sole_contest = next(iter(sole.values())) if len(sole) == 1 else None
    for tok in doc:
        if tok.lemma_ not in CANDIDATE_VERBS or tok.pos_ != "VERB":
            continue
        args = _args(tok)
        contest = _object("election", args, mentions)
        if contest is None and any(a.lower_ in ("contest", "race") and a.dep_ in ("dobj", "pobj")
                                   for a in args):
            contest = sole_contest
        if contest is not None and contest.election_kind == "leadership election":
            yield tok, contest


def contest_candidates(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'Andrea Leadsom withdrew from the Conservative leadership contest': a candidate for a
    party's leadership is a member of that party."""
    for tok, contest in contest_moves(doc, mentions):
        if contest.party is None:
            continue
        for person in _people(_subject(tok, False), mentions):
            yield Relation("memberOf", person, contest.party,
                           evidence(tok.sent, offset, "contest-candidate", 0.7))


def contest_entrants(doc: Doc, mentions: Mentions, offset: int
                     ) -> Iterator[tuple[Event, Token]]:
    """'X has surged ahead in the Tory leadership race', 'Y dropped out of the race': they
    stand in it (unless the move is hedged: 'could enter the race')."""
    for tok, contest in contest_moves(doc, mentions):
        if speculative(tok):
            continue
        for person in _people(_subject(tok, False), mentions):
            yield Event("StoodForElection", person, None,
                        evidence(tok.sent, offset, "contest-entrant", 0.7),
                        date_reason="the article does not say when", election=contest), tok


def standing_for_party(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'George Galloway, standing for the Workers Party of Britain, came third': a candidate
    described by a participle is a member of the party he stands for."""
    for tok in doc:
        if tok.lemma_ not in ("stand", "run") or tok.dep_ != "acl" or speculative(tok):
            continue
        person = mentions.at(tok.head)
        if person is None or person.kind != "person":
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
            party = next((e for c in prep.children if c.dep_ == "pobj"
                          and (e := mentions.at(c)) is not None and e.kind == "party"), None)
            if party is not None:
                yield Relation("memberOf", person, party,
                               evidence(tok.sent, offset, "standing-for", 0.7))


#: What a candidate does in a contest (a member of the party, whatever the outcome).
CANDIDATE_VERBS = words("candidate_verbs")


def seats_where(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'Colchester, where the sitting Conservative MP Will Quince is to stand down': an MP
    named in a clause "where" opens, hung on a seat, sits for that seat (not "where the
    former MP X"; undated, as the words are)."""
    for span, person in mentions.spans:
        title = doc[span.start - 1] if span.start > 0 else None
        if person.kind != "person" or title is None or title.lower_ not in SEAT_HOLDER \
                or any(t.lower_ in FORMER for t in doc[max(span.start - 4, 0):span.start]):
            continue
        verb = span.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        seat = mentions.at(verb.head)
        if verb.dep_ == "relcl" and seat is not None and seat.kind == "constituency" and any(
                c.lower_ == "where" for c in verb.children):
            yield Relation("represents", person, seat,
                           evidence(span.sent, offset, "seat-where", 0.7))


def members_for(doc: Doc, mentions: Mentions, offset: int, published
                ) -> Iterator[Relation]:
    """'the MP for Bury South', 'Labour MP for X', 'He had been the MP for X until 2019'."""
    from .temporal import resolve, year_span

    for span, seat in [(s, e) for s, e in mentions.spans if e.kind == "constituency"]:
        k = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
        if k < 1 or doc[k].lower_ not in ("for", "of") or doc[k - 1].lower_ not in MEMBER_WORDS:
            continue  # ("the MP for the Ribble Valley": the seat's "the")
        title = doc[k - 1]
        person = None
        if title.dep_ in ("attr", "appos") or title.head.dep_ in ("attr",):
            verb = title.head if title.dep_ == "attr" else title.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                person = mentions.entity(subject)
            elif verb.ent_type_ == "PERSON" or mentions.at(verb) is not None:
                person = mentions.at(verb)
        if person is None:  # "The MP for X, Name," / "Name, MP for X"
            near = [e for s, e in mentions.spans if e.kind == "person" and (
                0 < s.start - span.end <= 2 or 0 < title.i - s.end + 1 <= 3)
                and s.sent.start == span.sent.start]
            person = near[0] if near else None
        if person is None and title.dep_ in ("nsubj", "nsubjpass"):
            person = mentions.entity(title)  # "The MP for X, who ...": the story's subject
        if person is None or person.kind != "person":
            continue
        start = end = None
        for ent in span.sent.ents:
            if ent.label_ != "DATE" or ent.start < span.end or ent.start > span.end + 3 and \
                    not _seat_locality(doc[span.end:ent.start - 1], title, span):
                continue
            if (years := year_span(ent.text)) is not None:  # "between 1997 and 2005"
                start, end = years
                continue
            prep = doc[ent.start - 1].lower_
            ref = resolve(ent.text, published, prep=prep)
            if ref is not None and ref.interval is not None:
                if prep in ("until", "till", "to"):
                    end = ref.interval
                elif prep in ("since", "from"):
                    start = ref.interval
        if title.lower_ in SEAT_HOLDER:  # a candidate or councillor for it does not sit for it
            yield Relation("represents", person, seat,
                           evidence(span.sent, offset, "member-for", 0.8), start=start, end=end,
                           began=start is not None)
        for c in title.children:  # "the Conservative MP for X": a member of that party
            party = mentions.at(c)
            if party is not None and party.kind == "party" and c.dep_ in (
                    "compound", "amod", "nmod", "poss"):
                yield Relation("memberOf", person, party,
                               evidence(span.sent, offset, "member-for", 0.8))
                break


def seat_titles(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'Halifax MP Jane Roe', 'the late Slough MP Mrs Roe', 'Mrs Roe, the Slough
    MP,': a seat's name before a member title is the seat its holder sits for; so is a seat
    in brackets right after a name in a sentence about members ("three Tory MPs backed him:
    Jane Roe (Thurrock) and John Doe (Bosworth)")."""
    for span, seat in [(s, e) for s, e in mentions.spans if e.kind == "constituency"]:
        if span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc) \
                and doc[span.end].text == ")" and about_members(span.sent):
            person = mentions.at(doc[span.start - 2])
            if getattr(person, "kind", None) == "person":
                yield Relation("represents", person, seat,
                               evidence(span.sent, offset, "seat-title", 0.8))
            continue
        if span.end + 1 >= len(doc) or not member_title(doc[span.end]):
            continue
        person = mentions.at(doc[span.end + 1])
        if getattr(person, "kind", None) != "person":  # "Mrs Cox, the Batley and Spen MP"
            k = span.start - 1
            while k > span.sent.start and doc[k].lower_ in ("the", "late", "former", "ex"):
                k -= 1
            person = mentions.at(doc[k - 1]) if k > span.sent.start and doc[k].text == "," \
                else None
        if getattr(person, "kind", None) == "person":
            yield Relation("represents", person, seat,
                           evidence(span.sent, offset, "seat-title", 0.8))


def _seat_locality(gap: Span, title: Token, seat: Span) -> bool:
    """The words between a seat and its date are where the seat lies: "the MP for Slough, in
    Berkshire, since 2017"."""
    if not len(gap) or gap[0].lower_ != "in" or not (
            gap[0].head.i == title.i or seat.start <= gap[0].head.i < seat.end):
        return False
    inside = {t.i for t in gap[0].subtree}
    return all(t.i in inside for t in gap)


TENURE_VERBS: dict[str, tuple[tuple[str, str, frozenset[str]], ...]] = {}
for _entry in table("tenure_verb"):  # "had represented the seat since 2010" (lexicon.toml)
    TENURE_VERBS[_entry["verb"]] = TENURE_VERBS.get(_entry["verb"], ()) + (
        (_entry["relation"], _entry["object"], frozenset(_entry["needs"])),)


def represented(doc: Doc, mentions: Mentions, offset: int, published) -> Iterator[Relation]:
    """'She had represented the constituency since 2010', 'who had led the party since 2015',
    'who led Labour from 1983 until 1992'."""
    from .temporal import resolve, year_span

    for tok in doc:
        if tok.lemma_ not in TENURE_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.pos_ == "AUX" and tok.lemma_ != "be" or tok.lemma_ == "be" and (
                tok.dep_ in ("aux", "auxpass") or any(c.lower_ in ("will", "'ll", "to")
                                                      for c in tok.children)
                or not any(c.dep_ in ("attr", "prep") for c in tok.children)):
            continue  # (a copula with neither a post nor a phrase holds nothing)
        if speculative(tok):
            continue
        subject = _subject(tok, False)
        people = _people(subject, mentions)
        args = _args(tok)
        if tok.lemma_ == "be":  # "who had been Home Secretary since 2006": the post itself
            args = [t for c in tok.children if c.dep_ == "attr" and not _post_to_come(c, tok)
                    for t in c.subtree
                    if getattr(mentions.at(c), "kind", None) == "office"] + \
                [c for c in tok.children if c.dep_ == "prep"]
        elif tok.lemma_ == "serve":  # "to serve as Home Secretary"
            args = [t for t in args if t.dep_ != "pobj" or _governing_prep(t) == "as"]
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:  # "Labour, led by X since 2020": X leads what the verb is
            # said of (not "a flotilla led by Ukip leader X": no party led, by anyone)
            people = _people(next((g for g in agent.children if g.dep_ == "pobj"), None),
                             mentions)
            args = [tok.head] if tok.dep_ == "acl" else [
                c for c in tok.children if c.dep_ == "nsubjpass"]
        if subject is not None and tok.dep_ == "relcl" and subject.lower_ in (
                "post", "seat", "job", "role") and mentions.at(subject) is None:
            # "Home Secretary, the post Mrs May had held": parsed with "post" as the subject
            # and the name beside it; the post is what was held
            args = args + [subject]
        if not people:
            continue
        relation, seat = next(((rel, held) for rel, kind, nouns in TENURE_VERBS[tok.lemma_]
                               if (held := _tenure_object(tok, args, kind, nouns, mentions))),
                              (None, None))
        if seat is None:
            continue
        start, end, began = None, None, False
        for ent in tok.sent.ents:
            if ent.label_ == "DATE" and tok.i in (ent.root.head.i, ent.root.head.head.i):
                if (years := year_span(ent.text)) is not None:  # "from 1983 to 1992"
                    (start, end), began = years, True
                    continue
                prep = doc[ent.start - 1].lower_
                ref = resolve(ent.text, published, prep=prep)
                if ref is None or ref.interval is None:
                    continue
                if ref.role in ("since", "duration") or prep == "from":
                    # ("led Labour from 1983 until 1992": it began in 1983)
                    start, began = ref.interval, ref.role == "since" or prep == "from"
                elif prep in ("until", "till", "to"):
                    end = ref.interval
        yield Relation(relation, people[0], seat,
                       evidence(tok.sent, offset, f"{tok.lemma_}-since", 0.7), start=start,
                       end=end, began=began)


def _post_to_come(title: Token, verb: Token) -> bool:
    """'a PM in waiting', 'the next prime minister', 'a would-be chancellor', 'running to be
    leader': not held yet."""
    return any(c.lower_ in PROSPECTIVE_TITLES for c in title.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "waiting" for g in c.children)
        for c in (*title.children, *verb.children)) or _sought(verb)  # "running to be leader"


def _tenure_object(tok: Token, args: list[Token], kind: str, nouns: frozenset[str],
                   mentions: Mentions) -> Entity | None:
    """What a tenure verb holds: named in its arguments, or the last one named before a noun
    that stands for it ("the seat he had held", "represented the constituency")."""
    found = _object(kind, args, mentions)
    if found is None and tok.dep_ == "relcl" and tok.head.lower_ in nouns:
        found = _object(kind, list(tok.head.subtree), mentions) or _last_before(
            mentions, kind, tok.i)
    if found is None and any(t.lower_ in nouns for t in args):
        found = _last_before(mentions, kind, tok.i)
    return found


def posts_of_resigners(doc: Doc, mentions: Mentions, offset: int) -> Iterator[Relation]:
    """'would resign as prime minister', 'will not step down as leader': the post is held,
    whether or not the resignation happens."""
    for tok in doc:
        if tok.lemma_ not in ("resign", "quit", "step") or not speculative(tok):
            continue
        office = _object("office", _args(tok), mentions, frozenset({"as"}))
        people = _people(_subject(tok, False), mentions)
        if office is not None and people:
            yield Relation("holdsOffice", people[0], office,
                           evidence(tok.sent, offset, "resign-as", 0.6))


def definite_offices(doc: Doc, mentions: Mentions, relations: list[Relation], offset: int,
                     covered: Collection[str] = ()) -> Iterator[Relation]:
    """'The prime minister said...': the holder named in the article, or the last speaker;
    never a guess for the posts in `covered` (their holders are known by date)."""
    holders = {r.object.name: r.subject for r in relations if r.type == "holdsOffice"}
    busy = {r.subject.name for r in relations if r.type == "holdsOffice"}
    for span, office in [(s, e) for s, e in mentions.spans if e.kind == "office"]:
        if not (office.name in OFFICES or office.name in PARTY_CHAIRS) \
                or office.name in holders or office.name in covered:
            continue
        if span.start == 0 or doc[span.start - 1].lower_ != "the" \
                or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if span.end < len(doc) and mentions.at(doc[span.end]) is not None:
            continue
        person = mentions.holder(span.root, busy)
        if person is not None:
            holders[office.name] = person
            yield Relation("holdsOffice", person, office,
                           evidence(span.sent, offset, "definite-office", 0.5))
