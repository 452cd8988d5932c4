"""Incremental, idempotent and crash-safe runs, through the plain pipeline (no Prefect)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from flows import pipeline
from flows.lock import WarehouseBusy, warehouse_lock
from flows.nlp import DEFAULT_MODEL
from flows.warehouse import SNAPSHOTS, current_snapshot, read_table
from schemas import TABLES

GOLD = Path(__file__).parent / "gold" / "articles"
ROW_TABLES = ("articles", "participants", "quotes", "statistics", "events", "event_participants")


def _records(n: int) -> list[str]:
    lines = (GOLD / "gold-articles.jsonl").read_text(encoding="utf-8").splitlines()
    return lines[:n]


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(GOLD / "us-china-fentanyl-talks.txt", folder / "seed.txt")
    (folder / "batch.jsonl").write_text("\n".join(_records(2)) + "\n", encoding="utf-8")
    return folder


def _run(raw: Path, warehouse: Path, **options: object) -> pipeline.RunSummary:
    return pipeline.run_pipeline(raw, warehouse, model=DEFAULT_MODEL, **options)  # type: ignore[arg-type]


def _tables(warehouse: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in ROW_TABLES:
        table = read_table(warehouse, name)
        assert table is not None
        table = table.drop(columns=["ingested_at"], errors="ignore")  # when, not what
        out[name] = table.astype(str).sort_values(list(table.columns)).reset_index(drop=True)
    return out


def _files(warehouse: Path) -> dict[str, float]:
    return {
        str(p.relative_to(warehouse)): p.stat().st_mtime
        for p in warehouse.rglob("*")
        if p.is_file() and p.name != ".lock"
    }


def test_nothing_new_changes_no_file(raw: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    first = _run(raw, warehouse)
    assert first.articles == 3 and first.articles_new == 3
    before = _files(warehouse)
    second = _run(raw, warehouse)
    assert second.nothing_new
    assert _files(warehouse) == before
    runs = read_table(warehouse, "runs")
    assert runs is not None and len(runs) == 1


def test_only_new_inputs_are_extracted(raw: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    _run(raw, warehouse)
    before = _tables(warehouse)
    (raw / "more.jsonl").write_text(_records(3)[2] + "\n", encoding="utf-8")
    summary = _run(raw, warehouse)
    assert (summary.articles_new, summary.articles_reused) == (1, 3)
    after = _tables(warehouse)
    old_ids = set(before["articles"]["article_id"])
    for name in ("participants", "quotes", "statistics", "events"):
        kept = after[name][after[name]["article_id"].isin(old_ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(kept, before[name], obj=name)
    runs = read_table(warehouse, "runs")
    assert runs is not None and list(runs["articles_new"]) == [3, 1]


def test_new_extractor_version_re_extracts(
    raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "warehouse"
    _run(raw, warehouse)
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "9.9.9+rules.test")
    summary = _run(raw, warehouse)
    assert (summary.articles_updated, summary.articles_reused) == (3, 0)
    articles = read_table(warehouse, "articles")
    assert articles is not None and set(articles["extractor_version"]) == {"9.9.9+rules.test"}


def test_a_snapshot_without_a_newer_column_is_re_extracted(raw: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    _run(raw, warehouse)
    snapshot = current_snapshot(warehouse)
    assert snapshot is not None
    for path in (snapshot / "statistics").glob("*.parquet"):  # as written before byte offsets
        pq.write_table(pq.read_table(path).drop_columns(["byte_start", "byte_end"]), path)
    (raw / "more.txt").write_text("Fresh news\n\nThe DEA seized 40 kilograms.\n", encoding="utf-8")
    summary = _run(raw, warehouse)
    assert (summary.articles_new, summary.articles_updated, summary.articles_reused) == (1, 3, 0)
    statistics = read_table(warehouse, "statistics")
    assert statistics is not None and statistics["byte_start"].notna().all()


def test_full_refresh_equals_a_clean_run(raw: Path, tmp_path: Path) -> None:
    incremental = tmp_path / "incremental"
    shutil.copytree(raw, tmp_path / "half")
    (tmp_path / "half" / "batch.jsonl").unlink()
    _run(tmp_path / "half", incremental)
    _run(raw, incremental)
    clean = tmp_path / "clean"
    _run(raw, clean)
    refreshed = tmp_path / "refreshed"
    shutil.copytree(incremental, refreshed, symlinks=True)
    summary = _run(raw, refreshed, full_refresh=True)
    assert summary.articles_new == 3
    for name in ("participants", "quotes", "statistics", "events", "event_participants"):
        pd.testing.assert_frame_equal(_tables(incremental)[name], _tables(clean)[name], obj=name)
        pd.testing.assert_frame_equal(_tables(refreshed)[name], _tables(clean)[name], obj=name)


def test_same_url_new_text_replaces_the_old_version(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    old = {
        "id": "v1",
        "title": "Port reopens",
        "url": "https://news.test/port",
        "text": "The port of Santos reopened on Monday after a strike.",
    }
    (raw / "a.jsonl").write_text(json.dumps(old) + "\n", encoding="utf-8")
    warehouse = tmp_path / "warehouse"
    _run(raw, warehouse)
    new = dict(old, id="v2", text="The port of Santos reopened on Tuesday after a long strike.")
    (raw / "b.jsonl").write_text(json.dumps(new) + "\n", encoding="utf-8")
    _run(raw, warehouse)
    articles = read_table(warehouse, "articles")
    assert articles is not None and list(articles["source_ref"]) == ["v2"]
    quarantine = read_table(warehouse, "quarantine")
    assert quarantine is not None and quarantine["reason"].str.contains("superseded").any()


def test_second_run_at_once_stops_with_a_clear_message(tmp_path: Path) -> None:
    with (
        warehouse_lock(tmp_path),
        pytest.raises(WarehouseBusy, match="another run"),
        warehouse_lock(tmp_path),
    ):
        pass
    with warehouse_lock(tmp_path):  # released: the next run goes ahead
        pass


_RUNNER = """
import sys
from pathlib import Path
from flows.pipeline import run_pipeline
run_pipeline(Path(sys.argv[1]), Path(sys.argv[2]), model=sys.argv[3], wait=True)
"""


def _run_and_kill(raw: Path, warehouse: Path, point: str, tmp_path: Path) -> None:
    markers = tmp_path / f"markers-{point}"
    markers.mkdir()
    env = dict(os.environ, NEWSFACTS_PAUSE_AT=point, NEWSFACTS_PAUSE_DIR=str(markers))
    process = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, str(raw), str(warehouse), DEFAULT_MODEL], env=env
    )
    try:
        deadline = time.monotonic() + 180
        while not (markers / f"{point}.reached").exists():
            assert process.poll() is None, f"run ended before reaching {point}"
            assert time.monotonic() < deadline, f"run never reached {point}"
            time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


@pytest.mark.slow
def test_kill_9_at_any_point_then_rerun_equals_a_clean_run(raw: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    _run(raw, clean)
    expected = _tables(clean)

    warehouse = tmp_path / "warehouse"
    half = tmp_path / "half"
    shutil.copytree(raw, half)
    (half / "batch.jsonl").unlink()
    _run(half, warehouse)  # a warehouse with an earlier state, to crash on top of
    before = _tables(warehouse)
    for point in ("extracting", "writing", "committing"):
        _run_and_kill(raw, warehouse, point, tmp_path)
        # a reader sees the state before the crashed run, whole
        for name, table in _tables(warehouse).items():
            pd.testing.assert_frame_equal(table, before[name], obj=f"{point}: {name}")
    _run(raw, warehouse)
    for name, table in _tables(warehouse).items():
        pd.testing.assert_frame_equal(table, expected[name], obj=name)
    snapshot = current_snapshot(warehouse)
    assert snapshot is not None
    leftovers = [p.name for p in (warehouse / SNAPSHOTS).iterdir() if p.name.endswith(".partial")]
    assert leftovers == []
    assert set(TABLES) <= {p.name for p in snapshot.iterdir()}
