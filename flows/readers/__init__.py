"""Readers: one per input format. `read_raw` walks a raw folder and yields every article it
can read and a failure, with a reason, for everything it cannot."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput, decode
from flows.readers.html import read_html
from flows.readers.json_file import read_json
from flows.readers.jsonl import read_jsonl
from flows.readers.markdown import read_markdown
from flows.readers.text import read_text
from flows.settings import Settings

Reader = Callable[[str, str], Iterator[RawArticle | ReadFailure]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
}

#: Files that are not inputs and are passed over without a quarantine row.
IGNORED_NAMES = {".gitkeep", ".gitignore", "README.md", ".DS_Store"}

OUTSIDE_RAW = "path leads outside the raw folder"
#: The reason of a failure of the file system (permissions, a file gone): worth retrying.
CANNOT_READ = "cannot read the file"

_NON_SPACE = re.compile(r"\S+")

__all__ = [
    "READERS",
    "RawArticle",
    "ReadFailure",
    "UnreadableInput",
    "read_file",
    "read_input",
    "read_raw",
]


def read_file(
    path: Path,
    source_ref: str,
    *,
    raw_dir: Path | None = None,
    max_bytes: int | None = None,
    max_words: int | None = None,
) -> Iterator[RawArticle | ReadFailure]:
    """Read one input file; never raises for bad input. A path that resolves outside raw_dir
    (when given) is not read; nor is a file over max_bytes; an article over max_words is a
    failure. The caps default to the settings (NEWSFACTS_MAX_INPUT_BYTES, NEWSFACTS_MAX_WORDS)."""
    escape = None if raw_dir is None else _escape_from(path, raw_dir)
    if escape is not None:
        yield ReadFailure(source_ref, *escape)
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadFailure(
            source_ref,
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"supported: {', '.join(sorted(READERS))}",
        )
        return
    if max_bytes is None or max_words is None:
        settings = Settings.from_env()
        max_bytes = settings.max_input_bytes if max_bytes is None else max_bytes
        max_words = settings.max_words if max_words is None else max_words
    try:
        content = decode(_read_bytes(path, max_bytes))
        for item in reader(content, source_ref):
            yield _within_word_cap(item, max_words)
    except UnreadableInput as error:
        yield ReadFailure(source_ref, str(error))
    except OSError as error:
        yield ReadFailure(source_ref, f"{CANNOT_READ}: {error.strerror or error}")


def _escape_from(path: Path, raw_dir: Path) -> tuple[str, str] | None:
    """A reason and a detail when the path, every symbolic link followed, does not stay
    inside raw_dir; None when it does."""
    try:
        target = path.resolve()
    except RuntimeError:  # Python 3.11 raises RuntimeError for a loop of symbolic links
        return "path is a loop of symbolic links", str(path)
    if target.is_relative_to(raw_dir.resolve()):
        return None
    return OUTSIDE_RAW, f"{path} resolves to {target}"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after checking its size on disk against the cap."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableInput(
            f"file is {_megabytes(size)} MB, over the cap of {_megabytes(max_bytes)} MB; "
            "split it, or raise NEWSFACTS_MAX_INPUT_BYTES"
        )
    return path.read_bytes()


def _megabytes(size: int) -> str:
    """61.2, 1,500, 50 (whole numbers without a decimal), 0.0001 (below 1 MB)."""
    megabytes = size / 1_000_000
    if megabytes < 1:
        return f"{megabytes:.2g}"
    return f"{megabytes:,.1f}".removesuffix(".0")


def _within_word_cap(item: RawArticle | ReadFailure, max_words: int) -> RawArticle | ReadFailure:
    """The article, or a failure naming its word count when it is over the cap."""
    if isinstance(item, ReadFailure):
        return item
    words = count_words(item.title) + count_words(item.body)
    if words <= max_words:
        return item
    return ReadFailure(
        item.source_ref,
        f"article has {words:,} words, over the cap of {max_words:,} words; "
        "split it, or raise NEWSFACTS_MAX_WORDS",
    )


def count_words(text: str) -> int:
    """Words as runs of non-space characters, counted without building a list of them."""
    return sum(1 for _ in _NON_SPACE.finditer(text))


def discover(raw_dir: Path) -> list[Path]:
    """Input files under raw_dir, sorted, skipping hidden files and folders."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    files = []
    for path in sorted(raw_dir.rglob("*")):
        relative = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in relative.parts) or path.name in IGNORED_NAMES:
            continue
        if path.is_file() or path.is_symlink():  # a link that leads nowhere is reported too
            files.append(path)
    return files


def read_raw(raw_dir: Path) -> Iterator[RawArticle | ReadFailure]:
    """Every article under raw_dir, and a failure for every input that could not be read."""
    settings = Settings.from_env()
    for path in discover(raw_dir):
        yield from read_input(raw_dir, path, settings)


def read_input(raw_dir: Path, path: Path, settings: Settings) -> Iterator[RawArticle | ReadFailure]:
    """One input file of raw_dir, named by its path under it, within the settings' caps."""
    return read_file(
        path,
        path.relative_to(raw_dir).as_posix(),
        raw_dir=raw_dir,
        max_bytes=settings.max_input_bytes,
        max_words=settings.max_words,
    )
