"""HTML pages (.html, .htm): main text and metadata extracted by trafilatura.

trafilatura parses the markup only: no script runs and nothing is fetched. The same
extraction serves HTML found inside JSON records (`extract_html`), so a page's text is the
same whichever file carried it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
from lxml.etree import LxmlError
from trafilatura.metadata import Document

from flows.readers.base import RawArticle, ReadFailure, UnreadableInput, optional_str

#: Markup that starts with a tag (or a doctype or comment) and closes at least one element.
_STARTS_WITH_TAG = re.compile(r"\A\s*<(?:!doctype\s+html|!--|[a-z][a-z0-9]*[\s/>])", re.IGNORECASE)
_CLOSING_TAG = re.compile(r"</[a-z][a-z0-9]*\s*>", re.IGNORECASE)
#: A whole document rather than a fragment of one.
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)

#: Dates from the page's metadata (and its URL), not guessed from dates in the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

NO_MAIN_TEXT = (
    "the HTML has no main text (only scripts, styles, navigation or boilerplate); "
    "is it a page that builds its content with JavaScript?"
)


@dataclass(frozen=True)
class HtmlPage:
    """What trafilatura found in a page: the main text and the page's own metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None


def looks_like_html(text: str) -> bool:
    """True for markup: text that starts with a tag and closes an element somewhere."""
    return bool(_STARTS_WITH_TAG.match(text)) and bool(_CLOSING_TAG.search(text))


def one_line(text: str) -> str:
    """Every run of whitespace, line breaks included, folded to one space."""
    return " ".join(text.split())


def extract_html(markup: str) -> HtmlPage:
    """The main text and metadata of a page or a fragment of one (a body as stored in a
    JSON record). Raises UnreadableInput when there is no main text."""
    if not _DOCUMENT.search(markup):
        # trafilatura rejects a lone block as dubious HTML; give the fragment a document.
        markup = f"<html><body><div>{markup}</div></body></html>"
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (LxmlError, RecursionError, ValueError, TypeError, AssertionError) as error:
        # AssertionError: lxml's drop_tree asserts a parent, and htmldate calls it on a
        # page whose only content is a script ("<body><script>...")
        raise UnreadableInput(f"the HTML cannot be parsed: {error!r}") from error
    text = optional_str(document.text) if isinstance(document, Document) else None
    if not isinstance(document, Document) or text is None:
        raise UnreadableInput(NO_MAIN_TEXT)
    return HtmlPage(
        text=text,
        title=optional_str(one_line(document.title or "")),
        date=optional_str(document.date),
        url=optional_str(document.url),
        sitename=optional_str(document.sitename) or optional_str(document.hostname),
    )


def drop_repeated_title(title: str, text: str) -> str:
    """The text without its first line when that line is the title again (a page's <h1>)."""
    first, _, rest = text.partition("\n")
    if rest.strip() and one_line(first).casefold() == one_line(title).casefold():
        return rest.strip()
    return text


def read_html(content: str, source_ref: str) -> Iterator[RawArticle | ReadFailure]:
    """One page, one article: the main text, with title, date, URL (canonical link or
    og:url) and source (site name) from the page's metadata."""
    page = extract_html(content)
    title, body = page.title, page.text
    if title is None:
        first, _, rest = body.partition("\n")
        title, body = one_line(first), rest.strip() or body
    body = drop_repeated_title(title, body)
    yield RawArticle(
        source_ref=source_ref,
        title=title,
        body=body,
        published=page.date,
        url=page.url,
        source=page.sitename,
    )
