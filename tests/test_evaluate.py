"""The scorer on tiny hand-made tables and gold dicts (no model, no real gold)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from flows.evaluate import (
    Counts,
    TableScore,
    agreement,
    article_ids_by_gold,
    bootstrap_intervals,
    by_source,
    evidence_overlap,
    figures,
    format_by_source,
    format_targets,
    gold_id_of,
    gold_sources,
    main,
    missed_targets,
    norm_name,
    quote_overlap,
    score_article,
    score_events,
    score_participants,
    score_quotes,
    score_statistics,
    source_label,
    tables_of_article,
    total,
    units_compatible,
    write_raw,
)


def participants(*rows: tuple[str, str, list[str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "participant_id": f"p{i}",
                "article_id": "a1",
                "name": name,
                "kind": kind,
                "aliases": aliases,
            }
            for i, (name, kind, aliases) in enumerate(rows)
        ],
        columns=["participant_id", "article_id", "name", "kind", "aliases"],
    )


def quotes(*rows: tuple[str, str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"article_id": "a1", "text": text, "speaker": speaker} for text, speaker in rows],
        columns=["article_id", "text", "speaker"],
    )


def statistics(*rows: tuple[float, str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"article_id": "a1", "value": v, "unit": u, "mention": f"{v} {u}"} for v, u in rows],
        columns=["article_id", "value", "unit", "mention"],
    )


def events(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"article_id": "a1", "event_id": eid, "event_type": t, "trigger": "x", "evidence": ev}
            for eid, t, ev in rows
        ],
        columns=["article_id", "event_id", "event_type", "trigger", "evidence"],
    )


def links(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"event_id": e, "participant_id": p, "role": r} for e, p, r in rows],
        columns=["event_id", "participant_id", "role"],
    )


GOLD: dict[str, Any] = {
    "participants": [
        {"name": "Acme Corporation", "kind": "organization", "aliases": ["Acme"]},
        {"name": "Jane Roe", "kind": "person", "aliases": ["Roe", "Ms. Roe"]},
        {"name": "Freedonia", "kind": "country", "aliases": ["Freedonia", "the Republic"]},
    ],
    "optional_participants": [
        {"name": "Wire Agency", "kind": "organization", "aliases": ["WA"]},
    ],
}


# --- normalisation -------------------------------------------------------------------------


def test_norm_name_unifies_case_apostrophes_the_and_spaces() -> None:
    assert norm_name("The  People’s   Bank") == "people's bank"
    assert norm_name(None) == ""


def test_units_compatible() -> None:
    assert units_compatible("USD", "dollars")
    assert units_compatible("percent", "%")
    assert units_compatible("people", "People")
    assert units_compatible("years of age", "years")
    assert units_compatible("individuals and entities", "entities")
    assert units_compatible(None, None)
    assert not units_compatible("people", None)
    assert not units_compatible("kg", "people")


# --- participants ---------------------------------------------------------------------------


def test_participants_exact_match() -> None:
    pred = participants(("Acme Corporation", "organization", ["Acme Corporation"]))
    s = score_participants(pred, GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (1, 0, 2)
    assert s.shares["kind"].value == 1.0


def test_participants_alias_match_both_ways() -> None:
    # predicted name is a gold alias; predicted alias is the gold name
    pred = participants(("Roe", "person", []), ("Republic", "country", ["Freedonia"]))
    s = score_participants(pred, GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (2, 0, 1)
    assert s.missed == ["Acme Corporation [organization]"]


def test_participants_optional_not_counted_spurious_counted() -> None:
    pred = participants(
        ("Acme", "organization", []),
        ("Wire Agency", "organization", ["WA"]),
        ("Fentanyl", "organization", []),
    )
    s = score_participants(pred, GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn, s.counts.optional) == (1, 1, 2, 1)
    assert s.spurious[0].startswith("Fentanyl")
    assert s.counts.precision == pytest.approx(0.5)
    assert s.counts.recall == pytest.approx(1 / 3)


def test_participants_each_gold_once_and_kind_right() -> None:
    pred = participants(
        ("Acme Corporation", "group", []),
        ("Acme", "organization", []),
        ("Jane Roe", "person", []),
    )
    s = score_participants(pred, GOLD)
    # the duplicate is a false positive; the exact-name row wins the gold item
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (2, 1, 1)
    assert (s.shares["kind"].hit, s.shares["kind"].total) == (1, 2)
    assert "kind of 'Acme Corporation'" in s.wrong[0]


def test_participants_empty_prediction() -> None:
    s = score_participants(None, GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (0, 0, 3)
    assert s.counts.f1 == 0.0
    assert s.shares["kind"].value is None


# --- quotes ---------------------------------------------------------------------------------

TEN = "one two three four five six seven eight nine ten"
QUOTE_GOLD: dict[str, Any] = {
    **GOLD,
    "quotes": [{"text": TEN, "speaker": "Jane Roe"}],
    "optional_quotes": [{"text": "we will see about that", "speaker": "Acme Corporation"}],
}


def test_quote_overlap_threshold_boundary() -> None:
    eight = "one two three four five six seven eight"
    assert quote_overlap(TEN, eight) == pytest.approx(0.8)
    seven = "one two three four five six seven"
    assert quote_overlap(TEN, seven) == pytest.approx(0.7)
    # extra predicted words count against the match too: 10 shared of 13
    assert quote_overlap(TEN, TEN + " eleven twelve thirteen") == pytest.approx(10 / 13)

    at = score_quotes(quotes((eight, "Roe")), QUOTE_GOLD)
    assert (at.counts.tp, at.counts.fp, at.counts.fn) == (1, 0, 0)
    below = score_quotes(quotes((seven, "Roe")), QUOTE_GOLD)
    assert (below.counts.tp, below.counts.fp, below.counts.fn) == (0, 1, 1)


def test_quote_words_ignore_case_punctuation_and_curly_apostrophes() -> None:
    assert quote_overlap("We don't know.", "“we DON’T know,”") == 1.0


def test_quotes_speaker_insensitive_f1_and_speaker_right_by_alias() -> None:
    s = score_quotes(quotes((TEN, "Ms. Roe")), QUOTE_GOLD)
    assert s.counts.f1 == 1.0
    assert s.shares["speaker"].value == 1.0
    wrong = score_quotes(quotes((TEN, "Acme")), QUOTE_GOLD)
    assert wrong.counts.f1 == 1.0
    assert wrong.shares["speaker"].value == 0.0
    assert wrong.wrong
    none = score_quotes(quotes((TEN, None)), QUOTE_GOLD)
    assert none.shares["speaker"].value == 0.0


def test_quotes_optional_not_counted_spurious_counted() -> None:
    pred = quotes((TEN, "Roe"), ("We will see about that.", None), ("nothing like it", None))
    s = score_quotes(pred, QUOTE_GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn, s.counts.optional) == (1, 1, 0, 1)


# --- statistics -----------------------------------------------------------------------------

STAT_GOLD: dict[str, Any] = {
    "statistics": [
        {"value": 100000, "unit": "people", "text": "100,000 people"},
        {"value": 5, "unit": "USD", "text": "$5"},
        {"value": 12.5, "unit": "percent", "text": "12.5%"},
    ],
    "optional_statistics": [{"value": 3, "unit": "years", "text": "three years"}],
    "not_statistics": [{"text": "2019"}],
}


def test_statistics_value_vs_value_unit() -> None:
    pred = statistics((100000.0, "people"), (5.0, "kg"), (12.5, "%"))
    s = score_statistics(pred, STAT_GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (3, 0, 0)
    vu = s.more["value_unit"]
    assert (vu.tp, vu.fp, vu.fn) == (2, 1, 1)
    assert any("unit of 5" in w for w in s.wrong)


def test_statistics_each_gold_once_optional_and_spurious() -> None:
    pred = statistics((100000.0, "people"), (100000.0, "people"), (3.0, "years"), (2019.0, None))
    s = score_statistics(pred, STAT_GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn, s.counts.optional) == (1, 2, 2, 1)
    assert any("not_statistics" in line for line in s.spurious)


def test_statistics_relative_tolerance() -> None:
    s = score_statistics(statistics((100000.00001, "people")), STAT_GOLD)
    assert s.counts.tp == 1


# --- events ---------------------------------------------------------------------------------

EVENT_GOLD: dict[str, Any] = {
    **GOLD,
    "events": [
        {
            "type": "CONSULT",
            "what": "talks",
            "actors": ["Freedonia", "Acme Corporation"],
            "evidence": ["Freedonia will hold talks with Acme", "The talks start Tuesday"],
        },
        {
            "type": "SANCTION",
            "what": "ban",
            "actors": ["Freedonia"],
            "evidence": ["Freedonia banned the drug"],
        },
    ],
    "optional_events": [
        {
            "type": "ACCUSE",
            "what": "blame",
            "actors": ["Jane Roe"],
            "evidence": ["Roe blamed Acme"],
        },
    ],
}


def test_evidence_overlap() -> None:
    assert evidence_overlap("hold talks", "They will HOLD  talks soon.") == 1.0
    assert evidence_overlap("a b c d e", "a b c x y z") == pytest.approx(0.6)


def test_events_match_by_type_and_evidence() -> None:
    pred = events(("e1", "CONSULT", "Officials said Freedonia will hold talks with Acme soon."))
    s = score_events(pred, None, None, EVENT_GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (1, 0, 1)
    assert s.missed == ["SANCTION “ban”"]


def test_events_type_mismatch_is_not_a_match() -> None:
    pred = events(("e1", "AGREE", "Freedonia will hold talks with Acme."))
    s = score_events(pred, None, None, EVENT_GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (0, 1, 2)


def test_events_optional_duplicate_and_spurious() -> None:
    pred = events(
        ("e1", "SANCTION", "Freedonia banned the drug in 2019."),
        ("e2", "SANCTION", "Freedonia banned the drug."),  # a second row for the same ban
        ("e3", "ACCUSE", "Roe blamed Acme."),  # optional
        ("e4", "COERCE", "Police arrested two men."),
    )
    s = score_events(pred, None, None, EVENT_GOLD)
    assert (s.counts.tp, s.counts.fp, s.counts.fn, s.counts.optional) == (1, 2, 1, 1)


def test_events_actor_share() -> None:
    pred = events(
        ("e1", "CONSULT", "The talks start Tuesday."),
        ("e2", "SANCTION", "Freedonia banned the drug."),
    )
    parts = participants(
        ("Republic", "country", ["Republic"]),  # alias of Freedonia in the gold
        ("Acme", "organization", []),
    )
    link = links(
        ("e1", "p0", "actor"),
        ("e1", "p1", "target"),  # a target is not an actor
        ("e2", "p0", "actor"),
    )
    s = score_events(pred, link, parts, EVENT_GOLD)
    assert s.counts.tp == 2
    assert (s.shares["actors"].hit, s.shares["actors"].total) == (2, 3)
    assert "Acme Corporation" in s.wrong[0]


# --- articles and split ---------------------------------------------------------------------


def test_gold_id_of_record_and_file() -> None:
    ids = ["wire-1", "story"]
    assert gold_id_of("wire-1", ids) == "wire-1"
    assert gold_id_of("story.txt", ids) == "story"
    assert gold_id_of("other.txt", ids) is None


def test_article_ids_by_gold_uses_source_refs() -> None:
    articles = pd.DataFrame(
        [{"article_id": "a1", "source_ref": "x", "source_refs": ["x", "story.txt"]}]
    )
    assert article_ids_by_gold(articles, ["story"]) == {"story": "a1"}


def test_score_article_and_total_micro_average() -> None:
    tables = {
        "participants": participants(("Acme", "organization", [])),
        "quotes": quotes(),
        "statistics": statistics((5.0, "$")),
        "events": events(("e1", "SANCTION", "Freedonia banned the drug.")),
        "event_participants": links(),
    }
    gold = {**EVENT_GOLD, "statistics": STAT_GOLD["statistics"]}
    one = score_article(tables_of_article(tables, "a1"), gold)
    missing = score_article(tables_of_article(tables, None), gold)
    assert missing["participants"].counts.fn == 3
    summed = total({"a": one, "b": missing})
    assert summed["participants"].counts.tp == 1
    assert summed["participants"].counts.fn == 2 + 3
    assert summed["statistics"].more["value_unit"].tp == 1
    values = figures(summed)
    assert values["quotes_speaker"] is None
    failed = missed_targets(values)
    assert any(f.startswith("participants_f1") for f in failed)
    assert not any(f.startswith("quotes_speaker") for f in failed)


def test_counts_conventions() -> None:
    assert Counts().f1 == 1.0  # nothing to find, nothing found
    assert Counts(fp=2).f1 == 0.0
    assert Counts(tp=1, fp=1, fn=1).f1 == pytest.approx(0.5)
    assert TableScore().as_dict()["f1"] == 1.0


def test_write_raw_keeps_only_split_ids(tmp_path: Any) -> None:
    src, raw = tmp_path / "src", tmp_path / "raw"
    src.mkdir()
    raw.mkdir()
    (src / "all.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n')
    (src / "c.txt").write_text("Title\n\nBody")
    (src / "d.txt").write_text("Title\n\nBody")
    missing = write_raw(src, ["b", "c", "e"], raw)
    assert missing == ["e"]
    assert (raw / "all.jsonl").read_text() == '{"id": "b", "text": "y"}\n'
    assert sorted(p.name for p in raw.iterdir()) == ["all.jsonl", "c.txt"]


# --- figures by source -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("Halvik Wire (CC BY 4.0), github:someone/wire@abc", "Halvik Wire"),
        (
            "pellton.gov press room via github:someone/press@def (releases)",
            "pellton.gov press room",
        ),
        ("Corvane Daily", "Corvane Daily"),
        ("", "file"),
        (None, "file"),
    ],
)
def test_source_label_is_the_name_before_licence_and_origin(source: Any, label: str) -> None:
    assert source_label(source) == label


def test_gold_sources_reads_records_and_plain_files_are_file(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"id": "w1", "source": "Halvik Wire (CC BY 4.0)"}\n'
        '{"id": "p1", "source": "pellton.gov via mirror"}\n'
        '{"id": "other", "source": "Corvane Daily"}\n',
        encoding="utf-8",
    )
    (tmp_path / "story.txt").write_text("Title\n\nBody", encoding="utf-8")
    assert gold_sources(tmp_path, ["w1", "p1", "story"]) == {
        "w1": "Halvik Wire",
        "p1": "pellton.gov",
        "story": "file",
    }


def test_by_source_sums_each_sources_articles_apart() -> None:
    hit = score_article({"participants": participants(("Acme", "organization", []))}, GOLD)
    empty = score_article({}, GOLD)
    groups = by_source({"a": hit, "b": empty, "c": empty}, {"a": "Wire", "b": "Wire", "c": "Press"})
    assert list(groups) == ["Press", "Wire"]
    assert groups["Wire"]["participants"].counts.tp == 1
    assert groups["Wire"]["participants"].counts.fn == 2 + 3
    assert groups["Press"]["participants"].counts.tp == 0
    text = format_by_source(groups, {"Press": 1, "Wire": 2})
    wire = next(line for line in text.splitlines() if line.startswith("Wire"))
    assert wire.split()[1:3] == ["2", f"{figures(groups['Wire'])['participants_f1']:.3f}"]


# --- bootstrap intervals ------------------------------------------------------------------


def _scored(tp: int, fp: int, fn: int) -> dict[str, TableScore]:
    """An article's scores whose participants counts are tp/fp/fn, other tables empty."""
    scores = {name: TableScore() for name in ("participants", "quotes", "statistics", "events")}
    scores["participants"].counts = Counts(tp=tp, fp=fp, fn=fn)
    return scores


def test_bootstrap_interval_of_alike_articles_is_their_figure() -> None:
    per_article = {f"a{i}": _scored(3, 1, 0) for i in range(5)}
    low, high = bootstrap_intervals(per_article, resamples=50)["participants_f1"] or (0, 0)
    assert low == high == pytest.approx(figures(_scored(3, 1, 0))["participants_f1"])


def test_bootstrap_interval_spans_unlike_articles_and_holds_the_figure() -> None:
    per_article = {"good": _scored(4, 0, 0), "bad": _scored(0, 4, 4), "mid": _scored(2, 1, 1)}
    summed = total(per_article)["participants"].counts.f1
    low, high = bootstrap_intervals(per_article, resamples=400)["participants_f1"] or (0, 0)
    assert low < summed < high
    assert low >= 0.0 and high <= 1.0


def test_bootstrap_is_seeded_and_a_figure_with_nothing_to_count_has_none() -> None:
    per_article = {"good": _scored(4, 0, 0), "bad": _scored(0, 4, 4), "mid": _scored(2, 1, 1)}
    first = bootstrap_intervals(per_article, resamples=100, seed=7)
    assert first == bootstrap_intervals(per_article, resamples=100, seed=7)
    assert first["quotes_speaker"] is None  # no matched quote anywhere
    assert bootstrap_intervals({})["participants_f1"] is None


def test_format_targets_marks_figures_below_target() -> None:
    values = {"participants_f1": 0.5, "statistics_value_f1": 0.95}
    text = format_targets(values, {"participants_f1": (0.4, 0.6)})
    rows = {line.split()[0]: line for line in text.splitlines()[2:]}
    assert rows["participants_f1"].split()[1:3] == ["0.500", "0.400-0.600"]
    assert rows["participants_f1"].endswith("below")
    assert not rows["statistics_value_f1"].endswith("below")
    assert "n/a" in rows["events_f1"]


# --- agreement of two annotations -----------------------------------------------------------

FULL_GOLD: dict[str, Any] = {
    **EVENT_GOLD,
    "statistics": STAT_GOLD["statistics"],
    "quotes": [{"speaker": "Jane Roe", "text": "We will not sell the formula."}],
}


def _write(folder: Path, name: str, data: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def test_an_annotation_agrees_fully_with_itself(tmp_path: Path) -> None:
    _write(tmp_path / "gold", "story", FULL_GOLD)
    _write(tmp_path / "second", "story", FULL_GOLD)
    values = figures(agreement(tmp_path / "second", tmp_path / "gold")["story"])
    assert values == {
        "participants_f1": 1.0,
        "participants_kind": 1.0,
        "quotes_f1": 1.0,
        "quotes_speaker": 1.0,
        "statistics_value_f1": 1.0,
        "statistics_value_unit_f1": 1.0,
        "events_f1": 1.0,
        "events_actors": 1.0,
    }


def test_agreement_counts_what_the_second_annotator_coded_differently(tmp_path: Path) -> None:
    second = copy.deepcopy(FULL_GOLD)
    second["participants"] = second["participants"][:2]  # left out the country
    second["optional_participants"] = []
    second["quotes"][0]["speaker"] = "Acme Corporation"
    second["events"][0]["actors"] = ["Acme Corporation"]  # one of the two actors
    second["events"][1]["type"] = "ACCUSE"
    second["statistics"][1]["unit"] = "EUR"
    _write(tmp_path / "gold", "story", FULL_GOLD)
    _write(tmp_path / "second", "story", second)
    scores = agreement(tmp_path / "second", tmp_path / "gold")["story"]
    p, e = scores["participants"].counts, scores["events"].counts
    assert (p.tp, p.fp, p.fn) == (2, 0, 1)
    assert scores["quotes"].shares["speaker"].value == 0.0
    assert (e.tp, e.fp, e.fn) == (1, 1, 1)
    assert scores["events"].shares["actors"].value == 0.5
    assert scores["statistics"].counts.f1 == 1.0
    assert scores["statistics"].more["value_unit"].tp == 2


def test_agreement_needs_a_gold_file_for_each_second_annotation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "gold", "story", FULL_GOLD)
    _write(tmp_path / "second", "another", FULL_GOLD)
    code = main(["--agreement", str(tmp_path / "second"), "--gold", str(tmp_path / "gold")])
    assert code == 2
    assert "another.json: no gold file" in capsys.readouterr().err


def test_agreement_from_the_command_line_writes_its_figures(tmp_path: Path) -> None:
    _write(tmp_path / "gold", "story", FULL_GOLD)
    _write(tmp_path / "second", "story", FULL_GOLD)
    out = tmp_path / "agreement.json"
    args = ["--agreement", str(tmp_path / "second"), "--gold", str(tmp_path / "gold")]
    assert main([*args, "--out", str(out), "--quiet"]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["articles"] == ["story"]
    assert result["figures"]["events_f1"] == 1.0
