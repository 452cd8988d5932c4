"""The pipeline's plain steps, without Prefect."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flows import nlp, pipeline
from flows.nlp import DEFAULT_MODEL
from flows.settings import Settings

SEED = Path(__file__).parent / "gold" / "articles" / "us-china-fentanyl-talks.txt"


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "copy-of-seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "batch.jsonl").write_text(
        json.dumps(
            {
                "id": "fr-1",
                "title": "Le sommet",
                "text": "Les ministres se sont réunis à "
                "Paris pour discuter de la coopération contre le trafic de drogue.",
            }
        )
        + "\n"
        + "{broken\n",
        encoding="utf-8",
    )
    return folder


def test_read_articles_dedupes_and_quarantines(raw: Path) -> None:
    read = pipeline.read_articles(raw, "run")
    assert len(read.articles) == 2  # the seed (twice) and the French record
    seed = next(a for a in read.articles if a.language == "en")
    assert sorted(read.source_refs[seed.article_id]) == ["copy-of-seed.txt", "seed.txt"]
    reasons = {q["source_ref"]: q["reason"] for q in read.quarantine}
    assert set(reasons) == {"empty.txt", "batch.jsonl:2"}


def test_read_articles_keeps_to_the_word_cap_of_the_settings_it_is_given(raw: Path) -> None:
    settings = dataclasses.replace(Settings.from_env(), max_words=5)
    read = pipeline.read_articles(raw, "run", settings=settings)
    assert read.articles == []
    capped = [q for q in read.quarantine if "over the cap of 5 words" in q["reason"]]
    assert {q["source_ref"] for q in capped} >= {"seed.txt", "copy-of-seed.txt"}


def test_reading_in_processes_gives_what_reading_in_one_gives(raw: Path) -> None:
    for i in range(20):  # more inputs than the pool's chunk, so the order is put to the test
        (raw / f"note-{i:02d}.txt").write_text(f"Talks\n\nOfficials met {i} times in Geneva.\n")
    one = pipeline.read_articles(raw, "run")
    two = pipeline.read_articles(raw, "run", processes=2)
    assert two.load(two.articles) == one.load(one.articles) and len(one.articles) == 22
    assert list(two.source_refs.items()) == list(one.source_refs.items())
    assert two.inputs_seen == one.inputs_seen
    without_time = [{k: v for k, v in q.items() if k != "quarantined_at"} for q in one.quarantine]
    assert [{k: v for k, v in q.items() if k != "quarantined_at"} for q in two.quarantine] == (
        without_time
    )


@pytest.mark.parametrize("processes", [1, 2])
def test_reading_stays_a_few_items_ahead_of_normalising(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    """The inputs are not read into memory whole before they are normalised: when the first
    article comes out, only a few windows of items have been read (a file's items are kept
    together, for the read cache, so a file is the unit; its size is capped)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in range(100):
        lines = [
            json.dumps(
                {"id": f"n-{f}-{i}", "title": "Talks", "text": f"Officials met {f} {i} times."}
            )
            for i in range(4)
        ]
        (raw / f"part-{f:03d}.jsonl").write_text("\n".join(lines) + "\n")
    taken: list[int] = []
    real = pipeline.read_input

    def counting(raw_dir: Path, path: Path, settings: object) -> object:
        for item in real(raw_dir, path, settings):  # type: ignore[arg-type]
            taken.append(1)
            yield item

    monkeypatch.setattr(pipeline, "read_input", counting)
    cache = pipeline.ReadCache(None)
    normalized = pipeline._normalized_inputs(raw, processes, cache, Settings.from_env())
    next(normalized)
    assert len(taken) <= pipeline.NORMALIZE_ITEMS * (2 * processes + 2) + 4
    assert sum(1 for _ in normalized) + 1 == len(taken) == 400


def test_unsupported_language_is_kept_without_extraction_or_model(
    raw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_model(*_: object) -> None:
        raise AssertionError("the model was loaded for articles it cannot read")

    monkeypatch.setattr(pipeline, "load_model", no_model)
    monkeypatch.setattr(nlp, "load_model", no_model)
    read = pipeline.read_articles(raw, "run")
    french = read.load(a for a in read.articles if a.language == "fr")
    extracted = pipeline.extract_articles(french, "run", model=DEFAULT_MODEL, n_process=2)
    assert extracted.skipped_language == 1
    assert all(not rows for rows in extracted.rows.values())


def test_worker_processes_give_what_one_process_gives(
    raw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(6):
        (raw / f"note-{i}.txt").write_text(f"Talks\n\nPolice arrested {i + 2} men in Texas.\n")
    read = pipeline.read_articles(raw, "run")
    articles = read.load(read.articles)  # the seed, the French record, six notes
    monkeypatch.setattr(pipeline, "UNIT_ARTICLES", 3)  # three units, one with the French

    def parts(n_process: int) -> list[tuple[list[str], pipeline.Extracted]]:
        found = pipeline.iter_extracted(
            iter(articles), "run", model=DEFAULT_MODEL, n_process=n_process, chunk=5,
            count=len(articles),
        )  # fmt: skip
        return [([a.article_id for a in part], extracted) for part, extracted in found]

    one, two = parts(1), parts(2)
    assert [len(ids) for ids, _ in one] == [5, 3]
    assert two == one
    assert sum(extracted.skipped_language for _, extracted in two) == 1
    assert all(extracted.rows["participants"] for _, extracted in two)


def test_steps_give_valid_tables_with_provenance(raw: Path, tmp_path: Path) -> None:
    plan = pipeline.plan_run(raw, tmp_path / "warehouse", "run")
    extracted = pipeline.extract_articles(
        plan.read.load(plan.to_extract), "run", model=DEFAULT_MODEL
    )
    tables = pipeline.finish_run(plan, extracted)
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"], strict=True))
    for name in ("participants", "quotes", "statistics", "events"):
        assert len(tables[name]) > 0, name
        for row in tables[name].itertuples():
            span = texts[row.article_id][row.char_start : row.char_end]
            assert span.strip(), (name, row)
            encoded = texts[row.article_id].encode()
            assert encoded[row.byte_start : row.byte_end].decode() == span, (name, row)
    for row in tables["quotes"].itertuples():
        assert texts[row.article_id][row.char_start] in '"“'
    for row in tables["statistics"].itertuples():
        assert texts[row.article_id][row.char_start : row.char_end] == row.mention
    assert len(tables["quarantine"]) == 2


def test_run_ids_sort_in_start_order_within_a_second() -> None:
    first = datetime(2026, 11, 28, 15, 1, 2, 998_000, tzinfo=UTC)
    ids = [pipeline.new_run_id(first + timedelta(milliseconds=ms)) for ms in (0, 1, 5, 900)]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert ids[0].startswith("20261128T150102998Z-")
