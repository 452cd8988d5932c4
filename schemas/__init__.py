"""One pandera model per table: the single source of truth for names, types, allowed values,
the Arrow schema written to Parquet and the data dictionary."""

from __future__ import annotations

import pandera.pandas as pa

from schemas.articles import Articles
from schemas.events import EventParticipants, Events
from schemas.participants import Participants
from schemas.quarantine import Quarantine
from schemas.quotes import Quotes
from schemas.runs import Runs
from schemas.statistics import Statistics

#: Every table of the warehouse, in the order they are written.
TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles,
    "participants": Participants,
    "quotes": Quotes,
    "statistics": Statistics,
    "events": Events,
    "event_participants": EventParticipants,
    "quarantine": Quarantine,
    "runs": Runs,
}

#: The tables whose rows are extracted from articles (and carry provenance).
EXTRACTED_TABLES = ("participants", "quotes", "statistics", "events")

#: The key column of each table that has one.
KEYS: dict[str, str] = {
    "articles": "article_id",
    "participants": "participant_id",
    "quotes": "quote_id",
    "statistics": "statistic_id",
    "events": "event_id",
}

__all__ = [
    "Articles",
    "EXTRACTED_TABLES",
    "EventParticipants",
    "Events",
    "KEYS",
    "Participants",
    "Quarantine",
    "Quotes",
    "Runs",
    "Statistics",
    "TABLES",
]
