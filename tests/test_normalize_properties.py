"""Property-based: normalisation takes any text without an unhandled exception, and
normalising twice changes nothing."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from flows.normalize import normalize_article, normalize_text
from flows.readers import RawArticle

#: Any text, weighted towards what news text carries: spaces of every kind, zero-width
#: characters, soft hyphens, line breaks and mojibake.
_TRICKY = st.sampled_from(
    ["\u00a0", "\u2009", "\u200b", "\u00ad", "\ufeff", "\r\n", "\n\n\n", "\t", "â€™", "Ã©", " "]
)
TEXT = st.lists(st.text(max_size=20) | _TRICKY, max_size=30).map("".join)


#: ASCII with every kind of space and invisible character the normaliser folds or drops.
SPACED_ASCII = st.lists(
    st.text(st.characters(max_codepoint=0x7F), max_size=20)
    | st.sampled_from(["\u00a0", "\u2009", "\u3000", "\u2028", "\u200b", "\u00ad", "\ufeff"])
    | st.sampled_from(["\r\n", "\r", "\n\n\n", "\t", " \n "]),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=SPACED_ASCII)
def test_normalize_text_is_idempotent_on_spacing(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
@example(text="\u00a0\u00c2\u0080")  # 'Â€' after one pass, '€' after two
@example(text="U\u200b\u031b")  # 'U' + combining horn after one pass, 'Ư' after two
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(
    title=TEXT,
    body=TEXT,
    published=st.none() | st.text(max_size=40),
    url=st.none() | st.text(max_size=40),
)
def test_normalize_article_takes_any_text(
    title: str, body: str, published: str | None, url: str | None
) -> None:
    raw = RawArticle(source_ref="ref", title=title, body=body, published=published, url=url)
    article, warning = normalize_article(raw)
    assert article.text.startswith(article.title)
    assert "\n" not in article.title
    assert warning is None or published is not None
