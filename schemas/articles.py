"""The articles table: one row per distinct article text."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import Table, is_list_of_strings, string_list_field, timestamp_field


class Articles(Table):
    """Articles as the extractors saw them. Every offset in the other tables indexes `text`."""

    article_id: Series[str] = pa.Field(
        unique=True,
        description="Key: a hash of the normalised text, stable across runs.",
        metadata={"example": "adb5a63dce34aac32"},
    )
    source_ref: Series[str] = pa.Field(
        description="Where the article came from: the record's id for JSON Lines, "
        "else the file path relative to the raw folder.",
        metadata={"example": "us-china-fentanyl-talks.txt"},
    )
    source_refs: Series[object] = string_list_field(
        "Every source_ref that carried this same text (duplicates are merged, not dropped).",
        example=["us-china-fentanyl-talks.txt", "copy/us-china-fentanyl-talks.txt"],
    )
    title: Series[str] = pa.Field(
        description="Headline, normalised.",
        metadata={"example": "U.S. & China to hold high-level fentanyl talks this week"},
    )
    text: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Title, a blank line, then the body, normalised: the exact text "
        "the extractors saw and that char_start/char_end index.",
        metadata={"example": "U.S. & China to hold high-level fentanyl talks this week\n\n..."},
    )
    published_at: Series[pd.DatetimeTZDtype] = timestamp_field(
        "Publication time in UTC; null when the input gives none or it cannot be parsed.",
        nullable=True,
        example="2023-04-14T15:32:26Z",
    )
    url: Series[str] = pa.Field(
        nullable=True,
        description="The article's URL, if known.",
        metadata={"example": "https://www.example.org/news/fentanyl-talks"},
    )
    source: Series[str] = pa.Field(
        nullable=True,
        description="Publisher or collection the article came from, if known.",
        metadata={"example": "whitehouse.gov briefing room"},
    )
    language: Series[str] = pa.Field(
        description="ISO 639-1 code of the text's language.", metadata={"example": "en"}
    )
    word_count: Series[int] = pa.Field(
        ge=0, description="Number of words in text.", metadata={"example": 413}
    )
    ingested_at: Series[pd.DatetimeTZDtype] = timestamp_field(
        "When this run read the article (UTC).", example="2024-11-28T15:17:35Z"
    )
    extractor_version: Series[str] = pa.Field(
        description="Version of the extractors that produced this article's rows.",
        metadata={"example": "0.1.0+rules.3b3a1956"},
    )

    @pa.check("source_refs", error="source_refs must be a list of strings")
    @classmethod
    def source_refs_are_strings(cls, series: pd.Series) -> pd.Series:
        return is_list_of_strings(series)
