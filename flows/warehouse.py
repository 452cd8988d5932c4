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
import shutil
from collections.abc import Mapping
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


def write_snapshot(
    tables: Mapping[str, pd.DataFrame | pyarrow.Table], warehouse_dir: Path, run_id: str
) -> Path:
    """Write every table of a run under `.snapshots/<run_id>/` and return the folder. A table
    may come as Arrow already (`flows.compact`), in the schema of its pandera model."""
    snapshot = warehouse_dir / SNAPSHOTS / run_id
    staging = snapshot.with_name(run_id + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    for name in TABLES:
        folder = staging / name
        folder.mkdir(parents=True)
        table = tables[name]
        arrow = table if isinstance(table, pyarrow.Table) else to_arrow(name, table)
        pq.write_table(arrow, folder / "part-0.parquet")
        checkpoint("writing")
    os.replace(staging, snapshot)
    return snapshot


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


def read_table(warehouse_dir: Path, name: str) -> pd.DataFrame | None:
    """A table of the current snapshot, or None when there is none yet."""
    snapshot = current_snapshot(warehouse_dir)
    if snapshot is None or not (snapshot / name).is_dir():
        return None
    table = pq.read_table(snapshot / name)
    frame = table.to_pandas()
    for field in table.schema:
        if pyarrow.types.is_list(field.type):  # numpy arrays back to lists, as written
            frame[field.name] = frame[field.name].map(list)
    return frame


def commit(tables: dict[str, pd.DataFrame], warehouse_dir: Path, run_id: str) -> Path:
    """Write, publish and index a run's tables; return the path of the DuckDB file."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    snapshot = write_snapshot(tables, warehouse_dir, run_id)
    publish(warehouse_dir, snapshot)
    database = write_views(warehouse_dir)
    write_warehouse_docs(warehouse_dir)
    remove_old_snapshots(warehouse_dir)
    return database


def query(warehouse_dir: Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Run SQL against the warehouse's views (read-only); return column names and rows."""
    database = warehouse_dir / DATABASE
    if not database.is_file():
        raise WarehouseError(f"no warehouse at {warehouse_dir}: run `newsfacts run` first")
    with duckdb.connect(str(database), read_only=True) as con:
        result = con.execute(sql)
        columns = [d[0] for d in result.description] if result.description else []
        rows = result.fetchall()
    return columns, rows
