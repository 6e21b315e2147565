"""Whether two people's names can be one person's: "Ed Davey" and "Edward Davey", "John
McDonnell" and "John Martin McDonnell", "Ian Paisley" and "Ian Paisley Jnr".

Names are compared after canonical_name (titles, case, accents and punctuation
folded away). They are compatible when the surnames agree and the first names
are the same, one the other's short form (NICKNAMES) or initial, and the
shorter name's middle names are among the longer's. A generational suffix (Jnr,
Snr) on one name only is `suffix_differs`: father and son share a seat and a
name, so a suffix is no objection only where other evidence makes the match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .identity import canonical_name

#: Short forms and the full names they stand for (folded, lower case). Data, not rules: one
#: line per form.
NICKNAMES = {
    "ed": {"edward", "edmund", "edwin"}, "ted": {"edward"}, "eddie": {"edward"},
    "liz": {"elizabeth"}, "lizzie": {"elizabeth"}, "beth": {"elizabeth"},
    "betty": {"elizabeth"}, "steve": {"steven", "stephen"}, "vince": {"vincent"},
    "bob": {"robert"}, "rob": {"robert"}, "robbie": {"robert"}, "bill": {"william"},
    "will": {"william"}, "jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"},
    "mike": {"michael"}, "mick": {"michael"}, "dave": {"david"}, "tom": {"thomas"},
    "tommy": {"thomas"}, "tony": {"anthony", "antony"}, "andy": {"andrew"},
    "drew": {"andrew"}, "chris": {"christopher", "christian", "christine", "christina"},
    "nick": {"nicholas", "nicolas"}, "ben": {"benjamin"}, "dan": {"daniel"},
    "danny": {"daniel"}, "sam": {"samuel", "samantha"}, "alex": {"alexander", "alexandra"},
    "sandy": {"alexander", "alexandra"}, "pat": {"patrick", "patricia"}, "ken": {"kenneth"},
    "jon": {"jonathan"}, "jonny": {"jonathan"}, "matt": {"matthew"}, "tim": {"timothy"},
    "greg": {"gregory"}, "jeff": {"jeffrey", "geoffrey"}, "geoff": {"geoffrey"},
    "phil": {"philip", "phillip"}, "rick": {"richard"}, "dick": {"richard"},
    "rich": {"richard"}, "harry": {"henry", "harold"}, "charlie": {"charles"},
    "chuck": {"charles"}, "fred": {"frederick"}, "freddie": {"frederick"},
    "gerry": {"gerald", "gerard"}, "jerry": {"gerald", "jeremy"}, "joe": {"joseph"},
    "kate": {"katherine", "catherine", "kathryn"}, "cathy": {"catherine"},
    "kathy": {"katherine"}, "sue": {"susan", "suzanne"}, "jenny": {"jennifer"},
    "jen": {"jennifer"}, "maggie": {"margaret"}, "meg": {"margaret"},
    "peggy": {"margaret"}, "di": {"diana", "diane"}, "debbie": {"deborah"},
    "becky": {"rebecca"}, "nicky": {"nicola", "nicholas"}, "vicky": {"victoria"},
    "tessa": {"teresa", "theresa"}, "angie": {"angela"}, "mandy": {"amanda"},
    "lou": {"louise", "louis"}, "rosie": {"rosemary", "rosalind"}, "ros": {"rosalind"},
    "jackie": {"jacqueline"}, "jo": {"joanna", "joanne", "josephine"}, "gill": {"gillian"},
    "kit": {"christopher"}, "izzy": {"isabel", "isabella"}, "lizzy": {"elizabeth"},
    "len": {"leonard"}, "ron": {"ronald"}, "don": {"donald"}, "doug": {"douglas"},
    "nige": {"nigel"}, "norm": {"norman"}, "ray": {"raymond"}, "russ": {"russell"},
    "stu": {"stuart", "stewart"}, "val": {"valerie"}, "wes": {"wesley"},
}
#: Generational suffixes, folded, and the generation each names.
SUFFIXES = {"jnr": "junior", "jr": "junior", "junior": "junior",
            "snr": "senior", "sr": "senior", "senior": "senior"}


@dataclass(frozen=True)
class NameMatch:
    """How two names compare, for the evidence of a pair."""

    same: bool  # the same canonical name
    compatible: bool  # can be one person's (a suffix on one side only allowed)
    suffix_differs: bool  # Jnr or Snr on one side only: needs other evidence
    surname_only: bool  # one of them is a surname alone ("Corbyn")
    why: str  # in words, for the evidence list


@cache
def _parts(name: str) -> tuple[tuple[str, ...], str | None]:
    """The name's words without a generational suffix, and the suffix's generation."""
    words = canonical_name(name.replace("-", "")).split()  # Kyrke-Smith is not Smith
    suffix = None
    while len(words) > 1 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words.pop()]
    return tuple(words), suffix


def surname(name: str) -> str:
    """The name's last word, folded, a suffix aside: "Ian Paisley Jnr" -> "paisley"."""
    words = _parts(name)[0]
    return words[-1] if words else ""


def _first_names_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    full_a, full_b = NICKNAMES.get(a, {a}), NICKNAMES.get(b, {b})
    return bool(full_a & full_b) or b in full_a or a in full_b


def _middles_agree(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Each of the shorter name's middle names (or initials) among the longer's, in order."""
    rest = iter(long)
    return all(any(m == w or (len(m) == 1 and w.startswith(m)) for w in rest) for m in short)


def compare_names(a: str, b: str) -> NameMatch:
    """How the names `a` and `b` of two person nodes compare.

    >>> compare_names("Ed Davey", "Sir Edward Davey").compatible
    True
    >>> compare_names("Peter Goldsmith", "Zac Goldsmith").compatible
    False
    """
    if canonical_name(a) == canonical_name(b):  # "Saville Roberts", "Saville-Roberts"
        return NameMatch(True, True, False, False, f"same name {a!r}")
    (wa, sa), (wb, sb) = _parts(a), _parts(b)
    if sa and sb and sa != sb:
        return NameMatch(False, False, False, False, f"{a!r} and {b!r} are a {sa} and a {sb}")
    suffix = sa != sb
    if wa == wb:
        same = not suffix
        why = f"same name {a!r}" if same else f"{a!r} and {b!r} differ only by Jnr/Snr"
        return NameMatch(same, True, suffix, False, why)
    if not wa or not wb or wa[-1] != wb[-1]:
        return NameMatch(False, False, suffix, False, "surnames differ")
    if len(wa) == 1 or len(wb) == 1:
        return NameMatch(False, True, suffix, True, f"{a!r} and {b!r} share only a surname")
    if not _first_names_agree(wa[0], wb[0]):
        return NameMatch(False, False, suffix, False, "first names differ")
    short, long = sorted((wa[1:-1], wb[1:-1]), key=len)
    if not _middles_agree(short, long):
        return NameMatch(False, False, suffix, False, "middle names differ")
    return NameMatch(False, True, suffix, False, f"{a!r} and {b!r} are forms of one name")
