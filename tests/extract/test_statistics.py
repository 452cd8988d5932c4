"""Tests for flows.extract.statistics: numbers that measure something, and numbers that do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from flows.extract.records import Statistic
from flows.extract.statistics import extract_statistics

Expected = tuple[float, float | None, str | None, str | None, bool]


def _only(nlp: Language, text: str) -> Statistic:
    stats = extract_statistics(nlp(text))
    assert len(stats) == 1, [(s.mention, s.value, s.unit) for s in stats]
    return stats[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts with the noun they count
        (
            "Officials said 250,000 residents a year leave the city.",
            (250000, None, "residents", "year", False),
        ),
        ("The agency seized 3.2 million pills last month.", (3.2e6, None, "pills", None, False)),
        ("Police arrested twelve suspects on Friday.", (12, None, "suspects", None, False)),
        ("A dozen journalists were detained.", (12, None, "journalists", None, False)),
        ("The court fined 14 companies and banks.", (14, None, "companies and banks", None, False)),
        (
            "Inspectors logged 312 safety-related complaints.",
            (312, None, "complaints", None, False),
        ),
        (
            "Hundreds of thousands of refugees fled the fighting.",
            (100000, None, "refugees", None, True),
        ),
        ("Over two dozen defendants were charged.", (24, None, "defendants", None, True)),
        ("The league now has 30 member clubs.", (30, None, "member clubs", None, False)),
        # approximation cues
        ("About 300 soldiers crossed the border.", (300, None, "soldiers", None, True)),
        ("More than 40 villages were flooded.", (40, None, "villages", None, True)),
        ("At least 17 people were injured in the blast.", (17, None, "people", None, True)),
        ("Nearly 8,000 homes lost power.", (8000, None, "homes", None, True)),
        ("An estimated 5 million viewers watched the debate.", (5e6, None, "viewers", None, True)),
        # money, percentages, units of measure
        ("The fund now holds $4.5 billion.", (4.5e9, None, "USD", None, False)),
        ("The grant is worth 2 million euros per year.", (2e6, None, "EUR", "year", False)),
        ("Exports fell by 8.5 percent annually.", (8.5, None, "percent", "year", False)),
        ("Turnout reached 64% in the capital.", (64, None, "percent", None, False)),
        ("Customs officers found 40 kilograms of heroin.", (40, None, "kg", None, False)),
        ("The raid netted 1.5 tonnes of cocaine.", (1.5, None, "tonnes", None, False)),
        ("The town lies 300 kilometers from the capital.", (300, None, "kilometers", None, False)),
        ("A 6.4 magnitude quake hit the town.", (6.4, None, "magnitude", None, False)),
        ("The company lost more than $300 million.", (3e8, None, "USD", None, True)),
        ("Canada pledged CAD $250 million for the bridge.", (2.5e8, None, "CAD", None, False)),
        ("The ministry paid 1 billion 200 million dollars.", (1.2e9, None, "USD", None, False)),
        ("It is a billion-dollar industry.", (1e9, None, "USD", None, False)),
        ("Nine out of 10 clinics reported shortages.", (90, None, "percent", None, False)),
        ("Thousands of dollars went missing.", (1000, None, "USD", None, True)),
        # ranges
        ("Voters aged 18 to 24 stayed home.", (18, 24, "years of age", None, False)),
        ("The survey covered adults aged 25-34.", (25, 34, "years of age", None, False)),
        ("Between 30 and 40 boats were seen off the coast.", (30, 40, "boats", None, False)),
        ("Repairs will cost $5 to $10 million.", (5e6, 1e7, "USD", None, False)),
        (
            "Visitors between the ages of 21 and 65 may apply.",
            (21, 65, "years of age", None, False),
        ),
        # a comma after the number ends its phrase: the noun after it is not its unit
        (
            "He died at the age of 95, sources told reporters.",
            (95, None, "years of age", None, False),
        ),
        # durations (spaCy tags them DATE)
        ("The drought lasted nearly four years.", (4, None, "years", None, True)),
        ("Talks stalled for 18 months.", (18, None, "months", None, False)),
        ("Officials must respond within 30 days.", (30, None, "days", None, False)),
        # shares
        ("Nearly 1 in 5 teenagers have tried vaping.", (20, None, "percent", None, True)),
        ("Two-thirds of voters backed the measure.", (66.67, None, "percent", None, False)),
    ],
)
def test_statistic_fields(nlp: Language, text: str, expected: Expected) -> None:
    stat = _only(nlp, text)
    value, value_max, unit, period, approximate = expected
    assert stat.value == pytest.approx(value)
    assert stat.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert stat.unit == unit
    assert stat.period == period
    assert stat.approximate is approximate


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2019.",
        "The talks began on January 6.",
        "The vote is scheduled for March 3, 2024, in the capital.",
        "The meeting starts at 9:30 a.m. on Monday.",
        "The hearing opens at 10 p.m.",
        "It was the third meeting this year.",
        "He finished 2nd in the race.",
        "Congress passed H.R. 2210 last week.",
        "Section 3 of the act applies to imports.",
        "The two countries signed an accord.",
        "These three officials resigned.",
        "Both governments agreed to the plan.",
        "The COVID-19 pandemic hit the region hard.",
        "Executive Order 15002 was signed in Washington.",
        "They acted under Executive Order (EO) 15117 on crime.",
        "The final vote in the House is due on Dec. 5.",
        "One of the officials resigned.",
        "Call 555-123-4567 for details.",
        "The G7 summit opened in Italy.",
        "The 15-year-old was arrested downtown.",
        "The two met in Geneva.",
        "The attack happened three years ago.",
        "Prices soared in the 1990s.",
        "Its stories ran during the early nineteen seventies.",
        "Posted 5 Aug 2013 by the news desk.",
        "It had, at one point, fallen sharply.",
        "See 21 U.S.C. 841 for the penalties.",
        "Title 42 was lifted.",
        "The office is open 24/7.",
        "They marked the 9/11 anniversary.",
        "The strategy will 1) cut costs and 2) save lives.",
        "Firms must file Form 10 each spring.",
        "The ASEAN Five Point Consensus remains in force.",
        "The F-35 program was delayed.",
        "Jane Doe, 45, was arrested on Tuesday.",
        "The senator unveiled a four-part plan.",
        "He was three years old when the war began.",
        "The plan aims to:\n1) cut costs;\n2) save lives.",
        "The two hundred and forty-fifth year of independence began.",
        "Our two nations share a border.",
        "",
        "   ",
    ],
)
def test_not_statistics(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


def test_mention_is_the_text_slice(nlp: Language) -> None:
    text = (
        "In 2019, more than 91,000 Americans died of overdoses, a 12 percent increase.\n\n"
        "Police seized 4,000 kilograms of cocaine and $2.7 trillion was pledged over "
        "almost three years. Between 18 and 49 people were hurt; 1 in 4 adults agree.\n"
        "The two leaders met on May 5 at 3 p.m. to discuss H.R. 12."
    )
    doc = nlp(text)
    stats = extract_statistics(doc)
    assert len(stats) == 7
    for stat in stats:
        assert stat.mention == doc.text[stat.char_start : stat.char_end]
        assert stat.mention.strip() == stat.mention
    starts = [s.char_start for s in stats]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The project took almost three years to finish.", "almost three years"),
        ("Roughly 80,000 people a year die of the disease.", "Roughly 80,000 people a year"),
        ("The firm paid $2.7 trillion in fees.", "$2.7 trillion"),
        ("The fine was 40 percent of revenue.", "40 percent"),
        ("Scientists tested 145 water-borne samples.", "145 water-borne samples"),
        ("Adults between the ages of 21 and 64 were surveyed.", "between the ages of 21 and 64"),
    ],
)
def test_mention_covers_number_and_unit(nlp: Language, text: str, mention: str) -> None:
    assert _only(nlp, text).mention == mention


def test_one_row_per_number(nlp: Language) -> None:
    stats = extract_statistics(nlp("Officials sanctioned 10 individuals and 15 entities."))
    assert [(s.value, s.unit) for s in stats] == [(10, "individuals"), (15, "entities")]


def test_change_is_two_numbers_not_a_range(nlp: Language) -> None:
    stats = extract_statistics(nlp("The number of visas rose from 10,000 to 30,000."))
    assert [s.value for s in stats] == [10000, 30000]
    assert all(s.value_max is None for s in stats)


def test_vote_tally_is_two_numbers(nlp: Language) -> None:
    stats = extract_statistics(nlp("The final vote in the Senate was 61-38."))
    assert [s.value for s in stats] == [61, 38]


def test_negative_number(nlp: Language) -> None:
    stat = _only(nlp, "Temperatures fell to minus 15 degrees overnight.")
    assert (stat.value, stat.mention) == (-15, "minus 15 degrees")


def test_hyphenated_count_with_digits(nlp: Language) -> None:
    stat = _only(nlp, "The 2,500-member union voted to strike.")
    assert (stat.value, stat.unit, stat.mention) == (2500, "member", "2,500-member")


def test_change_from_a_verb_far_up(nlp: Language) -> None:
    stats = extract_statistics(nlp("They raise the number of seats from 40 to 90."))
    assert [(s.value, s.value_max) for s in stats] == [(40, None), (90, None)]


def test_anaphora_keeps_large_amounts(nlp: Language) -> None:
    stat = _only(nlp, "Officials praised the 100,000 volunteers who helped.")
    assert (stat.value, stat.unit) == (100000, "volunteers")


def test_one_counts_only_as_a_modifier(nlp: Language) -> None:
    assert _only(nlp, "The tip line received one tip that led to arrests.").value == 1
    assert extract_statistics(nlp("One said the plan would fail.")) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Floods killed 30 people in the northern province.", {"people", "killed"}),
        ("Officials said 2,000 migrants crossed the river.", {"migrants", "crossed", "river"}),
        ("The ministry spent $45 million on new schools.", {"spent", "schools"}),
        ("About 40% of adults support the ban.", {"adults", "support"}),
    ],
)
def test_measured_is_a_short_phrase_from_the_parse(
    nlp: Language, text: str, words: set[str]
) -> None:
    measured = _only(nlp, text).measured
    assert measured is not None
    assert words <= set(measured.split())
    assert len(measured.split()) <= 12


def test_measured_is_set_whenever_a_unit_is(nlp: Language) -> None:
    doc = nlp(
        "Nearly 300 families were evacuated, and 12 schools closed for two weeks. "
        "The bill adds $3 billion and cuts emissions by 20%."
    )
    stats = extract_statistics(doc)
    assert [s.unit for s in stats] == ["families", "schools", "weeks", "USD", "percent"]
    assert all(s.measured for s in stats if s.unit is not None)


def test_empty_doc(parse: Callable[[str], Doc]) -> None:
    assert extract_statistics(parse("")) == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "2",
                "1,000",
                "$",
                "%",
                "-",
                "to",
                "and",
                "between",
                "of",
                "a",
                "year",
                "per",
                "about",
                "three",
                "dozen",
                "hundreds",
                "million",
                "people",
                "(",
                ")",
                "\n",
                "18",
                "out",
                "in",
                "H.R.",
                "Section",
                "half",
                "thirds",
                "...",
                "January",
                "2019",
                "p.m.",
                "aged",
                "ages",
                "one",
                "first",
                "-year-old",
                "9:30",
                "COVID-19",
                "'s",
            ]
        ),
        max_size=30,
    )
)
def test_never_raises(nlp: Language, words: list[str]) -> None:
    doc = nlp(" ".join(words))
    for stat in extract_statistics(doc):
        assert stat.mention == doc.text[stat.char_start : stat.char_end]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("At least 30 were killed when the bridge collapsed.", "people"),
        ("The storm injured 45 and destroyed several homes.", "people"),
        ("An estimated 1,500 Canadians crossed the border.", "people"),
        ("Police detained 12 protesters and released 200 others.", "people"),
    ],
)
def test_counts_of_people_without_the_word(nlp: Language, text: str, unit: str) -> None:
    stats = extract_statistics(nlp(text))
    assert stats and stats[-1].unit == unit


# --------------------------------------------------------------------------- elided units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantity noun that governs the number, through its 'of' object or its compound
        ("They raise the number of seats from 40 to 90.", [(40, "seats"), (90, "seats")]),
        ("The death toll rose to 31 on Tuesday.", [(31, "deaths")]),
        # the subject whose quantity the number is; a year is never one end of the range
        (
            "Overdose deaths fell from 37,256 in 2022 to 31,412 in 2023.",
            [(37256, "deaths"), (31412, "deaths")],
        ),
        # a quantity noun with a unit of its own
        ("Outside temperatures were minus 15 at dawn.", [(-15, "degrees")]),
        ("The vote was 61-38 in favor.", [(61, "votes"), (38, "votes")]),
        # a part of a count ('of the 80 wounded'; 'wounded' by its lemma counts people)
        (
            "Officials said 20 of the 60 wounded remained in hospital.",
            [(20, "people"), (60, "people")],
        ),
        # an ellipsis takes the unit of the count before it in the sentence
        (
            "Around 1,200 people are sheltered in tents and another 3,000 are waiting.",
            [(1200, "people"), (3000, "people")],
        ),
        (
            "About 41,000 people work at the plant, about 12,000 of them in Austria.",
            [(41000, "people"), (12000, "people")],
        ),
        ("Six bombs were dropped, of which three exploded.", [(6, "bombs"), (3, "bombs")]),
        ("The index rose 3% and closed at 4.5.", [(3, "percent"), (4.5, "percent")]),
    ],
)
def test_elided_unit_comes_from_the_context(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    stats = extract_statistics(nlp(text))
    assert [(s.value, s.unit) for s in stats] == expected


def test_a_share_is_not_carried_to_a_number_that_cannot_be_one(nlp: Language) -> None:
    stats = extract_statistics(nlp("The index rose 3% and closed at 4,500."))
    assert [(s.value, s.unit) for s in stats] == [(3, "percent"), (4500, None)]


def test_elided_unit_stays_in_its_sentence(nlp: Language) -> None:
    stats = extract_statistics(nlp("Police arrested 40 suspects. The court heard 12 on Monday."))
    assert [(s.value, s.unit) for s in stats] == [(40, "suspects"), (12, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model designation between the number and its noun
        ("Police seized six AK-47 rifles.", (6, "rifles", "six AK-47 rifles")),
        ("Police seized 9 AK-47 rifles.", (9, "rifles", "9 AK-47 rifles")),
        # emphasis markup and foreign words between the number and its noun
        (
            "CBP processes over 3 million *de minimis* shipments each day.",
            (3e6, "shipments", "over 3 million *de minimis* shipments each day"),
        ),
        (
            "Each week, CBP handles over 3 million *de minimis* shipments into the country each"
            " day.",
            (3e6, "shipments", "over 3 million *de minimis* shipments"),
        ),
        # digits with a scale suffix that the tagger takes for an ordinal
        ("The government must cut 20bn euros from its deficit.", (2e10, "EUR", "20bn euros")),
        # a named scale
        (
            "The quake measured 5.8 on the Richter scale.",
            (5.8, "Richter magnitude", "5.8 on the Richter scale"),
        ),
        # a fresh count after 'the'
        (
            "The frigate escorted the five merchant vessels.",
            (5, "merchant vessels", "five merchant vessels"),
        ),
        # 'person' counts people, as 'persons' does
        ("One person was killed in the blast.", (1, "people", "One person")),
    ],
)
def test_unit_noun_found_past_modifiers(
    nlp: Language, text: str, expected: tuple[float, str, str]
) -> None:
    stat = _only(nlp, text)
    assert (stat.value, stat.unit, stat.mention) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The three governments signed the plan.",
        "We have one shared responsibility: keep the town safe.",
        "There is one thing we know.",
        "On the one hand, the Pellton plan is cheap.",
        "The one road Halvik had was closed in winter.",
        "Wait, one moment, the minister is coming.",
        "The talks lead to one place, and that place is a deal.",
        "At one point the Telvora crowd began to sing.",
    ],
)
def test_referential_and_rhetorical_counts(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


def test_a_restatement_with_the_same_words_is_one_row(nlp: Language) -> None:
    doc = nlp(
        "Parcels valued at or under $600 qualify. Parcels valued at or under $600 are exempt."
    )
    assert [(s.value, s.unit) for s in extract_statistics(doc)] == [(600, "USD")]


def test_the_second_number_of_a_shared_phrase_is_no_restatement(nlp: Language) -> None:
    doc = nlp("Rents rose 4 percent in May. Corvane and Telvora fell by 2 and 4 percent.")
    assert [s.value for s in extract_statistics(doc)] == [4, 2, 4]


def test_a_restated_pair_is_dropped_whole(nlp: Language) -> None:
    doc = nlp(
        "The fund has 150 members and 12 partner banks. The 150 members and 12 partner banks met."
    )
    assert [s.value for s in extract_statistics(doc)] == [150, 12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Whitcombe got a 3-1/2 year sentence.", (3.5, "years")),
        ("Dana Whitcombe served 3 1/2 years.", (3.5, "years")),
    ],
)
def test_mixed_fractions(nlp: Language, text: str, expected: tuple[float, str]) -> None:
    stat = _only(nlp, text)
    assert (stat.value, stat.unit) == expected


def test_the_same_count_in_other_words_is_kept(nlp: Language) -> None:
    doc = nlp(
        "As many as 15,000 people marched in Lisbon and a further 15,000 people joined in Porto."
    )
    assert [s.value for s in extract_statistics(doc)] == [15000, 15000]


def _units(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    return [(s.value, s.unit) for s in extract_statistics(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency code glued to the digits, or written before the '$'
        ("Canberra gave AU$40 million to the plant.", [(4e7, "AUD")]),
        ("Its shares closed at NT $24.05 on Monday.", [(24.05, "TWD")]),
        ("The firm agreed to a US $5.4 billion deal.", [(5.4e9, "USD")]),
        # the country's letters after the '$', glued to the digits or not
        ("The blaze did $US2 million in damage.", [(2e6, "USD")]),
        ("The club paid $A35 million and $NZ4.5 million.", [(3.5e7, "AUD"), (4.5e6, "NZD")]),
        ("Investors lost $US 3 billion.", [(3e9, "USD")]),
        # an article is not a currency code
        ("They paid A $103 million sum for him.", [(1.03e8, "USD")]),
        # a bare '$' takes the dollars the article names
        (
            "Corvane gets $31.5 million. The state gives AU$25 million and AU$9.5 million.",
            [(3.15e7, "AUD"), (2.5e7, "AUD"), (9.5e6, "AUD")],
        ),
        ("Corvane gets $31.5 million in aid.", [(3.15e7, "USD")]),
    ],
)
def test_currency_codes(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score: both numbers in points
        ("The Hawks beat the Owls 27-17 on Sunday.", [(27, "points"), (17, "points")]),
        ("They took a 7-0 lead in the first quarter.", [(7, "points"), (0, "points")]),
        ("Duke trailed 24-20 at halftime.", [(24, "points"), (20, "points")]),
        # a win-loss record, even when the second number is larger (not a range)
        ("He left with a 38-44 record.", [(38, "wins"), (44, "losses")]),
        ("The Falcons (10-6) host Denver.", [(10, "wins"), (6, "losses")]),
        ("The Ravens fell to 4-9 after the game.", [(4, "wins"), (9, "losses")]),
        # a vote
        ("The court issued a 5-4 ruling.", [(5, "votes"), (4, "votes")]),
        # a plain range stays a range
        ("Shares rose 10-15 percent.", [(10, "percent")]),
    ],
)
def test_scores_records_and_votes(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == expected


def test_score_takes_the_scoring_unit_of_the_article(nlp: Language) -> None:
    text = "Rooney scored two goals. United beat City 3-1 on Saturday."
    assert _units(nlp, text) == [(2, "goals"), (3, "goals"), (1, "goals")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A magnitude 8.3 quake triggered a tsunami.", [(8.3, "magnitude")]),
        ("It was a 6.3 degree quake that hit Kerman.", [(6.3, "magnitude")]),
        (
            "An earthquake with a magnitude of at least 6.2 hit Peru.",
            [(6.2, "magnitude")],
        ),
        # counts of quakes stay counts
        ("At least 20 smaller earthquakes followed.", [(20, "earthquakes")]),
    ],
)
def test_magnitudes(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a collective noun the number is 'of'
        ("Varga led the crowd of 18,000 in song.", [(18000, "people")]),
        ("The island has a population of 120,000.", [(120000, "people")]),
        # an adjective that says the counted are people
        ("The storm left almost half a million homeless.", [(500000, "people")]),
        # the subject is an index: points
        ("The Dow Jones industrial average fell 287.42 on Monday.", [(287.42, "points")]),
        # a level takes the unit of the counts around it
        (
            "The FTSE fell to slip below the 6,000 mark, at 5,912.48 points.",
            [(6000, "points"), (5912.48, "points")],
        ),
    ],
)
def test_units_from_context(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part takes the unit of the whole
        ("He connected on 1 of 13 passes.", [(1, "passes"), (13, "passes")]),
        # a bare 'A of B' in a passing line
        (
            "Pryor finished 23-of-31 for 287 yards.",
            [(23, "completions"), (31, "attempts"), (287, "yards")],
        ),
        (
            "Quinn was 10 of 22 for 162 yards.",
            [(10, "completions"), (22, "attempts"), (162, "yards")],
        ),
    ],
)
def test_parts_of_a_whole(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["She was 91.", "Felt died yesterday at 95.", "Calloway, who turned 72 on Saturday, smiled."],
)
def test_bare_ages(nlp: Language, text: str) -> None:
    stat = _only(nlp, text)
    assert stat.unit == "years of age"


@pytest.mark.parametrize(
    "text",
    [
        "The flaw affects Orbit Browser 8 on Windows.",
        "The British FTSE 100 index was among them.",
        "He was hurt in Week 16 against Atlanta.",
        "Travellers must book through the Corvane One app.",
    ],
)
def test_numbers_in_names(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


def test_count_after_a_possessive_name_is_kept(nlp: Language) -> None:
    assert _units(nlp, "It matched IBM's 10 percent share.") == [(10, "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bailout was 93.6 billion pounds.", [(9.36e10, "GBP")]),
        ("Agents seized 14,000 pounds of fentanyl.", [(14000, "pounds")]),
        ("The project cost £8.4 bn so far.", [(8.4e9, "GBP")]),
        ("A dose of two milligrams can kill.", [(2, "milligrams")]),
    ],
)
def test_measures_and_money(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


def test_percentage_points_are_not_percent(nlp: Language) -> None:
    text = "The rate rose 2.5 percentage points to 40 percent."
    assert _units(nlp, text) == [(2.5, "percentage points"), (40, "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served on the force for a year.", (1, "years", False)),
        ("Jurors deliberated for less than a day.", (1, "days", True)),
    ],
)
def test_a_single_unit_of_time(nlp: Language, text: str, expected: tuple[float, str, bool]) -> None:
    stat = _only(nlp, text)
    assert (stat.value, stat.unit, stat.approximate) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He earns a salary once a year.",
        "It happened less than a year later.",
        "She hosted the show for a second time.",
    ],
)
def test_a_single_unit_of_time_needs_a_duration(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction after a whole number
        ("He spoke for 2 1/2 hours.", [(2.5, "hours")]),
        ("She scored in the first 7 ½ minutes.", [(7.5, "minutes")]),
        # a unit abbreviation, glued to the digits or not
        ("The phone has a 512MHz chip and a 3.5mm jack.", [(512, "MHz"), (3.5, "mm")]),
        ("It holds 16 GB of music.", [(16, "GB")]),
        # coordinated numbers share the noun
        ("The player holds 500 and 1,000 songs.", [(500, "songs"), (1000, "songs")]),
        (
            "Two men, ages 47 and 48, were shot.",
            [(2, "men"), (47, "years of age"), (48, "years of age")],
        ),
        # the same unit written at both ends of a range
        ("The band runs between 3100 megahertz and 3300 megahertz.", [(3100, "megahertz")]),
        # a number other than one before a singular head counts the noun after it
        ("It was a 2 hour speech.", [(2, "hours")]),
        # a hyphenated duration with 'one'
        ("The school imposed a one-year ban.", [(1, "years")]),
        # a demonym without a plural 's'
        ("More than 100 Lebanese were killed.", [(100, "people")]),
    ],
)
def test_units_from_the_phrase(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated pair before a singular noun is no range
        ("He was fired after a 9-14 start.", [(9, "wins"), (14, "losses")]),
        # a record after a team's name
        ("The 15-17 Bulldogs missed a shot.", [(15, "wins"), (17, "losses")]),
        ("Champion Tomas Varga, 41-2, won again.", [(41, "wins"), (2, "losses")]),
        # a pair with no word for it, in an article about a game
        (
            "Creighton won 65-53. Drake closed to 47-44 late.",
            [(65, "points"), (53, "points"), (47, "points"), (44, "points")],
        ),
        # the same bare number in two scores is two statistics
        (
            "They went on a 15-2 run and then a 9-2 spurt.",
            [(15, "points"), (2, "points"), (9, "points"), (2, "points")],
        ),
    ],
)
def test_pairs_without_a_pair_word(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The update KB21-045 fixes the flaw.",
        "Agent 007 returned.",
        "He missed an open 3-pointer.",
        "The Standard & Poor's 500 fell sharply.",
    ],
)
def test_codes_and_names_with_digits(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalembert is down with his 5.8 points.", (5.8, "points")),
        ("During his 2 hour speech he said nothing.", (2, "hours")),
    ],
)
def test_a_possessive_before_an_amount_is_no_anaphora(
    nlp: Language, text: str, expected: tuple[float, str]
) -> None:
    stat = _only(nlp, text)
    assert (stat.value, stat.unit) == expected


def test_a_number_word_hyphened_to_a_counted_noun(nlp: Language) -> None:
    assert _units(nlp, "They had a three-game losing streak.") == [(3, "game")]
    assert extract_statistics(nlp("They backed a two-state solution.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural of a model is what a count counts; its digits are no count
        ("The airline ordered 40 787s last spring.", [(40, "787s")]),
        (
            "Since 1990 about 3,400 757s have been built, with orders for 150 more.",
            [(3400, "757s"), (150, "757s")],
        ),
        # digits before a capitalised name, after a count, or after 'the' name a model
        ("The carrier flies the 767 Skyliner on long routes.", []),
        ("The carrier will lease six new 767 aircraft.", [(6, "aircraft")]),
        ("Pilots say the 767 is easy to fly.", []),
        # once named, every bare mention of the model's digits is the model
        (
            "Boeing delivered 12 747s. The 747 replacement and 747 freighters are late.",
            [(12, "747s")],
        ),
        # a count before a capitalised noun that modifies the counted noun stays a count
        ("They sent 140 Ecuador border officers.", [(140, "border officers")]),
    ],
)
def test_model_designations_are_not_counts(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # modifiers coordinated before one plural noun: the plural noun is counted
        ("She thanked 40 farmer, consumer and labor unions for their help.", [(40, "unions")]),
        ("Hundreds of church and school buildings burned.", [(100, "buildings")]),
        # a count coordinated after the noun is no part of its unit
        (
            "The mill created 2,000 jobs and thousands of contracts.",
            [(2000, "jobs"), (1000, "contracts")],
        ),
    ],
)
def test_coordinated_modifiers_share_the_counted_noun(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    units = _units(nlp, text)
    assert [v for v, _ in units] == [pytest.approx(v) for v, _ in expected]
    for (_, unit), (_, wanted) in zip(units, expected, strict=True):
        assert unit is not None and unit.split()[-1] == wanted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each number of a specification list in its own unit
        (
            "The handset has a 5.2-inch display, a 12 megapixel camera and a 2,600 mAh cell.",
            [(5.2, "inches"), (12, "megapixels"), (2600, "mAh")],
        ),
        ("Its 3000mAh battery charges fast.", [(3000, "mAh")]),
        # dimensions: both numbers in the unit written after the second
        ("The panel shows 1024 x 600 pixels.", [(1024, "pixels"), (600, "pixels")]),
        ("It records 640 by 480 pixel clips.", [(640, "pixels"), (480, "pixels")]),
        # areas and volumes
        ("The plant covers 40,000 square feet.", [(40000, "square feet")]),
        ("Tehran lies near a 2,000-square-mile lake.", [(2000, "square miles")]),
        ("They found 3.5 trillion cubic feet of gas.", [(3.5e12, "cubic feet")]),
    ],
)
def test_specifications_and_dimensions(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "The officer carried a .40 caliber pistol.",
        "He bought a .44-calibre revolver.",
        "She kept a .25 handgun in a drawer.",
        "Detectives found a 20-gauge shotgun.",
        "The robber waved a 9mm pistol.",
    ],
)
def test_calibres_are_not_statistics(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantity noun set to a value by the verb ('puts the magnitude at')
        ("Seismologists put the magnitude at 5.4.", [(5.4, "magnitude")]),
        ("Organisers estimated the crowd at 3,000.", [(3000, "people")]),
        # 'a family of four' counts people
        ("Rent is $900 for a family of five.", [(900, "USD"), (5, "people")]),
        # a word for what befell people, parsed as a noun, ending the phrase
        ("Two died and about 40 hurt.", [(2, "people"), (40, "people")]),
        # number words are never the counted noun
        ("Six dead, dozens injured in bus crash", [(6, "people"), (24, "people")]),
        # the noun after 'per' with the name that modifies it
        ("That is $2,100 per U.S. household.", [(2100, "USD per U.S. household")]),
        # a plural opening a hyphenated modifier is not the counted noun
        ("Clerks ran 30 million records-matching checks.", [(3e7, "checks")]),
        # 'that number' refers to the count just before
        (
            "The chain has 900 outlets. It will cut that number to 650 next year.",
            [(900, "outlets"), (650, "outlets")],
        ),
    ],
)
def test_units_from_the_words_around(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    units = _units(nlp, text)
    assert [v for v, _ in units] == [pytest.approx(v) for v, _ in expected]
    for (_, unit), (_, wanted) in zip(units, expected, strict=True):
        assert unit is not None and unit.split()[-1] == wanted.split()[-1], units


@pytest.mark.parametrize(
    "text",
    [
        # street addresses
        "The shop at 418 N. Maple Ave. was closed.",
        "Officers went to 72 West Harbor Boulevard on Monday.",
        # digits glued by a hyphen to a year: a document number, a code, a season
        "Determination No. 2022-31 was signed.",
        "He starred in the 2011-12 season.",
        # a toll-free number
        "Call the helpline at 1-800-273-TALK today.",
    ],
)
def test_addresses_and_codes_are_not_statistics(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hyphenated dimensions are two numbers, not a range
        ("Rooms are 10-by-14 feet.", [(10, "feet"), (14, "feet")]),
        # a dimension is no year, and a screen's dimensions are in pixels
        ("It has a 1920 x 1080 display.", [(1920, "pixels"), (1080, "pixels")]),
        ("Video plays at 640-by-480 resolution.", [(640, "pixels"), (480, "pixels")]),
        # the unit after the first number serves the second
        ("The panel is 2048 pixels by 1536.", [(2048, "pixels"), (1536, "pixels")]),
    ],
)
def test_dimensions_in_words(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        # versions after a camel-case product name or a short acronym
        "Users of iPad 3 can update now.",
        "The eReader 2 went on sale in May.",
        "Both ports support USB 3 and charging.",
        # a singular fraction word after a number other than one is no share
        "It was the team's third four-quarter comeback.",
    ],
)
def test_versions_and_false_shares(nlp: Language, text: str) -> None:
    assert all(s.unit != "percent" for s in extract_statistics(nlp(text)))
    assert all(s.value not in (2, 3) for s in extract_statistics(nlp(text)))


def test_counts_after_an_acronym_stay(nlp: Language) -> None:
    assert _units(nlp, "The NFL has 32 teams.") == [(32, "teams")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not one meter of fence was built.", [(1, "meters")]),
        ("Unemployment fell one percent.", [(1, "percent")]),
        ("The shelter is one mile away.", [(1, "miles")]),
    ],
)
def test_one_before_a_unit_of_measure(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double quote glued to digits before a noun is an inch mark
        ('The firm showed a 10.1" tablet.', [(10.1, "inches")]),
        ('It ships with a 27" display.', [(27, "inches")]),
        # a closing quotation mark is not
        ('"We had 4" Jones said.', [(4, None)]),
    ],
)
def test_inch_marks(nlp: Language, text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words for persons stay as written, as the seed's gold writes them
        (
            "Four men robbed the Telvora bank and wounded two workers.",
            [(4, "men"), (2, "workers")],
        ),
        ("The Halvik clinic treats 3,000 children.", [(3000, "children")]),
        # jargon and short names of units get their plain name
        (
            "Dana Whitcombe hit .312 with 27 homers for Pellton.",
            [(0.312, "batting average"), (27, "home runs")],
        ),
        ("Marisol Quenby has 30 KOs in her career.", [(30, "knockouts")]),
        # lives lost are deaths; lives saved stay lives
        ("Nearly 12,000 Ostravan lives were lost to overdoses.", [(12000, "deaths")]),
        ("The Corvane epidemic claimed 900 lives.", [(900, "deaths")]),
        ("The Corvane vaccine saved 5,000 lives.", [(5000, "lives")]),
    ],
)
def test_units_by_their_plain_name(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'A of B things', parsed as one number: both count the things
        (
            "Pellton wants a 10% rise in two of three county clinics.",
            [(10, "percent"), (2, "county clinics"), (3, "county clinics")],
        ),
        # coordinated adjectives between the number and its noun
        ("Inspectors seized 40,000 counterfeit or unsafe toys.", [(40000, "toys")]),
        ("Customs stopped more than 5 million cheap or illicit parcels.", [(5e6, "parcels")]),
        # a singular noun compounded to the plural head is a modifier, not the unit
        (
            "- Funded 14 county Telvora pilots to widen treatment in Ostrava.",
            [(14, "pilots")],
        ),
    ],
)
def test_unit_noun_past_modifiers(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of years is no statistic
        ("Dana Whitcombe clerked for the Pellton court from 2001 to 2016.", []),
        # a year glued by a dash to a count is no range: the count stands alone
        (
            "Halvik recorded 4,210 cases in 2021 and 2022—9,876 in all.",
            [(4210, "cases"), (9876, "cases")],
        ),
        # digits glued by a hyphen to a citation's number continue the citation
        ("Under 31 U.S.C. 5318-2, Corvane filed the notice.", []),
    ],
)
def test_years_and_citations_are_no_counts(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a possessive a count is new, as after 'the' ('his three companions')
        ("Guides could not reach Halvik's climber or his three companions.", [(3, "companions")]),
        ("Marisol Quenby is survived by her four grandchildren.", [(4, "grandchildren")]),
        # ... unless it counts actors the text has named ('our two nations')
        (
            "Corvane and Telvora said their two governments would free his five aides.",
            [(5, "aides")],
        ),
        # digits, a capitalised word and a singular noun are a name, not a count
        (
            "Members of their 8 Pellton gang held the boat and its 14 Somali crew.",
            [(14, "crew")],
        ),
    ],
)
def test_possessive_counts_and_names(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _units(nlp, text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        # a span of time before 'high' or 'low' says how rare a level is
        "The Pellton index closed at a ten-month high on Friday.",
        "Corvane shares fell to a 20 year low.",
        "Telvora bonds slid to twelve-year lows.",
        # two digits after an apostrophe are a year
        "The Halvik index sank to depths not seen since '82.",
        "The ’66 squad won the Ostrava cup.",
        # a decimal right after a name is a version
        "The Corvane laptop runs OS X 10.8 and has USB 2.0 ports.",
    ],
)
def test_spans_of_extremes_clipped_years_and_versions(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []


def test_clipped_year_before_a_count_stays_a_count(nlp: Language) -> None:
    stat = _only(nlp, "Dana Whitcombe wrote: '82 people were hurt, the most since '79.")
    assert (stat.value, stat.unit) == (82, "people")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a '+' glued to the digits means 'or more': approximate, the noun after the sign
        ("Volunteers handed out 300+ doses of naloxone at events.", (300, "doses")),
        (
            "Each of Corvane's 28,000+ flight attendants took the course.",
            (28000, "flight attendants"),
        ),
        ("Batteries that deliver 10+ hours of power are rare.", (10, "hours")),
        ("The Pellton union will reach its 500,000+ members this year.", (500000, "members")),
    ],
)
def test_glued_plus_is_approximate(nlp: Language, text: str, expected: tuple[float, str]) -> None:
    stat = _only(nlp, text)
    assert (stat.value, stat.unit, stat.approximate) == (*expected, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger read the plural the count counts as a verb
        ("The ministry announced 27 reward offers through its Corvane program.", "reward offers"),
        (
            "The fund mailed kits to 14 building trades unions in Pellton.",
            "building trades unions",
        ),
        (
            "The grant buys 13 more specialized detection canines to help officers.",
            "detection canines",
        ),
        # the count hangs on a modifier whose compound chain ends in the plural
        (
            "Operation Halvik has deployed nine interagency Arms Trafficking Task Forces"
            " to Ostrava.",
            "Task Forces",
        ),
    ],
)
def test_plural_head_the_parse_missed(nlp: Language, text: str, expected: str) -> None:
    unit = _only(nlp, text).unit
    assert unit is not None and unit.endswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed after the counted noun are not part of its unit
        (
            "Dana Whitcombe raised three children, Tomas, Lucia and Greta Quenby, in Ostrava.",
            "children",
        ),
        # 'X, and Y' with a single conjunct: two phrases, only the first is counted
        (
            "The senator met two former IRS commissioners, and Treasury Secretaries.",
            "commissioners",
        ),
    ],
)
def test_conjoined_units_stop_at_names_and_comma_pairs(
    nlp: Language, text: str, expected: str
) -> None:
    assert _only(nlp, text).unit == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a number bound to a noun is no ellipsis: it takes no unit from a count before it
        (
            "The Pellton fund gave $25 million to young adults between 18-24 in Ostrava.",
            "18-24",
            None,
        ),
        ("The Corvane laptop has a 2.5 GHz processor and Halvik HD graphics 4000.", "4000", None),
        # nor across a relative clause that holds only one of the two numbers
        ("Telvora lost 31.5% of its value, which took the share price down to 4.17.", "4.17", None),
        # model plurals whose digits end in 0 are planes, not decades
        ("Corvane Air flies 16 A320s and five long-haul A330s.", "16", "A320s"),
        ("Corvane Air flies 16 A320s and five long-haul A330s.", "five", "long-haul A330s"),
        # a duration noun without its hyphen is what the number counts
        ("Dana Whitcombe lost her 14 week unborn child in Pellton.", "14", "weeks"),
        # a bare '$' in a text that marks its US dollars is in US dollars
        (
            "Pellton will draw on USD $7 billion and CAD $3.1 billion, and Canada will add"
            " CAD $900 million while Washington gives $45 million.",
            "45",
            "USD",
        ),
    ],
)
def test_carried_units_stay_in_their_construction(
    nlp: Language, text: str, mention: str, expected: str | None
) -> None:
    stats = extract_statistics(nlp(text))
    found = [s for s in stats if mention in s.mention]
    assert found, [(s.mention, s.unit) for s in stats]
    assert found[0].unit == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Halvik club marked its 12,410 th game in Ostrava.",
        "Marisol Quenby said Fiscal Year ‘22 seizures rose sharply.",
    ],
)
def test_split_ordinals_and_fiscal_years_are_no_counts(nlp: Language, text: str) -> None:
    assert extract_statistics(nlp(text)) == []
