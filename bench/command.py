"""Time a polkg command on an existing store as a user runs it: a subprocess from interpreter
start to exit, its wall and CPU seconds, and the machine's 1-minute load average before and
after (the machine is shared, so CPU time is the steadier figure).

    .venv/bin/python bench/command.py --store DIR validate
    .venv/bin/python bench/command.py --store DIR --polkg OTHER/.venv/bin/polkg validate
    .venv/bin/python bench/command.py --store DIR central --measure betweenness --type person

--polkg runs another checkout's polkg (the code before a change), for a before/after in one
run. --timeout gives up after that many seconds and says so. Nothing here writes the store,
but opening an older one may add its date index: time a copy.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

POLKG = Path(sys.executable).parent / "polkg"


def time_command(store: Path, words: list[str], polkg: Path = POLKG,
                 timeout: float | None = None) -> dict:
    """`polkg --store STORE WORDS...` run once: wall and CPU seconds, its exit status (None
    when it ran out of time) and the load average before and after; its stderr goes to ours."""
    command = [str(polkg), "--store", str(store), *words]
    before, load_before = resource.getrusage(resource.RUSAGE_CHILDREN), os.getloadavg()[0]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=timeout)
        status, out = done.returncode, done.stdout
    except subprocess.TimeoutExpired:  # run() has killed it and waited for it
        status, out = None, ""
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(out[-2000:], file=sys.stderr)
    return {"command": " ".join(["polkg", *command[1:]]), "polkg": str(polkg),
            "exit": status, "wall_s": wall, "cpu_s": cpu,
            "load_average_before": load_before, "load_average_after": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--polkg", type=Path, default=POLKG, help="the polkg to run")
    parser.add_argument("--timeout", type=float, help="give up after this many seconds")
    parser.add_argument("words", nargs=argparse.REMAINDER, help="the command and its options")
    args = parser.parse_args()
    result = time_command(args.store, args.words, args.polkg, args.timeout)
    print(" ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                   for k, v in result.items()), flush=True)


if __name__ == "__main__":
    main()
