"""The data dictionary, generated from the pandera models: nothing here is typed twice.

Two renderings of the same facts (table docstrings, column types, nullability, descriptions,
allowed values with their meanings, examples):

- `markdown()`: the human-readable dictionary (`docs/data-dictionary.md`, `warehouse/README.md`);
- `datapackage()`: a Frictionless data package descriptor (`warehouse/datapackage.json`).

`python -m schemas.dictionary --out docs/data-dictionary.md` (what `make docs` runs) writes
the Markdown; every run writes both files into the warehouse through `write_warehouse_docs`.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandera.pandas as pa
import pyarrow

from schemas import KEYS, TABLES, enums
from schemas.arrow import arrow_schema

README = "README.md"
DATAPACKAGE = "datapackage.json"

_INTRO = """\
Generated from the pandera models in `schemas/` by `schemas/dictionary.py`: do not edit by
hand. `make docs` rewrites `docs/data-dictionary.md`, and every run writes the same text to
`warehouse/README.md` beside a Frictionless descriptor, `warehouse/datapackage.json`.

Each table is a folder of Parquet files, `warehouse/<table>/*.parquet`, and a view of the
same name in `warehouse/warehouse.duckdb` (open it read-only). The DuckDB file also holds flat
views for BI tools and spreadsheets; `docs/cookbook.md` lists them with example questions, and
`newsfacts export` writes every table and view to Parquet or CSV files."""


@dataclass(frozen=True)
class ColumnDoc:
    """One column as the dictionary shows it."""

    name: str
    arrow_type: pyarrow.DataType
    nullable: bool
    unique: bool
    description: str
    allowed: dict[str, str]  # value -> meaning, in the order the model lists them
    example: Any
    minimum: float | None
    min_length: int | None


@dataclass(frozen=True)
class TableDoc:
    """One table as the dictionary shows it."""

    name: str
    description: str
    primary_key: list[str]
    columns: list[ColumnDoc]

    @property
    def path(self) -> str:
        return f"{self.name}/*.parquet"


def _enum_meanings() -> dict[frozenset[str], dict[str, str]]:
    """Every enumeration of `schemas.enums`, found by its set of values."""
    found: dict[frozenset[str], dict[str, str]] = {}
    for value in vars(enums).values():
        if isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
            found[frozenset(value)] = value
    return found


def _check_statistic(column: pa.Column, check_name: str, key: str) -> Any:
    for check in column.checks:
        if check.name == check_name:
            return (check.statistics or {}).get(key)
    return None


def _allowed_values(column: pa.Column) -> dict[str, str]:
    """The values an isin check allows, with their meanings from `schemas.enums`."""
    values = _check_statistic(column, "isin", "allowed_values")
    if not values:
        return {}
    meanings = _enum_meanings().get(frozenset(values), {})
    return {str(v): meanings.get(str(v), "") for v in values}


def _primary_key(name: str, model: type[pa.DataFrameModel]) -> list[str]:
    if name in KEYS:
        return [KEYS[name]]
    schema = model.to_schema()
    if schema.unique:
        return [schema.unique] if isinstance(schema.unique, str) else list(schema.unique)
    unique_columns = [n for n, column in schema.columns.items() if column.unique]
    return unique_columns if len(unique_columns) == 1 else []


def describe_table(name: str, model: type[pa.DataFrameModel]) -> TableDoc:
    """A table's dictionary entry, in the column order written to Parquet."""
    schema = model.to_schema()
    columns = []
    for field in arrow_schema(model):
        column = schema.columns[field.name]
        metadata = column.metadata or {}
        columns.append(
            ColumnDoc(
                name=field.name,
                arrow_type=field.type,
                nullable=bool(column.nullable),
                unique=bool(column.unique),
                description=column.description or "",
                allowed=_allowed_values(column),
                example=metadata.get("example"),
                minimum=_check_statistic(column, "greater_than_or_equal_to", "min_value"),
                min_length=_check_statistic(column, "str_length", "min_value"),
            )
        )
    return TableDoc(
        name=name,
        description=inspect.cleandoc(model.__doc__ or ""),
        primary_key=_primary_key(name, model),
        columns=columns,
    )


def describe_tables(
    tables: Mapping[str, type[pa.DataFrameModel]] | None = None,
) -> list[TableDoc]:
    """Every table's entry, in the order the warehouse writes them."""
    return [describe_table(name, model) for name, model in (tables or TABLES).items()]


# Markdown ---------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _example_text(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", "\\n").replace("|", "\\|")
    return f"`{text}`"


def _first_sentence(text: str) -> str:
    paragraph = " ".join(text.split())
    end = paragraph.find(". ")
    return paragraph if end < 0 else paragraph[: end + 1]


def _overview(docs: Sequence[TableDoc]) -> list[str]:
    lines = ["| table | one row per … | key |", "|---|---|---|"]
    for doc in docs:
        key = ", ".join(f"`{k}`" for k in doc.primary_key)
        lines.append(
            f"| [`{doc.name}`](#{doc.name}) | {_cell(_first_sentence(doc.description))} | {key} |"
        )
    return lines


def _table_markdown(doc: TableDoc) -> list[str]:
    lines = [f"## {doc.name}", "", doc.description, ""]
    key = ", ".join(f"`{k}`" for k in doc.primary_key) or "none"
    lines += [f"Key: {key}. Files: `warehouse/{doc.path}`.", ""]
    lines += [
        "| column | type | nullable | description | example |",
        "|---|---|---|---|---|",
    ]
    for column in doc.columns:
        lines.append(
            f"| `{column.name}` | {_cell(str(column.arrow_type))} | "
            f"{'yes' if column.nullable else 'no'} | {_cell(column.description)} | "
            f"{_example_text(column.example)} |"
        )
    for column in doc.columns:
        if column.allowed:
            lines += ["", f"Allowed values of `{column.name}`:", ""]
            lines += ["| value | meaning |", "|---|---|"]
            lines += [f"| `{v}` | {_cell(m)} |" for v, m in column.allowed.items()]
    return lines


def markdown(tables: Mapping[str, type[pa.DataFrameModel]] | None = None) -> str:
    """The data dictionary as Markdown."""
    docs = describe_tables(tables)
    lines = ["# newsfacts data dictionary", "", _INTRO, "", *_overview(docs)]
    for doc in docs:
        lines += ["", *_table_markdown(doc)]
    return "\n".join(lines) + "\n"


# Frictionless data package ----------------------------------------------------------------


def frictionless_type(arrow_type: pyarrow.DataType) -> str:
    """The Table Schema type of an Arrow type."""
    if pyarrow.types.is_string(arrow_type) or pyarrow.types.is_large_string(arrow_type):
        return "string"
    if pyarrow.types.is_integer(arrow_type):
        return "integer"
    if pyarrow.types.is_floating(arrow_type):
        return "number"
    if pyarrow.types.is_boolean(arrow_type):
        return "boolean"
    if pyarrow.types.is_timestamp(arrow_type):
        return "datetime"
    if pyarrow.types.is_date(arrow_type):
        return "date"
    if pyarrow.types.is_list(arrow_type):
        return "array"
    raise ValueError(f"no Table Schema type for Arrow type {arrow_type}")


def _field(column: ColumnDoc) -> dict[str, Any]:
    constraints: dict[str, Any] = {"required": not column.nullable}
    if column.unique:
        constraints["unique"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.min_length is not None:
        constraints["minLength"] = column.min_length
    field: dict[str, Any] = {
        "name": column.name,
        "type": frictionless_type(column.arrow_type),
        "description": column.description,
        "constraints": constraints,
    }
    if column.example is not None:
        field["example"] = column.example
    if column.allowed:
        field["enumMeanings"] = column.allowed  # not in the standard; tools ignore it
    return field


def _foreign_keys(doc: TableDoc) -> list[dict[str, Any]]:
    """A column named like another table's key refers to that table."""
    owners = {key: table for table, key in KEYS.items()}
    return [
        {
            "fields": column.name,
            "reference": {"resource": owners[column.name], "fields": column.name},
        }
        for column in doc.columns
        if column.name in owners and owners[column.name] != doc.name
    ]


def _resource(doc: TableDoc) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [_field(c) for c in doc.columns]}
    if doc.primary_key:
        schema["primaryKey"] = doc.primary_key
    foreign_keys = _foreign_keys(doc)
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {
        "profile": "tabular-data-resource",
        "name": doc.name,
        "path": doc.path,
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "description": doc.description,
        "schema": schema,
    }


def datapackage(tables: Mapping[str, type[pa.DataFrameModel]] | None = None) -> dict[str, Any]:
    """The warehouse as a Frictionless data package descriptor (paths relative to it)."""
    return {
        "profile": "tabular-data-package",
        "name": "newsfacts",
        "title": "newsfacts: events, participants, statistics and quotes from news articles",
        "description": "Tables extracted from news articles; every extracted row points to "
        "the characters of the article it came from. Generated from the pandera models.",
        "resources": [_resource(doc) for doc in describe_tables(tables)],
    }


def datapackage_json(tables: Mapping[str, type[pa.DataFrameModel]] | None = None) -> str:
    return json.dumps(datapackage(tables), indent=2, ensure_ascii=False) + "\n"


# Files ------------------------------------------------------------------------------------


def write_text_atomically(path: Path, text: str) -> Path:
    """Write beside the target, then rename: a reader sees the old file or the new one."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path


def write_warehouse_docs(warehouse_dir: Path) -> tuple[Path, Path]:
    """Write `README.md` (the dictionary) and `datapackage.json` into a warehouse folder."""
    return (
        write_text_atomically(warehouse_dir / README, markdown()),
        write_text_atomically(warehouse_dir / DATAPACKAGE, datapackage_json()),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the data dictionary as Markdown.")
    parser.add_argument("--out", type=Path, help="file to write (default: print it)")
    args = parser.parse_args(argv)
    if args.out is None:
        print(markdown(), end="")
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(args.out, markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
