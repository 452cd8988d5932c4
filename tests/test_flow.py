"""End to end: the Prefect flow over a temporary raw folder, under one test harness."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from flows.settings import configure_prefect_environment

configure_prefect_environment()


from flows import pipeline_flow  # noqa: E402
from flows.cli import main  # noqa: E402
from flows.pipeline_flow import (  # noqa: E402
    SUMMARY_ARTIFACT_KEY,
    newsfacts_flow,
    with_task_runner,
)
from flows.warehouse import query  # noqa: E402
from schemas import TABLES  # noqa: E402

SEED = Path(__file__).parent / "gold" / "articles" / "us-china-fentanyl-talks.txt"


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / "notes.md").write_text("---\ntitle: [broken\n---\nbody", encoding="utf-8")
    return folder


def _snapshot(warehouse: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in TABLES:
        columns, rows = query(warehouse, f"select * from {name}")
        frame = pd.DataFrame(rows, columns=columns)
        drop = [c for c in ("run_id", "quarantined_at") if c in frame]
        out[name] = frame.drop(columns=drop).astype(str)
    return out


@pytest.mark.slow
def test_flow_end_to_end_and_idempotent(prefect_harness: None, raw: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    summary = newsfacts_flow(raw_dir=str(raw), warehouse_dir=str(warehouse))
    assert summary.articles == 1
    assert summary.quarantined == 1
    for name in ("participants", "quotes", "statistics", "events", "event_participants"):
        assert summary.rows[name] > 0, name
    first = _snapshot(warehouse)
    _, kinds = query(warehouse, "select kind, count(*) from participants group by 1")
    assert {kind for kind, _ in kinds} >= {"country", "organization", "person"}

    newsfacts_flow(raw_dir=str(raw), warehouse_dir=str(warehouse))
    second = _snapshot(warehouse)
    for name in TABLES:
        pd.testing.assert_frame_equal(first[name], second[name], obj=name)


@pytest.mark.slow
def test_cli_run_and_query(
    prefect_harness: None, raw: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warehouse = tmp_path / "wh"
    assert main(["run", "--raw", str(raw), "--warehouse", str(warehouse)]) == 0
    out = capsys.readouterr()
    assert "quarantined:   1" in out.out and "warning:" in out.err
    assert main(["run", "--raw", str(raw), "--warehouse", str(warehouse), "--strict"]) == 1
    capsys.readouterr()
    sql = "select kind, count(*) as n from participants group by 1 order by 1"
    assert main(["query", sql, "--warehouse", str(warehouse), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "kind,n" and len(lines) > 2
    assert main(["query", "select nope", "--warehouse", str(warehouse)]) == 2
    assert main(["run", "--raw", str(tmp_path / "missing")]) == 2


def _run_rows(warehouse: Path) -> dict[str, pd.DataFrame]:
    """The tables without what differs from run to run (ids and times of the run)."""
    out = {}
    for name, frame in _snapshot(warehouse).items():
        drop = [c for c in ("ingested_at", "started_at", "finished_at") if c in frame]
        frame = frame.drop(columns=drop)
        out[name] = frame.sort_values(list(frame.columns)).reset_index(drop=True)
    return out


@pytest.mark.slow
def test_flow_with_worker_processes_gives_the_tables_of_one_process(
    prefect_harness: None, tmp_path: Path
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    gold = (SEED.parent / "gold-articles.jsonl").read_text(encoding="utf-8").splitlines()
    (raw / "gold.jsonl").write_text("\n".join(gold[:9]) + "\n", encoding="utf-8")
    one = newsfacts_flow(raw_dir=str(raw), warehouse_dir=str(tmp_path / "one"), n_process=1)
    two = newsfacts_flow(raw_dir=str(raw), warehouse_dir=str(tmp_path / "two"), n_process=2)
    assert two.articles == one.articles == 10 and two.rows == one.rows
    expected = _run_rows(tmp_path / "one")
    for name, table in _run_rows(tmp_path / "two").items():
        pd.testing.assert_frame_equal(table, expected[name], obj=name)


@pytest.mark.slow
def test_flow_on_dask_gives_the_same_tables_and_a_summary_artifact(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterKey,
        LogFilter,
        LogFilterFlowRunId,
    )
    from prefect_dask import DaskTaskRunner

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    gold = (SEED.parent / "gold-articles.jsonl").read_text(encoding="utf-8").splitlines()
    (raw / "gold.jsonl").write_text("\n".join(gold[:3]) + "\n", encoding="utf-8")
    options = {"raw_dir": str(raw), "articles_per_task": 1, "n_process": 1}

    def progress_logged(run_id: str, expected: int) -> list[str]:
        """The progress lines in the logs of the run whose summary artifact names run_id,
        once `expected` have arrived (logs reach the API in batches) or after 30 s."""
        with get_client(sync_client=True) as client:
            artifacts = client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[SUMMARY_ARTIFACT_KEY]))
            )
            ours = [a for a in artifacts if run_id in str(a.data)]
            assert len(ours) == 1 and ours[0].flow_run_id is not None
            deadline = time.monotonic() + 30
            while True:
                run_logs = client.read_logs(
                    LogFilter(flow_run_id=LogFilterFlowRunId(any_=[ours[0].flow_run_id]))
                )
                lines = [log.message for log in run_logs if log.name == "newsfacts"]
                if len(lines) >= expected or time.monotonic() > deadline:
                    return lines
                time.sleep(1)

    local = newsfacts_flow(warehouse_dir=str(tmp_path / "local"), **options)
    lines = progress_logged(local.run_id, 4)
    assert any(line.startswith("extracted 4/4 articles") for line in lines), lines

    on_dask = with_task_runner("dask", dask_workers=2)
    assert isinstance(on_dask.task_runner, DaskTaskRunner)
    assert on_dask.task_runner.cluster_kwargs == {
        "n_workers": 2,
        "threads_per_worker": 1,
        "processes": True,
    }
    monkeypatch.setattr(pipeline_flow, "DASK_BATCHES_AHEAD", 2)  # 4 batches, 2 out at a time
    remote = on_dask(warehouse_dir=str(tmp_path / "dask"), **options)
    assert remote.articles == local.articles == 4
    lines = progress_logged(remote.run_id, 4)  # logged in the workers, one task per article
    assert sorted(line.split()[1] for line in lines) == ["1/4", "2/4", "3/4", "4/4"], lines
    first, second = _run_rows(tmp_path / "local"), _run_rows(tmp_path / "dask")
    for name in TABLES:
        pd.testing.assert_frame_equal(first[name], second[name], obj=name)
