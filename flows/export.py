"""Export the warehouse for tools that do not speak DuckDB: one file per table and view.

`newsfacts export --format parquet|csv --out DIR` writes `DIR/<name>.<format>` for every base
table and every analyst view (`flows.views`). Each file is written beside its target and
renamed into place, so a reader of DIR sees the previous file or the new one, never half of
one. The warehouse is opened read-only: a run may be going on at the same time.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from flows.views import VIEWS
from flows.warehouse import DATABASE, WarehouseError
from schemas import TABLES

FORMATS = ("parquet", "csv")

#: How list columns are joined in CSV, which has no lists.
CSV_LIST_SEPARATOR = "; "


def export_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The base tables, then the analyst views, that the database holds."""
    present = {
        row[0]
        for row in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND database_name = "
            "current_database()"
        ).fetchall()
    }
    return [name for name in [*TABLES, *VIEWS] if name in present]


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


def select_for(con: duckdb.DuckDBPyConnection, name: str, file_format: str) -> str:
    """The SELECT that exports a view: as it is for Parquet; for CSV, lists joined."""
    if file_format == "parquet":
        return f"SELECT * FROM {_quote(name)}"
    columns = []
    for column, column_type, *_ in con.execute(f"DESCRIBE {_quote(name)}").fetchall():
        if str(column_type).endswith("[]"):
            columns.append(
                f"array_to_string({_quote(column)}, '{CSV_LIST_SEPARATOR}') AS {_quote(column)}"
            )
        else:
            columns.append(_quote(column))
    return f"SELECT {', '.join(columns)} FROM {_quote(name)}"


def export_view(con: duckdb.DuckDBPyConnection, name: str, out_dir: Path, file_format: str) -> Path:
    """Write one view to `out_dir/<name>.<format>`, atomically."""
    target = out_dir / f"{name}.{file_format}"
    temporary = out_dir / f".{name}.{file_format}.tmp"
    temporary.unlink(missing_ok=True)
    options = "FORMAT parquet" if file_format == "parquet" else "FORMAT csv, HEADER true"
    try:
        con.execute(
            f"COPY ({select_for(con, name, file_format)}) "
            f"TO '{_sql_string(str(temporary))}' ({options})"
        )
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def export_warehouse(warehouse_dir: Path, out_dir: Path, file_format: str) -> list[Path]:
    """Export every base table and analyst view of a warehouse; return the files written."""
    if file_format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {file_format!r}")
    database = warehouse_dir / DATABASE
    if not database.is_file():
        raise WarehouseError(f"no warehouse at {warehouse_dir}: run `newsfacts run` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(database), read_only=True) as con:
        con.execute("SET TimeZone = 'UTC'")  # timestamps in CSV read the same everywhere
        return [export_view(con, name, out_dir, file_format) for name in export_names(con)]
