"""One article in, the rows of every extracted table out.

Quotes are found first (events inside quotation marks are speech, not narration), then
participants; speakers and event actors are linked to participants by character span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc

from flows.extract import canon
from flows.extract.canon import entity_id
from flows.extract.events import extract_events, resolve_date
from flows.extract.lexicon import extractor_version, load_lexicon
from flows.extract.parse import doc_text
from flows.extract.participants import extract_participants, resolve_phrase
from flows.extract.quotes import extract_quotes, speaking_nouns
from flows.extract.records import Participant
from flows.extract.statistics import extract_statistics
from flows.normalize import Article
from schemas.spans import ByteOffsets

Row = dict[str, Any]


@dataclass
class ArticleRows:
    """The rows extracted from one article, table by table."""

    participants: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    statistics: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    event_participants: list[Row] = field(default_factory=list)


class _Provenance:
    """The provenance columns of a row of one article: its id, the row's span in characters
    and in UTF-8 bytes of the text, and the extractor version."""

    def __init__(self, article: Article) -> None:
        self.article_id = article.article_id
        self.byte_offset = ByteOffsets(article.text)
        self.version = extractor_version()

    def __call__(self, start: int, end: int) -> Row:
        return {
            "article_id": self.article_id,
            "char_start": start,
            "char_end": end,
            "byte_start": self.byte_offset(start),
            "byte_end": self.byte_offset(end),
            "extractor_version": self.version,
        }


_NOT_PERSONS = {"organization", "location", "country", "place"}


@cache
def _group_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("people")["group_heads"])


def _speaker(doc: Doc, span: tuple[int, int], registry: Any) -> Participant | str | None:
    """The participant a quote's speaker phrase names. A phrase about a person is never
    linked to the organization or place it mentions ('a Corvane spokeswoman', 'the Telvora
    official'): a person named in it is the speaker ('Corvane Ltd chief Dana Roe'), else
    the description itself, as a name ('Corvane spokeswoman'), with no participant."""
    if _glued_mark(doc, span[1]):
        # 'Rep. Dana Roe:“We ...': the recogniser's name runs on into the quotation; the lead's
        # own characters name the speaker.
        return _glued_lead_speaker(doc, span, registry, registry.find(span))
    lead = _lead_speaker(doc, span, registry)
    if lead is not None:
        return lead
    found = resolve_phrase(doc, span, registry)
    if found is None or found.kind not in _NOT_PERSONS:
        return found
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or len(phrase) == 0:
        return found
    names = [e for e in phrase.ents if e.label_ == "PERSON"]
    if names:
        named = resolve_phrase(doc, (names[-1].start_char, names[-1].end_char), registry)
        if named is not None and named.kind == "person":
            return named
    root = phrase.root
    # One person described ('a Corvane spokeswoman'), not a body ('police').
    one = root.tag_ == "NN" and len(phrase) > 1 and root.lemma_.lower() not in _group_words()
    if one and root.pos_ == "NOUN" and root.lemma_.lower() in speaking_nouns():
        return _described_speaker(phrase.text)
    if one and root.pos_ == "NOUN" and _only_placed(phrase, found):
        return _described_speaker(phrase.text)
    return found


#: Links that place a person described by a common noun ('a mother from Pellton', 'a
#: citizen detained in Corvania'); not 'of', which names an owner ('the government of X').
_PLACING_PREPOSITIONS = {"from", "in", "at", "near", "outside", "inside"}


@cache
def _body_words() -> frozenset[str]:
    organizations = load_lexicon("organizations")
    return frozenset(
        w.lower()
        for key in ("org_heads", "thing_heads", "facility_heads")
        for w in organizations[key]
    )


def _only_placed(phrase: Any, found: Participant) -> bool:
    """Whether every mention of `found` in a speaker phrase headed by a common noun lies
    in a phrase that only says where the person is or comes from ('a citizen detained in
    Corvania', 'a mom in Pellton, Ohio'): the place is no speaker. Not for a body's noun
    ('the embassy in Pellton')."""
    root = phrase.root
    if root.lower_ in _body_words():
        return False
    inside = [
        t
        for t in phrase
        if any(s < t.idx + len(t) and t.idx < e for s, e in found.mentions) and t.i != root.i
    ]
    if not inside:
        return False
    for token in inside:
        while token.head.i != root.i and token.head.i != token.i:
            token = token.head
        placing = token.dep_ == "prep" and token.lower_ in _PLACING_PREPOSITIONS
        if not (placing or token.dep_ in {"acl", "relcl"}) or token.head.i != root.i:
            return False
    return True


# After a round-up lead's name: a note in brackets ('(R-IN)'), the colon, the opening mark.
_LEAD_END = re.compile(r"[ \t]*(?:[(\[][^()\[\]\n]{1,40}[)\]])?[ \t]*:\s*[“\"]")
_LEAD_START = " \t*_>#-•"


def _lead_speaker(doc: Doc, span: tuple[int, int], registry: Any) -> Participant | None:
    """The speaker of a round-up lead that is all a name ('Corvane Harbor Caucus: "...',
    'Telvora Forward: "..."'): the participant named by all of it, added when no mention
    covers the whole name (not the country of 'Ostrava First Works'). A person when the
    recogniser tags the whole name a person, else an organization."""
    text = doc_text(doc)
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_LEAD_START) or not _LEAD_END.match(text, end):
        return None
    found = registry.find(span)
    if found is not None and any(s <= start and end <= e for s, e in found.mentions):
        return found
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or len(phrase) < 2:
        return None
    whole = any(e.start_char <= start and end <= e.end_char for e in phrase.ents)
    people = [e for e in phrase.ents if e.label_ == "PERSON"]
    if people:
        if found is not None and found.kind == "person":
            return found
        if not whole or people[0].start_char > start:
            return None
        return registry.add(phrase.text, "person", span, phrase.text)
    return _add_organization(phrase.text, span, registry)


def _glued_mark(doc: Doc, end: int) -> bool:
    """Whether a lead's colon and opening mark are glued into one token with the name before
    them ('Roe:“We')."""
    text = doc_text(doc)
    if text[end : end + 1] != ":" or text[end + 1 : end + 2] not in {"“", '"'}:
        return False
    word = doc.char_span(end, end + 1, alignment_mode="expand")
    return word is not None and len(word) > 0 and word[0].idx < end


def _glued_lead_speaker(
    doc: Doc, span: tuple[int, int], registry: Any, found: Participant | None
) -> Participant:
    """The speaker of a lead glued to its quotation, under the lead's words: the participant
    of that name, else one added (a person when the recogniser tags a person there)."""
    name = doc_text(doc)[span[0] : span[1]]
    if found is not None and found.name == name:
        return found
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    person = phrase is not None and any(
        e.label_ == "PERSON" and e.start_char <= span[0] < e.end_char for e in phrase.ents
    )
    if person:
        return registry.add(name, "person", span, name)
    return _add_organization(name, span, registry)


def _add_organization(text: str, span: tuple[int, int], registry: Any) -> Participant:
    """An organization named by a lead's words, under its known name if the lexicon has it."""
    org = canon.organization(text)
    return registry.add(org.name if org is not None else text, "organization", span, text)


def _described_speaker(text: str) -> str:
    """An unlinked speaker phrase as a name: without a leading article, capitalised ('a
    Corvane spokeswoman' -> 'Corvane spokeswoman')."""
    words = text.split()
    if len(words) > 1 and words[0].lower() in {"a", "an", "the"}:
        words = words[1:]
    name = " ".join(words)
    return name[:1].upper() + name[1:]


def extract_article(doc: Doc, article: Article) -> ArticleRows:
    """Every row of one article. `doc` must be the parse of `article.text`."""
    if doc_text(doc) != article.text:
        raise ValueError(f"doc is not the parse of article {article.article_id}'s text")
    rows = ArticleRows()
    provenance = _Provenance(article)
    quotes = extract_quotes(doc)
    registry = extract_participants(
        doc, publisher=article.source, published_at=article.published_at
    )
    speakers = [_speaker(doc, q.speaker_span, registry) if q.speaker_span else None for q in quotes]
    found_events = extract_events(
        doc,
        resolve=lambda span: resolve_phrase(doc, span, registry),
        quoted=[(q.char_start, q.char_end) for q in quotes],
        published_at=article.published_at,
    )

    ids: dict[int, str] = {}
    for participant in registry:
        key = entity_id(participant.kind, participant.name)
        participant_id = f"{article.article_id}:{key}"
        ids[id(participant)] = participant_id
        rows.participants.append(
            {
                "participant_id": participant_id,
                "entity_id": key,
                "name": participant.name,
                "kind": participant.kind,
                "title": participant.title,
                "affiliation": participant.affiliation,
                "aliases": list(participant.aliases),
                "mention_count": len(participant.mentions),
                **provenance(participant.char_start, participant.char_end),
            }
        )

    for quote, found in zip(quotes, speakers, strict=True):
        speaker = found if isinstance(found, Participant) else None
        described = found if isinstance(found, str) else quote.speaker_text
        rows.quotes.append(
            {
                "quote_id": f"{article.article_id}:q{quote.char_start}",
                "text": quote.text,
                "speaker": speaker.name if speaker else described,
                "speaker_participant_id": ids.get(id(speaker)) if speaker else None,
                "cue": quote.cue,
                "medium": quote.medium,
                "is_direct": quote.is_direct,
                **provenance(quote.char_start, quote.char_end),
            }
        )

    for statistic in extract_statistics(doc):
        rows.statistics.append(
            {
                "statistic_id": f"{article.article_id}:s{statistic.char_start}",
                "value": statistic.value,
                "value_max": statistic.value_max,
                "unit": statistic.unit,
                "period": statistic.period,
                "measured": statistic.measured,
                "approximate": statistic.approximate,
                "mention": statistic.mention,
                **provenance(statistic.char_start, statistic.char_end),
            }
        )

    seen_event_ids: set[str] = set()
    for event, actors, targets in found_events:
        event_id = f"{article.article_id}:e{event.char_start}:{event.event_type.lower()}"
        suffix = 2
        while event_id in seen_event_ids:
            event_id = (
                f"{article.article_id}:e{event.char_start}:{event.event_type.lower()}{suffix}"
            )
            suffix += 1
        seen_event_ids.add(event_id)
        event_date, precision = resolve_date(
            event.when_text, article.published_at, future=event.status == "planned"
        )
        rows.events.append(
            {
                "event_id": event_id,
                "event_type": event.event_type,
                "trigger": event.trigger,
                "evidence": event.evidence,
                "mention_count": event.mention_count,
                "location": event.location,
                "when_text": event.when_text,
                "event_date": event_date,
                "date_precision": precision,
                "status": event.status,
                **provenance(event.char_start, event.char_end),
            }
        )
        for role, members in (("actor", actors), ("target", targets)):
            for participant in members:
                rows.event_participants.append(
                    {"event_id": event_id, "participant_id": ids[id(participant)], "role": role}
                )
    return rows
