"""The pipeline's steps as plain functions: read, extract, assemble, validate, write.

The Prefect flow in `pipeline_flow.py` calls these as tasks; tests and notebooks call them
directly. Nothing here imports Prefect.
"""

from __future__ import annotations

import secrets
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from flows.extract.article import ArticleRows, extract_article
from flows.extract.lexicon import extractor_version
from flows.nlp import load_model
from flows.normalize import Article, normalize_article
from flows.readers import ReadFailure, read_raw
from flows.warehouse import commit, read_table
from schemas import TABLES
from schemas.validate import validate_tables

#: Languages the extractors handle; articles in others are kept without extraction.
SUPPORTED_LANGUAGES = frozenset({"en"})

Row = dict[str, Any]

#: The tables whose rows come out of extraction.
_ROW_TABLES = ("participants", "quotes", "statistics", "events", "event_participants")


def new_run_id(now: datetime | None = None) -> str:
    """Sortable and unique: '20261128T150102Z-3fa9'."""
    now = now or datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


def quarantine_row(
    run_id: str,
    source_ref: str,
    stage: str,
    reason: str,
    *,
    outcome: str = "skipped",
    article_id: str | None = None,
    table_name: str | None = None,
    detail: str | None = None,
) -> Row:
    return {
        "run_id": run_id,
        "source_ref": source_ref,
        "article_id": article_id,
        "table_name": table_name,
        "stage": stage,
        "outcome": outcome,
        "reason": reason,
        "detail": detail,
        "quarantined_at": datetime.now(UTC),
    }


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    source_refs: dict[str, list[str]] = field(default_factory=dict)
    quarantine: list[Row] = field(default_factory=list)
    inputs_seen: int = 0


def read_articles(raw_dir: Path, run_id: str) -> ReadResult:
    """Every article under raw_dir, normalised and de-duplicated by text. Inputs that cannot
    be read become quarantine rows; a duplicate text keeps all its source_refs."""
    result = ReadResult()
    by_id: dict[str, Article] = {}
    for item in read_raw(raw_dir):
        result.inputs_seen += 1
        if isinstance(item, ReadFailure):
            result.quarantine.append(
                quarantine_row(run_id, item.source_ref, "read", item.reason, detail=item.detail)
            )
            continue
        article, warning = normalize_article(item)
        if warning:
            result.quarantine.append(
                quarantine_row(
                    run_id,
                    item.source_ref,
                    "read",
                    warning,
                    outcome="kept",
                    article_id=article.article_id,
                )
            )
        refs = result.source_refs.setdefault(article.article_id, [])
        if item.source_ref not in refs:
            refs.append(item.source_ref)
        if article.article_id not in by_id:
            by_id[article.article_id] = article
    result.articles = list(by_id.values())
    return result


def batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class Extracted:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in _ROW_TABLES})
    quarantine: list[Row] = field(default_factory=list)
    skipped_language: int = 0


def extract_articles(
    articles: Sequence[Article],
    run_id: str,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = 64,
) -> Extracted:
    """Run the model over the articles in one stream and extract every table's rows. An
    article whose extraction fails is kept without rows, with a quarantine row."""
    out = Extracted()
    supported = [a for a in articles if a.language in SUPPORTED_LANGUAGES]
    out.skipped_language = len(articles) - len(supported)
    if not supported:
        return out
    nlp = load_model(model)
    docs = nlp.pipe((a.text for a in supported), n_process=n_process, batch_size=batch_size)
    for article, doc in zip(supported, docs, strict=True):
        try:
            rows: ArticleRows = extract_article(doc, article)
        except Exception as error:  # one bad article must not stop the run
            out.quarantine.append(
                quarantine_row(
                    run_id,
                    article.source_ref,
                    "extract",
                    f"extraction failed: {type(error).__name__}: {error}",
                    outcome="kept",
                    article_id=article.article_id,
                    detail=traceback.format_exc(limit=3)[-1000:],
                )
            )
            continue
        for name in _ROW_TABLES:
            out.rows[name].extend(getattr(rows, name))
    return out


def merge_extracted(parts: Iterable[Extracted]) -> Extracted:
    merged = Extracted()
    for part in parts:
        for name in _ROW_TABLES:
            merged.rows[name].extend(part.rows[name])
        merged.quarantine.extend(part.quarantine)
        merged.skipped_language += part.skipped_language
    return merged


def _frame(name: str, rows: list[Row]) -> pd.DataFrame:
    columns = list(TABLES[name].to_schema().columns)
    return pd.DataFrame(rows, columns=columns)


def assemble_tables(
    read: ReadResult,
    extracted: Extracted,
    run_id: str,
    *,
    previous_articles: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table of the run as DataFrames, before validation. An article seen by an earlier
    run keeps its ingested_at, so that a rerun over the same inputs gives the same rows."""
    now = datetime.now(UTC)
    first_seen: dict[str, Any] = {}
    if previous_articles is not None and not previous_articles.empty:
        first_seen = dict(
            zip(previous_articles["article_id"], previous_articles["ingested_at"], strict=True)
        )
    version = extractor_version()
    article_rows = [
        {
            "article_id": a.article_id,
            "source_ref": a.source_ref,
            "source_refs": read.source_refs.get(a.article_id, [a.source_ref]),
            "title": a.title,
            "text": a.text,
            "published_at": a.published_at,
            "url": a.url,
            "source": a.source,
            "language": a.language,
            "word_count": a.word_count,
            "ingested_at": first_seen.get(a.article_id, now),
            "extractor_version": version,
        }
        for a in read.articles
    ]
    tables = {"articles": _frame("articles", article_rows)}
    for name in _ROW_TABLES:
        tables[name] = _frame(name, extracted.rows[name])
    tables["quarantine"] = _frame("quarantine", read.quarantine + extracted.quarantine)
    return tables


def validate_and_quarantine(
    tables: dict[str, pd.DataFrame], run_id: str
) -> dict[str, pd.DataFrame]:
    """Validate every table; rows that fail move to the quarantine table with the reason."""
    validated = validate_tables({name: tables[name] for name in TABLES if name != "quarantine"})
    refs = dict(
        zip(tables["articles"]["article_id"], tables["articles"]["source_ref"], strict=True)
    )
    rejected = [
        quarantine_row(
            run_id,
            refs.get(r.article_id or "", r.article_id or "(unknown)"),
            "validate",
            r.reason,
            outcome="kept" if r.table_name != "articles" else "skipped",
            article_id=r.article_id,
            table_name=r.table_name,
            detail=r.detail,
        )
        for r in validated.rejected
    ]
    quarantine = (
        pd.concat([tables["quarantine"], _frame("quarantine", rejected)], ignore_index=True)
        if rejected
        else tables["quarantine"]
    )
    out = dict(validated.tables)
    out["quarantine"] = TABLES["quarantine"].validate(quarantine.reset_index(drop=True))
    return {name: _sorted(name, out[name]) for name in TABLES}


_SORT_KEYS = {
    "articles": ["article_id"],
    "participants": ["article_id", "char_start", "participant_id"],
    "quotes": ["article_id", "char_start"],
    "statistics": ["article_id", "char_start"],
    "events": ["article_id", "char_start", "event_id"],
    "event_participants": ["event_id", "role", "participant_id"],
    "quarantine": ["source_ref", "stage", "reason"],
}


def _sorted(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Rows in a stable order, so that the same inputs give the same files."""
    return df.sort_values(_SORT_KEYS[name], kind="stable").reset_index(drop=True)


def write_tables(tables: dict[str, pd.DataFrame], warehouse_dir: Path, run_id: str) -> Path:
    return commit(tables, warehouse_dir, run_id)


def previous_articles(warehouse_dir: Path) -> pd.DataFrame | None:
    return read_table(warehouse_dir, "articles")


@dataclass
class RunSummary:
    run_id: str
    raw_dir: Path
    warehouse_dir: Path
    database: Path
    inputs_seen: int
    articles: int
    skipped_language: int
    rows: dict[str, int]
    quarantined: int
    quarantine_reasons: list[tuple[str, str]]
    extractor_version: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "raw_dir": str(self.raw_dir),
            "warehouse_dir": str(self.warehouse_dir),
            "database": str(self.database),
            "inputs_seen": self.inputs_seen,
            "articles": self.articles,
            "skipped_language": self.skipped_language,
            "rows": self.rows,
            "quarantined": self.quarantined,
            "extractor_version": self.extractor_version,
        }


def summarize(
    run_id: str,
    raw_dir: Path,
    warehouse_dir: Path,
    database: Path,
    read: ReadResult,
    extracted: Extracted,
    tables: dict[str, pd.DataFrame],
) -> RunSummary:
    quarantine = tables["quarantine"]
    return RunSummary(
        run_id=run_id,
        raw_dir=raw_dir,
        warehouse_dir=warehouse_dir,
        database=database,
        inputs_seen=read.inputs_seen,
        articles=len(tables["articles"]),
        skipped_language=extracted.skipped_language,
        rows={name: len(df) for name, df in tables.items()},
        quarantined=len(quarantine),
        quarantine_reasons=list(zip(quarantine["source_ref"], quarantine["reason"], strict=True)),
        extractor_version=extractor_version(),
    )
