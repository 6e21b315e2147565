"""A real Dask cluster on loopback: `dask scheduler` and `dask worker` processes, started on
free ports and stopped after (used by tests/test_dask_cluster.py and bench/dask_scale.py).

Workers run without a nanny, one thread each, so that killing a worker's process is losing
that worker (a nanny would start it again).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from distributed import Client

DASK = Path(sys.executable).parent / "dask"


class LocalCluster:
    """`with LocalCluster(folder, workers=2) as cluster:` a scheduler at cluster.address and
    workers named w0, w1, ..., each a process of its own."""

    def __init__(self, folder: Path, workers: int = 2, seconds: float = 60):
        self.folder, self.seconds = folder, seconds
        self.folder.mkdir(parents=True, exist_ok=True)
        info = self.folder / "scheduler.json"
        info.unlink(missing_ok=True)
        self.scheduler = self._start("scheduler", "scheduler", "--host", "127.0.0.1",
                                     "--port", "0", "--dashboard-address", "127.0.0.1:0",
                                     "--scheduler-file", str(info))
        self.workers: dict[str, subprocess.Popen] = {}
        try:
            self.address = self._address(info)
            for i in range(workers):
                self.workers[f"w{i}"] = self._start(
                    f"w{i}", "worker", self.address, "--name", f"w{i}", "--host", "127.0.0.1",
                    "--nthreads", "1", "--no-nanny", "--dashboard-address", "127.0.0.1:0")
            with self.client() as client:
                client.wait_for_workers(workers, timeout=seconds)
        except BaseException:
            self.close()
            raise

    def _start(self, name: str, *args: str) -> subprocess.Popen:
        log = (self.folder / f"{name}.log").open("wb")
        return subprocess.Popen([str(DASK), *args], stdout=log, stderr=subprocess.STDOUT)

    def _address(self, info: Path) -> str:
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline:
            if self.scheduler.poll() is not None:
                raise RuntimeError(f"the scheduler exited: {self.log('scheduler')}")
            try:
                return json.loads(info.read_text())["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)
        raise RuntimeError(f"the scheduler did not start within {self.seconds} s")

    def client(self) -> Client:
        return Client(self.address, timeout=self.seconds, set_as_default=False)

    def kill(self, name: str) -> None:
        """Kill a worker's process outright (SIGKILL: no goodbye to the scheduler)."""
        process = self.workers[name]
        process.send_signal(signal.SIGKILL)
        process.wait()

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")[-2000:]

    def close(self) -> None:
        for process in [*self.workers.values(), self.scheduler]:
            if process.poll() is None:
                process.terminate()
        for process in [*self.workers.values(), self.scheduler]:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> LocalCluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
