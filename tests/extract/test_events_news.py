"""Events in news text: who undergoes a stance or an attack, a misparsed predicate after a
name's appositions, the doer of a crime named in a conviction, and planned legal steps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from flows.extract.events import extract_events
from flows.extract.participants import extract_participants, resolve_phrase


def _events(parse: Callable[[str], Doc], text: str):
    doc = parse(text)
    registry = extract_participants(doc)
    found = extract_events(doc, resolve=lambda span: resolve_phrase(doc, span, registry))
    return [
        (e.event_type, e.status, [a.name for a in actors], [t.name for t in targets])
        for e, actors, targets in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Corvane Navy drew criticism after sinking a Telvora fishing boat.",
        "Although the Corvane Navy came in for sharp criticism over the lost trawler, Admiral "
        "Dana Whitcombe insisted his sailors had acted properly.",
        "The Corvane Navy has come under heavy criticism for the sinking.",
        "The Corvane Navy attracted criticism after the sinking.",
    ],
)
def test_one_who_draws_criticism_is_its_target(parse: Callable[[str], Doc], text: str) -> None:
    found = [e for e in _events(parse, text) if e[0] == "ACCUSE"]
    assert found and found[0][2] == [] and found[0][3] == ["Corvane Navy"]


def test_after_facing_criticism_the_subject_above_is_the_target(
    parse: Callable[[str], Doc],
) -> None:
    found = _events(parse, "After facing criticism over the delay, Dana Whitcombe resigned.")
    accuse = [e for e in found if e[0] == "ACCUSE"]
    assert accuse and accuse[0][2] == [] and accuse[0][3] == ["Dana Whitcombe"]


def test_came_under_attack_from_names_the_attacker(parse: Callable[[str], Doc]) -> None:
    found = _events(parse, "The Telvora Ministry came under attack from Halvik rebels on Monday.")
    assert ("ASSAULT", "occurred", ["Halvik rebels"], ["Telvora Ministry"]) in found


def test_verb_misparsed_after_a_name_with_appositions(parse: Callable[[str], Doc]) -> None:
    """The parser at times hangs 'hit' in 'X, 36, of Pellton, hit and killed Y' on the name
    as a clause modifying it; the name is then the verb's subject."""
    from flows.extract import events

    words = ["Dana", "Whitcombe", ",", "36", ",", "of", "Pellton", ",", "hit", "Marisol", "."]
    heads = [1, 1, 1, 1, 1, 1, 5, 1, 1, 8, 1]
    deps = ["compound", "ROOT", "punct", "appos", "punct", "prep", "pobj", "punct", "acl"]
    deps += ["dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "ADP", "PROPN", "PUNCT", "VERB", "PROPN"]
    pos += ["PUNCT"]
    tags = ["NNP", "NNP", ",", "CD", ",", "IN", "NNP", ",", "VBD", "NNP", "."]
    doc = Doc(parse("x").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert events._misparsed_predicate(doc[8])
    doc = Doc(parse("x").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not events._misparsed_predicate(doc[8])  # no past tense: a participle


def test_convicted_on_killing_names_the_killer(parse: Callable[[str], Doc]) -> None:
    text = (
        "Dana Whitcombe was on trial in Pellton. He was also convicted on killing Sgt. Marisol "
        "Quenby near the ferry dock and killing a week later warden Halvik Telvora."
    )
    found = [e for e in _events(parse, text) if e[0] == "ASSAULT"]
    assert found and all(e[2] == ["Dana Whitcombe"] for e in found)


def test_sentence_served_for_an_assault_keeps_the_doer(parse: Callable[[str], Doc]) -> None:
    text = (
        "Dana Whitcombe went back behind bars in March 2004 to serve a life sentence for "
        "aggravated assault."
    )
    found = _events(parse, text)
    assert [e[2] for e in found if e[0] == "ASSAULT"] == [["Dana Whitcombe"]]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Dana Whitcombe's sentencing is scheduled for May 8.",
            "SANCTION",
        ),
        ("Dana Whitcombe is close to signing with the Pellton Rovers.", "AGREE"),
    ],
)
def test_scheduled_or_nearly_done_is_planned(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    found = _events(parse, text)
    assert [e[1] for e in found if e[0] == event_type][-1] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Judge Marisol Quenby handed down a maximum sentence on each of the 30 charges.",
        "A judge sentenced Dana Whitcombe to life in prison and to 200 more years on more "
        "than 40 charges.",
        "Dana Whitcombe was convicted on three charges of fraud.",
        "Dana Whitcombe was found guilty on three charges of fraud.",
    ],
)
def test_charges_a_judgment_is_given_on_are_no_charging(
    parse: Callable[[str], Doc], text: str
) -> None:
    """The charges a verdict or a sentence is given on were brought before: one SANCTION."""
    assert len([e for e in _events(parse, text) if e[0] == "SANCTION"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Bank robber gets life in prison\n\nA judge on Friday sentenced the man who killed three "
        "people in a Pellton bank robbery to life in prison. The man, Dana Whitcombe, 41, was "
        "found guilty last month of murder. Whitcombe walked into the bank and shot and killed "
        "Halvik Orr, a teller, and Tomas Brell, a customer.",
        "Gang member gets death sentence\n\nA Corvane jury on Monday ordered execution for a gang "
        "member convicted of murdering a county deputy. Deputy Halvik Orr was shot outside a "
        "Pellton apartment block. Orr was wounded in the shooting and died later. A veteran of "
        "the force, Orr had once won a medal for shooting an armed robber.",
    ],
)
def test_crime_told_as_a_case_is_the_one_told_with_names(
    parse: Callable[[str], Doc], text: str
) -> None:
    """The killing a sentence or a conviction is about, told of no one by name, is the
    killing the article tells with names and most often (not the one its victim once did)."""
    doc = parse(text)
    registry = extract_participants(doc)
    found = extract_events(doc, resolve=lambda span: resolve_phrase(doc, span, registry))
    told = [
        e
        for e, _, targets in found
        if e.event_type == "ASSAULT" and "Halvik Orr" in [t.name for t in targets]
    ]
    assert len(told) == 1 and told[0].mention_count >= 3, told


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brell, 36, was killed after slipping and falling 60 metres from a ridge near "
        "Pellton.",
        "Tomas Brell was killed in a car crash near Pellton on Sunday.",
        "The collision injured twelve passengers on the Pellton line.",
    ],
)
def test_a_death_by_mishap_is_no_attack(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "ASSAULT"]


def test_insisting_on_a_fact_is_a_claim_not_a_request(parse: Callable[[str], Doc]) -> None:
    for text in (
        "Relatives insisted Dana Whitcombe suffered from dementia.",
        "Dana Whitcombe insists she is innocent.",
    ):
        assert not [e for e in _events(parse, text) if e[0] == "REQUEST"], text
    # a subjunctive clause is what is demanded
    text = "The judge insisted that Pellton wear a suit to the hearing."
    assert [e for e in _events(parse, text) if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Halvik Composite Index struck a ten-month high on Friday.",
        "The Pellton Industrial Average rallied in late trading.",
    ],
)
def test_a_stock_index_moving_is_no_event(parse: Callable[[str], Doc], text: str) -> None:
    assert _events(parse, text) == []


def test_a_happening_or_it_is_no_victim(parse: Callable[[str], Doc]) -> None:
    for text in (
        "The Corvane board killed the merger last week.",
        "Traders believe the Telvora Ministry had killed the takeover in the spring.",
        "Marisol Quenby injured it against the Halvik Rovers earlier this season.",
    ):
        assert not [e for e in _events(parse, text) if e[0] == "ASSAULT"], text
    text = "Rebels killed the mayor of Pellton on Friday."
    assert [e for e in _events(parse, text) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway: Danish Skier Killed In Fall",
        "Norway: Danish Skier Killed In Fall\nA 40-year-old skier from Halvik dies after a fall "
        "from a ridge.",
        "Tomas Brell was badly injured in a fall from a ladder at Pellton.",
    ],
)
def test_a_fall_told_as_the_cause_is_no_attack(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The first Telvora T900 airliner was delivered to Corvane Airlines on Tuesday.",
        "Halvik delivered the last of its regional jets to Pellton Airways in a ceremony.",
        "Corvane Air will take delivery of six new T900 XR (Extended Range) aircraft next year.",
    ],
)
def test_goods_delivered_to_a_customer_company_are_no_aid(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "AID"]


def test_goods_delivered_to_a_state_or_its_army_stay_aid(parse: Callable[[str], Doc]) -> None:
    for text in (
        "The Pentagon delivered two transport planes to the Ostravan army.",
        "The Pentagon delivered two fighter jets to Ukraine.",
        "Halvik delivered food and tents to the flooded valley.",
    ):
        assert [e for e in _events(parse, text) if e[0] == "AID"], text


@pytest.mark.parametrize(
    "text",
    [
        "Corvane made a box set for shoppers who had waited before buying Telvora.",
        "Many customers purchased Halvik Office after the update.",
    ],
)
def test_consumers_buying_a_product_make_no_acquisition(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Last month Dana Whitcombe complained of chest pains and was taken to hospital.",
        "Marisol Quenby complained of breathing difficulties in her cell.",
    ],
)
def test_complaining_of_symptoms_is_no_accusation(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "ACCUSE"]
