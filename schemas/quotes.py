"""The quotes table: who said what, through which medium."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import ExtractedTable


class Quotes(ExtractedTable):
    """Words attributed to a speaker. The span runs from the first opening mark to the last
    closing mark of the quotation."""

    quote_id: Series[str] = pa.Field(unique=True, description="Key of the row.")
    text: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="The quoted words; parts broken by the attribution joined by one space.",
    )
    speaker: Series[str] = pa.Field(
        nullable=True, description="Canonical name of who said it; null when no speaker was found."
    )
    speaker_participant_id: Series[str] = pa.Field(
        nullable=True, description="The speaker's row in participants, when there is one."
    )
    cue: Series[str] = pa.Field(
        nullable=True,
        description="The reporting verb as written ('said', 'told'); null after a colon.",
    )
    medium: Series[str] = pa.Field(
        nullable=True,
        description="Through what the words came: an outlet ('told AFP') or an occasion "
        "('during a press conference').",
    )
    is_direct: Series[bool] = pa.Field(
        description="True for words inside quotation marks, false for reported speech."
    )
