"""Finding and reading the files of a load, with a named error for anything not loaded.

Folders are walked following symbolic links, each folder entered once (a link back
to one is a loop, reported); a folder that cannot be listed is reported, not skipped
silently. A file is read only if it is a regular file (a FIFO or a device would block
or never end) and not larger than the limit; literals have a limit too, so one huge
value is a named error instead of a MemoryError that stops the whole run.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .base import LoadError, Source

#: Largest file read, in bytes ($POLKG_MAX_FILE_BYTES; default 1 GiB).
MAX_FILE_BYTES = int(os.environ.get("POLKG_MAX_FILE_BYTES", str(1 << 30)))
#: Longest literal, in characters ($POLKG_MAX_LITERAL_CHARS; default 1 Mi): a news
#: article's sentence or a name is far below, a runaway value far above.
MAX_LITERAL_CHARS = int(os.environ.get("POLKG_MAX_LITERAL_CHARS", str(1 << 20)))


def walk(paths: Iterable[Path], extensions: set[str] | None = None
         ) -> tuple[list[Path], list[LoadError]]:
    """Files named directly, and every file below named folders (sorted, hidden ones left out;
    with `extensions`, only those); and an error for each folder that was not walked."""
    files: list[Path] = []
    problems: list[LoadError] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(_walk_folder(path, extensions, problems)))
        else:
            files.append(path)
    return files, problems


def _walk_folder(root: Path, extensions: set[str] | None,
                 problems: list[LoadError]) -> list[Path]:
    found: list[Path] = []
    entered: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        problems.append(LoadError(Path(error.filename), "cannot read this folder "
                                  f"({error.strerror}); the files in it were not loaded"))

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in entered:
            problems.append(LoadError(Path(folder), "a symbolic link loop: this folder is "
                                      "already being loaded, so it was not walked again"))
            subfolders.clear()
            continue
        entered.add((info.st_dev, info.st_ino))
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        found += [Path(folder, name) for name in names
                  if not name.startswith(".")
                  and (extensions is None or Path(name).suffix.lower() in extensions)]
    return found


def read_source(path: Path) -> tuple[Source | None, LoadError | None]:
    """The file's bytes as a Source, or why it was not read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, LoadError(path, "not a regular file (a FIFO, device or socket is "
                                         "never read: it could block or never end)")
        if info.st_size > MAX_FILE_BYTES:
            return None, LoadError(path, f"{info.st_size:,} bytes, over the limit of "
                                         f"{MAX_FILE_BYTES:,} ($POLKG_MAX_FILE_BYTES)")
        return Source(path, path.read_bytes()), None
    except FileNotFoundError:
        return None, LoadError(path, "no such file or folder")
    except OSError as exc:
        return None, LoadError(path, f"cannot read: {exc.strerror or exc}")


def literal_too_long(value: str) -> str | None:
    """Why a literal's value is refused, or None."""
    if len(value) > MAX_LITERAL_CHARS:
        return (f"a literal of {len(value):,} characters, over the limit of "
                f"{MAX_LITERAL_CHARS:,} ($POLKG_MAX_LITERAL_CHARS)")
    return None
