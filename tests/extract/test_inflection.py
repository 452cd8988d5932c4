"""Plural and singular forms come from inflect, not from cutting or adding an 's'."""

import pytest

from flows.extract.inflection import noun_forms, plural, singular


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("death", "deaths"),
        ("casualty", "casualties"),
        ("spokesman", "spokesmen"),
        ("person", "people"),
        ("child", "children"),
        ("analysis", "analyses"),
        ("glass", "glasses"),
        ("police officer", "police officers"),
        ("thief", "thieves"),
    ],
)
def test_plural_of_a_singular_noun(noun: str, expected: str) -> None:
    assert plural(noun) == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("points", "point"), ("people", "person"), ("casualties", "casualty"), ("staff", "staff")],
)
def test_singular_of_a_plural_noun(noun: str, expected: str) -> None:
    assert singular(noun) == expected


def test_noun_forms_hold_both_numbers() -> None:
    assert noun_forms("woman") == {"woman", "women"}
    assert plural("") == "" and singular("") == ""
