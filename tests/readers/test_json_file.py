"""The .json reader: one article object or a list of them, read like JSON Lines records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.readers import RawArticle, ReadFailure, read_file

RECORD = {
    "id": "r1",
    "title": "Talks resume",
    "text": "Negotiators met again on Monday.",
    "published": "2024-01-05",
    "url": "https://x.test/a",
    "source": "Wire",
}


def _read(tmp_path: Path, name: str, content: str) -> list[RawArticle | ReadFailure]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_file(path, name))


def test_one_object_is_one_article(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "one.json", json.dumps(RECORD))
    assert article == RawArticle(
        source_ref="r1",
        title="Talks resume",
        body="Negotiators met again on Monday.",
        published="2024-01-05",
        url="https://x.test/a",
        source="Wire",
    )


def test_object_without_id_is_named_by_the_file(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "one.json", json.dumps({"text": "Title line\nThe body."}))
    assert isinstance(article, RawArticle)
    assert (article.source_ref, article.title, article.body) == (
        "one.json",
        "Title line",
        "The body.",
    )


def test_list_reads_like_jsonl(tmp_path: Path) -> None:
    records = [RECORD, {"id": "r2", "title": "Other", "text": "Second body."}]
    from_json = _read(tmp_path, "batch.json", json.dumps(records))
    from_jsonl = _read(tmp_path, "batch.jsonl", "\n".join(json.dumps(r) for r in records))
    assert from_json == from_jsonl
    assert [a.source_ref for a in from_json] == ["r1", "r2"]


def test_bad_items_are_failures_and_the_rest_go_on(tmp_path: Path) -> None:
    records = [RECORD, "not an object", {"id": "r3"}, dict(RECORD, title="Again"), {"text": "x"}]
    items = _read(tmp_path, "batch.json", json.dumps(records))
    articles = [i for i in items if isinstance(i, RawArticle)]
    failures = {i.source_ref: i.reason for i in items if isinstance(i, ReadFailure)}
    assert [a.source_ref for a in articles] == ["r1", "batch.json[5]"]
    assert failures == {
        "batch.json[2]": "item 2 is not a JSON object",
        "batch.json[3]": "item 3 has no 'text'",
        "r1": "duplicate id 'r1' at item 4 of batch.json",
    }


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"id": "x", "text": ', "not valid JSON"),
        ("[]", "the JSON list is empty"),
        ('"just a string"', "the JSON is a string, not an article object"),
        ("42", "the JSON is a number"),
    ],
)
def test_unreadable_json_files(tmp_path: Path, content: str, reason: str) -> None:
    [failure] = _read(tmp_path, "bad.json", content)
    assert isinstance(failure, ReadFailure)
    assert failure.source_ref == "bad.json"
    assert reason in failure.reason


def test_jsonl_titles_are_folded_to_one_line(tmp_path: Path) -> None:
    record = {"id": "t", "title": "Former officer pleads guilty \nto fraud", "text": "Body."}
    [article] = _read(tmp_path, "t.jsonl", json.dumps(record))
    assert isinstance(article, RawArticle)
    assert article.title == "Former officer pleads guilty to fraud"
