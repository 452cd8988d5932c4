"""Markdown with YAML front matter (title, published, url, source)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput, optional_str
from flows.readers.text import read_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_markdown(content: str, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    match = _FRONT_MATTER.match(content)
    if match is None:
        # No front matter: read it as plain text (first line is the title).
        yield from read_text(content, source_ref)
        return
    try:
        # safe_load builds no objects from tags: inputs are data.
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        raise UnreadableInput(f"front matter is not valid YAML: {error}") from error
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise UnreadableInput("front matter is not a mapping of keys to values")
    body = content[match.end() :].strip()
    title = optional_str(meta.get("title"))
    if title is None:
        # Without a title key, fall back to the first line of the body.
        for article in read_text(body, source_ref):
            assert isinstance(article, RawArticle)
            title, body = article.title.lstrip("# ").strip(), article.body
    if title is None or not body:
        raise UnreadableInput("the file has front matter but no body")
    yield RawArticle(
        source_ref=source_ref,
        title=title,
        body=body,
        published=optional_str(meta.get("published") or meta.get("date")),
        url=optional_str(meta.get("url")),
        source=optional_str(meta.get("source")),
    )
