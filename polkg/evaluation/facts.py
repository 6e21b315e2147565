"""Facts in the gold format of the news corpus (docs/EVALUATION.md): read, check, write.

The same classes hold a gold file and what the system stated about one
article, so that both sides are scored alike and the system's facts can be
written out as `<name>.gold.json` for any other scorer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polkg.graph.identity.dates import DateFormatError, DateInterval
from polkg.ontology.vocab import event_classes, tenure_kinds

ENTITY_TYPES = ("Person", "Party", "Constituency", "Organization", "Election", "Office")
#: The event classes and the tenures' relation names of ontology/pol.ttl.
EVENT_TYPES = tuple(event_classes())
RELATION_TYPES = tuple(kind.relation for kind in tenure_kinds().values())
GOLD_SUFFIX = ".gold.json"


class GoldFormatError(ValueError):
    """A facts file that is not in the gold format: which file, which field, what was wrong."""

    def __init__(self, path: Path | str, where: str, message: str):
        self.path, self.where = Path(path), where
        super().__init__(f"{path}: {where}: {message}")


@dataclass(frozen=True)
class Entity:
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # elections only
    date: str | None = None  # elections only

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "name": self.name}
        if self.type == "Election":
            out["kind"] = self.kind
            if self.date:
                out["date"] = self.date
        if self.aliases:
            out["aliases"] = list(self.aliases)
        return out


@dataclass(frozen=True)
class Event:
    type: str
    agent: str | None = None
    object: str | None = None
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _without_none({"type": self.type, "agent": self.agent, "object": self.object,
                              "date": self.date})


@dataclass(frozen=True)
class Relation:
    type: str
    subject: str
    object: str
    start: str | None = None
    end: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _without_none({"type": self.type, "subject": self.subject, "object": self.object,
                              "start": self.start, "end": self.end})


@dataclass
class Facts:
    """What one article states: its entities, events and relations."""

    document: str
    date: str | None = None
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "date": self.date,
            "entities": [e.to_json() for e in self.entities],
            "events": [e.to_json() for e in self.events],
            "relations": [r.to_json() for r in self.relations],
        }

    def write(self, path: Path) -> None:
        """Write as JSON, one fact a line like the corpus's gold files; whole or not at all."""
        data = self.to_json()
        parts = [f'  "document": {json.dumps(data["document"], ensure_ascii=False)}',
                 f'  "date": {json.dumps(data["date"])}']
        for key in ("entities", "events", "relations"):
            items = [f"    {json.dumps(x, ensure_ascii=False)}" for x in data[key]]
            body = "[\n" + ",\n".join(items) + "\n  ]" if items else "[]"
            parts.append(f'  "{key}": {body}')
        partial = path.with_name(path.name + ".partial")
        partial.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
        partial.replace(path)

    @classmethod
    def read(cls, path: Path) -> Facts:
        """Read and check a gold file; GoldFormatError names the file, the field and the fault."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise GoldFormatError(path, f"byte {exc.start}", "not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise GoldFormatError(path, f"line {exc.lineno} column {exc.colno}",
                                  f"not JSON: {exc.msg}") from None
        return cls.from_json(data, path)

    @classmethod
    def from_json(cls, data: Any, path: Path | str = "<facts>") -> Facts:
        check = _Checker(path)
        check.object(data, "$")
        facts = cls(
            document=check.text(data, "$", "document", required=False) or Path(path).name,
            date=check.date(data, "$", "date"),
        )
        for i, item in enumerate(check.list(data, "entities")):
            where = f"$.entities[{i}]"
            check.object(item, where)
            etype = check.choice(item, where, "type", ENTITY_TYPES)
            facts.entities.append(Entity(
                etype, check.text(item, where, "name"), check.aliases(item, where),
                check.text(item, where, "kind", required=False),
                check.date(item, where, "date"),
            ))
        for i, item in enumerate(check.list(data, "events")):
            where = f"$.events[{i}]"
            check.object(item, where)
            facts.events.append(Event(
                check.choice(item, where, "type", EVENT_TYPES),
                check.text(item, where, "agent", required=False),
                check.text(item, where, "object", required=False),
                check.date(item, where, "date"),
            ))
        for i, item in enumerate(check.list(data, "relations")):
            where = f"$.relations[{i}]"
            check.object(item, where)
            facts.relations.append(Relation(
                check.choice(item, where, "type", RELATION_TYPES),
                check.text(item, where, "subject"), check.text(item, where, "object"),
                check.date(item, where, "start"), check.date(item, where, "end"),
            ))
        return facts


class _Checker:
    """Field checks that raise GoldFormatError with a JSON path to the field."""

    def __init__(self, path: Path | str):
        self.path = path

    def fail(self, where: str, message: str):
        raise GoldFormatError(self.path, where, message)

    def object(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            self.fail(where, f"expected an object, found {type(value).__name__}")

    def list(self, data: dict, key: str) -> list:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.fail(f"$.{key}", f"expected a list, found {type(value).__name__}")
        return value

    def text(self, item: dict, where: str, key: str, *, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{where}.{key}", f"expected a non-empty string, found {value!r}")
        return value

    def choice(self, item: dict, where: str, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(item, where, key)
        if value not in allowed:
            self.fail(f"{where}.{key}", f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def date(self, item: dict, where: str, key: str) -> str | None:
        value = self.text(item, where, key, required=False)
        if value is not None:
            try:
                DateInterval.parse(value)
            except DateFormatError as exc:
                self.fail(f"{where}.{key}", str(exc))
        return value

    def aliases(self, item: dict, where: str) -> tuple[str, ...]:
        value = item.get("aliases", [])
        if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
            self.fail(f"{where}.aliases", "expected a list of strings")
        return tuple(value)


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}
