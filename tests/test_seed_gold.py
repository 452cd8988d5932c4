"""The seed article against its gold file. Thresholds sit at what the extractors reach
today, so that a change that makes the seed worse fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import evaluate
from flows.nlp import DEFAULT_MODEL

SEED = "us-china-fentanyl-talks"

#: The floor for each headline figure on the seed (see flows.evaluate.figures).
FLOORS = {
    "participants_f1": 0.95,
    "participants_kind": 0.95,
    "quotes_f1": 1.0,
    "quotes_speaker": 1.0,
    "statistics_value_f1": 1.0,
    "statistics_value_unit_f1": 0.95,
    "events_f1": 0.9,
    "events_actors": 0.85,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, evaluate.TableScore]:
    raw = tmp_path_factory.mktemp("seed-raw")
    assert evaluate.write_raw(evaluate.GOLD_DIR / "articles", [SEED], raw) == []
    tables = evaluate.run_pipeline(Path(raw), DEFAULT_MODEL)
    return evaluate.evaluate([SEED], tables, evaluate.GOLD_DIR)[SEED]


def test_what_the_first_version_promised(scores: dict[str, evaluate.TableScore]) -> None:
    assert scores["participants"].counts.tp >= 10  # of the 14 required
    assert scores["quotes"].counts.tp == 4
    assert scores["quotes"].shares["speaker"].value == 1.0
    assert scores["statistics"].counts.tp == 3
    assert scores["events"].counts.tp >= 3  # of the 5 required


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_seed_does_not_get_worse(scores: dict[str, evaluate.TableScore], figure: str) -> None:
    value = evaluate.figures(scores)[figure]
    assert value is not None and value >= FLOORS[figure], (
        f"{figure} fell to {value} (floor {FLOORS[figure]}):\n"
        + evaluate.format_errors(SEED, scores)
    )
