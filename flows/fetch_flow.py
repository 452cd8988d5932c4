"""The Prefect flow that fetches feeds into the raw zone: one thin task calling
`flows.fetch.fetch_feeds`."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import fetch
from flows.settings import Settings


@task(name="fetch feeds", cache_policy=NO_CACHE)
def fetch_task(sources: Path, raw_dir: Path) -> fetch.FetchReport:
    return fetch.fetch_feeds(sources, raw_dir)


@flow(name="newsfacts-fetch", log_prints=True)
def fetch_flow(sources: str, raw_dir: str | None = None) -> fetch.FetchReport:
    """Fetch the feeds listed in `sources` and the pages of their new items into raw_dir."""
    raw = Path(raw_dir) if raw_dir else Settings.from_env().raw_dir
    return fetch_task(Path(sources), raw)
