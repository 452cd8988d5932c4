from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from spacy.tokens import Doc

from flows.extract.events import _government_span, extract_events, resolve_date
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
    assert _events(parse, "The registry is used to share data about shipments.") == []


def test_resolve_date_against_published() -> None:
    published = datetime(2024, 5, 15, 12, tzinfo=UTC)
    assert resolve_date("in November", published) == (datetime(2023, 11, 1), "month")
    assert resolve_date("2019", published) == (datetime(2019, 1, 1), "year")
    assert resolve_date("Tuesday", None) == (None, None)
    assert resolve_date("last week or so maybe", published)[1] in {None, "day"}


def _types(parse: Callable[[str], Doc], text: str) -> list[str]:
    return [e[0] for e in _events(parse, text)]


def _find(parse: Callable[[str], Doc], text: str, event_type: str):
    return [e for e in _events(parse, text) if e[0] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The FBI looked into the Chicago firm last year.", "ACCUSE"),  # phrasal with 'into'
        ("The European Union lifted sanctions on Belarus.", "RETREAT"),  # easing is RETREAT
        ("Prosecutors in Texas charged John Smith with fraud.", "SANCTION"),
    ],
)
def test_lexicon_types(parse: Callable[[str], Doc], text: str, event_type: str) -> None:
    assert event_type in _types(parse, text)


def test_light_verb_gives_its_event_to_the_noun(parse: Callable[[str], Doc]) -> None:
    types = _types(parse, "Norway and Iceland struck a fishing deal in Oslo.")
    assert "AGREE" in types and "ASSAULT" not in types


def test_event_noun_modifier_names_the_kind(parse: Callable[[str], Doc]) -> None:
    types = _types(parse, "Ethiopia launched bombing raids on Tigray on Sunday.")
    assert "ASSAULT" in types and "COERCE" not in types


def test_support_with_a_noun_modifier_is_aid(parse: Callable[[str], Doc]) -> None:
    types = _types(parse, "Japan coordinated defense support for the Philippines.")
    assert types == ["AID"]


def test_commitment_gives_way_to_the_promised_event(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "Germany committed to delivering tanks to Ukraine.") == ["AID"]


def test_refusal_keeps_its_content(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "Hungary refused to meet the Polish delegation.") == ["REJECT"]


def test_purpose_infinitive_is_not_an_event(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "Canada provided trucks to support the Haitian police.") == ["AID"]


def test_object_of_an_event_noun_is_its_content(parse: Callable[[str], Doc]) -> None:
    text = "Berlin regretted Siemens' cancellation of the Alstom deal."
    assert "AGREE" not in _types(parse, text)


def test_charge_needs_its_legal_frame(parse: Callable[[str], Doc]) -> None:
    assert "SANCTION" not in _types(parse, "Airbus charges a fee for storage in Toulouse.")


def test_object_control_makes_the_object_act(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Peru thanked Bolivia for arresting the smuggler.", "COERCE")
    assert found and found[0][2] == ["Bolivia"]


def test_passive_subject_acts_in_the_complement(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Syria's army was accused of shelling Idlib.", "ASSAULT")
    assert found and "Syria" in found[0][2]


def test_participle_describes_the_actor(parse: Callable[[str], Doc]) -> None:
    text = "Interpol, recognized for arresting the fugitive in Lisbon, thanked Portugal."
    found = _find(parse, text, "COERCE")
    assert found and found[0][2] == ["Interpol"]


def test_first_person_in_a_statement_is_its_author(parse: Callable[[str], Doc]) -> None:
    text = (
        "Statement from Secretary Maria Lopez on Kenya\n\n"
        "Secretary Maria Lopez welcomed the vote. I met President William Ruto in Nairobi."
    )
    found = _find(parse, text, "CONSULT")
    assert found and "Maria Lopez" in found[0][2]


def test_pronoun_takes_the_subject_of_the_clause_above(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Brazil said that it had arrested the suspect in Recife.", "COERCE")
    assert found and found[0][2] == ["Brazil"]


def test_definite_noun_refers_back_without_new_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "Argentina imposed a ban on beef exports in May. "
        "Brazil cited the ban in its complaint to the WTO."
    )
    found = _find(parse, text, "SANCTION")
    assert len(found) == 1 and found[0][2] == ["Argentina"]
    assert found[0][4].mention_count == 2


def test_mentions_naming_one_target_are_one_event(parse: Callable[[str], Doc]) -> None:
    text = (
        "Colombian police captured Juan Perez on Monday. "
        "Peru thanked the Colombian army for capturing Perez."
    )
    assert len(_find(parse, text, "COERCE")) == 1


def test_arrests_of_different_people_are_two_events(parse: Callable[[str], Doc]) -> None:
    text = (
        "Statement on the Arrest of Juan Perez\n\n"
        "The arrest follows Mexico's arrest of Carlos Mendoza and his extradition to Peru."
    )
    assert len(_find(parse, text, "COERCE")) == 2


def test_arrests_of_different_participants_are_two_events(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Statement on the Arrest of Juan Perez\n\n"
        "Juan Perez was held in Lima. "
        "The arrest follows Mexico's arrest of Colombian officials in Cancun."
    )
    assert len(_find(parse, text, "COERCE")) == 2


# --- round 2: mechanisms for unseen articles -------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rioters set fire to a police station in Lyon on Monday.", "ASSAULT"),  # verb + object
        (
            "President John Smith signed the Border Security Act on Friday.",
            "SANCTION",
        ),  # signs a law
        ("Peru and Chile launched a joint operation against smugglers.", "COOPERATE"),
        ("The French Air Force conducted strikes on militant camps in Mali.", "ASSAULT"),
        ("Brazil promised to impose tariffs on Argentine steel.", "THREATEN"),
        ("The European Union convened the Migration Summit in Brussels.", "CONSULT"),
        ("Greek unions staged a walkout in Athens.", "PROTEST"),
        ("Apple sued Samsung in Seoul last year.", "ACCUSE"),
    ],
)
def test_round_two_types(parse: Callable[[str], Doc], text: str, event_type: str) -> None:
    assert event_type in _types(parse, text)


def test_set_fire_is_not_planned(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Rioters set fire to a police station in Lyon on Monday.", "ASSAULT")
    assert found and found[0][1] == "occurred"


def test_strike_without_a_target_stays_a_protest(parse: Callable[[str], Doc]) -> None:
    assert "PROTEST" in _types(parse, "Greek unions held a general strike in Athens.")


def test_operation_alone_is_no_cooperation(parse: Callable[[str], Doc]) -> None:
    assert "COOPERATE" not in _types(parse, "The Chilean Navy carried out an operation near Arica.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Microsoft provided its perspective on the rules to Germany.", "AID"),
        ("Bolivia failed to cooperate with Peru on the case.", "COOPERATE"),
        ("Chilean minister Ana Soto declined to comment on the talks with Peru.", "REJECT"),
        ("Mexico condemned the Zetas cartel, which attacks migrants in Sonora.", "ASSAULT"),
        ("Peru and Chile committed to enhance coordination between their police.", "COOPERATE"),
        ("Mexico designated the gang as a terrorist group, enabling asset seizures.", "COERCE"),
    ],
)
def test_non_happenings_are_not_events(parse: Callable[[str], Doc], text: str, absent: str) -> None:
    assert absent not in _types(parse, text)


def test_relative_pronoun_takes_the_operation_actor(parse: Callable[[str], Doc]) -> None:
    text = "Mexico's operation that captured Juan Perez ended on Monday."
    found = _find(parse, text, "COERCE")
    assert found and found[0][2] == ["Mexico"]


def test_both_countries_are_the_two_named_before(parse: Callable[[str], Doc]) -> None:
    text = "Japan hosted Australia in Tokyo on Monday. Both countries signed a maritime agreement."
    found = _find(parse, text, "AGREE")
    assert found and set(found[0][2]) == {"Japan", "Australia"}


def test_person_in_apposition_acts(parse: Callable[[str], Doc]) -> None:
    text = "Peru's interior minister, Luis Navarro, met Bolivian officials in La Paz."
    found = _find(parse, text, "CONSULT")
    assert found and "Luis Navarro" in found[0][2]


def test_aid_from_names_its_giver(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Haiti received a rescue package from the World Bank.", "AID")
    assert found and "World Bank" in found[0][2]


def test_definite_noun_refers_back_to_the_meeting(parse: Callable[[str], Doc]) -> None:
    text = "Chile hosted a meeting with Peru in Santiago. Minister Ana Soto opened the meeting."
    found = _find(parse, text, "CONSULT")
    assert len(found) == 1 and "Ana Soto" in found[0][2]


def test_recipient_of_aid_is_its_target(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Haiti received a rescue package from the World Bank.", "AID")
    assert found and found[0][2] == ["World Bank"] and found[0][3] == ["Haiti"]


def test_guests_of_a_hosting_verb_are_parties(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Chile hosted Peru and Bolivia in Santiago on Monday.", "CONSULT")
    assert found and {"Chile", "Peru", "Bolivia"} <= set(found[0][2])


def test_passive_subject_of_a_meeting_verb_is_a_party(parse: Callable[[str], Doc]) -> None:
    text = "Mexico was briefed by the FBI on the cartel threat on Monday."
    found = _find(parse, text, "CONSULT")
    assert found and {"Mexico", "Federal Bureau of Investigation"} <= set(found[0][2])


def test_announcer_of_an_event_takes_part(parse: Callable[[str], Doc]) -> None:
    text = "Minister Luis Navarro announced that Chile would provide Peru with emergency aid."
    found = _find(parse, text, "AID")
    assert found and {"Luis Navarro", "Chile"} <= set(found[0][2])


def test_adverbial_clause_takes_the_passive_subject(parse: Callable[[str], Doc]) -> None:
    text = "Officer Luis Navarro was shot while investigating Pedro Soto in Lima."
    found = _find(parse, text, "ACCUSE")
    assert found and "Luis Navarro" in found[0][2]


def test_headline_and_lead_are_one_happening(parse: Callable[[str], Doc]) -> None:
    text = (
        "Chile announces aid package for Peru\n"
        "Minister Luis Navarro said today that Chile would provide Peru with emergency aid."
    )
    assert len(_find(parse, text, "AID")) == 1


def test_encouraging_is_a_request_that_keeps_its_content(parse: Callable[[str], Doc]) -> None:
    types = _types(parse, "Canada encouraged Mexico to coordinate with the FBI.")
    assert "REQUEST" in types and "COOPERATE" not in types


def test_meeting_a_challenge_is_no_meeting(parse: Callable[[str], Doc]) -> None:
    assert "CONSULT" not in _types(parse, "Canada and Mexico can meet the challenge together.")


def test_what_a_meeting_discussed_is_part_of_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Chile hosted Peru and Bolivia in Santiago on Monday. "
        "Chile, Peru and Bolivia discussed border security."
    )
    assert len(_find(parse, text, "CONSULT")) == 1


def test_infinitive_after_a_plain_noun_is_its_purpose(parse: Callable[[str], Doc]) -> None:
    text = "Canada received a briefing on the current work to crack down on cartels."
    assert "COERCE" not in _types(parse, text)


def test_bare_administration_is_the_named_one(parse: Callable[[str], Doc]) -> None:
    text = (
        "President John Smith spoke on Monday. The Smith Administration imposed tariffs on China. "
        "The Administration has encouraged Mexico to act."
    )
    found = _find(parse, text, "REQUEST")
    assert found and found[0][2] == ["Smith Administration"]


def _actors_of(events: list, event_type: str) -> list[list[str]]:
    return [e[2] for e in events if e[0] == event_type]


def test_pronoun_takes_the_subject_of_a_sentence_before(parse: Callable[[str], Doc]) -> None:
    text = (
        "Readout of a trip to West Africa\n\n"
        "Secretary of State Antony Blinken arrived in Nigeria on Monday. "
        "The visit lasted two days. "
        "He met with President Bola Tinubu in Abuja."
    )
    met = [e for e in _events(parse, text) if e[4].trigger == "met"]
    assert met and "Antony Blinken" in met[0][2]


def test_plural_pronoun_takes_the_conjoined_subject_before(parse: Callable[[str], Doc]) -> None:
    text = "Canada and Mexico held talks in Ottawa on Monday. They agreed to share intelligence."
    agreements = _actors_of(_events(parse, text), "AGREE")
    assert agreements and {"Canada", "Mexico"} <= set(agreements[0])


def test_numbered_collective_takes_the_participants_told_before(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Canada hosted Mexico and the United States in Toronto on Monday. "
        "The three countries agreed to share data on drug seizures."
    )
    agreements = _actors_of(_events(parse, text), "AGREE")
    assert agreements and {"Canada", "Mexico", "United States"} <= set(agreements[0])


def test_parties_agreeing_on_different_things_make_two_agreements(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Canada and Mexico held talks in Ottawa on Monday. "
        "The countries agreed to coordinate their efforts. "
        "The countries also agreed to expand the exchange of students."
    )
    events = _events(parse, text)
    assert len([e for e in events if e[0] == "AGREE"]) == 2
    assert not [e for e in events if e[0] == "COOPERATE"]  # the content of the agreement


def test_possessor_of_an_arrest_is_its_target(parse: Callable[[str], Doc]) -> None:
    text = (
        "Mexican police arrested John Smith in Tijuana on Monday. "
        "His arrest followed a long investigation by the FBI."
    )
    for _type, _status, actors, _targets, _event in _events(parse, text):
        assert "John Smith" not in actors


def test_meetings_in_different_places_are_two_events(parse: Callable[[str], Doc]) -> None:
    text = (
        "Readout of a trip to West Africa\n\n"
        "The trip began on Monday. "
        "In Nigeria, Dana Whitcombe met with President Arlo Pellton. "
        "In Senegal, Dana Whitcombe met with President Ines Halvik."
    )
    assert len([e for e in _events(parse, text) if e[0] == "CONSULT"]) == 2


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "FBI agents arrested the suspect in Miami on Monday.",
            "COERCE",
            "Federal Bureau of Investigation",
        ),
        (
            "Marta Kowalski led the U.S. delegation to the talks in Vienna.",
            "CONSULT",
            "United States",
        ),
    ],
)
def test_body_of_people_acts_for_its_owner(
    parse: Callable[[str], Doc], text: str, event_type: str, actor: str
) -> None:
    found = _actors_of(_events(parse, text), event_type)
    assert found and actor in found[0]


def test_headline_without_auxiliary_is_passive(parse: Callable[[str], Doc]) -> None:
    text = "Chargers' Jackson arrested on suspicion of DUI\n\nVincent Jackson was arrested Monday."
    events = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert events
    for _type, _status, actors, _targets, _event in events:
        assert "Vincent Jackson" not in actors
    assert any("Jackson" in target for target in events[0][3])


def test_name_at_the_head_of_a_title_is_the_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "Deputy Secretary of Commerce for the Office of Consumer Safety and Product "
        "Standards Dana J. Whitcombe led talks with Ecuador in Quito."
    )
    found = _actors_of(_events(parse, text), "CONSULT")
    assert found and "Dana J. Whitcombe" in found[0]


def test_who_is_met_is_a_party_to_the_meeting(parse: Callable[[str], Doc]) -> None:
    text = "President John Smith met President Alan Reyes in Denver on Tuesday."
    found = _actors_of(_events(parse, text), "CONSULT")
    assert found and {"John Smith", "Alan Reyes"} <= set(found[0])


# --------------------------------------------------------------------------- round: recall


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Syrian troops fired at the crowd in Homs on Friday.", "ASSAULT"),  # phrasal 'fire at'
        ("Protesters stormed the parliament in Athens on Wednesday.", "ASSAULT"),
        ("President Smith expressed appreciation for Mexico's efforts.", "SUPPORT"),
        ("Canada and Mexico established a joint committee in 2023.", "COOPERATE"),
    ],
)
def test_general_trigger_vocabulary(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    assert event_type in _types(parse, text)


def test_title_case_headline_verb_is_a_trigger(parse: Callable[[str], Doc]) -> None:
    text = (
        "Texas Police Arrests Smuggler Juan Perez At Border\n"
        "Police in Texas arrested Juan Perez on Monday."
    )
    events = _find(parse, text, "COERCE")
    assert len(events) == 1 and events[0][4].trigger == "Arrests"


def test_conjoined_verbs_with_their_own_objects_are_two_events(
    parse: Callable[[str], Doc],
) -> None:
    text = "President Smith signed the SAFE Act and designated five cartels as terrorists."
    assert _types(parse, text).count("SANCTION") == 2


def test_agentless_passive_arrest_of_unnamed_people_is_an_event(
    parse: Callable[[str], Doc],
) -> None:
    text = "A man suspected of the shooting was arrested after a chase on Monday."
    assert _types(parse, text) == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The 52-year-old was arrested on Friday.", "COERCE"),
        ("Three were charged with arson on Tuesday.", "SANCTION"),
        ("The nurse, who has been charged with theft, resigned last week.", "SANCTION"),
        ("The two drivers, who were detained on Sunday, were released.", "COERCE"),
    ],
)
def test_passive_charge_of_described_people_is_an_event(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    assert event_type in _types(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drivers who are detained can ask for a lawyer.",
        "The nurse, who had been charged twice before, resigned last week.",
    ],
)
def test_rule_or_count_of_charges_of_described_people_is_no_event(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert not {"COERCE", "SANCTION"} & set(_types(parse, text))


def test_questions_and_idioms_are_no_events(parse: Callable[[str], Doc]) -> None:
    assert "REQUEST" not in _types(parse, "Asked if Smith might have won, Kowalski said no.")
    assert "SANCTION" not in _types(parse, "Egypt is in charge of the main cable.")


def test_headline_and_body_of_one_killing_merge(parse: Callable[[str], Doc]) -> None:
    text = (
        "Teen Juan Perez killed by LAPD officers\n"
        "Crowds gathered in Fairview on Monday night. "
        "Residents held a vigil near the corner. "
        "LAPD officers shot Juan Perez late Saturday night."
    )
    assert len(_find(parse, text, "ASSAULT")) == 1


def test_every_person_of_a_list_of_titled_names_acts(parse: Callable[[str], Doc]) -> None:
    text = (
        "Today, State Office of Rural Water Policy Director Dr. Dana Whitcombe, "
        "State Housing Council Advisor Marta Kowalski, U.S. Deputy Secretary "
        "for Energy Admiral John Smith, and U.S. Deputy Secretary for Public Lands "
        "Dr. Ann Miller hosted a convening with state water utilities."
    )
    actors = _find(parse, text, "CONSULT")[0][2]
    assert {"Dana Whitcombe", "Marta Kowalski", "John Smith"} <= set(actors)


def test_a_noun_named_by_a_participle_acts(parse: Callable[[str], Doc]) -> None:
    text = "A retired teacher named John Smith admired the singer's voice and asked her to perform."
    assert _find(parse, text, "REQUEST")[0][2] == ["John Smith"]


def test_the_officials_are_the_people_named_before(parse: Callable[[str], Doc]) -> None:
    text = (
        "Senator Dana Whitcombe and Senator Marta Kowalski met with bank executives in "
        "Washington. The officials then called on the banks to cut fees."
    )
    actors = _find(parse, text, "REQUEST")[0][2]
    assert {"Dana Whitcombe", "Marta Kowalski"} <= set(actors)


def test_a_title_alone_as_subject_is_the_person_given_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Second Gentleman John Smith traveled to Ohio on Monday. "
        "During the visit, the Second Gentleman thanked the nurses for their work."
    )
    assert _find(parse, text, "SUPPORT")[0][2] == ["John Smith"]


def test_a_title_of_another_country_is_not_the_person_titled_so(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "President Dana Whitcombe met Halvik officials in Pellton on Monday. "
        "The Chinese President pledged to curb exports of the chemicals."
    )
    assert "Dana Whitcombe" not in _find(parse, text, "AGREE")[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Chief of Police Dana Whitcombe spoke to reporters in Pellton. "
        "Police arrested two men after the robbery.",
        "Assistant to the President Dana Whitcombe met Halvik officials. "
        "The President sanctioned Telvora on Monday.",
    ],
)
def test_the_tail_of_a_title_cut_at_a_preposition_names_no_one(
    parse: Callable[[str], Doc], text: str
) -> None:
    # 'police' and 'the President' are not the person titled 'Chief of Police' or 'Assistant
    # to the President'
    events = _events(parse, text)
    acting = [e for e in events if e[0] in {"COERCE", "SANCTION"}]
    assert acting and all("Dana Whitcombe" not in e[2] for e in acting)


def test_attacks_by_unnamed_people_are_events_one_per_attacker(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "In March, a gunman killed three people at a grocery store in Fairview, "
        "before an off-duty guard killed the gunman."
    )
    assert len(_find(parse, text, "ASSAULT")) == 2


def test_a_title_word_is_no_shared_target_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Bills Signed\n"
        "Thank you to Senators Whitcombe and Miller for their leadership on the first bill.\n"
        "Thank you to Senators Kowalski and Perez for their leadership on the second bill."
    )
    assert len(_find(parse, text, "SUPPORT")) == 2


def test_tipping_off_and_briefing_are_triggers(parse: Callable[[str], Doc]) -> None:
    assert "COOPERATE" in _types(parse, "A man tipped off the FBI to the location of the car.")
    text = "President John Smith received a briefing from Attorney General Dana Whitcombe."
    assert "CONSULT" in _types(parse, text)


def test_proclamation_signer_acts_for_i_and_we(parse: Callable[[str], Doc]) -> None:
    text = (
        "A Proclamation on Safety Week\n"
        "In 2022, I signed the Safety Act into law. We thank Canada for its help.\n"
        "NOW, THEREFORE, I, JOHN Q. SMITH, President of the United States, do hereby proclaim "
        "this week as Safety Week.\n"
        "JOHN Q. SMITH"
    )
    events = {e[0]: [name.lower() for name in e[2]] for e in _events(parse, text)}
    assert "john q. smith" in events["SANCTION"]
    assert "john q. smith" in events["SUPPORT"]


def test_subject_of_a_means_clause_convenes_with_the_guests(parse: Callable[[str], Doc]) -> None:
    text = (
        "Secretary Jane Smith followed through on the pledge by convening Mexico and Canada "
        "to discuss fentanyl."
    )
    events = [e for e in _events(parse, text) if e[0] == "CONSULT"]
    assert events
    assert "Jane Smith" in events[0][2]
    assert {"Mexico", "Canada"} <= set(events[0][2])


def test_relative_pronoun_subject_of_a_controlling_verb_acts(parse: Callable[[str], Doc]) -> None:
    text = "The navy arrested 12 armed pirates who tried to storm a tanker in the Arabian Sea."
    assault = [e for e in _events(parse, text) if e[0] == "ASSAULT"]
    assert assault
    assert assault[0][2]  # the pirates, not no one


def test_noun_event_does_not_take_the_actor_of_a_verb_above_another_noun(
    parse: Callable[[str], Doc],
) -> None:
    text = "Apple released a software update in response to complaints from Germany."
    accuse = [e for e in _events(parse, text) if e[0] == "ACCUSE"]
    assert not any("Apple" in e[2] for e in accuse)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft released a patch for the browser on Tuesday.",
        "HBO Films released a feature film about Jane Doe in 2005.",
        "Coach John Smith asked them to craft a press release.",
    ],
)
def test_release_of_things_is_no_retreat(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "RETREAT"]


def test_release_of_people_is_a_retreat(parse: Callable[[str], Doc]) -> None:
    text = "Iran released two British sailors on Friday."
    assert [e for e in _events(parse, text) if e[0] == "RETREAT"]


def test_what_is_avoided_or_prevented_does_not_happen(parse: Callable[[str], Doc]) -> None:
    text = "John Smith said NATO must target pirates accurately to avoid killing civilians."
    assert not [e for e in _events(parse, text) if e[0] == "ASSAULT"]


def test_passive_participle_clause_is_done_to_the_main_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = "Arrested by the FBI on Sunday, John Smith was booked into county jail."
    coerce = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert coerce
    assert "Federal Bureau of Investigation" in coerce[0][2]
    assert "John Smith" in coerce[0][3]


def test_preposition_after_the_object_makes_no_phrasal_verb(parse: Callable[[str], Doc]) -> None:
    text = "Players from the Chargers can call a private number for a ride home."
    assert not [e for e in _events(parse, text) if e[0] == "REQUEST"]


def test_call_for_parsed_as_a_clause_mark_is_a_request(parse: Callable[[str], Doc]) -> None:
    text = "Piracy report.\nRobert Gates called for shipping companies to do more to protect ships."
    request = [e for e in _events(parse, text) if e[0] == "REQUEST"]
    assert request and "Robert Gates" in request[0][2]


def test_ask_without_content_is_a_question(parse: Callable[[str], Doc]) -> None:
    assert not _events(parse, "Apple staff did not know the answer when John Smith asked them.")
    assert _events(parse, "John Smith asked Mexico to extradite the suspect.")


def test_declining_to_discuss_is_no_meeting(parse: Callable[[str], Doc]) -> None:
    text = "John Smith declined to discuss the case with the Chargers."
    assert not [e for e in _events(parse, text) if e[0] == "CONSULT"]


def test_event_noun_framing_a_verb_of_its_type_is_one_happening(
    parse: Callable[[str], Doc],
) -> None:
    text = "Israeli forces killed 40 people during an attack on a United Nations school in Gaza."
    assert len([e for e in _events(parse, text) if e[0] == "ASSAULT"]) == 1


def test_negated_mention_is_not_merged_with_one_that_happened(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Police report.\n"
        "Police attempted to stop the car, but John Smith would not pull over.\n"
        "Upon arrest, police seized a rifle from John Smith."
    )
    statuses = sorted(e[1] for e in _events(parse, text) if e[0] == "COERCE")
    assert "negated" in statuses and "occurred" in statuses


def test_event_in_an_infinitive_under_a_plan_is_planned(parse: Callable[[str], Doc]) -> None:
    text = "Israel said Hamas was planning to use a tunnel to capture Israeli soldiers."
    coerce = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert coerce and coerce[0][1] == "planned"


def test_agreement_reached_between_parties(parse: Callable[[str], Doc]) -> None:
    text = "On 19 June 2008, a truce agreement was reached between Hamas and Israel."
    agree = [e for e in _events(parse, text) if e[0] == "AGREE"]
    assert agree and {"Hamas", "Israel"} <= set(agree[0][2])


def test_signed_order_parsed_as_clause_subject(parse: Callable[[str], Doc]) -> None:
    text = "Today, President John Smith signed an Executive Order declaring a national emergency."
    sanction = [e for e in _events(parse, text) if e[0] == "SANCTION"]
    assert sanction and "John Smith" in sanction[0][2]


def test_definite_noun_naming_a_party_refers_back(parse: Callable[[str], Doc]) -> None:
    text = (
        "Tariff report.\n"
        "President John Smith imposed a tariff on Canada on Monday.\n"
        "Energy goods remain exempt from the Canada tariffs."
    )
    sanction = [e for e in _events(parse, text) if e[0] == "SANCTION"]
    assert len(sanction) == 1
    assert "Canada" not in sanction[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe died in a Denver hospital after suffering a stroke last week.",
        "The singer from Tennessee was famous, striking a chord with fans across Canada.",
    ],
)
def test_idioms_are_no_attacks(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "ASSAULT"]


def _with_type(events: list, event_type: str) -> list:
    return [e for e in events if e[0] == event_type]


def test_pronoun_in_a_relative_clause_is_its_noun(parse: Callable[[str], Doc]) -> None:
    text = (
        "Jane Doe testified on Monday.\n"
        "John Smith, who argued he was insane when he carried out the killings, spoke in court."
    )
    assault = _with_type(_events(parse, text), "ASSAULT")
    assert assault and assault[0][2] == ["John Smith"]


def test_singular_pronoun_skips_coordinated_subjects(parse: Callable[[str], Doc]) -> None:
    text = (
        "Bob Woodward and Carl Bernstein wrote the story with help from Mark Felt.\n"
        "He later denounced the White House in a memo."
    )
    accuse = _with_type(_events(parse, text), "ACCUSE")
    assert accuse and accuse[0][2] == ["Mark Felt"]


def test_pronoun_without_subject_above_is_the_person_named_before_it(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Jane Doe spoke to reporters on Monday.\n"
        "Officials at the school, where John Smith is the principal, said he was arrested."
    )
    coerce = _with_type(_events(parse, text), "COERCE")
    assert coerce and coerce[0][3] == ["John Smith"]


def test_headline_participle_parsed_as_a_clause_is_done_to_its_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = "Preacher to fraudster: Cult leader John Smith sentenced to life in prison\n"
    sanction = _with_type(_events(parse, text), "SANCTION")
    assert sanction and "John Smith" in sanction[0][3]
    assert "John Smith" not in sanction[0][2]


def test_passive_joined_to_a_clause_is_done_to_its_subject(parse: Callable[[str], Doc]) -> None:
    text = "After a long delay, John Smith stood trial and was convicted in Utah for fraud."
    sanction = _with_type(_events(parse, text), "SANCTION")
    assert sanction and sanction[0][3] == ["John Smith"]


def test_participle_after_an_active_verb_is_done_by_its_subject(
    parse: Callable[[str], Doc],
) -> None:
    text = "Mexico has seized fentanyl, arrested dozens of traffickers and sanctioned banks."
    coerce = _with_type(_events(parse, text), "COERCE")
    assert coerce and "Mexico" in coerce[0][2]


def test_possessor_of_a_slaying_is_its_victim(parse: Callable[[str], Doc]) -> None:
    text = "John Smith faces a federal trial for officer Mark Ellison's slaying."
    assault = _with_type(_events(parse, text), "ASSAULT")
    assert assault and "Mark Ellison" in assault[0][3]
    assert "Mark Ellison" not in assault[0][2]


def test_definite_body_noun_names_the_organization(parse: Callable[[str], Doc]) -> None:
    text = (
        "The Federal Bureau of Investigation opened an office in Dallas.\n"
        "The White House tried to subvert the bureau's investigation into the break-in."
    )
    accuse = _with_type(_events(parse, text), "ACCUSE")
    assert accuse and accuse[0][2] == ["Federal Bureau of Investigation"]


def test_agency_reporting_an_arrest_made_it(parse: Callable[[str], Doc]) -> None:
    text = "The CHP said one driver was arrested for reckless driving."
    coerce = _with_type(_events(parse, text), "COERCE")
    assert coerce and coerce[0][2]
    text = "Officials said John Smith was arrested for reckless driving."
    coerce = _with_type(_events(parse, text), "COERCE")
    assert coerce and not coerce[0][2]


def test_thank_you_in_a_statement_is_its_author(parse: Callable[[str], Doc]) -> None:
    text = (
        "Statement from President John Smith on the Bill\n"
        "Thank you to Senator Dana Whitcombe for her leadership."
    )
    support = _with_type(_events(parse, text), "SUPPORT")
    assert support and support[0][2] == ["John Smith"]


def test_alias_names_the_actor_of_an_event_noun(parse: Callable[[str], Doc]) -> None:
    text = (
        "Marta Kowalski leads the Bureau of International Narcotics and Law Enforcement Affairs "
        "(INL).\nKowalski announced INL funding for the academy."
    )
    aid = _with_type(_events(parse, text), "AID")
    assert aid and "Bureau of International Narcotics and Law Enforcement Affairs" in aid[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitcombe has been fighting lung cancer since 2011.",
        "Firefighters from three stations attacked the blaze on Monday.",
        "John Smith will host the Academy Awards ceremony in March.",
        "The insurance companies have killed reform in the past.",
        "Capaldi was in Prague shooting a BBC remake of the series.",
        "Back in 1970, Woodward struck up a conversation with Felt.",
        "The Watergate tapes captured the chief of staff ordering a cover-up.",
        "He was traded for a shooting guard last season.",
    ],
)
def test_triggers_between_things_are_no_events(parse: Callable[[str], Doc], text: str) -> None:
    assert _types(parse, text) == []


def test_attacks_on_people_and_places_stay_events(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "A gunman killed his former partner on the campus.") == ["ASSAULT"]
    assert _types(parse, "Rebels attacked the police station in Kandahar.") == ["ASSAULT"]
    assert _types(parse, "The blast killed two officers in Woodburn.") == ["ASSAULT"]


def test_guilty_plea_is_a_concession(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "Lindsay Lohan pleaded guilty to drunk driving.") == ["CONCEDE"]
    assert _types(parse, "John Smith pleaded not guilty to the charges.") == ["REJECT"]


def test_calling_reserves_to_duty_is_mobilization(parse: Callable[[str], Doc]) -> None:
    text = "The Pentagon called 5,000 reserves to active duty on Friday."
    assert _types(parse, text) == ["MOBILIZE"]


def test_place_after_at_is_no_target(parse: Callable[[str], Doc]) -> None:
    text = "Police arrested John Smith at Heathrow Airport in London on Monday."
    coerce = _with_type(_events(parse, text), "COERCE")
    assert coerce and coerce[0][3] == ["John Smith"]


def test_list_items_take_the_subject_of_their_lead_in(parse: Callable[[str], Doc]) -> None:
    text = (
        "Fact Sheet: The President Acts\n\n"
        "Since taking office, President John Smith has:\n"
        "- Deployed additional troops to the border.\n"
        "- Designated two cartels as terrorist organizations.\n"
    )
    events = _events(parse, text)
    typed = {(t, tuple(a)) for t, _s, a, _g, _e in events}
    assert ("MOBILIZE", ("John Smith",)) in typed
    assert ("SANCTION", ("John Smith",)) in typed


def test_event_noun_of_a_list_item_takes_the_lead_in_subject(parse: Callable[[str], Doc]) -> None:
    # the item's verb is a light verb ('restarted', 'reinstated') and the event is its noun
    text = (
        "Fact Sheet: The Governor Acts\n\n"
        "Since taking office, Governor Ann Miller has:\n"
        "- Restarted the detention of smugglers who cross the river.\n"
        "- Reinstated the ban on imports of precursor chemicals.\n"
    )
    typed = {(t, tuple(a)) for t, _s, a, _g, _e in _events(parse, text)}
    assert ("COERCE", ("Ann Miller",)) in typed
    assert ("SANCTION", ("Ann Miller",)) in typed


def test_halting_a_program_or_growing_a_workforce_is_typed_by_its_object(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Fact Sheet: The Governor Acts\n\n"
        "Since taking office, Governor Ann Miller has:\n"
        "- Terminated the state's housing voucher programs.\n"
        "- Ended catch-and-release policies.\n"
        "- Paused the operation of the Student Exchange Program.\n"
    )
    typed = [(t, tuple(a)) for t, _s, a, _g, _e in _events(parse, text)]
    assert typed.count(("SANCTION", ("Ann Miller",))) == 2
    assert ("COERCE", ("Ann Miller",)) in typed
    grown = _events(parse, "Governor Ann Miller doubled the workforce of the state police.")
    assert [(t, a) for t, _s, a, _g, _e in grown] == [("MOBILIZE", ["Ann Miller"])]
    assert _events(parse, "The war ended in 1945 and Acme Corp doubled its profits.") == []


def test_directing_or_ordering_a_definite_event_makes_the_subject_act(
    parse: Callable[[str], Doc],
) -> None:
    events = _events(
        parse, "Governor Ann Miller directed the designation of two gangs as terrorist groups."
    )
    assert [(t, a) for t, _s, a, _g, _e in events] == [("SANCTION", ["Ann Miller"])]
    events = _events(parse, "Governor Ann Miller ordered the deployment of the state guard.")
    assert [(t, a) for t, _s, a, _g, _e in events] == [("MOBILIZE", ["Ann Miller"])]


def test_a_decision_of_two_parties_is_an_agreement(parse: Callable[[str], Doc]) -> None:
    text = "Last year, Canada's and Peru's decision to resume customs cooperation opened the way."
    events = _events(parse, text)
    assert ("AGREE", {"Canada", "Peru"}) in [(t, set(a)) for t, _s, a, _g, _e in events]
    # the first possessor and the infinitive hung elsewhere by the parser
    text = (
        "The customs task force is a direct result of President Ann Miller’s and President "
        "Jorge Ruiz’s decision, announced at the summit in Lima in May 2022, to resume bilateral "
        "cooperation on customs."
    )
    events = _events(parse, text)
    assert ("AGREE", {"Ann Miller", "Jorge Ruiz"}) in [(t, set(a)) for t, _s, a, _g, _e in events]
    # here the parser hangs 'Macron' on 'of': the first of two coordinated possessors
    events = _events(
        parse, text.replace("Ann Miller", "Macron").replace("Jorge Ruiz", "Xi Jinping")
    )
    agreed = [set(a) for t, _s, a, _g, _e in events if t == "AGREE"]
    assert agreed == [{"Emmanuel Macron", "Xi Jinping"}]


def test_a_series_act_misparsed_as_a_clausal_object_keeps_the_subject(
    parse: Callable[[str], Doc],
) -> None:
    # the parser makes 'deployed' the clausal object of 'declared', whose object is filled
    text = (
        "- Safety and Order Push: On Day One, Governor Ann Miller declared a state flood "
        "emergency, resumed and expanded levee construction with many new miles underway "
        "in key counties like Polk and the Lake Valley, deployed State Guard and active-duty "
        "troops to the river, reinstated the curfew, and repurposed the old app to track "
        "evacuations."
    )
    mobilized = _with_type(_events(parse, text), "MOBILIZE")
    assert mobilized and mobilized[0][2] == ["Ann Miller"]
    assert _events(parse, "Ann Miller said that police arrested two men.")[0][2] == ["Police"]


def test_one_designation_phrase_with_two_as_phrases_is_two_acts(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Amid a changing landscape, including Governor Ann Miller’s designations of gangs as "
        "Foreign Terrorist Organizations and xylazine as a weapon of mass destruction, the three "
        "states met in Ottawa."
    )
    sanctions = _with_type(_events(parse, text), "SANCTION")
    assert [a for _t, _s, a, _g, _e in sanctions] == [["Ann Miller"], ["Ann Miller"]]
    single = "Governor Ann Miller’s designation of gangs as terrorist groups angered them."
    assert len(_with_type(_events(parse, single), "SANCTION")) == 1


def test_ordering_units_to_active_duty_mobilizes(parse: Callable[[str], Doc]) -> None:
    events = _events(
        parse, "Governor Ann Miller ordered two reserve units to active duty on Monday."
    )
    assert [(t, a) for t, _s, a, _g, _e in events] == [("MOBILIZE", ["Ann Miller"])]


def test_buying_a_company_is_an_agreement_of_both(parse: Callable[[str], Doc]) -> None:
    events = _events(parse, "Disney acquired Pixar Animation Studios in 2006.")
    assert [(t, set(a)) for t, _s, a, _g, _e in events] == [
        ("AGREE", {"Disney", "Pixar Animation Studios"})
    ]
    assert _events(parse, "Smith bought a new car last year.") == []


def test_agentless_happening_with_its_own_date(parse: Callable[[str], Doc]) -> None:
    events = _events(parse, "A gun was used in an April shooting, the prosecutor said.")
    assert [e[0] for e in events] == ["ASSAULT"]


def test_condemned_attack_is_its_own_happening(parse: Callable[[str], Doc]) -> None:
    events = _events(parse, "The United Nations condemned the aerial bombing of a refugee camp.")
    found = {(t, tuple(a)) for t, _s, a, _g, _e in events}
    assert ("ACCUSE", ("United Nations",)) in found
    assert ("ASSAULT", ()) in found


def _release_events(parse: Callable[[str], Doc], text: str):
    doc = parse(text)
    registry = extract_participants(
        doc, publisher="whitehouse.gov briefing room", published_at=datetime(2023, 12, 19)
    )
    found = extract_events(doc, resolve=lambda span: resolve_phrase(doc, span, registry))
    return [(e.event_type, [a.name for a in a_], [t.name for t in t_]) for e, a_, t_ in found]


def test_president_signing_into_a_list_acts_and_thanks(parse: Callable[[str], Doc]) -> None:
    text = (
        "Bills Signed\n\n"
        "On Tuesday, the President signed into law:\n\n"
        "S. 100, which extends the program.\n\n"
        "Thank you to Senators Alan Whitcombe and Roger Miller for their leadership."
    )
    events = _release_events(parse, text)
    sanction = [e for e in events if e[0] == "SANCTION"]
    support = [e for e in events if e[0] == "SUPPORT"]
    assert sanction and sanction[0][1] == ["Joe Biden"] and "Joe Biden" not in sanction[0][2]
    assert support and support[0][1] == ["Joe Biden"]


def test_remarks_of_and_statement_from_an_office_name_the_author(
    parse: Callable[[str], Doc],
) -> None:
    from flows.extract.events import _author_span

    doc = parse("Remarks of National Security Advisor Dana Whitcombe at the Conference\n\nWe met.")
    span = _author_span(doc)
    assert span and doc.text[span[0] : span[1]] == "Dana Whitcombe"
    doc = parse("Statement from the Press Secretary\n\nWe condemn the attack.")
    span = _author_span(doc)
    assert span and doc.text[span[0] : span[1]] == "the Press Secretary"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Bipartisan discussions on the bill broke down on Thursday.", "CONSULT"),
        ("The investigation into the company began in March.", "ACCUSE"),
    ],
)
def test_event_noun_that_runs_its_course_is_kept(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    assert event_type in _types(parse, text)


def test_event_noun_subject_of_another_verb_needs_a_party(parse: Callable[[str], Doc]) -> None:
    assert "CONSULT" not in _types(parse, "The meeting follows years of work.")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Juan Perez retreated to the ropes in the third round.", "RETREAT"),
        ("Juan Perez pulled out through injury last week.", "RETREAT"),
        ("Lohan is committing herself to a clinic in Malibu.", "AGREE"),
        ("Navy divers were searching for the black boxes on Monday.", "COERCE"),
        ("Apple Releases New Phone Software Kit Today\n\nApple Inc. shipped it.", "RETREAT"),
        ("Smith Strikes Deal With Peru Over Trade Rules\n\nIt was signed.", "ASSAULT"),
        ("Smith received a threatening phone call from Jones on Monday.", "CONSULT"),
        (
            'Acme released the Software Development Kit and the "Max Store" on Monday.',
            "RETREAT",
        ),
    ],
)
def test_wrong_type_classes(parse: Callable[[str], Doc], text: str, wrong: str) -> None:
    assert wrong not in _types(parse, text)


def test_headline_light_verb_gives_the_noun_type(parse: Callable[[str], Doc]) -> None:
    from flows.extract.events import _trigger_type

    doc = parse("Smith Strikes Deal With Peru Over Trade Rules\n\nIt was signed.")
    assert _trigger_type(doc[1]) == "AGREE"
    assert "THREATEN" in _types(parse, "Smith received a threatening phone call from Jones.")


def test_untagged_name_that_keeps_acting_is_a_body(parse: Callable[[str], Doc]) -> None:
    text = (
        "Foxbridge is keen to continue the series. Foxbridge has long been open about it. "
        "Foxbridge recently bought Harbor Pictures, the distributor of the films."
    )
    doc = parse(text)
    registry = extract_participants(doc)
    if not any(t.text == "Foxbridge" and not t.ent_type_ for t in doc):
        pytest.skip("the model tags the name")
    agree = _with_type(_events(parse, text), "AGREE")
    assert agree and "Foxbridge" in agree[0][2]
    assert any(p.name == "Foxbridge" and p.kind == "organization" for p in registry)


@pytest.mark.parametrize(
    "text",
    [
        # a contract offer in a negotiation is AGREE (NOTES-news, batch 9: ecbplus-10-4ecbplus),
        # but buyouts offered to a workforce are no deal between parties
        "Acme and Zeta offer buyouts to their workers.",
    ],
)
def test_an_offer_is_no_agreement(parse: Callable[[str], Doc], text: str) -> None:
    assert "AGREE" not in _types(parse, text)


def test_signing_with_the_signer_unnamed_keeps_the_player_a_target(
    parse: Callable[[str], Doc],
) -> None:
    text = "The owner John Smith said that his team will not sign Dan Ortega."
    agree = _with_type(_events(parse, text), "AGREE")
    assert agree and agree[0][1] == "negated"
    assert "Dan Ortega" not in agree[0][2]
    assert "Dan Ortega" in agree[0][3]


def test_one_killing_told_with_several_verbs_is_one_event(parse: Callable[[str], Doc]) -> None:
    text = (
        "Workers mourned their boss, who was gunned down at the office party. "
        "Friends of Mark Ellison said he was gunned down at his office. "
        "Police arrested a suspect not long after Ellison was shot to death."
    )
    assaults = _with_type(_events(parse, text), "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0][3] == ["Mark Ellison"]


def test_plural_pronoun_for_things_above_names_no_participant(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Moody's Investor Services put Portugal's bond rating on review on Wednesday. "
        "Spanish and Portuguese bonds slumped further, reflecting fears that the eurozone "
        "would have to extend even larger bailouts to them."
    )
    for _type, _status, _actors, targets, _ in _events(parse, text):
        assert "Moody's Investor Services" not in targets


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("We are mobilizing communities to take action and stay informed.", "MOBILIZE"),
        ("Now, we must double down on this work.", "AGREE"),
        ("The Congress must act to invest in solutions for the States.", "AID"),
        ("This month, we recommit to providing all youth with the resources they need.", "AID"),
    ],
)
def test_calls_and_commitments_of_a_proclamation_are_no_happenings(
    parse: Callable[[str], Doc], text: str, wrong: str
) -> None:
    assert wrong not in _types(parse, text)


def test_mobilizing_forces_stays_an_event(parse: Callable[[str], Doc]) -> None:
    assert "MOBILIZE" in _types(parse, "Russia mobilized 300,000 reservists on Monday.")


def test_requests_by_different_actors_to_one_target_are_two(parse: Callable[[str], Doc]) -> None:
    text = (
        "The Smith-Lee Administration has taken bold action. President Smith and Vice "
        "President Lee also are calling on Congress to enact legislation. Today, the "
        "Smith-Lee Administration is also encouraging Congress to pass the Administration's "
        "proposal."
    )
    requests = _with_type(_events(parse, text), "REQUEST")
    assert len(requests) == 2
    assert "Smith-Lee Administration" not in requests[0][2]
    registry = extract_participants(parse(text))
    assert not any(p.name == "Administration" for p in registry)


def test_who_issues_a_statement_acts_in_its_participle(parse: Callable[[str], Doc]) -> None:
    found = _events(
        parse, "The European Union issued a statement condemning Russia for the attack."
    )
    assert [(t, a, g) for t, _, a, g, _ in found] == [("ACCUSE", ["European Union"], ["Russia"])]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Since the deadly attack by Hamas, Israel has closed the crossings.", "ASSAULT", "Hamas"),
        ("The crackdown by the Chinese government on the firms began in May.", "COERCE", "China"),
    ],
)
def test_by_phrase_of_an_event_noun_names_its_actor(
    parse: Callable[[str], Doc], text: str, event_type: str, actor: str
) -> None:
    found = _with_type(_events(parse, text), event_type)
    assert found and actor in found[0][2], found


def test_a_request_from_someone_is_made_by_them(parse: Callable[[str], Doc]) -> None:
    found = _with_type(
        _events(parse, "Peru has not received any formal requests from the Chilean government."),
        "REQUEST",
    )
    assert found and "Chile" in found[0][2] and "Chile" not in found[0][3], found


def test_pleaded_guilty_is_a_concession(parse: Callable[[str], Doc]) -> None:
    # 'guilty' parsed as a predicative complement (oprd), not only as acomp
    text = "The trial ended early. Carlos Mendez pleaded guilty to money laundering in May 2019."
    found = _events(parse, text)
    assert [(t, a) for t, _, a, _, _ in found] == [("CONCEDE", ["Carlos Mendez"])]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith served a reduced sentence of four months in federal prison.",
        "The cartel was led by John Smith, who is now serving a life sentence in prison.",
    ],
)
def test_who_serves_a_sentence_is_its_target(parse: Callable[[str], Doc], text: str) -> None:
    found = _with_type(_events(parse, text), "SANCTION")
    assert found and found[0][2] == [] and found[0][3] == ["John Smith"], found


def test_first_person_in_a_transcript_is_the_speaker_of_the_turn(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Remarks by President John Smith and Prime Minister Ann Miller Before Their Meeting\n\n"
        "PRESIDENT SMITH: Thank you all for coming. We imposed new sanctions on Russia today.\n\n"
        "PRIME MINISTER MILLER: Last week we sent more military aid to Ukraine.\n\n"
        "Q Mr. President, have you asked Congress for more money for Ukraine?\n\n"
        "THE PRESIDENT: I urged Congress to act quickly.\n"
    )
    found = {t: a for t, _, a, _, _ in _events(parse, text)}
    assert found.get("SANCTION") == ["John Smith"], found
    assert found.get("AID") == ["Ann Miller"], found
    assert found.get("REQUEST") == ["John Smith"], found


def test_my_administration_acts_for_the_signer(parse: Callable[[str], Doc]) -> None:
    text = (
        "Dear Madam Speaker:\n\nMy Administration has designated two cartels as foreign "
        "terrorist organizations.\n\nJOSEPH R. BIDEN JR.\n"
    )
    found = {t: a for t, _, a, _, _ in _events(parse, text)}
    assert found.get("SANCTION") == ["Joe Biden"], found


def test_a_letter_signed_after_its_closing_speaks_for_the_signer(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Dear Madam Speaker:\n\nI have imposed sanctions on two cartels.\n\n"
        "Sincerely, JOSEPH R. BIDEN JR.\n"
    )
    found = {t: a for t, _, a, _, _ in _events(parse, text)}
    assert found.get("SANCTION") == ["Joe Biden"], found


def test_demonstrating_a_commitment_is_no_protest(parse: Callable[[str], Doc]) -> None:
    text = "Canada has demonstrated a sustained commitment to fighting the cartels."
    assert "PROTEST" not in _types(parse, text)


def test_pronoun_is_not_the_speaker_named_after_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Police chased Mark Dolan for ten miles. Officers stopped the car before he attacked "
        "a deputy with a knife, Sheriff Robert Hale said."
    )
    found = _with_type(_events(parse, text), "ASSAULT")
    assert found and found[0][2] == ["Mark Dolan"], found


def test_charge_verdict_and_sentence_are_three_happenings(parse: Callable[[str], Doc]) -> None:
    text = (
        "Court news\nJuan Perez was arrested in March. He was charged with murder in April and "
        "convicted in May. A judge sentenced him to life in prison."
    )
    found = [e[4].trigger for e in _with_type(_events(parse, text), "SANCTION")]
    assert found == ["charged", "convicted", "sentenced"], found


def test_indicted_and_charged_are_one_charge(parse: Callable[[str], Doc]) -> None:
    text = (
        "Court news\nProsecutors indicted Juan Perez in April. The charges against Juan Perez "
        "include murder."
    )
    assert len(_with_type(_events(parse, text), "SANCTION")) == 1


def test_welcoming_a_named_guest_to_a_place_is_a_visit(parse: Callable[[str], Doc]) -> None:
    text = (
        "White House news\nPresident John Smith welcomed President Pedro Sanchez to the Oval "
        "Office."
    )
    found = _events(parse, text)
    assert [(t, a, g) for t, _, a, g, _ in found] == [
        ("CONSULT", ["John Smith", "Pedro Sanchez"], [])
    ], found
    assert "CONSULT" not in _types(parse, "Team news\nThe coach welcomed Juan Perez to the team.")


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "Business news\nAcme Corp. reported weak sales on Monday. The company agreed to pay "
            "a fine to the state of Ohio.",
            "AGREE",
            "Acme",
        ),
        (
            "Crime news\nThe Drug Enforcement Administration opened an office in Lima. The agency "
            "arrested 12 people in the raid.",
            "COERCE",
            "Drug Enforcement Administration",
        ),
    ],
)
def test_definite_description_names_the_body_told_before(
    parse: Callable[[str], Doc], text: str, event_type: str, actor: str
) -> None:
    found = _with_type(_events(parse, text), event_type)
    assert found and found[0][2] == [actor], found


def test_description_is_not_the_body_named_after_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Business news\nZeta Systems announced a deal to buy Orbix Labs. The company will honor "
        "Orbix Labs's contracts with its partners, Mary Lee said."
    )
    for _, _, actors, _, event in _events(parse, text):
        if event.trigger == "honor":
            assert "Orbix Labs" not in actors, actors


@pytest.mark.parametrize(
    "text",
    [
        "Briefing news\nQ Will you ask Peru to stop the shipments?",
        "Briefing news\nQ Did Peru agree to curb fentanyl exports?",
        "Briefing news\nQ Are you going to sanction Bolivia?",
    ],
)
def test_a_question_is_no_happening(parse: Callable[[str], Doc], text: str) -> None:
    assert _events(parse, text) == []


def test_a_fact_told_inside_a_question_is_a_happening(parse: Callable[[str], Doc]) -> None:
    text = "Trade news\nSince Canada imposed tariffs on steel, will Mexico answer?"
    assert "SANCTION" in _types(parse, text)


def test_we_in_an_unnamed_officials_briefing_turn_is_the_government(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Background Press Call on the Working Group Trip to Lima\n\n"
        "MODERATOR: Thanks for joining us.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: The United States and Peru have worked together for "
        "years. We signed an agreement with Peru on Monday. We also arrested two traffickers "
        "in Lima.\n\nQ Thank you. What did you discuss?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: We will share that with you later."
    )
    found = _events(parse, text)
    assert [(t, a) for t, _, a, _, _ in found if t in {"AGREE", "COERCE"}] == [
        ("AGREE", ["United States", "Peru"]),
        ("COERCE", ["United States"]),
    ], found
    assert "COOPERATE" not in _types(parse, text)  # 'we will share that' tells nothing done


def test_passive_infinitive_is_done_to_the_subject_it_completes(
    parse: Callable[[str], Doc],
) -> None:
    text = "Court news\nPolice arrested Juan Perez in March. He is expected to be charged today."
    found = [e for e in _with_type(_events(parse, text), "SANCTION")]
    assert [(e[1], e[3]) for e in found] == [("planned", ["Juan Perez"])], found


def test_place_of_what_a_verb_acts_on_makes_a_happening(parse: Callable[[str], Doc]) -> None:
    text = "Crime news\nA crowd looted a store in Toledo on Tuesday."
    found = _with_type(_events(parse, text), "ASSAULT")
    assert found and found[0][4].location == "Toledo", found


@pytest.mark.parametrize(
    ("text", "event_type", "actors"),
    [
        ("World news\nProtesters rioted in Athens on Sunday.", "ASSAULT", ["Protesters"]),
        (
            "Business news\nAcme Corp. settled the lawsuit with its rival in May.",
            "AGREE",
            ["Acme"],
        ),
        ("World news\nJapan gave $10 million to the Red Cross.", "AID", ["Japan"]),
    ],
)
def test_riots_settlements_and_gifts_of_money(
    parse: Callable[[str], Doc], text: str, event_type: str, actors: list[str]
) -> None:
    found = _with_type(_events(parse, text), event_type)
    assert found and set(actors) <= set(found[0][2]), found


def test_giving_a_speech_is_no_aid(parse: Callable[[str], Doc]) -> None:
    assert "AID" not in _types(parse, "World news\nJapan gave a speech to the Red Cross.")


def test_committing_a_crime_is_the_crime(parse: Callable[[str], Doc]) -> None:
    text = "Crime news\nTwo years ago, a student named Juan Perez committed a shooting in Ohio."
    assert _types(parse, text) == ["ASSAULT"]


def test_passive_subject_of_the_verb_of_an_event_noun_undergoes_it(
    parse: Callable[[str], Doc],
) -> None:
    text = "Crime news\nJuan Perez was taken into custody after a chase with police."
    found = _with_type(_events(parse, text), "COERCE")
    assert found and found[0][2] == [] and found[0][3] == ["Juan Perez"], found


def test_subject_further_up_acts_when_the_controller_names_no_one(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Crime news\nJuan Perez had married in May, and had won a medal of valor for fatally "
        "shooting an armed robber."
    )
    found = _with_type(_events(parse, text), "ASSAULT")
    assert found and found[0][2] == ["Juan Perez"], found


def test_pronoun_parsed_as_indirect_object_is_the_target(parse: Callable[[str], Doc]) -> None:
    text = (
        "Crime news\nPolice said Juan Perez shot two neighbors on Friday. Officers arrested him "
        "hours later."
    )
    found = _with_type(_events(parse, text), "COERCE")
    assert found and found[0][3] == ["Juan Perez"], found


def test_definite_plural_names_the_group_told_before(parse: Callable[[str], Doc]) -> None:
    text = (
        "World news\nChinese officials met U.S. officials in Beijing on Monday. The officials "
        "agreed to share data."
    )
    found = _with_type(_events(parse, text), "AGREE")
    assert found and found[0][2] == ["Chinese officials"], found


def test_a_count_of_people_can_act(parse: Callable[[str], Doc]) -> None:
    text = "World news\nThousands of protesters marched in Athens on Sunday."
    assert _types(parse, text) == ["PROTEST"]


def test_firing_tear_gas_is_coercion(parse: Callable[[str], Doc]) -> None:
    text = "World news\nRiot police fired tear gas at the crowd in Athens on Sunday."
    found = _with_type(_events(parse, text), "COERCE")
    assert found and found[0][2] == ["Riot police"], found


@pytest.mark.parametrize(
    ("text", "event_type", "actors", "targets"),
    [
        ("Trade news\nPeru's proposal drew criticism from Canada.", "ACCUSE", ["Canada"], ["Peru"]),
        (
            "Trade news\nThe plan by Peru won support from Canada and Mexico.",
            "SUPPORT",
            ["Canada", "Mexico"],
            [],
        ),
    ],
)
def test_stance_drawn_from_others(
    parse: Callable[[str], Doc],
    text: str,
    event_type: str,
    actors: list[str],
    targets: list[str],
) -> None:
    found = _with_type(_events(parse, text), event_type)
    assert found and found[0][2] == actors and found[0][3] == targets, found


def test_support_given_is_no_drawn_stance(parse: Callable[[str], Doc]) -> None:
    assert "SUPPORT" not in _types(parse, "Trade news\nCanada provided support to Peru.")


def test_we_without_an_author_thanking_is_the_government(parse: Callable[[str], Doc]) -> None:
    text = (
        "Fact sheet on counternarcotics\nThe United States and Peru signed a pact in May. We "
        "thank Peru for its partnership. We will share more later."
    )
    found = _with_type(_events(parse, text), "SUPPORT")
    assert [(e[2], e[3]) for e in found] == [(["United States"], ["Peru"])], found


def test_counted_arrests_are_a_happening(parse: Callable[[str], Doc]) -> None:
    text = "Riot news\nSince the shooting, over 50 arrests have been made over four nights."
    assert _types(parse, text) == ["COERCE"]


def test_modified_description_names_only_the_holder_of_the_modifier(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Business news\nApple Computer opened a store in May. Acme Corp. sued Apple Computer in "
        "June. The computer maker agreed to pay $80,000."
    )
    found = _with_type(_events(parse, text), "AGREE")
    assert found and found[0][2] == ["Apple Computer"], found


def test_modified_description_without_a_holder_names_no_one(parse: Callable[[str], Doc]) -> None:
    text = (
        "Business news\nAcme Corp. opened a store in May. The computer maker agreed to pay a fee."
    )
    assert all("Acme" not in e[2] for e in _with_type(_events(parse, text), "AGREE"))


def test_charged_with_a_task_is_no_charge(parse: Callable[[str], Doc]) -> None:
    text = (
        "Policy news\nThe Justice Department set up a council in May. The council is charged "
        "with ensuring safety."
    )
    assert "SANCTION" not in _types(parse, text)
    people = "Crime news\nJuan Perez and Mark Lee were charged with practicing fraud."
    assert "SANCTION" in _types(parse, people)


def test_wanting_to_be_done_is_no_raising(parse: Callable[[str], Doc]) -> None:
    text = "Policy news\nJuan Perez wanted to be released from the program."
    assert all(e[3] != ["Juan Perez"] for e in _events(parse, text))


def test_we_of_a_named_speaker_without_a_told_act_is_no_one(parse: Callable[[str], Doc]) -> None:
    text = (
        "Press Gaggle aboard Air Force One\n\nMR. KIRBY: John Kirby spoke with Peru on Monday. "
        "We look forward to working with Peru."
    )
    assert all("John Kirby" not in e[2] for e in _with_type(_events(parse, text), "COOPERATE"))


def test_acts_of_unnamed_crowds_are_happenings(parse: Callable[[str], Doc]) -> None:
    # a protest or an attack by people the article does not name is still a happening
    assert _types(parse, "Angry youths attacked a bank and two shops overnight.") == ["ASSAULT"]
    assert _types(parse, "Students who have protested every night stayed in the square.") == [
        "PROTEST"
    ]


def test_pronoun_skips_a_reporter_told_after_the_content(parse: Callable[[str], Doc]) -> None:
    # '..., Lt. Tom Briggs said.': the sentence is about its content's subject, not the reporter
    found = _find(
        parse,
        "Dana Whitfield returned in a car after she was escorted out, Lt. Tom Briggs said. "
        "She walked inside, firing a shot at an employee, Briggs said.",
        "ASSAULT",
    )
    assert [e[2] for e in found] == [["Dana Whitfield"]]


def test_he_said_after_a_trailing_report_is_the_reporter(parse: Callable[[str], Doc]) -> None:
    # the reporter of '..., X said.' is no referent for the next act, but goes on speaking
    found = _find(
        parse,
        "Laura Finch died Friday at a hospital in Ohio, her lawyer Peter Vance said. "
        "She had been ill for months. "
        "He said he and her family agreed to end the treatment.",
        "AGREE",
    )
    assert found and "Peter Vance" in found[0][2]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # contract offers, signings and trades are deals
        ("The Chicago Cubs offered pitcher Dan Ortega a four-year contract.", "AGREE"),
        ("The Seattle Mariners made a big offer to Dan Ortega last week.", "AGREE"),
        ("Dan Ortega signed with the Seattle Mariners in 2011.", "AGREE"),
        ("Dan Ortega was traded from Seattle to Chicago in May.", "AGREE"),
        ("Talks went on for hours. Paul Weller balked at the $40 million demand.", "REJECT"),
        # nominating and confirming someone to an office
        ("President Alan Reyes nominated Maria Lind to lead the agency.", "SUPPORT"),
        ("The Senate confirmed Maria Lind as the agency's director.", "SUPPORT"),
        # upholding a protest, challenging an award
        ("The claims board upheld Acme Aerospace's protest on Monday.", "ACCUSE"),
        ("Acme Aerospace challenged the award before the claims board.", "ACCUSE"),
        ("Acme Aerospace filed a formal protest before the claims board.", "ACCUSE"),
        ("Mark Jones was traded from Denver to Phoenix in July.", "AGREE"),
        ("The Pentagon awarded Acme Aerospace a contract to build radar stations.", "AGREE"),
        # a call for something is a request; reversing a rule is a rejection
        ("Ban Ki-moon reiterated his call for an immediate ceasefire in Gaza.", "REQUEST"),
        ("The Interior Department rescinded the rule on Monday.", "REJECT"),
        ("President Alan Reyes rolled back the emissions rule.", "REJECT"),
        # a verdict and an order to hold someone
        ("Carl Hobbs was found guilty by a Dallas jury of robbery.", "SANCTION"),
        ("The Dallas jury ordered execution for Carl Hobbs on Friday.", "SANCTION"),
    ],
)
def test_news_phrasings_of_deals_stances_and_verdicts(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    assert event_type in _types(parse, text), text


def test_offer_given_to_a_person_in_apposition(parse: Callable[[str], Doc]) -> None:
    # 'offered X, 28, a deal': the parser makes the deal an apposition of the person
    found = _find(parse, "The Chicago Cubs offered Dan Ortega, 28, a four-year deal.", "AGREE")
    assert found


def test_judge_orders_someone_held(parse: Callable[[str], Doc]) -> None:
    found = _find(
        parse,
        "Ann Price was arraigned Monday. A judge ordered Price held without bail.",
        "SANCTION",
    )
    assert any("Ann Price" in e[3] for e in found)


def test_not_guilty_plea_entered_on_behalf(parse: Callable[[str], Doc]) -> None:
    # a not guilty plea is a denial, made by the one it is entered for; 'not' is the
    # plea's, not a negation of the happening
    found = _find(parse, "A not guilty plea was entered on Ann Price's behalf.", "REJECT")
    assert found and found[0][2] == ["Ann Price"] and found[0][1] == "occurred"
    assert _find(parse, "Ann Price entered a guilty plea on Monday.", "CONCEDE")
    found = _find(parse, "The Council met on Saturday but reached no formal agreement.", "AGREE")
    assert all(e[1] == "negated" for e in found)


def test_on_behalf_of_a_courtesy_is_no_actor(parse: Callable[[str], Doc]) -> None:
    assert not _find(
        parse, "On behalf of President Alan Reyes, thank you for joining us.", "SUPPORT"
    )


def test_yet_to_happen_is_no_event(parse: Callable[[str], Doc]) -> None:
    assert not _find(parse, "Canada has yet to sanction the three Russian banks.", "SANCTION")


def test_title_case_headline_participle_is_done_to_those_before_it(
    parse: Callable[[str], Doc],
) -> None:
    # 'X Confirmed As Director' / 'the Senate confirmed X': one confirmation, X its target
    found = _find(
        parse,
        "Maria Lind Confirmed As Agency Director\n\nThe vote was close. "
        "Lawmakers debated for hours. The session ran late into the night. "
        "On Monday the United States Senate confirmed Maria Lind as the director.",
        "SUPPORT",
    )
    confirmations = [e for e in found if e[4].trigger.lower().startswith("confirm")]
    assert len(confirmations) == 1
    assert "Maria Lind" in confirmations[0][3] and "Maria Lind" not in confirmations[0][2]


def test_sentencing_to_come_is_apart_from_the_sentence_ordered(
    parse: Callable[[str], Doc],
) -> None:
    found = _find(
        parse,
        "A Dallas jury on Friday ordered execution for Carl Hobbs. "
        "Hobbs is to be formally sentenced June 9 by Judge Ruth Adler.",
        "SANCTION",
    )
    assert len(found) == 2
    assert {e[1] for e in found} == {"occurred", "planned"}
    planned = next(e for e in found if e[1] == "planned")
    assert planned[2] == ["Ruth Adler"] and planned[3] == ["Carl Hobbs"]


def test_a_pleasure_to_welcome_is_no_plan(parse: Callable[[str], Doc]) -> None:
    # only a bare 'is to' plans ('X is to be sentenced'); 'it is a pleasure to' does not
    found = _events(parse, "It is a pleasure to welcome President Alan Reyes to Canada.")
    assert found and all(e[1] != "planned" for e in found)
    found = _events(parse, "I will end where I started, which is to thank Alan Reyes for his work.")
    assert found and all(e[1] != "planned" for e in found)


def test_conjunct_of_an_object_controlled_clause_is_done_by_the_object(
    parse: Callable[[str], Doc],
) -> None:
    # 'told police X loaded a gun and shot him': X shoots, not the one who told
    found = _find(
        parse,
        "Alan Reyes, a friend of the family, told police Dan Ortega loaded a shell into the gun "
        "and shot him in the leg.",
        "ASSAULT",
    )
    assert found and found[0][2] == ["Dan Ortega"]


def test_letter_title_verb_is_the_authors_not_the_addressees(
    parse: Callable[[str], Doc],
) -> None:
    found = _find(
        parse,
        "Letter to the Speaker of the House and the President of the Senate on Imposing "
        "Sanctions on Foreign Drug Traffickers\n\nDear Madam Speaker:\n\n"
        "I am writing to report that I have signed an Executive Order imposing sanctions on "
        "foreign persons who traffic drugs.\n\nSincerely, JOHN A. SMITH JR.",
        "SANCTION",
    )
    actors = {name for e in found for name in e[2]}
    assert "President of the Senate" not in actors and "Speaker of the House" not in actors
    assert actors


def test_participle_modifier_with_its_agent_is_a_happening(parse: Callable[[str], Doc]) -> None:
    # 'a drug lord indicted by the United States': told with who did it, not a reference
    found = _find(
        parse,
        "Dan Ortega, a drug lord indicted by the United States for trafficking, was arrested.",
        "SANCTION",
    )
    assert found and found[0][2] == ["United States"]


def test_happenings_a_measure_reduces_are_no_happening(parse: Callable[[str], Doc]) -> None:
    # 'reducing murders': a class of happenings made fewer, not one that took place
    text = (
        "Alan Reyes launched the Memphis Safe Task Force to combat violent crime, reducing "
        "murders to their lowest level in 20 years."
    )
    assert not _find(parse, text, "ASSAULT")


def test_participle_with_agent_on_a_thing_stays_a_reference(parse: Callable[[str], Doc]) -> None:
    # 'capital crimes committed by gang members': what the crimes are, not a commitment
    text = "Alan Reyes asked prosecutors to pursue capital crimes committed by gang members."
    assert not _find(parse, text, "AGREE")


def test_what_a_rule_allows_someone_to_do_has_not_happened(parse: Callable[[str], Doc]) -> None:
    text = (
        "A provision in a spending bill signed by President Alan Reyes on March 11 allows "
        "Energy Secretary Dana Whitcombe and Labor Secretary Marta Kowalski to rescind the rule "
        "changes within 60 days."
    )
    assert not _find(parse, text, "REJECT")


def test_what_someone_needs_to_do_has_not_happened(parse: Callable[[str], Doc]) -> None:
    assert not _find(parse, "Alan Reyes needs to urge residents to lock their doors.", "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "A judge on Monday ordered Dan Ortega held without bail.",  # 'held' tagged as a past
        "The judge ordered the suspect detained until trial.",  # 'detained' as a modifier
    ],
)
def test_ordering_someone_held_however_parsed(parse: Callable[[str], Doc], text: str) -> None:
    assert _find(parse, text, "SANCTION"), text


def test_those_who_arrest_in_a_killing_did_not_kill(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Police arrested Dan Ortega in the killing of his wife.", "ASSAULT")
    assert all("Police" not in e[2] for e in found)


def test_clause_subject_parsed_as_the_reporting_verbs_object(parse: Callable[[str], Doc]) -> None:
    # 'reported the team of X and Y offered Z a contract': the team and its people offer
    found = _find(
        parse,
        "Smith reported the Chicago Cubs team of owner Tom Miller and general manager Jed "
        "Kowalski offered Dan Ortega, 28, a four-year contract.",
        "AGREE",
    )
    assert found and {"Chicago Cubs", "Tom Miller"} <= set(found[0][2])
    # 'told AFP that nine people had been killed': the one told does not kill
    killed = _find(parse, "The mayor told AFP that nine people had been killed.", "ASSAULT")
    assert all("Agence France-Presse" not in e[2] for e in killed)
    text = (
        "Remarks by Vice President Alan Reyes at a Summit on Drug Policy\n\nSo let us, all of "
        "us, as leaders, be it in the private or public sector, agree that we must not "
        "politicize this issue."
    )
    assert not _find(parse, text, "AGREE")  # 'let us agree': 'us' is no subject of a report


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Deputies were able to arrest Tom Reyes near the river.", True),
        ("Deputies were not able to arrest Tom Reyes near the river.", False),
        ("Deputies will be able to arrest Tom Reyes near the river.", False),
    ],
)
def test_ability_told_in_the_past_is_a_thing_done(
    parse: Callable[[str], Doc], text: str, found: bool
) -> None:
    events = _find(parse, text, "COERCE")
    assert bool(events) == found, text
    if found:
        assert events[0][1] == "occurred"


def test_subject_of_able_acts(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Ruth Galt was able to meet Ann Bly in Rome.", "CONSULT")
    assert found and {"Ruth Galt", "Ann Bly"} <= set(found[0][2])


def test_one_who_has_a_conviction_is_its_target(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, "Tom Reyes has three prior theft convictions.", "SANCTION")
    assert found and "Tom Reyes" in found[0][3] and "Tom Reyes" not in found[0][2]


def test_encouraged_by_a_thing_is_no_request(parse: Callable[[str], Doc]) -> None:
    assert not _find(parse, "Norway is encouraged by Peru's new efforts on piracy.", "REQUEST")
    assert _find(parse, "Norway was encouraged by Peru to join the pact.", "REQUEST")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ruth Galt said she is not going to negotiate with Ann Bly.", False),
        ("Ruth Galt did not want to meet Ann Bly in Rome.", False),
        ("Ruth Galt not only agreed to meet Ann Bly but also praised her.", True),
    ],
)
def test_infinitive_under_a_negated_verb_is_no_happening(
    parse: Callable[[str], Doc], text: str, found: bool
) -> None:
    assert bool(_find(parse, text, "CONSULT")) == found, text


def test_calling_someone_an_insult_is_an_accusation(parse: Callable[[str], Doc]) -> None:
    found = _find(parse, 'Hank Morrow called Dale Pruitt a "born liar" on Monday.', "ACCUSE")
    assert found and found[0][2] == ["Hank Morrow"] and found[0][3] == ["Dale Pruitt"]
    assert not _events(parse, "Hank Morrow called Dale Pruitt a close friend.")


@pytest.mark.parametrize(
    ("text", "event_type", "found"),
    [
        ("The widows thanked the detectives for their persistence.", "SUPPORT", True),
        ("It hurt prosecutors, who turned down an offer from the defence.", "REJECT", True),
        ("The coastal states had agreed on a joint plan against the drought.", "AGREE", True),
        ("Governments often agree on plans.", "AGREE", False),
    ],
)
def test_past_act_of_described_people_is_a_happening(
    parse: Callable[[str], Doc], text: str, event_type: str, found: bool
) -> None:
    assert bool(_find(parse, text, event_type)) == found, text


def test_bare_thank_you_is_a_courtesy(parse: Callable[[str], Doc]) -> None:
    assert not _find(parse, "Q Thank you, Ruth.", "SUPPORT")
    assert not _find(parse, "Ann Bly, thank you.", "SUPPORT")
    assert not _find(parse, "Q Thank you.", "SUPPORT")
    assert _find(parse, "Thank you to Senator Ann Bly for her leadership.", "SUPPORT")


def test_thing_subject_shared_by_a_time_clause(parse: Callable[[str], Doc]) -> None:
    text = "Acme's stock rose to a high in early trading, before declining later in the day."
    assert not _find(parse, text, "REJECT")
    assert _find(
        parse, "Norway rose to the challenge before rejecting the offer from Peru.", "REJECT"
    )


def test_named_program_shares_its_subject(parse: Callable[[str], Doc]) -> None:
    text = "The Acme program devotes $30 million to supporting local police in Ohio."
    assert _find(parse, text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Police said a gunman wounded two clerks at a bakery in Dunmore. "
            "Marek Halloway was arrested an hour later after a chase.",
            ["Police"],
        ),
        (
            "The suspect, Ilse Brandvold, surrendered to deputies on Tuesday and was taken "
            "into custody, police said.",
            ["Police"],
        ),
    ],
)
def test_agentless_arrest_is_made_by_the_article_police(
    parse: Callable[[str], Doc], text: str, actors: list[str]
) -> None:
    found = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert found and found[0][2] == actors


def test_agentless_arrest_without_police_has_no_actor(parse: Callable[[str], Doc]) -> None:
    text = "Two elders of a hill sect were arrested in Ohio on Friday."
    found = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert found and found[0][2] == []


def test_past_arrests_counted_are_not_the_police_of_the_story(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Police said Dario Venn opened fire in a Harwick diner. "
        "Venn had been arrested twice before for theft."
    )
    found = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert all(e[2] == [] for e in found)


def test_held_in_custody_is_the_one_held(parse: Callable[[str], Doc]) -> None:
    text = "Police said a driver struck a cyclist in Pellton. Tomas Quill is in custody."
    found = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert found and "Tomas Quill" not in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake struck Varenka on Tuesday.",
        "Ten people were injured in Lima in the quake.",
        "A powerful quake hit southern Chile on Monday. It killed 612 people and injured 1,400.",
        "Peru is regularly struck by damaging quakes.",
        "A strong storm struck northern Peru on Friday, causing homes to collapse and injuring 40.",
        "The quakes had damaged 18 houses, injuring 11 residents of Kesla.",
        "An earthquake of magnitude 6.2 struck Merovia, the agency said.",
    ],
)
def test_hazard_of_nature_does_no_attack(parse: Callable[[str], Doc], text: str) -> None:
    events = _events(parse, text)
    assert not [e for e in events if e[0] in {"ASSAULT", "COERCE"}], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A wave of attacks killed twelve soldiers in Borvia on Friday.", "ASSAULT"),
        ("Police arrested two looters in Kessel after the storm.", "COERCE"),
    ],
)
def test_attack_told_beside_a_hazard_stays(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    assert event_type in [e[0] for e in _events(parse, text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ilse Marwood will never stop fighting to protect our families.",
        "Senator Orrin Vale fought for the new budget in the Senate.",
        "Dana Morrow's team fought back from 14-0 down to clinch a place in the playoffs.",
    ],
)
def test_fighting_without_a_foe_is_no_attack(parse: Callable[[str], Doc], text: str) -> None:
    assert "ASSAULT" not in [e[0] for e in _events(parse, text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Army units fought rebels near the border town of Kessel.",
        "Protesters fought with riot police in central Varenka on Friday.",
        "Kessel militias fought against government troops on Sunday.",
        "Ardan veterans fought in the Korean War.",
    ],
)
def test_fighting_a_foe_stays_an_attack(parse: Callable[[str], Doc], text: str) -> None:
    assert "ASSAULT" in [e[0] for e in _events(parse, text)], text


@pytest.mark.parametrize(
    "text",
    [
        "With four minutes left, Tom Ruiz intercepted quarterback Dan Hale's pass and ran 35 yards"
        " for the touchdown.",
        "Ivan Petrov bombed Karl Varga with a vicious right hand in the fifth round.",
        "The Hawks had rallied behind Lee Moss's 180 yards rushing to tie the game in the fourth"
        " quarter.",
    ],
)
def test_move_in_a_game_is_no_event(parse: Callable[[str], Doc], text: str) -> None:
    found = [e[0] for e in _events(parse, text)]
    assert not {"ASSAULT", "COERCE", "PROTEST"} & set(found), (text, found)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Jon Prell was arrested on a drunk-driving charge three days before the playoff game.",
            "COERCE",
        ),
        (
            "Lineman Ray Cole, whose career ended when he was shot in May, visited the team before"
            " the game.",
            "ASSAULT",
        ),
    ],
)
def test_crime_told_in_a_game_report_stays(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    assert event_type in [e[0] for e in _events(parse, text)], text


@pytest.mark.parametrize(
    "text",
    [
        "If convicted, Marek Dolan faces up to 20 years in prison.",
        "The merger will fall through unless backed by the shareholders of Vantra.",
        "Lena Sorv could receive a life sentence if she is convicted of the murder.",
    ],
)
def test_what_a_condition_supposes_is_no_event(parse: Callable[[str], Doc], text: str) -> None:
    found = [e[4].trigger.lower() for e in _events(parse, text)]
    assert not {"convicted", "backed"} & set(found), (text, found)


def test_conviction_told_as_fact_stays(parse: Callable[[str], Doc]) -> None:
    assert "SANCTION" in [e[0] for e in _events(parse, "Marek Dolan was convicted of fraud.")]


def test_one_attacker_makes_one_spree(parse: Callable[[str], Doc]) -> None:
    text = (
        "A fired clerk opened fire at an accounting firm on Monday, police said. Susan Miller,"
        " a partner, told police that Thomas Berg shot her in the arm. The firm employs 40"
        " people. Berg shot Robert Hale in the hip, then left the building."
    )
    attacks = [e for e in _events(parse, text) if e[0] == "ASSAULT"]
    assert len(attacks) == 1, attacks
    assert {"Susan Miller", "Robert Hale"} <= set(attacks[0][3])


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Marek Dolan could face charges of fraud.", "planned"),
        ("Lena Sorv may be sentenced to life in prison.", "planned"),
        ("Police said Marek Dolan may have shot two people.", "occurred"),
    ],
)
def test_possibility_is_not_told_as_happened(
    parse: Callable[[str], Doc], text: str, status: str
) -> None:
    events = _events(parse, text)
    assert events and events[0][1] == status, (text, events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Valdorian foreign minister reprimanded the envoy on Friday.", "ACCUSE"),
        ("Senator Ilsa Brandt deplored the new tariffs in Calder.", "ACCUSE"),
        ("Rebels ransacked the customs office in Port Emery.", "ASSAULT"),
        ("The government of Norland airlifted tents to the flooded valley.", "AID"),
        ("Authorities in Tessaly evicted 200 squatters from the depot.", "COERCE"),
        ("Norland ceded two islands to Valdoria in 1921.", "CONCEDE"),
        ("The Valdorian government criminalized the sale of drones.", "SANCTION"),
    ],
)
def test_cameo_verbs_give_their_type(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    """Verbs taken from PETRARCH2's CAMEO verb dictionary ('cameo_verbs') are triggers."""
    assert event_type in _types(parse, text), (text, _events(parse, text))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A nationwide strike paralysed Norland on Tuesday.", "PROTEST"),
        ("Riots swept the capital of Norland after the verdict.", "ASSAULT"),
        ("Protests rocked the port city for a week.", "PROTEST"),
    ],
)
def test_event_noun_that_sweeps_a_place_is_a_happening(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    # an event noun subject of a verb of spreading or shaking is told as a happening even
    # when the sentence names no one who takes part
    events = _events(parse, text)
    assert [e[0] for e in events] == [event_type], text


@pytest.mark.parametrize(
    "text",
    [
        "The guard was charged with murder on Friday.",
        "Two inmates were arrested. One was charged with arson and the other with theft.",
    ],
)
def test_agentless_charge_of_described_person(parse: Callable[[str], Doc], text: str) -> None:
    # a passive charge of a person the text describes but does not name is still a happening
    events = _events(parse, text)
    assert "SANCTION" in [e[0] for e in events], text


@pytest.mark.parametrize(
    "text",
    [
        "President Marek Corvane left office in May. President Dana Halvik suspended the "
        "Corvane-era grant program.",
        "Former Mayor Marek Corvane spoke on Monday. The Telvora council scrapped "
        "Corvane-era sanctions against river ferry operators.",
    ],
)
def test_name_that_only_modifies_a_thing_is_no_target(
    parse: Callable[[str], Doc], text: str
) -> None:
    # a name inside the object phrase that only modifies a common noun for a thing ('the
    # Corvane-era program') names no one the act is done to
    events = _events(parse, text)
    assert events, text
    assert all("Marek Corvane" not in e[2] + e[3] for e in events), events


def test_name_that_modifies_a_body_still_acts(parse: Callable[[str], Doc]) -> None:
    # 'the Halvik administration': the one named acts through the body the noun names
    events = _events(parse, "The Halvik administration sanctioned Telvora officials.")
    assert events and events[0][2] == ["Halvik Administration"], events


def test_attack_on_a_named_thing_is_still_told(parse: Callable[[str], Doc]) -> None:
    # 'an air strike on a Pellton school': no target, but a happening all the same
    events = _events(
        parse, "Pellton is a town. Three people died in an air strike on a Pellton school."
    )
    assert [e[0] for e in events] == ["ASSAULT"], events


@pytest.mark.parametrize(
    "text",
    [
        "Tom Brennick was arrested in May after a fight. He was released in June. "
        "Officers rescued her from the river.",
        "The man, Tom Brennick, spoke in May. Police arrested her later.",
    ],
)
def test_pronoun_of_the_other_gender_is_not_that_person(
    parse: Callable[[str], Doc], text: str
) -> None:
    # 'her' does not stand for a person the text marks as a man ('He was ...', 'The man, X')
    events = _events(parse, text)
    assert events, text
    assert all("Tom Brennick" not in e[3] for e in events[-1:]), events


def test_pronoun_of_the_same_gender_still_resolves(parse: Callable[[str], Doc]) -> None:
    text = "Police arrested Dana Whitcombe in May. She was released in June. Officers rescued her."
    events = _events(parse, text)
    assert "Dana Whitcombe" in events[-1][3], events


def test_a_noun_subject_marks_no_gender_of_the_name_before(parse: Callable[[str], Doc]) -> None:
    # 'The man died' after a sentence about Dana Whitcombe says nothing of her gender
    text = (
        "Dana Whitcombe shot a man in Pellton. The man died later. Police arrested her on Friday."
    )
    events = _events(parse, text)
    assert "Dana Whitcombe" in events[-1][3], events


@pytest.mark.parametrize(
    "text",
    [
        "The crimes were committed by Marek Dunleavy in May.",
        "Marek Dunleavy committed several crimes in Pellton.",
        "Dana Whitcombe said the murders committed by Marek Dunleavy shocked Pellton.",
    ],
)
def test_committing_a_crime_is_no_pledge(parse: Callable[[str], Doc], text: str) -> None:
    # 'commit' with a crime for object (active, passive or participle) is no AGREE
    assert "AGREE" not in [e[0] for e in _events(parse, text)], text


def test_committing_money_is_still_a_pledge(parse: Callable[[str], Doc]) -> None:
    text = "Dana Whitcombe committed more than $5 million to the Pellton clinic."
    assert "AGREE" in [e[0] for e in _events(parse, text)], text


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        (
            "The Pellton Bank reopened. Teenagers burned down the Pellton Bank branch building.",
            3,
            "Pellton Bank",
        ),
        (
            "Telvora Front fighters attacked the town. A Telvora Front spokesman denied it.",
            2,
            "Telvora Front",
        ),
    ],
)
def test_body_that_owns_the_thing_stays_linked(
    parse: Callable[[str], Doc], text: str, role: int, name: str
) -> None:
    # an organization's building or spokesman is the organization's: it stays linked
    events = _events(parse, text)
    assert name in events[-1][role], events


def test_list_header_tells_an_arrest_of_each_listed_person(parse: Callable[[str], Doc]) -> None:
    # 'the criminals arrested ...:' heads a list: one arrest per listed person, with the
    # header's actor and time; an item with its own arrest keeps it, and is not merged
    text = (
        "Below are several of the fugitives detained by Halvik police over the past week:\n\n"
        "Dana Whitcombe, a Telvoran citizen wanted for forgery.\n\n"
        "Lorin Ebbsfield, a Telvoran citizen, was detained by Halvik police in Dornwick.\n\n"
        "Marta Kessling, a Telvoran citizen wanted for arson.\n\n"
        "The sheriff thanked the deputies."
    )
    arrests = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert [e[3][0] for e in arrests] == ["Dana Whitcombe", "Lorin Ebbsfield", "Marta Kessling"]
    assert all(e[2] == ["Halvik police"] for e in arrests), arrests
    assert arrests[0][4].evidence.startswith("Dana Whitcombe"), arrests
    assert arrests[0][4].when_text == "the past week", arrests


def test_taken_off_the_streets_is_an_arrest_not_a_protest(parse: Callable[[str], Doc]) -> None:
    text = "Pellton police have taken dozens of gang members off the streets of Halvik."
    types = [e[0] for e in _events(parse, text)]
    assert "COERCE" in types and "PROTEST" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The gunman, Dana Whitcombe, gave himself up to Pellton police after a standoff.",
        "Dana Whitcombe turned himself in to Pellton police on Friday.",
    ],
)
def test_giving_oneself_up_is_a_concession(parse: Callable[[str], Doc], text: str) -> None:
    events = _events(parse, text)
    assert [e[0] for e in events] == ["CONCEDE"], events
    assert "Dana Whitcombe" in events[0][2], events


def test_locking_down_a_neighbourhood_is_coercion(parse: Callable[[str], Doc]) -> None:
    events = _events(
        parse, "Officers in Pellton locked down three blocks around the Halvik market on Tuesday."
    )
    assert [e[0] for e in events] == ["COERCE"], events


def test_names_ending_titles_with_a_preposition_act_in_a_list(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Governor Whitcombe was briefed by Sheriff Reyes, Commissioner Stoll, Director of "
        "Customs Haskel, Aide to the Governor and Chief of Protocol Brannigan, Aide to the "
        "Governor and Budget Director Venn-Marlow, and Deputy Aide to the Governor Dorset."
    )
    events = [e for e in _events(parse, text) if e[0] == "CONSULT"]
    assert events, events
    assert {"Reyes", "Stoll", "Brannigan", "Dorset"} <= set(events[0][2]), events
    assert "Venn-Marlow" in events[0][2], events


@pytest.mark.parametrize(
    "text",
    [
        "With the assistance of the Corvane Guard, Pellton police arrested Dana Whitcombe.",
        "The raid was carried out with the cooperation of the Corvane Guard.",
    ],
)
def test_the_of_phrase_of_a_noun_of_giving_names_the_giver(
    parse: Callable[[str], Doc], text: str
) -> None:
    events = [e for e in _events(parse, text) if e[0] in {"AID", "COOPERATE"}]
    assert events, _events(parse, text)
    assert "Corvane Guard" in events[0][2] and "Corvane Guard" not in events[0][3], events


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitcombe was murdered at the hands of the Halvik Brotherhood in 2019.",
        "Pellton families suffered attacks at the hands of the Halvik Brotherhood.",
        "Dana Whitcombe has endured arrests and beatings at the hands of the Halvik Brotherhood.",
    ],
)
def test_at_the_hands_of_names_who_acts(parse: Callable[[str], Doc], text: str) -> None:
    events = [e for e in _events(parse, text) if e[0] in {"ASSAULT", "COERCE"}]
    assert events, _events(parse, text)
    assert events[0][2] == ["Halvik Brotherhood"], events
    assert "Dana Whitcombe" not in events[0][2], events


def test_a_passive_participle_joined_to_one_that_describes_a_noun_is_done_to_it(
    parse: Callable[[str], Doc],
) -> None:
    text = "Migrants arrested or charged with crimes were released by the Corvane administration."
    charges = [e for e in _events(parse, text) if e[0] == "SANCTION"]
    assert charges, _events(parse, text)
    assert charges[0][2] == [] and charges[0][3] == ["Migrants"], charges


@pytest.mark.parametrize(
    "text",
    [
        "Police evacuated the Pellton library after a bomb threat on Monday.",
        "The Telvora offices were evacuated before the fire spread.",
        "Officers began evacuating workers from the Halvik plant.",
    ],
)
def test_an_evacuation_is_an_authority_moving_people_not_a_retreat(
    parse: Callable[[str], Doc], text: str
) -> None:
    events = _events(parse, text)
    assert not [e for e in events if e[0] == "RETREAT"], events
    assert [e for e in events if e[0] == "MOBILIZE"], events


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The President and his team discussed last week's commitments from Peru and Chile "
            "to crack down on smuggling.",
            ["Peru", "Chile"],
        ),
        (
            "The envoys reviewed the firm commitment Dana Whitcombe obtained from Norway.",
            ["Norway", "Dana Whitcombe"],
        ),
        (
            "The delegates welcomed the written commitment Governor Whitcombe obtained "
            "from Kenya on the testing of river water.",
            ["Kenya", "Whitcombe"],
        ),
        (
            "The rules build on the commitment made between Dana Whitcombe and Halvik Orr "
            "at the Pellton Summit to resume joint patrols.",
            ["Dana Whitcombe", "Halvik Orr"],
        ),
    ],
)
def test_a_commitment_with_its_own_party_or_date_is_an_agreement_of_its_own(
    parse: Callable[[str], Doc], text: str, actors: list[str]
) -> None:
    events = _events(parse, text)
    agreements = [e for e in events if e[0] == "AGREE"]
    assert agreements, events
    assert sorted(agreements[0][2]) == sorted(actors), agreements


@pytest.mark.parametrize(
    "text",
    [
        "The governor spoke about her commitment to the families of Pellton.",
        "The budget honours Mayor Whitcombe's commitment to move funding from Pellton to "
        "rural schools.",
        "Such seizures reflect the commitment between Kenya and Norway to guard their fisheries.",
    ],
)
def test_an_umbrella_commitment_is_no_agreement(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "AGREE"], _events(parse, text)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Residents fled on Friday. The Corvane Army clashed with the Halvik Liberation "
            "Movement near Pellton.",
            ["Corvane Army", "Halvik Liberation Movement"],
        ),
        (
            "Since fighting between the Corvane Army and the Halvik Liberation Movement began in "
            "May, thousands have fled.",
            ["Corvane Army", "Halvik Liberation Movement"],
        ),
    ],
)
def test_both_sides_of_a_clash_act(
    parse: Callable[[str], Doc], text: str, actors: list[str]
) -> None:
    attacks = [e for e in _events(parse, text) if e[0] == "ASSAULT"]
    assert attacks, _events(parse, text)
    assert set(actors) <= set(attacks[0][2]), attacks


def test_also_adds_a_happening(parse: Callable[[str], Doc]) -> None:
    text = (
        "Officials spoke in Pellton on Monday. "
        "The Pellton trade office placed travel bans on three Corvane shipping firms. "
        "The Pellton trade office also placed travel bans on two Telvoran ministers."
    )
    sanctions = [e for e in _events(parse, text) if e[0] == "SANCTION"]
    assert len(sanctions) == 2, sanctions


def test_my_administration_is_not_an_agency_named_administration(
    parse: Callable[[str], Doc],
) -> None:
    """A registry that took 'Administration' for an alias of an agency ('the Halvik Port
    Administration') does not make the agency the one who acts as 'my Administration'."""
    text = (
        "A Proclamation on Harbor Safety Week\n\n"
        "The Halvik Port Administration opened two new piers this spring. "
        "This spring my Administration seized 40 crates of stolen rifles at Pellton docks.\n\n"
        "DANA WHITCOMBE"
    )
    doc = parse(text)
    registry = extract_participants(doc)
    agency = next(p for p in registry if p.name == "Halvik Port Administration")
    mine = text.index("my Administration")

    def resolve(span: tuple[int, int]) -> object:
        if span[0] >= mine and span[1] == mine + len("my Administration"):
            return agency  # the registry's mistake
        return resolve_phrase(doc, span, registry)

    found = extract_events(doc, resolve=resolve)  # type: ignore[arg-type]
    seizures = [actors for e, actors, _ in found if e.event_type == "COERCE"]
    assert seizures
    assert all(agency not in actors for actors in seizures)


def test_the_administration_is_the_authors_or_the_most_named(
    parse: Callable[[str], Doc],
) -> None:
    """Of two Administrations named after people, 'the Administration' is the author's, else
    the one named most often, not the first named (a predecessor's)."""
    text = (
        "Former President Orla Halvik left office in May. "
        "President Dana Whitcombe reversed the rules of the Halvik Administration. "
        "The Whitcombe Administration has arrested 5,000 smugglers. "
        "The Whitcombe Administration also imposed sanctions on Telvora."
    )
    doc = parse(text)
    span = _government_span(doc)
    assert span is not None and text[span[0] : span[1]] == "Whitcombe Administration"
    first = text.index("Orla Halvik")
    span = _government_span(doc, (first, first + len("Orla Halvik")))
    assert span is not None and text[span[0] : span[1]] == "Halvik Administration"


def test_driver_who_pulls_over_is_not_stopped_by_himself(parse: Callable[[str], Doc]) -> None:
    text = "Deputies chased Dana Whitcombe for ten miles before he finally pulled over."
    assert not [e for e in _events(parse, text) if e[0] == "COERCE"]
    text = "Dana Whitcombe was pulled over near Pellton on Friday."
    assert [e for e in _events(parse, text) if e[0] == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Calls to Corvane Ltd were not answered Monday afternoon.",
        "Dana Whitcombe did not answer a call to her office seeking comment on the fire.",
        "Dana Whitcombe did not return a phone call from Pellton police.",
    ],
)
def test_reporters_call_for_comment_is_no_talk(parse: Callable[[str], Doc], text: str) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "CONSULT"]
    text = "President Dana Whitcombe received a call from Telvora's president on Monday."
    assert [e for e in _events(parse, text) if e[0] == "CONSULT"]
    text = "Many companies in Pellton answered President Dana Whitcombe's call to hire veterans."
    assert _events(parse, text)  # an appeal someone made, not a reporter's call


@pytest.mark.parametrize(
    ("text", "event_type", "actors", "targets"),
    [
        (
            "The Telvora Health Agency is awarding $80 million to rural clinics in Pellton.",
            "AID",
            ["Telvora Health Agency"],
            [],
        ),
        ("Corvane Bank staff notified Pellton police on Friday.", "COOPERATE", [], []),
        ("Dana Whitcombe is suspected of directing the gunman.", "ACCUSE", [], ["Dana Whitcombe"]),
        ("His father, Orla Halvik, went to prison for fraud.", "SANCTION", [], ["Orla Halvik"]),
    ],
)
def test_general_verb_classes_name_happenings(
    parse: Callable[[str], Doc], text: str, event_type: str, actors: list[str], targets: list[str]
) -> None:
    """Giving money by award, notifying the police (sharing information), being suspected of
    a crime and going to prison are happenings of their PLOVER type."""
    events = [e for e in _events(parse, text) if e[0] in event_type.split("|")]
    assert events, text
    _type, _status, found_actors, found_targets, _ = events[-1]
    assert set(actors) <= set(found_actors)
    assert set(targets) <= set(found_targets)
    assert not set(targets) & set(found_actors)


@pytest.mark.parametrize(
    "text",
    [
        "The suspected gunman fled toward Pellton.",
        "Upon his release, Orla Halvik struck it rich in the timber trade.",
        "The killing may stem from a feud between two gangs, as opposed to Dana Whitcombe being a"
        " target because of his work.",
        "President Orla Halvik has demonstrated that Telvora and Corvane can manage their"
        " differences.",
    ],
)
def test_trigger_words_in_other_senses_tell_no_act(parse: Callable[[str], Doc], text: str) -> None:
    """A suspected person, striking it rich, 'as opposed to' and 'demonstrated that' (what
    something shows) are no accusation, attack, rejection or protest."""
    types = {e[0] for e in _events(parse, text)}
    assert not types & {"ACCUSE", "ASSAULT", "REJECT", "PROTEST"}, types


def test_announcing_an_amount_of_money_is_aid(parse: Callable[[str], Doc]) -> None:
    text = "Today the Corvane Health Agency is announcing more than $40 million to expand clinics."
    events = [e for e in _events(parse, text) if e[0] == "AID"]
    assert events and events[0][2] == ["Corvane Health Agency"]
    text = "The Telvora Mining Company announced revenue of $3 million."
    assert not [e for e in _events(parse, text) if e[0] == "AID"]
    text = "The Corvane Health Agency announced $9 million in grants for rural clinics."
    assert len([e for e in _events(parse, text) if e[0] == "AID"]) == 1  # the grants


@pytest.mark.parametrize(
    "text",
    [
        "The Corvane Health Agency is announcing $40 million to expand clinics and crack down on"
        " drug smuggling.",
        "The Telvora Task Force will provide a platform to ease joint planning, and to support"
        " enforcement actions.",
    ],
)
def test_infinitive_joined_to_a_purpose_is_a_purpose(
    parse: Callable[[str], Doc], text: str
) -> None:
    """An infinitive joined to a purpose infinitive tells the purpose too, also where the parse
    joins it to the main verb."""
    types = {e[0] for e in _events(parse, text)}
    assert not types & {"COERCE", "SUPPORT"}, types


@pytest.mark.parametrize(
    "text",
    [
        "Minister Orla Halvik announced $9 million in grants that will be awarded by the Telvora"
        " Health Agency next week.",
        "Minister Orla Halvik also announced nearly $9 million in grants to help rural clinics will"
        " be awarded by the Telvora Health Agency tomorrow.",
    ],
)
def test_grants_announced_and_awarded_are_one_happening(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert len([e for e in _events(parse, text) if e[0] == "AID"]) == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Last spring the parish was criticized for hosting a lottery night.", "ACCUSE"),
        ("Its lawyers denied that the firm had paid the bribes.", "REJECT"),
        ("Both are charged with robbery.", "SANCTION"),
        ("They are accused of stealing the payroll.", "ACCUSE"),
        ("The navy said it had sunk the boat.", "ASSAULT"),
        ("The guard was killed last night when someone shot him at the gate.", "ASSAULT"),
    ],
)
def test_specific_happening_of_unlisted_people_is_told(
    parse: Callable[[str], Doc], text: str, event_type: str
) -> None:
    """A happening told in the past (or an occurred passive) of someone specific the
    participants do not list is still a happening."""
    assert [e[0] for e in _events(parse, text)] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Traffickers smuggle drugs across the border.",
        "Ten people were killed in the flood.",
        "The flood killed ten people.",
        "Anyone who is arrested will be questioned.",
        "The duties are imposed in lieu of other fees.",
        "It supplied seeds to farmers.",
        "The conference promised to help young farmers.",
        "A truck traveled overnight to meet the buyers.",
    ],
)
def test_generic_or_agentless_statement_is_no_happening(
    parse: Callable[[str], Doc], text: str
) -> None:
    """No one, a rule, a casualty count, a thing or an unknown 'it' as the doer: no event."""
    assert _events(parse, text) == []


def test_happening_told_with_another_of_its_type_is_one(parse: Callable[[str], Doc]) -> None:
    text = "Dana Whitcombe was killed last night when someone shot him at the gate."
    assert [e[0] for e in _events(parse, text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "At Governor Dana Whitcombe's direction, Pellton police arrested 40 smugglers on Friday.",
        "At the request of Dana Whitcombe, the Telvora court seized the ship on Monday.",
    ],
)
def test_who_directs_or_asks_is_no_target(parse: Callable[[str], Doc], text: str) -> None:
    coercions = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert coercions, _events(parse, text)
    assert all("Dana Whitcombe" not in targets for _, _, _, targets, _ in coercions)


@pytest.mark.parametrize(
    "closing",
    [
        "The jury heard two witnesses. Dalwicks refused to answer questions. "
        "He threatened the judge with a lawsuit.",
        "Dalwicks threatened the judge with a lawsuit.",
    ],
)
def test_surname_tagged_as_a_noun_at_a_sentence_start_acts(
    parse: Callable[[str], Doc], closing: str
) -> None:
    # the tagger takes the sentence-opening 'Dalwicks' for a plural noun
    text = (
        "Prosecutors charged Oren Dalwicks, 54, with fraud in March. "
        f"The trial opened on Monday in Pellton. {closing}"
    )
    assert ["Oren Dalwicks"] in _actors_of(_events(parse, text), "THREATEN")


def test_we_with_a_curly_contraction_in_a_briefing_turn_is_the_government(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Background Press Call on the Working Group Trip to Lima\n\n"
        "MODERATOR: Thanks for joining us.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: The United States and Peru have worked together for "
        "years. We’ve arrested two traffickers in Lima."
    )
    found = _events(parse, text)
    assert [(t, a) for t, _, a, _, _ in found if t == "COERCE"] == [
        ("COERCE", ["United States"]),
    ], found


def test_each_name_of_a_list_in_apposition_acts(parse: Callable[[str], Doc]) -> None:
    text = (
        "Two agencies, the Pellton Police Department and the Halvik Sheriff Office, "
        "arrested the suspect."
    )
    assert _actors_of(_events(parse, text), "COERCE") == [
        ["Pellton Police Department", "Halvik Sheriff Office"]
    ]


def test_those_thanked_act_when_the_parse_hangs_for_on_the_last_of_them(
    parse: Callable[[str], Doc],
) -> None:
    # 'for inviting' hangs on 'the council', the last of the objects of 'thanking'
    text = (
        "After the ceremony, she was gracious, thanking Dana Whitcombe, Oren Halvik, and the "
        "council for inviting her to speak."
    )
    assert _actors_of(_events(parse, text), "REQUEST") == [["Dana Whitcombe", "Oren Halvik"]]


def test_capitalized_leaders_of_a_joint_statement_are_the_leaders_told(
    parse: Callable[[str], Doc],
) -> None:
    # the tagger takes 'The Leaders' for a plural name (NNPS, lemma 'Leaders')
    text = (
        "President Dana Whitcombe hosted Prime Minister Oren Halvik in Pellton on Monday.\n\n"
        "Corvania and Telvora have been close partners for decades.\n\n"
        "The Leaders reaffirmed that Corvania and Telvora remain united against "
        "piracy. They condemned the attack on the border post."
    )
    found = _events(parse, text)
    assert _actors_of(found, "ACCUSE") == [["Dana Whitcombe", "Oren Halvik"]]
    assert {"Dana Whitcombe", "Oren Halvik"} <= set(_actors_of(found, "AGREE")[0])


def test_the_two_as_a_subject_are_the_two_people_told_before(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Foreign Minister Dana Whitcombe of Corvania traveled to Lisbon on Monday to see Oren "
        "Halvik, the Telvoran foreign minister. The two met for six hours and agreed to resume "
        "trade talks."
    )
    assert _actors_of(_events(parse, text), "AGREE") == [["Dana Whitcombe", "Oren Halvik"]]


def test_a_lone_closing_quotation_mark_does_not_shorten_the_look_back(
    parse: Callable[[str], Doc],
) -> None:
    # the parse leaves the closing mark of the two-sentence quotation as a sentence of its own
    text = (
        "Coach Dana Whitcombe will stay with Pellton United for another season.\n"
        '"My knee had to decide for me," Whitcombe said.\n'
        '"Each morning it hurt a little less. Still, I changed my mind about ten times a '
        'week."\n'
        "He said Monday that he had met with Oren Halvik, the club chairman, twice last week."
    )
    assert _actors_of(_events(parse, text), "CONSULT") == [["Dana Whitcombe", "Oren Halvik"]]


def test_a_stance_told_as_not_taken_is_no_happening(parse: Callable[[str], Doc]) -> None:
    text = (
        "Trade minister Dana Whitcombe said the ban on Telvora remained. However, she went on "
        "to say that she did not object to Halvik buying the ferries."
    )
    assert "REJECT" not in _types(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police say Halvik Morrow was arrested after attacking a guard with a knife.",
        "Corvane troops were withdrawn after shelling the border town of Pellton.",
    ],
)
def test_gerund_of_time_is_done_by_the_passive_subject(
    parse: Callable[[str], Doc], text: str
) -> None:
    # 'X was arrested after attacking Y': X attacks, a happening of its own
    events = _events(parse, text)
    assaults = [e for e in events if e[0] == "ASSAULT"]
    assert assaults, events
    assert assaults[0][2], assaults


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Corvane and Telvora signed a Memorandum of Understanding on border security.",
            {"Corvane", "Telvora"},
        ),
        (
            "- In Pellton, Prime Minister Dana Whitcombe signed Framework Accords on Fisheries "
            "with Corvane and Telvora.",
            {"Dana Whitcombe", "Corvane", "Telvora"},
        ),
    ],
)
def test_signing_a_capitalised_agreement_is_an_agreement(
    parse: Callable[[str], Doc], text: str, actors: set[str]
) -> None:
    # the tagger takes 'Memorandum' or 'Accords' for a name, not for the noun of a contract
    agreements = [e for e in _events(parse, text) if e[0] == "AGREE"]
    assert agreements
    assert actors <= set(agreements[0][2])


def _dated_events(parse: Callable[[str], Doc], text: str, published: datetime):
    doc = parse(text)
    registry = extract_participants(doc)
    return extract_events(
        doc, resolve=lambda span: resolve_phrase(doc, span, registry), published_at=published
    )


def test_a_mention_in_a_past_year_of_its_own_is_another_happening(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Corvane and Telvora to resume border talks\n"
        "Corvane and Telvora will hold talks on the border next week, officials said. "
        "Corvane and Telvora last held talks on the border in 2009."
    )
    found = _dated_events(parse, text, datetime(2014, 5, 15, tzinfo=UTC))
    talks = [e for e, _a, _t in found if e.event_type == "CONSULT"]
    assert len(talks) == 2, [(e.trigger, e.mention_count) for e, _a, _t in found]


def test_a_seizure_with_an_amount_of_its_own_is_another_happening(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Pellton port police seize cocaine\n"
        "Pellton port police seized 40 kilograms of cocaine on Monday from a ship. "
        "Police said it followed the seizure of 3 tons of heroin from a truck."
    )
    found = _dated_events(parse, text, datetime(2014, 5, 15, tzinfo=UTC))
    seizures = [e for e, _a, _t in found if e.event_type == "COERCE"]
    # the seizure of 3 tons, told of no one, is not told again as the 40 kg one
    assert [e.mention_count for e in seizures] == [1], seizures


def test_a_group_told_first_of_no_one_does_not_take_other_doers(
    parse: Callable[[str], Doc],
) -> None:
    # the first mention names no one, which is no evidence that the customs agency's
    # seizures are the task force's
    text = (
        "Drug seizures rise at Pellton port\n"
        "Seizures of cocaine at the port have doubled this year. The seizures by the Pellton "
        "Task Force cut deeply into cartel profits. Corvane Customs increased its seizures in "
        "parcel shipments by half."
    )
    seizures = [e for e in _events(parse, text) if e[0] == "COERCE"]
    assert len(seizures) == 2, seizures


def test_commitments_to_other_content_are_two_agreements(parse: Callable[[str], Doc]) -> None:
    text = (
        "Leaders of Corvane and Telvora meet\n"
        "The leaders of Corvane and Telvora met in Pellton on Monday. The leaders committed to "
        "work jointly to tackle the crisis in the region. The leaders committed to work with "
        "donors to mobilize new funds for farmers."
    )
    agreements = [e for e in _events(parse, text) if e[0] == "AGREE"]
    assert len(agreements) == 2, agreements


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Corvania and Telvora expressed their shared commitment to combating arms smuggling.",
            ["Corvania", "Telvora"],
        ),
        (
            "Dana Whitcombe and Oren Halvik underscored their commitment to expanding trade.",
            ["Dana Whitcombe", "Oren Halvik"],
        ),
    ],
)
def test_a_stated_commitment_is_the_subjects_pledge(
    parse: Callable[[str], Doc], text: str, actors: list[str]
) -> None:
    found = [(t, a) for t, _s, a, _g, _ in _events(parse, text) if t == "AGREE"]
    assert found and all(name in found[0][1] for name in actors)


@pytest.mark.parametrize(
    "text",
    [
        "We underscore our commitment to the families of Halvik.",
        "Minister Dana Whitcombe underscored her commitment to expanding trade with Pellton.",
    ],
)
def test_a_restated_standing_commitment_is_no_pledge(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert "AGREE" not in _types(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers instructed their teams to draft a joint plan on migration.",
        "President Halvik directed the Secretary of Trade to review the tariffs.",
    ],
)
def test_instructing_someone_to_act_is_a_request(parse: Callable[[str], Doc], text: str) -> None:
    assert _types(parse, text) == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Brandt directed the evacuation of Pellton.",
        "The Order directs the Trade Minister to review the tariffs on Corvania.",
    ],
)
def test_directing_an_operation_or_by_a_document_is_no_request(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert "REQUEST" not in _types(parse, text)


def test_the_owner_of_a_stated_commitment_is_no_target(parse: Callable[[str], Doc]) -> None:
    text = "Minister Brandt reaffirmed Corvania's firm commitment to Telvora's security."
    found = _find(parse, text, "AGREE")
    assert found and "Corvania" not in found[0][3]


def test_instructions_with_different_contents_are_two(parse: Callable[[str], Doc]) -> None:
    text = (
        "Halvik Signs Two Orders. President Halvik met the governors of Pellton on Monday. "
        "Halvik later directed the Department of Trade to review the tariffs on Corvania. "
        "On Friday, Halvik directed the Department of Energy to close two coal plants."
    )
    assert _types(parse, text).count("REQUEST") == 2


@pytest.mark.parametrize(
    "text",
    [
        "The new Telvora tablet delivers up to twelve hours of video playback.",
        "Director Mara Quill delivered a hit thriller for the Corvane studio last year.",
        "Governor Halvik has delivered on his promise to repair the Pellton bridge.",
    ],
)
def test_delivering_without_a_recipient_gives_no_aid(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert "AID" not in _types(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Corvane Red Cross delivered tents and blankets to the flooded valley.",
        "Blankets were delivered by Corvane volunteers on Sunday.",
        "The Telvora government delivered $20 million for flood victims in Pellton.",
    ],
)
def test_delivering_to_a_recipient_or_money_is_aid(parse: Callable[[str], Doc], text: str) -> None:
    assert "AID" in _types(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Quell was convicted of the murder of Jonah Brisk in Pellton.",
        "A Halvik jury convicted Marta Quell of the murder of Jonah Brisk last month.",
        "Prosecutors spoke at the trial of Marta Quell, who is charged with murdering Jonah Brisk.",
        "Marta Quell pleaded guilty to the stabbing of Jonah Brisk.",
        "A Halvik jury found Marta Quell guilty of killing Jonah Brisk.",
        "Unrest grows. A Halvik jury has found Marta Quell guilty of the murder of Jonah Brisk.",
    ],
)
def test_the_one_charged_with_a_crime_is_its_actor(parse: Callable[[str], Doc], text: str) -> None:
    attacks = [e for e in _events(parse, text) if e[0] == "ASSAULT"]
    assert attacks and attacks[0][2] == ["Marta Quell"], attacks


def test_a_counted_crowd_acts_as_the_ones_counted(parse: Callable[[str], Doc]) -> None:
    text = (
        "Unrest spreads in Pellton. Police said tens of thousands of Corvane protesters "
        "marched on Sunday while hundreds of Corvane protesters threw stones at the embassy."
    )
    events = _events(parse, text)
    assert {e[0] for e in events} >= {"PROTEST", "ASSAULT"}
    assert all("Corvane protesters" in e[2] for e in events if e[0] in {"PROTEST", "ASSAULT"})


@pytest.mark.parametrize(
    "text",
    [
        "At the Pellton fair, Dana Whitcombe demonstrated how the new Telvora tablet sorts photos.",
        "The Corvane studio demonstrated some features of its new camera on Tuesday.",
        "Minister Halvik is demonstrating a rare mix of patience and courage.",
    ],
)
def test_demonstrating_something_is_no_protest(parse: Callable[[str], Doc], text: str) -> None:
    assert "PROTEST" not in _types(parse, text)


def test_demonstrating_without_an_object_is_a_protest(parse: Callable[[str], Doc]) -> None:
    assert "PROTEST" in _types(parse, "Students demonstrated against the new tax in Pellton.")


@pytest.mark.parametrize(
    "text",
    [
        "Governor Halvik has offered federal assistance to the flooded town of Pellton.",
        "Officials said they were sending relief supplies like blankets to Pellton.",
        "The Corvane government shipped emergency aid to Pellton on Monday.",
    ],
)
def test_giving_an_aid_noun_is_aid(parse: Callable[[str], Doc], text: str) -> None:
    assert "AID" in _types(parse, text)


def test_giving_something_else_is_no_aid(parse: Callable[[str], Doc]) -> None:
    assert "AID" not in _types(parse, "The Corvane studio sent a new script to Dana Whitcombe.")


@pytest.mark.parametrize(
    "text",
    [
        "Director Mara Quill is still in negotiations with the Corvane studio.",
        "Telvora and Corvania are in talks over the border dispute.",
    ],
)
def test_being_in_talks_is_ongoing(parse: Callable[[str], Doc], text: str) -> None:
    assert [(t, s) for t, s, *_ in _events(parse, text)] == [("CONSULT", "ongoing")]


def test_being_honored_to_act_is_a_feeling(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "I am deeply honored to stand here with the people of Pellton.") == []
    text = "Today, President Halvik said he was honored to welcome Corvania to the alliance."
    assert [e[4].trigger for e in _events(parse, text)] == ["welcome"]


def test_being_honored_by_someone_is_praise(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "Dana Whitcombe was honored by the Pellton council.") == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Last year the Telvora council invested $3 million to hire nurses, repair clinics, "
        "and provide them with the medicine they need.",
        "The Corvane ministry delivered new grants to support the farmers of Pellton.",
        "Governor Halvik said Telvora will go ahead with a new $2 million loan to Pellton "
        "to rebuild its port and support its fishermen.",
    ],
)
def test_purpose_after_an_aid_phrase_is_no_second_event(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert _types(parse, text) == ["AID"]


def test_purpose_of_funds_in_a_title_is_no_support(parse: Callable[[str], Doc]) -> None:
    assert "SUPPORT" not in _types(
        parse, "Corvane Ministry Delivers Funds to Support Farmers in Pellton"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Congress has designated May 3 of each year as “Pellton Sailors Day.”",
        "In 2015, President Halvik designated the old Corvane harbor as a national monument.",
        "The Secretary designated these 40 acres as the Whitcombe Homestead Historic Site.",
    ],
)
def test_designating_a_date_or_place_as_an_observance_is_no_sanction(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert "SANCTION" not in _types(parse, text)


def test_designating_a_gang_is_still_a_sanction(parse: Callable[[str], Doc]) -> None:
    assert _types(parse, "The Treasury designated the Corvane gang as a terrorist group.") == [
        "SANCTION"
    ]


def test_in_consultation_with_is_no_meeting(parse: Callable[[str], Doc]) -> None:
    text = (
        "Within 60 days, the Secretary of Labor, in consultation with the Attorney General, "
        "shall publish new rules for the Pellton mines."
    )
    assert "CONSULT" not in _types(parse, text)
    assert _types(parse, "Corvane held consultations with Telvora on Monday.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Dana Whitcombe and Pavel Ostrander on Monday. "
        "Both were charged with murdering a Pellton shopkeeper.",
        "The dead included Corvane fighters Dana Whitcombe and Pavel Ostrander, both of whom "
        "had fired rockets at soldiers from the farm, officials said.",
    ],
)
def test_both_stands_for_the_two_people_named_before(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert _actors_of(_events(parse, text), "ASSAULT") == [["Dana Whitcombe", "Pavel Ostrander"]]


def test_both_stands_for_two_countries_named_before(parse: Callable[[str], Doc]) -> None:
    text = "Peru and Chile signed a border pact in March. Both have accused each other of it."
    assert _actors_of(_events(parse, text), "ACCUSE") == [["Peru", "Chile"]]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Dana Whitcombe sentenced Tomas Verhoek to life. "
        "He was convicted of killing three guards in 2019.",
        "Tomas Verhoek was released from prison in 2008. Anita Morsund was the victim in that "
        "case. In 2005, he was charged with the stabbing of a guard.",
    ],
)
def test_he_who_is_charged_is_the_one_held_to_account_before(
    parse: Callable[[str], Doc], text: str
) -> None:
    named = {p for e in _events(parse, text)[1:] for p in (*e[2], *e[3])}
    assert named == {"Tomas Verhoek"}


def test_a_bare_count_does_not_gather_people_from_far_back(parse: Callable[[str], Doc]) -> None:
    text = (
        "Prosecutor Dana Whitcombe praised Senator Pavel Ostrander on Monday. "
        "Judge Anita Morsund read the verdict. "
        "The trial lasted four days. "
        "Eight of the jurors were women. "
        "Few of them spoke. "
        "The three who voted against the harsher sentence declined to speak."
    )
    assert all(e[2] == [] for e in _events(parse, text) if e[0] == "REJECT")


def test_both_takes_two_people_before_bodies(parse: Callable[[str], Doc]) -> None:
    text = (
        "In 2004 Corvane Motors manager Pavel Ostrander hired Telvora Navy official "
        "Dana Whitcombe during the talks. Both were sentenced to prison for fraud."
    )
    events = [e for e in _events(parse, text) if e[0] == "SANCTION"]
    assert events and all(set(e[3]) == {"Pavel Ostrander", "Dana Whitcombe"} for e in events)


def test_sharing_a_view_in_a_clause_is_no_cooperation(parse: Callable[[str], Doc]) -> None:
    text = "Governor Dana Whitcombe shared that the Pellton talks were going well."
    assert not [e for e in _events(parse, text) if e[0] == "COOPERATE"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Dana Whitcombe looks forward to traveling to Pellton next week.",
        "We look forward to the talks with Telvora.",
    ],
)
def test_what_one_looks_forward_to_is_planned(parse: Callable[[str], Doc], text: str) -> None:
    events = _events(parse, text)
    assert events and all(e[1] == "planned" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The order authorizes the Secretary of Defense to coordinate with Telvora, "
        "mobilize reserve units, and provide support.",
        "The Secretary of Defense is authorized to order units of the Corvane Reserve to duty.",
    ],
)
def test_what_one_is_authorized_to_do_is_planned(parse: Callable[[str], Doc], text: str) -> None:
    events = _events(parse, text)
    assert events and all(e[1] == "planned" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Halvik shared a warm smile with Dana Whitcombe at the gala.",
        "Corvane and Telvora shared their concerns about the Pellton dispute.",
        "Pellton remembers every warm smile she shared with Dana Whitcombe.",
    ],
)
def test_sharing_a_feeling_or_view_is_no_cooperation(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert not [e for e in _events(parse, text) if e[0] == "COOPERATE"]


def test_hyphenated_group_noun_names_the_people_before(parse: Callable[[str], Doc]) -> None:
    """'the three co-chairs': a hyphenated group noun the tokenizer splits is still the group of
    people told before."""
    text = (
        "Prime Minister Dana Whitcombe of Corvane, President Halvik Orr of Telvora and "
        "Chancellor Marta Pellton of Brisa met in Geneva on Monday. "
        "The three co-chairs reaffirmed their commitment to the fund."
    )
    events = _events(parse, text)
    agreed = [e for e in events if e[0] == "AGREE"]
    assert agreed, events
    assert {"Dana Whitcombe", "Halvik Orr", "Marta Pellton"} <= set(agreed[0][2])
