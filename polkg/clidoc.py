"""Write the CLI reference (docs/CLI.md) from every command's --help, so the docs cannot drift.

    python -m polkg.clidoc > docs/CLI.md
"""

from __future__ import annotations

import click

from polkg.cli import cli


def reference() -> str:
    parts = ["# CLI reference", "",
             "Generated from `--help` by `python -m polkg.clidoc > docs/CLI.md`; "
             "a test keeps it in step.", ""]
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
