"""Fetching feeds against a real HTTP server on 127.0.0.1 (no Prefect: `fetch_feeds` direct)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from flows.fetch import FetchOptions, FetchReport, fetch_feeds, host_folder, summary_page
from flows.readers import RawArticle, read_raw
from tests.http_server import serve_http

FAST = FetchOptions(backoff_seconds=0, retries=2, connect_timeout=2, read_timeout=5)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    declare_length: bool = True


@dataclass
class Request:
    path: str
    headers: dict[str, str]


Route = Callable[[Request], Reply]


class Site:
    """What the test server serves, path by path, and every request it received."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


class Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
        self.site.requests.append(request)
        route = self.site.routes.get(self.path)
        reply = route(request) if route else Reply(404, b"not found")
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.declare_length:
            self.send_header("Content-Length", str(len(reply.body)))
        else:
            self.close_connection = True  # the body ends when the connection does
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    handler = type("SiteHandler", (Handler,), {"site": site})
    with serve_http(handler) as base:
        site.base = base
        yield site


def rss(site: Site, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed whose items (guid, title) link to /<guid>.html on the site."""
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(f'/{guid}.html')}</link>"
        f"<guid>{site.url(f'/{guid}')}</guid>"
        "<pubDate>Tue, 05 Mar 2024 10:30:00 GMT</pubDate>"
        f"<description>&lt;p&gt;Summary of {title}: the minister spoke on Monday about the "
        "new port agreement.&lt;/p&gt;</description></item>"
        for guid, title in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Harbour News</title><link>{site.url('/')}</link>{entries}</channel></rss>"
    ).encode()


def page(title: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>{title}: dock workers returned to work on Tuesday after a "
        "week-long strike, the union said in a statement.</p>"
        "<p>The agreement raises wages by 4 percent over two years.</p>"
        "</article></body></html>"
    ).encode()


def feed_route(body: Callable[[], bytes], etag: Callable[[], str]) -> Route:
    """A feed that answers 304 to a request that already has its current version."""
    modified = "Tue, 05 Mar 2024 10:30:00 GMT"

    def route(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag():
            return Reply(304)
        headers = {"Content-Type": "application/rss+xml", "ETag": etag(), "Last-Modified": modified}
        return Reply(200, body(), headers)

    return route


@pytest.fixture
def news(site: Site) -> dict[str, list[tuple[str, str]]]:
    """A feed at /feed.xml with two items and their pages; add items through the dict."""
    state = {"items": [("a", "Port strike ends"), ("b", "Budget approved")]}
    site.routes["/feed.xml"] = feed_route(
        lambda: rss(site, state["items"]), lambda: f'"v{len(state["items"])}"'
    )
    for guid, title in [("a", "Port strike ends"), ("b", "Budget approved"), ("c", "Rain")]:
        site.routes[f"/{guid}.html"] = _static(page(title), "text/html; charset=utf-8")
    return state


def _static(body: bytes, content_type: str) -> Route:
    return lambda request: Reply(200, body, {"Content-Type": content_type})


def _sources(tmp_path: Path, *urls: str) -> Path:
    path = tmp_path / "sources.txt"
    path.write_text("# feeds to follow\n\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return path


def _files(raw: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()}


def _fetch(tmp_path: Path, *urls: str, options: FetchOptions = FAST) -> FetchReport:
    return fetch_feeds(_sources(tmp_path, *urls), tmp_path / "raw", options=options)


def test_first_fetch_writes_the_feed_and_every_page(tmp_path: Path, site: Site, news: dict) -> None:
    report = _fetch(tmp_path, site.url("/feed.xml"))
    raw, host = tmp_path / "raw", host_folder(site.base)
    assert (report.feeds_checked, report.not_modified, report.new_items) == (1, 0, 2)
    assert report.failures == []
    [feed] = (raw / ".fetch" / "feeds" / host).glob("*.xml")
    assert feed.read_bytes() == rss(site, news["items"])
    pages = sorted(p.read_bytes() for p in (raw / "fetched" / host).glob("*.html"))
    assert pages == sorted([page("Port strike ends"), page("Budget approved")])
    assert (raw / ".fetch" / "state.json").is_file()
    assert site.paths() == ["/feed.xml", "/a.html", "/b.html"]
    assert all(r.headers["user-agent"].startswith("newsfacts/") for r in site.requests)


def test_fetched_pages_are_read_as_articles_and_the_feed_is_not(
    tmp_path: Path, site: Site, news: dict
) -> None:
    _fetch(tmp_path, site.url("/feed.xml"))
    items = list(read_raw(tmp_path / "raw"))
    assert sorted(i.title for i in items if isinstance(i, RawArticle)) == [
        "Budget approved",
        "Port strike ends",
    ]
    assert len(items) == 2  # the hidden feed and state files are not inputs


def test_second_fetch_is_conditional_and_writes_nothing(
    tmp_path: Path, site: Site, news: dict
) -> None:
    _fetch(tmp_path, site.url("/feed.xml"))
    before = _files(tmp_path / "raw")
    site.requests.clear()
    report = _fetch(tmp_path, site.url("/feed.xml"))
    [request] = site.requests
    assert request.headers["if-none-match"] == '"v2"'
    assert request.headers["if-modified-since"] == "Tue, 05 Mar 2024 10:30:00 GMT"
    assert (report.not_modified, report.new_items, report.written) == (1, 0, [])
    after = _files(tmp_path / "raw")
    after.pop(tmp_path / "raw" / ".fetch" / "state.json")
    before.pop(tmp_path / "raw" / ".fetch" / "state.json")
    assert after == before


def test_new_item_is_fetched_alone(tmp_path: Path, site: Site, news: dict) -> None:
    _fetch(tmp_path, site.url("/feed.xml"))
    news["items"].append(("c", "Rain"))
    site.requests.clear()
    report = _fetch(tmp_path, site.url("/feed.xml"))
    assert site.paths() == ["/feed.xml", "/c.html"]
    assert report.new_items == 1
    assert len(list((tmp_path / "raw" / "fetched").rglob("*.html"))) == 3


def test_server_error_then_success_is_retried(tmp_path: Path, site: Site, news: dict) -> None:
    answers = iter([Reply(500, b"oops"), Reply(200, rss(site, news["items"]))])
    site.routes["/flaky.xml"] = lambda request: next(answers)
    report = _fetch(tmp_path, site.url("/flaky.xml"))
    assert report.failures == []
    assert report.new_items == 2
    assert site.paths()[:2] == ["/flaky.xml", "/flaky.xml"]


@pytest.mark.parametrize("status", [503, 429])
def test_server_error_that_persists_is_a_failure(tmp_path: Path, site: Site, status: int) -> None:
    site.routes["/down.xml"] = lambda request: Reply(status, b"busy")
    report = _fetch(tmp_path, site.url("/down.xml"))
    [failure] = report.failures
    assert failure.url == site.url("/down.xml")
    assert failure.reason.startswith(f"HTTP {status} ")
    assert failure.reason.endswith("(after 3 attempts)")
    assert site.paths() == ["/down.xml"] * 3


@pytest.mark.parametrize("declare_length", [True, False])
def test_oversized_response_is_refused(tmp_path: Path, site: Site, declare_length: bool) -> None:
    site.routes["/huge.xml"] = lambda request: Reply(
        200, b"<rss>" + b"x" * 5000 + b"</rss>", declare_length=declare_length
    )
    options = FetchOptions(backoff_seconds=0, retries=0, max_response_bytes=1000)
    report = _fetch(tmp_path, site.url("/huge.xml"), options=options)
    [failure] = report.failures
    assert "over the cap of 1,000 bytes" in failure.reason
    assert not (tmp_path / "raw" / ".fetch" / "feeds").exists()


def test_connection_errors_are_retried_then_reported(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report = _fetch(tmp_path, f"http://127.0.0.1:{port}/feed.xml")
    [failure] = report.failures
    assert failure.reason.startswith("connection failed:")
    assert failure.reason.endswith("(after 3 attempts)")


def test_page_that_fails_is_saved_from_the_feed_summary(
    tmp_path: Path, site: Site, news: dict
) -> None:
    del site.routes["/b.html"]  # 404
    report = _fetch(tmp_path, site.url("/feed.xml"))
    assert report.new_items == 2
    [failure] = report.failures
    assert failure.url == site.url("/b.html")
    assert failure.reason == "HTTP 404 Not Found; saved the feed's summary instead"
    articles = {a.title: a for a in read_raw(tmp_path / "raw") if isinstance(a, RawArticle)}
    summary = articles["Budget approved"]
    assert summary.body.startswith("Summary of Budget approved")
    assert (summary.url, summary.source) == (site.url("/b.html"), "Harbour News")
    assert summary.published is not None and summary.published.startswith("2024-03-05")


def test_page_that_is_not_html_falls_back_to_the_summary(
    tmp_path: Path, site: Site, news: dict
) -> None:
    site.routes["/a.html"] = _static(b"%PDF-1.7", "application/pdf")
    report = _fetch(tmp_path, site.url("/feed.xml"))
    [failure] = report.failures
    assert failure.reason.startswith("the response is application/pdf, not HTML")


def test_a_failing_feed_does_not_stop_the_others(tmp_path: Path, site: Site, news: dict) -> None:
    site.routes["/page.html"] = _static(b"<html><body><p>hello</p></body></html>", "text/html")
    report = _fetch(
        tmp_path,
        site.url("/missing.xml"),
        "ftp://127.0.0.1/feed.xml",
        site.url("/page.html"),
        site.url("/feed.xml"),
    )
    reasons = {f.url: f.reason for f in report.failures}
    assert reasons.pop(site.url("/page.html")).startswith("the response is not an RSS or Atom")
    assert reasons == {
        site.url("/missing.xml"): "HTTP 404 Not Found",
        "ftp://127.0.0.1/feed.xml": "not an http(s) URL: 'ftp://127.0.0.1/feed.xml'; "
        "only http and https are fetched",
    }
    assert (report.feeds_checked, report.new_items) == (4, 2)


def test_only_listed_feeds_and_their_item_links_are_fetched(
    tmp_path: Path, site: Site, news: dict
) -> None:
    site.routes["/other.xml"] = feed_route(lambda: rss(site, [("c", "Rain")]), lambda: '"o"')
    _fetch(tmp_path, site.url("/feed.xml"), "# " + site.url("/other.xml"))
    assert "/other.xml" not in site.paths() and "/c.html" not in site.paths()


def test_failed_item_without_summary_is_retried_next_time(
    tmp_path: Path, site: Site, news: dict
) -> None:
    bare = rss(site, news["items"]).replace(b"<description>", b"<x>")
    bare = bare.replace(b"</description>", b"</x>")
    site.routes["/feed.xml"] = lambda request: Reply(200, bare, {"ETag": '"bare"'})
    del site.routes["/b.html"]
    first = _fetch(tmp_path, site.url("/feed.xml"))
    assert first.new_items == 1
    assert first.failures[0].reason.endswith("the feed has no summary for it either")
    site.routes["/b.html"] = _static(page("Budget approved"), "text/html")
    site.requests.clear()
    second = _fetch(tmp_path, site.url("/feed.xml"))
    assert "if-none-match" not in site.requests[0].headers  # validators were not kept
    assert site.paths() == ["/feed.xml", "/b.html"]
    assert second.new_items == 1


def test_summary_page_escapes_the_metadata() -> None:
    entry = {
        "title": 'Quote " and <tag>',
        "link": 'https://x.test/a?b="c"',
        "summary_detail": {"type": "text/plain", "value": "<b>not markup</b>"},
    }
    html = summary_page(entry, None)
    assert html is not None
    assert b"&lt;b&gt;not markup&lt;/b&gt;" in html
    assert b'href="https://x.test/a?b=&quot;c&quot;"' in html


def test_missing_sources_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="sources file not found"):
        fetch_feeds(tmp_path / "nope.txt", tmp_path / "raw")
