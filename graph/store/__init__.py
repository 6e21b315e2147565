"""The store backends: embedded Oxigraph (on disk or in memory) and remote SPARQL 1.1 servers.

store.py defines the Store interface and the embedded backend, remote.py the
remote one; open_store() here picks between them, so that neither module
imports the other's backend.
"""

from __future__ import annotations

from pathlib import Path

from .remote import Auth, RemoteStore
from .store import OxigraphStore, Store, StoreError


def open_store(location: str | Path | None = None, *, endpoint: str | None = None,
               update_endpoint: str | None = None) -> Store:
    """Open a store: a directory path (embedded, on disk), ":memory:", or a SPARQL endpoint URL."""
    if endpoint:
        return RemoteStore(endpoint, update_endpoint, auth=Auth.from_options())
    if location is None or str(location) == ":memory:":
        return OxigraphStore(None)
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"--store {path} is a file; it must be a directory (created if missing)")
    return OxigraphStore(path)
