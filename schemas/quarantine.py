"""The quarantine table: what could not be read or did not validate."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import Table, timestamp_field
from schemas.enums import QUARANTINE_OUTCOMES, QUARANTINE_STAGES


class Quarantine(Table):
    """Nothing is dropped silently: each input or row set aside gets a row here with a reason
    a person can act on."""

    run_id: Series[str] = pa.Field(
        description="The run that set it aside.", metadata={"example": "20261128T150102123Z-3fa9"}
    )
    source_ref: Series[str] = pa.Field(
        description="The input (record id or path relative to the raw folder).",
        metadata={"example": "batch.jsonl:2"},
    )
    article_id: Series[str] = pa.Field(
        nullable=True,
        description="The article concerned, when one was read.",
        metadata={"example": "adb5a63dce34aac32"},
    )
    table_name: Series[str] = pa.Field(
        nullable=True,
        description="For validation failures: the table the row was meant for.",
        metadata={"example": "statistics"},
    )
    stage: Series[str] = pa.Field(
        isin=list(QUARANTINE_STAGES), description="Where it failed.", metadata={"example": "read"}
    )
    outcome: Series[str] = pa.Field(
        isin=list(QUARANTINE_OUTCOMES),
        description="skipped, or kept with a part lost.",
        metadata={"example": "skipped"},
    )
    reason: Series[str] = pa.Field(
        description="What went wrong, in words a person can act on.",
        metadata={"example": "not valid JSON: Expecting property name enclosed in double quotes"},
    )
    detail: Series[str] = pa.Field(
        nullable=True,
        description="The offending value or row, shortened, for debugging.",
        metadata={"example": "{broken"},
    )
    quarantined_at: Series[pd.DatetimeTZDtype] = timestamp_field(
        "When the run set it aside (UTC).", example="2026-11-28T15:01:02Z"
    )
