"""The Prefect flow: thin tasks, each calling one plain function of `flows.pipeline`.

A task is a batch of articles, never one article: Prefect's bookkeeping per task run is
small beside the language model only when a task carries many articles.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import pipeline
from flows.lock import warehouse_lock
from flows.normalize import Article
from flows.settings import Settings

ARTICLES_PER_TASK = 500


@task(name="plan the run", cache_policy=NO_CACHE)
def plan_task(raw_dir: Path, warehouse_dir: Path, run_id: str, full_refresh: bool) -> pipeline.Plan:
    return pipeline.plan_run(raw_dir, warehouse_dir, run_id, full_refresh=full_refresh)


@task(name="extract a batch of articles", cache_policy=NO_CACHE)
def extract_task(
    articles: list[Article], run_id: str, model: str, n_process: int, batch_size: int
) -> pipeline.Extracted:
    return pipeline.extract_articles(
        articles, run_id, model=model, n_process=n_process, batch_size=batch_size
    )


@task(name="assemble and validate tables", cache_policy=NO_CACHE)
def finish_task(plan: pipeline.Plan, extracted: pipeline.Extracted) -> dict[str, pd.DataFrame]:
    return pipeline.finish_run(plan, extracted)


@task(name="write warehouse", cache_policy=NO_CACHE)
def write_task(tables: dict[str, pd.DataFrame], warehouse_dir: Path, run_id: str) -> Path:
    return pipeline.write_tables(tables, warehouse_dir, run_id)


@flow(name="newsfacts", log_prints=True)
def newsfacts_flow(
    raw_dir: str | None = None,
    warehouse_dir: str | None = None,
    model: str | None = None,
    n_process: int | None = None,
    batch_size: int | None = None,
    articles_per_task: int = ARTICLES_PER_TASK,
    full_refresh: bool = False,
    wait: bool = False,
) -> pipeline.RunSummary:
    """Read what is new under raw_dir, extract the four tables from it, validate everything
    and publish the warehouse as Parquet with DuckDB views. With nothing new, changes nothing;
    `full_refresh` re-extracts every article."""
    settings = Settings.from_env()
    raw = Path(raw_dir) if raw_dir else settings.raw_dir
    warehouse = Path(warehouse_dir) if warehouse_dir else settings.warehouse_dir
    with warehouse_lock(warehouse, wait=wait):
        plan = plan_task(raw, warehouse, pipeline.new_run_id(), full_refresh)
        if plan.nothing_new:
            return pipeline.summarize(
                plan, raw, warehouse, None, pipeline.Extracted(), plan.previous.tables
            )
        parts = [
            extract_task(
                list(batch),
                plan.run_id,
                model or settings.model,
                n_process or settings.n_process,
                batch_size or settings.batch_size,
            )
            for batch in pipeline.batches(plan.to_extract, articles_per_task)
        ]
        extracted = pipeline.merge_extracted(parts)
        tables = finish_task(plan, extracted)
        database = write_task(tables, warehouse, plan.run_id)
        return pipeline.summarize(plan, raw, warehouse, database, extracted, tables)
