"""Every query of docs/cookbook.md runs against a warehouse built from a small corpus, and
the answers the corpus guarantees are there.

The corpus: the seed article and the first records of the gold corpus, run through the
pipeline's plain steps (no Prefect) once per session.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from flows import pipeline
from flows.nlp import DEFAULT_MODEL
from flows.views import VIEWS
from flows.warehouse import query
from schemas.enums import EVENT_STATUSES
from tests.tiny_warehouse import build_tiny_warehouse

ROOT = Path(__file__).resolve().parent.parent
COOKBOOK = ROOT / "docs" / "cookbook.md"
GOLD = ROOT / "tests" / "gold" / "articles"
SEED = GOLD / "us-china-fentanyl-talks.txt"
CORPUS = GOLD / "gold-articles.jsonl"
CORPUS_RECORDS = 15

_QUERY = re.compile(r"^### (?P<heading>.+?)\n(?:(?!^#).)*?^```sql\n(?P<sql>.*?)^```", re.S | re.M)


def cookbook_queries(text: str) -> dict[str, str]:
    """Heading -> SQL, for every ```sql block under a '### ' heading."""
    queries: dict[str, str] = {}
    for match in _QUERY.finditer(text):
        heading = match["heading"].strip()
        assert heading not in queries, f"two queries under {heading!r}"
        queries[heading] = match["sql"].strip()
    return queries


QUERIES = cookbook_queries(COOKBOOK.read_text(encoding="utf-8"))

Records = list[dict[str, Any]]


@pytest.fixture(scope="session")
def corpus_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("cookbook-raw")
    shutil.copy(SEED, raw / SEED.name)
    records = CORPUS.read_text(encoding="utf-8").splitlines()[:CORPUS_RECORDS]
    (raw / "corpus.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    warehouse = tmp_path_factory.mktemp("cookbook-warehouse")
    pipeline.run_pipeline(raw, warehouse, model=DEFAULT_MODEL)
    return warehouse


def _ask(warehouse: Path, sql: str) -> Records:
    columns, rows = query(warehouse, sql)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _count(warehouse: Path, sql: str) -> int:
    return int(query(warehouse, sql)[1][0][0])


# What the corpus guarantees, question by question -------------------------------------------


def _fentanyl_speakers(rows: Records, warehouse: Path) -> None:
    speakers = {r["speaker"] for r in rows}
    assert "Senior administration officials" in speakers
    assert [r["quotes"] for r in rows] == sorted((r["quotes"] for r in rows), reverse=True)


def _overdose_deaths(rows: Records, warehouse: Path) -> None:
    assert any(r["value"] == 100000 and r["mention"] == "100,000 people a year" for r in rows)


def _us_china(rows: Records, warehouse: Path) -> None:
    assert "CONSULT" in {r["event_type"] for r in rows}
    assert sum(r["events"] for r in rows) >= 2


def _sanction_pairs(rows: Records, warehouse: Path) -> None:
    in_sanctions = {
        r["name"]
        for r in _ask(
            warehouse,
            "select p.name from events e join event_participants using (event_id) "
            "join participants p using (participant_id) where e.event_type = 'SANCTION'",
        )
    }
    assert rows  # the seed: the White House sanctioned 25 individuals and entities
    assert all(r["participant"] != r["with_participant"] for r in rows)
    assert {r["participant"] for r in rows} | {r["with_participant"] for r in rows} <= in_sanctions


def _repeated_claims(rows: Records, warehouse: Path) -> None:
    assert all(r["article_count"] > 1 for r in rows)


def _speaker_numbers(rows: Records, warehouse: Path) -> None:
    assert ("Senior administration officials", 100000) in {
        (r["cited_by"], r["value"]) for r in rows
    }


def _top_organisations(rows: Records, warehouse: Path) -> None:
    organizations = {
        r["name"] for r in _ask(warehouse, "select name from entities where kind = 'organization'")
    }
    assert rows and {r["organization"] for r in rows} <= organizations
    counts = [r["events_as_actor"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def _quotes_per_medium(rows: Records, warehouse: Path) -> None:
    assert sum(r["quotes"] for r in rows) == _count(warehouse, "select count(*) from quotes")
    assert "AFP" in {r["medium"] for r in rows}


def _events_by_status(rows: Records, warehouse: Path) -> None:
    assert {r["status"] for r in rows} <= set(EVENT_STATUSES)
    assert sum(r["events"] for r in rows) == _count(warehouse, "select count(*) from events")
    assert abs(sum(r["percent"] for r in rows) - 100) < 1


def _most_articles(rows: Records, warehouse: Path) -> None:
    assert rows[0]["name"] == "United States" and rows[0]["article_count"] > 1
    assert "U.S." in rows[0]["aliases"].split("; ")


def _coverage(rows: Records, warehouse: Path) -> None:
    english = _count(warehouse, "select count(*) from articles where language = 'en'")
    assert sum(r["articles"] for r in rows) == english == CORPUS_RECORDS + 1
    assert all(r["with_quotes"] <= r["articles"] for r in rows)


def _evidence(rows: Records, warehouse: Path) -> None:
    assert rows and all(r["evidence"] == r["mention"] for r in rows)


def _quarantine(rows: Records, warehouse: Path) -> None:
    assert sum(r["rows"] for r in rows) == _count(warehouse, "select count(*) from quarantine")


CHECKS: dict[str, Callable[[Records, Path], None]] = {
    "Who is quoted most on fentanyl, and by which outlets?": _fentanyl_speakers,
    "How has the cited number of overdose deaths changed over time?": _overdose_deaths,
    "US–China events by PLOVER type per month": _us_china,
    "Which actors appear together in sanction events?": _sanction_pairs,
    "Which statistics are repeated across articles without a quote as their source?": (
        _repeated_claims
    ),
    "Which numbers does each speaker put forward?": _speaker_numbers,
    "Top organisations by events as actor": _top_organisations,
    "Quotes per medium": _quotes_per_medium,
    "Events by status": _events_by_status,
    "Who appears in the most articles?": _most_articles,
    "How much of each source did the extractors cover?": _coverage,
    "Show the evidence of each statistic in the article text": _evidence,
    "What was quarantined, and why?": _quarantine,
}


# Tests ------------------------------------------------------------------------------------


def test_cookbook_has_enough_questions_each_under_a_heading() -> None:
    text = COOKBOOK.read_text(encoding="utf-8")
    assert len(QUERIES) >= 8
    assert text.count("```sql") == len(QUERIES), "a ```sql block without its own ### heading"
    assert set(CHECKS) == set(QUERIES), "every question has its check here, and no more"


def test_cookbook_names_every_view() -> None:
    text = COOKBOOK.read_text(encoding="utf-8")
    for name in VIEWS:
        assert f"`{name}`" in text, f"docs/cookbook.md does not describe the view {name}"


@pytest.mark.slow
@pytest.mark.parametrize("heading", list(QUERIES))
def test_cookbook_query_answers_on_the_corpus(corpus_warehouse: Path, heading: str) -> None:
    rows = _ask(corpus_warehouse, QUERIES[heading])
    CHECKS[heading](rows, corpus_warehouse)


def test_repeated_claims_without_a_quote_are_found(tmp_path: Path) -> None:
    """The corpus repeats no statistic across articles; the tiny warehouse does, twice."""
    warehouse = build_tiny_warehouse(tmp_path)
    heading = "Which statistics are repeated across articles without a quote as their source?"
    rows = _ask(warehouse, QUERIES[heading])
    assert [(r["example_mention"], r["article_count"]) for r in rows] == [("$18 billion", 2)]
    for sql in QUERIES.values():  # and every query runs on it too
        _ask(warehouse, sql)
