"""The events and event_participants tables."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import ExtractedTable, Table
from schemas.enums import DATE_PRECISIONS, EVENT_ROLES, EVENT_STATUSES, PLOVER_EVENT_TYPES


class Events(ExtractedTable):
    """One row per real-world happening per article, typed with a PLOVER category.
    The span is the first mention's evidence sentence."""

    event_id: Series[str] = pa.Field(
        unique=True,
        description="Key of the row.",
        metadata={"example": "adb5a63dce34aac32:e0:consult"},
    )
    event_type: Series[str] = pa.Field(
        isin=list(PLOVER_EVENT_TYPES),
        description="One of the 16 PLOVER categories.",
        metadata={"example": "CONSULT"},
    )
    trigger: Series[str] = pa.Field(
        description="The word that names the event ('talks', 'indicted').",
        metadata={"example": "talks"},
    )
    evidence: Series[str] = pa.Field(
        description="The sentence of the first mention.",
        metadata={"example": "U.S. & China to hold high-level fentanyl talks this week"},
    )
    mention_count: Series[int] = pa.Field(
        ge=1,
        description="How many mentions of this happening the article has.",
        metadata={"example": 3},
    )
    location: Series[str] = pa.Field(
        nullable=True, description="Where, as written.", metadata={"example": "Beijing"}
    )
    when_text: Series[str] = pa.Field(
        nullable=True,
        description="When, as written ('in November').",
        metadata={"example": "this week"},
    )
    event_date: Series[pd.DatetimeTZDtype] = pa.Field(
        nullable=True,
        dtype_kwargs={"unit": "us", "tz": "UTC"},
        metadata={"arrow_type": "date32", "example": "2024-07-30"},
        description="when_text resolved against the article's published_at (start of the day, "
        "month or year); null without an anchor.",
    )
    date_precision: Series[str] = pa.Field(
        nullable=True,
        isin=list(DATE_PRECISIONS),
        description="Precision of event_date.",
        metadata={"example": "day"},
    )
    status: Series[str] = pa.Field(
        isin=list(EVENT_STATUSES),
        description="planned, occurred, ongoing or negated.",
        metadata={"example": "planned"},
    )

    @pa.dataframe_check(error="event_date and date_precision are null together")
    @classmethod
    def date_has_precision(cls, df: pd.DataFrame) -> pd.Series:
        return df["event_date"].isna() == df["date_precision"].isna()


class EventParticipants(Table):
    """Links events to their actors and targets."""

    event_id: Series[str] = pa.Field(
        description="The event (events.event_id).",
        metadata={"example": "adb5a63dce34aac32:e0:consult"},
    )
    participant_id: Series[str] = pa.Field(
        description="The participant (participants.participant_id).",
        metadata={"example": "adb5a63dce34aac32:country:china"},
    )
    role: Series[str] = pa.Field(
        isin=list(EVENT_ROLES), description="actor or target.", metadata={"example": "actor"}
    )

    class Config:
        unique = ["event_id", "participant_id", "role"]
