"""Participants: the actors of an article under canonical names.

Sources of mentions, in order:
1. coordinated agency names ("the Justice, Homeland Security, State and Treasury
   departments" is four organizations) and ministries named by their country
   ("Beijing's foreign ministry");
2. named entities from the model (PERSON, ORG, GPE, LOC), repaired (a name cut in two is
   joined, one entity naming two bodies is split, a cut name is completed) and
   canonicalised with `canon`: a capital that acts or owns something stands for its
   country's government; the words around a name (a title, an age, an apposition) override
   the model's kind; a body named only inside a person's title is no participant;
3. capitalised names of bodies the model missed ("the Redmoor Cartel"), hyphenated country
   pairs ("U.S.-Mexico"), and offices named without a holder ("the Secretary of Commerce");
4. unnamed groups that act ("senior administration officials said").
Abbreviations in parentheses or spelling a name's initials then fold into that name, and
short person names into the full one. Titles and affiliations of persons are read from the
words before the name.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from flows.extract import canon
from flows.extract.gender import mention_gender, word_gender
from flows.extract.inflection import plural as plural_of
from flows.extract.inflection import singular
from flows.extract.lexicon import event_lexicon, load_lexicon
from flows.extract.parse import BULLETS, doc_text, doc_tokens, noun_chunks
from flows.extract.quotes import quoted_stretches
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
_DAY_WORDS = {"today", "yesterday", "tomorrow", "tonight"}
_FOCUS_WORDS = {"not", "only", "how", "much", "even", "also", "just"}
_LEADING_PREPOSITIONS = {
    "through", "with", "from", "by", "under", "after", "before", "during", "in", "at", "on",
    "to", "as", "since", "via", "among", "for", "across", "into", "upon", "without", "within",
}  # fmt: skip
#: A sentence's first word that is no name word: an adverb of comment or manner ('Ironically
#: Pellton', 'Reportedly Halvik') or a participle that opens a clause ('Following Corvane's').
_LEADING_ADVERB_ENDS = (
    "ically", "edly", "ingly", "ously", "ively", "fully", "ately", "ently", "antly", "ably",
    "ibly", "ually", "ially", "tionally",
)  # fmt: skip
_LEADING_PARTICIPLES = {
    "following", "according", "regarding", "concerning", "including", "considering", "despite",
    "unlike", "besides", "meanwhile",
}  # fmt: skip
_PRONOUN_LIKE = re.compile(r"^(?:he|she|they|we|i|you|it|who|which|that)$", re.IGNORECASE)


def _char_span(span: Span | Token) -> CharSpan:
    if isinstance(span, Token):
        return (span.idx, span.idx + len(span.text))
    return (span.start_char, span.end_char)


def _trim(span: Span) -> Span:
    """Drop leading determiners and a trailing possessive from a span."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = doc_tokens(doc)
    while start < end and (
        tokens[start].lower_ in _DETERMINERS
        or tokens[start].is_space
        or tokens[start].is_punct
        or (tokens[start].lower_ in _DAY_WORDS and end - start > 1)  # 'Today Globex Corp.'
        or (tokens[start].lower_ in _FOCUS_WORDS and end - start > 1)  # 'not only US banks'
        or (  # 'Through Veteran Treatment Courts, ...': a sentence's first word
            tokens[start].lower_ in _LEADING_PREPOSITIONS
            and tokens[start].is_title
            and tokens[start].pos_ in {"ADP", "SCONJ"}
            and end - start > 1
        )
        or _leading_comment_word(span, start, end)
    ):
        start += 1
    for i in range(start, end):  # 'Federal Bureau of Investigation (FBI'
        if tokens[i].text in {"(", "["}:
            end = i
            break
    while end > start and (
        tokens[end - 1].tag_ == "POS"
        or tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or tokens[end - 1].dep_ == "cc"
    ):
        end -= 1
    return doc[start:end]


def _leading_comment_word(span: Span, start: int, end: int) -> bool:
    """'Ironically Pellton had agreed', 'Following Corvane's arrest': a sentence's first word,
    an adverb of comment or a clause-opening participle, glued to the one-word name after it
    (or to a person's name); 'Historically Black Colleges' keeps its first word."""
    tokens = doc_tokens(span.doc)
    first = tokens[start]
    if end - start < 2 or not first.is_title or not tokens[start + 1].is_title:
        return False
    if start > 0 and not (tokens[start - 1].is_punct or tokens[start - 1].is_space):
        return False
    if not _comment_word(first):
        return False
    rest = end - start - 1
    if tokens[end - 1].tag_ == "POS":
        rest -= 1
    return rest == 1 or span.label_ == "PERSON"


def _comment_word(token: Token) -> bool:
    """'Ironically', 'Reportedly', 'Following': a word that opens a sentence, not a name."""
    word = token.lower_
    return word in _LEADING_PARTICIPLES or word.endswith(_LEADING_ADVERB_ENDS)


def _accents(text: str) -> int:
    return sum(not ch.isascii() for ch in text)


class ParticipantRegistry:
    """The participants of one article, keyed by kind and canonical name, with a lookup from
    any character span to the participant mentioned there."""

    def __init__(self) -> None:
        self._by_key: dict[str, Participant] = {}
        # (start, end, order of addition, key), sorted: a lookup bisects to the mentions that
        # can overlap a span instead of scanning every mention of the article
        self._spans: list[tuple[int, int, int, str]] = []
        self._added = 0
        self._longest = 0

    def __iter__(self) -> Iterator[Participant]:
        return iter(sorted(self._by_key.values(), key=lambda p: p.char_start))

    def __len__(self) -> int:
        return len(self._by_key)

    def of_kind(self, kind: str) -> list[Participant]:
        """The participants of one kind, in no particular order (no sort, unlike iter)."""
        return [p for p in self._by_key.values() if p.kind == kind]

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
        elif name != participant.name and _accents(name) > _accents(participant.name):
            participant.name = name  # 'Núñez', not 'Nunez': the spelling with accents
        participant.add_mention(span, surface)
        participant.title = participant.title or title
        participant.affiliation = participant.affiliation or affiliation
        bisect.insort(self._spans, (span[0], span[1], self._added, key))
        self._added += 1
        self._longest = max(self._longest, span[1] - span[0])
        return participant

    def _near(self, span: CharSpan) -> Iterator[tuple[int, int, int, str]]:
        """The mentions that start late enough and early enough to overlap the span."""
        start, end = span
        i = bisect.bisect_left(self._spans, (start - self._longest,))
        while i < len(self._spans) and self._spans[i][0] < end:
            yield self._spans[i]
            i += 1

    def covered(self, span: CharSpan) -> bool:
        return any(span[0] < e for _s, e, _n, _k in self._near(span))

    def find(self, span: CharSpan) -> Participant | None:
        """The participant whose mention overlaps the span most (ties: the longest mention,
        then the one added first)."""
        start, end = span
        best: tuple[int, int, int, str] | None = None
        for s, e, order, key in self._near(span):
            overlap = min(end, e) - max(start, s)
            if overlap > 0 and (best is None or (overlap, e - s, -order) > best[:3]):
                best = (overlap, e - s, -order, key)
        return self._by_key[best[3]] if best else None

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
        self._spans = [(s, e, n, new_key if k == old_key else k) for s, e, n, k in self._spans]
        del self._by_key[old_key]

    def drop(self, participant: Participant) -> None:
        """Forget a participant and its mentions (an acronym that only abbreviates a title)."""
        key = canon.entity_id(participant.kind, participant.name)
        self._spans = [(s, e, n, k) for s, e, n, k in self._spans if k != key]
        self._by_key.pop(key, None)


def extract_participants(
    doc: Doc, *, publisher: str | None = None, published_at: datetime | None = None
) -> ParticipantRegistry:
    """Every actor of the article. `publisher` (the article's source) is not a participant;
    with `published_at` it names the holder of an office the text names only by the office
    ('the President' in a White House release)."""
    registry = ParticipantRegistry()
    _add_spelled_bodies(doc, registry)
    _add_coordinated_agencies(doc, registry)
    _add_plural_offices(doc, registry)
    _add_plural_bodies(doc, registry)
    _add_ministries(doc, registry)
    _add_title_authors(doc, registry)
    _add_titled_names(doc, registry)
    _add_long_titled_names(doc, registry)
    _add_titled_lists(doc, registry)
    _add_legal_names(doc, registry)
    _add_listed_people(doc, registry)
    spans = _name_spans(doc)
    cues = _kind_cues(spans)
    things = _thing_names(spans) | {
        canon.fold(text) for text, cue in cues.items() if cue == "WORK" and _unknown(text)
    }
    owned: set[int] = set()  # the tokens of things' names
    for ent in spans:
        span = _trim(ent)
        if canon.fold(span.text) not in things:
            _add_entity(ent, registry, publisher, cues)
        elif len(span):
            owned.update(range(span.start, span.end))
    _add_nationals(doc, registry)
    _add_untagged_bodies(doc, registry)
    _add_statement_sources(doc, registry)
    _add_owned_people(doc, registry)
    _add_addressees(doc, registry)
    _add_known_acronyms(doc, registry)
    _add_recurring_subjects(doc, registry)
    _add_country_pairs(doc, registry)
    _add_office_terms(doc, registry, publisher, published_at)
    _add_office_holders(doc, registry)
    _add_apposed_names(doc, registry)
    _add_groups(doc, registry)
    _add_unnamed_speakers(doc, registry)
    _add_unnamed_perpetrators(doc, registry)
    _drop_things(registry, things)
    _drop_owners_of_things(doc, registry, owned)
    _drop_product_names(registry)
    _fold_parenthetical_aliases(doc, registry)
    _fold_initialisms(registry)
    _fold_variant_names(doc, registry)
    _fold_short_names(registry)
    _fold_misspelt_surnames(registry)
    _fold_given_name_variants(registry)
    _fold_authorities(registry)
    _fold_bare_police(registry)
    _complete_short_names(doc, registry)
    _persons_taken_for_bodies(registry)
    _unify_person_names(registry)
    _fold_addressed_given_names(doc, registry)
    _fold_first_words(registry)
    _unify_kinds(registry)
    _name_administrations(doc, registry)
    _add_missed_mentions(doc, registry)
    _add_surname_mentions(doc, registry)
    _fold_described_people(doc, registry)
    _fold_surnames_taken_for_countries(doc, registry)
    _drop_quoted_groups(doc, registry)
    _drop_quoted_titles(doc, registry)
    _drop_malformed_names(registry)
    _drop_addressed_names(doc, registry)
    _drop_common_nouns(doc, registry)
    _drop_common_phrases(doc, registry)
    _drop_names_of_programmes(doc, registry)
    _drop_spelled_terms(doc, registry)
    _places_of_origin(doc, registry)
    _places_only(doc, registry)
    _drop_benefits_taken_for_people(doc, registry)
    _drop_heading_clauses(doc, registry)
    _drop_capacities(doc, registry)
    _drop_case_names(doc, registry)
    _drop_apposed_offices(doc, registry)
    return registry


#: 'the Deputy Minister of Trade, Dana Whitcombe;': an office, a comma and its holder's
#: name (two to six name words on one line, an honorific first), closed by ';', '.', '('
#: or ','.
_APPOSED = re.compile(
    r"(?P<office>[^;:,()\n]{3,160}?),\s+"
    r"(?P<name>(?:(?:Dr|Gen|Adm|Amb|Mr|Ms|Mrs|Lt|Col|Gov|Sen|Rep)\.\s+)?"
    r"(?P<bare>[A-ZÀ-Þ][\w’'-]+"
    r"(?:[ \t]+(?:[A-Z]\.|[A-ZÀ-Þ][\w’'-]+|de|del|la|da|dos|van|von|y)){1,5}))"
    r"(?=\s*(?:[;.(]|,\s|$))",
    re.MULTILINE,
)
_APPOSED_KEY = "newsfacts.apposed"


def _apposed_offices(doc: Doc) -> list[tuple[CharSpan, CharSpan]]:
    """Each office named before its holder's name ('the Secretary of Roads, Gen. Tomás
    Ferrer Quill;' in a list of a delegation): the char span of the office (from its first
    capitalised word before the office noun) and of the bare name. Built once per doc."""
    found = doc.user_data.get(_APPOSED_KEY)
    if isinstance(found, list):
        return found
    found = []
    text = doc_text(doc)
    nouns = _words("people", "office_nouns")
    heads = _words("organizations", "org_heads") | _words("countries", "place_nouns")
    for match in _APPOSED.finditer(text):
        office, start = match.group("office"), match.start("office")
        ends = list(re.finditer(r"(?<![A-Z])\.\s+", office))  # a sentence end, not 'U.S.'
        if ends:
            start += ends[-1].end()
            office = office[ends[-1].end() :]
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", office)]
        first = next((k for k, (_s, w) in enumerate(words) if w.lower() in nouns), None)
        if first is None:
            continue
        while first > 0 and words[first - 1][1][:1].isupper() and "’" not in words[first - 1][1]:
            first -= 1  # not a possessor ('Halvik’s Trade Envoy')
        bare, bare_start = match.group("bare"), match.start("bare")
        while " " in bare and bare.split()[0] in _titles():  # 'General Ana Ruiz'
            cut = bare.index(" ") + 1
            bare, bare_start = bare[cut:].lstrip(), bare_start + cut
        if " " not in bare:
            continue
        if _holds_a_finite_verb(doc, start + words[first][0], match.end("office")):
            continue  # 'Governor Halvik’s Plan Is Working, Driving Results': a clause
        if (
            any(w.lower() in heads | nouns for w in bare.split())
            or canon.organization(bare)
            or canon.country(bare)
        ):
            continue
        found.append(((start + words[first][0], match.end("office")), (bare_start, match.end())))
    doc.user_data[_APPOSED_KEY] = found
    return found


def _holds_a_finite_verb(doc: Doc, start: int, end: int) -> bool:
    """The text between the offsets holds an auxiliary in a tense ('Is Working', 'has
    made', 'will'): a clause, which an office is not (a title's foreign words, as in
    'Chargé d’Affaires', may be taken for other verbs)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.tag_ == "MD" or (t.tag_ in {"VBZ", "VBD", "VBP"} and t.lemma_.lower() in {"be", "have"})
        for t in span
    )


def _add_apposed_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Deputy Minister of Trade, Ana Ruiz Ortega;': the name after an office and a
    comma is a person holding that office, also where the model saw no name there or only a
    part of it (the part folds into the full name later)."""
    for office, name in _apposed_offices(doc):
        held = registry.find(name)
        if (
            held is not None
            and held.kind == "person"
            and any(s <= name[0] and name[1] <= e for s, e in held.mentions)
        ):
            held.title = held.title or doc_text(doc)[office[0] : office[1]]
            continue
        span = doc.char_span(*name, alignment_mode="expand")
        if span is None:
            continue
        title = doc_text(doc)[office[0] : office[1]]
        registry.add(_name_text(span), "person", name, span.text, title=title)


def _drop_apposed_offices(doc: Doc, registry: ParticipantRegistry) -> None:
    """An office before its holder's name is the holder's title, not an actor: no person
    named by the office ('Deputy Secretary'), and no body or place named only inside such
    offices ('Office of Trade at Halvik Embassy')."""
    offices = [office for office, _name in _apposed_offices(doc)]
    if not offices:
        return
    nouns = _words("people", "office_nouns")
    for p in list(registry):
        if p.kind not in {"person", "organization", "location"}:
            continue
        if p.kind == "person" and not any(w.lower() in nouns for w in p.name.split()):
            continue
        if all(any(s <= ms and me <= e for s, e in offices) for ms, me in p.mentions):
            registry.drop(p)


_CASE_NAME = re.compile(
    r"\b([A-Z][\w’'-]*(?: (?:of |for |the )?[A-Z][\w’'-]*){0,5}) v\. "
    r"([A-Z][\w’'-]*(?: (?:of |for |the )?[A-Z][\w’'-]*){0,5})"
)


def _drop_case_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Dunmore v. Tallis', 'Orrin v. Board of Pilots': a court case's name and the people
    or one-word parties named only inside it are no actors of the story; nor is the case's
    short name, its first party alone ('since Dunmore was decided'). A body's full name
    stays: the body went to court."""
    text = doc_text(doc)
    if " v. " not in text:
        return
    cases = [(m.start(), m.end(), m.group(1), m.group(2)) for m in _CASE_NAME.finditer(text)]
    first_parties = {first for _s, _e, first, _second in cases if " " not in first}
    for participant in list(registry):
        if " v. " in participant.name:
            registry.drop(participant)
            continue
        if participant.kind != "person" and " " in participant.name:
            continue  # 'Harbor Pilots Association v. Dunmore': a body that went to court
        inside = bool(participant.mentions) and all(
            any(s <= start and end <= e for s, e, _f, _o in cases)
            for start, end in participant.mentions
        )
        shorthand = participant.kind == "person" and participant.name in first_parties
        if inside or shorthand:
            registry.drop(participant)


#: Verbs that give how many people something has room for: 'seats 300 passengers'.
_CAPACITY_VERBS = frozenset({"seat", "hold", "carry", "accommodate", "fit", "house"})


def _drop_capacities(doc: Doc, registry: ParticipantRegistry) -> None:
    """'The Corvane 90 seats between 140 and 260 riders', 'built to hold 84
    passengers': a count of people a vehicle or a hall has room for is its capacity (a
    statistic), not a group of actors."""
    for group in registry.of_kind("group"):
        words = group.name.lower().split()
        if not any(ch.isdigit() for ch in group.name) and not set(words) & _number_words().keys():
            continue
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in group.mentions]
        if spans and all(span is not None and _capacity_of(span.root) for span in spans):
            registry.drop(group)


def _capacity_of(head: Token) -> bool:
    """The object of a capacity verb, also read as 'holds [between 40 and 70 people]',
    or one coordinated with it ('seats 300 people, or up to 400 people')."""
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in {"between", "up"}:
        head = head.head
    elif head.dep_ != "dobj":
        return False
    return head.head.pos_ in {"VERB", "AUX"} and head.head.lemma_.lower() in _CAPACITY_VERBS


def _drop_heading_clauses(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Strengthens Harbor Safety', 'Lowers Costs for Families': a heading's verb in the
    third person and the words after it, written in title case, name no one; nor does a
    bullet or a line that opens with the verb's bare form ('- Withhold Harbor Funding.').
    An initialism the model took along ('Bolsters Harbor Safety (HS)') does not save it."""
    verbs = _words("organizations", "heading_verbs")
    for participant in list(registry):
        if canon.organization(participant.name):
            continue
        forms = [f for f in (participant.name, *participant.aliases) if f.split()]
        named = [f for f in forms if not f.isupper()] or forms
        third_person = all(_third_person_of(form.split()[0], verbs) for form in named)
        bare = all(f.split()[0].lower() in verbs and len(f.split()) > 1 for f in named)
        opening = bare and all(_opens_a_line(doc, s) for s in participant.mentions)
        titled = bool(participant.mentions) and all(
            _verb_of_a_title(doc, s, verbs) for s in participant.mentions
        )
        if third_person or opening or titled:
            registry.drop(participant)


def _verb_of_a_title(doc: Doc, span: CharSpan, verbs: frozenset[str]) -> bool:
    """'Action to Expand Procurement of Quill Products', 'Rule to Keep Shipments from
    Undermining Safety Standards': a capitalised verb of the headings' list after the 'to'
    of an infinitive, or its '-ing' form after a preposition, begins a clause of a title
    written in title case, not a name; not one that acts or is described ('went to Build
    Pellton Futures, a charity'), and 'sold to Target Corp.' keeps its name ('target' is no
    heading verb)."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None or len(found) < 2 or found.start == 0:
        return False
    first, before = found[0], doc[found.start - 1]
    if not first.is_title or not before.is_lower or _acts(found.root):
        return False
    if any(c.dep_ == "appos" and c.i >= found.end for c in found.root.children):
        return False  # 'went to Build Pellton Futures, a charity': a body's name
    if not all(t.text[:1].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in found[1:]):
        return False
    if before.lower_ == "to":
        return first.lower_ in verbs
    word = first.lower_
    stems = {word[:-3], word[:-3] + "e", word[:-4]} if word.endswith("ing") else set()
    return before.tag_ == "IN" and bool(stems & verbs)


#: Short words a title written in title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "with"})


def _opens_a_line(doc: Doc, span: CharSpan) -> bool:
    """The mention is the first word of its line, after any bullet or emphasis marks."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None or len(found) == 0:
        return False
    i = found.start
    while (
        i > 0 and not _begins_a_line(doc[i]) and (doc[i - 1].is_space or doc[i - 1].text in BULLETS)
    ):
        i -= 1
    if _acts(found.root) and found.root.head.pos_ in {"VERB", "AUX"}:
        return False  # 'Protect Harbor Workers Union said': a body's name that acts
    return _begins_a_line(doc[i])


def _third_person_of(word: str, verbs: frozenset[str]) -> bool:
    """'Strengthens', 'Pushes', 'Unifies': a verb of the list in the third person singular."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("s"):
        return False
    stems = {lower[:-1], lower[:-2] if lower.endswith("es") else ""}
    if lower.endswith("ies"):
        stems.add(lower[:-3] + "y")
    return bool(stems & verbs)


def _drop_benefits_taken_for_people(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Ferris Grants', 'the maximum Ferris Grant', 'Ferris Grant recipients': a name ending
    in a benefit's noun (grant, scholarship, voucher) that the text puts in the plural, after
    an article or a modifier, or before the noun it qualifies, names an aid, not a person
    ('Hugh Grant' takes none of these)."""
    benefits = _words("organizations", "benefit_nouns")
    for person in registry.of_kind("person"):
        words = person.name.split()
        last = words[-1].lower()
        single = last[:-1] if last.endswith("s") else last
        if len(words) < 2 or single not in benefits:
            continue
        if last != single or any(_used_as_a_thing(doc, span) for span in person.mentions):
            registry.drop(person)


def _used_as_a_thing(doc: Doc, span: CharSpan) -> bool:
    """A mention after 'a'/'the' or a lowercase modifier ('the maximum Ferris Grant'), or one
    that qualifies a lowercase noun after it ('Ferris Grant recipients')."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None or len(found) == 0:
        return False
    before = doc[found.start - 1] if found.start > 0 else None
    after = doc[found.end] if found.end < len(doc) else None
    if before is not None and (
        before.lower_ in {"a", "an", "the"} or (before.pos_ == "ADJ" and before.is_lower)
    ):
        return True
    return after is not None and after.pos_ == "NOUN" and after.is_lower


#: Nouns for anyone that a place name before them tells where the person is from ('a
#: Pellton woman', 'the Halvik resident'); not nouns of a body's clients ('a Corvane customer').
_ORIGIN_HEADS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "native"}
)
_PLACE_DEPS = frozenset({"compound", "nmod", "amod", "pobj", "conj"})


def _unknown_short_names(
    doc: Doc, registry: ParticipantRegistry, most_words: int
) -> Iterator[tuple[Participant, list[Span]]]:
    """Persons and bodies the lexicons do not know, every mention of them at most `most_words`
    tokens long, with those mentions: the names that may be places the model mistook."""
    for participant in list(registry):
        if participant.kind not in {"person", "organization"}:
            continue
        if canon.organization(participant.name) or canon.known_person(participant.name):
            continue
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in participant.mentions]
        found = [span for span in spans if span is not None and len(span) <= most_words]
        if found and len(found) == len(spans):
            yield participant, found


def _places_of_origin(doc: Doc, registry: ParticipantRegistry) -> None:
    """A name the model took for a person or a body that stands before a noun for anyone
    ('A 40-year-old Pellton woman was charged'), and elsewhere only after a preposition ('near
    Pellton'): the place the person is from, a location, not an actor."""
    for participant, spans in _unknown_short_names(doc, registry, 2):
        roots = [span.root for span in spans]
        modifier = [
            r
            for r, span in zip(roots, spans, strict=True)
            if r.dep_ in {"compound", "nmod", "amod"}
            and r.head.i == span.end
            and r.head.lower_ in _ORIGIN_HEADS
        ]
        if modifier and all(r.dep_ in _PLACE_DEPS for r in roots):
            participant.kind = "location"


#: Prepositions after which a name stands for a place whatever the model tagged ('in
#: Pellton', 'near Halvik'); 'at' only for a name taken for a person ('an engineer at
#: Corvane' names a body).
_ONLY_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "throughout", "across"})
#: Verbs after which 'in' names where someone lives or comes from ('living in Pellton').
_RESIDENCE_VERBS = frozenset({"live", "reside", "base", "bear", "grow", "settle", "locate"})


def _place_mention(span: Span, kind: str) -> str | None:
    """Whether one mention of a name stands only for a place: 'strong' where the words name it
    a place ('the city of Pellton', 'the Halvik refugee camp', 'Pellton, Ont.', 'the port,
    Halvik'), 'weak' after a preposition of place ('in Pellton'), None otherwise."""
    doc = span.doc
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if _acts(root):
        return None
    places = _words("countries", "place_nouns")
    if _followed_by_its_region(span):
        return "strong"
    if any(
        c.dep_ == "appos" and c.i > root.i and c.is_lower and c.lemma_.lower() in places
        for c in root.children
    ):
        return "strong"  # 'in Pellton, the capital of Halvik district'
    head = root.head
    if root.dep_ in {"compound", "nmod", "amod"} and head.i >= span.end:
        between = doc[span.end : head.i]
        if (
            head.is_lower
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in places | _words("organizations", "facility_heads")
            and all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in between)
        ):
            return "strong"  # 'the Halvik refugee camp', 'the Pellton hotel'
        return None
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in places:
        return "strong"  # "the region's largest city, Halvik"
    preps = _ONLY_PLACE_PREPOSITIONS | ({"at"} if kind == "person" else set())
    if root.dep_ != "pobj":
        before = doc[span.start - 1] if span.start > 0 else None
        # 'protesters in Pellton targeted banks', parsed with the name off the preposition
        return "weak" if before is not None and before.lower_ in preps else None
    if head.lower_ == "of":
        owner = head.head
        if owner.is_lower and (owner.lemma_.lower() in places or owner.lower_ in _COMPASS):
            return "strong"  # 'the northern city of Pellton', 'south of Halvik'
        return None
    if head.lower_ in preps and head.head.lemma_.lower() in _RESIDENCE_VERBS:
        return "strong"  # 'living in Pellton', 'born in Halvik'
    return "weak" if head.lower_ in preps else None


def _places_only(doc: Doc, registry: ParticipantRegistry) -> None:
    """A name the model took for a person or a body that the text uses only as a place: each
    mention after a preposition of place or named a place by the words around it, never
    acting, and no body or person the lexicons know ('riots spread to the northern city of
    Pellton ... protesters in Pellton'): a location, not an actor. A body needs one mention
    that names it a place; 'in Corvane' alone may be a stake in a company."""
    for participant, spans in _unknown_short_names(doc, registry, 3):
        if any(_body_word(t) for span in spans for t in span):
            continue
        found = [_place_mention(span, participant.kind) for span in spans]
        if None in found:
            continue
        if participant.kind == "person" or "strong" in found:
            participant.kind = "location"


def _drop_common_nouns(doc: Doc, registry: ParticipantRegistry) -> None:
    """A person or body named only by one capitalised word that the text also writes in
    lower case as a common noun ('Orchards' in a heading, 'orchards' in the text): a word of
    a heading or a title-case line, not a name. Known names stay ('Apple')."""
    single = [
        p
        for p in registry
        if p.kind in {"person", "organization"}
        and all(a.isalpha() and a.istitle() and a == p.name for a in p.aliases or [p.name])
    ]
    if not single:
        return
    nouns = {t.text for t in doc_tokens(doc) if t.pos_ == "NOUN" and t.text.islower()}
    # 'the Administration', 'the Court': a body's head word stands for the body
    nouns -= _words("organizations", "org_heads") | _words("organizations", "government_heads")
    for participant in single:
        if participant.name.lower() not in nouns:
            continue
        if canon.organization(participant.name) or canon.known_person(participant.name):
            continue
        registry.drop(participant)


#: Prepositions before a country's name used as a place ('talks in Corvania'); not 'to',
#: 'from' or 'at', which also take people ('wrote to Jordan').
_TO_A_PLACE = frozenset({"in", "into", "across", "near", "throughout", "inside"})


def _fold_surnames_taken_for_countries(doc: Doc, registry: ParticipantRegistry) -> None:
    """'coach Pete Jordan ... Jordan said', 'Lee Chad ... Chad scored': a country
    named only by one word (its name or its capital's) that is the surname of exactly one
    person the article names in full is that person, unless the text uses it as a place
    ('talks in Jordan')."""
    people = [
        p  # 'Ilsa of Telvora' is no surname
        for p in registry.of_kind("person")
        if len(p.name.split()) > 1 and all(w[:1].isupper() for w in p.name.split())
    ]
    if not people:
        return
    for country in registry.of_kind("country"):
        forms = {a for a in country.aliases} or {country.name}
        if len(forms) != 1:
            continue
        [word] = forms
        if " " in word or not word[:1].isupper():
            continue
        owners = [p for p in people if p.name.split()[-1] == word]
        if len(owners) != 1:
            continue
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in country.mentions]
        if any(span is None or _as_a_place(span.root) for span in spans):
            continue
        registry.merge(country, owners[0])


def _as_a_place(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in _TO_A_PLACE


def _drop_names_of_programmes(doc: Doc, registry: ParticipantRegistry) -> None:
    """'through the Harbor Choice Voucher program', 'the Safe Boats campaign': a name the
    article only ever writes before a lower-case noun of a thing (a program, an initiative,
    a grant) names that thing, and if it never acts, it is no actor. Known bodies stay ('the
    FBI program' is the FBI's), so do initialisms and names with a body's head word."""
    heads = _body_heads()
    for participant in list(registry):
        if participant.kind not in {"person", "organization"}:
            continue
        names = (participant.name, *participant.aliases)
        if any(canon.organization(n) or canon.known_person(n) for n in names):
            continue
        if participant.name.isupper() or any(w.lower() in heads for w in participant.name.split()):
            continue  # 'the HRSA program': an initialism names the body that runs it
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in participant.mentions]
        if not spans or any(span is None or not _names_a_thing_after(span) for span in spans):
            continue
        registry.drop(participant)


def _drop_spelled_terms(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Halvik Trade Powers Act ... the HTPA also bars', 'people with a chronic sleep
    disorder (CSD)': an abbreviation the article spells out as the name of a law or another
    document, or as a lower-case term written right before it in parentheses, names that
    thing, not a body, wherever it stands. Known bodies stay."""
    for participant in registry.of_kind("organization"):
        letters = participant.name
        if not re.fullmatch(r"[A-Z]{2,6}", letters) or canon.organization(letters):
            continue
        if any(canon.fold(a) != canon.fold(letters) for a in participant.aliases):
            continue  # also named in full: a body with its abbreviation
        if any(_spells_a_thing(doc, i, letters) for i in _word_starts(doc, letters[0])):
            registry.drop(participant)


def _word_starts(doc: Doc, letter: str) -> Iterator[int]:
    for token in doc:
        if token.is_alpha and token.text[0].upper() == letter and token.lower_ not in _FILLERS:
            yield token.i


def _spells_a_thing(doc: Doc, start: int, letters: str) -> bool:
    """The words from `start` spell `letters` by their initials (skipping 'of', 'and', ...)
    and name a document ('Trade Powers Act') or a lower-case term before '(letters)'."""
    initials = ""
    words: list[Token] = []
    i = start
    while i < len(doc) and len(initials) < len(letters):
        token = doc[i]
        if token.text in _HYPHENS and words:
            i += 1
            continue
        if not token.is_alpha:
            return False
        if token.lower_ not in _FILLERS or not words:
            words.append(token)
            initials += token.text if token.is_upper and len(token) > 1 else token.text[0].upper()
        i += 1
    if initials != letters or len(words) < 2:
        return False
    if all(w.is_lower for w in words):  # a term, spelled before its abbreviation
        return doc[i : i + 3].text.replace(" ", "") == f"({letters})"
    heads = _words("organizations", "document_heads")
    return all(w.is_title for w in words) and words[-1].lower_ in heads


def _names_a_thing_after(span: Span) -> bool:
    """The span qualifies the lower-case noun of a thing right after it and does not act."""
    doc = span.doc
    if span.end >= len(doc) or _acts(span.root):
        return False
    after = doc[span.end]
    return after.is_lower and after.lemma_.lower() in _thing_nouns() and span.root.head.i == after.i


@cache
def _thing_nouns() -> frozenset[str]:
    """Nouns of things a name may qualify: the lexicon's things, documents and benefits."""
    return _thing_heads() | _words("organizations", "benefit_nouns")


def _drop_common_phrases(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Steady Growth Planning', 'Water Quality Across', 'Daily Meals Stipend': a
    title-case phrase of a heading or a programme's name whose every word the article also
    writes in lower case as a common word, that never acts (no subject, agent or possessor)
    and has no word that heads a body's name, names a thing, not an actor. An initialism
    taken along ('Artificial Intelligence (AI)') does not save it; known names stay."""
    candidates = [p for p in registry if p.kind in {"person", "organization"}]
    if not candidates:
        return
    lower = {t.lower_ for t in doc_tokens(doc) if t.is_lower and t.is_alpha}
    heads = _body_heads()
    for participant in candidates:
        names = (participant.name, *participant.aliases)
        if any(canon.organization(n) or canon.known_person(n) for n in names):
            continue  # 'Coastal Affairs (OCA)' of a known 'Office of Coastal Affairs' cut short
        forms = [f for f in names if not f.isupper()]
        if not forms or not all(_common_phrase(form, lower, heads) for form in forms):
            continue
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in participant.mentions]
        if any(span is None or _acts(span.root) for span in spans):
            continue
        registry.drop(participant)


@cache
def _body_heads() -> frozenset[str]:
    """Words that make a phrase a body's name ('Council', 'Airlines', 'Tribe')."""
    orgs = (
        "org_heads",
        "company_words",
        "government_heads",
        "org_nouns",
        "newspaper_heads",
        "member_body_heads",  # 'the Global Partnership for Safer Harbors' has members
    )
    words = frozenset().union(*(_words("organizations", key) for key in orgs))
    return words | frozenset(plural_of(w) for w in words)


def _common_phrase(form: str, lower: set[str], heads: frozenset[str]) -> bool:
    """Every word of `form` is a common word the article writes in lower case, none is a
    body's head; words that join ('of', 'and', 'across') need not be."""
    words = [w for w in re.findall(r"[\w’'-]+", form) if w.lower() not in _JOINING_WORDS]
    if any(w in _titles() for w in words):
        return False  # 'the Prime Minister of Corvane who said it': a title tells a person
    return bool(words) and all(
        w[:1].isupper() and w.lower() in lower and w.lower() not in heads for w in words
    )


_JOINING_WORDS = frozenset(
    {"of", "and", "for", "the", "in", "on", "to", "with", "across", "a", "an", "&", "by", "at"}
)


# Markup left in the text ('<td> ...', '&amp;'), a name cut after a possessive ("'s Offices")
# or before its end ('Practices to'): pieces of a title or a table, not a name.
_MALFORMED = re.compile(
    r"[<>]|&[a-z]+;?|^[^\w\"“‘'(]|^['’]s\b|[^\W\d]:\S|\w[“”]"
    r"|\s(?:to|of|and|for|the|in|on|with|by|or|at|from|a|an)$"
)


def _drop_malformed_names(registry: ParticipantRegistry) -> None:
    for participant in list(registry):
        if all(_MALFORMED.search(name) for name in [participant.name, *participant.aliases]):
            registry.drop(participant)


_VOCATIVE_LEAD = frozenset({"NOUN", "PROPN", "NUM"})
_ADDRESS_DEPS = frozenset({"npadvmod", "intj", "dep", "ROOT", "conj"})


def _addressed(doc: Doc, span: CharSpan) -> bool | None:
    """Whether a one-word mention only addresses someone ('Go ahead, Dana.', 'Thanks, Dana.',
    'Dana, your question?'); None for a possessive ("Dana's question"), which neither
    addresses nor makes an actor. An apposition after a noun ('his son, Dana.') is no address."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None or len(found) != 1:
        return False
    token = found[0]
    sent = token.sent
    after = doc[token.i + 1] if token.i + 1 < sent.end else None
    if after is not None and after.is_space:
        after = None
    if after is not None and after.tag_ == "POS":
        return None
    closes = after is None or after.text in {",", ".", "?", "!"}
    before = doc[token.i - 1] if token.i > sent.start else None
    if before is not None and before.text == ":":
        return closes  # 'ROWE: Dana.' turning to a questioner in a transcript
    if token.dep_ not in _ADDRESS_DEPS:
        return False  # 'Pell, 52, of Dayton, was hurt': the subject
    if before is None:
        return after is not None and after.text == ","
    if before.text != "," or token.i - 2 < sent.start:
        return False
    lead = doc[token.i - 2]
    if lead.pos_ in _VOCATIVE_LEAD and lead.lower_ not in {"thanks", "thank"}:
        return False  # 'his son, Dana.' (but 'Thanks, Dana.')
    return closes


def _drop_addressed_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """A first name only ever addressed ('Go ahead, Dana.' in a briefing) is someone the
    speaker turns to, not an actor of the article; so is such a name the model took for a
    body ('Thanks, Eduardo.'; a place stays: 'Pellton, May 3 --' is a dateline)."""
    taken = [
        p
        for p in registry
        if p.kind == "organization" and _name_word_alone(p) and canon.organization(p.name) is None
    ]
    for person in registry.of_kind("person") + taken:
        if " " in person.name or person.title or any(" " in a for a in person.aliases):
            continue
        verdicts = [_addressed(doc, span) for span in person.mentions]
        if True in verdicts and False not in verdicts:
            registry.drop(person)


def _drop_quoted_groups(doc: Doc, registry: ParticipantRegistry) -> None:
    """A group named only inside someone's quoted words ('"Our crews are going to be out
    here"') is part of what they say, not an actor of the article."""
    groups = registry.of_kind("group")
    if not groups:
        return
    regions = quoted_stretches(doc_text(doc))
    if not regions:
        return
    starts = [start for start, _ in regions]

    def quoted(span: CharSpan) -> bool:
        index = bisect.bisect_right(starts, span[0])
        return index > 0 and regions[index - 1][1] >= span[1]

    for group in groups:
        if all(quoted(span) for span in group.mentions):
            registry.drop(group)


_QUOTE_MARKS = frozenset("\"“”‘’'")


def _drop_quoted_titles(doc: Doc, registry: ParticipantRegistry) -> None:
    """A name written only between quotation marks of its own ('"Ember Road" begins
    shooting', 'dubbed "Mission Control,"') is the title of a work or a product, not an
    actor. Names the lexicons know stay."""
    text = doc_text(doc)

    def in_marks(span: CharSpan) -> bool:
        start, end = span
        if start == 0 or text[start - 1] not in _QUOTE_MARKS or end >= len(text):
            return False
        after = text[end]
        if after in ",." and end + 1 < len(text):
            after = text[end + 1]
        return after in _QUOTE_MARKS

    for participant in registry.of_kind("person") + registry.of_kind("organization"):
        if not participant.mentions or not all(in_marks(span) for span in participant.mentions):
            continue
        if canon.organization(participant.name) or canon.known_person(participant.name):
            continue
        registry.drop(participant)


def resolve_phrase(doc: Doc, span: CharSpan, registry: ParticipantRegistry) -> Participant | None:
    """The participant a phrase names (a quote's speaker, an event's actor), adding an
    unnamed group or unknown organization when the phrase names one that is not yet known."""
    study = _study_speaking(doc, span, registry) or _researchers_speaking(doc, span, registry)
    if study is not None:  # 'A 2019 study of Lena Varga's reforms': not Varga
        return study
    found = registry.find(span)
    if found is not None:
        owned = _owned_person(doc, span, registry)
        return owned if owned is not None else found
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return None
    whole, phrase = phrase, _trim(phrase)
    if len(phrase) == 0 or _PRONOUN_LIKE.match(phrase.text):
        return None
    head = phrase.root
    known = _people_of_a_country(whole, registry) or _the_police(phrase, registry)
    if known is not None:
        return known
    if head.pos_ == "PROPN":
        org = canon.organization(phrase.text)
        if org is not None and not _part_of_a_title(phrase) and not _not_an_actor(phrase.text):
            # not 'Secretary of State', nor a bare 'State' ('State or local police arrested')
            return registry.add(org.name, "organization", _char_span(phrase), phrase.text)
        return None
    if head.lower_ in _group_heads():
        group = _add_group_chunk(phrase, registry)
        if group is None and head.lower_ == "jury" and _acting_subject(head):
            return _the_jury(phrase, registry)
        return group
    named = any(t.ent_type_ == "PERSON" for t in head.subtree) or (  # 'the pastor, Dale Fenwick'
        head.dep_ in {"compound", "appos"} and head.head.ent_type_ == "PERSON"
    )  # 'Interior secretary Ruth Calloway'
    if _describes_a_person(head):
        person = _person_described(head, registry)
        if person is not None:
            # 'A Vermont man shot ...' then 'The suspect, Marek Dunleavy, ...': the
            # description is another name of the person the article names
            registry.add(person.name, "person", _char_span(phrase), "")
            return person
        holder = _sole_holder(phrase, registry)
        if holder is not None:  # 'Judge Ilse Varga ... the judge ruled': one more mention
            registry.add(holder.name, "person", _char_span(phrase), "")
            return holder
    named_before = _named_antecedent(head, registry)
    if named_before is not None:  # 'Dana Roe, 28, ... the 28-year-old shot ...'
        registry.add(named_before.name, "person", _char_span(phrase), "")
        return named_before
    if (
        _describes_a_person(head)
        and _distinguished(head)
        and not named
        and not _holder_named(head, registry)
    ):
        # 'a family friend', 'an unidentified arsonist': one unnamed person, named by the
        # description
        return registry.add(
            _display_description(phrase), "person", _char_span(phrase), _as_written(phrase)
        )
    if head.lower_ in _words("people", "perpetrator_nouns") and not named:
        return _acting_perpetrator(phrase, registry)
    return None


def _people_of_a_country(phrase: Span, registry: ParticipantRegistry) -> Participant | None:
    """'the Telvorans shelled the port': a country's people with the definite article, as the
    ones who act, are their country when the article names that country as a participant
    ('Telvorans' alone, or 'three Telvorans', are people, not the state)."""
    words = [t for t in phrase if not (t.is_punct or t.is_space)]
    if len(words) != 2 or words[0].lower_ != "the" or not words[1].text[:1].isupper():
        return None
    word = words[1].text
    name = canon.demonym_country(word[:-1] if word.endswith("s") else word)
    if name is None or canon.country(word) or not _acting_subject(words[1]):
        return None  # 'talks with the Telvorans': the event says whom
    found = next((p for p in registry.of_kind("country") if p.name == name), None)
    if found is not None:
        registry.add(found.name, "country", _char_span(phrase), "")
    return found


def _the_police(phrase: Span, registry: ParticipantRegistry) -> Participant | None:
    """'police said', 'the police arrested him', 'shot by cops': police who act are the
    article's one police force (the participant named 'police' elsewhere, else the one body
    whose name says police)."""
    words = [t for t in phrase if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ == "the":
        words = words[1:]
    if len(words) != 1 or words[0].lower_ not in {"police", "cops"}:
        return None
    if not _acting_subject(words[0]):
        return None  # 'bottles thrown at police', 'clashed with police': the event says whom
    bodies = [p for p in registry if p.kind in {"organization", "group"}]
    plain = [p for p in bodies if any(a.lower() == "police" for a in [p.name, *p.aliases])]
    if not plain:
        plain = [
            p
            for p in bodies
            if "police" in p.name.lower().split()
            and not set(p.name.lower().split()) & _POLICE_MEMBERS
        ]
    if len(plain) != 1:
        return None
    registry.add(plain[0].name, plain[0].kind, _char_span(phrase), "")
    return plain[0]


_POLICE_MEMBERS = {"officer", "officers", "detectives", "chief", "union", "spokesman", "state"}


def _sole_holder(phrase: Span, registry: ParticipantRegistry) -> Participant | None:
    """'the judge', 'the 58-year-old sect leader': a definite description whose noun ends the
    title of one person the article names before it ('Judge Ilse Varga') is that person. Not a
    description tied to a body or place of its own ('the president of Telvora'), nor one that
    names someone ('the judge, Ilse Varga'), nor a title several persons hold."""
    head = phrase.root
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.lefts):
        return None
    if any(t.ent_type_ not in _AGE_ENTITIES for t in phrase) or any(
        c.dep_ in {"prep", "appos", "poss"} for c in head.children
    ):
        return None  # 'the Telvoran president', 'the president of Telvora'
    if head.lower_ not in _lower_titles() or head.lower_ in _HONORIFIC_TITLES:
        return None  # 'the man', 'the father': no office to tell one person by
    holders = []
    for person in registry.of_kind("person"):
        before = [m for m in person.mentions if m[1] <= phrase.start_char]
        if before and (_holds_title(person, head.lower_) or _described_as(before, head)):
            holders.append(person)
    return holders[0] if len(holders) == 1 else None  # two judges: no telling which


def _holds_title(person: Participant, noun: str) -> bool:
    """Whether the person's title ends in the noun ('Chief Judge' for 'judge'), not as a lesser
    office ('Vice President' is no 'president')."""
    words = (person.title or "").lower().replace("-", " ").split()
    if not words or set(words[:-1]) & _LESSER_TITLES:
        return False
    return _TITLE_WORDS.get(words[-1], words[-1]) == noun


def _described_as(mentions: list[CharSpan], head: Token) -> bool:
    """Whether a mention follows the noun right before the name ('sect leader Ilse Varga')."""
    doc = head.doc
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.start > 0:
            before = doc[span.start - 1]
            if before.lower_ == head.lower_ and before.dep_ == "compound" and before.i != head.i:
                lesser = {t.lower_ for t in before.lefts} | {doc[max(before.i - 1, 0)].lower_}
                if not lesser & _LESSER_TITLES:
                    return True
    return False


_AGE_ENTITIES = {"", "DATE", "CARDINAL"}  # 'the 58-year-old judge'
#: title words that make an office another's: a vice president is not 'the president'
_LESSER_TITLES = {
    "vice", "deputy", "assistant", "acting", "former", "associate", "under", "co", "ex",
    "lieutenant", "first", "second", "interim",
}  # fmt: skip


def _acting_subject(head: Token) -> bool:
    """The noun is who does what its verb says: the subject of an active verb ('a gunman
    killed two'), or the agent of a passive one ('was shot by a gunman')."""
    while head.dep_ == "conj":
        head = head.head
    return (head.dep_ == "nsubj" and head.head.pos_ in {"VERB", "AUX"}) or _passive_agent(head)


def _the_jury(phrase: Span, registry: ParticipantRegistry) -> Participant | None:
    """'The jury convicted Dana Whitcombe': a jury that acts is a group of the article, the
    one jury it already describes ('A Pellton jury', 'jurors') when there is one."""
    juries = [
        p for p in registry.of_kind("group") if p.name.split()[-1].lower() in {"jury", "jurors"}
    ]
    if len(juries) == 1:  # one more mention of it, not a name of its own
        return registry.add(juries[0].name, "group", _char_span(phrase), "")
    if juries:
        return None
    return registry.add("Jury", "group", _char_span(phrase), phrase.text)


def _acting_perpetrator(phrase: Span, registry: ParticipantRegistry) -> Participant | None:
    """'In Pellton, a gunman killed five people': a new unnamed author of a crime ('a'/'an')
    who acts is one person of the article, named by the place the sentence names ('Pellton
    gunman', as the annotators name the authors of several shootings) or by the description
    alone. Not in the lede of an article that names its suspect: that gunman is the suspect."""
    head = phrase.root
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts):
        return None
    if not _acting_subject(head) or registry.covered(_char_span(phrase)):
        return None
    if _in_lede(head) and _named_suspect(head.doc, registry) is not None:
        return None
    place = next((e for e in head.sent.ents if e.label_ == "GPE"), None)
    if place is not None and len(phrase) == 1:
        name = f"{place.text} {head.lower_}"
    else:
        name = _display_description(phrase)
    return registry.add(name, "person", _char_span(phrase), _as_written(phrase))


def _study_speaking(doc: Doc, span: CharSpan, registry: ParticipantRegistry) -> Participant | None:
    """The group of a study's authors when the phrase is a study's description."""
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) < 2 or not _is_study(phrase.root):
        return None
    return _study_group(doc, span, phrase.root, registry)


# heads of the bodies whose researchers publish studies under their own description
_ACADEMIC_BODIES = {
    "university",
    "college",
    "institute",
    "school",
    "laboratory",
    "academy",
    "hospital",
    "clinic",
}


def _researchers_speaking(
    doc: Doc, span: CharSpan, registry: ParticipantRegistry
) -> Participant | None:
    """'Researchers at Ashford College found ...': the study's authors, a group named by the
    description with the body they work at, not the body itself. A bare group of the same
    noun on the same words ('Researchers') folds into it."""
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) < 3:
        return None
    phrase = _trim(phrase)
    head = phrase.root if len(phrase) else None
    if head is None or head.tag_ != "NNS" or head.i != phrase.start:
        return None
    if head.lemma_.lower() not in _words("speech", "study_nouns"):
        return None
    if not any(
        c.dep_ in {"prep", "acl"}
        and any(t.pos_ == "PROPN" and t.lower_ in _ACADEMIC_BODIES for t in c.subtree)
        for c in head.children
    ):
        return None  # 'researchers at Corvane Security': the firm's own finding
    bare = registry.find(_char_span(head))
    group = registry.add(_display_description(phrase), "group", _char_span(phrase), phrase.text)
    if (
        bare is not None
        and bare is not group
        and bare.kind == "group"
        and bare.name.lower() == head.lower_
    ):
        registry.merge(bare, group)
    return group


def _is_study(head: Token) -> bool:
    """A study, report, survey or paper (the study nouns of the speech lexicon, without those
    that name people: 'researcher', 'author')."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN"
        and lemma in _words("speech", "study_nouns")
        and plural_of(lemma) not in _group_heads()
    )


_STUDY_DETERMINERS = {"a", "an", "the", "this", "that", "one"}
# what tells one study from another: its year, field, journal, author or topic ('a new
# report' alone does not)
_STUDY_DETAILS = {"nummod", "compound", "prep", "acl", "npadvmod"}


def _study_group(
    doc: Doc, span: CharSpan, head: Token, registry: ParticipantRegistry
) -> Participant | None:
    """The unnamed authors of a study that speaks for itself ('A 2016 survey in the *Journal
    of Harbor Studies* found ...'): a group named by the text's description, its markup
    dropped from the name and kept in the alias. A bare 'the study' is the study described
    last before it."""
    inside = [c for c in head.children if span[0] <= c.idx < span[1]]
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in inside):
        # 'Their paper concludes' after 'Researchers at Ashford College found'
        authors = [
            p
            for p in registry.of_kind("group")
            if p.char_start < span[0] and _researchers_named(p.name)
        ]
        return max(authors, key=lambda p: p.char_start) if authors else None
    article = next((c.lower_ for c in inside if c.dep_ == "det"), None)
    if article not in _STUDY_DETERMINERS:
        return None  # 'to support research and other work', 'any review': no particular study
    if any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in inside):
        return None  # 'the Harbor Agency report': the body that issued it speaks
    if not any(c.dep_ in _STUDY_DETAILS for c in inside):
        if article in {"a", "an", "one"}:
            return None  # 'a new report': no description to name it by
        earlier = [
            p
            for p in registry.of_kind("group")
            if p.char_start < span[0] and _study_named(p.name, head.lemma_.lower())
        ]
        return max(earlier, key=lambda p: p.char_start) if earlier else None
    written = doc_text(doc)[span[0] : span[1]].strip()
    name = " ".join(written.replace("*", " ").replace("_", " ").split())
    return registry.add(name[0].upper() + name[1:], "group", span, written)


def _researchers_named(name: str) -> bool:
    """Whether a group's name is that of a study's authors ('Researchers at X')."""
    first = name.split()[0].lower() if name.split() else ""
    return first.endswith("s") and first[:-1] in _words("speech", "study_nouns")


def _study_named(name: str, noun: str) -> bool:
    """Whether a group's name is a study's description with this head noun."""
    return noun in name.lower().split()


def _owned_person(doc: Doc, span: CharSpan, registry: ParticipantRegistry) -> Participant | None:
    """ "Halbrook's rep", "the company's spokesman": a person noun owned by a named actor is its
    own person (or the person the article names beside it), not the owner."""
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) < 3:
        return None
    head = _trim(phrase).root if len(_trim(phrase)) else phrase.root
    if not _describes_a_person(head) or head.ent_type_:
        return None
    owner = next((c for c in head.lefts if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if owner is None or any(t.ent_type_ == "PERSON" and t.i > owner.right_edge.i for t in phrase):
        return None
    named = _naming(head, registry)
    if named is not None:
        return named
    start = owner.left_edge.i
    if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].i >= phrase.start:
        start -= 1
    described = doc[start : head.i + 1]
    if _holder_named(head, registry):
        return None
    return registry.add(
        _display_description(_trim(described) if start == owner.left_edge.i else described[1:]),
        "person",
        _char_span(described),
        described.text,
    )


def _fold_described_people(doc: Doc, registry: ParticipantRegistry) -> None:
    """A person of the article named by a description ('Vermont man') whose mention the
    article ties to a named person (`_person_described`) is that person."""
    for person in registry.of_kind("person"):
        for start, end in list(person.mentions):
            phrase = doc.char_span(start, end, alignment_mode="expand")
            if phrase is None or not _describes_a_person(phrase.root):
                continue
            named = _person_described(phrase.root, registry)
            named = named or _named_antecedent(phrase.root, registry)
            if named is not None and named is not person:
                registry.merge(person, named)
                break


_NAMING_VERBS = {"identify", "name"}


def _person_named_at(token: Token, registry: ParticipantRegistry) -> Participant | None:
    """The person participant named by the PERSON entity at a token, if any."""
    if token.ent_type_ != "PERSON":
        return None
    found = registry.find(_char_span(token))
    return found if found is not None and found.kind == "person" else None


def _naming(head: Token, registry: ParticipantRegistry) -> Participant | None:
    """The person a description is tied to in its own clause: an apposition ('the suspect,
    Marek Dunleavy'; 'Dunleavy, the suspect'), a copula ('the suspect is X', 'X was the
    gunman') or a naming verb ('the man was identified as X')."""
    for child in head.children:
        if child.dep_ == "appos":
            found = _person_named_at(child, registry)
            if found is not None:
                return found
    if head.dep_ == "appos":
        return _person_named_at(head.head, registry)
    verb = head.head
    if head.dep_ in {"nsubj", "attr"} and verb.lemma_ == "be":
        other = "attr" if head.dep_ == "nsubj" else "nsubj"
        for child in verb.children:
            if child.dep_ == other:
                return _person_named_at(child, registry)
    if head.dep_ == "nsubjpass" and verb.lemma_ in _NAMING_VERBS:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return _person_named_at(obj, registry)
    return None


def _person_described(head: Token, registry: ParticipantRegistry) -> Participant | None:
    """The named person an unnamed description stands for: tied to it in its own clause
    (`_naming`), or, for 'a/an' + description as the subject of a sentence, the person whom
    the next sentence's subject names under a description ('A Michigan man shot ...' /
    'The suspect, 41-year-old Marek Dunleavy, was ...')."""
    found = _naming(head, registry)
    if found is not None or head.dep_ not in {"nsubj", "nsubjpass"}:
        return found or _suspect_described(head, registry)
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts):
        return _suspect_described(head, registry)
    sent = head.sent
    if sent.end >= len(head.doc):
        return _suspect_described(head, registry)
    following = head.doc[sent.end].sent
    subject = next(
        (t for t in following if t.dep_ in {"nsubj", "nsubjpass"} and t.head == following.root),
        None,
    )
    if subject is None or not _describes_a_person(subject) or subject.i == head.i:
        return _suspect_described(head, registry)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.lefts) or any(
        c.dep_ == "poss" for c in subject.lefts
    ):
        return None  # 'A spokesperson for the court ...' / "Varga's attorney, Dana Whitcombe"
    return _naming(subject, registry) or _suspect_described(head, registry)


# -- definite descriptions of a person named before ---------------------------------------


def _named_antecedent(head: Token, registry: ParticipantRegistry) -> Participant | None:
    """The person the article named before a definite description of them that has no name,
    owner or restrictive phrase of its own: 'Dana Roe, 28, ... the 28-year-old', 'receptionist
    Dana Roe ... the receptionist', 'Marek Halvik was charged ... The man'. The nearest person
    whose own description shares the noun, a noun or capitalised modifier or the age; else,
    for a noun for anyone ('the man') or an age alone, the one person of a fitting gender and
    without a title named in the lines before. Never when an unnamed person of that kind came
    in before it ('a man was seen ...', 'a gunman fled'), nor someone of its own clause."""
    age = _age_of(head)
    noun = head.lemma_.lower() if head.tag_ == "NN" else None
    if noun is None and (head.lower_ != "old" or age is None):
        return None
    if noun is not None and (
        noun not in _words("people", "person_nouns") or noun in _lower_titles()
    ):
        return None  # a title is its holder's ('the judge'), or no one's (`_sole_holder`)
    if not _definite(head) or head.dep_ in {"compound", "appos", "conj", "poss"}:
        return None
    if any(_restricting(c) for c in head.children) or any(
        t.ent_type_ == "PERSON" for t in head.subtree
    ):
        return None  # 'the man who killed four', 'the mother of Dana Roe', 'his brother'
    gender = _described_gender(head)
    named = [
        (person, end)
        for person, end in _named_before(head, registry)
        if gender is None or _gender(person, head.doc) in {None, gender}
    ]
    introduced = [(i, lemma) for i, lemma in _introduced_people(head.doc) if i < head.idx]
    wanted = ({noun} if noun else set()) | ({age} if age else set())
    wanted |= {
        t.lower_
        for t in head.lefts
        if t.dep_ in {"compound", "amod"} and (t.pos_ == "NOUN" or t.text[:1].isupper())
    } - {"year", "old"}
    fitting = [(p, end) for p, end in named if wanted & _description_of(p, head.doc)]
    if fitting:
        person, end = max(fitting, key=lambda f: f[1])
        return None if any(end <= i and lemma == noun for i, lemma in introduced) else person
    if not (noun is None and age) and noun not in _referring_nouns():
        return None
    if any(noun is None or noun == lemma for _, lemma in introduced):
        return None  # 'A man was seen running ... The man': someone the article does not name
    near = [(person, end) for person, end in named if end > _sentences_back(head, 2)]
    others = [person for person, end in named if end > _sentences_back(head, 4)]
    if len(near) != 1 or len(others) != 1:
        return None  # 'owner Dana Roe is cared for by Marek Halvik ... The 81-year-old'
    person, end = near[0]
    if not _untitled(person) or any(end <= i for i, _ in introduced):
        return None  # 'Inspector Dana Roe said the man fell': someone the article does not name
    return person


#: Children of a noun that tell which person it is apart from anyone the text named before.
_RESTRICTING_DEPS = {"poss", "appos", "nummod"}
_TIME_PREPOSITIONS = {"on", "during", "after", "before", "since", "until"}
_INTRODUCED_KEY = "newsfacts.introduced_people"
#: Words that end a description before or after a name ('said that 28-year-old Dana Roe').
_NOT_DESCRIBING = {"VERB", "AUX", "DET", "ADP", "PRON", "SCONJ", "ADV", "CCONJ"}
_ENDING_APPOSITION = {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}
#: At most this many words before a name that may describe the person ('20-year-old victim').
_DESCRIBING_WORDS = 5


@cache
def _referring_nouns() -> frozenset[str]:
    """Nouns that, with 'the' alone, stand for a person named before: the people lexicon's
    nouns for anyone ('the man') and the speech lexicon's nouns for a person by what they
    are known for ('the actress'), as the quotes extractor resolves its speakers."""
    return _words("people", "referring_nouns") | _words("speech", "anaphoric_nouns")


def _described_gender(head: Token) -> str | None:
    """The gender a description's noun or a word before it marks ('the woman', 'the
    21-year-old man')."""
    return next((g for t in (head, *head.lefts) if (g := word_gender(t.lemma_))), None)


def _sentences_back(token: Token, count: int) -> int:
    """Where the sentence `count` sentences before the token's own begins (character)."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return token.doc[start].idx


def _untitled(person: Participant) -> bool:
    """Whether a person holds no office or rank the text gives them ('Mr.' is none): the
    judge, the officer or the spokesman is seldom 'the man' of the report."""
    return not person.title or person.title.rstrip(".").lower() in _HONORIFIC_TITLES


def _restricting(child: Token) -> bool:
    """Whether a child of a noun tells which person it is apart from anyone named before: an
    owner, a name, an 'of' phrase or a clause that is not set off by a comma ('the man who
    killed four', not 'the woman, who aspired to be a nurse, ...')."""
    if child.dep_ in {"relcl", "acl"}:
        return child.doc[child.left_edge.i - 1].text != ","
    if child.dep_ == "prep":  # 'said the 28-year-old on Monday': when, not which
        return child.lower_ not in _TIME_PREPOSITIONS
    return child.dep_ in _RESTRICTING_DEPS


def _age_of(head: Token) -> str | None:
    """The number of years of an age description of a person: '37' for 'the 37-year-old' or
    'the 37-year-old man'."""
    for old in (head, *head.lefts):
        if old.lower_ != "old":
            continue
        for year in old.children:
            if year.lemma_.lower() == "year":
                number = next((c for c in year.children if c.like_num), None)
                if number is not None:
                    return number.lower_
    return None


def _named_before(head: Token, registry: ParticipantRegistry) -> list[tuple[Participant, int]]:
    """The persons named (by a name, not a description) before a token, each with the end of
    their last such mention; not one named in the token's own clause ('Roe thanked the
    woman')."""
    doc = head.doc
    own = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in head.head.children
        if c.i != head.i and c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "agent"}
    ]
    found = []
    for person in registry.of_kind("person"):
        ends = []
        for start, end in person.mentions:
            if end > head.idx or any(s <= start and end <= e for s, e in own):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and _a_name(span):
                ends.append(end)
        if ends:
            found.append((person, max(ends)))
    return found


def _a_name(span: Span) -> bool:
    """Whether a person's mention is a name ('Dana Roe'), not a description ('Pellton man')."""
    return span.root.ent_type_ == "PERSON" or span.root.pos_ == "PROPN"


def _gender(person: Participant, doc: Doc) -> str | None:
    """The gender the words around one of the person's mentions mark ('girlfriend Dana Roe',
    'Mr. Roe', 'Roe, a woman')."""
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and (found := mention_gender(span)) is not None:
            return found
    return None


def _description_of(person: Participant, doc: Doc) -> set[str]:
    """The lowercased words that describe a person where the text names them: those right
    before the name, to the nearest punctuation or verb ('20-year-old victim Dana Roe'), and
    those of a phrase in apposition after it ('Dana Roe, 28, a receptionist,')."""
    found: set[str] = set()
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _a_name(span):
            continue
        for token in reversed(doc[max(span.start - _DESCRIBING_WORDS, 0) : span.start]):
            if token.tag_ == "HYPH":
                continue
            if token.is_punct or token.is_space or token.pos_ in _NOT_DESCRIBING:
                break
            found.add(token.lower_)
        if span.end < len(doc) and doc[span.end].text == ",":
            for token in doc[span.end + 1 : span.end + 8]:
                if token.tag_ == "HYPH":
                    continue
                if token.is_punct or token.is_space or token.pos_ in _ENDING_APPOSITION:
                    break
                found.add(token.lower_)
    return found


def _introduced_people(doc: Doc) -> list[tuple[int, str]]:
    """Where the article brings in an unnamed person ('a man', 'an unidentified gunman', 'a
    suspect'), with the noun: anyone a later description may stand for instead of a person
    named before. Not one named beside it ('a man, Dana Roe,'). Found once per doc."""
    found = doc.user_data.get(_INTRODUCED_KEY)
    if isinstance(found, list):
        return found
    nouns = _words("people", "person_nouns") | _words("people", "perpetrator_nouns")
    found = []
    for chunk in noun_chunks(doc):
        head = chunk.root
        if head.tag_ != "NN" or head.lemma_.lower() not in nouns:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts):
            continue
        if head.dep_ == "appos" and (head.head.ent_type_ == "PERSON" or head.head.pos_ == "PROPN"):
            continue  # 'Dana Roe, a Pellton mechanic,'
        if not any(t.ent_type_ == "PERSON" for t in head.subtree):
            found.append((head.idx, head.lemma_.lower()))
    doc.user_data[_INTRODUCED_KEY] = found
    return found


#: Verbs whose passive subject (or, active, whose object) is the suspect of a crime ('X was
#: arrested', 'police arrested X', 'was arraigned', 'taken into custody'), and verbs of the
#: crime itself ('a man started the blaze').
_ARREST_VERBS = {
    "arrest", "arraign", "charge", "detain", "indict", "apprehend", "capture", "convict",
    "book", "take", "sentence",
}  # fmt: skip
_CRIME_VERBS = {"shoot", "kill", "stab", "murder", "wound", "attack", "open", "fire", "injure"}
#: Nouns of the steps a suspect goes through, whose owner or 'of' phrase is the suspect ('the
#: sentencing of X', "X's arraignment").
_ARREST_NOUNS = {"arrest", "arraignment", "conviction", "sentencing", "capture"}
#: Descriptions of a suspect that say only what they are accused of ('accused of stabbing').
_ACCUSED_PARTICIPLES = {"accuse", "suspect", "charge", "convict", "arrest", "sentence"}
_ARREST = re.compile(
    r"\b(?:arrest|arraign|charged|detain|indict|apprehended|captured?\b|convict|booked|"
    r"sentenc|custody|guilty)",
    re.IGNORECASE,
)
_SUSPECT_SPANS_KEY = "newsfacts.suspect_spans"


def _suspect_spans(doc: Doc) -> list[CharSpan]:
    """Where the article names the one in the dock: the subject of an arrest, charge, verdict or
    sentence ('Doe was arrested', 'Roe was found guilty', 'Roe pleaded guilty', 'Roe was taken
    into custody', 'X is in police custody'), its object ('police arrested Doe', 'the jury
    convicted Roe') or the owner of one such step ('the sentencing of Doe', "Roe's arraignment"),
    and each name joined to such a one ('Doe and Roe were charged'). Found once per doc from
    the few matches of a regular expression."""
    found = doc.user_data.get(_SUSPECT_SPANS_KEY)
    if isinstance(found, list):
        return found
    spans: list[CharSpan] = []
    for match in _ARREST.finditer(doc_text(doc)):
        token = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if token is None or len(token) != 1:
            continue
        for person in _in_the_dock(token[0]):
            if person.ent_type_ == "PERSON":
                spans.append(_char_span(person))
                spans += [_char_span(c) for c in person.conjuncts if c.ent_type_ == "PERSON"]
    doc.user_data[_SUSPECT_SPANS_KEY] = spans
    return spans


def _in_the_dock(word: Token) -> list[Token]:
    """The words for whoever a word of arrest, charge, verdict or sentence is about."""
    if word.lower_ == "custody":  # 'taken into custody', 'is in police custody'
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return []
        verb = word.head.head
        roles = {"nsubjpass", "nsubj"} if verb.lemma_ == "be" else {"nsubjpass"}
    elif word.lower_ == "guilty":  # 'was found guilty', 'pleaded guilty', 'found Roe guilty'
        verb = word.head
        if verb.lemma_ not in {"find", "plead"}:
            return []
        roles = {"nsubjpass", "dobj"} if verb.lemma_ == "find" else {"nsubj"}
        found = [c for c in verb.children if c.dep_ in roles]
        return found + [c for c in word.children if c.dep_ == "nsubj"]  # 'found [Roe guilty]'
    elif word.pos_ == "VERB" and word.lemma_ in _ARREST_VERBS and word.lemma_ != "take":
        verb, roles = word, {"nsubjpass"}
        if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in word.children):
            roles = {"dobj"}  # 'police arrested Doe', 'the judge sentenced Roe'
    elif word.pos_ == "NOUN" and word.lemma_.lower() in _ARREST_NOUNS:
        return [
            owner
            for child in word.children
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")
            for owner in ([child] if child.dep_ == "poss" else child.children)
            if owner.dep_ in {"poss", "pobj"}
        ]
    else:
        return []
    return [c for c in verb.children if c.dep_ in roles]


def _named_suspect(doc: Doc, registry: ParticipantRegistry) -> Participant | None:
    """The one named person the article says was arrested or charged, if there is one."""
    people = {id(p): p for p in map(registry.find, _suspect_spans(doc)) if p is not None}
    if len(people) != 1:
        return None
    [person] = people.values()
    return person if person.kind == "person" else None


def _in_lede(token: Token) -> bool:
    """In the first two sentences of the body: after the headline (a first line followed by
    a blank line) where there is one."""
    text = doc_text(token.doc)
    blank = text.find("\n\n", 0, 300)
    body = blank + 2 if blank >= 0 else 0
    if token.idx < body:
        return False
    body_sents = (s for s in token.doc.sents if s.end_char > body)
    for seen, sent in enumerate(body_sents):
        if sent.start > token.i or seen >= 2:
            break
        if sent.start <= token.i < sent.end:
            return True
    return False


def _suspect_described(head: Token, registry: ParticipantRegistry) -> Participant | None:
    """The named suspect of the article (`_named_suspect`: 'Jane Roe was taken into custody',
    'Roe was found guilty', 'the sentencing of Roe') is the one its descriptions of the author
    of the crime stand for, when their gender does not clash: 'the gunman', 'the suspect', 'the
    shooter's', named before or in the lede; 'the man who killed four', told by the crime;
    and a description in the lede that commits the crime or is arrested, charged or sentenced
    for it ('A former clerk accused of stabbing ... was arraigned', 'a fired cook bought a
    rifle, then opened fire', 'a judge sentenced the woman ...')."""
    doc = head.doc
    role = _definite(head) and (  # 'the gunman', "the shooter's gender", 'the suspect'
        head.lower_ in _words("people", "perpetrator_nouns") or head.lower_ in _ACCUSED_NOUNS
    )
    if not role and (
        head.lower_ in _lower_titles()  # 'an officer shot the man': not the one in the dock
        or head.dep_ in {"compound", "appos", "conj", "poss"}
        or not (
            _definite(head)
            and _crime_relative(head)
            or _in_lede(head)
            and _described_in_the_dock(head)
        )
    ):
        return None
    suspect = _named_suspect(doc, registry)
    if suspect is None or role and suspect.char_start > head.idx and not _in_lede(head):
        return None
    gender = _described_gender(head)
    if gender is not None and _gender(suspect, doc) not in {None, gender}:
        return None  # 'the woman who stabbed ...' is not Mr. Roe
    return suspect


def _verbs_of_subject(verb: Token) -> list[Token]:
    """A verb and the later verbs its subject does ('bought a rifle, then returned and shot'):
    its conjuncts and the verbs the parser hung on it loosely, without a subject of their own."""
    found: list[Token] = []
    todo = [verb]
    while todo and len(found) < 6:
        word = todo.pop()
        found.append(word)
        todo += [
            c
            for c in word.children
            if c.i > word.i
            and c.pos_ == "VERB"
            and c.dep_ in {"conj", "dep"}
            and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        ]
    return found


#: Nouns for the one in the dock, whoever it is ('the suspect', 'the defendant').
_ACCUSED_NOUNS = {"suspect", "defendant"}


def _crime_relative(head: Token) -> bool:
    """'the man who killed four', 'a woman who stabbed a guard': a relative clause that tells
    the crime the person committed."""
    return _acting_relative(head) and any(
        c.dep_ == "relcl" and c.lemma_ in _CRIME_VERBS for c in head.rights
    )


def _described_in_the_dock(head: Token) -> bool:
    """A description that commits the crime ('a man shot two', also a later verb of its
    subject: 'bought a rifle, then opened fire'), is arrested, charged, found guilty or sentenced
    for it ('was arraigned', 'sentenced the man', 'was found guilty') or is told as accused ('a
    clerk accused of stabbing')."""
    verb = head.head
    if head.dep_ == "nsubj" and any(v.lemma_ in _CRIME_VERBS for v in _verbs_of_subject(verb)):
        return True
    verdict = [c for c in verb.children if c.lower_ == "guilty"]  # 'was found guilty'
    if head.dep_ in {"nsubjpass", "dobj", "nsubj"} and any(
        head in _in_the_dock(word) for word in (verb, *verdict)
    ):
        return True
    return any(c.dep_ == "acl" and c.lemma_ in _ACCUSED_PARTICIPLES for c in head.rights)


def _describes_a_person(head: Token) -> bool:
    return (
        head.tag_ == "NN"
        and (
            head.lower_ in _words("people", "person_nouns")
            or head.lower_ in _lower_titles()
            or head.lower_ in _words("people", "perpetrator_nouns")
        )
        and head.ent_type_ != "PERSON"
    )


_NOT_DISTINGUISHING = {"same", "said", "other", "another", "former", "own", "old", "-"}


def _distinguished(head: Token) -> bool:
    """A description that singles out one person the article does not name: a describing
    word or an 'of' phrase ('a Western diplomat', 'a family friend', 'the Premier of ...').
    A bare noun ('the man', 'the suspect'), an age ('the 20-year-old woman'), a quantifier
    ('every suspect') or an owner ('his mother', "the church's pastor") mostly points back
    to someone the article names, or to no one in particular."""
    words = list(head.lefts)
    if head.dep_ == "conj":  # 'his mother and sister'
        words += list(head.head.lefts)
    if any(
        t.dep_ == "poss" or t.tag_ in {"PRP$", "POS"} or t.lower_ in _words("people", "quantifiers")
        for t in words
    ):
        return False
    if any(w.lower_ in {"year", "years"} for t in words for w in t.subtree):
        return False  # 'a 35-year-old Pellton man': someone the article names
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
        return True
    if _acting_relative(head):
        return True  # 'the man who killed four', 'a robber who had drawn a knife'
    if head.lower_ in _words("people", "perpetrator_nouns") and (
        _definite(head) or _passive_agent(head)
    ):
        return not _speaks_of_a_suspect(head.doc)  # 'the arsonist', not yet identified
    return any(
        t.dep_ in {"amod", "compound", "nmod"}
        and t.is_alpha
        and t.lower_ not in _NOT_DISTINGUISHING
        for t in words
    )


# -- coordinated names and ministries ------------------------------------------------------


def _acting_relative(head: Token) -> bool:
    """'the man who killed four': a relative clause in which the person acts singles them
    out; not 'a man who was caught' (done to) nor 'two women and a man who ...' (one of
    several)."""
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return False
    return any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.tag_ in {"WP", "WDT"} for w in c.lefts)
        for c in head.rights
    )


def _speaks_of_a_suspect(doc: Doc) -> bool:
    """The article has a suspect ('the suspect', 'a man suspected of'): the author of the
    crime is then someone it names or describes, not an unknown 'gunman'."""
    found = doc.user_data.get(_SUSPECT_KEY)
    if not isinstance(found, bool):
        found = doc.user_data[_SUSPECT_KEY] = _SUSPECT.search(doc_text(doc)) is not None
    return found


_SUSPECT = re.compile(r"\bsuspect", re.IGNORECASE)


_SUSPECT_KEY = "newsfacts.suspect"


@lru_cache(maxsize=1024)
def _word_pattern(words: frozenset[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    """Any of the words, as whole words ('U.S.' ends with its period)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])", flags)


@cache
def _perpetrator_pattern() -> re.Pattern[str]:
    return _word_pattern(_words("people", "perpetrator_nouns"))


def _tokens_matching(doc: Doc, pattern: re.Pattern[str]) -> Iterator[Token]:
    """The tokens whose text is a match of `pattern` in the doc's text: a regular expression
    finds the few candidates faster than a look at every token."""
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield span[0]


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)


def _passive_agent(head: Token) -> bool:
    """'the shop was set on fire by an arsonist': the agent of a passive verb is the author
    of what the article reports, even with 'a'."""
    return head.dep_ == "pobj" and head.head.dep_ == "agent"


def _add_unnamed_perpetrators(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Whoever the arsonist turns out to be': the unknown author of the crime the article
    reports, named by 'the' and a noun for the author of a crime, is one person of the
    article, unless a person of the article is named beside it ('the gunman, John Doe') or
    holds it as a title."""
    nouns = _words("people", "perpetrator_nouns")
    if any(p.title and p.title.lower().split()[-1] in nouns for p in registry.of_kind("person")):
        return  # 'the gunman, John Doe': the author is named
    for token in _tokens_matching(doc, _perpetrator_pattern()):
        if token.tag_ != "NN" or not (_definite(token) or _passive_agent(token)):
            continue
        if token.dep_ in {"compound", "appos"} or token.ent_type_:
            continue
        if not _distinguished(token) or any(
            t.ent_type_ == "PERSON" for t in (*token.subtree, *token.head.children)
        ):
            continue
        if _holder_named(token, registry) or registry.covered(_char_span(token)):
            continue
        phrase = _trim(doc[token.left_edge.i : token.i + 1])
        if len(phrase) == 0:
            continue
        registry.add(_display_description(phrase), "person", _char_span(phrase), phrase.text)


def _add_coordinated_agencies(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Justice, Homeland Security, State and Treasury departments' -> four bodies."""
    for token in doc_tokens(doc):
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


def _add_plural_offices(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Secretaries of Telvora and Homeland Security shall ...': a title in the plural
    before 'of' and coordinated fields is one office per field ('Secretary of Telvora',
    'Secretary of Homeland Security'), each a person named by the office where it is a
    title of the people lexicon; the fields are no bodies of their own. A bare plural
    title after 'the' ('the Secretaries shall') only points back to those offices."""
    tokens = doc_tokens(doc)
    for token in tokens:
        single = _plural_titles().get(token.text)
        if single is None or token.i + 2 >= len(doc):
            continue
        if tokens[token.i + 1].lower_ != "of":
            continue
        fields: list[Span] = []
        i = token.i + 2
        while i < len(doc):
            start = i + 1 if tokens[i].lower_ == "the" else i
            end = start
            while end < len(doc) and tokens[end].is_title and tokens[end].lower_ != "and":
                end += 1
            if end == start:
                break
            fields.append(doc[i:end])
            if end < len(doc) and tokens[end].text == ",":
                end += 1
            if end < len(doc) and tokens[end].lower_ == "and":
                end += 1
            if end == fields[-1].end:
                break
            i = end
        offices = [f"{single} of {field.text}" for field in fields]
        if len(fields) < 2 or not all(office in _titles() for office in offices):
            continue
        for field, office in zip(fields, offices, strict=True):
            body = canon.organization(field.text)
            span = doc[token.i : token.i + 1] if field is fields[0] else field
            registry.add(
                office,
                "person",
                _char_span(span),
                office,
                title=office,
                affiliation=body.name if body else None,
            )


#: Bodies named in the plural before 'of' and coordinated fields: 'the Departments of
#: Justice and Homeland Security' are the Department of Justice and that of Homeland Security.
_PLURAL_BODIES = {"Departments": "Department", "Ministries": "Ministry"}


def _add_plural_bodies(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Departments of Justice and Homeland Security', 'the Ministries of Telvora, Trade
    and Industry': one body per coordinated field, under its known name where the lexicon
    knows it ('Department of Justice'). The list ends after the field that follows 'and'
    ('... and Homeland Security and Halvik's police' names no third department)."""
    tokens = doc_tokens(doc)
    for token in tokens:
        single = _PLURAL_BODIES.get(token.text)
        if single is None or token.i + 2 >= len(doc) or tokens[token.i + 1].lower_ != "of":
            continue
        fields: list[Span] = []
        i = token.i + 2
        after_and = False
        while i < len(doc):
            start = i + 1 if tokens[i].lower_ == "the" else i
            end = start
            while end < len(doc) and tokens[end].is_title and tokens[end].lower_ != "and":
                end += 1
            if end == start or end < len(doc) and tokens[end].tag_ == "POS":
                break  # 'and Halvik's office': an owner, not a field
            fields.append(doc[i:end])
            if after_and:
                break
            if end < len(doc) and tokens[end].text == ",":
                end += 1
            if end < len(doc) and tokens[end].lower_ == "and":
                after_and = True
                end += 1
            if end == fields[-1].end:
                break
            i = end
        if len(fields) < 2:
            continue
        for field in fields:
            surface = f"{single} of {field.text}"
            org = canon.organization(surface)
            span = doc[token.i : field.end] if field is fields[0] else field
            registry.add(
                org.name if org else surface,
                "organization",
                _char_span(span),
                span.text,
                affiliation=org.affiliation if org else None,
            )


def _add_ministries(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Beijing's foreign ministry', 'the Chinese Foreign Ministry' -> the ministry of the
    country, under 'Ministry of <field> of <country>'."""
    for token in doc_tokens(doc):
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


# -- names after titles --------------------------------------------------------------------


@cache
def _title_tokens() -> dict[tuple[str, ...], str]:
    """Each title as its words ('Chief', 'of', 'Staff') -> the title."""
    return {tuple(title.split()): title for title in _titles()}


@cache
def _title_edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the titles: most tokens are neither."""
    titles = list(_title_tokens())
    return frozenset(t[0] for t in titles), frozenset(t[-1] for t in titles)


def _title_ending_at(doc: Doc, end: int) -> int | None:
    """The start of the longest title whose last word is doc[end - 1], or None."""
    tokens = doc_tokens(doc)
    if tokens[end - 1].text not in _title_edge_words()[1]:
        return None
    for size in range(min(6, end), 0, -1):
        if tuple(t.text for t in tokens[end - size : end]) in _title_tokens():
            return end - size
    return None


def _title_starting_at(doc: Doc, start: int) -> int | None:
    """The end of the longest title of two words or more starting at doc[start], or None."""
    tokens = doc_tokens(doc)
    if tokens[start].text not in _title_edge_words()[0]:
        return None
    for size in range(min(6, len(tokens) - start), 1, -1):
        if tuple(t.text for t in tokens[start : start + size]) in _title_tokens():
            return start + size
    return None


def _add_titled_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Director of National Intelligence Whitcombe, Assistant to the President and Chief of
    Staff Kowalski': capitalised words right after a title name a person, also where the
    model read them as part of a body or saw no name. Not in a headline Written In Title
    Case, not where the title begins a body's name ('General Motors')."""
    heads = _words("organizations", "org_heads") | _thing_heads()
    for end in range(1, len(doc)):
        start = _title_ending_at(doc, end)
        if start is None or not doc[end - 1].text[:1].isupper():
            continue
        stop = end
        while (
            stop < len(doc)
            and stop - end < 5
            and (
                (_name_word(doc[stop]) and doc[stop].text not in _title_edge_words()[0])
                or (_hyphen_joined(doc, stop) and stop > end)
            )
        ):
            stop += 1
        words = [t for t in doc[end:stop] if t.text != "-"]
        if not words or len(words) > 3 or doc[stop - 1].text == "-":
            continue
        run = doc[end:stop]
        if doc[end].ent_type_ == "PERSON" or (stop < len(doc) and _continues_run(doc, stop)):
            continue  # a name the model found, or one that goes on ('Karim al-Nouri')
        if doc[stop - 1].tag_ == "NNPS":
            continue  # 'the Department General Orders', 'General Provisions': things, no person
        if any(t.lower_ in heads or _body_word(t) for t in run) or canon.country_of_word(run.text):
            continue  # 'General Motors', 'Mercy General Hospital': a body's name
        if canon.organization(run.text) or canon.organization(doc[start:stop].text):
            continue
        if _inside_a_body_from(doc, end) == start or _in_title_case_line(run):
            continue
        if not registry.covered(_char_span(run)):
            _add_person(run, registry)


_FIELD_LINKS = frozenset({"for", "of"})


def _add_long_titled_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'European Commissioner for Competition Dana Whitcombe', 'Minister of Fisheries and
    Oceans Marisol Quenby': an office word, 'for'/'of', the field of the office and a name
    the model saw no person in. The name is its last two capitalised words, or the words from
    a known given name on; the field keeps at least one word. Not in a headline Written In
    Title Case, not where the words name a body ('Director of Corvane Bank Holdings')."""
    offices = _words("people", "office_nouns")
    heads = _words("organizations", "org_heads") | _thing_heads()
    tokens = doc_tokens(doc)
    for token in tokens:
        if not token.is_title or token.lower_ not in offices or token.i + 4 > len(doc):
            continue
        link = tokens[token.i + 1]
        if link.lower_ not in _FIELD_LINKS:
            continue
        start = token.i + 2
        if tokens[start].lower_ == "the":
            start += 1
        end = start
        while (
            end < len(doc)
            and end - start < 7
            and (
                _name_word(tokens[end])
                or tokens[end].lower_ in {"and", "&"}
                and end + 1 < len(doc)
                and _name_word(tokens[end + 1])
            )
        ):
            end += 1
        if end < len(doc) and (_continues_run(doc, end) or tokens[end].tag_ == "POS"):
            continue
        words = doc[start:end]
        given = next((t.i for t in words[1:] if t.lower_ in _given_names() and t.i + 1 < end), None)
        name_start = given if given is not None else end - 2
        if name_start - start < 1 or end - name_start > 3:
            continue
        name = doc[name_start:end]
        # a field with no article ('for Oceans', not 'of the Corvane Collaborative') that
        # names no country ('Minister of Public Safety Telvora')
        glued = (
            start == token.i + 2
            and not any(canon.country_of_word(t.text) for t in name)
            and _field_glued(name, token.i)
        )
        if tokens[name_start - 1].lower_ in {"and", "&"} or any(
            not t.is_title or t.ent_type_ not in {"", "PERSON"} and not glued for t in name
        ):
            continue
        if any(t.lower_ in heads or _body_word(t) for t in name) or canon.country_of_word(
            name.text
        ):
            continue
        if any(t.text in _long_title_words() or t.lower_ in _fields() for t in name):
            continue  # 'Minister of Foreign Affairs Ma said': 'Affairs' ends the field
        if glued and name[-1].lower_ in _words("countries", "landform_heads"):
            continue  # 'Director of Alianza Pellton Valley': a place ends the body's name
        if registry.covered(_char_span(name)) or _in_title_case_line(name):
            continue
        if canon.organization(name.text) or canon.organization(doc[token.i : end].text):
            continue
        _add_person(name, registry)
        person = registry.find(_char_span(name))
        if person is not None and person.kind == "person" and person.title is None:
            person.title = doc[token.i : name_start].text


def _field_glued(name: Span, office: int) -> bool:
    """'Secretary for Oceans Dana Whitcombe' with 'Oceans Dana Whitcombe' (or 'Counselor for
    Trade Dana Whitcombe') tagged as one body: the model glued the office or its field to
    the name after it. One body's name starts at the office word or after it, before the
    name, and ends with the name."""
    doc = name.doc
    ents = {doc[t.i].ent_iob_ for t in name}
    first = name[0]
    if first.ent_type_ != "ORG" or "B" in ents:
        return False
    ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
    return ent is not None and office <= ent.start < name.start and ent.end == name.end


#: The opening of a White House title that names who speaks or writes: 'Statement from',
#: 'Remarks by', 'Press Briefing by', 'Readout of President Biden's Call'.
_AUTHOR_CUE = re.compile(
    r"[^\n]{0,30}?\b(?:Statements?|Remarks(?: as Prepared for Delivery)?|Press Briefing|"
    r"Press Gaggle|Press Call|Letter|Readout)\s+(?:from|by|of)\s+(?:the\s+)?"
)


def _add_title_authors(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Statement from Homeland Security Advisor Dr. Dana Ashby-Crane on ...', 'Remarks
    by President Biden and Prime Minister Kishida': the people a White House title names as
    its authors, by a title and a name, are participants; the headline rule that drops names
    used only in a Title Case line does not hold for them. In 'Readout of President Biden's
    Call', the owner of the call."""
    text = doc_text(doc)
    cue = _AUTHOR_CUE.match(text, 0, text.find("\n") if "\n" in text else len(text))
    if cue is None:
        return
    readout = "Readout" in cue.group(0)
    tokens = doc_tokens(doc)
    i = next((t.i for t in tokens if t.idx >= cue.end()), len(tokens))
    while i < len(tokens) and "\n" not in tokens[i].text:
        end = i
        while end < len(tokens) and (
            (tokens[end].text[:1].isupper() and tokens[end].text[:1].isalpha())
            or _hyphen_joined(doc, end)
        ):
            end += 1
        named = max((k + 1 for k in range(i, end - 1) if _title_ending_at(doc, k + 1)), default=i)
        titled = named > i
        end = _author_name_end(doc, named, end)
        owned = end < len(tokens) and tokens[end].tag_ == "POS"
        if end > i and (titled or canon.known_person(doc[i:end].text)) and (owned or not readout):
            run = doc[i:end]
            if not registry.covered(_char_span(run)):
                _add_person(run, registry)
        if owned:
            end += 1
        if end + 1 < len(tokens) and tokens[end].lower_ in {"and", "&"}:
            i = end + 1
            continue
        break


def _author_name_end(doc: Doc, start: int, end: int) -> int:
    """Where the name that starts at doc[start] ends in a title's run of capitalised words:
    'Dana Whitcombe En Route East Harlan', 'President Biden Highlighting the ...': the
    person the model found there, a known name, or at most three words before a word that
    is no part of a name."""
    for stop in range(min(end, start + 4), start, -1):
        if canon.known_person(doc[start:stop].text):
            return stop
    ent = next((e for e in doc[start].sent.ents if e.start <= start < e.end), None)
    if ent is not None and ent.label_ == "PERSON":
        stop = ent.end
        while stop < end and (_hyphen_joined(doc, stop) or doc[stop - 1].text == "-"):
            stop += 1  # 'Karine Jean' + '-Pierre'
        return min(end, stop)
    stop = start
    while stop < end and stop - start < 4 and not (doc[stop].is_stop or doc[stop].tag_ == "VBG"):
        stop += 1
    return stop if stop - start <= 3 else start


@cache
def _plural_titles() -> dict[str, str]:
    titles: dict[str, str] = load_lexicon("people")["plural_titles"]
    return titles


def _is_plural_title(token: Token) -> bool:
    """'Senators', 'Representatives': a title in the plural (not 'Kings County')."""
    return token.text in _plural_titles()


def _add_titled_lists(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Representatives Ashby, Okafor, Pike, and Lindqvist': after a title in the plural,
    each capitalised name of the list that follows is a person, also where the model
    took the title for part of the first name or saw no name at all."""
    heads = _words("organizations", "org_heads")
    for token in doc_tokens(doc):
        if not _is_plural_title(token):
            continue
        i = token.i + 1
        while i < len(doc):
            stop = i
            while stop < len(doc) and stop - i < 3 and _name_word(doc[stop]):
                titled = _is_title_word(doc[stop]) or _is_plural_title(doc[stop])
                if titled and stop + 1 < len(doc) and _name_word(doc[stop + 1]):
                    break  # the next title of the list ('and Senators Varga')
                stop += 1
            if stop == i or any(t.lower_ in heads for t in doc[i:stop]):
                break
            run = doc[i:stop]
            if not registry.covered(_char_span(run)) and not canon.country_of_word(run.text):
                known = canon.known_person(run.text)  # 'King' is a name here, not a title
                name = known.name if known else _name_text(run)
                affiliation = known.affiliation if known else None
                title = _plural_titles()[token.text]
                registry.add(
                    name, "person", _char_span(run), run.text, title=title, affiliation=affiliation
                )
            i = stop + 1 if stop < len(doc) and doc[stop].text == "," else stop
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            elif i == stop:
                break


def _add_legal_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Corvane, Inc.', 'Telbrook Pharma/TelbrookGroup, Inc.', 'Marlow, PLC': the capitalised
    words right before a company's legal form name a company (the last of names joined by
    a slash); the legal form alone names nothing."""
    suffixes = _words("organizations", "legal_suffixes")
    for token in doc_tokens(doc):
        if token.text not in suffixes or token.i < 1:
            continue
        end = token.i - 1 if doc[token.i - 1].text == "," else token.i
        start = end
        while start > 0 and end - start < 5 and _company_word(doc[start - 1]):
            start -= 1
        if start == end:
            continue
        run = doc[start:end]
        if canon.country_of_word(run.text) or registry.covered(_char_span(run)):
            continue
        registry.add(run.text, "organization", (run.start_char, token.idx + len(token)), run.text)


#: '- Dana R. Whitcombe, Pellton University, Telvora Labs, Inc.': an item of a list that is
#: a personal name (given name, an initial or not, surname) and, after a comma, the bodies
#: the person belongs to.
_LISTED_PERSON = re.compile(
    r"^[ \t]*[-*•][ \t]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z]\.)?"
    r"(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}),[ \t]*(?P<rest>[^\n]+)$",
    re.MULTILINE,
)


def _add_listed_people(doc: Doc, registry: ParticipantRegistry) -> None:
    """A list of three items or more that each give a personal name and, after a comma,
    bodies ('- Dana R. Whitcombe, Pellton University'; recipients of awards, members of a
    board): the names are people, however the model tagged the line, and each part after
    the comma that names a body is that body."""
    text = doc_text(doc)
    items = [m for m in _LISTED_PERSON.finditer(text) if _names_bodies(doc, m)]
    if len(items) < 3:
        return
    for match in items:
        name = doc.char_span(*match.span("name"), alignment_mode="expand")
        if name is None or not _personal_name_words(name):
            continue
        _add_person(name, registry)
        for start, end in _comma_parts(text, *match.span("rest")):
            part = doc.char_span(start, end, alignment_mode="expand")
            if part is not None and len(part) and any(_body_word(t) for t in part):
                _add_organization(_trim(part), registry)


def _names_bodies(doc: Doc, match: re.Match[str]) -> bool:
    """The item's words after the name hold a word of a body's name ('University')."""
    rest = doc.char_span(*match.span("rest"), alignment_mode="expand")
    return rest is not None and any(_body_word(t) and t.is_title for t in rest)


def _personal_name_words(span: Span) -> bool:
    """Words of a personal name ('Eve R. Marder', 'Anne-Marie Lutz'): besides initials and
    hyphens, two to four capitalised words, none a word of a body's, a thing's or a place's
    name."""
    words = [t for t in span if t.text != "-" and not (len(t.text) == 2 and t.text[1] == ".")]
    heads = _words("organizations", "org_nouns") | _words("organizations", "facility_heads")
    return (
        2 <= len(words) <= 4
        and all(t.is_alpha and t.is_title for t in words)
        and not any(
            _body_word(t)
            or t.lower_ in heads
            or _is_thing(t)
            or canon.country_of_word(t.text)
            or _is_title_word(t)
            for t in words
        )
        and canon.organization(span.text) is None
        and not any(_written_in_lower_case(t) for t in words)
    )


def _written_in_lower_case(token: Token) -> bool:
    """The article also writes the word in lower case ('Foster Care' beside 'foster care'):
    a common word, no part of a personal name."""
    pattern = rf"(?<![\w.]){re.escape(token.lower_)}(?!\w)"
    return re.search(pattern, doc_text(token.doc)) is not None


def _comma_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The character spans of the parts between commas, without a note in brackets first
    ('(posthumously) The City College') and without a legal form ('Inc.')."""
    suffixes = _words("organizations", "legal_suffixes")
    for match in re.finditer(r"[^,]+", text[start:end]):
        part = match.group()
        lead = re.match(r"\s*(?:\([^)]*\)\s*)?", part)
        skip = lead.end() if lead else 0
        stripped = part[skip:].rstrip()
        if not stripped or stripped in suffixes:
            continue
        yield start + match.start() + skip, start + match.start() + skip + len(stripped)


def _company_word(token: Token) -> bool:
    """A word of a company's name: capitalised ('Northgate', 'BioWorks', 'U.S.'), not a
    date's ('Yesterday Acme Foods Inc. said')."""
    return (
        token.text[:1].isupper()
        and token.pos_ in {"PROPN", "NOUN", "ADJ"}
        and token.ent_type_ not in _NOT_NAME_ENTS
        and token.lower_ not in _DAY_WORDS
    )


_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _continues_run(doc: Doc, i: int) -> bool:
    token = doc[i]
    joined = not doc[i - 1].whitespace_ and token.text in {"-", "‐", "'", "’"}
    return token.lower_ == "of" or token.text[:1].isupper() or joined


def _inside_a_body_from(doc: Doc, i: int) -> int:
    """Where the non-person entity holding doc[i] starts, or len(doc) if there is none."""
    if doc[i].ent_type_ in {"", "PERSON"}:
        return len(doc)
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _in_title_case_line(span: Span) -> bool:
    """The span's line is a headline Written In Title Case."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if line.rstrip().endswith("."):
        return False  # a sentence that lists titled people, not a headline
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# -- repairing the model's entities -------------------------------------------------------

_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


def _name_spans(doc: Doc) -> list[Span]:
    """The model's entities, repaired: a name the model cut in two ('Tomás Ignacio' +
    'Vega Ruelas') is one person, and one entity naming two bodies ('Department of State
    and Department of Justice', 'Harbor Police-Coast Patrol') is two."""
    joined: list[Span] = []
    for ent in _nicknamed_names(doc):
        if _only_suffix(ent):
            # 'Joseph R. Biden, Jr.' with 'Jr.' tagged as a place: the suffix ends the name
            # before it, and names nothing on its own
            if joined and _suffix_end(doc, joined[-1].end) == ent.end:
                joined[-1] = Span(doc, joined[-1].start, ent.end, label="PERSON")
            continue
        if joined and ent.start < joined[-1].end:
            continue  # 'Leary' after "Michael O'", taken into the name before it
        if joined and _continues_name(joined[-1], ent):
            joined[-1] = Span(doc, joined[-1].start, ent.end, label="PERSON")
        else:
            joined.append(
                _country_before_a_title(
                    _with_owned_head(
                        _with_apostrophe_surname(
                            _with_suffix(
                                _with_particle_surname(
                                    _with_name_tail(_with_name_head(_with_vessel_prefix(ent)))
                                )
                            )
                        )
                    )
                )
            )
    lines = [line for ent in _joined_across_and(doc, joined) for line in _lines_of(ent)]
    parts = [part for ent in lines for part in _split_coordinated(ent)]
    listed = _complete_lists(doc, [_person_at_the_end(part) for part in parts])
    return _complete_place_lists(doc, listed)


_APOSTROPHES = frozenset({"'", "’", "‘"})


def _apostrophe_prefix_at(doc: Doc, i: int) -> bool:
    """'O' + an apostrophe + a capitalised word at token i ("O' Leary", "O 'Reilly",
    "D'Amato" written with a space): one surname the tokenizer cut in three."""
    return (
        0 <= i < len(doc) - 2
        and doc[i].text in {"O", "D"}
        and doc[i + 1].text in _APOSTROPHES
        and doc[i + 2].is_title
        and doc[i + 2].is_alpha
        and not doc[i + 2].is_sent_start
    )


def _with_apostrophe_surname(ent: Span) -> Span:
    """ "Michael O'" + 'Leary': a person's name that ends inside a surname with an apostrophe
    takes the rest of the surname."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    for i in (ent.end - 2, ent.end - 1):
        if ent.start < i and _apostrophe_prefix_at(doc, i) and i + 3 > ent.end:
            return Span(doc, ent.start, i + 3, label="PERSON")
    return ent


def _country_before_a_title(ent: Span) -> Span:
    """ "People's Republic of China Executive" + 'Vice Minister ... Ma Zhaoxu': a body's name
    the model made of a country's name and the first words of a title that goes on after it
    names no body (a title's words, labelled TITLE: no participant); words that head a body's
    name ('Ostrava Airlines', 'Ostrava Executive Council') keep it a body."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 2 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    if not after.is_title or not after.is_alpha or canon.organization(ent.text) is not None:
        return ent
    for k in range(len(ent) - 1, 0, -1):
        if len(ent) - k > 2 or canon.country(ent[:k].text) is None:
            continue
        tail = ent[k:]
        if all(t.is_title and t.is_alpha for t in tail) and not any(
            _body_word(t) or t.lower_ in _words("organizations", "org_heads") for t in tail
        ):
            return Span(doc, ent.start, ent.end, label="TITLE")
    return ent


def _with_owned_head(ent: Span) -> Span:
    """ "a Sam's Club store": a given name alone that the model tagged as a person, with a
    possessive and a capitalised head of a body's or a place's name right after it that no
    entity holds, is the first word of a shop's or a body's name, not a person."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ != "PERSON"
        or len(ent) != 1
        or ent[0].lower_ not in _given_names()
        or end + 1 >= len(doc)
        or doc[end].tag_ != "POS"
        or ent[0].whitespace_
        or doc[end].whitespace_ != " "
    ):
        return ent
    head = doc[end + 1]
    heads = (
        _words("organizations", "company_words")
        | _words("organizations", "member_body_heads")
        | _words("organizations", "facility_heads")
    )
    if not head.is_title or head.ent_type_ or head.lower_ not in heads:
        return ent
    return Span(doc, ent.start, end + 2, label="ORG")


def _person_at_the_end(ent: Span) -> Span:
    """'Telvora Harbor Authority Dana Whitcombe', 'Pellton All-Star Marek Halvik': an office or
    a body the model tagged as one name with the person after it. A known given name and a
    capitalised word end the span, two words or more before them name no person, and the last
    word heads no body ('Santa Monica College'): the person is the name."""
    if len(ent) < 4 or ent.label_ not in {"ORG", "PERSON", "FAC", "GPE"}:
        return ent
    given, surname = ent[-2], ent[-1]
    if (
        given.lower_ not in _given_names()
        or not given.is_title
        or not surname.is_title
        or not surname.is_alpha
        or surname.lower_ in _body_heads()
    ):
        return ent
    before = ent[:-2]
    if not before[-1].whitespace_ or len(before.text.split()) < 2:
        return ent  # 'Keegan-Michael Key': one hyphenated given name
    if before[0].text in {"The", "A", "An"}:
        return ent  # 'The Notorious Dana Whitcombe': a film's or a book's title
    if any(
        t.lower_ in _given_names() or (len(t.text) <= 2 and t.text.endswith(".")) for t in before
    ):
        return ent
    return Span(ent.doc, given.i, ent.end, label="PERSON")


@cache
def _given_names() -> frozenset[str]:
    """Common given names and their short forms, lowercase as the lexicon lists them."""
    return _words("people", "given_names") | _given_name_variants()


_OPENING_MARKS = frozenset({'"', "“"})
_CLOSING_MARKS = frozenset({'"', "”"})


def _nicknamed_names(doc: Doc) -> list[Span]:
    """The model's entities, with a name broken by a nickname in quotation marks made whole:
    'Tomas “El Halcón” Varga Ruiz', read as 'Tomas' + 'Varga Ruiz' or as 'Tomas “El Halcón'
    + 'Varga Ruiz', is one person (the nickname goes to the aliases). Capitalised words on
    both sides of a quoted one to three capitalised words (a lower-case 'the' or 'of' may
    join them: "Sammy the Bull"), one of them tagged a person, or, when the model tagged the
    pieces as bodies or works ('Ismael' + 'El Mayo'), one given name before the nickname and
    no word of a body's name on either side."""
    ents = list(doc.ents)
    if not any(t.text in _OPENING_MARKS for t in doc):
        return ents
    whole: list[Span] = []
    for ent in ents:
        if ent.label_ not in _NAME_LABELS | {"WORK_OF_ART"}:
            continue
        lo, hi = max(ent.start - 6, 0), min(ent.end + 6, len(doc))
        for i in range(lo, hi):
            if doc[i].text not in _OPENING_MARKS or not doc[i - 1 : i].text.strip():
                continue
            j = i + 1
            while j < len(doc) and j - i <= 4 and _nickname_part(doc[j]):
                j += 1
                if j + 1 < len(doc) and doc[j].lower_ in _NICKNAME_LINKS:
                    j += 1  # "Sammy the Bull": a linking word before a capitalised one
            if j == i + 1 or j >= len(doc) or doc[j].text not in _CLOSING_MARKS:
                continue
            start = i
            while start > 0 and i - start < 3 and _nickname_part(doc[start - 1]):
                start -= 1
            end = j + 1
            while end < len(doc) and end - j <= 3 and _nickname_part(doc[end]):
                end += 1
            if start == i or end == j + 1 or not (start < ent.end and ent.start < end):
                continue
            if ent.label_ != "PERSON" and not _nicknamed_person(doc[start:i], doc[j + 1 : end]):
                continue
            if not whole or whole[-1].start != start:
                whole.append(Span(doc, start, end, label="PERSON"))
    if not whole:
        return ents
    kept = [e for e in ents if not any(e.start < w.end and w.start < e.end for w in whole)]
    return sorted([*kept, *whole], key=lambda e: e.start)


#: Lower-case words inside a quoted nickname ("Sammy the Bull", "Prince of Darkness").
_NICKNAME_LINKS = {"the", "of"}


def _nicknamed_person(given: Span, surname: Span) -> bool:
    """'Ismael' before a quoted nickname and 'Zambada García' after it, whatever the model
    tagged them: one given name, and no word of a body's name ('the Corvane “Blue Line”
    Express', 'Pellton “Fresh” Foods') nor of a thing's on either side."""
    return len(given) == 1 and not any(_body_word(t) or _is_thing(t) for t in [*given, *surname])


def _nickname_part(token: Token) -> bool:
    """A capitalised word that can be part of a person's name ('Varga'; not 'Secretary')."""
    return (
        token.is_title
        and token.is_alpha
        and token.text not in _titles()
        and not canon.country_of_word(token.text)
        and "\n" not in token.whitespace_
    )


def _joined_across_and(doc: Doc, spans: list[Span]) -> list[Span]:
    """The model ends a body's name at its inner 'and' (or tags only one side of it): a
    name that, with 'and' and the capitalised words around it, is a body in the lexicon
    ('Telvora Customs' + 'and Border Rangers Agency'), or an unknown one by its closing word
    ('the Corvane Fire and Rescue'), is one name, never two."""
    out: list[Span] = []
    skip_to = -1
    for k, ent in enumerate(spans):
        if ent.start < skip_to:
            continue
        whole = None
        if ent.label_ in {"ORG", "PERSON", "GPE", "NORP", "FAC"}:
            whole = _known_body_across_and(doc, ent)
        if whole is None:
            whole = _unknown_body_across_and(doc, ent, spans[k + 1 :])
        shared = _with_shared_first_word(doc, whole or ent)
        if shared is not None:
            whole = shared
        if whole is None:
            out.append(ent)
            continue
        while out and out[-1].end > whole.start:
            out.pop()
        out.append(whole)
        skip_to = whole.end
    return out


def _known_body_across_and(doc: Doc, ent: Span) -> Span | None:
    end, start = ent.end, ent.start
    alone_known = len(ent) > 1 and canon.organization(_trim(ent).text) is not None
    if not alone_known and end + 1 < len(doc) and doc[end].lower_ in {"and", "&"}:
        for stop in range(min(end + 5, len(doc)), end + 1, -1):
            right = doc[end + 1 : stop]
            words = all(t.is_title or t.text in {"of", "the", "for"} for t in right)
            if words and right[-1].is_title and canon.organization(doc[start:stop].text):
                return Span(doc, start, stop, label="ORG")
    if start >= 2 and doc[start - 1].lower_ in {"and", "&"}:
        for first in range(max(start - 5, 0), start - 1):
            left = doc[first : start - 1]
            words = all(t.is_title or t.text == "." for t in left) and left[0].is_title
            if words and canon.organization(doc[first:end].text):
                return Span(doc, first, end, label="ORG")
    return None


def _unknown_body_across_and(doc: Doc, ent: Span, later: list[Span]) -> Span | None:
    """'the Corvane Fire and Rescue', 'Telvora Trade and Reports Centre': a name of two words
    or more that is no body by itself (its last word no body's head, no known name), then
    'and' and capitalised words that end with a body's head or a word that ends such names
    ('Rescue'), is one body. `later` are the names after it, which the words may not cut."""
    heads = _words("organizations", "org_heads")
    end = ent.end
    if (
        ent.label_ not in {"ORG", "PERSON"}
        or len(ent) < 2
        or end + 1 >= len(doc)
        or doc[end].lower_ not in {"and", "&"}
        or not all(t.is_title and t.is_alpha for t in ent)
        or ent[-1].lower_ in heads
        or canon.organization(ent.text)
        or canon.known_person(ent.text)
    ):
        return None
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].is_title and doc[stop].is_alpha:
        stop += 1
    if stop == end + 1 or stop - end > 4 or "\n" in doc[end - 1 : stop].text:
        return None
    last = doc[stop - 1].lower_
    if last not in heads and last not in _words("organizations", "and_name_ends"):
        return None  # 'Corvane Grumman and Halvik', 'Dana Whitcombe and Pete': two names
    if any(s.end > stop or s.start < end + 1 for s in later if s.start < stop):
        return None
    return Span(doc, ent.start, stop, label="ORG")


def _with_shared_first_word(doc: Doc, ent: Span) -> Span | None:
    """'the Evolving and Emerging Threats Committee', 'Pellton and Corvane Fire and Rescue':
    one capitalised word and 'and' before an unknown body's name share the body's head, so
    they begin its name. The word must begin the capitalised run, name no body, country or
    person the lexicons know, not be tagged as a body, and stand nowhere else in the
    article (an actor of its own would: 'Corvane and Telvora Bank ... Corvane said'); a
    common noun ('Police and Fire Department') is left as it is."""
    heads = _words("organizations", "org_heads") | _words("organizations", "and_name_ends")
    start = ent.start
    if (
        ent.label_ not in {"ORG", "PERSON"}
        or len(ent) < 2
        or start < 2
        or doc[start - 1].lower_ not in {"and", "&"}
        or ent[-1].lower_ not in heads
        or not all(t.is_title or t.lower_ in {"and", "&", "of", "for"} for t in ent)
        or canon.organization(ent.text)
        or "\n" in doc[start - 2 : start].text
    ):
        return None
    word = doc[start - 2]
    before = doc[start - 3] if start >= 3 else None
    if (
        not (word.is_title and word.is_alpha)
        or word.ent_type_ in {"ORG", "NORP"}
        or (before is not None and (_name_word(before) or before.text in {",", "and", "&"}))
        or canon.organization(word.text)
        or canon.country_of_word(word.text)
        or canon.known_person(word.text)
        or (word.pos_ == "NOUN" or word.lower_ in _common_nouns())
        or sum(t.text == word.text for t in doc_tokens(doc)) > 1
    ):
        return None
    return Span(doc, start - 2, ent.end, label="ORG")


def _lines_of(ent: Span) -> list[Span]:
    """'Chargers' + a line break + 'Team': a name ends at the end of its line."""
    doc = ent.doc
    parts: list[Span] = []
    start = ent.start
    for token in ent[:-1]:
        if "\n" in token.whitespace_ or "\n" in doc[token.i + 1].text:
            if token.i + 1 > start and not doc[start].is_space:
                parts.append(Span(doc, start, token.i + 1, label=ent.label_))
            start = token.i + 1
    if start == ent.start:
        return [ent]
    while start < ent.end and doc[start].is_space:
        start += 1
    if start < ent.end:
        parts.append(Span(doc, start, ent.end, label=ent.label_))
    return parts


def _with_name_head(ent: Span) -> Span:
    """'-   Osvelin' + 'Tarquo Benhall-Rusk, a Danish national ...': where a line or list
    item begins, the model often leaves an unusual first given name out of the person; one
    or two capitalised proper nouns between the line's start and the name, outside any
    entity and neither a title nor a word the lexicons know, begin the name."""
    doc = ent.doc
    if ent.label_ != "PERSON" or canon.known_person(ent.text):
        return ent
    start = ent.start
    while (
        start > 0
        and ent.start - start < 2
        and _name_word(doc[start - 1])
        and doc[start - 1].text.isalpha()
        and not doc[start - 1].ent_type_
        and doc[start - 1].whitespace_
        and not _is_title_word(doc[start - 1])
        and not (doc[start - 1].text.isupper() and len(doc[start - 1].text) > 1)
        and doc[start - 1].lower_ not in _common_nouns()
        and not canon.country_of_word(doc[start - 1].text)
        and not canon.organization(doc[start - 1].text)
    ):
        start -= 1
    if start == ent.start:
        return ent
    before = start - 1
    while before >= 0 and (doc[before].is_space or doc[before].text in BULLETS):
        if "\n" in doc[before].text:
            break
        before -= 1
    if before >= 0 and "\n" not in doc[before].text_with_ws:
        return ent  # inside a sentence: 'Corvane Dana Whitcombe' is no one's name
    return Span(doc, start, ent.end, label="PERSON")


def _with_name_tail(ent: Span) -> Span:
    """'Marta Elena' + 'Quiroga', 'Osvaldo Ramón Ferrer' + 'Montoya': the model often stops
    a person's name before a word it does not know; capitalised proper nouns right after,
    outside any entity, end the name. Not in a headline Written In Title Case."""
    doc = ent.doc
    if ent.label_ != "PERSON" or canon.known_person(ent.text):
        return ent  # 'the Biden Presidency'
    end = ent.end
    heads = _words("organizations", "org_heads")
    while (
        end < len(doc)
        and end - ent.end < 2
        and _name_word(doc[end])
        and not doc[end].ent_type_
        and doc[end].lower_ not in heads
        and not _is_title_word(doc[end])
        and not _is_suffix(doc[end])
        and not (doc[end].text.isupper() and len(doc[end].text) > 1)
        and doc[end - 1].whitespace_
        and not canon.country_of_word(doc[end].text)
    ):
        end += 1
    if end == ent.end or _in_title_case_line(ent):
        return ent
    return Span(doc, ent.start, end, label="PERSON")


def _with_particle_surname(ent: Span) -> Span:
    """'Marisol von' + 'der' + 'Quenby', 'von der' + 'Quenby': a person's name that ends on
    a nobiliary particle in lower case (von, van, de, der, bin, al ...), or runs on into
    one, takes the particles and the capitalised word after them, whatever label the model
    gave that word ('Quenby' as a place)."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    end = ent.end
    while end < len(doc) and doc[end].text in _NAME_PARTICLES and doc[end - 1].whitespace_:
        end += 1
    if doc[end - 1].text not in _NAME_PARTICLES or end >= len(doc):
        return ent
    surname = doc[end]
    if not (surname.is_title and surname.is_alpha and doc[end - 1].whitespace_):
        return ent
    return Span(doc, ent.start, end + 1, label="PERSON")


#: Generational suffixes: part of the name before them ('Teodor Halvik, Jr.').
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
_DOTTED_SUFFIXES = {"jr.", "jr", "sr.", "sr"}


def _is_suffix(token: Token) -> bool:
    return token.lower_ in _SUFFIXES and token.text[:1].isupper()


def _only_suffix(ent: Span) -> bool:
    return all(_is_suffix(t) or t.text == "," for t in ent) and _is_suffix(ent[-1])


def _suffix_end(doc: Doc, end: int) -> int | None:
    """The end of a generational suffix right after `end` (', Jr.', ' III'), or None."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i < len(doc) and _is_suffix(doc[i]):
        # not before a name: 'Sr. Carol Keehan' is a title (Sister)
        return None if i + 1 < len(doc) and _name_word(doc[i + 1]) else i + 1
    return None


def _with_suffix(ent: Span) -> Span:
    """'Teodor Halvik' + ', Sr.': a suffix after a name makes it a person's, whatever the
    model tagged; 'II'/'III' only after a name the model took for a person's."""
    doc = ent.doc
    end = _suffix_end(doc, ent.end)
    if end is None or (ent.label_ != "PERSON" and doc[end - 1].lower_ not in _DOTTED_SUFFIXES):
        return ent
    if ent.label_ not in _NAME_LABELS or doc[end - 1].ent_type_ not in {"", "GPE", "ORG"}:
        return ent
    return Span(doc, ent.start, end, label="PERSON")


def _with_vessel_prefix(ent: Span) -> Span:
    """'INS Vireo', 'USS Kestrel', 'Cutter Halvorsen': a ship named with its prefix is a body
    (it acts through its crew), whatever the model tagged the name."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text in _words("organizations", "vessel_prefixes"):
        return Span(doc, ent.start - 1, ent.end, label="ORG")
    if len(ent) > 1 and ent[0].text in _words("organizations", "vessel_prefixes"):
        return Span(doc, ent.start, ent.end, label="ORG")
    return ent


_LIST_RELABELLED = {"PERSON", "PRODUCT", "WORK_OF_ART", "FAC", ""}


def _name_lists(
    spans: list[Span], opens: Callable[[Span], bool]
) -> Iterator[tuple[Token, list[Token]]]:
    """The lists of conjoined words the spans' roots stand in ('Corvane, Brightwell and X'),
    each once, from the first span whose root has conjuncts and that `opens` a list: that
    root and all the list's members in text order."""
    seen: set[int] = set()
    for ent in spans:
        root = ent.root
        if root.i in seen or not root.conjuncts or not opens(ent):
            continue
        members = sorted([root, *root.conjuncts], key=lambda t: t.i)
        seen.update(t.i for t in members)
        yield root, members


def _complete_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Corvane, Brightwell, X, Greystone, and Web Guild': in a list naming two bodies or more,
    every other capitalised name is a body too, whether the model took it for a product or
    a person ('Greystone', 'Web Guild') or missed it ('X'). Countries in the list stay
    countries."""
    by_token = {t.i: i for i, ent in enumerate(spans) for t in ent}
    result = list(spans)
    added: list[Span] = []
    for _, members in _name_lists(spans, lambda ent: ent.label_ == "ORG"):
        labels = [spans[by_token[t.i]].label_ if t.i in by_token else "" for t in members]
        # distinct entities: 'Customs' and 'Enforcement' of one name are no list of two
        named = {by_token[t.i]: spans[by_token[t.i]].label_ for t in members if t.i in by_token}
        orgs = list(named.values()).count("ORG")
        if orgs < 2 or orgs <= list(named.values()).count("PERSON"):
            continue
        for token, label in zip(members, labels, strict=True):
            if label not in _LIST_RELABELLED or not _name_word(token):
                continue
            if token.i in by_token:
                old = spans[by_token[token.i]]
                result[by_token[token.i]] = Span(doc, old.start, old.end, label="ORG")
                continue
            start = min(
                (c.i for c in token.lefts if c.dep_ == "compound" and _name_word(c)),
                default=token.i,
            )
            if not any(t.i in by_token for t in doc[start : token.i + 1]):
                added.append(Span(doc, start, token.i + 1, label="ORG"))
    return sorted(result + added, key=lambda e: e.start)


#: Words before a list that name its members places ('cities like', 'towns including').
_LIST_LEADS = frozenset({"like", "as", "including", "of", "such"})


def _complete_place_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Dnipro, Zaporizhzhia and Kherson were shelled', 'cities like Lyon, Marseille and
    Toulouse': in a list of names joined by commas and 'and', a member the model took for a
    person or a body, or missed, is a place where another member is a place other than a
    country (a city, a region), or where the list follows a plural noun for places. Not a
    list where a member is a known body or person, a person's full name or a body's name,
    nor one whose first member is the subject of an active verb ('Houston, Pike and Roe
    said'); countries alone name no list of places (they stand beside bodies as actors)."""
    by_token = {t.i: i for i, ent in enumerate(spans) for t in ent}
    result = list(spans)
    added: list[Span] = []
    for root, members in _name_lists(spans, lambda ent: ent.root.dep_ != "conj"):
        if root.dep_ == "nsubj" or not all(_name_word(t) for t in members):
            continue
        named = [spans[by_token[t.i]] if t.i in by_token else None for t in members]
        cities = sum(
            1
            for n in named
            if n is not None
            and n.label_ in {"GPE", "LOC"}
            and canon.country(_trim(n).text) is None
            and not _body_word(n[-1])
        )
        if not cities and not _after_place_noun(root):
            continue
        others = [n for n in named if n is not None and n.label_ not in {"GPE", "LOC"}]
        if any(
            len(n) > 1
            or _body_word(n[-1])
            or canon.organization(n.text)
            or canon.known_person(n.text)
            or canon.country(n.text)
            for n in others
        ):
            continue
        for token, found in zip(members, named, strict=True):
            if found is None:
                if token.i not in by_token:
                    added.append(Span(doc, token.i, token.i + 1, label="GPE"))
            elif found.label_ not in {"GPE", "LOC"}:
                result[by_token[token.i]] = Span(doc, found.start, found.end, label="GPE")
    return sorted(result + added, key=lambda e: e.start)


def _after_place_noun(first: Token) -> bool:
    """'cities like Lyon', 'towns including Pellton', 'the villages of Kirra': the list's
    first name after a plural noun for places."""
    head = first.head
    if first.dep_ != "pobj" or head.lower_ not in _LIST_LEADS:
        return False
    noun = head.head
    return noun.tag_ == "NNS" and noun.lemma_.lower() in _words("countries", "place_nouns")


def _continues_name(first: Span, second: Span) -> bool:
    """'Tariq' + 'Nabil Hamdan': a bare capitalised name right before a person's name,
    with nothing between, is the first part of that name."""
    if second.label_ != "PERSON" or first.end != second.start or first.label_ not in _NAME_LABELS:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title for t in first):
        return False
    text = first.text
    if canon.country_of_word(text) or canon.organization(text) or canon.known_person(text):
        return False
    return first[-1].lower_ not in _words("organizations", "org_heads") and not any(
        t.text in _titles() for t in first
    )


def _split_coordinated(ent: Span) -> list[Span]:
    """'Department of State and Department of Justice' tagged as one organization: two,
    when each side names a body of its own (two words or more, one of them a body's head,
    or a known name)."""
    doc = ent.doc
    surnames = _listed_surnames(ent)
    if surnames is not None:
        return surnames
    if ent.label_ != "ORG" or canon.organization(_trim(ent).text):
        return [ent]
    owner = _body_of_a_person(ent)
    if owner is not None:
        return owner
    places = _listed_places(ent)
    if places is not None:
        return places
    for token in ent:
        joined_by_hyphen = token.text == "-" and not token.whitespace_
        if token.lower_ not in {"and", "&"} and not joined_by_hyphen:
            continue
        left, right = _trim(doc[ent.start : token.i]), _trim(doc[token.i + 1 : ent.end])
        if all(_names_a_body(side) or _known_short_name(side) for side in (left, right)):
            return [
                Span(doc, left.start, left.end, label="ORG"),
                Span(doc, right.start, right.end, label="ORG"),
            ]
    return [ent]


def _listed_surnames(ent: Span) -> list[Span] | None:
    """'Pike and Calloway said', 'Roe, Doe and Grant' tagged as one name: single words
    joined by commas and 'and', each elsewhere in the document the last word of a name
    after a capitalised first name, are those people, one each."""
    if ent.label_ not in {"ORG", "PERSON"} or len(ent) < 3:
        return None
    joins = [t.lower_ in {"and", ","} for t in ent]
    if joins[0] or joins[-1] or any(not joins[k] and not joins[k + 1] for k in range(len(ent) - 1)):
        return None  # two words side by side: 'Fish and Wildlife Service' is one name
    words = [t for t, join in zip(ent, joins, strict=True) if not join]
    doc = ent.doc
    texts = {t.text for t in words}
    surnames = {
        u.text
        for u in doc
        if u.text in texts
        and not ent.start <= u.i < ent.end
        and u.i > 0
        and doc[u.i - 1].is_title
        and doc[u.i - 1].is_alpha
        and doc[u.i - 1].pos_ == "PROPN"
    }  # 'Ellis Pike', 'Interior Secretary Ruth Calloway' elsewhere
    if not all(t.is_title and t.text in surnames for t in words):
        return None
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in words]


def _listed_places(ent: Span) -> list[Span] | None:
    """'ports like Eyl and Hobyo in Somalia', 'the towns of Kirra and Dambe' tagged as one
    body: names joined by 'and', none a body's name, after a plural noun for places ('ports
    like', 'towns of', 'villages such as'), are places."""
    doc = ent.doc
    joins = [t for t in ent if t.lower_ == "and"]
    if len(joins) != 1 or joins[0].i in {ent.start, ent.end - 1}:
        return None
    left, right = _trim(doc[ent.start : joins[0].i]), _trim(doc[joins[0].i + 1 : ent.end])
    if len(left) == 0 or len(right) == 0:
        return None
    if any(_names_a_body(side) or _body_word(side[-1]) for side in (left, right)):
        return None
    if not all(t.is_title for t in (*left, *right)):
        return None
    i = left.start - 1
    while i >= 0 and (doc[i].lower_ in {"like", "of", "as", "such", "including"}):
        i -= 1
    after_places = (
        i >= 0
        and i < left.start - 1
        and doc[i].tag_ == "NNS"
        and doc[i].lemma_.lower() in _words("countries", "place_nouns")
    )
    if not after_places:
        return None  # not 'Procter and Gamble in Canada'

    return [
        Span(doc, left.start, left.end, label="GPE"),
        Span(doc, right.start, right.end, label="GPE"),
    ]


def _body_of_a_person(ent: Span) -> list[Span] | None:
    """'the U.S. Department of Justice of Rafael Ibarra Soto' tagged as one body ('custody
    to the Department of Justice of NAME'): a known body's name, then 'of' and two to four
    capitalised words that name no body and no place, is the body and a person."""
    doc = ent.doc
    for token in reversed(ent):
        if token.lower_ != "of" or token.i == ent.start:
            continue
        left, right = _trim(doc[ent.start : token.i]), doc[token.i + 1 : ent.end]
        words = [t for t in right if t.text != "-"]
        if (
            canon.organization(left.text) is None
            or not 2 <= len(words) <= 4
            or not all(t.is_title and t.is_alpha for t in words)
            or any(_body_word(t) or t.lower_ in _words("organizations", "org_heads") for t in right)
            or any(canon.country_of_word(t.text) or canon.region(t.text) for t in words)
            or canon.country(right.text)
            or canon.organization(right.text)
        ):
            return None
        return [
            Span(doc, left.start, left.end, label="ORG"),
            Span(doc, right.start, right.end, label="PERSON"),
        ]
    return None


def _known_short_name(span: Span) -> bool:
    """'the Corvane Fund and IMF', 'NATO & EU': one word in capitals that is the short name
    of a known body is a side of its own ('Procter & Gamble' stays one name)."""
    return (
        len(span) == 1
        and _KNOWN_ACRONYM.match(span.text) is not None
        and canon.organization(span.text) is not None
    )


def _names_a_body(span: Span) -> bool:
    return len(span) >= 2 and (
        canon.organization(span.text) is not None
        or any(t.is_title and t.lower_ in _words("organizations", "org_heads") for t in span)
    )


def _add_country_pairs(doc: Doc, registry: ParticipantRegistry) -> None:
    """'U.S.-Mexico security cooperation', 'the U.S.-PRC working group': each side of a
    hyphenated pair of countries is a country of the article."""
    for token in doc_tokens(doc):
        if not _is_country_pair(token):
            continue
        parts = token.text.split("-")
        offset = token.idx
        for part in parts:
            registry.add(canon.country(part) or part, "country", (offset, offset + len(part)), part)
            offset += len(part) + 1


# -- named entities -------------------------------------------------------------------------


def _add_entity(
    ent: Span,
    registry: ParticipantRegistry,
    publisher: str | None,
    cues: dict[str, str] | None = None,
) -> None:
    span = _trim(_extend_name(ent))
    if len(span) == 0 or registry.covered(_char_span(span)) or _in_a_spelled_thing(span):
        return
    if _owner_and_common_noun(span):
        return  # "Whitcombe's gamble": a thing of the owner, who is named elsewhere
    family = _family_named(span)
    if family is not None:  # 'the Morrow family': the kin as one group, not one of them
        name = _name_text(family[:-1]) + " family"
        registry.add(name, "group", _char_span(family), family.text)
        return
    text = span.text
    if publisher and canon.fold(text) and canon.fold(text) in canon.fold(publisher):
        return
    government_of = _GOVERNMENT_OF.match(text)
    if government_of and canon.country(government_of.group(1)):
        # 'the Government of Canada', 'the Governments of Mexico': the country
        registry.add(
            canon.country(government_of.group(1)) or text, "country", _char_span(span), text
        )
        return
    if _not_an_actor(text) or _part_of_a_title(span) or _names_a_kind_of_thing(span, ent):
        return
    if _in_a_cited_title(span) or _in_a_document_title(span) or _before_a_document_head(span):
        return
    if _in_an_honour(span):
        return
    if ent.label_ != "PERSON" and _continues_a_longer_name(span):
        return
    platform = canon.fold(text) in _words("organizations", "platforms")
    if platform and span.root.dep_ == "pobj" and span.root.head.lower_ in {"on", "via"}:
        return  # 'wrote on Twitter': the channel, not an actor (as a paper that relays)
    if len(span) == 1 and (_common_word(span[0]) or _capitalised_adjective(span[0])):
        return
    if not any(ch.isupper() for ch in text) and canon.organization(text) is None:
        return  # '3100 megahertz' tagged as a body: a name has a capital letter
    if len(span) > 2 and span[1].lower_ == "of" and span[0].lower_ in _PLURAL_PEOPLE_HEADS:
        # 'the Heads of State and Government': people, not a body
        registry.add(_display_description(span), "group", _char_span(span), text)
        return
    org = canon.organization(text) or _listed_department(span)
    if org is None and _only_in_a_title_case_headline(span):
        return
    if org is None and (text in _titles() or text in _plural_titles()):
        return  # "Mark Papermaster, AMD's CTO", 'the Secretaries shall': a bare title
    if org is None and ent.label_ == "ORG":
        office = _office_phrase(span)
        if office is not None:
            if len(office):  # 'Chair of the Federation of State Medical Boards'
                _add_organization(office, registry)
            return
    if org is not None:
        if not org.is_medium:
            registry.add(
                org.name, "organization", _char_span(span), text, affiliation=org.affiliation
            )
        return
    if (
        len(span) == 1
        and text.endswith("s")
        and canon.demonym_country(text[:-1])
        and not canon.country(text)
    ):
        return  # 'convince Greeks that ...': a people, no particular actor
    if _names_a_landform(span) and not _acts(span.root) and span.root.dep_ != "compound":
        if ent.label_ in {"PERSON", "ORG"} or _is_scene(span):  # 'the Halvik Fault'
            registry.add(_display(text), "location", _char_span(span), text)
        return
    if len(span) > 1 and _names_a_facility(span) and not _acts(span.root):
        if _is_scene(span):  # 'taken to Fairmont Hospital', 'at the Mutiara Hotel'
            registry.add(_display(text), "location", _char_span(span), text)
        return
    town = _town_in_a_region(span) if ent.label_ != "PERSON" else None
    if town is not None:
        _add_place(town, registry)  # 'of Millbrook, New York' tagged as a body: a place
        return
    label = ent.label_
    if len(span) > 1 and span[-1].is_title and _body_word(span[-1]):
        label = "ORG"  # 'Singapore Airlines, the launch customer', 'at West Coast Bank'
    elif _is_thing(span[-1]) and span[-1].lower_ not in _words("organizations", "org_heads"):
        label = "ORG"  # 'the Abraham Accords' tagged as a person: a thing, see _strip_thing_words
    elif label in _NAME_LABELS and not canon.country_of_word(text):
        label = (cues or {}).get(text) or _kind_cue(span) or label
    if (
        label in {"PERSON", "GPE", "LOC"}
        and len(span) > 1
        and span[-1].text in _words("organizations", "newspaper_heads")
    ):
        label = "ORG"  # 'told the N.Y. Daily News': a newspaper, no person or place
    if platform:
        label = "ORG"  # 'Twitter' tagged as a person: an online service's company
    if label == "PERSON" and _based_somewhere(span):
        label = "ORG"  # 'Oslo-based Telvora, a leader in ...': a company, never a person
    if label in {"ORG", "GPE", "LOC"} and canon.known_person(text):
        label = "PERSON"  # 'Obama' tagged as a body: a person the lexicon knows
    if label == "ORG" and _owned_personal_name(span):
        label = "PERSON"  # "Telvora's Mina Ostrander said": a body's person, not a body
    if label == "ORG" and org is None and _listed_with_people(span):
        label = "PERSON"  # 'Dana Whitcombe, Mina Ostrander and Halvik Pell were treated there'
    if label in {"ORG", "GPE", "PERSON"} and org is None and (held := _office_holder_tail(span)):
        _add_person(held, registry)  # 'CFO Lena Brook', 'Ambassador to Norway Ed Vale'
        return
    if label in {"PERSON", "ORG"} and canon.country_of_word(text):
        _add_place(span, registry)  # 'Khartoum' tagged as a person is still the capital
    elif label == "PERSON" and canon.region(text) and not _acts(span.root):
        _add_place(span, registry)  # 'Rep. Dana Whitcombe (D) of New Jersey': a state
    elif label == "PERSON":
        _add_person(span, registry)
    elif label == "ORG":
        _add_organization(span, registry)
    elif label == "GPE":
        _add_place(span, registry)
    elif label in {"LOC", "FAC"} and _is_scene(span):
        registry.add(_display(text), "location", _char_span(span), text)


_FAMILY_WORDS = {"family", "families"}


_HONOUR_LINKS = {"of", "in", "for", "and", "’s", "'s", "-"}


def _in_an_honour(span: Span) -> bool:
    """'a Bachelor of Science in Nursing', 'the Corvane Medal for Valor and Service in
    Telvora Affairs', 'two Presidential Telvora Awards', 'the Director of Halvik Superior
    Service Award': the capitalised run around the name (through 'of', 'in', 'for', 'and')
    is headed by one of the organizations lexicon's 'honour_words' (the run's last word, or
    one followed by 'of', 'in', 'for' or a possessive), so the name is an award's or a
    degree's, or a piece of one, not an actor ('the Nobel Prize Committee' is a body)."""
    doc = span.doc
    tokens = doc_tokens(doc)

    def in_run(i: int) -> bool:
        token = tokens[i]
        return token.is_title and token.pos_ != "VERB" and "\n" not in token.whitespace_

    start = span.start
    while start > 0:
        if in_run(start - 1) and "\n" not in tokens[start - 1].whitespace_:
            start -= 1
        elif start > 1 and tokens[start - 1].lower_ in _HONOUR_LINKS and in_run(start - 2):
            start -= 2
        else:
            break
    end = span.end
    while end < len(tokens) and "\n" not in tokens[end - 1].whitespace_:
        if in_run(end):
            end += 1
        elif end + 1 < len(tokens) and tokens[end].lower_ in _HONOUR_LINKS and in_run(end + 1):
            end += 2
        else:
            break
    words = _words("organizations", "honour_words")
    for i in range(start, end):
        if tokens[i].lower_ not in words:
            continue
        if i + 1 == end or tokens[i + 1].lower_ in {"of", "in", "for", "’s", "'s"}:
            return True
    return False


def _family_named(span: Span) -> Span | None:
    """'the Morrow family said', 'a statement from the Okafor Family': a surname with 'family'
    after it names the kin as one group where it acts or speaks. Not a body named after a
    family ('the Kaiser Family Foundation'), a people ('the American family'), 'the Royal
    family', nor kin who only own or contain ('in the Morrow family', "the family's aide")."""
    doc = span.doc
    if span[-1].lower_ in _FAMILY_WORDS and len(span) > 1:
        name, end = span[:-1], span.end
    elif span.end < len(doc) and doc[span.end].lower_ in _FAMILY_WORDS:
        name, end = span, span.end + 1
    else:
        return None
    if len(name) > 3 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    if any(canon.country_of_word(t.text) or canon.demonym_country(t.text) for t in name):
        return None
    if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        return None  # 'the Kaiser Family Foundation'
    if name.start == 0 or doc[name.start - 1].lower_ != "the":
        return None  # "Ida Morrow's family", 'Morrow family members' name no group
    if any(_common_word(t) or _capitalised_adjective(t) for t in name):
        return None  # 'the Royal family', 'the Holy Family'
    kin = doc[end - 1]
    while kin.dep_ == "conj":
        kin = kin.head
    acts = kin.dep_ in {"nsubj", "nsubjpass"} or (
        kin.dep_ == "pobj" and kin.head.lower_ in {"by", "from", "with"}
    )
    if not acts or (end < len(doc) and doc[end].tag_ == "POS"):
        return None  # 'in the Morrow family', "the Morrow family's aides": no actor
    return doc[name.start : end]


def _based_somewhere(span: Span) -> bool:
    """'Oslo-based Telvora', 'a Texas-based Acme': a name right after '<place>-based'."""
    doc = span.doc
    i = span.start - 1
    if i < 1:
        return False
    if doc[i].lower_.endswith("-based"):
        return True
    return doc[i].lower_ == "based" and doc[i - 1].text in {"-", "–"}


def _owner_and_common_noun(span: Span) -> bool:
    """A name, a possessive and only lower-case words after it ("Whitcombe's gamble")."""
    marks = [t.i for t in span if t.tag_ == "POS"]
    return (
        bool(marks)
        and marks[0] > span.start
        and marks[0] + 1 < span.end
        and all(t.is_lower for t in span.doc[marks[0] + 1 : span.end])
    )


def _listed_department(span: Span) -> canon.Organization | None:
    """'the Departments of Health and Human Services and Defense': a later item of the
    list after 'Departments of' is the Department of Defense."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root is span.root:
        return None
    listed = root.lower_ == "departments"  # 'Departments of A (AA) and B': B joined to the head
    if not listed and not (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "departments"
    ):
        return None
    return canon.organization("Department of " + span.text)


def _possessor(span: Span) -> Span | None:
    """The name that owns a name: 'SEACOM' in "SEACOM's Suveer Ramdhani"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    end = span.start - 1
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_punct:
        start -= 1
    return doc[start:end] if start < end else None


def _personal_name(span: Span) -> bool:
    """Two or three capitalised words, none a word of a body's, a thing's or a place's name."""
    words = (
        _words("organizations", "company_words")
        | _words("organizations", "org_heads")
        | _words("organizations", "org_nouns")
        | _words("organizations", "work_nouns")
        | _words("organizations", "facility_heads")
    )
    return (
        2 <= len(span) <= 3
        and all(t.is_alpha and t.is_title and t.lower_ not in words for t in span)
        and not any(_is_thing(t) or canon.country_of_word(t.text) for t in span)
        and canon.organization(span.text) is None
    )


def _listed_with_people(span: Span) -> bool:
    """A personal name the model took for a body in a list of names it tagged as people
    ('Dana Whitcombe, Mina Ostrander and Halvik Pell'): one more person."""
    if not _personal_name(span):
        return False
    root = span.root
    others = [t for t in root.conjuncts if not span.start <= t.i < span.end]
    kinds = {t.ent_type_ for t in others if t.ent_type_}
    return bool(others) and kinds == {"PERSON"}


def _office_holder_tail(span: Span) -> Span | None:
    """'CFO Lena Brook', 'Committee Chair Rafe Tolliver', 'Ambassador to Norway Ed Vale',
    'Chief Officer for Asia at the Trade Ministry Ana Ruiz' tagged as one body or place: the
    personal name at the end, after a title word or after a body or place that a title
    shortly before qualifies, is the office's holder; the name is the person."""
    doc = span.doc
    for size in (3, 2):
        cut = span.end - size
        if cut <= span.start:
            continue
        tail = doc[cut : span.end]
        if not _personal_name(tail) or any(_is_title_word(t) or t.tag_ != "NNP" for t in tail):
            continue  # 'General Caregiver Support Services': no person's name after a title
        before = doc[cut - 1]
        if _is_title_word(before) and (before.is_title or before.text.isupper()):
            return tail  # 'Chair', 'CFO'
        qualifies = canon.country_of_word(before.text) or before.lower_ in _words(
            "organizations", "org_heads"
        )
        if qualifies and tail[-1].tag_ != "NNPS" and _after_a_title(doc, cut - 1):
            return tail
    return None


def _after_a_title(doc: Doc, i: int) -> bool:
    """Whether the words before doc[i] run back to a title word through words of an office
    only ('Ambassador to Norway', 'Chief Officer for Asia at the Trade Ministry')."""
    for token in reversed(doc[max(0, i - 9) : i]):
        if _is_title_word(token) and token.is_title:
            return True
        if not (token.is_title or token.lower_ in {"to", "for", "of", "at", "the", "in"}):
            return False
    return False


def _owned_personal_name(span: Span) -> bool:
    """ "Telvora's Mina Ostrander said", "according to Corvane's Piet Halvorsen": a personal name
    owned by a body's name that speaks is that body's person, whatever the model tagged."""
    if _possessor(span) is None or not _personal_name(span):
        return False
    root = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "conj" and head.dep_ == "nsubj"):
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


_ADDRESSEE = re.compile(r"^[ \t]*TO THE ([A-Z][A-Za-z .,'’-]+?):[ \t]*$", re.MULTILINE)


def _add_addressees(doc: Doc, registry: ParticipantRegistry) -> None:
    """'TO THE CONGRESS OF THE UNITED STATES:' heading a message: the known body it is
    addressed to, which the model misses in a line in capitals."""
    for match in _ADDRESSEE.finditer(doc_text(doc)):
        org = canon.organization(match.group(1))
        span = (match.start(1), match.end(1))
        if org is not None and not org.is_medium and not registry.covered(span):
            registry.add(
                org.name, "organization", span, match.group(1), affiliation=org.affiliation
            )


_OWNED_NAME = re.compile(r"(?<=\w)['’]s\s+([A-Z][a-z]+(?:[ ][A-Z][a-z'’-]+){1,2})\b")


def _add_owned_people(doc: Doc, registry: ParticipantRegistry) -> None:
    """ "China's Xi Jinping said", "according to SEACOM's Suveer Ramdhani": a personal name
    the model did not tag, owned by a name and speaking or acting, is a person."""
    for match in _OWNED_NAME.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1))
        if span is None or any(t.ent_type_ in {"PERSON", "ORG"} for t in span):
            continue
        if registry.covered(_char_span(span)) or not _owned_personal_name(span):
            continue
        owner = _possessor(span)
        if owner is not None and any(t.ent_type_ for t in owner):
            _add_person(span, registry)


def _owner_affiliation(span: Span) -> str | None:
    """ "SEACOM's Suveer Ramdhani": the body or country that owns a person's name."""
    owner = _possessor(span)
    if owner is None:
        return None
    country = canon.country(owner.text)
    if country:
        return country
    org = canon.organization(owner.text)
    if org is not None:
        return org.name
    if owner.root.ent_type_ == "ORG" or _owns_a_person(owner):
        return owner.text
    return None


def _owns_a_person(span: Span) -> bool:
    """ "Telvora's Brian Ashcombe": one word that owns a person's full name is a body's name
    (a person's name owns relatives and belongings, seldom another named person)."""
    doc = span.doc
    if len(span) != 1 or span.end + 2 >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    if canon.known_person(span.text) is not None:
        return False
    after = doc[span.end + 1 : span.end + 3]
    return all(t.ent_type_ == "PERSON" and t.is_title for t in after) and (after[0].ent_iob_ == "B")


def _officer_at(doc: Doc, i: int) -> int:
    """The end of a company officer's title that starts at token i ('CEO', 'chief executive
    officer'), else i."""
    for words in _company_officers():
        end = i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == words:
            return end
    return i


@cache
def _company_officers() -> tuple[tuple[str, ...], ...]:
    officers = {tuple(w.split()) for w in _words("organizations", "company_officers")}
    return tuple(sorted(officers, key=len, reverse=True))


def _has_company_officers(span: Span) -> bool:
    """'Corvane CEO Dana Whitcombe', "Corvane's chief executive", 'the chief executive of
    Corvane': a name a company officer's title follows or governs is the company's, also where
    the model tagged it as a person. Not a full personal name, nor a known public figure, nor
    a place."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].tag_ == "POS" and not doc[i].whitespace_:
        i += 1
    officer = i < len(doc) and "\n" not in span[-1].whitespace_ and _officer_at(doc, i) > i
    if not officer and span.start >= 2 and doc[span.start - 1].lower_ == "of":
        officer = any(
            _officer_at(doc, start) == span.start - 1
            for start in range(max(0, span.start - 4), span.start - 1)
        )
    if not officer or canon.known_person(span.text) is not None or _personal_name(span):
        return False
    # not 'its North America CEO', 'the CEO of Ostrava': a region the officer runs
    return not (span.root.ent_type_ in {"GPE", "LOC"} or canon.region(span.text))


def _names_a_facility(span: Span) -> bool:
    """'Kings County Hospital', 'Nell Patten Post Office': a building or a place by its name."""
    heads = _words("organizations", "facility_heads")
    words = doc_text(span.doc)[span.start_char : span.end_char].lower().rsplit(None, 2)
    return words[-1] in heads or " ".join(words[-2:]) in heads


def _names_a_landform(span: Span) -> bool:
    """'Corvane Creek', 'the Halvik Fault', 'Mt. Pellton': a landform by its name, not a
    country or a region named like one ('Ivory Coast')."""
    text = doc_text(span.doc)[span.start_char : span.end_char]
    words = text.lower().split()
    if not 2 <= len(words) <= 4 or canon.country(text) is not None or canon.region(text):
        return False
    if any(_body_word(t) or t.tag_ == "POS" for t in span):
        return False  # "Mount Halvik Baptist Church's choir": a body
    return words[0] in _words("countries", "landform_prefixes") or words[-1] in _words(
        "countries", "landform_heads"
    )


_HYPHENS = frozenset({"-", "–", "—"})


def _town_in_a_region(span: Span) -> Span | None:
    """'Millbrook, New York', 'Cedarvale, Oregon': a name followed by a comma and a state,
    a province or a country is a town there (the part before the comma), not a body."""
    doc = span.doc
    whole = doc_text(doc)
    comma = None
    if "," in whole[span.start_char : span.end_char]:
        comma = next((t.i for t in span if t.text == ","), None)
    if comma is not None:
        town, region = doc[span.start : comma], doc[comma + 1 : span.end]
    elif whole[span.end_char : span.end_char + 1] == "," and span.end + 1 < len(doc):
        town, end = span, span.end + 1
        while end < len(doc) and end - span.end <= 3 and doc[end].is_title:
            end += 1
        region = doc[span.end + 1 : end]
    else:
        return None
    if len(town) == 0 or len(region) == 0 or not canon.region(region.text):
        return None
    if region.end < len(doc) and doc[region.end].text in _HYPHENS:
        return None  # 'Just this week, Switzerland-based maker': a modifier, no region
    if not all(t.is_title or not t.is_alpha for t in town):
        return None  # a town's name is capitalised throughout
    if canon.region(town.text) or any(_body_word(t) for t in span):
        return None
    return town


def _common_word(token: Token) -> bool:
    """One word the model took for a name that is none: a title alone ('Msgr.'), a word
    that cannot be a name ('Under', 'Twelve-'), or a common word capitalised only because
    it begins a sentence, a headline or a label ('Suspect had been fired', 'Ideas
    included', 'Kneeling before'): a word the tagger reads as common, one the lexicons know
    as a common noun, or one the article also writes in lower case."""
    text = token.text
    if _shouted(token):
        return _shouted_common_word(token)
    never = _is_title_word(token) or token.pos_ in _NOT_NAME_POS or text.endswith("-")
    starts = text.istitle() and (token.is_sent_start or _begins_a_line(token))
    if not (never or starts):
        return False
    if canon.organization(text) or canon.known_person(text) or canon.country_of_word(text):
        return False
    if never:
        return True
    doc = token.doc
    lower = text.lower()
    if lower in _common_nouns():
        return True
    if any(
        t.text == text and not _begins_a_line(t) and not t.is_sent_start for t in doc_tokens(doc)
    ):
        return False  # 'Dauntless' also inside a sentence: a name
    if token.tag_ not in {"NNP", "NNPS"}:
        return True
    return re.search(rf"(?<![\w.]){re.escape(lower)}(?!\w)", doc_text(doc)) is not None


def _capitalised_adjective(token: Token) -> bool:
    """'including Indigenous women', 'state, local, Tribal, and territorial partners': one
    capitalised word that the tagger reads as an adjective, or that is listed with
    adjectives in lower case, qualifies a noun and names no actor."""
    text = token.text
    if canon.organization(text) or canon.known_person(text) or canon.country_of_word(text):
        return False
    if canon.demonym_country(text):
        return False
    return token.tag_ == "JJ" or any(
        c.pos_ == "ADJ" and c.is_lower and c.is_alpha for c in token.conjuncts
    )


def _shouted(token: Token) -> bool:
    """A word of three letters or more written in capitals next to another word in capitals
    ('FOR FURTHER INFORMATION CONTACT ...') or alone on its line ('END'): there the model
    takes common words for names."""
    text = token.text
    if len(text) < 3 or not text.isalpha() or not text.isupper():
        return False
    doc = token.doc
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc):
            other = doc[i].text
            if len(other) > 1 and other.isalpha() and other.isupper():
                return True
    whole = doc_text(doc)
    start = whole.rfind("\n", 0, token.idx) + 1
    end = whole.find("\n", token.idx)
    return whole[start : end if end >= 0 else len(whole)].strip() == text


def _shouted_common_word(token: Token) -> bool:
    """A word in capitals that the article also writes in lower case ('FURTHER' beside
    'further') or that names people in general; acronyms the lexicons know stay names."""
    text = token.text
    if canon.organization(text) or canon.known_person(text) or canon.country_of_word(text):
        return False
    lower = text.lower()
    if lower in _common_nouns():
        return True
    return re.search(rf"(?<![\w.]){re.escape(lower)}(?!\w)", doc_text(token.doc)) is not None


def _begins_a_line(token: Token) -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


@cache
def _common_nouns() -> frozenset[str]:
    """Common nouns for people and their collectives: never a name on their own."""
    nouns = _words("people", "person_nouns") | _words("people", "perpetrator_nouns")
    return nouns | frozenset(plural_of(n) for n in nouns) | _words("people", "group_heads")


def _body_word(token: Token) -> bool:
    """A word that ends the names of bodies and companies ('Bank', 'Airlines', 'Police')."""
    lower = token.lower_
    return lower in _words("organizations", "org_heads") or lower in _words(
        "organizations", "company_words"
    )


#: A capital letter next to a digit in one word: a model designation ('MBP15', 'DDR3',
#: '9400M', 'A330'), not a name of a body ('76ers' has lower-case letters; 'MS-13' a hyphen).
_MODEL_NUMBER = re.compile(r"[A-Z]\d|\d[A-Z]")
#: Adjectives that make a name a model of a thing ('the new MBP', 'the latest iPod').
_NOVELTY = {
    "new", "newer", "newest", "latest", "old", "older", "previous", "current",
    "updated", "refreshed", "redesigned", "upgraded", "revamped",
}  # fmt: skip


def _thing_names(spans: list[Span]) -> set[str]:
    """Names of products and other things the model took for bodies, people or places:
    a name with a model number ('MBP15'), a brand written in camel case from a lower-case
    letter ('iPhone'), one counted or made new like a thing ('a MacBook', 'the new
    MacBooks', 'the 17-inch MacBook Pro', 'the 2007 Oscars', 'its iPod'). Every mention
    of such a name is dropped, unless one of them shows an actor: the subject of a verb of
    saying, or a name that qualifies a person ('Apple CEO', 'a spokesman for Apple').
    Known bodies, people and countries are never things."""
    things: set[str] = set()
    actors: set[str] = set()
    unnumbered: set[str] = set()
    numbered: set[str] = set()
    used: set[str] = set()
    acting: set[str] = set()
    for ent in spans:
        span = _trim(ent)
        if len(span) == 0 or ent.label_ not in _NAME_LABELS:
            continue
        key = canon.fold(span.text)
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is not None and _numbers_a_thing(after) and span[-1].whitespace_:
            numbered.add(key)  # 'FTSE 100', 'Route 52', 'Series 7': a numbered thing
        else:
            unnumbered.add(key)
        award = _names_an_award(span) or _names_a_creators_work(span, ent)
        if (_used_as_a_product(span) or _qualifies_a_work(span) or award) and _unknown(span.text):
            used.add(key)  # not 'Department of Energy programs': a known body is no thing
        elif span.root.dep_ in {"nsubj", "nsubjpass", "poss"} and not _predicated_of_a_thing(span):
            acting.add(key)
        if _names_an_actor(span) and not award:
            actors.add(key)
        elif (
            _names_a_product(span)
            or _moves_by_points(span)
            or _names_an_index(span)
            or _names_a_role(span, ent)
        ):
            things.add(key)
    things |= numbered - unnumbered
    things |= used - acting
    # 'Corvane Slate tablets' then 'the Slate sold well': the brand without its maker's name
    things |= {key.split(" ", 1)[1] for key in used - acting if " " in key}
    found = {
        key
        for key in things - actors
        if canon.organization(key) is None
        and canon.known_person(key) is None
        and canon.country(key) is None
    }
    return found | _coordinated_things(spans, found, actors | acting)


def _coordinated_things(spans: list[Span], things: set[str], actors: set[str]) -> set[str]:
    """'on the Telvora or the Quill', 'the RAM and storage', 'Telvora and Quill users': a
    name joined by 'and' or 'or' to a thing's name or to a lower-case noun of a thing or a
    part of a device is a thing too, though nothing else shows it; not a name that acts or
    is known as a body, person or country, nor one joined to a body's name as well."""
    nouns = _words("organizations", "work_nouns") | _words("organizations", "component_nouns")
    by_token = {t.i: _trim(ent) for ent in spans for t in ent if ent.label_ in _NAME_LABELS}
    added: set[str] = set()
    for ent in spans:
        span = _trim(ent)
        if len(span) == 0 or ent.label_ not in _NAME_LABELS:
            continue
        key = canon.fold(span.text)
        if key in things or key in actors or not _unknown(span.text):
            continue
        root = span.root
        first = min([root, *root.conjuncts], key=lambda t: t.i)
        if not root.conjuncts or first.dep_ in {"nsubj", "poss"}:
            continue
        keys = {canon.fold(by_token[t.i].text) for t in root.conjuncts if t.i in by_token}
        if keys - things:
            continue  # 'Corvane and the Telvora': one side a body's name
        lower = [t for t in root.conjuncts if t.is_lower and t.pos_ == "NOUN"]
        if keys or any(t.lemma_.lower() in nouns for t in lower):
            added.add(key)
    return added


def _numbers_a_thing(token: Token) -> bool:
    """A number after a name that makes it a numbered thing ('FTSE 100', 'Series 7'): a
    cardinal, not an ordinal word the model calls number-like ('Dana Whitcombe first
    unveiled it', 'Halvik second')."""
    return token.like_num and (token.tag_ == "CD" or any(ch.isdigit() for ch in token.text))


def _unknown(text: str) -> bool:
    """No body, person or country the lexicons know."""
    return (
        canon.organization(text) is None
        and canon.known_person(text) is None
        and canon.country(text) is None
    )


def _drop_things(registry: ParticipantRegistry, things: set[str]) -> None:
    """A name found to be a thing's in one mention ('the film Starfall', 'a Kestrel
    helicopter') is no body nor person in any other, whichever path added it."""
    for participant in registry.of_kind("organization") + registry.of_kind("person"):
        name = canon.fold(participant.name)
        owned = participant.kind == "organization" and " " in name
        if name in things or (owned and name.split(" ", 1)[1] in things):
            registry.drop(participant)  # "Corvane's Slate tablets": 'Corvane Slate' too


def _drop_owners_of_things(doc: Doc, registry: ParticipantRegistry, owned: set[int]) -> None:
    """ "Halvik's Telvora 40 fell", "Pellton's Vextor index rose": a country or a place named
    only as the owner of a market index or another thing (`owned`: the tokens of things'
    names) is no participant there; one also named elsewhere stays ("Ostrava's prime
    minister")."""
    for participant in registry.of_kind("country") + registry.of_kind("location"):
        mentions = [doc.char_span(s, e, alignment_mode="expand") for s, e in participant.mentions]
        if mentions and all(m is not None and _owns_a_thing(m.root, owned) for m in mentions):
            registry.drop(participant)


def _owns_a_thing(root: Token, owned: set[int]) -> bool:
    """ "Halvik's Telvora 40", "Pellton' Vextor 30", 'the Corvane index of Ostrava', "Japan's
    Nikkei": the owner of a thing's name, a numbered name or an index (a word the events
    lexicon lists as a market index's name, 'market_indices')."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in _INDEX_NOUNS
    if root.dep_ != "poss":
        return False
    numbered = head.pos_ == "PROPN" and any(
        c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) for c in head.children
    )
    index = not head.is_lower and head.lower_ in _words("events", "market_indices")
    return numbered or index or head.i in owned or head.lower_ in _INDEX_NOUNS


def _names_an_award(span: Span) -> bool:
    """'Halvik winner Dana Whitcombe', 'the Halvik-nominated film': a name before one of the
    organizations lexicon's 'award_words' is an award's, not a body's."""
    after = _word_after(span)
    return after is not None and after.lower_ in _words("organizations", "award_words")


def _names_a_creators_work(span: Span, ent: Span) -> bool:
    """'Starfall screenwriter Dana Whitcombe', 'the Long Night author': a name the model took
    for a person's before the maker of a work is that work's title ('Corvane director' may
    name a company, so only names tagged as people or works count)."""
    after = _word_after(span)
    return (
        ent.label_ in {"PERSON", "WORK_OF_ART"}
        and after is not None
        and after.is_lower
        and after.lower_ in _words("people", "creator_nouns")
    )


def _word_after(span: Span) -> Token | None:
    """The word right after a name, past a hyphen ('Halvik-nominated')."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in _HYPHENS and not doc[i - 1].whitespace_:
        i += 1
    return doc[i] if i < len(doc) else None


def _qualifies_a_work(span: Span) -> bool:
    """'an armed Kestrel helicopter', 'the Starfall sequel': a name before a common noun of
    a work or a product is that thing's brand or title (see _thing_names)."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ in {"compound", "nmod"} and root.head.i < root.i:
        root = root.head  # 'its Kestrel and Harrier helicopters': both name the things
    head = root.head
    return (
        root.dep_ in {"compound", "nmod"}
        and head.i >= span.end
        and head.is_lower
        and head.lemma_.lower() in _words("organizations", "work_nouns")
    )


def _used_as_a_product(span: Span) -> bool:
    """'using OB to browse', 'a serious flaw in Orbit Browser', 'Windows users': a name
    used, patched or run as software or a device. A name of which every mention that acts
    or owns is no such use is a product (see _thing_names)."""
    root = span.root
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_.lower() in _words("organizations", "product_verbs")
    if root.dep_ == "pobj" and head.lower_ in {"in", "for", "on", "of"}:
        defects = _words("organizations", "product_defect_nouns")
        owner = head.head
        if owner.pos_ == "VERB":  # 'plug a hole in X': the object the phrase is about
            owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
        return owner.lemma_.lower() in defects
    if root.dep_ in {"compound", "nmod"} and head.i == span.end:
        return head.lower_ in _words("organizations", "product_user_nouns")
    return False


def _names_a_product(span: Span) -> bool:
    if any(_MODEL_NUMBER.search(t.text) for t in span):
        return True
    if _measured(span):
        return True
    first = span[0].text
    if first[:1].islower() and any(ch.isupper() for ch in first[1:]):
        return True  # 'iPhone', 'dB'
    root = span.root
    if root.dep_ == "compound":
        return False  # "Telvora's Patrick Ostrander"
    if span[-1].lower_ in _words("organizations", "org_heads") or any(t.is_lower for t in span):
        return False  # 'A Bureau of Prisons team': a body's name has heads and 'of'
    if root.ent_type_ == "PERSON":
        # 'the new Corvane Slate', 'The updated Quill': made new like a thing, though the
        # model took it for a person; not '16-year-old Darius Pryor'
        previous = span.doc[span.start - 1] if span.start > 0 else None
        return (
            previous is not None
            and previous.lower_ in _NOVELTY - {"old", "older"}
            and previous.is_lower
            and not (previous.i > 0 and previous.nbor(-1).text == "-")
        )
    before = [t for t in root.lefts if t.i < span.start]
    return any(
        t.lower_ in {"a", "an", "its", "their"}
        or t.lower_ in _NOVELTY
        or (t.dep_ in {"nummod", "amod", "compound"} and any(ch.isdigit() for ch in t.text))
        for t in before
    )


#: Units a device is measured in ('the 13-inch Telvora Pro', 'the 64GB Halvex'); not a
#: person's height or weight ('the 6-foot-5 Whitcombe').
_PRODUCT_UNITS = {
    "inch", "inches", "in", "cm", "mm", "gb", "tb", "mb", "ghz", "mhz", "megapixel", '"', "″",
}  # fmt: skip


def _measured(span: Span) -> bool:
    """'the 11-inch Telvora Air', "Corvane's 13-inch (33-cm) Telvora Pro", 'the 17" Telvora
    Pro': a name measured in a unit of devices right before it names a product."""
    doc = span.doc
    for left in span.root.lefts:
        if left.i >= span.start or left.dep_ not in {"compound", "nmod", "amod", "nummod"}:
            continue
        before = doc[left.left_edge.i : span.start]
        if len(before) > 8 or not any(ch.isdigit() for t in before for ch in t.text):
            continue  # not 'claims writer Dana Whitcombe' after a quotation with numbers
        if any(
            t.lower_ in _PRODUCT_UNITS and (t.is_alpha or t.i > 0 and doc[t.i - 1].like_num)
            for t in before
        ):
            return True
    return False


#: Verbs and nouns under which a person's name is a part acted ('played Caecilius',
#: 'his role as Malcolm Tucker', 'stars as Clara').
_ROLE_VERBS = {"play", "portray"}
_ROLE_HEADS = {"role", "part", "star", "cast", "appear", "return", "play", "portray"}


def _names_a_role(span: Span, ent: Span) -> bool:
    """'he played Roman merchant Caecilius', 'Coleman, who plays companion Clara', 'his role
    as spin-doctor Malcolm Tucker': a character, not an actor of the story. The object of
    'play' counts only with a common-noun descriptor before it ('merchant', 'companion'),
    so that 'Nadal played Federer' keeps its player."""
    if ent.label_ != "PERSON":
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in _ROLE_HEADS
    if root.dep_ in {"dobj", "npadvmod", "attr"} and head.lemma_.lower() in _ROLE_VERBS | {"star"}:
        if head.lemma_.lower() == "portray":
            return True
        return any(t.pos_ == "NOUN" and t.is_lower for t in root.lefts)
    return False


def _moves_by_points(span: Span) -> bool:
    """'the Dow Jones rose nearly 150 points', 'the Hang Seng closed at 17,402.15
    points', 'the Dow Jones (DJIA), which fell 412 points': a name whose verb (or that of a
    relative clause on it) moves it by points is a market index, not a body."""
    if any(_body_word(t) for t in span):
        return False  # 'Bank of Ostrava, which dropped 14%': a company, whose shares move
    root = _index_root(span)
    verbs = [c for c in root.rights if c.dep_ == "relcl"]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    if any(_priced_by_the_share(verb) for verb in verbs):
        return False  # 'Corvane fell 13.8% to $2.51 a share': a company's stock
    return any(
        t.lemma_ == "point" and t.tag_ == "NNS" and not span.start <= t.i < span.end
        for verb in verbs
        if verb.lemma_.lower() in _MARKET_MOVES  # not 'Dale Fenwick scored 19 points'
        for t in verb.subtree
    ) or any(_moves_by_percent(verb) for verb in verbs)


def _priced_by_the_share(verb: Token) -> bool:
    """'fell 13.8% to $2.51 a share', 'closed at $40 per share': a price of one share
    moves, so the subject is a company, not an index."""
    return any(
        t.lemma_.lower() == "share"
        and t.tag_ == "NN"
        and any(c.lower_ in {"a", "per"} for c in (*t.lefts, t.head))
        for t in verb.subtree
    )


def _index_root(span: Span) -> Token:
    """The word that stands for a market index's name in the clause: the name's own root,
    or the number its owner's name is put before ("the Kelso & Finch's 500 (K&F) fell"),
    or the name that the model hung a first conjunct on ('the Vextor and Halvik Straits
    Times went up', where 'Vextor' qualifies 'Times')."""
    root = span.root
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return root
    if root.dep_ == "poss" and after.tag_ == "POS" and span.end + 1 < len(doc):
        number = doc[span.end + 1]
        following = doc[number.i + 1] if number.i + 1 < len(doc) else None
        common = following is not None and following.is_lower and following.pos_ in {"NOUN", "ADJ"}
        if number.like_num and not common:  # not "Corvane's 2,000 workers"
            return root.head
    if (
        root.dep_ in {"compound", "nmod"}
        and root.head.i >= span.end
        and root.head.pos_ == "PROPN"
        and after.lower_ in {"and", "&"}
    ):
        return root.head
    return root


def _moves_by_percent(verb: Token) -> bool:
    """'the Vextor rose by 4%', 'the Kelso 50 went up in value by 2.5 percent': a
    name that itself moves by a percentage is an index (a body's sales or shares move, it
    does not). Not 'be': 'Corvane was up 3% in sales' is ambiguous."""
    lemma = verb.lemma_.lower()
    moves = lemma in _MARKET_MOVES - {"be", "end", "open", "close", "trade", "add", "finish"}
    if lemma == "go":
        moves = any(c.dep_ == "prt" and c.lower_ in {"up", "down"} for c in verb.children)
    if not moves:
        return False
    for child in verb.children:
        for t in child.subtree:
            if t.text == "%" or t.lower_ in {"percent", "per cent"}:
                return True
    return False


_INDEX_NOUNS = {"index", "indices", "indexes"}


def _names_an_index(span: Span) -> bool:
    """'the FTSE index', 'the S&P 500 and Nasdaq market indices', 'the British stock index
    FTSE 100': a name that qualifies or is put beside the noun 'index' is a market index
    (or another index), not a body. The first conjunct stands for the others."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root
    while head.dep_ in {"compound", "amod", "nmod"} and head.head is not head:
        head = head.head
    if head is not root and head.lower_ in _INDEX_NOUNS:
        return True
    if root.dep_ == "appos" and root.head.lower_ in _INDEX_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in _INDEX_NOUNS for c in root.children)


#: Verbs by which a market index moves ('surged', 'bottomed out', 'fell'); a person scores
#: or wins points, an index does not.
_MARKET_MOVES = {
    "rise", "fall", "surge", "drop", "gain", "lose", "close", "bottom", "climb", "slide",
    "slip", "tumble", "jump", "plunge", "plummet", "soar", "sink", "decline", "shed", "end",
    "finish", "rally", "dip", "edge", "open", "rebound", "retreat", "advance", "add", "trade",
    "sag", "slump", "spike", "crash", "recover", "be",
}  # fmt: skip


def _names_an_actor(span: Span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in _words("speech", "reporting_verbs"):
        return not _has_a_thing_for_object(head)
    if root.dep_ in {"compound", "poss"} and (
        head.lower_ in _lower_titles()
        or (
            head.lemma_.lower() in _words("people", "person_nouns")
            and not _qualifies_a_noun_before(root, head)
        )
    ):
        return True  # 'Corvane CEO Dana Whitcombe', "Corvane's spokesman"
    return (
        root.dep_ == "pobj"
        and head.lower_ in {"of", "for", "at", "from"}
        and head.head.lemma_.lower() in _words("people", "person_nouns")
    )


def _has_a_thing_for_object(verb: Token) -> bool:
    """'the Telvora Pro boasts several upgrades', 'Quillpad has added new editing tools': a
    verb of saying with a common noun for its object that is no word said ('statement') nor
    an actor ('told reporters') is no act of speech, so its subject need be no speaker. A
    counted object ('Dale Fenwick added 16 points', 'Corvane added 300 jobs') leaves the
    subject an actor."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and not any(n.dep_ == "nummod" or n.like_num for n in c.children)
        and c.lemma_.lower() not in _words("speech", "uttered_nouns")
        and c.lemma_.lower() not in _words("speech", "text_nouns")
        and c.lemma_.lower() not in _actor_nouns()
        and c.lower_ not in _actor_nouns()
        for c in verb.children
    )


def _predicated_of_a_thing(span: Span) -> bool:
    """'the Telvora Air uses flash memory', 'Quillpad now includes lessons', 'the Telvora
    Pro was launched in May': the subject of a verb of having or using (active) or of
    launching or pricing (passive), which say things of a product, shows no actor, so it
    does not outweigh a mention that names a product ('Telvora Air laptops')."""
    root = span.root
    verb = root.head
    if root.dep_ == "nsubj":
        return verb.lemma_.lower() in _words("organizations", "thing_predicates")
    if root.dep_ == "nsubjpass":
        return verb.lemma_.lower() in _words("organizations", "thing_passives")
    return False


def _qualifies_a_noun_before(root: Token, head: Token) -> bool:
    """'the iVex music player', 'its Pellton media player': a name before a common noun
    that itself qualifies the noun of persons ('music player') qualifies that thing, so it
    shows no actor; a noun of persons or bodies between them ('Corvane team manager') does
    not change that it does."""
    return any(
        t.dep_ == "compound"
        and t.pos_ == "NOUN"
        and t.is_lower
        and root.i < t.i
        and t.lemma_.lower() not in _actor_nouns()
        for t in head.lefts
    )


def _names_a_kind_of_thing(span: Span, ent: Span) -> bool:
    """'her Starfall Saga contract', 'its Quanta computers', 'Telvora 4G LTE phones': a
    name that only qualifies a common noun naming a thing (not a person, a body or a place)
    is a brand or a title there, no mention of an actor. Known bodies and people, and
    places ('a Denver station'), still count."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ in {"compound", "nmod"} and root.head.i < root.i:
        root = root.head  # 'Atom and Xeon processors': both qualify the noun
    head = root.head
    if root.dep_ not in {"compound", "nmod"} or head.pos_ != "NOUN" or not head.is_lower:
        return False
    if ent.label_ in {"GPE", "LOC"} or head.i < span.end - 1:
        return False
    lemma = head.lemma_.lower()
    if lemma in _actor_nouns() or head.lower_ in _actor_nouns():
        return False
    if head.lower_ in _words("organizations", "equity_nouns"):
        return False  # 'Bank of Ostrava shares rose': the company is the subject
    return canon.organization(span.text) is None and canon.known_person(span.text) is None


@cache
def _actor_nouns() -> frozenset[str]:
    """Common nouns that name people, bodies or places, which a name may qualify."""
    return (
        _words("people", "person_nouns")
        | _words("people", "group_heads")
        | _words("organizations", "org_nouns")
        | _words("organizations", "org_heads")
        | _words("organizations", "body_collectives")
        | _words("countries", "place_nouns")
        | _BODY_MEMBERS
        | _PLURAL_PEOPLE_HEADS
        | {head.removesuffix("s") for head in _PLURAL_PEOPLE_HEADS}  # 'FCHRG members'
    )


def _kind_cues(spans: list[Span]) -> dict[str, str]:
    """Name -> the kind the words around one of its mentions give it, so that every mention
    of 'Magna' is a company once one says 'Magna, a Canadian parts company'."""
    cues: dict[str, str] = {}
    places: dict[str, int] = {}
    actors: set[str] = set()
    for ent in spans:
        if ent.label_ in {"PRODUCT", "WORK_OF_ART"}:
            span = _trim(ent)  # 'a technology called Freedom Fabric' tagged as a product
            if len(span) and _kind_cue(span) == "WORK":
                cues.setdefault(span.text, "WORK")
            elif len(span) and _aged(span):
                cues.setdefault(span.text, "PERSON")  # 'Pell, 52, was treated': no thing
            continue
        if ent.label_ not in _NAME_LABELS:
            continue
        span = _trim(ent)
        if len(span) == 0 or canon.country_of_word(span.text):
            continue
        if _names_an_actor(span):
            actors.add(span.text)
        place = ent.label_ in {"GPE", "LOC"} or (ent.label_ != "FAC" and _placed(span, ent.label_))
        places[span.text] = places.get(span.text, 0) + (1 if place else -1)
        cue = _kind_cue(span)
        if cue is not None:
            cues.setdefault(span.text, cue)
    for text, votes in places.items():
        if votes > 0 and text not in cues:
            cues[text] = "GPE"  # 'in Bloomington' then 'Bloomington police': a place
    if spans:
        for text in _named_after_a_body_noun(spans[0].doc):
            cues.setdefault(text, "ORG")
    for text in actors:
        if cues.get(text) == "WORK":
            del cues[text]  # 'Boeing said': a name that speaks is no thing's
    return cues


@cache
def _body_nouns() -> frozenset[str]:
    """Common nouns for bodies that never name a person ('firm', not 'producer')."""
    return _words("organizations", "org_nouns") - _words("people", "person_nouns")


@cache
def _body_noun_pattern() -> re.Pattern[str]:
    return _word_pattern(_body_nouns(), ignore_case=False)


def _named_after_a_body_noun(doc: Doc) -> Iterator[str]:
    """'the Russian organization Memorial', 'insurance firm Zeta': a name the model did not
    tag, right after a common noun for a body, names that body wherever else it stands."""
    tokens = doc_tokens(doc)
    for token in _tokens_matching(doc, _body_noun_pattern()):
        if not token.is_lower:
            continue
        end = token.i + 1
        while end < len(tokens) and tokens[end].pos_ == "PROPN" and not tokens[end].ent_type_:
            end += 1
        if end > token.i + 1:
            yield doc[token.i + 1 : end].text


_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "into", "across", "throughout"}
_COMPASS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "outskirts",
}  # fmt: skip
_REGION_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$")


def _followed_by_its_region(span: Span) -> bool:
    """'Toulouse, France', 'Santa Clara, Calif.', 'Markham, Ont.': a name followed by a
    comma and the country or the abbreviated state it lies in is a place."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    start = span.end + 1
    for end in range(start + 1, min(start + 4, len(doc) + 1)):
        region = doc[start:end].text
        if canon.country(region) or (end == start + 1 and _REGION_ABBREVIATION.match(region)):
            after = doc[end] if end < len(doc) else None
            # not 'Jane Roe, U.S. Assistant Secretary for Health'
            return after is None or (after.tag_ != "POS" and after.pos_ not in {"NOUN", "PROPN"})
    return False


def _placed(span: Span, label: str) -> bool:
    """The words around a name make it a place, whatever the model tagged: a preposition
    of place before a person's name ('outside a store in Bloomington'), 'of' after a noun
    of place ('the port city of Qasr Nadim', 'the villages of A and B') or after a
    person's name ('Jane Doe, 66, of Burnsville')."""
    root = span.root
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "of":
        owner = prep.head
        if owner.lower_ in _COMPASS:
            return True  # '55 kilometres south of Bireun'
        return owner.lemma_.lower() in _words("countries", "place_nouns") or (
            owner.ent_type_ == "PERSON" and owner.i < span.start and label != "ORG"
        )
    if label == "ORG" and prep.lower_ in _PLACE_PREPOSITIONS - {"into"}:
        return _an_area_by_name(span)
    return label == "PERSON" and prep.lower_ in _PLACE_PREPOSITIONS


def _an_area_by_name(span: Span) -> bool:
    """'deployed in the Halvik Basin', 'a concert at the Pellton Grand': a name the model took
    for a body, written with 'the' after a preposition of place and with no word of a body,
    a company or a newspaper in it, is the area or the venue where things happen. A body
    named so ('at the Corvane Council') has its head; a company after 'at' ('works at
    Telvora') has no 'the'."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ != "the" or before.head.i != span.root.i:
        return False
    verb = span.root.head.head
    if verb.lemma_ in _words("speech", "reporting_verbs") | {"publish", "print", "appear"}:
        return False  # 'to be announced in the Pellton Gazette': a paper, no place
    if span.text.isupper() or any(
        _body_word(t) or t.text in _words("organizations", "newspaper_heads") for t in span
    ):
        return False  # 'at the UNGA': an acronym is a body's
    return canon.organization(span.text) is None and canon.country(span.text) is None


def _kind_cue(span: Span) -> str | None:
    """The kind the words around a name give it, whatever the model tagged: a title or an
    age before it ('governor Kaveh Rostami', '25-year-old Nasrin') make a person; an
    apposition names what it is ('Corvane, a Canadian parts company'; 'Oraz-aga, a
    voter'; 'the film The Notorious Dana Whitcombe', a title: WORK, no actor)."""
    doc = span.doc
    if span.root.ent_type_ == "GPE" and _team_by_place(span):
        return "ORG"  # 'Top-ranked Pellton State cruised to victory': the team
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    nouns = [first.head] if first.dep_ == "compound" else []
    nouns += [c for c in first.children if c.dep_ == "appos"]
    if any(
        n.tag_ == "NNS" and n.lemma_.lower() in _words("countries", "place_nouns") for n in nouns
    ):
        return "GPE"  # 'Ashford, Calder and Lee counties': places
    if span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN":
        return None  # 'a 35-year-old Pellton man': the name only qualifies the noun
    if _owns_a_person(span):
        return "ORG"  # "Telvora's Brian Ashcombe"
    if _has_company_officers(span):
        return "ORG"  # 'Corvane CEO, Dana Whitcombe', 'chief executive of Corvane'
    if span[-1].lower_ not in _words("organizations", "org_heads") and (
        _followed_by_its_region(span)
        or (
            span.start > 0
            and doc[span.start - 1].is_lower
            and doc[span.start - 1].lemma_ in _words("countries", "place_nouns")
        )
    ):
        return "GPE"  # 'Toulouse, France'; 'the provincial capital Kota Merah'
    if span.start > 0:
        before = doc[span.start - 1]
        if before.lower_ == "the" and len(span) == 1 and span.root.ent_type_ == "PERSON":
            return "ORG"  # 'the Mysore received a distress call': a ship or a body
        if before.is_lower and before.lemma_ in _words("organizations", "work_nouns"):
            return "WORK"  # 'web browser Safari', 'the film Dreamgirls': a thing's name
        if (
            before.text in _HYPHENS | {":"}
            and span.start > 1
            and doc[span.start - 2].is_lower
            and doc[span.start - 2].lemma_ in _words("organizations", "work_nouns")
        ):
            return "WORK"  # 'its media device - Apple TV'
        verb = before
        if before.lower_ == "the" and span.start > 1:
            verb = doc[span.start - 2]  # 'a film called The Starfall'
        if verb.is_lower and verb.lemma_ in {"call", "dub", "name"}:
            owner = _noun_named(verb)
            if owner is not None and owner.lemma_.lower() in _words(
                "organizations", "work_nouns"
            ) | _thing_heads() | _words("organizations", "named_thing_nouns"):
                return "WORK"  # 'a technology called Freedom Fabric'
        if before.is_lower and before.lemma_ in _body_nouns():
            return "ORG"  # 'the Russian organization Memorial', 'insurance firm AIG'
        titled = before.text in _titles() or (
            before.pos_ == "NOUN" and before.lower_ in _lower_titles()
        )
        age = "".join(t.text for t in doc[max(0, span.start - 3) : span.start]).lower()
        if titled or age.endswith("year-old"):
            return "PERSON"
        if (
            before.pos_ == "NOUN"
            and before.is_lower
            and before.lower_ in _words("people", "person_nouns")
            and before.dep_ == "compound"
            and span.start <= before.head.i < span.end
        ):
            return "PERSON"  # 'clerk Dana Whitcombe'
        if before.text == "," and span.start > 1 and doc[span.start - 2].text in _titles():
            return "PERSON"  # 'ONDCP's Acting Deputy Director, Jane Roe'
    if span.root.dep_ == "poss" and span.root.head.lower_ in _KIN:
        return "PERSON"  # "Whitcombe's son", "Pell's wife"
    if _aged(span):
        return "PERSON"  # 'Pell, 52, of Dayton'
    attr = _copular_attribute(span)
    if attr is not None:
        if attr.lemma_.lower() in _words("organizations", "work_nouns"):
            return "WORK"  # 'the Dreamliner is a mid-sized passenger airliner'
        if attr.lemma_.lower() in _body_nouns():
            return "ORG"  # 'Matanuska Maid is a dairy company'
    root = span.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    listed = _listed_under(root)
    if (
        listed is not None
        and listed.lemma_.lower() in _words("organizations", "work_nouns") | _thing_heads()
    ):
        return "WORK"  # 'update tools including PatchDesk, FleetSync and Windows Update'

    for noun in described:
        if noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() in _words("people", "person_nouns"):
            return "PERSON"
        if noun.lemma_.lower() in _words("organizations", "org_nouns"):
            return "ORG"
        if noun.lemma_.lower() in _words("organizations", "work_nouns"):
            return "WORK"  # 'Ember Road, the already announced adaptation': a title
    return None


def _noun_named(verb: Token) -> Token | None:
    """The common noun a verb of naming gives a name to: 'a technology called Skyview'
    (the noun the participle qualifies), 'the feature is called Skyview' (the passive
    subject, also that of an earlier verb: 'the aircraft flies far and has been named the
    Skyview'), 'Corvane called the app Skyview' (the object), 'a new app, too, called
    Skyview' (the object of the verb the participle hangs on)."""
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    for dep in ("nsubjpass", "dobj"):
        named = next((c for c in verb.children if c.dep_ == dep), None)
        if named is not None:
            return named
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return subject if passive else None
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return None


_SPORTS = re.compile(
    r"\b(?:season|game|games|scored|points|coach|league|playoffs?|homers?|RBIs|innings?|"
    r"touchdowns?|victory|quarterback|pitcher|baseman|NBA|NFL|MLB|NHL|tournament|"
    r"championship|unbeaten|free agent|halftime|rebounds)\b"
)
_SPORTS_KEY = "newsfacts.sports"
_TEAM_VERBS = {"beat", "defeat", "trade", "sign", "win", "lose", "edge", "rout", "top"}
_TEAM_MODIFIERS = {"visiting", "top-ranked", "unbeaten", "host", "home", "top-seeded"}


def _sports_report(doc: Doc) -> bool:
    """A report of a game or of a team's business: four different words of sport."""
    found = doc.user_data.get(_SPORTS_KEY)
    if not isinstance(found, bool):
        words = {m.group().lower() for m in _SPORTS.finditer(doc_text(doc))}
        found = doc.user_data[_SPORTS_KEY] = len(words) >= 4
    return found


def _team_by_place(span: Span) -> bool:
    """In a sports report, a city or state that acts ('Denver waited', 'Denver
    beat Phoenix'), that is beaten, traded from or to ('traded from Denver to
    Phoenix'), or that is 'visiting' or 'top-ranked', is the team named by its place."""
    if not _sports_report(span.doc) or canon.country(span.text):
        return False
    if len(span) == 1 and any(
        e.label_ == "PERSON" and len(e) > 1 and e[0].text == span.text for e in span.doc.ents
    ):
        return False  # 'for Dana' beside 'Dana Whitcombe': a first name
    root = span.root
    if any(t.lower_ in _TEAM_MODIFIERS for t in span.doc[max(0, span.start - 2) : span.start]):
        return True
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ not in {"be", "host"}:
        return True
    if root.dep_ == "dobj" and head.lemma_ in _TEAM_VERBS:
        return True
    return (
        root.dep_ == "pobj"
        and head.lower_ in {"from", "to", "over", "against"}
        and (head.head.lemma_ in _TEAM_VERBS or head.head.lower_ in {"victory", "win", "loss"})
    )


def _aged(span: Span) -> bool:
    """A name followed by an age between commas ('Pell, 52, of Dayton')."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and len(age) == 2 and doc[end + 1].ent_type_ in {"DATE", "CARDINAL", ""}


def _listed_under(root: Token) -> Token | None:
    """'systems' in 'systems including A, B and C' or 'browsers such as A': the common noun
    a name is listed as an example of."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ not in {"pobj", "dep", "dobj"}:
        return None
    prep = root.head
    if prep.lower_ == "including" or (
        prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    ):
        noun = prep.head
        if noun.lower_ == "such" and noun.head.pos_ == "NOUN":
            noun = noun.head
        return noun if noun.pos_ == "NOUN" and noun.is_lower else None
    return None


def _copular_attribute(span: Span) -> Token | None:
    """'a passenger airliner' in 'the Dreamliner is a passenger airliner': the common noun a
    name is said to be."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if any(c.dep_ == "nummod" for c in root.children) or (after is not None and after.like_num):
        return None  # 'the Boeing 787 is an airliner': the maker's name and a model number
    return next(
        (c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.is_lower),
        None,
    )


@cache
def _lower_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in _titles() if " " not in t and not t.endswith("."))


def _part_of_a_title(span: Span) -> bool:
    """A body's name that only qualifies a person's title is no mention of the body:
    'U.S. Interdiction Coordinator (USIC) Nadia Brennick', 'Homeland Security Advisor Dana
    Ashby Crane', 'the Secretary of Commerce'. Full names of bodies and acronyms
    ('DEA Administrator Jane Roe') still count."""
    doc = span.doc
    heads = _words("organizations", "org_heads")
    if span.text.isupper():
        return False
    title_end = _title_starting_at(doc, span.start)
    if title_end is not None and title_end >= span.end:
        return True  # 'Chief Financial' of 'Chief Financial Officer', 'General Counsel'
    if any(t.lower_ in heads for t in span):
        # 'the President of the Senate': a body named by its head word alone is only the
        # title's
        return (
            len(span) == 1
            and span.start >= 3
            and doc[span.start - 1].lower_ == "the"
            and doc[span.start - 2].lower_ == "of"
            and doc[span.start - 3].text in _titles()
        )
    if span[-1].text in _titles() and span[-1].is_title and len(span) > 1:
        return True  # 'U.S. Interdiction Coordinator'
    title_start = _title_ending_at(doc, span.end)
    if title_start is not None and title_start <= span.start:
        return True  # 'Gentleman' in 'the Second Gentleman': only a title
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in _titles() and after.is_title:
        return True  # 'Treasury Secretary', 'Homeland Security Advisor'
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    # 'the Secretary of Commerce', 'Assistant Secretary for Mental Health and Substance Use';
    # not 'the Department of Justice of NAME', where the title word ends a body's name
    return (
        i >= 1
        and doc[i].lower_ in {"of", "for"}
        and doc[i - 1].text in _titles()
        and not (i >= 2 and doc[i - 2].lower_ == "of")
    )


def _display_org(span: Span) -> str:
    """'Mormon church' -> 'Mormon Church': a name that ends in a lower-case head."""
    if span[-1].text not in _words("organizations", "lower_case_org_heads"):
        return span.text
    return span[:-1].text_with_ws + span[-1].text.capitalize()


def _only_in_a_title_case_headline(span: Span) -> bool:
    """In a headline Written In Title Case (the title, or a heading line of the body) the
    model takes any capitalised words for a name ('Whitcombe Delivers'); there a name counts
    only if the rest of the text uses it too, or it is a country, a capital or a known
    person."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if _titled_list_item(span, text, line_start):
        return False
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    if not (
        _in_title_case_line(span)
        or _in_run_in_heading(span, text, line_start, line_end)
        or _in_section_heading(span, text, line_start)
    ):
        return False
    if canon.country_of_word(span.text) or canon.known_person(span.text):
        return False
    # searched in place: slicing the text around the line would copy it for every entity
    name = span.text
    return text.find(name, 0, line_start) < 0 and text.find(name, line_end) < 0


_LIST_ITEM = re.compile(r"\s*[-*•]\s")
#: A heading line of a page written in markup ('#### Secretary of Commerce Dana Whitcombe on
#: Morning Lantern'): like a list item, a line whose titled names are names.
_MARKED_HEADING = re.compile(r"\s*#{1,6}\s")
_HEADING_WORD = re.compile(r"[^\W\d_]{4,}")


def _in_run_in_heading(span: Span, text: str, line_start: int, line_end: int) -> bool:
    """'- Faster Permits and Clear Rules: No new permits have been delayed ...': a
    heading Written In Title Case that opens a line (or a list item) and ends in a colon;
    not a lead naming who speaks the quotation after the colon ('Halvik Freight President
    Dana Roe: "...')."""
    colon = text.find(":", span.end_char, min(line_end, span.end_char + 60))
    if colon < 0 or text[colon + 1 : colon + 40].lstrip()[:1] in _OPENING_MARKS:
        return False
    item = _LIST_ITEM.match(text, line_start)
    start = item.end() if item else line_start
    heading = text[start:colon]
    if len(heading) > 80 or any(ch in heading for ch in '.;!?"“”'):
        return False
    words = _HEADING_WORD.findall(heading)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


_MARKUP = re.compile(r"<[^<>\n]{0,200}>|[*_\\]")
_SECTION_HEAD = re.compile(r"\s*(?:Sec(?:tion)?\.?|§)\s*\d+[a-z]?\s*\.\s+(?P<head>[^.]*)$")


def _in_section_heading(span: Span, text: str, line_start: int) -> bool:
    """'Sec. 3. Deployment of Staff and Vehicles. The Secretary shall ...': the run-in
    heading of a numbered section of an order (markup around its words ignored), between
    the section's number and the first full stop."""
    before = _MARKUP.sub("", text[line_start : span.start_char])
    match = _SECTION_HEAD.match(before)
    if match is None or len(match.group("head")) > 150:
        return False
    after = _MARKUP.sub("", text[span.end_char : span.end_char + 300])
    stop = after.find(".")
    return 0 <= stop <= 150 and "\n" not in after[:stop]


def _titled_list_item(span: Span, text: str, line_start: int) -> bool:
    """'- Attorney General Jane Roe (Vermont)': a person's name after a title in an item
    of a bulleted list, or in a heading marked up as one ('#### Press Secretary Jane Roe on
    Morning Lantern'), is a name, however the line is capitalised; so is an item that is
    only a name ('- Pfizer, Inc.')."""
    item = _LIST_ITEM.match(text, line_start)
    if item is None:
        heading = _MARKED_HEADING.match(text, line_start)
        return heading is not None and _after_its_title(span)
    after = text[span.end_char : span.end_char + 1]
    if not text[item.end() : span.start_char].strip() and after in "\n,":
        return True  # '- Telbrook Pharmaceuticals Corporation': an item that is only a name
    return _after_its_title(span)


def _after_its_title(span: Span) -> bool:
    """A name the model tagged as a person's, right after a title ('Secretary Jane Roe',
    'Secretary of Commerce Jane Roe')."""
    titled = span.start > 0 and _title_ending_at(span.doc, span.start) is not None
    return titled and span.root.ent_type_ == "PERSON"


def _extend_name(ent: Span) -> Span:
    """Complete a name the model cut short: a head after it ('the Redmoor Cartel' where the
    model tagged only 'Redmoor', also in lower case: 'the Redmoor cartel'), an 'of' phrase
    after a body's head ('First Church' + 'of the Holy Redeemer of Glenford'),
    'in <place>' after a name built with 'for' ('Organization for Security and
    Cooperation' + 'in Europe'), and the words that make it a known body's name."""
    doc = ent.doc
    if ent[-1].dep_ == "cc" or ent[-1].is_punct:
        return ent  # 'Department of State and' + 'Department of Justice': two names
    if ent.label_ == "ORG" and canon.organization(_trim(ent).text) is None:
        for end in range(ent.end + 1, min(ent.end + 3, len(doc) + 1)):
            if canon.organization(_trim(doc[ent.start : end]).text) is not None:
                return doc[ent.start : end]  # 'Office of National Drug Control' + 'Policy'
    end = ent.end
    heads = _words("organizations", "org_heads")
    lower_heads = _words("organizations", "lower_case_org_heads")
    while end < len(doc) and (
        (doc[end].is_title and doc[end].lower_ in heads) or doc[end].text in lower_heads
    ):
        end += 1
    while (
        end < len(doc)
        and ent.label_ == "ORG"
        and doc[end].is_title
        and not doc[end].ent_type_
        and doc[end].lower_ in _words("organizations", "company_words")
    ):
        end += 1  # 'Brightwell' + 'Foods made an offer': the company's word ends its name
    end = _headed_run_end(doc, end)
    if doc[end - 1].is_title and doc[end - 1].lower_ in heads:
        end = _of_phrase_end(doc, end)
    if any(t.lower_ == "for" for t in doc[ent.start : end]):
        end = _place_phrase_end(doc, end)
    start = ent.start
    if start > 0 and _is_country_pair(doc[start - 1]):
        start -= 1  # 'U.S.-EU' + 'Energy Working Group'
    elif ent.label_ == "ORG" and start > 1 and doc[start - 1].lower_ == "and":
        # 'Immigration and' + 'Customs Enforcement': capitalised words the model saw as no
        # name, right before 'and', begin the body's name
        left = start - 2
        while left >= 0 and _untagged_name_word(doc[left]) and not doc[left].ent_type_:
            left -= 1
        if left < start - 2 and all(t.is_title for t in ent):
            start = left + 1
    elif ent.label_ == "ORG" and (_title_ending_at(doc, start + 1) or start) < start:
        # "the Texas Attorney" + "General's Office": a title that ends in the name's first
        # word begins it, with the place before the title
        start = _title_ending_at(doc, start + 1) or start
        while start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].is_title:
            start -= 1
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _is_country_pair(token: Token) -> bool:
    """'U.S.-Mexico', 'US-PRC': countries joined by a hyphen in one word."""
    parts = token.text.split("-")
    return len(parts) > 1 and all(canon.country(part) for part in parts)


def _headed_run_end(doc: Doc, end: int) -> int:
    """The end of capitalised words outside any entity at `end` that close with a body's
    head ('Coinvault Fraud Government' + 'Trial Team'), or `end`."""
    heads = _words("organizations", "org_heads")
    stop = end
    while stop < len(doc) and stop - end < 4 and _name_word(doc[stop]) and not doc[stop].ent_type_:
        stop += 1
        if doc[stop - 1].lower_ in heads:
            return stop
    return end


def _of_phrase_end(doc: Doc, end: int) -> int:
    """The end of 'of <Capitalised Words>' starting at `end`, or `end`."""
    while (
        end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and _name_word(doc[end + 1])
        and doc[end + 1].ent_type_ != "PERSON"  # 'the Department of Justice of Rafael Soto'
    ):
        end += 1
        while end < len(doc) and (_capitalised(doc[end]) or _hyphen_joined(doc, end)):
            end += 1
    return end


def _capitalised(token: Token) -> bool:
    """A capitalised word inside a name ('Saints' in 'Latter-day Saints')."""
    return token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN", "ADJ"}


def _place_phrase_end(doc: Doc, end: int) -> int:
    """The end of 'in <place>' starting at `end` (the place a GPE or LOC entity), or `end`."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return end
    place = doc[end + 1]
    if place.ent_type_ not in {"GPE", "LOC"} or place.ent_iob_ != "B":
        return end
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return stop


def _name_word(token: Token) -> bool:
    """A capitalised proper noun ('Jesus', 'Latter-day')."""
    return token.text[:1].isupper() and token.pos_ == "PROPN"


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """'Latter-day': a hyphen, or a word after one, with no space between."""
    token = doc[i]
    if token.text == "-":
        return not token.whitespace_ and not doc[i - 1].whitespace_
    return doc[i - 1].text == "-" and not doc[i - 1].whitespace_


_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?governments?\s+of\s+(.+)$", re.IGNORECASE)
_GENERIC_FILLERS = {"and", "&", "of", "our", "this", "his", "her", "their"}
_PLURAL_PEOPLE_HEADS = {"heads", "members", "leaders", "representatives", "officials"}


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|pdf|html?)\b|www\.|https?:|/", re.IGNORECASE)


def _not_an_actor(text: str) -> bool:
    """A substance or program ('fentanyl'), a legal category governments put actors in
    ('Foreign Terrorist Organizations', 'Specially Designated Global Terrorists'), or only
    common nouns that name no particular body ('our Nation', 'Departments and Agencies')."""
    words = canon.fold(text).split()
    if set(words) & _words("organizations", "not_actors") or not any(ch.isalpha() for ch in text):
        return True
    if len(words) == 1 and words[0] in _words("organizations", "not_names"):
        return True  # 'God bless you', 'END' closing a transcript, 'the Quran teaches'
    if " ".join(words).removesuffix("s") in _words("organizations", "decorations"):
        return True  # 'a Bronze Star and two Purple Hearts': awards
    if len(words) == 1 and words[0].endswith(_DOCTRINE_ENDS) and len(words[0]) > 6:
        return True  # 'Islamophobia', 'Antisemitism': a belief or a hatred, no actor
    if _FILE_NAME.search(text):
        return True  # 'Miguel-Angel-PALAFOX-Montes.jpg': an image, not its subject
    if " ".join(words).startswith(_SPEECHES) or (
        words[-1:] == ["trade"] and not set(words) & _words("organizations", "org_heads")
    ):
        return True  # 'the State of the Union', 'the Global Timber Trade'
    if words[:1] == ["operation"] and len(words) > 1:
        return True  # 'Operation Blue Lotus': an operation, run by actors
    if len(words) > 1 and words[-1] == "first" and canon.country(" ".join(words[:-1])):
        return True  # 'an America First policy', 'put Ostrava First': a slogan, no body
    if words[:2] == ["independence", "of"]:
        return True  # '... and of the Independence of the United States of America the 248th
    return _is_designation(text) or _only_generic_nouns(text)


_SPEECHES = ("state of the union", "state of union")
#: The ends of one-word names of doctrines and hatreds ('Antisemitism', 'Islamophobia').
_DOCTRINE_ENDS = ("ism", "phobia")


def _only_generic_nouns(text: str) -> bool:
    generic = _words("organizations", "generic_nouns")
    content = [w for w in canon.fold(text).split() if w not in _GENERIC_FILLERS]
    return bool(content) and all(w in generic for w in content)


@cache
def _designations() -> frozenset[str]:
    return frozenset(canon.fold(d) for d in _words("organizations", "designations"))


def _is_designation(text: str) -> bool:
    folded = canon.fold(text)
    return folded in _designations() or folded.removesuffix("s") in _designations()


def _display(text: str) -> str:
    """'WASHINGTON' -> 'Washington'; other names as written."""
    return text.title() if text.isupper() and len(text) > 4 else text


def _add_person(span: Span, registry: ParticipantRegistry) -> None:
    if any(t.tag_ == "POS" for t in span) and span[-1].tag_ != "POS":
        mark = next(t.i for t in span if t.tag_ == "POS")
        if (
            mark > span.start
            and _cut_in_an_owned_name(span)
            and _an_owner(span[: mark - span.start])
        ):
            # "Mayor Halvorsen's Safer Harbor | Plan": the owner, before a thing's name
            _add_person(span.doc[span.start : mark], registry)
            return
        # "Kate's Place": a possessive inside a name is an organization's name.
        registry.add(span.text, "organization", _char_span(span), span.text)
        return
    trimmed = _person_words(span)
    if trimmed is None:
        return
    span = trimmed
    ending = _not_a_personal_ending(span)
    if ending == "thing":
        return  # 'the Harbor Valley Scholarship Program': a program, no one
    if ending == "body":  # 'Quarry Ridge Services', 'Norvale Technologies': a company
        registry.add(span.text, "organization", _char_span(span), span.text)
        return
    for start in range(min(len(span), 2)):  # 'Tren de Aragua gang', 'Obama White House'
        org = canon.organization(span[start:].text)
        if org is not None:
            registry.add(org.name, "organization", _char_span(span[start:]), span[start:].text)
            return
    title, affiliation = _title_and_affiliation(span)
    title = title or _apposed_title(span)
    if title is None:
        title, affiliation = _described_after(span, affiliation)
    affiliation = affiliation or _owner_affiliation(span)
    name = _name_text(span)
    known = None if _surname_of_named(name, span, registry) else canon.known_person(name)
    if known is None and len(span) > 1 and _is_suffix(span[-1]):
        known = canon.known_person(_name_text(span[:-1]))  # 'Joseph Biden, Jr.'
    if known is not None:
        name, affiliation = known.name, affiliation or known.affiliation
    registry.add(name, "person", _char_span(span), span.text, title=title, affiliation=affiliation)


# surnames that are also heads of bodies' names ('Frank Church', 'Margaret Court')
_SURNAME_HEADS = {"church", "court", "bank", "college", "guard", "service", "fund", "union"}


def _not_a_personal_ending(span: Span) -> str | None:
    """'thing' when a tagged person's last word names a thing ('Kestrel Fellowship Award'),
    'body' when it is a company's or a body's head ('Quarry Ridge Services'), else None.
    A one-word name is left to the other checks; a head that is also a surname needs its
    plural ('Services', not 'Service')."""
    if len(span) < 2 or not span[-1].is_title:
        return None
    last = span[-1].lower_
    single = singular(last)
    if _is_thing(span[-1]):
        return "thing"
    heads = _words("organizations", "company_words") | _words("organizations", "org_heads")
    if (last in heads and last not in _SURNAME_HEADS) or (
        last != single and single in heads and single != "bank"
    ):
        return "body"
    return None


def _cut_in_an_owned_name(span: Span) -> bool:
    """A span with a possessive inside that the model cut short of the owned name
    ("Halvorsen's Safer Harbor" before 'Plan', "Halvorsen's State" before 'of the Region
    Address', "Halvorsen's Build Strong Roads" owning 'agenda'): the name goes on after
    it, or the span only qualifies a noun after it."""
    doc = span.doc
    root = span.root
    if root.dep_ == "poss" and not span.start <= root.head.i < span.end:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or "\n" in span[-1].whitespace_ or after.is_sent_start:
        return False
    if after.lower_ == "of" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    return after.is_title and after.pos_ in {"PROPN", "NOUN"}


def _an_owner(owner: Span) -> bool:
    """A person who owns a plan or a speech: a full name ('Dana Halvorsen'), a name after a
    title ('Mayor Halvorsen') or a known public figure; not one given name that begins a
    shop's name ("Sam's Club")."""
    doc = owner.doc
    return (
        len(owner) > 1
        or (owner.start > 0 and _is_title_word(doc[owner.start - 1]))
        or canon.known_person(owner.text) is not None
    )


def _surname_of_named(name: str, span: Span, registry: ParticipantRegistry) -> bool:
    """'Bush' after 'Dana Bush': a short name that ends the full name of a person named
    before it in the article is that person, not the public figure the lexicon knows by
    the same word."""
    words = _name_words(name)
    return len(words) == 1 and any(
        p.char_start < span.start_char and _name_words(p.name)[-1:] == words and " " in p.name
        for p in registry.of_kind("person")
    )


_NOT_NAME_POS = {"ADV", "ADP", "AUX", "CCONJ", "DET", "INTJ", "NUM", "PART", "PRON", "SCONJ"}
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "del", "der", "di", "da", "la", "van", "von"}


def _is_title_word(token: Token) -> bool:
    """'President', 'Sgt.' and 'Sgt' (the tokenizer may cut the period off)."""
    return token.text in _titles() or f"{token.text}." in _titles()


def _person_words(span: Span) -> Span | None:
    """The words of a person's name in a span the model tagged as one: without a title or
    an office before it ('RCMP Sgt', 'Spokesperson Jane Roe'), words that are no
    part of a name at its edges ('Purportedly Simpson', 'Herbert Flynn Jr told'). None when
    no capitalised name is left ('lien', 'kick cartels') or only a title is ('Sgt')."""

    def name_like(token: Token) -> bool:
        if token.lower_ in _NAME_PARTICLES:
            return True
        if not token.text[:1].isupper() or token.pos_ in _NOT_NAME_POS:
            return False
        if token.i + 1 < span.end and token.nbor().text in _OPENING_MARKS:
            return True  # 'Anselmo “El Tigre” Ruiz', its given name parsed as a verb
        return not (token.pos_ == "VERB" and token.tag_ in {"VBD", "VBZ", "VBN", "VBG"})

    doc = span.doc
    end = span.end
    core_end = end  # before a suffix: 'King' in 'Walter King III' is a name
    while core_end > span.start + 1 and (
        _is_suffix(doc[core_end - 1]) or doc[core_end - 1].text == ","
    ):
        core_end -= 1
    last_title = max(
        (
            t.i
            for t in doc[span.start : core_end - 1]
            if t.is_title and (_is_title_word(t) or _title_ending_at(doc, t.i + 1) is not None)
        ),
        default=-1,
    )
    start = max(span.start, last_title + 1)
    while start < end and (
        not name_like(doc[start])
        or doc[start].is_space
        or (doc[start].text == "Q" and _begins_a_line(doc[start]))  # 'Q    Karine, ...'
    ):
        start += 1
    if (
        core_end - start >= 3
        and _role_word(doc[start])
        and all(
            name_like(t) and t.is_title and not _role_word(t) for t in doc[start + 1 : start + 3]
        )
    ):
        start += 1  # 'Lawyer Dana Whitcombe said': an occupation before a full name
    while end > start and not (name_like(doc[end - 1]) or _hyphen_joined(doc, end - 1)):
        end -= 1
    words = span.doc[start:end]
    if len(words) == 0 or _is_title_word(words[-1]) or not words[0].text[:1].isupper():
        return None
    if any(t.text in _long_title_words() for t in words) and any(
        (_title_starting_at(doc, t.i) or 0) >= end for t in doc[max(0, start - 5) : end]
    ):
        return None  # 'Ambassador Extraordinary and Plenipotentiary', 'Chargé d'Affaires'
    if len(words) == 1 and words.text.isupper() and not canon.known_person(words.text):
        return None  # '16 GB', 'DUI': an abbreviation, not a person's name
    if len(words) == 1 and _numbered_abbreviation(words[0]):
        return None  # 'Sec. 4.  General Provisions': a section's number, not a name
    return words


#: occupation words that are also common given names ('Dean Halvik Ostrow' is a name)
_GIVEN_ROLE_WORDS = frozenset({"dean", "guy", "hunter", "page", "porter", "mason"})


def _role_word(token: Token) -> bool:
    """A capitalised noun for a person's role or occupation ('Lawyer', 'Analyst', 'Prosecutor')
    or a compound naming an offender ('Unabomber'), which a title stands in for before a
    name; not a word that is also a common given name."""
    word = token.lower_
    if not token.is_title or not token.is_alpha or token.pos_ == "VERB":
        return False
    if word in _given_names() or word in _GIVEN_ROLE_WORDS or word in _KIN:
        return False
    nouns, offenders = _role_nouns()
    if word in nouns:
        return True
    return any(word.endswith(noun) and len(word) > len(noun) + 2 for noun in offenders)


@cache
def _role_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """The people lexicon's person and perpetrator nouns, and the perpetrator nouns long
    enough to end a compound naming an offender ('bomber' of 'Unabomber')."""
    offenders = _words("people", "perpetrator_nouns")
    return (
        _words("people", "person_nouns") | offenders,
        tuple(noun for noun in offenders if len(noun) >= 6),
    )


def _numbered_abbreviation(token: Token) -> bool:
    """A short word with a period and a number after it: the mark of a section, article or
    chapter ('Sec. 2.', 'Art. 5'), not a name."""
    doc = token.doc
    nxt = token.i + 1
    return (
        len(token.text) <= 3
        and nxt + 1 < len(doc)
        and doc[nxt].text == "."
        and doc[nxt + 1].like_num
        and doc[nxt].idx == token.idx + len(token.text)
    )


@cache
def _long_title_words() -> frozenset[str]:
    """The words of the titles of two words or more."""
    return frozenset(word for title in _title_tokens() if len(title) > 1 for word in title)


def _apposed_title(span: Span) -> str | None:
    """'the interior secretary, Ruth Calloway': the office a name is in apposition to, so that
    a later 'the interior secretary said' is that person (see `_holder_named`)."""
    root = span.root
    head = root.head if root.dep_ == "appos" else None
    if head is None or head.pos_ != "NOUN" or not _describes_a_person(head):
        return None
    words = [t for t in head.lefts if t.dep_ in {"amod", "compound"}] + [head]
    return " ".join(t.text for t in words)


def _described_after(span: Span, affiliation: str | None) -> tuple[str | None, str | None]:
    """'Jon Finer, a senior U.S. official,', 'Ray Quill, a spokesman for the FBI': the
    description in apposition after a name gives the title ('senior official') and the
    affiliation (the country or body named in it)."""
    root = span.root
    noun = next(
        (
            c
            for c in root.rights
            if c.dep_ == "appos" and c.i >= span.end and _describes_a_person(c)
        ),
        None,
    )
    if noun is None or noun.lower_ in _KIN:
        return None, affiliation  # 'John Banky, Ben's older brother': a relation, no title
    words: list[str] = []
    for t in noun.lefts:
        if t.dep_ not in {"amod", "compound"}:
            continue
        owner = canon.country_of_word(t.text) or (
            org.name if (org := canon.organization(t.text)) and t.pos_ == "PROPN" else None
        )
        if owner:
            affiliation = affiliation or owner
        elif t.is_alpha and t.pos_ != "PROPN":
            words.append(t.text)
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in {"of", "for", "at"}):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            phrase = _trim(span.doc[pobj.left_edge.i : pobj.i + 1])
            org = canon.organization(phrase.text) if len(phrase) else None
            owner = org.name if org else canon.country(phrase.text) if len(phrase) else None
            if (
                owner is None
                and prep.lower_ == "of"
                and pobj.pos_ != "PROPN"
                and noun.lower_ not in _lower_titles()
            ):
                # 'the reigning league player of the year': the title would lose its end
                return None, affiliation
            affiliation = affiliation or owner
    return " ".join([*words, noun.text]), affiliation


#: Relations to other people: who someone is to another, never a title.
_KIN = {
    "brother", "sister", "mother", "father", "son", "daughter", "wife", "husband", "uncle",
    "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather", "grandson",
    "granddaughter", "stepfather", "stepmother", "stepson", "stepdaughter", "widow",
    "widower", "fiance", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend",
    "friend", "neighbor", "neighbour", "child", "parent", "sibling", "twin",
}  # fmt: skip


def _name_text(span: Span) -> str:
    """A person's name as written, without punctuation around it ('Karim al-Nouri') and
    without a nickname in quotation marks ('Tomás Eduardo "Teddy" Varga')."""
    quoted: set[int] = set()
    inside = False
    for t in span:
        if t.is_quote and not _apostrophe_prefix_at(t.doc, t.i - 1):
            inside = not inside
            quoted.add(t.i)
        elif inside:
            quoted.add(t.i)
    tokens = [t for t in span if t.i not in quoted] if len(quoted) < len(span) else list(span)
    kept = [
        t
        for t in tokens
        if not t.is_punct
        or t.text in {"-", "."}
        or (t.text in _APOSTROPHES and _apostrophe_prefix_at(t.doc, t.i - 1))
    ]
    if not kept:
        return span.text
    # words that touched in the text stay together ('al-Nouri'), others take one space
    # ('Biden' + 'Jr.' once the comma between is gone)
    parts = [kept[0].text]
    for before, token in zip(kept, kept[1:], strict=False):
        touching = before.idx + len(before.text) == token.idx
        if token.text in _APOSTROPHES or before.text in _APOSTROPHES:
            touching = True  # "O' Leary", "O 'Reilly": one surname, O'Leary
        parts.append(("" if touching else " ") + token.text)
    return "".join(parts)


_HONORIFICS = frozenset({"Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss"})
#: Titles that address a person rather than name an office: 'the father' or 'the doctor'
#: alone singles out no holder of an office.
_HONORIFIC_TITLES = {h.rstrip(".").lower() for h in _HONORIFICS} | {
    "sir", "dame", "father", "sister", "lord",
}  # fmt: skip


def _title_and_affiliation(span: Span) -> tuple[str | None, str | None]:
    """Read 'Chinese President' in 'Chinese President Xi Jinping'."""
    doc = span.doc
    titles = _titles()
    i = span.start - 1
    words: list[Token] = []
    while i >= 0 and (doc[i].is_title or doc[i].text in titles) and not doc[i].is_punct:
        words.insert(0, doc[i])
        i -= 1
    while len(words) > 1 and words[-1].text in _HONORIFICS:
        words.pop()  # 'Homeland Security Advisor Dr. Liz ...': the office, not the 'Dr.'
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
    if title is None and len(words) == 1 and _role_word(words[0]) and words[0].i == span.start - 1:
        role = words.pop()  # 'Lawyer Dana Whitcombe', 'Analyst Ray Quill': the occupation
        common = role.is_sent_start and role.lower_ in _words("people", "person_nouns")
        title = role.lower_ if common else role.text
    for k in range(len(words)):  # 'Vice President', not 'President'
        longer = " ".join(w.text for w in words[k:])
        if longer in titles and len(longer) > len(title or ""):
            title = longer
            words = words[:k]  # 'Homeland Security Advisor': no body's name left before it
            break
    if affiliation is None:
        org = canon.organization(" ".join(w.text for w in words if w.text not in titles))
        affiliation = org.name if org else None
    return title, affiliation


def _add_organization(
    span: Span, registry: ParticipantRegistry, mention: Span | None = None
) -> None:
    """`mention`, when given, is the whole written name the body's name stands in."""
    if _is_designation(span.text) or _only_generic_nouns(span.text):
        return
    parts = [p.strip() for p in re.split(r"\s*(?:&|\band\b)\s*", span.text)]
    if len(parts) > 1 and all(canon.country(p) for p in parts):
        # 'U.S. & China' tagged as one organization: two countries.
        offset = span.start_char
        for part in parts:
            start = doc_text(span.doc).index(part, offset)
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
    split = _possessive_split(span)
    if split is not None:
        owned = split.start > span.start
        _add_organization(split, registry, span if owned else None)
        return
    # 'Consumer Reports said': a thing does not speak, so a name that acts is a body's; but
    # a document does ('The Safer Streets Plan calls for ...', 'the Clean Rivers Act says')
    acting = len(span) > 1 and _names_an_actor(span) and not _names_a_document(span)
    stripped = span if acting else _strip_thing_head(span)
    if stripped is None:
        return
    span = stripped
    org = canon.organization(span.text)
    if org is None and len(span) > 1 and span[-1].lower_ in _words("organizations", "org_nouns"):
        org = canon.organization(span[:-1].text)  # 'the Tren de Aragua gang'
    written = mention if mention is not None else span
    described = None if org else _before_a_descriptor(span)
    if described is not None:  # 'the Corvane Press news agency': the name is 'Corvane Press'
        span = described
        org = canon.organization(span.text)
    name = org.name if org else _display_org(span)
    affiliation = org.affiliation if org else _leading_country(span)
    registry.add(name, "organization", _char_span(written), written.text, affiliation=affiliation)


def _before_a_descriptor(span: Span) -> Span | None:
    """The capitalised name before a lower-case descriptor of the organizations lexicon's
    'outlet_descriptors' ('the Telvora Workers union', 'the Halvik Press news agency'), when
    it is more than a country's adjective ('Greek newspaper'). 'party', 'cartel' and 'gang'
    are no descriptors: 'the Labour party', 'the Redmoor cartel' keep their heads."""
    end = len(span)
    while end > 0 and span[end - 1].is_lower and span[end - 1].is_alpha:
        end -= 1
    descriptors = _words("organizations", "outlet_descriptors")
    if end == len(span) or end == 0 or span[-1].lower_ not in descriptors:
        return None
    if not all(t.lower_ == "news" for t in span[end:-1]):
        return None  # 'news agency' or the noun alone: not 'the Corvane workers union'
    name = span[:end]
    if not all(t.text[:1].isupper() or t.lower_ in _FILLERS for t in name):
        return None
    if canon.country_of_word(name.text) or canon.demonym_country(name.text):
        return None
    return name


def _office_phrase(span: Span) -> Span | None:
    """'Chair of the Federation of State Medical Boards', 'the Associate Dean for Rural
    Health' tagged as a body: an office, whose holder is the actor. Gives the body after
    'of'/'for' when it is one (it ends in a body's head), an empty span when there is none,
    or None when the name does not begin with an office."""
    cut = next((t.i for t in span if t.lower_ in {"of", "for"}), None)
    if cut is None or cut == span.start:
        return None
    heads = _words("organizations", "org_heads")
    before = span.doc[span.start : cut]
    if any(t.lower_ in heads for t in before) or not (
        before[-1].text in _titles()
        or before[-1].lemma_.lower() in _words("people", "person_nouns")
    ):
        return None
    rest = span.doc[cut + 1 : span.end]
    rest = _trim(rest) if len(rest) else rest
    if len(rest) and (
        any(t.lower_ in heads or t.lower_.removesuffix("s") in heads for t in rest)
        or canon.organization(rest.text)
    ):
        return rest
    return span.doc[span.start : span.start]


def _possessive_split(span: Span) -> Span | None:
    """ "the Energy Department's Office of Science": a body's name owned by a body names the
    owned body; "the Red Cross's Blood Drive", "the FAA's Safety Plan" name a thing of the
    owner, which is the actor. An owner that is no known body or acronym keeps the whole name
    (a shop or a charity called after a person, "Joe's Diner")."""
    cut = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
    if cut is None:
        return None
    owner, owned = span.doc[span.start : cut], span.doc[cut + 1 : span.end]
    heads = _words("organizations", "org_heads")
    if not (
        canon.organization(owner.text)
        or (owner.text.isupper() and owner.text.isalpha())
        or owner[-1].lower_ in heads
    ):
        return None
    of = next((t.i for t in owned if t.lower_ == "of"), owned.end)
    head = span.doc[of - 1] if of > owned.start else owned[-1]
    if (
        head.lower_ in heads
        or head.lower_ in _words("organizations", "company_words")
        or canon.organization(owned.text)
    ):
        return owned
    return owner


def _strip_thing_head(span: Span) -> Span | None:
    """A name that starts with a verb is a title ('Combat Global Wildlife Smuggling'); not
    a participle that shares the head with the word after 'and' ('the Evolving and
    Emerging Threats Committee')."""
    shared = len(span) > 2 and span[1].lower_ in {"and", "&"}
    if span[0].tag_ in {"VB", "VBG"} and span[0].is_title and not shared:
        return None
    return _strip_thing_words(span)


def _strip_thing_words(span: Span) -> Span | None:
    """'the International Narcotics Control Board Database' names a database; the board in
    it is the actor. A name that is only a thing ('the Stop Fentanyl Act') is no actor."""
    while len(span) > 1 and span[-1].like_num:  # 'Kestrel Air Flight 318'
        span = span[:-1]
    if (
        len(span) > 2
        and span[1].lower_ in {"of", "for"}
        and _is_thing(span[0])
        and span[0].lower_ not in _words("organizations", "org_heads")
    ):
        return None  # 'a Memorandum of Cooperation', 'the Statement of Intent'
    stripped = False
    while len(span) > 1 and _is_thing(span[-1]):
        span, stripped = span[:-1], True
    if _is_thing(span[-1]):
        return None
    if any(_is_thing(t) for t in span[1:]) and not _names_a_body(span):
        return None  # 'the National Statement on behalf'
    if stripped and not (
        span[-1].lower_ in _words("organizations", "org_heads") or canon.organization(span.text)
    ):
        return None  # 'U.S. National Statement' names a statement, not a body
    return span


@cache
def _thing_heads() -> frozenset[str]:
    """Heads of the names of things: the lexicon's things and its documents."""
    return _words("organizations", "thing_heads") | _words("organizations", "document_heads")


def _is_thing(token: Token) -> bool:
    """A head that names a thing, not a body: 'Act', 'Statement', also in the plural
    ('Abraham Accords', 'Executive Orders', 'Management Strategies')."""
    things = _thing_heads()
    word = token.lower_
    return word in things or (word.endswith("s") and singular(word) in things)


def _names_a_document(span: Span, *, plural: bool = False) -> bool:
    """A name whose head names a document, a law or a plan ('the Clean Rivers Act', 'Safer
    Streets Plan', 'Executive Order 14000', 'Tariff Schedule of the Realm'): such a thing
    says and calls for things as its authors do, yet is no actor. The head is the word
    before 'of'/'for', else the last word; with `plural`, also in the plural ('Harbor
    Strategies'), which a magazine's name may be ('Consumer Reports said')."""
    cut = next((t.i for t in span[1:] if t.lower_ in {"of", "for"}), span.end)
    words = [t.lower_ for t in span.doc[span.start : cut] if not t.like_num]
    if not words:
        return False
    heads = _words("organizations", "document_heads")
    forms = {words[-1], " ".join(words[-2:])}
    if plural and words[-1].endswith("s"):
        forms.add(singular(words[-1]))
    return bool(forms & heads)


def _leading_country(span: Span) -> str | None:
    return canon.country_of_word(span[0].text) if len(span) > 1 else None


def _acts(token: Token) -> bool:
    """A place name acts when it is a subject, an agent or a possessor."""
    if token.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    if token.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in token.head.children):
        return True  # 'pressing Beijing to change course'
    return any(child.tag_ == "POS" for child in token.children)


def _add_place(span: Span, registry: ParticipantRegistry) -> None:
    country = canon.country(span.text)
    if country and _qualifies_a_place(span):
        return
    if country and country in _states_named_like_countries(span.doc):
        if _is_scene(span):  # 'fled to Georgia' in an article on Atlanta: the US state
            registry.add(_display(span.text), "location", _char_span(span), span.text)
        return
    if country:
        registry.add(country, "country", _char_span(span), span.text)
        return
    capital_of = canon.capital_country(span.text)
    if capital_of and _acts(span.root) and not _qualifies_a_place(span):
        # not 'a man from Pellton, Washington was held': the state a town is in
        registry.add(capital_of, "country", _char_span(span), span.text)
        return
    if _is_scene(span):
        registry.add(_display(span.text), "location", _char_span(span), span.text)


#: A document cited by number and date, its title in parentheses after it: 'Executive Order
#: 14001 of May 2, 2024 (Promoting Fair Harbor Access)', 'Proclamation 9900 of ...'.
_CITED_TITLE = re.compile(
    r"\b(?:Orders?|Proclamations?|Memorandums?|Memoranda|Directives?|Determinations?)"
    r"\s+(?:No\.\s*)?\d[\d-]*\s+of\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},?\s*(\([^()]{3,400}\))"
)
_CITED_TITLES_KEY = "newsfacts.cited_titles"


def _in_a_cited_title(span: Span) -> bool:
    """A name inside the title of a cited document ('... of May 2, 2024 (Restoring Trust in
    Harbor Pilots and Protecting Ports)') is a word of the title, not an actor."""
    found = span.doc.user_data.get(_CITED_TITLES_KEY)
    if not isinstance(found, list):
        text = doc_text(span.doc)
        found = [m.span(1) for m in _CITED_TITLE.finditer(text)] if "(" in text else []
        span.doc.user_data[_CITED_TITLES_KEY] = found
    return any(start < span.start_char and span.end_char < end for start, end in found)


_TITLE_JOINERS = frozenset({",", "and", "&", "the", "of", "for", "on", "in", "to"})


def _before_a_document_head(span: Span) -> bool:
    """'the Safer Harbors (SHA) for Coastal Towns Act of 2031', 'Halvik Memorial Day': a
    name that one run of capitalised words, joining words and a parenthesised abbreviation
    on its line leads to the head of a document or another thing ('Act', 'Plan', 'Day'),
    which ends the run, is a word of that thing's name, not an actor. Known bodies and
    countries stay, so do names with a body's head word ('the Telvora Council Act')."""
    doc = span.doc
    if canon.organization(span.text) or canon.country(span.text):
        return False
    heads = _body_heads()
    if any(t.lower_ in heads for t in span):
        return False
    if any(t.tag_ == "POS" for t in doc[span.start : min(span.end + 1, len(doc))]):
        return False  # "Mayor Whitcombe's Safer Harbors Plan": the plan's owner
    i = span.end
    while i < len(doc) and i - span.end <= 12 and "\n" not in doc[i - 1].whitespace_:
        token = doc[i]
        if token.is_alpha and (token.is_title or token.is_upper):
            if token.lower_ in heads or token.ent_type_ == "PERSON":
                return False  # 'Whitcombe and Bill Grant': a person, not a thing's head
            after = doc[i + 1] if i + 1 < len(doc) else None
            if token.is_title and _is_thing(token) and not (after and after.is_title):
                return True  # the head ends the name: 'Act of 2031', 'Summit in May'
        elif token.lower_ not in _NAME_JOINERS:
            return False  # 'added Telvora to the Entity List': no word of the list's name
        i += 1
    return False


#: Words inside the name of a thing after a name that is a word of it.
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "(", ")"})


_LONGER_NAME_JOINERS = frozenset({"for", "on", "to", "("})


def _continues_a_longer_name(span: Span) -> bool:
    """'Deputy Secretary of Transport for Ferry Crews’ Welfare', 'a Halvik Task Force on
    Timber and Sawmill Towns': a name joined by 'for'/'on'/'to'/'(' to a run of capitalised
    words on its line that holds a title or a body's head word continues that office's or
    body's name; it is no actor of its own. Names with a body's head word, known bodies,
    countries, abbreviations and a holder's name after an office stay."""
    doc = span.doc
    if span.text.isupper() or canon.organization(span.text) or canon.country(span.text):
        return False
    heads = _body_heads()
    if any(t.lower_ in heads for t in span):
        return False
    if _office_holder_tail(span) is not None:
        return False  # 'Ambassador to Halvik Dana Whitcombe': the holder's name
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        return False  # 'Board of Trustees for the Halvik Museum': a body of its own
    if i < 1 or doc[i].lower_ not in _LONGER_NAME_JOINERS | {"and"} or "\n" in doc[i].whitespace_:
        return False
    joiner = None
    while i >= 0 and span.start - i <= 12 and "\n" not in doc[i].whitespace_:
        token = doc[i]
        if token.lower_ in _LONGER_NAME_JOINERS:
            joiner = joiner or token.lower_
        elif token.text[:1].isupper():
            if joiner and (token.text in _titles() or (joiner != "to" and token.lower_ in heads)):
                return True
        elif not (token.lower_ in _FILLERS or token.text in {",", "’", "'", "’s", "'s"}):
            return False
        i -= 1
    return False


def _in_a_document_title(span: Span) -> bool:
    """'the Pellton-Halvik Framework for Trade, Clean Water, and Safe Harbors': a name
    written after a document's head and 'for'/'on'/'of' in one run of capitalised words,
    commas and joining words is a word of that document's title, not an actor. A known
    body stays ('the Budget for the Department of Labor')."""
    doc = span.doc
    if canon.organization(span.text):
        return False
    heads = _words("organizations", "document_heads")
    i = span.start - 1
    while i > 0 and span.start - i <= 12:
        token = doc[i]
        if "\n" in token.whitespace_ or not (
            token.lower_ in _TITLE_JOINERS or token.is_title or token.text in _HYPHENS
        ):
            return False
        if token.lower_ in {"for", "on", "of"} and doc[i - 1].is_title:
            return doc[i - 1].lower_ in heads
        i -= 1
    return False


_US_STATES_KEY = "newsfacts.us_states"


def _states_named_like_countries(doc: Doc) -> frozenset[str]:
    """The US states named like a country ('Georgia') that the article places in the United
    States: after a town and a comma ('Atlanta, Georgia'), in 'state of' / 'District of' /
    'University of', as a plain word before a common noun ('a Georgia college student',
    'Georgia prosecutors'), or in a sentence that names another US state ('from Texas and
    Georgia'); not where the country's adjective or capital appears ('Georgian', 'Tbilisi')."""
    found = doc.user_data.get(_US_STATES_KEY)
    if isinstance(found, frozenset):
        return found
    text = doc_text(doc)
    # 'Washington' may be the US government, beside the country as well as the state
    states = canon.us_states() - {"Washington"}
    placed = {
        country
        for state, (country, country_words) in _country_named_states().items()
        if state in text
        and not country_words.search(text)
        and _placed_in_the_states(doc, state, states - {state})
    }
    result = frozenset(placed)
    doc.user_data[_US_STATES_KEY] = result
    return result


@cache
def _country_named_states() -> dict[str, tuple[str, re.Pattern[str]]]:
    """US state -> the country of that name and a pattern of the country's own words
    (its adjective and capital: 'Georgian', 'Tbilisi')."""
    lexicon = load_lexicon("countries")
    table: dict[str, tuple[str, re.Pattern[str]]] = {}
    for state in canon.us_states():
        country = canon.country(state)
        if country is None:
            continue
        words = {
            word
            for key in ("demonyms", "capitals")
            for word, code in lexicon[key].items()
            if canon.country_by_code(code) == country
        }
        table[state] = (
            country,
            _word_pattern(frozenset(words) or frozenset({"\x00"}), ignore_case=False),
        )
    return table


_STATE_CUE = re.compile(r"\b(?:(?:[Ss]tate|District|University|[Gg]overnor) of|([A-Z][a-z]+),)\s*$")
#: Words after a state's name that make it the state's ('Georgia law', 'Georgia lawmakers').
_STATE_NOUNS = {"law", "laws", "legislature", "state", "county", "counties", "college", "resident"}


def _placed_in_the_states(doc: Doc, state: str, others: frozenset[str]) -> bool:
    text = doc_text(doc)
    for match in re.finditer(rf"\b{re.escape(state)}\b", text):
        cue = _STATE_CUE.search(text[max(0, match.start() - 40) : match.start()])
        if cue and not (cue.group(1) and canon.country_of_word(cue.group(1))):
            return True  # 'Atlanta, Georgia', not 'Russia, Georgia and Armenia'
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if (
            after is not None
            and after.is_lower
            and span.root.dep_ in {"compound", "nmod"}
            and (
                after.lower_ in _STATE_NOUNS
                or after.lower_ in _group_heads()
                or after.lemma_ in _words("people", "person_nouns")
            )
        ):
            return True  # 'a Georgia college student', 'Georgia prosecutors', 'Georgia law'
        sentence = span.sent.text
        if _names_pattern(others).search(sentence):
            return True
    return False


@cache
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """Any of the names, case kept, as whole words."""
    return _word_pattern(names, ignore_case=False)


def _qualifies_a_place(span: Span) -> bool:
    """'Vienna, Austria': a country after a city and a comma only says where the city is."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    before = doc[span.start - 2]
    if before.ent_type_ not in {"GPE", "LOC"}:
        return False
    start = before.i
    while start > 0 and before.ent_iob_ != "B" and doc[start - 1].ent_type_ == before.ent_type_:
        start -= 1
        before = doc[start]
    return canon.country(doc[start : span.start - 1].text) is None


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


_NATIONALITY = re.compile(
    r",\s+(?:an?\s+)?(?:\d+-year-old\s+)?(?:(?P<people>[A-Z][a-z]+)\s+)?(?:national|citizen)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?"
)


def _add_nationals(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Dario Velmont-Ruiz, a Corvanian national with a conviction for ...', 'Lin Tao Mei,
    a 41-year-old citizen of Telvora': the proper name before such an apposition is a
    person, also where the model tagged it as a body or a place or missed it."""
    text = doc_text(doc)
    for match in _NATIONALITY.finditer(text):
        people, country = match.group("people"), match.group("country")
        if not (people and canon.country_of_word(people) or country and canon.country(country)):
            continue
        comma = doc.char_span(match.start(), match.start() + 1)
        if comma is None or comma.start == 0:
            continue
        words: list[Token] = []
        i = comma.start - 1
        while i >= 0 and len(words) < 6:
            token = doc[i]
            if not (token.tag_ == "NNP" and token.is_title or token.text == "-" and words):
                break
            words.insert(0, token)
            if _begins_a_line(token) or "\n" in token.whitespace_:
                break
            i -= 1
        while words and (words[0].text == "-" or words[0].lower_ in _lower_titles()):
            words.pop(0)
        if sum(t.tag_ == "NNP" for t in words) < 2:
            continue
        span = (words[0].idx, words[-1].idx + len(words[-1].text))
        name = text[span[0] : span[1]]
        found = registry.find(span)
        if found is not None and found.kind == "person":
            continue
        person = registry.add(name, "person", span, name)
        if found is not None and canon.fold(found.name) == canon.fold(name):
            registry.merge(found, person)


def _add_untagged_bodies(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Halcones wing of the Redmoor Cartel' where the model saw no entity: a run of
    capitalised words up to its last body's head ('Cartel', 'Team', 'Agency') names a body,
    also with an acronym first ('the CBP Canine Detection Team'). Not in a headline, and
    not after 'in' or 'at' (a place: 'in the Oval Office'). A company's word ends a name
    too ('Brightwell Foods made an offer')."""
    heads = _words("organizations", "org_heads") | (
        _words("organizations", "company_words") - _words("organizations", "facility_heads")
    )
    tokens = doc_tokens(doc)
    i = 0
    while i < len(tokens):
        end = i
        while end < len(tokens) and _untagged_name_word(tokens[end]):
            end += 1
        last_head = max(
            (t.i for t in tokens[i:end] if t.is_title and t.lower_ in heads), default=None
        )
        title_end = _title_starting_at(doc, i) or 0
        if last_head is not None and last_head > i and title_end <= last_head:
            # not 'Chief Financial' of the title 'Chief Financial Officer'
            _add_untagged_body(doc[i : last_head + 1], registry)
        i = max(end, i + 1)


#: Nouns for what a body says or who says it for the body: 'A statement from Corvane
#: said', 'a spokeswoman for Telvora Foods'.
_STATEMENT_NOUNS = frozenset({"statement", "spokesman", "spokeswoman", "spokesperson"})
_SOURCE_LINKS = frozenset({"from", "for", "by", "of"})


def _add_statement_sources(doc: Doc, registry: ParticipantRegistry) -> None:
    """'A statement from Corvane said ...', 'a spokeswoman for Telvora Foods', 'a Corvane
    spokesman': the name the model saw no entity in, given as the source of a statement or
    as whom a spokesperson speaks for, is a body that speaks. Not a known country or place,
    not a person's name (given name first), not in a line all in capitals."""
    for token in doc_tokens(doc):
        if token.lower_ not in _STATEMENT_NOUNS or token.pos_ != "NOUN":
            continue
        start = end = None
        i = token.i + 1
        if i < len(doc) and doc[i].lower_ in _SOURCE_LINKS:
            start = i + 1
            if start < len(doc) and doc[start].lower_ == "the":
                start += 1
            end = start
            while end < len(doc) and end - start < 5 and _untagged_name_word(doc[end]):
                end += 1
        elif token.i > 0 and doc[token.i - 1].dep_ == "compound":
            end = token.i
            start = end
            while start > 0 and end - start < 5 and _untagged_name_word(doc[start - 1]):
                start -= 1
        if start is None or end is None or end <= start:
            continue
        span = doc[start:end]
        if (
            any(t.ent_type_ for t in span)
            or registry.covered(_char_span(span))
            or span.sent.text.isupper()
            or canon.country(span.text)
            or span[0].lower_ in _given_names()
            or any(_common_word(t) for t in span)
        ):
            continue
        _add_organization(span, registry)


_KNOWN_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]*[A-Z0-9]$")


def _add_known_acronyms(doc: Doc, registry: ParticipantRegistry) -> None:
    """'The G7 nations had met', 'ICE arrests of migrants': the acronym of a known body that
    the model saw no entity in, also as a modifier, is a mention of the body. Not in a line
    all in capitals (a headline or a shouted sentence)."""
    for token in doc_tokens(doc):
        if token.ent_type_ or not _KNOWN_ACRONYM.match(token.text) or len(token.text) > 8:
            continue
        org = canon.organization(token.text)
        if org is None or registry.covered(_char_span(token)):
            continue
        line = token.sent.text
        if line.isupper() or _part_of_a_title(doc[token.i : token.i + 1]):
            continue
        registry.add(
            org.name, "organization", _char_span(token), token.text, affiliation=org.affiliation
        )


#: Entity labels of a person, a place or a thing: no one-word body ('Greystone bought').
_NOT_BODY_LABELS = {"PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def _add_recurring_subjects(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Greystone recently bought ...', 'Greystone is keen ...': a one-word name the model
    never tags as a person, place or thing, that is the subject of a verb in at least three
    sentences of its own, acts, so it is a body (an organization)."""
    known = {w for p in registry for alias in p.aliases for w in alias.split()}
    uses: dict[str, list[Token]] = {}
    for token in doc_tokens(doc):
        if token.pos_ == "PROPN" and token.is_title and token.is_alpha and len(token) > 2:
            uses.setdefault(token.text, []).append(token)
    for tokens in uses.values():
        if tokens[0].text in known or any(t.ent_type_ in _NOT_BODY_LABELS for t in tokens):
            continue  # 'Roe' of 'Jane Roe'
        acting = {
            t.sent.start
            for t in tokens
            if t.dep_ == "nsubj"
            and t.head.pos_ in {"VERB", "AUX"}
            and not t.ent_type_
            and not any(c.dep_ in {"compound", "flat", "det"} for c in t.children)
            and not t.sent.text.isupper()
        }
        if len(acting) < 3 or canon.country(tokens[0].text) or _common_word(tokens[0]):
            continue
        if any(t.lower_ == t.text for t in doc_tokens(doc) if t.lower_ == tokens[0].lower_):
            continue  # also written in lower case: a common word
        for t in tokens:
            if t.dep_ != "compound" and not registry.covered(_char_span(t)):
                _add_organization(doc[t.i : t.i + 1], registry)


def _untagged_name_word(token: Token) -> bool:
    return _name_word(token) and (not token.ent_type_ or token.text.isupper())


def _add_untagged_body(span: Span, registry: ParticipantRegistry) -> None:
    doc = span.doc
    first = span.start - 2
    if (
        first >= 0
        and doc[first + 1].lower_ in {"and", "&"}
        and _untagged_name_word(doc[first])
        and (first == 0 or not _name_word(doc[first - 1]))
    ):
        # 'the Fish and Wildlife Service': one capitalised word and 'and' begin the name
        span = doc[first : span.end]
    if registry.covered(_char_span(span)) or _only_in_a_title_case_headline(span):
        return
    i = span.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in {"in", "at", "inside", "outside"}:
        return
    _add_organization(span, registry)


# -- offices, abbreviations ------------------------------------------------------------------


@cache
def _office_terms() -> list[
    tuple[str, str | None, tuple[str, ...], tuple[tuple[str, str, str], ...]]
]:
    """(office, affiliation, publisher words, ((holder, from, to), ...)) of the people lexicon."""
    return [
        (
            entry["office"],
            entry.get("affiliation"),
            tuple(w.lower() for w in entry["publishers"]),
            tuple((h["name"], h["from"], h["to"]) for h in entry["holders"]),
        )
        for entry in load_lexicon("people")["office_terms"]
    ]


def _add_office_terms(
    doc: Doc, registry: ParticipantRegistry, publisher: str | None, published_at: datetime | None
) -> None:
    """'On Tuesday, the President signed into law ...' in a release of the office's own
    publisher: 'the President' is the holder of the office on the day of publication, a
    person of the article even where the text never names him."""
    if not publisher or published_at is None:
        return
    source, day = publisher.lower(), published_at.date().isoformat()
    for office, affiliation, publishers, holders in _office_terms():
        if not any(w in source for w in publishers):
            continue
        holder = next((n for n, start, end in holders if start <= day < end), None)
        if holder is None:
            continue
        words = office.split()
        for match in re.finditer(rf"\b[Tt]he {re.escape(office)}\b", doc_text(doc)):
            span = doc.char_span(match.start() + 4, match.end())
            if span is None or len(span) != len(words) or span.end >= len(doc):
                continue
            after = doc[span.end]
            if (
                after.lower_ in {"of", "-"}
                or _name_word(after)
                or after.text in {"’s", "'s"}
                and (span.end + 1 < len(doc) and doc[span.end + 1].is_title)
            ):
                continue  # 'the President of Mexico', "the President's Summit"
            registry.add(
                holder, "person", _char_span(span), span.text, title=office, affiliation=affiliation
            )
        _add_first_person_author(doc, registry, office, affiliation, holder)


@cache
def _first_person_signs() -> dict[str, tuple[frozenset[str], re.Pattern[str] | None]]:
    """office -> (lemmas of the office's own acts, pattern of the phrases only its holder
    writes of himself) from the people lexicon's office_terms."""
    signs: dict[str, tuple[frozenset[str], re.Pattern[str] | None]] = {}
    for entry in load_lexicon("people")["office_terms"]:
        cues = entry.get("first_person_cues", [])
        pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))})\b", re.I) if cues else None
        signs[entry["office"]] = (frozenset(entry.get("first_person_acts", [])), pattern)
    return signs


#: A transcript's speaker label at a line start ('Q ', 'MS. HALVIK:'): there 'I' is a speaker.
_SPEAKER_LABEL = re.compile(r"(?m)^\s*(?:Q\b|[A-Z][A-Z.’' -]{2,}:)")


def _add_first_person_author(
    doc: Doc, registry: ParticipantRegistry, office: str, affiliation: str | None, holder: str
) -> None:
    """'Last month I signed the Corvane Act into law' in a message of the office's own
    publisher that never names its author: 'I' is the holder of the office when 'I'
    performs an act of the office or the text has a phrase only the holder writes ('my
    Administration'). Not in a transcript, where 'I' is whoever speaks, nor where the
    holder's surname appears (his name is then the participant)."""
    acts, cues = _first_person_signs().get(office, (frozenset(), None))
    if not acts and cues is None:
        return
    text = doc_text(doc)
    if re.search(rf"\b{re.escape(holder.split()[-1])}\b", text, re.I) or _SPEAKER_LABEL.search(
        text
    ):
        return
    regions = quoted_stretches(text)
    subjects = [
        t
        for t in doc_tokens(doc)
        if t.text == "I"
        and t.dep_ in {"nsubj", "nsubjpass"}
        and not any(s <= t.idx < e for s, e in regions)
    ]
    if not subjects:
        return
    if not (
        any(t.head.lemma_ in acts for t in subjects) or (cues is not None and cues.search(text))
    ):
        return
    for token in subjects:
        registry.add(holder, "person", _char_span(token), "", title=office, affiliation=affiliation)


def _add_office_holders(doc: Doc, registry: ParticipantRegistry) -> None:
    """'The Secretary of Commerce will submit a report': an office of a known body named
    without its holder's name is a person of the article, named by the office. With a name
    after it ('Secretary of State Antony Blinken') the office is only that person's title."""
    for token in doc_tokens(doc):
        if not (token.is_title and token.text in _titles()) or token.i < 1:
            continue
        if doc[token.i - 1].lower_ != "the" or token.i + 2 >= len(doc):
            continue
        if doc[token.i + 1].lower_ != "of":
            continue
        end, org = _known_body_after(doc, token.i + 2)
        if org is None or (end < len(doc) and _name_word(doc[end])):
            continue
        span = doc[token.i : end]
        name = _name_text(span)
        registry.add(name, "person", _char_span(span), span.text, title=name, affiliation=org)
    _add_named_offices(doc, registry)


def _add_named_offices(doc: Doc, registry: ParticipantRegistry) -> None:
    """'The Order directs the Attorney General to ...', 'the Secretary of War and Attorney
    General': an office of two words or more after 'the' (or coordinated with one) and
    without a name after it is a person named by the office, or the one person of the
    article who holds that title ('Vice President Kamala Harris' ... 'the Vice President')."""
    i = 1
    while i < len(doc):
        if doc[i - 1].lower_ != "the" or not doc[i].is_title:
            i += 1
            continue
        end = _title_starting_at(doc, i)
        if i >= 3 and doc[i - 2].text == "," and doc[i - 3].ent_type_ == "PERSON":
            end = None  # 'Ida Marsh, the Chief Operating Officer of ...': her title only
        if i >= 2 and doc[i - 2].lower_ == "as":
            end = None  # 'served as the Deputy Director': a post held, no actor
        offices: list[Span] = []
        while end is not None and not (end < len(doc) and _name_word(doc[end])):
            offices.append(doc[i:end])
            if end + 1 >= len(doc) or doc[end].lower_ != "and":
                break
            i, end = end + 1, _title_starting_at(doc, end + 1)
        if not (offices and _office_goes_on(doc, offices[-1].end)):
            for office in offices:
                _add_office(office, registry)
        i += 1


def _office_goes_on(doc: Doc, end: int) -> bool:
    """'the Deputy Director of the Office of Privacy', 'the Senior Director for Asian
    Affairs': a title continued by 'of'/'for' and a capitalised name is only the first part
    of a longer office, itself no one's name."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"of", "for"}:
        return False
    after = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
    return after.is_title


def _add_office(span: Span, registry: ParticipantRegistry) -> None:
    title = span.text.lower()
    holders = [p for p in registry if p.kind == "person" and p.title and p.title.lower() == title]
    if len(holders) == 1:
        registry.add(holders[0].name, "person", _char_span(span), span.text)
    elif not holders and not registry.covered(_char_span(span)):
        registry.add(span.text, "person", _char_span(span), span.text, title=span.text)


def _known_body_after(doc: Doc, start: int) -> tuple[int, str | None]:
    """The longest run of capitalised words at `start` ('the' allowed first) that names a
    known body: its end and the body's name."""
    i = start + 1 if doc[start].lower_ == "the" else start
    best: tuple[int, str | None] = (start, None)
    end = i
    while end < len(doc) and _name_word(doc[end]) and end - i < 6:
        end += 1
        org = canon.organization(doc[i:end].text)
        if org is not None:
            best = (end, org.name)
    return best


_ACRONYM = re.compile(r"^[A-Z][A-Za-z&.-]*[A-Z]\.?$")


def _parentheticals(doc: Doc) -> Iterator[tuple[Token, Span]]:
    """Each short name in parentheses, with the word right before the parentheses:
    'Federal Bureau of Investigation (FBI)', 'Tomás Ignacio Vega Ruelas (“El Güero”)'."""
    for match in re.finditer(r"\(", doc_text(doc)):
        found = doc.char_span(match.start(), match.end())
        if found is None or found.start == 0:
            continue
        token = found[0]
        close = next((t.i for t in doc[token.i + 1 : token.i + 8] if t.text == ")"), None)
        inner = [t for t in doc[token.i + 1 : close or token.i + 1] if not t.is_quote]
        if not inner:
            continue
        span = doc[inner[0].i : inner[-1].i + 1]
        if _ACRONYM.match(span.text) or all(t.is_title or t.is_punct for t in span):
            yield _before_a_citation(doc, token.i - 1), span


def _before_a_citation(doc: Doc, i: int) -> Token:
    """'the Halvik Trade Powers Act (12 U.S.C. 400 et seq.) (HTPA)': the short name
    follows a parenthetical of its own (a citation, a date), so it names the words before
    that parenthetical."""
    if doc[i].text != ")":
        return doc[i]
    opening = next((t.i for t in reversed(doc[max(i - 12, 0) : i]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(" or opening == 0:
        return doc[i]
    if not any(t.like_num for t in doc[opening + 1 : i]):
        return doc[i]  # only citations and dates, which hold numbers
    return doc[opening - 1]


def _add_spelled_bodies(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Immigration and Customs Enforcement (ICE) said', 'General Motors (GM) and Chrysler':
    capitalised words whose initials the abbreviation in parentheses after them spells
    name a body, whatever the model saw there (nothing, a title and a person, two bodies)."""
    for before, inner in _parentheticals(doc):
        letters = inner.text.replace(".", "")
        if not (_ACRONYM.match(inner.text) and letters.isupper() and before.text[:1].isupper()):
            continue
        start = before.i
        while start > 0 and before.i - start < 10:
            word = doc[start - 1]
            if not (word.text[:1].isupper() or word.lower_ in _FILLERS) or "\n" in word.whitespace_:
                break
            start -= 1
        for i in range(start, before.i + 1):
            span = doc[i : before.i + 1]
            if span[0].lower_ in _FILLERS or _initials(span.text) != letters:
                continue
            if _names_a_document(span, plural=True) or _before_a_document_head(span):
                # 'Harbor Safety Strategies (HSS)': neither the name nor its letters, nor a
                # piece of it the model saw as a name ('Harbor Safety'), is an actor; nor
                # is 'Safer Harbors (SH)' of 'the Safer Harbors (SH) for Pilots Act'
                _spelled_things(doc).append((span.start_char, inner.end_char, inner.text))
                break
            if not (
                canon.country(span.text)
                or _is_title_word(span[-1])  # 'Maritime Safety Coordinator (MSC)': a title
                or registry.covered(_char_span(span))
                or any(t.ent_type_ in _THING_LABELS for t in span)
                or all(t.ent_type_ in {"DATE", "TIME"} for t in span)  # 'Fiscal Year (FY)'
                or (i > 0 and doc[i - 1].lower_ in {"a", "an"})
                or _names_a_kind_of_thing(span, span)  # 'an Orbit Browser (OB) flaw'
                or _used_as_a_product(span)  # 'a flaw in Orbit Browser (OB)'
            ):
                _add_organization(span, registry)  # not an act: 'Powers Act (IEEPA)'
            break


_SPELLED_THINGS_KEY = "newsfacts.spelled_things"


def _spelled_things(doc: Doc) -> list[tuple[int, int, str]]:
    """Documents named with their abbreviation in parentheses: (start, end, abbreviation)."""
    found = doc.user_data.setdefault(_SPELLED_THINGS_KEY, [])
    assert isinstance(found, list)
    return found


def _in_a_spelled_thing(span: Span) -> bool:
    """A name inside a document's spelled name, or that document's abbreviation; or,
    elsewhere, a piece of that name that names no known body and does not speak."""
    text = doc_text(span.doc)
    for start, end, letters in _spelled_things(span.doc):
        if start <= span.start_char and span.end_char <= end or span.text == letters:
            return True
        if (
            len(span) > 1
            and span.text in text[start:end]
            and canon.organization(span.text) is None
            and not _names_an_actor(span)
        ):
            return True
    return False


#: Entity labels of things named like bodies ('Orbit Browser (OB)').
_THING_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}


def _drop_product_names(registry: ParticipantRegistry) -> None:
    """'Corvane Pay', 'Corvane Maps', 'Corvane TV' beside 'Corvane': a name that ends in a
    word of a product or service is that product, not a body, and the company in it is
    no other name of it; the company is a participant only where it is named alone.
    'TV', and a name the model took for a person's, make a product only after the name of
    a body of the article ('Sky TV' alone is a channel, 'Dana Pay' a person); a known
    body's name is kept."""
    words = _words("organizations", "product_name_words")
    bodies = {p.name for p in registry.of_kind("organization")}
    for participant in registry.of_kind("organization") + registry.of_kind("person"):
        name = participant.name.split()
        if len(name) < 2 or name[-1].lower() not in words or canon.organization(participant.name):
            continue
        owner = " ".join(name[:-1])
        if owner not in bodies and (name[-1].lower() == "tv" or participant.kind == "person"):
            continue  # 'Sky TV', a channel; 'Dana Pay', a person
        registry.drop(participant)


def _fold_parenthetical_aliases(doc: Doc, registry: ParticipantRegistry) -> None:
    """The name in parentheses after an actor is another name of that actor ('the Chinese
    Communist Party (CCP)'); after a title that is no actor ('U.S. Interdiction Coordinator
    (USIC)') an abbreviation is no actor either."""
    for before, inner in _parentheticals(doc):
        alias = canon.fold(inner.text)
        owner = registry.find(_char_span(before))
        if (
            owner is not None
            and owner.kind in {"person", "organization"}
            and inner.root.ent_type_ in {"GPE", "LOC"}
            and not _ACRONYM.match(inner.text)
        ):
            continue  # 'P.J. Carlesimo (Oklahoma City)': where he is from, not another name
        if owner is not None and owner.kind == "person" and inner.root.ent_type_ == "WORK_OF_ART":
            continue  # 'writer Dana Whitcombe ("Starfall")': her work, not another name
        named = [
            p
            for p in registry
            if p is not owner and alias in {canon.fold(a) for a in [p.name, *p.aliases]}
        ]
        if owner is None:
            if before.is_title and _ACRONYM.match(inner.text):
                for other in named:
                    registry.drop(other)
            continue
        registry.add(owner.name, owner.kind, _char_span(inner), inner.text)
        for other in named:
            if other.kind != "country" or owner.kind == "country":
                registry.merge(other, owner)


_FILLERS = {"of", "for", "and", "the", "on", "in", "to", "&"}


def _initials(name: str) -> str:
    """'Commission on Narcotic Drugs' -> 'CND'."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FILLERS]
    # an abbreviation in the name gives all its letters ('UN Relief and Works Agency': UNRWA)
    return "".join(
        w if w.isupper() and w.isalpha() else w[0].upper() for w in words if w[0].isalpha()
    )


def _fold_initialisms(registry: ParticipantRegistry) -> None:
    """'GM' after 'General Motors', 'CND' after 'the United Nations' Commission on Narcotic
    Drugs': an abbreviation that spells the initials of the end of exactly one organization's
    name is that organization."""
    organizations = [p for p in registry if p.kind == "organization"]
    for short in organizations:
        if not re.fullmatch(r"[A-Z]{2,6}", short.name):
            continue
        owners = [
            p
            for p in organizations
            if p is not short
            and " " in p.name
            and any(_initials(n).endswith(short.name) for n in [p.name, *p.aliases] if " " in n)
        ]
        if not owners and len(short.name) >= 3:
            owners = [
                p
                for p in organizations
                if p is not short and " " in p.name and _spells_some_initials(short.name, p.name)
            ]
        if len(owners) == 1:
            registry.merge(short, owners[0])


def _spells_some_initials(short: str, name: str) -> bool:
    """'FCHRG' for 'First Church of the Holy Redeemer of Glenford': the letters
    are initials of the name's words in order, the first and the last among them."""
    initials = _initials(name)
    if len(initials) <= len(short) or short[0] != initials[0] or short[-1] != initials[-1]:
        return False
    remaining = iter(initials[1:-1])
    return all(letter in remaining for letter in short[1:-1])


# -- groups ---------------------------------------------------------------------------------


@cache
def _group_heads() -> frozenset[str]:
    """Heads of unnamed collectives: the group nouns of the lexicon and the plural of every
    noun that names a person ('paramedics', 'friends', 'spokesmen')."""
    return _words("people", "group_heads") | frozenset(
        plural_of(noun) for noun in _words("people", "person_nouns") if noun not in _HUMANS
    )


_HUMANS = {"man", "woman"}  # 'men and women', '20 women': people, no particular group


def _titles() -> frozenset[str]:
    return _words("people", "titles")


def _add_groups(doc: Doc, registry: ParticipantRegistry) -> None:
    """Unnamed collectives: those described by a modifier that act ('senior officials
    said'), those of a country in any role ('PRC chemical companies', 'politicians in
    Germany'), counted ones ('19 individuals') and bare ones that speak ('Authorities
    said')."""
    for chunk in noun_chunks(doc):
        head = chunk.root
        enforcement = _law_enforcement(head)
        if head.lower_ not in _group_heads() | _WORK_UNITS and not enforcement:
            continue
        if head.pos_ == "PROPN" and not _opens_sentence(head) or _team_name(head):
            continue
        if head.ent_type_ in {"ORG", "PERSON", "FAC"} or any(t.is_quote for t in chunk):
            continue
        if chunk[0].tag_ in {"WP$", "WDT", "WP"}:
            continue  # 'whose leaders': the group is the noun before
        if chunk.start > 0 and doc[chunk.start - 1].lower_ == "as":
            continue  # 'we as teachers have to': a role, not a group
        if head.lower_ in _KIN_COLLECTIVES and not (
            head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of"
        ):
            continue  # 'American families' in general; 'the families of the crew' act
        first = _first_conjunct(head)  # 'Fire crews and police officers were called'
        if (
            first is not head
            and not _inherits_the_role(first, head)
            # 'Soldiers and police searched': the force is a body of its own
            and not _beside_a_force(first, head)
        ):
            continue
        if _known_holders(chunk, registry):
            continue
        acts = first.dep_ in {"nsubj", "nsubjpass"} or (
            first.dep_ == "pobj" and first.head.lower_ == "by"
        )
        if acts and (_generic_subject(first) or _only_described(first) or _undergoes(first)):
            acts = False
        if head.lower_ in _WORK_UNITS and not (
            acts and _does(first) and not any(c.dep_ == "nummod" for c in head.lefts)
        ):
            continue  # 'fund 62 road repair teams', 'Other teams are ...': no actor
        speaks = first.dep_ == "nsubj" and first.head.lemma_ in _words("speech", "reporting_verbs")
        place = _country_phrase_end(head)
        collective = enforcement or head.lower_ in _words("people", "actor_collectives")
        if place is not None and not any(t.i < head.i and t.is_alpha for t in chunk[1:]):
            _add_group_chunk(chunk, registry, bare=True, end=place)
        elif acts or any(canon.country_of_word(t.text) for t in chunk if t.i < head.i):
            _add_group_chunk(
                chunk,
                registry,
                bare=speaks or (head.tag_ in {"NNS", "NNPS"} and (_does(first) or collective)),
            )
        elif collective and _acted_on(first):
            _add_group_chunk(chunk, registry, bare=True, graded=True)
        elif _targeted(first, chunk):
            act = _listed_act(head)  # '- Detained armed smugglers': not the verb
            phrase = chunk if act is None else doc[act.i + 1 : chunk.end]
            _add_group_chunk(phrase, registry, graded=True)
        elif _counted(chunk) and not _undergoes(first):
            _add_group_chunk(chunk, registry)


def _undergoes(head: Token) -> bool:
    """'40,000 pupils would lose their places', 'grants for 9,000 families': a group that
    only gets, loses or needs something, or that something is for, does not act."""
    if head.dep_ == "nsubj":
        return head.head.lemma_.lower() in _words("people", "undergoing_verbs")
    return head.dep_ == "pobj" and head.head.lower_ == "for"


def _law_enforcement(head: Token) -> bool:
    """'attacking law enforcement', 'U.S. law enforcement seized ...': the police and
    agents of a country as one collective, named by their work."""
    if head.dep_ == "conj" and head.head.lower_ not in _group_heads():
        return False  # 'improving harbour monitoring and law enforcement': the work
    return head.lower_ == "enforcement" and any(
        c.dep_ == "compound" and c.lower_ == "law" for c in head.lefts
    )


def _known_holders(chunk: Span, registry: ParticipantRegistry) -> bool:
    """'Sgt. Dana Voss and Officer Rui Tamm ... a flare launched by the officers': a bare
    plural with only 'the' points back to named people of the article who hold that title,
    not to a group of its own."""
    head = chunk.root
    if _paired_leaders(chunk, registry):
        return True
    if [t.lower_ for t in chunk] != ["the", head.lower_] or head.lemma_ == head.lower_:
        return False
    singular = head.lemma_.lower()
    for person in registry:
        if person.kind == "person" and person.title:
            # 'the Secretaries' after 'the Secretary of Defense': the word before 'of'
            last = person.title.lower().split(" of ")[0].split()[-1]
            if _TITLE_WORDS.get(last, last) == singular:
                return True
    return False


_LEADER_HEADS = {"leaders", "presidents"}
_PAIR_WORDS = {"the", "both", "two", "three", "all"}


def _paired_leaders(chunk: Span, registry: ParticipantRegistry) -> bool:
    """'The two leaders discussed ...', 'both leaders agreed', 'the leaders welcomed' in a
    readout of a meeting of two titled people: the plural points back to those people,
    no group of its own ('the leaders of the union' is one)."""
    head = chunk.root
    words = [t.lower_ for t in chunk]
    if head.lower_ not in _LEADER_HEADS or words[-1] != head.lower_ or len(words) < 2:
        return False
    if (
        not set(words[:-1]) <= _PAIR_WORDS
        or head.i + 1 < len(chunk.doc)
        and (chunk.doc[head.i + 1].lower_ in {"of", "from"})
    ):
        return False
    titled = [p for p in registry.of_kind("person") if p.title]
    return len(titled) >= 2


def _opens_sentence(head: Token) -> bool:
    """'Looters smashed the windows': a plural common noun capitalised only because it
    opens the sentence, which the model may tag as a proper noun."""
    return head.tag_ == "NNPS" and head.i == head.sent.start and not head.ent_type_


def _team_name(head: Token) -> bool:
    """'Pirates lost again' after 'beat the Pirates': a plural that opens the sentence and
    that the text also writes capitalised on its own inside a sentence is a team's name."""
    if head.i != head.sent.start or not head.text[:1].isupper():
        return False
    doc = head.doc
    return any(
        t.text == head.text and t.i != t.sent.start and not doc[t.i - 1].text[:1].isupper()
        for t in doc
    )


#: Collectives named by the work they are put together for: a group only where they act
#: ('Forensic teams searched the house', 'rescue teams were sent'), not where they are
#: counted, hired or coached.
_WORK_UNITS = frozenset({"teams"})


#: Heads that name a group only with whose it is ('the relatives of the crew').
_KIN_COLLECTIVES = {"families", "relatives"}


def _beside_a_force(first: Token, head: Token) -> bool:
    """'Soldiers and police', 'Police and firefighters', "Sheriff's deputies and state
    police": a police force or an army coordinated with a group is an actor of its own, and
    so is the group beside it."""
    forces = _words("organizations", "body_collectives")
    if head.lower_ in forces:
        return first.lower_ in _group_heads() and (_described(head) or not _shares_words(first))
    return first.lower_ in forces and head.lower_ in _group_heads()


def _inherits_the_role(first: Token, head: Token) -> bool:
    """A later conjunct takes the role of the first ('Fire crews and police officers were
    called') only with describing words of its own, and not after a quantified first one:
    'Numerous actors, directors and even producers have served', 'As drug traffickers and
    suppliers adapt' name no particular group."""
    if any(t.lower_ in _words("people", "quantifiers") for t in first.lefts):
        return False
    return _described(head)


_GENERIC_MODALS = {"can", "could", "may", "might", "must", "should", "ca"}


def _generic_subject(head: Token) -> bool:
    """The subject of what people of a kind can do or do in general, not of what a group
    did: 'business customers can work with their rep', 'customers will be able to
    register', 'arsonists don't necessarily need a motive'."""
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = head.head
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in _GENERIC_MODALS for a in auxes):
        return True
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "able" for c in verb.children):
        return True
    return any(a.lemma_ == "do" and a.tag_ in {"VBP", "VBZ"} for a in auxes) and any(
        c.dep_ == "neg" for c in verb.children
    )


def _acted_on(head: Token) -> bool:
    """'to dismantle cartels', 'the designation of cartels', 'a crackdown against
    smugglers': the object of a verb, or of 'of'/'against' after a verb or a noun of
    action."""
    if head.dep_ == "dobj":
        return head.head.pos_ == "VERB"
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in {"of", "against"}
        and head.head.head.pos_ in {"NOUN", "VERB"}
    )


#: Event types whose object is mostly a beneficiary ('support working families', 'help
#: our veterans'), not a party the act is aimed at.
_BENEFITING = frozenset({"AID", "SUPPORT"})


def _event_words(kind: str) -> dict[str, str]:
    """Word -> PLOVER type from the events lexicon: kind 'verbs' (CAMEO's merged in),
    'nouns' or 'phrasal'."""
    words: dict[str, str] = event_lexicon()[kind]
    return words


def _aimed_at(word: Token) -> bool:
    """A verb or noun that names an act aimed at its object ('designate', 'detain',
    'urge', 'sanctions', 'crack down'), not one that gives something to it."""
    if word.pos_ in {"VERB", "AUX"} or word.tag_.startswith("VB"):
        kind = _event_words("verbs").get(word.lemma_.lower())
        if kind is None:
            particle = next((c for c in word.children if c.dep_ == "prt"), None)
            if particle is not None:
                kind = _event_words("phrasal").get(f"{word.lemma_.lower()} {particle.lower_}")
    elif word.pos_ == "NOUN":
        kind = _event_words("nouns").get(word.lemma_.lower())
    else:
        return False
    return kind is not None and kind not in _BENEFITING


def _listed_act(head: Token) -> Token | None:
    """'- Detained dangerous smugglers': a list item that opens with a past participle
    the parser took for an adjective of the noun after it; the verb, or None."""
    words = [t for t in head.doc[head.sent.start : head.i] if not (t.is_space or t.is_punct)]
    if not words:
        return None
    word = words[0]
    if word.tag_ not in {"VBN", "VBD"} or word.dep_ != "amod" or word.head.i != head.i:
        return None
    return word if word.text[:1].isupper() else None


def _targeted(head: Token, chunk: Span) -> bool:
    """A described collective an act is aimed at: the object of an event verb ('to
    designate transnational gangs', 'urged Halvik lawmakers'), its passive subject
    ('rogue brokers were sanctioned'), or the object of 'against'/'on' after an event
    word ('a crackdown on armed smugglers'). Not the beneficiaries of help or support
    ('support working families'), nor 'our'/'their' own people ('protect our troops')."""
    if any(t.tag_ == "PRP$" for t in chunk):
        return False
    if head.dep_ == "dobj" or head.dep_ == "nsubjpass":
        return _aimed_at(head.head)
    if head.dep_ == "pobj" and head.head.lower_ in {"against", "on"}:
        return _aimed_at(head.head.head)
    act = _listed_act(head)
    return act is not None and _aimed_at(act)


def _only_described(head: Token) -> bool:
    """'Night shifts are long': the subject of a copula with an adjective is said to be
    something, it does nothing."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _shares_words(head: Token) -> bool:
    """A possessor or a count before the first of coordinated nouns is shared by all of
    them ('the two agencies' inspectors, field officers, and public health
    advisers', '12 suppliers and task forces')."""
    return any(c.dep_ in {"poss", "nummod"} for c in head.lefts)


def _described(token: Token) -> bool:
    """A noun with words of its own before it ('police officers', 'transnational criminal
    organizations'), not a bare one sharing the words of the noun before ('25 individuals
    and entities')."""
    return any(c.dep_ in {"amod", "compound", "nmod", "poss", "det"} for c in token.lefts)


def _does(head: Token) -> bool:
    """A group's head is the subject of a full verb, or its agent ('Firefighters rescued five
    people', 'The protesters blocked the road', 'arrested by police'), not of a copula ('Voters
    are angry')."""
    if head.dep_ in {"nsubj", "nsubjpass"}:
        return head.head.pos_ == "VERB"
    return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.pos_ == "VERB"


def _add_unnamed_speakers(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the officer said', 'said a Western diplomat': one unnamed person who speaks is a
    person of the article, named by the description with its 'of' phrase ('Western
    diplomat', 'Premier of the German state of Lower Saxony'); a later bare 'the
    diplomat' is the same person. Not where a named person of the article holds that title
    ('Gov. Marta Kowalski' ... 'the governor said') or is named beside it ('the governor of
    Marsh State, Samuel Okoro, said'), nor 'his lawyer' (someone's own, mostly named)."""
    found: list[tuple[Token, Span, bool]] = []
    for chunk in noun_chunks(doc):
        head = chunk.root
        if not _describes_a_person(head):
            continue
        if head.dep_ != "nsubj" or not (
            head.head.lemma_ in _words("speech", "reporting_verbs") or _official_acts(head)
        ):
            continue
        if any(t.tag_ in {"PRP$", "POS"} or t.is_quote for t in chunk):
            continue
        if any(t.ent_type_ == "PERSON" for t in head.subtree):
            continue
        if _holder_named(head, registry) and not _introduced(chunk):
            continue  # 'the spokesman' is the named one; 'a police spokesman' someone new
        phrase = _trim(chunk)
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            phrase = doc[phrase.start : of.right_edge.i + 1]
        if len(phrase) == 0:
            continue
        owned = registry.covered(_char_span(phrase))
        if owned and registry.covered((head.idx, phrase.end_char)):
            continue  # the noun is part of a name, not only its owner ('a Corvane spokesman')
        whose = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        if of is None and whose is not None and head.lower_ in _SPOKESPEOPLE:
            # 'the spokesman for the Halvik Port Authority said': whose spokesman he is
            phrase = doc[phrase.start : whose.right_edge.i + 1]
        found.append((head, phrase, owned))
    described: dict[str, set[str]] = {}
    for head, phrase, _owned in found:
        described.setdefault(head.lower_, set()).add(_display_description(phrase))
    for head, phrase, owned in found:
        name = _display_description(phrase)
        fuller = described[head.lower_] - {name}
        if len(phrase) == 1 and len(fuller) == 1:
            name = fuller.pop()  # 'the diplomat' after 'a Western diplomat'
        elif len(phrase) == 1 and not fuller and head.lower_ in _words("people", "ordinary_people"):
            continue  # 'the woman told police': a bare noun for anyone singles no one out
        # an owner named before the noun ('a Corvane spokesman', 'a police spokesman') stays
        # its own participant: the person's mention starts at the noun
        start = head.idx if owned else phrase.start_char
        registry.add(name, "person", (start, phrase.end_char), _as_written(phrase))


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}

#: Offices whose holder a report often leaves unnamed ('the judge', 'the coroner'), unlike
#: occupations that mostly point back to a named person ('the director', 'the coach').
_UNNAMED_OFFICIALS = {"judge", "magistrate", "coroner", "sheriff", "prosecutor", "mayor"}


def _official_acts(head: Token) -> bool:
    """'The judge ordered him jailed', 'a special prosecutor recommended charges': an office
    named with 'the' (or 'a' and a describing word: not the 'let a judge decide' of anyone)
    whose holder does something (not 'the judge is ...') is one person of the article."""
    verb = head.head
    return (
        head.lower_ in _UNNAMED_OFFICIALS
        and (
            _definite(head)
            or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts)
            and any(c.dep_ in {"amod", "compound"} for c in head.lefts)
        )
        and verb.pos_ == "VERB"
        and verb.lemma_ != "be"
        and not any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in _GENERIC_MODALS for c in verb.children
        )
    )


def _display_description(phrase: Span) -> str:
    return phrase.text[0].upper() + phrase.text[1:]


def _as_written(phrase: Span) -> str:
    """A description's surface form with its indefinite article ('a local official'): the
    article is part of how the text names someone it has not named before."""
    before = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    if before is not None and before.lower_ in {"a", "an"} and before.head.i >= phrase.start:
        return phrase.doc[phrase.start - 1 : phrase.end].text
    return phrase.text


_TITLE_WORDS = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "adm.": "admiral",
    "col.": "colonel",
    "lt.": "lieutenant",
    "capt.": "captain",
    "sgt.": "sergeant",
    "dr.": "doctor",
    "det.": "detective",
    "insp.": "inspector",
    "supt.": "superintendent",
    "cmdr.": "commander",
    "cdr.": "commander",
    "amb.": "ambassador",
    "atty.": "attorney",
    "cpl.": "corporal",
    "maj.": "major",
    "const.": "constable",
    "justice": "judge",  # 'Justice Vincent Doe' ... 'the judge ruled'
}


def _introduced(chunk: Span) -> bool:
    """'a police spokesman said', 'an army official said': a description with 'a'/'an' and
    a word that says whose or which one brings in someone new, even where a named person of
    the article holds the same title; a bare 'a spokesman' or 'the spokesman' points back."""
    head = chunk.root
    return chunk[0].lower_ in {"a", "an"} and any(
        c.dep_ in {"compound", "amod", "nmod"} for c in head.lefts
    )


def _holder_named(head: Token, registry: ParticipantRegistry) -> bool:
    """A person of the article whose title ends in this noun ('Gov.' for 'the governor'), or
    whom the noun describes right before the name ('actor Dana Whitcombe' for 'the actor')."""
    if any(
        t.lower_ == head.lower_ and t.dep_ in {"compound", "appos"} and t.head.ent_type_ == "PERSON"
        for t in doc_tokens(head.doc)
    ):
        return True
    for person in registry:
        if person.kind == "person" and person.title:
            last = person.title.lower().split()[-1]
            if _TITLE_WORDS.get(last, last) == head.lower_:
                return True
    return False


def _country_phrase_end(head: Token) -> int | None:
    """The end of 'in/from <country>' right after a group's head ('politicians in
    Germany'), or None."""
    doc = head.doc
    i = head.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in {"in", "from"} or doc[i].head.i != head.i:
        return None
    place = doc[i + 1 : i + 2]
    if doc[i + 1].ent_iob_ == "B":
        end = i + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        place = doc[i + 1 : end]
    return place.end if canon.country(place.text) else None


def _counted(chunk: Span) -> bool:
    """'19 individuals', '21 individuals and entities': a group counted in figures. Small
    counts ('two leaders') mostly stand for people the article names."""
    head = chunk.root
    return head.tag_ == "NNS" and any(
        t.dep_ == "nummod" and _count_of(t) >= 10 for t in chunk if t.i < head.i
    )


def _count_of(token: Token) -> float:
    """The number a count word gives: in figures ('19') or in words ('a dozen', 'twenty');
    0 for vague words ('dozens', 'several') and anything else."""
    text = token.text.replace(",", "")
    if text.isdigit():
        return int(text)
    return _number_words().get(token.lower_, 0)


@cache
def _number_words() -> dict[str, float]:
    """Words that give an exact number ('twelve', 'dozen'), without the vague ones."""
    numbers = load_lexicon("numbers")
    vague = set(numbers["vague"])
    return {w: float(v) for w, v in numbers["words"].items() if w not in vague}


def _coordinated_countries(phrase: Span, head: Token) -> list[Token]:
    """The country words coordinated before the head ('U.S. and Mexican law enforcement
    officials'), or nothing."""
    for word in phrase:
        if word.i >= head.i or word.dep_ == "conj" or not canon.country_of_word(word.text):
            continue
        conjuncts = [c for c in word.conjuncts if phrase.start <= c.i < head.i]
        if conjuncts and all(canon.country_of_word(c.text) for c in conjuncts):
            return [word, *sorted(conjuncts, key=lambda c: c.i)]
    return []


def _definite_patients(chunk: Span) -> bool:
    """'The three bank workers ... were killed': a small counted group named with 'the'
    (people the article already spoke of and does not name one by one) that something is
    done to. Not 'Two top leaders ... have been arrested' (named in what follows) nor
    'Three Democrats voted' (part of a party)."""
    head = chunk.root
    return (
        chunk[0].lower_ == "the"
        and head.dep_ in {"nsubjpass", "dobj"}
        and any(t.dep_ == "nummod" and t.i < head.i for t in chunk)
        and any(t.dep_ in {"amod", "compound"} and t.i < head.i for t in chunk)
    )


def _add_group_chunk(
    chunk: Span,
    registry: ParticipantRegistry,
    *,
    bare: bool = False,
    end: int | None = None,
    graded: bool = False,
) -> Participant | None:
    """A group named by a noun phrase with a describing modifier ('Chinese officials') or a
    number ('19 individuals'); a bare head ('officials') only where the caller says the
    group speaks or is placed ('politicians in Germany', up to `end`). Quantified heads
    ('many officials') are no particular group; '<country> government' is the country."""
    head = chunk.root
    modifiers = [  # 'the same jury' refers back: 'same' describes no group
        t
        for t in chunk
        if t.i < head.i
        and t.dep_ in {"amod", "compound", "nmod", "nummod"}
        and t.lower_ not in {"same", "said"}
    ]
    if any(  # with `graded`, not 'the most dangerous smugglers': 'most' grades an adjective
        (
            t.lower_ in _words("people", "quantifiers")
            and not (graded and t.dep_ == "advmod")
            or t.tag_ in {"JJR", "JJS"}
        )
        and not _bounds_a_count(t, head)
        for t in chunk
        if t.i < head.i
    ):
        return None
    first = _first_conjunct(head)
    if first is not head and _shares_words(first) and not _beside_a_force(first, head):
        return None  # "the countries' makers, leaders and experts": one group, named first
    counted = any(t.dep_ == "nummod" or t.like_num for t in chunk)
    if counted and not (_counted(chunk) or _definite_patients(chunk) or _few_that_act(chunk)):
        return None
    if not modifiers and not bare:
        return None
    phrase = _trim(chunk)
    stop = max(phrase.end, end or 0)
    # 'smugglers, armed gangs and pirates': a list with a described member is one group per
    # member, not one group of bare nouns after the first
    split = not _shares_words(head) and (
        _first_conjunct(head) is not head or any(_described(c) for c in head.conjuncts)
    )
    for conj in head.conjuncts:  # '21 individuals and entities', not 'crews and officers'
        if (
            not split
            and conj.i > head.i
            and conj.lower_ in _group_heads()
            and not {conj.lower_, head.lower_} & _words("organizations", "body_collectives")
            and (_shares_words(head) or not (_described(conj) or _placed_apart(conj)))
        ):
            stop = max(stop, conj.i + 1)
    phrase = chunk.doc[phrase.start : stop]
    if len(phrase) == 0 or registry.covered(_char_span(phrase)) and len(phrase) == 1:
        return None
    if head.lower_ not in _words("organizations", "government_heads") | _words(
        "organizations", "body_collectives"
    ):
        phrase = chunk.doc[phrase.start : _belonging_phrase_end(phrase, head)]
    text = phrase.text
    countries = _coordinated_countries(phrase, head)
    if countries:  # 'U.S. and Mexican officials': the officials of each country
        rest = phrase.doc[countries[-1].i + 1 : phrase.end].text
        found = [
            registry.add(
                _display(f"{word.text} {rest}"),
                "group",
                (
                    word.idx,
                    word.idx + len(word.text) if word is not countries[-1] else phrase.end_char,
                ),
                f"{word.text} {rest}",
                affiliation=canon.country_of_word(word.text),
            )
            for word in countries
        ]
        return found[0]
    if head.lower_ in _words("organizations", "government_heads"):
        owners = [c for c in head.lefts if c.dep_ == "poss"]  # "Sudan's government"
        for modifier in [*modifiers, *owners]:
            country = canon.country_of_word(modifier.text)
            if country:
                return registry.add(country, "country", _char_span(phrase), text)
        if head.lower_ == "government":
            return _add_government(phrase, modifiers, registry)
        if any(m.pos_ == "PROPN" for m in modifiers) and phrase[-1] == head:
            # 'the Obama administration': a body, named like 'Biden Administration'
            name = phrase[:-1].text_with_ws + head.text.capitalize()
            return registry.add(name, "organization", _char_span(phrase), text)
    name = text[0].upper() + text[1:]
    bound = next((t for t in phrase if t.i < head.i and _bounds_a_count(t, head)), None)
    if bound is not None and bound.head.i + 1 < phrase.end:
        # 'More than 50 firefighters': the group is the firefighters; the count is a bound
        rest = phrase.doc[bound.head.i + 1 : phrase.end].text
        name = rest[0].upper() + rest[1:]
    if head.lower_ in _BODY_MEMBERS and phrase.start < head.i:
        # 'NYPD officers', 'CBP agents': the body acts through them
        body = canon.organization(chunk.doc[phrase.start : head.i].text)
        if body is not None:
            return registry.add(body.name, "organization", _char_span(phrase), text)
    affiliation = next(
        (c for c in (canon.country_of_word(t.text) for t in phrase if t.i != head.i) if c), None
    )
    org = canon.organization(text)
    if org is not None:  # 'U.S. forces' is the United States Armed Forces
        return registry.add(
            org.name, "organization", _char_span(phrase), text, affiliation=org.affiliation
        )
    if head.lower_ in _words("organizations", "body_collectives"):
        # 'Danish police', 'Police said': the force is a body, not an unnamed collective.
        return registry.add(name, "organization", _char_span(phrase), text, affiliation=affiliation)
    return registry.add(name, "group", _char_span(phrase), text, affiliation=affiliation)


def _bounds_a_count(word: Token, head: Token) -> bool:
    """'More than 50 firefighters tackled the blaze': a word that bounds the number of a
    group that acts, not a quantifier of the group ('blocked more than 10,000 individuals'
    stays a mere count)."""
    number = word.head
    doc = word.doc
    return (
        number.i != head.i
        and word.i + 1 < len(doc)
        and doc[word.i + 1].lower_ == "than"
        and number.dep_ == "nummod"
        and number.like_num
        and head.dep_ == "nsubj"
        and _does(head)
    )


def _few_that_act(chunk: Span) -> bool:
    """'Four inmates overpowered two guards', 'Three masked men robbed the bank': a small
    counted group of people of no office that does something, where the text gives them no
    names (no name in apposition or after a colon)."""
    head = chunk.root
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or not _does(head):
        return False
    if head.lower_ in _words("people", "office_nouns") or head.lemma_.lower() in _titles_lower():
        return False
    if chunk[0].lower_ in {"the", "these", "those"} or any(t.tag_ == "PRP$" for t in chunk):
        return False  # 'the two leaders', 'his two sons': people already spoken of
    return not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in head.subtree)


@cache
def _titles_lower() -> frozenset[str]:
    return frozenset(title.lower() for title in _titles())


def _placed_apart(conj: Token) -> bool:
    """'officials and representatives from shipping firms': a later conjunct with an
    'of'/'from' phrase of its own is a group of its own."""
    return any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in conj.rights)


def _belonging_phrase_end(phrase: Span, head: Token) -> int:
    """The end of a group's name with the 'of'/'from' phrase that says whose or where from
    the group is ('the relatives of the injured miners', 'delegates and observers from
    nine countries'), as written; a long phrase or a clause after it stays out."""
    doc = phrase.doc
    end = phrase.end
    if end >= len(doc) or doc[end].lower_ not in {"of", "from"}:
        return end
    prep = doc[end]
    # 'a pledge from leaders from nine countries': the parse may hang the second phrase on
    # the noun before, yet it still follows the group's name; not on a verb ('stolen by
    # thieves from the city')
    hangs_on_noun = prep.head.pos_ == "NOUN" and prep.head in list(head.ancestors)[:2]
    if prep.head.i != head.i and prep.head not in head.conjuncts and not hangs_on_noun:
        return end
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or not _people_or_places(pobj):
        return end  # 'briefed officials of the plan', 'crews from Vale Fire and Rescue'
    stop = pobj.right_edge.i + 1
    for token in doc[pobj.i + 1 : stop]:
        if (token.is_punct and token.text not in {"-", "’", "'"}) or token.dep_ in {
            "relcl",
            "acl",
            "advcl",
            "appos",
        }:
            stop = token.i
            break
    if stop - end > 8 or any(t.is_quote or t.is_space for t in doc[end:stop]):
        return end
    return stop


#: Common nouns of places and communities a group belongs to or comes from.
_HOME_NOUNS = {
    "country", "nation", "state", "community", "region", "world", "city", "town",
    "village", "side", "party", "industry", "sector", "agency", "office", "company",
    "crew", "family", "province", "county", "district", "neighborhood", "neighbourhood",
}  # fmt: skip


def _people_or_places(token: Token) -> bool:
    """'the wounded men', 'nine countries', 'the crew', 'Peru': people or a place, whose
    group a noun before 'of'/'from' names; not a thing ('the plan') nor a body's proper
    name, which is an actor of its own."""
    if canon.country_of_word(token.text) or token.ent_type_ in {"GPE", "NORP", "LOC"}:
        return True
    if token.pos_ == "PROPN":
        return False
    lemma = token.lemma_.lower()
    return (
        token.lower_ in _group_heads()
        or lemma in _words("people", "person_nouns")
        or lemma in _HOME_NOUNS
    )


_BODY_MEMBERS = {"officers", "agents", "personnel", "troopers"}
_NATIONAL = {"federal", "national", "central"}


def _add_government(
    phrase: Span, modifiers: list[Token], registry: ParticipantRegistry
) -> Participant:
    """'the federal government' after 'the Australian government' is that country; a
    government of a region ('the Tasmanian state government') is a body."""
    text = phrase.text
    if all(m.lower_ in _NATIONAL for m in modifiers):
        countries = [
            p
            for p in registry
            if p.kind == "country" and any(a.lower().endswith(" government") for a in p.aliases)
        ]
        if len(countries) == 1:
            return registry.add(countries[0].name, "country", _char_span(phrase), text)
    name = text[0].upper() + text[1:]
    return registry.add(name, "organization", _char_span(phrase), text)


def _name_administrations(doc: Doc, registry: ParticipantRegistry) -> None:
    """'the Administration', 'his Administration': the one '<President> Administration' of
    the article ('the Biden-Harris Administration'), or else that of the one president it
    names ('President Biden' -> 'Biden Administration')."""
    for token in doc_tokens(doc):
        if (
            token.text == "Administration"
            and token.i > 0
            and doc[token.i - 1].lower_ in {"the", "his", "her", "my", "our", "this"}
            and not registry.covered(_char_span(token))
        ):
            registry.add("Administration", "organization", _char_span(token), token.text)
    bare = [p for p in registry if p.kind == "organization" and p.name.lower() == "administration"]
    if len(bare) != 1:
        return
    named = [
        p
        for p in registry
        if p.kind == "organization"
        and p is not bare[0]
        and len(p.name.split()) == 2
        and p.name.endswith(" Administration")
        and canon.organization(p.name) is None
    ]
    # 'Harris Administration' cut out of 'Biden-Harris Administration' is no second one
    named = [p for p in named if not any(q.name.endswith(f"-{p.name}") for q in named)]
    if len(named) == 1:
        registry.merge(bare[0], named[0])
        return
    presidents = [
        p
        for p in registry
        if p.kind == "person" and " " in p.name and (p.title or "").lower() == "president"
    ]
    if len(presidents) > 1:  # 'Administration' so written is an American usage
        presidents = [p for p in presidents if p.affiliation == "United States"]
    surnames = {p.name.split()[-1] for p in presidents}
    if len(named) == 0 and len(surnames) == 1:
        name = f"{surnames.pop()} Administration"
        into = registry.add(name, "organization", bare[0].mentions[0], name)
        registry.merge(bare[0], into)
    elif not named:
        registry.drop(bare[0])  # whose administration is not said: no actor to name


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _persons_taken_for_bodies(registry: ParticipantRegistry) -> None:
    """'P.J. Carlesimo' tagged as a body: initials before one or two capitalised words, none
    of them a body's head or a country, make a person's name. (A body's name whose last word
    is the name of a person of the article, 'Jane Roe' after 'Roe', folds into that
    person in `_unify_person_names`.)"""
    heads = _words("organizations", "org_heads") | _words("organizations", "org_nouns")
    for org in registry.of_kind("organization"):
        words = org.name.split()
        if not 2 <= len(words) <= 3 or not _INITIALS.match(words[0]) or canon.country(words[0]):
            continue
        if canon.organization(org.name) or any(
            not (w[:1].isupper() and w.isalpha()) or w.isupper() or w.lower() in heads
            for w in words[1:]
        ):
            continue
        if words[-1] in _words("organizations", "newspaper_heads"):
            continue  # 'N.Y. Daily News', 'L.A. Times': a newspaper
        person = registry.add(org.name, "person", org.mentions[0], org.name)
        registry.merge(org, person)
    _named_like_a_person(registry, heads)
    _given_named_bodies(registry, heads)


def _given_named_bodies(registry: ParticipantRegistry, heads: frozenset[str]) -> None:
    """ "Hugh Pellworth's new magazine" tagged as a body: two or three plain capitalised
    words after a common given name, none a body's head, a company's or a paper's word or
    a country's, name a person."""
    for org in registry.of_kind("organization"):
        words = org.name.split()
        if words[0].lower() not in _given_names() or not _plain_name_words(words, heads):
            continue
        if canon.organization(org.name) is None:
            _as_person(org, registry)


def _plain_name_words(words: list[str], heads: frozenset[str]) -> bool:
    """Two or three plain capitalised words, none a body's head, a company's or a paper's
    word or a country's: words a person's name may be made of."""
    company = _company_or_paper_words()
    return 2 <= len(words) <= 3 and not any(
        not (w.isalpha() and w.istitle())
        or w.lower() in heads
        or w.lower() in company
        or canon.country_of_word(w)
        for w in words
    )


@cache
def _company_or_paper_words() -> frozenset[str]:
    words = _words("organizations", "company_words") | _words("organizations", "newspaper_heads")
    return frozenset(w.lower() for w in words)


@cache
def _given_name_variants() -> frozenset[str]:
    variants = load_lexicon("people")["given_name_variants"]
    return frozenset(variants) | {v for forms in variants.values() for v in forms}


def _named_like_a_person(registry: ParticipantRegistry, heads: frozenset[str]) -> None:
    """'Dana Quillfeather' tagged as a body where another mention names the person
    'Quillfeather': two or three plain capitalised words ending in the surname of a person
    of the article, none a body's head or a company word, make that person's full name."""
    people = registry.of_kind("person")
    surnames = {p.name.split()[-1] for p in people if " " in p.name} | {
        a for p in people for a in p.aliases if a.isalpha() and a.istitle()
    }
    both = {p.name for p in people}  # a name tagged both ways stays as the kinds decide
    for org in registry.of_kind("organization"):
        words = org.name.split()
        if words[-1] not in surnames or org.name in both or not _plain_name_words(words, heads):
            continue
        if canon.organization(org.name) is None:
            _as_person(org, registry)


def _unify_person_names(registry: ParticipantRegistry) -> None:
    """'Biden' after 'Joe Biden', 'Karim Nouri' after 'Karim al-Nouri' are the same person:
    fold short names into the one full name that ends like them and has all their words,
    longer short names first. A one-word name the model took for a body or a place
    ('Durdyyevov') folds too."""
    shorts = [p for p in registry if p.kind == "person"] + [
        p
        for p in registry
        if p.kind in {"organization", "location"}
        and " " not in p.name
        and not p.name.isupper()
        and canon.organization(p.name) is None
    ]
    shorts.sort(key=lambda p: -len(_name_words(p.name)))
    for short in shorts:
        if not any(p is short for p in registry.of_kind(short.kind)):
            continue  # already folded into another
        people = registry.of_kind("person")  # unsorted: order does not matter here
        candidates = [
            p
            for p in people
            if p is not short
            and p.name not in _titles()
            and not _described_by_whom(p.name)
            and (
                _names_same(short.name, p)
                or (
                    short.kind == "person"
                    and _begins(short.name, p.name)
                    and not (_titled_by_surname(short) and short.title != p.title)
                )
            )
        ]
        if len(candidates) > 1 and " " not in short.name:
            # 'Gomes' after 'Katherine Gomes' and 'Gary Gomes': the one named last before
            nearest = _named_last_before(candidates, short.char_start)
            candidates = [nearest] if nearest else []
        if not candidates and short.kind == "person" and " " not in short.name:
            # 'Cheeks' after 'Maurice Cheeks' tagged as a place: that name is a person's
            candidates = [
                p
                for p in registry
                if p.kind in {"organization", "location"} and _full_name_of(short.name, p.name)
            ]
            nearest = _named_last_before(candidates, short.char_start)
            if nearest and nearest.name.split()[0] in _words("organizations", "vessel_prefixes"):
                candidates = [nearest]  # 'Mysore' after 'INS Mysore': the ship
            else:
                candidates = [_as_person(nearest, registry)] if nearest else []
        if len(candidates) == 1:
            registry.merge(short, candidates[0])


def _fold_addressed_given_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Thank you, Daleep.' after 'Daleep Velkor': a one-word name the model took for a
    body or a place, addressed at least once, is the one person named before it with that
    given name (none where two share it)."""
    people = registry.of_kind("person")
    for short in [p for p in registry if p.kind in {"organization", "location"}]:
        if (
            not _name_word_alone(short)
            or canon.organization(short.name)
            or canon.region(short.name)
        ):
            continue
        given = [
            p
            for p in people
            if p.char_start < short.char_start
            and " " in p.name
            and _begins(short.name, p.name)
            and not _described_by_whom(p.name)
        ]
        if len(given) != 1:
            continue
        if any(_addressed(doc, span) for span in short.mentions):
            registry.merge(short, given[0])  # a body is not spoken to: 'Thank you, Daleep.'


def _name_word_alone(participant: Participant) -> bool:
    """One capitalised word, not in capitals, of no known body, place or person, and
    never written as the head of a body's name: what a given name alone looks like."""
    word = participant.name
    return (
        " " not in word
        and word.isalpha()
        and word.istitle()
        and word.lower() not in _body_heads()
        and canon.country(word) is None
        and canon.known_person(word) is None
        and all(alias == word for alias in participant.aliases)
    )


#: titles written before a given name ('Sir Elton', 'Sister Maria', 'King Harald'), not a
#: surname
_GIVEN_NAME_TITLES = frozenset({
    "sir", "dame", "father", "sister", "brother", "mother", "pope", "king", "queen", "prince",
    "princess", "saint", "st", "cardinal", "sheikh", "emir", "lady",
})  # fmt: skip


def _titled_by_surname(person: Participant) -> bool:
    """'Congresswoman Omar', 'Senator Quenby': a one-word name after an office is a
    surname, so it never begins the full name of another ('Omar Velkor', who holds no such
    office) as a given name ('First Lady Jill' is Jill Biden, who holds it). An honorific
    may go before a given name in a briefing ('Thank you, Ms. Karine'), so it tells nothing."""
    title = (person.title or "").rstrip(".").lower()
    return (
        " " not in person.name
        and person.title in _titles()
        and title not in _HONORIFIC_TITLES
        and title not in _GIVEN_NAME_TITLES
    )


#: Words that join a described person to whom they serve or where they are from ('Spokesman
#: for Corvane', 'Premier of the state of Halvik'); no personal name holds them.
_DESCRIPTION_LINKS = frozenset({"for", "of", "from", "at", "with"})


def _described_by_whom(name: str) -> bool:
    """'Spokesman for Corvane': a person named by a description that ends in the body they
    speak for; the body's name after the link is no surname of theirs."""
    return any(word in _DESCRIPTION_LINKS for word in name.split()[1:-1])


def _fold_first_words(registry: ParticipantRegistry) -> None:
    """'Ridley' after 'Ridley Advisors', 'Morningside' after 'Morningside Recovery', 'Steven'
    after 'Steven Moffat': a one-word name of no known actor, without a title, that is
    another name of exactly one person, or else begins the name of exactly one body or
    place, is that actor (not 'Trump' in 'Trump Administration')."""
    heads = _words("organizations", "government_heads")
    for short in list(registry):
        word = short.name
        if " " in word or short.title or short.kind not in {"person", "organization"}:
            continue
        if canon.organization(word) or canon.known_person(word) or canon.country(word):
            continue
        longs = [p for p in registry if p is not short and word in p.aliases and " " in p.name]
        if not longs and short.kind == "person":
            longs = _people_first_named(word, short, registry)
        if not longs:
            longs = [
                p
                for p in registry
                if p.kind in {"organization", "location"}
                and p.name.startswith(word + " ")
                and p.name.split()[-1].lower() not in heads
            ]
        if len(longs) == 1:
            registry.merge(short, longs[0])


def _people_first_named(
    word: str, short: Participant, registry: ParticipantRegistry
) -> list[Participant]:
    """'Craig' after 'J. Craig Venter': the people whose full name (two to four words)
    has the one-word name as its first given name, after any initials."""
    found = []
    for p in registry:
        words = p.name.split()
        if p is short or p.kind != "person" or not 1 < len(words) <= 4:
            continue
        given = [w for w in words[:-1] if not (len(w) <= 2 and w.endswith("."))]
        if given and given[0] == word:
            found.append(p)
    return found


def _full_name_of(surname: str, name: str) -> bool:
    """'Maurice Cheeks' for 'Cheeks': two or three capitalised words ending in the surname,
    none a word of a body's or a place's name."""
    words = name.split()
    nouns = _words("organizations", "org_heads") | _words("countries", "place_nouns")
    return (
        1 < len(words) <= 3
        and words[-1] == surname
        and all(w[:1].isupper() and w.lower() not in nouns for w in words)
        and canon.organization(name) is None
        and canon.country(name) is None
    )


def _as_person(participant: Participant, registry: ParticipantRegistry) -> Participant:
    person = registry.add(participant.name, "person", participant.mentions[0], participant.name)
    registry.merge(participant, person)
    return person


_FUNCTION_WORDS = {"of", "for", "in", "on", "the", "and", "de", "del", "to"}
_FORCE_WORDS = {"forces", "army", "military"}


def _fold_short_names(registry: ParticipantRegistry) -> None:
    """'Executive Working Group' after 'U.S.-Kenya Trade Policy Executive Working Group',
    'Police' after 'Danish police', 'participants' after 'roundtable participants', 'Vireo'
    after 'INS Vireo': a body or group named by the last words of exactly one longer name
    of the same kind (a place, by those of a body) is that actor. Known bodies and
    countries keep their own rows; 'Washington' is no short name of 'University of
    Washington'. '<Country> military' folds into that country's one armed force. A name
    that ends a hyphen-joined longer name ('Vale Administration' cut from 'Pell-Vale
    Administration' where an invisible joiner split the words) is that actor too."""
    _fold_spelled_out_owners(registry)
    into = {"organization": {"organization"}, "group": {"group"}, "location": {"organization"}}
    for short in sorted(registry, key=lambda p: len(p.name.split())):
        if short.kind not in into or canon.organization(short.name) or canon.country(short.name):
            continue
        words = short.name.lower().split()
        longs = []
        for other in registry:
            other_words = other.name.lower().split()
            n = len(other_words) - len(words)
            if (
                other is not short
                and other.kind == short.kind
                and other.name.lower().endswith("-" + short.name.lower())
            ):
                longs.append(other)  # 'Vale Administration' in 'Pell-Vale Administration'
                continue
            if other is short or other.kind not in into[short.kind] or n < 1:
                continue
            if other_words[n:] == words and other_words[n - 1] not in _FUNCTION_WORDS:
                longs.append(other)
        if not longs and short.kind == "organization" and words[-1] in _FORCE_WORDS:
            longs = [
                p
                for p in registry
                if p is not short
                and p.kind == "organization"
                and p.affiliation
                and p.affiliation == short.affiliation
                and p.name.lower().split()[-1] in _FORCE_WORDS
            ]
        if not longs and short.kind == "organization":
            longs = [  # 'Ford' after 'Ford Canada', 'General Motors' and '... Corporation'
                p
                for p in registry
                if p is not short
                and p.kind == "organization"
                and p.name.lower().startswith(short.name.lower() + " ")
            ]
        if not longs and len(words) == 1:
            longs = _bodies_of_members(short, registry)
        if not longs and short.kind == "organization":
            longs = [
                p
                for p in registry
                if p is not short
                and p.kind == "organization"
                and _body_named_in_part(words, p.name.lower().split())
            ]
        if len(longs) == 1:
            registry.merge(short, longs[0])


def _fold_spelled_out_owners(registry: ParticipantRegistry) -> None:
    """'the U.N. Trade Council' and 'the United Nations Trade Council': a body's name that
    begins with the short name of a known body or country is the name that begins with
    that body's full name."""
    bodies = {p.name.lower(): p for p in registry.of_kind("organization")}
    for body in list(bodies.values()):
        first, _, rest = body.name.partition(" ")
        if not rest:
            continue
        known = canon.organization(first)
        full = known.name if known is not None else canon.country(first)
        if full is None or full.lower() == first.lower():
            continue
        other = bodies.get(f"{full} {rest}".lower())
        if other is not None and other is not body:
            registry.merge(body, other)


#: Heads of a public body's name that also come before 'of' ('Division of Forestry').
_OFFICE_HEADS = frozenset(
    {"department", "ministry", "division", "office", "bureau", "board", "agency", "commission"}
)


def _body_named_in_part(words: list[str], long: list[str]) -> bool:
    """'Forestry Relief Fund' for 'Forestry Drought Relief Fund' (the first and last words
    and the others in order), 'Forestry Division' for 'the Division of Forestry', and
    'Water Resources' (as in 'the commissioner of Water Resources') for 'Corvane Department
    of Water Resources': a shorter name of the same body."""
    if len(words) >= len(long):
        return False
    if len(words) >= 2 and words[0] == long[0] and words[-1] == long[-1]:
        remaining = iter(long[1:-1])
        if all(word in remaining for word in words[1:-1]):
            return True
    for i, word in enumerate(long[:-2]):
        if word not in _OFFICE_HEADS or long[i + 1] != "of":
            continue
        rest = long[i + 2 :]
        if rest and rest[0] == "the":
            rest = rest[1:]
        if words == rest:
            return True  # 'Water Resources': what the office is of
        if words[-1] == word and len(words) >= 2 and rest[: len(words) - 1] == words[:-1]:
            return True  # 'Forestry Division', 'Forestry Board' (of Forestry and Parks)
    return False


def _fold_misspelt_surnames(registry: ParticipantRegistry) -> None:
    """'Kowalsky' beside 'Marta Kowalski': a one-word person name one letter off the
    surname of exactly one person named in full (a letter added, dropped, changed, or two
    swapped) is a misspelling of it. Long names only (six letters or more)."""
    people = [p for p in registry.of_kind("person") if " " in p.name]
    surnames: dict[str, list[Participant]] = {}
    for person in people:
        surnames.setdefault(_name_words(person.name)[-1], []).append(person)
    for short in registry.of_kind("person"):
        words = _name_words(short.name)
        if len(words) != 1 or len(words[0]) < 6 or words[0] in surnames or short.title:
            continue
        close = [s for s in surnames if _one_letter_off(words[0], s)]
        if len(close) == 1 and len(surnames[close[0]]) == 1:
            registry.merge(short, surnames[close[0]][0])


@cache
def _short_given_names() -> dict[str, frozenset[str]]:
    """Short form -> the formal given names it stands for ('bill' -> {'william'})."""
    table: dict[str, set[str]] = {}
    for formal, shorts in load_lexicon("people")["given_name_variants"].items():
        for short in shorts:
            table.setdefault(short, set()).add(formal)
    return {short: frozenset(formals) for short, formals in table.items()}


def _given_name_variant(a: str, b: str) -> bool:
    """'Bill' and 'William', 'Jon' and 'Jonathan' (a short and a formal form the lexicon
    pairs; not any prefix: 'Dan' is not 'Danielle'), or one given name written alike."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return longer in _short_given_names().get(shorter, frozenset())


def _fold_given_name_variants(registry: ParticipantRegistry) -> None:
    """'Bill Pratchard' beside 'William Pratchard', 'Jon Halvorsen' beside 'Jonathan
    Halvorsen', 'Marta Kowalsky' beside 'Marta Kowalski': two names of two words or more,
    with one surname (or two one letter off, six letters or more) and given names that are
    the same or a short and a formal form of one name, name one person. The name with the
    formal given name stays; of two spellings of a surname, the one written more often.
    Only where the two are the only people of the article with such names."""
    people = [p for p in registry.of_kind("person") if len(_name_words(p.name)) >= 2]
    pairs: list[tuple[Participant, Participant]] = []
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            wa, wb = _name_words(a.name), _name_words(b.name)
            if wa == wb or len(wa) != len(wb) or wa[1:-1] != wb[1:-1]:
                continue
            same_surname = wa[-1] == wb[-1]
            if not same_surname and not (
                wa[0] == wb[0]
                and min(len(wa[-1]), len(wb[-1])) >= 6
                and _one_letter_off(wa[-1], wb[-1])
            ):
                continue
            if _given_name_variant(wa[0], wb[0]):
                pairs.append((a, b))
    counted: dict[int, int] = {}
    for a, b in pairs:
        counted[id(a)] = counted.get(id(a), 0) + 1
        counted[id(b)] = counted.get(id(b), 0) + 1
    for a, b in pairs:
        if counted[id(a)] > 1 or counted[id(b)] > 1:
            continue  # 'Dan Roe', 'Daniel Roe' and 'Danielle Roe': leave them apart
        keep, drop = (a, b) if _fuller_name(a, b) else (b, a)
        registry.merge(drop, keep)


def _fuller_name(a: Participant, b: Participant) -> bool:
    """Whether a's name is the one to keep: the longer given name, else the surname
    written more often, else the one named first."""
    ga, gb = _name_words(a.name)[0], _name_words(b.name)[0]
    if len(ga) != len(gb):
        return len(ga) > len(gb)
    if len(a.mentions) != len(b.mentions):
        return len(a.mentions) > len(b.mentions)
    return a.char_start <= b.char_start


def _one_letter_off(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped; not a plural 's'
    ('Tribes' beside 'Seminole Tribe' is another word)."""
    if a == b or abs(len(a) - len(b)) > 1 or a + "s" == b or b + "s" == a:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


_POLICE_WORDS = {"police", "constabulary"}
_POLICE_BODIES = (
    "police department", "police service", "police force", "sheriff's office",
    "sheriff's department", "police authority",
)  # fmt: skip


def _fold_authorities(registry: ParticipantRegistry) -> None:
    """'authorities said' in an article whose police act: the bare authorities are that
    police force ('police' and 'authorities' name one actor), the force named bare
    ('Police') or else the only police body of the article."""
    bare = [p for p in registry.of_kind("group") if p.name.lower() == "authorities"]
    if len(bare) != 1:
        return
    forces = [
        p
        for p in registry.of_kind("organization")
        if p.name.lower().split()[-1] in _POLICE_WORDS or p.name.lower().endswith(_POLICE_BODIES)
    ]
    plain = [p for p in forces if p.name.lower() == "police"]
    if len(plain) == 1 or len(forces) == 1:
        registry.merge(bare[0], (plain or forces)[0])


def _fold_bare_police(registry: ParticipantRegistry) -> None:
    """'Pellton Police said ...' then 'police locked down the street': bare 'police' in an
    article that names exactly one police force by a proper name is that force ('State
    police', written in lower case, is a description, not such a name)."""
    plain = [p for p in registry.of_kind("organization") if p.name.lower() == "police"]
    if len(plain) != 1:
        return
    named = [
        p
        for p in registry.of_kind("organization")
        if p is not plain[0]
        and (
            any(w in {"Police", "Constabulary"} for w in p.name.split()[1:])
            or p.name.lower().endswith(_POLICE_BODIES)
        )
    ]
    if len(named) == 1:
        registry.merge(plain[0], named[0])


#: Last words of a company's name that name its trade ('AirTran Airways', 'Brightwell Foods'),
#: not a body of a place ('Bloomington Police') nor a building.
_TRADE_WORDS = {
    "airlines", "airways", "foods", "holdings", "industries", "motors", "pharmaceuticals",
    "petroleum", "technologies", "telecom", "communications", "logistics", "shipping",
    "studios", "records", "partners", "financial", "insurance", "energy", "media", "group",
    "systems", "corp.", "corp", "corporation", "company", "co.", "inc.", "inc", "llc", "ltd",
    "plc", "usa", "international",
}  # fmt: skip


def _fold_variant_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """Other written forms of one actor that got rows of their own or of another kind:
    'Brightwell Food' beside 'Brightwell Foods' (the last word in the singular); 'AirTran', taken
    for a place in a headline, beside 'AirTran Airways' (the company's name without its
    trade word); 'Lucien' or 'Renata', taken for a place, beside 'Lucien Tessier' or 'Renata
    Solís' (a first name of exactly one person of the article, never written as a
    place: not 'in Palmer' beside 'Palmer Fire')."""
    orgs = registry.of_kind("organization")
    by_name = {p.name.lower(): p for p in orgs}
    for org in orgs:
        plural = by_name.get(org.name.lower() + "s")
        if plural is not None and plural is not org and " " in org.name:
            registry.merge(org, plural)
    orgs = registry.of_kind("organization")
    people = [p for p in registry.of_kind("person") if " " in p.name]
    for short in registry.of_kind("location") + registry.of_kind("person"):
        name = short.name
        if short.title or canon.country(name) or canon.known_person(name):
            continue
        if short.kind == "location" and " " not in name and not _written_as_a_place(doc, short):
            firsts = [p for p in people if p.name.split()[0] == name]
            if len(firsts) == 1:
                registry.merge(short, firsts[0])
                continue
        longs = [
            p
            for p in orgs
            if p.name.startswith(name + " ")
            and all(w.lower() in _TRADE_WORDS for w in p.name[len(name) :].split())
        ]
        if len(longs) == 1:
            registry.merge(short, longs[0])


def _written_as_a_place(doc: Doc, place: Participant) -> bool:
    """A mention after a preposition of place ('in Palmer') or qualifying a noun ('Palmer
    officials')."""
    for start, end in place.mentions:
        span = doc.char_span(start, end)
        if span is None or len(span) == 0:
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS | {"from"}:
            return True
        if span.root.dep_ == "compound":
            return True
    return False


def _bodies_of_members(short: Participant, registry: ParticipantRegistry) -> list[Participant]:
    """'the officers' after 'NYPD officers', 'police' after 'the New York City Police
    Department', 'the jurors' after 'a Brookvale jury': the bodies whose name or alias has the
    short name's word, or the word for the body its members make up."""
    word = short.name.lower()
    members = _words_map("people", "members_of")
    if short.kind not in {"organization", "group"} or not (
        word in members
        or word in _BODY_MEMBERS
        or word in _words("organizations", "body_collectives")
    ):
        return []
    wanted = {word, members.get(word, word)}
    return [
        p
        for p in registry
        if p is not short
        # a body folds into a body, not into a group of its members ('about a dozen
        # police officers' beside 'Police')
        and (p.kind == "organization" or p.kind == "group" == short.kind)
        and any(wanted & set(n.lower().split()) for n in [p.name, *p.aliases])
    ]


@cache
def _words_map(lexicon: str, key: str) -> dict[str, str]:
    table: dict[str, str] = load_lexicon(lexicon)[key]
    return table


_NICKNAME = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")


def _names_same(short: str, person: Participant) -> bool:
    """'Teddy Varga' and 'Teddy' name 'Tomás Eduardo "Teddy" Varga': a shorter form of the
    full name, of the full name with the nickname, or the nickname itself."""
    if _shortens(short, person.name) or _paternal_surname(short, person.name):
        return True
    for alias in person.aliases:
        nicknames = _NICKNAME.findall(alias)
        if not nicknames:
            continue
        if short in nicknames or _shortens(short, _NICKNAME.sub(r"\1", alias)):
            return True
    return False


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    """'McKinnon' and 'Mckinnon', 'Nunez' and 'Núñez' are one name: words
    compare without case and accents, and without a generational suffix ('Jr.')."""
    words = [w.strip(",") for w in re.split(r"[\s-]+", _fold_accents(name.lower()))]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


def _folded_text(doc: Doc) -> str:
    """The doc's text without accents, each character in its place ('Núñez' ->
    'Nunez'), built once per doc."""
    folded = doc.user_data.get(_FOLDED_KEY)
    if not isinstance(folded, str):
        text = doc_text(doc)
        table = {}
        for ch in set(text):
            if not ch.isascii():
                base = _fold_accents(ch)
                if len(base) == 1:
                    table[ord(ch)] = base
        folded = doc.user_data[_FOLDED_KEY] = text.translate(table) if table else text
    return folded


_FOLDED_KEY = "newsfacts.folded"


def _fold_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _begins(short: str, full: str) -> bool:
    """'Osvaldo Ramón' and 'Ellen' begin 'Osvaldo Ramón Ferrer' and 'Ellen
    DeGeneres'; 'Teodor Halvik' is 'Teodor Halvik Jr.' where no other Halvik is named."""
    words, full_words = _name_words(short), _name_words(full)
    if not words or len(words) > len(full_words) or full_words[: len(words)] != words:
        return False
    return len(words) < len(full_words) or len(short) < len(full)


def _paternal_surname(short: str, full: str) -> bool:
    """'Ramírez' after 'Luis Ramírez Ortega': of a full name of three words or more, the
    next-to-last word alone (the first of two surnames, in Spanish usage) is a short form."""
    words, full_words = _name_words(short), _name_words(full)
    return (
        len(words) == 1
        and len(full_words) >= 3
        and words[0] == full_words[-2]
        and len(words[0]) > 2
        and words[0] not in _FUNCTION_WORDS
    )


def _shortens(short: str, full: str) -> bool:
    """'Nouri', 'Karim Nouri' shorten 'Karim al-Nouri': same last word, fewer words, all
    of them in the full name in order."""
    words, full_words = _name_words(short), _name_words(full)
    if not words or len(words) >= len(full_words) or words[-1] != full_words[-1]:
        return False
    remaining = iter(full_words)
    return all(word in remaining for word in words)


def _complete_short_names(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Jane Roe' in 'Drug Czar Jane Roe Leads U.S. Delegation', 'Rafael Ostrander Quill'
    where the model tagged only 'Quill': a person known by one word is named in full where
    capitalised words end with that word, after a title or at the start of a line or a
    sentence (in a headline Written In Title Case only after a title). One full form only;
    none of its other words names another actor of the article."""
    short: dict[str, Participant] = {}
    for one in registry.of_kind("person"):
        words = _name_words(one.name)
        if len(words) == 1 and one.name not in _titles() and one.name[:1].isupper():
            short[words[0]] = one
    if not short:
        return
    others = {
        w for p in registry if p.kind != "person" or " " in p.name for w in _name_words(p.name)
    }
    forms = {a for p in short.values() for a in [p.name, *p.aliases] if " " not in a}
    found: dict[str, set[tuple[int, int]]] = {}
    for token in _tokens_matching(doc, _word_pattern(frozenset(forms), ignore_case=False)):
        person = short.get(_fold_accents(token.lower_))
        if person is None or not _name_word(token) or token.i == 0:
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 2
            and (_name_word(doc[start - 1]) or _hyphen_joined(doc, start - 1))
            and not _is_title_word(doc[start - 1])
            and "\n" not in doc[start - 1].text_with_ws
        ):
            start -= 1
        while start < token.i and (doc[start].text == "-" or _comment_word(doc[start])):
            start += 1  # 'Ironically Pellton': a sentence's first word is no given name
        if start == token.i:
            continue
        before = doc[start - 1] if start > 0 else None
        titled = before is not None and _is_title_word(before) and before.is_title
        line_start = before is None or "\n" in before.text_with_ws or doc[start].is_sent_start
        run = doc[start : token.i + 1]
        if not (titled or (line_start and not _in_title_case_line(run))):
            continue
        given = [t for t in run[:-1] if t.text != "-"]
        if any(
            _fold_accents(t.lower_) in others
            or _fold_accents(t.lower_) in short
            or canon.country_of_word(t.text)
            or t.lower_ in _words("organizations", "org_heads")
            for t in given
        ):
            continue
        owner = registry.find(_char_span(run))
        if owner is not None and owner is not person:
            continue
        found.setdefault(person.name, set()).add((start, token.i + 1))
    for spans in found.values():
        if len({_name_text(doc[a:b]) for a, b in spans}) == 1:
            for a, b in sorted(spans):
                _add_person(doc[a:b], registry)


def _add_missed_mentions(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Jane Roe' in a headline, 'U.S.' in 'Leads U.S. Delegation', a first mention the
    model saw no name in: a full name (two words or more) of a person or body of the
    article, or a name of one of its countries, is a mention wherever it stands, even where
    the model saw no entity. One regular expression over the text finds them all."""
    text = doc_text(doc)
    owners: dict[str, Participant] = {}
    for participant in registry:
        if participant.kind in {"person", "organization"}:
            for form in {participant.name, *participant.aliases}:
                if " " in form and form[:1].isupper() and len(form) > 5:
                    owners.setdefault(form, participant)
    countries = {p.name for p in registry.of_kind("country")}
    country_forms = {f for name in countries for f in canon.country_forms(name)}
    for form, owner in sorted(owners.items(), key=lambda item: -len(item[0])):
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if (
                (start == 0 or not text[start - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
                and doc.char_span(start, end) is not None
                and not registry.covered((start, end))
            ):
                registry.add(owner.name, owner.kind, (start, end), form)
            start = text.find(form, end)
    if not country_forms:
        return
    for match in _word_pattern(frozenset(country_forms)).finditer(text):
        start, end = match.span()
        if end < len(text) and text[end] == ".":
            end += 1  # 'U.S.': the period is part of the token
        span = doc.char_span(start, end) or doc.char_span(start, match.end())
        if span is None or len(span) != 1 or span[0].pos_ != "PROPN":
            continue
        token = span[0]
        country = canon.country(token.text)
        if country not in countries or not token.text[:1].isupper():
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not line.isupper() and not registry.covered(_char_span(token)):
            registry.add(country, "country", _char_span(token), token.text)


def _add_surname_mentions(doc: Doc, registry: ParticipantRegistry) -> None:
    """'Kowalski said' after 'Marta Kowalski': a proper noun that is the surname of a person of
    the article is a mention of that person, even where the model saw no entity. Of two
    people with one surname, the one named last before it."""
    by_surname: dict[str, list[Participant]] = {}
    for person in (
        p for p in registry if p.kind == "person" and " " in p.name and p.name not in _titles()
    ):
        by_surname.setdefault(_name_words(person.name)[-1], []).append(person)
    if not by_surname:
        return
    for match in _word_pattern(frozenset(by_surname)).finditer(_folded_text(doc)):
        found = doc.char_span(*match.span())
        if found is None or len(found) != 1:
            continue
        token = found[0]
        people = by_surname[match.group().lower()]
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        named = people[0] if len(people) == 1 else _named_last_before(people, token.idx)
        if named is None or token.idx < named.char_start:
            continue
        span = _char_span(token)
        if not registry.covered(span):
            registry.add(named.name, "person", span, token.text)


def _named_last_before(people: list[Participant], position: int) -> Participant | None:
    """Of people who share a surname, the one with the last mention before `position`."""
    best: tuple[int, Participant] | None = None
    for person in people:
        before = [start for start, _ in person.mentions if start < position]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), person)
    return best[1] if best else None


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
