"""Shared building blocks of the table models."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

LIST_OF_STRINGS = {"arrow_type": "list<string>"}
UTC_TIMESTAMP = {"arrow_type": "timestamp[us, tz=UTC]"}


def string_list_field(description: str, example: Any = None, **kwargs: Any) -> Any:
    """A column holding a list of strings (stored as Arrow list<string>)."""
    metadata = {**LIST_OF_STRINGS, "example": example}
    return pa.Field(description=description, metadata=metadata, **kwargs)


def timestamp_field(description: str, example: Any = None, **kwargs: Any) -> Any:
    """A UTC timestamp column (stored as Arrow timestamp[us, UTC])."""
    return pa.Field(
        description=description,
        metadata={**UTC_TIMESTAMP, "example": example},
        dtype_kwargs={"unit": "us", "tz": "UTC"},
        **kwargs,
    )


def is_list_of_strings(series: pd.Series) -> pd.Series:
    return series.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))


class Table(pa.DataFrameModel):
    """Every table: strict columns, coerced types."""

    class Config:
        strict = True
        coerce = True


class ExtractedTable(Table):
    """A table of rows extracted from an article, with their provenance."""

    article_id: Series[str] = pa.Field(
        description="The article the row was extracted from (articles.article_id).",
        metadata={"example": "adb5a63dce34aac32"},
    )
    char_start: Series[int] = pa.Field(
        ge=0,
        description="Offset of the first character of the row's evidence in articles.text.",
        metadata={"example": 1221},
    )
    char_end: Series[int] = pa.Field(
        ge=0,
        description="Offset just past the last character of the evidence in articles.text.",
        metadata={"example": 1242},
    )
    byte_start: Series[int] = pa.Field(
        ge=0,
        description="The same start as char_start, counted in bytes of articles.text encoded "
        "as UTF-8: SQL engines slice bytes without walking the text from its start, e.g. "
        "DuckDB's decode(encode(a.text)[byte_start + 1 : byte_end]).",
        metadata={"example": 1227},
    )
    byte_end: Series[int] = pa.Field(
        ge=0,
        description="The same end as char_end, counted in bytes of the UTF-8 text.",
        metadata={"example": 1248},
    )
    extractor_version: Series[str] = pa.Field(
        description="Version of the extractors and lexicons that produced the row.",
        metadata={"example": "0.1.0+rules.3b3a1956"},
    )

    @pa.dataframe_check(error="char_end must be greater than char_start")
    @classmethod
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    @pa.dataframe_check(error="a byte span is at least as long as its character span")
    @classmethod
    def byte_span_covers_chars(cls, df: pd.DataFrame) -> pd.Series:
        return (df["byte_start"] >= df["char_start"]) & (
            df["byte_end"] - df["byte_start"] >= df["char_end"] - df["char_start"]
        )
