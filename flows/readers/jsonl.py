"""JSON Lines: one article per line with id, title, text, published, url, source.

`read_record` turns one decoded record into an article or a failure; the `.json` reader uses
it too, so a record means the same in either file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput, optional_str
from flows.readers.html import (
    HtmlPage,
    drop_repeated_title,
    extract_html,
    looks_like_html,
    one_line,
)


def read_jsonl(content: str, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    """Each good line becomes an article whose source_ref is the record's id; each bad line
    becomes a failure named by file and line number, and the rest of the file goes on."""
    if not content.strip():
        raise UnreadableInput("the file has only blank lines, no records")
    seen: set[str] = set()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where, label = f"{source_ref}:{number}", f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadFailure(where, f"{label} is not valid JSON: {error.msg}", line[:200])
            continue
        yield read_record(record, where=where, label=label, file_ref=source_ref, seen=seen)


def read_record(
    record: object, *, where: str, label: str, file_ref: str, seen: set[str]
) -> RawArticle | ReadFailure:
    """One record (id, title, text, published, url, source) as an article. `where` names the
    record when it has no id, `label` ("line 3", "item 2") places it in `file_ref`, and `seen`
    holds the ids read so far from that file. A 'text' that is HTML markup is reduced to its
    main text; the record's own fields win over the page's metadata."""
    if not isinstance(record, dict):
        return ReadFailure(where, f"{label} is not a JSON object", _excerpt(record))
    text = optional_str(record.get("text"))
    if text is None:
        return ReadFailure(where, f"{label} has no 'text'", _excerpt(record))
    record_id = optional_str(record.get("id")) or where
    if record_id in seen:
        return ReadFailure(record_id, f"duplicate id {record_id!r} at {label} of {file_ref}")
    seen.add(record_id)
    if not looks_like_html(text):
        return _article(record, record_id, HtmlPage(text=text))
    try:
        page = extract_html(text)
    except UnreadableInput as error:
        return ReadFailure(record_id, f"{label} has HTML in 'text' but {error}", _excerpt(record))
    return _article(record, record_id, page, from_html=True)


def _article(
    record: dict[str, object], record_id: str, page: HtmlPage, *, from_html: bool = False
) -> RawArticle:
    title = optional_str(record.get("title")) or page.title
    text = page.text
    if title is None:
        first, _, rest = text.partition("\n")
        title, text = first.strip(), rest.strip() or text
    title = one_line(title)
    return RawArticle(
        source_ref=record_id,
        title=title,
        body=drop_repeated_title(title, text) if from_html else text,
        published=optional_str(record.get("published")) or page.date,
        url=optional_str(record.get("url")) or page.url,
        source=optional_str(record.get("source")) or page.sitename,
    )


def _excerpt(record: object) -> str:
    """The start of a record, for the quarantine row's detail."""
    return json.dumps(record, ensure_ascii=False)[:200]
