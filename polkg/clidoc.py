"""Write the CLI reference (docs/CLI.md): the conventions every command follows, then every
command's --help, so the docs cannot drift.

    python -m polkg.clidoc > docs/CLI.md
"""

from __future__ import annotations

import click

from polkg.cli import cli
from polkg.graph.store.formats import RDF_FORMATS

#: Stated once here; tests/test_cli_conventions.py checks every command's options against it.
CONVENTIONS = f"""\
## Conventions

**Output.** A command that prints rows takes `--format table|csv|tsv|json|jsonl|md` and
`--no-headers` (table, csv, tsv). `table` is the default: on a terminal it is cut to the
terminal's width (long cells end in `…`); piped or redirected it is never cut. `json` is
SPARQL 1.1 Query Results JSON for `query`, elsewhere the command's own JSON document (its
docs page describes it); `jsonl` is one object per row, values as text. A command that
writes RDF takes `-o FILE` (`-`: standard output) and `--format {"|".join(RDF_FORMATS)}`,
taken from the file's extension when not given (.ttl .nt .nq .trig .jsonld .rdf .owl), else
Turtle; the usual other names and media types are taken too (ttl, n-triples, n-quads,
json-ld, rdf/xml, xml, text/turtle, ...), as Jena's riot takes them. `query` takes both
kinds and picks by the query's answer.

**A format that does not apply is an error**, never ignored: `--format turtle` on a
SELECT, `--format csv` on a CONSTRUCT or an ASK, `--no-headers` with json, an `-o` file
whose extension names no format.

**Input.** `-f FILE` and a path argument of `-` read standard input (`polkg query -f -`,
`polkg load --loader news -`; each document piped in is its own, named by its content).
`load --loader NAME` (and `eval --loader NAME`) chooses the loader; without it each file
goes to the loader whose extension and content it matches, and `load -v` says which and
why. A file in a folder that no loader takes (a README, notes) is skipped with a warning
naming it; a file named on the command line that no loader takes is an error with the
reason.

**The store.** Only `load` makes a store. Every other command needs an existing one: where
there is none it fails with "no store at PATH" and how to make one, and creates nothing.
While `polkg serve`, a load or another command holds the store, the commands that only read
(all but `load` and `serve`) open it read-only, as it was when they started, and say so on
stderr. `load` on a store that `polkg serve` holds fails and says how to write through the
server (`polkg --endpoint URL/sparql --token TOKEN load ...` against `polkg serve
--update-token TOKEN`) or to stop it first.

**Messages and exit status.** Results go to standard output; progress, notes, warnings and
errors to standard error. An error is one line, `Error: ...`; `--debug` (or
`POLKG_DEBUG=1`) prints the traceback behind it too.

- exit status 0: done;
- 1: an error (bad input, an unknown name, a store problem), a file that failed to load, an
  ASK that is false, no path found by `path`, a violation found by `validate`;
- 2: a usage error: an unknown option, a missing argument, a format that does not apply.
"""


def reference() -> str:
    parts = ["# CLI reference", "",
             "Generated from `--help` by `python -m polkg.clidoc > docs/CLI.md`; "
             "a test keeps it in step.", "", CONVENTIONS]
    width = {"terminal_width": 100, "max_content_width": 100}
    root = click.Context(cli, info_name="polkg", **width, **cli.context_settings)
    parts += ["## polkg", "", "```", cli.get_help(root), "```", ""]
    for name in sorted(cli.commands):
        command = cli.commands[name]
        ctx = click.Context(command, info_name=name, parent=root, **width)
        parts += [f"## polkg {name}", "", "```", command.get_help(ctx), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(reference(), end="")
