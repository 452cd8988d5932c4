"""Readers: one per input format. `read_raw` walks a raw folder and yields every article it
can read and a failure, with a reason, for everything it cannot."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput, decode
from flows.readers.jsonl import read_jsonl
from flows.readers.markdown import read_markdown
from flows.readers.text import read_text

Reader = Callable[[str, str], Iterator[RawArticle | ReadFailure]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".jsonl": read_jsonl,
}

#: Files that are not inputs and are passed over without a quarantine row.
IGNORED_NAMES = {".gitkeep", ".gitignore", "README.md", ".DS_Store"}

__all__ = ["READERS", "RawArticle", "ReadFailure", "UnreadableInput", "read_file", "read_raw"]


def read_file(path: Path, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    """Read one input file; never raises for bad input."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadFailure(
            source_ref,
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"supported: {', '.join(sorted(READERS))}",
        )
        return
    try:
        content = decode(path.read_bytes())
        yield from reader(content, source_ref)
    except UnreadableInput as error:
        yield ReadFailure(source_ref, str(error))
    except OSError as error:
        yield ReadFailure(source_ref, f"cannot read the file: {error.strerror or error}")


def discover(raw_dir: Path) -> list[Path]:
    """Input files under raw_dir, sorted, skipping hidden files and folders."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    files = []
    for path in sorted(raw_dir.rglob("*")):
        relative = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in relative.parts) or path.name in IGNORED_NAMES:
            continue
        if path.is_file():
            files.append(path)
    return files


def read_raw(raw_dir: Path) -> Iterator[RawArticle | ReadFailure]:
    """Every article under raw_dir, and a failure for every input that could not be read."""
    for path in discover(raw_dir):
        yield from read_file(path, path.relative_to(raw_dir).as_posix())
