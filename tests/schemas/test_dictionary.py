"""The data dictionary comes from the pandera models, and the committed copy cannot drift."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import KEYS, TABLES
from schemas.arrow import arrow_schema
from schemas.dictionary import (
    DATAPACKAGE,
    README,
    datapackage,
    describe_tables,
    frictionless_type,
    main,
    markdown,
    write_warehouse_docs,
)
from schemas.enums import EVENT_STATUSES, PARTICIPANT_KINDS, PLOVER_EVENT_TYPES

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"


def test_committed_dictionary_is_the_generated_one() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == markdown(), (
        "docs/data-dictionary.md is out of date with schemas/: run `make docs`"
    )


def test_markdown_has_every_table_and_column_with_its_type() -> None:
    text = markdown()
    for name, model in TABLES.items():
        assert f"\n## {name}\n" in text
        assert " ".join(model.__doc__.split()[:4]) in " ".join(text.split())  # type: ignore[union-attr]
        for field in arrow_schema(model):
            assert f"| `{field.name}` |" in text, f"{name}.{field.name}"
    assert "| `published_at` | timestamp[us, tz=UTC] | yes |" in text
    assert "| `event_date` | date32[day] | yes |" in text


def test_allowed_values_come_with_their_meanings() -> None:
    text = markdown()
    for enum in (PARTICIPANT_KINDS, PLOVER_EVENT_TYPES, EVENT_STATUSES):
        for value, meaning in enum.items():
            assert f"| `{value}` | {meaning} |" in text


def test_every_column_has_an_example_of_its_type() -> None:
    python_types = {"string": str, "integer": int, "number": float, "boolean": bool}
    for doc in describe_tables():
        for column in doc.columns:
            assert column.example is not None, f"{doc.name}.{column.name} has no example"
            kind = frictionless_type(column.arrow_type)
            if kind in python_types:
                assert isinstance(column.example, python_types[kind]), (doc.name, column.name)
            if kind == "array":
                assert isinstance(column.example, list), (doc.name, column.name)
            if column.allowed:
                assert column.example in column.allowed, (doc.name, column.name)


def test_datapackage_describes_every_table_and_column() -> None:
    package = datapackage()
    json.dumps(package)  # serialisable as it is
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(TABLES)
    for name, model in TABLES.items():
        resource = resources[name]
        assert resource["path"] == f"{name}/*.parquet"
        assert resource["format"] == "parquet"
        fields = {f["name"]: f for f in resource["schema"]["fields"]}
        assert list(fields) == arrow_schema(model).names
        for column, spec in model.to_schema().columns.items():
            assert fields[column]["description"] == spec.description
            assert fields[column]["constraints"]["required"] is not spec.nullable
        if name in KEYS:
            assert resource["schema"]["primaryKey"] == [KEYS[name]]
    events = {f["name"]: f for f in resources["events"]["schema"]["fields"]}
    assert events["event_type"]["constraints"]["enum"] == list(PLOVER_EVENT_TYPES)
    assert events["event_date"]["type"] == "date"
    assert events["mention_count"]["constraints"]["minimum"] == 1
    participants = {f["name"]: f for f in resources["participants"]["schema"]["fields"]}
    assert participants["aliases"]["type"] == "array"
    assert {
        "fields": "article_id",
        "reference": {"resource": "articles", "fields": "article_id"},
    } in (resources["quotes"]["schema"]["foreignKeys"])
    assert resources["event_participants"]["schema"]["primaryKey"] == [
        "event_id",
        "participant_id",
        "role",
    ]


def test_warehouse_docs_are_written_beside_the_tables(tmp_path: Path) -> None:
    readme, package = write_warehouse_docs(tmp_path)
    assert readme == tmp_path / README and package == tmp_path / DATAPACKAGE
    assert readme.read_text(encoding="utf-8") == markdown()
    assert json.loads(package.read_text(encoding="utf-8")) == datapackage()
    assert not list(tmp_path.glob(".*.tmp"))


def test_main_writes_or_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "docs" / "dictionary.md"
    assert main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == markdown()
    assert main([]) == 0
    assert capsys.readouterr().out == markdown()
