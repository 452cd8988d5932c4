"""Plain text: the first non-empty line is the title, the rest is the body."""

from __future__ import annotations

from collections.abc import Iterator

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput


def read_text(content: str, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    lines = content.splitlines()
    for index, line in enumerate(lines):
        if line.strip():
            title = line.strip()
            body = "\n".join(lines[index + 1 :]).strip()
            break
    else:
        raise UnreadableInput("the file has no text")
    if not body:
        raise UnreadableInput("the file has a title line but no body")
    yield RawArticle(source_ref=source_ref, title=title, body=body)
