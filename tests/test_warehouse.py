from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.views import VIEWS
from flows.warehouse import (
    SNAPSHOTS,
    WarehouseError,
    commit,
    current_snapshot,
    query,
    read_table,
)
from schemas import TABLES


def _empty_tables() -> dict[str, pd.DataFrame]:
    return {n: pd.DataFrame(columns=list(m.to_schema().columns)) for n, m in TABLES.items()}


def test_commit_publishes_every_table_and_views(tmp_path: Path) -> None:
    database = commit(_empty_tables(), tmp_path, "20240101T000000Z-aaaa")
    for name in TABLES:
        assert list((tmp_path / name).glob("*.parquet")), name
    columns, rows = query(tmp_path, "select count(*) from events")
    assert rows == [(0,)]
    with duckdb.connect(str(database), read_only=True) as con:
        views = {
            r[0]
            for r in con.execute(
                "select view_name from duckdb_views() where not internal"
            ).fetchall()
        }
    assert views == set(TABLES) | set(VIEWS)


def test_a_new_run_replaces_the_current_snapshot_and_old_ones_go(tmp_path: Path) -> None:
    for run in ("20240101T000000Z-0001", "20240102T000000Z-0002", "20240103T000000Z-0003"):
        commit(_empty_tables(), tmp_path, run)
    assert current_snapshot(tmp_path) == (tmp_path / SNAPSHOTS / "20240103T000000Z-0003").resolve()
    kept = sorted(p.name for p in (tmp_path / SNAPSHOTS).iterdir())
    assert kept == ["20240102T000000Z-0002", "20240103T000000Z-0003"]


def test_a_partial_snapshot_from_a_crash_is_never_current(tmp_path: Path) -> None:
    commit(_empty_tables(), tmp_path, "20240101T000000Z-0001")
    (tmp_path / SNAPSHOTS / "20240102T000000Z-0002.partial" / "articles").mkdir(parents=True)
    assert read_table(tmp_path, "articles") is not None
    commit(_empty_tables(), tmp_path, "20240103T000000Z-0003")
    assert not (tmp_path / SNAPSHOTS / "20240102T000000Z-0002.partial").exists()


def test_table_path_that_is_not_ours_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    with pytest.raises(WarehouseError, match="not a link"):
        commit(_empty_tables(), tmp_path, "20240101T000000Z-0001")


def test_query_without_a_warehouse_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="newsfacts run"):
        query(tmp_path, "select 1")
