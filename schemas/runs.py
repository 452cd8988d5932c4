"""The runs table: one row per run that changed the warehouse."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import Table, timestamp_field


class Runs(Table):
    """What each run saw and did. A run that finds nothing new changes no file, so it leaves
    no row here (its summary is still printed and logged)."""

    run_id: Series[str] = pa.Field(unique=True, description="Key: sortable start time and a tag.")
    started_at: Series[pd.DatetimeTZDtype] = timestamp_field("When the run started (UTC).")
    finished_at: Series[pd.DatetimeTZDtype] = timestamp_field(
        "When the run committed its snapshot (UTC)."
    )
    inputs_seen: Series[int] = pa.Field(ge=0, description="Input records and files read.")
    articles: Series[int] = pa.Field(ge=0, description="Articles in the warehouse after the run.")
    articles_new: Series[int] = pa.Field(ge=0, description="Articles extracted for the first time.")
    articles_updated: Series[int] = pa.Field(
        ge=0, description="Articles re-extracted because the extractor version changed."
    )
    articles_reused: Series[int] = pa.Field(
        ge=0, description="Articles whose rows were carried over from the previous run."
    )
    quarantined: Series[int] = pa.Field(ge=0, description="Quarantine rows after the run.")
    rows_participants: Series[int] = pa.Field(ge=0, description="Rows in participants.")
    rows_quotes: Series[int] = pa.Field(ge=0, description="Rows in quotes.")
    rows_statistics: Series[int] = pa.Field(ge=0, description="Rows in statistics.")
    rows_events: Series[int] = pa.Field(ge=0, description="Rows in events.")
    full_refresh: Series[bool] = pa.Field(description="True when every article was re-extracted.")
    inputs_fingerprint: Series[str] = pa.Field(
        description="Digest of the input files (path, size, mtime) and the extractor version; "
        "a later run with the same fingerprint has nothing new."
    )
    extractor_version: Series[str] = pa.Field(description="Extractor version of the run.")
