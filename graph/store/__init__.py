"""The store backends: embedded Oxigraph (on disk or in memory) and remote SPARQL 1.1 servers.

store.py defines the Store interface and the embedded backend, remote.py the
remote one; open_store() here picks between them, so that neither module
imports the other's backend.
"""

from __future__ import annotations

from pathlib import Path

from .remote import Auth, RemoteStore
from .store import NoStore, OxigraphStore, Store, StoreError, StoreInUse


def open_store(location: str | Path | None = None, *, endpoint: str | None = None,
               update_endpoint: str | None = None, for_reading: bool = False) -> Store:
    """Open a store: a directory path (embedded, on disk), ":memory:", or a SPARQL endpoint URL.

    A missing directory becomes a new store, unless `for_reading`: then it is NoStore, and a
    store another process holds (a server, a load) is opened as a read-only view of it.
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint, auth=Auth.from_options())
    if location is None or str(location) == ":memory:":
        return OxigraphStore(None)
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"--store {path} is a file; it must be a directory (created if missing)")
    return OxigraphStore.for_reading(path) if for_reading else OxigraphStore(path)


__all__ = ["Auth", "NoStore", "OxigraphStore", "RemoteStore", "Store", "StoreError", "StoreInUse",
           "open_store"]
