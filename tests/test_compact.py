"""`newsfacts compact`: several small part files become one file per table, same rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from flows.cli import main
from flows.compact import compact_warehouse, table_layout
from flows.warehouse import (
    SNAPSHOTS,
    SnapshotWriter,
    WarehouseError,
    commit,
    current_snapshot,
    publish,
    query,
    to_arrow,
)
from schemas import TABLES


def _empty_tables() -> dict[str, pd.DataFrame]:
    return {n: pd.DataFrame(columns=list(m.to_schema().columns)) for n, m in TABLES.items()}


def _quarantine(first: int, count: int) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "run_id": "20240101T000000Z-aaaa",
                "source_ref": f"input-{i}.txt",
                "article_id": None,
                "table_name": None,
                "stage": "read",
                "outcome": "skipped",
                "reason": f"reason {i}",
                "detail": None,
                "quarantined_at": datetime(2024, 1, 1, tzinfo=UTC),
            }
            for i in range(first, first + count)
        ]
    )


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """A published warehouse whose quarantine table is four small part files (written
    straight into the current snapshot); every other table is one file."""
    commit(_empty_tables(), tmp_path, "20240101T000000Z-aaaa")
    snapshot = current_snapshot(tmp_path)
    assert snapshot is not None
    for part in range(4):
        table = to_arrow("quarantine", _quarantine(part * 3, 3))
        pq.write_table(table, snapshot / "quarantine" / f"part-{part}.parquet")
    return tmp_path


def _rows(warehouse: Path, table: str) -> list[tuple]:
    return sorted(query(warehouse, f"select * from {table}")[1])


def test_compact_rewrites_parts_into_one_file(warehouse: Path) -> None:
    before = current_snapshot(warehouse)
    assert before is not None
    assert table_layout(before, "quarantine").files == 4
    rows = _rows(warehouse, "quarantine")
    assert len(rows) == 12

    report = compact_warehouse(warehouse)

    assert report.compacted == ["quarantine"]
    after = current_snapshot(warehouse)
    assert after is not None and after != before and after == report.snapshot
    assert after.parent.name == SNAPSHOTS
    for name in TABLES:
        assert [p.name for p in (after / name).glob("*.parquet")] == ["part-0.parquet"], name
        assert table_layout(after, name).row_groups == 1, name
    assert _rows(warehouse, "quarantine") == rows
    assert compact_warehouse(warehouse).snapshot is None  # nothing left to do


def test_compact_small_row_groups(warehouse: Path) -> None:
    compact_warehouse(warehouse)
    snapshot = current_snapshot(warehouse)
    assert snapshot is not None
    path = snapshot / "quarantine" / "part-0.parquet"
    pq.write_table(pq.read_table(path), path, row_group_size=2)  # six row groups of two
    assert table_layout(snapshot, "quarantine").row_groups == 6
    rows = _rows(warehouse, "quarantine")

    assert compact_warehouse(warehouse, min_row_group_rows=2).snapshot is None
    report = compact_warehouse(warehouse, min_row_group_rows=3)
    assert report.compacted == ["quarantine"]
    assert report.snapshot is not None
    assert table_layout(report.snapshot, "quarantine").row_groups == 1
    assert _rows(warehouse, "quarantine") == rows


def test_compact_cli(warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compact", "--warehouse", str(warehouse)]) == 0
    assert "compacted 1 table(s)" in capsys.readouterr().out
    assert main(["compact", "--warehouse", str(warehouse)]) == 0
    assert "nothing to compact" in capsys.readouterr().out
    assert main(["compact", "--warehouse", str(tmp_path / "none")]) == 2
    with pytest.raises(WarehouseError):
        compact_warehouse(tmp_path / "none")
    assert not (tmp_path / "none").exists()


def test_row_groups_full_by_size_are_not_compacted_again(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("flows.warehouse.ROW_GROUP_BYTES", 2_000)  # wide rows: a few per group
    with SnapshotWriter(warehouse, "20240102T000000Z-bbbb") as writer:
        for first in range(0, 40, 4):  # batch by batch, as a run writes
            writer.write("quarantine", _quarantine(first, 4).assign(detail="x" * 400))
        publish(warehouse, writer.close())
    snapshot = current_snapshot(warehouse)
    assert snapshot is not None
    layout = table_layout(snapshot, "quarantine")
    assert layout.files == 1 and layout.row_groups > 1
    assert layout.smallest_inner_row_group is None  # every inner group is full
    assert compact_warehouse(warehouse).snapshot is None
