"""Fault injection for tests/test_crash.py: `polkg load` killed (SIGKILL) before each engine write.

    python -m tests.fault_driver DOCS OUT

Imports polkg once, then forks one child per write: child N runs `polkg --store OUT/store-N
load DOCS` and kills itself just before the engine's Nth write (extend, update, bulk
load, graph removal...). Child 0 is never killed: OUT/store-0 is the clean load, and the
writes it made are printed, one name a line. The store itself is the real engine; only
the point of death is chosen.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from polkg.cli import cli
from polkg.graph.store import OxigraphStore

WRITES = {"add", "extend", "bulk_extend", "bulk_load", "update", "remove", "remove_graph",
          "clear_graph", "load", "clear"}


class _Dying:
    """The engine's store, counting writes and dying at the chosen one."""

    def __init__(self, store, kill_at: int, log: list[str]):
        self._store, self._kill_at, self._log = store, kill_at, log

    def __getattr__(self, name: str):
        attribute = getattr(self._store, name)
        if name not in WRITES:
            return attribute

        def write(*args, **kwargs):
            self._log.append(name)
            if len(self._log) == self._kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return attribute(*args, **kwargs)
        return write


def _run(docs: str, store: Path, kill_at: int) -> list[str]:
    log: list[str] = []
    opened = OxigraphStore.__init__

    def dying_init(self, path=None):
        opened(self, path)
        self._store = _Dying(self._store, kill_at, log)

    OxigraphStore.__init__ = dying_init
    try:
        cli.main(["--store", str(store), "load", docs], standalone_mode=False)
    finally:
        OxigraphStore.__init__ = opened
    return log


def _child(docs: str, store: Path, kill_at: int, report: int | None) -> None:
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # stdout is the parent's
    try:
        log = _run(docs, store, kill_at)
        if report is not None:
            os.write(report, "\n".join(log).encode())
        os._exit(0)
    except BaseException:  # noqa: BLE001 (a child must never return into the parent's loop)
        os._exit(1)


def main(docs: str, out: str) -> int:
    out_dir = Path(out)
    read, write = os.pipe()
    if (pid := os.fork()) == 0:
        os.close(read)
        _child(docs, out_dir / "store-0", 0, write)
    os.close(write)
    with os.fdopen(read) as pipe:
        writes = pipe.read().split()
    if os.waitpid(pid, 0)[1] != 0:
        print("the clean load failed", file=sys.stderr)
        return 1
    for n in range(1, len(writes) + 1):
        if (pid := os.fork()) == 0:
            _child(docs, out_dir / f"store-{n}", n, None)
        status = os.waitpid(pid, 0)[1]
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            print(f"child {n} was not killed (status {status})", file=sys.stderr)
            return 1
    print("\n".join(writes))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
