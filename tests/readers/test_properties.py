"""Property-based: whatever bytes arrive under a registered suffix, reading them gives articles
or failures, never an unhandled exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flows.readers import READERS, RawArticle, ReadFailure, read_file

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "title", "text", "published", "url"]), children)
    ),
    max_leaves=12,
)
_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<html>", "<body>", "<!--"]
)
_HTML = st.lists(_TAGS | st.text(max_size=30), max_size=20).map("".join)

#: Raw bytes, text, JSON values and tag soup: the last three reach past the decoder.
CONTENT = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(str.encode),
    _JSON.map(lambda value: json.dumps(value).encode()),
    _HTML.map(str.encode),
)


@pytest.mark.parametrize("suffix", sorted(READERS))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=CONTENT)
@example(content=b" \n\t\n")  # blank lines only: a failure, not silence
@example(content=b"\xef\xbb\xbf")  # a byte-order mark and nothing else
@example(content=b"<body><script>html")  # lxml asserted inside trafilatura's date search
def test_any_bytes_give_articles_or_failures(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, content: bytes
) -> None:
    path = tmp_path_factory.mktemp("any") / f"input{suffix}"
    path.write_bytes(content)
    items = list(read_file(path, path.name))
    assert items, "every input gives at least one article or failure"
    for item in items:
        assert isinstance(item, RawArticle | ReadFailure)
        if isinstance(item, ReadFailure):
            assert item.reason
