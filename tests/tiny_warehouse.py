"""A tiny warehouse written by hand: two articles and their rows, validated by the pandera
models and committed like a run. Views, export and the report are tested on it without the
language model.

Article A (January 2024) and article B (February 2024) both cite "100,000 people a year"
dying of fentanyl overdoses (a quote carries it in A only) and "$18 billion" of seizures
(no quote in either). The United States and China meet in A; the United States sanctions
China in B.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from flows.warehouse import commit
from schemas import TABLES

RUN_ID = "20240301T000000Z-test"
VERSION = "test"
A, B = "article-a", "article-b"

TEXT_A = (
    "U.S. and China hold fentanyl talks\n\n"
    "The United States and China held talks in Beijing on Monday. "
    '"About 100,000 people a year die from fentanyl overdoses," said Jane Doe, a U.S. official. '
    "Agents seized $18 billion in drugs."
)
TEXT_B = (
    "Treasury sanctions Chinese firms\n\n"
    "The United States sanctioned China on Tuesday. "
    "Each year 100,000 people die from fentanyl overdoses. Agents seized $18 billion in drugs."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _provenance(article_id: str, text: str, part: str) -> dict[str, Any]:
    start, end = _span(text, part)
    return {
        "article_id": article_id,
        "char_start": start,
        "char_end": end,
        "byte_start": len(text[:start].encode()),
        "byte_end": len(text[:end].encode()),
        "extractor_version": VERSION,
    }


def _article(article_id: str, text: str, published: datetime, source: str) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "source_ref": f"{article_id}.txt",
        "source_refs": [f"{article_id}.txt"],
        "title": text.split("\n", 1)[0],
        "text": text,
        "published_at": published,
        "url": f"https://news.example/{article_id}",
        "source": source,
        "language": "en",
        "word_count": len(text.split()),
        "ingested_at": datetime(2024, 3, 1, tzinfo=UTC),
        "extractor_version": VERSION,
    }


def _participant(
    article_id: str, text: str, kind: str, name: str, aliases: list[str], **extra: Any
) -> dict[str, Any]:
    entity = f"{kind}:{name.lower().replace(' ', '-')}"
    return {
        **_provenance(article_id, text, aliases[0]),
        "participant_id": f"{article_id}:{entity}",
        "entity_id": entity,
        "name": name,
        "kind": kind,
        "title": extra.get("title"),
        "affiliation": extra.get("affiliation"),
        "aliases": aliases,
        "mention_count": len(aliases),
    }


def _statistic(
    article_id: str, text: str, mention: str, value: float, unit: str, measured: str
) -> dict[str, Any]:
    start, _ = _span(text, mention)
    return {
        **_provenance(article_id, text, mention),
        "statistic_id": f"{article_id}:s{start}",
        "value": value,
        "value_max": None,
        "unit": unit,
        "period": "year" if "year" in mention else None,
        "measured": measured,
        "approximate": False,
        "mention": mention,
    }


def _event(
    article_id: str, text: str, evidence: str, event_type: str, trigger: str, **extra: Any
) -> dict[str, Any]:
    start, _ = _span(text, evidence)
    return {
        **_provenance(article_id, text, evidence),
        "event_id": f"{article_id}:e{start}:{event_type.lower()}",
        "event_type": event_type,
        "trigger": trigger,
        "evidence": evidence,
        "mention_count": 1,
        "location": extra.get("location"),
        "when_text": extra.get("when_text"),
        "event_date": extra.get("event_date"),
        "date_precision": extra.get("date_precision"),
        "status": "occurred",
    }


def tiny_tables() -> dict[str, pd.DataFrame]:
    """Every table of the tiny warehouse, validated."""
    quote = '"About 100,000 people a year die from fentanyl overdoses,"'
    talks = "The United States and China held talks in Beijing on Monday."
    sanction = "The United States sanctioned China on Tuesday."
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [
            _article(A, TEXT_A, datetime(2024, 1, 15, 12, tzinfo=UTC), "Daily Planet"),
            _article(B, TEXT_B, datetime(2024, 2, 20, 23, 30, tzinfo=UTC), "Evening Star"),
        ],
        "participants": [
            _participant(A, TEXT_A, "country", "United States", ["U.S.", "United States"]),
            _participant(A, TEXT_A, "country", "China", ["China"]),
            _participant(
                A, TEXT_A, "person", "Jane Doe", ["Jane Doe"], title="official",
                affiliation="United States",
            ),
            _participant(B, TEXT_B, "country", "United States", ["United States"]),
            _participant(B, TEXT_B, "country", "China", ["China", "Chinese"]),
        ],
        "quotes": [
            {
                **_provenance(A, TEXT_A, quote),
                "quote_id": f"{A}:q{_span(TEXT_A, quote)[0]}",
                "text": quote.strip('"').rstrip(","),
                "speaker": "Jane Doe",
                "speaker_participant_id": f"{A}:person:jane-doe",
                "cue": "said",
                "medium": None,
                "is_direct": True,
            }
        ],
        "statistics": [
            _statistic(
                A, TEXT_A, "100,000 people a year", 100000.0, "People",
                "people die from fentanyl overdoses",
            ),
            _statistic(A, TEXT_A, "$18 billion", 18e9, "USD", "Agents seized in drugs"),
            _statistic(
                B, TEXT_B, "100,000 people", 100000.0, "people",
                "fentanyl overdoses: people die",
            ),
            _statistic(B, TEXT_B, "$18 billion", 18e9, "USD", "agents seized in drugs"),
        ],
        "events": [
            _event(
                A, TEXT_A, talks, "CONSULT", "talks", location="Beijing", when_text="on Monday",
                event_date=datetime(2024, 1, 15, tzinfo=UTC), date_precision="day",
            ),
            _event(B, TEXT_B, sanction, "SANCTION", "sanctioned"),
        ],
        "event_participants": [
            {"event_id": f"{A}:e{_span(TEXT_A, talks)[0]}:consult",
             "participant_id": f"{A}:country:united-states", "role": "actor"},
            {"event_id": f"{A}:e{_span(TEXT_A, talks)[0]}:consult",
             "participant_id": f"{A}:country:china", "role": "actor"},
            {"event_id": f"{B}:e{_span(TEXT_B, sanction)[0]}:sanction",
             "participant_id": f"{B}:country:united-states", "role": "actor"},
            {"event_id": f"{B}:e{_span(TEXT_B, sanction)[0]}:sanction",
             "participant_id": f"{B}:country:china", "role": "target"},
        ],
        "quarantine": [
            {
                "run_id": RUN_ID,
                "source_ref": "empty.txt",
                "article_id": None,
                "table_name": None,
                "stage": "read",
                "outcome": "skipped",
                "reason": "the file is empty",
                "detail": None,
                "quarantined_at": datetime(2024, 3, 1, tzinfo=UTC),
            }
        ],
    }  # fmt: skip
    tables = {}
    for name, model in TABLES.items():
        frame = pd.DataFrame(rows.get(name, []), columns=list(model.to_schema().columns))
        tables[name] = model.validate(frame) if name in rows else frame
    return tables


def build_tiny_warehouse(folder: Path) -> Path:
    """Commit the tiny tables to `folder` like a run; return the folder."""
    commit(tiny_tables(), folder, RUN_ID)
    return folder
