"""Shared fixtures: the language model loads once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from flows.nlp import load_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[[str], Doc]:
    """Parse a short text the way the pipeline does (no normalisation)."""
    return nlp


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session (it takes ~10 s to start)."""
    from flows.settings import configure_prefect_environment

    configure_prefect_environment()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
