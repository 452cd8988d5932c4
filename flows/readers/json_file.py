"""JSON: one article object, or a list of them, with the fields of a JSON Lines record."""

from __future__ import annotations

import json
from collections.abc import Iterator

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput
from flows.readers.jsonl import read_record

_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def read_json(content: str, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    """An object is one article (its source_ref is its id, or the file's name); each item of
    a list is one, and a bad item becomes a failure named by its position while the rest go
    on. Raises UnreadableInput when the file is not JSON, or holds no article objects."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise UnreadableInput(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    if isinstance(data, dict):
        yield read_record(
            data, where=source_ref, label="the record", file_ref=source_ref, seen=set()
        )
        return
    if not isinstance(data, list):
        kind = _JSON_TYPES.get(type(data), type(data).__name__)
        raise UnreadableInput(f"the JSON is a {kind}, not an article object or a list of them")
    if not data:
        raise UnreadableInput("the JSON list is empty: no articles")
    seen: set[str] = set()
    for number, record in enumerate(data, start=1):
        yield read_record(
            record,
            where=f"{source_ref}[{number}]",
            label=f"item {number}",
            file_ref=source_ref,
            seen=seen,
        )
