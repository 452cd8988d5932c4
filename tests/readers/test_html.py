"""The HTML reader (trafilatura) on pages, and on HTML bodies inside JSON records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.readers import RawArticle, ReadFailure, read_file
from flows.readers.html import looks_like_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Port strike ends after talks | Harbour News</title>
<meta property="og:title" content="Port strike ends after talks">
<meta property="og:url" content="https://news.example.org/2024/03/port-strike">
<meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2024-03-05T10:30:00+00:00">
<script>window.track = function () { document.title = "tracked"; };</script>
<style>body { color: red; }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Port strike ends after talks</h1>
<p>Dock workers in the harbour returned to work on Tuesday after a week-long strike,
the union said.</p>
<p>The agreement raises wages by 4 percent over two years, according to a statement
from the port authority.</p>
</article>
<footer>Copyright 2024 Harbour News. All rights reserved.</footer>
</body></html>"""

CANONICAL_ONLY = """<!DOCTYPE html><html><head>
<title>Council approves budget</title>
<link rel="canonical" href="https://gazette.example.com/council-budget">
</head><body><main>
<p>The city council approved a budget of 12 million dollars on Thursday after a long
debate about road repairs.</p>
<p>The mayor said the spending would start in January and promised a report within six
months.</p></main></body></html>"""

SCRIPTS_ONLY = """<!DOCTYPE html><html><head><title>App</title>
<script src="/bundle.js"></script></head>
<body><div id="root"></div><script>render(document.getElementById("root"));</script>
</body></html>"""

FRAGMENT = (
    "<div class='presscontenthdr'>\n<p>WASHINGTON - The Justice Department charged three "
    "people with fraud on Monday, officials said.</p>\n</div>\n"
    "<div class='presscontenttext'><p>The defendants face up to 20 years in prison.</p>"
    "<script>var tracker = 1;</script></div>"
)


def _read(tmp_path: Path, name: str, content: str) -> list[RawArticle | ReadFailure]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_file(path, name))


def test_page_main_text_and_metadata(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "port.html", PAGE)
    assert isinstance(article, RawArticle)
    assert article.title == "Port strike ends after talks"
    assert article.published == "2024-03-05"
    assert article.url == "https://news.example.org/2024/03/port-strike"
    assert article.source == "Harbour News"
    assert article.body.startswith("Dock workers in the harbour")  # the <h1> is the title
    assert "4 percent" in article.body


@pytest.mark.parametrize("leftover", ["window.track", "color: red", "Sport", "Copyright"])
def test_page_drops_scripts_styles_and_boilerplate(tmp_path: Path, leftover: str) -> None:
    [article] = _read(tmp_path, "port.html", PAGE)
    assert isinstance(article, RawArticle)
    assert leftover not in article.body


def test_url_from_the_canonical_link(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "budget.htm", CANONICAL_ONLY)
    assert isinstance(article, RawArticle)
    assert article.url == "https://gazette.example.com/council-budget"
    assert article.title == "Council approves budget"


@pytest.mark.parametrize(
    "content", [SCRIPTS_ONLY, "<html><body><script>a()</script></body></html>"]
)
def test_page_without_main_text_is_a_failure(tmp_path: Path, content: str) -> None:
    [failure] = _read(tmp_path, "app.html", content)
    assert isinstance(failure, ReadFailure)
    assert "no main text" in failure.reason
    assert failure.source_ref == "app.html"


def test_jsonl_record_with_html_text_is_extracted(tmp_path: Path) -> None:
    record = {
        "id": "doj-1",
        "title": "Three charged \nin fraud scheme",
        "published": "2014-05-21",
        "url": "https://www.justice.gov/x",
        "text": FRAGMENT,
    }
    [article] = _read(tmp_path, "doj.jsonl", json.dumps(record))
    assert isinstance(article, RawArticle)
    assert article.source_ref == "doj-1"
    assert article.title == "Three charged in fraud scheme"  # folded to one line
    assert (article.published, article.url) == ("2014-05-21", "https://www.justice.gov/x")
    assert article.body.startswith("WASHINGTON - The Justice Department charged")
    assert "up to 20 years" in article.body
    assert "<" not in article.body and "tracker" not in article.body


def test_json_record_with_html_text_is_extracted(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "doj.json", json.dumps([{"id": "d", "text": FRAGMENT}]))
    assert isinstance(article, RawArticle)
    assert "<p>" not in article.title + article.body


def test_record_with_html_but_no_main_text_is_a_failure(tmp_path: Path) -> None:
    record = {"id": "empty-page", "title": "T", "text": "<div><script>x()</script></div>"}
    [failure] = _read(tmp_path, "r.jsonl", json.dumps(record))
    assert isinstance(failure, ReadFailure)
    assert failure.source_ref == "empty-page"
    assert "has HTML in 'text'" in failure.reason and "no main text" in failure.reason


def test_plain_record_with_a_stray_tag_is_kept_as_written(tmp_path: Path) -> None:
    text = 'WASHINGTON - The order: <span style="x">Section</span> 1. Background.'
    [article] = _read(tmp_path, "r.jsonl", json.dumps({"id": "wh", "title": "T", "text": text}))
    assert isinstance(article, RawArticle)
    assert article.body == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>One.</p>", True),
        ("  \n<div class='a'>x</div>", True),
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("<br/>line one<br/>line two", False),  # no element is closed
        ("WASHINGTON - <span>Section</span> 1.", False),
        ("a < b and c > d </p>", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
