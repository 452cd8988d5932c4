"""Validate a run's tables: each against its model, then across tables.

Rows that fail are not dropped silently: they are removed from their table and returned as
quarantine rows with the check that failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pandera.errors

from schemas import EXTRACTED_TABLES, TABLES
from schemas.arrow import column_order
from schemas.spans import ByteOffsets


@dataclass
class Rejected:
    """A row set aside by validation."""

    table_name: str
    article_id: str | None
    reason: str
    detail: str


@dataclass
class Validated:
    tables: dict[str, pd.DataFrame]
    rejected: list[Rejected] = field(default_factory=list)


def _short(value: Any, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _article_of(row: pd.Series) -> str | None:
    value = row.get("article_id")
    return value if isinstance(value, str) else None


def _validate_one(name: str, df: pd.DataFrame, rejected: list[Rejected]) -> pd.DataFrame:
    """Validate one table; set aside the rows that fail a row-level check."""
    model = TABLES[name]
    df = df.reset_index(drop=True)
    try:
        return model.validate(df, lazy=True)[column_order(model)]
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        whole_table = cases[cases["index"].isna()]
        if not whole_table.empty:
            # A missing column or a wrong dtype everywhere is a bug in the code, not bad input.
            raise
        bad: dict[int, list[str]] = {}
        for case in cases.itertuples():
            column = case.column if isinstance(case.column, str) else "row"
            bad.setdefault(int(case.index), []).append(
                f"{column}: {case.check} (got {_short(case.failure_case, 80)})"
            )
        for index, reasons in sorted(bad.items()):
            row = df.iloc[index]
            rejected.append(
                Rejected(name, _article_of(row), "; ".join(reasons), _short(row.to_dict()))
            )
        kept = df.drop(index=list(bad)).reset_index(drop=True)
        return model.validate(kept)[column_order(model)]


def _reject_where(
    name: str, df: pd.DataFrame, bad: pd.Series, reason: str, rejected: list[Rejected]
) -> pd.DataFrame:
    for _, row in df[bad].iterrows():
        rejected.append(Rejected(name, _article_of(row), reason, _short(row.to_dict())))
    return df[~bad].reset_index(drop=True)


def _bytes_match_chars(
    df: pd.DataFrame, texts: pd.Series, offsets: dict[str, ByteOffsets]
) -> pd.Series:
    """Whether each row's byte offsets are its character offsets counted in UTF-8 bytes.
    `offsets` keeps each article's map, shared by the tables of a run."""

    def matches(article_id: str, char_start: int, char_end: int, start: int, end: int) -> bool:
        if article_id not in offsets:
            offsets[article_id] = ByteOffsets(texts[article_id])
        byte_offset = offsets[article_id]
        return byte_offset(char_start) == start and byte_offset(char_end) == end

    columns = ("article_id", "char_start", "char_end", "byte_start", "byte_end")
    return pd.Series(
        [matches(*row) for row in zip(*(df[c] for c in columns), strict=True)],
        index=df.index,
        dtype=bool,
    )


def validate_tables(tables: dict[str, pd.DataFrame]) -> Validated:
    """Validate every table of a run, then the rules that span tables:

    - an extracted row points to an article of the run, and its span lies inside the text;
    - a quote's speaker_participant_id is a participant;
    - event_participants link existing events and participants.
    """
    rejected: list[Rejected] = []
    out: dict[str, pd.DataFrame] = {}
    out["articles"] = _validate_one("articles", tables["articles"], rejected)
    texts = out["articles"].set_index("article_id")["text"]
    lengths = texts.str.len()
    offsets: dict[str, ByteOffsets] = {}

    for name in EXTRACTED_TABLES:
        df = _validate_one(name, tables[name], rejected)
        length = df["article_id"].map(lengths).astype("float64")
        df = _reject_where(
            name, df, length.isna(), "article_id is not an article of this run", rejected
        )
        length = df["article_id"].map(lengths).astype("float64")
        df = _reject_where(
            name, df, df["char_end"] > length, "span ends past the end of the article", rejected
        )
        df = _reject_where(
            name,
            df,
            ~_bytes_match_chars(df, texts, offsets),
            "byte_start/byte_end are not the UTF-8 offsets of char_start/char_end",
            rejected,
        )
        out[name] = df

    participant_ids = set(out["participants"]["participant_id"])
    quotes = out["quotes"]
    out["quotes"] = _reject_where(
        "quotes",
        quotes,
        quotes["speaker_participant_id"].notna()
        & ~quotes["speaker_participant_id"].isin(participant_ids),
        "speaker_participant_id is not a participant",
        rejected,
    )

    links = _validate_one("event_participants", tables["event_participants"], rejected)
    event_ids = set(out["events"]["event_id"])
    links = _reject_where(
        "event_participants",
        links,
        ~links["event_id"].isin(event_ids) | ~links["participant_id"].isin(participant_ids),
        "link to an event or participant that is not in the tables",
        rejected,
    )
    out["event_participants"] = links
    return Validated(out, rejected)
