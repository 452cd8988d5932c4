"""The runs table: one row per run that changed the warehouse."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import Table, timestamp_field


class Runs(Table):
    """What each run saw and did. A run that finds nothing new changes no file, so it leaves
    no row here (its summary is still printed and logged)."""

    run_id: Series[str] = pa.Field(
        unique=True,
        description="Key: sortable start time and a tag.",
        metadata={"example": "20261128T150102123Z-3fa9"},
    )
    started_at: Series[pd.DatetimeTZDtype] = timestamp_field(
        "When the run started (UTC).", example="2026-11-28T15:01:02Z"
    )
    finished_at: Series[pd.DatetimeTZDtype] = timestamp_field(
        "When the run committed its snapshot (UTC).", example="2026-11-28T15:03:40Z"
    )
    inputs_seen: Series[int] = pa.Field(
        ge=0, description="Input records and files read.", metadata={"example": 17}
    )
    articles: Series[int] = pa.Field(
        ge=0, description="Articles in the warehouse after the run.", metadata={"example": 16}
    )
    articles_new: Series[int] = pa.Field(
        ge=0, description="Articles extracted for the first time.", metadata={"example": 2}
    )
    articles_updated: Series[int] = pa.Field(
        ge=0,
        description="Articles re-extracted because the extractor version changed.",
        metadata={"example": 0},
    )
    articles_reused: Series[int] = pa.Field(
        ge=0,
        description="Articles whose rows were carried over from the previous run.",
        metadata={"example": 14},
    )
    quarantined: Series[int] = pa.Field(
        ge=0, description="Quarantine rows after the run.", metadata={"example": 1}
    )
    rows_participants: Series[int] = pa.Field(
        ge=0, description="Rows in participants.", metadata={"example": 301}
    )
    rows_quotes: Series[int] = pa.Field(
        ge=0, description="Rows in quotes.", metadata={"example": 28}
    )
    rows_statistics: Series[int] = pa.Field(
        ge=0, description="Rows in statistics.", metadata={"example": 106}
    )
    rows_events: Series[int] = pa.Field(
        ge=0, description="Rows in events.", metadata={"example": 53}
    )
    full_refresh: Series[bool] = pa.Field(
        description="True when every article was re-extracted.", metadata={"example": False}
    )
    inputs_fingerprint: Series[str] = pa.Field(
        description="Digest of the input files (path, size, mtime) and the extractor version; "
        "a later run with the same fingerprint has nothing new.",
        metadata={"example": "50d858e0985ecc7f60418aaf0cc5ab587f42c2570a884095a9e8ccacd0f6545c"},
    )
    extractor_version: Series[str] = pa.Field(
        description="Extractor version of the run.", metadata={"example": "0.1.0+rules.3b3a1956"}
    )
