"""The texts of a run's articles, kept in a temporary file rather than in memory.

A run needs every article's id, URL and language to plan, but each text only twice: when the
model reads it and when its `articles` row is written. Holding all the texts from reading to
writing would make a run's memory grow with the corpus (some 250 MB for the 14,380 White
House items). So reading puts each text in a `TextStore` and keeps a `StoredArticle`, and
the run loads the texts back a batch at a time.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from flows.normalize import Article


@dataclass(frozen=True)
class StoredArticle:
    """An article whose text is in a `TextStore`: every field of `Article` but the text,
    and where the text is (`text_at`: byte offset and length in the store)."""

    article_id: str
    source_ref: str
    title: str
    published_at: datetime | None
    url: str | None
    source: str | None
    language: str
    word_count: int
    text_at: tuple[int, int]


class TextStore:
    """Texts appended to an unnamed temporary file (gone when the store is closed or the
    process ends) and read back by position."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._size = 0

    def put(self, article: Article) -> StoredArticle:
        """Keep the article's text in the store; return the article without it."""
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="newsfacts-texts-")  # noqa: SIM115 (closed by close)
        data = article.text.encode("utf-8", "surrogatepass")
        self._file.write(data)
        at = (self._size, len(data))
        self._size += len(data)
        fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(Article)}
        del fields["text"]
        return StoredArticle(**fields, text_at=at)

    def load(self, stored: StoredArticle) -> Article:
        """The article with its text."""
        offset, length = stored.text_at
        if self._file is None or offset + length > self._size:
            raise KeyError(f"the text of article {stored.article_id} is not in this store")
        self._file.flush()
        data = os.pread(self._file.fileno(), length, offset)
        fields = {f.name: getattr(stored, f.name) for f in dataclasses.fields(StoredArticle)}
        del fields["text_at"]
        return Article(**fields, text=data.decode("utf-8", "surrogatepass"))

    def stream(self, stored: Iterable[StoredArticle]) -> Iterator[Article]:
        """The articles with their texts, one at a time."""
        return (self.load(s) for s in stored)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self._size = 0
