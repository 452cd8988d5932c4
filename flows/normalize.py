"""From a raw article to the article row: text normalised once, before any offset is taken."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import dateparser
import ftfy
import py3langid

from flows.readers.base import RawArticle

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # and soft hyphens
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline, incl. NBSP and thin spaces
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r" *\n *")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


class BadDate(ValueError):
    """A published value that cannot be read as a date."""


@dataclass(frozen=True)
class Article:
    article_id: str
    source_ref: str
    title: str
    text: str
    published_at: datetime | None
    url: str | None
    source: str | None
    language: str
    word_count: int


def normalize_text(text: str) -> str:
    """Fix mojibake, drop zero-width characters and soft hyphens, fold every run of spaces
    (non-breaking included) to one space, and keep at most one blank line between paragraphs.
    Quotation marks are kept as written (curly or straight). Each step can expose work for
    another (a repaired character next to a folded space), so the steps repeat until the text
    no longer changes: normalising twice gives what normalising once gave."""
    for _ in range(_MAX_PASSES):
        fixed = _normalize_once(text)
        if fixed == text:
            break
        text = fixed
    return text


_MAX_PASSES = 5


def _normalize_once(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text)  # a regex: str.translate with a dict is slower here
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True)
    text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text))
    text = _SPACES.sub(" ", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def article_text(title: str, body: str) -> str:
    """The exact text the extractors see: title, a blank line, the body."""
    return f"{title}\n\n{body}"


def article_id_for(text: str) -> str:
    """Same normalised text, same id, in every run."""
    return "a" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: str | None) -> datetime | None:
    """A published value as UTC. Naive times are taken as UTC. Raises BadDate."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = dateparser.parse(
            value, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False}
        )
        if parsed is None:
            raise BadDate(f"published value {value!r} is not a date") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language."""
    language, _score = py3langid.classify(text[:5000])
    return str(language)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def normalize_article(raw: RawArticle) -> tuple[Article, str | None]:
    """The article row for a raw article, and a warning when part of it (the date) was lost."""
    title = " ".join(normalize_text(raw.title).split())
    text = article_text(title, normalize_text(raw.body))
    warning = None
    try:
        published_at = parse_published(raw.published)
    except BadDate as error:
        published_at, warning = None, f"{error}; kept with published_at null"
    article = Article(
        article_id=article_id_for(text),
        source_ref=raw.source_ref,
        title=title,
        text=text,
        published_at=published_at,
        url=raw.url,
        source=raw.source,
        language=detect_language(text),
        word_count=count_words(text),
    )
    return article, warning
