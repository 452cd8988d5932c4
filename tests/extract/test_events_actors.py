from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.extract.test_events import _events, _release_events


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
        "Peru, Chile and Bolivia commit to stepping up their shared work against smuggled "
        "precursor chemicals. To begin with, Peru commits to drafting a common study of "
        "harbor seizures."
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


def _targets_of(parse: Callable[[str], Doc], text: str, event_type: str) -> list[list[str]]:
    return [targets for kind, _s, _a, targets, _e in _events(parse, text) if kind == event_type]


def test_coordinated_words_of_one_body_name_it(parse: Callable[[str], Doc]) -> None:
    # a list item's dash leaves the name untagged: none of its words names a body alone
    text = "- Customs and Border Protection awarded a contract to Pellton Builders."
    found = _actors_of(parse, text, "AGREE")
    assert found and found[0] == ["U.S. Customs and Border Protection"]


def test_nationality_adjective_names_the_country_told(parse: Callable[[str], Doc]) -> None:
    text = (
        "Peru closed its border on Monday. "
        "The Peruvian attack on the Halvik camp killed four people on Tuesday."
    )
    found = _actors_of(parse, text, "ASSAULT")
    assert found and "Peru" in found[0]


def test_they_after_a_plural_subject_is_its_parties(parse: Callable[[str], Doc]) -> None:
    text = (
        "President Dana Whitcombe of Ostrava met Prime Minister Marisol Quenby of Telvora on "
        "Monday. The leaders discussed trade, and they agreed to lower tariffs."
    )
    found = _actors_of(parse, text, "AGREE")
    assert found and {"Dana Whitcombe", "Marisol Quenby"} <= set(found[-1])


def test_their_after_coordinated_subjects_is_each(parse: Callable[[str], Doc]) -> None:
    text = (
        "Mexico and Canada reaffirmed their commitment to share intelligence, and they signed "
        "a pact."
    )
    found = _actors_of(parse, text, "AGREE")
    assert found and {"Mexico", "Canada"} <= set(found[-1])


def test_name_parsed_as_modifier_is_the_subject(parse: Callable[[str], Doc]) -> None:
    text = (
        "In Halvik, the envoy praised the port. USAID announced a further $4 million in "
        "emergency aid for families left homeless by the floods."
    )
    found = _actors_of(parse, text, "AID")
    assert found and found[0] == ["United States Agency for International Development"]


def test_semicolon_series_shares_its_first_subject(parse: Callable[[str], Doc]) -> None:
    text = (
        "A Proclamation on Harbor Safety Week, 2024\n\n"
        "Each winter the storms take more boats. I have expanded maritime security "
        "cooperation with many trusted foreign governments; launched the Pellton Coalition to "
        "Counter Harbor Drug Smuggling, which joins 30 nations in the struggle against ferry "
        "smugglers; and widened access to treatment.\n\nDANA R. WHITCOMBE"
    )
    events = [e for e in _events(parse, text) if e[4].trigger == "launched"]
    assert events and events[0][2] == ["DANA R. WHITCOMBE"]


def test_body_described_by_a_joint_act_takes_part(parse: Callable[[str], Doc]) -> None:
    text = (
        "The Corvane Bureau of Investigation, in cooperation with the Telvora Police Service, "
        "seized two tons of cocaine in Pellton on Monday."
    )
    found = _actors_of(parse, text, "COOPERATE")
    assert found and {"Corvane Bureau of Investigation", "Telvora Police Service"} <= set(found[0])


def test_passive_gerund_of_time_is_done_to_the_subject(parse: Callable[[str], Doc]) -> None:
    text = "Dana Whitcombe, 41, resigned in March after being charged with obstructing justice."
    found = _targets_of(parse, text, "SANCTION")
    assert found and found[0] == ["Dana Whitcombe"]


def test_stance_object_is_for_whom_not_whose(parse: Callable[[str], Doc]) -> None:
    text = (
        "President Dana Whitcombe met Prime Minister Halvik Marr of Telvora. "
        "Whitcombe expressed U.S. support for Telvora's sovereignty."
    )
    found = _targets_of(parse, text, "SUPPORT")
    assert found and found[0] == ["Telvora"]


def test_it_after_a_document_subject_is_the_document(parse: Callable[[str], Doc]) -> None:
    text = (
        "Fact Sheet: Whitcombe Names the Halvik Front a Terrorist Group\n\nOn Tuesday, "
        "President Dana Whitcombe signed an Order listing the Halvik Front among terrorist "
        "groups.\n\n- The Order directs every Corvane agency to look into each scheme run by "
        "the Halvik Front. It also calls for cutting off the money that pays for such schemes."
    )
    found = _actors_of(parse, text, "REQUEST")
    assert all("Halvik Front" not in actors for actors in found)


def test_including_clause_of_an_object_is_done_by_the_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The Telvora Finance Ministry issued a decree that cut smuggling rings off from the "
        "banking system, including issuing 200 sanctions."
    )
    found = _actors_of(parse, text, "SANCTION")
    assert found and all(actors == ["Telvora Finance Ministry"] for actors in found)


def test_name_parsed_into_the_object_before_a_verb_is_its_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Telvora introduced a tougher method to prosecute smugglers on fraud charges and the "
        "Corvane Office of Asset Control issued new sanctions against the Halvik cartel."
    )
    events = [e for e in _events(parse, text) if e[4].trigger == "sanctions"]
    assert events and events[0][2] == ["Corvane Office of Asset Control"]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitcombe was freed on bail in May and shot a Pellton grocer two weeks later.",
        "Dana Whitcombe was fired from the Ostrava bakery in March and attacked its owner.",
    ],
)
def test_active_conjunct_of_a_passive_is_done_by_its_subject(
    parse: Callable[[str], Doc], text: str
) -> None:
    found = _actors_of(parse, text, "ASSAULT")
    assert found and found[0] == ["Dana Whitcombe"]
    # a participle sharing the passive is done to the subject, not by it
    text = "Dana Whitcombe was arrested in Pellton and charged with the murder of a grocer."
    charged = _actors_of(parse, text, "SANCTION")
    assert charged and all("Dana Whitcombe" not in actors for actors in charged)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say Dana Whitcombe planned the robbery, then shot Pieter Vandal twice.",
        "Police said Dana Whitcombe argued with the cashier, then stabbed him twice.",
    ],
)
def test_then_clause_hung_on_the_verb_before_is_done_by_its_subject(
    parse: Callable[[str], Doc], text: str
) -> None:
    found = _events(parse, text)
    assault = [e for e in found if e[0] == "ASSAULT"]
    assert assault and assault[0][2] == ["Dana Whitcombe"]
    assert "Dana Whitcombe" not in assault[0][3]


@pytest.mark.parametrize("relation", ["girlfriend", "niece"])
def test_he_is_not_a_woman_a_kinship_noun_marks(parse: Callable[[str], Doc], relation: str) -> None:
    text = (
        f"Dana Whitcombe lived in Pellton with his {relation} Marisol Quenby. The accused is "
        "guilty of murdering Marisol Quenby; once he had stabbed her, he also struck her dog."
    )
    found = _actors_of(parse, text, "ASSAULT")
    assert found and all("Marisol Quenby" not in actors for actors in found)


def test_description_of_a_person_named_before_is_that_person(
    parse: Callable[[str], Doc],
) -> None:
    def doers(text: str) -> list[str]:
        events = [e for e in _events(parse, text) if e[0] == "ASSAULT"]
        assert events
        return events[0][2]

    arrest = "Dana Whitcombe was arrested on Monday in Pellton. "
    deed = "Police said the woman had stabbed Marek Halvik outside a bar on Friday."
    # an age the text gave the person; a noun for anyone, with one person named before
    aged = "Dana Whitcombe, 34, was arrested on Monday in Pellton. Police said the 34-year-old "
    assert doers(aged + "had stabbed Marek Halvik outside a bar on Friday.") == ["Dana Whitcombe"]
    assert doers(arrest + deed) == ["Dana Whitcombe"]
    # not when someone unnamed of that kind came in before, nor an officer telling of another
    assert "Dana Whitcombe" not in doers("A woman was seen running from the bar. " + arrest + deed)
    ranked = "Inspector Dana Whitcombe said the woman had stabbed a guard outside the bar."
    assert "Dana Whitcombe" not in doers(ranked)


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        # a verdict ('found guilty') names the man a sentence was given to
        (
            "A judge on Friday sentenced the man who stabbed three guards in a Pellton prison"
            " riot to life in prison. Marek Halvik, 44, was found guilty in May of murder.",
            "ASSAULT",
            "Marek Halvik",
        ),
        # a plea of guilty, and the object of an active verdict
        (
            "A Pellton jury on Monday convicted the woman who stabbed a guard in a Corvane"
            " prison. Dana Whitcombe pleaded guilty in May.",
            "ASSAULT",
            "Dana Whitcombe",
        ),
        # the object of an active arrest, for 'the gunman' of the lede
        (
            "The gunman who killed two guards at a Pellton bank fled in a van. Police arrested"
            " Tomas Brenner in Corvane on Tuesday.",
            "ASSAULT",
            "Tomas Brenner",
        ),
        # the lede's author of the crime, with 'a'
        (
            "A gunman killed two guards at a Pellton bank on Monday. Police arrested Tomas"
            " Brenner in Corvane on Tuesday.",
            "ASSAULT",
            "Tomas Brenner",
        ),
        # a lede's subject whose later verb is the crime ('bought ..., then ... shot')
        (
            "A fired accountant bought a rifle on Friday, then returned to his office and shot"
            " his two bosses. Tomas Brenner, 51, was arrested on Tuesday.",
            "ASSAULT",
            "Tomas Brenner",
        ),
    ],
)
def test_description_of_the_one_in_the_dock_is_the_person_named_later(
    parse: Callable[[str], Doc], text: str, event_type: str, doer: str
) -> None:
    found = _actors_of(parse, text, event_type)
    assert found and found[0] == [doer]


def test_the_one_sentenced_is_the_person_whose_sentencing_is_told(
    parse: Callable[[str], Doc],
) -> None:
    def sentenced(text: str) -> list[str]:
        found = [t for kind, _s, _a, t, _e in _events(parse, text) if kind == "SANCTION"]
        assert found
        return found[0]

    lede = "A judge on Friday sentenced the man who stabbed three guards in a Pellton prison riot."
    told = " Prosecutor Ilse Varga spoke after the sentencing of Tomas Brenner."
    assert sentenced(lede + told) == ["Tomas Brenner"]
    # not when several named people are in the dock
    both = " Marek Halvik and Tomas Brenner were found guilty in May of murder."
    assert not {"Marek Halvik", "Tomas Brenner"} & set(sentenced(lede + both))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Dana Whitcombe spoke by phone with Prime Minister Halvik Marr on Monday.",
        "Minister Dana Whitcombe spoke today with Prime Minister Halvik Marr of Telvora.",
        "Minister Dana Whitcombe talked over the phone with Halvik Marr about trade.",
    ],
)
def test_talk_with_a_time_or_channel_before_with_has_both_sides(
    parse: Callable[[str], Doc], text: str
) -> None:
    found = _actors_of(parse, text, "CONSULT")
    assert found and {"Dana Whitcombe", "Halvik Marr"} <= set(found[0])


def test_unsigned_message_in_the_first_person_acts_as_the_office_holder(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Presidential Message on Pellton Safety Week\n\n"
        "Every family in Pellton deserves safe streets. Upon taking office, I immediately "
        "designated the Corvane gangs as Foreign Terrorist Organizations."
    )
    found = [e for e in _release_events(parse, text) if e[0] == "SANCTION"]
    assert found and found[0][1] == ["Joe Biden"], found


def test_the_caller_does_what_the_call_is_for(parse: Callable[[str], Doc]) -> None:
    text = "Minister Dana Whitcombe called Halvik Marr to congratulate him on his election."
    found = _actors_of(parse, text, "SUPPORT")
    assert found and found[0] == ["Dana Whitcombe"], found
