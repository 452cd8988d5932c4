"""`newsfacts export`: one file per base table and analyst view, written atomically."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.cli import main
from flows.export import export_warehouse
from flows.views import VIEWS
from schemas import TABLES
from tests.tiny_warehouse import build_tiny_warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_warehouse(tmp_path_factory.mktemp("tiny"))


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_parquet_export_writes_every_table_and_view(warehouse: Path, tmp_path: Path) -> None:
    paths = export_warehouse(warehouse, tmp_path / "out", "parquet")
    expected = {f"{name}.parquet" for name in [*TABLES, *VIEWS]}
    assert {p.name for p in paths} == expected
    assert _names(tmp_path / "out") == expected  # and no temporary file left behind
    participants = pq.read_table(tmp_path / "out" / "participants.parquet")
    assert participants.num_rows == 5
    assert participants.column("aliases").to_pylist()[0] == ["U.S.", "United States"]
    assert pq.read_table(tmp_path / "out" / "claims.parquet").num_rows == 2


def test_csv_export_joins_lists_and_keeps_rows(warehouse: Path, tmp_path: Path) -> None:
    export_warehouse(warehouse, tmp_path, "csv")
    with (tmp_path / "participants.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5
    assert rows[0]["aliases"] == "U.S.; United States"
    with (tmp_path / "events_flat.csv").open(encoding="utf-8") as handle:
        events = {r["event_type"]: r for r in csv.DictReader(handle)}
    assert events["SANCTION"]["targets"] == "China"
    with (tmp_path / "articles.csv").open(encoding="utf-8") as handle:
        articles = list(csv.DictReader(handle))
    assert articles[0]["published_at"].startswith("2024-01-15 12:00:00")


def test_export_replaces_files_of_an_earlier_export(warehouse: Path, tmp_path: Path) -> None:
    (tmp_path / "claims.csv").write_text("stale\n", encoding="utf-8")
    export_warehouse(warehouse, tmp_path, "csv")
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8").startswith("claim_key,")


def test_export_rejects_an_unknown_format(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="parquet, csv"):
        export_warehouse(warehouse, tmp_path, "xlsx")


def test_cli_export(warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "exports"
    argv = ["export", "--format", "csv", "--out", str(out), "--warehouse", str(warehouse)]
    assert main(argv) == 0
    assert f"{len(TABLES) + len(VIEWS)} csv file(s)" in capsys.readouterr().out
    assert (out / "quotes_flat.csv").is_file()
    assert main(["export", "--out", str(out), "--warehouse", str(tmp_path / "none")]) == 2
    assert "newsfacts run" in capsys.readouterr().err
