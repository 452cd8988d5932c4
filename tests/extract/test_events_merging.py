"""Merging the mentions of an article into events: one event per happening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from spacy.tokens import Doc

from flows.extract.events import extract_events
from flows.extract.participants import extract_participants, resolve_phrase

_PUBLISHED = datetime(2024, 5, 1, tzinfo=UTC)


def _events(parse: Callable[[str], Doc], text: str):
    doc = parse(text)
    registry = extract_participants(doc)
    found = extract_events(
        doc, resolve=lambda span: resolve_phrase(doc, span, registry), published_at=_PUBLISHED
    )
    return [
        (e.event_type, e.trigger, e.mention_count, [a.name for a in actors])
        for e, actors, _targets in found
    ]


_READOUT = (
    "Readout of President Dana Whitcombe's Meeting with President Marisol Quenby\n"
    "President Whitcombe met with President Quenby in Pellton today. "
    "The two leaders held a candid discussion on trade. "
    "Building on the March 2021 meeting in Halvik where they discussed border rules, "
    "the leaders agreed to expand cooperation."
)


def test_bare_plural_noun_tells_a_kind_not_the_meeting_before(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Corvane Minister Dana Whitcombe met Telvora Minister Marisol Quenby in Pellton on "
        "Monday. The ministers agreed their staff will build on these discussions with "
        "steady diplomacy, including visits and regular working-level consultations in "
        "several fields."
    )
    consult = [e for e in _events(parse, text) if e[0] == "CONSULT"]
    assert [(e[1], e[2]) for e in consult] == [("met", 2)], consult


def test_discussed_in_a_clause_of_an_earlier_meeting_joins_that_meeting(
    parse: Callable[[str], Doc],
) -> None:
    consult = [e for e in _events(parse, _READOUT) if e[0] == "CONSULT"]
    earlier = [e for e in consult if e[1] == "meeting"]
    assert earlier and earlier[0][2] == 2, consult
    assert set(earlier[0][3]) == {"Dana Whitcombe", "Marisol Quenby"}, consult


def test_discussion_held_by_the_same_parties_is_the_meeting(
    parse: Callable[[str], Doc],
) -> None:
    consult = [e for e in _events(parse, _READOUT) if e[0] == "CONSULT"]
    assert [e[1] for e in consult] == ["met", "meeting"], consult


def test_named_forum_is_not_the_meeting_told(parse: Callable[[str], Doc]) -> None:
    from flows.extract.events import _named_forum

    doc = parse("Both sides vowed to set up a Strategic Dialogue on fishing rights.")
    assert _named_forum(next(t for t in doc if t.text == "Dialogue"))
    doc = parse("The two leaders held a wide-ranging discussion on trade.")
    assert not _named_forum(next(t for t in doc if t.text == "discussion"))


def _triggers(parse: Callable[[str], Doc], text: str, event_type: str) -> list[tuple[str, int]]:
    return [
        (e[1], e[2]) for e in _events(parse, "News from Pellton\n" + text) if e[0] == event_type
    ]


def test_sentence_handed_down_is_the_sentencing(parse: Callable[[str], Doc]) -> None:
    text = (
        "Dana Whitcombe was sentenced by Judge Marisol Quenby to 20 years in prison on "
        "Tuesday. Quenby handed down the maximum sentence, saying the crimes were grave."
    )
    assert _triggers(parse, text, "SANCTION") == [("sentenced", 2)]


def test_the_designation_refers_back_to_designated_whoever_announced_it(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The Corvane Treasury designated the Halvik cartel as a terrorist organization on "
        "Monday. Minister Dana Whitcombe announced the designation at a news conference in "
        "Pellton."
    )
    assert _triggers(parse, text, "SANCTION") == [("designated", 2)]


def test_previous_charges_stand_apart_from_an_order_signed(parse: Callable[[str], Doc]) -> None:
    text = (
        "President Dana Whitcombe signed an Executive Order on Monday imposing tariffs on "
        "Telvora. Prosecutors dropped the previous charges against Marisol Quenby."
    )
    found = _triggers(parse, text, "SANCTION")
    assert ("charges", 1) in found, found


def test_previous_arrest_is_another_arrest(parse: Callable[[str], Doc]) -> None:
    text = (
        "Police arrested Dana Whitcombe in Pellton on Monday. The arrest followed a long "
        "inquiry. The previous arrest of Whitcombe came in 2019."
    )
    assert _triggers(parse, text, "COERCE") == [("arrested", 2), ("arrest", 1)]


def test_resignation_told_as_a_noun_is_the_resignation(parse: Callable[[str], Doc]) -> None:
    text = (
        "Telvora Bank chief Dana Whitcombe resigned on Monday. Whitcombe announced his "
        "resignation in a short letter to the staff."
    )
    assert _triggers(parse, text, "CONCEDE") == [("resigned", 2)]


def test_counted_attacks_of_a_light_verb_stay_apart_from_the_attack(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Corvane rebels attacked the port of Halvik on Monday. Corvane rebels have carried "
        "out around 40 attacks in the region this year."
    )
    found = _triggers(parse, text, "ASSAULT")
    assert ("attacked", 1) in found, found
