"""Participants: the actors of an article under canonical names.

Sources of mentions, in order:
1. coordinated agency names ("the Justice, Homeland Security, State and Treasury
   departments" is four organizations) and ministries named by their country
   ("Beijing's foreign ministry");
2. named entities from the model (PERSON, ORG, GPE, LOC), canonicalised with `canon`:
   a capital that acts or owns something stands for its country's government;
3. unnamed groups that act ("senior administration officials said").
Titles and affiliations of persons are read from the words before the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from flows.extract import canon
from flows.extract.lexicon import load_lexicon
from flows.extract.records import Participant
from flows.extract.records import Span as CharSpan


@cache
def _words(lexicon: str, key: str) -> frozenset[str]:
    return frozenset(load_lexicon(lexicon)[key])


@cache
def _fields() -> dict[str, str]:
    fields: dict[str, str] = load_lexicon("organizations")["ministry_fields"]
    return fields


_COORDINATED_HEADS = {
    "departments": "{} Department",
    "ministries": "Ministry of {}",
    "agencies": "{} Agency",
    "committees": "{} Committee",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "its", "their"}
_PRONOUN_LIKE = re.compile(r"^(?:he|she|they|we|i|you|it|who|which|that)$", re.IGNORECASE)


def _char_span(span: Span | Token) -> CharSpan:
    if isinstance(span, Token):
        return (span.idx, span.idx + len(span.text))
    return (span.start_char, span.end_char)


def _trim(span: Span) -> Span:
    """Drop leading determiners and a trailing possessive from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    for i in range(start, end):  # 'Federal Bureau of Investigation (FBI'
        if doc[i].text in {"(", "["}:
            end = i
            break
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    return doc[start:end]


class ParticipantRegistry:
    """The participants of one article, keyed by kind and canonical name, with a lookup from
    any character span to the participant mentioned there."""

    def __init__(self) -> None:
        self._by_key: dict[str, Participant] = {}
        self._spans: list[tuple[CharSpan, str]] = []

    def __iter__(self) -> Iterator[Participant]:
        return iter(sorted(self._by_key.values(), key=lambda p: p.char_start))

    def __len__(self) -> int:
        return len(self._by_key)

    def add(
        self,
        name: str,
        kind: str,
        span: CharSpan,
        surface: str,
        *,
        title: str | None = None,
        affiliation: str | None = None,
    ) -> Participant:
        key = canon.entity_id(kind, name)
        participant = self._by_key.get(key)
        if participant is None:
            participant = Participant(name=name, kind=kind)
            self._by_key[key] = participant
        participant.add_mention(span, surface)
        participant.title = participant.title or title
        participant.affiliation = participant.affiliation or affiliation
        self._spans.append((span, key))
        return participant

    def covered(self, span: CharSpan) -> bool:
        start, end = span
        return any(s < end and start < e for (s, e), _ in self._spans)

    def find(self, span: CharSpan) -> Participant | None:
        """The participant whose mention overlaps the span most (ties: the longest mention)."""
        start, end = span
        best: tuple[int, int, str] | None = None
        for (s, e), key in self._spans:
            overlap = min(end, e) - max(start, s)
            if overlap > 0 and (best is None or (overlap, e - s) > best[:2]):
                best = (overlap, e - s, key)
        return self._by_key[best[2]] if best else None

    def merge(self, old: Participant, into: Participant) -> None:
        """Fold one participant into another (a short name into the full name)."""
        old_key = canon.entity_id(old.kind, old.name)
        new_key = canon.entity_id(into.kind, into.name)
        for span in old.mentions:
            into.add_mention(span, "")
        for alias in old.aliases:
            if alias not in into.aliases:
                into.aliases.append(alias)
        into.title = into.title or old.title
        into.affiliation = into.affiliation or old.affiliation
        self._spans = [(s, new_key if k == old_key else k) for s, k in self._spans]
        del self._by_key[old_key]


def extract_participants(doc: Doc, *, publisher: str | None = None) -> ParticipantRegistry:
    """Every actor of the article. `publisher` (the article's source) is not a participant."""
    registry = ParticipantRegistry()
    _add_coordinated_agencies(doc, registry)
    _add_ministries(doc, registry)
    for ent in doc.ents:
        _add_entity(ent, registry, publisher)
    _add_groups(doc, registry)
    _unify_person_names(registry)
    _unify_kinds(registry)
    _add_surname_mentions(doc, registry)
    return registry


def resolve_phrase(doc: Doc, span: CharSpan, registry: ParticipantRegistry) -> Participant | None:
    """The participant a phrase names (a quote's speaker, an event's actor), adding an
    unnamed group or unknown organization when the phrase names one that is not yet known."""
    found = registry.find(span)
    if found is not None:
        return found
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return None
    phrase = _trim(phrase)
    if len(phrase) == 0 or _PRONOUN_LIKE.match(phrase.text):
        return None
    head = phrase.root
    if head.pos_ == "PROPN":
        org = canon.organization(phrase.text)
        if org is not None:
            return registry.add(org.name, "organization", _char_span(phrase), phrase.text)
        return None
    if head.lower_ in _group_heads():
        return _add_group_chunk(phrase, registry)
    return None


# -- coordinated names and ministries ------------------------------------------------------


def _add_coordinated_agencies(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Justice, Homeland Security, State and Treasury departments' -> four bodies."""
    for token in doc:
        pattern = _COORDINATED_HEADS.get(token.lower_)
        if pattern is None or token.i == 0:
            continue
        segments: list[Span] = []
        end = token.i
        i = token.i - 1
        seen_and = False
        while i >= 0:
            start = i
            while (
                start >= 0 and doc[start].is_title and doc[start].pos_ in {"PROPN", "NOUN", "ADJ"}
            ):
                start -= 1
            if start == i:
                break
            segments.append(doc[start + 1 : end])
            if start >= 0 and doc[start].lower_ in {",", "and", "&"}:
                # In 'A, B, C and D departments' only the last item follows 'and'.
                if doc[start].lower_ in {"and", "&"}:
                    if seen_and:
                        break
                    seen_and = True
                if start >= 1 and doc[start].lower_ == "and" and doc[start - 1].text == ",":
                    start -= 1
                end = start
                i = start - 1
                continue
            break
        if len(segments) < 2:
            continue
        for segment in reversed(segments):
            surface = pattern.format(segment.text)
            org = canon.organization(surface)
            name = org.name if org else surface
            affiliation = org.affiliation if org else None
            registry.add(
                name, "organization", _char_span(segment), segment.text, affiliation=affiliation
            )


def _add_ministries(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Beijing's foreign ministry', 'the Chinese Foreign Ministry' -> the ministry of the
    country, under 'Ministry of <field> of <country>'."""
    for token in doc:
        if token.lower_ != "ministry":
            continue
        field = next(
            (_fields()[c.lower_] for c in token.lefts if c.lower_ in _fields()),
            None,
        )
        owner = None
        for child in token.lefts:
            owner = (
                owner
                or canon.country_of_word(child.text)
                or canon.country_of_word(" ".join(t.text for t in child.subtree if t.tag_ != "POS"))
            )
        if field is None or owner is None:
            continue
        left = min(t.i for t in token.lefts if t.dep_ != "det")
        span = doc[left : token.i + 1]
        name = f"Ministry of {field} of {owner}"
        registry.add(name, "organization", _char_span(span), span.text, affiliation=owner)


# -- named entities -------------------------------------------------------------------------


def _add_entity(ent: Span, registry: ParticipantRegistry, publisher: str | None) -> None:
    span = _trim(_extend_with_org_head(ent))
    if len(span) == 0 or registry.covered(_char_span(span)):
        return
    text = span.text
    if publisher and canon.fold(text) and canon.fold(text) in canon.fold(publisher):
        return
    if _not_an_actor(text):
        return
    org = canon.organization(text)
    if org is None and _only_in_a_title_case_headline(span):
        return
    if org is not None:
        if not org.is_medium:
            registry.add(
                org.name, "organization", _char_span(span), text, affiliation=org.affiliation
            )
        return
    if ent.label_ in {"PERSON", "ORG"} and canon.country_of_word(text):
        _add_place(span, registry)  # 'Khartoum' tagged as a person is still the capital
    elif ent.label_ == "PERSON":
        _add_person(span, registry)
    elif ent.label_ == "ORG":
        _add_organization(span, registry)
    elif ent.label_ == "GPE":
        _add_place(span, registry)
    elif ent.label_ in {"LOC", "FAC"} and _is_scene(span):
        registry.add(_display(text), "location", _char_span(span), text)


def _only_in_a_title_case_headline(span: Span) -> bool:
    """In a headline Written In Title Case the model takes any capitalised words for a name
    ('Carter Delivers'); there a name counts only if the body uses it too, or it is a
    country, a capital or a known person."""
    doc = span.doc
    title = next(iter(doc.sents), None)
    if title is None or span.start >= title.end:
        return False
    words = [t for t in title if t.is_alpha and len(t) > 3]
    if not words or sum(t.is_title for t in words) < 0.8 * len(words):
        return False
    if canon.country_of_word(span.text) or canon.known_person(span.text):
        return False
    return span.text not in doc.text[title.end_char :]


def _extend_with_org_head(ent: Span) -> Span:
    """'the Sinaloa Cartel' where the model tagged only 'Sinaloa': take the capitalised head."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end].is_title
        and doc[end].lower_ in _words("organizations", "org_heads")
    ):
        end += 1
    return doc[ent.start : end] if end > ent.end else ent


def _not_an_actor(text: str) -> bool:
    words = set(canon.fold(text).split())
    return bool(words & _words("organizations", "not_actors")) or not any(
        ch.isalpha() for ch in text
    )


def _display(text: str) -> str:
    """'WASHINGTON' -> 'Washington'; other names as written."""
    return text.title() if text.isupper() and len(text) > 4 else text


def _add_person(span: Span, registry: ParticipantRegistry) -> None:
    if any(t.tag_ == "POS" for t in span) and span[-1].tag_ != "POS":
        # "Kate's Place": a possessive inside a name is an organization's name.
        registry.add(span.text, "organization", _char_span(span), span.text)
        return
    titles = _titles()
    while len(span) > 1 and (span[0].text in titles or f"{span[0].text}." in titles):
        span = span[1:]  # 'Spokesperson Adrienne Watson': the title is not the name
    title, affiliation = _title_and_affiliation(span)
    name = " ".join(t.text for t in span if not t.is_punct or t.text in {"-", "."})
    if len(span) == 1 and span[0].text in _titles():
        return
    known = canon.known_person(name)
    if known is not None:
        name, affiliation = known.name, affiliation or known.affiliation
    registry.add(name, "person", _char_span(span), span.text, title=title, affiliation=affiliation)


def _title_and_affiliation(span: Span) -> tuple[str | None, str | None]:
    """Read 'Chinese President' in 'Chinese President Xi Jinping'."""
    doc = span.doc
    titles = _titles()
    i = span.start - 1
    words: list[Token] = []
    while i >= 0 and (doc[i].is_title or doc[i].text in titles) and not doc[i].is_punct:
        words.insert(0, doc[i])
        i -= 1
    title_words: list[str] = []
    affiliation = None
    for word in words:
        country = canon.country_of_word(word.text)
        if country and not title_words:
            affiliation = country
        elif word.text in titles or (title_words and word.is_title):
            title_words.append(word.text)
    title = " ".join(title_words) or None
    if title and title not in titles and title_words[0] not in titles:
        title = None
    if affiliation is None:
        org = canon.organization(" ".join(w.text for w in words if w.text not in titles))
        affiliation = org.name if org else None
    return title, affiliation


def _add_organization(span: Span, registry: ParticipantRegistry) -> None:
    parts = [p.strip() for p in re.split(r"\s*(?:&|\band\b)\s*", span.text)]
    if len(parts) > 1 and all(canon.country(p) for p in parts):
        # 'U.S. & China' tagged as one organization: two countries.
        offset = span.start_char
        for part in parts:
            start = span.doc.text.index(part, offset)
            registry.add(canon.country(part) or part, "country", (start, start + len(part)), part)
            offset = start + len(part)
        return
    country = canon.country(span.text)
    if (
        country is None
        and len(span) > 1
        and span[-1].lower_ in _words("organizations", "government_heads")
    ):
        country = canon.country(span[:-1].text)  # 'the U.S. Government'
    if country:
        registry.add(country, "country", _char_span(span), span.text)
        return
    stripped = _strip_thing_head(span)
    if stripped is None:
        return
    span = stripped
    org = canon.organization(span.text)
    name = org.name if org else span.text
    affiliation = org.affiliation if org else _leading_country(span)
    registry.add(name, "organization", _char_span(span), span.text, affiliation=affiliation)


def _strip_thing_head(span: Span) -> Span | None:
    """A name that starts with a verb is a title ('Combat Global Illicit Drug Manufacturing')."""
    if span[0].tag_ in {"VB", "VBG"} and span[0].is_title:
        return None
    return _strip_thing_words(span)


def _strip_thing_words(span: Span) -> Span | None:
    """'the International Narcotics Control Board Database' names a database; the board in
    it is the actor. A name that is only a thing ('the Stop Fentanyl Act') is no actor."""
    things = _words("organizations", "thing_heads")
    while len(span) > 1 and span[-1].like_num:  # 'Adam Air Flight 574'
        span = span[:-1]
    stripped = False
    while len(span) > 1 and span[-1].lower_ in things:
        span, stripped = span[:-1], True
    if span[-1].lower_ in things:
        return None
    if stripped and not (
        span[-1].lower_ in _words("organizations", "org_heads") or canon.organization(span.text)
    ):
        return None  # 'U.S. National Statement' names a statement, not a body
    return span


def _leading_country(span: Span) -> str | None:
    return canon.country_of_word(span[0].text) if len(span) > 1 else None


def _acts(token: Token) -> bool:
    """A place name acts when it is a subject, an agent or a possessor."""
    if token.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    return any(child.tag_ == "POS" for child in token.children)


def _add_place(span: Span, registry: ParticipantRegistry) -> None:
    country = canon.country(span.text)
    if country:
        registry.add(country, "country", _char_span(span), span.text)
        return
    capital_of = canon.capital_country(span.text)
    if capital_of and _acts(span.root):
        registry.add(capital_of, "country", _char_span(span), span.text)
        return
    if _is_scene(span):
        registry.add(_display(span.text), "location", _char_span(span), span.text)


def _is_scene(span: Span) -> bool:
    """A place is a participant where something happens there ('met in Lima', 'headed to
    Beijing') or as the dateline; a place merely named ('a New York firm') is not."""
    root = span.root
    after = span.doc[span.end : span.end + 1]
    if span.start == span.sent.start and after.text in {"–", "—", "-", ":", ","}:
        return True  # dateline: 'WASHINGTON –'
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"in", "at", "to", "into", "near", "outside"}:
        return head.head.pos_ in {"VERB", "AUX"} or head.head.pos_ == "NOUN"
    return root.dep_ in {"nsubj", "dobj"} and root.head.pos_ == "VERB"


# -- groups ---------------------------------------------------------------------------------


def _group_heads() -> frozenset[str]:
    return _words("people", "group_heads")


def _titles() -> frozenset[str]:
    return _words("people", "titles")


def _add_groups(doc: Doc, registry: ParticipantRegistry) -> None:
    """Unnamed collectives described by a modifier: those that act ('senior officials said'),
    and those of a country in any role ('PRC chemical companies')."""
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.lower_ not in _group_heads() or head.pos_ == "PROPN":
            continue
        if head.ent_type_ in {"ORG", "PERSON", "FAC"} or any(t.is_quote for t in chunk):
            continue
        acts = head.dep_ in {"nsubj", "nsubjpass"} or (
            head.dep_ == "pobj" and head.head.lower_ == "by"
        )
        if acts or any(canon.country_of_word(t.text) for t in chunk if t.i < head.i):
            _add_group_chunk(chunk, registry)


def _add_group_chunk(chunk: Span, registry: ParticipantRegistry) -> Participant | None:
    """A group named by a noun phrase with a describing modifier ('Chinese officials').
    Bare heads ('officials') and counted ones ('12 people') are not actors of their own;
    '<country> government' is the country."""
    head = chunk.root
    modifiers = [
        t for t in chunk if t.i < head.i and t.dep_ in {"amod", "compound", "nmod", "nummod"}
    ]
    if any(
        t.lower_ in _words("people", "quantifiers") or t.tag_ in {"JJR", "JJS"}
        for t in chunk
        if t.i < head.i
    ):
        return None
    if any(t.dep_ == "nummod" or t.like_num for t in chunk) or not modifiers:
        return None
    phrase = _trim(chunk)
    end = phrase.end
    for conj in head.conjuncts:  # '25 individuals and entities'
        if conj.i > head.i and conj.lower_ in _group_heads():
            end = max(end, conj.i + 1)
    phrase = chunk.doc[phrase.start : end]
    if len(phrase) == 0 or registry.covered(_char_span(phrase)) and len(phrase) == 1:
        return None
    text = phrase.text
    if head.lower_ in _words("organizations", "government_heads"):
        for modifier in modifiers:
            country = canon.country_of_word(modifier.text)
            if country:
                return registry.add(country, "country", _char_span(phrase), text)
    name = text[0].upper() + text[1:]
    affiliation = next(
        (c for c in (canon.country_of_word(t.text) for t in phrase if t.i < head.i) if c), None
    )
    return registry.add(name, "group", _char_span(phrase), text, affiliation=affiliation)


def _unify_person_names(registry: ParticipantRegistry) -> None:
    """'Biden' after 'Joe Biden' is the same person: fold short names into the full name."""
    people = [p for p in registry if p.kind == "person"]
    for short in people:
        words = short.name.split()
        candidates = [
            p
            for p in people
            if p is not short
            and len(p.name.split()) > len(words)
            and p.name.split()[-len(words) :] == words
        ]
        if len(candidates) == 1:
            registry.merge(short, candidates[0])


def _add_surname_mentions(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Lopez said' after 'Maria Lopez': a proper noun that is the surname of exactly one
    person of the article is a mention of that person, even where the model saw no entity."""
    by_surname: dict[str, list[Participant]] = {}
    for person in (p for p in registry if p.kind == "person" and " " in p.name):
        by_surname.setdefault(person.name.split()[-1], []).append(person)
    for token in doc:
        people = by_surname.get(token.text)
        if token.pos_ != "PROPN" or not people or len(people) != 1:
            continue
        span = _char_span(token)
        if not registry.covered(span):
            registry.add(people[0].name, "person", span, token.text)


def _unify_kinds(registry: ParticipantRegistry) -> None:
    """One name tagged as a person here and a place there is one actor: the kind with the
    most mentions wins (a person on a tie)."""
    by_name: dict[str, list[Participant]] = {}
    for participant in registry:
        by_name.setdefault(canon.fold(participant.name), []).append(participant)
    rank = {"person": 0, "organization": 1, "country": 2, "group": 3, "location": 4}
    for same in by_name.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda p: (-len(p.mentions), rank[p.kind]))
        for other in same[1:]:
            registry.merge(other, same[0])
