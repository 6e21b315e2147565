"""Deterministic IRIs: the same entity from two documents or two sources is one node.

An entity's IRI is minted from its kind and a canonical key (its name folded
to ASCII lower case, honorifics removed), so loading "Mr Corbyn's" Jeremy
Corbyn twice gives one node. Facts (events, tenures, evidence) are minted from
their document and content, so reloading a document yields the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from polkg.ontology import ID

#: The one list of titles written before a person's name, lower case, with the gender each
#: implies ("" for either). The news loader reads mentions with it; names drop it.
TITLES = {
    **dict.fromkeys(("mr", "messrs", "sir", "lord", "baron"), "m"),
    **dict.fromkeys(("ms", "mrs", "miss", "dame", "lady", "baroness"), "f"),
    **dict.fromkeys(("dr", "prof", "professor", "rev", "cllr", "councillor"), ""),
}
#: The words for one who sits for a seat: "the MP for Islington North", "Jo Smith MSP".
MEMBER_TITLES = frozenset({"mp", "msp", "am", "ms", "mla"})
#: What a canonical name leaves out at its start: titles, "the Rt Hon", member titles.
HONORIFICS = frozenset(TITLES) | {"rt", "hon", "right", "honourable", "the"} | MEMBER_TITLES

KINDS = frozenset(
    "person party organization constituency office election membership leadership "
    "officeholding representation event votecount evidence mention doc".split()
)


def fold(text: str) -> str:
    """ASCII lower case with punctuation as single spaces: 'Sinn Féin' -> 'sinn fein'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’']s\b", "", text.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def canonical_name(name: str) -> str:
    """A person's name without honorifics, folded: 'Sir Keir Starmer' -> 'keir starmer'."""
    words = fold(name).split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words) or fold(name)


def title_gender(name: str) -> str | None:
    """The gender the title a name starts with gives ("m" for 'Mr Kennedy', "f" for 'Baroness
    Kennedy'), or None."""
    words = fold(name).split()
    return (TITLES.get(words[0]) or None) if words else None


def slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "unnamed"


def entity_iri(kind: str, name: str) -> URIRef:
    """IRI of a named entity, from its kind and canonical name.

    >>> str(entity_iri("person", "Mr Jeremy Corbyn"))
    'https://w3id.org/polkg/id/person/jeremy-corbyn'
    """
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    key = canonical_name(name) if kind == "person" else fold(name)
    return ID[f"{kind}/{slug(key)}"]


def digest(*parts: object, length: int = 16) -> str:
    """A short stable hash of the parts, for minting fact IRIs."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def fact_iri(kind: str, *key: object) -> URIRef:
    """IRI of a fact node (event, tenure, evidence) minted from its content."""
    if kind not in KINDS:
        raise ValueError(f"unknown fact kind {kind!r}")
    return ID[f"{kind}/{digest(*key)}"]
