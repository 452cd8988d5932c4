"""The Arrow schema of each table, derived from its pandera model."""

from __future__ import annotations

import pandera.pandas as pa
import pyarrow

_BY_METADATA = {
    "list<string>": pyarrow.list_(pyarrow.string()),
    "timestamp[us, tz=UTC]": pyarrow.timestamp("us", tz="UTC"),
    "date32": pyarrow.date32(),
}

_BY_DTYPE = {
    "str": pyarrow.string(),
    "string": pyarrow.string(),
    "string[pyarrow]": pyarrow.string(),
    "string[python]": pyarrow.string(),
    "int64": pyarrow.int64(),
    "float64": pyarrow.float64(),
    "bool": pyarrow.bool_(),
}


def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow.Schema:
    """The Arrow schema for a model: one field per column, with its description as metadata."""
    fields = []
    for name, column in _ordered(model.to_schema().columns).items():
        metadata = column.metadata or {}
        if "arrow_type" in metadata:
            arrow_type = _BY_METADATA[metadata["arrow_type"]]
        else:
            dtype = str(column.dtype)
            if dtype not in _BY_DTYPE:
                raise ValueError(f"{model.__name__}.{name}: no Arrow type for dtype {dtype!r}")
            arrow_type = _BY_DTYPE[dtype]
        fields.append(
            pyarrow.field(
                name,
                arrow_type,
                nullable=bool(column.nullable),
                metadata={"description": column.description or ""},
            )
        )
    doc = (model.__doc__ or "").strip()
    return pyarrow.schema(fields, metadata={"description": doc})


_PROVENANCE_LAST = ("char_start", "char_end", "byte_start", "byte_end", "extractor_version")


def _ordered(columns: dict) -> dict:
    """Keys and references first, provenance last: the order a reader scans."""
    names = list(columns)
    ids = [n for n in names if n.endswith("_id")]
    last = [n for n in _PROVENANCE_LAST if n in columns]
    middle = [n for n in names if n not in ids and n not in last]
    return {n: columns[n] for n in ids + middle + last}


def column_order(model: type[pa.DataFrameModel]) -> list[str]:
    """The column order of the table as written to Parquet."""
    return list(_ordered(model.to_schema().columns))
