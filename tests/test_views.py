"""The analyst views over a tiny hand-made warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import duckdb
import pytest

from flows.views import DESCRIPTIONS, VIEWS
from flows.warehouse import DATABASE
from tests.tiny_warehouse import A, B, build_tiny_warehouse


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    warehouse = build_tiny_warehouse(tmp_path_factory.mktemp("tiny"))
    with duckdb.connect(str(warehouse / DATABASE), read_only=True) as connection:
        yield connection


def _records(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    result = con.execute(sql)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


def test_every_view_exists_with_its_comment(con: duckdb.DuckDBPyConnection) -> None:
    comments = dict(
        con.execute("select view_name, comment from duckdb_views() where not internal").fetchall()
    )
    for name in VIEWS:
        assert comments[name] == DESCRIPTIONS[name]


@pytest.mark.parametrize("view", list(VIEWS))
def test_views_are_flat(con: duckdb.DuckDBPyConnection, view: str) -> None:
    types = {column: str(kind) for column, kind, *_ in con.execute(f"describe {view}").fetchall()}
    nested = {c: t for c, t in types.items() if t.endswith("]") or t.startswith(("STRUCT", "MAP"))}
    assert not nested, f"{view} has nested columns {nested}"


def test_quotes_flat_carries_speaker_and_article(con: duckdb.DuckDBPyConnection) -> None:
    [quote] = _records(con, "select * from quotes_flat")
    assert quote["speaker"] == "Jane Doe" and quote["speaker_kind"] == "person"
    assert quote["speaker_entity_id"] == "person:jane-doe"
    assert quote["article_title"] == "U.S. and China hold fentanyl talks"
    assert quote["source"] == "Daily Planet" and quote["url"] == f"https://news.example/{A}"
    assert quote["published_date"] == date(2024, 1, 15)


def test_events_flat_joins_actors_and_targets(con: duckdb.DuckDBPyConnection) -> None:
    events = {e["event_type"]: e for e in _records(con, "select * from events_flat")}
    assert events["CONSULT"]["actors"] == "China, United States"
    assert events["CONSULT"]["targets"] is None
    assert events["CONSULT"]["month"] == date(2024, 1, 1)  # from event_date
    assert events["SANCTION"]["actors"] == "United States"
    assert events["SANCTION"]["targets"] == "China"
    assert events["SANCTION"]["target_entity_ids"] == "country:china"
    assert events["SANCTION"]["month"] == date(2024, 2, 1)  # from published_at


def test_dates_are_utc_whatever_the_session_time_zone(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("set TimeZone = 'America/Los_Angeles'")
    try:
        rows = con.execute(
            f"select published_date from statistics_flat where article_id = '{B}'"
        ).fetchall()
    finally:
        con.execute("set TimeZone = 'UTC'")
    assert {r[0] for r in rows} == {date(2024, 2, 20)}  # published 23:30 UTC


def test_entities_merge_articles_by_entity_id(con: duckdb.DuckDBPyConnection) -> None:
    entities = {e["entity_id"]: e for e in _records(con, "select * from entities")}
    assert set(entities) == {"country:united-states", "country:china", "person:jane-doe"}
    united_states = entities["country:united-states"]
    assert united_states["name"] == "United States" and united_states["kind"] == "country"
    assert united_states["aliases"] == "U.S.; United States"
    assert united_states["article_count"] == 2 and united_states["mention_count"] == 3
    assert united_states["first_published_date"] == date(2024, 1, 15)
    assert united_states["last_published_date"] == date(2024, 2, 20)
    assert entities["country:china"]["aliases"] == "China; Chinese"
    assert entities["person:jane-doe"]["titles"] == "official"
    assert entities["person:jane-doe"]["affiliations"] == "United States"


def test_claims_group_the_same_statistic_across_articles(con: duckdb.DuckDBPyConnection) -> None:
    claims = {c["example_mention"]: c for c in _records(con, "select * from claims")}
    assert len(claims) == 2
    deaths = claims["100,000 people"]
    assert deaths["unit"] == "people"  # 'People' and 'people' are one unit
    assert deaths["measured_key"] == "die fentanyl overdoses people"  # word order does not count
    assert deaths["article_count"] == 2 and deaths["mention_count"] == 2
    assert deaths["cited_by"] == "Jane Doe"  # the quote overlaps the number in article A
    assert deaths["article_ids"] == f"{A}; {B}"
    assert deaths["first_published_date"] == date(2024, 1, 15)
    assert deaths["last_published_date"] == date(2024, 2, 20)
    seizures = claims["$18 billion"]
    assert seizures["unit"] == "usd" and seizures["article_count"] == 2
    assert seizures["cited_by"] is None


def test_statistics_flat_links_to_claims(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select count(*) from statistics_flat s join claims c using (claim_key)"
    ).fetchall()
    assert rows == [(4,)]
