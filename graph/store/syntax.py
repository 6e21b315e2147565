"""SPARQL syntax errors a reader can act on.

The engine reports an undeclared prefix as the list of every character it would have
accepted ("expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' ..."). explain()
names the prefix instead, with the ones polkg declares for every query, and shows the
line with a caret under the place the engine stopped at, for any syntax error.
"""

from __future__ import annotations

import re

from polkg.ontology import PREFIXES

_POSITION = re.compile(r"^error at (\d+):(\d+): ")
#: Strings, IRIs and comments, where a colon is no prefix.
_OPAQUE = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_PREFIXED = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
#: Longer engine messages list character classes: cut them, the caret says where.
MAX_MESSAGE = 160


def explain(message: str, sparql: str) -> str:
    """The engine's syntax error `message` about the text `sparql`, made readable."""
    position = _POSITION.match(message)
    if position is None:
        return message
    line, column = int(position[1]), int(position[2])
    lines = sparql.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    where = f"\n  {text}\n  {' ' * (column - 1)}^" if text else ""
    unknown = undeclared_prefixes(sparql)
    if unknown:
        names = ", ".join(f"{p}:" for p in unknown)
        return (f"unknown prefix {names} (line {line}, column {column}): declare it "
                f"(PREFIX {unknown[0]}: <http://...>) or use one of those declared for every "
                f"query: {', '.join(f'{p}:' for p in PREFIXES)}{where}")
    body = message[position.end():]
    if len(body) > MAX_MESSAGE:
        body = body[:MAX_MESSAGE].rsplit(",", 1)[0] + ", ..."
    return f"error at line {line}, column {column}: {body}{where}"


def undeclared_prefixes(sparql: str) -> list[str]:
    """The prefixes the query uses that neither it nor polkg declares, in order of use."""
    text = _OPAQUE.sub(" ", sparql)
    declared = set(PREFIXES) | {m[1] or "" for m in _DECLARED.finditer(text)}
    used = [m[1] or "" for m in _PREFIXED.finditer(_DECLARED.sub(" ", text))]
    return list(dict.fromkeys(p for p in used if p not in declared))
