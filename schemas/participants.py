"""The participants table: actors taking part in what an article reports."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import ExtractedTable, is_list_of_strings, string_list_field
from schemas.enums import PARTICIPANT_KINDS


class Participants(ExtractedTable):
    """One row per actor per article, under a canonical name.

    The span (char_start, char_end) is the actor's first mention in the article.
    """

    participant_id: Series[str] = pa.Field(
        unique=True,
        description="Key of the row.",
        metadata={"example": "adb5a63dce34aac32:country:china"},
    )
    entity_id: Series[str] = pa.Field(
        description="The same actor gets the same id in every article: kind and canonical name.",
        metadata={"example": "organization:drug-enforcement-administration"},
    )
    name: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Canonical full name ('Drug Enforcement Administration', 'Xi Jinping').",
        metadata={"example": "Drug Enforcement Administration"},
    )
    kind: Series[str] = pa.Field(
        isin=list(PARTICIPANT_KINDS),
        description="What sort of actor: " + ", ".join(PARTICIPANT_KINDS),
        metadata={"example": "organization"},
    )
    title: Series[str] = pa.Field(
        nullable=True,
        description="A person's title as written beside the name ('President').",
        metadata={"example": "President"},
    )
    affiliation: Series[str] = pa.Field(
        nullable=True,
        description="Country or body the actor belongs to ('China').",
        metadata={"example": "China"},
    )
    aliases: Series[object] = string_list_field(
        "Every surface form under which the actor is mentioned in the article.",
        example=["DEA", "Drug Enforcement Administration"],
    )
    mention_count: Series[int] = pa.Field(
        ge=1, description="How many times the actor is mentioned.", metadata={"example": 2}
    )

    @pa.check("aliases", error="aliases must be a list of strings")
    @classmethod
    def aliases_are_strings(cls, series: pd.Series) -> pd.Series:
        return is_list_of_strings(series)
