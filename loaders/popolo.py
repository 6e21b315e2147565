"""Popolo JSON (EveryPolitician's ep-popolo-v1.0.json and other Popolo exports).

persons -> pol:Person (name, other_names as pol:alias, identifiers, birth and
death dates at their precision, gender); organizations -> pol:Party
(classification "party") or pol:Organization; areas that are electoral
districts -> pol:Constituency; posts without an area -> pol:Office; events
classified as elections -> pol:Election, legislative periods -> the dates of
the memberships that name them; memberships -> a Membership of the
organization, a Membership of the on_behalf_of party (held over the sitting:
pol:heldFrom, pol:heldUntil), a Representation of the
area (the membership's or its post's) and an OfficeHolding of an area-less post.

Identifiers: a Popolo id that is a UUID is EveryPolitician's (globally unique,
the same in its CSV files), kept as "everypolitician:<uuid>"; other ids are
local to the file and only link records inside it. identifiers[] entries keep
their scheme ("wikidata" becomes pol:wikidataId).
"""

from __future__ import annotations

import json
import re

from rdflib import URIRef

from polkg.ontology import POL

from .base import Source
from .parties import is_party
from .records import RecordError, RecordLoader
from .sniffing import Sniffed
from .writer import FactWriter

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_DISTRICTS = {"constituency", "electoral district", "district", "electoral area", "riding",
              "ward", "division", "seat"}


class PopoloLoader(RecordLoader):
    name = "popolo"
    version = "1"
    extensions = (".json",)

    def sniff(self, source: Source) -> Sniffed:
        # On the bytes, not parsed: a Popolo export can be large, and read() parses it once.
        content = source.content
        if content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"{":
            return Sniffed(False, "its top level is not a JSON object")
        if b'"persons"' not in content:
            return Sniffed(False, 'no "persons" (Popolo JSON has "persons", and "memberships" '
                                  'or "organizations")')
        keys = [k for k in ("memberships", "organizations") if f'"{k}"'.encode() in content]
        if not keys:
            return Sniffed(False, '"persons" but no "memberships" or "organizations"')
        return Sniffed(True, f'a JSON object with "persons" and "{keys[0]}"')

    def write(self, source: Source, writer: FactWriter) -> None:
        try:
            data = json.loads(source.content)
        except json.JSONDecodeError as exc:
            raise RecordError(f"not valid JSON: {exc.msg}", exc.lineno, exc.colno) from None
        except UnicodeDecodeError as exc:
            raise RecordError(f"not UTF-8 text (byte {exc.start})") from None
        if not isinstance(data, dict):
            raise RecordError("a Popolo file is a JSON object", path="$")
        _Reader(data, writer).read()


class _Reader:
    def __init__(self, data: dict, writer: FactWriter):
        self.data, self.w = data, writer
        self.persons: dict[str, URIRef] = {}
        self.orgs: dict[str, URIRef | None] = {}   # None: "Independent", not a party
        self.parties: set[URIRef] = set()
        self.areas: dict[str, URIRef | None] = {}  # None: an area that is not a district
        self.posts: dict[str, tuple[URIRef | None, str | None]] = {}  # (office, area id)
        self.periods: dict[str, tuple[str | None, str | None]] = {}

    def read(self) -> None:
        for i, org in self.items("organizations"):
            self.organization(org, f"$.organizations[{i}]")
        for i, area in self.items("areas"):
            self.area(area, f"$.areas[{i}]")
        for i, post in self.items("posts"):
            self.post(post, f"$.posts[{i}]")
        for i, event in self.items("events"):
            self.event(event, f"$.events[{i}]")
        for i, person in self.items("persons"):
            self.person(person, f"$.persons[{i}]")
        for i, membership in self.items("memberships"):
            self.membership(membership, f"$.memberships[{i}]")

    # -- field access with JSON paths in errors ------------------------------

    def items(self, key: str):
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise RecordError(f"expected a list, found {type(value).__name__}", path=f"$.{key}")
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise RecordError("expected an object", path=f"$.{key}[{i}]")
            yield i, item

    @staticmethod
    def text(record: dict, key: str, at: str, required: bool = False) -> str | None:
        value = record.get(key)
        if value is None or value == "":
            if required:
                raise RecordError(f"missing {key!r}", path=at)
            return None
        if not isinstance(value, str):
            raise RecordError(f"expected text, found {json.dumps(value)}", path=f"{at}.{key}")
        return value.strip()

    def date(self, record: dict, key: str, at: str) -> str | None:
        value = self.text(record, key, at)
        if value is not None:
            try:
                self.w.date(value)
            except ValueError as exc:
                raise RecordError(str(exc), path=f"{at}.{key}") from None
        return value

    def identifiers(self, record: dict, at: str) -> list[str]:
        ids = []
        own = self.text(record, "id", at)
        if own and _UUID.fullmatch(own):
            ids.append(f"everypolitician:{own.lower()}")
        for j, ident in enumerate(record.get("identifiers") or []):
            where = f"{at}.identifiers[{j}]"
            if not isinstance(ident, dict):
                raise RecordError("expected an object", path=where)
            scheme = self.text(ident, "scheme", where, required=True)
            value = self.text(ident, "identifier", where, required=True)
            if scheme == "wikidata" and not re.fullmatch(r"Q\d+", value):
                raise RecordError(f"{value!r} is not a Wikidata id", path=f"{where}.identifier")
            ids.append(f"{scheme}:{value}")
        return ids

    def other_names(self, record: dict, at: str) -> list[str]:
        names = []
        for j, other in enumerate(record.get("other_names") or []):
            if not isinstance(other, dict):
                raise RecordError("expected an object", path=f"{at}.other_names[{j}]")
            name = self.text(other, "name", f"{at}.other_names[{j}]")
            if name:
                names.append(name)
        return names

    def ref(self, table: dict, record: dict, key: str, at: str):
        ref = self.text(record, key, at)
        if ref is None:
            return None
        if ref not in table:
            raise RecordError(f"no record has id {ref!r}", path=f"{at}.{key}")
        return table[ref]

    # -- records --------------------------------------------------------------

    def organization(self, org: dict, at: str) -> None:
        name = self.text(org, "name", at, required=True)
        org_id = self.text(org, "id", at, required=True)
        ids, aliases = self.identifiers(org, at), self.other_names(org, at)
        if (self.text(org, "classification", at) or "").lower() == "party":
            iri = self.w.party(name, ids, aliases) if is_party(name) else None
            if iri is not None:
                self.parties.add(iri)
        else:
            iri = self.w.entity("organization", name, ids, aliases)
        self.orgs[org_id] = iri

    def area(self, area: dict, at: str) -> None:
        area_id = self.text(area, "id", at, required=True)
        kind = (self.text(area, "type", at) or self.text(area, "classification", at) or "").lower()
        if kind not in _DISTRICTS:
            self.areas[area_id] = None
            return
        name = self.text(area, "name", at, required=True)
        self.areas[area_id] = self.w.entity("constituency", name, self.identifiers(area, at),
                                            self.other_names(area, at))

    def post(self, post: dict, at: str) -> None:
        post_id = self.text(post, "id", at, required=True)
        area_id = self.text(post, "area_id", at)
        office = None
        if area_id is None:
            label = self.text(post, "label", at, required=True)
            office = self.w.entity("office", label, self.identifiers(post, at))
        self.posts[post_id] = (office, area_id)

    def event(self, event: dict, at: str) -> None:
        kind = (self.text(event, "classification", at) or "").lower()
        start, end = self.date(event, "start_date", at), self.date(event, "end_date", at)
        if kind == "legislative period":
            self.periods[self.text(event, "id", at, required=True)] = (start, end)
        elif "election" in kind or kind == "referendum":
            name = self.text(event, "name", at, required=True)
            election = self.w.entity("election", name, self.identifiers(event, at))
            self.w.literal(election, POL.electionKind, kind)
            when = self.w.date(start or end)
            if when is not None:
                self.w.add((election, POL.date, when))

    def person(self, person: dict, at: str) -> None:
        person_id = self.text(person, "id", at, required=True)
        name = self.text(person, "name", at) or " ".join(
            n for n in (self.text(person, "given_name", at),
                        self.text(person, "family_name", at)) if n)
        if not name:
            raise RecordError("missing 'name'", path=at)
        birth = self.date(person, "birth_date", at)
        iri = self.w.entity("person", name, self.identifiers(person, at),
                            self.other_names(person, at), hint=birth or "", born=birth)
        self.w.literal(iri, POL.gender, self.text(person, "gender", at))
        for prop, when in ((POL.birthDate, birth), (POL.deathDate,
                                                      self.date(person, "death_date", at))):
            if when:
                self.w.add((iri, prop, self.w.date(when)))
        self.persons[person_id] = iri

    def membership(self, m: dict, at: str) -> None:
        person = self.ref(self.persons, m, "person_id", at)
        if person is None:
            raise RecordError("missing 'person_id'", path=at)
        period = self.ref(self.periods, m, "legislative_period_id", at) or (None, None)
        start = self.date(m, "start_date", at) or period[0]
        end = self.date(m, "end_date", at) or period[1]
        dates = {"start": start, "end": end, "locator": at}
        org = self.ref(self.orgs, m, "organization_id", at)
        if org is not None:
            role = None if org in self.parties else self.text(m, "role", at)
            self.w.tenure(POL.Membership, person, org, role=role, **dates)
        party = self.ref(self.orgs, m, "on_behalf_of_id", at)
        if party is not None and party != org:
            # Sitting for a party attests membership over the sitting, which may have begun
            # earlier and gone on: held, not started and ended, and carried no further.
            self.w.tenure(POL.Membership, person, party, held=(start, end), carried_until=end,
                          locator=at)
        office, area_id = self.ref(self.posts, m, "post_id", at) or (None, None)
        if office is not None:
            self.w.tenure(POL.OfficeHolding, person, office, **dates)
        area = self.ref(self.areas, m, "area_id", at) if "area_id" in m else (
            self.areas.get(area_id) if area_id else None)
        if area is not None:
            self.w.tenure(POL.Representation, person, area, **dates)
