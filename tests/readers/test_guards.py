"""Guards around reading a file: size and word caps, permissions, paths leading outside the
raw folder, and the formats registered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.readers import READERS, RawArticle, ReadFailure, read_file, read_raw
from flows.settings import DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_WORDS, Settings


def _failures(items: list[RawArticle | ReadFailure]) -> dict[str, str]:
    return {i.source_ref: i.reason for i in items if isinstance(i, ReadFailure)}


@pytest.mark.parametrize("suffix", [".html", ".htm", ".json", ".jsonl", ".txt", ".md"])
def test_formats_are_registered(suffix: str) -> None:
    assert suffix in READERS


def test_caps_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSFACTS_MAX_INPUT_BYTES", raising=False)
    monkeypatch.delenv("NEWSFACTS_MAX_WORDS", raising=False)
    defaults = Settings.from_env()
    assert (defaults.max_input_bytes, defaults.max_words) == (50_000_000, 100_000)
    assert (DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_WORDS) == (50_000_000, 100_000)
    monkeypatch.setenv("NEWSFACTS_MAX_INPUT_BYTES", "1000")
    monkeypatch.setenv("NEWSFACTS_MAX_WORDS", "20")
    settings = Settings.from_env()
    assert (settings.max_input_bytes, settings.max_words) == (1000, 20)


def test_file_over_the_size_cap_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n" + b"word " * 400_000)  # 2,000,006 bytes

    def never(self: Path) -> bytes:
        raise AssertionError("a file over the cap was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    [failure] = read_file(path, "big.txt", max_bytes=1_000_000)
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("file is 2 MB, over the cap of 1 MB")
    assert "NEWSFACTS_MAX_INPUT_BYTES" in failure.reason


def test_default_size_cap_on_a_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSFACTS_MAX_INPUT_BYTES", raising=False)
    path = tmp_path / "dump.jsonl"
    with path.open("wb") as sparse:  # 61 MB on paper, no space on disk
        sparse.truncate(61_234_567)
    [failure] = read_file(path, "dump.jsonl")
    assert isinstance(failure, ReadFailure)
    assert failure.reason == (
        "file is 61.2 MB, over the cap of 50 MB; split it, or raise NEWSFACTS_MAX_INPUT_BYTES"
    )


def test_size_cap_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Title\n" + "body " * 100)
    monkeypatch.setenv("NEWSFACTS_MAX_INPUT_BYTES", "100")
    [failure] = read_raw(tmp_path)
    assert isinstance(failure, ReadFailure)
    assert "over the cap of 0.0001 MB" in failure.reason


def test_article_over_the_word_cap_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "short", "title": "T", "text": "four words of text"}\n'
        '{"id": "long", "title": "T", "text": "' + "word " * 30 + '"}\n'
    )
    items = list(read_file(path, "batch.jsonl", max_words=10))
    assert [i.source_ref for i in items if isinstance(i, RawArticle)] == ["short"]
    assert _failures(items) == {
        "long": "article has 31 words, over the cap of 10 words; split it, or raise "
        "NEWSFACTS_MAX_WORDS"
    }


def test_word_cap_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Title\n" + "body " * 100)
    monkeypatch.setenv("NEWSFACTS_MAX_WORDS", "50")
    [failure] = read_raw(tmp_path)
    assert isinstance(failure, ReadFailure)
    assert "article has 101 words, over the cap of 50 words" in failure.reason


def test_unreadable_permissions_are_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\nBody.")
    path.chmod(0o000)
    if os.geteuid() == 0:  # root reads anything: emulate the denial
        monkeypatch.setattr(Path, "read_bytes", _permission_denied)
    try:
        [failure] = read_file(path, "secret.txt")
    finally:
        path.chmod(0o644)
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "cannot read the file: Permission denied"


def _permission_denied(self: Path) -> bytes:
    raise PermissionError(13, "Permission denied", str(self))


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text("Secret title\nSecret body.")
    return folder


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "inside.txt").write_text("Inside title\nInside body.")
    return folder


def test_symlinks_leading_outside_are_failures_and_never_read(
    raw: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (raw / "file-link.txt").symlink_to(outside / "secret.txt")
    (raw / "folder-link").symlink_to(outside, target_is_directory=True)
    read = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self.resolve().is_relative_to(raw.resolve()), f"read outside raw: {self}"
        return read(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    items = list(read_raw(raw))
    assert [i.source_ref for i in items if isinstance(i, RawArticle)] == ["inside.txt"]
    assert _failures(items) == {
        "file-link.txt": "path leads outside the raw folder",
        "folder-link": "path leads outside the raw folder",
    }


def test_path_resolving_outside_is_a_failure(raw: Path, outside: Path) -> None:
    sneaky = raw / ".." / "outside" / "secret.txt"
    [failure] = read_file(sneaky, "../outside/secret.txt", raw_dir=raw)
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "path leads outside the raw folder"
    assert failure.detail is not None and "outside/secret.txt" in failure.detail


def test_symlink_inside_the_raw_folder_is_read(raw: Path) -> None:
    (raw / "alias.txt").symlink_to(raw / "inside.txt")
    items = list(read_raw(raw))
    assert sorted(i.source_ref for i in items if isinstance(i, RawArticle)) == [
        "alias.txt",
        "inside.txt",
    ]


def test_dangling_symlink_is_reported(raw: Path) -> None:
    (raw / "gone.txt").symlink_to(raw / "deleted.txt")
    failures = _failures(list(read_raw(raw)))
    assert failures["gone.txt"].startswith("cannot read the file:")
