"""Statistics: the numbers of an article that measure something in the world.

A statistic is a number expression (digits, number words, scales: "1.5 million", "a dozen",
"hundreds of thousands", a range "18 to 49") together with what it counts (`unit`), the rate
period ("a year"), whether it is approximate ("almost") and a short phrase from the parse that
says what is measured. Dates, times of day, ordinals, identifiers ("H.R. 2210") and anaphoric
counts ("the two countries") are left out. A number written without its noun takes the unit its
context gives it ("the number of seats from 40 to 90", "another 3,000", "a crowd of 18,000",
"1 of 13 passes"); two numbers joined by a hyphen may be a score, a win-loss record or a vote
("beat X 20-13", "Riverton (9-4)", "a 5-4 ruling"); a bare '$' is in the dollars the article
names ("AU$25 million"); a later mention with the same words is one statistic with the first.

Every word a rule depends on lives in `lexicons/numbers.json`; this module holds the mechanisms.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from flows.extract import canon
from flows.extract.inflection import plural, singular
from flows.extract.lexicon import load_lexicon
from flows.extract.parse import doc_text, doc_tokens
from flows.extract.records import Statistic

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DIGITS = re.compile(rf"^(?:{_NUM}|\.\d+)$")
_DIGITS_SCALED = re.compile(rf"^({_NUM})([a-z]{{1,2}})$", re.IGNORECASE)
_DIGITS_UNIT = re.compile(rf"^({_NUM})([a-z]{{2,4}})$", re.IGNORECASE)  # '512MHz', '16GB'
_DIGIT_RANGE = re.compile(rf"^({_NUM})[-–—]({_NUM})$")
_CURRENCY_GLUED = re.compile(rf"^([A-Z]{{1,3}}\$)({_NUM})$")
_CODE_GLUED = re.compile(rf"^([A-Z]{{1,3}})({_NUM})$")  # the 'US1' of '$US1 million'
# A plural of a model designation ('787s', 'A380s', 'F-16s'), and its bare digits in the text.
_MODEL_PLURAL = re.compile(r"^(?:[A-Za-z]{1,3}-?\d+[A-Za-z]{0,2}|\d{3,})s$")
_MODEL_PLURAL_TEXT = re.compile(r"(?<![\w$.,/-])(\d{2}[1-9])s\b")
_VERSION = re.compile(r"^\d{1,2}\.\d{1,2}$")  # the '2.0' of 'USB 2.0 ports' after a name
_FRACTION = re.compile(r"^([1-9])/([2-9])$")  # the '1/2' of '2 1/2 hours'
_OF_DIGITS = re.compile(rf"^of-({_NUM})$")  # the tail of '29-of-34', as the tokenizer splits it
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_BY_DIGITS = re.compile(rf"^(?:by|x)-({_NUM})$", re.IGNORECASE)  # the tail of '480-by-360'
# Character patterns whose digits are never statistics: phone numbers, clock times,
# slashed dates or codes ("9/11", "24/7"), ordinals with a suffix ("2nd", "42<sup>nd").
_BLOCKED_PATTERNS = (
    re.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b"),
    re.compile(r"\b\d{1,2}:\d{2}\b"),
    re.compile(r"(?<!\d )(?<!\d-)\b\d+(?:/\d+)+\b"),  # not the fraction of '2 1/2', '2-1/2'
    re.compile(r"\b\d+(?:<sup>)?(?:st|nd|rd|th)\b", re.IGNORECASE),
    re.compile(r"<[^<>\n]{1,300}>"),
    re.compile(r"\b\d+\+\d+\b"),
    re.compile(r"\b1-8\d\d-[\dA-Z]{3}-[\dA-Z]{4}\b"),  # toll-free numbers ('1-800-662-HELP')
)
# Emphasis marks kept from the source's markup ('*de minimis* shipments').
_MARKUP = frozenset({"*", "**", "_", "__"})
_HYPHENS = frozenset({"-", "–", "—"})
_CLOSERS = frozenset({"PUNCT", "CCONJ"})  # what may follow a number that ends its phrase
_BRACKETED_TAIL = re.compile(r"\s*\([^()]{1,12}\)\s*$")
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_LEFT_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "case", "npadvmod", "advmod"})
_RIGHT_MODIFIERS = frozenset({"prep", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "npadvmod", "appos", "dative"})
_VERB_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "prep", "agent", "xcomp", "oprd"})
_VERB_ADJUNCTS = frozenset({"neg", "auxpass", "prt"})


@dataclass(frozen=True)
class _Rules:
    """The numbers lexicon, in the shapes the mechanisms use."""

    words: dict[str, float]
    phrases: dict[tuple[str, ...], float]
    phrase_starts: frozenset[str]
    number_starts: frozenset[str]  # the words a number expression may start with
    vague: frozenset[str]
    not_counts: frozenset[str]
    scales: dict[str, float]
    currencies: dict[str, str]
    percent: tuple[tuple[str, ...], ...]
    unit_aliases: dict[str, str]
    approximate: tuple[tuple[str, ...], ...]
    approximate_after: tuple[tuple[str, ...], ...]
    periods: dict[str, str]
    period_cues: frozenset[str]
    per_cues: frozenset[str]
    identifier_cues: tuple[str, ...]  # lowercase, each with and without a trailing space
    identifier_after_cues: tuple[str, ...]
    duration_units: dict[str, str]
    age_cues: frozenset[str]
    age_unit: str
    age_suffixes: tuple[str, ...]
    date_words: frozenset[str]
    range_connectors: frozenset[str]
    range_openers: frozenset[str]
    change_verbs: frozenset[str]
    definite: frozenset[str]
    anaphoric_max: float
    name_entities: frozenset[str]
    time_entities: frozenset[str]
    year_min: int
    year_max: int
    not_units: frozenset[str]
    not_numbers: frozenset[str]
    ratio_cues: tuple[tuple[str, ...], ...]
    needs_plural_noun: frozenset[str]
    needs_nummod: frozenset[str]
    fractions: dict[str, float]
    ordinal_words: frozenset[str]
    blocked_strings: tuple[str, ...]
    decade_words: frozenset[str]
    negative_cues: frozenset[str]
    max_words: int
    measure_nouns: frozenset[str]
    fresh_determiners: frozenset[str]
    referential_nouns: frozenset[str]
    rhetorical_nouns: frozenset[str]
    extreme_nouns: frozenset[str]
    quantity_units: dict[str, str]
    named_scales: dict[str, str]
    noun_units: dict[str, str]
    units_before: dict[str, str]
    pair_nouns: dict[str, str]
    pair_verbs: dict[str, str]
    score_units: tuple[str, ...]
    record_units: tuple[str, str]
    level_nouns: frozenset[str]
    age_verbs: frozenset[str]
    partitive_units: dict[str, tuple[str, str]]
    scaled_currencies: dict[str, str]
    single_duration_cues: frozenset[str]
    relative_after: frozenset[str]
    percentage_points: tuple[tuple[str, ...], ...]
    structure_nouns: frozenset[str]
    area_words: dict[str, str]
    calibre_words: frozenset[str]
    address: re.Pattern[str] | None
    pixel_nouns: frozenset[str]
    firearm_nouns: frozenset[str]
    dimension_connectors: frozenset[str]
    unit_names: dict[str, str]
    bare_decimal_unit: str | None
    loss_nouns: dict[str, str]
    loss_verbs: frozenset[str]


def _address_pattern(suffixes: list[str]) -> re.Pattern[str] | None:
    """A street address: a number, an optional compass point, one to three capitalised
    words and a street suffix ('325 E. Dahlia Ave', '10 Main Street')."""
    if not suffixes:
        return None
    ends = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf"\b\d+ (?:[NSEW]\. )?(?:[A-Z][a-z]+ ){{1,3}}(?:{ends})\b")


def _phrases(items: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word cues as lowercase token tuples, longest first."""
    split = {tuple(item.lower().split()) for item in items if item.strip()}
    return tuple(sorted(split, key=lambda words: (-len(words), words)))


def _lowset(lex: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lex.get(key, []))


def _lowdict(lex: dict[str, Any], key: str) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in lex.get(key, {}).items()}


@cache
def _rules() -> _Rules:
    lex: dict[str, Any] = load_lexicon("numbers")
    words = {str(k).lower(): float(v) for k, v in lex["words"].items()}
    return _Rules(
        words={k: v for k, v in words.items() if " " not in k},
        phrases={tuple(k.split()): v for k, v in words.items() if " " in k},
        phrase_starts=frozenset(k.split()[0] for k in words if " " in k),
        number_starts=frozenset({"a", "an"} | {k.split()[0] for k in words}),
        vague=frozenset(str(w).lower() for w in lex.get("vague", [])),
        not_counts=frozenset(str(w).lower() for w in lex.get("not_counts", [])),
        scales={str(k).lower(): float(v) for k, v in lex["scales"].items()},
        currencies={str(k): str(v) for k, v in lex["currencies"].items()},
        percent=_phrases(lex["percent"]),
        unit_aliases={str(k).lower(): str(v) for k, v in lex["unit_aliases"].items()},
        approximate=_phrases(lex["approximate"]),
        approximate_after=_phrases(lex.get("approximate_after", [])),
        periods={str(k).lower(): str(v) for k, v in lex["periods"].items()},
        period_cues=frozenset(str(w).lower() for w in lex["period_cues"]),
        per_cues=frozenset(str(w).lower() for w in lex.get("per_cues", ["per"])),
        identifier_cues=tuple(
            dict.fromkeys(
                ending
                for cue in sorted(lex["identifier_cues"], key=len, reverse=True)
                for ending in (cue.lower(), cue.lower() + " ")
            )
        ),
        identifier_after_cues=tuple(lex.get("identifier_after_cues", [])),
        duration_units={str(k).lower(): str(v) for k, v in lex["duration_units"].items()},
        age_cues=frozenset(str(w).lower() for w in lex.get("age_cues", [])),
        age_unit=str(lex.get("age_unit", "years of age")),
        age_suffixes=tuple(str(w).lower() for w in lex.get("age_suffixes", [])),
        date_words=frozenset(str(w).lower() for w in lex.get("date_words", [])),
        range_connectors=frozenset(str(w).lower() for w in lex.get("range_connectors", [])),
        range_openers=frozenset(str(w).lower() for w in lex.get("range_openers", [])),
        change_verbs=frozenset(str(w).lower() for w in lex.get("change_verbs", [])),
        definite=frozenset(str(w).lower() for w in lex.get("definite_determiners", [])),
        anaphoric_max=float(lex.get("anaphoric_max", 20)),
        name_entities=frozenset(lex.get("name_entity_types", [])),
        time_entities=frozenset(lex.get("time_entity_types", ["DATE", "TIME"])),
        year_min=int(lex.get("year_range", [1800, 2100])[0]),
        year_max=int(lex.get("year_range", [1800, 2100])[1]),
        not_units=_lowset(lex, "not_units"),
        not_numbers=_lowset(lex, "not_numbers"),
        ratio_cues=_phrases(lex.get("ratio_cues", [])),
        needs_plural_noun=_lowset(lex, "needs_plural_noun"),
        needs_nummod=_lowset(lex, "needs_nummod"),
        ordinal_words=_lowset(lex, "ordinal_words"),
        blocked_strings=tuple(str(w) for w in lex.get("blocked_strings", [])),
        decade_words=_lowset(lex, "decade_words"),
        negative_cues=_lowset(lex, "negative_cues"),
        fractions={str(k).lower(): float(v) for k, v in lex.get("fractions", {}).items()},
        max_words=int(lex.get("max_measured_words", 12)),
        measure_nouns=_lowset(lex, "measure_nouns"),
        fresh_determiners=_lowset(lex, "fresh_determiners"),
        referential_nouns=_lowset(lex, "referential_nouns"),
        rhetorical_nouns=_lowset(lex, "rhetorical_nouns"),
        extreme_nouns=_lowset(lex, "extreme_nouns"),
        quantity_units={str(k).lower(): str(v) for k, v in lex.get("quantity_units", {}).items()},
        named_scales={str(k).lower(): str(v) for k, v in lex.get("named_scales", {}).items()},
        noun_units=_lowdict(lex, "noun_units"),
        units_before=_lowdict(lex, "units_before"),
        pair_nouns=_lowdict(lex, "pair_nouns"),
        pair_verbs=_lowdict(lex, "pair_verbs"),
        score_units=tuple(str(w) for w in lex.get("score_units", ["points"])),
        record_units=(str(lex["record_units"][0]), str(lex["record_units"][1])),
        level_nouns=_lowset(lex, "level_nouns"),
        age_verbs=_lowset(lex, "age_verbs"),
        scaled_currencies=_lowdict(lex, "scaled_currencies"),
        single_duration_cues=_lowset(lex, "single_duration_cues"),
        relative_after=_lowset(lex, "relative_after"),
        percentage_points=_phrases(lex.get("percentage_points", [])),
        structure_nouns=_lowset(lex, "structure_nouns"),
        area_words=_lowdict(lex, "area_words"),
        calibre_words=_lowset(lex, "calibre_words"),
        address=_address_pattern(lex.get("street_suffixes", [])),
        pixel_nouns=_lowset(lex, "pixel_nouns"),
        firearm_nouns=_lowset(lex, "firearm_nouns"),
        dimension_connectors=_lowset(lex, "dimension_connectors"),
        unit_names=_lowdict(lex, "unit_names"),
        bare_decimal_unit=lex.get("bare_decimal_unit"),
        loss_nouns=_lowdict(lex, "loss_nouns"),
        loss_verbs=_lowset(lex, "loss_verbs"),
        partitive_units={
            str(k).lower(): (str(v[0]), str(v[1]))
            for k, v in lex.get("partitive_units", {}).items()
        },
    )


# --------------------------------------------------------------------------- numbers


@dataclass
class _Number:
    """A number expression over tokens [start, end)."""

    start: int
    end: int
    value: float
    vague: bool = False
    has_digits: bool = False
    has_scale: bool = False
    value_max: float | None = None


@dataclass
class _Part:
    kind: str  # "num" or "scale"
    value: float
    length: int
    word: str


def _lower(doc: Doc, i: int) -> str:
    tokens = doc_tokens(doc)
    return tokens[i].lower_ if 0 <= i < len(tokens) else ""


def _is_long_scale(rules: _Rules, word: str) -> bool:
    """A scale that may stand apart from its digits ('million', '8.4 bn'; not 'm', 'k')."""
    return word in rules.scales and len(word) > 1


def _read_part(doc: Doc, j: int, rules: _Rules, after: _Part | None) -> _Part | None:
    """One piece of a number expression at token j: a number or a scale word."""
    if j >= len(doc):
        return None
    text, low = doc[j].text, doc[j].lower_
    if low in ("a", "an") and _is_long_scale(rules, _lower(doc, j + 1)):
        return _Part("num", 1.0, 1, low)
    for phrase, value in rules.phrases.items() if low in rules.phrase_starts else ():
        if tuple(_lower(doc, j + k) for k in range(len(phrase))) == phrase:
            return _Part("num", value, len(phrase), " ".join(phrase))
    if _DIGITS.match(text):
        return _Part("num", float(text.replace(",", "")), 1, text)
    glued = _CURRENCY_GLUED.match(text)
    if glued and glued.group(1) in rules.currencies:
        return _Part("num", float(glued.group(2).replace(",", "")), 1, glued.group(2))
    prefixed = _dollar_prefixed(doc, j, rules)
    if prefixed is not None:
        return _Part("num", prefixed[1], 1, prefixed[2])
    scaled = _DIGITS_SCALED.match(text)
    if scaled and scaled.group(2).lower() in rules.scales:
        value = float(scaled.group(1).replace(",", "")) * rules.scales[scaled.group(2).lower()]
        return _Part("num", value, 1, text)
    if _glued_unit(doc[j], rules) is not None:
        return _Part(
            "num", float(doc[j].text[: -len(_glued_unit_text(doc[j]))].replace(",", "")), 1, text
        )
    if after is not None and low in rules.scales:
        attached = j > 0 and not doc[j - 1].whitespace_
        if _is_long_scale(rules, low) or attached:
            return _Part("scale", rules.scales[low], 1, low)
    if after is not None and after.word in rules.vague and low in rules.vague:
        return _Part("scale", rules.words[low], 1, low)
    if low in rules.words:
        return _Part("num", rules.words[low], 1, low)
    return None


def _dollar_prefixed(doc: Doc, j: int, rules: _Rules) -> tuple[str, float, str] | None:
    """'$US1 million', '$A20 million': a dollar sign, then the country's letters glued to the
    digits (one token 'US1'). The currency code, the value and the digits."""
    text = doc[j].text
    if j == 0 or not text[:1].isupper() or not text[-1:].isdigit():
        return None
    code = _CODE_GLUED.match(text)
    if code is None or doc[j - 1].text != "$" or doc[j - 1].whitespace_:
        return None
    currency = rules.currencies.get(code.group(1) + "$")
    if currency is None:
        return None
    return currency, float(code.group(2).replace(",", "")), code.group(2)


def _glued_unit_text(token: Token) -> str:
    match = _DIGITS_UNIT.match(token.text)
    return match.group(2) if match else ""


def _glued_unit(token: Token, rules: _Rules) -> str | None:
    """The unit glued to the digits of one token ('512MHz' -> 'MHz', '16GB')."""
    suffix = _glued_unit_text(token).lower()
    return rules.unit_aliases.get(suffix) if suffix else None


def _connector_length(doc: Doc, j: int, prev: _Part, rules: _Rules) -> int:
    """Tokens to skip between two pieces of one number ("twenty-five", "hundred and fifty",
    "two and a half", "half a million", "hundreds of thousands")."""
    low = _lower(doc, j)
    nxt = _lower(doc, j + 1)
    if low == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        return 1 if prev.kind == "num" and not _DIGITS.match(prev.word) else 0
    if low == "and" and nxt in ("a", "one") and _lower(doc, j + 2) == "half":
        return 1
    if low == "and" and prev.kind == "scale" and prev.value >= 100 and nxt in rules.words:
        return 1
    if low in ("a", "an") and prev.word == "half" and _is_long_scale(rules, nxt):
        return 1
    if low == "of" and prev.word in rules.vague and nxt in rules.vague:
        return 1
    return 0


def _fits(prev: _Part, part: _Part, rules: _Rules) -> bool:
    """Whether `part` may follow `prev` inside one number."""
    if part.kind == "scale":
        return True
    if prev.kind == "scale":
        digits_ok = prev.value >= 1000 and part.value < 1000
        return part.value < prev.value and (digits_ok or not _DIGITS.match(part.word))
    is_word = not _DIGITS.match(part.word) and not _DIGITS.match(prev.word)
    tens_then_units = prev.value >= 20 and prev.value < 100 and prev.value % 10 == 0
    return is_word and (part.value < 1 or (tens_then_units and part.value < 10))


def _combine(parts: list[_Part]) -> float:
    total, current = 0.0, 0.0
    for part in parts:
        if part.kind == "num":
            current += part.value
        elif part.value >= 1000:
            total += (current or 1.0) * part.value
            current = 0.0
        else:
            current = (current or 1.0) * part.value
    return total + current


def _single_duration(doc: Doc, i: int, rules: _Rules) -> bool:
    """'a'/'an' counting one unit of time after a duration cue ('for a year', 'less than a
    day'); not a rate ('$4 million a year') nor a relative time ('a year ago')."""
    if doc[i].lower_ not in ("a", "an"):
        return False
    unit = _lower(doc, i + 1)
    return (
        unit in rules.duration_units
        and not unit.endswith("s")
        and unit not in rules.ordinal_words  # 'a second time'
        and _lower(doc, i - 1) in rules.single_duration_cues
        and _lower(doc, i + 2) not in rules.date_words
        and _lower(doc, i + 2) not in rules.relative_after
    )


def _fraction_after(doc: Doc, j: int, parts: list[_Part]) -> tuple[float, int]:
    """The proper fraction after a whole number ('2 1/2', '7 ½', '2-1/2' as agency style
    writes it) and the tokens it takes, or (0, 0)."""
    if j >= len(doc) or len(parts) != 1 or not parts[0].word.isdigit():
        return 0.0, 0
    skip = 0
    if doc[j].text in _HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        skip = 1  # '2-1/2': the hyphen joins the whole number to its fraction
        if j + 1 >= len(doc) or not _FRACTION.match(doc[j + 1].text):
            return 0.0, 0
    elif not doc[j - 1].whitespace_:
        return 0.0, 0
    text = doc[j + skip].text
    slashed = _FRACTION.match(text)
    if slashed:
        numerator, denominator = int(slashed.group(1)), int(slashed.group(2))
        return (numerator / denominator, skip + 1) if numerator < denominator else (0.0, 0)
    if len(text) == 1 and unicodedata.category(text) == "No":
        value = unicodedata.numeric(text, 0.0)
        return (value, 1) if 0 < value < 1 else (0.0, 0)
    return 0.0, 0


def _year_then_count(low: str, high: float, rules: _Rules) -> bool:
    """'2023—216,294': a year glued by a dash to a larger number that is no year (the
    count of that year), not a range ('2013-14' is a season, '1999-2001' years)."""
    return (
        len(low) == 4
        and low.isdigit()
        and rules.year_min <= int(low) <= rules.year_max
        and high > int(low)
        and not rules.year_min <= high <= rules.year_max
    )


def _read_number(doc: Doc, i: int, rules: _Rules) -> _Number | None:
    """The number expression starting at token i, if one does."""
    token = doc_tokens(doc)[i]
    text = token.text
    if not (text[:1].isdigit() or text[:1] == "." or "$" in text or text[-1:].isdigit()) and (
        token.lower_ not in rules.number_starts and not text.startswith(("of-", "by-", "x-"))
    ):
        return None  # the common case, decided without reading further
    if _single_duration(doc, i, rules):
        return _Number(i, i + 1, 1.0)  # 'for a year', 'less than a day'
    of_digits = _OF_DIGITS.match(doc[i].text) if doc[i].lower_.startswith("of-") else None
    if of_digits and i >= 2 and doc[i - 1].text in _HYPHENS and _DIGITS.match(doc[i - 2].text):
        return _Number(i, i + 1, float(of_digits.group(1).replace(",", "")), has_digits=True)
    by_digits = _BY_DIGITS.match(text) if text[:1] in "bBxX" else None
    if by_digits and _glued_to_digits(doc, i):
        return _Number(i, i + 1, float(by_digits.group(1).replace(",", "")), has_digits=True)
    single_range = _DIGIT_RANGE.match(doc[i].text)
    if single_range:
        low, high = (float(g.replace(",", "")) for g in single_range.groups())
        if _year_then_count(single_range.group(1), high, rules):
            return _Number(i, i + 1, high, has_digits=True)  # '2023—216,294 total'
        return _Number(i, i + 1, low, has_digits=True, value_max=high)
    first = _read_part(doc, i, rules, None)
    if first is None or first.kind != "num":
        return None
    parts, j = [first], i + first.length
    while j < len(doc):
        skip = _connector_length(doc, j, parts[-1], rules)
        part = _read_part(doc, j + skip, rules, parts[-1])
        if part is None or not _fits(parts[-1], part, rules):
            break
        parts.append(part)
        j += skip + part.length
    words = [p.word for p in parts]
    if all(w in rules.not_counts for w in words):
        return None
    value = _combine(parts)
    fraction, taken = _fraction_after(doc, j, parts)
    if fraction:
        value, j = value + fraction, j + taken
    return _Number(
        start=i,
        end=j,
        value=value,
        vague=any(w in rules.vague for w in words),
        has_digits=any(
            _DIGITS.match(w) or _DIGITS_SCALED.match(w) or _DIGITS_UNIT.match(w) for w in words
        ),
        has_scale=any(p.kind == "scale" for p in parts),
    )


# --------------------------------------------------------------------------- exclusions


def _blocked_chars(text: str, rules: _Rules) -> list[tuple[int, int]]:
    """Character spans that hold no statistic: codes, clock times, markup, set phrases."""
    patterns = _BLOCKED_PATTERNS if rules.address is None else (*_BLOCKED_PATTERNS, rules.address)
    spans = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    for phrase in rules.blocked_strings:
        pattern = re.compile(rf"(?<![\w/-]){re.escape(phrase)}(?![\w/-])", re.IGNORECASE)
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


def _text_before(doc: Doc, i: int, size: int = 8) -> str:
    """The text of the few tokens before token i, with their spacing (doc.text is rebuilt
    from every token on each access, so it is read once per document only)."""
    return "".join(t.text_with_ws for t in doc[max(0, i - size) : i])


def _text_after(doc: Doc, i: int, size: int = 6) -> str:
    """The text right after token i - 1, from its trailing space on."""
    lead = doc[i - 1].whitespace_ if i > 0 else ""
    return lead + "".join(t.text_with_ws for t in doc[i : i + size])


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _after_identifier_cue(doc: Doc, start: int, rules: _Rules) -> bool:
    """'H.R. 2210', 'Section 3', 'G7', 'COVID-19', 'Executive Order (EO) 15001': the text
    just before the number names a thing."""
    before = _text_before(doc, start)[-40:].lower()
    unbracketed = _BRACKETED_TAIL.sub(" ", before)
    return any(_ends_with_cue(text, rules) for text in {before, unbracketed})


def _ends_with_cue(before: str, rules: _Rules) -> bool:
    """Whether the lowercase text ends with an identifier cue (with or without its space)
    that starts a word."""
    for candidate in rules.identifier_cues:
        if not before.endswith(candidate):
            continue
        head = before[: len(before) - len(candidate)]
        if not head or not (head[-1].isalnum() or head[-1] == "."):
            return True
    return False


def _inside_word(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """Digits glued to letters ('G7', 'F-35', 'KC-10A', 'COVID-19', '5G')."""
    start, end = num.start, num.end
    if start > 0 and not doc[start - 1].whitespace_:
        prev = doc[start - 1].text
        if prev[-1:].isalpha():
            return True
        if prev in ("-", "–") and start > 1 and not doc[start - 2].whitespace_:
            return any(c.isalpha() for c in doc[start - 2].text)  # 'COVID-19', 'KB21-045'
    if end < len(doc) and not doc[end - 1].whitespace_:
        nxt = doc[end].text
        return nxt[:1].isalpha() and nxt.lower() not in rules.unit_aliases
    return False


def _zero_led(doc: Doc, num: _Number) -> bool:
    """Digits with a leading zero ('078', '007'): a code, never a count."""
    text = doc[num.start].text
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def _list_marker(doc: Doc, num: _Number) -> bool:
    """'1.' or '1)' or '(1)' opening a line or item."""
    if num.end >= len(doc) or doc[num.end].text not in (")", "."):
        return False
    if doc[num.end - 1].whitespace_:
        return False
    prev = num.start - 1
    if doc[num.end].text == ")":
        opener = prev < 0 or doc[prev].text == "(" or doc[prev].is_space
        return opener or bool(doc[prev].whitespace_)
    return num.start == 0 or doc[num.start].is_sent_start or "\n" in doc[prev].text_with_ws


def _identifier_after(doc: Doc, end: int, rules: _Rules) -> bool:
    """'21 U.S.C. 841', '75 Stat. 681': a number that opens a legal citation."""
    after = _text_after(doc, end)[:12].lstrip()
    return any(after.startswith(cue) for cue in rules.identifier_after_cues)


def _in_named_entity(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """'Boeing 757', 'Title 42': a number inside a name. An entity that is nothing but
    the number ('288' tagged FAC) is a tagging error and does not count."""
    for k in range(num.start, num.end):
        if doc[k].ent_type_ not in rules.name_entities:
            continue
        start, end = _entity_bounds(doc, k)
        if _scaled_digits(doc[k], rules) and end - start == 1:
            continue
        if doc[k].ent_type_ == "ORDINAL" or any(_is_word(doc[t]) for t in range(start, end)):
            return True
    return False


def _scaled_digits(token: Token, rules: _Rules) -> bool:
    """'30bn', '5m': digits with a scale suffix, which the tagger may take for an ordinal
    or a name."""
    scaled = _DIGITS_SCALED.match(token.text)
    return scaled is not None and scaled.group(2).lower() in rules.scales


def _is_word(token: Token) -> bool:
    return any(c.isalpha() for c in token.text) and not token.like_num


def _entity_bounds(doc: Doc, k: int) -> tuple[int, int]:
    """Token bounds of the entity holding token k."""
    start, end = k, k + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _next_to_date_word(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """'January 6', '6 January', 'Jan. 6, 2021', '3 p.m.'."""
    before = _lower(doc, num.start - 1)
    if before in rules.date_words:
        return True
    after = _lower(doc, num.end)
    return after in rules.date_words


def _is_year(num: _Number, doc: Doc, rules: _Rules) -> bool:
    text = doc[num.start].text
    return (
        num.end - num.start == 1
        and len(text) == 4
        and text.isdigit()
        and rules.year_min <= num.value <= rules.year_max
    )


def _clipped_year(doc: Doc, num: _Number) -> bool:
    """ "since '82", "the ’66 squad", "iLife '09": two digits after an apostrophe glued to them
    are a year, unless a plural noun or unit after them is what they count ('82 people)."""
    k = num.start
    if num.end - k != 1 or len(doc[k].text) != 2 or not doc[k].text.isdigit() or k == 0:
        return False
    mark = doc[k - 1]
    if mark.text not in ("'", "’", "‘") or mark.whitespace_:
        return False
    if mark.i > 0 and not doc[mark.i - 1].whitespace_:
        return False  # "it's 82": no opening mark
    if _lower(doc, mark.i - 1) in ("year", "fy"):
        return True  # "Fiscal Year '23 seizures": the year of the seizures
    after = doc[num.end] if num.end < len(doc) else None
    return after is None or after.tag_ not in ("NNS", "NNPS", "CD") and after.lower_ != "percent"


def _excluded(doc: Doc, num: _Number, rules: _Rules, blocked: list[tuple[int, int]]) -> bool:
    """Numbers that are names, ordinals, codes, list markers or calendar dates."""
    start, end = _char_span(doc, num.start, num.end)
    return (
        _overlaps(start, end, blocked)
        or _after_identifier_cue(doc, num.start, rules)
        or _identifier_after(doc, num.end, rules)
        or _inside_word(doc, num, rules)
        or _list_marker(doc, num)
        or _zero_led(doc, num)
        or _in_named_entity(doc, num, rules)
        or _next_to_date_word(doc, num, rules)
        or _lower(doc, num.end) in rules.decade_words  # 'the nineteen seventies'
        or doc[num.start : num.end].text.lower() in rules.not_numbers
        or _ordinal_suffix(doc, num, rules)
        or _appositive_age(doc, num)
        or _clipped_year(doc, num)
        or _after_year_hyphen(doc, num, rules)
        or _after_identifier_hyphen(doc, num, rules)
    )


def _glued_by_hyphen(doc: Doc, num: _Number) -> Token | None:
    """The token a number is glued to by a hyphen, with no space on either side ('2291-4',
    '2024-12'), or None."""
    k = num.start
    if k < 2 or doc[k - 1].text not in _HYPHENS or doc[k - 1].whitespace_:
        return None
    before = doc[k - 2]
    return None if before.whitespace_ else before


def _after_identifier_hyphen(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """'22 U.S.C. 2291-4', 'Section 301-2': digits glued by a hyphen to an identifier's
    number continue the identifier."""
    before = _glued_by_hyphen(doc, num)
    return (
        before is not None and before.text.isdigit() and _after_identifier_cue(doc, before.i, rules)
    )


def _after_year_hyphen(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """'No. 2024-12', 'CVE-2013-3893', 'the 2013-14 season': digits glued by a hyphen to a
    year name a document, a code or a season, not a count."""
    year = _glued_by_hyphen(doc, num)
    return (
        year is not None
        and len(year.text) == 4
        and year.text.isdigit()
        and rules.year_min <= int(year.text) <= rules.year_max
    )


def _appositive_age(doc: Doc, num: _Number) -> bool:
    """'Jane Doe, 33, said': an age set off by commas after a name."""
    before, after = num.start - 1, num.end
    if before < 1 or after >= len(doc) or num.end - num.start != 1 or num.value >= 130:
        return False
    if doc[before].text != "," or doc[after].text != ",":
        return False
    return doc[before - 1].pos_ == "PROPN" or doc[before - 1].tag_ == "POS"


def _ordinal_suffix(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """'two hundred and forty-fifth': a number word glued to an ordinal; digits with the
    ordinal's ending split off by a space ('the 15,210 th plane')."""
    j = num.end
    if num.has_digits and _lower(doc, j) in _ORDINAL_ENDINGS and doc[j - 1].text[-1:].isdigit():
        return True
    if j + 1 >= len(doc) or doc[j].text not in ("-", "–") or doc[j - 1].whitespace_:
        return False
    return doc[j + 1].lower_ in rules.ordinal_words and _lower(doc, j + 2) != "of"


# --------------------------------------------------------------------------- expression


@dataclass
class _Expression:
    """A number with everything around it that belongs to the statistic."""

    num: _Number
    first: int  # first token of the mention
    tail: int  # token after the numbers and unit words
    value_max: float | None = None
    unit: str | None = None
    unit_noun: Token | None = None
    unit_last: int = -1  # last token of the unit noun phrase, when it follows the number
    unit_word: Token | None = None  # %, percent, dollars, kg ...
    unit_via_of: bool = False  # the unit noun is the object of 'of' ('millions of people')
    is_duration: bool = False
    is_ratio: bool = False
    adjectival: bool = False  # 'a four-part agenda': a number inside an adjective
    is_age: bool = False
    dimension: bool = False  # the first number of '960 x 640 pixels', in the second's unit
    period: str | None = None
    period_last: int = -1
    approximate: bool = False
    dollar: bool = False  # a bare '$', whose country the article may say elsewhere
    level: bool = False  # names a level ('the 5,000 mark') in the unit of the counts around it
    after_name: bool = False  # bare digits after a name ('Browser 8'): no count unless paired


def _currency_before(doc: Doc, start: int, rules: _Rules) -> tuple[int, str] | None:
    """Where a currency symbol or code right before the number starts, and its code ('$2.7',
    'CAD $5', 'NT $18' -> TWD, 'US $5' -> USD)."""
    prev = start - 1
    prefixed = _dollar_prefixed(doc, start, rules)
    if prefixed is not None:
        return prev, prefixed[0]  # '$US1 million'
    if prev >= 1 and doc[prev - 1].text == "$" and not doc[prev - 1].whitespace_:
        code = rules.currencies.get(doc[prev].text + "$")
        if code is not None and doc[prev].text.isupper():
            return prev - 1, code  # '$US 1 million'
    if prev < 0 or doc[prev].text not in rules.currencies or doc[prev].is_lower:
        return None
    found = prev, rules.currencies[doc[prev].text]
    code = doc[prev - 1].text if prev >= 1 else ""
    if not code.isupper() or doc[prev - 1].pos_ == "DET":
        return found  # 'A $103 million sum'
    joined = code + doc[prev].text if doc[prev].text == "$" else ""
    if code in rules.currencies or joined in rules.currencies:
        return prev - 1, rules.currencies.get(code) or rules.currencies[joined]
    return found


def _glued_currency(token: Token, rules: _Rules) -> str | None:
    """The code of a currency glued to the digits ('AU$25', 'US$14')."""
    glued = _CURRENCY_GLUED.match(token.text)
    return rules.currencies.get(glued.group(1)) if glued else None


def _match_phrase(doc: Doc, j: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first phrase matching the tokens from j, or 0."""
    first = _lower(doc, j)
    for phrase in phrases:
        if phrase[0] != first:
            continue
        if tuple(_lower(doc, j + k) for k in range(len(phrase))) == phrase:
            return len(phrase)
    return 0


def _phrase_before(doc: Doc, j: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first phrase ending right before token j, or 0."""
    last = _lower(doc, j - 1)
    for phrase in phrases:
        size = len(phrase)
        if phrase[-1] != last or j - size < 0:
            continue
        if tuple(_lower(doc, j - size + k) for k in range(size)) == phrase:
            return size
    return 0


def _range_opener(doc: Doc, first: int, rules: _Rules) -> int | None:
    """'between'/'from' right before the number (or before 'the ages of')."""
    prev = first - 1
    if _lower(doc, prev) == "of" and _lower(doc, prev - 1) in rules.age_cues:
        prev -= 2
        if _lower(doc, prev) in ("the", "a"):
            prev -= 1
    if _lower(doc, prev) in rules.range_openers:
        return prev
    return None


def _is_change(doc: Doc, opener: int, rules: _Rules) -> bool:
    """'rose from 10 to 20' is a change between two numbers, not a range."""
    if _lower(doc, opener) != "from":
        return False
    token = doc[opener]
    for _ in range(6):
        token = token.head
        if token.lemma_.lower() in rules.change_verbs:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
    return False


def _read_upper(
    doc: Doc, num: _Number, opener: int | None, rules: _Rules
) -> tuple[_Number, int] | None:
    """The upper bound of a range after the number, and the token after it."""
    j = num.end
    unit: tuple[str, int] | None = None
    if any(_lower(doc, j + k) in ("to", "and") for k in (1, 2, 3)):
        unit = _unit_words(doc, j, rules, num.has_scale) or (_lower(doc, j), 1)
        if unit[0].isalpha() and _lower(doc, j + unit[1]) in ("to", "and"):
            j += unit[1]  # 'between 3100 megahertz and 3300 megahertz', 'from 5% to 9%'
    connector = _lower(doc, j)
    is_and = connector == "and" and opener is not None and _lower(doc, opener) == "between"
    if connector not in rules.range_connectors and not is_and:
        return None
    if connector in ("-", "–", "—") and (doc[j - 1].whitespace_ or doc[j].whitespace_):
        return None
    if opener is not None and _is_change(doc, opener, rules):
        return None
    k = j + 1
    if k < len(doc) and doc[k].text in rules.currencies:
        k += 1
    if k >= len(doc):
        return None
    upper = _read_number(doc, k, rules)
    if upper is None or upper.value_max is not None or _BY_DIGITS.match(doc[k].text):
        return None  # '8-by-12 feet': dimensions, not a range
    after = _unit_words(doc, upper.end, rules, upper.has_scale) or (_lower(doc, upper.end), 1)
    if j > num.end and after != unit:
        return None
    bare = upper.end >= len(doc) or doc[upper.end].pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ")
    if connector in _HYPHENS and _pair_kind(doc, num.start, upper.end, rules, bare):
        return None  # 'a 38-44 record', 'improved to 7-9.': a record or score, not a range
    if connector in _HYPHENS and num.has_digits and _singular_thing(doc, upper.end, rules):
        return None  # 'a 9-2 spurt': a range counts plurals ('10-15 people', '3-5 year')
    if _is_year(num, doc, rules) != _is_year(upper, doc, rules):
        return None  # 'from 2024 to 38,084': a year is never one end of a range of counts
    low = num.value
    if upper.has_scale and not num.has_scale:
        scaled = num.value * upper.value / max(_leading_value(doc, upper, rules), 1e-9)
        low = scaled if scaled <= upper.value else low
    if upper.value <= low:
        return None
    num.value = low
    return upper, upper.end


def _singular_thing(doc: Doc, k: int, rules: _Rules) -> bool:
    """A singular common noun that is no unit of measure at token k ('spurt', not 'year')."""
    return k < len(doc) and doc[k].tag_ == "NN" and not _is_unit_word(doc[k].lower_, rules)


def _read_share(doc: Doc, num: _Number, rules: _Rules) -> tuple[float, int] | None:
    """A share in percent and the token after it: '9 out of 10' (90), 'two-thirds of' (66.67)."""
    denominator = _read_ratio(doc, num, rules)
    if denominator is not None:
        return round(num.value / denominator.value * 100, 2), denominator.end
    j = num.end
    if _lower(doc, j) in ("-", "–") and not doc[j - 1].whitespace_:
        j += 1
    fraction = rules.fractions.get(_lower(doc, j))
    if fraction is None or num.has_scale or num.value_max:
        return None
    if j == num.end and _lower(doc, j + 1) != "of":
        return None
    if num.value != 1 and not _lower(doc, j).endswith("s"):
        return None  # 'a four-quarter comeback': no share ('three-quarters', 'one-third' are)
    return round(num.value * fraction, 2), j + 1


def _read_ratio(doc: Doc, num: _Number, rules: _Rules) -> _Number | None:
    """The denominator of '9 out of 10', '1 in 4'."""
    size = _match_phrase(doc, num.end, rules.ratio_cues)
    if not size or num.value_max is not None or num.end + size >= len(doc):
        return None
    denominator = _read_number(doc, num.end + size, rules)
    if denominator is None or denominator.value_max is not None:
        return None
    if denominator.value <= num.value or _is_year(denominator, doc, rules):
        return None
    return denominator


def _leading_value(doc: Doc, num: _Number, rules: _Rules) -> float:
    """The value of a number without its scale words ('10' of '10 million')."""
    part = _read_part(doc, num.start, rules, None)
    return part.value if part is not None else num.value


def _unit_words(doc: Doc, j: int, rules: _Rules, scaled: bool = False) -> tuple[str, int] | None:
    """A unit written right after the number: %, percent, dollars, kg, 'on the Richter
    scale', pounds sterling after a scale ('93.6 billion pounds') ... (unit, length)."""
    money = rules.scaled_currencies.get(_lower(doc, j))
    if money is not None and scaled and _lower(doc, j + 1) != "of":
        return money, 1
    size = _match_phrase(doc, j, rules.percentage_points)
    if size:
        return "percentage points", size  # a change of a rate, not a rate
    size = _match_phrase(doc, j, rules.percent)
    if size:
        return "percent", size
    scale = _named_scale(doc, j, rules)
    if scale is not None:
        return scale
    if _inch_mark(doc, j):
        return "inches", 1
    if j < len(doc):
        low = doc[j].lower_
        currency = rules.currencies.get(doc[j].text) or rules.currencies.get(low)
        if currency and doc[j].text not in ("$", "€", "£", "¥"):
            return currency, 1
        area = rules.area_words.get(low)
        if area is not None and _lower(doc, j + 1) in rules.unit_aliases:
            return f"{area} {rules.unit_aliases[_lower(doc, j + 1)]}", 2  # '12,000 square feet'
        if low in rules.unit_aliases:
            return rules.unit_aliases[low], 1
    return None


def _inch_mark(doc: Doc, j: int) -> bool:
    """'a 17" notebook': a double quote glued to digits and followed by the noun phrase they
    measure is an inch mark, not a closing quotation mark ('"We sold 17" he said')."""
    if j < 1 or j + 1 >= len(doc) or doc[j].text not in ('"', "″"):
        return False
    glued = not doc[j - 1].whitespace_ and bool(doc[j].whitespace_)
    if not (glued and doc[j - 1].text[-1:].isdigit()):
        return False
    if doc[j + 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return not _quote_open(doc, j)


def _quote_open(doc: Doc, j: int, limit: int = 80) -> bool:
    """Whether a quotation opened before token j in its paragraph is still open (an odd count
    of double quotes, not counting inch marks glued to digits)."""
    count = 0
    for k in range(j - 1, max(-1, j - limit), -1):
        token = doc[k]
        if token.is_space or "\n" in token.whitespace_:
            break
        if token.text in ('"', "“", "”") and not (k > 0 and doc[k - 1].text[-1:].isdigit()):
            count += 1
    return count % 2 == 1


def _named_scale(doc: Doc, j: int, rules: _Rules) -> tuple[str, int] | None:
    """'6.4 on the Richter scale': the unit the named scale measures in, and the length."""
    words = [_lower(doc, j + k) for k in range(4)]
    if words[0] != "on" or words[1] not in ("the", "a") or words[3] != "scale":
        return None
    unit = rules.named_scales.get(words[2])
    return (unit, 4) if unit is not None else None


def _per_unit(doc: Doc, j: int, rules: _Rules) -> tuple[str, int] | None:
    """'per item' after an amount: ('per item', 2), unless it is a rate period."""
    if _lower(doc, j) not in rules.per_cues or j + 1 >= len(doc):
        return None
    noun = doc[j + 1]
    if noun.pos_ not in _NOUN_POS or noun.lower_ in rules.periods:
        return None
    head = noun
    while (
        head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod") and head.i < head.head.i <= j + 4
    ):
        head = head.head  # 'per U.S. taxpayer'
    if head.pos_ not in _NOUN_POS or head.lower_ in rules.periods:
        head = noun
    return f"{doc[j].lower_} {doc[j + 1 : head.i + 1].text}", head.i - j + 1


# --------------------------------------------------------------------------- unit nouns


def _external_heads(doc: Doc, tokens: set[int]) -> list[Token]:
    """Heads outside the expression that its tokens attach to, from its last token back."""
    heads: list[Token] = []
    for k in sorted(tokens, reverse=True):
        head = doc[k].head
        if head.i not in tokens and head.i != k and head not in heads:
            heads.append(head)
    return heads


def _noun_ok(token: Token, rules: _Rules) -> bool:
    return (
        token.pos_ in _NOUN_POS
        and token.lower_ not in rules.not_units
        and token.lower_ not in rules.vague  # 'Five dead, dozens injured': another count
        and token.lower_ not in rules.date_words
        and not token.like_num
        and any(c.isalpha() for c in token.text)
        and not any(c.isdigit() for c in token.text)
    )


def _modifiers_between(doc: Doc, start: int, noun: Token) -> bool:
    """Every token between the number and the noun modifies the noun (drug-related, new)."""
    subtree = {t.i for t in noun.subtree}
    return all(k in subtree for k in range(start, noun.i))


def _unit_noun(doc: Doc, expr: _Expression, rules: _Rules) -> tuple[Token, bool] | None:
    """The noun the number counts, and whether it is the object of 'of': the number's head
    ('25 individuals'), the object of 'of' ('hundreds of thousands of people', '5 of the
    officers'), or else a plural noun right after the number."""
    for head in _external_heads(doc, set(range(expr.first, expr.tail))):
        if (
            expr.tail <= head.i <= expr.tail + 5
            and _noun_ok(head, rules)
            and _modifiers_between(doc, expr.tail, head)
        ):
            return _phrase_head(head, expr.tail + 6, rules), False
    if _lower(doc, expr.tail) == "of":
        of = doc[expr.tail]
        objects = [c for c in of.children if c.dep_ == "pobj" and _noun_ok(c, rules)]
        if objects and objects[0].i - of.i <= 6:
            return objects[0], True
    candidate = _plural_ahead(doc, expr.tail, rules)
    return (candidate, False) if candidate is not None else None


def _is_designation(token: Token) -> bool:
    """A model or code name of letters and digits ('AK-47', 'KC-10A', 'F-35')."""
    text = token.text
    return any(c.isalpha() for c in text) and any(c.isdigit() for c in text)


def _phrase_head(noun: Token, limit: int, rules: _Rules) -> Token:
    """The head of the noun phrase a modifier noun belongs to ('4 million *de minimis*
    shipments': minimis -> shipments; '206 million benefits-eligibility checks'), up to token
    `limit`."""
    if (
        _singular_compound(noun, rules)
        and noun.i < noun.head.i <= limit
        and _noun_ok(noun.head, rules)
    ):
        return noun.head
    while noun.dep_ == "nmod" and noun.i < noun.head.i <= limit and _noun_ok(noun.head, rules):
        noun = noun.head
    end = _glued_end(noun.doc, noun.i)
    head = noun.doc[end].head
    plural = noun.tag_ in ("NNS", "NNPS") and not _is_unit_word(noun.lower_, rules)
    if plural and end > noun.i and end < head.i <= limit + 2 and _noun_ok(head, rules):
        return head  # the noun opens a hyphenated modifier of the head
    return noun


def _singular_compound(noun: Token, rules: _Rules) -> bool:
    """A singular noun that the parse hung the number on, compounded to a plural head ('29
    state Medicaid demonstrations': demonstrations); not a unit of its own ('10 day')."""
    return (
        noun.dep_ == "compound"
        and noun.tag_ == "NN"
        and noun.head.tag_ in ("NNS", "NNPS")
        and not _is_unit_word(noun.lower_, rules)
        and noun.lower_ not in rules.periods
    )


def _plural_ahead(doc: Doc, start: int, rules: _Rules) -> Token | None:
    """The first plural noun after the number, over modifiers only ('31 million
    counterfeit, unlabeled pills', '3 million *de minimis* shipments', '9 AK-47 rifles'),
    when the parse did not attach it."""
    for k in range(start, min(len(doc), start + 7)):
        token = doc[k]
        if k == start and token.text == ",":
            return None  # 'died at the age of 95, sources said': a comma ends the phrase
        if _glued(doc, k):
            continue  # 'benefits-eligibility checks': a hyphenated modifier
        decade = token.text[:-1].isdigit() and token.text.endswith("0s")
        if _MODEL_PLURAL.match(token.text) and not decade:
            return token  # '50 787s', '24 A320s': planes of that model ('1990s' is a decade)
        if k == start and token.text.isdigit() and len(token.text) >= 3 and token.whitespace_:
            continue  # 'ten 777 jets': a model name between the number and its noun
        if token.tag_ in ("NNS", "NNPS") and _noun_ok(token, rules):
            while k + 1 < len(doc) and token.dep_ == "compound" and doc[k + 1].pos_ == "NOUN":
                k += 1
                token = doc[k]
            return token
        if _between_adjectives(doc, k, start) or _between_adjectives(doc, k - 1, start):
            continue  # '20 million dangerous or illicit items'
        modifier = (
            token.pos_ in ("ADJ", "NOUN", "PROPN", "ADV")
            or token.tag_ in ("VBN", "VBG", "FW")
            or token.text in _MARKUP
            or _is_designation(token)
        )
        if not (modifier or token.text in ("-", "–", ",")) or token.lower_ in rules.not_units:
            return None
    return None


def _between_adjectives(doc: Doc, k: int, start: int) -> bool:
    """Token k is 'and' / 'or' between two adjectives after the number ('dangerous or
    illicit', the second one sometimes tagged as a verb), before a noun or another adjective."""
    if not (start < k < len(doc) - 2 and doc[k].lower_ in ("and", "or")):
        return False
    second, after = doc[k + 1], doc[k + 2]
    return (
        doc[k - 1].pos_ == "ADJ"
        and (second.pos_ == "ADJ" or second.tag_ in ("JJ", "VB", "VBN"))
        and after.tag_ in ("NNS", "NNPS", "NN", "JJ")
    )


def _hyphen_noun(doc: Doc, expr: _Expression) -> Token | None:
    """'10-year', '3-day': a unit glued to the number by a hyphen."""
    j = expr.tail
    if _lower(doc, j) not in ("-", "–") or doc[j - 1].whitespace_ or j + 1 >= len(doc):
        return None
    candidate = doc[j + 1]
    return candidate if candidate.is_alpha and not doc[j].whitespace_ else None


def _names_thing(hyphen: Token) -> bool:
    """'a 3-pointer', 'two 18-wheelers': the hyphenated word is the noun itself, which the
    number names rather than counts ('a 16-point lead' counts points)."""
    head = hyphen.head
    modifies = hyphen.dep_ in ("compound", "amod", "nmod") and head.i > hyphen.i
    return not modifies and head.pos_ != "NOUN" or hyphen.dep_ in _SUBJECTS | _OBJECTS | {"pobj"}


def _counted_thing(hyphen: Token, rules: _Rules) -> bool:
    """A noun hyphened to a number word that the number counts ('a three-game streak'), not
    an adjective ('three-pronged') or a structure ('a four-part plan')."""
    return hyphen.pos_ == "NOUN" and hyphen.lower_ not in rules.structure_nouns


def _is_unit_word(word: str, rules: _Rules) -> bool:
    """A unit of time, money, measure or percent ('year', 'dollar', 'kilogram')."""
    return (
        word in rules.duration_units
        or word in rules.currencies
        or word in rules.unit_aliases
        or (word,) in rules.percent
    )


def _conjoined(noun: Token, rules: _Rules) -> list[Token]:
    """Nouns coordinated with the unit noun that have no number of their own."""
    result: list[Token] = []
    following = [c for c in noun.conjuncts if c.i > noun.i]
    for conj in following:
        if not _noun_ok(conj, rules):
            continue
        named = conj.tag_ == "NNP" and noun.tag_ == "NNS" and conj.nbor(-1).text == ","
        if named:
            break  # 'eight children, Vincent, Lucia and Carmella': the names of the counted
        if len(following) == 1 and _comma_before_cc(noun, conj):
            break  # 'six informants, and FBI tapes': two phrases, the second not counted
        if any(c.dep_ == "nummod" for c in conj.children) or conj.lower_ in rules.vague:
            break  # '30,000 jobs and hundreds of billions of dollars': another count
        result.append(conj)
    return result


def _comma_before_cc(noun: Token, conj: Token) -> bool:
    """A comma right before the 'and' or 'or' that joins the two nouns."""
    ccs = [c for c in noun.children if c.dep_ == "cc" and noun.i < c.i < conj.i]
    return bool(ccs) and ccs[-1].i > 0 and noun.doc[ccs[-1].i - 1].text == ","


def _unit_phrase(doc: Doc, noun: Token, rules: _Rules, floor: int) -> tuple[str, int]:
    """The unit text ('member states', 'dual-use substances', 'individuals and entities')
    and its last token; it starts at `floor` at the earliest."""
    start = _glued_start(doc, noun.i, floor)
    while start - 1 >= floor and doc[start - 1].dep_ == "compound":
        modifier = doc[start - 1]
        if modifier.pos_ != "NOUN" or modifier.head.i not in range(start, noun.i + 1):
            break
        start = _glued_start(doc, start - 1, floor)
    last = _glued_end(doc, noun.i)
    conjoined = _conjoined(noun, rules)
    if conjoined:
        candidate = conjoined[-1].i
        between = doc[last + 1 : candidate]
        if all(t.dep_ in ("cc", "punct", "conj", "compound") for t in between):
            last = _glued_end(doc, candidate)
    return doc[start : last + 1].text, last


def _glued(doc: Doc, left: int) -> bool:
    """Tokens left, left+1 (a hyphen) and left+2 form one hyphenated word."""
    return (
        left >= 0
        and left + 2 < len(doc)
        and doc[left + 1].text in ("-", "–")
        and not doc[left].whitespace_
        and not doc[left + 1].whitespace_
        and doc[left].is_alpha
        and doc[left + 2].is_alpha
    )


def _glued_start(doc: Doc, i: int, floor: int) -> int:
    while i - 2 >= floor and _glued(doc, i - 2):
        i -= 2
    return i


def _glued_end(doc: Doc, i: int) -> int:
    while _glued(doc, i):
        i += 2
    return i


# --------------------------------------------------------------------------- filters


def _entity_of(doc: Doc, num: _Number, rules: _Rules) -> tuple[int, int] | None:
    """Token bounds of a DATE/TIME entity over the number, if any."""
    for k in range(num.start, num.end):
        if doc[k].ent_type_ in rules.time_entities:
            return _entity_bounds(doc, k)
    return None


def _calendar_tokens(doc: Doc, start: int, end: int, rules: _Rules) -> bool:
    """A month, weekday, clock word or year among tokens [start, end)."""
    for k in range(max(0, start), min(len(doc), end)):
        low = doc[k].lower_
        if low in rules.date_words:
            return True
        if len(low) == 4 and low.isdigit() and rules.year_min <= int(low) <= rules.year_max:
            return True
    return False


def _timeless(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """False for a date or time of day. Inside a DATE/TIME entity, durations ('almost three
    years'), ages and counts of things ('between 30 and 40 boats', mis-tagged) pass."""
    bounds = _entity_of(doc, expr.num, rules)
    if bounds is None:
        return True
    if _calendar_tokens(doc, bounds[0], bounds[1], rules):
        return False
    if expr.is_duration:  # 'one day' is no duration, 'a one-year ban' is
        hyphenated = _lower(doc, expr.num.end) in _HYPHENS
        return hyphenated or doc[expr.num.start].lower_ not in rules.needs_nummod
    noun = expr.unit_noun
    if noun is None:
        return expr.is_age or (expr.num.has_digits and not _is_year(expr.num, doc, rules))
    return noun.lower_ not in rules.periods


def _anaphoric(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """'the two countries', 'these three', 'our two nations': a small count of things
    already named. After 'the' a count of other things is new ('the four operations')."""
    det = _lower(doc, expr.first - 1)
    if det not in rules.definite or expr.unit_word is not None:
        return False
    if expr.num.value > rules.anaphoric_max or expr.value_max is not None:
        return False
    if expr.is_duration or not float(expr.num.value).is_integer():
        return False  # 'his 5.8 points', 'his 2 hour speech': an amount, never a reference
    noun = expr.unit_noun
    if det in rules.fresh_determiners and noun is not None:
        return noun.lower_ in rules.referential_nouns
    return True


def _aged_suffix(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """'a 15-year-old', used as a name for a person."""
    following = _text_after(doc, expr.tail)[:14].lower()
    return any(following.startswith(suffix) for suffix in rules.age_suffixes)


def _span_of_extreme(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """'a ten-month high', 'a 20 year low', 'twelve-year lows': the span names how rare a
    level is, not something measured."""
    noun = expr.unit_noun
    if not expr.is_duration or noun is None or noun.i < expr.num.end:
        return False
    k = noun.i + 1
    if _lower(doc, k) in _HYPHENS:
        k += 1
    return _lower(doc, k) in rules.extreme_nouns


def _year_bound(value: float | None, rules: _Rules) -> bool:
    return value is not None and value.is_integer() and rules.year_min <= value <= rules.year_max


def _kept(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    num = expr.num
    if expr.dimension and expr.unit is not None:
        return True  # '1920 x 1200 pixels': no year
    if expr.adjectival or not _timeless(doc, expr, rules) or _aged_suffix(doc, expr, rules):
        return False
    if _span_of_extreme(doc, expr, rules):
        return False
    if _is_year(num, doc, rules) and _year_bound(expr.value_max, rules) and expr.unit is None:
        return False  # 'from 2000 to 2017': a span of years
    if _is_year(num, doc, rules) and expr.value_max is None:
        strong = expr.unit_noun is not None and expr.unit_noun.tag_ in ("NNS", "NNPS")
        if not (strong or expr.first < num.start and expr.unit is not None):
            return False
    if _anaphoric(doc, expr, rules) or expr.after_name:
        return False
    if _weak_number(doc, expr, rules) or _looks_like_name(doc, expr):
        return False
    if expr.unit is None and _bare_model(doc, expr):
        return False
    if _calibre(doc, expr, rules):
        return False
    return num.has_digits or expr.unit is not None


def _calibre(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """A gun's calibre: '.38 caliber', 'a 12-gauge shotgun', 'a .45 handgun', 'a 9mm pistol'."""
    num, j = expr.num, expr.num.end
    k = j + 1 if _lower(doc, j) in _HYPHENS else j
    if _lower(doc, k) in rules.calibre_words:
        return True
    if doc[num.start].text.startswith(".") and _lower(doc, k) in rules.firearm_nouns:
        return True  # '.45 handgun' (not a batting average '.308')
    if expr.unit != "mm":
        return False
    k = expr.tail if expr.tail > j else k + 1
    return _lower(doc, k) in rules.firearm_nouns or _lower(doc, k + 1) in rules.firearm_nouns


def _bare_model(doc: Doc, expr: _Expression) -> bool:
    """'flies the 777', 'a 737 with ...': an article before digits that count nothing names
    a model."""
    num = expr.num
    article = _lower(doc, num.start - 1) in ("the", "a", "an")
    return article and expr.first == num.start and num.value_max is None and _model_digits(doc, num)


def _weak_number(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """'one' only as a count of the noun right after it ('one tip', not 'one of', 'one
    solemn responsibility' or 'one thing'); 'zero' only of plurals."""
    word = doc[expr.num.start : expr.num.end].text.lower()
    noun = expr.unit_noun
    if expr.is_ratio:
        return False
    measure = expr.unit_word
    if measure is not None and measure.i == expr.num.end and measure.lower_ not in ("of", "in"):
        return False  # 'one meter', 'one percent': a measure, not a pronoun
    hyphenated = _lower(doc, expr.num.end) in _HYPHENS
    if word in rules.needs_nummod and not (expr.is_duration and hyphenated):  # 'a one-year ban'
        attached = doc[expr.num.start].dep_ == "nummod"
        if noun is None or not attached or _lower(doc, expr.num.end) == "of":
            return True
        if noun.i != expr.num.end or noun.lower_ in rules.rhetorical_nouns:
            return True  # 'one shared responsibility', 'one thing': not a count
        if _lower(doc, expr.num.start - 1) in ("the", "this", "that"):
            return True  # 'the one road Halvik had', 'on the one hand': picks out, not counts
    if word in rules.needs_plural_noun:
        return noun is None or noun.tag_ not in ("NNS", "NNPS")
    return False


def _looks_like_name(doc: Doc, expr: _Expression) -> bool:
    """'the ASEAN Five Point Consensus', 'TWO FEATHERS': a capitalised number word in a name."""
    noun = expr.unit_noun
    if noun is None or expr.is_duration:
        return False
    if expr.num.has_digits:
        return _digits_in_name(doc, expr, noun)
    first = doc[expr.num.start]
    if first.text.islower():
        return False
    if first.text.isupper() and noun.text.isupper():
        return True
    if first.is_sent_start or first.i == 0:
        return False
    before = doc[first.i - 1]
    if before.is_alpha and before.text[:1].isupper() and not before.is_sent_start:
        return True  # 'the Corvane One app', 'the Telvora Two programme': the name goes on
    return noun.text[:1].isupper()


def _digits_in_name(doc: Doc, expr: _Expression, noun: Token) -> bool:
    """'the 8 Block gang', 'a 12 Street crew': digits, a capitalised word, then a singular
    noun: a name, not a count (a count's noun is plural: 'its 20 Corvane stores'; a people's
    name is no name: '26 Somali crew')."""
    nxt = expr.num.end
    if expr.unit_word is not None or noun.i <= nxt or not _singular_noun(noun, expr):
        return False
    word = doc[nxt]
    people = word.ent_type_ in ("NORP", "GPE", "LOC") or _demonym(word.text)
    return _capitalised_word(word) and word.head.i == noun.i and not people


# --------------------------------------------------------------------------- periods & cues


def _period_at(doc: Doc, j: int, rules: _Rules) -> tuple[str, int] | None:
    """'a year', 'per day', 'each week', 'annually' starting at token j."""
    low = _lower(doc, j)
    if low in rules.period_cues and _lower(doc, j + 1) in rules.periods:
        return rules.periods[_lower(doc, j + 1)], 2
    if low in rules.periods and j < len(doc) and doc[j].pos_ in ("ADV", "ADJ"):
        return rules.periods[low], 1
    return None


def _period_nearby(doc: Doc, anchor: Token | None, rules: _Rules) -> str | None:
    """A rate period attached to the unit noun or its verb ('people die each year')."""
    if anchor is None:
        return None
    holders = [anchor, anchor.head] if anchor.dep_ in _SUBJECTS | _OBJECTS else [anchor]
    for holder in holders:
        for child in holder.children:
            if child.i == anchor.i:
                continue
            low = child.lower_
            if low in rules.periods and child.dep_ in ("npadvmod", "advmod", "amod", "pobj"):
                if child.pos_ in ("ADV", "ADJ"):
                    return rules.periods[low]
                dets = [c.lower_ for c in child.children if c.dep_ in ("det", "prep")]
                if any(d in rules.period_cues for d in dets):
                    return rules.periods[low]
            if low in rules.per_cues:
                objects = [c.lower_ for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0] in rules.periods:
                    return rules.periods[objects[0]]
    return None


def _approximate_start(doc: Doc, first: int, rules: _Rules) -> int | None:
    """Token index where an approximation cue before the number starts."""
    size = _phrase_before(doc, first, rules.approximate)
    if size:
        return first - size
    if _lower(doc, first - 1) in ("a", "an"):
        size = _phrase_before(doc, first - 1, rules.approximate)
        if size:
            return first - 1 - size
    return None


# --------------------------------------------------------------------------- building


def _glued_mark(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """A sign of 'or more' glued to the digits ('28,000+ flight attendants', '10+ hours'):
    the count is approximate and its noun comes after the sign."""
    end = num.end
    if end >= len(doc) or doc[end - 1].whitespace_ or not num.has_digits:
        return False
    if (doc[end].lower_,) not in rules.approximate_after or doc[end].is_alpha:
        return False
    return end + 1 == len(doc) or bool(doc[end].whitespace_) or doc[end + 1].is_punct


def _build(doc: Doc, num: _Number, rules: _Rules) -> _Expression:
    expr = _Expression(num=num, first=num.start, tail=num.end, value_max=num.value_max)
    if _glued_mark(doc, num, rules):
        expr.tail, expr.approximate = num.end + 1, True
    currency = _currency_before(doc, num.start, rules)
    if currency is not None:
        expr.first, expr.unit = currency
        bare = _dollar_prefixed(doc, num.start, rules) is None
        expr.dollar = bare and doc[num.start - 1].text == "$" and expr.first == num.start - 1
    elif _glued_currency(doc[num.start], rules) is not None:
        currency = num.start, str(_glued_currency(doc[num.start], rules))
        expr.unit = currency[1]
    share = _read_share(doc, num, rules) if currency is None else None
    if share is not None:
        num.value, expr.tail = share
        expr.unit, expr.is_ratio = "percent", True
        _attach_unit(doc, expr, rules)
        _attach_cues(doc, expr, rules)
        return expr
    opener = _range_opener(doc, expr.first, rules)
    upper = _read_upper(doc, num, opener, rules)
    if upper is not None:
        expr.value_max, expr.tail = upper[0].value, upper[1]
        if opener is not None:
            expr.first = opener
    elif _dimension_before(doc, num, rules):
        expr.dimension = True
        _attach_cues(doc, expr, rules)
        return expr
    expr.dimension = _dimension_after(doc, num, rules)
    _attach_unit(doc, expr, rules)
    if expr.unit_word is not None and _dimension_before(
        doc, _Number(num.start, expr.tail, 0, has_digits=True), rules
    ):
        expr.dimension = True  # '2880 pixels by 1800'
    _attach_age(doc, expr, rules)
    _attach_cues(doc, expr, rules)
    _attach_period(doc, expr, rules)
    expr.after_name = _after_name(doc, expr)
    return expr


def _glued_to_digits(doc: Doc, i: int) -> bool:
    """Token i follows digits and a hyphen with no space ('480-' of '480-by-360')."""
    return (
        i >= 2
        and doc[i - 1].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and bool(_DIGITS.match(doc[i - 2].text))
    )


def _dimension_before(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """The first number of dimensions ('960 x 640 pixels', '480 by 360 pixel', '480-by-360')."""
    j = num.end
    if not num.has_digits or num.value_max is not None or j + 1 >= len(doc):
        return False
    if doc[j].text in _HYPHENS and not doc[j].whitespace_:
        return bool(_BY_DIGITS.match(doc[j + 1].text))
    return doc[j].lower_ in rules.dimension_connectors and bool(_DIGITS.match(doc[j + 1].text))


def _dimension_after(doc: Doc, num: _Number, rules: _Rules) -> bool:
    """The second number of dimensions ('960 x 640', '2880 pixels by 1800', '480-by-360')."""
    k = num.start
    if _BY_DIGITS.match(doc[k].text):
        return True
    if k < 2 or doc[k - 1].lower_ not in rules.dimension_connectors or not num.has_digits:
        return False
    before = doc[k - 2]
    unit_after_digits = (
        k >= 3 and before.lower_ in rules.unit_aliases and _DIGITS.match(doc[k - 3].text)
    )
    return bool(_DIGITS.match(before.text) or unit_after_digits)


def _after_name(doc: Doc, expr: _Expression) -> bool:
    """Bare digits right after a name ('Orbit Browser 8', 'Week 16', 'FTSE 100', 'the
    Riverton 27'): part of the name, unless a score or record makes them a count."""
    prev = expr.first - 1
    noun = expr.unit_noun
    named = expr.unit is None or (
        noun is not None
        and expr.unit_word is None
        and _singular_noun(noun, expr)
        and not expr.is_duration
    )
    if prev >= 1 and doc[prev].tag_ == "POS":
        prev -= 1  # 'Standard & Poor's 500 index'
    version = (
        _VERSION.match(doc[expr.num.start].text) is not None
        and expr.num.end - expr.num.start == 1
        and expr.unit_word is None
    )
    if version and prev >= 1 and doc[prev].is_alpha and doc[prev].text.isupper():
        return expr.first == expr.num.start and not doc[prev].is_sent_start  # 'OS X 10.8'
    return (
        (named or version)
        and not expr.level
        and expr.first == expr.num.start
        and expr.num.has_digits
        and prev >= 0
        and (
            doc[prev].tag_ in ("NNP", "NNPS")
            and doc[prev].text[:1].isupper()
            or _product(doc, prev)
        )
        and not doc[prev].is_sent_start
    )


def _product(doc: Doc, k: int) -> bool:
    """A product or standard's name that digits after it version ('iPhone 4', 'iOS 6', 'USB
    3'): a camel-case word, or a short acronym in running text (not a headline in capitals)."""
    text = doc[k].text
    if not text.isalpha():
        return False
    if text[0].islower() and any(c.isupper() for c in text[1:]):
        return True
    shouted = k > 0 and doc[k - 1].text.isupper() and doc[k - 1].is_alpha
    return text.isupper() and 2 <= len(text) <= 4 and not shouted


def _attach_unit(doc: Doc, expr: _Expression, rules: _Rules) -> None:
    glued = _glued_unit(doc[expr.num.end - 1], rules)
    words = (glued, 0) if glued else _unit_words(doc, expr.tail, rules, expr.num.has_scale)
    if words is not None:
        unit, size = words
        expr.unit_word = doc[expr.tail - 1 if glued else expr.tail]
        if unit == "percent" or expr.unit is None:
            expr.unit = unit
        expr.tail += size
    if expr.unit is None:
        _attach_unit_noun(doc, expr, rules)
        return
    per = _per_unit(doc, expr.tail, rules)
    if per is not None and expr.unit != "percent":
        expr.unit = f"{expr.unit} {per[0]}"
        expr.tail += per[1]
    found = _unit_noun(doc, expr, rules)
    if found is not None:
        expr.unit_noun, expr.unit_via_of = found
        if expr.is_ratio:
            expr.unit_last = _unit_phrase(doc, found[0], rules, expr.tail)[1]


def _attach_unit_noun(doc: Doc, expr: _Expression, rules: _Rules) -> None:
    if _bare_decimal(doc, expr, rules):
        expr.unit = rules.bare_decimal_unit  # 'hit .308 with 33 homers'
        if _lower(doc, expr.tail) == "average":
            expr.unit_last = expr.tail  # 'a .308 average'
        return
    hyphen = _hyphen_noun(doc, expr)
    if hyphen is not None and not _is_unit_word(hyphen.lower_, rules):
        expr.adjectival = _names_thing(hyphen) or not (
            expr.num.has_digits or _counted_thing(hyphen, rules)
        )
        if expr.adjectival:
            return
    area = _area_unit(doc, hyphen, rules) if hyphen is not None else None
    if hyphen is not None and area is not None:
        expr.unit, expr.unit_last = area, hyphen.i + 2  # 'a 1,500-square-kilometer island'
        expr.unit_noun = doc[hyphen.i + 2]
        return
    if hyphen is not None and (hyphen.lower_,) in rules.percent:
        expr.unit, expr.tail, expr.unit_word = "percent", hyphen.i + 1, hyphen
        return
    before = rules.units_before.get(_lower(doc, expr.num.start - 1))
    if before is not None:
        expr.unit = before  # 'magnitude 7.1'
    found = (hyphen, False) if hyphen is not None else _unit_noun(doc, expr, rules)
    quantity = _quantity_of(doc, expr, rules)
    if quantity is not None and (found is None or _singular_noun(found[0], expr)):
        expr.unit = quantity  # 'a magnitude of at least 6.2', 'a crowd of 18,000'
        return
    if found is not None and found[0].lower_ in rules.level_nouns:
        expr.level = True  # 'below the 5,000 mark': in the unit of the counts around it
        return
    if found is None:
        if before is not None:
            return
        if _counts_people(doc, expr):
            expr.unit = "people"  # '30 were killed', 'killing 80'
        elif _bare_age(doc, expr, rules):
            expr.unit, expr.is_age = rules.age_unit, True  # 'She was 91.', 'died at 95'
        return
    noun, expr.unit_via_of = found
    if _people_participle(doc, expr, noun):
        expr.unit = "people"  # 'about 50 hurt', parsed as a noun
        return
    if hyphen is None and not expr.unit_via_of:
        noun = _counted_modifier(doc, expr, noun, rules)
    if hyphen is None:
        noun = _shared_head(doc, expr, noun, rules)
        head = _untagged_plural_head(doc, expr, noun, rules)
        if head is not None:  # '27 reward offers': the tagger read 'offers' as a verb
            expr.unit_noun, expr.unit_last = head, head.i
            expr.unit = _normal_unit(doc[noun.i : head.i + 1].text, rules)
            return
    expr.unit_noun = noun
    measured_in = before or _measured_in(doc, expr, noun, rules)
    if measured_in is not None:
        expr.unit, expr.unit_last = measured_in, noun.i
        return
    if noun.lower_ in rules.duration_units:
        expr.unit = rules.duration_units[noun.lower_]
        expr.is_duration = True
        expr.unit_last = noun.i
        return
    if hyphen is not None:
        expr.unit, expr.unit_last = _normal_unit(noun.text, rules), noun.i
        return
    text, expr.unit_last = _unit_phrase(doc, noun, rules, expr.tail)
    expr.unit = _normal_unit(text, rules)
    if noun.lower_ in rules.loss_nouns and expr.unit_last == noun.i and _lost(noun, rules):
        expr.unit = rules.loss_nouns[noun.lower_]  # '80,000 lives were lost': deaths


def _bare_decimal(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """A three-digit decimal written without its leading zero and without a unit ('.308'):
    a rate of the kind the lexicon names (a batting average)."""
    num = expr.num
    token = doc[num.start]
    return (
        rules.bare_decimal_unit is not None
        and num.end - num.start == 1
        and num.value_max is None
        and re.fullmatch(r"\.\d{3}", token.text) is not None
        and _hyphen_noun(doc, expr) is None
    )


def _lost(noun: Token, rules: _Rules) -> bool:
    """'lives were lost', 'claimed 108,000 lives', 'lives lost to overdoses': the noun is
    what a loss verb loses (its subject in the passive, its object), or a loss verb
    modifies it."""
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in rules.loss_verbs:
        return True
    return any(
        c.dep_ in ("amod", "acl", "relcl") and c.lemma_.lower() in rules.loss_verbs
        for c in noun.children
    )


def _area_unit(doc: Doc, hyphen: Token, rules: _Rules) -> str | None:
    """'square-kilometer' hyphened to a number: square kilometers."""
    area = rules.area_words.get(hyphen.lower_)
    k = hyphen.i
    if area is None or k + 2 >= len(doc) or doc[k + 1].text not in _HYPHENS:
        return None
    unit = rules.unit_aliases.get(doc[k + 2].lower_)
    glued = not hyphen.whitespace_ and not doc[k + 1].whitespace_
    return f"{area} {unit}" if unit is not None and glued else None


def _people_participle(doc: Doc, expr: _Expression, noun: Token) -> bool:
    """'and about 50 hurt.': a word for what befell people, mis-parsed as the counted noun,
    that ends the phrase."""
    closed = noun.i + 1 >= len(doc) or doc[noun.i + 1].pos_ in _CLOSERS
    return (
        noun.tag_ == "NN"
        and noun.i == expr.tail
        and noun.lower_ in _people_words()[0]
        and expr.num.value != 1
        and closed
    )


def _counted_modifier(doc: Doc, expr: _Expression, noun: Token, rules: _Rules) -> Token:
    """A number other than one counts a plural; before a singular head it counts the
    singular noun right after it ('an eight round decision win': rounds)."""
    first = doc[expr.tail] if expr.tail < len(doc) else noun
    if noun.tag_ != "NN" or expr.num.value == 1 or first.i >= noun.i:
        return noun
    if first.tag_ == "NN" and first.dep_ == "compound" and _noun_ok(first, rules):
        return first
    counted = doc[expr.num.end - 1].head.i == first.i
    if first.tag_ == "NN" and counted and first.lower_ in rules.duration_units:
        return first  # 'their 12 week unborn child': weeks, the compound without its hyphen
    return noun


def _untagged_plural_head(doc: Doc, expr: _Expression, noun: Token, rules: _Rules) -> Token | None:
    """The plural a count other than one really counts when the parse hung it on a singular
    modifier: the end of the compound chain that modifier opens ('nine interagency firearms
    task forces'), or the word right after it tagged as a verb, which a plural subject
    cannot agree with ('27 reward offers', '14 building trades unions'). Not after a name
    ('the FTSE 100 index rises')."""
    if noun.tag_ != "NN" or expr.num.value == 1 or noun.i < expr.num.end:
        return None
    if _is_unit_word(noun.lower_, rules) or noun.lower_ in rules.periods:
        return None
    if expr.num.start > 0 and doc[expr.num.start - 1].tag_ in ("NNP", "NNPS"):
        return None
    token = noun
    while token.dep_ == "compound" and token.i < token.head.i <= noun.i + 5:
        token = token.head
    if token is not noun and token.tag_ in ("NNS", "NNPS") and _noun_ok(token, rules):
        return token
    k = noun.i + 1
    if k >= len(doc) or doc[k].tag_ != "VBZ" or not doc[k].is_lower:
        return None
    if not (doc[k].is_alpha and doc[k].text.endswith("s")) or doc[k].lower_ in rules.not_units:
        return None
    while k + 1 < len(doc) and doc[k + 1].tag_ == "NNS" and _noun_ok(doc[k + 1], rules):
        k += 1  # 'building trades unions'
    return doc[k]


def _shared_head(doc: Doc, expr: _Expression, noun: Token, rules: _Rules) -> Token:
    """'75 veteran, military family and survivor organizations', 'hundreds of Hamas and jihad
    operatives': a singular noun coordinated with other modifiers of one plural noun, which
    is what the number counts."""
    if noun.tag_ not in ("NN", "NNP") or expr.num.value == 1 or noun.i < expr.num.end:
        return noun
    if _is_unit_word(noun.lower_, rules) or noun.lower_ in rules.periods:
        return noun
    coordinated = False
    for k in range(noun.i + 1, min(len(doc), noun.i + 8)):
        token = doc[k]
        if token.lower_ in ("and", "or"):
            coordinated = True
        elif token.tag_ in ("NNS", "NNPS") and token.lower_ not in rules.vague:
            return token if coordinated and _noun_ok(token, rules) else noun
        elif token.like_num or token.lower_ in rules.words or token.lower_ in rules.vague:
            return noun  # '8 woman, 4 man jury': each count has its noun
        elif token.pos_ not in ("ADJ", "NOUN", "PROPN") and token.text not in (",", "-"):
            return noun
    return noun


def _quantity_of(doc: Doc, expr: _Expression, rules: _Rules) -> str | None:
    """The unit of a quantity noun the number is 'of' ('a magnitude of at least 6.2', 'a
    population of 120,000'), read from the words, whatever the parse."""
    start = _approximate_start(doc, expr.num.start, rules)
    start = expr.num.start if start is None else start
    if _lower(doc, start - 1) != "of" or start < 2 or doc[start - 2].pos_ != "NOUN":
        return None
    return rules.quantity_units.get(doc[start - 2].lower_)


def _singular_noun(noun: Token, expr: _Expression) -> bool:
    """A singular noun after a number other than one: not what the number counts ('6.2 hit',
    'FTSE 100 index')."""
    hyphenated = noun.doc[noun.i - 1].text in _HYPHENS  # '45-yard', '24-hour'
    return (
        noun.tag_ in ("NN", "NNP")
        and expr.num.value != 1
        and noun.i >= expr.num.end
        and not hyphenated
    )


def _measured_in(doc: Doc, expr: _Expression, noun: Token, rules: _Rules) -> str | None:
    """The unit of a number that rates a thing rather than counting it: 'a 6.1 quake', 'a
    6.7 degree quake' (magnitude). A count ('two quakes', 'one quake') stays a count."""
    things = [noun]
    if noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > noun.i:
        things.append(noun.head)
    for thing in things:
        unit = rules.noun_units.get(thing.lower_)
        rating = "." in doc[expr.num.start].text or (thing.tag_ == "NN" and expr.num.value != 1)
        if unit is not None and rating:
            return unit
    return None


def _normal_unit(text: str, rules: _Rules) -> str:
    """'dollars' -> 'USD', 'kilograms' -> 'kg', 'Canadians', 'others' and 'workers' ->
    'people', 'homers' -> 'home runs'; other nouns as written."""
    low = text.lower()
    if low in _people_words()[1] or _demonym(text):
        return "people"
    return (
        rules.currencies.get(low)
        or rules.unit_aliases.get(low)
        or rules.unit_names.get(low)
        or text
    )


def _demonym(text: str) -> bool:
    """'Canadians', 'Lebanese', 'Swiss': people named by their country."""
    if not text[:1].isupper() or " " in text:
        return False
    return bool(canon.demonym_country(text[:-1] if text.endswith("s") else text))


@cache
def _people_words() -> tuple[frozenset[str], frozenset[str]]:
    lexicon = load_lexicon("numbers")
    return frozenset(lexicon["people_verbs"]), frozenset(lexicon["people_nouns"])


def _bare_age(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """A whole number with no noun that is a person's age: what a person 'was' at the end of
    a clause ('She was 91.'), or after an age verb ('died at 95', 'dead at 77', 'turned 72')."""
    num = expr.num
    if num.has_scale or num.value_max is not None or not 0 < num.value < 120:
        return False
    if num.value != int(num.value) or num.end - num.start != 1:
        return False
    token = doc[num.start]
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "at":
        head = head.head
    if head.lemma_.lower() in rules.age_verbs or head.lower_ in rules.age_verbs:
        return token.dep_ in ("pobj", "dobj", "npadvmod", "attr")
    closed = num.end >= len(doc) or doc[num.end].pos_ in _CLOSERS
    if token.dep_ != "attr" or head.lemma_ != "be" or not closed:
        return False
    subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
    return any(c.lower_ in ("he", "she") or c.ent_type_ == "PERSON" for c in subjects)


def _counts_people(doc: Doc, expr: _Expression) -> bool:
    """A bare count that is killed, injured, evacuated ... (or a subject of 'died')."""
    token = doc[expr.num.end - 1]
    verbs = _people_words()[0]
    head = token.head
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.lemma_.lower() in verbs:
        return True
    if token.dep_ == "nummod" and head.pos_ == "ADJ" and head.lower_ in verbs:
        return True  # 'left half a million homeless'
    return any(
        c.dep_ in {"amod", "acl"} and (c.lower_ in verbs or c.lemma_.lower() in verbs)
        for c in token.children
    )


def _attach_age(doc: Doc, expr: _Expression, rules: _Rules) -> None:
    """'between the ages of 18 and 49', 'under the age of 5', 'aged 18-49': years of age."""
    k = expr.num.start - 1
    if _lower(doc, k) == "of":
        k -= 1
    cue = _lower(doc, k)
    if cue not in rules.age_cues:
        return
    expr.is_age = True
    if expr.unit is None or expr.is_duration:
        expr.unit, expr.unit_noun = rules.age_unit, None
    if cue == "aged":
        return
    start = k - 1 if _lower(doc, k - 1) in ("the", "a") else k
    if expr.value_max is not None and _lower(doc, start - 1) in rules.range_openers:
        start -= 1
    expr.first = min(expr.first, start)


def _attach_cues(doc: Doc, expr: _Expression, rules: _Rules) -> None:
    start = _approximate_start(doc, expr.first, rules)
    if start is not None:
        expr.approximate = True
        expr.first = start
    size = _match_phrase(doc, expr.tail, rules.approximate_after) if expr.unit_last < 0 else 0
    if size:
        expr.approximate = True
        expr.tail += size
    if expr.num.vague:
        expr.approximate = True
    if _lower(doc, expr.first - 1) in rules.negative_cues:
        expr.first -= 1
        expr.num.value = -expr.num.value
        expr.value_max = -expr.value_max if expr.value_max is not None else None


def _attach_period(doc: Doc, expr: _Expression, rules: _Rules) -> None:
    after = max(expr.tail, expr.unit_last + 1)
    found = _period_at(doc, after, rules)
    if found is not None and not expr.is_duration:
        expr.period, expr.period_last = found[0], after + found[1] - 1
        return
    if not expr.is_duration:
        expr.period = _period_nearby(doc, _slot(doc, expr, expr.unit_noun), rules)


# --------------------------------------------------------------------------- elided units


def _resolve_dollars(doc: Doc, exprs: list[_Expression]) -> None:
    """A bare '$' is in the dollars the article names most often ('AU$25 million' ... '$31.5
    million' are Australian dollars); US dollars when it names none, or when it names US
    dollars outside a conversion in brackets ('USD $7.5 billion ... CAD $1.2 billion ... $56
    million'; not 'AU$52.5 million (US$40.4 million)'): a text that marks its US dollars
    marks its other dollars at the number."""
    marked = [
        e for e in exprs if not e.dollar and e.unit and "$" in doc[e.first : e.num.start + 1].text
    ]
    named = Counter(str(e.unit) for e in marked)
    if not named or any(e.unit == "USD" and _lower(doc, e.first - 1) != "(" for e in marked):
        return
    code = named.most_common(1)[0][0]
    for expr in exprs:
        if expr.dollar:
            expr.unit = code + expr.unit[3:] if expr.unit else code


# Dependencies along which a bare number is climbed to the word that governs it.
_CLIMB_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "quantmod",
        "npadvmod",
        "acomp",
        "attr",
        "compound",
        "nummod",
        "appos",
        "advmod",
    }
)
# How a number hangs from a verb when the verb's subject is the quantity it measures
# ('deaths fell from 37,256', 'temperatures were minus 15').
_QUANTITY_SLOTS = frozenset({"prep", "attr", "acomp", "npadvmod", "oprd", "advmod"})
_CLIMB_LIMIT = 6


def _pair_kind(doc: Doc, start: int, end: int, rules: _Rules, verbs: bool = True) -> str | None:
    """What two numbers joined by a hyphen over tokens [start, end) are: 'score', 'record'
    or a unit ('votes'), from the noun after them ('a 20-13 victory', 'a 13-3 halftime lead',
    'a 43-39 record', 'a 5-4 ruling'), brackets after a name ('Riverton (9-4)') or the
    verb they hang from ('beat the Chiefs 20-13', 'improved to 10-5')."""
    for k in range(end, min(len(doc), end + 3)):
        token = doc[k]
        kind = rules.pair_nouns.get(token.lemma_.lower()) or rules.pair_nouns.get(token.lower_)
        if kind is not None:
            return kind
        if token.pos_ not in ("NOUN", "ADJ", "ADV"):
            break
    before = rules.pair_nouns.get(_lower(doc, start - 1))
    if before is not None:
        return before  # 'behind 10-3'
    bracketed = _lower(doc, start - 1) in ("(", ",") and _lower(doc, end) in (")", ",", ";")
    if bracketed and start >= 2 and doc[start - 2].pos_ == "PROPN":
        return "record"  # 'Riverton (9-4)', 'Varga, 41-2,'
    if end < len(doc) and doc[end].tag_ == "NNPS" and doc[start - 1].dep_ in ("det", "poss"):
        return "record"  # 'the 15-17 Bulldogs'
    token, through = doc[start], ""
    for _ in range(4 if verbs else 0):
        head = token.head
        if head.i == token.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            kind = rules.pair_verbs.get(head.lemma_.lower())
            if kind == "record to":  # 'fell to 4-9' is a record, 'fell 24-20' a score
                return "record" if through in ("to", "at") else "score"
            return kind
        through = head.lower_ if head.dep_ == "prep" else through
        token = head
    return None


def _joined(doc: Doc, first: _Expression, second: _Expression) -> bool:
    """Two bare numbers written 'A-B' ('20-13', '10-5', '52-35')."""
    j = first.num.end
    return (
        j + 1 == second.num.start
        and doc[j].text in _HYPHENS
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and first.num.has_digits
        and second.num.has_digits
        and first.value_max is None
        and first.unit_word is None
        and second.unit_word is None
        and not first.dollar
    )


def _resolve_pairs(doc: Doc, exprs: list[_Expression], rules: _Rules) -> None:
    """Both numbers of a score, a win-loss record or a vote ('20-13', '10-5', '52-35') take
    their units from what the pair is: points (or the doc's other scoring unit), wins and
    losses, votes. Otherwise the first takes the unit of the second ('3-1 goals')."""
    scoring: str | None = None
    unknown: list[tuple[_Expression, _Expression]] = []
    for first, second in zip(exprs, exprs[1:], strict=False):
        if _part_of(doc, first, second):
            units = _partitive_pair(doc, first, exprs, rules)
            if units is not None and first.unit is None and second.unit is None:
                first.unit, second.unit = units
            continue
        if not _joined(doc, first, second):
            continue
        kind = _pair_kind(doc, first.num.start, second.num.end, rules)
        first.after_name = second.after_name = kind is None and first.after_name
        if kind == "score":
            scoring = scoring or _scoring_unit(exprs, rules)
            first.unit = second.unit = scoring
        elif kind == "record":
            first.unit, second.unit = rules.record_units
        elif kind is not None:
            first.unit = second.unit = kind
        else:
            unknown.append((first, second))
    for first, second in unknown:
        if scoring is not None and not first.after_name and not second.unit_word:
            first.unit = second.unit = scoring  # 'closed to 47-44' in a game's report
        elif first.unit is None:
            first.unit = second.unit


def _resolve_dimensions(doc: Doc, exprs: list[_Expression], rules: _Rules) -> None:
    """Both numbers of dimensions take the unit written after the second ('960 x 640
    pixels'); the dimensions of a screen are in pixels ('a 1920 x 1200 display')."""
    for first, second in zip(exprs, exprs[1:], strict=False):
        if not (first.dimension and second.dimension and second.num.start <= first.tail + 1):
            continue
        after = doc[second.tail] if second.tail < len(doc) else None
        if second.unit is None and after is not None and _noun_ok(after, rules):
            second.unit = _normal_unit(after.text, rules)  # '640-by-480 resolution'
        for expr in (first, second):
            if expr.unit is not None and expr.unit.lower() in rules.pixel_nouns:
                expr.unit = "pixels"
        if first.unit is None:
            first.unit = second.unit
        elif second.unit is None:
            second.unit = first.unit  # '2880 pixels by 1800'


def _part_of(doc: Doc, first: _Expression, second: _Expression) -> bool:
    """Two numbers written 'A of B' or 'A-of-B' ('10 of 22', '29-of-34')."""
    between = doc[first.num.end : second.num.start]
    if len(between) != 1 or first.tail != first.num.end:
        return False
    glued = between[0].text in _HYPHENS and doc[second.num.start].lower_.startswith("of-")
    return between[0].lower_ == "of" or glued


def _partitive_pair(
    doc: Doc, first: _Expression, exprs: list[_Expression], rules: _Rules
) -> tuple[str, str] | None:
    """The units of a bare 'A of B' from what its sentence counts ('29-of-34 for 364 yards':
    completions of attempts)."""
    sentence = doc[first.num.start].sent
    for other in exprs:
        inside = sentence.start <= other.num.start < sentence.end
        if inside and other.unit and other.unit.lower() in rules.partitive_units:
            return rules.partitive_units[other.unit.lower()]
    return None


def _scoring_unit(exprs: list[_Expression], rules: _Rules) -> str:
    """The scoring unit the article counts most ('20 points', 'two goals'), else the first."""
    known = {
        form: unit for unit in rules.score_units for form in (unit.lower(), singular(unit.lower()))
    }
    counted = Counter(known[e.unit.lower()] for e in exprs if e.unit and e.unit.lower() in known)
    return max(rules.score_units, key=lambda unit: counted[unit])  # ties: the first


def _resolve_elided_units(doc: Doc, exprs: list[_Expression], rules: _Rules) -> None:
    """Give a number written without its noun the unit its context supplies: a partitive
    ('20 of the 60 wounded'), a quantity noun that governs it ('the number of seats from 40
    to 90', 'the vote count was 47-33'), the subject whose quantity it is ('deaths fell
    from 37,256'), or else the count before it in the sentence ('1,000 people are housed and
    another 2,000 are waiting'). Two passes, so a unit found late reaches a number before it."""
    for _ in range(2):
        for position, expr in enumerate(exprs):
            if expr.unit is not None or expr.adjectival or expr.after_name:
                continue
            expr.unit = (
                _coordinated_unit(doc, exprs, position)
                or _partitive_unit(doc, expr, exprs)
                or _governed_unit(doc, expr, rules)
                or _previous_unit(doc, exprs[:position], expr, rules)
                or _referred_unit(doc, exprs[:position], expr, rules)
            )
            if expr.unit is None and expr.level:
                expr.unit = _previous_unit(doc, exprs[position + 1 :][::-1], expr, rules)


def _coordinated_unit(doc: Doc, exprs: list[_Expression], position: int) -> str | None:
    """The unit of the number coordinated with this one ('500 and 1,000 songs', 'ages 47 and
    48'): the next number's if it has one, else the previous number's."""
    expr = exprs[position]
    following = exprs[position + 1] if position + 1 < len(exprs) else None
    if following is not None and _coordinated(doc, expr.tail, following.first) and following.unit:
        return following.unit
    previous = exprs[position - 1] if position > 0 else None
    if previous is not None and _coordinated(doc, previous.tail, expr.first):
        return previous.unit
    return None


def _coordinated(doc: Doc, end: int, start: int) -> bool:
    """Only 'and' or 'or' between token end and token start."""
    return start == end + 1 and _lower(doc, end) in ("and", "or")


def _number_root(doc: Doc, expr: _Expression) -> Token:
    """The token of the number whose head lies outside it."""
    tokens = range(expr.num.start, expr.num.end)
    for k in tokens:
        if doc[k].head.i not in tokens or doc[k].head.i == k:
            return doc[k]
    return doc[expr.num.end - 1]


def _partitive_unit(doc: Doc, expr: _Expression, exprs: list[_Expression]) -> str | None:
    """'30 of the 80 wounded': the unit of the number the count is a part of."""
    if _lower(doc, expr.tail) == "of":  # 'three of four regions', parsed as one number
        start = expr.tail + 2 if _lower(doc, expr.tail + 1) == "the" else expr.tail + 1
        for other in exprs:
            if other is not expr and other.first == start and other.unit is not None:
                return other.unit
    root = _number_root(doc, expr)
    for prep in (c for c in root.children if c.lower_ == "of"):
        for whole in (c for c in prep.children if c.dep_ == "pobj"):
            for other in exprs:
                inside = other.num.start <= whole.i < other.num.end or other.unit_noun is whole
                if other is not expr and inside:
                    return other.unit
    return None


def _governed_unit(doc: Doc, expr: _Expression, rules: _Rules) -> str | None:
    """The unit given by the quantity noun or the clause that governs a bare number."""
    child = _number_root(doc, expr)
    for _ in range(_CLIMB_LIMIT):
        if child.dep_ not in _CLIMB_DEPS or child.head.i == child.i:
            return None
        token = child.head
        if token.pos_ in ("VERB", "AUX"):
            return _clause_unit(token, child, rules)
        if token.pos_ == "NOUN" and token.lower_ in rules.quantity_units:
            return rules.quantity_units[token.lower_]  # 'a crowd of 18,000', 'a magnitude of 6'
        if _is_measure_noun(token, rules):
            unit = _measure_noun_unit(token, rules)
            if unit is not None:
                return unit
        child = token
    return None


def _referred_unit(
    doc: Doc, before: list[_Expression], expr: _Expression, rules: _Rules
) -> str | None:
    """'GM has 6,246 dealers. It will reduce that number to 3,605': a bare number set to
    'that number' (a quantity noun naming an earlier count, with no 'of' of its own) takes
    the unit of the count before it, within the sentence before."""
    noun = _governing_measure(doc, expr, rules)
    if noun is None or any(c.lower_ == "of" for c in noun.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in noun.children):
        return None
    sentence = doc[expr.num.start].sent.start
    window = doc[sentence - 1].sent.start if sentence > 0 else 0
    for other in reversed(before):
        if other.num.start < window:
            return None
        if other.unit is None or other.is_duration or other.is_age or other.unit == "percent":
            continue
        return other.unit if _kept(doc, other, rules) else None
    return None


def _governing_measure(doc: Doc, expr: _Expression, rules: _Rules) -> Token | None:
    """The quantity noun ('number', 'total') a bare number is the value of, through the verb
    it hangs from ('reduce that number to 3,605') or directly ('a total of 40')."""
    child = _number_root(doc, expr)
    for _ in range(_CLIMB_LIMIT):
        if child.dep_ not in _CLIMB_DEPS or child.head.i == child.i:
            return None
        token = child.head
        if _is_measure_noun(token, rules):
            return token
        if token.pos_ in ("VERB", "AUX"):
            args = [c for c in token.children if c.dep_ in _SUBJECTS | {"dobj"}]
            return next((a for a in args if a.i != child.i and _is_measure_noun(a, rules)), None)
        child = token
    return None


def _is_measure_noun(token: Token, rules: _Rules) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in rules.measure_nouns


def _clause_unit(verb: Token, child: Token, rules: _Rules) -> str | None:
    """'raise the number of seats from 40 ...' (a quantity noun as an argument of the verb);
    'deaths fell from 37,256 ...' (the subject is what the number counts)."""
    for arg in verb.children:
        if arg.i == child.i or arg.dep_ not in _SUBJECTS | {"dobj"}:
            continue
        if _is_measure_noun(arg, rules):
            unit = _measure_noun_unit(arg, rules)
            if unit is not None:
                return unit
        setting = child.dep_ == "prep" and child.lower_ in ("at", "to")
        if setting and arg.dep_ == "dobj" and arg.lower_ in rules.quantity_units:
            return rules.quantity_units[arg.lower_]  # 'puts the magnitude at 6.1'
    if child.dep_ not in _QUANTITY_SLOTS:
        return None
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        quantity = rules.quantity_units.get(subject.lower_)
        if quantity is not None:
            return quantity
        if subject.tag_ == "NNS" and _noun_ok(subject, rules):
            return _normal_unit(subject.text, rules)
    return None


def _measure_noun_unit(noun: Token, rules: _Rules) -> str | None:
    """What a quantity noun counts: its 'of' object ('number of seats') or its compound
    ('vote count', 'death toll'), as a plural."""
    for prep in (c for c in noun.children if c.lower_ == "of"):
        for thing in (c for c in prep.children if c.dep_ == "pobj"):
            if _noun_ok(thing, rules):
                return _normal_unit(thing.text, rules)
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and _noun_ok(c, rules)]
    if compounds and compounds[-1].pos_ == "NOUN":
        return plural(compounds[-1].lemma_.lower())  # 'death toll', 'deaths toll': deaths
    return None


def _previous_unit(
    doc: Doc, before: list[_Expression], expr: _Expression, rules: _Rules
) -> str | None:
    """The unit of the nearest count before the number in its sentence (an ellipsis:
    'another 3,000', 'about 12,000 of them', 'down from 4.5'); durations and ages are not
    carried over, nor a share to a number that cannot be one. Only to a number that stands
    for a noun phrase of its own: not one that modifies a noun ('eight long-haul A330s') or
    follows one ('graphics 4000', 'adults between 18-24'), nor across the edge of a relative
    clause that holds one of the two ('a loss of 27% that took the price down to 5.13')."""
    if not expr.level and _noun_bound(doc, expr):
        return None
    sentence = doc[expr.num.start].sent.start
    for other in reversed(before):
        if doc[other.num.start].sent.start != sentence:
            return None
        if other.unit is None or other.is_duration or other.is_age:
            continue
        if other.unit == "percent" and expr.num.value > 100:
            continue
        if _kept(doc, other, rules):
            return other.unit if _same_clause_chain(doc, other, expr) else None
    return None


# Prepositions that bound a noun by a number after it ('adults between 18-24', 'children
# under 5', 'men over 60'): a limit on what the noun is, not a count.
_BOUNDING_PREPS = frozenset({"between", "under", "over", "above", "below", "aged"})


def _noun_bound(doc: Doc, expr: _Expression) -> bool:
    """A bare number that is part of a noun's phrase rather than a phrase of its own: it
    modifies a noun after it ('eight long-haul A330s'), it follows the noun it belongs to
    ('Intel HD graphics 4000'), or it bounds the noun before it through a preposition
    ('young adults between 18-24', 'kids under 6')."""
    root = _number_root(doc, expr)
    head = root.head
    if head.i != root.i and expr.num.end <= head.i <= expr.tail + 5 and head.pos_ in _NOUN_POS:
        return root.dep_ in ("nummod", "compound", "amod") and _modifiers_between(
            doc, expr.tail, head
        )
    start = expr.first
    if head.i == start - 1 and head.pos_ in _NOUN_POS and head.i < root.i:
        return root.dep_ in ("appos", "nummod", "compound", "npadvmod", "nmod")
    prep = doc[start] if _lower(doc, start) in _BOUNDING_PREPS else doc[max(start - 1, 0)]
    if prep.i == 0 or prep.lower_ not in _BOUNDING_PREPS or prep.dep_ != "prep":
        return False
    before = doc[prep.i - 1]  # the parse may hang the phrase on the verb: read the words
    return before.pos_ == "NOUN" and before.tag_ == "NNS"


def _same_clause_chain(doc: Doc, first: _Expression, second: _Expression) -> bool:
    """No relative clause holds one of the two numbers without the other ('a loss of 27.3%
    that took the share price down to 5.13'), unless it is about the noun the first number
    counts ('54 cartels, of which 19 ...')."""
    a, b = _number_root(doc, first), _number_root(doc, second)
    counted = first.unit_noun if first.unit != "percent" else None  # not '% of its value'
    for token, other in ((a, b), (b, a)):
        phrase = {counted.i, other.i} if counted is not None else set()
        for ancestor in [token, *token.ancestors]:
            clause = ancestor.dep_ in ("relcl", "acl") and ancestor.pos_ in ("VERB", "AUX")
            if not clause or ancestor.left_edge.i <= other.i <= ancestor.right_edge.i:
                continue
            if ancestor.head.i not in phrase:  # '54 cartels, of which 19 ...' is about them
                return False
    return True


# --------------------------------------------------------------------------- measured


def _render(doc: Doc, indices: set[int]) -> str:
    """Selected tokens in text order, with single spaces where tokens were left out."""
    kept = [k for k in sorted(indices) if not _dropped_punct(doc[k])]
    pieces: list[str] = []
    for pos, k in enumerate(kept):
        pieces.append(doc[k].text)
        glued = pos + 1 < len(kept) and kept[pos + 1] == k + 1 and not doc[k].whitespace_
        if not glued:
            pieces.append(" ")
    return " ".join("".join(pieces).split()).strip(" -")


def _dropped_punct(token: Token) -> bool:
    return token.is_punct and token.text not in ("-", "–", "/")


class _Measure:
    """Collects token groups for `measured` while they fit in the word budget."""

    def __init__(self, doc: Doc, skip: set[int], limit: int) -> None:
        self.doc, self.skip, self.limit = doc, skip, limit
        self.chosen: set[int] = set()

    def add(self, indices: Iterable[int]) -> bool:
        group = {k for k in indices if k not in self.skip and 0 <= k < len(self.doc)}
        if not group - self.chosen:
            return False
        candidate = self.chosen | group
        if len(_render(self.doc, candidate).split()) > self.limit:
            return False
        self.chosen = candidate
        return True

    def text(self) -> str | None:
        rendered = _render(self.doc, self.chosen)
        return rendered or None


def _subtree(token: Token, limit: int = 10) -> list[int]:
    indices = [t.i for t in token.subtree]
    return indices if len(indices) <= limit else []


def _noun_core(noun: Token, skip: set[int]) -> list[int]:
    """The noun, its left modifiers and coordinated nouns (not numbers or determiners)."""
    core = [noun.i]
    for child in noun.lefts:
        if child.dep_ in _LEFT_MODIFIERS:
            core.extend(t.i for t in child.subtree if t.i not in skip)
    conjoined = [c for c in noun.conjuncts if c.i > noun.i]
    for conj in conjoined:
        if any(c.dep_ == "nummod" for c in conj.children):
            break
        core.append(conj.i)
        core.extend(c.i for c in conj.lefts if c.dep_ in _LEFT_MODIFIERS)
        core.extend(c.i for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i)
    doc = noun.doc
    return [g for k in core for g in range(_glued_start(doc, k, 0), _glued_end(doc, k) + 1)]


def _add_noun_phrase(measure: _Measure, noun: Token, skip: set[int]) -> None:
    measure.add(_noun_core(noun, skip))
    for child in noun.rights:
        if child.dep_ in _RIGHT_MODIFIERS and not (set(_subtree(child)) & skip):
            measure.add(_subtree(child))


def _add_governor(measure: _Measure, slot: Token, skip: set[int], depth: int = 0) -> None:
    """The verb or noun the slot belongs to, with its subject and complements."""
    head = slot.head
    if head.i == slot.i or depth > 2:
        return
    if slot.dep_ == "pobj" and head.head.i != head.i:
        owner = head.head
        if owner.pos_ in ("VERB", "AUX"):
            _add_clause(measure, owner, head, skip)
        elif owner.pos_ in _NOUN_POS:
            measure.add(_noun_core(owner, skip))
        measure.add([head.i])
        if owner.pos_ in _NOUN_POS:
            _add_governor(measure, owner, skip, depth + 1)
        return
    if head.pos_ in ("VERB", "AUX"):
        _add_clause(measure, head, slot, skip)
    elif head.pos_ in _NOUN_POS and slot.dep_ not in ("conj", "appos"):
        measure.add(_noun_core(head, skip))
        _add_governor(measure, head, skip, depth + 1)


def _add_clause(measure: _Measure, verb: Token, slot: Token, skip: set[int]) -> None:
    """The verb (and a verb it is coordinated with), its subject unless the slot is the
    subject, and its complements; for a participle, the noun it describes."""
    verbs, extra = [verb], [c.i for c in verb.children if c.dep_ in _VERB_ADJUNCTS]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.insert(0, verb.head)
        extra += [c.i for c in verb.head.children if c.dep_ == "cc"]
    if not measure.add([v.i for v in verbs] + extra):
        return
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUN_POS:
        measure.add(_noun_core(verb.head, skip))
    if slot.dep_ not in _SUBJECTS:
        for subject in (c for c in verbs[0].children if c.dep_ in _SUBJECTS):
            if subject.pos_ != "PRON":
                measure.add(_subtree(subject, 6))
    for child in verb.rights:
        if child.i != slot.i and child.dep_ in _VERB_COMPLEMENTS:
            measure.add(_subtree(child))


def _measured_noun(doc: Doc, expr: _Expression, rules: _Rules) -> Token | None:
    """The noun naming what is measured: the unit noun, the noun a hyphenated unit
    describes ('10-year sentence'), or what an amount is of ('40% of adults')."""
    noun = expr.unit_noun
    if noun is not None and noun.i > 0 and doc[noun.i - 1].text in ("-", "–"):
        head = noun.head
        return head if head.pos_ in _NOUN_POS and head.i > noun.i else None
    if noun is not None and _is_measure_word(noun, rules):
        objects = [g for c in noun.rights if c.lower_ == "of" for g in c.rights if g.dep_ == "pobj"]
        return objects[0] if objects else noun
    if noun is not None:
        return noun
    if _lower(doc, expr.tail) == "of":
        objects = [c for c in doc[expr.tail].children if c.dep_ == "pobj"]
        return objects[0] if objects else None
    return None


def _is_measure_word(token: Token, rules: _Rules) -> bool:
    """A unit of measure rather than a thing counted ('tons', 'years')."""
    return token.lower_ in rules.unit_aliases or token.lower_ in rules.duration_units


def _slot(doc: Doc, expr: _Expression, noun: Token | None) -> Token | None:
    """The token whose head says what the number belongs to."""
    if noun is not None and not (expr.unit_via_of or expr.is_ratio) and noun.i >= expr.tail:
        return noun
    tokens = set(range(expr.num.start, expr.tail))
    for k in sorted(tokens):
        if doc[k].head.i not in tokens or doc[k].head.i == k:
            return doc[k]
    return noun


def _measured(doc: Doc, expr: _Expression, rules: _Rules) -> str | None:
    noun = _measured_noun(doc, expr, rules)
    last = expr.tail if noun is expr.unit_noun else max(expr.tail, expr.unit_last + 1)
    skip = set(range(expr.first, last)) | set(_period_tokens(expr))
    skip |= {c.i for t in range(expr.first, expr.tail) for c in doc[t].children if c.dep_ == "det"}
    if noun is not None:
        skip |= {c.i for c in noun.children if c.dep_ == "det" and c.i < noun.i}
        skip |= {t.i for t in noun.subtree if t.pos_ == "NUM" and t.i < noun.i}
    measure = _Measure(doc, skip, rules.max_words)
    if noun is not None:
        _add_noun_phrase(measure, noun, skip)
    slot = _slot(doc, expr, noun)
    if slot is not None:
        _add_governor(measure, slot, skip)
    text = measure.text()
    return text if text is not None else expr.unit


def _period_tokens(expr: _Expression) -> range:
    if expr.period_last < 0:
        return range(0)
    return range(max(expr.tail, expr.unit_last + 1), expr.period_last + 1)


# --------------------------------------------------------------------------- public


def _statistic(doc: Doc, expr: _Expression, rules: _Rules) -> Statistic:
    last = max(expr.tail - 1, expr.unit_last, expr.period_last)
    char_start, char_end = _char_span(doc, expr.first, last + 1)
    return Statistic(
        value=float(expr.num.value),
        mention=doc[expr.first : last + 1].text,
        char_start=char_start,
        char_end=char_end,
        value_max=expr.value_max,
        unit=expr.unit,
        period=expr.period,
        measured=_measured(doc, expr, rules),
        approximate=expr.approximate,
    )


def _candidates(doc: Doc, text: str, rules: _Rules) -> list[_Expression]:
    """Every number expression of `doc` that is no name, code, date or model designation, in
    text order."""
    blocked = _blocked_chars(text, rules)
    found: list[_Expression] = []
    models = {m.group(1) for m in _MODEL_PLURAL_TEXT.finditer(text)}  # '50 787s'
    i = 0
    while i < len(doc):
        num = _read_number(doc, i, rules)
        if num is None:
            i += 1
            continue
        expr = _build(doc, num, rules)
        i = max(expr.tail, num.end, i + 1)
        if not _excluded(doc, num, rules, blocked):
            found.append(expr)
            if _names_model(doc, expr, rules):
                models.add(doc[num.start].text)  # 'the 787 Dreamliner'
        elif _model_digits(doc, num) and _capitalised_word(doc[num.start - 1]):
            models.add(doc[num.start].text)  # 'Boeing 787'
    return [e for e in found if not _model_mention(doc, e, models)]


def _model_digits(doc: Doc, num: _Number) -> bool:
    """Three or more bare digits that could name a model ('787', '737'; not '100', '2,000')."""
    text = doc[num.start].text
    return (
        num.end - num.start == 1
        and text.isdigit()
        and len(text) >= 3
        and not text.endswith("00")
        and not (len(text) == 4 and num.value >= 1800)
    )


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper()


def _names_model(doc: Doc, expr: _Expression, rules: _Rules) -> bool:
    """'the 787 Dreamliner', 'Boeing 787': digits that name a model, after a capitalised name
    or before a singular proper noun in running text (not a Title Case headline)."""
    num = expr.num
    if not _model_digits(doc, num) or expr.first != num.start or expr.unit_word is not None:
        return False
    if expr.after_name:
        return True
    if num.end >= len(doc) or num.start == 0:
        return False
    nxt, prev = doc[num.end], doc[num.start - 1]
    while prev.pos_ == "ADJ" and prev.i > num.start - 3 and prev.i > 0:
        prev = doc[prev.i - 1]
    if prev.like_num and prev.whitespace_ and prev.lower_ not in rules.scales:
        return True  # 'five new 737 aircraft': the count comes first
    return (
        nxt.tag_ in ("NNP", "NN")
        and _capitalised_word(nxt)
        and nxt.head.i <= nxt.i  # the head of its phrase, no modifier ('175 Ecuador officers')
        and nxt.ent_type_ not in ("GPE", "NORP", "LOC")
        and not _is_unit_word(nxt.lower_, rules)
        and nxt.lower_ not in rules.date_words
        and not _capitalised_word(prev)
    )


def _model_mention(doc: Doc, expr: _Expression, models: set[str]) -> bool:
    """A mention of a model the article names ('the 777', '737 aircraft', the '800' of
    '737-800'): bare digits with no currency, unit word or scale."""
    num = expr.num
    if num.end - num.start != 1 or expr.unit_word is not None or num.has_scale:
        return False
    if expr.first != num.start and not expr.approximate:
        return False
    if doc[num.start].text in models:
        return True
    k = num.start
    variant = k >= 2 and doc[k - 1].text in _HYPHENS and not doc[k - 1].whitespace_
    return variant and not doc[k - 2].whitespace_ and doc[k - 2].text in models


def extract_statistics(doc: Doc) -> list[Statistic]:
    """Every number in `doc` that measures something, in text order; one row per number."""
    rules = _rules()
    text = doc_text(doc)
    candidates = _candidates(doc, text, rules)
    _resolve_dollars(doc, candidates)
    _resolve_pairs(doc, candidates, rules)
    _resolve_dimensions(doc, candidates, rules)
    _resolve_elided_units(doc, candidates, rules)
    found = [_statistic(doc, e, rules) for e in candidates if _kept(doc, e, rules)]
    ordered = sorted(found, key=lambda s: (s.char_start, s.char_end))
    return _without_restatements(ordered, text)


def _without_restatements(stats: list[Statistic], text: str) -> list[Statistic]:
    """One row per statistic: a later mention with the same words, value and unit restates
    the first ('under $800' twice) and is dropped; bare digits only with the same words
    around them (a headline repeated), since '2' in '15-2 run' and '9-2 spurt' are two. The
    second number of a phrase two numbers share ('fell 2 and 5 percent') restates nothing."""
    seen: set[tuple[float, float | None, str | None, str]] = set()
    kept: list[Statistic] = []
    previous: Statistic | None = None  # the number before, if it was kept
    for stat in stats:
        joined = previous is not None and (
            stat.char_end <= previous.char_end
            or text[previous.char_end : stat.char_start].strip().lower() in ("and", "or")
        )
        mention = stat.mention.lower()
        if _DIGITS.match(mention):  # bare digits ('44' of '47-44'): the same words around them
            mention = text[max(0, stat.char_start - 24) : stat.char_end + 24].lower()
        key = (stat.value, stat.value_max, stat.unit, mention)
        if joined or key not in seen:  # 'rose 4 and 9 percent': the 9 restates nothing
            seen.add(key)
            kept.append(stat)
            previous = stat
        else:
            previous = None  # a restated pair restates both its numbers
    return kept
