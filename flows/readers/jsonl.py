"""JSON Lines: one article per line with id, title, text, published, url, source."""

from __future__ import annotations

import json
from collections.abc import Iterator

from flows.readers.base import RawArticle, ReadFailure, optional_str


def read_jsonl(content: str, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    """Each good line becomes an article whose source_ref is the record's id; each bad line
    becomes a failure named by file and line number, and the rest of the file goes on."""
    seen: set[str] = set()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source_ref}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadFailure(where, f"line {number} is not valid JSON: {error.msg}", line[:200])
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, f"line {number} is not a JSON object", line[:200])
            continue
        text = optional_str(record.get("text"))
        if text is None:
            yield ReadFailure(where, f"line {number} has no 'text'", line[:200])
            continue
        record_id = optional_str(record.get("id")) or where
        if record_id in seen:
            yield ReadFailure(
                record_id, f"duplicate id {record_id!r} at line {number} of {source_ref}"
            )
            continue
        seen.add(record_id)
        title = optional_str(record.get("title"))
        if title is None:
            first, _, rest = text.partition("\n")
            title, text = first.strip(), rest.strip() or text
        yield RawArticle(
            source_ref=record_id,
            title=title,
            body=text,
            published=optional_str(record.get("published")),
            url=optional_str(record.get("url")),
            source=optional_str(record.get("source")),
        )
