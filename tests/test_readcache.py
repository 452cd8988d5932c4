"""A run reads only the input files that changed since the last read; the result is the same
as reading everything."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flows import pipeline, readers
from flows.readcache import FOLDER, ReadCache

STORY = "Talks in Geneva\n\nOfficials from {n} countries met in Geneva on Monday to discuss trade."


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for n in range(4):
        (folder / f"story-{n}.txt").write_text(STORY.format(n=n + 2))
    (folder / "empty.txt").write_text("")
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source_refs of the files read from disk."""
    seen: list[str] = []
    real = pipeline.read_input

    def counting(raw_dir: Path, path: Path, settings: Any) -> Iterator[Any]:
        seen.append(path.relative_to(raw_dir).as_posix())
        return real(raw_dir, path, settings)

    monkeypatch.setattr(pipeline, "read_input", counting)
    return seen


def _plan(raw: Path, warehouse: Path, *, full_refresh: bool = False) -> pipeline.Plan:
    return pipeline.plan_run(raw, warehouse, "run", full_refresh=full_refresh)


def _without_time(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "quarantined_at"} for row in rows]


def test_unchanged_files_are_not_read_again(raw: Path, tmp_path: Path, reads: list[str]) -> None:
    warehouse = tmp_path / "warehouse"
    first = _plan(raw, warehouse)
    assert sorted(reads) == ["empty.txt", *(f"story-{n}.txt" for n in range(4))]
    reads.clear()
    (raw / "story-9.txt").write_text(STORY.format(n=99))
    second = _plan(raw, warehouse)
    assert reads == ["story-9.txt"]
    fresh = pipeline.read_articles(raw, "run")  # no cache: everything read
    assert second.read.load(second.read.articles) == fresh.load(fresh.articles)
    assert len(fresh.articles) == 5
    assert second.read.source_refs == fresh.source_refs
    assert _without_time(second.read.quarantine) == _without_time(fresh.quarantine)
    assert second.read.inputs_seen == fresh.inputs_seen == first.read.inputs_seen + 1


def test_a_changed_file_is_read_again(raw: Path, tmp_path: Path, reads: list[str]) -> None:
    warehouse = tmp_path / "warehouse"
    _plan(raw, warehouse)
    reads.clear()
    story = raw / "story-1.txt"
    story.write_text(STORY.format(n=42))
    stat = story.stat()
    os.utime(story, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    plan = _plan(raw, warehouse)
    assert reads == ["story-1.txt"]
    texts = [a.text for a in plan.read.load(plan.read.articles)]
    assert any("42 countries" in text for text in texts)
    assert not any("3 countries" in text for text in texts)


def test_full_refresh_reads_everything(raw: Path, tmp_path: Path, reads: list[str]) -> None:
    warehouse = tmp_path / "warehouse"
    _plan(raw, warehouse)
    reads.clear()
    _plan(raw, warehouse, full_refresh=True)
    assert len(reads) == 5


def test_entries_of_removed_files_are_pruned(raw: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    _plan(raw, warehouse)
    assert len(list((warehouse / FOLDER).iterdir())) == 5
    (raw / "story-0.txt").unlink()
    _plan(raw, warehouse)
    assert len(list((warehouse / FOLDER).iterdir())) == 4


def test_a_damaged_entry_is_read_afresh(raw: Path, tmp_path: Path, reads: list[str]) -> None:
    warehouse = tmp_path / "warehouse"
    first = _plan(raw, warehouse)
    for entry in (warehouse / FOLDER).iterdir():
        entry.write_bytes(b"not a pickle")
    reads.clear()
    again = _plan(raw, warehouse)
    assert len(reads) == 5
    assert again.read.load(again.read.articles) == first.read.load(first.read.articles)


def test_the_key_changes_with_the_reading_settings(raw: Path, tmp_path: Path) -> None:
    path = raw / "story-0.txt"
    keys = {
        ReadCache(tmp_path, settings=caps).key(path, "story-0.txt")
        for caps in [(1000, 10), (1000, 20), (2000, 10)]
    }
    assert len(keys) == 3
    assert ReadCache(None).key(path, "story-0.txt") is None


def test_a_file_that_could_not_be_read_is_tried_again(
    raw: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = readers._read_bytes

    def denied(path: Path, max_bytes: int) -> bytes:
        if path.name == "story-2.txt":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path, max_bytes)

    warehouse = tmp_path / "warehouse"
    monkeypatch.setattr(readers, "_read_bytes", denied)
    first = _plan(raw, warehouse)
    assert any(q["source_ref"] == "story-2.txt" for q in first.read.quarantine)
    monkeypatch.setattr(readers, "_read_bytes", real)
    reads.clear()
    again = _plan(raw, warehouse)
    assert reads == ["story-2.txt"]
    assert not any(q["source_ref"] == "story-2.txt" for q in again.read.quarantine)
