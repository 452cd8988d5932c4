"""The gender a text marks for a mention of a person (flows/extract/gender.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

from flows.extract.gender import mention_gender, word_gender


def _mention(doc: Doc, name: str) -> Span:
    return next(e for e in doc.ents if e.text == name)


@pytest.mark.parametrize(
    ("word", "gender"), [("she", "f"), ("Mrs.", "f"), ("his", "m"), ("table", None)]
)
def test_word_gender(word: str, gender: str | None) -> None:
    assert word_gender(word) == gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Mrs. Dana Whitcombe opened the hearing.", "f"),
        ("Dana Whitcombe, an actress, opened the hearing.", "f"),
        ("Dana Whitcombe drove his truck to the depot.", "m"),
        ("Dana Whitcombe presented herself at the depot on Monday.", "f"),
        ("Dana Whitcombe said she left early.", None),  # her clause, not his
        ("Dana Whitcombe described her as a careful pilot.", None),  # object 'her': someone else
        ("Dana Whitcombe thanked her for the report.", None),
        ("Dana Whitcombe parked her truck at the depot.", "f"),  # possessive 'her'
    ],
)
def test_marks_of_the_mentions_own_words(
    parse: Callable[[str], Doc], text: str, gender: str | None
) -> None:
    doc = parse(text)
    assert mention_gender(_mention(doc, "Dana Whitcombe")) == gender


def test_a_pronoun_after_another_person_marks_that_person_not_the_subject(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse("Dana Whitcombe ran to help Peter Halvik and his wife after the crash.")
    assert _mention(doc, "Peter Halvik")  # the model finds both people
    assert mention_gender(_mention(doc, "Dana Whitcombe")) is None
