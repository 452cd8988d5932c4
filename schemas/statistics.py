"""The statistics table: the numbers an article claims."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import ExtractedTable


class Statistics(ExtractedTable):
    """Numbers that measure something in the world: counts, money, percentages, rates,
    durations, ranges. Never dates, years, ordinals or identifiers."""

    statistic_id: Series[str] = pa.Field(
        unique=True, description="Key of the row.", metadata={"example": "adb5a63dce34aac32:s1221"}
    )
    value: Series[float] = pa.Field(
        description="The number ('1.5 million' is 1500000).", metadata={"example": 100000.0}
    )
    value_max: Series[float] = pa.Field(
        nullable=True,
        description="Upper end of a range ('18 to 49' has value 18, value_max 49).",
        metadata={"example": 49.0},
    )
    unit: Series[str] = pa.Field(
        nullable=True,
        description="What is counted or measured: 'people', 'USD', 'percent', 'kg', 'years'.",
        metadata={"example": "people"},
    )
    period: Series[str] = pa.Field(
        nullable=True,
        description="The period of a rate ('a year' is 'year').",
        metadata={"example": "year"},
    )
    measured: Series[str] = pa.Field(
        nullable=True,
        description="In words, what the number is about.",
        metadata={"example": "people die in the United States from fentanyl overdoses"},
    )
    approximate: Series[bool] = pa.Field(
        description="True for 'about', 'almost', 'more than', 'nearly' and the like.",
        metadata={"example": False},
    )
    mention: Series[str] = pa.Field(
        description="The number with its unit as written ('40,000 people a year').",
        metadata={"example": "40,000 people a year"},
    )

    @pa.dataframe_check(error="value_max must not be below value")
    @classmethod
    def range_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["value_max"].isna() | (df["value_max"] >= df["value"])
