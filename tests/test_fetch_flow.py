"""The fetch flow and `newsfacts fetch`: thin layers over `flows.fetch.fetch_feeds`."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from flows.settings import configure_prefect_environment

configure_prefect_environment()


from flows import fetch_flow as fetch_flow_module  # noqa: E402
from flows.cli import main  # noqa: E402
from flows.fetch import FetchFailure, FetchReport  # noqa: E402
from tests.http_server import serve_http  # noqa: E402

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Port strike ends</title><link>{base}/a.html</link><guid>{base}/a</guid></item>
</channel></rss>"""
PAGE = """<!DOCTYPE html><html><head><title>Port strike ends</title></head><body><article>
<p>Dock workers returned to work on Tuesday after a week-long strike, the union said.</p>
</article></body></html>"""


def test_task_calls_fetch_feeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake(sources: Path, raw_dir: Path) -> FetchReport:
        calls.append((sources, raw_dir))
        return FetchReport(feeds_checked=1)

    monkeypatch.setattr(fetch_flow_module.fetch, "fetch_feeds", fake)
    report = fetch_flow_module.fetch_task.fn(tmp_path / "s.txt", tmp_path / "raw")
    assert report.feeds_checked == 1
    assert calls == [(tmp_path / "s.txt", tmp_path / "raw")]


def test_cli_fetch_prints_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text("https://news.example.org/feed.xml\n")
    seen = {}

    def fake_flow(sources: str, raw_dir: str) -> FetchReport:
        seen.update(sources=sources, raw_dir=raw_dir)
        return FetchReport(1, 0, 2, [FetchFailure("https://x.test/b", "HTTP 404 Not Found")])

    monkeypatch.setattr(fetch_flow_module, "fetch_flow", fake_flow)
    code = main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw")])
    out, err = capsys.readouterr()
    assert code == 0
    assert seen == {"sources": str(sources), "raw_dir": str(tmp_path / "raw")}
    assert "new items:      2" in out
    assert "https://x.test/b: HTTP 404 Not Found" in out
    assert "1 fetch failure" in err


def test_cli_fetch_without_sources_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "--sources", str(tmp_path / "nope.txt")]) == 2
    assert "sources file not found" in capsys.readouterr().err


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """A folder served over HTTP on 127.0.0.1 with a feed and its one page."""
    root = tmp_path / "site"
    root.mkdir()
    with serve_http(lambda *a: SimpleHTTPRequestHandler(*a, directory=str(root))) as base:
        (root / "feed.xml").write_text(FEED.format(base=base))
        (root / "a.html").write_text(PAGE)
        yield base


@pytest.mark.slow
def test_newsfacts_fetch_end_to_end(
    prefect_harness: None, served: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{served}/feed.xml\n")
    raw = tmp_path / "raw"
    assert main(["fetch", "--sources", str(sources), "--raw", str(raw)]) == 0
    assert "new items:      1" in capsys.readouterr().out
    assert len(list((raw / "fetched").rglob("*.html"))) == 1
