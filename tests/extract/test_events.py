from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from spacy.tokens import Doc

from flows.extract.events import extract_events, resolve_date
from flows.extract.participants import extract_participants, resolve_phrase


def _events(parse: Callable[[str], Doc], text: str, quoted: list[tuple[int, int]] | None = None):
    doc = parse(text)
    registry = extract_participants(doc)
    found = extract_events(
        doc, resolve=lambda span: resolve_phrase(doc, span, registry), quoted=quoted or []
    )
    return [
        (e.event_type, e.status, [a.name for a in actors], [t.name for t in targets], e)
        for e, actors, targets in found
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "actors", "targets"),
    [
        ("Canada sanctioned three Russian banks on Monday.", "SANCTION", ["Canada"], []),
        (
            "Moscow criticized Germany over the new pipeline rules.",
            "ACCUSE",
            ["Russia"],
            ["Germany"],
        ),
        ("Mexican police arrested the suspect in Sinaloa.", "COERCE", ["Mexican police"], []),
        ("Japan and Australia signed a defense agreement.", "AGREE", ["Japan", "Australia"], []),
        (
            "The FBI seized 40 kilograms of cocaine in Miami.",
            "COERCE",
            ["Federal Bureau of Investigation"],
            [],
        ),
    ],
)
def test_trigger_type_actor_and_target(
    parse: Callable[[str], Doc], text: str, event_type: str, actors: list[str], targets: list[str]
) -> None:
    events = _events(parse, text)
    assert events, text
    found_type, _status, found_actors, found_targets, _ = events[0]
    assert found_type == event_type
    assert set(actors) <= set(found_actors)
    assert set(targets) <= set(found_targets)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("India will hold talks with Nepal next month.", "planned"),
        ("Brazil to hold talks with Argentina this week", "planned"),
        ("Brazil did not sign the agreement with Argentina.", "negated"),
        ("Brazil held talks with Argentina on Monday.", "occurred"),
    ],
)
def test_status_from_tense_and_modality(
    parse: Callable[[str], Doc], text: str, status: str
) -> None:
    events = _events(parse, text)
    assert events and events[0][1] == status


def test_mentions_of_one_happening_are_one_event(parse: Callable[[str], Doc]) -> None:
    text = (
        "Peru and Chile held talks in Lima on Tuesday. "
        "The meeting lasted four hours, officials said."
    )
    events = [e for e in _events(parse, text) if e[0] == "CONSULT"]
    assert len(events) == 1
    assert events[0][4].mention_count == 2


def test_conjoined_triggers_are_one_event(parse: Callable[[str], Doc]) -> None:
    events = _events(parse, "Spain indicted and sanctioned two companies in March.")
    assert [e[0] for e in events] == ["SANCTION"]


def test_pledge_content_is_not_a_second_event(parse: Callable[[str], Doc]) -> None:
    events = _events(parse, "Kenya and Uganda pledged to restart security cooperation.")
    assert [e[0] for e in events] == ["AGREE"]


def test_events_inside_quotes_are_speech(parse: Callable[[str], Doc]) -> None:
    text = '"We will arrest every smuggler," the Colombian minister said.'
    quoted = [(0, text.index(",") + 2)]
    assert not [e for e in _events(parse, text, quoted) if e[0] == "COERCE"]


def test_event_without_participants_is_not_an_event(parse: Callable[[str], Doc]) -> None:
    assert _events(parse, "The database is used to share information about trafficking.") == []


def test_resolve_date_against_published() -> None:
    published = datetime(2024, 5, 15, 12, tzinfo=UTC)
    assert resolve_date("in November", published) == (datetime(2023, 11, 1), "month")
    assert resolve_date("2019", published) == (datetime(2019, 1, 1), "year")
    assert resolve_date("Tuesday", None) == (None, None)
    assert resolve_date("last week or so maybe", published)[1] in {None, "day"}
