"""Fetch RSS and Atom feeds, and the pages of their new items, into the raw zone.

Every response body is written to a file before anything parses it: a feed under
`raw/.fetch/feeds/<host>/<sha>.xml` (a hidden folder: kept, but not an input), an item's
page under `raw/fetched/<host>/<sha-of-url>.html`, where the HTML reader picks it up. What
was seen, and each feed's ETag and Last-Modified, live in `raw/.fetch/state.json`, so the
next fetch asks only for what changed. Only the URLs of the sources file, and the item links
of those feeds, are fetched, over http or https. Nothing here imports Prefect.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import re
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpx

from flows import __version__
from flows.settings import DEFAULT_MAX_INPUT_BYTES, Settings

USER_AGENT = f"newsfacts/{__version__} (feed fetcher)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
STATE_VERSION = 1


@dataclass(frozen=True)
class FetchOptions:
    """How every request is made: timeouts (seconds), retries with exponential backoff, the
    largest body accepted (bytes) and the User-Agent."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 3
    backoff_seconds: float = 1.0
    max_backoff_seconds: float = 60.0
    max_response_bytes: int = DEFAULT_MAX_INPUT_BYTES
    user_agent: str = USER_AGENT
    max_redirects: int = 5

    @classmethod
    def from_env(cls) -> FetchOptions:
        """A response larger than the reader would read is not worth downloading."""
        return cls(max_response_bytes=Settings.from_env().max_input_bytes)


@dataclass(frozen=True)
class FetchFailure:
    url: str
    reason: str


@dataclass
class FetchReport:
    """What a fetch did: feeds asked for, feeds unchanged since the last fetch (HTTP 304),
    new items saved, files written, and every failure with its reason."""

    feeds_checked: int = 0
    not_modified: int = 0
    new_items: int = 0
    failures: list[FetchFailure] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def fail(self, url: str, reason: str) -> None:
        self.failures.append(FetchFailure(url, reason))

    def describe(self) -> str:
        lines = [
            f"feeds checked:  {self.feeds_checked}",
            f"not modified:   {self.not_modified}",
            f"new items:      {self.new_items}",
            f"files written:  {len(self.written)}",
            f"failures:       {len(self.failures)}",
        ]
        lines += [f"  {failure.url}: {failure.reason}" for failure in self.failures]
        return "\n".join(lines)


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason."""


@dataclass(frozen=True)
class Fetched:
    status: int
    headers: httpx.Headers
    body: bytes
    url: str  # after redirects


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] = field(default_factory=list)


def fetch_feeds(
    sources: Path,
    raw_dir: Path,
    *,
    client: httpx.Client | None = None,
    options: FetchOptions | None = None,
) -> FetchReport:
    """Fetch every feed listed in `sources` (one URL a line, `#` comments) and the page of
    every item not seen before, into raw_dir. A feed or page that fails is reported with the
    reason and the rest go on; an item whose page fails is saved from the feed's summary."""
    options = options or FetchOptions.from_env()
    urls = read_sources(sources)
    state_path = raw_dir / ".fetch" / "state.json"
    state = load_state(state_path)
    report = FetchReport()
    own_client = client is None
    http = client or _new_client(options)
    try:
        for url in urls:
            report.feeds_checked += 1
            feed_state = state.setdefault(url, FeedState())
            try:
                _fetch_feed(http, url, feed_state, raw_dir, options, report)
            except FetchError as error:
                report.fail(url, str(error))
            save_state(state_path, state)
    finally:
        if own_client:
            http.close()
    return report


def read_sources(sources: Path) -> list[str]:
    """The feed URLs of a sources file, in order and without repeats; blank lines and lines
    starting with `#` are skipped."""
    if not sources.is_file():
        raise FileNotFoundError(f"sources file not found: {sources}")
    urls: list[str] = []
    for line in sources.read_text(encoding="utf-8").splitlines():
        url = line.strip()
        if url and not url.startswith("#") and url not in urls:
            urls.append(url)
    return urls


def load_state(path: Path) -> dict[str, FeedState]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {url: FeedState(**feed) for url, feed in data["feeds"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(
            f"fetch state {path} is damaged ({error}); delete it to fetch everything afresh"
        ) from error


def save_state(path: Path, state: dict[str, FeedState]) -> None:
    feeds = {url: vars(feed) for url, feed in state.items()}
    data = {"version": STATE_VERSION, "feeds": feeds}
    write_atomic(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> Path:
    """Write through a hidden temporary file beside the target and rename it into place, so
    that a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".tmp", delete=False) as f:
        f.write(data)
        temporary = Path(f.name)
    temporary.chmod(0o644)  # NamedTemporaryFile makes it private; raw files are for reading
    try:
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _fetch_feed(
    http: httpx.Client,
    url: str,
    feed_state: FeedState,
    raw_dir: Path,
    options: FetchOptions,
    report: FetchReport,
) -> None:
    check_url(url)
    response = get(http, url, options, headers=_conditional_headers(feed_state))
    if response.status == 304:
        report.not_modified += 1
        return
    feed_file = raw_dir / ".fetch" / "feeds" / host_folder(url) / f"{_sha(response.body)}.xml"
    report.written.append(write_atomic(feed_file, response.body))
    parsed = parse_feed(response.body, response.url, response.headers.get("content-type"))
    site = parsed.feed.get("title")
    all_saved = True
    for entry in parsed.entries:
        key = item_key(entry)
        if key in feed_state.seen:
            continue
        if _save_item(http, entry, site, url, raw_dir, options, report):
            feed_state.seen.append(key)
            report.new_items += 1
        else:
            all_saved = False
    if all_saved:
        # Keep the validators only when every item is saved: otherwise the next fetch would
        # get a 304 and never retry the items that failed.
        feed_state.etag = response.headers.get("etag")
        feed_state.last_modified = response.headers.get("last-modified")


def _conditional_headers(feed_state: FeedState) -> dict[str, str]:
    headers = {}
    if feed_state.etag:
        headers["If-None-Match"] = feed_state.etag
    if feed_state.last_modified:
        headers["If-Modified-Since"] = feed_state.last_modified
    return headers


def parse_feed(body: bytes, url: str, content_type: str | None) -> Any:
    """The feed parsed by feedparser, relative links resolved against its URL. The body goes
    in as a stream: feedparser would open a string that looks like a URL or a path. Raises
    FetchError when it is no RSS or Atom."""
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FetchError(
            "the response is not an RSS or Atom feed" + (f": {problem}" if problem else "")
        )
    return parsed


def item_key(entry: Any) -> str:
    """What identifies an item across fetches: its guid, else its link, else its content."""
    key = entry.get("id") or entry.get("link")
    if key:
        return str(key)
    return "sha256:" + _sha(json.dumps([entry.get("title"), entry.get("summary")]).encode())


def _save_item(
    http: httpx.Client,
    entry: Any,
    site: str | None,
    feed_url: str,
    raw_dir: Path,
    options: FetchOptions,
    report: FetchReport,
) -> bool:
    """Save the item's page, or its summary from the feed when the page fails. False when
    nothing could be saved (the item is tried again on the next fetch)."""
    link = entry.get("link")
    name = _sha(link or item_key(entry))
    target = raw_dir / "fetched" / host_folder(link or feed_url) / f"{name}.html"
    try:
        if not link:
            raise FetchError("the item has no link")
        check_url(link)
        page = get(http, link, options, accept=HTML_TYPES)
        if page.status != 200:
            raise FetchError(f"HTTP {page.status} for a request that was not conditional")
        report.written.append(write_atomic(target, page.body))
        return True
    except FetchError as error:
        problem = str(error)
    summary = summary_page(entry, site)
    if summary is None:
        report.fail(link or feed_url, f"{problem}; the feed has no summary for it either")
        return False
    report.written.append(write_atomic(target, summary))
    report.fail(link or feed_url, f"{problem}; saved the feed's summary instead")
    return True


def summary_page(entry: Any, site: str | None) -> bytes | None:
    """The item's content (or summary) from the feed as a small HTML page, with its title,
    link and date where the HTML reader finds them; None when the feed has neither."""
    detail = (entry.get("content") or [None])[0] or entry.get("summary_detail")
    if not detail or not str(detail.get("value", "")).strip():
        return None
    value = str(detail["value"])  # HTML that feedparser has sanitised (no scripts)
    if detail.get("type") == "text/plain":
        value = f"<p>{html.escape(value)}</p>"
    head = [f"<title>{html.escape(entry.get('title') or '')}</title>"]
    if entry.get("link"):
        head.append(f'<link rel="canonical" href="{html.escape(entry["link"])}">')
    if entry.get("published_parsed") or entry.get("updated_parsed"):
        when = time.strftime(
            "%Y-%m-%dT%H:%M:%SZ", entry.get("published_parsed") or entry["updated_parsed"]
        )
        head.append(f'<meta property="article:published_time" content="{when}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{html.escape(site)}">')
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        + "".join(head)
        + f"</head>\n<body><article>\n{value}\n</article></body></html>\n"
    )
    return page.encode("utf-8")


def check_url(url: str) -> None:
    """Only http and https URLs with a host are fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url!r}; only http and https are fetched")


def host_folder(url: str) -> str:
    """A folder name for the URL's host (and port, when one is given)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    name = (parts.hostname or "unknown-host") + (f"_{port}" if port else "")
    return re.sub(r"[^a-z0-9._-]", "_", name.lower())


def get(
    http: httpx.Client,
    url: str,
    options: FetchOptions,
    *,
    headers: dict[str, str] | None = None,
    accept: tuple[str, ...] | None = None,
) -> Fetched:
    """GET with retries: a connection error, a timeout, a 5xx or a 429 is tried again after
    an exponential backoff (or the server's Retry-After, when longer). Returns a 200 or a
    304; raises FetchError with the reason otherwise."""
    attempts = options.retries + 1
    for attempt in range(1, attempts + 1):
        try:
            response = _get_once(http, url, options, headers or {}, accept)
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
            problem, wait = f"connection failed: {_describe(error)}", None
        except httpx.HTTPError as error:
            raise FetchError(f"request failed: {_describe(error)}") from error
        else:
            if not worth_retrying(response.status):
                return response
            problem = _status_text(response.status)
            wait = _retry_after(response.headers)
        if attempt == attempts:
            break
        time.sleep(_backoff(attempt, wait, options))
    raise FetchError(f"{problem} (after {attempts} attempt{'s' if attempts > 1 else ''})")


def _get_once(
    http: httpx.Client,
    url: str,
    options: FetchOptions,
    headers: dict[str, str],
    accept: tuple[str, ...] | None,
) -> Fetched:
    timeout = httpx.Timeout(options.read_timeout, connect=options.connect_timeout)
    request_headers = {"User-Agent": options.user_agent, **headers}
    with http.stream(
        "GET", url, headers=request_headers, timeout=timeout, follow_redirects=True
    ) as response:
        if worth_retrying(response.status_code) or response.status_code == 304:
            return Fetched(response.status_code, response.headers, b"", str(response.url))
        if response.status_code != 200:
            raise FetchError(_status_text(response.status_code))
        _check_type(response.headers.get("content-type"), accept)
        body = b"".join(_capped(response, options.max_response_bytes))
        return Fetched(response.status_code, response.headers, body, str(response.url))


def _check_type(content_type: str | None, accept: tuple[str, ...] | None) -> None:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if accept and media_type and media_type not in accept:
        raise FetchError(f"the response is {media_type}, not HTML")


def _capped(response: httpx.Response, max_bytes: int) -> Iterator[bytes]:
    """The body in chunks, refused as soon as it is known to be over the cap: from its
    Content-Length before reading, or while streaming when the length is not announced."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"the response is {int(declared):,} bytes, over the cap of {max_bytes:,} bytes"
        )
    received = 0
    for chunk in response.iter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise FetchError(
                f"the response is over the cap of {max_bytes:,} bytes (stopped reading at "
                f"{received:,})"
            )
        yield chunk


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def _backoff(attempt: int, retry_after: float | None, options: FetchOptions) -> float:
    delay = options.backoff_seconds * 2 ** (attempt - 1)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return min(delay, options.max_backoff_seconds)


def _new_client(options: FetchOptions) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": options.user_agent},
        timeout=httpx.Timeout(options.read_timeout, connect=options.connect_timeout),
        follow_redirects=True,
        max_redirects=options.max_redirects,
    )


def worth_retrying(status: int) -> bool:
    """A 5xx or a 429: the server is failing or busy, not refusing."""
    return status == 429 or 500 <= status < 600


def _status_text(status: int) -> str:
    return f"HTTP {status} {httpx.codes.get_reason_phrase(status)}".rstrip()


def _describe(error: Exception) -> str:
    return str(error) or type(error).__name__


def _sha(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:32]
