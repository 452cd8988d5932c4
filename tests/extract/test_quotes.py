"""Direct quotations: text -> quotes, with speaker, cue and medium."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from flows.extract.quotes import extract_quotes
from flows.extract.records import Quote

SEED = Path(__file__).parents[1] / "gold" / "articles" / "us-china-fentanyl-talks.txt"
OPENING_MARKS = {'"', "“"}
CLOSING_MARKS = {'"', "”"}


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    return extract_quotes(nlp(text))


def summary(quote: Quote) -> tuple[str, str | None, str | None, str | None]:
    return (quote.text, quote.speaker_text, quote.cue, quote.medium)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Rain fell.\n\n"The harvest is lost," Maria Lopez said.',
            [("The harvest is lost", "Maria Lopez", "said", None)],
            id="straight-said-after",
        ),
        pytest.param(
            "Rain fell.\n\n"
            "Corin Halvik wrote to the council, which had cut his budget twice, "
            "“You will regret this vote before the spring.”",
            [("You will regret this vote before the spring.", "Corin Halvik", "wrote", None)],
            id="relative-clause-set-off-before-the-mark",
        ),
        pytest.param(
            "The mill closed.\n\n"
            "“We lost everything in one night,” said Tessa Marlow, "
            "aunt of the miner Halvik rescued.",
            [("We lost everything in one night", "Tessa Marlow", "said", None)],
            id="said-name-whose-description-holds-a-clause",
        ),
        pytest.param(
            "Corvane fired its coach.\n\n"
            "“This was never easy,” club president and general manager Dana Whitcombe said.",
            [("This was never easy", "Dana Whitcombe", "said", None)],
            id="title-words-the-parse-left-out-of-the-subject",
        ),
        pytest.param(
            "Corvane lost money.\n\n"
            "The bank's CEO, Dana Whitcombe, said: “Costs remain high this year.”",
            [("Costs remain high this year.", "Dana Whitcombe", "said", None)],
            id="description-subject-with-a-name-in-apposition",
        ),
        pytest.param(
            "Rain fell.\n\n“The harvest is lost,” Maria Lopez said.",
            [("The harvest is lost", "Maria Lopez", "said", None)],
            id="curly-said-after",
        ),
        pytest.param(
            "Rain fell.\n\n“The harvest is lost,” said Maria Lopez, a farmer in the valley.",
            [("The harvest is lost", "Maria Lopez", "said", None)],
            id="said-inverted-apposition-cut",
        ),
        pytest.param(
            "Rain fell.\n\nThe mayor of the town said: “We will rebuild every bridge.”",
            [("We will rebuild every bridge.", "The mayor of the town", "said", None)],
            id="said-before-colon",
        ),
        pytest.param(
            "Rain fell.\n\nTom Baker told reporters, “Nobody saw the flood coming.”",
            [("Nobody saw the flood coming.", "Tom Baker", "told", None)],
            id="told-before-comma",
        ),
        pytest.param(
            "Rain fell.\n\n"
            'Dana Whitcombe ended the meeting by saying, "We will not sell the mill."',
            [("We will not sell the mill.", "Dana Whitcombe", "saying", None)],
            id="gerund-after-by-takes-the-clause-subject",
        ),
        pytest.param(
            "Rain fell.\n\n"
            'The council took firm steps, like saying, "Nobody may build on the river bank."',
            [("Nobody may build on the river bank.", None, "saying", None)],
            id="gerund-after-like-is-an-example-not-the-clause-subject",
        ),
        pytest.param(
            "Rain fell.\n\n"
            '"The mill is old," said chief economist at Halvik Capital, Dana Whitcombe.',
            [("The mill is old", "Dana Whitcombe", "said", None)],
            id="title-with-affiliation-then-name-gives-the-name",
        ),
        pytest.param(
            "Growers back the plan:\n\n"
            "Retired mill worker Dana Whitcombe: “I am glad someone acts.”",
            [("I am glad someone acts.", "Dana Whitcombe", None, None)],
            id="participle-before-title-in-a-colon-lead",
        ),
        pytest.param(
            "The clinic opened in May.\n\n"
            "Dana Roe runs the clinic.\n\n"
            '"We are full every night and we turn people away."',
            [("We are full every night and we turn people away.", "Dana Roe", None, None)],
            id="first-person-quote-after-a-line-introducing-a-person",
        ),
        pytest.param(
            "The clinic opened in May.\n\n"
            "Dana Roe runs the clinic.\n\n"
            '"The clinic is full every night and turns people away."',
            [("The clinic is full every night and turns people away.", None, None, None)],
            id="impersonal-quote-after-a-line-introducing-a-person-stays-unattributed",
        ),
        pytest.param(
            "Rain fell.\n\n"
            'The Pellton Weavers Union issued a statement saying "The mill owes us wages."',
            [("The mill owes us wages.", "Pellton Weavers Union", "saying", "statement")],
            id="participle-on-issued-document-takes-the-issuer",
        ),
        pytest.param(
            "Corvane Steel issued a statement on Monday.\n\n"
            'The Pellton mayors released a joint statement saying "We will ask hard questions."',
            [("We will ask hard questions.", "The Pellton mayors", "saying", "statement")],
            id="participle-on-document-takes-its-own-issuer-not-an-earlier-one",
        ),
        pytest.param(
            "Rain fell.\n\n"
            'Dana Whitcombe resigned in a letter to the board stating, "I did my best."',
            [("I did my best.", "Dana Whitcombe", "stating", "letter")],
            id="participle-on-document-in-a-clause-takes-its-subject",
        ),
        pytest.param(
            "Rain fell.\n\n“Local farmers,” Anna Weiss warned, “will need help before winter.”",
            [("Local farmers will need help before winter.", "Anna Weiss", "warned", None)],
            id="broken-quote-joined",
        ),
        pytest.param(
            "Rain fell.\n\n“The river rose fast,” the fire chief said. “It took two houses.”",
            [("The river rose fast It took two houses.", "the fire chief", "said", None)],
            id="broken-quote-two-sentences",
        ),
        pytest.param(
            "Rain fell.\n\n“The river rose fast,” he said. “It took two houses,” he added.",
            [
                ("The river rose fast", "he", "said", None),
                ("It took two houses", "he", "added", None),
            ],
            id="two-attributions-two-quotes-pronoun-without-antecedent",
        ),
        pytest.param(
            "Rain fell.\n\n“It is over,” the company said in a statement.",
            [("It is over", "the company", "said", "statement")],
            id="medium-in-a-statement",
        ),
        pytest.param(
            "Rain fell.\n\n“We are ready,” the governor said during a news conference.",
            [("We are ready", "the governor", "said", "news conference")],
            id="medium-news-conference",
        ),
        pytest.param(
            "Rain fell.\n\n“We are ready,” Paul Grant told Reuters.",
            [("We are ready", "Paul Grant", "told", "Reuters")],
            id="medium-told-reuters",
        ),
        pytest.param(
            "Rain fell.\n\n“We are ready,” Paul Grant told the Associated Press on Monday.",
            [("We are ready", "Paul Grant", "told", "Associated Press")],
            id="medium-told-the-outlet",
        ),
        pytest.param(
            "Rain fell.\n\n“We are ready,” Paul Grant told his neighbours.",
            [("We are ready", "Paul Grant", "told", None)],
            id="told-people-is-no-medium",
        ),
        pytest.param(
            "Rain fell.\n\nPaul Grant said in an interview with CNN: “We are ready to help.”",
            [("We are ready to help.", "Paul Grant", "said", "CNN")],
            id="medium-interview-before",
        ),
        pytest.param(
            "Rain fell.\n\n“We are ready,” The Daily Planet quoted Paul Grant as saying.",
            [("We are ready", "Paul Grant", "quoted", "Daily Planet")],
            id="relay-quoted-as-saying",
        ),
        pytest.param(
            "Rain fell.\n\n“The dam will hold,” said Lisa Park, quoted by the BBC.",
            [("The dam will hold", "Lisa Park", "said", "BBC")],
            id="quoted-by-outlet",
        ),
        pytest.param(
            "Rain fell.\n\nLisa Park said that at the dam, “Nobody had checked the gates.”",
            [("Nobody had checked the gates.", "Lisa Park", "said", None)],
            id="said-that-before-a-quoted-sentence",
        ),
        pytest.param(
            "Rain fell.\n\n“The dam will hold,” according to engineer Lisa Park.",
            [("The dam will hold", "engineer Lisa Park", "according to", None)],
            id="according-to",
        ),
    ],
)
def test_attribution(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [summary(q) for q in quotes_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Mark Davies runs the shelter.\n\n“We turn nobody away,” he said.",
            "Mark Davies",
            id="he-nearest-person",
        ),
        pytest.param(
            "Sarah Kim has led the clinic since 2010.\n\n“We need more nurses,” she said.",
            "Sarah Kim",
            id="she-nearest-person",
        ),
        pytest.param(
            "Greenpeace sent a letter to the ministry.\n\n“The plan is far too weak,” they said.",
            "Greenpeace",
            id="they-organization",
        ),
        pytest.param(
            "Local teachers marched on Friday.\n\n“Our classrooms are far too crowded,” they said.",
            "Local teachers",
            id="they-plural-subject",
        ),
        pytest.param(
            "Mark Davies runs the shelter.\n\nHe said: “We turn nobody away.”",
            "Mark Davies",
            id="he-before-colon",
        ),
        pytest.param(
            "Mark Dunne opened the gates at noon.\n\n"
            "The first to reach the bridge was Corin Halvik, who had driven from the coast.\n\n"
            "“The water came up in minutes,” he said.",
            "Corin Halvik",
            id="he-name-predicated-by-a-copula",
        ),
        pytest.param(
            "Mark Dunne chairs the board.\n\n"
            "Tessa Marlow described her as a careful pilot.\n\n"
            "“She never takes risks,” he said.",
            "Tessa Marlow",  # an object 'her' marks someone else, not Marlow
            id="object-her-marks-no-gender",
        ),
    ],
)
def test_pronoun_speakers_resolve_to_antecedent(nlp: Language, text: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker
    assert quote.speaker_span is not None
    start, end = quote.speaker_span
    assert text[start:end] == speaker
    assert end <= quote.char_start


def test_pronoun_goes_on_standing_for_whom_the_same_pronoun_stood_for(nlp: Language) -> None:
    text = (
        "Tessa Marlow retired from the stage in March.\n"
        "She first sang at a harbour fair in Pellton.\n"
        "A promoter named Corin Halvik heard her and hired her for a tour.\n"
        "In a 2004 interview she told Corvane Weekly:\n"
        "“I was terrified every night, but the crowds kept me going on.”\n"
        "The money never changed her, she said, adding:\n"
        "“I still buy my bread at the same bakery in Pellton every morning.”"
    )
    # The earlier 'she' stood for Marlow; Halvik is only the nearest name, in no subject role.
    assert [q.speaker_text for q in quotes_of(nlp, text)] == ["Tessa Marlow", "Tessa Marlow"]


def test_speaker_span_points_at_the_speaker(nlp: Language) -> None:
    text = "Rain fell.\n\n“The harvest is lost,” Maria Lopez said."
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span[0] : quote.speaker_span[1]] == "Maria Lopez"


def test_pronoun_speaker_skips_names_inside_quotes(nlp: Language) -> None:
    text = "Ruth Owen chairs the board.\n\n“I told Peter Hall we would stay,” she said."
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Ruth Owen"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Rain fell.\n“A couple of us tried to leave,”\nNora Diaz said on Friday.",
            id="comma-then-line-break",
        ),
        pytest.param(
            "Rain fell.\n“A couple of us tried to leave.”\nsaid Nora Diaz on Friday.",
            id="lower-case-next-line",
        ),
    ],
)
def test_attribution_on_the_next_line(nlp: Language, text: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Nora Diaz"
    assert quote.cue == "said"


def test_verb_with_its_own_object_after_a_partial_quote_is_no_attribution(
    nlp: Language,
) -> None:
    text = "Rain fell.\n\nCalling the crisis “decades in the making” Obama explained his plan."
    assert quotes_of(nlp, text) == []


def test_colon_after_a_common_noun_is_no_speaker(nlp: Language) -> None:
    text = "Rain fell.\n\nHis exact words: “We will not sign him this winter or ever.”"
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text is None


def test_colon_introduction_has_no_cue(nlp: Language) -> None:
    text = (
        "The hearing ended.\n\n"
        "Jane Porter, whose son died in 2021: “Nobody listened to us for years.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert summary(quote) == ("Nobody listened to us for years.", "Jane Porter", None, None)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        pytest.param(
            "Sen. Rosa Delgado (R-NM): “Our ranchers deserve a fair deal on every border.”",
            "Rosa Delgado",
            id="party-note-in-brackets",
        ),
        pytest.param(
            "Harlan (2019): “Counties that lost plants saw more families leave.”",
            "Harlan",
            id="cited-author-and-year",
        ),
        pytest.param(
            "Westmark Steel President Dana Whitcombe: “Our mills are hiring again this spring.”",
            "Dana Whitcombe",
            id="organization-title-and-name",
        ),
        pytest.param(
            "Secretary of the Treasury Daniel Moreau: “Every worker will keep a job.”",
            "Daniel Moreau",
            id="office-and-name",
        ),
        pytest.param(
            "Olan Brandt, a fourth-generation dairy farmer: “The milk price finally covers costs.”",
            "Olan Brandt",
            id="name-and-description",
        ),
    ],
)
def test_colon_introduction_names_the_person(nlp: Language, line: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, "Praise came in quickly.\n\n" + line)
    assert (quote.speaker_text, quote.cue) == (speaker, None)


def test_colon_introduction_skips_a_name_inside_a_longer_phrase(nlp: Language) -> None:
    text = (
        "Praise came in quickly.\n\n"
        "Okafor lawyers Martin Ridley and Ines Kaur: “The release is long overdue.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Martin Ridley"


def test_colon_after_a_topic_is_no_speaker_named_in_it(nlp: Language) -> None:
    text = (
        "Praise came in quickly.\n\n"
        "On talks with Victor Almeida: “We will meet again in May and settle every open question.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text != "Victor Almeida"


def test_colon_ending_the_previous_paragraph_introduces_the_quote(nlp: Language) -> None:
    text = (
        "The hearing ended.\n\n"
        "The judge told the court that the case had taken far too long:\n\n"
        "“Justice delayed is justice denied, and this court will not wait again.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "The judge"
    assert quote.cue == "told"


def test_quotation_running_over_paragraphs_is_one_quote(nlp: Language) -> None:
    text = (
        "Rain fell.\n\n"
        "“The water came at night,” said Ali Demir. “We had no time to save anything.\n\n"
        "“By morning the whole street was gone.”\n\n"
        "Officials counted the damage."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.text == (
        "The water came at night We had no time to save anything. "
        "By morning the whole street was gone."
    )
    assert quote.speaker_text == "Ali Demir"
    assert quote.char_start == text.index("“The water")
    assert quote.char_end == text.index("gone.”") + len("gone.”")


def test_open_paragraph_without_continuation_is_dropped(nlp: Language) -> None:
    text = "Rain fell.\n\n“The water came at night, said Ali Demir.\n\nOfficials counted it."
    assert quotes_of(nlp, text) == []


def test_next_paragraph_quote_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "Rain fell.\n\n"
        "“The water came at night,” said Ali Demir.\n\n"
        "“Nobody warned us.”\n\n"
        "“We will rebuild.”"
    )
    first, second, third = quotes_of(nlp, text)
    assert first.cue == "said"
    for quote in (second, third):
        assert quote.speaker_text == "Ali Demir"
        assert quote.speaker_span == first.speaker_span
        assert quote.cue is None


def test_speaker_is_not_inherited_across_a_narrative_paragraph(nlp: Language) -> None:
    text = (
        "Rain fell.\n\n"
        "“The water came at night,” said Ali Demir.\n\n"
        "The river crested on Tuesday.\n\n"
        "“Nobody in this town has ever seen anything like it before,” one post read."
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes][0] == "Ali Demir"
    assert all(q.speaker_text != "Ali Demir" for q in quotes[1:])


def test_adjacent_quotations_sharing_one_attribution_are_one_quote(nlp: Language) -> None:
    text = "Rain fell.\n\n“The roads are closed.” “Stay at home,” the police said."
    (quote,) = quotes_of(nlp, text)
    assert summary(quote) == ("The roads are closed. Stay at home", "the police", "said", None)


def test_quote_going_on_after_a_soft_line_break_is_one_quote(nlp: Language) -> None:
    text = (
        "Rain fell.\n\n"
        "Crews worked all night.\n"
        '"The levee held," Omar Haddad said.\n'
        '"We were lucky this time."\n'
        "The river fell on Monday."
    )
    (quote,) = quotes_of(nlp, text)
    assert summary(quote) == (
        "The levee held We were lucky this time.",
        "Omar Haddad",
        "said",
        None,
    )


def test_scare_quote_ending_a_line_does_not_join_the_next_quote(nlp: Language) -> None:
    text = (
        "Rain fell.\n\n"
        'Police are treating the fire as "potentially suspicious".\n'
        '"The roof went up in minutes," Mr Guest said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert summary(quote) == ("The roof went up in minutes", "Guest", "said", None)


def test_quotation_open_over_a_soft_line_break_closes_on_the_next_line(nlp: Language) -> None:
    text = "Rain fell.\n\n“The levee held.\nWe were lucky this time,” Omar Haddad said."
    (quote,) = quotes_of(nlp, text)
    assert quote.text == "The levee held. We were lucky this time"
    assert quote.speaker_text == "Omar Haddad"


@pytest.mark.parametrize(
    ("text", "speaker", "medium"),
    [
        pytest.param(
            "Rain fell.\n\n“The dam is safe,” said the head of the water board, Omar Haddad.",
            "Omar Haddad",
            None,
            id="name-after-comma",
        ),
        pytest.param(
            "Rain fell.\n\n“The dam is safe,” said regional water minister Omar Haddad.",
            "Omar Haddad",
            None,
            id="name-inside-title-phrase",
        ),
        pytest.param(
            "Rain fell.\n\n“The dam is safe,” the governor of Lower Saxony said.",
            "the governor of Lower Saxony",
            None,
            id="hyphen-inside-a-name",
        ),
        pytest.param(
            "Rain fell.\n\n“The dam is safe,” Omar Haddad told the AFP news agency.",
            "Omar Haddad",
            "AFP",
            id="outlet-inside-phrase",
        ),
        pytest.param(
            "The Water Board published its report.\n\n“The dam is safe,” it said.",
            "The Water Board",
            None,
            id="it-organization",
        ),
        pytest.param(
            "Rain fell.\n\n"
            "The Green nominee for mayor in Ohio, Dana Whitcombe, who Governor Corin Halvik "
            "endorsed in June now says, “The city budget is empty, so we will cut the bus routes.”",
            "Dana Whitcombe",
            None,
            id="name-in-apposition-hung-on-the-place-of-the-description",
        ),
        pytest.param(
            "Corin Halvik was charged on Monday.\n\n"
            "“The defendant struck the officer twice,” the records state.",
            "the records",
            None,
            id="plural-noun-and-verb-read-as-one-noun",
        ),
        pytest.param(
            "Halvik League Secretary-General Dana Whitcombe visited Pellton.\n\n"
            "“The border must stay open,” the Secretary-General said.",
            "Dana Whitcombe",
            None,
            id="hyphenated-title-before-the-holder",
        ),
        pytest.param(
            "Dana Whitcombe, the Secretary-General of the Halvik League, visited Pellton.\n\n"
            "The talks lasted an hour.\n\n"
            "“The border must stay open,” the Secretary-General told reporters.",
            "Dana Whitcombe",
            None,
            id="hyphenated-title-in-apposition",
        ),
    ],
)
def test_speaker_phrases(nlp: Language, text: str, speaker: str, medium: str | None) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.medium) == (speaker, medium)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The city ended the so-called “safe supply” policy in May.", id="scare-quotes"
        ),
        pytest.param(
            'Congress passed the "Stop Fentanyl Act" last year after a long debate.',
            id="title-of-a-bill",
        ),
        pytest.param("Critics called the plan “reckless” on Monday.", id="single-word"),
        pytest.param(
            "He directed the sequel to “Northern Lights,” industry sources say.",
            id="title-with-attribution-after",
        ),
        pytest.param(
            "The band played “Hey Jude” and “Let It Be” at the end.", id="two-song-titles"
        ),
        pytest.param(
            "She described what is called “active shooter” training for officers.",
            id="called-term",
        ),
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, "Headline\n\n" + text) == []


def test_unattributed_sentence_is_kept_without_speaker(nlp: Language) -> None:
    text = "Rain fell.\n\nThe sign was blunt. “No one may enter the site after dark today.”"
    (quote,) = quotes_of(nlp, text)
    assert quote.text == "No one may enter the site after dark today."
    assert quote.speaker_text is None and quote.cue is None


def test_attributed_single_word_is_a_quote(nlp: Language) -> None:
    (quote,) = quotes_of(nlp, "Rain fell.\n\n“No,” the minister said.")
    assert summary(quote) == ("No", "the minister", "said", None)


def test_quote_text_is_as_written(nlp: Language) -> None:
    (quote,) = quotes_of(nlp, "Rain fell.\n\n“We don’t know,”  Jo Reyes said.")
    assert quote.text == "We don’t know"
    assert quote.is_direct is True


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rain fell.\n\n“We will rebuild,” Ana Ruiz said. “All of it.”", id="curly"),
        pytest.param('Rain fell.\n\n"We will rebuild," Ana Ruiz said. "All of it."', id="straight"),
        pytest.param("Rain fell.\n\nAna Ruiz said: “We will rebuild all of it.”", id="before"),
    ],
)
def test_span_runs_from_opening_to_closing_mark(nlp: Language, text: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert text[quote.char_start] in OPENING_MARKS
    assert text[quote.char_end - 1] in CLOSING_MARKS
    assert quote.char_start < quote.char_end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\n  ", id="blank"),
        pytest.param('"', id="lone-mark"),
        pytest.param("Rain fell.\n\nThe end”", id="closing-mark-at-end"),
        pytest.param("Rain fell.\n\nShe said: “", id="opening-mark-at-end"),
        pytest.param('Rain "fell.\n\n"And "fell', id="unbalanced-straight"),
        pytest.param("“”", id="empty-quotation"),
        pytest.param("““”””\n\n”“", id="only-marks"),
        pytest.param("“A,” he said.", id="pronoun-without-antecedent"),
    ],
)
def test_odd_text_does_not_raise(nlp: Language, text: str) -> None:
    for quote in quotes_of(nlp, text):
        assert text[quote.char_start] in OPENING_MARKS
        assert text[quote.char_end - 1] in CLOSING_MARKS


def test_quotes_are_in_text_order(nlp: Language) -> None:
    text = (
        "Rain fell.\n\n"
        "“The first thing is water,” said Ali Demir.\n\n"
        "Officials met on Tuesday.\n\n"
        "Nina Berg said: “The second thing is food.”"
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Ali Demir", "Nina Berg"]
    assert [q.char_start for q in quotes] == sorted(q.char_start for q in quotes)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                " ",
                "\n",
                "\n\n",
                ",",
                ".",
                ":",
                "he said",
                "Ann Lee",
                "told AFP",
                "We",
                "will",
                "win",
            ]
        ),
        max_size=30,
    )
)
def test_any_mix_of_marks_does_not_raise(nlp: Language, pieces: list[str]) -> None:
    text = " ".join(pieces)
    for quote in quotes_of(nlp, text):
        assert text[quote.char_start] in OPENING_MARKS
        assert text[quote.char_end - 1] in CLOSING_MARKS
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span[0] < quote.speaker_span[1] <= len(text)


def test_seed_article_gives_its_four_quotes(nlp: Language) -> None:
    if not SEED.is_file():
        pytest.skip("the seed article is not in tests/gold/articles")
    text = SEED.read_text(encoding="utf-8")
    quotes = quotes_of(nlp, text)
    officials = "Senior administration officials"
    assert [(q.speaker_text, q.cue, q.medium) for q in quotes] == [
        (officials, "said", "press conference"),
        (officials, "said", None),
        ("Beijing’s foreign ministry", "told", "AFP"),
        (officials, "said", None),
    ]
    for quote in quotes:
        assert quote.speaker_span is not None
        assert text[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker_text
    assert "itself Imposing pressure" in quotes[2].text


LEAD_AND_LIST = (
    "Rubble Cleared\n\n"
    "This morning, Interior Minister Anna Weiss visited two flooded towns. "
    "Minister Weiss stressed the government's resolve to rebuild the valley.\n\n"
    "-   “Every bridge will stand again before winter. We owe that to the valley.” (Watch)\n"
    "-   “Nobody will be left without a roof. The army is already on its way.” (Watch)"
)


def test_list_of_quotations_takes_the_speaker_of_its_lead_paragraph(nlp: Language) -> None:
    quotes = quotes_of(nlp, LEAD_AND_LIST)
    assert [q.speaker_text for q in quotes] == ["Weiss", "Weiss"]


def test_lead_without_reporting_verb_gives_its_subject(nlp: Language) -> None:
    text = (
        "Rubble Cleared\n\nOn Monday, Governor Tom Baker visited the flooded town of Lisle.\n\n"
        "-   “Every bridge will stand again before the first snow falls.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Tom Baker"


def test_paragraph_after_a_colon_lead_takes_its_speaker(nlp: Language) -> None:
    text = (
        "Rubble Cleared\n\nGovernor Tom Baker had one message for the river towns:\n\n"
        "“Every bridge will stand again before the first snow falls.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Tom Baker"


def test_list_item_quote_is_not_given_to_the_lead_when_it_is_not_alone(nlp: Language) -> None:
    text = (
        "Rubble Cleared\n\nGovernor Tom Baker visited the flooded town of Lisle.\n\n"
        "-   “Every bridge will stand again before the first snow falls,” said Mayor Ida Moss."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Ida Moss"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ruling\n\nJudge Ida Moss agreed with the defence that, while the logo is known, "
            'the product is not - "I find that the use of the name does not mislead buyers."',
            id="verb-heads-the-sentence",
        ),
        pytest.param(
            "Ruling\n\nMr Justice Ida Moss agreed with Acme Computer's defence that, while the "
            "Acme Food Store is branded, the food it sells is not - "
            '"I conclude that the use of the Acme logo... does not suggest a relevant '
            'connection with the cooking."',
            id="verb-attached-to-the-quotation",
        ),
    ],
)
def test_quotation_after_a_dash_ending_a_reporting_sentence(nlp: Language, text: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.cue) == ("Ida Moss", "agreed")


def test_straight_mark_glued_to_the_introducing_comma_opens(nlp: Language) -> None:
    text = 'Rain fell.\n\nAnna Weiss said," we will rebuild the bridge before the winter comes".'
    (quote,) = quotes_of(nlp, text)
    assert quote.text == "we will rebuild the bridge before the winter comes"
    assert quote.speaker_text == "Anna Weiss"


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        pytest.param(
            "Rain fell.\n\nUnion leaders have called the plan “a reckless raid on our pensions”.",
            "a reckless raid on our pensions",
            "Union leaders",
            id="called-object",
        ),
        pytest.param(
            "Rain fell.\n\nLast May, Governor Tom Baker promised to “rebuild every bridge "
            "in the valley” with state money “before the first snow falls.”",
            "rebuild every bridge in the valley before the first snow falls.",
            "Tom Baker",
            id="two-parts-one-promise",
        ),
        pytest.param(
            "Rain fell.\n\nThe Red Cross said on Monday that the town had made “some progress” "
            "but “still lacks clean water for most families.”",
            "some progress still lacks clean water for most families.",
            "Red Cross",
            id="ccomp-two-parts",
        ),
    ],
)
def test_partial_quotation_under_a_reporting_verb(
    nlp: Language, text: str, expected: str, speaker: str
) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote.text, quote.speaker_text) == (expected, speaker)


def test_short_partial_quotation_stays_a_scare_quote(nlp: Language) -> None:
    text = "Rain fell.\n\nThe smugglers run so-called “super labs” in the hills, officials said."
    assert quotes_of(nlp, text) == []


def test_title_alone_stands_for_the_person_holding_it(nlp: Language) -> None:
    text = (
        "Border Talks\n\nSecretary of State Anna Weiss met Mexican officials on Monday. "
        "Tom Baker, an aide, joined them.\n\n"
        "“We will rebuild every bridge on the border,” the secretary said."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Anna Weiss"


def test_title_held_in_apposition(nlp: Language) -> None:
    text = (
        "Border Talks\n\nThe office is led by Anna Weiss, the director of border affairs. "
        "Tom Baker arrived later.\n\n"
        "“We will rebuild every bridge on the border,” the Director told reporters."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Anna Weiss"


def test_first_person_in_an_authored_statement_is_its_author(nlp: Language) -> None:
    text = (
        "Statement from President Anna Weiss on the Border Talks\n\n"
        "Tom Baker met the delegation on Monday. As I told the governors last week, "
        "“nothing will stop us from rebuilding every bridge on the border.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Anna Weiss"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Talks resume\n\nThe Interior Ministry issued a statement on Monday. Tom Baker, "
            "an aide, joined the talks.\n\n"
            "“We will rebuild every bridge on the border,” the statement said.",
            id="issued-before",
        ),
        pytest.param(
            "Talks resume\n\n“We will rebuild every bridge on the border,” a statement from "
            "the Interior Ministry said.",
            id="statement-from",
        ),
    ],
)
def test_statement_that_says_is_its_issuers(nlp: Language, text: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text is not None
    assert quote.speaker_text.removeprefix("the ").removeprefix("The ") == "Interior Ministry"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        pytest.param(
            "“This order will save lives in every county.” — Sen. Jane Doe (R-Texas)",
            "Jane Doe",
            id="em-dash-title-and-name",
        ),
        pytest.param(
            "“We welcome the new rules on imports.” – Tom Baker, Mayor of Springfield",
            "Tom Baker",
            id="en-dash-name-and-title",
        ),
        pytest.param(
            "“Our members have waited years for this.” - National Sheriffs Association",
            "National Sheriffs Association",
            id="hyphen-organization",
        ),
    ],
)
def test_name_signed_after_a_dash_is_the_speaker(nlp: Language, line: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, "What They Are Saying\n\n" + line)
    assert (quote.speaker_text, quote.cue) == (speaker, None)


def test_dash_before_narration_is_no_signature(nlp: Language) -> None:
    text = "Rain fell.\n\nShe called it “a crisis of our own making” — and then she left the room."
    assert [q.speaker_text for q in quotes_of(nlp, text)] in ([], ["She"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Anna Berg presented herself as a critic.\nMr. Hale disagreed with the plan.\n\n"
            "“It was a mistake,” she said.",
            "Anna Berg",
            id="she-skips-a-man",
        ),
        pytest.param(
            "Acme Corp reported a loss on Monday.\n\n“Sales fell sharply,” the company said.",
            "Acme Corp",
            id="the-company",
        ),
        pytest.param(
            "Stocks rose after central bank chief Ben Rowe spoke in Geneva.\n\n"
            "“Growth will return soon,” the bank chief said.",
            "Ben Rowe",
            id="the-bank-chief",
        ),
        pytest.param(
            "Cables were cut on Friday, France Telecom said.\n\n"
            "“The causes of the cut remain unclear,” a statement said.",
            "France Telecom",
            id="statement-of-the-last-reporter",
        ),
        pytest.param(
            "Stocks fell.\n\n“Prices will fall further,” said Keith Barr of Summit Capital.",
            "Keith Barr",
            id="name-without-affiliation",
        ),
        pytest.param(
            "Jane Moss spoke to reporters.\n\n“We are ready for it,” she was quoted as saying.",
            "Jane Moss",
            id="passive-quoted-as-saying",
        ),
    ],
)
def test_speaker_of_a_description_or_relay(nlp: Language, text: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Rescue on the glacier\n\nThe pilot flew in at dawn.\n"
            "Jim Hall told the local paper that the climber was still alive.\n"
            "“He was very badly hurt and he was very cold.”",
            "Jim Hall",
            id="attribution-in-the-sentence-before",
        ),
        pytest.param(
            "Shooting in Vancouver\n\nPolice came.\n"
            "“A man came in and shot another man,” Vancouver police Const.\n"
            "Tim Fanning told reporters.",
            "Tim Fanning",
            id="title-cut-off-by-a-line-break",
        ),
        pytest.param(
            "Player arrested\n\nA suspension is possible, several sources said.\n"
            "General Manager Al Whitcombe issued the following statement:\n\n"
            "“We are aware of the issue. We take these issues very seriously.”",
            "Al Whitcombe",
            id="colon-lead-of-its-own-sentence",
        ),
    ],
)
def test_speaker_from_the_lines_around(nlp: Language, text: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


def test_passive_verb_gives_no_speaker(nlp: Language) -> None:
    text = "Trade rules\n\nSuch goods must be admitted as “privileged foreign status” here."
    assert quotes_of(nlp, text) == []


def test_topic_bullets_take_the_speaker_of_their_heading(nlp: Language) -> None:
    text = (
        "Officials spoke on the morning shows.\n\n"
        "Secretary Dana Whitcombe on Morning Report\n\n"
        "-   On farm exports: “We will sell more grain abroad this year than ever before.”\n"
        "-   On tariffs: “Our partners know we mean business and they are coming to the table.”\n"
    )
    quotes = quotes_of(nlp, text)
    assert [(q.speaker_text, q.cue) for q in quotes] == [("Dana Whitcombe", None)] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Reactions\n\n-   Senator Ada Lindqvist praised the new harbor plan: “This is the best "
            "news our fishing towns have had in a decade.”\n",
            "Ada Lindqvist",
            id="praised-the-plan-colon",
        ),
        pytest.param(
            "Reactions\n\nThe Marlow Growers Union welcomed the decision: “Our members can finally "
            "plan the next season with some certainty.”",
            "Marlow Growers Union",
            id="organization-welcomed-colon",
        ),
        pytest.param(
            "Reactions\n\nMayor Tobias Renn visited the site on Monday.\n\n"
            "He weighed in on the delays: “We will finish this bridge before the winter comes.”",
            "Tobias Renn",
            id="pronoun-weighed-in-colon",
        ),
    ],
)
def test_colon_lead_with_a_verb_that_does_not_report(
    nlp: Language, text: str, speaker: str
) -> None:
    """A quotation the speaker introduces with a colon is the speaker's, whatever the verb."""
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.cue) == (speaker, None)


def test_colon_lead_naming_an_event_gives_no_speaker(nlp: Language) -> None:
    text = (
        "Promises\n\n8.  Prevent World War III and build a shield over the whole country: "
        "“We will build a great shield over our country and keep it safe.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text is None


def test_announcing_lead_takes_the_speaker_of_the_paragraph_before(nlp: Language) -> None:
    text = (
        "Governor Speaks at Harbor Summit\n\n"
        "Yesterday, Governor Ilse Marwick delivered remarks at the Harbor Summit in Port Ellis.\n\n"
        '<figure> <img src="harbor.jpg" /> </figure>\n\n'
        "Here’s what you missed:\n\n"
        "-   “We will dredge the channel and open the port to larger ships next spring.” (Watch)\n"
        "-   “Every fisherman in this state deserves a harbor that works all year.” (Watch)\n"
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Ilse Marwick"] * 2


def test_name_tagged_as_a_verb_before_a_colon(nlp: Language) -> None:
    text = (
        "Reactions\n\nRep. Ann Dolby: “The plan is good for our farmers and for our towns.”\n\n"
        "Rep. Dale Wied: “100 days of a secure border and 100 days of lower prices.”"
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Ann Dolby", "Dale Wied"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Harbor fees\n\nA 2016 study in the *Journal of Port Economics* found that “higher "
            "fees drove most of the small carriers out of the market.”",
            (
                "A 2016 study in the *Journal of Port Economics*",
                "found",
                "Journal of Port Economics",
            ),
            id="study-in-a-journal-found-that",
        ),
        pytest.param(
            "Harbor fees\n\nAn analysis from the Pellham Institute found that “fees would push "
            "the small carriers to other ports.”",
            ("Pellham Institute", "found", None),
            id="analysis-from-an-institute",
        ),
        pytest.param(
            "Harbor fees\n\nA 2018 survey by Ilona Varga showed that “most dock workers expect "
            "to lose hours next year.”",
            ("Ilona Varga", "showed", None),
            id="survey-by-a-named-author",
        ),
    ],
)
def test_study_is_the_source_of_its_quoted_words(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.cue, quote.medium) == expected


def test_finding_verb_of_a_person_is_not_a_reporting_verb(nlp: Language) -> None:
    text = "Lost dog\n\nOfficer Ben Aldo found the dog near a sign reading “Keep out of the yard.”"
    assert all(q.cue != "found" for q in quotes_of(nlp, text))


def test_heading_names_the_speaker_and_the_show(nlp: Language) -> None:
    text = (
        "Officials spoke on the morning shows.\n\n"
        "#### Secretary Dana Whitcombe on Morning Report\n\n"
        "-   On farm exports: “We will sell more grain abroad this year than ever before.”\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.medium) == ("Dana Whitcombe", "Morning Report")


def test_name_on_a_topic_before_a_colon(nlp: Language) -> None:
    text = (
        "Here is what you missed:\n\n"
        "-   Tom Krall on restoring fiscal order: “We are changing the culture and we will pass "
        "an audit this year.”\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Tom Krall"


def test_pronoun_after_an_unnamed_person_is_not_the_name_before(nlp: Language) -> None:
    text = (
        "Care\n\nMayor Tobias Renn spoke about the clinic.\n\n"
        "A young woman from Ashford was turned away twice. She came back: “Please help me now.”"
    )
    assert all(q.speaker_text != "Tobias Renn" for q in quotes_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        pytest.param(
            "Talks\n\n“We will not back down,” Mayor Dana Whitcombe said in an interview with "
            "the Harbor Gazette on Monday.",
            "Harbor Gazette",
            id="interview-with-a-newspaper",
        ),
        pytest.param(
            "Talks\n\n“We will not back down,” Mayor Dana Whitcombe said in an interview with "
            "Lena Park.",
            "interview",
            id="interview-with-a-person",
        ),
    ],
)
def test_outlet_of_an_interview_is_the_medium(nlp: Language, text: str, medium: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote.medium == medium


def test_capitalised_common_word_is_no_antecedent(nlp: Language) -> None:
    text = (
        "Obituary\n\nMarla Quinn posed for painters for twenty years.\n"
        "Modelling didn't bother her, she said, explaining:\n"
        '"There is nothing wrong with modelling. I liked the quiet of the studios."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Marla Quinn"


def test_pronoun_after_an_unnamed_reporter_is_theirs(nlp: Language) -> None:
    text = (
        "Storm\n\nGovernor Dana Whitcombe said the roads were closed.\n"
        "About 300 people slept outdoors, a local official told reporters.\n"
        '"We have no power now and the phones do not work," he added.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "a local official"


def test_statement_released_before_a_colon_is_the_medium(nlp: Language) -> None:
    text = (
        "Reactions\n\nThe Harbor Pilots Association released a statement praising the ruling: "
        "“This is a good day for every pilot in the state.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.medium) == ("Harbor Pilots Association", "statement")


def test_study_of_a_possessive_is_its_owners(nlp: Language) -> None:
    text = (
        "Straws\n\nResearchers at Ashford College tested forty kinds of straws.\n"
        "Their paper concludes: “The presence of these chemicals shows the straws are not safe.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Researchers at Ashford College"


def test_the_paper_that_says_is_the_newspaper_not_a_study(nlp: Language) -> None:
    text = (
        "Mill\n\nThe Harbor Times has covered the mill for years.\n\n"
        '"The mill will close in March," the paper said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "The Harbor Times"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Remarks by Governor Dana Whitcombe in a Press Conference", "Dana Whitcombe"),
        ("Press Conference in Pellton", "GOVERNOR WHITCOMBE"),
    ],
)
def test_you_in_a_question_is_the_person_addressed(
    nlp: Language, title: str, expected: str | None
) -> None:
    text = (
        f"{title}\n\nGOVERNOR WHITCOMBE: Thank you all for coming.\n\n"
        "Q Governor, last week you said, “We will rebuild the bridge by May.” Is it still true?\n\n"
        "GOVERNOR WHITCOMBE: Yes, it is."
    )
    quote = next(q for q in quotes_of(nlp, text) if q.text.startswith("We will"))
    assert quote.speaker_text == expected


@pytest.mark.parametrize(
    "cue",
    [
        "Festival directors Dana Whitcombe and Lars Brennick said",
        "Whitcombe and Brennick added",
    ],
)
def test_two_people_saying_one_quote_gives_the_first(nlp: Language, cue: str) -> None:
    text = (
        "Festival\n\nDana Whitcombe and Lars Brennick run the Pellton festival.\n\n"
        f"{cue}: “We are delighted to open the doors again this summer.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text in {"Dana Whitcombe", "Whitcombe"}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Researchers at Ashford College", True),
        ("The Pellton Analyses Group", True),  # 'analyses' is the plural of 'analysis'
        ("The Pellton Glass Works", False),
    ],
)
def test_researchers_named_by_a_study_noun_in_either_number(phrase: str, expected: bool) -> None:
    from flows.extract.quotes import _names_researchers

    assert _names_researchers(phrase) is expected


def test_round_up_lead_gives_the_name_after_titles_offices_and_possessives(nlp: Language) -> None:
    """'Title ... Name: "..."' round-up lines: the speaker is the run of capitalised words after
    the last title word, person noun or possessive (the recogniser often joins the title's
    object to the name); after 'to' or 'for' the office's own words are left out."""
    text = (
        "Here is what they are saying:\n\n"
        "Former Ambassador to Telvora Bo Lindqvist: “A deal could come soon.”\n\n"
        "The Pellton Ledger’s Ada Corvane: “Growth beat every forecast.”\n\n"
        "Corvane Institute VP for Trade Mira Ostrander: “Farmers will gain the most.”\n\n"
        "Institute for Pellton Policy Research: “Child care helps workers stay on the job.”\n\n"
        "Telvora Council Chair Rosa Imbert and CEO Dana Pell: “We welcome the plan for the harbor.”"
    )
    speakers = [q.speaker_text for q in quotes_of(nlp, text)]
    assert speakers[:3] == ["Bo Lindqvist", "Ada Corvane", "Mira Ostrander"]
    assert speakers[3] not in {"Policy Research", "Pellton Policy Research"}  # an organization
    assert speakers[4] != "Dana Pell"  # two speakers: not the last name alone


def test_name_right_after_an_inverted_reporting_verb_is_the_speaker(nlp: Language) -> None:
    """'"...!" yelled Captain Bo Ek': the parser takes the name for the verb's object; what
    was yelled is the quotation, so the name is the speaker."""
    text = (
        "The ferry tilted in the storm.\n\n"
        "“Everyone to the lifeboats now!” yelled Captain Tobias Wren from the bridge."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text is not None and "Tobias Wren" in quote.speaker_text


def test_marks_inside_html_tags_are_no_quotation_marks(nlp: Language) -> None:
    """Attribute values in straight marks ('<a href="...">', '<img alt="...">') are markup:
    a quotation that carries a link stays one quotation, and an image caption is no quote."""
    text = (
        '<figure><img src="x.jpg" alt="Mayor Dana Whitcombe speaks at the Pellton harbor '
        'opening, Tuesday, in the main hall of the port authority."></figure>\n\n'
        '“The harbor plan will <a href="https://example.org/plan">cut</a> waiting times for '
        "every ferry,” said Dana Whitcombe. “We start on Monday.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Dana Whitcombe"
    assert quote.text.endswith("We start on Monday.")


def test_statement_quoted_over_paragraphs_without_opening_marks_is_one_quote(
    nlp: Language,
) -> None:
    """A curly quotation left open at a paragraph's end, whose next paragraphs carry no marks
    until one whose first mark closes it, is one quote over all of them."""
    text = (
        "Support poured in.\n\n"
        "Corvane Harbor Alliance President Dana Whitcombe: “The new ferries will cut waiting "
        "times for every family in Pellton.\n\n"
        "For years our members waited hours at the pier.\n\n"
        "We thank the council for acting.”\n\n"
        "The vote is on Monday."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Dana Whitcombe"
    assert quote.text.endswith("We thank the council for acting.")
    assert "For years our members waited hours at the pier." in quote.text


def test_he_after_an_embedded_subject_is_the_main_clause_speaker(nlp: Language) -> None:
    """'He' in the quote after 'Roe said Doe was ...' is Roe, the subject of the sentence's
    main clause, not the nearer subject of the reported clause."""
    text = (
        "The trial opened in Pellton.\n"
        "Marta Kowalski told the court that Tomas Brenner had forged the permits and that Ivo "
        "Halvik was paid to stay silent.\n"
        '"The evidence is overwhelming," he told the Telvora Herald.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Marta Kowalski"


def test_he_after_a_relative_described_as_subject_is_that_relative(nlp: Language) -> None:
    """'My dad ... He would say, "..."' in a speech: the relative the speaker describes, not a
    name from an earlier paragraph."""
    text = (
        "Remarks by Governor Dana Whitcombe\n\n"
        "I flew in from Corvane this morning with Senator Ivo Halvik.\n\n"
        "Growing up, my dad worked two jobs at the Pellton mill. My dad never complained. "
        "He would say, “Work hard and be kind to the people beside you.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "My dad"


def test_they_after_a_described_company_is_that_company(nlp: Language) -> None:
    """'They said, "..."' right after 'the insurer refused ...': the organization the text
    only describes, not a place named earlier."""
    text = (
        "Dana Whitcombe moved to Pellton in 2019.\n\n"
        "Her son needed treatment, but their insurer refused to pay for it. "
        "They said, “The treatment is not covered by your plan.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "their insurer"


def test_he_after_a_relative_beats_an_earlier_named_subject(nlp: Language) -> None:
    """A relative described after a named subject ('my father' after 'Senator Halvik') is
    the 'he' of the next quote; a bare 'the man' would not be (he may be the named one)."""
    text = (
        "Remarks by Governor Dana Whitcombe\n\n"
        "Senator Ivo Halvik joined us in Corvane. And my father was a union man all his life. "
        "He would say, “Never cross a picket line.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "my father"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Q Senator Dana Whitcombe argued the port closure would cost votes since farmers "
            "would, quote, “never trust the council again.” Your response?",
            ("never trust the council again.", "Dana Whitcombe", "argued", None),
            id="quote-word-inside-a-reported-sentence",
        ),
        pytest.param(
            "Q A nurse met the clinic director, who said the ferry plan must wait as, quote, "
            "“nobody in Pellton can afford the fares yet.” Any comment?",
            ("nobody in Pellton can afford the fares yet.", "the clinic director", "said", None),
            id="quote-word-in-a-clause-under-a-relative-clause",
        ),
        pytest.param(
            "Dana Whitcombe wrote to me last spring about the mill. He said, and I quote, "
            "“Nobody in Pellton should lose a job this way.”",
            ("Nobody in Pellton should lose a job this way.", "Dana Whitcombe", "said", None),
            id="and-i-quote-is-no-relay",
        ),
    ],
)
def test_spoken_quotation_marks_of_transcripts(
    nlp: Language, text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    """'quote,' said before a quotation is the speaker's spoken quotation mark: a partial
    quotation after it still depends on the reporting verb of its sentence, and 'and I
    quote' relays nothing."""
    (quote,) = quotes_of(nlp, text)
    assert summary(quote) == expected


def test_a_clause_after_a_name_called_out_gives_that_name_no_title(nlp: Language) -> None:
    """'..., Darcy, which the governor ...': the words after a name set off by commas
    are an apposition only up to a verb; a title in the clause that follows is not the
    name's, so 'the governor' stands for the governor named before."""
    text = (
        "Governor Ivo Halvik spoke first.\n\n"
        "MS. ROE: Thanks for the question, Darcy, which the governor hears often. Our work "
        "follows what the governor has called “the test of this decade” for Pellton."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Ivo Halvik"


def test_a_title_with_other_words_needs_a_holder_with_them_too(nlp: Language) -> None:
    """'the French foreign minister' is not the prime minister named before: the title's
    other words must be the holder's as well; 'the foreign minister' alone still finds
    Foreign Minister Whitcombe."""
    first = (
        "Prime Minister Ivo Halvik of Corvane met the press on Monday. Later the French "
        "foreign minister said, “This decision is a betrayal of our partners.”"
    )
    (quote,) = quotes_of(nlp, first)
    assert quote.speaker_text == "the French foreign minister"
    second = (
        "Foreign Minister Dana Whitcombe arrived in Pellton. Later the foreign minister said, "
        "“This decision is a betrayal of our partners.”"
    )
    (quote,) = quotes_of(nlp, second)
    assert quote.speaker_text == "Dana Whitcombe"


def test_partial_quotation_after_according_to_is_the_sources(nlp: Language) -> None:
    """A quotation inside a sentence with no reporting verb, after 'according to X', is X's;
    a title in marks there stays no quote."""
    text = (
        "The ferry was delayed again.\n"
        "According to Dana Whitcombe, the new timetable is “a waste of public money and time” "
        "for Pellton.\n"
        "The ferry was late, according to the “Pellton Harbor Report”."
    )
    (quote,) = quotes_of(nlp, text)
    assert summary(quote) == (
        "a waste of public money and time",
        "Dana Whitcombe",
        "According to",
        None,
    )
    text = (
        "The ferry was delayed again.\n"
        "According to the port authority's statement, the ship was “far too heavy for the "
        "old pier” when it docked."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.cue == "According to"
    assert quote.medium == "statement"


def test_he_after_the_described_official_is_the_official_named_before(nlp: Language) -> None:
    """'..., said the official' then '"...," he said': the official, and through the
    apposition 'Halvik, an official from ...' his name, not a victim named in between."""
    text = (
        "Reporters reached Marek Halvik, an official from the local rescue agency, on Monday.\n"
        "The flood in Pellton swept away a barn belonging to Ivo Brenner, the official "
        "said.\n"
        '"He was feeding cattle when the water came," he said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Marek Halvik"


def test_a_quote_alone_on_the_next_line_goes_on_quoting_the_line_before(nlp: Language) -> None:
    """One sentence a line: a quote that is all of its line, after a line that ends with a
    quote and its attribution (or a partial quote), is the same speaker's."""
    text = (
        "The Telvora dam burst on Friday.\n"
        'The council said the repairs were "far behind the schedule agreed in spring".\n'
        '"Nobody in Halvik can be told when the water will be safe again."\n'
        "Engineers arrived on Sunday."
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["The council", "The council"]
    text = (
        "The Telvora dam burst on Friday.\n"
        'The flood in the valley is "worse than anything we have seen," Dana Whitcombe said.\n'
        '"Every farm below the mill has lost its herd."\n'
        "Engineers arrived on Sunday."
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Dana Whitcombe", "Dana Whitcombe"]


def test_a_described_speaker_after_the_verb_is_the_person_described_before(
    nlp: Language,
) -> None:
    """'"...," added the doctor': the noun after the verb is who spoke, and 'the doctor'
    stands for the person named with that noun in apposition a line before."""
    text = (
        "Nine people were hurt in Pellton, Dana Whitcombe, a doctor at the Corvane clinic, "
        "told reporters.\n"
        '"Most of them have broken arms from the falling roof tiles," added the doctor.'
    )
    quotes = quotes_of(nlp, text)
    assert [(q.speaker_text, q.cue) for q in quotes] == [("Dana Whitcombe", "added")]


def test_a_name_after_a_quote_without_a_verb_is_the_speaker(nlp: Language) -> None:
    """'"...," Dana Roe, an analyst at X.' (no verb): the name is the speaker."""
    text = (
        "Sales of tractors fell again in March.\n"
        '"Farmers are waiting for the spring prices before they buy anything new," '
        "Marek Halvik, an analyst at Corvane Research."
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.cue) == ("Marek Halvik", None)


def test_an_outlet_the_lexicon_does_not_know_is_the_medium(nlp: Language) -> None:
    """'told Corvane Weekly' or 'told the Pellton Courier magazine': the name is the medium;
    a person told something is not."""
    text = (
        "The Telvora mill closed.\n"
        '"It was the hardest call of my life," Dana Whitcombe told the Pellton Courier '
        "magazine on Monday."
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker_text, quote.medium) == ("Dana Whitcombe", "Pellton Courier")
    text = (
        "Dana Whitcombe met Marek Halvik at the mill.\n"
        '"It was the hardest call of my life," she told Halvik.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.medium is None


def test_a_described_speaker_is_not_linked_to_the_body_it_names(nlp: Language) -> None:
    """In the rows, 'a Corvane Ltd spokeswoman' is no row for Corvane Ltd: the description
    stands as the speaker; a person named in the phrase is the speaker."""
    from flows.extract.article import extract_article
    from flows.normalize import normalize_article
    from flows.readers import RawArticle

    body = (
        "Corvane Ltd closed its plant in Pellton on Monday.\n\n"
        '"No jobs will be lost," a Corvane Ltd spokeswoman said.\n\n'
        "Dana Whitcombe runs the Telvora Group.\n\n"
        '"We will buy the plant," Telvora Group chief Dana Whitcombe said.'
    )
    article, _ = normalize_article(RawArticle("x.txt", "Plant closes", body))
    rows = extract_article(nlp(article.text), article)
    assert [q["speaker"] for q in rows.quotes] == ["Corvane Ltd spokeswoman", "Dana Whitcombe"]


def test_a_reporting_verb_after_an_aside_that_goes_on_from_the_quote(nlp: Language) -> None:
    """'"...," the old harbour town, said Roe.' and '"..." at the mill, Roe told X.': the
    verb heading the sentence after the aside reports the quotation."""
    text = (
        "The strike went on.\n"
        '"We will march until we reach Pellton," the old harbour town, said one of the '
        "organizers, Marek Halvik.\n"
        '"Nobody has been paid for weeks" at the Telvora mill, Dana Whitcombe told '
        "reporters."
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Marek Halvik", "Dana Whitcombe"]


def test_an_inverted_attribution_with_a_long_description_of_the_speaker(
    nlp: Language,
) -> None:
    """'"...," said Mara Quill, director at X and lead author of Y.': the parse hangs 'lead'
    on the verb as its content; the quotation is what was said, so the name after the verb
    speaks, and the next line goes on quoting her."""
    text = (
        "Three groups sued the agency on Monday.\n"
        '"The new rules will hurt the wetlands for decades," said Mara Quill, policy director '
        "at the Pellton Wildlife Fund and lead writer of its 1998 appeal for the herons.\n"
        '"These rules seem designed to drain the marsh."'
    )
    quotes = quotes_of(nlp, text)
    assert [(q.speaker_text, q.cue) for q in quotes] == [("Mara Quill", "said")]
    assert quotes[0].text.endswith("drain the marsh.")


def test_a_quoted_title_inside_the_attribution_does_not_cut_it(nlp: Language) -> None:
    """'"...," Dana Roe, co-author of "Salt Road: ...," said in an interview.': the attribution
    reads past the quoted title, which is no part of the quote; the next line goes on with
    Roe. Likewise a quoted phrase inside an aside before the verb."""
    text = (
        "The book sold well.\n"
        '"Nobody writes like her anymore," Dana Roe, co-author of "Salt Road: The Life of a '
        'Sailor," said in a 2001 interview with a radio show.\n'
        '"She was bold, and the readers knew it."'
    )
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker_text) for q in quotes] == [
        ("Nobody writes like her anymore", "Dana Roe"),
        ("She was bold, and the readers knew it.", "Dana Roe"),
    ]
    assert quotes[0].medium == "interview"
    text = (
        "Halvik said the raid was planned for months.\n"
        '"The arrests are the end of a long review by the special prosecutor," who examined '
        'whether the men had "run the ferry without a licence for years," Halvik said.'
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Halvik", "Halvik"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Bank chief Dana Whitcombe spoke in Pellton on Monday.\n"
            "Greeks will pay more for bread next year, and "
            '"nobody likes a rise like that," she said.',
            "Dana Whitcombe",
            id="not-a-plural-name",
        ),
        pytest.param(
            "Retired agent Hal Corwin died at home on Thursday, aged 95.\n"
            "His daughter Mira Corwin said her father read the paper, made tea and took a "
            "nap, she told the Pellton Herald.\n"
            "He passed away that evening in his garden in Halvik, the Herald stated.\n"
            '"He slipped away," she said.',
            "Mira Corwin",
            id="not-a-name-under-an-article",
        ),
        pytest.param(
            "Corvane President Dana Whitcombe criticised the strikes.\n"
            '"The location of all our sites was shared with the army," Whitcombe said.\n'
            "Before the strikes, Telvora's Government had been told twice that the raids "
            "put the sites at risk.\n"
            '"I am deeply dismayed that the raids went on," he said.',
            "Whitcombe",
            id="not-the-passive-subject-of-a-reporting-verb",
        ),
    ],
)
def test_he_or_she_never_stands_for_a_word_that_is_no_person(
    nlp: Language, text: str, speaker: str
) -> None:
    """A pronoun's antecedent is a person: not a plural proper noun the recogniser took for
    one ('Greeks'), a name under an article ('the Herald stated'), or an organization that
    was told something ('Government had been warned')."""
    quotes = quotes_of(nlp, text)
    assert quotes[-1].speaker_text == speaker


def test_a_straight_mark_typed_with_its_space_on_the_wrong_side(nlp: Language) -> None:
    """'..., "Roe said.' and 'the "Salt Road "author': a straight mark that looks like an
    opening while a quotation opened on its line is still open closes it when the marks left
    on the line pair up without it."""
    text = (
        "Roe, a guard for Corvane, said after the win that he was glad his father had a chance.\n"
        '"It is hard on Mo, who did his best, but my father can take over the team, "Roe '
        "said.\n"
        '"Nobody saw it coming. Not even the players."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Roe"
    assert quote.text.startswith("It is hard on Mo") and quote.text.endswith("the players.")
    text = (
        'The studio confirmed that the "Salt Road "author Dana Whitcombe will write the '
        'sequel, and told fans that "nothing about the ending is going to change."'
    )
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["nothing about the ending is going to change."]


def test_a_pronoun_chain_stops_at_a_relative_the_text_describes(nlp: Language) -> None:
    """'he' repeated over many sentences goes back to the person they describe ('my
    grandfather'), not past that description to a name mentioned before it."""
    text = (
        "Remarks at the bakery\n\n"
        "We thanked Tessa Marlow at the door.\n\n"
        "When he was a boy, he lived near the harbor. He worked the nets, and he hated the "
        "cold. Then my grandfather bought a bakery in Pellton. He rose at four. He baked until "
        "noon. He sold bread to half the town.\n\n"
        "One morning he told me, “Bread will outlast every one of us.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "my grandfather"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        pytest.param(
            "Whitcombe spent the morning moving sheep to higher ground.",
            "Dana Whitcombe",
            id="the-speaker-by-name",
        ),
        pytest.param(
            "She spent the morning moving sheep to higher ground.",
            "Dana Whitcombe",
            id="the-speaker-as-a-pronoun",
        ),
        pytest.param("Her neighbour Corin Halvik brought a tractor.", None, id="another-person"),
    ],
)
def test_a_quote_alone_after_a_line_about_the_last_speaker_goes_on_quoting_them(
    nlp: Language, between: str, speaker: str | None
) -> None:
    """A quotation without attribution on a line of its own, a line of narrative after a
    quote, is still that quote's speaker when the narrative is about them; not when it names
    someone else."""
    text = (
        "Flood hits Pellton\n"
        "The river rose overnight.\n"
        '"We lost the lower fields," said farmer Dana Whitcombe.\n'
        f"{between}\n"
        '"The water came faster than anyone expected."'
    )
    quotes = quotes_of(nlp, text)
    assert quotes[0].speaker_text == "Dana Whitcombe"
    later = [q for q in quotes if q.text.startswith("The water")]
    assert [q.speaker_text for q in later] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Remarks by the Governor\n\nTHE GOVERNOR: I met Premier Corin Halvik in Telvora last "
            "spring. We talked for hours. (Laughter.)\n\nBut all joking aside, he looked at me "
            "and said, “Can you tell me what your voters want?”",
            id="note-ending-the-paragraph-before",
        ),
        pytest.param(
            "Remarks by the Governor\n\nTHE GOVERNOR: I visited Premier Corin Halvik of Telvora "
            "in the spring, and we spent the day at the harbor. (Laughter.) Then he turned to me "
            "and he said, “You are the first governor to come here.”",
            id="note-inside-the-paragraph",
        ),
    ],
)
def test_a_stage_note_in_brackets_is_no_person_a_pronoun_stands_for(
    nlp: Language, text: str
) -> None:
    """'(Laughter.)' in a transcript, which the recogniser may take for a person, is a note
    on the audience: 'he' goes back to the person named before it."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Corin Halvik"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Remarks by the Governor\n\nTHE GOVERNOR: Thank you. I was raised in Pellton. Being "
            "raised in Pellton, they used to say, “Never trust a dry spring.”",
            None,
            id="place-where-one-was-raised",
        ),
        pytest.param(
            "Talks in Pellton\n\nThe Telvoran delegates met the board of Corvane Mutual in "
            "Pellton on Monday. They said, “We are ready to sign the deal this week.”",
            "The Telvoran delegates",
            id="place-of-a-meeting",
        ),
        pytest.param(
            "Remarks by the Governor\n\nTHE GOVERNOR: Some senators wanted to cut Medicaid and "
            "Halvik Care. And they said, “We cannot pay for all of it.”",
            "Some senators",
            id="programme-acted-on",
        ),
    ],
)
def test_they_stands_for_no_place_or_thing_acted_on(
    nlp: Language, text: str, speaker: str | None
) -> None:
    """'They' stands for an organization, place or group only where it is named as one that
    acts (a subject, a possessor, a source), not for the place something happens in or a
    programme someone cuts."""
    (quote,) = quotes_of(nlp, text)
    if speaker is None:
        assert quote.speaker_text != "Pellton"
    else:
        assert quote.speaker_text == speaker


def test_an_acronym_the_recogniser_calls_a_person_is_no_antecedent(nlp: Language) -> None:
    """A lone word in capitals ('TELVID') is an acronym, not a person 'he' may stand for."""
    text = (
        "Briefing\n\nQ Yesterday I asked the Governor if TELVID is still a national emergency. "
        "And he said, “It is a necessity to deal with it.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text != "TELVID"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Remarks at the fair\n\nTHE GOVERNOR: My uncle Corin Halvik ran the bakery. And he "
            "said, “Dana, you will never bake a decent loaf.” (Laughter.) “You burn everything "
            "you touch.”\n\nThank you all.",
            id="stage-note",
        ),
        pytest.param(
            "Remarks at the fair\n\nTHE GOVERNOR: My uncle Corin Halvik once wrote, “Like…” — "
            "quote, “Like every law, the rules of the harbor bind the strong and the weak.”\n\n"
            "Thank you.",
            id="spoken-quote-mark",
        ),
    ],
)
def test_a_quote_after_a_stage_note_or_spoken_mark_goes_on_quoting(
    nlp: Language, text: str
) -> None:
    """Two quotations with only '(Laughter.)' or '— quote,' between them are the same
    speaker's words: the second, with no attribution of its own, takes the first's."""
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Corin Halvik", "Corin Halvik"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Fire at Pellton plant\nA fire broke out at the Telvora Mills plant in Pellton on "
            "Monday.\nA Telvora Mills spokesman confirmed that two workers were taken to "
            'hospital.\n"Our thoughts are with our injured colleagues and their families," a '
            "statement said.",
            "Telvora Mills",
            id="spokesman",
        ),
        pytest.param(
            "Fire at Pellton plant\nA fire broke out at the Corvane Foods warehouse on Monday.\n"
            "The Corvane Foods manager said the building was empty.\n"
            '"We will rebuild the warehouse as soon as we can," a statement said.',
            "Corvane Foods",
            id="manager",
        ),
    ],
)
def test_a_statement_is_the_organization_a_described_reporter_speaks_for(
    nlp: Language, text: str, speaker: str
) -> None:
    """'a statement said' with no issuer named: the organization of the person described as
    reporting just before ('A Telvora Mills spokesman confirmed ...')."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


@pytest.mark.parametrize(
    "lead",
    [
        "Lars Brennick, director of the Halvik Workers Union, commented,",
        "Her manager Lars Brennick released a note to the press, he said",
    ],
)
def test_a_line_ending_with_its_reporting_verb_introduces_the_next(
    nlp: Language, lead: str
) -> None:
    """A quote on its own line after a line that ends with 'commented,' or 'he said' (no
    colon) is the words of that verb's subject."""
    text = f'Mill shuts\n\nThe mill in Pellton shut on Friday.\n{lead}\n"This is a sad day."\n'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Lars Brennick"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Remarks in Pellton\n\nGreetings from Corvane and the United States.\n\n"
            "Let me close with a verse by the poet Dana Whitcombe, loved by many. It says,\n\n"
            "“Keep the lamp lit until the last boat is home.”\n",
            "Dana Whitcombe",
        ),
        (
            "Mill shuts\n\nThe union in Telvora issued a statement on Monday. It said, "
            "“We will fight the closure in court.”\n",
            "The union in Telvora",
        ),
    ],
)
def test_it_after_a_written_text_is_its_author(nlp: Language, text: str, speaker: str) -> None:
    """'It says' after 'a quote from X' or 'issued a statement': the text's author or issuer,
    not a country named before it, nor the bare pronoun."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


def test_heading_names_the_speaker_of_quotes_with_an_italic_note(nlp: Language) -> None:
    """'#### Secretary of Harbor Works Dana Roe', then list items '-   “...” *Watch*': the
    person the heading names, without the office's words or a title word."""
    text = (
        "SUNDAY SHOWS: Pellton Is Working\n\n"
        "Officials went on the weekend programs today to talk about the flood plan.\n\n"
        "Here’s what you missed:\n\n"
        "#### Secretary of Transport Dana Whitcombe\n\n"
        "- “We had crews on every bridge within two hours of the flood, and they stay.” *Watch*\n"
        "- “Nobody in Pellton will be left without a roof this winter, I promise you.” *Watch*\n\n"
        "#### Border Czar Marisol Quenby\n\n"
        "- “If you are here legally, you have nothing to fear from the new checkpoints.” (Watch)\n"
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Dana Whitcombe"] * 2 + ["Marisol Quenby"]


def test_a_new_list_item_starts_a_new_quote(nlp: Language) -> None:
    """Two list items that each hold a quotation after their topic ('-   On trade: “...”')
    are two quotes of the lead's speaker, never one quote whose speaker is the topic."""
    text = (
        "Weekend Interviews\n\n"
        "Governor Dana Whitcombe spoke to Pellton Radio on Sunday.\n\n"
        "- On the harbor: “Nobody has done more for this harbor than we have. I fixed it.”\n"
        "- On the Telvora Canal: “They gave the Telvora Canal away for nothing. We will take it "
        "back.”\n"
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Dana Whitcombe"] * 2
    assert quotes[1].text.startswith("They gave")


@pytest.mark.parametrize(
    "text",
    [
        "Wins\n\nThe University of Pellton announced it will end its "
        "“fair play and equal voice”-related programming following the order.\n",
        "Orders\n\nUnder section 3 of the order of March 1, titled "
        "“Raising Tariffs to Meet the Emergency at Our Northern Harbor Gate”, the rates rise.\n",
    ],
)
def test_scare_quotes_and_titles_in_lists_are_no_quotes(nlp: Language, text: str) -> None:
    """A quoted phrase joined by a hyphen to the noun it modifies, and a quoted title of many
    words, are no quotes."""
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Markets\n\nShares fell on Friday.\n\n"
            "Chief investment officer at Pellton Capital Group Tomas Halvik said: "
            '"I suspect the algorithms simply took charge. Hardly any people were trading."\n',
            "Tomas Halvik",
        ),
    ],
)
def test_name_before_the_reporting_verb(nlp: Language, text: str, speaker: str) -> None:
    """A name that closes a title's affiliation ('officer at Pellton Capital Group Tomas
    Halvik')."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


def test_a_second_speaker_who_echoes(nlp: Language) -> None:
    text = (
        "Casting\n\n"
        '"Nothing has been signed yet," a studio spokeswoman told Pellton News on Thursday.\n'
        '"There is no deal for us to announce today."\n'
        '"No deal yet," echoed a second spokeswoman.\n'
    )
    quotes = quotes_of(nlp, text)
    assert [q.cue for q in quotes] == ["told", "echoed"]


def test_name_right_before_a_verb_the_parse_left_without_subject(nlp: Language) -> None:
    """After a line break the parse may hang the name before 'said' on the sentence before:
    the person named right before the verb is the speaker."""
    text = (
        "Tributes\n\nTributes came in on Thursday.\n"
        'Ostrava President Dana Whitcombe said "Corin was among the greatest of our builders - '
        'brave enough to think differently".\n'
    )
    doc = nlp(text)
    for token in doc:
        if token.text == "Whitcombe":
            token.dep_ = "dep"  # as the parse of such a line has it: no subject for 'said'
    (quote,) = extract_quotes(doc)
    assert quote.speaker_text == "Dana Whitcombe"


def test_speaker_without_the_markup_before_it(nlp: Language) -> None:
    """A subject after an HTML comment line ('<!-- -->') is named without its markup."""
    text = (
        "Wins\n\n- Border crossings fell to a record low.\n\n<!-- -->\n\n"
        "- Telvoran cartel operatives say they are fearful “for the first time in many years” "
        "amid the crackdown.\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Telvoran cartel operatives"


def _rows_of(nlp: Language, body: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """The (text, speaker) of each quote row and the participant names of an invented text."""
    from flows.extract.article import extract_article
    from flows.normalize import normalize_article
    from flows.readers import RawArticle

    article, _ = normalize_article(RawArticle("x.txt", "Leaders Applaud the New Bridge", body))
    rows = extract_article(nlp(article.text), article)
    quotes = [(q["text"], q["speaker"]) for q in rows.quotes]
    return quotes, [p["name"] for p in rows.participants]


def test_a_lead_quote_broken_by_the_same_speakers_attribution_is_one_quote(
    nlp: Language,
) -> None:
    """'Mayor Dana Roe, Chair of X: "A," said Roe. "B." [Statement]': one quote (GUIDELINES:
    a quotation broken by its attribution), the lead's speaker, the verb's cue."""
    text = (
        "Leaders Applaud the New Bridge\n\n"
        "Corvane Mayor Dana Whitcombe, Chair of the Pellton Council: “The new bridge will "
        "serve every family in the valley for decades,” said Whitcombe. “I look forward to "
        "opening it soon.” [Statement, 5/12/23]\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.text == (
        "The new bridge will serve every family in the valley for decades "
        "I look forward to opening it soon."
    )
    assert (quote.speaker_text, quote.cue) == ("Dana Whitcombe", "said")


def test_an_organization_lead_speaks_under_its_whole_name(nlp: Language) -> None:
    """A round-up lead that is an organization's name, all of it, speaks: with an
    organization noun ('Caucus'), or speaking as 'we' with a source note after the quote;
    it is a participant under that name (not a country or a shorter name inside it)."""
    body = (
        "*See below for what they are saying:*\n\n"
        "Congressional Telvoran Caucus: “The new bridge is a historic step for the families "
        "of the valley and for the whole region.” [Statement, 5/12/23]\n\n"
        "Ostrava Forward: “We commend the mayor for her historic choice of builders for the "
        "bridge over the river.” [Tweet, 5/12/23]\n"
    )
    quotes, names = _rows_of(nlp, body)
    assert [speaker for _, speaker in quotes] == [
        "Congressional Telvoran Caucus",
        "Ostrava Forward",
    ]
    assert {"Congressional Telvoran Caucus", "Ostrava Forward"} <= set(names)


def test_a_titled_speaker_of_a_roundup_lead_is_a_participant(nlp: Language) -> None:
    """'Pellton Senator Dana Whitcombe: "..."' is no Title Case heading: its name is kept as a
    participant, though the text names her nowhere else."""
    body = (
        "*See below for what they are saying:*\n\n"
        "Pellton Senator Dana Whitcombe: “The new bridge is a historic step for the families "
        "of the valley and for the whole region.” [Tweet, 5/12/23]\n"
    )
    quotes, names = _rows_of(nlp, body)
    assert quotes[0][1] == "Dana Whitcombe"
    assert "Dana Whitcombe" in names


def test_the_following_statement_from_names_its_issuer(nlp: Language) -> None:
    """'The following is a statement from X:' then the quoted statement: X speaks."""
    text = (
        "Bridge opens\n\nThe following is a statement from the Pellton Harbor Workers Union:\n\n"
        "“The new bridge will serve every family in the valley for decades to come, and we "
        "are proud of it.”\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Pellton Harbor Workers Union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Arrest\n\nTelvora actress Marisol Quenby was held on Friday in Pellton. "
            "Her lawyer Dana Whitcombe declined to comment.\n"
            '"I have made mistakes and I will fix them," the Telvora star said on Saturday.\n',
            "Marisol Quenby",
        ),
        (
            "Retirement\n\nMarisol Quenby, 28, left the Pellton club on Friday. "
            "Her coach Dana Whitcombe was angry.\n"
            '"I am done with racing for good," the 28-year-old said.\n',
            "Marisol Quenby",
        ),
        (
            "Sermon\n\nPastor Tomas Halvik spoke in Pellton on Sunday.\n"
            '"We must all pray for the town," the evangelist said.\n',
            "Tomas Halvik",
        ),
    ],
)
def test_a_description_refers_back_to_a_named_person(
    nlp: Language, text: str, speaker: str
) -> None:
    """'the Corvane star', 'the 28-year-old', 'the evangelist' as the speaker stand for the
    person named before them that the description fits (by its words, else the nearest)."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


def test_a_description_used_before_for_someone_unnamed_stays(nlp: Language) -> None:
    """A noun that described an unnamed person before ('a Corvane actor') is that person."""
    text = (
        "Walkout\n\nA Corvane actor walked out of the show. Dana Whitcombe, the host, apologised.\n"
        '"I did not want to offend anyone," the actor said.\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "the actor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Clash\n\nOstrava said on Monday that its troops had crossed the border. "
            '"We will respond to any provocation with force," a Defence Ministry statement '
            "said.\n",
            "Defence Ministry",
        ),
        (
            "Ships\n\nThe Ostravan navy sent two ships to Pellton on Monday, Corvane officials "
            "said.\nA statement on the navy website states: "
            '"The ships will stay in the area for three weeks to train crews."\n',
            "navy",
        ),
    ],
)
def test_a_document_speaks_for_the_body_named_on_it(nlp: Language, text: str, speaker: str) -> None:
    """'a Defence Ministry statement said', 'a statement on the navy website states': the
    body named before the document's noun, or owning the place it was posted, issued it."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


def test_a_lead_glued_to_the_opening_mark_names_the_speaker(nlp: Language) -> None:
    """'Rep. Dana Roe:“...' with no space after the colon (one token for the name's last word,
    the colon, the mark and the first quoted word): the lead still names the speaker, under
    the lead's own words."""
    body = (
        "Leaders Applaud the New Bridge\n\n"
        "Rep. Tomas Halvik: “The new bridge will serve every family in the valley for decades.”\n\n"
        "Halvik Freight CEO Dana Whitcombe:“Having a new bridge will help us grow in every "
        "region of the state.”\n"
    )
    quotes, _ = _rows_of(nlp, body)
    assert [speaker for _, speaker in quotes] == ["Tomas Halvik", "Dana Whitcombe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Water rules\n"
            '"The decision rests with the agency alone, as it always has," Dana '
            'Whitcombe said, noting that harming a protected fish, known as "take," brings '
            "fines.\n"
            '"If take happens in Pellton, they remain liable for it."\n',
            "Dana Whitcombe",
        ),
        (
            "Water rules\n"
            'Dana Whitcombe said the agency had made a "concrete decision" to stay in Pellton '
            "after the flood.\n"
            '"She is known not only for her work in the clinic, but for visiting every home."\n',
            "Dana Whitcombe",
        ),
    ],
)
def test_a_line_goes_on_quoting_past_a_scare_quote_or_partial_before_it(
    nlp: Language, text: str, speaker: str
) -> None:
    """A quote alone on the line after one that ends with a scare quote ('known as "take,"')
    or a partial quote inside a sentence of narrative goes on quoting the speaker of the
    last quote there that has one."""
    assert quotes_of(nlp, text)[-1].speaker_text == speaker


def test_a_line_of_indirect_speech_without_its_full_stop_names_the_next_quotes_speaker(
    nlp: Language,
) -> None:
    """'Inspector Roe said police were pushed to their limits' with no full stop, then a
    quote alone on the next line: Roe's words."""
    text = (
        "Storm\n\nAfter two deaths at the Pellton park this weekend, Inspector Dana Whitcombe "
        "said police and rescuers were pushed to their limits\n"
        '"Resources are tight, there is no doubt about that. It has been very difficult."\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Dana Whitcombe"


def test_a_person_with_title_and_affiliation_before_the_verb_speaks(nlp: Language) -> None:
    """'Whitey Quenby, chairperson of Local 2261, Ostravan Auto Workers union said "..."':
    the person speaks, not the union the parse reads as a second subject."""
    text = (
        "Plant closes\nThe Halvik plant will cut one shift.\n"
        "About the lost shift, Whitey Quenby, chairperson of Local 2261, Ostravan Auto "
        'Workers union said "People are furious today, and they feel let down by the firm."\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Whitey Quenby"


def test_a_partial_quote_that_is_the_subject_of_a_reported_clause(nlp: Language) -> None:
    """'saying "the law of the knife" now ruled ...': the quoted subject of the clause the
    reporting verb governs is the reporter's words."""
    text = (
        "Phones\nThe Corvane agency condemned the violence on Monday, saying "
        '"the law of the knife" now ruled the streets of the Pellton district.\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "The Corvane agency"


@pytest.mark.parametrize(
    "text",
    [
        '"A loyal crew keeps the whole harbor calm," Tomas Halvik was heard saying.',
        '"A loyal crew keeps the whole harbor calm," Tomas Halvik can be heard saying on a tape.',
        '"Our first cargo jet leaves the hangar today," enthused Tomas Halvik.',
    ],
)
def test_heard_saying_and_more_verbs_of_speech_report(nlp: Language, text: str) -> None:
    """'X was heard saying' (the hearing verb between the speaker and 'saying') and verbs of
    speech like 'enthuse', 'fume', 'crow' report the quotation."""
    (quote,) = quotes_of(nlp, "Trial\n\n" + text)
    assert quote.speaker_text == "Tomas Halvik"


def test_a_comma_and_clause_after_the_verb_do_not_take_its_report(nlp: Language) -> None:
    """'"...," she said, though responding to questions she accepted there had been delays':
    the clause after the verb's comma is no content of its own; the pronoun speaks."""
    text = (
        "Bridge\nThe mayor of Pellton, Dana Whitcombe, said the bridge was closed.\n"
        '"It was unsafe," she said.\nShe said engineers inspected the bridge on Monday.\n'
        '"So far we have not found any cracks in the beams," she said, though responding to '
        "questions she accepted there had been delays.\n"
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["Dana Whitcombe", "Dana Whitcombe"]


def test_a_participle_after_reported_speech_is_the_reporters(nlp: Language) -> None:
    """'Roe stated that there was a chance of more, saying, "..."': the participle hung on the
    reported clause speaks for the subject of the reporting verb."""
    text = (
        "Routes\nWhitcombe stated that there was a chance of new routes as well, saying, "
        '"We will prioritize Pellton but we have an eye on Halvik."\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Whitcombe"


@pytest.mark.parametrize(
    "lead",
    [
        "Whitcombe issued a statement, ",
        "In her resignation, Whitcombe left this farewell, ",
        "Whitcombe praised the deal in a post, ",
    ],
)
def test_a_comma_lead_whose_object_names_words_said(nlp: Language, lead: str) -> None:
    """'X issued a statement, "..."', 'X left this farewell, "..."': the object names what
    was said (uttered_nouns), so the subject speaks, as after a colon."""
    (quote,) = quotes_of(nlp, "Farewell\n" + lead + '"I have made good friends at Corvane."\n')
    assert quote.speaker_text == "Whitcombe"


def test_a_press_release_read_after_the_quotation_speaks_for_its_issuer(nlp: Language) -> None:
    """'"...," read a Pellton Police Department press release.': the document inverted after
    the quotation speaks for the body named before its noun ('press' is no issuer)."""
    text = (
        'Crime\n"Crime fell by half in Pellton," read a Pellton Police Department press release.\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Pellton Police Department"


@pytest.mark.parametrize(
    "signature",
    [
        "\n\nDana Whitcombe, mayor of Pellton\n",
        "\n- Dana Whitcombe, Mayor of Pellton\n",
        "\n— Dana Whitcombe\n",
    ],
)
def test_a_quotation_signed_on_the_next_line(nlp: Language, signature: str) -> None:
    """A quotation standing alone, signed by a name on the next line (with or without a dash)."""
    text = (
        "Bridge\nThe council met on Monday.\n\n"
        + '"We will rebuild the bridge before winter."'
        + signature
        + "\nThe vote is next week.\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Dana Whitcombe"


def test_a_numbered_speaker_keeps_the_number_after_its_abbreviation(nlp: Language) -> None:
    """'said Juror No. 8, ...': the dot of 'No.' before a number ends neither the speaker's
    phrase nor the sentence."""
    text = (
        "Trial\n"
        '"We argued for three days about the ledger," said Juror No. 8, a baker from Pellton.\n'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Juror No. 8"


def test_a_numbering_abbreviation_does_not_end_the_attribution(nlp: Language) -> None:
    """'said Dana Whitcombe, a host at Telvora Radio, Ch. 4.' then a new line that goes on
    quoting: one quotation, its text both parts."""
    text = (
        "Crash\n"
        '"It was awful to watch," said Dana Whitcombe, a host at Telvora Radio, Ch. 4.\n'
        '"The van ran off fast. Everyone was yelling."\n'
        "The road reopened later.\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Dana Whitcombe"
    assert quote.text.endswith("Everyone was yelling.")


def test_a_pronoun_that_stood_for_a_man_marks_him_for_a_later_she(nlp: Language) -> None:
    """'"...," he said' resolved to Pellton: a later 'she' does not stand for Pellton, but for
    the woman named before him."""
    text = (
        "Budget\n"
        "Dana Whitcombe spoke first.\n"
        '"We will balance the budget," she said.\n'
        "Tomas Pellton, the treasurer, spoke next.\n"
        '"We have no money left," he said.\n'
        '"The schools will get their money anyway," Whitcombe said.\n'
        '"I doubt it," said Pellton.\n'
        '"We will see," she said.\n'
    )
    speakers = [q.speaker_text for q in quotes_of(nlp, text)]
    assert speakers[-1] in {"Whitcombe", "Dana Whitcombe"}


@pytest.mark.parametrize(
    "text",
    [
        'Plan\nThe plan was released today.\n\n"The plan sets the pace for other fleets," '
        "said Telvora Harbor Authority Chair Marisol Quenby.\n",
        "Plan\nHere is what they said:\n\n"
        "National Council on Harbor Safety Chief of Staff, Marisol Quenby: "
        "“The plan has once again showed our commitment to cheap energy.”\n",
    ],
)
def test_the_name_after_an_organization_and_a_title_is_the_speaker(
    nlp: Language, text: str
) -> None:
    """'Telvora Harbor Authority Chair Marisol Quenby' with the name left untagged, and a body
    whose name holds a preposition ('Council on ...') before the title: the person speaks."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Marisol Quenby"


def test_a_pronoun_for_a_bare_title_speaks_for_its_holder(nlp: Language) -> None:
    """'The Secretary spoke about ports. "...," she said': the holder of the title."""
    text = (
        "Summit\nSecretary Dana Whitcombe gave remarks on trade.\n\n"
        "The Secretary spoke about ports. “The pace of trade continues to grow. Small ports "
        "are falling behind,” she said.\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == "Dana Whitcombe"


@pytest.mark.parametrize(
    "text",
    [
        "Support\nLeaders praised the plan on Monday.\n\n"
        "Marisol Quenby, Governor of Ostrava\n"
        "“We will balance the budget this year and we will hire more teachers for every school.”"
        "\n\nTomas Pellton, Mayor of Halvik\n"
        "“Our town has waited for this plan for ten years, and we are grateful for the help.”\n",
        "Support\nLeaders across the country applauded the plan:\n\n"
        "Marisol Quenby, Director, Telvora Harbor Caucus\n\n"
        "“We will balance the budget this year and we will hire more teachers for every school.”"
        " [Statement, 1/6/2025]\n\nTomas Pellton, Executive Director, Halvik Waterkeepers\n\n"
        "“Our town has waited for this plan for ten years, and we are grateful for the help.”"
        " [Statement, 1/6/2025]\n",
        "Support\nWhat they are saying:\n\n"
        "Marisol Quenby, Governor of Ostrava\n"
        "“We will balance the budget this year and we will hire more teachers for every school.”"
        "\nTomas Pellton, Mayor of Halvik\n"
        "“Our town has waited for this plan for ten years, and we are grateful for the help.”\n",
    ],
)
def test_a_line_naming_a_speaker_above_a_quotation_heads_it(nlp: Language, text: str) -> None:
    """A round-up where a line with only a name and a description stands above each
    quotation: the name is the speaker of the quotation below it, not a signature of the one
    above."""
    speakers = [q.speaker_text for q in quotes_of(nlp, text)]
    assert speakers == ["Marisol Quenby", "Tomas Pellton"]


@pytest.mark.parametrize(
    "text",
    [
        "Harbor\n\nVoters gave Governor Marisol Quenby a second term, and she made good on every "
        "promise.\n\n-   PROMISE MADE: “We will open the harbor to every fishing boat.” (10/12/24)"
        "\n-   PROMISE KEPT: The harbor opened in March.\n",
        "Harbor\n\nGovernor Marisol Quenby spoke in Pellton about the plan to cut ferry fares."
        "\n\nFERRY FARES: “We will cut the ferry fares for every family in the state.”\n",
    ],
)
def test_a_colon_label_of_common_words_is_no_speaker(nlp: Language, text: str) -> None:
    """'PROMISE MADE: "..."', 'FERRY FARES: "..."': a lead of words in capitals that the text
    also writes in lower case is a label, not a name."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text is None


def test_first_and_second_person_in_a_transcript_stand_for_the_turns(nlp: Language) -> None:
    """In a briefing, 'I' is the holder of the turn (by the full name the title gives), 'you'
    in an answer the one who asked; a reporter ('Q') is no one named; a quotation right
    after a turn's label is not the label's by that alone."""
    text = (
        "Press Briefing by Press Secretary Dana Whitcombe\n\n"
        "MS. WHITCOMBE: Good afternoon. The Governor met the harbor workers today.\n\n"
        "Q Thank you. Last week the plan was said to be ready soon.\n\n"
        "MS. WHITCOMBE: And I think I said, “in a couple of weeks.” I never said the end of "
        "the month.\n\n"
        "Q I asked the Governor, and I said, “Will the harbor open before the summer?”\n\n"
        "MS. WHITCOMBE: You said, “Will the harbor open before the summer?” It will.\n\n"
        "Q What is your message to the fishermen of Ostrava today?\n\n"
        "MS. WHITCOMBE: “Stay calm and keep fishing, the harbor is yours.”\n"
    )
    speakers = [q.speaker_text for q in quotes_of(nlp, text)]
    assert speakers == ["Dana Whitcombe", None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitcombe showed a new kettle at the Pellton fair on Monday.\n"
        "One customer from the show floor was doubtful of the promises.\n"
        "“The box says ten years, but it might only be two,” he said.\n",
        "Dana Whitcombe showed a new kettle at the Pellton fair on Monday.\n"
        "A resident of the town was doubtful of the promises.\n"
        "“The box says ten years, but it might only be two,” she said.\n",
    ],
)
def test_a_pronoun_after_a_person_brought_in_as_new_is_theirs(nlp: Language, text: str) -> None:
    """'One customer was doubtful. "...," he said': the unnamed person the text has just
    brought in speaks, not the person named before them."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text is not None
    assert "Whitcombe" not in quote.speaker_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dana Whitcombe joined Halvik Rovers on Monday.\n"
            "“I have chills just thinking about this,” said the 24-year-old on the eve of the "
            "Ostrava Cup in Pellton.\n",
            "Dana Whitcombe",
        ),
        (
            "Dana Whitcombe joined Halvik Rovers on Monday.\n"
            "“I have chills just thinking about this,” said the 24-year-old at a news "
            "conference in Pellton.\n",
            "Dana Whitcombe",
        ),
    ],
)
def test_a_time_after_a_described_speaker_ends_the_phrase(
    nlp: Language, text: str, speaker: str
) -> None:
    """'said the 24-year-old on the eve of the final': the time is no part of the speaker,
    who is the person the description stands for."""
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker_text == speaker


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "“We have been forgotten,” said a young citizen detained in Corvania.",
            "Young citizen",
        ),
        ("“We have been forgotten,” said a mom in Pellton, Ohio.", "Mom in Pellton"),
        ("“We have been forgotten,” said a U.S. citizen.", "U.S. citizen"),
    ],
)
def test_a_place_inside_a_described_speaker_is_no_speaker(
    nlp: Language, line: str, speaker: str
) -> None:
    """'said a citizen detained in Corvania': the place of a prepositional phrase or a
    nationality before the noun only says where the person is; the description speaks."""
    quotes, _ = _rows_of(nlp, "The talks ended on Friday.\n\n" + line)
    assert [s for _, s in quotes] == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "“The reef will recover,” said Assistant Secretary for Oceans Dana Whitcombe.",
            "Dana Whitcombe",
        ),
        (
            "“This is a great day,” said Senior Counselor for Trade and Manufacturing "
            "Marek Halvik.",
            "Marek Halvik",
        ),
    ],
)
def test_a_long_title_the_model_glued_to_the_name_is_no_part_of_it(
    nlp: Language, line: str, speaker: str
) -> None:
    quotes, people = _rows_of(nlp, "The harbour was closed.\n\n" + line)
    assert [s for _, s in quotes] == [speaker]
    assert speaker in people


@pytest.mark.parametrize(
    "line",
    [
        "“Europe stands united,” said Marisol von der Quenby, the Commission president.",
        "“Europe stands united,” said Commission President Marisol von der Quenby.",
    ],
)
def test_a_name_with_a_nobiliary_particle_is_one_name(nlp: Language, line: str) -> None:
    quotes, people = _rows_of(nlp, "The summit ended.\n\n" + line)
    assert [s for _, s in quotes] == ["Marisol von der Quenby"]
    assert "Quenby" not in people
