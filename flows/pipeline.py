"""The pipeline's steps as plain functions: read, extract, assemble, validate, write.

The Prefect flow in `pipeline_flow.py` calls these as tasks; tests and notebooks call them
directly. Nothing here imports Prefect.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import math
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pyarrow
import pyarrow.compute as pc

from flows.extract.article import ArticleRows, extract_article
from flows.extract.lexicon import extractor_version
from flows.faults import checkpoint
from flows.lock import warehouse_lock
from flows.nlp import load_model, parse
from flows.normalize import Article, normalize_article
from flows.readcache import FOLDER as READ_CACHE
from flows.readcache import ReadCache
from flows.readers import CANNOT_READ, ReadFailure, discover, read_input
from flows.readers.base import RawArticle
from flows.settings import DEFAULT_BATCH_SIZE, Settings
from flows.textstore import StoredArticle, TextStore
from flows.warehouse import (
    SnapshotWriter,
    commit_snapshot,
    current_snapshot,
    has_current_columns,
    iter_table,
    read_table,
    row_counts,
    snapshot_id,
)
from flows.workers import batches, map_ordered, release_free_memory
from schemas import TABLES
from schemas.validate import Rejected, validate_tables

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


#: Articles validated and written together (and, with Dask, sent as one task): small enough
#: that a batch's rows of long transcripts stay small in memory, large enough that Prefect
#: sees few task runs.
ARTICLES_PER_BATCH = 200


def new_run_id(now: datetime | None = None) -> str:
    """Sortable to the millisecond and unique: '20261128T150102123Z-3fa9'."""
    return snapshot_id(now)


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
    """What reading gave: the articles (their texts in `texts`, loaded back a batch at a
    time), every source_ref of each, and the inputs set aside."""

    articles: list[StoredArticle] = field(default_factory=list)
    texts: TextStore = field(default_factory=TextStore)
    source_refs: dict[str, list[str]] = field(default_factory=dict)
    quarantine: list[Row] = field(default_factory=list)
    inputs_seen: int = 0

    def stream(self, articles: Iterable[StoredArticle]) -> Iterator[Article]:
        """The articles with their texts, one at a time."""
        return self.texts.stream(articles)

    def load(self, articles: Iterable[StoredArticle]) -> list[Article]:
        """The articles with their texts."""
        return list(self.stream(articles))


def read_articles(
    raw_dir: Path,
    run_id: str,
    *,
    processes: int = 1,
    cache: ReadCache | None = None,
    settings: Settings | None = None,
) -> ReadResult:
    """Every article under raw_dir, normalised and de-duplicated by text. Inputs that cannot
    be read become quarantine rows; a duplicate text keeps all its source_refs. With
    `processes` > 1 the texts are normalised (ftfy, language) in that many processes, in
    the order they were read, so the result is the same. With a `cache`, a file that has
    not changed since it was last read is not read again. `settings` (read from the
    environment when not given) sets the limits on an input's size and words."""
    result = ReadResult()
    by_id: dict[str, StoredArticle] = {}
    settings = settings or Settings.from_env()
    for item in _normalized_inputs(raw_dir, processes, cache or ReadCache(None), settings):
        result.inputs_seen += 1
        if isinstance(item, ReadFailure):
            result.quarantine.append(
                quarantine_row(run_id, item.source_ref, "read", item.reason, detail=item.detail)
            )
            continue
        source_ref, article, warning = item
        if warning:
            result.quarantine.append(
                quarantine_row(
                    run_id,
                    source_ref,
                    "read",
                    warning,
                    outcome="kept",
                    article_id=article.article_id,
                )
            )
        refs = result.source_refs.setdefault(article.article_id, [])
        if source_ref not in refs:
            refs.append(source_ref)
        if article.article_id not in by_id:
            by_id[article.article_id] = result.texts.put(article)
    result.articles = list(by_id.values())
    return result


Normalized = ReadFailure | tuple[str, Article, str | None]


def _normalize_item(tagged: tuple[int, RawArticle | ReadFailure]) -> tuple[int, Normalized]:
    index, item = tagged
    if isinstance(item, ReadFailure):
        return index, item
    article, warning = normalize_article(item)
    return index, (item.source_ref, article, warning)


def _normalize_items(
    tagged: list[tuple[int, RawArticle | ReadFailure]],
) -> list[tuple[int, Normalized]]:
    """A few read items normalised together: one task of the reading pool."""
    return [_normalize_item(item) for item in tagged]


#: Read items a normalising process takes at a time.
NORMALIZE_ITEMS = 8


def _retry(item: Normalized) -> bool:
    """A failure of the file system (permissions, a file gone) is not kept in the read cache:
    the next run tries the file again even if its size and time have not changed."""
    return isinstance(item, ReadFailure) and item.reason.startswith(CANNOT_READ)


def _normalized_inputs(
    raw_dir: Path, processes: int, cache: ReadCache, settings: Settings
) -> Iterator[Normalized]:
    """What each input file under raw_dir gives, file by file in order: from the cache when
    the file has not changed, else read here and normalised (in `processes` worker
    processes when more than one, not inside a daemon process such as a Dask worker, which
    may not have children). The files are read only a few items ahead of the normalising,
    so a run holds a few items at a time, not the corpus."""
    files = []
    for path in discover(raw_dir):
        relative = path.relative_to(raw_dir).as_posix()
        key = cache.key(path, relative)
        files.append((path, relative, key, cache.get(key)))

    def unread() -> Iterator[tuple[int, RawArticle | ReadFailure]]:
        for index, (path, _relative, _key, cached) in enumerate(files):
            if cached is None:
                yield from ((index, item) for item in read_input(raw_dir, path, settings))

    pooled = map_ordered(_normalize_items, batches(unread(), NORMALIZE_ITEMS), processes=processes)
    with contextlib.closing(pooled):
        normalized = (item for _, results in pooled for item in results)
        pending = next(normalized, None)
        for index, (_path, _relative, key, cached) in enumerate(files):
            if cached is None:
                cached = []
                while pending is not None and pending[0] == index:
                    cached.append(pending[1])
                    pending = next(normalized, None)
                if not any(_retry(item) for item in cached):
                    cache.put(key, cached)
            yield from cached
    cache.prune()


@dataclass
class Previous:
    """What a run needs to know of the current snapshot, read without the tables' bulk: the
    runs table and three columns of the articles. The rows a run carries over are streamed
    from `snapshot` when it writes (`RunTables.add_carried`)."""

    snapshot: Path | None
    articles: pd.DataFrame
    runs: pd.DataFrame

    @classmethod
    def load(cls, warehouse_dir: Path) -> Previous:
        runs = read_table(warehouse_dir, "runs")
        articles = read_table(warehouse_dir, "articles", columns=_PREVIOUS_ARTICLE_COLUMNS)
        if runs is None or articles is None:
            return cls.empty()
        return cls(current_snapshot(warehouse_dir), articles, runs)

    @classmethod
    def empty(cls) -> Previous:
        articles = _frame("articles", [])[list(_PREVIOUS_ARTICLE_COLUMNS)]
        return cls(None, articles, _frame("runs", []))

    def last_fingerprint(self) -> str | None:
        if self.runs.empty:
            return None
        return str(self.runs.sort_values("run_id")["inputs_fingerprint"].iloc[-1])

    def versions(self) -> dict[str, str]:
        """The extractor version of each article's rows; none (re-extract them all) when the
        snapshot lacks a column the tables have now."""
        versions = self.articles["extractor_version"]
        if self.snapshot is not None and not has_current_columns(self.snapshot):
            versions = versions.map(lambda _: "")
        return dict(zip(self.articles["article_id"], versions, strict=True))

    def first_seen(self) -> dict[str, Any]:
        return dict(zip(self.articles["article_id"], self.articles["ingested_at"], strict=True))


_PREVIOUS_ARTICLE_COLUMNS = ("article_id", "extractor_version", "ingested_at")


@dataclass
class Plan:
    """What a run has to do: the articles to extract, and the rows it carries over."""

    run_id: str
    started_at: datetime
    fingerprint: str
    nothing_new: bool
    read: ReadResult
    previous: Previous
    to_extract: list[StoredArticle] = field(default_factory=list)
    reused_ids: set[str] = field(default_factory=set)
    new_ids: set[str] = field(default_factory=set)
    updated_ids: set[str] = field(default_factory=set)
    full_refresh: bool = False


def plan_run(
    raw_dir: Path,
    warehouse_dir: Path,
    run_id: str,
    *,
    full_refresh: bool = False,
    processes: int = 1,
) -> Plan:
    """Compare the inputs with the warehouse. Unchanged inputs: nothing new, nothing read.
    Otherwise read everything and extract only the articles that are new or whose rows came
    from another extractor version; a newer text under the same URL replaces the older."""
    started_at = datetime.now(UTC)
    fingerprint = inputs_fingerprint(raw_dir)
    previous = Previous.empty() if full_refresh else Previous.load(warehouse_dir)
    if not full_refresh and previous.last_fingerprint() == fingerprint:
        return Plan(run_id, started_at, fingerprint, True, ReadResult(), previous)
    settings = Settings.from_env()
    cache = ReadCache(
        warehouse_dir / READ_CACHE,
        settings=(settings.max_input_bytes, settings.max_words),
        fresh=full_refresh,
    )
    read = read_articles(raw_dir, run_id, processes=processes, cache=cache, settings=settings)
    release_free_memory()  # reading's garbage, before the model's processes fork
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
    by_url: dict[str, list[StoredArticle]] = {}
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


@dataclass
class Extracted:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in _ROW_TABLES})
    quarantine: list[Row] = field(default_factory=list)
    skipped_language: int = 0

    def add(self, other: Extracted) -> None:
        for name in _ROW_TABLES:
            self.rows[name].extend(other.rows[name])
        self.quarantine.extend(other.quarantine)
        self.skipped_language += other.skipped_language


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


def iter_extracted(
    articles: Iterable[Article],
    run_id: str,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk: int | None = None,
    count: int | None = None,
    run_total: int | None = None,
    run_done: int = 0,
    model_needed: bool = True,
) -> Iterator[tuple[Sequence[Article], Extracted]]:
    """Run the model and the extractors over the articles and yield every `chunk` articles
    with their rows (all of them at once when `chunk` is None). `articles` may be a stream
    (taken once, a few units ahead of the model); then `count` says how many it gives. An
    article whose extraction fails is kept without rows, with a quarantine row; one in an
    unsupported language is counted and not extracted.

    With `n_process` above one, `n_process` worker processes each take `UNIT_ARTICLES`
    articles at a time through the model (`nlp.pipe`, `batch_size` documents per batch) and
    the extractors, and send back rows (flows/workers.py). No more workers start than there
    are units to give them, and none in a daemonic process (a Dask worker), which may not
    have children.

    Progress (articles done of `run_total`, the run's articles to extract, and the rate) is
    logged to the "newsfacts" logger; `run_done` is how many of them came before these.
    With `model_needed` False (no article in a supported language) the model is not loaded
    and no worker starts."""
    total = count if count is not None else len(cast(Sequence[Article], articles))
    if total == 0:
        return
    chunk = chunk or total
    n_process = min(n_process, math.ceil(total / UNIT_ARTICLES)) if model_needed else 1
    if model_needed:
        load_model(model)  # here, before any worker forks: they share it
    units = map_ordered(
        functools.partial(extract_unit, run_id=run_id, model=model, batch_size=batch_size),
        batches(articles, UNIT_ARTICLES),
        processes=n_process,
        initializer=functools.partial(load_model, model) if model_needed else None,
    )
    progress = Progress(
        run_total if run_total is not None else run_done + total,
        done=run_done,
        warmup=UNIT_ARTICLES,
    )
    part: list[Article] = []
    out = Extracted()
    for unit, results in units:
        for article, result in zip(unit, results, strict=True):
            part.append(article)
            if result.skipped_language:
                progress.done += 1
            else:
                checkpoint("extracting")
                progress.advance(article.word_count)
            out.add(result)
            if len(part) == chunk:
                yield part, out
                part, out = [], Extracted()
    if part:
        yield part, out
    progress.finish()


#: Articles a worker process takes at a time: enough for a few model batches, few enough
#: that the workers finish together at the end of a run.
UNIT_ARTICLES = 8


def extract_unit(
    articles: Sequence[Article], *, run_id: str, model: str, batch_size: int
) -> list[Extracted]:
    """The model and the extractors over a few articles, in this process: one `Extracted`
    per article, in order (a worker's task; also the whole work of a single process). The
    model's working memory goes back to the system at the end (see `release_free_memory`)."""
    results = [
        Extracted(skipped_language=int(a.language not in SUPPORTED_LANGUAGES)) for a in articles
    ]
    supported = [i for i, result in enumerate(results) if not result.skipped_language]
    docs = parse(
        [articles[i].text for i in supported],
        [articles[i].word_count for i in supported],
        model=model,
        batch_size=batch_size,
    )
    for i, doc in zip(supported, docs, strict=True):
        _extract_one(doc, articles[i], run_id, results[i])
    release_free_memory()
    return results


def _extract_one(doc: Any, article: Article, run_id: str, out: Extracted) -> None:
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
        return
    for name in _ROW_TABLES:
        out.rows[name].extend(getattr(rows, name))


def extract_articles(
    articles: Sequence[Article],
    run_id: str,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    run_total: int | None = None,
    run_done: int = 0,
) -> Extracted:
    """The rows of every article, in one `Extracted` (see `iter_extracted`): a Prefect task's
    batch, or a handful of articles in a test or notebook."""
    return merge_extracted(
        part
        for _, part in iter_extracted(
            articles,
            run_id,
            model=model,
            n_process=n_process,
            batch_size=batch_size,
            run_total=run_total,
            run_done=run_done,
            model_needed=_any_supported(articles),
        )
    )


def _any_supported(articles: Iterable[Article | StoredArticle]) -> bool:
    """Whether any article is in a language the model reads (else the model is not needed)."""
    return any(article.language in SUPPORTED_LANGUAGES for article in articles)


def merge_extracted(parts: Iterable[Extracted]) -> Extracted:
    merged = Extracted()
    for part in parts:
        merged.add(part)
    return merged


def _frame(name: str, rows: list[Row]) -> pd.DataFrame:
    columns = list(TABLES[name].to_schema().columns)
    return pd.DataFrame(rows, columns=columns)


def article_rows(plan: Plan, articles: Iterable[Article], first_seen: dict[str, Any]) -> list[Row]:
    """The `articles` rows of a run. An article keeps the ingested_at of the run that first
    read it, so that a rerun over the same inputs gives the same rows."""
    version = extractor_version()
    return [
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
        for a in articles
    ]


TableSink = Callable[[str, "pd.DataFrame | pyarrow.Table"], None]


class RunTables:
    """A run's tables, assembled and validated a batch of articles at a time and handed to
    a sink: a `SnapshotWriter` on disk, or frames in memory (`finish_run`). A run so holds
    one batch of rows at a time, whatever the size of the corpus.

    Call `add_batch` for each batch of extracted articles, `add_carried` once for the
    articles not extracted again (their rows stream from the previous snapshot), then
    `finish` for the quarantine and runs tables."""

    def __init__(self, plan: Plan, sink: TableSink) -> None:
        self.plan = plan
        self.sink = sink
        self.rows = dict.fromkeys(TABLES, 0)
        self.quarantine: list[Row] = list(plan.read.quarantine)
        self.skipped_language = 0
        self._first_seen = plan.previous.first_seen()

    def _put(self, name: str, table: pd.DataFrame | pyarrow.Table) -> None:
        self.rows[name] += table.num_rows if isinstance(table, pyarrow.Table) else len(table)
        self.sink(name, table)

    def add_batch(self, articles: Sequence[Article], extracted: Extracted) -> None:
        """Validate a batch's articles and rows together; rows that fail become quarantine."""
        tables = {
            "articles": _frame("articles", article_rows(self.plan, articles, self._first_seen))
        }
        for name in _ROW_TABLES:
            tables[name] = _frame(name, extracted.rows[name])
        self.quarantine += extracted.quarantine
        self.skipped_language += extracted.skipped_language
        validated = validate_tables(tables)
        articles_table = tables["articles"]
        refs = dict(zip(articles_table["article_id"], articles_table["source_ref"], strict=True))
        self.quarantine += [self._rejected(r, refs) for r in validated.rejected]
        for name in ("articles", *_ROW_TABLES):
            self._put(name, _sorted(name, validated.tables[name]))

    def _rejected(self, rejected: Rejected, refs: dict[str, str]) -> Row:
        return quarantine_row(
            self.plan.run_id,
            refs.get(rejected.article_id or "", rejected.article_id or "(unknown)"),
            "validate",
            rejected.reason,
            outcome="kept" if rejected.table_name != "articles" else "skipped",
            article_id=rejected.article_id,
            table_name=rejected.table_name,
            detail=rejected.detail,
        )

    def add_carried(self, chunk: int = 500) -> None:
        """The articles not extracted again, with their rows from the previous snapshot (and
        their quarantine rows of extraction and validation)."""
        reused = self.plan.reused_ids
        snapshot = self.plan.previous.snapshot
        if not reused or snapshot is None:
            return
        kept = [a for a in self.plan.read.articles if a.article_id in reused]
        for start in range(0, len(kept), chunk):
            articles = self.plan.read.load(kept[start : start + chunk])
            rows = article_rows(self.plan, articles, self._first_seen)
            self._put("articles", _frame("articles", rows))
        ids = pyarrow.array(sorted(reused), pyarrow.string())
        event_ids: list[str] = []
        for name in ("participants", "quotes", "statistics", "events"):
            for batch in iter_table(snapshot, name):
                batch = batch.filter(pc.is_in(batch["article_id"], ids))
                if name == "events":
                    event_ids += batch["event_id"].to_pylist()
                self._put(name, pyarrow.Table.from_batches([batch]))
        events = pyarrow.array(event_ids, pyarrow.string())
        for batch in iter_table(snapshot, "event_participants"):
            batch = batch.filter(pc.is_in(batch["event_id"], events))
            self._put("event_participants", pyarrow.Table.from_batches([batch]))
        for batch in iter_table(snapshot, "quarantine"):
            carried = batch.to_pandas()
            carried = carried[
                carried["article_id"].isin(reused) & carried["stage"].isin(["extract", "validate"])
            ]
            self.quarantine += carried.to_dict("records")

    def finish(self) -> dict[str, pd.DataFrame]:
        """The quarantine table and the runs table with this run's row; both go to the sink
        too. Returns them, for the run's summary."""
        plan = self.plan
        quarantine = _sorted(
            "quarantine", TABLES["quarantine"].validate(_frame("quarantine", self.quarantine))
        )
        self._put("quarantine", quarantine)
        row = {
            "run_id": plan.run_id,
            "started_at": plan.started_at,
            "finished_at": datetime.now(UTC),
            "inputs_seen": plan.read.inputs_seen,
            "articles": self.rows["articles"],
            "articles_new": len(plan.new_ids),
            "articles_updated": len(plan.updated_ids),
            "articles_reused": len(plan.reused_ids),
            "quarantined": len(quarantine),
            "rows_participants": self.rows["participants"],
            "rows_quotes": self.rows["quotes"],
            "rows_statistics": self.rows["statistics"],
            "rows_events": self.rows["events"],
            "full_refresh": plan.full_refresh,
            "inputs_fingerprint": plan.fingerprint,
            "extractor_version": extractor_version(),
        }
        runs = _concat("runs", [plan.previous.runs, _frame("runs", [row])])
        runs = _sorted("runs", TABLES["runs"].validate(runs))
        self._put("runs", runs)
        return {"quarantine": quarantine, "runs": runs}


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    if not frames:
        return _frame(name, [])
    return pd.concat(frames, ignore_index=True)


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
    """Every table of a run as DataFrames in memory, for tests, notebooks and `make eval`:
    the same assembly and validation as a run that writes, with no warehouse. Rows carried
    over from a previous snapshot are included."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}

    def keep(name: str, table: pd.DataFrame | pyarrow.Table) -> None:
        frame = table.to_pandas() if isinstance(table, pyarrow.Table) else table
        parts[name].append(frame)

    run = RunTables(plan, keep)
    run.add_batch(plan.read.load(plan.to_extract), extracted)
    run.add_carried()
    run.finish()
    return {name: _sorted(name, _concat(name, frames)) for name, frames in parts.items()}


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
    rows: dict[str, int],
    quarantine: pd.DataFrame,
    skipped_language: int = 0,
) -> RunSummary:
    return RunSummary(
        run_id=plan.run_id,
        raw_dir=raw_dir,
        warehouse_dir=warehouse_dir,
        database=database,
        nothing_new=plan.nothing_new,
        inputs_seen=plan.read.inputs_seen,
        articles=rows["articles"],
        articles_new=len(plan.new_ids),
        articles_updated=len(plan.updated_ids),
        articles_reused=len(plan.reused_ids),
        skipped_language=skipped_language,
        rows=rows,
        quarantined=len(quarantine),
        quarantine_reasons=list(zip(quarantine["source_ref"], quarantine["reason"], strict=True)),
        extractor_version=extractor_version(),
    )


def summarize_unchanged(plan: Plan, raw_dir: Path, warehouse_dir: Path) -> RunSummary:
    """The summary of a run that found nothing new: the current snapshot's counts."""
    quarantine = read_table(warehouse_dir, "quarantine")
    if quarantine is None:
        quarantine = _frame("quarantine", [])
    return summarize(plan, raw_dir, warehouse_dir, None, row_counts(warehouse_dir), quarantine)


class RunWriter:
    """A run's tables streamed into a new snapshot of the warehouse: `add_batch` as batches
    are extracted, then `commit` to add the carried-over rows, publish and index. A crash
    before `commit` leaves a partial snapshot that the next run removes."""

    def __init__(self, plan: Plan, warehouse_dir: Path) -> None:
        warehouse_dir.mkdir(parents=True, exist_ok=True)
        self.warehouse_dir = warehouse_dir
        self.snapshot = SnapshotWriter(warehouse_dir, plan.run_id)
        self.tables = RunTables(plan, self.snapshot.write)

    def add_batch(self, articles: Sequence[Article], extracted: Extracted) -> None:
        self.tables.add_batch(articles, extracted)

    def commit(self, raw_dir: Path) -> RunSummary:
        self.tables.add_carried()
        finished = self.tables.finish()
        database = commit_snapshot(self.warehouse_dir, self.snapshot.close())
        return summarize(
            self.tables.plan,
            raw_dir,
            self.warehouse_dir,
            database,
            dict(self.tables.rows),
            finished["quarantine"],
            self.tables.skipped_language,
        )


def run_pipeline(
    raw_dir: Path,
    warehouse_dir: Path,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    articles_per_batch: int = ARTICLES_PER_BATCH,
    full_refresh: bool = False,
    wait: bool = False,
    timings: dict[str, float] | None = None,
) -> RunSummary:
    """The whole run without Prefect (a notebook, a test, a worker): the same steps as the
    flow in `pipeline_flow.py`, under the warehouse lock. The articles go through the model
    in one stream; every `articles_per_batch` of them are validated and written, so memory
    holds one batch of rows. `timings`, when given, receives the seconds of each stage: plan
    (read and compare), extract (the model and the extractors), write (validate and write
    the batches, carry the unchanged rows over, publish)."""
    stages = timings if timings is not None else {}
    with warehouse_lock(warehouse_dir, wait=wait):
        with _timed(stages, "plan"):
            plan = plan_run(
                raw_dir,
                warehouse_dir,
                new_run_id(),
                full_refresh=full_refresh,
                processes=n_process,
            )
        if plan.nothing_new:
            return summarize_unchanged(plan, raw_dir, warehouse_dir)
        writer = RunWriter(plan, warehouse_dir)
        extract_and_write(
            plan,
            writer,
            model=model,
            n_process=n_process,
            batch_size=batch_size,
            articles_per_batch=articles_per_batch,
            timings=stages,
        )
        with _timed(stages, "write"):
            return writer.commit(raw_dir)


def extract_and_write(
    plan: Plan,
    writer: RunWriter,
    *,
    model: str,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    articles_per_batch: int = ARTICLES_PER_BATCH,
    timings: dict[str, float] | None = None,
) -> None:
    """The run's articles through the model in one stream, every `articles_per_batch` of
    them validated and written as they come: the model's processes start once per run."""
    stages = timings if timings is not None else {}
    parts = iter_extracted(
        plan.read.stream(plan.to_extract),
        plan.run_id,
        count=len(plan.to_extract),
        model=model,
        n_process=n_process,
        batch_size=batch_size,
        chunk=articles_per_batch,
        model_needed=_any_supported(plan.to_extract),
    )
    while True:
        with _timed(stages, "extract"):
            part = next(parts, None)
        if part is None:
            return
        with _timed(stages, "write"):
            writer.add_batch(*part)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
