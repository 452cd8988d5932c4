from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pandera.errors
import pytest

from schemas import TABLES, Participants
from schemas.arrow import arrow_schema
from schemas.validate import validate_tables


def test_every_column_has_a_description() -> None:
    for name, model in TABLES.items():
        for column, spec in model.to_schema().columns.items():
            assert spec.description, f"{name}.{column} has no description"


def test_arrow_schema_covers_every_column() -> None:
    for model in TABLES.values():
        schema = arrow_schema(model)
        assert set(schema.names) == set(model.to_schema().columns)
        assert all(field.metadata[b"description"] for field in schema)


def _article(article_id: str = "a1", text: str = "Title\n\nBody text here.") -> dict:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    return {
        "article_id": article_id,
        "source_ref": "x.txt",
        "source_refs": ["x.txt"],
        "title": "Title",
        "text": text,
        "published_at": None,
        "url": None,
        "source": None,
        "language": "en",
        "word_count": 4,
        "ingested_at": now,
        "extractor_version": "v",
    }


def _participant(**overrides: object) -> dict:
    row = {
        "participant_id": "a1:p",
        "article_id": "a1",
        "entity_id": "country:x",
        "name": "X",
        "kind": "country",
        "title": None,
        "affiliation": None,
        "aliases": ["X"],
        "mention_count": 1,
        "char_start": 7,
        "char_end": 11,
        "byte_start": 7,
        "byte_end": 11,
        "extractor_version": "v",
    }
    row.update(overrides)
    return row


def _tables(participants: list[dict]) -> dict[str, pd.DataFrame]:
    empty = {
        name: pd.DataFrame(columns=list(model.to_schema().columns))
        for name, model in TABLES.items()
    }
    empty["articles"] = pd.DataFrame([_article()])
    empty["participants"] = pd.DataFrame(participants)
    return empty


def test_participant_kind_must_be_allowed() -> None:
    with pytest.raises(pandera.errors.SchemaError):
        Participants.validate(pd.DataFrame([_participant(kind="animal")]))


def test_bad_rows_are_set_aside_with_a_reason() -> None:
    good = _participant()
    bad_kind = _participant(participant_id="a1:q", kind="animal")
    past_end = _participant(participant_id="a1:r", char_start=7, char_end=999, byte_end=999)
    orphan = _participant(participant_id="a1:s", article_id="zz")
    result = validate_tables(_tables([good, bad_kind, past_end, orphan]))
    assert list(result.tables["participants"]["participant_id"]) == ["a1:p"]
    reasons = sorted(r.reason for r in result.rejected)
    assert len(reasons) == 3
    assert any("kind" in r for r in reasons)
    assert any("past the end" in r for r in reasons)
    assert any("not an article" in r for r in reasons)


def test_extra_column_is_a_bug_not_bad_input() -> None:
    tables = _tables([_participant(surprise=1)])
    with pytest.raises(pandera.errors.SchemaErrors):
        validate_tables(tables)


def test_byte_offsets_that_do_not_match_the_characters_are_set_aside() -> None:
    text = "Zürich — “talks”\n\nBody."
    start = text.index("talks")
    good = _participant(
        char_start=start,
        char_end=start + 5,
        byte_start=len(text[:start].encode()),
        byte_end=len(text[: start + 5].encode()),
    )
    as_characters = _participant(
        participant_id="a1:q",
        char_start=start,
        char_end=start + 5,
        byte_start=start,
        byte_end=start + 5,
    )
    tables = _tables([good, as_characters])
    tables["articles"] = pd.DataFrame([_article(text=text)])
    result = validate_tables(tables)
    assert list(result.tables["participants"]["participant_id"]) == ["a1:p"]
    assert [r.reason for r in result.rejected] == [
        "byte_start/byte_end are not the UTF-8 offsets of char_start/char_end"
    ]
