"""Canonical names: countries from pycountry plus the countries lexicon, organizations from
the organizations lexicon. The same actor gets the same entity_id in every article."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from flows.extract.lexicon import load_lexicon

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s?$")


def fold(text: str) -> str:
    """A lookup key: lower case, straight apostrophes, no leading 'the', single spaces."""
    text = text.replace("’", "'").replace("‘", "'").strip(" \t\n,.;:")
    text = _LEADING_THE.sub("", text)
    return " ".join(text.lower().split())


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).strip()


def entity_id(kind: str, name: str) -> str:
    """'country:united-states', 'person:xi-jinping': stable across articles and runs."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unnamed"
    return f"{kind}:{slug}"


@dataclass(frozen=True)
class Organization:
    name: str
    affiliation: str | None
    is_medium: bool


@cache
def _country_names() -> dict[str, str]:
    """Folded surface form -> canonical country name."""
    lexicon = load_lexicon("countries")
    short: dict[str, str] = lexicon["short_names"]
    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = (
            short.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        )
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(value), canonical)
        names[fold(canonical)] = canonical
    for code, aliases in lexicon["aliases"].items():
        canonical = country_by_code(code)
        for alias in aliases:
            names[fold(alias)] = canonical
    return names


def country_forms(name: str) -> frozenset[str]:
    """Every folded name of a canonical country ('United States': 'u.s', 'us', 'america'...)."""
    return _forms_of_countries().get(name, frozenset())


@cache
def _forms_of_countries() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for form, canonical in _country_names().items():
        forms.setdefault(canonical, set()).add(form)
    return {name: frozenset(found) for name, found in forms.items()}


@cache
def country_by_code(code: str) -> str:
    """Canonical name for an ISO 3166 alpha-2 code."""
    short: dict[str, str] = load_lexicon("countries")["short_names"]
    if code in short:
        return short[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise ValueError(f"unknown country code {code!r} in the countries lexicon")
    return str(getattr(country, "common_name", None) or country.name)


def country(text: str) -> str | None:
    """The canonical country a name stands for ('U.S.' -> 'United States'), else None."""
    return _country_names().get(fold(strip_possessive(text)))


def demonym_country(text: str) -> str | None:
    """'Chinese' -> 'China'."""
    code = load_lexicon("countries")["demonyms"].get(text.strip())
    return country_by_code(code) if code else None


def capital_country(text: str) -> str | None:
    """'Beijing' -> 'China': the country whose capital this is."""
    code = load_lexicon("countries")["capitals"].get(
        strip_possessive(text).title() if text.isupper() else strip_possessive(text)
    )
    return country_by_code(code) if code else None


def country_of_word(text: str) -> str | None:
    """A country named by its name, demonym or capital."""
    return country(text) or demonym_country(text) or capital_country(text)


@cache
def _organizations() -> dict[str, Organization]:
    table: dict[str, Organization] = {}
    for entry in load_lexicon("organizations")["entries"]:
        org = Organization(entry["name"], entry.get("affiliation"), bool(entry.get("medium")))
        for surface in [entry["name"], *entry.get("aliases", [])]:
            table.setdefault(fold(surface), org)
    return table


def organization(text: str) -> Organization | None:
    """The known organization a name stands for ('DEA' -> Drug Enforcement Administration)."""
    key = fold(strip_possessive(text))
    found = _organizations().get(key)
    if found is None and " " in key:
        # 'U.S. Drug Enforcement Administration', 'Chinese Ministry of Public Security'
        first, rest = key.split(" ", 1)
        if country_of_word(first) or first in {"u.s.", "us", "federal"}:
            found = _organizations().get(rest)
    if found is None and key.startswith("departments of "):
        # 'the Departments of State and Homeland Security': the first is the Department of State
        found = _organizations().get("department of " + key.removeprefix("departments of "))
    return found


@dataclass(frozen=True)
class KnownPerson:
    name: str
    affiliation: str | None


@cache
def _people() -> dict[str, KnownPerson]:
    table: dict[str, KnownPerson] = {}
    for entry in load_lexicon("people")["known_people"]:
        person = KnownPerson(entry["name"], entry.get("affiliation"))
        for surface in [entry["name"], *entry.get("aliases", [])]:
            table.setdefault(fold(surface), person)
    return table


def known_person(text: str) -> KnownPerson | None:
    """A public figure of the people lexicon ('Biden' -> Joe Biden), else None."""
    return _people().get(fold(strip_possessive(text)))


#: Countries whose states or provinces news text writes after a town ('Woodburn, Oregon').
_REGION_COUNTRIES = ("US", "CA", "AU", "MX", "IN")


@cache
def _region_names() -> frozenset[str]:
    names = set()
    for code in _REGION_COUNTRIES:
        for subdivision in pycountry.subdivisions.get(country_code=code) or ():
            names.add(fold(subdivision.name))
    return frozenset(names)


@cache
def us_states() -> frozenset[str]:
    """The names of the 50 states of the United States, from pycountry."""
    subdivisions = pycountry.subdivisions.get(country_code="US") or ()
    return frozenset(s.name for s in subdivisions if s.type == "State")


def region(text: str) -> bool:
    """A state or province ('New York', 'Ontario') or a country: where a town lies."""
    return fold(text) in _region_names() or country(text) is not None
