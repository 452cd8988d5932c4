"""What each input file gave when it was last read and normalised, so that a run reads only
the files that changed.

A run that finds something new needs every article's id, and the id is a digest of the
normalised text: without this cache, adding one file to a folder of 100,000 articles would
re-read and re-normalise all of them. An entry is keyed by the file's path under raw/, its
size and modification time, the reading caps and a digest of the reading and normalising
code, so a changed file, a changed cap or a new version of that code reads afresh.

Entries live in the warehouse (`.read-cache/`, one pickle per input file, written to the
side and renamed). The warehouse writes them itself, so loading them back trusts nothing
from elsewhere; entries of files that are gone are removed after each read.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FOLDER = ".read-cache"

#: The modules whose code decides what a file reads as.
_CODE = ("normalize.py", "readers")


@functools.cache
def code_digest() -> str:
    """A digest of the reading and normalising code, so a change to it reads afresh."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _CODE:
        path = root / name
        for source in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(source.relative_to(root).as_posix().encode() + b"\0")
            digest.update(source.read_bytes())
    return digest.hexdigest()


class ReadCache:
    """The entries of one warehouse. `folder` None: a cache that keeps nothing. `fresh`:
    read every file again (a full refresh) and keep what it gives."""

    def __init__(
        self, folder: Path | None, *, settings: Iterable[Any] = (), fresh: bool = False
    ) -> None:
        self.folder = folder
        self.fresh = fresh
        self.salt = f"{code_digest()}\0{tuple(settings)!r}"
        self.used: set[str] = set()

    def key(self, path: Path, relative: str) -> str | None:
        """The entry's name for the file as it is now; None when it cannot be statted."""
        if self.folder is None:
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        text = f"{self.salt}\0{relative}\0{stat.st_size}\0{stat.st_mtime_ns}"
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str | None) -> list[Any] | None:
        if key is None or self.folder is None or self.fresh:
            return None
        try:
            items = pickle.loads((self.folder / key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        self.used.add(key)
        return list(items)

    def put(self, key: str | None, items: list[Any]) -> None:
        if key is None or self.folder is None:
            return
        self.used.add(key)
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / f".{key}.tmp"
            temporary.write_bytes(pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, self.folder / key)

    def prune(self) -> None:
        """Remove the entries this read did not use: files that are gone or changed."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used:
                entry.unlink(missing_ok=True)
