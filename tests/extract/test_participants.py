from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from flows.extract.participants import extract_participants, resolve_phrase


def _people(
    parse: Callable[[str], Doc], text: str
) -> dict[str, tuple[str, str | None, str | None]]:
    doc = parse(text)
    return {p.name: (p.kind, p.title, p.affiliation) for p in extract_participants(doc)}


def test_coordinated_departments_are_separate_organizations(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Officials from the Commerce, Labor and Energy departments met in Ottawa on Friday.",
    )
    assert {"Department of Commerce", "Department of Labor", "Department of Energy"} <= set(found)


def test_title_and_affiliation_apart_from_the_name(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Mexican President Claudia Sheinbaum met the delegation on Monday.")
    assert found["Claudia Sheinbaum"] == ("person", "President", "Mexico")


def test_acronym_gets_the_canonical_name(parse: Callable[[str], Doc]) -> None:
    doc = parse("The FBI arrested two men in Ohio, the agency said.")
    [fbi] = [p for p in extract_participants(doc) if p.kind == "organization"]
    assert fbi.name == "Federal Bureau of Investigation"
    assert "FBI" in fbi.aliases


def test_capital_that_acts_is_the_country(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Moscow condemned the new sanctions announced by London.")
    assert found.get("Russia", ("",))[0] == "country"
    assert found.get("United Kingdom", ("",))[0] == "country"


def test_capital_as_a_place_is_a_location(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The ministers will travel to Tokyo next week for the summit.")
    assert found.get("Tokyo", ("",))[0] == "location"


def test_short_name_folds_into_the_full_name(parse: Callable[[str], Doc]) -> None:
    doc = parse("Senator Maria Lopez filed the bill. Lopez said it would pass.")
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Maria Lopez"]
    assert len(people[0].mentions) == 2


def test_group_that_speaks_is_a_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Canadian health officials said the shipments had stopped.")
    assert found["Canadian health officials"] == ("group", None, "Canada")


@pytest.mark.parametrize(
    "text",
    [
        "Fentanyl deaths rose again last year in the county.",
        "More people died from overdoses than from car crashes.",
    ],
)
def test_non_actors_are_not_participants(parse: Callable[[str], Doc], text: str) -> None:
    names = set(_people(parse, text))
    assert not any("fentanyl" in n.lower() or "people" in n.lower() for n in names)


def test_thing_named_after_a_body_keeps_the_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Police uploaded the files to the World Health Organization Database.")
    assert "World Health Organization" in found


def test_publisher_is_not_a_participant(parse: Callable[[str], Doc]) -> None:
    doc = parse("Follow Springfield Daily News for updates. The mayor resigned on Monday.")
    names = {p.name for p in extract_participants(doc, publisher="Springfield Daily News")}
    assert "Springfield Daily News" not in names


def test_resolve_phrase_links_a_group_speaker(parse: Callable[[str], Doc]) -> None:
    doc = parse("Several senior diplomats said the talks had failed.")
    registry = extract_participants(doc)
    start = doc.text.index("senior diplomats")
    found = resolve_phrase(doc, (start, start + len("senior diplomats")), registry)
    assert found is not None and found.kind == "group"


def test_known_public_figure_gets_one_name_across_articles(parse: Callable[[str], Doc]) -> None:
    first = _people(parse, "President Biden signed the order on Monday.")
    second = _people(parse, "Joe Biden signed the order on Monday.")
    assert "Joe Biden" in first and "Joe Biden" in second
    assert first["Joe Biden"][2] == "United States"


def test_title_case_headline_words_are_not_names(parse: Callable[[str], Doc]) -> None:
    text = (
        "Director Hale Delivers Remarks To Combat Global Smuggling Networks\n\n"
        "Director Anna Hale spoke in Vienna on Monday about the smuggling of chemicals."
    )
    names = set(_people(parse, text))
    assert not any("Delivers" in n or "Combat" in n for n in names)
    assert "Anna Hale" in names


def test_country_government_is_the_country(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The U.S. Government announced new measures on Friday.")
    assert found.get("United States", ("",))[0] == "country"
