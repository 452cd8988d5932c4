"""Which happenings become events, and with which PLOVER type (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from flows.extract.events import _trigger_type
from tests.extract.test_events import _events


def _types(parse: Callable[[str], Doc], text: str) -> list[tuple[str, str]]:
    return [(e[0], e[4].trigger) for e in _events(parse, text)]


def test_found_guilty_as_a_small_clause_is_a_verdict(parse: Callable[[str], Doc]) -> None:
    # 'found X guilty', parsed with 'guilty' as a clause of its own, is a SANCTION
    found = _types(
        parse, "Eventually, a Pellton jury found Dana Whitcombe guilty in 1997 of fraud."
    )
    assert ("SANCTION", "found") in found


def test_a_provision_that_provides_for_something_gives_no_aid(
    parse: Callable[[str], Doc],
) -> None:
    # 'provides for' (a law's provision) is no giving; 'provided funds' still is
    doc = parse("Section 12 of the Telvora Act provides for the automatic end of an emergency.")
    provides = next(t for t in doc if t.lower_ == "provides")
    assert _trigger_type(provides) is None
    doc = parse("Telvora provided funds to the Pellton clinics.")
    assert _trigger_type(next(t for t in doc if t.lower_ == "provided")) == "AID"


def test_a_second_object_misparsed_as_people_frees_no_one(parse: Callable[[str], Doc]) -> None:
    # 'two critical drivers of the crisis' is an apposition of what was released, not people
    found = _types(
        parse,
        "The Pellton Office of National Harbor Control Policy released its first *National "
        "Harbor Control Strategy*, focusing on untreated corrosion and cargo theft, two "
        "critical drivers of the harbor crisis.",
    )
    assert not [t for t, _ in found if t == "RETREAT"]


def test_a_violent_happening_a_meeting_discusses_is_its_own_event(
    parse: Callable[[str], Doc],
) -> None:
    found = _types(
        parse,
        "Telvoran officials and the Ostravan delegation also discussed last month's "
        "kidnapping of four Ostravan sailors near Pellton.",
    )
    assert ("ASSAULT", "kidnapping") in found
    assert ("CONSULT", "discussed") in found


def test_overpowering_guards_is_an_attack(parse: Callable[[str], Doc]) -> None:
    found = _types(parse, "Dana Whitcombe overpowered two guards at the Pellton prison on Monday.")
    assert ("ASSAULT", "overpowered") in found


def test_an_infinitive_after_in_order_is_a_purpose(parse: Callable[[str], Doc]) -> None:
    found = _types(
        parse,
        "The agency recently requested public input on the plan in order to better support "
        "small farmers.",
    )
    assert ("REQUEST", "requested") in found
    assert not [t for t, _ in found if t == "SUPPORT"]


def test_supporting_jobs_is_no_backing(parse: Callable[[str], Doc]) -> None:
    for text in (
        "The Corvane plant will support 4,000 jobs in Pellton.",
        "Pellton growers support hundreds of thousands of farm and factory jobs.",
    ):
        assert not [t for t, _ in _types(parse, text) if t == "SUPPORT"], text


def test_handing_the_floor_to_the_next_speaker_is_no_surrender(
    parse: Callable[[str], Doc],
) -> None:
    # a press call's turn-taking: no CONCEDE; handing a city to troops stays one
    for text in (
        "So now I will hand it over to [senior regional official] for your questions.",
        "Let me hand it over to Dr. Marisol Quenby.",
        "And with that, I'll hand over to my colleague, [senior regional official], for more.",
    ):
        assert not [t for t, _ in _types(parse, text) if t == "CONCEDE"], text
    found = _types(parse, "The rebels handed the city over to Telvoran troops.")
    assert ("CONCEDE", "handed") in found


def test_sharing_with_the_audience_is_telling(parse: Callable[[str], Doc]) -> None:
    # a speaker sharing an update or passing the answer on cooperates with no one
    for text in (
        "Dr. Dana Whitcombe will share an update on our efforts in Pellton.",
        "I'll answer a little bit and then share it with [senior regional official].",
        "We'll have more to share on the Halvik schedule soon.",
    ):
        assert not [t for t, _ in _types(parse, text) if t == "COOPERATE"], text
    found = _types(parse, "Telvora will share intelligence with Ostrava.")
    assert ("COOPERATE", "share") in found
    found = _types(parse, "The two delegations shared information about smuggling routes.")
    assert ("COOPERATE", "shared") in found


def test_giving_in_the_plain_present_is_what_someone_does_as_a_rule(
    parse: Callable[[str], Doc],
) -> None:
    for text in (
        "Pellton is growing. A financial adviser provides retirement advice to savers.",
        "Pellton is growing. The Halvik agency provides training to Pellton nurses.",
        "Pellton is growing. In that role, Marisol Quenby provides legal advice to officials.",
    ):
        assert not [t for t, _ in _types(parse, text) if t == "AID"], text
    found = _types(parse, "Pellton is growing. Today Corvane provided aid to Pellton.")
    assert ("AID", "provided") in found
    found = _types(
        parse, "Pellton is growing. The Halvik Department provides $2 million in grants to Pellton."
    )
    assert ("AID", "provides") in found
    found = _types(parse, "Pellton is growing. The Halvik agency also funds the Corvane Institute.")
    assert ("AID", "funds") in found
