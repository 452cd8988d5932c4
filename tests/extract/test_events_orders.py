"""Events in executive texts (orders, memoranda, proclamations, fact sheets): what the
document directs, fronted purposes, and words that only look like happenings."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from flows.extract.events import _trigger_type, extract_events
from flows.extract.participants import extract_participants, resolve_phrase


def _types(parse: Callable[[str], Doc], text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    registry = extract_participants(doc)
    found = extract_events(doc, resolve=lambda span: resolve_phrase(doc, span, registry))
    return [(e.event_type, e.trigger) for e, _actors, _targets in found]


def test_fronted_purpose_is_no_event(parse: Callable[[str], Doc]) -> None:
    text = (
        "To support Ostravans who need treatment, the Pellton Administration has announced "
        "new actions."
    )
    assert not any(kind == "SUPPORT" for kind, _ in _types(parse, text))


def test_fronted_purpose_parsed_as_root_is_no_event(parse: Callable[[str], Doc]) -> None:
    text = (
        "To encourage Ostravans to learn about poisons, on April 9, 1971, the Ostrava Assembly, "
        "in a joint resolution, asked and empowered the President to proclaim a week of care."
    )
    assert ("REQUEST", "encourage") not in _types(parse, text)


def test_submitting_a_report_is_no_cooperation(parse: Callable[[str], Doc]) -> None:
    text = "The Halvik Department of Commerce will submit a report to the President within 90 days."
    assert not any(kind == "COOPERATE" for kind, _ in _types(parse, text))


def test_headline_release_of_a_plan_frees_no_one(parse: Callable[[str], Doc]) -> None:
    text = (
        "FACT SHEET: In Renewed Push Against Cargo Theft, the Coast Guard Releases National "
        "Response Plan to Address the Rise of Piracy"
    )
    assert not any(kind == "RETREAT" for kind, _ in _types(parse, text))


def test_cross_talk_is_no_meeting(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Q: Madam Vice President, what about the bill in Pellton?\n\n(Cross-talk.)\n\n"
        "THE VICE PRESIDENT: We will get it done."
    )
    assert [_trigger_type(t) for t in doc if t.lower_ == "talk"] == [None]


def test_awarding_a_medal_is_an_honour(parse: Callable[[str], Doc]) -> None:
    text = (
        "Today, President Quenby awarded the National Medal of Science to twelve Halvik scientists."
    )
    assert ("SUPPORT", "awarded") in _types(parse, text)


def test_blocking_accounts_is_a_sanction(parse: Callable[[str], Doc]) -> None:
    text = "The Corvane Treasury blocked thousands of accounts linked to Telvora traffickers."
    assert ("SANCTION", "blocked") in _types(parse, text)


def test_deadly_substance_kills_no_one_as_an_attacker(parse: Callable[[str], Doc]) -> None:
    text = "Fentanyl kills 200 Telvorans every day in the Republic of Telvora."
    assert not any(kind == "ASSAULT" for kind, _ in _types(parse, text))


def test_directing_agencies_to_do_more_mobilizes(parse: Callable[[str], Doc]) -> None:
    text = (
        "President Whitcombe directed her cabinet to do even more to break up the smuggling "
        "rings of Ostrava."
    )
    assert ("MOBILIZE", "directed") in _types(parse, text)


def test_directing_an_agency_to_review_stays_a_request(parse: Callable[[str], Doc]) -> None:
    text = "Minister Quenby directed the agency to review the Pellton contract."
    assert ("REQUEST", "directed") in _types(parse, text)
