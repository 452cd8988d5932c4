from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.normalize import (
    BadDate,
    article_id_for,
    normalize_article,
    normalize_text,
    parse_published,
)
from flows.readers import RawArticle


def test_spaces_zero_width_and_blank_lines_are_normalised() -> None:
    text = "A\u00a0B\u200b C  D\r\n\r\n\r\n\r\nE \n"
    assert normalize_text(text) == "A B C D\n\nE"


def test_mojibake_is_repaired_and_curly_quotes_kept() -> None:
    assert (
        normalize_text("Emily\u00e2\u20ac\u2122s \u201cHope\u201d")
        == "Emily\u2019s \u201cHope\u201d"
    )


def test_article_text_is_title_blank_line_body() -> None:
    raw = RawArticle(
        "x.txt", "Title  here", "Body\u00a0text.", published="2024-03-01T10:00:00-05:00"
    )
    article, warning = normalize_article(raw)
    assert warning is None
    assert article.text == "Title here\n\nBody text."
    assert article.published_at == datetime(2024, 3, 1, 15, 0, tzinfo=UTC)
    assert article.article_id == article_id_for(article.text)
    assert article.language == "en"
    assert article.word_count == 4


def test_same_text_same_id_different_text_different_id() -> None:
    assert article_id_for("a") == article_id_for("a") != article_id_for("b")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013-06-13", datetime(2013, 6, 13, tzinfo=UTC)),
        ("2021-01-20 07:23:00-05:00", datetime(2021, 1, 20, 12, 23, tzinfo=UTC)),
        ("March 3, 2022", datetime(2022, 3, 3, tzinfo=UTC)),
        (None, None),
    ],
)
def test_parse_published(value: str | None, expected: datetime | None) -> None:
    assert parse_published(value) == expected


def test_unparseable_date_keeps_the_article_with_a_warning() -> None:
    with pytest.raises(BadDate):
        parse_published("not a date at all")
    article, warning = normalize_article(RawArticle("x", "T", "Body.", published="not a date"))
    assert article.published_at is None
    assert warning is not None and "not a date" in warning
