"""The run's texts kept out of memory: what goes in comes back, field for field."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.normalize import Article
from flows.textstore import TextStore


def _article(article_id: str, text: str) -> Article:
    return Article(
        article_id=article_id,
        source_ref=f"{article_id}.txt",
        title="Talks",
        text=text,
        published_at=datetime(2024, 3, 1, tzinfo=UTC),
        url=None,
        source="news.example",
        language="en",
        word_count=len(text.split()),
    )


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_every_article_comes_back_whole(texts: list[str]) -> None:
    store = TextStore()
    articles = [_article(f"a{i}", text) for i, text in enumerate(texts)]
    stored = [store.put(a) for a in articles]
    assert not hasattr(stored[0], "text")
    assert list(store.stream(reversed(stored))) == articles[::-1]
    store.close()


def test_a_text_from_another_store_is_an_error() -> None:
    first, second = TextStore(), TextStore()
    stored = first.put(_article("a1", "Officials met in Geneva."))
    with pytest.raises(KeyError, match="a1"):
        second.load(stored)
