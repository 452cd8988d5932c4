"""End to end: the Prefect flow over a temporary raw folder, under one test harness."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from flows.settings import configure_prefect_environment

configure_prefect_environment()

from prefect.testing.utilities import prefect_test_harness  # noqa: E402

from flows.cli import main  # noqa: E402
from flows.pipeline_flow import newsfacts_flow  # noqa: E402
from flows.warehouse import query  # noqa: E402
from schemas import TABLES  # noqa: E402

SEED = Path(__file__).parent / "gold" / "articles" / "us-china-fentanyl-talks.txt"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    with prefect_test_harness(server_startup_timeout=90):
        yield


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
