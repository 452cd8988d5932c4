"""Plural and singular forms of English nouns, from the inflect library.

The lexicons list nouns in one number ('person_nouns' in the singular, 'score_units' in the
plural); the extractors meet them in both. These helpers give the other number, so that one
word in a lexicon matches both forms ('person' and 'people', 'casualty' and 'casualties',
'analysis' and 'analyses'), where a hand-made ending rule would not.
"""

from __future__ import annotations

from functools import cache

import inflect


@cache
def _engine() -> inflect.engine:
    engine = inflect.engine()
    engine.defnoun("thief", "thieves")  # inflect's rules give 'thiefs'
    return engine


@cache
def plural(noun: str) -> str:
    """The plural of a singular noun: 'death' -> 'deaths', 'casualty' -> 'casualties',
    'spokesman' -> 'spokesmen', 'analysis' -> 'analyses'. Give it a singular: a word that is
    already plural gets a second ending."""
    return str(_engine().plural_noun(noun)) if noun else noun


@cache
def singular(noun: str) -> str:
    """The singular of a plural noun: 'points' -> 'point', 'people' -> 'person'; a noun that
    is not plural comes back as it is ('staff'). Give it a plural: inflect cuts the 's' of any
    word that ends in one ('analysis' -> 'analysi')."""
    found = _engine().singular_noun(noun) if noun else False
    return found if isinstance(found, str) else noun


def noun_forms(noun: str) -> frozenset[str]:
    """A singular noun and its plural: {'official', 'officials'}."""
    return frozenset({noun, plural(noun)})
