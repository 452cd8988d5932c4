"""The Prefect flow: thin tasks, each calling one plain function of `flows.pipeline`.

A task is a batch of articles, never one article: Prefect's bookkeeping per task run is
small beside the language model only when a task carries many articles. With the default
runner, one task streams all the run's articles through `n_process` worker processes (the
model and the extractors, a few articles at a time) and writes every `ARTICLES_PER_TASK`
(200) as they come (`pipeline.extract_and_write`), so the processes start once. With a Dask
task runner (`with_task_runner("dask")`), one extract task per 200 articles is submitted to
the workers in parallel, and each batch is written in the flow's process as soon as it is
back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, cast

from prefect import Flow, flow, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows import objectstore, pipeline, report
from flows.lock import warehouse_lock
from flows.normalize import Article
from flows.settings import Settings
from flows.workers import batches, submit_ahead

ARTICLES_PER_TASK = pipeline.ARTICLES_PER_BATCH

#: Every run publishes its summary as a table artifact under this key (UI: Artifacts).
SUMMARY_ARTIFACT_KEY = "newsfacts-run-summary"

#: The task runners `with_task_runner` knows.
TASK_RUNNERS = ("default", "dask")


@task(name="sync raw from the object store", cache_policy=NO_CACHE)
def sync_raw_task(url: str, cache_dir: Path) -> Path:
    return objectstore.sync_raw(url, cache_dir)


@task(name="pull warehouse from the object store", cache_policy=NO_CACHE)
def pull_task(url: str, warehouse_dir: Path) -> None:
    objectstore.pull_warehouse(url, warehouse_dir)


@task(name="push warehouse to the object store", cache_policy=NO_CACHE)
def push_task(warehouse_dir: Path, url: str) -> None:
    objectstore.push_warehouse(warehouse_dir, url)


@task(name="plan the run", cache_policy=NO_CACHE)
def plan_task(
    raw_dir: Path, warehouse_dir: Path, run_id: str, full_refresh: bool, processes: int
) -> pipeline.Plan:
    return pipeline.plan_run(
        raw_dir, warehouse_dir, run_id, full_refresh=full_refresh, processes=processes
    )


@task(name="extract a batch of articles", cache_policy=NO_CACHE)
def extract_task(
    articles: list[Article],
    run_id: str,
    model: str,
    n_process: int,
    batch_size: int,
    run_total: int | None = None,
    run_done: int = 0,
) -> pipeline.Extracted:
    return pipeline.extract_articles(
        articles,
        run_id,
        model=model,
        n_process=n_process,
        batch_size=batch_size,
        run_total=run_total,
        run_done=run_done,
    )


@task(name="extract and write the articles", cache_policy=NO_CACHE)
def extract_and_write_task(
    plan: pipeline.Plan,
    writer: pipeline.RunWriter,
    model: str,
    n_process: int,
    batch_size: int,
    articles_per_batch: int,
) -> None:
    pipeline.extract_and_write(
        plan,
        writer,
        model=model,
        n_process=n_process,
        batch_size=batch_size,
        articles_per_batch=articles_per_batch,
    )


@task(name="validate and write a batch", cache_policy=NO_CACHE)
def write_batch_task(
    writer: pipeline.RunWriter, articles: list[Article], extracted: pipeline.Extracted
) -> None:
    writer.add_batch(articles, extracted)


@task(name="publish the warehouse", cache_policy=NO_CACHE)
def commit_task(writer: pipeline.RunWriter, raw_dir: Path) -> pipeline.RunSummary:
    return writer.commit(raw_dir)


@task(name="write run report", cache_policy=NO_CACHE)
def report_task(warehouse_dir: Path, run_id: str, summary: pipeline.RunSummary) -> Path:
    return report.write_run_report(warehouse_dir, run_id, summary)


def _runner(runner: object) -> TaskRunner[PrefectFuture[Any]]:
    """Prefect's task runner generics do not line up with `flow(task_runner=...)`."""
    return cast("TaskRunner[PrefectFuture[Any]]", runner)


# One worker: batches run one after another here (each uses n_process worker processes), as
# a direct call would; threads would only share the GIL and multiply the worker processes.
@flow(name="newsfacts", log_prints=True, task_runner=_runner(ThreadPoolTaskRunner(max_workers=1)))
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
    `full_refresh` re-extracts every article. Either folder may be an s3://bucket/prefix URL:
    the raw objects are mirrored into the local cache, and the warehouse is pulled into a
    local working folder and pushed back after the run (flows/objectstore.py)."""
    settings = Settings.from_env()
    raw_location = raw_dir or settings.raw_location
    warehouse_location = warehouse_dir or settings.warehouse_location
    remote = objectstore.is_remote(warehouse_location)
    if objectstore.is_remote(raw_location):
        raw = sync_raw_task(raw_location, settings.cache_dir)
    else:
        raw = Path(raw_location)
    if remote:
        warehouse = objectstore.warehouse_folder(warehouse_location, settings.cache_dir)
    else:
        warehouse = Path(warehouse_location)
    with warehouse_lock(warehouse, wait=wait):
        if remote:
            pull_task(warehouse_location, warehouse)
        processes = n_process or settings.n_process
        plan = plan_task(raw, warehouse, pipeline.new_run_id(), full_refresh, processes)
        if plan.nothing_new:
            summary = pipeline.summarize_unchanged(plan, raw, warehouse)
        else:
            writer = pipeline.RunWriter(plan, warehouse)
            options = (
                model or settings.model,
                processes,
                batch_size or settings.batch_size,
                articles_per_task,
            )
            if _runs_here():
                extract_and_write_task(plan, writer, *options)
            else:
                _extract_batches_and_write(plan, writer, *options)
            summary = commit_task(writer, raw)
            summary.report = report_task(warehouse, plan.run_id, summary)
        if remote:  # writes nothing when the snapshot is published already (nothing new)
            push_task(warehouse, warehouse_location)
    create_table_artifact(
        key=SUMMARY_ARTIFACT_KEY,
        table=summary.as_table(),
        description=f"newsfacts run {summary.run_id}: {summary.articles} articles, "
        f"{summary.quarantined} quarantined",
    )
    return summary


def _runs_here() -> bool:
    """Whether the flow's task runner runs tasks in this process (the default runner), where
    one task streaming every article through the worker processes is fastest; on Dask,
    batches go to the workers in parallel."""
    context = FlowRunContext.get()
    return context is not None and isinstance(context.task_runner, ThreadPoolTaskRunner)


def _extract_batches_and_write(
    plan: pipeline.Plan,
    writer: pipeline.RunWriter,
    model: str,
    n_process: int,
    batch_size: int,
    articles_per_task: int,
) -> None:
    """Submit one extract task per batch of articles, and write each batch as soon as it is
    back, then let it go. At most `DASK_BATCHES_AHEAD` batches are out at a time, so the flow
    holds their texts and rows, never those of the whole run."""
    stored = batches(plan.to_extract, articles_per_task)
    loaded = enumerate(plan.read.load(b) for b in stored)

    def submit(numbered: tuple[int, list[Article]]) -> PrefectFuture[pipeline.Extracted]:
        index, batch = numbered
        return extract_task.submit(
            batch,
            plan.run_id,
            model,
            n_process,
            batch_size,
            len(plan.to_extract),
            index * articles_per_task,
        )

    for (_, batch), future in submit_ahead(loaded, submit, DASK_BATCHES_AHEAD):
        write_batch_task(writer, batch, future.result())


#: Extract batches sent to Dask and not yet written: enough to keep a cluster of a dozen
#: workers busy, few enough that the flow's memory does not grow with the run.
DASK_BATCHES_AHEAD = 16


def with_task_runner(
    runner: str = "default", *, dask_address: str | None = None, dask_workers: int | None = None
) -> Flow[..., pipeline.RunSummary]:
    """The flow with its extract batches on a task runner: "default" (one after another in
    this process) or "dask" (in parallel on the Dask cluster at `dask_address`, else on a
    LocalCluster of `dask_workers` single-threaded processes, by default one per core). The
    tables are the same either way."""
    if runner == "default":
        return newsfacts_flow
    if runner != "dask":
        raise ValueError(f"unknown task runner {runner!r}; known: {', '.join(TASK_RUNNERS)}")
    # Dask's own INFO lines (some 30 a run) would drown the progress; the workers inherit it
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return newsfacts_flow.with_options(
            task_runner=_runner(DaskTaskRunner(address=dask_address))
        )
    cluster: dict[str, Any] = {
        "n_workers": dask_workers,
        "threads_per_worker": 1,
        "processes": True,
    }
    return newsfacts_flow.with_options(task_runner=_runner(DaskTaskRunner(cluster_kwargs=cluster)))
