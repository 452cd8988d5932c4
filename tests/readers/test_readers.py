from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.readers import RawArticle, ReadFailure, read_file, read_raw


def _read(tmp_path: Path, name: str, content: bytes | str) -> list[RawArticle | ReadFailure]:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return list(read_file(path, name))


def test_text_first_nonempty_line_is_title(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "a.txt", "\n\n  Storm hits coast \nWinds rose.\n\nPeople left.")
    assert isinstance(article, RawArticle)
    assert article.title == "Storm hits coast"
    assert article.body == "Winds rose.\n\nPeople left."
    assert article.source_ref == "a.txt"


def test_markdown_front_matter(tmp_path: Path) -> None:
    content = (
        "---\ntitle: Talks resume\npublished: 2024-01-05\nurl: https://x.test/a\n---\nBody here."
    )
    [article] = _read(tmp_path, "a.md", content)
    assert isinstance(article, RawArticle)
    assert (article.title, article.body, article.published, article.url) == (
        "Talks resume",
        "Body here.",
        "2024-01-05",
        "https://x.test/a",
    )


def test_markdown_with_bad_yaml_is_a_failure(tmp_path: Path) -> None:
    [failure] = _read(tmp_path, "a.md", "---\ntitle: [unclosed\n---\nBody")
    assert isinstance(failure, ReadFailure)
    assert "YAML" in failure.reason


def test_markdown_yaml_tags_build_no_objects(tmp_path: Path) -> None:
    [failure] = _read(
        tmp_path, "a.md", "---\ntitle: !!python/object/apply:os.system ['true']\n---\nB"
    )
    assert isinstance(failure, ReadFailure)


def test_jsonl_good_bad_and_duplicate_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "title": "One", "text": "First body.", "published": "2020-01-01"}),
        "{not json",
        json.dumps({"id": "r1", "title": "Again", "text": "Same id."}),
        json.dumps({"id": "r2", "title": "No text"}),
        json.dumps(["a", "list"]),
    ]
    items = _read(tmp_path, "batch.jsonl", "\n".join(lines))
    articles = [i for i in items if isinstance(i, RawArticle)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.source_ref for a in articles] == ["r1"]
    assert len(failures) == 4
    assert any("duplicate id" in f.reason for f in failures)
    assert any("not valid JSON" in f.reason and f.source_ref == "batch.jsonl:2" for f in failures)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n  \n", "no text"),
        ("title-only.txt", b"Just a title\n", "no body"),
        ("image.png", b"\x89PNG\r\n", "unsupported file type"),
    ],
)
def test_bad_inputs_become_failures(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    [failure] = _read(tmp_path, name, content)
    assert isinstance(failure, ReadFailure)
    assert reason in failure.reason


def test_windows_1252_is_detected(tmp_path: Path) -> None:
    text = (
        "Minister\u2019s visit\n"
        "\u201cWe agree,\u201d the minister said about the caf\u00e9 deal today."
    )
    [article] = _read(tmp_path, "cp.txt", text.encode("cp1252"))
    assert isinstance(article, RawArticle)
    assert "\u201cWe agree,\u201d" in article.body


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "bom.txt", b"\xef\xbb\xbfTitle\nBody.")
    assert isinstance(article, RawArticle)
    assert article.title == "Title"


def test_read_raw_walks_folders_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B title\nB body.")
    (tmp_path / ".hidden.txt").write_text("H\nH")
    (tmp_path / ".gitkeep").write_text("")
    refs = [item.source_ref for item in read_raw(tmp_path)]
    assert refs == ["sub/b.txt"]


def test_read_raw_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(read_raw(tmp_path / "nope"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_detected(tmp_path: Path, encoding: str) -> None:
    text = "Ministers meet\nThe ministers \u201cagreed\u201d on a plan to share data on Friday."
    data = text.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes a BOM; the others only with one added
        data = ("\ufeff" + text).encode(encoding)
    [article] = _read(tmp_path, "u16.txt", data)
    assert isinstance(article, RawArticle)
    assert article.title == "Ministers meet"
    assert "\u201cagreed\u201d" in article.body
