from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from spacy.tokens import Doc, Span

from flows.extract.participants import ParticipantRegistry, extract_participants, resolve_phrase


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


# -- repaired entities, cues, abbreviations, offices, groups ---------------------------------


def _with_ents(doc: Doc, *ents: tuple[str, str]) -> Doc:
    """Set the model's entities by hand (surface, label), each at its first occurrence, so
    that a test does not depend on what the small model happens to tag."""
    spans = []
    for surface, label in ents:
        start = doc.text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def _found(doc: Doc) -> dict[str, tuple[str, list[str]]]:
    return {p.name: (p.kind, p.aliases) for p in extract_participants(doc)}


def test_name_cut_in_two_by_the_model_is_one_person(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Police arrested Ramiro Esteban Vargas Lleras on Friday in the port."),
        ("Ramiro Esteban", "ORG"),
        ("Vargas Lleras", "PERSON"),
    )
    found = _found(doc)
    assert found.get("Ramiro Esteban Vargas Lleras", ("",))[0] == "person"
    assert "Ramiro Esteban" not in found


def test_one_entity_naming_two_bodies_is_split(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("A Bureau of Prisons and Bureau of Land Management team visited the site."),
        ("Bureau of Prisons and Bureau of Land Management", "ORG"),
    )
    found = _found(doc)
    assert {"Bureau of Prisons", "Bureau of Land Management"} <= set(found)


def test_hyphenated_country_pair_names_both_countries(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("Statement on U.S.-Mexico Border Cooperation\n\nThe talks ended."))
    assert found.get("United States", ("",))[0] == "country"
    assert found.get("Mexico", ("",))[0] == "country"


def test_title_or_age_before_a_name_makes_a_person(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Port governor Alvaro Pinzon said the ship sank. 31-year-old Marisol wept."),
        ("Alvaro Pinzon", "FAC"),
        ("Marisol", "ORG"),
    )
    found = _found(doc)
    assert found["Alvaro Pinzon"][0] == "person"
    assert found["Marisol"][0] == "person"


def test_apposition_gives_the_kind_to_every_mention(parse: Callable[[str], Doc]) -> None:
    text = "The bank sold its stake to Verlinde, a Belgian chemicals company. Verlinde paid."
    doc = parse(text)
    second = text.rindex("Verlinde")
    spans = [doc.char_span(text.index("Verlinde"), text.index("Verlinde") + 8, label="PERSON")]
    spans.append(doc.char_span(second, second + 8, label="PERSON"))
    doc.ents = [s for s in spans if s is not None]
    found = _found(doc)
    assert found["Verlinde"][0] == "organization"


def test_body_named_in_a_title_is_not_a_participant(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse(
            "Homeland Security Advisor Jane Roe and U.S. Ports Coordinator Tom Lee spoke. "
            "The Department of Justice filed charges."
        ),
        ("Homeland Security", "ORG"),
        ("Jane Roe", "PERSON"),
        ("U.S. Ports Coordinator", "ORG"),
        ("Tom Lee", "PERSON"),
        ("Department of Justice", "ORG"),
    )
    found = _found(doc)
    assert "Department of Homeland Security" not in found
    assert not any("Coordinator" in name for name in found)
    assert "Department of Justice" in found  # a full name ending in a title word still counts


def test_office_without_a_name_is_a_person(parse: Callable[[str], Doc]) -> None:
    doc = parse("The Secretary of Commerce will submit a report within 60 days.")
    found = _found(doc)
    assert found.get("Secretary of Commerce", ("",))[0] == "person"
    assert "Department of Commerce" not in found


def test_office_before_a_name_is_only_a_title(parse: Callable[[str], Doc]) -> None:
    doc = parse("The Secretary of Commerce Maria Ortega will submit a report.")
    assert "Secretary of Commerce" not in _found(doc)


def test_abbreviation_in_parentheses_is_an_alias(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse(
            "The Northern Fisheries Council (NORFISH) met on Monday. NORFISH later said it agreed."
        ),
        ("Northern Fisheries Council", "ORG"),
        ("NORFISH", "ORG"),
    )
    text = doc.text
    later = text.rindex("NORFISH")
    span = doc.char_span(later, later + 7, label="ORG")
    assert span is not None
    doc.ents = [*doc.ents, span]
    found = _found(doc)
    assert "NORFISH" not in found
    assert "NORFISH" in found["Northern Fisheries Council"][1]


def test_abbreviation_of_a_title_is_no_actor(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("The Maritime Safety Coordinator (MSC) Tom Lee spoke. The MSC Awards followed."),
        ("Maritime Safety Coordinator", "ORG"),
        ("MSC", "ORG"),
        ("Tom Lee", "PERSON"),
    )
    found = _found(doc)
    assert "MSC" not in found and not any("Coordinator" in n for n in found)


def test_initialism_folds_into_the_spelled_out_name(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Orlen Baltic Shipping cut 300 jobs. Analysts said OBS would recover."),
        ("Orlen Baltic Shipping", "ORG"),
        ("OBS", "ORG"),
    )
    found = _found(doc)
    assert "OBS" not in found and "OBS" in found["Orlen Baltic Shipping"][1]


def test_short_forms_of_a_hyphenated_name_fold(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Hassan al-Tikriti spoke first. Later Hassan Tikriti left, and Tikriti flew home."),
        ("Hassan al-Tikriti", "PERSON"),
        ("Hassan Tikriti", "PERSON"),
    )
    last = doc.text.rindex("Tikriti")
    span = doc.char_span(last, last + 7, label="ORG")
    assert span is not None
    doc.ents = [*doc.ents, span]
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Hassan al-Tikriti"]
    assert not any(p.kind == "organization" for p in extract_participants(doc))


def test_cut_names_of_bodies_are_completed(parse: Callable[[str], Doc]) -> None:
    text = (
        "Troops fought the Durango cartel. The Holy Cross Church of Saint Lazarus helped. "
        "The Council for Peace and Cooperation in Africa sent observers."
    )
    doc = _with_ents(
        parse(text),
        ("Durango", "ORG"),
        ("Holy Cross Church", "ORG"),
        ("Council for Peace and Cooperation", "ORG"),
        ("Africa", "LOC"),
    )
    found = _found(doc)
    assert found.get("Durango Cartel", ("",))[0] == "organization"
    assert "Holy Cross Church of Saint Lazarus" in found
    assert "Council for Peace and Cooperation in Africa" in found


def test_untagged_capitalised_body_is_found(parse: Callable[[str], Doc]) -> None:
    doc = parse("He led the enforcement wing of the Tamarind Valley Cartel until 2019.")
    doc.ents = []
    assert _found(doc).get("Tamarind Valley Cartel", ("",))[0] == "organization"


def test_heading_line_in_title_case_is_no_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Report\n\nDirector Hale Presents the Annual Review on Behalf of Norway\n\n"
        "Director Anna Hale spoke in Oslo."
    )
    doc = _with_ents(parse(text), ("Hale Presents", "PERSON"), ("Anna Hale", "PERSON"))
    assert "Hale Presents" not in _found(doc)


def test_name_of_a_statement_is_no_body(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("She read the National Statement on behalf of Chile."),
        ("National Statement on behalf", "ORG"),
    )
    assert not any("Statement" in name for name in _found(doc))


def test_country_after_a_city_only_places_it(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Geneva, Switzerland – The delegates met on Monday."),
        ("Geneva", "GPE"),
        ("Switzerland", "GPE"),
    )
    found = _found(doc)
    assert "Switzerland" not in found and "Geneva" in found


def test_bare_group_that_speaks_is_a_participant(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("Authorities said the border crossing would reopen on Monday."))
    assert found.get("Authorities", ("",))[0] == "group"


def test_group_placed_in_a_country(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("Farmers in Portugal protested against the new rules."))
    assert found.get("Farmers in Portugal", ("",))[0] == "group"


def test_counted_group_in_figures_but_not_small_counts(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("Prosecutors charged 31 individuals with fraud after two leaders fled."))
    assert found.get("31 individuals", ("",))[0] == "group"
    assert not any("leaders" in name.lower() for name in found)


# -- groups that act, bodies among groups, unnamed speakers, lists, short names ---------------


def _with_spans(doc: Doc, *ents: tuple[int, int, str]) -> Doc:
    """Set the model's entities by character offsets (start, end, label)."""
    spans = []
    for start, end, label in ents:
        span = doc.char_span(start, end, label=label)
        assert span is not None, (start, end)
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firefighters rescued five people from the roof.", "Firefighters"),
        ("The rebels attacked the garrison at dawn.", "Rebels"),
        ("Other union leaders called the cuts unfair.", "Other union leaders"),
    ],
)
def test_bare_group_that_acts_is_a_participant(
    parse: Callable[[str], Doc], text: str, name: str
) -> None:
    assert _found(parse(text)).get(name, ("",))[0] == "group"


def test_bare_group_under_a_copula_or_as_a_role_is_not(parse: Callable[[str], Doc]) -> None:
    assert "Voters" not in _found(parse("Voters are angry about the new tax."))
    found = _found(parse("She said we as teachers have to watch our pupils closely."))
    assert not any("eachers" in name for name in found)


def test_police_are_a_body_and_bare_police_folds_into_it(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("Dutch police arrested two men. Police said the men were armed."))
    assert found["Dutch police"][0] == "organization"
    assert "Police" in found["Dutch police"][1]
    assert "Police" not in found


def test_group_phrase_naming_a_known_body_is_that_body(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("U.S. forces seized the vessel off the coast."))
    assert found.get("United States Armed Forces", ("",))[0] == "organization"


def test_unnamed_speaker_is_one_person_named_by_the_description(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "“Nothing has changed,” said a Western diplomat on Monday. "
        "“They will try again,” the diplomat added."
    )
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Western diplomat"]
    assert len(people[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "speaker", "owner"),
    [
        (
            "Flights were cancelled on Sunday, a Telvora Airlines spokeswoman said.",
            "Telvora Airlines spokeswoman",
            "Telvora Airlines",
        ),
        (
            "Police detained two men in Halvik. A police spokeswoman said both were armed.",
            "Police spokeswoman",
            "Police",
        ),
    ],
)
def test_unnamed_speaker_of_a_named_body_beside_the_body(
    parse: Callable[[str], Doc], text: str, speaker: str, owner: str
) -> None:
    found = _people(parse, text)
    assert found.get(speaker, ("",))[0] == "person"
    assert owner in found


def test_new_unnamed_speaker_beside_a_named_one_with_the_same_title(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "“We are looking into it,” Halvik police spokesman Dana Whitcombe said. A police "
        "spokesman said later that the witness had seen nothing."
    )
    assert _people(parse, text).get("Police spokesman", ("",))[0] == "person"
    again = text.replace("A police spokesman", "The spokesman")
    assert "Police spokesman" not in _people(parse, again)


def test_title_line_and_venue_line_make_no_person(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Remarks by Governor Halvik at a Harbor Fundraiser | Pellton, CA\n\n"
        "Private Residence Pellton, California\n\nTHE GOVERNOR: Welcome, everyone.\n"
    )
    assert not [p.name for p in extract_participants(doc) if "\n" in p.name]


def test_unnamed_speaker_keeps_the_of_phrase(parse: Callable[[str], Doc]) -> None:
    doc = parse("The mayor of the northern city of Utrecht said the bridge would reopen.")
    assert _found(doc).get("Mayor of the northern city of Utrecht", ("",))[0] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Jane Miller toured the site. The governor said repairs would start soon.",
        "The governor of Marsh State, Samuel Okoro, said the attack was planned.",
        "His lawyer said the charges would be dropped.",
    ],
)
def test_speaker_description_of_a_named_person_is_no_new_person(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert not any("overnor" in n or "awyer" in n for n in _found(parse(text)))


def _resolved(doc: Doc, phrase: str, registry: ParticipantRegistry) -> str | None:
    start = doc.text.index(phrase)
    found = resolve_phrase(doc, (start, start + len(phrase)), registry)
    return None if found is None else f"{found.name} [{found.kind}]"


def test_resolve_phrase_adds_an_unnamed_person(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "An unidentified driver was arrested after the crash. The church's pastor was not hurt."
    )
    registry = extract_participants(doc)
    assert _resolved(doc, "An unidentified driver", registry) == "Unidentified driver [person]"
    assert _resolved(doc, "The church's pastor", registry) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police said the driver fled. The driver was arrested on Friday.", "The driver"),
        ("He was charged with the murder of his mother and sister.", "sister"),
        ("A 35-year-old Boston man stabbed two people, police said.", "A 35-year-old Boston man"),
        ("Every possible suspect was investigated.", "Every possible suspect"),
    ],
)
def test_description_that_points_back_is_no_new_person(
    parse: Callable[[str], Doc], text: str, phrase: str
) -> None:
    """A bare noun, an owner, an age or a quantifier mostly points back to someone the
    article names, or to no one in particular: no row of its own."""
    doc = parse(text)
    assert _resolved(doc, phrase, extract_participants(doc)) is None


def test_title_then_comma_before_a_name_makes_a_person(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("The team was led by the bureau's Deputy Director, Karen Holt, and two aides."),
        ("Karen Holt", "ORG"),
    )
    assert _found(doc).get("Karen Holt", ("",))[0] == "person"


def test_names_listed_with_bodies_are_bodies(parse: Callable[[str], Doc]) -> None:
    text = "Officials met companies including Meta, Zorblat, Q, Vimeo, and Open Works on Monday."
    doc = parse(text)
    ents = [("Meta", "ORG"), ("Zorblat", "ORG"), ("Vimeo", "PRODUCT"), ("Open Works", "PERSON")]
    doc = _with_ents(doc, *ents)
    found = _found(doc)
    for name in ["Meta", "Zorblat", "Q", "Vimeo", "Open Works"]:
        assert found.get(name, ("",))[0] == "organization", name


def test_ship_with_its_prefix_is_a_body_and_its_short_name_folds(
    parse: Callable[[str], Doc],
) -> None:
    text = "The patrol ship HMS Dauntless stopped the skiff. Dauntless then returned to port."
    doc = parse(text)
    first = text.index("Dauntless")
    second = text.index("Dauntless", first + 1)
    doc = _with_spans(doc, (first, first + 9, "GPE"), (second, second + 9, "GPE"))
    found = _found(doc)
    assert found["HMS Dauntless"][0] == "organization"
    assert "Dauntless" in found["HMS Dauntless"][1] and "Dauntless" not in found


def test_last_words_of_one_longer_body_name_fold_into_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "The Andean Drug Policy Working Group met in Lima with officials from several "
        "ministries. The Working Group agreed on steps to share information."
    )
    doc = parse(text)
    long = text.index("Andean")
    short = text.index("Working Group", text.index("Lima"))
    doc = _with_spans(
        doc,
        (long, long + len("Andean Drug Policy Working Group"), "ORG"),
        (short, short + len("Working Group"), "ORG"),
    )
    found = _found(doc)
    assert "Working Group" in found["Andean Drug Policy Working Group"][1]
    assert "Working Group" not in found


def test_capital_made_to_act_is_the_country(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("The new tariffs forced Moscow to change its export rules."))
    assert found.get("Russia", ("",))[0] == "country"


def test_known_armed_groups_and_drug_schedules(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("The order lists MS-13 and puts the drugs in Schedule I."))
    assert found.get("Mara Salvatrucha", ("",))[0] == "organization"
    assert not any("Schedule" in name for name in found)


# -- office holders, titled names, lists ------------------------------------------------------


def test_office_named_without_holder_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The order directs the Secretary of War and Attorney General to review the cases. "
        "It also directs the Attorney General to report within 90 days.",
    )
    assert found["Attorney General"][0] == "person"
    assert found["Secretary of War"][0] == "person"


def test_office_of_a_named_holder_is_that_holder(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Vice President Kamala Harris hosted the governors on Monday. "
        "Afterwards the Vice President spoke to reporters about the plan."
    )
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Kamala Harris"]
    assert "the Vice President" in doc.text and len(people[0].mentions) >= 2


def test_surnames_after_titles_in_a_list_are_people(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Governor was briefed by Director of National Intelligence Brandt, Chief of "
        "Staff Okonkwo, and Deputy Homeland Security Advisor Vasquez-Lee.",
    )
    for name in ("Brandt", "Okonkwo", "Vasquez-Lee"):
        assert found.get(name, ("",))[0] == "person", name


def test_title_beginning_a_body_name_is_no_person(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "General Motors said on Tuesday that it would cut 2,000 jobs.")
    assert "Motors" not in found


def test_titled_name_in_a_title_case_list_item_counts(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The governors met in Denver.\n\nParticipants:\n\n"
        "- Attorney General Maria Delgado (Colorado)\n"
        "- Attorney General Peter Lindqvist (Utah)\n",
    )
    assert found.get("Maria Delgado", ("",))[0] == "person"
    assert found.get("Peter Lindqvist", ("",))[0] == "person"


# -- non-actors, governments, administrations -------------------------------------------------


def test_designations_are_no_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "In May the Treasury named five groups as Foreign Terrorist Organizations (FTOs) "
        "and Specially Designated Global Terrorists (SDGTs), including Tren de Aragua.",
    )
    assert "Tren de Aragua" in found
    assert not {"Foreign Terrorist Organizations", "Specially Designated Global Terrorists"} & set(
        found
    )


def test_generic_nouns_are_no_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The plan will secure our Nation. Officials will work across Departments and "
        "Agencies on the plan.",
    )
    assert not {"Nation", "Departments and Agencies"} & set(found)


def test_memorandum_is_a_document_not_a_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "He signed the new National Security Memorandum on Friday.")
    assert "National Security Memorandum" not in found


def test_government_of_a_country_is_the_country(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "In June, the Government of Canada welcomed the Governments of Mexico and Chile to Ottawa.",
    )
    assert found.get("Canada", ("",))[0] == "country"
    assert found.get("Mexico", ("",))[0] == "country"
    assert not [name for name in found if name.startswith("Government")]


def test_bare_administration_takes_the_presidents_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "President Joe Biden received a briefing today. His Administration has seized "
        "more fentanyl this year than ever before.",
    )
    assert found.get("Biden Administration", ("",))[0] == "organization"
    assert "Administration" not in found


def test_administration_of_no_named_president_is_dropped(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Officials said the Administration would release the plan in May.",
    )
    assert "Administration" not in found


def test_federal_government_is_the_country_named_before(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Australian government said on Monday that the federal government would give "
        "the carmaker A$30 million. The Tasmanian state government will also pay.",
    )
    assert "Federal government" not in found
    assert found.get("Tasmanian state government", ("",))[0] == "organization"


# -- people, groups and bodies ----------------------------------------------------------------


def test_nickname_in_marks_is_an_alias(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        'Deputy Roberto "Bobby" Salinas, 41, was shot on Friday. Bobby Salinas had '
        "served for ten years. Friends called Bobby a hero."
    )
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Roberto Salinas"]


def test_name_broken_by_a_curly_nickname_is_one_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Police in Corvane detained the smuggler Ramon “El Zorro” Pellton Ruiz and the courier "
        "Dana Marisol “La Jefa” Whitcombe Soto on Tuesday, then the broker Tomas “Teddy” Varga.",
    )
    people = {name for name, (kind, _t, _a) in found.items() if kind == "person"}
    assert {"Ramon Pellton Ruiz", "Dana Marisol Whitcombe Soto", "Tomas Varga"} <= people
    assert not {"Ramon", "Pellton Ruiz", "Dana Marisol", "Whitcombe Soto"} & set(found)


def test_known_body_is_not_cut_at_its_inner_and(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Inspectors of U.S. Customs and Border Protection and U.S. Immigration and Customs "
        "Enforcement’s field office searched a warehouse in Pellton.",
    )
    assert {
        "U.S. Customs and Border Protection",
        "U.S. Immigration and Customs Enforcement",
    } <= set(found)
    assert "U.S. Immigration" not in found


def test_abbreviated_titles_are_no_people(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, '"It was a fair trial," said Dist. Atty. Helen Moreau on Friday.')
    assert "Helen Moreau" in found
    assert not {"Dist", "Atty"} & set(found)


def test_mr_without_a_period_is_a_title(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Mr Pemberton said that the plant would stay open.")
    assert found.get("Pemberton", ("",))[0] == "person"


def test_group_of_heads_is_a_group(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "We thank the Heads of State and Government who joined the coalition today."
    )
    assert found.get("Heads of State and Government", ("",))[0] == "group"


def test_relative_whose_is_no_group(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "We thank the member states whose leaders have agreed to new measures.")
    assert not [name for name in found if name.lower().startswith("whose")]


def test_jury_and_its_jurors_are_one_group(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "A Fresno jury on Monday convicted the man. Jurors deliberated for two days. "
        "The same jury will decide the sentence.",
    )
    groups = [name for name, (kind, _, _) in found.items() if kind == "group"]
    assert groups == ["Fresno jury"]


def test_officers_of_a_known_body_are_the_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "NYPD officers shot a man late Saturday. The officers fired eleven times, and "
        "police said the man was armed.",
    )
    assert found.get("New York City Police Department", ("",))[0] == "organization"
    assert not {"NYPD officers", "Officers", "Police"} & set(found)


def test_partial_names_of_one_body_fold_into_it(parse: Callable[[str], Doc]) -> None:
    # first and last words kept ('Relief Fund'), 'X Board' for 'Board of X',
    # and 'X' for 'Department of X'
    cases = [
        (
            "Farmers borrowed money from the Pellton Drought Relief Fund in 2004. "
            "The Pellton Relief Fund later sued them.",
            "Pellton Drought Relief Fund",
            "Pellton Relief Fund",
        ),
        (
            "Officials of the Halvik Board of Forestry and Parks closed the trail on Friday. "
            "The Forestry Board said the fire was out.",
            "Halvik Board of Forestry",
            "Forestry Board",
        ),
        (
            "The Pellton Department of Water Resources approved the plan on Monday. Dana "
            "Whitcombe, the deputy commissioner of Water Resources, said the work would start.",
            "Pellton Department of Water Resources",
            "Water Resources",
        ),
    ]
    for text, long, short in cases:
        found = {p.name: p for p in extract_participants(parse(text))}
        assert short not in found, text
        assert short in found[long].aliases


def test_body_named_with_a_short_owner_folds_into_the_spelled_out_name(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "The U.N. Trade Council met in Pellton. Later the United Nations Trade Council said "
        "the Trade Council would vote again."
    )
    bodies = [p for p in extract_participants(doc) if p.kind == "organization"]
    assert [p.name for p in bodies] == ["United Nations Trade Council"]
    assert "U.N. Trade Council" in bodies[0].aliases


def test_short_company_name_folds_into_the_longer_one(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The government gave Brightwell Australia a grant. Brightwell said on Friday that "
        "the plant would stay open.",
    )
    assert "Brightwell Australia" in found
    assert "Brightwell" not in found


def test_federal_program_under_its_full_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The High Intensity Drug Trafficking Areas (HIDTA) Program helps states. "
        "Regional HIDTA Programs coordinate the work.",
    )
    assert "High Intensity Drug Trafficking Areas Program" in found
    assert "HIDTA Programs" not in found


def test_title_cut_from_its_period_is_no_person(parse: Callable[[str], Doc]) -> None:
    """'RCMP Sgt' (the tokenizer cut 'Sgt.' in two) is a title, not a person's name."""
    found = _people(parse, "They must check in with authorities, said RCMP Sgt. Tim Shields.")
    assert "Tim Shields" in found
    assert not any("Sgt" in name for name in found)


def test_adverb_before_a_name_is_not_part_of_it(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Purportedly Simpson became angry and expressed that he did not.")
    assert found.get("Simpson", ("",))[0] == "person"
    assert not any(name.startswith("Purportedly") for name in found)


def test_shared_surname_goes_to_the_person_named_last_before(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "Catherine Gomes, 61, was found dead on Tuesday. Her son, Gary Gomes, was arrested. "
        "Gomes pleaded not guilty."
    )
    people = {p.name: p for p in extract_participants(doc) if p.kind == "person"}
    assert set(people) == {"Gary Gomes", "Catherine Gomes"}
    assert "Gomes" in people["Gary Gomes"].aliases


def test_surname_in_another_case_is_the_same_person(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Prime Minister Ellis Pike and minister Ian McKinnon announced the grant. "
        "Mr Mckinnon said the plant would stay open."
    )
    people = [p.name for p in extract_participants(doc) if p.kind == "person"]
    assert sorted(people) == ["Ellis Pike", "Ian McKinnon"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("LuAnn Marie Johnson, 66, of Burnsville, was walking into the store.", "Burnsville"),
        (
            "A strong quake struck near the port city of Qasr Nadim, killing five.",
            "Qasr Nadim",
        ),
    ],
)
def test_place_named_after_of_is_no_person(
    parse: Callable[[str], Doc], text: str, place: str
) -> None:
    """'<person>, 66, of <place>' and 'the city of <place>' name places, whatever the model
    tagged."""
    assert _people(parse, text).get(place, ("",))[0] != "person"


def test_name_only_qualifying_a_noun_takes_no_kind_from_an_age(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "Authorities say a 35-year-old New Bedford man stabbed two people.")
    assert found.get("New Bedford", ("",))[0] != "person"


def test_thing_named_in_the_plural_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The two countries signed the Abraham Accords in 2020.")
    assert not any("Accords" in name for name in found)


def test_known_body_with_a_lower_case_head_keeps_its_name(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Police arrested two members of the Tren de Aragua gang.")
    assert found.get("Tren de Aragua", ("",))[0] == "organization"


def test_members_fold_into_their_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "A Brookvale jury convicted Pryor. The jurors deliberated for two days.")
    assert "Brookvale jury" in found
    assert "Jurors" not in found


def test_body_named_inside_a_title_is_not_resolved(parse: Callable[[str], Doc]) -> None:
    """An event's actor phrase 'State' in 'Secretary of State Marco Rubio' is no mention of
    the Department of State."""
    doc = parse("Secretary of State Marco Rubio spoke on two radio shows.")
    registry = extract_participants(doc)
    assert _resolved(doc, "State", registry) is None
    assert not any(p.name == "Department of State" for p in registry)


def test_office_in_apposition_is_the_title_of_the_name(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "The commerce secretary, Ellis Pike, and the interior secretary, Owen Calloway, agreed. "
        "The interior secretary said he would ask the courts to act."
    )
    people = {p.name: p.title for p in extract_participants(doc) if p.kind == "person"}
    assert people == {"Ellis Pike": "commerce secretary", "Owen Calloway": "interior secretary"}


def test_known_body_after_a_name_is_the_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The Obama White House reversed the rule on Tuesday.")
    assert found.get("White House", ("",))[0] == "organization"
    assert "Obama White House" not in found


def test_short_company_name_folds_into_the_long_one(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "General Motors Corporation said sales fell. General Motors will cut jobs."
    )
    assert [n for n, (kind, _, _) in found.items() if kind == "organization"] == [
        "General Motors Corporation"
    ]


def test_one_official_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "A top administration official said the talks would resume.")
    assert found.get("Top administration official", ("",))[0] == "person"


def test_administration_named_by_a_president_is_a_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The Obama administration reversed the rule.")
    assert found.get("Obama Administration", ("",))[0] == "organization"


# -- generational suffixes, cut names, headlines, appositions -------------------------------


def test_generational_suffix_belongs_to_the_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Prosecutors said Othon Marban, Sr., and Othon Marban, Jr., pleaded guilty to "
        "conspiracy. President Joseph R. Biden, Jr. met today with the governor.",
    )
    assert found.get("Othon Marban Sr.", ("",))[0] == "person"
    assert found.get("Othon Marban Jr.", ("",))[0] == "person"
    assert "Joe Biden" in found
    assert not any(name.rstrip(".") in {"Jr", "Sr"} for name in found)


def test_title_word_inside_a_name_before_a_suffix_stays(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Martin Luther King III spoke at the rally on Monday.")
    assert "Martin Luther King III" in found


def test_name_the_model_cut_short_is_completed(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Mexican Security Secretary Alma Itzel Núñez attended the meeting.")
    assert found.get("Alma Itzel Núñez") == ("person", "Secretary", "Mexico")


def test_accented_and_plain_spellings_are_one_person(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Secretary Ana Xóchitl Ibáñez met the delegation. Later Ana Xóchitl Ibanez said "
        "the talks went well. Ibanez left on Friday."
    )
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Ana Xóchitl Ibáñez"]
    assert len(people[0].mentions) == 3


def test_name_that_begins_a_longer_name_folds_into_it() -> None:
    from flows.extract.participants import _unify_person_names

    registry = ParticipantRegistry()
    registry.add("Osvaldo Ramón Ferrer Montoya", "person", (0, 27), "Osvaldo Ramón Ferrer Montoya")
    registry.add("Osvaldo Ramón Ferrer", "person", (40, 60), "Osvaldo Ramón Ferrer")
    registry.add("Ellen DeGeneres", "person", (70, 85), "Ellen DeGeneres")
    registry.add("Ellen", "person", (90, 95), "Ellen")
    _unify_person_names(registry)
    assert sorted(p.name for p in registry) == ["Ellen DeGeneres", "Osvaldo Ramón Ferrer Montoya"]


def test_name_in_a_headline_is_completed_from_the_text(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Drug Czar Dana Whitcombe Leads U.S. Delegation at the United Nations\n"
        "The United States sent a delegation to Vienna. Director Whitcombe said the talks "
        "went well."
    )
    found = {p.name: p for p in extract_participants(doc)}
    assert "Whitcombe" not in found
    assert found["Dana Whitcombe"].mentions[0][0] == doc.text.index("Dana Whitcombe")
    assert "U.S." in found["United States"].aliases


def test_apposition_after_a_name_gives_title_and_affiliation(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "Dana Whitcombe, a senior U.S. official, said the talks went well.")
    assert found["Dana Whitcombe"] == ("person", "senior official", "United States")
    found = _people(parse, "Tim Fanning, a spokesman for the FBI, declined to comment.")
    assert found["Tim Fanning"] == ("person", "spokesman", "Federal Bureau of Investigation")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Cpl. Mary Jones arrived at the scene on Monday.", "Mary Jones", "Cpl."),
        ("Police Maj. Tom Reed said the road was closed.", "Tom Reed", "Maj."),
        ("Det. Owen Hale said the suspect fled.", "Owen Hale", "Det."),
    ],
)
def test_dotted_abbreviated_titles_are_stripped(
    parse: Callable[[str], Doc], text: str, name: str, title: str
) -> None:
    found = _people(parse, text)
    assert found.get(name, ("", ""))[:2] == ("person", title)


# -- unnamed perpetrators, patients, loose initialisms ------------------------------------


def test_unknown_perpetrator_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, '"Whoever the arsonist turns out to be," Mr. Brennick said.')
    assert found.get("Arsonist", ("",))[0] == "person"


def test_perpetrator_is_no_new_person_where_the_article_has_a_suspect(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "Police said the gunman fled. The suspect, a 61-year-old man, was held.")
    assert "Gunman" not in found


def _resolved_in(doc: Doc, context: str, phrase: str, registry: ParticipantRegistry) -> str | None:
    """The participant `phrase` resolves to, where it starts the words `context`."""
    start = doc.text.index(context)
    found = resolve_phrase(doc, (start, start + len(phrase)), registry)
    return None if found is None else f"{found.name} [{found.kind}]"


def test_each_unnamed_gunman_who_acts_is_a_person_named_by_the_place(
    parse: Callable[[str], Doc],
) -> None:
    """Background shootings: each 'a gunman' who acts is a new person, named by the place
    of his sentence; the victim he is the subject of nothing is no row."""
    doc = parse(
        "The shooting at the Telvora plant follows others. Dana Whitcombe said it was the "
        "third this year. On Monday in Corvane, a gunman killed his former girlfriend. In "
        "March, a gunman wounded three people at a mall in Pellton, Ohio."
    )
    registry = extract_participants(doc)
    assert _resolved_in(doc, "a gunman killed", "a gunman", registry) == "Corvane gunman [person]"
    assert _resolved_in(doc, "a gunman wounded", "a gunman", registry) == "Pellton gunman [person]"
    assert _resolved(doc, "his former girlfriend", registry) is None


def test_unnamed_gunman_in_the_lede_of_an_article_with_a_named_suspect_is_no_new_person(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "A gunman killed two workers in Corvane on Monday. Dana Whitcombe was arrested hours "
        "later, police said."
    )
    registry = extract_participants(doc)
    # that gunman is the suspect the article names
    assert _resolved(doc, "A gunman", registry) == "Dana Whitcombe [person]"
    assert [p.name for p in registry.of_kind("person")] == ["Dana Whitcombe"]


def test_jury_that_acts_is_a_group(parse: Callable[[str], Doc]) -> None:
    doc = parse("After two days of talks, the jury convicted Dana Whitcombe of fraud.")
    registry = extract_participants(doc)
    assert _resolved(doc, "the jury", registry) == "Jury [group]"


def test_jury_that_acts_is_the_jury_the_article_describes(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "A Pellton jury heard the case in May. When the jury convicted Marek Dunleavy, he "
        "did not react. Dunleavy read the jury's verdict twice."
    )
    registry = extract_participants(doc)
    assert _resolved_in(doc, "the jury convicted", "the jury", registry) == "Pellton jury [group]"
    assert _resolved(doc, "the jury's", registry) is None  # a possessor does nothing


def test_person_singled_out_by_what_they_did(parse: Callable[[str], Doc]) -> None:
    doc = parse("Police are looking for the man who planted the bomb outside the bank.")
    registry = extract_participants(doc)
    found = _resolved(doc, "the man who planted the bomb", registry)
    assert found is not None and found.endswith("[person]")


def test_one_of_several_victims_is_no_person(parse: Callable[[str], Doc]) -> None:
    doc = parse("A bomb killed two women and a man who were caught inside the bank.")
    assert _resolved(doc, "a man who were caught", extract_participants(doc)) is None


def test_definite_counted_group_that_is_harmed(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "The three bank clerks were killed when their office caught fire on Sunday."
    )
    assert found.get("Three bank clerks", ("",))[0] == "group"
    found = _people(parse, "Two senior members of a rural commune have been arrested, police said.")
    assert not any(kind == "group" for kind, _, _ in found.values())


def test_acronym_of_some_initials_folds_into_the_name(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "She once headed the Canadian arm of the Fundamentalist Church of God Almighty of "
        "Latter Rain Believers. FLRB members practice fasting."
    )
    orgs = [p for p in extract_participants(doc) if p.kind == "organization"]
    assert [p.name for p in orgs] == [
        "Fundamentalist Church of God Almighty of Latter Rain Believers"
    ]
    assert "FLRB" in orgs[0].aliases


def test_each_name_after_a_plural_title_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "We are grateful to Senators Halvorsen, Pike, Calloway and King, and Representatives "
        "Brennick and Varga, for their work.",
    )
    for name in ("Halvorsen", "Pike", "Calloway", "King", "Brennick", "Varga"):
        assert found[name][0] == "person", name
    assert found["Varga"][1] == "Representative"
    assert not any(name.startswith("Representatives") for name in found)


def test_plural_title_inside_a_place_name_lists_nobody(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The boy was declared dead at Kings Valley Hospital.")
    assert not any(kind == "person" for kind, _t, _a in found.values())


def test_name_before_a_legal_form_is_a_company(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Participants included:\n\n- Corvane, Inc.\n- Marlow, PLC\n- Telbrook, LLC\n"
        "- Brightwell Pharmaceuticals Corporation\n",
    )
    for name in ("Corvane", "Marlow", "Telbrook", "Brightwell Pharmaceuticals Corporation"):
        assert found[name][0] == "organization", name
    assert "PLC" not in found and "LLC" not in found


def test_name_qualifying_a_thing_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The judge said he owns an iZen portable music player. The company added video "
        "calling to its Quanta computers, and Glimmer magazine ran the pictures.",
    )
    assert "iZen" not in found and "Quanta" not in found
    assert found["Glimmer"][0] == "organization"


def test_title_of_a_work_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Her life inspired the 2005 film The Notorious Mamie Hale. The studio is keen to "
        "continue with Silver Ashes, the already announced adaptation of the novel.",
    )
    assert "Notorious Mamie Hale" not in found and "Silver Ashes" not in found


def test_words_of_a_title_name_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Second Gentleman noted the funding. U.S. Assistant Secretary for Mental "
        "Health and Substance Use Dr. Marta E. Kowalski-Hale hosted a meeting.",
    )
    assert "Gentleman" not in found
    assert not any(name.startswith("Mental Health") for name in found)


def test_lower_case_entity_is_no_name(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "It may use spectrum between 3100 megahertz and 3300 megahertz.")
    assert "megahertz" not in found


def test_name_cut_before_its_last_word_is_completed(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Today, White House Office of National Drug Control Policy Director Dr. Dana Whitcombe "
        "hosted a meeting with pharmacy chains.",
    )
    assert found["Office of National Drug Control Policy"][0] == "organization"
    assert not any(name.endswith("Drug Control") for name in found)


def test_products_are_not_organizations(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Microsoft said it would ship the new XBook15 next month. Buyers of an iTab can trade "
        "it in.",
    )
    assert "Microsoft" in found
    assert not {"XBook15", "iTab"} & set(found)


def test_person_tagged_as_body_joins_the_surname(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Marla Quenby Vettori founded the club in 1990. Vettori said she loved it. "
        "Friends say Vettori never left the town."
    )
    people = [p for p in extract_participants(doc) if "Vettori" in p.name]
    assert len(people) == 1 and people[0].kind == "person"


def test_initials_before_a_surname_make_a_person(parse: Callable[[str], Doc]) -> None:
    doc = parse("The team fired coach R.T. Balcomb (Denver) on Monday.")
    [person] = [p for p in extract_participants(doc) if "Balcomb" in p.name]
    assert person.kind == "person"
    assert "Denver" not in person.aliases


def test_surname_is_the_article_person_before_a_famous_one(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The team signed Marcus Bush on Monday. Bush scored twice.")
    assert "Marcus Bush" in found and "George W. Bush" not in found


def test_name_ends_at_a_line_break(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Arrest is the latest for Raiders\n\nTeam officials met on Sunday.")
    assert not any("\n" in name for name in found)


def test_of_phrase_stops_at_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Officials handed custody to the Federal Bureau of Prisons of Marco Antonio Ruelas.",
    )
    assert not any(
        name.endswith("Ruelas") and kind == "organization" for name, (kind, *_) in found.items()
    )


def test_plural_of_a_person_noun_is_a_group_that_acts(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The injured hiker was carried out by paramedics on Sunday.")
    assert found.get("Paramedics", ("",))[0] == "group"


def test_group_named_only_inside_a_quotation_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, '"Our local crews are going to be out here all day," Director Jon Owen said.'
    )
    assert not any(kind == "group" for kind, *_ in found.values())


def test_counted_collective_that_only_exists_is_a_figure(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Between 210 and 250 passengers were on board the ferry.")
    assert not any(kind == "group" for kind, *_ in found.values())
    found = _people(parse, "The bill would add an additional 4,300 asylum officers.")
    assert not any(kind == "group" for kind, *_ in found.values())


def test_counted_collective_that_is_sanctioned_stays(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The Treasury sanctioned 21 individuals and entities based in Panama.")
    assert "21 individuals and entities" in found


def test_coordinated_described_groups_are_separate(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Fire crews and police officers were called to the store.")
    assert {"Fire crews", "Police officers"} <= set(found)


def test_possessor_shared_by_coordinated_groups_keeps_one(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The forum gathers the two agencies’ policy makers, customs "
        "inspectors, and public health experts.",
    )
    assert "Customs inspectors" not in found and "Public health experts" not in found


def test_groups_of_coordinated_countries_are_separate(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "U.S. and Mexican law enforcement officials met in Mexico City.")
    assert found["U.S. law enforcement officials"][2] == "United States"
    assert found["Mexican law enforcement officials"][2] == "Mexico"


def test_initials_of_an_abbreviation_in_a_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "UN Relief and Works Agency spokesman Chris Gunness said UNRWA wanted a probe."
    )
    assert "UNRWA" not in found and "UN Relief and Works Agency" in found


def test_surname_retypes_a_full_name_taken_for_a_place(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Billy King hired Maurice Cheeks on Monday. Cheeks said he was glad.")
    assert found["Maurice Cheeks"][0] == "person" and "Cheeks" not in found


def test_name_that_speaks_keeps_its_thing_word(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Consumer Reports said the car was unsafe.")
    assert "Consumer Reports" in found


def test_capitalised_words_before_and_begin_a_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Immigration and Customs Enforcement agents arrested him.")
    assert "Immigration" not in found and "Customs Enforcement" not in found


def test_common_word_that_begins_a_line_is_no_name(parse: Callable[[str], Doc]) -> None:
    doc = parse("Gunman kills one at office\nSuspect had been fired last week by the firm.")
    found = _found(_with_ents(doc, ("Suspect", "ORG")))
    assert "Suspect" not in found


def test_title_alone_is_no_name(parse: Callable[[str], Doc]) -> None:
    doc = parse("The agency spoke with Msgr. Michael Farmer about the plan.")
    found = _found(_with_ents(doc, ("Msgr", "GPE"), ("Michael Farmer", "PERSON")))
    assert "Msgr" not in found and "Michael Farmer" in found


def test_market_index_is_no_body(parse: Callable[[str], Doc]) -> None:
    doc = parse("In early trading the Dow Jones rose nearly 150 points on Monday.")
    assert "Dow Jones" not in _found(_with_ents(doc, ("Dow Jones", "ORG")))


def test_name_beside_the_word_index_is_no_body(parse: Callable[[str], Doc]) -> None:
    """Every mention of an index goes, also one without the word 'index'."""
    doc = parse("The Kessler 40 and Marlow market indices gained. Later the Marlow hit a record.")
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Marlow"]
    assert "Marlow" not in _found(doc)


def test_numbered_thing_is_no_body(parse: Callable[[str], Doc]) -> None:
    doc = parse("Jackson was pulled over on state Route 52 early on Tuesday.")
    assert "Route" not in _found(_with_ents(doc, ("Route", "ORG")))


def test_one_word_that_begins_a_body_name_is_that_body(parse: Callable[[str], Doc]) -> None:
    doc = parse("He worked at Ridley Advisors for years. Calls to Ridley were not returned.")
    text = doc.text
    second = text.index("Ridley", text.index("Ridley") + 1)
    found = _found(
        _with_spans(
            doc, (text.index("Ridley"), text.index(" for"), "ORG"), (second, second + 6, "PERSON")
        )
    )
    assert "Ridley" not in found and "Ridley" in found["Ridley Advisors"][1]


def test_role_noun_of_a_named_person_is_no_one_else(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Australian actor Hugh Jackman will host the show. The actor said he was thrilled."
    )
    assert "Hugh Jackman" in found and not any(n.lower().endswith("actor") for n in found)


def test_company_word_makes_a_body_not_a_person(parse: Callable[[str], Doc]) -> None:
    doc = parse("Singapore Airlines, the launch customer, said it was pleased.")
    found = _found(_with_ents(doc, ("Singapore Airlines", "PERSON")))
    assert found["Singapore Airlines"][0] == "organization"


def test_person_tagged_name_after_the_is_a_ship(parse: Callable[[str], Doc]) -> None:
    doc = parse("INS Mysore sighted the skiff at dawn. The Mysore then opened fire.")
    text = doc.text
    second = text.index("Mysore", text.index("Mysore") + 1)
    found = _found(_with_spans(doc, (0, 10, "PERSON"), (second, second + 6, "PERSON")))
    assert found["INS Mysore"][0] == "organization" and "Mysore" not in found


def test_national_navy_is_a_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The Indian navy captured 11 pirates in the Arabian Sea.")
    assert found["Indian navy"] == ("organization", None, "India")


def test_words_spelled_by_an_abbreviation_name_a_body(parse: Callable[[str], Doc]) -> None:
    found = _found(parse("Immigration and Customs Enforcement (ICE) said it arrested 20 people."))
    assert any(kind == "organization" and "ICE" in aliases for kind, aliases in found.values())
    found = _found(parse("General Motors (GM) and Chrysler will receive bridge loans."))
    assert found.get("General Motors", ("",))[0] == "organization" and "Motors" not in found


def test_office_named_with_a_title_keeps_the_title(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Prosecutors with the Texas Attorney General's Office presented a case.")
    assert "Texas Attorney General's Office" in found


def test_name_after_a_noun_for_a_thing_is_a_product(parse: Callable[[str], Doc]) -> None:
    doc = parse("Apple also shipped the web browser Safari on Monday.")
    assert "Safari" not in _found(_with_ents(doc, ("Apple", "ORG"), ("Safari", "PERSON")))


def test_file_name_is_no_actor(parse: Callable[[str], Doc]) -> None:
    doc = parse("Photo: Miguel-Angel-PALAFOX-Montes.jpg shows the arrest.")
    found = _found(_with_ents(doc, ("Miguel-Angel-PALAFOX-Montes.jpg", "PERSON")))
    assert not any(".jpg" in n for n in found)


def test_title_inside_a_body_name_leaves_the_person(parse: Callable[[str], Doc]) -> None:
    doc = parse("DEA Administrator Milgram briefed the President on Monday.")
    found = {
        p.name: p
        for p in extract_participants(_with_ents(doc, ("DEA Administrator Milgram", "ORG")))
    }
    assert not any("Administrator" in n for n in found)
    assert any(p.kind == "person" and p.title == "Administrator" for p in found.values())


def test_sister_before_a_name_is_no_suffix(parse: Callable[[str], Doc]) -> None:
    doc = parse("The group, CNA, Sr. Carol Keehan said, backed the bill.")
    assert not any(n.endswith("Sr.") for n in _found(doc))


def test_the_president_of_a_white_house_text_is_the_holder_on_the_day(
    parse: Callable[[str], Doc],
) -> None:
    from datetime import datetime

    doc = parse("On Tuesday, the President signed the bill into law.")
    registry = extract_participants(
        doc, publisher="whitehouse.gov briefing room", published_at=datetime(2023, 12, 19)
    )
    assert [(p.name, p.title) for p in registry] == [("Joe Biden", "President")]
    registry = extract_participants(
        doc, publisher="whitehouse.gov briefing room", published_at=datetime(2025, 3, 1)
    )
    assert [p.name for p in registry] == ["Donald J. Trump"]
    assert not list(extract_participants(doc, publisher="Wikinews", published_at=None))


def test_a_described_subject_is_the_person_the_next_sentence_names(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "A Vermont man shot two people on Monday. "
        "The suspect, 44-year-old Ryan Halbrook, was arrested."
    )
    doc = parse(text)
    registry = extract_participants(doc)
    start = text.index("A Vermont man")
    found = resolve_phrase(doc, (start, start + len("A Vermont man")), registry)
    assert found is not None and found.name == "Ryan Halbrook"


def test_a_possessed_person_noun_is_not_its_owner(parse: Callable[[str], Doc]) -> None:
    text = "Kowalski's spokesman said the bill would pass."
    doc = parse(text)
    registry = extract_participants(doc)
    found = resolve_phrase(doc, (0, len("Kowalski's spokesman")), registry)
    assert found is not None and found.name == "Kowalski's spokesman"


def test_a_known_acronym_the_model_missed_is_a_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The G7 nations had met in Washington on Friday.")
    assert "Group of Seven" in found


@pytest.mark.parametrize(
    "text",
    [
        "Numerous actors, directors and even producers have served as hosts.",
        "As drug traffickers and suppliers adapt, we must do so as well.",
        "Business customers can order the phone from their sales rep.",
        "After May 1 business customers will be able to register for the phone.",
        "There are many motives, and arsonists don't necessarily need one.",
    ],
)
def test_no_group_from_generic_or_quantified_plurals(
    parse: Callable[[str], Doc], text: str
) -> None:
    assert not [p for p in extract_participants(parse(text)) if p.kind == "group"]


def test_described_later_conjunct_still_takes_the_role(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Fire crews and police officers were called to the scene.")
    assert {"Fire crews", "Police officers"} <= set(found)


def test_person_scoring_points_is_no_market_index(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Dale Fenwick scored 19 points for the Silver Hawks.")
    assert found["Dale Fenwick"][0] == "person"


def test_relation_in_apposition_is_no_title(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "John Banky, Ben's older brother, spoke briefly on Monday.")
    assert found["John Banky"][1] is None


def test_owned_description_in_next_sentence_is_another_person(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "A spokesperson for the court confirmed the order. "
        "Lohan's attorney, Shawn Holley, spoke out about the move."
    )
    holley = next(p for p in extract_participants(doc) if p.name == "Shawn Holley")
    assert "spokesperson" not in holley.aliases


def test_office_of_a_field_keeps_its_title(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Rhys Calder, senior vice president of retail sales, said it would close."
    )
    assert found["Rhys Calder"][1] is not None


def test_character_played_is_no_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Jenna Coleman, who plays current companion Clara, will join the cast. The actor is "
        "known for his role as spin-doctor Malcolm Tucker.",
    )
    assert "Jenna Coleman" in found
    assert "Clara" not in found
    assert "Malcolm Tucker" not in found


def test_opponent_played_is_still_a_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Rafael Nadal played Roger Federer in the final on Sunday.")
    assert {"Rafael Nadal", "Roger Federer"} <= set(found)


def test_award_ceremony_is_no_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Ellen DeGeneres will host the Oscars, and Hugh Jackman hosted the Tonys."
    )
    assert {"Ellen DeGeneres", "Hugh Jackman"} <= set(found)
    assert not {"Oscars", "Tonys"} & set(found)


def test_criminal_charge_is_no_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The driver, identified as Tomas Perello, was charged with Vehicular Manslaughter "
        "and DWI on Sunday.",
    )
    assert "Tomas Perello" in found
    assert not {"Vehicular Manslaughter", "DWI"} & set(found)


def test_stage_directions_and_blessings_are_no_participants(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "We are going to win this, Senator Dana Whitcomb said. (Laughter.) "
        "God bless you all. (Applause.)\n\nEND",
    )
    assert "Dana Whitcomb" in found
    assert not {"Laughter", "God", "Applause", "END"} & set(found)


def test_common_word_in_a_line_of_capitals_is_no_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The agency approved further damage assessments in the county.\n\n"
        "FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE NEWS DESK AT (202) 555-0100.",
    )
    assert "FURTHER" not in found


def test_plural_after_a_title_word_is_no_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Attorney General shall request updates to the Metropolitan Police Department "
        "General Orders from the Mayor.",
    )
    assert "Orders" not in found


def test_multiword_diplomatic_title_is_no_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Maria Okafor, of Ohio, to be Ambassador Extraordinary and Plenipotentiary of the "
        "United States of America to the Republic of Chile. Previously, she was Chargé "
        "d’Affaires a.i. at the U.S. Embassy in Lima.",
    )
    assert "Maria Okafor" in found
    assert not {"Extraordinary", "Chargé"} & set(found)


def test_name_only_in_quotation_marks_is_a_title(parse: Callable[[str], Doc]) -> None:
    from flows.extract.participants import _drop_quoted_titles

    text = 'Jon Park said the sequel "Burning Sky," like "Burning Sky" itself, will be long.'
    doc = parse(text)
    registry = ParticipantRegistry()
    for name, kind in (("Jon Park", "person"), ("Burning Sky", "person")):
        start = -1
        while (start := text.find(name, start + 1)) >= 0:
            registry.add(name, kind, (start, start + len(name)), name)
    _drop_quoted_titles(doc, registry)
    assert [p.name for p in registry] == ["Jon Park"]


def test_name_after_a_body_noun_is_that_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The prize went to the Russian organization Zarya and a Belarusian lawyer. "
        "Throughout its history, Zarya has documented abuses.",
    )
    assert found["Zarya"][0] == "organization"


def test_town_before_a_state_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The suspect, identified as Darius Pryor of Glenville, New York, was charged on Friday.",
    )
    assert "Darius Pryor" in found
    assert found.get("Glenville", ("location",))[0] == "location"
    assert "Glenville, New York" not in found


def test_words_before_a_country_based_modifier_are_no_town(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Just this week, Switzerland-based medicine maker Octapharma announced a plant.",
    )
    assert "Just this week" not in found


def test_building_named_as_a_place_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The woman was taken to Ashford Hospital after the crash. Mercy General Hospital "
        "said it had treated two others.",
    )
    assert found.get("Ashford Hospital", ("location",))[0] == "location"
    assert found["Mercy General Hospital"][0] == "organization"


def test_plural_demonym_alone_is_no_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Philippines joined the framework. It was always going to be hard to convince "
        "Greeks that the cuts were needed, Prime Minister Nikos Varelas said.",
    )
    assert found["Philippines"][0] == "country"
    assert "Greeks" not in found


def test_coroner_is_a_title(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "His body was found Tuesday in a hotel room in Biloxi, Coroner Gary Hargrove said."
    )
    assert found["Gary Hargrove"][:2] == ("person", "Coroner")


def test_common_word_in_capitals_beside_a_link_is_no_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The agency approved further damage assessments in the county.\n\n"
        "FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE NEWS DESK AT (202) 555-0100 OR "
        "[DESK@AGENCY.GOV](mailto:desk@agency.gov).",
    )
    assert "FURTHER" not in found


def test_person_owned_by_a_body_is_a_person_of_that_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Telkom's Lulu Letlape said the company was working on it.")
    assert found["Lulu Letlape"] == ("person", None, "Telkom")
    found = _people(parse, "Neotel's Sunil Joshi and Telvora's Brian Ashcombe declined to comment.")
    assert found["Telvora"][0] == "organization"
    assert found["Brian Ashcombe"] == ("person", None, "Telvora")


def test_untagged_person_after_a_possessive_is_found(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "China's Xi Jinping met the visitors.")
    assert found["Xi Jinping"][0] == "person"


def test_a_day_word_before_a_company_is_not_part_of_its_name(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "Yesterday Advanced Micro Devices Inc. announced a deal.")
    assert "Advanced Micro Devices" in found
    found = _people(parse, "Today Globex Corp. said it would cut jobs.")
    assert "Globex" in found


def test_company_word_ends_a_name_the_model_cut_or_missed(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Cadbury rejects Brightwell bid\nBrightwell Foods made a hostile offer for Cadbury. "
        "Brightwell's chief executive said the bid was fair."
    )
    orgs = {p.name: p.aliases for p in extract_participants(doc) if p.kind == "organization"}
    assert "Brightwell" in orgs.get("Brightwell Foods", [])
    assert "Brightwell" not in orgs


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "Orders came for the Stratoliner. The Stratoliner is a long-range airliner, "
            "Airbus said.",
            "Stratoliner",
        ),
        (
            "SeaMicro built a technology called Freedom Fabric. Freedom Fabric is fast.",
            "Freedom Fabric",
        ),
        ("Nokia said its phones run the operating system Rondo.", "Rondo"),
        ("AMD does not expect changes in its supply of Atom and Xeon processors.", "Xeon"),
        ("Each server holds a CPU, some DRAM and a fabric chip, Intel said.", "DRAM"),
    ],
)
def test_products_are_not_participants(
    parse: Callable[[str], Doc], text: str, product: str
) -> None:
    found = _people(parse, text)
    assert found
    assert not any(product in name for name in found)


def test_a_name_said_to_be_a_company_is_an_organization(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Matanuska Maid is a dairy company. Matanuska Maid said it would close.")
    assert found["Matanuska Maid"][0] == "organization"


def test_possessive_inside_a_body_name(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The Ad Council’s Real Deal campaign reached millions of teens.")
    assert "Ad Council" in found
    assert not any("Real Deal" in name for name in found)
    found = _people(parse, "The Defense Department’s Advanced Research Project Agency paid.")
    assert "Advanced Research Project Agency" in found


def test_a_sentence_opening_preposition_is_no_part_of_a_name(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "Through Veteran Treatment Courts, veterans get help.")
    assert "Veteran Treatment Courts" in found


def test_names_in_a_run_in_heading_are_no_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Fact sheet\n- Quick Removals and Strong Deterrence: No migrants were released.\n"
        "- Mexico: the Mexican Government sent troops.",
    )
    assert not any("Deterrence" in name for name in found)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Patches go out through systems including PatchDesk, FleetSync and Windows Update, "
            "Microsoft said.",
            "FleetSync",
        ),
        ("Web browsers such as Firefox and Opera were not affected, Mozilla said.", "Firefox"),
        ("This ain't Kwanzaa, Microsoft.", "Kwanzaa"),
        ("Obama proclaimed National Bike Safety Week.", "Week"),
        (
            "Done in the year of our Lord, and of the Independence of the United States.",
            "Independence",
        ),
    ],
)
def test_listed_things_holidays_and_observances_are_no_actors(
    parse: Callable[[str], Doc], text: str, thing: str
) -> None:
    assert not any(thing in name for name in _people(parse, text))


def test_a_bare_noun_for_anyone_is_no_speaker_row(parse: Callable[[str], Doc]) -> None:
    assert "Woman" not in _people(parse, "The woman told police she saw the car.")
    assert "Witness" not in _people(parse, "A witness said the van was speeding.")
    found = _people(parse, "A Western diplomat said the vote was unfair.")
    assert found["Western diplomat"][0] == "person"


def test_an_office_tagged_as_a_body_gives_only_its_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "She served as Chair of the Federation of State Medical Boards, and as the "
        "Associate Dean for Rural Health at the University of South Alabama.",
    )
    assert "Federation of State Medical Boards" in found
    assert not any(name.startswith(("Chair", "Associate Dean")) for name in found)
    assert "CTO" not in _people(parse, "Mark Papermaster, AMD's CTO, deflected the questions.")


def test_a_country_s_government_is_the_country(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Sudan's government denied the attack on the camp.")
    assert found.get("Sudan", ("",))[0] == "country"
    assert "Sudan's government" not in found


def test_other_written_forms_of_one_actor_fold_together(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Boeing delivers final jet to AirTran\n"
        "Boeing on Tuesday delivered the final jet to AirTran Airways in Long Beach."
    )
    orgs = {p.name: p.aliases for p in extract_participants(doc) if p.kind == "organization"}
    assert "AirTran" in orgs["AirTran Airways"]
    assert not any(p.name == "AirTran" for p in extract_participants(doc))
    doc = parse(
        "Brightwell Foods closed the plant. Brightwell Food's Susan Davison said it was tragic."
    )
    assert [p.name for p in extract_participants(doc) if p.kind == "organization"] == [
        "Brightwell Foods"
    ]
    found = _people(parse, "Lucien Tessier met the agent. Lucien said the deal was done.")
    assert "Lucien" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("After the delivery, the plane was flown to Toulouse, France for a ceremony.", "Toulouse"),
        ("People fled buildings in the provincial capital Kota Merah, police said.", "Kota Merah"),
        ("The quake struck 55 kilometres south of Bireun, the survey said.", "Bireun"),
    ],
)
def test_words_around_a_name_make_it_a_place(
    parse: Callable[[str], Doc], text: str, place: str
) -> None:
    assert _people(parse, text).get(place, ("location",))[0] == "location"


def test_a_person_before_a_country_s_title_stays_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Thanks to Lena Okafor, U.S. Assistant Secretary for Health Jo Roe.")
    assert found.get("Lena Okafor", ("person",))[0] == "person"


def test_one_word_and_and_begin_an_untagged_body_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Jane Roe, a former director of the Fish and Wildlife Service and a vice president "
        "of Defenders of Wildlife, said the rules were weak.",
    )
    assert "Fish and Wildlife Service" in found
    assert "Wildlife Service" not in found


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Congress passed the Safe Harbor Agreement, the Treasury said.", "Agreement"),
        ("Leaders signed the Lima Declaration on Migration, the Treasury said.", "Declaration"),
        ("The rule ends Temporary Protected Status for migrants, DHS said.", "Status"),
        ("In the State of the Union, President Biden asked Congress to act.", "State of"),
        ("Agents dismantled the Global Timber Trade, the DEA said.", "Trade"),
        ("Operation Blue Lotus seized 4,700 pounds of fentanyl, CBP said.", "Operation"),
    ],
)
def test_agreements_statuses_operations_and_speeches_are_no_actors(
    parse: Callable[[str], Doc], text: str, thing: str
) -> None:
    found = _people(parse, text)
    assert found
    assert not any(thing in name for name in found)


def test_a_focus_word_is_no_part_of_a_group_name(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Just 50 protesters were arrested, police said.")
    assert "50 protesters" in found


def test_the_addressee_of_a_message_is_a_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "TO THE CONGRESS OF THE UNITED STATES:\nI hereby report on the actions.")
    assert found["United States Congress"][0] == "organization"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Aid went to Naples, Collier, Lee and Calder counties, FEMA said.", "Collier"),
        ("Tropical Storm Ian flooded the coast, FEMA said.", "Ian"),
        ("THE PRESIDENT: (Inaudible.) We will see what the Senate does.", "Inaudible"),
        ("The Child Tax Credit helped families, the Treasury said.", "Credit"),
        ("Press Briefing by Press Secretary Jen Psaki and the Treasury", "Briefing"),
    ],
)
def test_listed_places_storms_and_stage_directions_are_no_actors(
    parse: Callable[[str], Doc], text: str, thing: str
) -> None:
    found = _people(parse, text)
    assert found
    assert not any(thing in name for name in found)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Statement from Deputy Secretary Dr. Marta Okafor on New Border Measures\n\n"
            "Today the Department of State announced new measures against smugglers.",
            "Marta Okafor",
            "Deputy Secretary",
        ),
        (
            "Remarks by Governor Lena Brandt and Prime Minister Ivo Stanek at a Joint Event\n\n"
            "Thank you all for coming to this event about safer ports.",
            "Ivo Stanek",
            "Prime Minister",
        ),
        (
            "Readout of Governor Pablo Ruiz’s Call with County Leaders\n\n"
            "The call focused on the supply of naloxone to rural clinics.",
            "Pablo Ruiz",
            "Governor",
        ),
    ],
)
def test_the_author_a_white_house_title_names_is_a_participant(
    parse: Callable[[str], Doc], text: str, author: str, title: str
) -> None:
    found = _people(parse, text)
    assert found[author][:2] == ("person", title)


def test_a_body_and_the_person_after_its_of_are_two(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Officers gave custody to the Department of Justice of Ramon Vela Ibarra on Friday."),
        ("Department of Justice of Ramon Vela Ibarra", "ORG"),
    )
    found = {p.name: p.kind for p in extract_participants(doc)}
    assert found.get("Department of Justice") == "organization"
    assert found.get("Ramon Vela Ibarra") == "person"


def test_software_only_used_or_patched_is_no_actor(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Norvel said it fixed a hole in Zentrix. If you use Zentrix, install the fix now."),
        ("Norvel", "ORG"),
        ("Zentrix", "ORG"),
    )
    text = doc.text
    second = text.index("Zentrix", text.index("use"))
    extra = doc.char_span(second, second + len("Zentrix"), label="ORG")
    assert extra is not None
    doc.ents = [*doc.ents, extra]
    found = {p.name for p in extract_participants(doc)}
    assert "Norvel" in found
    assert "Zentrix" not in found


def test_a_first_name_alone_is_the_person_named_in_full(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("R. Marisol Ventana won the race on Sunday. Later, Marisol thanked the crowd."),
        ("R. Marisol Ventana", "PERSON"),
    )
    text = doc.text
    second = text.index("Marisol", text.index("Later"))
    extra = doc.char_span(second, second + len("Marisol"), label="PERSON")
    assert extra is not None
    doc.ents = [*doc.ents, extra]
    people = [p.name for p in extract_participants(doc) if p.kind == "person"]
    assert people == ["R. Marisol Ventana"]


@pytest.mark.parametrize(
    ("text", "paper", "label"),
    [
        (
            "The mayor told the N.J. Evening Times that the plan would fail.",
            "N.J. Evening Times",
            "ORG",
        ),
        (
            "Jones told the Lakeside Gazette on Monday that he would resign.",
            "Lakeside Gazette",
            "PERSON",
        ),
    ],
)
def test_a_newspaper_is_no_person(
    parse: Callable[[str], Doc], text: str, paper: str, label: str
) -> None:
    doc = _with_ents(parse(text), (paper, label))
    kinds = {p.name: p.kind for p in extract_participants(doc)}
    assert kinds.get(paper) == "organization"


def test_places_joined_by_and_after_a_place_noun_are_no_body(
    parse: Callable[[str], Doc],
) -> None:
    doc = _with_ents(
        parse("Smugglers sail from ports like Varna and Kolbe on the northern coast."),
        ("Varna and Kolbe", "ORG"),
    )
    names = {p.name for p in extract_participants(doc)}
    assert "Varna and Kolbe" not in names


def test_the_question_mark_of_a_briefing_is_no_part_of_a_name(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Press Briefing by Press Secretary Dana Mirelli\n\n"
        "MS. MIRELLI: Go ahead.\n\nQ    Dana, thank you. What about the border?"
    )
    doc = _with_ents(parse(text), ("Dana Mirelli", "PERSON"), ("Q    Dana", "PERSON"))
    people = [p.name for p in extract_participants(doc) if p.kind == "person"]
    assert people == ["Dana Mirelli"]


def test_spelled_software_with_a_hole_in_it_is_no_body(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Norvel Systems rushed out a fix to plug a hole in Orbis Navigator (ON) on Tuesday."),
        ("Norvel Systems", "ORG"),
    )
    names = {p.name for p in extract_participants(doc)}
    assert "Orbis Navigator" not in names


def test_surnames_joined_by_and_are_those_people(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Mayor Dana Quillfeather met Judge Rowan Tibbets. "
        "Quillfeather and Tibbets said the plan works."
    )
    start = doc.text.index("Quillfeather and")
    found = _found(
        _with_ents(
            doc,
            ("Dana Quillfeather", "PERSON"),
            ("Rowan Tibbets", "PERSON"),
        )
    )
    assert found
    joined = doc.char_span(start, start + len("Quillfeather and Tibbets"), label="ORG")
    assert joined is not None
    doc.ents = [*doc.ents, joined]
    found = _found(doc)
    assert "Quillfeather and Tibbets" not in found
    assert "Quillfeather" in found["Dana Quillfeather"][1]
    assert "Tibbets" in found["Rowan Tibbets"][1]


def test_capitalised_word_listed_with_adjectives_is_no_name(parse: Callable[[str], Doc]) -> None:
    doc = parse("The new grants reach state, local, Tribal, and territorial partners this year.")
    assert "Tribal" not in _found(_with_ents(doc, ("Tribal", "PERSON")))


def test_items_after_departments_of_are_departments(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "The bureau works with the Departments of Health and Human Services (HHS) and "
        "Defense (DOD) on new rules, and the Departments of State and Energy agreed."
    )
    found = _found(doc)
    assert {"Department of Defense", "Department of State"} <= set(found)
    assert "Defense" not in found and "Departments of State" not in found


def test_stage_direction_in_a_transcript_is_no_person(parse: Callable[[str], Doc]) -> None:
    doc = parse("Q Will you run again? (Laughs.) THE PRESIDENT: We will see.")
    assert "Laughs" not in _found(_with_ents(doc, ("Laughs", "PERSON")))


def test_authorities_are_the_police_of_the_article(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Police arrested a man in Dayton on Monday. Authorities said he had fled from a farm."
    )
    found = {p.name: p for p in extract_participants(doc)}
    assert "Authorities" not in found
    assert "Authorities" in found["Police"].aliases


def test_soldiers_and_police_are_a_group_and_a_force(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Soldiers and police have been deployed to the flooded villages.")
    assert found.get("Soldiers", ("",))[0] == "group"
    assert found.get("Police", ("",))[0] == "organization"
    assert "Soldiers and police" not in found


def test_descriptions_of_the_arrested_suspect_are_that_person(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Bakery Shooting\n\nAn angry baker opened fire at a bakery in Dayton on Monday. "
        "Marta Kowalski was arrested hours later. Police said the gunman had fled in a van."
    )
    doc = parse(text)
    registry = extract_participants(doc)
    start = text.index("An angry baker")
    found = resolve_phrase(doc, (start, start + len("An angry baker")), registry)
    assert found is not None and found.name == "Marta Kowalski"
    names = {p.name for p in registry}
    assert "Gunman" not in names
    assert "gunman" in next(p for p in registry if p.name == "Marta Kowalski").aliases


def test_speaker_and_president_of_the_senate_are_offices(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The report was sent to the Speaker of the House of Representatives and the "
        "President of the Senate on Monday.",
    )
    assert found.get("Speaker of the House of Representatives", ("",))[0] == "person"
    assert found.get("President of the Senate", ("",))[0] == "person"
    assert not any("Senate" in name for name in found if name != "President of the Senate")


def test_kin_age_and_person_noun_make_a_person(parse: Callable[[str], Doc]) -> None:
    text = (
        "Clerk Dana Whitcombe tried to stop him. Whitcombe's son said she was brave. "
        "Pell, 52, of Dayton, was treated in a hospital."
    )
    doc = _with_ents(
        parse(text), ("Dana Whitcombe", "ORG"), ("Whitcombe's", "ORG"), ("Pell", "ORG")
    )
    found = _found(doc)
    assert found.get("Dana Whitcombe", ("",))[0] == "person"
    assert found.get("Pell", ("",))[0] == "person"


def test_police_and_firefighters_are_two_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Police and firefighters were called to the burning barn.")
    assert found.get("Police", ("",))[0] == "organization"
    assert "Police and firefighters" not in found


def test_description_keeps_its_indefinite_article(parse: Callable[[str], Doc]) -> None:
    doc = parse("A local official said the bridge had collapsed.")
    found = {p.name: p for p in extract_participants(doc)}
    assert "A local official" in found["Local official"].aliases


def test_an_unnamed_official_who_acts_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The suspect appeared in court on Monday. The judge ordered him detained until trial.",
    )
    assert found.get("Judge", ("",))[0] == "person"


def test_generic_copular_group_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Young hackers are rare in the county, experts believe.")
    assert "Young hackers" not in found


def test_misspelt_surname_folds_into_the_person(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Marta Kowalski won again on Saturday. Kowalsky was never in trouble."),
        ("Marta Kowalski", "PERSON"),
        ("Kowalsky", "PERSON"),
    )
    found = _found(doc)
    assert "Kowalsky" not in found
    assert "Kowalsky" in found["Marta Kowalski"][1]


def test_the_official_is_the_one_described_before(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "A special prosecutor recommended fraud charges in May. "
        "The prosecutor also asked for a ban on trading.",
    )
    assert found.get("Special prosecutor", ("",))[0] == "person"
    assert "Prosecutor" not in found


def test_bare_collective_that_is_acted_on_is_a_group(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The navy vowed to dismantle smugglers operating along the coast.")
    assert found.get("Smugglers", ("",))[0] == "group"


def test_place_that_plays_in_a_sports_report_is_the_team(parse: Callable[[str], Doc]) -> None:
    text = (
        "Unbeaten Ohio State routed Michigan again on Saturday. The coach praised the "
        "defense after the game, the team's fifth victory of the season. Denver beat "
        "Phoenix 3-1 in the league's other game, and the pitcher scored twice."
    )
    doc = _with_ents(parse(text), ("Denver", "GPE"), ("Phoenix", "GPE"))
    found = _found(doc)
    assert found.get("Denver", ("",))[0] == "organization"


def test_owner_and_a_common_noun_is_no_place(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Agent Ray Dunn was bluffing, and the Mets called Dunn' bluff on Friday."),
        ("Ray Dunn", "PERSON"),
        ("Dunn' bluff", "FAC"),
    )
    found = _found(doc)
    assert not any("bluff" in name for name in found)


def test_the_judge_is_the_named_justice(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Justice Mara Quill heard the witness on Monday. The judge ruled he can testify.",
    )
    assert "Judge" not in found


def test_markup_and_cut_names_are_no_participants(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        'Grants went out. <tr class="odd"> <td> NEVADA STATE DEPARTMENT FOR RURAL AND FARM '
        "SERVICES</td> <td> RENO</td> <td> NV</td> </tr> <tr> <td> OREGON STATE DEPT OF MTL "
        "HLTH &amp; RURAL SVCS</td> <td> SALEM</td> </tr>\n"
        "The budget includes $1.2 billion for the U.S. Attorney’s Offices, up 9% on last year.",
    )
    assert not [name for name in found if "<" in name or ">" in name or "&" in name]
    assert not [name for name in found if name.startswith(("'s", "’s"))]


def test_a_first_name_only_addressed_is_no_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "MS. ROWE: Go ahead, Darnell.\nQ Will the governor sign the bill?\n"
        "MS. ROWE: Thanks, Darnell. The governor will sign it on Friday.\n"
        "MS. ROWE: Priya.\nQ Thank you. When?\nMS. ROWE: Next week.\n"
        "Her husband, Leopold, said the plan was sound.",
    )
    assert "Darnell" not in found
    assert "Priya" not in found
    assert "Leopold" in found


def test_a_name_that_moves_by_a_percentage_is_an_index(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Asian markets rallied. The KOSPI rose by 4% and the Taipex went up by 2.5%. "
        "Corvane Motors said its sales fell 3%.",
    )
    assert "KOSPI" not in found
    assert "Taipex" not in found
    assert "Corvane Motors" in found


def test_a_name_ending_in_a_persons_surname_is_that_person(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse("Quillfeather, 81, died on Monday. Friends said Dana Quillfeather loved Ohio."),
        ("Quillfeather", "PERSON"),
        ("Dana Quillfeather", "ORG"),
    )
    found = _found(doc)
    assert found.get("Dana Quillfeather", ("",))[0] == "person"


def test_a_known_person_tagged_as_a_body_is_a_person(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(parse("Asked about it, Obama did not come up at the talks."), ("Obama", "ORG"))
    found = _found(doc)
    assert found.get("Barack Obama", ("",))[0] == "person"


def test_an_online_platform_is_a_channel_or_a_company(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Councilwoman Dana Pruitt wrote on Twitter that the vote was unfair. "
        "Later, Facebook removed the page, and Pruitt complained.",
    )
    assert "Twitter" not in found
    assert found.get("Facebook", ("",))[0] != "person"


def test_unnamed_agent_of_a_passive_crime_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "The Fenwick Baptist Church in Dorrance was attacked by an arsonist last night."
    )
    assert found.get("Arsonist", ("",))[0] == "person"


def test_a_document_that_says_or_calls_for_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Mayor Dana Whitcombe announced the plan on Monday. The Safer Streets Plan calls for "
        "more police officers, and the Safer Streets Plan says that crime will fall. "
        "The Clean Rivers Act says that rivers must be safe.",
    )
    assert "Dana Whitcombe" in found
    assert "Safer Streets Plan" not in found
    assert "Clean Rivers Act" not in found


def test_a_magazine_named_in_the_plural_still_speaks(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Consumer Reports said the car was unsafe.")
    assert found.get("Consumer Reports", ("",))[0] == "organization"


def test_an_owner_cut_from_the_name_of_its_plan_is_the_person(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "The money is part of Mayor Halvorsen’s Safer Harbor Plan.")
    assert found.get("Halvorsen", ("",))[0] == "person"
    assert not any("Safer Harbor" in name for name in found)


def test_a_spelled_out_fiscal_year_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Budget for Fiscal Year (FY) 2027 adds $5 million for the Harbor Safety Agency (HSA).",
    )
    assert "Harbor Safety Agency" in found
    assert "Fiscal Year" not in found


def test_a_thing_word_coordinated_inside_a_bodys_name_stays(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "The Director of the Office of Management and Budget shall review the order."
    )
    assert found.get("Office of Management and Budget", ("",))[0] == "organization"


def test_a_spelled_document_and_its_pieces_are_no_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Clinics join the Rural Maternity and Obstetrics Management Strategies (RMOMS) program. "
        "The Rural Maternity and Obstetrics Management Strategies program gives grants.",
    )
    assert not any("Rural Maternity" in name or name == "RMOMS" for name in found)


def test_a_us_state_named_like_a_country_is_a_place(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Dana Whitcombe, a Georgia college student, was killed in March. "
        "Her killer fled to Georgia after the attack.",
    )
    assert found.get("Georgia", ("",))[0] == "location"
    found = _people(parse, "Drugs were moved from Texas and Georgia into Mobile.")
    assert found.get("Georgia", ("location",))[0] == "location"


def test_the_country_named_like_a_us_state_stays_a_country(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Russian troops entered Georgia in August. Georgian officials in Tbilisi protested, "
        "and Georgia asked for help.",
    )
    assert found.get("Georgia", ("",))[0] == "country"


def test_a_product_named_after_its_company_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Corvane said on Tuesday that Corvane Pay would reach Canada next year. "
        "Corvane also sells Corvane TV, and Corvane TV connects to a television.",
    )
    assert found.get("Corvane", ("",))[0] == "organization"
    assert "Corvane Pay" not in found and "Corvane TV" not in found
    found = _people(
        parse, "Shoppers can now use Corvane Maps on phones, and Corvane Update fixes bugs."
    )
    assert not found


def test_a_channel_named_tv_stays_without_its_owner(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Marlow TV reported that the mayor had resigned.")
    assert "Marlow TV" in found


def test_short_and_formal_given_names_are_one_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Senator William Pratchard met the mayor. Bill Pratchard said the talks went well.",
    )
    assert "William Pratchard" in found and "Bill Pratchard" not in found
    found = _people(
        parse,
        "Jonathan Halvorsen, the city's treasurer, resigned on Monday. "
        "Jon Halvorsen said he had done nothing wrong.",
    )
    assert "Jonathan Halvorsen" in found and "Jon Halvorsen" not in found


def test_a_surname_one_letter_off_with_the_same_given_name_is_one_person(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "Police said Marta Kowalsky was arrested. Marta Kowalski, 34, denied the charges. "
        "Marta Kowalski is a teacher.",
    )
    assert "Marta Kowalski" in found and "Marta Kowalsky" not in found


def test_a_given_name_that_only_begins_another_is_another_person(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "Dan Roe and his sister Danielle Roe ran the shop.")
    assert {"Dan Roe", "Danielle Roe"} <= set(found)


def test_a_country_in_a_list_of_countries_is_no_us_state(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Leaders of Russia, Georgia and Armenia met in Sochi. Georgia signed the deal."
    )
    assert found.get("Georgia", ("",))[0] == "country"


def test_a_shop_named_after_a_given_name_is_no_owner(parse: Callable[[str], Doc]) -> None:
    doc = parse("A Mel's Market spokesperson said the store would reopen.")
    start = next(t.i for t in doc if t.text == "Mel")
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]  # as the model tags it at times
    found = {p.name: p.kind for p in extract_participants(doc)}
    assert "Mel" not in found


def test_the_head_of_a_document_name_stands_before_its_of_phrase(
    parse: Callable[[str], Doc],
) -> None:
    from flows.extract.participants import _names_a_document

    doc = parse(
        "Duties are set in the Tariff Schedule of the Kingdom by the Office of Trade and Budget."
    )
    words = [t.text for t in doc]
    schedule = doc[words.index("Tariff") : words.index("Kingdom") + 1]
    office = doc[words.index("Office") : words.index("Budget") + 1]
    assert _names_a_document(schedule)
    assert not _names_a_document(office)


def test_office_holder_at_the_end_of_a_tagged_body_is_the_person(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "CFO Lena Brook told analysts that revenue grew. Ambassador to Norway Ed Vale spoke."
    )
    words = [t.text for t in doc]
    cfo, norway = words.index("CFO"), words.index("Norway")
    # as the model tags them at times: a title or a place and the name as one body
    doc.ents = [
        Span(doc, cfo, cfo + 3, label="ORG"),
        Span(doc, norway, norway + 3, label="PERSON"),
    ]
    found = {p.name: (p.kind, p.title) for p in extract_participants(doc)}
    assert found.get("Lena Brook") == ("person", "CFO")
    assert found.get("Ed Vale", ("",))[0] == "person"
    assert "CFO Lena Brook" not in found and "Norway Ed Vale" not in found


def test_names_inside_a_cited_document_title_are_no_actors(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        "Section 2 of Executive Order 14001 of May 2, 2024 (Restoring Faith in Harbor Pilots "
        "and Protecting Fair Access), is hereby revoked, and Secretary Dana Holt shall report."
    )
    words = [t.text for t in doc]
    faith = words.index("Faith")
    harbor = words.index("Harbor")
    doc.ents = [
        Span(doc, faith, faith + 1, label="PERSON"),
        Span(doc, harbor, harbor + 2, label="ORG"),
    ]
    found = {p.name for p in extract_participants(doc)}
    assert "Faith" not in found and "Harbor Pilots" not in found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("White House Pastry Chef Nora Quill baked the cake.", "Nora Quill", "Pastry Chef"),
        ("Rabbi Eli Stern led the prayer on Friday.", "Eli Stern", "Rabbi"),
        ("Ranking Member Paul Okafor objected to the bill.", "Paul Okafor", "Ranking Member"),
        ("Sheikh Omar Haddad welcomed the envoys.", "Omar Haddad", "Sheikh"),
    ],
)
def test_religious_kitchen_and_committee_titles_stay_apart(
    parse: Callable[[str], Doc], text: str, name: str, title: str
) -> None:
    found = _people(parse, text)
    assert found.get(name, ("", None, None))[:2] == ("person", title)


def test_an_office_in_apposition_to_a_name_is_no_second_person(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "On Monday, Ida Marsh, the Chief Operating Officer of Acme Holdings, said the plant "
        "would reopen.",
    )
    assert "Chief Operating Officer" not in found


def test_a_group_keeps_its_of_or_from_phrase(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The relatives of the crew gathered at the port. Delegates from nine countries signed "
        "the pledge. Fire crews from Vale Fire and Rescue attended.",
    )
    assert found.get("Relatives of the crew", ("",))[0] == "group"
    assert found.get("Delegates from nine countries", ("",))[0] == "group"
    # a body's proper name after 'from' is an actor of its own
    assert "Fire crews" in found and "Vale Fire and Rescue" in found


def test_families_in_general_are_no_group(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "American families will save money under the plan.")
    assert "American families" not in found


def test_a_from_phrase_of_the_verb_stays_out_of_the_group(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "The funds had been stolen by criminal actors from the Peruvian government."
    )
    assert "Criminal actors from the Peruvian government" not in found


def test_a_name_after_place_based_is_a_company(parse: Callable[[str], Doc]) -> None:
    doc = parse("Oslo-based Tandberg, a leader in video equipment, announced a $40 million plant.")
    start = [t.text for t in doc].index("Tandberg")
    doc.ents = [Span(doc, start, start + 1, label="PERSON")]  # as the model tags it at times
    found = {p.name: p.kind for p in extract_participants(doc)}
    assert found.get("Tandberg") == "organization"


def test_a_surname_with_family_names_the_kin_as_a_group(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "President Dana Cole met with the Morrow family on Tuesday. Jenna Morrow was killed "
        "last year. The Kaiser Family Foundation published a survey.",
    )
    assert found.get("Morrow family", ("",))[0] == "group"
    assert found.get("Jenna Morrow", ("",))[0] == "person"
    assert "Kaiser family" not in found


def test_a_study_that_speaks_is_the_group_of_its_authors(parse: Callable[[str], Doc]) -> None:
    text = (
        "Ballot rules matter.\n\n"
        "-   A 2016 survey in the *Journal of Harbor Studies* found “no effect on turnout.”\n"
        "-   The survey also noted “a small rise in mail ballots.”\n"
        "-   A 2019 study of Mayor Lena Varga’s reforms found “lower costs.”"
    )
    doc = parse(text)
    registry = extract_participants(doc)
    survey = "A 2016 survey in the *Journal of Harbor Studies*"
    start = text.index(survey)
    found = resolve_phrase(doc, (start, start + len(survey)), registry)
    assert found is not None and found.kind == "group"
    assert found.name == "A 2016 survey in the Journal of Harbor Studies"
    assert survey in found.aliases
    again = text.index("The survey")
    assert resolve_phrase(doc, (again, again + len("The survey")), registry) is found
    study = "A 2019 study of Mayor Lena Varga’s reforms"
    start = text.index(study)
    other = resolve_phrase(doc, (start, start + len(study)), registry)
    assert other is not None and other.name == study and other.kind == "group"


def test_a_study_without_a_description_is_no_group(parse: Callable[[str], Doc]) -> None:
    text = "A new report found “a rise in jobs.” The Harbor Agency report said “prices fell.”"
    doc = parse(text)
    registry = extract_participants(doc)
    assert resolve_phrase(doc, (0, len("A new report")), registry) is None
    assert all(p.kind != "group" for p in registry)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Two advisers, Quarry Ridge Services and Tolbeck Partners, rate the votes.",
            "Quarry Ridge Services",
            "organization",
        ),
        ("Marta Delacroix Technologies hired 40 engineers in Ohio.", None, None),
        ("Students of the Wendell Amory Fellowship Awards met Dana Pruitt.", None, None),
    ],
)
def test_a_tagged_person_ending_in_a_body_or_thing_word(
    parse: Callable[[str], Doc], text: str, name: str | None, kind: str | None
) -> None:
    found = _people(parse, text)
    if name is not None:
        assert found.get(name, ("",))[0] == kind
    assert not any(
        k == "person" and n.split()[-1] in {"Services", "Technologies", "Awards"}
        for n, (k, _t, _a) in found.items()
    )


def test_a_heading_word_written_in_lower_case_elsewhere_is_no_name(
    parse: Callable[[str], Doc],
) -> None:
    text = "-   Kites are sold in every town.\n-   Ada Vance said kites are safe."
    found = _people(parse, text)
    assert "Kites" not in found
    assert found.get("Ada Vance", ("",))[0] == "person"


def test_a_section_mark_is_no_person(parse: Callable[[str], Doc]) -> None:
    text = (
        "The policy of my Administration is set out below.\n\n"
        "Sec. 2.  Enforcing Rules.  The Secretary of Labor shall act.\n\n"
        "Sec. 3.  General Provisions.  Nothing in this order shall be construed."
    )
    assert "Sec" not in _people(parse, text)


def test_words_of_a_title_are_no_body(parse: Callable[[str], Doc]) -> None:
    text = (
        "Mara Lind served as Chief Financial Officer at the Harbor Agency. Ned Ruiz got his "
        "first job as General Counsel of a minor league. Other posts include Assistant Office "
        "Director for Peru in the Bureau of Andean Affairs."
    )
    found = _people(parse, text)
    assert not {"Chief Financial", "General Counsel", "Assistant Office"} & set(found)
    assert {"Mara Lind", "Harbor Agency", "Bureau of Andean Affairs"} <= set(found)


def test_a_company_word_ends_a_body_not_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The plant run by Dorsey Nutrition reopened in Ohio.")
    assert found.get("Dorsey Nutrition", ("",))[0] == "organization"


def test_a_grant_is_no_person(parse: Callable[[str], Doc]) -> None:
    text = (
        "The bill raises the maximum Ferris Grant by 500 dollars. Ferris Grant recipients "
        "are students. Actor Hugh Grant praised it."
    )
    found = _people(parse, text)
    assert "Ferris Grant" not in found
    assert found.get("Hugh Grant", ("",))[0] == "person"


def test_a_heading_clause_is_no_name(parse: Callable[[str], Doc]) -> None:
    text = (
        "Fact Sheet: Governor Ada Vance Strengthens Harbor Flood Defenses\n\n"
        "STRONGER LEVEES: Today, Governor Ada Vance signed an order.\n\n"
        "-   Lowers Insurance Costs for Riverside Families.\n"
        "-   The Harbor Agency will fund the work."
    )
    found = _people(parse, text)
    assert not [n for n in found if n.split()[0] in {"Strengthens", "Lowers"}]
    assert "Harbor Agency" in found


def test_a_court_case_name_is_no_actor(parse: Callable[[str], Doc]) -> None:
    text = (
        "The ruling in Dunmore v. Tallis upset many. Since Dunmore, judges have cited "
        "Orrin v. Harbor Board of Pilots. Senator Ada Vance criticized it."
    )
    found = _people(parse, text)
    assert not {"Dunmore", "Tallis", "Orrin"} & set(found)
    assert not [n for n in found if " v. " in n]
    assert found.get("Ada Vance", ("",))[0] == "person"


def test_researchers_at_a_university_are_the_speaking_group(parse: Callable[[str], Doc]) -> None:
    text = (
        "Researchers at Ashford College found that the plan “cut costs by a third.” "
        "Their paper concluded that “the gains last.”"
    )
    doc = parse(text)
    registry = extract_participants(doc)
    phrase = "Researchers at Ashford College"
    found = resolve_phrase(doc, (0, len(phrase)), registry)
    assert found is not None and (found.name, found.kind) == (phrase, "group")
    start = text.index("Their paper")
    assert resolve_phrase(doc, (start, start + len("Their paper")), registry) is found
    assert "Ashford College" in {p.name for p in registry}


def test_sports_position_before_a_name_is_a_title(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Corvane WR Dana Whitcombe (left knee) and DT Halvik Pellton left with injuries."
    )
    assert found["Dana Whitcombe"][:2] == ("person", "WR")
    assert found["Halvik Pellton"][:2] == ("person", "DT")


def test_place_before_a_noun_for_anyone_is_a_location(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "A 40-year-old Pellton woman has been charged with fraud.")
    assert found.get("Pellton", ("",))[0] == "location"


def test_bullet_opening_with_a_bare_heading_verb_names_no_one(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "What the budget changes:\n-   Slash Vital Marina Funding. Under the budget, "
        "Halvik would see cuts.\n-   Honors Telvora Promise to Mountain Schools.",
    )
    assert not [name for name in found if name.startswith(("Slash", "Honors"))]


def test_count_of_seats_is_no_group(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Halvik airship, able to seat 84 passengers, landed on Thursday. "
        "It seats between 40 and 70 passengers.",
    )
    assert not [name for name in found if "passengers" in name]


def test_first_given_name_at_a_line_start_begins_the_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Officers took these criminals off the streets:\n\n"
        "Osmeiro Danilo Pereira Lutz, a Honduran national with convictions for battery.",
    )
    assert "Osmeiro Danilo Pereira Lutz" in found
    assert "Pereira Lutz" not in found


def test_unnamed_author_acting_in_the_first_person_is_the_office_holder(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "Every family in Pellton deserves safe streets. Last spring I signed the Corvane "
        "Safety Act into law. Together we will keep our communities safe."
    )
    when = datetime(2022, 5, 1)
    people = {
        p.name
        for p in extract_participants(doc, publisher="whitehouse.gov", published_at=when)
        if p.kind == "person"
    }
    assert "Joe Biden" in people
    doc = parse("I commend the Telvora Council for its work on safe streets.")
    people = {
        p.name
        for p in extract_participants(doc, publisher="whitehouse.gov", published_at=when)
        if p.kind == "person"
    }
    assert not people


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Burglars forced the rear door of the Pellton pharmacy on Sunday night.", "Burglars"),
        ("Thieves broke into a Corvane pharmacy overnight.", "Thieves"),
        ("Forensic teams searched the Halvik warehouse for hours.", "Forensic teams"),
        (
            "The remaining partygoers left the Telvora barn by the back door.",
            "Remaining partygoers",
        ),
    ],
)
def test_group_of_wrongdoers_or_workers_that_acts(
    parse: Callable[[str], Doc], text: str, group: str
) -> None:
    """A plural agent noun that opens the sentence is a group even where the model tags it
    as a proper noun; thieves, burglars, partygoers and working teams are collectives."""
    assert _people(parse, text).get(group, ("",))[0] == "group"


def test_the_plural_of_named_holders_is_no_group(parse: Callable[[str], Doc]) -> None:
    """'the officers' after two named officers points back to them."""
    found = _people(
        parse,
        "Sgt. Dana Voss and Officer Rui Tamm halted a van near Halvik. "
        "A warning flare was launched by the officers.",
    )
    assert "Officers" not in found
    assert found["Rui Tamm"][0] == "person"


def test_bare_police_is_the_named_police_force(parse: Callable[[str], Doc]) -> None:
    """Bare 'police' beside the one police force the article names is that force."""
    found = _people(
        parse,
        "Pellton Police say a man opened fire at the Corvane office on Friday. The man gave "
        "himself up to police an hour later, police said. In a separate case, state police "
        "say a bomb went off at a Halvik bank.",
    )
    assert "Police" not in found
    assert found["Pellton Police"][0] == "organization"


def test_name_before_a_nationality_apposition_is_a_person(parse: Callable[[str], Doc]) -> None:
    """'X, a Danish national ...' / 'X, a 52-year-old citizen of Norway': X is a person
    even where the model leaves the name untagged."""
    found = _people(
        parse,
        "Deputies in Pellton detained four people on Tuesday.\n\n"
        "Ilvar Quennick-Osby, a 52-year-old citizen of Norway, was also detained.\n\n"
        "Tarquo Benhall-Rusk, a Danish national wanted on a smuggling charge.",
    )
    for name in ("Ilvar Quennick-Osby", "Tarquo Benhall-Rusk"):
        assert found.get(name, ("",))[0] == "person"


def test_unnamed_spokesman_keeps_whose_he_is(parse: Callable[[str], Doc]) -> None:
    """'The spokesman for the Halvik Port Authority said': the description keeps the body
    he speaks for, not a bare 'Spokesman'."""
    found = _people(
        parse,
        "State police say a bomb exploded at a Pellton bank. The Pellton Courier quotes a "
        "federal spokesman confirming it. The spokesman for the Bureau of Telvora Affairs "
        "also said one technician was hurt.",
    )
    assert "Spokesman" not in found
    assert found["Spokesman for the Bureau of Telvora Affairs"][0] == "person"


def test_teams_are_a_group_only_where_they_act(parse: Callable[[str], Doc]) -> None:
    """Teams that are funded, counted or trained are no actor; teams that search are."""
    found = _people(
        parse,
        "The ministry plans to fund 62 extra road repair teams. He trained the Telvora junior "
        "and senior teams for six years. Other teams in the race are the Pellton Hawks. "
        "Forensic teams searched the Halvik warehouse.",
    )
    assert [name for name in found if "teams" in name] == ["Forensic teams"]


def test_sports_series_is_no_organization(parse: Callable[[str], Doc]) -> None:
    """A contest ('the Northern League Division Series') is an event, not a body."""
    found = _people(
        parse,
        "Dana Whitcombe hit .312 in the Northern League Division Series as the Pellton "
        "Hawks fell to the Corvane Owls.",
    )
    assert not [name for name in found if "Series" in name]
    assert found["Dana Whitcombe"][0] == "person"


def test_law_enforcement_is_a_group(parse: Callable[[str], Doc]) -> None:
    """'attacking law enforcement': the police and agents as one collective; not the
    compound of a thing ('the law enforcement budget')."""
    found = _people(
        parse,
        "Rioters in Pellton are attacking law enforcement. The new law enforcement budget "
        "was approved by the Halvik council.",
    )
    assert found.get("Law enforcement", ("",))[0] == "group"
    assert not [name for name in found if "budget" in name]
    work = _people(
        parse,
        "The Halvik strategy focuses on improving water safety monitoring and law enforcement.",
    )
    assert not [name for name in work if "enforcement" in name]


def test_group_counted_in_words_is_a_group(parse: Callable[[str], Doc]) -> None:
    """'nearly a dozen gangs' counts a group in words as '12 gangs' does in figures; a
    vessel's room for 'twenty passengers' stays a capacity."""
    found = _people(
        parse,
        "The Corvane council outlawed nearly a dozen gangs in March. "
        "The Halvik ferry can carry twenty passengers.",
    )
    assert found.get("Nearly a dozen gangs", ("",))[0] == "group"
    assert not [name for name in found if "passengers" in name]


def test_capitalised_team_name_opening_a_sentence_is_no_group(
    parse: Callable[[str], Doc],
) -> None:
    """'Pirates' opening a sentence is the team when the text also writes it capitalised
    inside a sentence ('beat the Pirates')."""
    found = _people(
        parse,
        "The Pellton Hawks beat the Pirates 5-3 on Sunday. Pirates lost their third game in a row.",
    )
    assert found.get("Pirates", ("",))[0] != "group"


def test_police_force_stays_beside_a_counted_group_of_officers(
    parse: Callable[[str], Doc],
) -> None:
    """'Police' is the force; '12 police officers' outside a building is a group of its
    members, and the force does not fold into it."""
    found = _people(
        parse,
        "Police said they were called to the Halvik office on Friday. 12 police officers "
        "stood outside the building. Police used a nearby shop as a base.",
    )
    assert found.get("Police", ("",))[0] == "organization"


def test_a_title_case_phrase_of_common_words_that_never_acts_is_no_name(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "The Pellton Harbor Council approved new guidance on Tuesday.\n\n"
        "The guidance expands Coastal Resilience Planning across the region. Funding for "
        "coastal towns supports resilience and planning for storms, said Dana Whitcombe.\n\n"
        "The town remains a founding member of the Coastal Safety Partnership. Boats need "
        "safety, and towns need a partnership."
    )
    found = _people(parse, text)
    assert "Coastal Resilience Planning" not in found
    assert "Pellton Harbor Council" in found
    assert "Dana Whitcombe" in found
    assert "Coastal Safety Partnership" in found  # a body made of members


def test_a_country_named_by_the_surname_of_a_named_person_is_that_person(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "The Corvane Hawks fired coach Pete Jordan on Monday after a poor start. Jordan led "
        "the team for three seasons and said he was disappointed."
    )
    found = {p.name: p for p in extract_participants(doc)}
    assert "Jordan" not in found
    assert "Jordan" in found["Pete Jordan"].aliases
    doc = parse("Pete Jordan met officials in Jordan on Monday.")
    kept = {p.name for p in extract_participants(doc)}
    assert "Jordan" in kept  # the country as a place


def test_a_name_only_written_before_a_programme_noun_is_no_actor(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "Families can apply through the Harbor Choice Voucher program, the Telvora Housing "
        "Authority said. Funding for the TDHA program ends in May.",
    )
    assert "Harbor Choice Voucher" not in found
    assert "Telvora Housing Authority" in found
    assert "TDHA" in found  # an initialism names the body that runs the program


def test_a_country_after_of_in_a_name_stays_a_country(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Premier Halvorsen of Denmark met the mayor. Denmark sent ships.")
    assert "Denmark" in found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Linebacker Dana Whitcombe was shot three times on Sunday.", "Linebacker"),
        ("As Court Clerk Marek Dunleavy read the verdict, the family gasped.", "Court Clerk"),
    ],
)
def test_sports_position_or_clerk_before_a_name_is_a_title(
    parse: Callable[[str], Doc], text: str, title: str
) -> None:
    [person] = [p for p in extract_participants(parse(text)) if p.kind == "person"]
    assert person.title == title
    assert title.split()[-1] not in person.name


def test_name_used_only_as_a_place_is_a_location(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Rioting spread to the northern city of Corbridge. Police said protesters in "
        "Corbridge targeted banks.",
    )
    assert found["Corbridge"][0] == "location"
    found = _people(parse, "Shelling of houses in the Okwandu Bazi refugee camp left five dead.")
    assert found["Okwandu Bazi"][0] == "location"


def test_body_named_once_after_in_stays_a_body(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Dana Whitcombe bought a stake in Corvane Holdings last year.")
    assert found["Corvane Holdings"][0] == "organization"


def test_landform_by_its_name_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Crews fought the fire in the Brannock Valley on Sunday.")
    assert found["Brannock Valley"][0] == "location"
    found = _people(parse, "Ash fell on villages below Mt Dorrance on Sunday.")
    assert found["Mt Dorrance"][0] == "location"
    found = _people(parse, "Climbers were stranded on Mount Wexley Pike.")
    assert found["Mount Wexley Pike"][0] == "location"
    from flows.extract.participants import _names_a_landform

    doc = parse("Ivory Coast sent troops.")
    assert not _names_a_landform(doc[0:2])  # a country named like a landform
    found = _people(parse, "Members of the Mount Halvik Baptist Church's choir sang on Sunday.")
    assert all(kind != "location" for kind, _, _ in found.values())


def test_personal_name_listed_with_people_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "She stayed at the same clinic where Velma Corrigan, Dana Whitcombe, Tobin Marlow, "
        "and Mina Ostrander were treated.",
    )
    assert found["Tobin Marlow"][0] == "person"


def test_name_where_someone_lives_is_a_location(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Dana Whitcombe, originally from Essex but living in Corbridge, fell 600 metres."
    )
    assert found["Corbridge"][0] == "location"


def test_state_before_an_apposition_is_no_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Rep. Tobin Marlow (D) of New Jersey, the chairman of the panel, objected."
    )
    assert found.get("New Jersey", ("location",))[0] != "person"
    assert found["Tobin Marlow"][0] == "person"


def test_short_name_after_a_citation_names_the_act(parse: Callable[[str], Doc]) -> None:
    from flows.extract.participants import _parentheticals

    doc = parse(
        "The decree rests on the Telvora Harbor Tolls Act (12 T.C. 88 and following) (THTA) "
        "and on the Halvik Bureau (HB)."
    )
    found = {inner.text: before.text for before, inner in _parentheticals(doc)}
    assert found["THTA"] == "Act"
    assert found["HB"] == "Bureau"


def test_young_people_who_act_are_a_group(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Masked youths hurled stones at the town hall in Pellton.")
    assert found["Masked youths"][0] == "group"


def test_two_known_short_names_joined_are_two_bodies(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Pellton received new loans from EU & IMF on Monday.")
    assert {"European Union", "International Monetary Fund"} <= set(found)
    assert "EU & IMF" not in found


def test_short_name_of_an_act_after_its_citation_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Governor Dana Whitcombe signed the decree under the Telvora Harbor Tolls Act "
        "(12 T.C. 88 and following) (THTA) and the Halvik Storm Relief Act (4 T.C. 310) "
        "(HSRA). Under the HSRA, ferries must file their cargo lists. Clause 9 of THTA lets "
        "the port board raise tolls, and the board will say how in May under THTA.",
    )
    assert not {"HSRA", "THTA"} & set(found)


def test_roster_status_and_technology_terms_are_no_bodies(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Pellton Hawks placed Dana Whitcombe on IR after he tore a ligament. Coach Lee "
        "said IR was the only option. Corvane dropped DRM from its songs.",
    )
    assert "Pellton Hawks" in found
    assert not {"IR", "DRM"} & set(found)


def test_name_made_new_like_a_thing_is_no_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Corvane showed the new Telvora Slate on Monday. The Telvora Slate has a larger "
        "screen. Twenty-year-old Dana Whitcombe was charged.",
    )
    assert "Telvora Slate" not in found
    assert found["Dana Whitcombe"][0] == "person"


def test_descriptor_after_a_body_is_no_part_of_its_name(parse: Callable[[str], Doc]) -> None:
    from flows.extract.participants import _add_organization

    doc = parse("Dana Whitcombe told the Halvik Press news agency and the Greek newspaper.")
    registry = ParticipantRegistry()
    _add_organization(doc[4:8], registry)  # the model's span: 'Halvik Press news agency'
    _add_organization(doc[10:12], registry)  # 'Greek newspaper' is no name
    names = {p.name for p in registry}
    assert "Halvik Press" in names
    assert "Halvik Press news agency" not in names
    assert "Greek" not in names


def test_abbreviation_of_a_law_or_a_term_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Dana Whitcombe praised the Pellton Harbor Renewal Act. But the PHRA also raises "
        "concerns for Halvik, she said. The clinic treats adults with chronic sleep "
        "disorder (CSD) and those with CSD and asthma. The Telvora Grain Board (TGB) said "
        "prices rose.",
    )
    assert not {"PHRA", "CSD"} & set(found)
    assert "Telvora Grain Board" in found
    assert "Dana Whitcombe" in found


def test_counted_group_that_only_gets_or_loses_does_not_act(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Pellton plan would mean 40,000 children lose their school places. It also "
        "cuts aid for 12,000 students. Officers detained 30 protesters.",
    )
    assert not {"40,000 children", "12,000 students"} & set(found)
    assert "30 protesters" in found


def test_words_of_a_document_title_are_no_bodies(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Pellton-Halvik Framework for Trade, Clean Water, and Safe Harbors guides both "
        "sides. The Presidential Determination on Major Harbor Risks names ten ports. The "
        "Office of Harbor Policy and the Telvora Port Authority signed it.",
    )
    assert not {"Safe Harbors", "Presidential Determination on Major Harbor Risks"} & set(found)
    assert "Telvora Port Authority" in found


def test_given_name_before_a_plain_word_is_a_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The archive holds Hugh Pellworth's new magazine Telvora. Paul Corvane Bank said "
        "profits rose.",
    )
    assert found["Hugh Pellworth"][0] == "person"
    assert found["Paul Corvane Bank"][0] == "organization"


def test_name_of_a_work_in_one_mention_is_a_thing_in_all(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "An armed Kestrel helicopter took off from the frigate. The pirates fled on spotting "
        "the Kestrel hovering overhead.",
    )
    assert "Kestrel" not in found
    found = _people(
        parse, "The servers use Telvora Quill chips. Resellers will offer the Telvora Quill too."
    )
    assert "Telvora Quill" not in found


def test_quoted_work_in_parentheses_is_no_alias(parse: Callable[[str], Doc]) -> None:
    doc = parse(
        'The film was written by prize-winning writer Dana Whitcombe ("The Long Halvik Night"). '
        "Whitcombe said she was pleased."
    )
    [person] = [p for p in extract_participants(doc) if p.name == "Dana Whitcombe"]
    assert "The Long Halvik Night" not in person.aliases


def test_venue_after_a_place_preposition_is_a_place(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The concert is to be held at the Corvane Theater in downtown Pellton.")
    assert found["Corvane Theater"][0] == "location"


def test_document_named_before_of_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Halvik and Telvora worked together, including by signing a new Statement of "
        "Principles on ports.",
    )
    assert "Statement of Principles" not in found


def test_capital_after_a_town_is_its_state(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "A man from Halvik, Washington was arrested. Police said he was 40.")
    assert "United States" not in found


def test_name_of_an_award_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "The project went to Pellton-nominated director Mina Ostrander, a Pellton winner."
    )
    assert "Pellton" not in found
    assert "Mina Ostrander" in found


def test_title_called_with_its_article_is_a_work(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Her fame returned thanks to a film called The Quillmaker, which drew on pulp stories.",
    )
    assert "Quillmaker" not in found


def test_work_named_before_its_maker_is_no_person(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Last year the studio pursued Halvik winning Pellton Nights screenwriter Dana "
        "Whitcombe to write the script.",
    )
    assert not {"Halvik", "Pellton Nights"} & set(found)
    assert "Dana Whitcombe" in found


def test_body_name_with_an_inner_and_is_one_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        'A spokeswoman said: "Pellton Police and Pellton Fire and Rescue are at the scene."',
    )
    assert found["Pellton Fire and Rescue"][0] == "organization"
    assert "Pellton Fire" not in found
    found = _people(
        parse, "Halvik's Telvora Transactions and Reports Analysis Centre published a study."
    )
    assert "Telvora Transactions and Reports Analysis Centre" in found


def test_two_names_joined_by_and_stay_two(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Dana Whitcombe and Pete Larkin met on Monday.")
    assert {"Dana Whitcombe", "Pete Larkin"} <= set(found)


def test_stockholders_who_act_are_a_group(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The offer was rejected by stockholders on Friday.")
    assert found["Stockholders"][0] == "group"


# -- unnamed groups an act is aimed at; coordinated collectives ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Telvora government sanctioned rogue currency brokers on Monday.",
            "Rogue currency brokers",
        ),
        ("Pellton police detained armed smugglers near the harbour.", "Armed smugglers"),
        ("The order urges coastal shippers to report stolen cargo.", "Coastal shippers"),
        ("Corrupt port officials were arrested in Halvik last week.", "Corrupt port officials"),
        ("The ministry announced a crackdown on rogue arms dealers.", "Rogue arms dealers"),
    ],
)
def test_described_group_an_act_is_aimed_at(
    parse: Callable[[str], Doc], text: str, name: str
) -> None:
    assert _people(parse, text).get(name, ("",))[0] == "group"


def test_beneficiaries_and_own_people_are_not_targets(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The Corvane plan will support working parents. We must protect our brave firefighters.",
    )
    assert "Working parents" not in found
    assert "Our brave firefighters" not in found and "Brave firefighters" not in found


def test_listed_act_opening_a_bullet_is_not_part_of_the_group(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "Since taking office, Governor Dana Whitcombe has:\n"
        "-   Designated violent transnational syndicates as terrorist organizations.\n"
        "-   Detained the most dangerous armed smugglers in Pellton.",
    )
    assert found.get("Violent transnational syndicates", ("",))[0] == "group"
    assert found.get("Most dangerous armed smugglers", ("",))[0] == "group"
    assert not any(name.startswith(("Designated", "Detained")) for name in found)


def test_coordinated_collectives_with_described_members_split(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "The coast of Halvik was overrun by pirates, armed gangs, rogue fishermen and smugglers.",
    )
    assert not any("," in name for name in found)
    assert found.get("Armed gangs", ("",))[0] == "group"


def test_illegal_aliens_an_act_is_aimed_at_are_a_group(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The Corvane program encourages illegal aliens to depart voluntarily.")
    assert found.get("Illegal aliens", ("",))[0] == "group"


def test_later_conjunct_with_its_own_from_phrase_is_apart(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Envoy Dana Whitcombe hosted Halvik Administration officials and representatives "
        "from regional airlines, including Corvane, Telvora, and Pellton.",
    )
    assert "Halvik Administration officials" in found
    assert not any(" and " in name for name in found)


def test_name_with_a_place_noun_in_apposition_is_a_location(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse(
            "Ten homes were damaged in Velmora, the capital of the Orrin district, officials said."
        ),
        ("Velmora", "ORG"),
    )
    assert _found(doc)["Velmora"][0] == "location"


def test_name_cut_from_a_hyphen_joined_name_folds_into_it(parse: Callable[[str], Doc]) -> None:
    doc = _with_ents(
        parse(
            "The Vale Administration funds clinics. The Pell-Vale Administration has "
            "expanded treatment."
        ),
        ("Pell-Vale Administration", "ORG"),
        ("Vale Administration", "ORG"),
    )
    found = _found(doc)
    assert "Vale Administration" not in found
    assert "Vale Administration" in found["Pell-Vale Administration"][1]


@pytest.mark.parametrize(
    "text",
    [
        "The Corvane Reading Challenge drew 4,000 entries, Dana Whitcombe said.",
        "Dana Whitcombe wrote the Telvora Coaching Handbook in 1988.",
        "Tickets for the Halvik Harbour Festival sold out, Dana Whitcombe said.",
    ],
)
def test_names_of_contests_guides_and_festivals_are_not_actors(
    parse: Callable[[str], Doc], text: str
) -> None:
    found = _people(parse, text)
    assert not [n for n in found if n.split()[-1] in {"Challenge", "Handbook", "Festival"}]


def test_office_before_a_name_is_the_title_of_that_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Attending for Telvora were the Deputy Minister of Fisheries, Ignacio Paredes Lumbre; "
        "the Counsellor for Trade at the Halvik Embassy, Oriane Vasseur; and the Secretary "
        "of the Interior, Dana Whitcombe.",
    )
    people = {name for name, (kind, _t, _a) in found.items() if kind == "person"}
    assert {"Ignacio Paredes Lumbre", "Oriane Vasseur", "Dana Whitcombe"} <= people
    assert not {"Deputy Minister", "Secretary of the Interior", "Counsellor"} & set(found)
    assert not any(name.startswith("Counsellor") for name in found)


def test_first_of_two_surnames_is_a_short_form(parse: Callable[[str], Doc]) -> None:
    doc = parse("Minister Ana Lucía Ferrer Quill met the envoy. Ferrer said the deal was done.")
    people = [p for p in extract_participants(doc) if p.kind == "person"]
    assert [p.name for p in people] == ["Ana Lucía Ferrer Quill"]


def _resolved_name(parse: Callable[[str], Doc], text: str, phrase: str) -> str | None:
    doc = parse(text)
    registry = extract_participants(doc)
    start = text.rindex(phrase)
    found = resolve_phrase(doc, (start, start + len(phrase)), registry)
    return found.name if found is not None else None


def test_a_definite_people_of_a_country_that_acts_is_the_country(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Israel rejected the truce on Monday. Hours later, the Israelis shelled a depot in Rafah."
    )
    assert _resolved_name(parse, text, "the Israelis") == "Israel"
    talks = "Israel rejected the truce on Monday. Envoys held talks with the Israelis in Cairo."
    assert _resolved_name(parse, talks, "the Israelis") is None


def test_police_who_act_are_the_article_s_one_police_force(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Police said a man fired two shots at a party in Halvik. He stayed inside for two "
        "hours as police tried to talk him out."
    )
    assert _resolved_name(parse, text, "police") == "Police"
    named = "The NYPD said the teen was armed. Hours later, police arrested two men."
    assert _resolved_name(parse, named, "police") == "New York City Police Department"
    thrown = "The NYPD said the teen was armed. Crowds threw bottles at police."
    assert _resolved_name(parse, thrown, "police") is None


def test_the_title_alone_is_the_one_person_who_holds_it(parse: Callable[[str], Doc]) -> None:
    text = (
        "Judge Ilse Varga heard the case in Pellton on Monday. The judge fined the firm "
        "two million dollars."
    )
    assert _resolved_name(parse, text, "The judge") == "Ilse Varga"
    two = (
        "Judge Ilse Varga and Judge Marek Dunleavy heard the case on Monday. The judge fined "
        "the firm two million dollars."
    )
    assert _resolved_name(parse, two, "The judge") is None
    vice = (
        "Vice President Dana Whitcombe visited Halvik on Monday. The president will travel to "
        "Corvane next week."
    )
    assert _resolved_name(parse, vice, "The president") is None


def test_the_noun_before_a_name_tells_the_person_again(parse: Callable[[str], Doc]) -> None:
    text = (
        "Sect leader Dana Whitcombe was convicted in Pellton on Monday. Prosecutors said "
        "the 58-year-old sect leader hid the records."
    )
    assert _resolved_name(parse, text, "the 58-year-old sect leader") == "Dana Whitcombe"


def test_a_name_that_leads_to_a_document_s_head_is_a_word_of_its_title(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "The Governor signed the Keeping Harbor Pilots Safe (KHPS) for Coastal Towns Act of "
        "2031, which Dana Whitcombe drafted. Earlier, she signed the Stopping Unfair Tolls on "
        "Rural Roads and Ferries Act.",
    )
    assert "Dana Whitcombe" in found
    assert not {n for n in found if "Harbor" in n or "Tolls" in n or n == "KHPS"}
    listed = _people(parse, "The ministry added Telvora Holdings to the Entity List on Monday.")
    assert "Telvora Holdings" in listed  # 'to the': no word of the list's name


def test_a_name_joined_to_an_office_or_a_body_continues_its_name(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "Dana Whitcombe, of Ohio, to be a Deputy Administrator of the Halvik Agency (Ports "
        "and Ferries).\n\nThe decree sets up a Halvik Task Force on Timber and Sawmill Towns "
        "and Rural Renewal, and Telvora Holdings will support it.",
    )
    assert {"Dana Whitcombe", "Halvik Agency", "Telvora Holdings"} <= set(found)
    assert not {n for n in found if "Ports" in n or "Renewal" in n}
    held = _people(parse, "On Monday, U.S. Ambassador to Norway Mina Ostrander met the mayor.")
    assert "Mina Ostrander" in held  # the holder named after the office


def test_names_headed_by_a_hotline_a_moonshot_or_a_scorecard_are_things(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "The agency opened the Halvik Ferry Safety Hotline and funded the Rural Harbor Moonshot. "
        "Dana Whitcombe praised the new Coastal Justice Scorecard.",
    )
    assert "Dana Whitcombe" in found
    assert not {n for n in found if n.split()[-1] in {"Hotline", "Moonshot", "Scorecard"}}


@pytest.mark.parametrize(
    "text",
    [
        "Whitcombe, 41, was charged with arson.\n"
        "Purportedly Whitcombe lost his temper once the owners refused to sell.",
        "Dana Whitcombe, 41, was charged with arson.\n"
        "Purportedly Whitcombe lost his temper once the owners refused to sell.",
    ],
)
def test_a_sentence_s_first_adverb_is_no_given_name(parse: Callable[[str], Doc], text: str) -> None:
    found = _people(parse, text)
    assert not [name for name in found if name.startswith("Purportedly")]
    assert [name for name in found if name.endswith("Whitcombe")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Halvik All-Star Brian Pellton scored 20 points on Friday.", "Brian Pellton"),
        (
            "The memo was signed by Deputy Director of Telvora Port Services Dana Whitcombe"
            " on Monday.",
            "Dana Whitcombe",
        ),
    ],
)
def test_a_person_named_after_a_body_or_office_in_one_name_is_that_person(
    parse: Callable[[str], Doc], text: str, person: str
) -> None:
    found = _people(parse, text)
    assert found[person][0] == "person"
    assert not [name for name in found if name.endswith(person) and name != person]


def test_a_hyphenated_given_name_stays_whole(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The comic Telvo-Brian Pellton hosted the gala on Friday.")
    assert "Telvo-Brian Pellton" in found
    assert "Brian Pellton" not in found


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        (
            "Under the order, the Secretaries of State and Homeland Security will jointly run"
            " a Telvora office. The Secretaries shall report within 30 days.",
            {"Secretary of State", "Secretary of Homeland Security"},
        ),
        (
            "By May, the Secretaries of Defense and Homeland Security are to finish the Pellton"
            " barrier.",
            {"Secretary of Defense", "Secretary of Homeland Security"},
        ),
    ],
)
def test_a_plural_office_over_coordinated_fields_is_one_person_per_office(
    parse: Callable[[str], Doc], text: str, offices: set[str]
) -> None:
    found = _people(parse, text)
    assert offices <= {name for name, (kind, _t, _a) in found.items() if kind == "person"}
    assert not [name for name in found if "Secretaries" in name or " and " in name]
    assert "Department of State" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The order reviews consent decrees involving State or local police in Pellton.",
        "Before acting, the Secretary shall ask each Governor of a State near Telvora for help.",
    ],
)
def test_a_bare_state_is_no_department(parse: Callable[[str], Doc], text: str) -> None:
    assert "Department of State" not in _people(parse, text)


def test_a_title_continued_by_its_office_or_held_as_a_post_names_no_one(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "For six years Dana Whitcombe was Deputy Director and then Acting Director of the Office"
        " of Corvane Affairs. She was later the Senior Director for Telvora Affairs at the"
        " Pellton Council. The Attorney General shall report to her.",
    )
    assert not {"Acting Director", "Deputy Director", "Senior Director"} & set(found)
    assert found["Attorney General"][0] == "person"


def test_awards_and_degrees_are_no_bodies(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Dana Whitcombe received the Corvane Medal for Valor and Success in Trade Affairs, two"
        " Presidential Telvora Service Awards, and the Director of Halvik Superior Service"
        " Award. She earned a Bachelor of Science in Nursing from Pellton University and a"
        " Master’s Degree from Halvik College. The Telvora Prize Committee praised her.",
    )
    assert {"Pellton University", "Halvik College", "Telvora Prize Committee"} <= set(found)
    assert not [
        name
        for name in found
        if any(w in name for w in ("Success", "Service", "Bachelor", "Degree", "Nursing"))
    ]


def test_the_two_leaders_of_a_readout_are_no_group(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "President Dana Whitcombe spoke today with President Halvik Pell of Ostrava. The two"
        " leaders discussed their efforts to reopen the Corvane ferry route. The leaders also"
        " reaffirmed their commitment to a shared border.",
    )
    assert {"Dana Whitcombe", "Halvik Pell"} <= set(found)
    assert not [name for name, (kind, _t, _a) in found.items() if kind == "group"]


def test_a_numbered_section_heading_names_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Sec. 2. Sharing of Vessel Safety Records with Partner Countries. The Secretary of"
        " Homeland Security may share records with the Telvora Maritime Agency.\n\n"
        "Sec. 3. Movement of Personnel and Resources. The Defense Secretary shall act.",
    )
    assert "Telvora Maritime Agency" in found
    assert not [n for n in found if "Records" in n or "Resources" in n]


def test_titled_people_in_marked_up_headings_are_people(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Here is what you missed:\n\n#### Secretary of Commerce Dana Whitcombe on Meet the"
        " Pellton\n\n- On jobs: “We made many of them in February alone.”\n\n#### Press"
        " Secretary Marisol Quenby on Telvora Weekend\n\n- On funding: “It freezes spending.”\n",
    )
    assert {"Dana Whitcombe", "Marisol Quenby"} <= set(found)


def test_indexes_owned_or_listed_first_are_no_bodies(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Two other indexes also fell: the Kelso & Vantry's 500 (K&V) fell by 7.31 points, or"
        " 0.95 percent, to 761.02 points. The Pellton index rose 2%, while the Halvik"
        " Mori and Telvora Straits Times climbed 8.12% and 5.40% respectively. Corvane's"
        " 2,000 workers fell silent, Dana Whitcombe of Corvane said.",
    )
    assert "Corvane" in found
    assert not [n for n in found if "Kelso" in n or "Halvik" in n or "Straits" in n]


def test_companies_whose_shares_move_are_no_indexes(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Bank shares climbed today. Halberd Dynamics shares rose by 3.2%, whilst the Kelso"
        " index gained 9.7%. Among the losers were Telvora, which fell 13.8% to $2.51 a"
        " share, and Bank of Pellton, which dropped 14% to $3.93. The Halvik index fell 2%.",
    )
    assert {"Halberd Dynamics", "Telvora", "Bank of Pellton"} <= set(found)
    assert "Halvik" not in found


def test_a_list_of_names_with_their_bodies_gives_people(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "The winners are listed below.\n\n- Liora Quenby, University of Pellton\n- Dorran C."
        " Pellick, Telvora Institute of Technology\n- Abenet Oluvane, Halvik University\n-"
        " Anna-Lise Corwen, Corvane Biotechnology, Inc.\n- Foster Care, Adoption Services"
        " Center\n\nEach works on foster care.",
    )
    people = {n for n, (kind, _t, _a) in found.items() if kind == "person"}
    assert {"Liora Quenby", "Dorran C. Pellick", "Abenet Oluvane", "Anna-Lise Corwen"} <= people
    assert {"University of Pellton", "Telvora Institute of Technology"} <= set(found)
    assert "Foster Care" not in people


def test_a_pipeline_and_a_charter_are_no_bodies(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Nobody has been tougher on Ostrava than Dana Whitcombe. The biggest job they ever did"
        " was the pipeline, Halvik Stream 2… They were going to supply Pellton. The leaders"
        " stressed upholding the Telvora Charter. Charter Communications said it would comply.",
    )
    assert "Charter Communications" in found
    assert not [n for n in found if "Stream" in n or "Telvora" in n]


def test_a_headline_clause_before_a_comma_is_no_office(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Governor Halvik’s Safe Harbor Plan Is Correcting Course, Driving Results\n\nAfter four"
        " years of failures, Governor Dana Halvik has made tremendous progress in restoring"
        " safety. The delegation included the Deputy Minister of Trade, Lucía Marren Quiroz.",
    )
    assert {"Dana Halvik", "Lucía Marren Quiroz"} <= set(found)
    assert "Driving Results" not in found


def test_an_ordinal_after_a_name_is_no_model_number(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "When Corvane CEO Steve Whitcombe first unveiled the tablet, he praised its screen."
        " Whitcombe later left the company. The Pellton 100 index fell.",
    )
    assert found["Steve Whitcombe"][0] == "person"


def test_a_word_and_and_before_a_body_share_its_head(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Crews from Pellton and Corvane Fire and Rescue attended the scene. In January,"
        " Dana Whitcombe convened the Rising and Emerging Risks Committee in Halvik.",
    )
    assert {"Pellton and Corvane Fire and Rescue", "Rising and Emerging Risks Committee"} <= set(
        found
    )
    assert "Corvane Fire and Rescue" not in found and "Pellton" not in found


def test_a_country_owning_an_index_is_no_participant(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Shares were mixed this week. Singapore's Telvora Index slid 4.1 percent, while"
        " London's Halvik 100 gave up 2 percent. Japan's Corvane index shed 5 percent, and"
        " Japan's prime minister called for calm.",
    )
    assert "Japan" in found
    assert "Singapore" not in found and "United Kingdom" not in found
    found = _people(
        parse,
        "Paris' Halvik 40 and the Telvora index of Germany both slid on Friday, while Mexico's"
        " 32 states reported their figures.",
    )
    assert "France" not in found and "Germany" not in found and "Mexico" in found


def test_a_country_first_slogan_is_no_body(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Governor Dana Whitcombe told the Corvane Agency to always put America First, so its"
        " envoys defend Pellton interests.",
    )
    assert "America" not in found and "America First" not in found
    assert "Dana Whitcombe" in found


def test_a_spokesman_for_a_body_leaves_the_body_its_own_row(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "A fire destroyed a Corvane store in Pellton. A spokesman for Corvane said the store"
        " would be rebuilt.",
    )
    assert found["Corvane"][0] == "organization"
    assert "Spokesman for Corvane" in found


def test_the_source_of_a_statement_is_a_body(parse: Callable[[str], Doc]) -> None:
    """The name as the model may leave it: no entity at all."""
    for text in (
        "Roads were closed. A statement from Telvora said the store would be rebuilt.",
        "Roads were closed. A spokeswoman for Telvora said the store would be rebuilt.",
    ):
        doc = parse(text)
        doc.ents = [e for e in doc.ents if e.text != "Telvora"]
        found = {p.name: p.kind for p in extract_participants(doc)}
        assert found.get("Telvora") == "organization"


def test_plural_departments_before_coordinated_fields(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "On Friday both Departments of Justice and Homeland Security and Ostrava's police"
        " approved a pact in Pellton.",
    )
    assert {"Department of Justice", "Department of Homeland Security"} <= set(found)
    assert not any(name.startswith("Department of Ostrava") for name in found)


def test_a_long_title_with_its_field_before_a_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Reacting to the verdict on Monday, European Commissioner for Fisheries Marisol"
        " Quenby said the Commission was glad.",
    )
    assert found["Marisol Quenby"][:2] == ("person", "Commissioner for Fisheries")
    found = _people(
        parse, "Executive Vice Minister of Foreign Affairs Vo and Mr. Whitcombe renewed ties."
    )
    assert "Affairs Vo" not in found


def test_small_counted_groups_and_bounded_counts_that_act(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Four inmates overpowered two guards at the Pellton jail. More than 50 firefighters"
        " tackled the blaze, and marine commandos boarded the Corvane.",
    )
    assert found["Four inmates"][0] == "group"
    assert found["Firefighters"][0] == "group"
    assert found["Marine commandos"][0] == "group"
    found = _people(parse, "The Corvane Agency blocked more than 10,000 individuals from entering.")
    assert not any("individuals" in name for name in found)


def test_a_surname_with_an_apostrophe_written_apart(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Corvane CEO, Declan O' Harrow, said the jets were cheap.")
    assert found["Declan O'Harrow"][0] == "person"
    assert "Declan O" not in found
    found = _people(
        parse,
        "A contrary view came from Martin O 'Connell, a professor at Pellton University,"
        " who stated it.",
    )
    assert "Martin O'Connell" in found
    assert "Martin O" not in found


def test_no_name_with_a_colon_glued_to_a_quote_mark(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Dana Whitcombe posted on X. Name:“If we wait, we lose,” she wrote.")
    assert not any(":" in name or "“" in name for name in found)


def test_common_words_that_alone_name_no_one(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Dana Whitcombe, a Career Member of the Pellton Diplomatic Corps since 2009, will be"
        " Ambassador to Ostrava.",
    )
    assert "Career" not in found
    found = _people(parse, "The Sec also met Telvora leaders in Pellton on Monday.")
    assert "Sec" not in found


def test_a_name_with_a_company_officer_is_a_company(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Telvora CEO Marisol Quenby bought three ships on Monday.")
    assert found["Telvora"][0] == "organization"
    assert found["Marisol Quenby"][0] == "person"


def test_a_given_name_owning_a_body_head_begins_a_shops_name(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "Police said a cyclist was struck on Friday near a Sam's Club store in Pellton"
        " and survived.",
    )
    assert "Sam" not in found
    assert found["Sam's Club"][0] == "organization"


def test_a_country_before_the_first_words_of_a_title_is_no_body(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "Advisor Tomas Halvik met today with Republic of the Philippines Executive Vice"
        " Minister of Foreign Affairs Tarn Velo in Pellton.",
    )
    assert not any(name.endswith("Executive") for name in found)
    found = _people(parse, "The Ostrava Executive Council met Dana Whitcombe.")
    assert "Ostrava Executive Council" in found


def test_the_corporation_for_national_and_community_service_is_one_body(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse,
        "In 2021 Dana Whitcombe left the Corporation for National and Community Service to"
        " run a bakery in Ostrava.",
    )
    assert "Corporation for National and Community Service" in found
    assert "Community Service" not in found


def test_nicknamed_name_tagged_as_bodies_is_one_person(parse: Callable[[str], Doc]) -> None:
    # the model tags 'Anselmo' as a body and parses it as a verb, not as one person
    found = _people(parse, "Prosecutors said that Anselmo “El Tigre” Corvane Ruiz was arrested.")
    assert found.get("Anselmo Corvane Ruiz", ("",))[0] == "person"
    assert "Anselmo" not in found
    # quoted words inside a body's name make no person
    found = _people(parse, 'Riders took the Corvane "Blue Line" Express to Pellton.')
    assert not any(kind == "person" for kind, _, _ in found.values())


def test_nickname_with_a_linking_word_is_part_of_the_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        'The witnesses were led by ex-Corvane underboss Benedetto "Benny the Fox" Pellano.',
    )
    assert found.get("Benedetto Pellano", ("",))[0] == "person"
    assert "Benedetto" not in found


def test_name_before_a_device_noun_of_persons_is_a_product(parse: Callable[[str], Doc]) -> None:
    # 'music player' is a thing: the name before it shows no actor
    found = _people(
        parse, "Back in 2001 the Halvik firm launched the iLume music player, and sales grew fast."
    )
    assert "iLume" not in found


def test_decorations_are_no_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse, "Dana Whitcombe was given a Bronze Star and a Purple Heart after the battle."
    )
    assert "Dana Whitcombe" in found
    assert "Bronze Star" not in found and "Purple Heart" not in found


def test_doctrines_and_scriptures_are_no_actors(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Halvik leaders spoke out against Islamophobia at the rally. Verses of the Quran were"
        " read aloud, and the Creator was thanked in a prayer.",
    )
    assert not {"Islamophobia", "Quran", "Creator"} & set(found)


def test_age_description_of_a_named_person_is_no_participant_of_its_own(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "A Corvane jury convicted Marek Halvik, 41, of murdering his girlfriend Marisol "
        "Quenby, 22. The 22-year-old woman, who worked as a nurse, had told a friend that "
        "Halvik threatened her."
    )
    registry = extract_participants(parse(text))
    names = [p.name for p in registry.of_kind("person")]
    assert "Marisol Quenby" in names and not any("year-old" in n for n in names)


def test_description_shared_with_the_apposition_is_the_named_person(
    parse: Callable[[str], Doc],
) -> None:
    text = (
        "Marek Halvik, a Pellton mechanic, was arrested on Monday. Police said the mechanic "
        "had stabbed Dana Whitcombe outside a bar."
    )
    doc = parse(text)
    registry = extract_participants(doc)
    start = text.index("the mechanic")
    found = resolve_phrase(doc, (start, start + len("the mechanic")), registry)
    assert found is not None and found.name == "Marek Halvik"


def test_name_given_to_a_feature_or_an_app_is_a_thing(parse: Callable[[str], Doc]) -> None:
    # the passive subject ('this feature is called ...') is the thing the name is given to
    found = _people(parse, "This feature is called Facelink, and connects with other handsets.")
    assert "Facelink" not in found
    # as is the object of the verb a participle hangs on ('a new app, too, called ...')
    found = _people(parse, "Dana Whitcombe introduced a whole new app, too, called Passline.")
    assert "Dana Whitcombe" in found
    assert "Passline" not in found
    # a body so named stays
    found = _people(parse, "Halvik also showed a new photo feature called Skyview, which maps.")
    assert "Skyview" not in found
    assert "Halvik" in found


def test_product_as_subject_of_having_or_boasting_is_no_actor(
    parse: Callable[[str], Doc],
) -> None:
    # 'boasts' with a thing for its object is no act of speech
    found = _people(parse, "The new Telvora Pro boasts several upgrades, including a slimmer case.")
    assert "Telvora Pro" not in found
    # a subject of 'uses' does not outweigh 'Telvora Air laptops'
    found = _people(
        parse,
        "Dana Whitcombe said the Telvora Air laptops sold well. The Telvora Air has no disc drive.",
    )
    assert "Dana Whitcombe" in found
    assert "Telvora Air" not in found
    # a player who adds points still speaks of no thing
    found = _people(parse, "Dale Fenwick added 16 points for the Pellton Hawks on Sunday.")
    assert "Dale Fenwick" in found


def test_name_measured_in_inches_is_a_product(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "The 11-inch Telvora Air will cost from 999 dollars.")
    assert "Telvora Air" not in found
    found = _people(parse, "The 15-inch Telvora Pros get faster chips.")
    assert "Telvora Pros" not in found
    found = _people(parse, "The 6-foot-5 Dana Whitcombe scored 20 points.")
    assert "Dana Whitcombe" in found


def test_known_body_before_a_work_noun_stays_a_body(parse: Callable[[str], Doc]) -> None:
    # 'Department of Energy software' names no product 'of Energy' to drop the body by
    found = _people(
        parse, "Pellton farmers now rely on Department of Energy software to plan their harvests."
    )
    assert found.get("Department of Energy") == ("organization", None, "United States")


def test_description_of_the_convicted_person_is_no_participant_of_its_own(
    parse: Callable[[str], Doc],
) -> None:
    def people(text: str) -> list[str]:
        doc = parse(text)
        registry = extract_participants(doc)
        start = text.index("the woman")
        resolve_phrase(doc, (start, text.index(" in a Corvane")), registry)
        return [p.name for p in registry.of_kind("person")]

    lede = "A Pellton jury on Monday convicted the woman who stabbed a guard in a Corvane prison."
    assert people(lede + " Dana Whitcombe pleaded guilty in May.") == ["Dana Whitcombe"]
    # not a named man
    found = people(lede + " Tomas Brenner pleaded guilty in May to his crimes.")
    assert any(name.startswith("Woman") for name in found)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The store closed on Friday.\nLawyer Dana Whitcombe said the deal was unfair.",
         "Dana Whitcombe", "lawyer"),
        ("After the verdict, Prosecutor Tomas Halvik said the captain had lied.",
         "Tomas Halvik", "Prosecutor"),
        ("Known inmates: Unabomber Marisol Quenby, and the pilot Omar Velkor.",
         "Marisol Quenby", "Unabomber"),
    ],
)  # fmt: skip
def test_capitalised_role_before_a_full_name_is_the_title(
    parse: Callable[[str], Doc], text: str, name: str, title: str
) -> None:
    found = _people(parse, text)
    assert found.get(name, ("", None, None))[:2] == ("person", title)
    assert not any(n.endswith(name) and n != name for n in found)
    # a given name that is also a role word stays in the name
    assert "Dean Halvik Ostrow" in _people(parse, "Dean Halvik Ostrow spoke to the students.")


def test_surname_after_an_office_is_no_given_name_of_another(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "Omar Quenby runs a comic shop. Omar, where are you? "
        "Congresswoman Omar spoke next. Congresswoman Omar thanked the crowd."
    )
    people = {p.name: p for p in extract_participants(doc) if p.kind == "person"}
    assert people["Omar Quenby"].title is None
    assert people["Omar"].title == "Congresswoman"


def test_addressed_given_name_taken_for_a_body_joins_the_full_name(
    parse: Callable[[str], Doc],
) -> None:
    doc = parse(
        "The speaker today is Daleep Velkor, the deputy adviser. With that, Daleep, "
        "I will turn it over to you. Thanks very much, Daleep."
    )
    found = {p.name: p for p in extract_participants(doc)}
    assert "Daleep" not in found
    assert "Daleep" in found["Daleep Velkor"].aliases


def test_first_name_only_addressed_and_taken_for_a_body_is_no_actor(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(parse, "MR. VELKOR: Thanks, Eduardo. Thanks, everybody, for joining.")
    assert "Eduardo" not in found


def test_owner_of_a_market_index_is_no_actor(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Stocks rose on Monday. Elsewhere the Pellton Composite gained 0.3%, "
        "and Norway's DAX rose a fifth of a percent.",
    )
    assert "Norway" not in found


def test_unknown_names_listed_with_a_city_are_places(parse: Callable[[str], Doc]) -> None:
    found = _people(parse, "Missiles struck Pellton, Halvik and Ostrava overnight, the army said.")
    assert found["Pellton"][0] == "location"
    assert found.get("Ostrava", ("location",))[0] == "location"


def test_names_listed_after_a_plural_place_noun_are_no_people(
    parse: Callable[[str], Doc],
) -> None:
    found = _people(
        parse, "Protests spread to cities like Lyon, Marseille and Toulouse on Saturday."
    )
    assert not {"Lyon", "Marseille", "Toulouse"} & {
        name for name, row in found.items() if row[0] in {"person", "organization"}
    }


def test_name_coordinated_with_a_thing_is_a_thing(parse: Callable[[str], Doc]) -> None:
    assert "Mac" not in _people(parse, "Users can open the files on the iPad or the Mac.")
    assert "RAM" not in _people(parse, "The new model doubles the RAM and storage of the old one.")


def test_heading_verb_after_to_begins_a_title_not_a_name(parse: Callable[[str], Doc]) -> None:
    found = _people(
        parse,
        "Federal Action to Expand Purchases of Selected Halvik Fabric "
        "Goods: The Administration will buy more. The Secretary will act to Defend "
        "Halvik Workers and Lower Costs this year.",
    )
    assert not any(name.startswith(("Expand", "Defend")) for name in found)
    kept = _people(parse, "The grant went to Build Pellton Futures, a charity that trains workers.")
    assert "Build Pellton Futures" in kept
