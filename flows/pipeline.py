"""The pipeline's steps as plain functions: read, extract, assemble, validate, write.

The Prefect flow in `pipeline_flow.py` calls these as tasks; tests and notebooks call them
directly. Nothing here imports Prefect.
"""

from __future__ import annotations

import hashlib
import logging
import math
import multiprocessing
import secrets
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from flows.extract.article import ArticleRows, extract_article
from flows.extract.lexicon import extractor_version
from flows.faults import checkpoint
from flows.lock import warehouse_lock
from flows.nlp import load_model
from flows.normalize import Article, normalize_article
from flows.readers import ReadFailure, discover, read_raw
from flows.warehouse import commit, read_table
from schemas import TABLES
from schemas.validate import validate_tables

#: Languages the extractors handle; articles in others are kept without extraction.
SUPPORTED_LANGUAGES = frozenset({"en"})

Row = dict[str, Any]

#: The tables whose rows come out of extraction.
_ROW_TABLES = ("participants", "quotes", "statistics", "events", "event_participants")

#: Progress lines ("extracted 600/1200 articles ...") go to this logger, at INFO unless
#: configured otherwise: set here, not in the flow module, since a Dask worker runs the
#: extract task without importing that module. Prefect shows them on its console and in the
#: run's logs (PREFECT_LOGGING_EXTRA_LOGGERS=newsfacts, flows/settings.py); with no logging
#: configured, Python prints nothing below WARNING.
logger = logging.getLogger("newsfacts")
if logger.level == logging.NOTSET:
    logger.setLevel(logging.INFO)

#: A progress line every this many articles, or after this many seconds, whichever comes first.
PROGRESS_EVERY = 100
PROGRESS_SECONDS = 10.0


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


def inputs_fingerprint(raw_dir: Path) -> str:
    """A digest of every input file's path, size and modification time, and the extractor
    version: the same fingerprint means there is nothing new to read or extract."""
    digest = hashlib.sha256(extractor_version().encode())
    for path in discover(raw_dir):
        try:
            stat = path.stat()
        except OSError:
            continue
        relative = path.relative_to(raw_dir).as_posix()
        digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


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


@dataclass
class Previous:
    """The current snapshot's tables, or empty ones for a first run or a full refresh."""

    tables: dict[str, pd.DataFrame]

    @classmethod
    def load(cls, warehouse_dir: Path) -> Previous:
        tables = {}
        for name in TABLES:
            table = read_table(warehouse_dir, name)
            tables[name] = table if table is not None else _frame(name, [])
        return cls(tables)

    @classmethod
    def empty(cls) -> Previous:
        return cls({name: _frame(name, []) for name in TABLES})

    def last_fingerprint(self) -> str | None:
        runs = self.tables["runs"]
        if runs.empty:
            return None
        return str(runs.sort_values("run_id")["inputs_fingerprint"].iloc[-1])

    def versions(self) -> dict[str, str]:
        articles = self.tables["articles"]
        return dict(zip(articles["article_id"], articles["extractor_version"], strict=True))


@dataclass
class Plan:
    """What a run has to do: the articles to extract, and the rows it carries over."""

    run_id: str
    started_at: datetime
    fingerprint: str
    nothing_new: bool
    read: ReadResult
    previous: Previous
    to_extract: list[Article] = field(default_factory=list)
    reused_ids: set[str] = field(default_factory=set)
    new_ids: set[str] = field(default_factory=set)
    updated_ids: set[str] = field(default_factory=set)
    full_refresh: bool = False


def plan_run(
    raw_dir: Path, warehouse_dir: Path, run_id: str, *, full_refresh: bool = False
) -> Plan:
    """Compare the inputs with the warehouse. Unchanged inputs: nothing new, nothing read.
    Otherwise read everything and extract only the articles that are new or whose rows came
    from another extractor version; a newer text under the same URL replaces the older."""
    started_at = datetime.now(UTC)
    fingerprint = inputs_fingerprint(raw_dir)
    previous = Previous.empty() if full_refresh else Previous.load(warehouse_dir)
    if not full_refresh and previous.last_fingerprint() == fingerprint:
        return Plan(run_id, started_at, fingerprint, True, ReadResult(), previous)
    read = read_articles(raw_dir, run_id)
    versions = previous.versions()
    _replace_by_url(read, set(versions), run_id)
    plan = Plan(run_id, started_at, fingerprint, False, read, previous, full_refresh=full_refresh)
    current = extractor_version()
    for article in read.articles:
        if article.article_id not in versions:
            plan.new_ids.add(article.article_id)
            plan.to_extract.append(article)
        elif versions[article.article_id] != current:
            plan.updated_ids.add(article.article_id)
            plan.to_extract.append(article)
        else:
            plan.reused_ids.add(article.article_id)
    return plan


def _replace_by_url(read: ReadResult, known_ids: set[str], run_id: str) -> None:
    """Among articles sharing a URL keep the newest text: one not in the warehouse yet, else
    the last one read. The others are recorded in quarantine, not dropped silently."""
    by_url: dict[str, list[Article]] = {}
    for article in read.articles:
        if article.url:
            by_url.setdefault(article.url, []).append(article)
    superseded: set[str] = set()
    for url, versions in by_url.items():
        if len(versions) < 2:
            continue
        fresh = [a for a in versions if a.article_id not in known_ids]
        keep = (fresh or versions)[-1]
        for article in versions:
            if article is keep:
                continue
            superseded.add(article.article_id)
            read.quarantine.append(
                quarantine_row(
                    run_id,
                    article.source_ref,
                    "read",
                    f"superseded by a newer text of the same url {url} (article {keep.article_id})",
                    article_id=article.article_id,
                )
            )
    read.articles = [a for a in read.articles if a.article_id not in superseded]


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


class Progress:
    """Logs articles done of the run's total and the rate, every `every` articles or every
    `seconds`, whichever comes first. `done` counts the run's articles before this batch. No
    line by time before `warmup` articles: the model returns its first document only once
    a whole `nlp.pipe` batch is parsed, and a rate taken before then means nothing."""

    def __init__(
        self,
        total: int,
        *,
        done: int = 0,
        every: int | None = None,
        seconds: float | None = None,
        warmup: int = 0,
    ) -> None:
        self.total = max(total, done)
        self.done = done
        self.every = max(1, every if every is not None else PROGRESS_EVERY)
        self.seconds = seconds if seconds is not None else PROGRESS_SECONDS
        self.warmup = warmup
        self.articles = 0
        self.words = 0
        self.logged = 0
        self.started = self.last = time.monotonic()

    def advance(self, words: int) -> None:
        self.done += 1
        self.articles += 1
        self.words += words
        now = time.monotonic()
        timely = self.articles >= self.warmup and now - self.last >= self.seconds
        if self.articles % self.every == 0 or timely:
            self.last = now
            self.log()

    def finish(self) -> None:
        """The batch's last line, unless it was just logged."""
        if self.articles != self.logged:
            self.log()

    def log(self) -> None:
        self.logged = self.articles
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.articles / elapsed
        left = self.total - self.done
        eta = f", about {left / rate:,.0f} s left" if rate and left > 0 else ""
        logger.info(
            "extracted %d/%d articles (%.0f%%): %.1f articles/s, %s words/s%s",
            self.done,
            self.total,
            100 * self.done / self.total if self.total else 100,
            rate,
            f"{self.words / elapsed:,.0f}",
            eta,
        )


def extract_articles(
    articles: Sequence[Article],
    run_id: str,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = 64,
    run_total: int | None = None,
    run_done: int = 0,
) -> Extracted:
    """Run the model over the articles in one stream and extract every table's rows. An
    article whose extraction fails is kept without rows, with a quarantine row.

    Progress (articles done of `run_total`, the run's articles to extract, and the rate) is
    logged to the "newsfacts" logger; `run_done` is how many of them came before this batch.
    No more model processes start than there are `batch_size` batches to give them, and none
    in a daemonic process (a Dask worker), which may not have children."""
    out = Extracted()
    supported = [a for a in articles if a.language in SUPPORTED_LANGUAGES]
    out.skipped_language = len(articles) - len(supported)
    if not supported:
        return out
    nlp = load_model(model)
    if n_process > 1:
        n_process = min(n_process, math.ceil(len(supported) / batch_size))
        if multiprocessing.current_process().daemon:
            n_process = 1
    progress = Progress(
        run_total if run_total is not None else run_done + len(articles),
        done=run_done + out.skipped_language,
        warmup=batch_size,
    )
    docs = nlp.pipe((a.text for a in supported), n_process=n_process, batch_size=batch_size)
    for article, doc in zip(supported, docs, strict=True):
        checkpoint("extracting")
        progress.advance(article.word_count)
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
    progress.finish()
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


def _carried_over(previous: Previous, reused: set[str]) -> dict[str, pd.DataFrame]:
    """The previous run's rows of the articles that are not extracted again."""
    out = {}
    for name in ("participants", "quotes", "statistics", "events"):
        table = previous.tables[name]
        out[name] = table[table["article_id"].isin(reused)]
    events = set(out["events"]["event_id"])
    links = previous.tables["event_participants"]
    out["event_participants"] = links[links["event_id"].isin(events)]
    quarantine = previous.tables["quarantine"]
    out["quarantine"] = quarantine[
        quarantine["article_id"].isin(reused) & quarantine["stage"].isin(["extract", "validate"])
    ]
    return out


def assemble_tables(plan: Plan, extracted: Extracted) -> dict[str, pd.DataFrame]:
    """Every table of the run as DataFrames, before validation: the rows extracted now and
    the rows carried over. An article keeps the ingested_at of the run that first read it,
    so that a rerun over the same inputs gives the same rows."""
    previous_articles = plan.previous.tables["articles"]
    first_seen = dict(
        zip(previous_articles["article_id"], previous_articles["ingested_at"], strict=True)
    )
    version = extractor_version()
    article_rows = [
        {
            "article_id": a.article_id,
            "source_ref": a.source_ref,
            "source_refs": plan.read.source_refs.get(a.article_id, [a.source_ref]),
            "title": a.title,
            "text": a.text,
            "published_at": a.published_at,
            "url": a.url,
            "source": a.source,
            "language": a.language,
            "word_count": a.word_count,
            "ingested_at": first_seen.get(a.article_id, plan.started_at),
            "extractor_version": version,
        }
        for a in plan.read.articles
    ]
    carried = _carried_over(plan.previous, plan.reused_ids)
    tables = {"articles": _frame("articles", article_rows)}
    for name in _ROW_TABLES:
        tables[name] = _concat(name, [carried[name], _frame(name, extracted.rows[name])])
    fresh_quarantine = _frame("quarantine", plan.read.quarantine + extracted.quarantine)
    tables["quarantine"] = _concat("quarantine", [carried["quarantine"], fresh_quarantine])
    tables["runs"] = plan.previous.tables["runs"]
    return tables


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    if not frames:
        return _frame(name, [])
    return pd.concat(frames, ignore_index=True)


def validate_and_quarantine(
    tables: dict[str, pd.DataFrame], run_id: str
) -> dict[str, pd.DataFrame]:
    """Validate every table; rows that fail move to the quarantine table with the reason."""
    validated = validate_tables({name: tables[name] for name in TABLES if name in _VALIDATED})
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
    out = dict(validated.tables)
    quarantine = _concat("quarantine", [tables["quarantine"], _frame("quarantine", rejected)])
    out["quarantine"] = TABLES["quarantine"].validate(quarantine.reset_index(drop=True))
    out["runs"] = TABLES["runs"].validate(tables["runs"].reset_index(drop=True))
    return {name: _sorted(name, out[name]) for name in TABLES}


_VALIDATED = ("articles", "participants", "quotes", "statistics", "events", "event_participants")

_SORT_KEYS = {
    "articles": ["article_id"],
    "participants": ["article_id", "char_start", "participant_id"],
    "quotes": ["article_id", "char_start"],
    "statistics": ["article_id", "char_start"],
    "events": ["article_id", "char_start", "event_id"],
    "event_participants": ["event_id", "role", "participant_id"],
    "quarantine": ["source_ref", "stage", "reason"],
    "runs": ["run_id"],
}


def _sorted(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Rows in a stable order, so that the same inputs give the same files."""
    return df.sort_values(_SORT_KEYS[name], kind="stable").reset_index(drop=True)


def finish_run(plan: Plan, extracted: Extracted) -> dict[str, pd.DataFrame]:
    """Assemble and validate the run's tables and add the run's row to `runs`."""
    tables = validate_and_quarantine(assemble_tables(plan, extracted), plan.run_id)
    row = {
        "run_id": plan.run_id,
        "started_at": plan.started_at,
        "finished_at": datetime.now(UTC),
        "inputs_seen": plan.read.inputs_seen,
        "articles": len(tables["articles"]),
        "articles_new": len(plan.new_ids),
        "articles_updated": len(plan.updated_ids),
        "articles_reused": len(plan.reused_ids),
        "quarantined": len(tables["quarantine"]),
        "rows_participants": len(tables["participants"]),
        "rows_quotes": len(tables["quotes"]),
        "rows_statistics": len(tables["statistics"]),
        "rows_events": len(tables["events"]),
        "full_refresh": plan.full_refresh,
        "inputs_fingerprint": plan.fingerprint,
        "extractor_version": extractor_version(),
    }
    runs = _concat("runs", [tables["runs"], _frame("runs", [row])])
    tables["runs"] = TABLES["runs"].validate(runs)
    return tables


def write_tables(tables: dict[str, pd.DataFrame], warehouse_dir: Path, run_id: str) -> Path:
    return commit(tables, warehouse_dir, run_id)


@dataclass
class RunSummary:
    run_id: str
    raw_dir: Path
    warehouse_dir: Path
    database: Path | None
    nothing_new: bool
    inputs_seen: int
    articles: int
    articles_new: int
    articles_updated: int
    articles_reused: int
    skipped_language: int
    rows: dict[str, int]
    quarantined: int
    quarantine_reasons: list[tuple[str, str]]
    extractor_version: str
    report: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "quarantine_reasons"}
        return {k: str(v) if isinstance(v, Path) else v for k, v in out.items()}

    def as_table(self) -> list[dict[str, Any]]:
        """The summary as rows of (item, value), e.g. for a Prefect table artifact."""
        items: list[tuple[str, Any]] = [
            ("run_id", self.run_id),
            ("nothing new", self.nothing_new),
            ("inputs read", self.inputs_seen),
            ("articles", self.articles),
            ("articles new", self.articles_new),
            ("articles re-extracted", self.articles_updated),
            ("articles unchanged", self.articles_reused),
            ("articles in unsupported languages", self.skipped_language),
        ]
        items += [(f"rows {name}", count) for name, count in self.rows.items()]
        items += [
            ("quarantined", self.quarantined),
            ("extractor version", self.extractor_version),
            ("warehouse", str(self.warehouse_dir)),
        ]
        return [{"item": item, "value": str(value)} for item, value in items]


def summarize(
    plan: Plan,
    raw_dir: Path,
    warehouse_dir: Path,
    database: Path | None,
    extracted: Extracted,
    tables: dict[str, pd.DataFrame],
) -> RunSummary:
    quarantine = tables["quarantine"]
    return RunSummary(
        run_id=plan.run_id,
        raw_dir=raw_dir,
        warehouse_dir=warehouse_dir,
        database=database,
        nothing_new=plan.nothing_new,
        inputs_seen=plan.read.inputs_seen,
        articles=len(tables["articles"]),
        articles_new=len(plan.new_ids),
        articles_updated=len(plan.updated_ids),
        articles_reused=len(plan.reused_ids),
        skipped_language=extracted.skipped_language,
        rows={name: len(df) for name, df in tables.items()},
        quarantined=len(quarantine),
        quarantine_reasons=list(zip(quarantine["source_ref"], quarantine["reason"], strict=True)),
        extractor_version=extractor_version(),
    )


def run_pipeline(
    raw_dir: Path,
    warehouse_dir: Path,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = 64,
    articles_per_batch: int = 500,
    full_refresh: bool = False,
    wait: bool = False,
    timings: dict[str, float] | None = None,
) -> RunSummary:
    """The whole run without Prefect (a notebook, a test, a worker): the same steps as the
    flow in `pipeline_flow.py`, in the same order, under the warehouse lock. `timings`, when
    given, receives the seconds of each stage: plan (read and compare), extract, finish
    (assemble and validate) and write."""
    stages = timings if timings is not None else {}
    with warehouse_lock(warehouse_dir, wait=wait):
        with _timed(stages, "plan"):
            plan = plan_run(raw_dir, warehouse_dir, new_run_id(), full_refresh=full_refresh)
        if plan.nothing_new:
            return summarize(plan, raw_dir, warehouse_dir, None, Extracted(), plan.previous.tables)
        total = len(plan.to_extract)
        with _timed(stages, "extract"):
            parts = [
                extract_articles(
                    batch,
                    plan.run_id,
                    model=model,
                    n_process=n_process,
                    batch_size=batch_size,
                    run_total=total,
                    run_done=index * articles_per_batch,
                )
                for index, batch in enumerate(batches(plan.to_extract, articles_per_batch))
            ]
            extracted = merge_extracted(parts)
        with _timed(stages, "finish"):
            tables = finish_run(plan, extracted)
        with _timed(stages, "write"):
            database = write_tables(tables, warehouse_dir, plan.run_id)
        return summarize(plan, raw_dir, warehouse_dir, database, extracted, tables)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
