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

    run_id: Series[str] = pa.Field(description="The run that set it aside.")
    source_ref: Series[str] = pa.Field(
        description="The input (record id or path relative to the raw folder)."
    )
    article_id: Series[str] = pa.Field(
        nullable=True, description="The article concerned, when one was read."
    )
    table_name: Series[str] = pa.Field(
        nullable=True, description="For validation failures: the table the row was meant for."
    )
    stage: Series[str] = pa.Field(isin=list(QUARANTINE_STAGES), description="Where it failed.")
    outcome: Series[str] = pa.Field(
        isin=list(QUARANTINE_OUTCOMES), description="skipped, or kept with a part lost."
    )
    reason: Series[str] = pa.Field(description="What went wrong, in words a person can act on.")
    detail: Series[str] = pa.Field(
        nullable=True, description="The offending value or row, shortened, for debugging."
    )
    quarantined_at: Series[pd.DatetimeTZDtype] = timestamp_field("When the run set it aside (UTC).")
