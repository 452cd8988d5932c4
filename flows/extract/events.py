"""Events: who did what to whom, typed with PLOVER, from a trigger lexicon and the parse.

A trigger is a verb or an event noun of the `events` lexicon outside quotation marks.
Actors are the subject (or the 'by' agent) of the trigger or of the verb that governs it;
targets its object or the object of a preposition. Mentions of one happening (the same type
and compatible actors) become one event. An event must involve at least one participant, so
that a generic statement ("the database is used to share information") is not an event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

from flows.extract.lexicon import load_lexicon
from flows.extract.records import Event, Participant
from flows.extract.records import Span as CharSpan

Resolver = Callable[[CharSpan], Participant | None]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_OBJECTS = {"dobj", "attr", "oprd"}
_TARGET_PREPOSITIONS = {"against", "on", "to", "at", "toward", "towards", "into", "from", "of"}
_LOCATION_PREPOSITIONS = {"in", "at", "to"}
_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}
_INHERIT_SUBJECT = {"conj", "xcomp", "pcomp", "prep", "advcl"}
_GOVERNING_PREPOSITIONS = {"for", "in", "at", "during", "into", "to"}
_NEGATIONS = {"not", "n't", "never", "no"}
_FUTURE_AUX = {"will", "shall", "'ll", "would"}


@dataclass
class _Mention:
    event_type: str
    trigger: Token
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    status: str = "occurred"
    location: str | None = None
    when: Span | None = None


@cache
def _lexicon() -> dict:
    return load_lexicon("events")


def _span_of(token: Token) -> CharSpan:
    return (token.idx, token.idx + len(token.text))


def _phrase_span(token: Token) -> CharSpan:
    """The noun phrase a token heads, without relative clauses or trailing prepositions."""
    tokens = [token]
    for child in token.lefts:
        tokens.extend(child.subtree)
    for child in token.rights:
        if child.dep_ in {"conj", "cc", "relcl", "acl", "prep", "punct", "appos"}:
            continue
        tokens.extend(child.subtree)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return (start, end)


def _trigger_type(token: Token) -> str | None:
    lexicon = _lexicon()
    if token.pos_ in {"VERB", "AUX"} and token.pos_ != "AUX":
        for child in token.children:
            if child.dep_ == "prt":
                phrasal = lexicon["phrasal"].get(f"{token.lemma_} {child.lower_}")
                if phrasal:
                    return str(phrasal)
        found = lexicon["verbs"].get(token.lemma_.lower())
        return str(found) if found else None
    if token.pos_ == "NOUN":
        found = lexicon["nouns"].get(token.lemma_.lower())
        return str(found) if found and _is_specific(token) else None
    return None


def _is_specific(noun: Token) -> bool:
    """An event noun names a happening when something ties it to one: a determiner, a
    possessor, a modifier, or a verb that has it as object. Not after 'lack of'/'without'."""
    head = noun.head
    if head.lower_ == "of" and head.head.lower_ in {"lack", "absence", "need", "hope"}:
        return False
    if head.lower_ in {"without"}:
        return False
    if any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children):
        return True
    return noun.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}


def _inside(token: Token, spans: Sequence[CharSpan]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def _is_absorbed(token: Token) -> bool:
    """'pledged to restart cooperation': the cooperation is the content of the pledge, not a
    second event. Climbs complement links only; a verb like 'plan' passes its event through."""
    absorbing = set(_lexicon()["absorbs"])
    if token.lemma_.lower() in absorbing and _gives_way(token):
        return True
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} and _trigger_type(token.head):
        return True  # 'the deal was rejected', 'criticized the ban': one event, the verb's
    current = token
    for _ in range(5):
        if current.dep_ not in _COMPLEMENTS or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in absorbing and _trigger_type(current):
            return not (
                token.pos_ == "VERB" and token.dep_ == "xcomp" and current.i == token.head.i
            )
    return False


def _gives_way(token: Token) -> bool:
    """'committed to delivering aircraft': the commitment gives way to the event it names."""
    return any(
        c.dep_ in {"xcomp", "pcomp"} and c.pos_ == "VERB" and _trigger_type(c)
        for c in token.children
    ) or any(
        p.dep_ == "prep" and any(g.dep_ == "pcomp" and _trigger_type(g) for g in p.children)
        for p in token.children
    )


def _governing_verb(token: Token) -> Token:
    """The verb whose subject is the event's actor: the trigger itself, or for a noun the verb
    that has it as object ('hold talks') or as the object of a purpose or place preposition
    ('headed to Beijing for talks'). 'Despite X's ban, Y identifies' does not make Y act."""
    if token.pos_ != "NOUN" or any(c.dep_ == "poss" for c in token.children):
        return token
    current = token
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ in {"dobj", "conj", "xcomp", "pcomp"}:
            current = head
        elif current.dep_ == "pobj" and head.lower_ in _GOVERNING_PREPOSITIONS:
            current = head.head
        else:
            break
    return current if current.pos_ in {"VERB", "AUX"} else token


def _participants_of(tokens: Sequence[Token], resolve: Resolver) -> list[Participant]:
    found: list[Participant] = []
    for token in tokens:
        for member in [token, *token.conjuncts]:
            participant = resolve(_phrase_span(member)) or resolve(_span_of(member))
            if participant is not None and participant not in found:
                found.append(participant)
    return found


def _actors(trigger: Token, verb: Token, resolve: Resolver) -> list[Participant]:
    candidates = [
        c
        for c in verb.children
        if c.dep_ in _SUBJECTS and (c.dep_ != "nsubjpass" or verb.i != trigger.i)
    ]
    candidates += [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    if trigger.pos_ == "NOUN":
        candidates += [c for c in trigger.children if c.dep_ == "poss"]
    climbed = verb
    for _ in range(3):
        if candidates or climbed.dep_ not in _INHERIT_SUBJECT or climbed.head.i == climbed.i:
            break
        # 'China showed a shift by submitting ...': the subject of the verb above acts.
        climbed = climbed.head
        candidates = [c for c in climbed.children if c.dep_ in {"nsubj", "csubj"}]
    if not candidates and verb.i == trigger.i and any(c.dep_ == "auxpass" for c in verb.children):
        # 'rejected in the Senate': a passive without an agent, done in a body
        candidates = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"in", "at"}
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ == "ORG"
        ]
    actors = _participants_of(candidates, resolve)
    if _lexicon_symmetric(trigger):
        partners = [
            g
            for c in trigger.children
            if c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        actors += [p for p in _participants_of(partners, resolve) if p not in actors]
    return actors


def _lexicon_symmetric(trigger: Token) -> bool:
    return _trigger_type(trigger) in set(_lexicon()["symmetric"])


def _targets(
    trigger: Token, verb: Token, resolve: Resolver, actors: list[Participant]
) -> list[Participant]:
    candidates = [c for c in trigger.children if c.dep_ in _OBJECTS or c.dep_ == "nsubjpass"]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPOSITIONS:
            candidates += [g for g in prep.children if g.dep_ == "pobj"]
    return [p for p in _participants_of(candidates, resolve) if p not in actors]


def _status(trigger: Token, verb: Token) -> str:
    for token in {trigger, verb}:
        children = list(token.children)
        if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in children):
            return "negated"
    for token in (trigger, verb):
        children = list(token.children)
        if any(c.lower_ in _FUTURE_AUX for c in children):
            return "planned"
        if (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in children)
            and (token.head.i == token.i or token.head.pos_ not in {"VERB", "AUX"})
        ):
            return "planned"  # headline infinitive: 'China to hold talks'
        if token.lemma_ in set(_lexicon()["planned_heads"]):
            return "planned"
        if token.head.lemma_ in set(_lexicon()["planned_heads"]) and token.dep_ in {
            "xcomp",
            "prep",
            "pobj",
            "advcl",
        }:
            return "planned"
        if token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children):
            return "planned" if token.lemma_ in set(_lexicon()["planned_heads"]) else "ongoing"
    return "occurred"


def _location(trigger: Token, verb: Token) -> str | None:
    for token in (trigger, verb):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in _LOCATION_PREPOSITIONS:
                for place in prep.children:
                    if place.ent_type_ in {"GPE", "LOC", "FAC"}:
                        ent = next(e for e in place.doc.ents if e.start <= place.i < e.end)
                        return str(ent.text)
    return None


def _when(trigger: Token, verb: Token) -> Span | None:
    """A DATE entity attached to the trigger, its governing verb, or the trigger's noun phrase."""
    anchors = {trigger.i, verb.i}
    for ent in trigger.sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        node = ent.root
        for _ in range(3):
            if node.head.i in anchors:
                return ent
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _mentions(doc: Doc, resolve: Resolver, quoted: Sequence[CharSpan]) -> list[_Mention]:
    mentions: list[_Mention] = []
    for token in doc:
        event_type = _trigger_type(token)
        if event_type is None or _inside(token, quoted) or _is_absorbed(token):
            continue
        if _reports(token) or _hypothetical(token) or _speech_object(token):
            continue
        verb = _governing_verb(token)
        actors = _actors(token, verb, resolve)
        targets = _targets(token, verb, resolve, actors)
        mentions.append(
            _Mention(
                event_type,
                token,
                actors,
                targets,
                _status(token, verb),
                _location(token, verb),
                _when(token, verb),
            )
        )
    return mentions


def _hypothetical(token: Token) -> bool:
    """'able to seize', 'enough to kill': an ability or a measure, not a happening; 'duties
    imposed on X' (a participle modifier) refers to an event told elsewhere."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ in {"xcomp", "advcl"} and token.head.pos_ in {"ADJ", "ADV"}:
        return True
    if token.dep_ == "xcomp" and any(c.lower_ == "enough" for c in token.head.subtree):
        return True
    return token.dep_ == "acl" and token.tag_ == "VBN"


def _speech_object(token: Token) -> bool:
    """'delivered the national statement': a trigger verb whose object is speech."""
    occasions = _occasions()
    return any(c.dep_ == "dobj" and c.lemma_.lower() in occasions for c in token.children)


@cache
def _occasions() -> frozenset[str]:
    return frozenset(load_lexicon("speech")["occasion_heads"])


def _reports(token: Token) -> bool:
    """'said during a press conference': an occasion of speech, not an event."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    verb = token.head.head
    return verb.lemma_.lower() in _reporting_verbs()


@cache
def _reporting_verbs() -> set[str]:
    return set(load_lexicon("speech")["reporting_verbs"])


def _same_happening(a: _Mention, b: _Mention) -> bool:
    if a.event_type != b.event_type:
        return False
    if b.trigger.dep_ == "conj" and b.trigger.head.i == a.trigger.i:
        return True  # 'indicted and sanctioned'
    left = _actor_keys(a)
    right = _actor_keys(b)
    if not right:
        # A mention without actors refers back only as a noun ('the Tuesday meeting').
        return b.trigger.pos_ == "NOUN" and not (_target_keys(b) - _target_keys(a))
    if a.trigger.lemma_ != b.trigger.lemma_ or _object_of(a) != _object_of(b):
        # 'provides $13 million in equipment' and 'provides $2.4 million in vehicles' by
        # the same actor are two happenings; 'talks' told twice is one.
        return False
    return not left or bool(left & right)


def _object_of(mention: _Mention) -> str | None:
    for child in mention.trigger.children:
        if child.dep_ in {"dobj", "attr"}:
            return child.lemma_.lower()
    return None


def _target_keys(mention: _Mention) -> set[str]:
    return {target.name for target in mention.targets}


def _actor_keys(mention: _Mention) -> set[str]:
    keys: set[str] = set()
    for actor in mention.actors:
        keys.add(actor.name)
        if actor.affiliation and actor.kind == "group":
            keys.add(actor.affiliation)
    return keys


def extract_events(
    doc: Doc,
    *,
    resolve: Resolver,
    quoted: Sequence[CharSpan] = (),
    published_at: datetime | None = None,
) -> list[tuple[Event, list[Participant], list[Participant]]]:
    """Events of the article with their actors and targets, one per happening."""
    groups: list[list[_Mention]] = []
    for mention in _mentions(doc, resolve, quoted):
        for group in groups:
            if _same_happening(group[0], mention):
                group.append(mention)
                break
        else:
            groups.append([mention])
    events = []
    for group in groups:
        actors = _unique(p for m in group for p in m.actors)
        targets = _unique(p for m in group for p in m.targets if p not in actors)
        if not actors and not targets and not any(m.location for m in group):
            continue  # no one and nowhere: a generic statement, not a happening
        events.append((_event(group, published_at), actors, targets))
    return events


def _unique(items: object) -> list[Participant]:
    out: list[Participant] = []
    for item in items:  # type: ignore[attr-defined]
        if item not in out:
            out.append(item)
    return out


def _event(group: list[_Mention], published_at: datetime | None) -> Event:
    first = group[0]
    sentence = first.trigger.sent
    start = sentence.start_char
    end = sentence.end_char
    evidence = sentence.text.strip()
    start += len(sentence.text) - len(sentence.text.lstrip())
    end = start + len(evidence)
    when = next((m.when for m in group if m.when is not None), None)
    location = next((m.location for m in group if m.location), None)
    event = Event(
        event_type=first.event_type,
        trigger=first.trigger.text,
        evidence=evidence,
        char_start=start,
        char_end=end,
        status=first.status,
        location=location,
        when_text=when.text if when is not None else None,
        mention_count=len(group),
    )
    return event


def resolve_date(
    when_text: str | None, published_at: datetime | None, *, future: bool = False
) -> tuple[datetime | None, str | None]:
    """when_text resolved against the publication time: (date, precision), or (None, None)
    when there is no anchor or the text is no date. Precision is day, month or year."""
    if when_text is None or published_at is None:
        return None, None
    base = published_at.replace(tzinfo=None)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parser = DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(when_text)
    if data.date_obj is None:
        return None, None
    period = data.period or "day"
    moment = data.date_obj
    if period == "year":
        moment = moment.replace(month=1, day=1)
    elif period == "month":
        moment = moment.replace(day=1)
    else:  # day, or a week read as its day
        period = "day"
    moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return moment, period
