"""Progress of long runs: lines on the "newsfacts" logger from the plain extract step."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

from flows import pipeline
from flows.nlp import DEFAULT_MODEL
from flows.normalize import Article
from flows.settings import Settings

GOLD = Path(__file__).parent / "gold" / "articles"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    raw = GOLD / "us-china-fentanyl-talks.txt"
    read = pipeline.read_articles(raw.parent, "run")
    english = read.load(a for a in read.articles if a.language == "en")
    assert len(english) >= 4
    return english[:4]


def test_extract_logs_articles_done_of_total_and_rate(
    articles: list[Article], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(pipeline, "PROGRESS_SECONDS", 3600.0)
    caplog.set_level(logging.INFO, logger="newsfacts")
    pipeline.extract_articles(
        articles, "run", model=DEFAULT_MODEL, n_process=1, run_total=10, run_done=6
    )
    lines = [r.getMessage() for r in caplog.records if r.name == "newsfacts"]
    done = [re.findall(r"^extracted (\d+)/10 articles", line) for line in lines]
    assert done == [["8"], ["10"]], lines
    assert all(re.search(r"[\d.]+ articles/s, [\d,]+ words/s", line) for line in lines)


def test_progress_logs_every_few_seconds(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="newsfacts")
    progress = pipeline.Progress(1000, every=500, seconds=0.0)
    progress.advance(words=100)
    progress.advance(words=100)
    progress.finish()  # just logged: no repeat
    assert [r.getMessage()[:25] for r in caplog.records] == [
        "extracted 1/1000 articles",
        "extracted 2/1000 articles",
    ]
    caplog.clear()
    progress = pipeline.Progress(1000, every=500, seconds=0.0, warmup=3)
    for _ in range(4):
        progress.advance(words=100)
    assert [r.getMessage()[:25] for r in caplog.records] == [  # none by time before 3
        "extracted 3/1000 articles",
        "extracted 4/1000 articles",
    ]


def test_n_process_defaults_to_one_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSFACTS_N_PROCESS", raising=False)
    assert Settings.from_env().n_process == (os.cpu_count() or 1)
    monkeypatch.setenv("NEWSFACTS_N_PROCESS", "1")
    assert Settings.from_env().n_process == 1
