"""The Prefect flow: thin tasks, each calling one plain function of `flows.pipeline`.

A task is a batch of articles, never one article: Prefect's bookkeeping per task run is
small beside the language model only when a task carries many articles.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import pipeline
from flows.settings import Settings

ARTICLES_PER_TASK = 500


@task(name="read raw articles", cache_policy=NO_CACHE)
def read_task(raw_dir: Path, run_id: str) -> pipeline.ReadResult:
    return pipeline.read_articles(raw_dir, run_id)


@task(name="extract a batch of articles", cache_policy=NO_CACHE)
def extract_task(
    articles: list, run_id: str, model: str, n_process: int, batch_size: int
) -> pipeline.Extracted:
    return pipeline.extract_articles(
        articles, run_id, model=model, n_process=n_process, batch_size=batch_size
    )


@task(name="validate tables", cache_policy=NO_CACHE)
def validate_task(
    read: pipeline.ReadResult, extracted: pipeline.Extracted, run_id: str, warehouse_dir: Path
) -> dict:
    tables = pipeline.assemble_tables(
        read, extracted, run_id, previous_articles=pipeline.previous_articles(warehouse_dir)
    )
    return pipeline.validate_and_quarantine(tables, run_id)


@task(name="write warehouse", cache_policy=NO_CACHE)
def write_task(tables: dict, warehouse_dir: Path, run_id: str) -> Path:
    return pipeline.write_tables(tables, warehouse_dir, run_id)


@flow(name="newsfacts", log_prints=True)
def newsfacts_flow(
    raw_dir: str | None = None,
    warehouse_dir: str | None = None,
    model: str | None = None,
    n_process: int | None = None,
    batch_size: int | None = None,
    articles_per_task: int = ARTICLES_PER_TASK,
) -> pipeline.RunSummary:
    """Read every article under raw_dir, extract the four tables, validate them and publish
    them to warehouse_dir as Parquet with DuckDB views. Rebuilds the whole warehouse."""
    settings = Settings.from_env()
    raw = Path(raw_dir) if raw_dir else settings.raw_dir
    warehouse = Path(warehouse_dir) if warehouse_dir else settings.warehouse_dir
    run_id = pipeline.new_run_id()
    read = read_task(raw, run_id)
    parts = [
        extract_task(
            list(batch),
            run_id,
            model or settings.model,
            n_process or settings.n_process,
            batch_size or settings.batch_size,
        )
        for batch in pipeline.batches(read.articles, articles_per_task)
    ]
    extracted = pipeline.merge_extracted(parts)
    tables = validate_task(read, extracted, run_id, warehouse)
    database = write_task(tables, warehouse, run_id)
    return pipeline.summarize(run_id, raw, warehouse, database, read, extracted, tables)
