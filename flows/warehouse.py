"""The warehouse: Parquet per table, published atomically, and DuckDB views over it.

Layout of a warehouse folder::

    .snapshots/<run_id>/<table>/part-0.parquet   one folder per run, written once
    current -> .snapshots/<run_id>               switched by one atomic rename
    <table> -> current/<table>                   stable paths for BI tools and DuckDB
    warehouse.duckdb                             views only, replaced atomically

A run writes its snapshot to the side and then switches `current` with `os.replace`, so a
reader sees the previous run or this one, never half of one. A crash before the switch leaves
an unused snapshot that the next run removes.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from flows.faults import checkpoint
from flows.views import create_analyst_views
from schemas import TABLES
from schemas.arrow import arrow_schema
from schemas.dictionary import write_warehouse_docs

SNAPSHOTS = ".snapshots"
CURRENT = "current"
DATABASE = "warehouse.duckdb"
KEEP_SNAPSHOTS = 2


def snapshot_id(now: datetime | None = None, suffix: str = "") -> str:
    """A run's or snapshot's id, sortable to the millisecond and unique:
    '20261128T150102123Z-3fa9' (two runs may start in the same second; their ids still sort
    in the order they started)."""
    now = now or datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"
    return f"{stamp}-{secrets.token_hex(2)}{suffix}"


class WarehouseError(RuntimeError):
    """The warehouse folder is not in a state a run can write to."""


def to_arrow(name: str, df: pd.DataFrame) -> pyarrow.Table:
    """A validated table as Arrow, with the schema derived from its pandera model."""
    schema = arrow_schema(TABLES[name])
    columns = {}
    for field in schema:
        series = df[field.name] if field.name in df else pd.Series([None] * len(df))
        if pyarrow.types.is_date32(field.type):
            series = series.dt.date if len(series) else series
        columns[field.name] = pyarrow.array(series.tolist(), type=field.type, from_pandas=True)
    return pyarrow.table(columns, schema=schema)


#: A table's rows are buffered until this many bytes (or rows), then written as one row
#: group: big enough for readers (a group of short rows holds some 100,000 of them, as
#: DuckDB's own groups do), small enough that the run's buffers, one per table, stay
#: around 100 MiB together.
ROW_GROUP_BYTES = 16 * 1024 * 1024
ROW_GROUP_ROWS = 256 * 1024


class SnapshotWriter:
    """Writes a run's tables into `.snapshots/<run_id>.partial/`, a batch at a time, one
    Parquet file per table; `close` renames the folder to `.snapshots/<run_id>`.

    Rows are buffered per table and written in row groups of about `ROW_GROUP_BYTES`, so a
    run holds a bounded amount whatever the size of the corpus, and a thousand small batches
    do not make a thousand small files. A table may come as a DataFrame (converted with the
    schema of its pandera model) or as Arrow in that schema.
    """

    def __init__(self, warehouse_dir: Path, run_id: str) -> None:
        self.snapshot = warehouse_dir / SNAPSHOTS / run_id
        self.staging = self.snapshot.with_name(run_id + ".partial")
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        self.rows = {name: 0 for name in TABLES}
        self._buffers: dict[str, list[pyarrow.Table]] = {name: [] for name in TABLES}
        self._buffered = {name: (0, 0) for name in TABLES}  # bytes, rows
        self._writers: dict[str, pq.ParquetWriter] = {}

    def write(self, name: str, table: pd.DataFrame | pyarrow.Table) -> None:
        arrow = table if isinstance(table, pyarrow.Table) else to_arrow(name, table)
        if arrow.num_rows == 0:
            return
        self.rows[name] += arrow.num_rows
        self._buffers[name].append(arrow)
        size, rows = self._buffered[name]
        self._buffered[name] = size, rows = size + arrow.nbytes, rows + arrow.num_rows
        if size >= ROW_GROUP_BYTES or rows >= ROW_GROUP_ROWS:
            self._flush(name)

    def _flush(self, name: str) -> None:
        buffer = self._buffers[name]
        writer = self._writers.get(name)
        if writer is None:
            folder = self.staging / name
            folder.mkdir(exist_ok=True)
            writer = pq.ParquetWriter(folder / "part-0.parquet", arrow_schema(TABLES[name]))
            self._writers[name] = writer
        if buffer or self.rows[name] == 0:  # an empty table still gets its (empty) group
            table = pyarrow.concat_tables(buffer) if buffer else writer.schema.empty_table()
            writer.write_table(table, row_group_size=max(table.num_rows, 1))
            buffer.clear()
            self._buffered[name] = (0, 0)
            checkpoint("writing")

    def close(self) -> Path:
        """Write what is buffered, close the files and move the snapshot into place."""
        for name in TABLES:
            self._flush(name)
            self._writers.pop(name).close()
        os.replace(self.staging, self.snapshot)
        return self.snapshot

    def abort(self) -> None:
        """Drop the partial snapshot (an error before `close`)."""
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> SnapshotWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is not None:
            self.abort()


def write_snapshot(
    tables: Mapping[str, pd.DataFrame | pyarrow.Table], warehouse_dir: Path, run_id: str
) -> Path:
    """Write every table of a run under `.snapshots/<run_id>/` and return the folder."""
    with SnapshotWriter(warehouse_dir, run_id) as writer:
        for name in TABLES:
            writer.write(name, tables[name])
        return writer.close()


def publish(warehouse_dir: Path, snapshot: Path) -> None:
    """Make a snapshot the current one, atomically, and link the stable table paths."""
    current = warehouse_dir / CURRENT
    if current.exists() and not current.is_symlink():
        raise WarehouseError(f"{current} exists and is not a link; move it away to continue")
    link = warehouse_dir / f".{CURRENT}.{snapshot.name}"
    if link.is_symlink():
        link.unlink()
    os.symlink(Path(SNAPSHOTS) / snapshot.name, link)
    checkpoint("committing")
    os.replace(link, current)
    for name in TABLES:
        stable = warehouse_dir / name
        if stable.is_symlink():
            continue
        if stable.exists():
            raise WarehouseError(f"{stable} exists and is not a link; move it away to continue")
        os.symlink(Path(CURRENT) / name, stable)


def current_snapshot(warehouse_dir: Path) -> Path | None:
    current = warehouse_dir / CURRENT
    return current.resolve() if current.is_symlink() and current.exists() else None


def remove_old_snapshots(warehouse_dir: Path, keep: int = KEEP_SNAPSHOTS) -> None:
    """Keep the current snapshot and the ones before it, up to `keep`; drop the rest and any
    partial snapshot left by a crash."""
    folder = warehouse_dir / SNAPSHOTS
    if not folder.is_dir():
        return
    current = current_snapshot(warehouse_dir)
    snapshots = sorted(p for p in folder.iterdir() if p.is_dir())
    partial = [p for p in snapshots if p.name.endswith(".partial")]
    complete = [p for p in snapshots if p not in partial and p != current]
    for path in partial + complete[: max(0, len(complete) - (keep - 1))]:
        shutil.rmtree(path, ignore_errors=True)
    for link in warehouse_dir.glob(f".{CURRENT}.*"):  # a switch interrupted by a crash
        if link.is_symlink():
            link.unlink()


def write_views(warehouse_dir: Path) -> Path:
    """(Re)create `warehouse.duckdb` with one view per table over the stable Parquet paths.

    The file holds views only and is rebuilt from Parquet at any time. It is written to the
    side and renamed into place, so readers never see it half-made.
    """
    database = warehouse_dir / DATABASE
    temporary = warehouse_dir / f".{DATABASE}.tmp"
    temporary.unlink(missing_ok=True)
    with duckdb.connect(str(temporary)) as con:
        for name in TABLES:
            pattern = (warehouse_dir.resolve() / name / "*.parquet").as_posix()
            con.execute(
                f"CREATE OR REPLACE VIEW {name} AS "
                f"SELECT * FROM read_parquet('{_sql_string(pattern)}')"
            )
        create_analyst_views(con)
    os.replace(temporary, database)
    return database


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


def read_table(
    warehouse_dir: Path, name: str, columns: Sequence[str] | None = None
) -> pd.DataFrame | None:
    """A table of the current snapshot (only `columns`, when given), or None when there is
    none yet."""
    snapshot = current_snapshot(warehouse_dir)
    if snapshot is None or not (snapshot / name).is_dir():
        return None
    table = pq.read_table(snapshot / name, columns=list(columns) if columns else None)
    frame = table.to_pandas()
    for field in table.schema:
        if pyarrow.types.is_list(field.type):  # numpy arrays back to lists, as written
            frame[field.name] = frame[field.name].map(list)
    return frame


def iter_table(
    snapshot: Path, name: str, batch_rows: int = 64 * 1024
) -> Iterator[pyarrow.RecordBatch]:
    """A table of a snapshot as record batches, in its model's schema, a few at a time."""
    schema = arrow_schema(TABLES[name])
    folder = snapshot / name
    for path in sorted(folder.glob("*.parquet")) if folder.is_dir() else []:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
            yield batch.select(schema.names).cast(schema)


def has_current_columns(snapshot: Path) -> bool:
    """Whether every table of a snapshot has every column its model has now (a snapshot
    written before a column was added has not). Only the Parquet footers are read."""
    for name, model in TABLES.items():
        names = set(arrow_schema(model).names)
        for path in (snapshot / name).glob("*.parquet"):
            if not names <= set(pq.read_schema(path).names):
                return False
    return True


def row_counts(warehouse_dir: Path) -> dict[str, int]:
    """Rows per table of the current snapshot, from the Parquet footers (no data read)."""
    snapshot = current_snapshot(warehouse_dir)
    counts = dict.fromkeys(TABLES, 0)
    if snapshot is None:
        return counts
    for name in TABLES:
        folder = snapshot / name
        if folder.is_dir():
            counts[name] = sum(
                pq.ParquetFile(p).metadata.num_rows for p in folder.glob("*.parquet")
            )
    return counts


def commit_snapshot(warehouse_dir: Path, snapshot: Path) -> Path:
    """Publish a written snapshot, index it for DuckDB and drop old snapshots; return the
    path of the DuckDB file."""
    publish(warehouse_dir, snapshot)
    database = write_views(warehouse_dir)
    write_warehouse_docs(warehouse_dir)
    remove_old_snapshots(warehouse_dir)
    return database


def commit(tables: Mapping[str, pd.DataFrame], warehouse_dir: Path, run_id: str) -> Path:
    """Write, publish and index a run's tables held in memory; return the DuckDB file."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    return commit_snapshot(warehouse_dir, write_snapshot(tables, warehouse_dir, run_id))


def query(warehouse_dir: Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Run SQL against the warehouse's views (read-only); return column names and rows."""
    database = warehouse_dir / DATABASE
    if not database.is_file():
        raise WarehouseError(f"no warehouse at {warehouse_dir}: run `newsfacts run` first")
    with duckdb.connect(str(database), read_only=True) as con:
        return fetch(con, sql)


def fetch(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """Run SQL on a connection; return column names and all rows (never a result left open:
    DuckDB 2.0 fails the next query on one)."""
    result = con.execute(sql)
    columns = [d[0] for d in result.description] if result.description else []
    return columns, result.fetchall()
