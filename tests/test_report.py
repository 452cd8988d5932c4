"""The run report: static HTML with inline SVG charts, nothing loaded from the network."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from flows.cli import format_summary
from flows.pipeline import RunSummary
from flows.report import REPORTS, write_run_report
from flows.warehouse import commit
from schemas import TABLES
from tests.tiny_warehouse import RUN_ID, build_tiny_warehouse

SECTIONS = (
    "Inputs and what became of them",
    "Rows per table",
    "Events per month by type",
    "Top participants",
    "Timeline of statistics",
    "Extraction coverage",
)

#: Anything that would make a browser fetch from the network.
REMOTE = re.compile(
    r"<(script|link|img|iframe|object|embed|source)\b[^>]*\b(src|href)\s*=\s*[\"']?(https?:)?//"
    r"|@import|url\(\s*[\"']?(https?:)?//",
    re.IGNORECASE,
)


def _summary(warehouse: Path, rows: dict[str, int], quarantined: int) -> RunSummary:
    return RunSummary(
        run_id=RUN_ID,
        raw_dir=Path("raw"),
        warehouse_dir=warehouse,
        database=warehouse / "warehouse.duckdb",
        nothing_new=False,
        inputs_seen=3,
        articles=rows.get("articles", 0),
        articles_new=rows.get("articles", 0),
        articles_updated=0,
        articles_reused=0,
        skipped_language=0,
        rows=rows,
        quarantined=quarantined,
        quarantine_reasons=[("empty.txt", "the file is empty")] if quarantined else [],
        extractor_version="test",
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    warehouse = build_tiny_warehouse(tmp_path_factory.mktemp("tiny"))
    rows = {"articles": 2, "participants": 5, "quotes": 1, "statistics": 4, "events": 2}
    return write_run_report(warehouse, RUN_ID, _summary(warehouse, rows, quarantined=1))


def test_report_is_written_under_reports(report: Path) -> None:
    assert report.name == f"{RUN_ID}.html" and report.parent.name == REPORTS
    assert [p.name for p in report.parent.iterdir()] == [report.name]  # no temporary file


def test_report_has_every_section_and_inline_charts(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    for title in SECTIONS:
        assert f">{title}</h2>" in page, title
    assert page.count("<svg") == 4  # events, participants, statistics, coverage
    assert "<?xml" not in page and "<metadata>" not in page


def test_report_loads_nothing_from_the_network(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert not REMOTE.search(page)
    assert "<script" not in page


def test_report_shows_the_data(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert "the file is empty" in page  # quarantine reason
    assert "United States" in page and "China" in page  # top participants
    assert "100,000 people" in page  # a claim cited by two articles
    assert "CONSULT" in page and "SANCTION" in page  # legend of the events chart
    assert '<td>at least one quote</td><td class="num">1</td><td class="num">2</td>' in page


def test_report_of_an_empty_warehouse_says_so(tmp_path: Path) -> None:
    empty = {n: pd.DataFrame(columns=list(m.to_schema().columns)) for n, m in TABLES.items()}
    commit(empty, tmp_path, RUN_ID)
    page = write_run_report(tmp_path, RUN_ID, _summary(tmp_path, {}, 0)).read_text()
    assert "No events in this warehouse." in page and "Nothing was quarantined." in page
    assert "<svg" not in page


def test_summary_prints_the_report_path(report: Path) -> None:
    summary = _summary(report.parent.parent, {"articles": 2}, 0)
    summary.report = report
    assert f"report:        {report}" in format_summary(summary)


def test_only_the_newest_reports_are_kept(tmp_path: Path) -> None:
    empty = {n: pd.DataFrame(columns=list(m.to_schema().columns)) for n, m in TABLES.items()}
    commit(empty, tmp_path, RUN_ID)
    older = ["20250101T000000Z-aaaa", "20250102T000000Z-bbbb", "20250103T000000Z-cccc"]
    for run_id in older:
        write_run_report(tmp_path, run_id, _summary(tmp_path, {}, 0), keep=3)
    assert sorted(p.stem for p in (tmp_path / REPORTS).glob("*.html")) == older
    newest = "20250104T000000Z-dddd"
    write_run_report(tmp_path, newest, _summary(tmp_path, {}, 0), keep=3)
    kept = sorted(p.name for p in (tmp_path / REPORTS).iterdir())
    assert kept == [f"{run_id}.html" for run_id in [*older[1:], newest]]
