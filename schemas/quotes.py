"""The quotes table: who said what, through which medium."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import ExtractedTable


class Quotes(ExtractedTable):
    """Words attributed to a speaker. The span runs from the first opening mark to the last
    closing mark of the quotation."""

    quote_id: Series[str] = pa.Field(
        unique=True, description="Key of the row.", metadata={"example": "adb5a63dce34aac32:q568"}
    )
    text: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="The quoted words; parts broken by the attribution joined by one space.",
        metadata={"example": "The fentanyl crisis in the United States is rooted in the country."},
    )
    speaker: Series[str] = pa.Field(
        nullable=True,
        description="Canonical name of who said it; null when no speaker was found.",
        metadata={"example": "Ministry of Foreign Affairs of China"},
    )
    speaker_participant_id: Series[str] = pa.Field(
        nullable=True,
        description="The speaker's row in participants, when there is one.",
        metadata={"example": "adb5a63dce34aac32:organization:ministry-of-foreign-affairs-of-china"},
    )
    cue: Series[str] = pa.Field(
        nullable=True,
        description="The reporting verb as written ('said', 'told'); null after a colon.",
        metadata={"example": "told"},
    )
    medium: Series[str] = pa.Field(
        nullable=True,
        description="Through what the words came: an outlet ('told AFP') or an occasion "
        "('during a press conference').",
        metadata={"example": "AFP"},
    )
    is_direct: Series[bool] = pa.Field(
        description="True for words inside quotation marks, false for reported speech.",
        metadata={"example": True},
    )
