"""The shared corpus files read end to end: every record is an article or a quarantine row.

Skipped when the shared corpus is not beside the clone (`../shared/corpus`)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from flows import pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_TAG = re.compile(r"</?(?:p|div|span|strong|em|a|br|h[1-6])\b", re.IGNORECASE)


def _record_ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["id"] for line in lines if line.strip()]


@pytest.mark.parametrize(
    ("name", "records", "html"),
    [("doj-raw-html.jsonl", 100, True), ("whitehouse-drugs-long.jsonl", 60, False)],
)
def test_every_record_is_accounted_for(tmp_path: Path, name: str, records: int, html: bool) -> None:
    source = CORPUS / name
    if not source.is_file():
        pytest.skip(f"shared corpus not found: {source}")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(source, raw / name)  # a copy: a link would lead outside the raw folder
    ids = _record_ids(source)
    assert len(ids) == records

    read = pipeline.read_articles(raw, "run")
    as_articles = [ref for refs in read.source_refs.values() for ref in refs]
    skipped = [q["source_ref"] for q in read.quarantine if q["outcome"] == "skipped"]
    assert len(as_articles) + len(skipped) == records
    assert sorted(as_articles + skipped) == sorted(ids)
    assert all("\n" not in a.title for a in read.articles)
    if html:  # raw HTML bodies arrive as their main text, without markup
        assert not [a.source_ref for a in read.load(read.articles) if _TAG.search(a.text)]
