from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.extract.test_events import _events


def _actors_of(parse: Callable[[str], Doc], text: str, event_type: str) -> list[list[str]]:
    return [actors for kind, _s, actors, _t, _e in _events(parse, text) if kind == event_type]


def test_hyphenated_names_are_each_a_party(parse: Callable[[str], Doc]) -> None:
    text = (
        "Ostrava and Telvora sent envoys to Pellton on Monday. "
        "The envoys signed the Ostrava-Telvora trade accord on Tuesday."
    )
    found = _actors_of(parse, text, "AGREE")
    assert found and {"Ostrava", "Telvora"} <= set(found[-1])


def test_we_of_a_joint_statement_is_its_parties(parse: Callable[[str], Doc]) -> None:
    text = (
        "Joint Statement of President Dana Whitcombe and President Halvik Marr\n\n"
        "Today Peru and Chile celebrate the strong partnership between our nations. "
        "We have committed to expand trade between our two countries."
    )
    found = _actors_of(parse, text, "AGREE")
    assert found and {"Peru", "Chile"} <= set(found[-1])


def test_plural_head_with_listed_names_is_each_name(parse: Callable[[str], Doc]) -> None:
    text = "The Justice and Treasury departments sanctioned three Corvane firms on Tuesday."
    found = _actors_of(parse, text, "SANCTION")
    assert found and {"Department of Justice", "Department of the Treasury"} <= set(found[0])


def test_title_and_shared_surname_name_the_titled_person(parse: Callable[[str], Doc]) -> None:
    text = (
        "President Dana Whitcombe and First Lady Marisol Whitcombe will travel to Pellton "
        "next week. President Whitcombe will also sign a trade accord with Prime Minister "
        "Halvik Marr."
    )
    found = _actors_of(parse, text, "AGREE")
    assert found and "Dana Whitcombe" in found[-1] and "Marisol Whitcombe" not in found[-1]


def test_place_of_a_visit_is_no_target(parse: Callable[[str], Doc]) -> None:
    text = "President Dana Whitcombe will travel to Ottawa, Canada next week."
    events = [e for e in _events(parse, text) if e[0] == "CONSULT"]
    assert events and "Ottawa" not in events[0][3]


def test_pledges_to_different_deeds_are_two(parse: Callable[[str], Doc]) -> None:
    text = (
        "Border talks end in Lima\n\n"
        "Peru, Chile and Bolivia commit to increasing collaboration on the control of "
        "precursor chemicals. As a first step, Peru commits to developing a joint report on "
        "seizures."
    )
    assert len(_actors_of(parse, text, "AGREE")) == 2


def test_we_of_a_joint_statement_is_not_its_first_speaker(parse: Callable[[str], Doc]) -> None:
    text = (
        "Joint Statement from Peru and Chile on Border Security\n\n"
        "On May 4, Peru's Minister of Security Dana Whitcombe hosted Chile's Deputy Minister "
        "Halvik Marr in Lima. We commit to developing a joint report on border seizures."
    )
    found = _actors_of(parse, text, "AGREE")
    assert found and set(found[-1]) == {"Peru", "Chile"}
