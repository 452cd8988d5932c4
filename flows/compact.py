"""`newsfacts compact`: one Parquet file per table again, published as a new snapshot.

A run writes one file per table per snapshot (see `flows.warehouse`), so runs alone do not
pile up small files. Parts come from elsewhere: files added to a snapshot by another writer or
by hand, or a file written with many small row groups, which DuckDB and BI tools read slowly.
Compaction reads the current snapshot's tables, and when a table has more than one part file
or row groups smaller than a threshold, writes every table as one file into a new snapshot
and publishes it with the same atomic switch as a run (`SnapshotWriter` then `publish`),
under the warehouse lock, a row group at a time. The rows do not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

from flows import warehouse
from flows.lock import warehouse_lock
from flows.warehouse import (
    SnapshotWriter,
    WarehouseError,
    current_snapshot,
    publish,
    remove_old_snapshots,
    snapshot_id,
)
from schemas import TABLES
from schemas.arrow import arrow_schema

#: A row group with fewer rows than this (other than a file's last) calls for compaction.
DEFAULT_MIN_ROW_GROUP_ROWS = 100_000


@dataclass(frozen=True)
class TableLayout:
    """How a table of a snapshot is stored: its part files and their row groups."""

    name: str
    files: int
    row_groups: int
    rows: int
    #: The smallest row group that is not the last of its file (None when there is none).
    smallest_inner_row_group: int | None

    def needs_compaction(self, min_row_group_rows: int) -> bool:
        small = self.smallest_inner_row_group
        return self.files > 1 or (small is not None and small < min_row_group_rows)


@dataclass
class CompactReport:
    before: list[TableLayout]
    compacted: list[str] = field(default_factory=list)
    snapshot: Path | None = None

    def describe(self) -> str:
        if self.snapshot is None:
            return "nothing to compact: every table is one file with large enough row groups"
        lines = [f"compacted {len(self.compacted)} table(s) into snapshot {self.snapshot.name}:"]
        for layout in self.before:
            if layout.name in self.compacted:
                lines.append(
                    f"  {layout.name:<20} {layout.files} file(s), {layout.row_groups} row "
                    f"group(s) -> 1 file ({layout.rows} rows)"
                )
        return "\n".join(lines)


def _parts(folder: Path) -> list[Path]:
    """The table's Parquet files in natural order: part-2 before part-10."""

    def key(path: Path) -> list[int | str]:
        return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.name)]

    return sorted(folder.glob("*.parquet"), key=key)


def table_layout(snapshot: Path, name: str) -> TableLayout:
    """How a table is stored. An inner row group of wide rows (long texts) that was closed
    because it reached about `warehouse.ROW_GROUP_BYTES` is full, however few its rows: it
    does not count as small, or compaction would rewrite it again and again."""
    files = _parts(snapshot / name)
    groups = 0
    rows = 0
    inner: list[int] = []
    full = warehouse.ROW_GROUP_BYTES // 4
    for path in files:
        metadata = pq.ParquetFile(path).metadata
        sizes = [metadata.row_group(i) for i in range(metadata.num_row_groups)]
        groups += len(sizes)
        rows += sum(group.num_rows for group in sizes)
        inner.extend(group.num_rows for group in sizes[:-1] if group.total_byte_size < full)
    return TableLayout(name, len(files), groups, rows, min(inner) if inner else None)


def iter_parts(snapshot: Path, name: str) -> Iterator[pyarrow.Table]:
    """Every part of a table, a row group at a time, in its model's schema: compaction holds
    one row group in memory, not the table."""
    schema = arrow_schema(TABLES[name])
    for path in _parts(snapshot / name):
        parquet = pq.ParquetFile(path)
        missing = set(schema.names) - set(parquet.schema_arrow.names)
        if missing:
            raise WarehouseError(
                f"{path} lacks column(s) {', '.join(sorted(missing))} of table {name}; "
                "move it out of the snapshot to compact"
            )
        for group in range(parquet.num_row_groups):
            yield parquet.read_row_group(group, columns=schema.names).cast(schema)


def _snapshot_id() -> str:
    """Sortable like a run id, and marked as a compaction: '20261128T150102123Z-3fa9-compact'."""
    return snapshot_id(suffix="-compact")


def compact_warehouse(
    warehouse_dir: Path,
    *,
    min_row_group_rows: int = DEFAULT_MIN_ROW_GROUP_ROWS,
    wait: bool = False,
) -> CompactReport:
    """Rewrite the current snapshot as one file per table when any table needs it (more than
    one part file, or an inner row group under `min_row_group_rows`), and publish it."""
    if min_row_group_rows < 1:
        raise ValueError(f"min_row_group_rows must be at least 1, got {min_row_group_rows}")
    missing = WarehouseError(f"no warehouse at {warehouse_dir}: run `newsfacts run` first")
    if current_snapshot(warehouse_dir) is None:  # before the lock, which creates the folder
        raise missing
    with warehouse_lock(warehouse_dir, wait=wait):
        snapshot = current_snapshot(warehouse_dir)
        if snapshot is None:
            raise missing
        report = CompactReport([table_layout(snapshot, name) for name in TABLES])
        report.compacted = [
            layout.name for layout in report.before if layout.needs_compaction(min_row_group_rows)
        ]
        if not report.compacted:
            return report
        with SnapshotWriter(warehouse_dir, _snapshot_id()) as writer:
            for name in TABLES:
                for piece in iter_parts(snapshot, name):
                    writer.write(name, piece)
            report.snapshot = writer.close()
        publish(warehouse_dir, report.snapshot)
        remove_old_snapshots(warehouse_dir)
        return report
