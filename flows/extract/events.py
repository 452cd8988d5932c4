"""Events: who did what to whom, typed with PLOVER, from a trigger lexicon and the parse.

A trigger is a verb or an event noun of the `events` lexicon outside quotation marks.
Actors are the subject (or the 'by' agent) of the trigger or of the verb that governs it,
the object of a controlling verb ('thanked X for arresting'), or the modifier of an event noun
('U.S. funding'); pronouns resolve to a statement's author ('I', 'we') or to the subject of the
clause above ('it'). Targets are the object or the object of a preposition. Mentions of one
happening (the same type and compatible actors, or a shared named target) become one event.
An event must involve at least one participant, or be told as a specific past happening of
someone the participants do not list ("its lawyers denied it"), so that a generic statement
("the registry is used to share data") is not an event.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

from flows.extract import canon
from flows.extract.gender import mention_gender, word_gender
from flows.extract.inflection import singular
from flows.extract.lexicon import event_lexicon, load_lexicon
from flows.extract.parse import BULLETS, doc_text, doc_tokens
from flows.extract.records import Event, Participant
from flows.extract.records import Span as CharSpan

Resolver = Callable[[CharSpan], Participant | None]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_OBJECTS = {"dobj", "attr", "oprd"}
_TARGET_PREPOSITIONS = {"against", "on", "to", "at", "toward", "towards", "into", "from", "of"}
_LOCATION_PREPOSITIONS = {"in", "at", "to"}
_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}
_INHERIT_SUBJECT = {"conj", "xcomp", "pcomp", "prep", "advcl", "acl"}
_GOVERNING_PREPOSITIONS = {"for", "in", "at", "during", "into", "to"}
#: Heads of a phrase through which the one named in it acts: 'the Corvane administration'.
_GOVERNING = frozenset({"administration", "government", "regime", "campaign", "side", "family"})
_NEGATIONS = {"not", "n't", "never", "no"}
_FUTURE_AUX = {"will", "shall", "'ll", "would"}
_OBLIGATION = {"must", "should", "ought"}
_POSSIBILITY = {"could", "may", "might"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_GENERIC_DETERMINERS = {"any", "all", "every", "each", "no"}
_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
_CONTROL_PREPOSITIONS = {"for", "of"}
#: Words that open a phrase telling a part of what was done: 'including issuing sanctions'.
_INCLUDING = {"including"}
_NOT_TARGET_NAMES = {"GPE", "NORP", "DATE", "TIME"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_THIRD_PERSON = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"}
_STATEMENT_WORDS = {"statement", "remarks", "readout", "message", "letter"}
#: Types whose headline happening is usually told again, with other words, in the body.
_HEADLINE_ONE_HAPPENING = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}
_DONE_TO_PEOPLE = {"COERCE", "SANCTION"}
_STANCES = {"ACCUSE", "SUPPORT"}
#: Stances and refusals, which told as not taken ('did not object') tell of no happening.
_UNTAKEN_STANCES = {"ACCUSE", "SUPPORT", "REJECT"}
#: Types of event nouns that come from someone: 'a request from Brazil', 'criticism from X'.
_SENT_FROM = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "CONCEDE"}
_NAMING_VERBS = {"name", "call", "identify"}
_NOT_COMPANIES = {"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW"}
_NO_EVENT = "-"
_QUESTION_WORDS = {"if", "whether", "how", "why", "what", "when", "where", "who"}


@dataclass(eq=False)  # mentions are told apart by identity ('m in headers')
class _Mention:
    event_type: str
    trigger: Token
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    status: str = "occurred"
    location: str | None = None
    when: Span | None = None
    target_words: frozenset[str] = frozenset()
    #: The list item it belongs to (the start of the item's first sentence), if any.
    item: int | None = None
    #: The trigger of the list header that tells this item's happening.
    header: Token | None = None
    #: Told only if the list it heads names people.
    tentative: bool = False


_lexicon = event_lexicon


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of the events lexicon, as a set made once."""
    return frozenset(_lexicon()[key])


#: Contractions with a curly apostrophe, which the tagger leaves unlemmatized ('we’ve met').
_CURLY_CONTRACTIONS = {"’ve": "have", "’re": "be", "’m": "be"}


def _lemma(token: Token) -> str:
    """The token's lemma, with 'we’ve', 'they’re', 'I’m' read as 'have' and 'be', and 'it’s'
    as 'be' before a passive or an -ing form and as 'have' before a perfect ('it’s signed',
    'he’s meeting', 'she’s met')."""
    word = token.lower_
    if word in _CURLY_CONTRACTIONS:
        return _CURLY_CONTRACTIONS[word]
    if word == "’s" and token.pos_ == "AUX":
        perfect = token.dep_ == "aux" and token.head.tag_ == "VBN"
        return "have" if perfect else "be"
    return token.lemma_


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
    if token.pos_ == "VERB":
        if _mobilizes(token):
            return "MOBILIZE"  # 'directed every agency to do even more to stop X'
        for particle in _particles(token):
            key = f"{token.lemma_} {particle.lower_}"
            if key in lexicon["phrasal"]:  # null: 'struck out on his own' is no attack
                phrasal = lexicon["phrasal"][key]
                if phrasal and _unfit_setting(token, str(phrasal)):
                    return None
                if token.lemma_.lower() in _words("floor_verbs") and _passes_floor(token):
                    return None  # 'I'll hand it over to Dr. Quenby': the next speaker talks
                if key in lexicon["done_to_phrasal"] and not _done_to_object(token):
                    # 'he finally pulled over': the driver stops, no one stops him ('would
                    # not pull over' stays: a stop refused)
                    return None
                return str(phrasal) if phrasal else None
        paired = _verb_object_type(token)
        if paired:
            return None if paired == _NO_EVENT else paired
        if _states_commitment(token):
            return "AGREE"  # 'X and Y expressed their commitment to Z': their own pledge
        if _instructs(token):
            return "REQUEST"  # 'instructed their teams to draft a plan'
        found = lexicon["verbs"].get(token.lemma_.lower())
        if not found or _lends_to_noun(token) or _lacks_required_preposition(token):
            return None
        if _abstract_object(token, str(found)) or _unfit_setting(token, str(found)):
            return None  # 'provided their perspectives', 'requested anonymity'
        if found == "SUPPORT" and _welcomed_to_place(token):
            return "CONSULT"  # 'welcomed Prime Minister X to the White House': a visit
        if found == "SANCTION" and _honorary_designation(token):
            return None  # 'designated May 3 as Sailors Day': an observance, no sanction
        if _other_sense(token):
            return None  # 'demonstrated that X can ...', 'as opposed to': no act
        if found == "REJECT" and _refuses_speech(token):
            return None  # 'declined to comment' is reporting, not a refusal
        if found == "AID" and _sale_delivery(token):
            return None  # 'the first airliner was delivered to Corvane Airlines': a sale
        if found == "AID" and _habitual_giving(token):
            return None  # 'the Halvik Program provides training to nurses': what it does
        if found == "ACCUSE" and _symptom_complaint(token):
            return None  # 'complained of chest pains': symptoms told, no one blamed
        if token.lemma_.lower() in _human_patient() and not _done_to_people(token):
            return None  # 'released a report', 'released the film': no one is freed
        if token.lemma_.lower() in _needs_content() and not _has_content(token):
            return None  # 'when I asked them': a question
        if not _object_of_kind(token):
            return None  # 'bought a car', 'signed a letter': no acquisition, no contract
        if found == "AGREE" and _consumer_purchase(token):
            return None  # 'shoppers bought Telvora': a product sold, no acquisition
        if found == "SUPPORT" and _courtesy(token):
            return None  # 'Thank you, John.': a courtesy, not thanks for anything
        if found == "REQUEST" and _moved_by_thing(token):
            return None  # 'X is encouraged by the new figures': a feeling, not an act
        if found == "REQUEST" and _asks_question(token):
            return None  # 'asked if X might have lived' is a question, not a request
        if token.lemma_.lower() in set(lexicon["promises"]) and _hostile_content(token):
            return "THREATEN"  # 'promised to impose tariffs on X'
        return str(found)
    if token.pos_ == "NOUN":
        found = _noun_type(token) or _drawn_stance(token)
        if found == "SANCTION" and _honorary_designation(token):
            return None
        if token.lemma_.lower() in _human_patient() and not _done_to_people(token):
            return None  # 'a press release', 'the release of the film'
        if found and not _object_of_kind(token):
            return None  # 'the purchase of a car'
        if found == "AID" and _sale_delivery(token):
            return None  # 'will take delivery of four new jets': goods bought
        return found if found and _is_specific(token) else None
    if token.pos_ == "PROPN" and _title_cased(token):
        return _title_word_type(token)
    return None


def _passes_floor(verb: Token, preposition: str = "to") -> bool:
    """'I'll hand it over to Dr. Quenby', 'let me pass it back to [senior official]', 'I'll
    hand over to my colleague': a speaker giving the floor to the next one, no surrender. The
    one it goes to (after 'to', on the verb or its particle) is one person, a name or a
    singular person noun; what goes over is nothing or 'floor_things' ('it', 'the floor',
    'the microphone'). A thing or a body ('handed the documents over to the authorities',
    'hand it over to Telvora') keeps the act. With 'with': 'I'll answer, then share it with
    [senior administration official]'."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod"})]
    recipients = [g for head in heads for g in _objects_of(head, {preposition})]
    if len(recipients) != 1:
        return False
    to = recipients[0]
    one_person = to.lower_ == "you" or (
        to.tag_ in {"NN", "NNP"}
        and (to.ent_type_ == "PERSON" or to.lemma_.lower() in _words("floor_takers"))
        and not any(c.dep_ == "conj" for c in to.children)
    )
    # an object after the recipient is a misparsed apposition ('to my colleague, [senior
    # administration official]')
    things = [c for c in verb.children if c.dep_ == "dobj" and c.i < to.i]
    return one_person and all(t.lower_ in _words("floor_things") for t in things)


def _manner_phrase(noun: Token) -> bool:
    """'The Secretary, in consultation with the Attorney General, shall ...': a 'manner_nouns'
    noun bare after 'in' tells how another act is done, no meeting of its own."""
    if noun.lemma_.lower() not in _words("manner_nouns") or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ != "in":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def _honorary_designation(token: Token) -> bool:
    """'designated May 3 as Pellton Sailors Day', 'designating 40 acres as a national
    monument': a designation of a date, or of land or anything as an observance or a
    protected place ('honorary_designations': day, monument, sanctuary), sanctions no one."""
    if token.lemma_.lower() not in {"designate", "designation"}:
        return False
    honours = _words("honorary_designations")
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in honours for g in child.children)
        ):
            return True
        if child.dep_ in {"dobj", "nsubjpass"} and child.ent_type_ == "DATE":
            return True
    return False


def _states_commitment(verb: Token) -> bool:
    """'Corvane and Telvora expressed their shared commitment to X', 'The ministers
    underscored their commitment to Y': a verb of stating whose object is a pledge noun
    ('party_nouns') tells the pledge of its parties, when several make it together; one
    official restating a standing commitment ('underscored his commitment to X') or a
    writer's 'we reaffirm our commitment' is no undertaking of its own."""
    if not _commitment_object(verb):
        return False
    current = verb
    subjects = [c for c in current.children if c.dep_ == "nsubj"]
    for _ in range(3):  # 'X and Y raised concerns, noted Z and underscored their commitment'
        if subjects or current.dep_ != "conj":
            break
        current = current.head
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
    return any(
        s.lower_ not in _FIRST_PERSON
        and (s.tag_ in {"NNS", "NNPS"} or s.lower_ == "they" or any(s.conjuncts))
        for s in subjects
    )


def _commitment_object(verb: Token) -> bool:
    """'reaffirmed the Corvane government's commitment to X': a verb of stating ('stating_verbs')
    whose object is a pledge noun ('party_nouns')."""
    if verb.lemma_.lower() not in _words("stating_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in objects for g in c.conjuncts]
    return any(o.lemma_.lower() in _lexicon()["party_nouns"] for o in objects)


def _instructs(verb: Token) -> bool:
    """'The ministers instructed their teams to draft a plan', 'X directed the agency to
    review Y': someone instructing an addressee with a to-infinitive asks that addressee to
    act ('directed the operation' does not; nor does a document: 'The Order directs X to')."""
    if verb.lemma_.lower() not in _words("instructing_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objects or not any(
        _addressable(s) or s.lower_ in {"they", "he", "she"} for s in subjects
    ):
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} and _to_infinitive(c) for c in verb.children):
        return True
    # 'tasked their teams to study X' parsed as a purpose: only when someone is addressed
    return any(_addressable(o) for o in objects) and any(
        c.dep_ == "advcl" and _to_infinitive(c) for c in verb.children
    )


def _mobilizes(verb: Token) -> bool:
    """'directed every federal department and agency to do even more to stop X', 'a
    Memorandum that calls on all agencies to step up efforts': an instruction (or a call on)
    to government bodies to intensify what they do ('intensifying' phrases) sets the
    government's power in motion, whoever or whatever gives it."""
    lemma = verb.lemma_.lower()
    addressees = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "call":
        addressees = _objects_of(verb, {"on", "upon"})
    elif lemma not in _words("instructing_verbs"):
        return False
    addressees += [g for a in addressees for g in a.conjuncts]
    bodies = _words("instructing_objects")
    if not any(a.lemma_.lower() in bodies for a in addressees):
        return False
    intensifying = _words("intensifying")
    for content in verb.children:
        if content.dep_ not in {"xcomp", "ccomp", "advcl"} or not _to_infinitive(content):
            continue
        for step in [content, *(c for c in content.children if c.dep_ == "xcomp")]:
            if any(f"{step.lemma_.lower()} {c.lower_}" in intensifying for c in step.children):
                return True
    return False


def _addressable(noun: Token) -> bool:
    """A person or body one can instruct: 'the Secretary', 'their teams', 'Corvane'."""
    return (
        noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or _human(noun)
        or noun.lemma_.lower() in _collective_nouns() | _words("instructing_objects")
    )


def _done_to_object(verb: Token) -> bool:
    """'pulled the van over', 'was pulled over', 'a car pulled over by deputies': the verb
    acts on someone or something (an object, or the subject of a passive or a participle);
    'would not pull over' is a demand to do so refused."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    return any(c.dep_ in {"dobj", "auxpass", "nsubjpass", "neg"} for c in verb.children)


def _courtesy(verb: Token) -> bool:
    """'Thank you, John.', 'Jane, thank you.': thanks to the one addressed, for nothing said,
    close a turn of talk ('thank you for your help', 'thank you to the Senators' do not)."""
    if verb.lemma_.lower() != "thank":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ != "you":
        return False
    if any(c.dep_ not in {"appos", "punct", "npadvmod"} for c in objects[0].children):
        return False  # 'thank you all who served
    # a transcript's speaker letter ('Q Thank you.') is parsed as a subject
    return not any(
        c.dep_ in {"prep", "xcomp", "ccomp", "advcl"} or (c.dep_ == "nsubj" and len(c.text) > 1)
        for c in verb.children
    )


def _moved_by_thing(verb: Token) -> bool:
    """'We are encouraged by the progress': a passive whose agent is a thing and that asks
    nothing ('to' clause) tells how someone feels."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(agents) and all(
        a.pos_ == "NOUN"
        and not a.ent_type_
        and not _human(a)
        and a.lemma_.lower() not in _collective_nouns()
        for a in agents
    )


def _drawn_stance(noun: Token) -> str | None:
    """'The bill received support from X', 'won backing from X': a stance noun of the
    lexicon's 'drawn_nouns' is an event only as what someone draws from others."""
    found = _lexicon()["drawn_nouns"].get(noun.lemma_.lower())
    return str(found) if found and _draws(noun) else None


def _draws(noun: Token) -> bool:
    """'drew criticism from X', 'received support from X': an event noun that is the object
    of a verb of drawing, with the ones it comes from."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _words("drawing_verbs"):
        return False
    return bool(_objects_of(noun, {"from"}) or _objects_of(noun.head, {"from"}))


def _welcomed_to_place(verb: Token) -> bool:
    """'welcomed X to the White House', 'welcomed X to Beijing': a named guest received at a
    place (a place name or an office, 'the Oval Office'), not 'welcomed X to the team'."""
    if verb.lemma_.lower() not in _words("gathering_verbs"):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return False  # a named guest: not 'welcomed 2,000 refugees to the United States'
    return any(
        place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_.lower() in {"house", "office"}
        for place in _objects_of(verb, {"to"})
    )


def _object_of_kind(trigger: Token) -> bool:
    """For an 'object_kinds' trigger: whether what it acts on (its object, passive subject or
    'of' object) is of a listed entity label or noun ('bought Pixar', 'the acquisition of the
    company', 'signed Elton Brand'). Any other trigger passes."""
    kinds = _lexicon()["object_kinds"].get(trigger.lemma_.lower())
    if kinds is None:
        return True
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += _objects_of(trigger, {"of"})
    objects = [_antecedent_of(o) for o in objects]
    names = "PROPN" in kinds  # 'bought Pixar', however the tagger labels the name
    return any(
        o.ent_type_ in kinds
        or o.lemma_.lower() in kinds
        or (names and o.pos_ == "PROPN" and o.ent_type_ not in _NOT_COMPANIES)
        or ("DOCUMENT" in kinds and _document_name(o))
        for o in objects
    )


def _sale_delivery(trigger: Token) -> bool:
    """'the first airliner was delivered to Corvane Airlines', 'delivered its last jets to
    Pellton Airways', 'will take delivery of four new aircraft': a 'sale_triggers' word
    ('deliver', 'delivery') whose recipient after 'to' is named as a company ('customer_words'
    end its name), or whose goods (object, passive subject, 'of' object, or the 'of' object of
    'the first of') are 'sold_goods', tells a sale to a customer, no aid. A recipient that is
    a state, a people or a body of one keeps the aid ('delivered two transport planes to the
    Ostravan army', 'Ukraine took delivery of six jets')."""
    if trigger.lemma_.lower() not in _words("sale_triggers"):
        return False
    recipients = _objects_of(trigger, {"to"})
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        # 'Ukraine took delivery of six jets': the one who takes it receives
        recipients += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    if any(r.lower_ in _words("customer_words") for r in recipients):
        return True
    if any(
        _human(r)
        or r.lemma_.lower() in _org_heads()
        or any(t.ent_type_ in {"GPE", "NORP"} for t in r.subtree)
        for r in recipients
    ):
        return False
    goods = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    goods += _objects_of(trigger, {"of"})
    goods += [g for t in list(goods) for g in _objects_of(t, {"of"})]  # 'the first of the jets'
    return any(t.lemma_.lower() in _words("sold_goods") for g in goods for t in g.subtree)


def _habitual_giving(verb: Token) -> bool:
    """'A financial adviser provides advice', 'the Program provides assistance to families',
    'in that role, she provides legal advice': giving in the plain present, with no auxiliary,
    tells what someone or something does as a rule, no happening. An amount of money given
    ('the Department provides $2 million to Pellton'), a named recipient ('funds the Halvik
    Institute') or a headline keeps the act."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.sent.start == 0:
        return False  # a headline: 'Telvora Provides Relief to Pellton'
    if verb.i == verb.sent.start or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False  # a list item ('Provides $2 million to ...'), 'has provided'
    given = [t for c in verb.children if c.dep_ in {"dobj", "dative", "prep"} for t in c.subtree]
    if any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in given):
        return False
    # 'CDC funds the Pacific Island Health Officers Association': a named body it keeps going
    recipients = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    recipients += _objects_of(verb, {"to", "for"})
    return not any(r.pos_ == "PROPN" for r in recipients)


@cache
def _org_heads() -> frozenset[str]:
    """Head nouns of bodies ('army', 'ministry', 'agency')."""
    return frozenset(load_lexicon("organizations")["org_heads"])


_BUYER_LINKS = {"xcomp", "pcomp", "prep", "pobj", "conj", "advcl"}


def _consumer_purchase(verb: Token) -> bool:
    """'shoppers bought Telvora', 'users who held off on buying Telvora': a 'consumer_verbs'
    verb whose buyer (its subject, or that of the verb it depends on; a relative pronoun's
    antecedent) is one of the 'consumer_nouns' buys a product, no company."""
    if verb.lemma_.lower() not in _words("consumer_verbs"):
        return False
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                subject = current.head  # 'users who held off on buying X'
            return subject.lemma_.lower() in _words("consumer_nouns")
        if current.dep_ not in _BUYER_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _symptom_complaint(verb: Token) -> bool:
    """'complained of chest pains', 'complained of breathing difficulties': a 'symptom_verbs'
    verb whose 'of' object (or a noun modifier of it) is a symptom, an illness or a part of
    the body tells how someone feels, no accusation ('complained of unfair treatment' stays)."""
    if verb.lemma_.lower() not in _words("symptom_verbs"):
        return False
    words = _words("symptoms") | _not_victims()
    objects = _objects_of(verb, {"of"})
    for of in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pcomp in (g for g in of.children if g.dep_ == "pcomp"):
            # 'complained of breathing difficulties', 'of feeling unwell'
            objects += [pcomp, *(g for g in pcomp.children if g.dep_ == "dobj")]
    for obj in objects:
        modifiers = [c for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}]
        if any(t.lemma_.lower() in words for t in [obj, *modifiers]):
            return True
    return False


def _document_name(token: Token) -> bool:
    """'a Memorandum of Understanding', 'Accords on Fair Shipping': a capitalised name
    whose head word names an agreement (the tagger takes it for a name, not the noun)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    return any(w in _words("document_names") for w in _verb_lemmas(token.lower_))


@cache
def _document_heads() -> frozenset[str]:
    """Head nouns of documents ('order', 'memorandum', 'bill'): things, which act not."""
    return frozenset(w for w in load_lexicon("organizations")["document_heads"] if " " not in w)


@cache
def _human_patient() -> frozenset[str]:
    return frozenset(_lexicon()["human_patient"])


@cache
def _human_nouns() -> frozenset[str]:
    lexicon = _lexicon()
    return frozenset(
        [*lexicon["people_nouns"], *lexicon["captive_nouns"], *lexicon["agent_bodies"]]
    )


def _done_to_people(trigger: Token) -> bool:
    """Whether what the trigger acts on (its object, passive subject or 'of' object, or for a
    subjectless participle the subject of the clause above) is people."""
    patients = [c for c in trigger.children if c.dep_ in {"nsubjpass", "poss"}]
    # the first object only: a second one is mostly a misparsed apposition ('released its
    # Strategy, focusing on X, two drivers of Y')
    patients += [c for c in trigger.children if c.dep_ == "dobj"][:1]
    patients += _objects_of(trigger, {"of"})
    if trigger.dep_ in {"conj", "advcl", "xcomp"} and not patients:
        patients = [c for c in trigger.head.children if c.dep_ in _SUBJECTS | {"dobj"}]
    # 'released the Kit and the "Max Store"': the first conjunct says what kind of thing is
    # released; a name the tagger takes for a person further down the list does not
    return any(_human(patient) for patient in patients)


def _human(noun: Token) -> bool:
    if noun.ent_type_ in {"PERSON", "NORP"}:
        return True
    if noun.pos_ == "PRON":
        if noun.lower_ in {"they", "them", "their"}:
            # 'priced the new tools or released them': the plural told before
            before = [t for t in noun.sent if t.i < noun.i and t.tag_ in {"NNS", "NNPS"}]
            if before and not _human(before[-1]):
                return False
        return noun.lower_ in {"he", "him", "she", "her", "they", "them", "his", "their"}
    return noun.lemma_.lower() in _human_nouns()


@cache
def _needs_content() -> frozenset[str]:
    return frozenset(_lexicon()["needs_content"])


def _has_content(verb: Token) -> bool:
    """What is asked for: a clause ('asked X to leave'), 'for' ('asked for help') or a thing
    ('asked permission'), not only whom."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "advcl" and any(g.lower_ == "to" for g in child.children):
            return True
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and not _human(child):
            return True
    return False


def _particles(verb: Token) -> list[Token]:
    """The particles and prepositions that make a phrasal verb: a particle anywhere ('handed
    them over'), a preposition right after the verb ('called on X', 'called for X to act'
    however 'for' or 'over' is parsed), not one after its object ('call a number for a ride')."""
    found = [c for c in verb.children if c.dep_ == "prt"]
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.pos_ in {"ADP", "SCONJ", "ADV"} and nxt not in found:
        found.append(nxt)
    if nxt is not None and nxt.pos_ in {"ADP", "SCONJ", "ADV"} and not _channel(nxt):
        return found
    # 'spoke today with X', 'spoke by phone with X': a preposition after the verb's own time
    # words or the channel of a talk only (not after its object: 'call a number for a ride')
    for child in verb.rights:
        if child.dep_ == "prep" and child.pos_ == "ADP" and child not in found:
            found.append(child)
            if not _channel(child):
                break
        elif child.dep_ not in {"advmod", "npadvmod"} and child not in found:
            break
    return found


def _channel(preposition: Token) -> bool:
    """'by phone', 'over the phone', 'by video': how a talk is held."""
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in _words("channel_nouns")
        for c in preposition.children
    )


def _asks_question(verb: Token) -> bool:
    """'asked if', 'asked whether', 'asked how': a question, told as reporting."""
    return any(
        any(
            g.dep_ in {"mark", "advmod"}
            and g.lower_ in (_QUESTION_WORDS if c.dep_ == "ccomp" else {"if", "whether"})
            for g in c.children
        )
        for c in verb.children
        if c.dep_ in {"ccomp", "advcl"}
    )


def _title_cased(token: Token) -> bool:
    """A token of a headline in Title Case ('Gunman Kills L.A. Deputy'), where the tagger
    takes every capitalised word for a name."""
    sentence = token.sent
    if sentence.start != 0 or token.i == sentence.start:
        return False
    words = [t for t in sentence if t.is_alpha and not t.is_stop and len(t) > 2]
    if len(words) < 3:
        return False
    return sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _title_word_type(token: Token) -> str | None:
    """The verb type of an inflected capitalised headline word: 'Kills', 'Arrested', 'Cracks
    Down'; a bare form ('Unwavering Support') is more often a noun."""
    lexicon = _lexicon()
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    previous = token.nbor(-1)
    if previous.pos_ in {"ADP", "DET"} or previous.tag_ == "POS":
        return None  # 'on Sanctions', "the Nation's Raid": a noun
    for lemma in _verb_lemmas(token.lower_)[1:]:
        if nxt is not None and f"{lemma} {nxt.lower_}" in lexicon["phrasal"]:
            found = lexicon["phrasal"][f"{lemma} {nxt.lower_}"]
            return str(found) if found else None
        if nxt is not None and lemma in lexicon["light_verbs"]:
            # 'Strikes Deal', 'Holds Talks': the event noun after a light verb is the event
            noun = next((n for n in _verb_lemmas(nxt.lower_) if n in lexicon["nouns"]), None)
            if noun is not None:
                return str(lexicon["nouns"][noun])
        if lemma in lexicon["verbs"] and lemma not in lexicon["requires_preposition"]:
            if lemma in _human_patient() and not _title_patient_human(token):
                return None  # 'Apple Releases iPhone SDK': nothing is freed
            return str(lexicon["verbs"][lemma])
    return None


def _title_patient_human(token: Token) -> bool:
    """Whether the words after a Title Case headline verb, up to a preposition or another
    verb, name a person or people ('Releases Hostages', 'Frees Journalist'): a person's name,
    or a people noun that ends the phrase ('Releases National Response Plan': 'national'
    only modifies the plan)."""
    phrase = []
    for t in token.doc[token.i + 1 : token.sent.end]:
        if t.pos_ in {"ADP", "PUNCT", "CCONJ", "VERB", "PART"} or t.is_space:
            break
        phrase.append(t)
    if any(t.ent_type_ == "PERSON" for t in phrase):
        return True
    return bool(phrase) and any(n in _human_nouns() for n in _verb_lemmas(phrase[-1].lower_))


def _verb_lemmas(word: str) -> list[str]:
    """Candidate lemmas of an inflected verb form, without a tagger."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    if word.endswith("ed") and len(word) > 5 and word[-3] == word[-4]:
        out.append(word[:-3])  # 'Grabbed'
    return out


def _noun_type(noun: Token) -> str | None:
    """The type of an event noun. A modifier that is itself an event noun names the kind
    ('bombing raids' are an assault); 'support' with a noun modifier ('defense support',
    'U.S. support') is material aid. A container noun ('operation', 'package') is an event
    only through such a modifier or a joint modifier ('joint operation' is cooperation); with
    a trigger verb in its clause ('the operation that apprehended X') the verb is the event."""
    lexicon = _lexicon()
    lemma = noun.lemma_.lower()
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    typed = lemma in lexicon["nouns"] or lemma in lexicon["container_nouns"]
    for child in modifiers:
        if typed and child.pos_ == "NOUN" and child.lemma_.lower() in lexicon["nouns"]:
            return str(lexicon["nouns"][child.lemma_.lower()])
    if lemma in lexicon["container_nouns"]:
        joint = set(lexicon["joint_modifiers"])
        if lexicon["container_nouns"][lemma] and any(c.lower_ in joint for c in modifiers):
            return str(lexicon["container_nouns"][lemma])
        return None
    if lemma in lexicon["nouns_with_compound"] and any(c.dep_ == "compound" for c in modifiers):
        return str(lexicon["nouns_with_compound"][lemma])
    if lemma in _words("decision_nouns") and _joint_owners(noun):
        return "AGREE"  # 'Peru's and Chile's decision to resume cooperation': a decision of two
    found = lexicon["nouns"].get(lemma)
    if found is None:
        party = lexicon["party_nouns"].get(lemma)
        return str(party) if party and _own_party_or_date(noun) else None
    related = list(noun.children)
    if noun.dep_ == "dobj":
        related += [c for c in noun.head.children if c.dep_ == "prep"]  # 'conducted strikes on'
    retypes = lexicon["retype"].get(lemma, {})
    before = noun.doc[noun.left_edge.i : noun.i].text.lower().split() if retypes else []
    if retypes and _hyphen_joined(noun):
        before.append(noun.nbor(-2).lower_)  # '(Cross-talk.)': the word the hyphen joins
    for retyped, cues in retypes.items():
        # 'strikes on vessels', 'air strikes': an assault, not a walkout; 'a 9-1-1 call'
        if any(c.lower_ in cues or c.lemma_.lower() in cues for c in related) or any(
            word in cues for word in before
        ):
            return None if retyped == "none" else str(retyped)  # 'a heart attack': none
    return str(found)


def _hyphen_joined(noun: Token) -> bool:
    """'cross-talk': the noun is glued by a hyphen to the word before it, however parsed."""
    if noun.i < 2:
        return False
    hyphen, word = noun.nbor(-1), noun.nbor(-2)
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_


_DATE_WORDS = frozenset({"today", "yesterday", "week", "month", "year", "weekend"})
_PARTY_PREPOSITIONS = {"from", "between", "by"}


def _own_party_or_date(noun: Token) -> bool:
    """'commitments from Corvane', 'the commitment the minister secured from Corvane', 'the
    commitment made between X and Y', 'last week's commitment': an event noun that names its
    own party (in its own 'from' phrase or its clause's) or is dated by a possessor tells a
    happening of its own; 'the commitment between X and Y to ...' is a standing one."""
    if _objects_of(noun, {"from"}) or any(_clause_parties(c) for c, _ in _noun_clauses(noun)):
        return True
    return any(
        c.dep_ == "poss" and (c.ent_type_ == "DATE" or c.lemma_.lower() in _DATE_WORDS)
        for c in noun.children
    )


def _clause_parties(clause: Token) -> list[Token]:
    """'secured from X', 'made between X and Y', 'made by X': the parties a clause on a noun
    names in a phrase ('by' and 'between' are often parsed as the passive agent)."""
    return [
        g
        for c in clause.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in _PARTY_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _party_sources(noun: Token) -> list[Token]:
    """'commitments from Corvane and Telvora', 'the commitment the minister secured from
    Corvane': who a party noun comes from, and who obtained it."""
    if noun.lemma_.lower() not in _lexicon()["party_nouns"]:
        return []
    found = _objects_of(noun, {"from"})
    for clause, subject in _noun_clauses(noun):
        sources = _clause_parties(clause)
        if sources:
            found += sources + [c for c in clause.children if c.dep_ == "nsubj"]
            found += [subject] if subject is not None else []
    return found


def _noun_clauses(noun: Token) -> list[tuple[Token, Token | None]]:
    """The clauses on a noun that are no infinitive content, with a subject the parser hung
    apart: 'the commitment Dana Whitcombe secured from X' may hang the name on the noun (as
    an apposition) and the clause on the noun or on the name."""
    found: list[tuple[Token, Token | None]] = []
    for child in noun.children:
        if _to_infinitive(child):
            continue  # 'commitment to move funding from X': its content, not who made it
        if child.dep_ in {"relcl", "acl"}:
            before = noun.doc[child.i - 1]
            named = before.dep_ == "appos" and before.head.i == noun.i
            found.append((child, before if named else None))
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            found += [(c, child) for c in child.children if c.dep_ in {"relcl", "acl"}]
    return found


def _joint_owners(noun: Token) -> bool:
    """'X's and Y's decision', 'the two leaders' decision to ...': a noun owned by two or more
    parties (possessors joined by 'and', or a possessor counted as two or more) with an
    infinitive content."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in owners for g in [*c.conjuncts, *_stray_possessors(c)]]
    counted = any(
        n.dep_ == "nummod" and n.like_num and n.lower_ not in {"1", "one"}
        for c in owners
        for n in c.children
    )
    if len(owners) < 2 and not counted:
        return False
    return any(c.dep_ == "acl" and c.pos_ == "VERB" for c in noun.children) or _later_content(noun)


def _later_content(noun: Token) -> bool:
    """'X's and Y's decision, announced at the summit in May, to resume ...': an infinitive the
    parser hung elsewhere, after the noun with only subjectless participles and phrases between."""
    for token in noun.doc[noun.i + 1 : min(noun.sent.end, noun.i + 20)]:
        if token.pos_ == "VERB" and any(c.dep_ in _SUBJECTS for c in token.children):
            return False
        if token.pos_ == "VERB" and _to_infinitive(token):
            return True
    return False


def _stray_possessors(possessor: Token) -> list[Token]:
    """'Peru's and Chile's decision': the first of two coordinated possessors, which the parser
    often hangs elsewhere; it is the word before "'s and" right before the second's phrase."""
    start = possessor.left_edge.i
    if start < 2 or possessor.doc[start - 1].lower_ != "and":
        return []
    mark = possessor.doc[start - 2]
    if mark.tag_ != "POS" or mark.head.pos_ != "PROPN":
        return []
    return [mark.head]


def _verb_object_type(verb: Token) -> str | None:
    """A verb typed by its object or complement: 'set fire to', 'signed the Act', 'took to the
    streets', 'pleaded guilty'."""
    pairs = _lexicon()["verb_objects"]
    lemma = verb.lemma_.lower()
    # 'the crimes were committed by X', 'crimes committed by X': what is done, as subject or
    # as the noun the participle describes
    undergone = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        undergone.append(verb.head)
    if verb.dep_ == "relcl" and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        undergone.append(verb.head)  # 'the warm smile she shared with us'
    for obj in undergone:
        key = f"{lemma} {obj.lemma_.lower()}"
        if key in pairs and not pairs[key]:
            return _NO_EVENT
    if lemma in _words("announcing_verbs") and any(
        c.dep_ == "dobj" and _money(c) and not any(_noun_type(t) for t in c.subtree)
        for c in verb.children
    ):
        # 'is announcing $450 million to expand treatment': funding given ('announced $9
        # million in grants': the grants are the event)
        return "AID"
    if lemma in _words("giving_verbs") and any(
        c.dep_ == "dobj" and _aid_noun(c) for c in verb.children
    ):
        return "AID"  # 'offered federal assistance', 'are sending relief goods to X'
    particles = [c for c in verb.children if c.dep_ == "prt"]
    for child in verb.children:
        objects = [child] if child.dep_ in {"dobj", "acomp", "oprd"} else []
        if child.dep_ == "dobj":
            # 'offered X, 28, a deal': the thing given, parsed as an apposition of the person;
            # 'ordered the suspect detained': the state ordered, parsed as a modifier
            objects += [g for g in child.children if g.dep_ == "appos" or _ordered_state(g)]
            if child.lemma_.lower() in _words("quantity_nouns"):
                objects += _objects_of(child, {"of"})  # 'blocked thousands of accounts'
        if child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "ccomp":
            # 'signed an Order declaring X', parsed as the subject of a clause
            objects = [g for g in child.children if g.dep_ == "nsubj" and verb.i < g.i < child.i]
            if child.pos_ == "ADJ" and objects:
                objects.append(child)  # 'found Dana guilty', parsed as a small clause
        if child.dep_ in {"ccomp", "xcomp"} and _ordered_state(child) and child.i > verb.i:
            objects.append(child)  # 'ordered him held without bail': what is ordered done
        if (
            child.dep_ == "oprd"
            and lemma in _words("calling_verbs")
            and child.lemma_.lower() in _words("insults")
        ):
            return "ACCUSE"  # 'called the senator a liar': naming someone an insult
        for obj in objects:
            # 'taken off the streets' is no 'taking to the streets'
            for word in [child] if child.dep_ == "prep" else particles:
                key = f"{lemma} {word.lower_} {obj.lemma_.lower()}"
                if key in pairs:
                    return str(pairs[key]) if pairs[key] else _NO_EVENT
            negated = any(g.dep_ == "neg" for g in obj.children) and obj.dep_ == "acomp"
            key = f"{lemma} {'not ' if negated else ''}{obj.lemma_.lower()}"  # 'pleaded not guilty'
            if key in pairs:  # null: 'struck a chord' is no attack
                return str(pairs[key]) if pairs[key] else _NO_EVENT
    return _class_object_type(verb)


def _aid_noun(noun: Token) -> bool:
    """'assistance', 'relief goods', 'emergency aid': a noun, or a noun modifier of it, that
    the lexicon types as aid."""
    nouns = _lexicon()["nouns"]
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(nouns.get(w.lemma_.lower()) == "AID" for w in words)


def _money(noun: Token) -> bool:
    """'$450 million', 'more than $20 million': an amount of money."""
    return noun.pos_ == "NUM" and (
        noun.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in noun.children)
    )


def _ordered_state(verb: Token) -> bool:
    """'(ordered him) held', '(ordered the suspect) detained': a bare participle, without
    auxiliary or subordinator, that tells the state someone is ordered into (the tagger may
    take it for a past tense)."""
    return (
        verb.tag_ in {"VBN", "VBD"}
        and verb.pos_ == "VERB"
        and verb.dep_ in {"ccomp", "xcomp", "acl"}
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
    )


@cache
def _verb_class() -> dict[str, str]:
    return {v: name for name, verbs in _lexicon()["verb_classes"].items() for v in verbs}


def _class_object_type(verb: Token) -> str | None:
    """'terminated parole programs', 'ended catch-and-release', 'paused the operation of the
    refugee program', 'doubled the agency's workforce': a verb of a class typed by the class of
    its object (or of a modifier of it). A list item's verb the parser took for a modifier of
    its object ('- Terminated benefits for ...') acts on the noun it modifies."""
    name = _verb_class().get(verb.lemma_.lower())
    if name is None:
        return None
    typed = _lexicon()["class_objects"][name]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # 'Ended catch-and-release.'
        objects = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i]
    if not objects and verb.dep_ in {"amod", "compound"} and _opens_item(verb):
        objects = [verb.head]
    through = _words("through_of")
    for obj in objects:
        if obj.lemma_.lower() in through:
            obj = next(iter(_objects_of(obj, {"of"})), obj)
        modifiers = [c for c in obj.children if c.dep_ in {"compound", "nmod", "npadvmod"}]
        for word in [*modifiers, obj]:
            if word.lemma_.lower() in typed:
                return str(typed[word.lemma_.lower()])
    return None


def _abstract_object(verb: Token, event_type: str) -> bool:
    """'provided their perspectives', 'requested anonymity', 'support hundreds of thousands of
    jobs': an object (or, after a count, its 'of' object) of a class the lexicon's
    'not_objects' names for the type tells no act of that type."""
    objects = _lexicon()["not_objects"].get(event_type, [])
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    counted = [
        g
        for c in direct
        if c.lemma_.lower() in _words("quantity_nouns")
        for g in _objects_of(c, {"of"})
    ]
    return any(c.lemma_.lower() in objects for c in [*direct, *counted])


def _unfit_setting(verb: Token, event_type: str) -> bool:
    """'retreated to the ropes', 'pulled out through injury': a verb whose object or
    prepositional object is a class of noun the lexicon's 'not_settings' names for the type
    (a place in a ring, an injury) tells a move in a game or a mishap, not a political one."""
    nouns = _lexicon()["not_settings"].get(event_type)
    if not nouns:
        return False
    related = [c for c in verb.children if c.dep_ == "dobj"]
    related += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    return any(t.dep_ in {"dobj", "pobj"} and t.lemma_.lower() in nouns for t in related)


def _other_sense(verb: Token) -> bool:
    """A trigger verb in a sense that tells no act: a showing verb with what it shows, a
    clause ('has demonstrated that the two sides can agree', 'demonstrated how the tool
    works'), an object ('demonstrated the new tablet') or a passive subject, or a comparison
    after 'as' ('as opposed to'). Only the bare verb protests ('thousands demonstrated'). A
    feeling passive with an infinitive ('we were honored to host them') tells how the
    speaker feels about the act the infinitive tells."""
    lemma = verb.lemma_.lower()
    if lemma in _words("claiming_senses") and _indicative_clause(verb):
        return True  # 'relatives insisted he suffered from dementia': a claim, no demand
    if lemma in _words("showing_senses") and any(
        c.dep_ in {"ccomp", "dobj", "nsubjpass"} for c in verb.children
    ):
        return True
    if lemma in _words("telling_senses") and any(
        c.dep_ == "ccomp" and any(g.dep_ in {"mark", "nsubj", "nsubjpass"} for g in c.children)
        for c in verb.children
    ):
        return True  # 'Corvane shared that talks went well': a telling verb with what it tells
    if lemma in _words("telling_senses") and (
        _tells_audience(verb)
        or (any(c.dep_ == "dobj" for c in verb.children) and _passes_floor(verb, "with"))
    ):
        return True  # 'I want to share a new study with you': a speaker tells, no one cooperates
    if (
        lemma in _words("feeling_passives")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in verb.children)
    ):
        return True  # 'I am honored to welcome X': a feeling; the welcome is the act
    return lemma in _words("as_idioms") and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ == "as" and c.i == verb.i - 1
        for c in verb.children
    )


def _tells_audience(verb: Token) -> bool:
    """A telling verb ('share') with no party to share with: no 'with' object but the
    'audience_words' ('with you', 'with the world'), and either a speaker who says 'I' or
    something other than 'shared_goods' shared ('I want to share a new study', 'we'll have
    more to share', 'share an update'). Sharing information, intelligence or doses, or
    sharing anything with a named party ('share data with Telvora'), is cooperation."""
    withs = _objects_of(verb, {"with"})
    if any(w.lemma_.lower() not in _words("audience_words") for w in withs):
        return False
    clause = verb
    while clause.dep_ in {"xcomp", "conj"} and not any(
        c.dep_ in _SUBJECTS for c in clause.children
    ):
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if any(s.lower_ == "i" for s in subjects):
        return True
    shared = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not shared and verb.dep_ in {"relcl", "acl"}:
        shared = [verb.head]  # 'the data we shared'
    return not any(t.lemma_.lower() in _words("shared_goods") for t in shared)


def _indicative_clause(verb: Token) -> bool:
    """'insisted he suffered', 'insists she is innocent', 'insisted it had been a ruse': the
    verb's clause is told as a fact, in the past or in a present with -s; 'insisted that the
    union agree' (a subjunctive) or 'insisted that they must leave' (a modal) is what is
    demanded."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        tensed = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
        if not any(t.tag_ == "MD" for t in tensed) and any(
            t.tag_ in {"VBD", "VBZ"} for t in tensed
        ):
            return True
    return False


def _refuses_speech(verb: Token) -> bool:
    speech = _words("speech_content")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in speech for c in verb.children)


def _hostile_content(verb: Token) -> bool:
    """A promise whose content (quoted or not) names a sanction or an attack is a threat."""
    hostile = _words("hostile_types")
    lexicon = _lexicon()
    for child in verb.children:
        if child.dep_ not in {"xcomp", "ccomp"}:
            continue
        for token in child.subtree:
            lemma = token.lemma_.lower()
            if lexicon["verbs"].get(lemma) in hostile or lexicon["nouns"].get(lemma) in hostile:
                return True
    return False


def _lacks_required_preposition(verb: Token) -> bool:
    """'charged X with fraud' (or 'was charged') is a legal action; 'charge a fee' and 'is
    charged with ensuring' (a task) are not."""
    required = _lexicon()["requires_preposition"].get(verb.lemma_.lower())
    if not required:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in required]
    holders = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(c.dep_ == "pcomp" for p in preps for c in p.children) and not any(
        _human(h) for h in holders
    ):
        return True  # 'the council is charged with ensuring ...': a task, not a charge
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if _lexicon()["verbs"].get(verb.lemma_.lower()) == "AID" and any(
        c.dep_ == "dobj" and _money(c) for c in verb.children
    ):
        return False  # 'delivered $20 million for flood relief': money given
    return not preps


def _lends_to_noun(verb: Token) -> bool:
    """'strike a deal', 'coordinate support': a light verb whose object is an event noun
    gives its event to the noun."""
    if verb.lemma_.lower() not in _words("light_verbs"):
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and _noun_type(c) and _is_specific(c)
        for c in verb.children
    )


def _is_specific(noun: Token) -> bool:
    """An event noun names a happening when something ties it to one: a determiner, a
    possessor, a modifier, or a verb that has it as object. Not after 'lack of'/'without'."""
    head = noun.head
    if head.lower_ == "of" and head.head.lower_ in {"lack", "absence", "need", "hope"}:
        return False
    if head.lower_ in {"without"} or (
        head.lower_ == "in" and (not noun.children or noun.lower_ == "charge")
    ):
        return False  # 'without talks'; 'in charge of', 'in custody' is no happening
    if any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children):
        return True
    return noun.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}


def _inside(token: Token, spans: Sequence[CharSpan]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def _is_absorbed(token: Token) -> bool:
    """'pledged to restart cooperation': the cooperation is the content of the pledge, not a
    second event. Climbs complement links only; a verb like 'plan' passes its event through."""
    absorbing = _words("absorbs")
    if token.lemma_.lower() in absorbing and _gives_way(token):
        return True
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} and _trigger_type(token.head):
        # 'the deal was rejected', 'criticized the ban': one event, the verb's; but an
        # attack condemned is a happening of its own ('condemned the bombing of a camp')
        if _noun_type(token) == "AGREE" and _own_party_or_date(token):
            # 'discussed last week's commitments from X': a pledge of its own
            return _trigger_type(token.head) == "AGREE"
        return not (_stance_on_violence(token) or _discussed_happening(token))
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and _lexicon()["verbs"].get(token.head.lemma_.lower()) == "AID"
        and _habitual_giving(token.head)
    ):
        return True  # 'the agency provides training to nurses': what it does as a rule
    if _purpose_of_event(token) or _object_of_event_noun(token) or _grounds_of_judgment(token):
        return True
    current = token
    for _ in range(5):
        if current.head.i == current.i:
            return False
        if current.dep_ not in _COMPLEMENTS and not _infinitive_clause(current):
            return False
        current = current.head
        if current.lemma_.lower() in absorbing and _refuses_speech(current):
            return True  # 'declined to discuss X': no comment, and no talks
        if current.lemma_.lower() in absorbing and _trigger_type(current):
            if current.lemma_.lower() in _keeps_content() or _parties_agree(current):
                return True  # 'refused to meet', 'urged X to sanction': one REJECT, REQUEST
            if token.pos_ == "VERB" and _gives_way(current):
                return False
            return not (
                token.pos_ == "VERB" and token.dep_ == "xcomp" and current.i == token.head.i
            )
    return False


def _stance_on_violence(noun: Token) -> bool:
    """'condemned the aerial bombing of a camp', 'praised the arrest': the object of a stance
    (ACCUSE, SUPPORT) that is itself a violent or coercive happening."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if _noun_type(noun) not in _VICTIM_TYPES or not _is_specific(noun):
        return False
    return _trigger_type(noun.head) in _STANCES


def _discussed_happening(noun: Token) -> bool:
    """'discussed the recent kidnapping of four citizens', 'reviewed the arrest of X': a
    violent or coercive happening, definite or owned, that a meeting talks about happened on
    its own, apart from the meeting."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or _noun_type(noun) not in _VICTIM_TYPES:
        return False
    if noun.head.lemma_.lower() not in _words("meeting_content_verbs"):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children
    )


def _infinitive_clause(token: Token) -> bool:
    """'committed to enhance coordination' parsed as an adverbial clause: still content."""
    return token.dep_ == "advcl" and _to_infinitive(token)


def _object_of_event_noun(token: Token) -> bool:
    """'the cancellation of the deal', 'the unsealing of indictments': one event, the outer
    noun's."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    outer = token.head.head
    return outer.pos_ == "NOUN" and _trigger_type(outer) is not None


#: Links from a charge noun up to the verdict or sentence it grounds: 'sentenced X to life
#: and to 200 years on 40 charges', 'handed down a sentence on each of 30 charges'.
_GROUNDS_LINKS = {"pobj", "prep", "conj"}


def _grounds_of_judgment(token: Token) -> bool:
    """'handed down the maximum sentence on each of 30 charges', 'convicted on three charges
    of fraud': the charges a verdict or a sentence is given on are its grounds, brought
    before; no charging is told there."""
    stages = _lexicon()["legal_stages"]
    if token.pos_ != "NOUN" or stages.get(token.lemma_.lower()) != "charge":
        return False
    if token.dep_ != "pobj" or token.head.lower_ not in {"on", "of", "for"}:
        return False
    current = token
    for _ in range(6):
        if current.dep_ not in _GROUNDS_LINKS or current.head.i == current.i:
            return False
        current = current.head
        judged = [current, *(c for c in current.children if c.dep_ in {"dobj", "oprd"})]
        if any(stages.get(t.lemma_.lower()) in {"verdict", "sentence"} for t in judged):
            return _trigger_type(current) == "SANCTION" or current.pos_ == "ADJ"
    return False


@cache
def _keeps_content() -> frozenset[str]:
    return frozenset(_lexicon()["keeps_content"])


def _purpose_of_event(token: Token) -> bool:
    """'provided equipment to support police', 'an agreement to share data': an infinitive
    that tells the purpose or content of an event (or of a noun) is not an event itself; so is
    an infinitive joined to one ('to expand treatment and crack down on trafficking'), and one
    after 'in order' or 'so as', a purpose whatever it serves ('requested input in order to
    better support farmers')."""
    if _in_order_to(token):
        return True
    if (
        token.pos_ == "VERB"
        and token.dep_ == "conj"
        and token.head.pos_ == "VERB"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    ):
        if _to_infinitive(token) and not _to_infinitive(token.head):
            # 'will provide a platform to facilitate X, and to support Y', the second
            # infinitive parsed as joined to the main verb: joined to the first one
            return any(
                _to_infinitive(t) and _purpose_of_event(t)
                for t in token.doc[token.head.i + 1 : token.i]
            )
        if (
            token.tag_ == "VB"
            and token.head.tag_ != "VB"
            and not _to_infinitive(token)
            and any(
                c.dep_ in {"advcl", "xcomp"} and c.i < token.i and _purpose_of_event(c)
                for c in token.head.children
            )
        ):
            # 'invested $5 million to train nurses, repair clinics and supply them with
            # drugs': a bare verb parsed as joined to the finite verb after its purpose
            # infinitive belongs to that infinitive
            return True
        return _purpose_of_event(token.head)
    if _fronted_purpose(token):
        return True  # 'To support families, the agency announced new steps'
    if token.pos_ != "VERB" or token.dep_ not in {"advcl", "acl", "relcl", "xcomp"}:
        return False
    if not _to_infinitive(token):
        return False
    if _after_plain_noun(token) or _after_event_noun(token):
        return True
    head = token.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() not in _words("decision_nouns")
    if head.lemma_.lower() in _words("absorbs"):
        return False  # handled as content of the absorbing verb
    return head.pos_ == "VERB" and _trigger_type(head) is not None


_PURPOSE_MARKS = (("in", "order"), ("so", "as"))


def _in_order_to(verb: Token) -> bool:
    """'in order to (better) support', 'so as to protect': an infinitive marked as a purpose."""
    if verb.pos_ != "VERB":
        return False
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i < 2:
        return False
    return (verb.doc[to.i - 2].lower_, verb.doc[to.i - 1].lower_) in _PURPOSE_MARKS


def _fronted_purpose(verb: Token) -> bool:
    """'To support families, the agency announced new steps', 'To encourage X, the Congress
    requested Y': an infinitive that opens its sentence, before the clause it serves (or
    taken by the parser for the root itself), tells a purpose, not a happening."""
    if verb.pos_ != "VERB" or not _to_infinitive(verb):
        return False
    to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    if to.i != verb.sent.start or to.i + 1 != verb.i:
        return False
    if verb.dep_ == "advcl":
        return verb.i < verb.head.i and verb.head.pos_ in {"VERB", "AUX"}
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "punct" and c.text == "," and c.i > verb.i for c in verb.children
    )


def _to_infinitive(verb: Token) -> bool:
    """'(to) support': a verb with the infinitive's 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _after_plain_noun(verb: Token) -> bool:
    """'received a briefing on the work to crack down on X', however the infinitive is
    attached: right after a common noun that is no decision, it tells that noun's purpose."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    before = verb.doc[to.i - 1]
    if before.pos_ != "NOUN" or before.lemma_.lower() in _words("decision_nouns"):
        return False
    if before.head.i == verb.head.i:
        return False  # 'sent a team to train officers': the verb's own purpose clause
    return _noun_type(before) is None


def _after_event_noun(verb: Token) -> bool:
    """'released grants to Pellton to repair its dams', 'Delivers Funds to Support X': an
    infinitive right after the phrase of an event noun (no decision) tells that event's
    purpose, whatever verb the parser hangs it on."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    current = verb.doc[to.i - 1]
    for _ in range(4):
        if current.pos_ == "NOUN" or (current.pos_ == "PROPN" and current.dep_ == "dobj"):
            if current.lemma_.lower() in _words("decision_nouns"):
                return False
            if _trigger_type(current) is not None:
                return current.i < verb.i
        if current.pos_ == "VERB" or current.head.i == current.i or current.i == verb.head.i:
            return False
        current = current.head
    return False


def _gives_way(token: Token) -> bool:
    """'committed to delivering aircraft': the commitment gives way to the event it names.
    A refusal or a request never does: 'refused to meet' is a REJECT."""
    if token.lemma_.lower() in _keeps_content() or _parties_agree(token):
        return False
    return any(
        c.dep_ in {"xcomp", "pcomp"} and c.pos_ == "VERB" and _trigger_type(c)
        for c in token.children
    ) or any(
        p.dep_ == "prep" and any(g.dep_ == "pcomp" and _trigger_type(g) for g in p.children)
        for p in token.children
    )


def _parties_agree(verb: Token) -> bool:
    """'The countries agreed to coordinate', 'X and Y committed to share': a commitment that
    several parties make together is their agreement, whatever it is about."""
    if _lexicon()["verbs"].get(verb.lemma_.lower()) != "AGREE":
        return False
    return any(
        c.dep_ == "nsubj"
        and (c.tag_ in {"NNS", "NNPS"} or c.lower_ in {"they", "we"} or any(c.conjuncts))
        for c in verb.children
    )


def _governing_verb(token: Token) -> Token:
    """The verb whose subject is the event's actor: the trigger itself, or for a noun the verb
    that has it as object ('hold talks') or as the object of a purpose or place preposition
    ('headed to Beijing for talks'). A noun with its own actor ('Beijing's ban') or a definite
    one ('cited the ban') refers to a happening told elsewhere: only a light verb ('held the
    talks', 'announced U.S. funding') makes its subject act. 'Despite X's ban, Y identifies'
    does not make Y act."""
    if token.pos_ != "NOUN":
        return token
    undergoer = _undergoing_verb(token)
    if undergoer is not None:
        return undergoer  # 'X came under attack': X's verb, X undergoes it
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _words("light_verbs"):
        return token.head  # 'an agreement was reached between X and Y', 'talks were held'
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
    definite = definite or bool(_own_actor_modifiers(token))
    current = token
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"}:
            break
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ in {"dobj", "conj", "xcomp", "pcomp"}:
            current = head
        elif (
            current.dep_ == "pobj"
            and head.lower_ in _GOVERNING_PREPOSITIONS
            and (head.head.pos_ in {"VERB", "AUX", "NUM"} or head.head.ent_type_ in _NOT_ACTORS)
        ):
            # '$450 million in funding', not through a noun: 'X in response to complaints'
            current = head.head
            if _acts_on_a_case(current, token):
                return token  # 'police arrested two men in the shooting': not the shooters
        else:
            break
    if current.pos_ not in {"VERB", "AUX"}:
        return token
    if definite and current.lemma_.lower() not in _words("light_verbs"):
        return token
    return current


def _undergoing_verb(noun: Token) -> Token | None:
    """'X came under attack', 'X came in for criticism', 'X fell under suspicion': the verb
    of the lexicon's 'undergoing_phrases' whose subject undergoes the event noun after the
    listed preposition (and particle), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    for phrase in _lexicon()["undergoing_phrases"].get(verb.lemma_.lower(), []):
        *needed, last = phrase.split()
        if last == prep.lower_ and set(needed) <= particles:
            return verb
    return None


def _acts_on_a_case(verb: Token, noun: Token) -> bool:
    """'arrested two men in the shooting', 'charged him in the killing': an arrest or a charge
    in a happening of another type is done about it, by others than those who did it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _lexicon()["verbs"]:
        return False
    own = _lexicon()["verbs"][verb.lemma_.lower()]
    return own in _DONE_TO_PEOPLE and _noun_type(noun) not in _DONE_TO_PEOPLE


def _own_actor_modifiers(noun: Token) -> list[Token]:
    """'Beijing's ban', 'U.S. sanctions', 'Chinese aid': modifiers of an event noun that name
    who acts."""
    own = [
        c
        for c in noun.children
        if c.dep_ == "poss"
        or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in _NOT_ACTORS)
        or (c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"})
    ]
    stray = [g for c in own if c.dep_ == "poss" for g in _stray_possessors(c) if g not in own]
    return own + stray


def _givers(noun: Token) -> list[Token]:
    """'with the help of the Corvane Guard', 'the cooperation of Telvora': the 'of' phrase of a
    definite noun of giving names who gives; 'in support of X', without the article, names
    the one who receives."""
    if noun.lemma_.lower() not in _words("giver_nouns"):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    return [o for o in _objects_of(noun, {"of"}) if o.pos_ in {"PROPN", "NOUN"}]


def _patient_possessors(noun: Token) -> list[Token]:
    """'his arrest', 'Whitcombe's conviction': the possessor of a noun that names what is done
    to someone is its target, unless the noun names the target itself ('Mexico's arrest of
    X', 'Peru's designation of gangs')."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _patient_nouns():
        return []
    if any(_objects_of(n, {"of", "against", "on"}) for n in (noun, *noun.conjuncts)):
        return []
    return [
        c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in {"GPE", "ORG", "NORP"}
    ]


@cache
def _patient_nouns() -> frozenset[str]:
    return frozenset(_lexicon()["patient_nouns"])


def _named_head(token: Token, resolve: Resolver) -> Participant | None:
    """The participant a name at the head of a phrase names: 'Deputy Director of the
    Bureau of X Dana Whitcombe' is Whitcombe, not the Bureau."""
    if token.pos_ != "PROPN":
        return None
    names = [c for c in token.lefts if c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN"]
    start = token
    for child in reversed(names):  # the contiguous name that ends at the head
        if child.i != start.i - 1:
            break
        start = child
    return resolve((start.idx, token.idx + len(token.text)))


def _participants_of(tokens: Sequence[Token], resolve: Resolver) -> list[Participant]:
    """The participants named by phrases: each conjunct, and a person in apposition ('the agency's
    director, Marta Kowalski'); 'both countries' names the countries told before it."""
    found: list[Participant] = []
    for token in tokens:
        whole = _coordinated_name(token, resolve)
        if whole is not None:  # 'Customs and Border Protection': one body, not two
            if whole not in found:
                found.append(whole)
            continue
        for member in [token, *token.conjuncts]:
            phrase = member.doc.char_span(*_phrase_span(member))
            names = [t for t in phrase if _name_like(t)] if phrase is not None else []
            if phrase is not None and names and _names_modify_a_thing(phrase, names):
                named = [resolve(_span_of(member))]  # 'the Corvane-era program': not Corvane
            else:
                named = [
                    _named_head(member, resolve)
                    or resolve(_phrase_span(member))
                    or resolve(_span_of(member))
                ]
            if named == [None] and member.lemma_.lower() in _words("quantity_nouns"):
                # 'tens of thousands of protesters', 'a handful of X officers': who is counted,
                # the whole list when it is one participant ('dozens of X, Y and Z')
                counted = _objects_of(member, {"of"})
                named = [resolve(_phrase_span(c)) for c in counted]
                if not any(named):
                    named = [p for p in _participants_of(counted, resolve)]
            # 'the three carmakers - Corvane, Telvora and Halvik - asked': each name of a
            # list in apposition
            named += [
                resolve(_phrase_span(a)) or resolve(_span_of(a))
                for c in member.children
                if c.dep_ == "appos"
                for a in (c, *c.conjuncts)
            ]
            named += [_named_head(c, resolve) for c in _listed_people(member)]
            named += [
                p
                for c in _titled_names(member)
                if (p := _named_head(c, resolve) or resolve(_joined_word(c)))
                and p.kind == "person"
                and not _TITLE_LINKS & set(p.name.lower().split())  # an office: 'Secretary of X'
            ]
            named += [resolve(_phrase_span(c)) for c in _called(member)]
            paired = _hyphen_parties(member, resolve) or _plural_head_parties(member, resolve)
            if paired:  # 'U.S.-China talks', 'the Ostrava-Telvora accord': each side
                named = [*paired, *(p for p in named if p is not None and p not in paired)]
            if isinstance(resolve, _Context):
                group = resolve.members(member)
                if group:  # 'they', 'both countries': the group, not an unnamed one
                    # (nor 'the co-chairs' taken for the name of a body)
                    pieces = _hyphen_pieces(member)
                    word = member.doc.text[pieces[0].idx : pieces[-1].idx + len(pieces[-1])]
                    named = [
                        *group,
                        *(
                            p
                            for p in named
                            if p
                            and p.kind != "group"
                            and (len(pieces) == 1 or p.name != word)
                            and member.lower_ not in _WE  # a joint statement's 'we': its parties
                        ),
                    ]
            for participant in named:
                if participant is not None and participant not in found:
                    found.append(participant)
    return found


def _coordinated_name(token: Token, resolve: Resolver) -> Participant | None:
    """'Immigration and Customs Enforcement', 'Customs and Border Protection': capitalized
    words joined by 'and', none of which names anyone alone, are the name of one body when the
    whole names an organization."""
    members = [token, *token.conjuncts]
    if len(members) < 2 or not all(m.pos_ == "PROPN" for m in members):
        return None
    if any(_named_head(m, resolve) or resolve(_phrase_span(m)) for m in members):
        return None
    start = token
    for child in reversed([c for c in token.lefts if c.dep_ in {"compound", "flat"}]):
        if child.i != start.i - 1:
            break
        start = child
    words = token.doc[start.i : members[-1].i + 1]
    if any(not (t.text[:1].isupper() or t.lower_ in {"and", ","}) for t in words):
        return None
    found = resolve((words[0].idx, words[-1].idx + len(words[-1].text)))
    return found if found is not None and found.kind == "organization" else None


def _plural_head_parties(token: Token, resolve: Resolver) -> list[Participant]:
    """'the Justice and Treasury departments', 'the Corvane and Telvora delegations': a plural
    noun whose modifiers are a list of names is one party per name."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return []
    heads = [c for c in token.lefts if c.dep_ in {"compound", "nmod", "amod"} and c.conjuncts]
    found: list[Participant] = []
    for head in heads[:1]:
        for name in (head, *head.conjuncts):
            if name.i > token.i or not _name_like(name):
                continue
            party = _named_head(name, resolve) or resolve(_span_of(name))
            if party is not None and party.kind != "location" and party not in found:
                found.append(party)
    return found if len(found) > 1 else []


def _hyphen_parties(token: Token, resolve: Resolver) -> list[Participant]:
    """'U.S.-China talks', 'the Ostrava-Telvora accord', 'the Israel-Hamas war': a word of
    names joined by hyphens names each side, when two or more of its parts name different
    participants (not 'Sherwood-Randall', one person, nor 'Guinea-Bissau', one country)."""
    pieces = _hyphen_pieces(token)
    if len(pieces) > 1:
        spans = [_span_of(t) for t in pieces if t.text != "-"]
    elif "-" in token.text.strip("-"):
        spans, at = [], token.idx
        for part in token.text.split("-"):
            spans.append((at, at + len(part)))
            at += len(part) + 1
    else:
        return []
    text = token.doc.text
    if not all(text[a:b][:1].isupper() for a, b in spans):
        return []
    whole = resolve((spans[0][0], spans[-1][1]))
    if whole is not None and "-" in whole.name:
        return []
    found: list[Participant] = []
    for span in spans:
        party = resolve(span)
        if party is not None and party.kind != "location" and party not in found:
            found.append(party)
    return found if len(found) > 1 else []


#: The links inside a list of titled names: 'Director Dr. X, Council Advisor Y, and Secretary
#: Z hosted' leaves the names as appositions, conjuncts and modifiers of one another.
_LIST_LINKS = {"conj", "appos", "nmod", "compound"}


def _listed_people(token: Token) -> list[Token]:
    """The heads of the persons' names listed in a phrase, when the parse of a long list of
    titles and names ('Second Gentleman X, ONDCP Director Dr. Y, and CDC Director Dr. Z')
    hangs them on one another by apposition, conjunction or modification. Prepositions,
    possessives and clauses are not followed: 'the lawyer of X', 'X's aide'."""
    found: list[Token] = []
    stack = [c for c in token.children if c.dep_ in _LIST_LINKS]
    while stack:
        node = stack.pop()
        if node.dep_ in {"conj", "appos"} and node.ent_type_ == "PERSON" and node.pos_ == "PROPN":
            found.append(node)
        stack.extend(c for c in node.children if c.dep_ in _LIST_LINKS)
    return sorted(found, key=lambda t: t.i)


#: The small words inside a title that names an office: 'Director of National Intelligence'.
_TITLE_LINKS = {"of", "to", "the", "and", "for", "on"}


def _joined_word(token: Token) -> CharSpan:
    """The word a token ends, with the parts a hyphen joins to it: 'Orr-Whitcombe'."""
    start = token
    while (
        start.i >= 2
        and start.nbor(-1).text == "-"
        and not start.nbor(-1).whitespace_
        and not start.nbor(-2).whitespace_
    ):
        start = start.nbor(-2)
    return (start.idx, token.idx + len(token.text))


def _titled_names(token: Token) -> list[Token]:
    """The names that end titles with a preposition in a list ('briefed by Director of Customs
    Haskel, and Deputy Aide to the Governor Dorset'): the parse hangs the name on the
    title's preposition, where neither the title's own phrase nor the list of names reaches it."""
    found: list[Token] = []
    stack = [token]
    while stack:
        node = stack.pop()
        stack.extend(c for c in node.children if c.dep_ in {"conj", "appos"})
        if not _title_word(node):
            continue
        name = None
        for word in node.doc[node.i + 1 : node.right_edge.i + 1]:
            if word.lower_ in _TITLE_LINKS or (word.text[:1].isupper() and not word.is_punct):
                name = word
                continue
            if word.text == "-" and not word.whitespace_ and not word.nbor(-1).whitespace_:
                continue  # 'Orr-Whitcombe'
            break
        if (
            name is not None
            and name.pos_ == "PROPN"
            and name.dep_ in {"pobj", "conj"}
            and name.head.i >= node.i
            and any(w.lower_ in _TITLE_LINKS for w in node.doc[node.i + 1 : name.i])
            and (name.i + 1 == len(name.doc) or not name.nbor(1).text[:1].isupper())
        ):
            found.append(name)
    return sorted(found, key=lambda t: t.i)


def _called(noun: Token) -> list[Token]:
    """'a photographer named X', 'a man identified as X': the name a noun is given."""
    found: list[Token] = []
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in _NAMING_VERBS:
            continue
        found += [c for c in participle.children if c.dep_ in {"oprd", "attr", "dobj"}]
        found += _objects_of(participle, {"as"})
    return found


def _addressed_title(trigger: Token) -> bool:
    """'Letter to X and Y on Imposing Sanctions', 'Message to the Congress on ...': a title
    that names whom a text is addressed to before its verb."""
    return any(
        t.lower_ in _STATEMENT_WORDS and t.i + 1 < trigger.i and t.nbor(1).lower_ == "to"
        for t in trigger.doc[trigger.sent.start : trigger.i]
    )


def _title_sides(trigger: Token, resolve: Resolver) -> tuple[list[Participant], list[Participant]]:
    """In a Title Case headline the parse is unreliable: who is named before the verb acts,
    who is named after it (up to a preposition) is its target."""
    sentence = trigger.sent
    left = [t for t in sentence if t.i < trigger.i and not t.is_punct and not t.is_space]
    right = []
    for t in sentence:
        if t.i <= trigger.i or t.dep_ == "prt":
            continue
        if t.pos_ in {"ADP", "PUNCT", "CCONJ", "VERB"} or t.is_space:
            break
        right.append(t)
    found: list[list[Participant]] = [[], []]
    for side, tokens in ((0, left), (1, right)):
        for k in range(len(tokens)):  # the longest run that names someone
            span = tokens[k:] if side == 0 else tokens[: len(tokens) - k]
            if not span:
                continue
            named = resolve((span[0].idx, span[-1].idx + len(span[-1].text)))
            if named is not None and named.kind != "location":
                found[side].append(named)
                break
    if trigger.lower_.endswith("ed") and not right and not found[1]:
        # 'Lind Confirmed As Agency Head', 'Two Men Arrested In Raid': a headline participle
        # with nothing after it tells what was done to those named before it, by whom 'By'
        # names
        agents = []
        after = [t for t in sentence if t.i > trigger.i and not t.is_space]
        if after and after[0].lower_ == "by":
            rest = [t for t in after[1:] if not t.is_punct]
            for k in range(len(rest), 0, -1):
                named = resolve((rest[0].idx, rest[k - 1].idx + len(rest[k - 1].text)))
                if named is not None and named.kind != "location":
                    agents = [named]
                    break
        return agents, found[0]
    return found[0], found[1]


def _actors(trigger: Token, verb: Token, resolve: Resolver) -> list[Participant]:
    symmetric = _lexicon_symmetric(trigger)
    if trigger.pos_ == "PROPN":  # a Title Case headline verb
        if _addressed_title(trigger) and isinstance(resolve, _Context):
            # 'Letter to the Speaker ... on Imposing Sanctions': the letter's author acts,
            # not those it is addressed to
            return [p for p in resolve.speaker(0) if p.kind != "location"]
        return _title_sides(trigger, resolve)[0]
    if _headline_passive(trigger):  # 'Three men arrested in Ohio': done to them
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
        return [a for a in _participants_of(agents, resolve) if a.kind != "location"]
    if trigger.pos_ == "VERB" and _received(trigger, verb):
        return []  # 'X went to prison': X is the target
    undergoes = _passive_patients(trigger, verb)
    candidates = [
        c
        for c in verb.children
        if c.dep_ in _SUBJECTS
        and c.i != trigger.i
        and (c.dep_ != "nsubjpass" or verb.i != trigger.i or symmetric)
        and c not in undergoes
    ]
    candidates += [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    candidates = [r for c in candidates for r in _relative_antecedent(c, verb)]
    legal, accused = _accused_of(trigger)
    if accused and (not candidates or legal is verb):
        # 'a jury convicted X of murder': X did the murder, as alleged, not the jury
        candidates = accused
    if (
        not candidates
        and verb.dep_ == "ccomp"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in _SUBJECTS | {"mark", "expl"} for c in verb.children)
        and not _series_clause(verb)
    ):
        # 'X reported the team offered Y a deal': the clause's subject, parsed as the
        # reporting verb's object
        candidates = [
            c
            for c in verb.head.children
            if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and verb.head.i < c.i < verb.i
        ]  # not 'let us agree'
    # 'She helped launch a joint Army-Navy task force': the parties in the noun and the
    # one who launches it, from the verb above
    inherits = not candidates and verb.i != trigger.i and verb.pos_ == "VERB"
    received = False  # the subject undergoes the noun: it acts not, nor does the clause above
    if trigger.pos_ == "NOUN":
        if _received(trigger, verb) and not symmetric:
            candidates = []  # 'Haiti received aid from X': Haiti is the recipient
            undergoer = _undergoing_verb(trigger)
            if undergoer is not None and undergoer.i == verb.i:
                # 'X came under attack from Y': Y attacks
                candidates = _objects_of(trigger, {"from", "by"})
            received = True
        if symmetric:
            # 'received a briefing from X': a party, not a source
            candidates += _objects_of(trigger, {"from"})
        patients = _patient_possessors(trigger)
        candidates += [c for c in _own_actor_modifiers(trigger) if c not in patients]
        if _trigger_type(trigger) == "AID":
            # 'a rescue package from the EU', 'received aid from the EU'
            candidates += _objects_of(trigger, {"from"}) + _objects_of(verb, {"from"})
        # 'an attack by Hamas', 'a visit by the Secretary': the agent of an event noun
        candidates += _objects_of(trigger, {"by"}) + _givers(trigger) + _party_sources(trigger)
        senders = _objects_of(trigger, {"from"})
        if _draws(trigger) and _trigger_type(trigger) in _SENT_FROM:
            # 'the plan drew criticism from X': X criticizes the plan
            candidates = senders + _objects_of(verb, {"from"})
        elif senders and _trigger_type(trigger) in _SENT_FROM:
            candidates += senders  # 'condemnation from the State Department', 'a request from X'
    hands = _hands_of(trigger, verb)
    if hands:  # 'was killed at the hands of X', 'suffered attacks at the hands of X': X acts
        candidates, inherits = hands, False
    guests = _gathered(trigger, verb) if symmetric else []
    if not candidates and trigger.pos_ == "VERB" and trigger.text[:1].islower():
        # a bullet's dash can leave the subject as a loose name: '- President X designated'
        candidates = [
            c
            for c in verb.children
            if c.dep_ in {"npadvmod", "nmod"} and c.pos_ == "PROPN" and c.i < verb.i
        ]
    misattached: list[Token] = []
    if not candidates and verb.pos_ == "VERB":
        candidates = _loose_subject(verb) + _series_subject(verb)
        misattached = [] if candidates else _misattached_subject(verb)
        candidates += misattached
        inherits = inherits and not candidates
    if trigger.pos_ == "NOUN":
        # 'the Corvane Guard, in cooperation with the Telvora Police, will ...': the body the
        # phrase of a joint act describes is a party to it
        candidates += _described_party(trigger)
    if not candidates:
        # 'pleas were entered on his behalf': his pleas ('on behalf of X, thank you' is not)
        holders = [trigger.head] if trigger.dep_ == "nsubjpass" else []
        holders += [verb] if any(c.dep_ == "auxpass" for c in verb.children) else []
        candidates = [c for v in holders for c in _on_behalf_of(v)]
    if not candidates and _addresses_you(verb) and isinstance(resolve, _Context):
        actors = resolve.speaker(verb.idx)  # 'Thank you to X for ...' in a statement: its author
    elif misattached:  # the name alone, not the object it was joined to
        actors = [p for c in misattached if (p := resolve(_phrase_span(c)) or resolve(_span_of(c)))]
    elif candidates:
        actors = _participants_of(candidates, resolve)
        if inherits:
            actors += [p for p in _inherited_actors(verb, resolve) if p not in actors]
    elif verb.i == trigger.i and any(c.dep_ == "auxpass" for c in verb.children):
        actors = _participants_of(_passive_body(verb), resolve) or _reporting_body(verb, resolve)
    elif received:  # 'Though X had come in for criticism, Y said': not Y either
        actors = []
    else:  # 'X followed through by convening Y': X convenes, with Y as a party
        actors = _inherited_actors(verb, resolve)
    actors += [p for p in _participants_of(guests, resolve) if p not in actors]
    candidates += guests
    actors += [p for p in _announcers(verb, resolve) if p not in actors]
    if symmetric or _reciprocal_attack(trigger):
        # 'rebels clashed with soldiers', 'fighting between two militias': both sides act
        heads = {*trigger.children, *verb.children} if symmetric else set(trigger.children)
        if symmetric and trigger.pos_ == "VERB":
            # 'signed a Memorandum of Understanding with X': X signs it too
            heads |= {g for c in trigger.children if _document_name(c) for g in c.children}
        partners = [
            g
            for c in heads
            if c.lower_ in {"with", "between"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        actors += [p for p in _participants_of(partners, resolve) if p not in actors]
        candidates += partners
        if symmetric and verb.lemma_.lower() in {"lead", "head"}:  # 'led the U.S. delegation'
            candidates += [c for c in verb.children if c.dep_ == "dobj"]
    actors += [p for p in _owners(candidates, resolve) if p not in actors]
    if not actors and not candidates and (trigger.i == verb.i or trigger.pos_ == "NOUN"):
        # '- Restarted the detention of ...': a noun's item verb is done by the lead's subject
        actors = _bullet_lead_actors(verb, resolve)
    if undergoes and actors:  # 'X surrendered and was taken into custody': X does not act
        held = _participants_of(undergoes, resolve)
        actors = [a for a in actors if a not in held]
    return [a for a in actors if a.kind != "location"]  # a dateline or a place does not act


def _hands_of(trigger: Token, verb: Token) -> list[Token]:
    """'at the hands of X': the one who does what was suffered; on the last of a list of
    happenings it holds for them all ('endured arrests and torture at the hands of X')."""
    return [
        g
        for t in (trigger, *trigger.conjuncts, verb)
        for hands in _objects_of(t, {"at"})
        if hands.lower_ == "hands"
        for g in _objects_of(hands, {"of"})
    ]


#: Words of a charge or a verdict besides the lexicon's 'legal_stages' ('convict', 'charge',
#: 'guilty'): 'accused of', 'suspected in', 'arrested for', 'pleaded guilty to', 'tried for'.
_ACCUSING_WORDS = frozenset({"accuse", "suspect", "arrest", "plead", "try"})
#: The types of the happenings a charge can name as crimes: an attack, a kidnapping, a threat.
_CRIME_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _accused_of(trigger: Token) -> tuple[Token | None, list[Token]]:
    """'X was convicted of the murder of Y', 'a jury found X guilty of killing Y', 'X, who is
    charged with murdering Y', 'a gang member convicted of murdering Y', 'police arrested X for
    the stabbing': the one a charge or a verdict names is the one who did the crime it is about,
    as alleged (not the jury, the police or the prosecutors). The charge and the accused.
    Only for a crime ('convicted in a long march', 'accused of backing rebels' name none)."""
    if _trigger_type(trigger) not in _CRIME_TYPES:
        return None, []
    node = trigger
    if node.dep_ == "conj" and _trigger_type(node.head) in _CRIME_TYPES:
        node = node.head  # 'convicted of killing X and killing Y the next day'
    for _ in range(3):  # 'charged with two counts of murder', 'with murder in the shootings'
        prep = node.head
        if node.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep":
            return None, []
        if prep.lower_ not in {"of", "with", "for", "in", "to", "on"}:
            return None, []
        node = prep.head
        if node.pos_ != "NOUN" or node.dep_ not in {"pobj", "pcomp"}:
            break
    if node.dep_ == "dobj" and node.pos_ in {"PROPN", "PRON", "NOUN"} and node.head.pos_ == "VERB":
        # 'convicted X of the murder', the 'of' phrase parsed as the object's
        legal, accused = node.head, [node]
    else:
        legal, accused = node, []
    if legal.lemma_.lower() not in _lexicon()["legal_stages"] and (
        legal.lemma_.lower() not in _ACCUSING_WORDS
    ):
        return None, []
    if legal.pos_ == "ADJ":  # 'found X guilty of', 'pleaded guilty to', 'is guilty of'
        own = [c for c in legal.children if c.dep_ in {"nsubj", "npadvmod"} and c.i < legal.i]
        if own:  # 'found X guilty', parsed as a small clause
            return legal, own
        legal = legal.head
        if legal.lemma_ == "be":
            subjects = [c for c in legal.children if c.dep_ == "nsubj"]
            return legal, [r for c in subjects for r in _relative_antecedent(c, legal)]
    if legal.pos_ != "VERB" or (legal.lemma_.lower() == "arrest" and prep.lower_ != "for"):
        return None, []  # 'arrested two men in the shooting': a case, not a charge
    if accused:
        return legal, accused
    children = list(legal.children)
    if legal.dep_ == "acl" and legal.tag_ == "VBN":
        return legal, [legal.head]  # 'the two men accused of killing Y'
    for deps in ({"nsubjpass"}, {"dobj"}, {"nsubj"}):
        headline = legal.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children)
        if deps == {"nsubj"} and not headline and legal.lemma_.lower() != "plead":
            break  # 'the jury convicted', 'the jury has found': the one who convicts
        found = [r for c in children if c.dep_ in deps for r in _relative_antecedent(c, legal)]
        if found:
            return legal, found
    return legal, []


def _on_behalf_of(verb: Token) -> list[Token]:
    """'entered on X's behalf', 'filed on behalf of X': the one a proxy acts for."""
    found = []
    for behalf in _objects_of(verb, {"on", "in"}):
        if behalf.lemma_.lower() != "behalf":
            continue
        found += [c for c in behalf.children if c.dep_ == "poss"]
        found += _objects_of(behalf, {"of"})
    return found


def _opens_item(verb: Token) -> bool:
    """'- Designated cartels as ...': a capitalised past verb without a subject that opens a
    line after the first (a list item), however the parser attaches it."""
    if verb.pos_ != "VERB" or not verb.text[:1].isupper() or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if verb.sent.start == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    words = [t for t in verb.sent if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].i == verb.i


def _bullet_lead_actors(verb: Token, resolve: Resolver) -> list[Participant]:
    """'The Governor has:' / '- Designated cartels as ...' / '- Deployed troops ...': a
    list item that opens with its verb and has no subject is done by the subject of the line
    that introduces the list with a colon."""
    if not _opens_item(verb):
        return []
    sentence = verb.sent
    for _ in range(25):
        if sentence.start == 0:
            return []
        sentence = verb.doc[sentence.start - 1].sent
        text = sentence.text.strip()
        if not text.endswith(":"):
            continue
        subjects = [c for c in sentence.root.children if c.dep_ == "nsubj"]
        return _participants_of(subjects, resolve) if subjects else []
    return []


def _loose_subject(verb: Token) -> list[Token]:
    """'USAID announced $3 million in aid': a name that opens the sentence and that the parser
    took for a modifier of the verb (an adverb, a loose noun) is its subject, when the verb
    has none."""
    if any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in {"advmod", "npadvmod", "nmod", "dep"}
        and c.i < verb.i
        and c.left_edge.i == verb.sent.start
        and c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
        and c.text[:1].isupper()
    ]


def _misattached_subject(verb: Token) -> list[Token]:
    """'X adopted a plan to prosecute smugglers and the Corvane Office issued sanctions': a
    finite verb after 'and' without a subject, right after a name the parser joined to the
    first clause's object, has that name for its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return []
    if any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children):
        return []
    last = verb.doc[verb.i - 1]
    for name in [last, *last.ancestors]:
        if name.right_edge.i != verb.i - 1 or name.i >= verb.i:
            return []
        if name.dep_ not in {"conj", "dep"} or name.head.i <= verb.head.i:
            continue
        opener = verb.doc[name.left_edge.i - 1]
        joined = opener.dep_ == "cc" and opener.lower_ == "and"
        named = name.pos_ == "PROPN" and name.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
        return [name] if joined and named and name.head.pos_ != "PROPN" else []
    return []


def _series_subject(verb: Token) -> list[Token]:
    """'I have raised funding; launched the Corvane Compact; ...': a verb without a subject after
    a semicolon, whose first clause the parser hung on it, shares that clause's subject."""
    if any(c.dep_ in _SUBJECTS | {"expl"} for c in verb.children):
        return []
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "conj"} or clause.i > verb.i:
            continue
        if not any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i]):
            continue
        return [c for c in clause.children if c.dep_ == "nsubj"]
    return []


def _described_party(noun: Token) -> list[Token]:
    """'the Corvane Guard, in cooperation with the Telvora Police, seized ...': a joint act
    told in a phrase of its own after a subject is done by that subject too."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return []
    if not _lexicon_symmetric(noun) or not _objects_of(noun, {"with"}):
        return []
    body = prep.head
    if body.pos_ not in {"NOUN", "PROPN"} or body.dep_ not in _SUBJECTS:
        return []
    return [body]


def _addresses_you(verb: Token) -> bool:
    """'Thank you to X': a verb without subject whose object is 'you', addressed to someone
    named, is said by the one who speaks ('thank you for joining us' is a courtesy)."""
    children = list(verb.children)
    return (
        verb.tag_ in {"VB", "VBP"}
        and not any(c.dep_ in _SUBJECTS for c in children)
        and any(c.dep_ == "dobj" and c.lower_ == "you" for c in children)
        and bool(_objects_of(verb, {"to"}))
    )


def _owners(tokens: Sequence[Token], resolve: Resolver) -> list[Participant]:
    """'FBI and DEA agents', 'agents from the FBI', 'a joint State and Justice delegation',
    'Mexican officials': the bodies whose people act, act through them."""
    bodies = _words("agent_bodies")
    doc = tokens[0].doc if tokens else None
    found: list[Participant] = []
    for token in tokens:
        for body in (token, *token.conjuncts):
            if body.lemma_.lower() not in bodies:
                continue
            roots = [c for c in body.children if c.dep_ in {"compound", "nmod", "amod", "poss"}]
            roots += _objects_of(body, {"from", "of"})
            for root in roots:
                spans = []
                for t in root.subtree:
                    if t.ent_iob_ != "B" or t.ent_type_ in _NOT_ACTORS or doc is None:
                        continue
                    end = t.i + 1
                    while end < len(doc) and doc[end].ent_iob_ == "I":
                        end += 1
                    spans.append((t.idx, doc[end - 1].idx + len(doc[end - 1].text)))
                if not spans and root.pos_ == "PROPN":
                    spans = [_phrase_span(root)]  # an untagged name: 'Heads Trade Mission'
                for span in spans:
                    owner = resolve(span)
                    if owner is not None and owner.kind != "location" and owner not in found:
                        found.append(owner)
    return found


def _gathered(trigger: Token, verb: Token) -> list[Token]:
    """'X hosted Y', 'X convened Y for talks': the guests of a gathering verb are parties to
    the symmetric event they are gathered for, not its targets."""
    if verb.lemma_.lower() not in _words("gathering_verbs"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i != trigger.i]


def _announcers(verb: Token, resolve: Resolver) -> list[Participant]:
    """'X announced that the government would provide aid': who announces an event in a
    that-clause takes part in it."""
    current = verb
    for _ in range(2):
        if current.dep_ != "ccomp" or current.head.i == current.i:
            return []
        current = current.head
        if current.lemma_.lower() in _words("announcing_verbs"):
            return _participants_of([c for c in current.children if c.dep_ == "nsubj"], resolve)
    return []


def _received(trigger: Token, verb: Token) -> bool:
    if verb.i == trigger.i:
        # 'X went to jail': the subject undergoes what the verb's object names
        return verb.lemma_.lower() in _words("undergoing_verbs") and _trigger_type(verb) in _words(
            "hostile_types"
        )
    undergoer = _undergoing_verb(trigger)
    if undergoer is not None and undergoer.i == verb.i:
        return True  # 'X came under attack', 'X came in for criticism'
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"for", "over"}
        and trigger.lemma_.lower() not in _lexicon()["legal_stages"]
        and _trigger_type(trigger) != "SANCTION"
    ):
        return False  # 'X served a sentence for assault': the crime is X's, the reason
    if verb.lemma_.lower() in _words("recipient_verbs"):
        return True
    # 'X has two prior convictions', 'X had a pending charge': one who has a charge, a
    # verdict or a sentence is the one it was brought against ('has imposed' is an auxiliary)
    return (
        verb.lemma_.lower() == "have"
        and verb.pos_ in {"VERB", "AUX"}
        and trigger.dep_ == "dobj"
        and trigger.head.i == verb.i
        and trigger.lemma_.lower() in _lexicon()["legal_stages"]
    )


def _relative_antecedent(subject: Token, verb: Token) -> list[Token]:
    """'the operation that apprehended X': the relative pronoun stands for the noun; an event
    noun stands for its own actors ('the Administration's operation')."""
    if verb.dep_ == "relcl" and _share_of_relative(subject):
        return [verb.head]  # 'X and Y, both of whom had fired': X and Y
    if subject.tag_ not in {"WDT", "WP"} or verb.dep_ != "relcl":
        return [subject]
    noun = verb.head
    if noun.pos_ == "NOUN" and _own_actor_modifiers(noun):
        return _own_actor_modifiers(noun)
    return [noun]


def _share_of_relative(subject: Token) -> bool:
    """'both of whom', 'all of which': a quantifier over a relative pronoun, which stands
    for the whole noun the clause tells of ('one of whom' does not: one of them)."""
    return subject.lower_ in {"both", "all", "each"} and any(
        g.tag_ in {"WDT", "WP"} for g in _objects_of(subject, {"of"})
    )


def _reporting_body(verb: Token, resolve: Resolver) -> list[Participant]:
    """'The CHP said one driver was arrested': an agency that reports an arrest or a charge
    without saying by whom made it; 'officials said' or 'police said the man was killed' do
    not."""
    if verb.dep_ != "ccomp" or _trigger_type(verb) not in _DONE_TO_PEOPLE:
        return []
    if verb.head.lemma_.lower() not in _reporting_verbs():
        return []
    speakers = _participants_of([c for c in verb.head.children if c.dep_ == "nsubj"], resolve)
    return [p for p in speakers if p.kind == "organization"]


def _objects_of(noun: Token, prepositions: set[str]) -> list[Token]:
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _passive_body(verb: Token) -> list[Token]:
    """'rejected in the Senate': a passive without an agent, done in a body."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ == "ORG"
    ]


def _series_clause(verb: Token) -> bool:
    """'X declared an emergency, resumed construction, deployed troops ...': a past verb the
    parser made the clausal object of a verb whose object is already filled, after a comma and
    with no subject or 'that' of its own, is one more act of a series (a conjunct)."""
    if verb.dep_ != "ccomp" or verb.tag_ not in {"VBD", "VBN"} or verb.i < verb.head.i:
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)


def _then_clause(verb: Token) -> bool:
    """'X robbed the store, then shot the clerk': a finite verb after a comma or 'then', without
    a subject of its own, that the parser hung on the verb before it as a loose dependent, is
    the next act of the same subject (a conjunct)."""
    if verb.dep_ != "dep" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < verb.head.i:
        return False
    if verb.head.pos_ != "VERB":
        return False
    opener = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else verb
    if opener.text not in {",", "then"} and not any(
        c.lower_ == "then" and c.i < verb.i for c in verb.children
    ):
        return False
    return not any(c.dep_ in _SUBJECTS | {"mark", "expl"} for c in verb.children)


def _inherited_actors(verb: Token, resolve: Resolver) -> list[Participant]:
    """The actor of a verb without a subject, from the verb above it. 'Peru marked a change by
    sending ...': its subject. Object control: 'thanked X for capturing', 'urged X to
    withdraw' (the object acts), 'X was accused of bombing' (the passive subject acts)."""
    controlled = verb.dep_ == "xcomp" or (
        verb.dep_ == "pcomp" and verb.head.lower_ in _CONTROL_PREPOSITIONS
    )
    climbed = verb
    conjoined = True  # reached from the verb through conjuncts only
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by":
        # 'X followed through on a commitment by convening Y': the means of X's act, however
        # the parse attaches 'by'
        climbed = next((a for a in list(verb.ancestors)[1:5] if a.pos_ in {"VERB", "AUX"}), verb)
        if climbed is not verb:
            return _participants_of([c for c in climbed.children if c.dep_ == "nsubj"], resolve)
    for _ in range(3):
        inherits = (
            climbed.dep_ in _INHERIT_SUBJECT or _series_clause(climbed) or _then_clause(climbed)
        )
        if not inherits or climbed.head.i == climbed.i:
            break
        if climbed.dep_ == "acl" and climbed.tag_ == "VBG" and _authored(climbed.head):
            # 'X issued a statement condemning Y': who issues the text condemns
            issuer = climbed.head.head
            return _participants_of([c for c in issuer.children if c.dep_ == "nsubj"], resolve)
        if _misparsed_predicate(climbed):
            # 'X, 36, of Pellton, hit and killed Y': a finite verb hung on the name it tells of
            return _participants_of([climbed.head], resolve)
        if climbed.dep_ == "acl" and climbed.tag_ == "VBN":
            if _conjoined_patients(verb):
                return []  # 'migrants arrested or charged with crimes': done to the migrants
            # 'the team, recognized for dismantling ...': the noun the participle describes
            return _participants_of([climbed.head], resolve)
        # 'told police X loaded a gun and shot him': a conjunct of a controlled clause
        controlled = controlled or climbed.dep_ == "xcomp"
        conjoined = conjoined and (climbed.dep_ == "conj" or _then_clause(climbed))
        climbed = climbed.head
        whole = climbed.head
        while whole.dep_ == "appos" and whole.head.i != whole.i:
            whole = whole.head  # 'an order - our new policy -, including ...'
        if (
            climbed.dep_ == "prep"
            and climbed.lower_ in _INCLUDING
            and whole.dep_ == "dobj"
            and whole.head.pos_ in {"VERB", "AUX"}
        ):
            # 'X issued an order that ..., including issuing sanctions': the one who did
            # what the phrase is a part of
            return _participants_of([c for c in whole.head.children if c.dep_ == "nsubj"], resolve)
        if climbed.pos_ == "ADP":
            continue
        if controlled and climbed.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "pcomp":
            thanked = _object_list_head(climbed)
            found = _participants_of([thanked], resolve) if thanked is not None else []
            if found:
                return found
        if climbed.pos_ == "ADJ" and climbed.dep_ == "acomp" and climbed.head.i != climbed.i:
            climbed = climbed.head  # 'X was able to meet Y', 'X is eager to sign': X acts
        subjects = {"nsubj", "csubj"}
        if verb.dep_ == "advcl" and climbed.i == verb.head.i:
            if _participle_patients(verb):
                return []  # 'X was sentenced, convicted of Y': done to X, not by X
            subjects.add("nsubjpass")  # 'X was shot while investigating Y': X investigates
        if _gerund_of_time(verb) and climbed.i == verb.head.head.i:
            subjects.add("nsubjpass")  # 'X was detained after stabbing Y': X stabs
        if conjoined and _active_conjunct(verb):
            subjects.add("nsubjpass")  # 'X was released in May and attacked Y': X attacks
        groups = [
            [
                r
                for c in climbed.children
                if c.dep_ in subjects
                for r in _relative_antecedent(c, climbed)
            ]
        ]
        if controlled and climbed.lemma_.lower() not in _words("phoning_verbs"):
            # ('called X to congratulate him': the caller congratulates)
            objects = [c for c in climbed.children if c.dep_ in {"dobj", "nsubjpass"}]
            groups.insert(0, objects)
        for group in groups:
            found = _participants_of(group, resolve)
            if found:
                return found
        if groups[-1]:  # a subject that names no participant: no one's above it
            break
        controlled = False  # 'had won a medal for shooting X': the subject further up
    return []


def _misparsed_predicate(verb: Token) -> bool:
    """'Dana Whitcombe, 36, of Pellton, shot Y': a past-tense verb after the comma that closes
    a name's appositions, parsed as a clause modifying the name: the name is its subject."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and verb.head.pos_ in {"PROPN", "NOUN"}
        and (
            verb.head.dep_ == "ROOT"  # not a name inside a phrase ('a boat named X, fired')
            or (verb.head.dep_ == "pobj" and verb.head.head.head.lower_ == "according")
        )
        and verb.head.i < verb.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    )


_TIME_PREPOSITIONS = {"after", "before", "while", "upon", "since", "without"}


def _active_conjunct(verb: Token) -> bool:
    """'(X was released in May) and attacked Y', 'and flees': a finite active verb joined to
    a passive one, whose passive subject does it (not 'was arrested and charged': a participle
    sharing the passive; a past form that could be one counts only with its object)."""
    if verb.dep_ != "conj" and not _then_clause(verb):
        return False
    if any(c.dep_ in {"auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children)


def _gerund_of_time(verb: Token) -> bool:
    """'after stabbing Y', 'before attacking Y': an active gerund under a preposition of time,
    done by the subject of the clause it is attached to (not 'after being shot': done to it)."""
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in _TIME_PREPOSITIONS
        and verb.head.dep_ == "prep"
        and not any(c.dep_ in {"auxpass", "nsubj"} for c in verb.children)
    )


def _object_list_head(noun: Token) -> Token | None:
    """'thanked Corvane, Telvora and the agency for helping': the parse may hang 'for' on the
    last name of the object list; the list's first name, when it is a verb's object."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first if first.dep_ == "dobj" and first.head.pos_ == "VERB" else None


def _authored(noun: Token) -> bool:
    """A text ('statement', 'letter') that is the object of the verb that issues it."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _words("authored_nouns")
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
    )


def _headline_passive(verb: Token) -> bool:
    """A headline drops the 'was': 'Three men arrested in Ohio', 'Whitcombe Charged with
    Fraud', 'Jackson arrested on suspicion of DUI'. A participle or past verb without object
    or auxiliary, under a noun that heads a verbless title or with a subject in a title."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    if _lexicon_symmetric(verb):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return _headline_subject(verb) is not None and _titled(verb)
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.dep_ != "ROOT":  # 'Prophet to pedophile: X sentenced to life', parsed as a clause
        return verb.tag_ == "VBN" and _titled(verb)
    return verb.tag_ == "VBN" or _titled(verb)


def _titled(token: Token) -> bool:
    """In the title (the first sentence) or in a sentence without final punctuation. A line
    that ends in a colon introduces a list ('the President signed into law:'): prose."""
    sentence = token.sent
    if sentence.start == 0:
        return True
    last = next((t for t in reversed(sentence) if not t.is_space), token)
    return last.text[-1:] not in {".", "!", "?", '"', "”", "'", "’", ":"}


def _headline_patients(verb: Token) -> list[Token]:
    if not _headline_passive(verb):
        return []
    if verb.dep_ == "acl":
        subject = _headline_subject(verb)
        return [subject] if subject is not None else []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _headline_subject(participle: Token) -> Token | None:
    """The noun a verbless title is about, when the participle hangs in its phrase: '3
    members of fraud ring arrested'."""
    node = participle.head
    for _ in range(4):
        if node.pos_ not in {"NOUN", "PROPN", "ADP"}:
            return None
        if node.dep_ == "ROOT":
            return node if node.pos_ != "ADP" else None
        node = node.head
    return None


def _lexicon_symmetric(trigger: Token) -> bool:
    return _trigger_type(trigger) in _words("symmetric")


def _reciprocal_attack(trigger: Token) -> bool:
    """'clashed with', 'a battle between': an attack of the lexicon's 'reciprocal_attacks',
    whose parties after 'with' or 'between' fight each other."""
    if trigger.lemma_.lower() not in _words("reciprocal_attacks"):
        return False
    return _trigger_type(trigger) == "ASSAULT"


def _targets(
    trigger: Token, verb: Token, resolve: Resolver, actors: list[Participant]
) -> list[Participant]:
    if trigger.pos_ == "PROPN":
        return [p for p in _title_sides(trigger, resolve)[1] if p not in actors]
    objects = _object_tokens(trigger) + _patient_possessors(trigger) + _headline_patients(trigger)
    objects += _participle_patients(trigger) + _conjoined_patients(trigger)
    objects += _raised_patients(trigger) + _passive_patients(trigger, verb)
    objects += _timed_passive_patients(trigger)
    if trigger.pos_ == "NOUN" and _draws(trigger) and _trigger_type(trigger) in _SENT_FROM:
        objects += [c for c in verb.children if c.dep_ == "nsubj"]  # what draws it
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and verb.i == trigger.head.i:
        # 'imposed a tariff on Canada', the phrase parsed as the light verb's
        objects += _objects_of(verb, _TARGET_PREPOSITIONS - {"from", "of"})
    if verb.i != trigger.i and _hands_of(trigger, verb):
        # 'X endured arrests at the hands of Y': X suffers them
        objects += [c for c in verb.children if c.dep_ == "nsubj" and c.i != trigger.i]
    if _received(trigger, verb):  # 'X, who is serving a sentence': X
        objects += [
            r for c in verb.children if c.dep_ in _SUBJECTS for r in _relative_antecedent(c, verb)
        ]
    found = [p for p in _participants_of(objects, resolve) if p not in actors]
    if (
        trigger.pos_ == "NOUN"
        and verb.i != trigger.i
        and verb.pos_ == "VERB"
        and not _lexicon_symmetric(trigger)
        and _received(trigger, verb)
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        # 'After facing criticism, X resigned': X, who faced it, is the one it is done to
        found += [p for p in _inherited_actors(verb, resolve) if p not in found + actors]
    if trigger.pos_ == "VERB" and _commitment_object(trigger):
        # 'affirmed Corvane's commitment to X': Corvane is the one pledged, no target
        owners = [
            c
            for o in trigger.children
            if o.dep_ == "dobj"
            for n in [o, *o.conjuncts]
            for c in n.children
            if c.dep_ == "poss"
        ]
        found = [p for p in found if p not in _participants_of(owners, resolve)]
    if trigger.pos_ == "VERB":
        found = _stance_targets(trigger, resolve, found, actors)
    if trigger.pos_ == "VERB" and _welcomed_to_place(trigger) and _lexicon_symmetric(trigger):
        places = _participants_of(_objects_of(trigger, {"to"}), resolve)
        found = [p for p in found if p not in places]  # where the guest is received
    if _trigger_type(trigger) in _words("meeting_types"):
        # 'will travel to Pellton', 'a visit to Halvik City': where a meeting is held
        found = [p for p in found if p.kind != "location"]
    if any(p.kind == "location" for p in found):  # 'arrested him at the hotel': a place only
        places = _participants_of(_objects_of(trigger, {"at"}), resolve)
        found = [p for p in found if not (p.kind == "location" and p in places)]
    return found


def _stance_targets(
    verb: Token, resolve: Resolver, found: list[Participant], actors: list[Participant]
) -> list[Participant]:
    """'expressed Ostravan support for Telvora's sovereignty', 'reaffirmed their support for
    Telvora': a verb whose object is a stance noun is about the one the stance is for, not
    the one who holds it."""
    stances = [
        o
        for o in verb.children
        if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.lemma_.lower() in _words("stance_nouns")
    ]
    if not stances:
        return found
    holders = _participants_of([c for o in stances for c in _own_actor_modifiers(o)], resolve)
    found = [p for p in found if p not in holders]
    for_whom = _participants_of([g for o in stances for g in _objects_of(o, {"for"})], resolve)
    return found + [p for p in for_whom if p not in found and p not in actors]


def _conjoined_patients(verb: Token) -> list[Token]:
    """'X stood trial and was convicted', 'X was arrested and charged': a passive joined to a
    clause without its own subject is done to that clause's subject."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ != "conj":
        return []
    if any(c.dep_ in _SUBJECTS | _OBJECTS | {"aux"} for c in verb.children):
        return []
    if verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" and verb.head.pos_ == "VERB":
        return [verb.head.head]  # 'migrants arrested or charged with crimes'
    head_passive = any(c.dep_ == "auxpass" for c in verb.head.children)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if head_passive:
        return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return []


def _passive_patients(trigger: Token, verb: Token) -> list[Token]:
    """'X was taken into custody', 'X was placed under arrest', 'X was handed a sentence':
    the passive subject of the verb that carries an event noun undergoes the event ('X was
    arrested for the shooting' is not so: the noun is the reason)."""
    if trigger.pos_ != "NOUN" or verb.i == trigger.i or _lexicon_symmetric(trigger):
        return []
    held = (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"into", "under", "in"}
        and trigger.head.head.i == verb.i
    )
    if not any(c.dep_ == "auxpass" for c in verb.children):
        # 'X is in custody', 'X remained in custody': the one held
        if held and trigger.head.lower_ == "in" and verb.lemma_ in {"be", "remain", "stay"}:
            return [c for c in verb.children if c.dep_ == "nsubj"]
        return []
    carried = trigger.dep_ == "dobj" and trigger.head.i == verb.i
    carried = carried or (held and trigger.head.lower_ != "in")
    if not carried:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj":
        # 'X surrendered and was taken into custody': the subject of the clause it joins
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects


def _raised_patients(verb: Token) -> list[Token]:
    """'X is expected to be charged', 'X was set to be sentenced': a passive infinitive
    without its own subject, after a verb of the lexicon's 'raising_verbs', is done to the
    subject of that verb."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ != "xcomp":
        return []
    head = verb.head
    if head.lemma_.lower() not in _words("raising_verbs") and not _bare_be(head):
        return []  # 'we wanted to be distributed', 'it is in X's interest to be surrounded'
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ in _SUBJECTS for c in children):
        return []
    return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _timed_passive_patients(verb: Token) -> list[Token]:
    """'X resigned after being charged with fraud', 'X fled before being arrested': a passive
    gerund under a preposition of time is done to the subject of the clause it is attached to."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ != "pcomp":
        return []
    prep = verb.head
    if prep.lower_ not in _TIME_PREPOSITIONS or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return []
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ in _SUBJECTS for c in children):
        return []
    return [c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _bare_be(verb: Token) -> bool:
    """'X is to be sentenced', 'they are to meet': 'be' with nothing but an infinitive, not
    'it is a pleasure to welcome X', 'it is in X's interest to be surrounded' or 'which is
    to thank X' (what something consists in)."""
    return verb.lemma_ == "be" and not any(
        c.dep_ in {"attr", "acomp", "prep", "advmod", "expl"}
        or (c.dep_ in _SUBJECTS and c.tag_ in {"WDT", "WP"})
        for c in verb.children
    )


def _participle_patients(verb: Token) -> list[Token]:
    """'Arrested by the CHP, he was booked': a passive participle clause without subject is
    done to the subject of the clause it opens."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return []
    if any(c.dep_ in _SUBJECTS | {"aux", "auxpass", "dobj", "mark"} for c in verb.children):
        return []
    if verb.i > verb.head.i and not any(c.dep_ == "auxpass" for c in verb.head.children):
        return []  # 'We have seized X, arrested Y': a list of what the subject did
    return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _status(trigger: Token, verb: Token) -> str:
    for token in {trigger, verb}:
        children = list(token.children)
        if any(
            (c.dep_ == "neg" or c.lower_ in _NEGATIONS) and not _negates_modifier(c)
            for c in children
        ):
            return "negated"
    for token in (trigger, verb):
        children = list(token.children)
        if any(c.lower_ in _FUTURE_AUX for c in children):
            return "planned"
        if any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in children) and not any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in children
        ):
            return "planned"  # 'he could face charges', not 'he may have fired twice'
        if (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in children)
            and (token.head.i == token.i or token.head.pos_ not in {"VERB", "AUX"})
            and not _managed(token)
        ):
            return "planned"  # headline infinitive: 'China to hold talks'
        if (
            token.dep_ == "xcomp"
            and _bare_be(token.head)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        ):
            return "planned"  # 'X is to be sentenced in May', 'the leaders are to meet'
        if token.lemma_ in _words("planned_heads") and (
            token.i != trigger.i or any(c.dep_ == "xcomp" for c in children)
        ):
            return "planned"  # 'set to meet', 'headed to Beijing for talks'; not 'set fire'

        if token.head.lemma_ in _words("planned_heads") and token.dep_ in {
            "xcomp",
            "prep",
            "pobj",
            "advcl",
        }:
            return "planned"
        if token.tag_ == "VBG" and any(c.dep_ == "aux" and _lemma(c) == "be" for c in children):
            return "planned" if token.lemma_ in _words("planned_heads") else "ongoing"
        if _looked_forward_to(token):
            return "planned"  # 'she looks forward to visiting Pellton'
        if _permitted(token):
            return "planned"  # 'authorizes the Secretary to mobilize units'
    if _in_course(trigger):
        return "ongoing"  # 'are still in talks with X', 'remain locked in negotiations'
    if _scheduled(trigger) or _nearly_done(trigger):
        return "planned"
    return "planned" if _intended(verb) else "occurred"


def _scheduled(trigger: Token) -> bool:
    """'His sentencing is scheduled for May 3', 'the hearing is set for Friday': an event
    noun that is the subject of a verb of planning with the time it is planned for."""
    head = trigger.head
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in {"nsubj", "nsubjpass"}
        and head.lemma_ in _words("planned_heads")
        and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in head.children)
    )


def _nearly_done(trigger: Token) -> bool:
    """'X is close to signing with Y', 'near to agreeing a deal': not yet done."""
    prep = trigger.head
    return (
        trigger.dep_ == "pcomp"
        and prep.lower_ == "to"
        and prep.head.pos_ == "ADJ"
        and prep.head.lower_ in _words("nearness_words")
    )


def _looked_forward_to(token: Token) -> bool:
    """'we look forward to meeting X', 'looks forward to the talks': what one looks forward to
    is still ahead."""
    to = token.head
    if token.dep_ not in {"pcomp", "pobj"} or to.lower_ != "to" or to.dep_ != "prep":
        return False
    look = to.head
    return look.lemma_ == "look" and any(c.lower_ == "forward" for c in look.children)


def _permitted(token: Token) -> bool:
    """'authorizes the Secretary to coordinate with X and mobilize units', 'is authorized to
    call up reserves': what one is allowed to do is still to be done."""
    for _ in range(4):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return (
        token.dep_ == "xcomp"
        and token.head.lemma_ in _words("permission_verbs")
        and _to_infinitive(token)
    )


def _in_course(trigger: Token) -> bool:
    """'X is still in talks with Y', 'they remain locked in tense negotiations', 'X back in
    talks': talks after 'in' that the subject is, stays or is back in are under way ('was in
    talks' tells a past state)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return False
    if _noun_type(trigger) != "CONSULT":
        return False
    holder = trigger.head.head
    if holder.tag_ == "VBD":
        return False
    return holder.lemma_ in {"be", "remain", "stay", "lock"} or holder.lower_ in {"back", "still"}


def _negated_above(verb: Token) -> bool:
    """'I am not going to negotiate', 'they did not want to meet': an infinitive under a
    negated verb of will or plan tells of no happening ('not only agreed to meet' does)."""
    current = verb
    for _ in range(2):
        infinitive = _to_infinitive(current)
        if current.dep_ != "xcomp" or not infinitive or current.head.pos_ not in {"VERB", "AUX"}:
            return False
        current = current.head
        for c in current.children:
            if c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "only"):
                return True
    return False


def _negates_modifier(negation: Token) -> bool:
    """'a not guilty plea': the 'not' of a noun's adjective, not of the happening."""
    nxt = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return (
        negation.lower_ == "not"  # 'reached no formal agreement' is negated
        and negation.head.pos_ == "NOUN"
        and nxt is not None
        and nxt.dep_ == "amod"
        and nxt.head.i == negation.head.i
    )


def _intended(verb: Token) -> bool:
    """'planning to use a tunnel to capture soldiers', 'will travel to X to meet Y': an event
    in a chain of infinitives under a plan or a future is planned too."""
    current = verb
    for _ in range(3):
        infinitive = _to_infinitive(current)
        if current.dep_ not in {"xcomp", "advcl"} or not infinitive:
            return False
        current = current.head
        if current.lemma_ in _words("planned_heads"):
            return True
        if any(c.lower_ in _FUTURE_AUX for c in current.children):
            return True
    return False


def _location(trigger: Token, verb: Token) -> str | None:
    """The place a phrase of the trigger or its verb names ('arrested X in Ohio'), or the
    place of what a verb acts on ('looted a store in Toledo')."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.pos_ == "VERB" else []
    for token in (trigger, verb, *objects):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in _LOCATION_PREPOSITIONS:
                for place in prep.children:
                    if place.ent_type_ in {"GPE", "LOC", "FAC"}:
                        ent = next(e for e in place.doc.ents if e.start <= place.i < e.end)
                        return str(ent.text)
    return None


def _when(trigger: Token, verb: Token, dates: Sequence[Span]) -> Span | None:
    """A DATE entity of the trigger's sentence (`dates`) attached to the trigger, its governing
    verb, or the trigger's noun phrase."""
    anchors = {trigger.i, verb.i}
    for ent in dates:
        node = ent.root
        for _ in range(3):
            if node.head.i in anchors:
                return ent
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _dates_by_sentence(doc: Doc) -> tuple[list[int], dict[int, list[Span]]]:
    """Each token's sentence (by its first token) and each sentence's DATE and TIME entities,
    built once per doc: `token.sent` and `Span.ents` rescan the doc at every call."""
    sentence_of = [0] * len(doc)
    for sent in doc.sents:
        sentence_of[sent.start : sent.end] = [sent.start] * len(sent)
    dates: dict[int, list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ in {"DATE", "TIME"}:
            dates.setdefault(sentence_of[ent.start], []).append(ent)
    return sentence_of, dates


def _mentions(doc: Doc, resolve: Resolver, quoted: Sequence[CharSpan]) -> list[_Mention]:
    mentions: list[_Mention] = []
    sentence_of, dates = _dates_by_sentence(doc)
    for token in doc_tokens(doc):
        event_type = _trigger_type(token)
        if event_type is None or _inside(token, quoted) or _is_absorbed(token):
            continue
        if _reports(token) or _speech_object(token) or _press_inquiry(token):
            continue
        # a participle that only describes people ('fugitives detained by X') tells no
        # happening of its own, unless it heads a list of the people it was done to (where
        # the parse of a header often fails: kept if the list names people)
        tentative = _hypothetical(token) or _between_things(token, event_type, resolve)
        if tentative and not _list_header_clause(token):
            continue
        if _natural_force(token, event_type) or _accidental(token, event_type):
            continue
        if _fights_no_foe(token, event_type) or _game_move(token, event_type):
            continue
        # an attack condemned is done by others than those who condemn it
        verb = token if _stance_on_violence(token) else _governing_verb(token)
        actors = _actors(token, verb, resolve)
        targets = _targets(token, verb, resolve, actors)
        if _manner_phrase(token):
            # 'shall issue rules, in consultation with the Secretary': how another act is
            # done, no meeting; the parties consulted, resolved above, stay participants
            continue
        if (
            actors
            and _lexicon_symmetric(token)
            and token.lemma_.lower() in _lexicon()["object_kinds"]
        ):
            # 'X bought Y', 'X signed Y': both parties to the deal; with the buyer unnamed
            # ('his team will not sign Y') Y is only what the deal is about
            actors, targets = _unique([*actors, *targets]), []
        mentions.append(
            _Mention(
                event_type,
                token,
                actors,
                targets,
                _status(token, verb),
                _location(token, verb),
                _when(token, verb, dates.get(sentence_of[token.i], [])),
                _target_words(token),
                tentative=tentative,
            )
        )
        for designated in _further_designations(token, event_type):
            # 'designations of cartels as FTOs and fentanyl as a WMD': two policy acts
            last = mentions[-1]
            mentions.append(
                _Mention(
                    event_type,
                    designated,
                    list(last.actors),
                    [],
                    last.status,
                    last.location,
                    last.when,
                    frozenset({designated.lemma_.lower()}),
                    tentative=last.tentative,
                )
            )
    return mentions


def _further_designations(token: Token, event_type: str) -> list[Token]:
    """'designated cartels as terrorist groups and fentanyl as a weapon': each further 'as'
    phrase of one designation, after the thing it designates, is a designation of its own;
    the designated noun stands for it."""
    if event_type != "SANCTION" or token.lemma_.lower() not in {"designate", "designation"}:
        return []
    phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"]
    found = []
    for phrase in phrases[1:]:
        before = token.doc[phrase.i - 1]
        if before.dep_ == "conj" and before.is_alpha:
            found.append(before)
    return found


#: Endings of nouns for people: 'reporter', 'moralist', 'defendant', 'honoree', 'chairman'.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "ess")
#: Types done to a victim: a person, a body, or a physical thing (a building, a vessel).
_VICTIM_TYPES = {"ASSAULT", "COERCE"}


def _between_things(token: Token, event_type: str, resolve: Resolver) -> bool:
    """A PLOVER event is done by an agent to an agent or in the public domain: a verb whose
    subject is a thing ('the stock declined', 'the tapes captured X') or whose patient is no
    one it could be done to ('fought cancer', 'attacked the blaze', 'hosted the ceremony'),
    or a trigger that only qualifies a noun ('a shooting guard', 'hosting duties'), is none."""
    if (
        token.pos_ != "PROPN"
        and token.dep_ in {"compound", "amod"}
        and token.head.pos_ == "NOUN"
        and not _opens_item(token)
    ):
        return _noun_type(token.head) is None and token.head.lemma_.lower() not in _human_nouns()
    if token.pos_ != "VERB":
        return False
    patients = [_antecedent_of(c) for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    lexicon = _lexicon()
    gathers = token.lemma_.lower() in set(lexicon["gathering_verbs"])
    if event_type == "CONSULT" and gathers and patients:
        # 'hosted the talks' or 'hosted Peru', not 'hosted the awards ceremony'
        return not any(_agentive(p, resolve) or _noun_type(p) for p in patients)
    if event_type in _VICTIM_TYPES and patients and _verb_object_type(token) is None:
        living = token.lemma_.lower() in set(lexicon["living_patient"])
        if all(_no_victim(p, resolve, living) for p in patients):
            return True  # 'fought cancer', 'killed reform'; not 'set fire to the bank'
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    shared = _clause_subject(token) if subject is None else None
    if shared is not None and _unnamed_thing(shared):
        # 'Acme's stock rose before declining': a thing, however its owner is named
        return not _agentive(shared, resolve) or _owned_thing(shared, resolve)
    if subject is not None and _market_index(subject):
        return True  # 'the Nasdaq retreated', 'the index struck a ten-month high': a market
    if subject is None or _agentive(_antecedent_of(subject), resolve):
        return False
    if _noun_type(subject):
        return False  # 'the shooting killed one'
    # an instrument or a blast may kill people; nothing else acts
    return not (event_type == "ASSAULT" and any(_agentive(p, resolve) for p in patients))


def _market_index(noun: Token) -> bool:
    """'the Nasdaq', 'the FTSE 100', 'the Shanghai Composite Index', 'the Dow Jones Industrial
    Average': a stock index, whose moves are a market's, no one's act."""
    indices = _words("market_indices")
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "nmod"})]
    return any(w.lower_ in indices for w in words)


_FORCE_PREPOSITIONS = {"in", "during", "by", "after", "from"}
#: Lexicon classes of nouns for a cause that is no doer (`_force`).
_FORCE_CLASSES = ("natural_forces", "accidents", "deadly_substances")
_MEASURES = {"magnitude", "intensity", "strength", "force", "category", "size"}


def _natural_force(token: Token, event_type: str) -> bool:
    """'The quake struck the province', 'homes damaged by the storm', 'seven were injured in
    the flood', 'a tremor shook the town, injuring ten': an attack or a coercion whose doer is
    a hazard of nature is no PLOVER event. The doer is the subject of the trigger or of the
    clause it hangs from, a passive agent, or (with no subject) an 'in'/'by' phrase; 'it' that
    takes up the subject of the sentence before counts ('It flattened 300 homes')."""
    if event_type not in _VICTIM_TYPES or token.pos_ not in {"VERB", "PROPN"}:
        return False  # a title-cased headline verb is often parsed as a name
    verb = token
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subject is not None:
            return _force(subject) or (
                subject.lower_ == "it" and _force_above(subject.sent.start, token.doc)
            )
        # 'were killed and dozens injured in the quake': conjoined passives share the cause
        passives = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for child in (c for v in passives for c in v.children):
            doer = child.dep_ == "agent" or (
                child.dep_ == "prep" and child.lower_ in _FORCE_PREPOSITIONS
            )
            if doer and any(_force(g) for g in child.children if g.dep_ == "pobj"):
                return True
        if verb.dep_ in {"acl", "appos"}:
            return _force(verb.head)  # 'an earthquake killing ten', 'Quake Of 6.1 Strikes'
        if verb.dep_ not in {"conj", "advcl", "xcomp"} or any(
            c.dep_ == "nsubjpass" for c in verb.children
        ):
            return False
        verb = verb.head
    return False


#: Harms a mishap can do: being shot or stabbed is never one.
_HARMS = {"kill", "injure", "hurt"}


def _accidental(token: Token, event_type: str) -> bool:
    """'was killed after slipping and falling from a ridge', 'were injured when their bus
    overturned', 'was injured in a fall': a death or an injury told with a mishap as its
    cause, and no one who did it, is an accident, no attack."""
    if event_type != "ASSAULT" or token.lemma_.lower() not in _HARMS:
        return False  # 'was shot dead after he fell behind' is no mishap
    if any(c.dep_ in {"agent", "nsubj"} for c in token.children):
        return False
    accident_verbs = _words("accident_verbs")
    causes = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "after"
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    causes += [
        c
        for c in token.children
        if c.dep_ == "advcl" and any(g.lower_ in {"when", "after"} for g in c.children)
    ]
    causes += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ != "DATE"
    ]  # 'Climber Killed In Fall' (a headline noun may be tagged a name), 'injured in a fall
    # from a ladder'; not 'in the fall of 2008'
    return any(v.lemma_.lower() in accident_verbs for c in causes for v in (c, *c.conjuncts))


def _fights_no_foe(token: Token, event_type: str) -> bool:
    """'We will keep fighting to protect our towns', 'she fought for a raise', 'they
    fought back from 10-0 down': a verb of the lexicon's 'foe_verbs' is an attack only with a
    foe (an object, or one after 'against'/'with'/'between'), an ally ('alongside') or a war
    ('fought in the civil war'); without one it is an effort or a contest."""
    if event_type != "ASSAULT" or token.pos_ != "VERB":
        return False
    if token.lemma_.lower() not in _words("foe_verbs"):
        return False
    if token.dep_ in {"nsubj", "attr", "dobj", "pobj", "appos"}:
        return False  # 'the fighting spread': a noun for the fighting itself
    if any(c.dep_ in {"dobj", "nsubjpass", "expl"} for c in token.children):
        return False  # 'there has been fighting around the hospital' tells fighting itself
    if _objects_of(token, {"against", "with", "alongside", "between"}):
        return False  # 'fighting between the army and the rebels'
    wars = _words("war_nouns")
    settings = _objects_of(token, {"in", "during", "through", "throughout"})
    return not any(t.lemma_.lower() in wars for t in settings)  # 'fought in the civil war'


_GAME_MOVES = {"ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE"}


def _game_move(token: Token, event_type: str) -> bool:
    """'Ruiz intercepted the quarterback's pass', 'the Hawks rallied to tie the game', 'he
    floored Varga with a right hand in the fifth round': in a sentence that tells a sporting
    contest, an attack, a coercion, a protest, a threat or a mobilization is a move in the
    game. The sentence tells one when it has a word of the lexicon's 'game_words', a count
    of 'game_counts' ('180 yards', '23 points') or an ordinal round ('the fifth round')."""
    if event_type not in _GAME_MOVES:
        return False
    lemma = token.lemma_.lower()
    if lemma in _words("police_acts") or lemma in _words("not_game_moves"):
        return False  # 'arrested three days before the cup final'
    if lemma in _words("harm_passives") and any(c.dep_ == "auxpass" for c in token.children):
        return False  # 'whose season ended when he was shot'
    return _game_sentence(token.sent)


def _game_sentence(sentence: Span) -> bool:
    words, counts = _words("game_words"), _words("game_counts")
    for t in sentence:
        lower = t.lower_
        if lower in words or t.lemma_.lower() in words:
            return True
        if lower in counts and any(c.dep_ == "nummod" and c.text[0].isdigit() for c in t.children):
            return True  # '180 yards'; not 'at one point'
        if lower == "round" and any(c.ent_type_ == "ORDINAL" for c in t.children):
            return True
    return False


def _force(noun: Token) -> bool:
    """A hazard of nature ('the quake', 'a tropical storm'), not 'a wave of attacks'; a
    mishap ('the crash', 'the collision'); or a deadly substance ('opioids killing thousands',
    'fentanyl kills'): a cause, not a doer."""
    noun = _antecedent_of(noun)
    lemma = noun.lemma_.lower()
    if not any(lemma in _words(key) for key in _FORCE_CLASSES):
        return False
    what = [o for o in _objects_of(noun, {"of"}) if not o.like_num]
    return all(o.lemma_.lower() in _MEASURES for o in what)  # 'a quake of magnitude 6'


def _force_above(start: int, doc: Doc) -> bool:
    """The sentence before the one starting at token `start` has a hazard as its subject."""
    if start == 0:
        return False
    before = doc[start - 1].sent
    return any(t.dep_ in {"nsubj", "nsubjpass"} and _force(t) for t in before)


def _owned_thing(noun: Token, resolve: Resolver) -> bool:
    """A noun that names one who acts only through its possessor ('Acme's stock')."""
    lemma = noun.lemma_.lower()
    if noun.like_num or any(c.dep_ == "nummod" for c in noun.children):
        return False
    if lemma in _human_nouns() or lemma in _collective_nouns() or lemma in _body_nouns():
        return False
    if lemma in _words("quantity_nouns") or lemma.endswith(_AGENT_ENDINGS):
        return False
    return resolve(_span_of(noun)) is None


def _unnamed_thing(noun: Token) -> bool:
    """A common noun that is no event and has no name in it ('the Acme program' may act)."""
    if noun.pos_ != "NOUN" or _noun_type(noun):
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _clause_subject(verb: Token) -> Token | None:
    """'The stock rose before declining', 'the shares fell, recovering later': the subject a
    subjectless verb of a time clause or a conjunct shares with the verb above."""
    if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.dep_ not in {"pcomp", "conj"}:
        return None
    head = verb.head
    if head.pos_ == "ADP" and head.dep_ == "prep":
        head = head.head
    if head.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _antecedent_of(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause qualifies: 'a knee that he injured'."""
    if token.lower_ in {"which", "that", "who", "whom"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _agentive(noun: Token, resolve: Resolver) -> bool:
    """A phrase that can name one who acts or is acted on: a name, a pronoun, a count of
    people ('killed 10', 'five tourists'), a participant, a noun an agent owns, or a noun for
    people or bodies by the lexicon or by its ending ('reporter', 'defendant')."""
    if noun.ent_type_ in {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
        return False  # 'host the Academy Awards'
    if noun.pos_ in {"PROPN", "PRON", "NUM"} or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    lemma = noun.lemma_.lower()
    if lemma in _human_nouns() or lemma in _collective_nouns() or lemma in _body_nouns():
        return True
    if noun.like_num or any(c.dep_ == "nummod" for c in noun.children):
        return True
    if any(c.dep_ == "poss" and _agentive(c, resolve) for c in noun.children):
        return True  # 'Mexico's operation that captured X': done for Mexico
    if lemma in _words("quantity_nouns") and any(
        _agentive(o, resolve) for o in _objects_of(noun, {"of"})
    ):
        return True  # 'thousands of protesters', 'a handful of officers'
    return lemma.endswith(_AGENT_ENDINGS) or resolve(_span_of(noun)) is not None


def _no_victim(noun: Token, resolve: Resolver, living: bool) -> bool:
    """A patient no attack or coercion can be done to: anything but someone for a verb done
    to the living ('fought the production', 'killed reform', 'killed the deal', 'injured
    it'), or a noun of the lexicon's classes of things (an illness, a part of the body, a
    fire, a show)."""
    if living and noun.lower_ == "it":
        return True  # 'injured it against the Rovers': a knee or a thing, no one is 'it'
    if noun.pos_ != "NOUN":
        return False
    kind = _noun_type(noun)
    if kind:
        # 'killed the deal', 'killed the merger': a happening is not alive ('fought the war'
        # stays an attack)
        return living and kind not in _VICTIM_TYPES
    return noun.lemma_.lower() in _not_victims() or (living and not _agentive(noun, resolve))


@cache
def _not_victims() -> frozenset[str]:
    return frozenset(w for words in _lexicon()["not_victims"].values() for w in words)


@cache
def _collective_nouns() -> frozenset[str]:
    lexicon = _lexicon()
    return frozenset(
        [*(w for words in lexicon["collectives"].values() for w in words), *lexicon["actor_nouns"]]
    )


def _hypothetical(token: Token) -> bool:
    """'able to seize', 'enough to kill': an ability or a measure, not a happening; 'duties
    imposed on X' (a participle modifier) refers to an event told elsewhere."""
    if _under_non_event(token) or _obliged(token) or _asked(token) or _conditional(token):
        return True
    if _negated_above(token):
        return True  # 'I am not going to negotiate here': no happening at all
    if token.pos_ != "VERB":
        return False
    if (
        token.dep_ == "relcl"
        and token.tag_ in {"VBP", "VBZ"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)
        and not _document_name(token.head)
    ):
        # 'organizations that threaten communities': what they are, in general ('a
        # Memorandum that calls on agencies to do more' tells what the document does)
        return True
    if token.dep_ in {"xcomp", "advcl"} and token.head.pos_ in {"ADJ", "ADV"}:
        return not _managed(token)
    if token.dep_ == "xcomp" and any(c.lower_ == "enough" for c in token.head.subtree):
        return True
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_ in {"have", "be"}
        and any(c.lower_ == "yet" for c in token.head.children)
    ):
        return True  # 'has yet to sign', 'is yet to meet': it has not happened
    if (
        token.dep_ == "acl"
        and any(c.dep_ == "agent" for c in token.children)
        and (token.head.pos_ == "PROPN" or _human(token.head))
    ):
        return False  # 'criminals indicted by the United States': told of whom, by whom
    return token.dep_ == "acl" and token.tag_ == "VBN" and not _headline_passive(token)


def _managed(token: Token) -> bool:
    """'Officers were able to arrest him': an ability told in the past tense of one occasion
    is a thing done ('will be able to', 'was not able to', 'is able to' are not)."""
    able = token.head
    if token.dep_ != "xcomp" or able.lower_ != "able" or able.dep_ != "acomp":
        return False
    copula = able.head
    if copula.tag_ != "VBD" or copula.lemma_ != "be":
        return False
    return not any(c.lower_ in _NEGATIONS for c in (*copula.children, *able.children))


#: Subordinators of a clause that is as open as the question it is in ('if it refuses').
_OPEN_MARKS = {"if", "unless", "whether"}


def _asked(token: Token) -> bool:
    """'Will you ask China to stop?', 'Did China agree to curb exports?': what a question
    asks about is no happening, unless it is told in a clause of fact inside the question
    ('Since Canada imposed tariffs, will Mexico answer?', 'the firm that sued X')."""
    words = [t for t in token.sent if not (t.is_space or t.is_quote)]
    if not words or words[-1].text != "?":
        return False
    current = token
    while current.head.i != current.i:
        if current.dep_ == "relcl" or (
            current.dep_ == "advcl"
            and not any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in current.children)
        ):
            return False
        current = current.head
    return True


_CONDITIONS = {"if", "unless"}


def _conditional(token: Token) -> bool:
    """'If convicted, he faces life in prison', 'unless the talks resume, they will strike':
    what a condition supposes is no happening (the clause under 'if'/'unless', and the
    infinitives and conjuncts inside it)."""
    current = token
    for _ in range(3):
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in current.children
        ):
            return True
        if current.dep_ not in {"xcomp", "conj", "pcomp", "prep", "pobj"}:
            return False
        current = current.head
    return False


def _obliged(token: Token) -> bool:
    """'we must double down on this work', 'the Congress must act to invest': what someone
    must or should do is a call to act, not a happening."""
    current = token
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in current.children):
            return True
        if current.dep_ == "xcomp" and current.head.lemma_.lower() == "need":
            return True  # 'we need to encourage X to act': a need, not a happening
        if current.dep_ not in {"xcomp", "pcomp", "prep"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _under_non_event(token: Token) -> bool:
    """'failed to cooperate', 'failure to arrest', 'unlocking sanctions', 'enabling seizures':
    what was not done or is only made possible did not happen."""
    heads = _words("non_events")
    current = token
    for _ in range(4):
        # 'allows X to rescind', parsed as a clause with X its subject
        infinitive = current.dep_ == "ccomp" and _to_infinitive(current)
        climbs = current.dep_ in {"xcomp", "dobj", "pobj", "prep", "acl", "conj", "pcomp"}
        if not (climbs or infinitive):
            break
        if current.head.i == current.i:
            break
        current = current.head
        if current.lemma_.lower() in heads:
            return True
    return token.pos_ == "NOUN" and _in_arguments_of(token, heads)


def _in_arguments_of(token: Token, heads: frozenset[str]) -> bool:
    """'offered Smith, 31, a five-year contract worth $60 million': a noun however the
    parser hangs it under a verb's object ('contract' as an apposition of 'Smith' or under
    'worth'), with no verb between, belongs to that verb."""
    current = token
    for _ in range(4):
        if current.dep_ in _SUBJECTS or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current.lemma_.lower() in heads
    return False


def _speech_object(token: Token) -> bool:
    """'delivered the national statement': a trigger verb whose object is speech."""
    occasions = _occasions()
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in occasions and _noun_type(c) is None
        for c in token.children
    )


@cache
def _occasions() -> frozenset[str]:
    return frozenset(load_lexicon("speech")["occasion_heads"])


def _press_inquiry(token: Token) -> bool:
    """'Calls to Corvane Ltd were not answered', 'did not return a call seeking comment', 'was
    not returning messages': a reporter's call for comment is the reporting, not a talk."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _words("inquiry_nouns"):
        return False
    if any(c.dep_ == "poss" for c in token.children):
        return False  # 'answered the President's call': an appeal someone made
    if token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in _words(
        "inquiry_answers"
    ):
        return True
    return any(
        c.dep_ == "acl"
        and c.lemma_.lower() == "seek"
        and any(g.lower_ == "comment" for g in c.children)
        for c in token.children
    )


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
    if b.trigger.dep_ == "conj" and b.trigger.head.i == a.trigger.i and not _own_objects(a, b):
        return True  # 'indicted and sanctioned' X; not 'signed the Act, designated cartels'
    if _told_in_clause(a.trigger, b.trigger) or _told_in_clause(b.trigger, a.trigger):
        return True
    if _one_attacker(a, b):
        return True
    if a.target_words and b.target_words:
        # 'captured El Gato' and 'thanked the army for capturing El Gato': one capture;
        # the arrests of two different people are two.
        return bool(a.target_words & b.target_words) and not _other_doers(a, b)
    if _refers_back(a, b):
        return True  # 'hosted the inaugural meeting' ... 'X opened the meeting'
    left = _actor_keys(a)
    right = _actor_keys(b)
    if not right:
        # A mention without actors refers back only as a noun ('the Tuesday meeting', 'the
        # sanctions on X' after 'the EU ban'), or as the same verb on the same targets.
        if b.trigger.pos_ != "NOUN":
            # 'a gunman shot three people before a guard killed the gunman': two
            subjects_a, subjects_b = _subject_lemmas(a.trigger), _subject_lemmas(b.trigger)
            if subjects_a and subjects_b and not subjects_a & subjects_b:
                return False
            return a.trigger.lemma_ == b.trigger.lemma_ and not left and _same_targets(a, b)
        if not _target_keys(b) and not b.target_words:
            # 'the meeting' or 'talks' told again (its own time or amount may still set it
            # apart: _own_anchor_apart); not 'ongoing consultations' or 'violent attacks'
            return not _kind_told(b)
        return not (_target_keys(b) - _target_keys(a)) or (_definite(b) and not _target_keys(a))
    if not _same_stem(a.trigger, b.trigger):
        return False
    if not (_event_object(a.trigger) or _event_object(b.trigger)) and _object_of(a) != _object_of(
        b
    ):
        # 'provides $13 million in equipment' and 'provides $2.4 million in vehicles' by
        # the same actor are two happenings; 'talks' told twice is one. The event noun of
        # a light verb is the happening itself ('sentenced X', 'handed down the sentence').
        return False
    if left:
        return bool(left & right)
    # 'the Arrest of X' (no actor) and 'Mexico's arrest ... of Y': two arrests
    targets_a, targets_b = _target_keys(a), _target_keys(b)
    return not (targets_a and targets_b) or bool(targets_a & targets_b)


def _bare_plural(noun: Token) -> bool:
    """'held ongoing consultations', 'encouraged violent attacks': a plural event noun with
    no determiner or possessor, past the headline, tells happenings of a kind, no reference
    back to one told before."""
    if noun.tag_ != "NNS" or noun.sent.start == 0:
        return False
    return not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _kind_told(mention: _Mention) -> bool:
    """A bare plural event noun that names no one: happenings of a kind."""
    return not (mention.actors or mention.targets or mention.target_words) and _bare_plural(
        mention.trigger
    )


def _told_apart_by_content(a: _Mention, b: _Mention) -> bool:
    """'directed the Corvane ministry to review X' and 'directed the Telvora ministry to end
    Y': two instructions (or two stated pledges) with different contents, even to bodies
    whose names share a word."""
    lemmas = _words("instructing_verbs") | _words("stating_verbs")
    if not all(m.trigger.pos_ == "VERB" and m.trigger.lemma_.lower() in lemmas for m in (a, b)):
        return False
    return _object_of(a) != _object_of(b)


def _told_in_clause(noun: Token, verb: Token) -> bool:
    """'announced $9 million in grants that will be awarded by X' (or the clause parsed as a
    complement of 'announced'): the verb of the clause tells what happens to the noun in the
    object of the verb above it."""
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.dep_ not in {"ccomp", "relcl"}:
        return False
    if verb.dep_ == "relcl":
        return verb.head.i == noun.i
    above = verb
    for _ in range(3):  # 'announced $9 million in grants to help X will be awarded by Y'
        if above.dep_ not in {"ccomp", "xcomp", "advcl"}:
            return False
        above = above.head
        if any(
            c.dep_ == "dobj" and c.left_edge.i <= noun.i <= c.right_edge.i for c in above.children
        ):
            return True
    return False


def _one_attacker(a: _Mention, b: _Mention) -> bool:
    """'Kovac shot his manager, then fired at a clerk, killing her': the attacks one named
    person makes in an article are one happening (a spree), whoever each one hits; attacks
    are split by the one who makes them, not by victim. Attacks dated differently are two."""
    if a.event_type != "ASSAULT" or b.event_type != "ASSAULT":
        return False
    if a.when is not None and b.when is not None and a.when.text != b.when.text:
        return False  # 'shot a clerk on May 2' and 'killed the guard on May 9': two
    left = {p.name for p in a.actors if p.kind == "person"}
    right = {p.name for p in b.actors if p.kind == "person"}
    return bool(left & right) and len(a.actors) == len(left) and len(b.actors) == len(right)


def _stem(trigger: Token) -> str:
    """The verb a trigger's lemma comes from: 'received a briefing' and 'was briefed' tell
    one briefing. A light verb, or a verb typed by its object, takes its event noun's:
    'handed down the maximum sentence' is a 'sentence', 'imposed sanctions' a 'sanction'."""
    event_object = _event_object(trigger)
    if event_object is not None:
        trigger = event_object
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 6:
        return lemma[:-3]
    return lemma


def _event_object(verb: Token) -> Token | None:
    """The event noun a light verb, or a verb that is no trigger by itself, is told with:
    'held talks', 'handed down a sentence'."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _words("light_verbs") and lemma in _lexicon()["verbs"]:
        return None
    nouns = _lexicon()["nouns"]
    # 'carried out around 100 attacks' counts happenings of a kind, not one told again
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in nouns
            and not any(g.dep_ == "nummod" for g in c.children)
        ),
        None,
    )


#: Endings that make a noun of a verb: 'designat-ion', 'resign-ation', 'agree-ment'.
_NOMINAL_ENDINGS = ("ation", "ion", "ment", "ure", "al")


def _same_stem(a: Token, b: Token) -> bool:
    """Two triggers told with one verb, as a verb or its noun: 'designated' and 'the
    designation', 'resigns' and 'his resignation', 'sentenced' and 'handed down a
    sentence'."""
    left, right = _stem(a), _stem(b)
    if left == right:
        return True
    short, long = sorted((left, right), key=len)
    bases = {short, short.removesuffix("e")}
    if len(short) <= 3 or not any(long == base + end for base in bases for end in _NOMINAL_ENDINGS):
        return False
    # 'our defense cooperation' names a kind of its own, not what 'will cooperate on X' tells
    return not any(
        c.dep_ == "compound" and c.pos_ == "NOUN"
        for t in (a, b)
        if t.pos_ == "NOUN"
        for c in t.children
    )


def _own_objects(a: _Mention, b: _Mention) -> bool:
    """Conjoined verbs that each have a different direct object act on different things."""
    left = {c.lemma_.lower() for c in a.trigger.children if c.dep_ == "dobj"}
    right = {c.lemma_.lower() for c in b.trigger.children if c.dep_ == "dobj"}
    return bool(left and right) and not left & right


def _refers_back(a: _Mention, b: _Mention) -> bool:
    """A definite event noun without its own actor or named target ('the meeting') names the
    happening told before under the same noun, whoever the clause makes act in it."""
    noun = b.trigger
    if noun.pos_ != "NOUN" or not _same_stem(a.trigger, noun):
        return False  # 'designated X' ... 'the designation', whoever announced it
    return _definite(b) and not _own_actor_modifiers(noun) and not b.target_words


def _told_again(group: list[_Mention], mention: _Mention) -> bool:
    """'the Canada tariffs' after 'a tariff on Canada': a definite event noun whose named
    modifiers are all parties of a happening of its type told before refers back to it."""
    if mention.trigger.pos_ != "NOUN" or not _definite(mention):
        return False
    own = _actor_keys(mention)
    parties = {p.name for m in group for p in (*m.actors, *m.targets)}
    return group[0].event_type == mention.event_type and bool(own) and own <= parties


def _framed_by(group: list[_Mention], mention: _Mention) -> bool:
    """'killed 40 people during an attack on a school', 'arrested in a raid': an event noun in
    a prepositional phrase, or a participle clause, of a verb of the same type tells the same
    happening."""
    for other in group:
        if other.event_type != mention.event_type:
            continue
        for inner, verb in ((mention.trigger, other.trigger), (other.trigger, mention.trigger)):
            if inner.pos_ == "NOUN" and inner.dep_ == "pobj" and inner.head.head.i == verb.i:
                return True
            if inner.tag_ == "VBG" and inner.dep_ == "advcl" and inner.head.i == verb.i:
                return True  # 'convenes the summit, bringing together partners'
    return False


def _shares_named_target(group: list[_Mention], mention: _Mention) -> bool:
    """A mention of the same type naming a target of any mention of the group. Acts done to
    a victim ('shot X', 'X was gunned down') are one happening whoever is named as doing
    them, and a victim named by a pronoun counts; other acts on one target by different
    named actors ('Smith calls on Congress', 'the Administration urges Congress') are
    two."""
    for m in group:
        if m.event_type != mention.event_type:
            continue
        if mention.event_type in _VICTIM_TYPES:
            if m.target_words & mention.target_words or _shares_victim(m, mention):
                return True
            if _unnamed_victim_of(m, mention) or _unnamed_victim_of(mention, m):
                return True
            continue
        if m.target_words & mention.target_words and not _other_doers(m, mention):
            return True
    return False


def _unnamed_victim_of(a: _Mention, b: _Mention) -> bool:
    """'the death of their boss, who was gunned down' and 'Kowalski ... he was gunned down': the
    same verb, no one named doing either, done to someone the first tells only by a
    possessed noun ('their boss', 'his wife') and the second names: one happening."""
    if a.actors or b.actors or a.targets or not _same_stem(a.trigger, b.trigger):
        return False
    if not any(t.kind == "person" for t in b.targets):
        return False
    victims = [c for c in a.trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        v.pos_ == "NOUN" and v.tag_ == "NN" and any(c.dep_ == "poss" for c in v.children)
        for v in (_antecedent_of(c) for c in victims)
    )


def _other_doers(a: _Mention, b: _Mention) -> bool:
    """'Smith calls on Congress' and 'the Administration urges Congress': a request, a
    stance or a meeting told of other named actors is another happening, though done to the
    same target; an attack, an arrest or a sanction is told of whoever the text names."""
    if a.event_type in _VICTIM_TYPES | _DONE_TO_PEOPLE:
        return False
    left, right = _actor_keys(a), _actor_keys(b)
    return bool(left and right) and not left & right


def _shares_victim(a: _Mention, b: _Mention) -> bool:
    """Both mentions are done to one named person, however each names them ('Kowalski was shot',
    'he was gunned down'), and no actor told of one is another than the other's."""
    victims = {t.name for t in a.targets if t.kind == "person"}
    victims &= {t.name for t in b.targets if t.kind == "person"}
    left, right = _actor_keys(a), _actor_keys(b)
    return bool(victims) and not (left and right and not left & right)


def _same_targets(a: _Mention, b: _Mention) -> bool:
    return _target_keys(a) == _target_keys(b)


def _definite(mention: _Mention) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in mention.trigger.children)


def _target_words(trigger: Token) -> frozenset[str]:
    """Names in the trigger's objects, appositions included: 'captured Juan Perez ("El
    Gato")' shares 'gato' with 'capturing El Gato'. Country names are left out: many
    happenings target one country."""
    return frozenset(word for o in _object_tokens(trigger) for word in _name_words(o))


def _object_tokens(trigger: Token) -> list[Token]:
    """The trigger's objects: direct, passive subject, object of a target preposition. Nouns
    share them with their conjuncts: 'the arrest and extradition of X'. 'At X's direction'
    or 'at the request of X' tells who set the act going, not whom it is done to."""
    heads = [trigger, *trigger.conjuncts] if trigger.pos_ == "NOUN" else [trigger]
    objects = [c for h in heads for c in h.children if c.dep_ in _OBJECTS or c.dep_ == "nsubjpass"]
    # 'arrested him hours later': a pronoun the parser took for an indirect object
    objects += [c for c in trigger.children if c.dep_ == "dative" and c.pos_ == "PRON"]
    # 'ordered him held': the one the ordered state is for, the subject of a participle
    objects += [
        g
        for c in trigger.children
        if c.dep_ in {"ccomp", "xcomp"} and _ordered_state(c) and c.i > trigger.i
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    objects += [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in _TARGET_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() not in _words("instigation_nouns")
    ]
    return objects


def _name_words(token: Token, depth: int = 0) -> set[str]:
    """The proper-noun words naming a phrase: its head, compounds and appositions. A title
    before a name ('Senators Whitcombe and Perez') is no word of the name."""
    compounds = [c for c in token.children if c.dep_ in {"compound", "flat"}]
    if token.ent_type_:
        compounds = [c for c in compounds if c.ent_type_]
    words = {
        t.lower_
        for t in (token, *compounds)
        if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_TARGET_NAMES
    }
    if depth == 0:
        for child in token.children:
            if child.dep_ == "appos":
                words |= _name_words(child, 1)
    return words


def _object_of(mention: _Mention) -> str | None:
    """What the trigger acts on, or the content it commits to: 'agreed to coordinate' and
    'agreed to utilize' are two agreements."""
    for dep in ("dobj", "attr", "xcomp"):
        for child in mention.trigger.children:
            if child.dep_ == dep:
                if dep != "xcomp":
                    return child.lemma_.lower() + _content_of(mention.trigger, child)
                # 'committed to work jointly to tackle X' and 'committed to work with Y
                # to mobilize Z': the content's own object or purpose tells them apart
                inner = sorted(
                    c.lemma_.lower()
                    for c in child.children
                    if c.dep_ in {"dobj", "xcomp", "advcl"} and c.pos_ in {"NOUN", "VERB"}
                )
                return " ".join([child.lemma_.lower(), *inner])
    for child in mention.trigger.children:
        # 'commit to developing a report' and 'commit to increasing collaboration': the
        # gerund a pledge is made to tells two pledges apart
        if child.dep_ == "prep" and child.lower_ == "to":
            for gerund in child.children:
                if gerund.dep_ in {"pcomp", "pobj"}:
                    inner = sorted(
                        c.lemma_.lower()
                        for c in gerund.children
                        if c.dep_ == "dobj" or (c.dep_ == "amod" and c.tag_ == "VBG")
                    )
                    return " ".join(["to", gerund.lemma_.lower(), *inner])
    return None


def _content_of(verb: Token, obj: Token) -> str:
    """'expressed their commitment to fight X' and 'expressed their commitment to support Y',
    'instructed their teams to draft X' and 'instructed their teams to expand Y': what a
    stated pledge or an instruction is about tells two of them apart."""
    lemma = verb.lemma_.lower()
    if lemma in _words("stating_verbs"):
        found = [c for c in obj.children if c.dep_ == "acl" and _to_infinitive(c)]
    elif lemma in _words("instructing_verbs"):
        found = [
            c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and _to_infinitive(c)
        ]
    else:
        return ""
    inner = [g for c in found for g in c.children if g.dep_ in {"dobj", "xcomp", "prep"}]
    return "".join(f" {t.lemma_.lower()}" for t in [*found, *inner])


def _target_keys(mention: _Mention) -> set[str]:
    return {target.name for target in mention.targets}


def _actor_keys(mention: _Mention) -> set[str]:
    keys: set[str] = set()
    for actor in mention.actors:
        keys.add(actor.name)
        if actor.affiliation and actor.kind == "group":
            keys.add(actor.affiliation)
    return keys


class _Context:
    """A resolver that also resolves pronouns and collectives, with an index of who the text
    names sentence by sentence, built lazily once per sentence. 'I'/'we' in a statement are its
    author ('Statement from President X'); 'he'/'it'/'they' are the subject of a clause above
    ('The PRC said that it had ...') or else the participants told in the sentences before,
    their subjects first ('Finer traveled to Nigeria. He met ...'); 'both leaders', 'the three
    countries' are the participants of a fitting kind told just before."""

    def __init__(self, doc: Doc, resolve: Resolver) -> None:
        self.doc = doc
        self.resolve = resolve
        self.author = _author_span(doc)
        self.government = _government_span(doc, self.author)
        self.sents = list(doc.sents)
        self.sent_of = {s.start: k for k, s in enumerate(self.sents)}
        self._told: dict[int, tuple[list[Participant], list[Participant]]] = {}
        self._reporters: dict[int, list[Participant]] = {}
        self._joint: dict[int, set[str]] = {}
        self._aliases: dict[str, Participant | None] | None = None
        self._titles: dict[str, Participant | None] | None = None
        self._turns: tuple[list[int], list[str]] | None = None
        self._author: Participant | None = None
        self._author_known = False
        self._police: list[Participant] | None = None
        self._genders: dict[str, str] | None = None
        self._roles: dict[int, tuple[list[Participant], list[Participant]]] = {}
        self._joint_parties: list[Participant] | None = None

    def __call__(self, span: CharSpan) -> Participant | None:
        phrase = self.doc.char_span(span[0], span[1])
        if self.government and phrase is not None and _bare_administration(phrase):
            return self.resolve(span) or self.resolve(self.government)
        if phrase is not None and _own_administration(phrase):
            # 'My Administration has designated ...': the author acts through it (the
            # 'Corvane Food Administration' the text also names is an agency, not his)
            found = self.resolve(span)
            if found is not None and _agency_name(found.name, self.doc):
                found = self.resolve(self.government) if self.government else None
            return found or self.first_person(phrase.start_char, plural=True)
        titled = self.titled(phrase)
        if titled is not None:
            return titled
        if phrase is None or len(phrase) != 1 or phrase[0].pos_ != "PRON":
            return self.retitled(
                phrase,
                self.same_group(phrase)
                or self.resolve(span)
                or self.alias(phrase)
                or self.by_head_noun(phrase)
                or self.described(phrase),
            )
        pronoun = phrase[0]
        if pronoun.lower_ in _FIRST_PERSON:
            we = pronoun.lower_ in {"we", "us", "our"}
            found = self.first_person(pronoun.idx, plural=_told_we(pronoun), we=we)
            if found is None and pronoun.lower_ == "i" and self.turn(pronoun.idx) != "Q":
                # 'Upon taking office, I designated ...' in an unsigned message of an office:
                # the holder the participants took 'I' for
                found = self.resolve(span)
            return found
        if pronoun.lower_ in _THIRD_PERSON:
            found = _antecedent(pronoun, self.resolve) or self.before_in_sentence(pronoun)
            if found is not None and not self.agrees(pronoun, found):
                found = None  # 'he' is not a woman the text marks as one
            if found is None and _things_above(pronoun, self.resolve):
                return None  # 'bonds slumped on fears that ... bailouts to them': the bonds
            return found or next(iter(self.referents(pronoun)), None)
        return None

    def police(self) -> list[Participant]:
        """The police force the article names ('police said', 'the Sheriff's Department',
        'NYPD'), when it names one force: 'Police' (police named only as such) before a
        named force when both are told; none when several named forces are."""
        if self._police is None:
            words = _words("police_words")
            forces: list[Participant] = []
            for token in doc_tokens(self.doc):
                if _bare_word(token.text) not in words:
                    continue
                found = self.resolve(_span_of(token))
                if found is not None and found.kind in {"organization", "group"}:
                    if found in forces:
                        continue
                    names = [found.name, *found.aliases]
                    held = {_bare_word(w) for n in names for w in n.split()}
                    if held & words and not held & _words("police_members"):
                        forces.append(found)
            plain = [p for p in forces if p.name.lower() == "police"]
            self._police = plain or (forces if len(forces) == 1 else [])
        return self._police

    def first_person(self, at: int, plural: bool = False, we: bool = False) -> Participant | None:
        """Who says 'I' and 'we' at a place: the author of a statement, or in a transcript of
        remarks the speaker whose turn it is ('PRESIDENT GHANI: ...'); a reporter's question
        ('Q ...') is no one's the text names. In a text or briefing without a known author,
        'we' that tells what was done ('SENIOR ADMINISTRATION OFFICIAL: We signed ...', 'My
        Administration has ...') outside a named speaker's turn is the government the text
        names: its Administration, else the United States; in a named speaker's turn, 'I' and
        that 'we' are the speaker."""
        if not self._author_known:
            self._author_known = True
            self._author = self.resolve(self.author) if self.author else None
        author = self._author
        label = self.turn(at)
        if author is None:
            if label == "Q" or (we and not plural):
                return None  # 'we will share that', 'we look forward to working with'
            found = self.labelled(label) if label is not None else None
            return found if found is not None or not plural else self.home()
        if label is None or label.startswith("THE "):  # 'THE PRESIDENT:': the author
            return author
        found = self.labelled(label)
        if found is not None:
            return found
        return None if self.transcript() else author

    def home(self) -> Participant | None:
        """The government a briefing speaks for: 'the Smith-Lee Administration' when the
        text names it, else the United States when it is a participant."""
        found = self.resolve(self.government) if self.government else None
        if found is None:
            found = self.aliases().get("united states")
        return found if found is not None and found.kind != "location" else None

    def labelled(self, label: str) -> Participant | None:
        """The person a turn label names by surname: 'PRESIDENT GHANI', 'MS. JEAN-PIERRE'."""
        surname = label.split()[-1].lower()
        found = self.aliases().get(surname)
        if found is None or found.kind != "person":
            return None
        return found if found.name.split()[-1].lower() == surname else None

    def transcript(self) -> bool:
        """Whether the text is a transcript: a turn of a question or of a named speaker."""
        self.turn(0)
        labels = self._turns[1] if self._turns else []
        return any(label == "Q" or self.labelled(label) for label in labels)

    def turn(self, at: int) -> str | None:
        """The speaker label of the transcript turn that holds a place, if any: 'Q', or the
        upper-case name before a colon that opens a paragraph."""
        if self._turns is None:
            found = [
                (m.start(), m.group(1) or "Q")
                for m in _TURN.finditer(doc_text(self.doc))
                if m.group(1) is None or len(m.group(1).split()) < 6
            ]
            self._turns = ([k for k, _ in found], [label for _, label in found])
        starts, labels = self._turns
        k = bisect.bisect_right(starts, at) - 1
        return labels[k] if k >= 0 else None

    def speaker(self, at: int = 0) -> list[Participant]:
        """The author of a statement, who says 'I' and 'we'."""
        found = self.first_person(at) if self.author else None
        if found is None and not (self.author and self.turn(at) == "Q"):
            found = self.president()
        return [found] if found is not None else []

    def president(self) -> Participant | None:
        """'the President signed ... Thank you to X': a release that names no author speaks
        for the President it tells of ('the President', not 'the President of the Senate')."""
        for token in doc_tokens(self.doc):
            if token.lower_ != "president" or token.pos_ != "PROPN" or token.i == 0:
                continue
            after = self.doc[token.i + 1].lower_ if token.i + 1 < len(self.doc) else ""
            if self.doc[token.i - 1].lower_ != "the" or after == "of":
                continue
            found = self.resolve(_span_of(token))
            if found is not None and found.kind == "person":
                return found
        return None

    def alias(self, phrase: Span | None) -> Participant | None:
        """A name the participants do not cover at this place ('Marta Kowalski Heads ...' in a
        headline) is the participant another mention of the same name resolves to; a surname
        alone ('Kowalski') the one person whose name ends with it."""
        if phrase is None:
            return None
        names = [t for t in phrase if _name_like(t) and t.ent_type_ not in _NOT_ACTORS]
        if not names:
            return self.opening_surname(phrase) or self.demonym(phrase)
        if _names_modify_a_thing(phrase, names):
            return None
        aliases = self.aliases()
        text = " ".join(t.text for t in names)
        found = aliases.get(text.lower()) or aliases.get(names[-1].lower_)
        country = canon.country_of_word(text) if found is None else None
        return aliases.get(country.lower()) if country else found

    def demonym(self, phrase: Span) -> Participant | None:
        """'the Ostravan attack', 'Telvoran aid': a nationality adjective alone names the
        country the participants hold under that name (none is added)."""
        if len(phrase) != 1 or phrase[0].pos_ != "ADJ" or phrase[0].ent_type_ != "NORP":
            return None
        word = phrase[0]
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if word.ent_iob_ != "B" or (after is not None and after.ent_iob_ == "I"):
            return None  # 'North American', 'Latin American': a region's, no country's
        country = canon.demonym_country(phrase[0].text)
        found = self.aliases().get(country.lower()) if country else None
        return found if found is not None and found.kind == "country" else None

    def opening_surname(self, phrase: Span) -> Participant | None:
        """'Whitcombe stood up and objected': a capitalized word that opens a sentence, which
        the tagger took for a common noun, is the one person the text names elsewhere by that
        surname (not a body or a group: 'Officials said')."""
        if len(phrase) != 1:
            return None
        word = phrase[0]
        if word.pos_ != "NOUN" or word.i != word.sent.start or not word.text[:1].isupper():
            return None
        found = self.aliases().get(word.lower_)
        return found if found is not None and found.kind == "person" else None

    def aliases(self) -> dict[str, Participant | None]:
        """Every form the text names a participant by, lower-cased, to that participant."""
        if self._aliases is None:
            self._aliases = {}
            for ent in self.doc.ents:
                if ent.label_ in _NOT_ACTORS:
                    continue
                found = self.resolve((ent.start_char, ent.end_char))
                if found is not None:
                    self._aliases.setdefault(ent.text.lower(), found)
                    self._aliases.setdefault(found.name.lower(), found)
                    for form in found.aliases:  # 'INL' for the Bureau named in full
                        self._aliases.setdefault(form.lower(), found)
                    if found.kind == "person":
                        last = found.name.split()[-1].lower()
                        self._aliases[last] = (
                            None if self._aliases.get(last, found) != found else found
                        )
        return self._aliases

    def by_head_noun(self, phrase: Span | None) -> Participant | None:
        """'the bureau' after 'the Federal Bureau of Investigation', 'the ministry': a definite
        noun for a body names the one organization whose name holds that word."""
        if phrase is None:
            return None
        words = [t for t in phrase if not (t.is_punct or t.is_space or t.tag_ == "POS")]
        if len(words) != 2 or words[0].lower_ not in {"the", "this"}:
            return None
        noun = words[1]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _body_nouns():
            return None
        bodies = {
            p.name: p
            for p in self.aliases().values()
            if p is not None
            and p.kind == "organization"
            and noun.lemma_.lower() in p.name.lower().replace(",", " ").split()
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def same_group(self, phrase: Span | None) -> Participant | None:
        """'the officials', 'the protesters': a definite plural names the group of people
        told just before under the same noun ('Chinese officials met ... The officials
        agreed'), the main subject of a sentence first."""
        if phrase is None:
            return None
        words = [t for t in phrase if not (t.is_punct or t.is_space)]
        if len(words) != 2 or words[0].lower_ not in {"the", "these", "those"}:
            return None
        noun = words[1]
        if noun.tag_ != "NNS" or noun.ent_type_:
            return None
        lemma = noun.lemma_.lower()

        def fits(p: Participant) -> bool:
            last = p.name.lower().split()[-1] if p.name else ""
            return p.kind == "group" and (last == noun.lower_ or singular(last) == lemma)

        k = self.sent_of.get(noun.sent.start, 0)
        own = [
            p
            for p in self.told(k)[1]
            if fits(p) and any(m[1] <= phrase.start_char for m in p.mentions)
        ]
        if own:
            return own[-1]
        for j in self.before(k):
            subjects, named = self.told(j)
            fitting = [p for p in subjects if fits(p)] or [p for p in named if fits(p)]
            if fitting:
                return fitting[0]
        return None

    def described(self, phrase: Span | None) -> Participant | None:
        """'The company', 'the agency', 'the group', 'the new carmaker': a definite description
        of a body names the participant of a fitting kind told before it: the one its own
        sentence names before it, else the main subject of one of the three sentences before,
        else the one of those sentences told most often; never one its own sentence names
        after it ('the company will honor SeaMicro's ties'). A description with a noun modifier
        ('the computer maker') names only the one participant whose name holds the modifier."""
        if phrase is None:
            return None
        words = [t for t in phrase if not (t.is_punct or t.is_space or t.tag_ == "POS")]
        if len(words) < 2 or words[0].lower_ not in {"the", "this", "that"}:
            return None
        noun = words[-1]
        kinds = _description_kinds().get(noun.lemma_.lower())
        if kinds is None or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return None
        if any(t.pos_ not in {"ADJ", "NOUN"} or t.ent_type_ for t in words[1:-1]):
            return None  # 'the Apple company' names its own
        modifiers = {t.lower_ for t in words[1:-1] if t.pos_ == "NOUN"}
        if modifiers:  # 'the computer maker': the one whose name holds the modifier
            holders = {
                p.name: p
                for p in self.aliases().values()
                if p is not None and p.kind in kinds and modifiers & set(p.name.lower().split())
            }
            # else no one: 'this special working group' is a body of its own
            return next(iter(holders.values())) if len(holders) == 1 else None
        sent = noun.sent
        k = self.sent_of.get(sent.start, 0)

        def told_in(p: Participant, start: int, end: int) -> bool:
            return any(start <= m[0] and m[1] <= end for m in p.mentions)

        own = [p for p in self.told(k)[1] if p.kind in kinds]
        later = [p for p in own if told_in(p, phrase.end_char, sent.end_char)]
        before = [p for p in own if told_in(p, sent.start_char, phrase.start_char)]
        if len(before) == 1 and before[0] not in later:
            return before[0]  # 'After Acme's shares fell, the company said'
        window: list[Participant] = []
        for j in self.before(k):
            subjects, named = self.told(j)
            fitting = [p for p in subjects if p.kind in kinds and p not in later]
            if fitting:
                return fitting[0]  # the main subject of a sentence before
            window += [p for p in named if p.kind in kinds and p not in later and p not in window]
        if not window:
            return None
        # else the one told most often before it ('honor SeaMicro's ties', not SeaMicro)
        counts = [sum(m[1] <= phrase.start_char for m in p.mentions) for p in window]
        return window[counts.index(max(counts))]

    def titled(self, phrase: Span | None) -> Participant | None:
        """'the Second Gentleman' after 'Second Gentleman John Smith': a title alone, as a
        subject, names the one person the text gives that title before a name ('Assistant to
        the President' is a title, not the President); a title cut at 'of' ('Chief of Police
        X') is not: 'police' alone are the force; after a nationality word ('the Telvoran
        President') it names only a person of that country."""
        if phrase is None or not 0 < len(phrase) < 6 or phrase[-1].dep_ not in _SUBJECTS:
            return None
        if any(t.ent_type_ == "PERSON" for t in phrase):
            return None
        if self._titles is None:
            self._titles = {}
            for ent in self.doc.ents:
                if ent.label_ != "PERSON":
                    continue
                start = ent.start
                while start > 0 and _title_word(self.doc[start - 1]):
                    start -= 1
                if start == ent.start or _cut_title(self.doc, start):
                    continue
                key = _title_key(self.doc[start : ent.start])
                person = self.resolve((ent.start_char, ent.end_char)) if key else None
                if person is not None and person.kind == "person":
                    known = self._titles.setdefault(key, person)
                    self._titles[key] = known if known is person else None
        country = _title_country(phrase[-1])
        if country is not None:
            return self.titled_of(phrase, country)
        key = _title_key(phrase) if self._titles else ""
        return self._titles.get(key) if key else None

    def retitled(self, phrase: Span | None, found: Participant | None) -> Participant | None:
        """'President Whitcombe' after 'President Dana Whitcombe and First Lady Marisol
        Whitcombe': a title and a surname two people share name the one who holds that title,
        not the one the surname was last given to."""
        if phrase is None or found is None or found.kind != "person":
            return found
        words = [t for t in phrase if t.dep_ != "det" and t.lower_ not in _HONORIFICS]
        title = list(itertools.takewhile(_title_word, words))
        if not title or len(title) == len(words) or words[-1].ent_type_ != "PERSON":
            return found
        key = _title_key(phrase[title[0].i - phrase.start : title[-1].i - phrase.start + 1])
        held = (found.title or "").lower()
        if not key or held.endswith(key):
            return found
        surname = words[-1].lower_
        others = {
            p.name: p
            for p in self.aliases().values()
            if p is not None
            and p.kind == "person"
            and p != found
            and p.name.split()[-1].lower() == surname
            and (p.title or "").lower().endswith(key)
        }
        return next(iter(others.values())) if len(others) == 1 else found

    def titled_of(self, phrase: Span, country: str) -> Participant | None:
        """'the Telvoran President' after 'President Dana Roe' names Roe only when the text
        ties her to Telvora: the one person of that country who holds the title."""
        key = _title_key(phrase[-1:])
        if not key:
            return None
        people = {
            p.name: p for p in self.aliases().values() if p is not None and p.kind == "person"
        }
        found = [
            p
            for p in people.values()
            if p.affiliation == country and p.title and p.title.lower().endswith(key)
        ]
        return found[0] if len(found) == 1 else None

    def agrees(self, pronoun: Token, participant: Participant) -> bool:
        """Whether a person may stand for a pronoun: not when the text marks the person as of
        the other gender ('Mr. X', 'X ... his car' is no 'she')."""
        gender = word_gender(pronoun.lower_)
        if gender is None or participant.kind != "person":
            return True
        return self.genders().get(participant.name, gender) == gender

    def genders(self) -> dict[str, str]:
        """'f' or 'm' for each person the text marks: an honorific before a mention ('Mrs.'),
        a noun in apposition ('X, a woman'), a possessive or reflexive pronoun of the clause a
        mention is the subject of ('X drove his car'), or a subject 'he' or 'she' right after a
        sentence whose subject is the person's name."""
        if self._genders is None:
            marks: dict[str, set[str]] = {}
            for person in {p.name: p for p in self.aliases().values() if p is not None}.values():
                if person.kind != "person":
                    continue
                for start, end in person.mentions:
                    mention = self.doc.char_span(start, end, alignment_mode="expand")
                    gender = mention_gender(mention) if mention is not None else None
                    if gender is not None:
                        marks.setdefault(person.name, set()).add(gender)
            for k, sent in enumerate(self.sents[1:], start=1):
                # 'X was arrested. He ...': a subject 'he' after a sentence whose subject is
                # a name (only names the participants already hold)
                pronoun = next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
                if pronoun is None or pronoun.lower_ not in {"he", "she"}:
                    continue  # 'The man died': a noun subject marks no one named before
                gender = word_gender(pronoun.lower_)
                if sent.root.lemma_.lower() in _reporting_verbs():
                    continue  # 'She said ...': the one who speaks on, mostly someone else
                before = self.sents[k - 1].root
                named = [c for c in before.children if c.dep_ in _SUBJECTS and c.pos_ == "PROPN"]
                subject = _named_head(named[0], self.resolve) if gender and named else None
                if subject is not None and subject.kind == "person":
                    marks.setdefault(subject.name, set()).add(str(gender))
            self._genders = {n: next(iter(g)) for n, g in marks.items() if len(g) == 1}
        return self._genders

    def before_in_sentence(self, pronoun: Token) -> Participant | None:
        """'Officials at the school, where X is principal, said he was arrested': with no
        fitting subject above it, 'he' is the one person its own sentence names before it."""
        if pronoun.lower_ not in _PERSONAL:
            return None
        found: list[Participant] = []
        for token in pronoun.sent:
            if token.i >= pronoun.i:
                break
            if token.pos_ != "PROPN" or token.dep_ in {"compound", "flat"}:
                continue
            person = _named_head(token, self.resolve)
            if person is not None and person.kind == "person" and person not in found:
                found.append(person)
        return found[0] if len(found) == 1 else None

    def before(self, k: int, count: int = 3) -> list[int]:
        """The sentences before sentence k, nearest first, up to `count` that hold a word: the
        parse leaves the closing mark of a quotation as a sentence of its own, which tells no
        one ('"Let's go," Whitcombe said.' / '"' / 'He said ...')."""
        found: list[int] = []
        for j in range(k - 1, -1, -1):
            if len(found) == count or k - j > 2 * count:
                break
            if any(t.is_alpha for t in self.sents[j]):
                found.append(j)
        return found

    def told(self, k: int) -> tuple[list[Participant], list[Participant]]:
        """The participants sentence k names: those of its main subject, and all, in order."""
        if k not in self._told:
            self._told[k] = ([], [])  # a pronoun subject looks only at sentences before
            sent = self.sents[k]
            subjects: list[Participant] = []
            joint: set[str] = set()
            main = _main_clause(sent.root)
            # the reporter of a report told after its content is no referent
            reporter = {
                t.i
                for c in sent.root.children
                if main.i != sent.root.i and c.dep_ == "nsubj"
                for t in c.subtree
            }
            for child in main.children:
                if child.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                if child.pos_ == "PRON":
                    subjects += self.referents(child) if child.lower_ in _THIRD_PERSON else []
                else:
                    parties = _participants_of([child], self)
                    subjects += parties
                    if child.conjuncts:  # 'X and Y wrote': 'they', not 'he'
                        joint.update(p.name for p in parties)
            self._joint[k] = joint
            named = list(subjects)
            for ent in sent.ents:
                if ent.label_ in _NOT_ACTORS or ent.start in reporter:
                    continue
                found = self.resolve((ent.start_char, ent.end_char))
                if found is not None and found not in named:
                    named.append(found)
            self._reporters[k] = [
                p
                for c in sent.root.children
                if c.dep_ == "nsubj" and c.i in reporter
                for p in _participants_of([c], self)
            ]
            self._told[k] = (_unique(subjects), named)
        return self._told[k]

    def referents(self, pronoun: Token) -> list[Participant]:
        """What a third-person pronoun stands for, from the three sentences before its own:
        the main subject of fitting kind, else the first participant of fitting kind. 'They'
        takes every fitting participant of that subject."""
        k = self.sent_of.get(pronoun.sent.start, 0)
        plural = pronoun.lower_ in _PLURAL_PRONOUNS
        if k > 0 and not plural and _speaks_on(pronoun):
            # '..., her agent said. He said she had ...': the one who spoke goes on speaking
            for j in self.before(k):
                self.told(j)
                speakers = [
                    p
                    for p in self._reporters.get(j, [])
                    if _fits(pronoun, p) and self.agrees(pronoun, p)
                ]
                if speakers:
                    return speakers[:1]
        if pronoun.lower_ == "it" and k > 0 and self.document_before(k):
            return []  # 'The Order directs X to ... It also calls for ...': the document
        if not plural and _held_to_account(pronoun):
            # 'Judge X sentenced Y. He was ...', 'Z was the victim. In 2005 he was charged':
            # the one charged is the one arrested, sentenced or accused before, not who did
            # that nor the victim of the crime
            for j in self.before(k):
                accused, others = self.roles(j)
                subjects, named = self.told(j)
                fitting = [
                    p
                    for p in _unique([*subjects, *named])
                    if _fits(pronoun, p) and self.agrees(pronoun, p)
                ]
                held = [p for p in fitting if p in accused]
                free = [p for p in fitting if p not in others]
                if held or free:
                    return (held or free)[:1]
        for j in self.before(k):
            subjects, named = self.told(j)
            fitting = [p for p in subjects if _fits(pronoun, p) and self.agrees(pronoun, p)]
            if not plural:
                # one of coordinated subjects ('X and Y wrote') is no 'he' after them
                joint = self._joint.get(j, set())
                alone = [p for p in fitting if p.name not in joint]
                others = [
                    p
                    for p in named
                    if _fits(pronoun, p) and self.agrees(pronoun, p) and p.name not in joint
                ]
                if alone or others or fitting:
                    return (alone or others or fitting)[:1]
                continue
            if len(fitting) > 1 or (fitting and fitting[0].kind != "person"):
                return fitting  # 'The police said they ...'
            people = [p for p in named if p.kind == "person"]
            if fitting and len(people) > 1:
                return people  # 'X met with Y. They discussed ...'
        return []

    def document_before(self, k: int) -> bool:
        """Whether the sentence before sentence k has for its main subject a document that
        names no participant ('The Order directs ...', 'The memorandum sets ...')."""
        before = self.before(k, count=1)
        if not before:
            return False
        root = self.sents[before[0]].root
        return any(
            c.dep_ in {"nsubj", "nsubjpass"}
            and c.lemma_.lower() in _document_heads()
            and self.resolve(_phrase_span(c)) is None
            for c in root.children
        )

    def roles(self, k: int) -> tuple[list[Participant], list[Participant]]:
        """Who sentence k holds to account (whom it arrests, charges or sentences, who attacks)
        and who it tells of in another part (who arrests or sentences, whom an attack hurts,
        'X was the victim')."""
        if k not in self._roles:
            self._roles[k] = ([], [])
            accused: list[Token] = []
            others: list[Token] = []
            for verb in self.sents[k]:
                if verb.pos_ not in {"VERB", "AUX"}:
                    continue
                deps = {c.dep_: c for c in verb.children}
                if verb.lemma_.lower() == "be" and "attr" in deps:
                    if deps["attr"].lemma_.lower() == "victim" and "nsubj" in deps:
                        others.append(deps["nsubj"])
                    continue
                kind = _trigger_type(verb) if verb.pos_ == "VERB" else None
                done = [c for c in verb.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
                doers = [c for c in verb.children if c.dep_ == "nsubj"]
                if kind in _DONE_TO_PEOPLE:
                    accused, others = accused + done, others + doers
                elif kind == "ASSAULT":
                    accused, others = accused + doers, others + done
            self._roles[k] = (_participants_of(accused, self), _participants_of(others, self))
        return self._roles[k]

    def members(self, noun: Token) -> list[Participant]:
        """'they', 'both countries', 'the two leaders', 'the three countries': the group the
        phrase stands for; [] when it is no such phrase. 'we' of a joint statement is its
        parties."""
        if noun.pos_ == "PRON" and noun.lower_ in _WE and self.turn(noun.idx) is None:
            return self.joint_parties()
        if noun.pos_ == "PRON" and not _bare_both(noun):
            above = _plural_subject_above(noun)
            group = _participants_of([above], self) if above is not None else []
            if len(group) > 1:
                # 'The leaders met, and they agreed', 'X and Y reaffirmed their commitment':
                # every party of a plural subject above it
                return group
            if noun.lower_ not in _PLURAL_PRONOUNS or _antecedent(noun, self.resolve):
                return []  # 'The police said they ...': the subject above, one participant
            if _things_above(noun, self.resolve):
                return []
            return self.referents(noun)
        pieces = _hyphen_pieces(noun)
        kinds = _collective_kinds(noun, pieces)
        count = _collective_count(noun, pieces)
        if _bare_count(noun):  # 'The two met for hours': two people told before
            kinds, count = {"person"}, _COUNTS[noun.lower_]
        if _bare_both(noun):  # 'Both were charged', 'Both have signed': the two told before,
            # people first ('X of Corvane hired Y of Telvora. Both ...': X and Y)
            return self.gathered(noun, {"person"}, 2) or self.gathered(
                noun, {"group", "organization", "country"}, 2
            )
        if kinds is None or count is None:
            return []
        return self.gathered(noun, kinds, count)

    def joint_parties(self) -> list[Participant]:
        """The countries a joint statement is from, who say 'we' in it: 'Joint Statement from
        the Republic of Ostrava and Telvora ...' names them; 'Joint Statement of President X
        and Prime Minister Y' names its parties at the head of its first lines ('Ostrava and
        Telvora affirm our ...'). [] in any other text."""
        if self._joint_parties is not None:
            return self._joint_parties
        self._joint_parties = []
        title = self.sents[0] if self.sents else None
        nouns = _words("joint_text_nouns")
        joint = _words("joint_modifiers")
        if title is None or not any(
            t.lower_ in joint and t.i + 1 < title.end and t.nbor(1).lower_ in nouns for t in title
        ):
            return self._joint_parties
        countries = _unique(
            [
                p
                for ent in title.ents
                if (p := self.resolve((ent.start_char, ent.end_char))) is not None
                and p.kind == "country"
            ]
        )
        for k in range(1, min(len(self.sents), 4)):
            if len(countries) > 1:
                break
            subjects = [c for c in _main_clause(self.sents[k].root).children if c.dep_ == "nsubj"]
            if subjects and subjects[0].conjuncts and subjects[0].pos_ != "PRON":
                parties = _participants_of(subjects, self.resolve)
                if len(parties) > 1 and all(p.kind == "country" for p in parties):
                    countries = parties
        self._joint_parties = countries if len(countries) > 1 else []
        return self._joint_parties

    def gathered(self, noun: Token, kinds: set[str], count: int) -> list[Participant]:
        """The `count` participants of the kinds told last before a collective (every one
        of the nearest sentence when `count` is 0)."""
        k = self.sent_of.get(noun.sent.start, 0)
        before = [p for p in self.told(k)[1] if any(m[0] < noun.idx for m in p.mentions)]
        wanted = max(count, 2)
        seen: list[Participant] = []
        # each sentence's index is built once; 'The three who voted' after a paragraph of
        # other people names none of them: a bare count's group is told just before it
        window = [k, *self.before(k, 2)] if _bare_count(noun) else range(k, -1, -1)
        for j in window:
            subjects, named = self.told(j) if j < k else ([], before)
            fitting = [p for p in subjects if p.kind in kinds]
            if len(fitting) >= wanted:
                return fitting[:count] if count else fitting
            if not count:  # 'the countries': every one the nearest sentence names
                fitting = [p for p in named if p.kind in kinds]
                if len(fitting) >= wanted:
                    return fitting
            for participant in reversed(named):
                if participant.kind in kinds and participant not in seen:
                    seen.append(participant)
            if len(seen) >= wanted:
                return list(reversed(seen[:wanted]))
        return []


_PLURAL_PRONOUNS = {"they", "them", "their"}
_WE = {"we", "us", "our"}
#: A turn of a transcript: 'PRESIDENT GHANI: ...', 'MS. JEAN-PIERRE: ...', or a question 'Q ...'.
_TURN = re.compile(r"^(?:([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{0,60}):\s|Q\s)", re.M)
_PERSONAL = {"he", "him", "his", "she", "her"}
_SAYING = {"say", "add", "tell", "explain", "note"}
_FIRST_SECOND = {"i", "we", "you", "me", "us"}
_HONORIFICS = {"dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms"}


def _held_to_account(pronoun: Token) -> bool:
    """'he was charged', 'she was arrested', 'he was sentenced': a personal pronoun that is
    the one an arrest, a charge or a sentence is done to."""
    return (
        pronoun.lower_ in {"he", "she"}
        and pronoun.dep_ == "nsubjpass"
        and pronoun.head.pos_ == "VERB"
        and _trigger_type(pronoun.head) in _DONE_TO_PEOPLE
    )


def _speaks_on(pronoun: Token) -> bool:
    """'He said ...': a sentence whose main verb reports what a pronoun subject said."""
    root = pronoun.sent.root
    return root.lemma_.lower() in _SAYING and any(
        c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in root.children
    )


def _main_clause(root: Token) -> Token:
    """The clause whose subject a sentence is about: for a report told after its content
    ('She drove through the gate, the lieutenant said') the content, not the reporter."""
    if root.lemma_.lower() not in _reporting_verbs():
        return root
    reporters = [c.i for c in root.children if c.dep_ == "nsubj"]
    for child in root.children:
        if child.dep_ != "ccomp" or not reporters or child.i > reporters[0]:
            continue
        # a quote ('"I am thrilled," she said') is about the speaker
        if any(t.is_quote for t in root.doc[root.sent.start : root.i]):
            continue
        subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and all(c.lower_ not in _FIRST_SECOND for c in subjects):
            return child
    return root


@cache
def _description_kinds() -> dict[str, frozenset[str]]:
    """The kinds of participant a definite description stands for, by its head noun."""
    return {
        noun: frozenset(kinds)
        for kinds_key, nouns in _lexicon()["descriptions"].items()
        for kinds in [kinds_key.split("|")]
        for noun in nouns
    }


@cache
def _body_nouns() -> frozenset[str]:
    return frozenset(_lexicon()["body_nouns"])


def _told_we(pronoun: Token) -> bool:
    """'we agreed', 'we have seized', 'we thank X': 'we' as the subject of a verb in the past
    or the perfect, or of a stance said in the present, telling what is done, not 'we share
    that' or 'we will continue to fight'."""
    verb = pronoun.head
    if pronoun.lower_ != "we" or pronoun.dep_ != "nsubj":
        return False
    if verb.tag_ == "VBP" and _lexicon()["verbs"].get(verb.lemma_.lower()) in _STANCES:
        return True  # 'we thank X', 'we condemn X': the statement does it
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)
    )


def _names_modify_a_thing(phrase: Span, names: list[Token]) -> bool:
    """'the Corvane-era grant program', 'the Pellton school': the names only modify a common
    noun for a thing, which they do not name ('the Corvane administration', 'Pellton
    officials' name who acts through them)."""
    root = phrase.root
    if root.pos_ != "NOUN" or root in names or root.text[:1].isupper():
        return False
    if any(t.dep_ == "poss" or t.tag_ == "POS" for t in phrase):
        return False  # 'Peru's proposal': whose it is
    if any(c.lower_ in _words("joint_modifiers") for c in root.children):
        return False  # 'a joint Pellton Police-Coast Guard unit': its parties
    if _noun_type(root) and any(_names_directly(n, root) for n in names):
        return False  # 'a Pellton-Telvora operation': an event noun's parties
    if any(t.ent_type_ == "ORG" for t in names):
        return False  # 'a Pellton Bank branch', 'a PLF spokesman': the body's own
    lemma = root.lemma_.lower()
    if lemma.endswith(("man", "men", "person", "people")):
        return False  # 'a Pellton spokesman': a person
    return lemma not in _acting_heads()


@cache
def _acting_heads() -> frozenset[str]:
    """Nouns for people, bodies and collectives, through which the names they carry act."""
    return _human_nouns() | _body_nouns() | _collective_nouns() | _GOVERNING


def _names_directly(name: Token, root: Token) -> bool:
    """Whether a name hangs on the noun through names only ('Pellton Police-Coast Guard
    operation'), not through a common noun ('Corvane-era sanctions')."""
    token = name
    for _ in range(6):
        if token.head.i == root.i:
            return True
        if token.head.i == token.i or not _name_like(token.head):
            return False
        token = token.head
    return False


def _name_like(token: Token) -> bool:
    """A proper noun, or a capitalized word inside a sentence the tagger took for a common
    noun ('After his arrest, Whitcombe stood trial')."""
    return token.pos_ == "PROPN" or (
        token.pos_ == "NOUN" and token.text[:1].isupper() and token.i != token.sent.start
    )


def _title_word(token: Token) -> bool:
    """A capitalized word of a title before a name, outside any entity: 'Second Gentleman'."""
    return (
        token.pos_ in {"PROPN", "NOUN"}
        and token.ent_type_ == ""
        and token.text[:1].isupper()
        and "\n" not in token.text_with_ws
    )


def _title_country(head: Token) -> str | None:
    """The country a nationality word before a title names: 'the Telvoran President'."""
    for child in head.lefts:
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}:
            found = canon.country_of_word(child.text)
            if found is not None:
                return found
    return None


def _cut_title(doc: Doc, start: int) -> bool:
    """Whether the title words before a name begin inside a longer title: 'Chief of Police
    Dana Roe', 'Assistant to the President Dana Roe' (their tail, 'police' or 'the President',
    names someone else)."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1] in _TITLE_PREPOSITIONS


#: The prepositions inside a title that names an office: 'Chief of Police', 'Assistant to'.
_TITLE_PREPOSITIONS = {"of", "to", "for"}


def _title_key(tokens: Span) -> str:
    words = [t.lower_ for t in tokens if t.lower_ not in _HONORIFICS and t.dep_ != "det"]
    if not words or any(not t.text[:1].isalpha() for t in tokens):
        return ""
    return " ".join(words)


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def _hyphen_pieces(noun: Token) -> list[Token]:
    """The pieces of a hyphenated word the tokenizer split ('co', '-', 'chairs'), from any one
    of them; [noun] when it is no such word."""
    doc, start, end = noun.doc, noun.i, noun.i
    if noun.text == "-":
        if noun.whitespace_ or start == 0 or doc[start - 1].whitespace_ or end + 1 >= len(doc):
            return [noun]
        start, end = start - 1, end + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        if doc[start - 2].whitespace_:
            break
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_:
            break
        end += 2
    return list(doc[start : end + 1])


def _collective_kinds(noun: Token, pieces: list[Token] | None = None) -> set[str] | None:
    collectives = _lexicon()["collectives"]
    if pieces and len(pieces) > 1:
        # 'the three co-chairs', 'the two vice-presidents': the whole word, else its last part
        # (not the defined office of an order, 'The Co-Chairs of the Council': who holds it
        # is told by titles the text lists, not by the people named before)
        last = pieces[-1]
        if last.tag_ != "NNS" or not last.is_alpha or not pieces[0].is_lower:
            return None
        if any(c.lower_ == "of" for t in pieces for c in t.children):
            return None
        head = last.lemma_.lower()
        joined = "".join(t.lower_ for t in pieces[:-1]) + head
        return _collective_kinds_of(joined, collectives) or _collective_kinds_of(head, collectives)
    # 'The Leaders', 'the two Presidents': a capitalized plural the tagger takes for a name
    lemma = singular(noun.lower_) if noun.tag_ == "NNPS" else noun.lemma_.lower()
    return _collective_kinds_of(lemma, collectives)


def _collective_kinds_of(lemma: str, collectives: dict[str, list[str]]) -> set[str] | None:
    if lemma in collectives["country"]:
        return {"country"}
    if lemma in collectives["person"]:
        return {"person"}
    if lemma in collectives["any"]:
        return {"country", "organization", "person", "group"}
    return None


def _bare_both(noun: Token) -> bool:
    """'Both were charged', 'both of them fled': 'both' standing alone as a subject for two
    people told before (not 'both countries', 'both of whom')."""
    return (
        noun.lower_ == "both"
        and noun.pos_ in {"PRON", "DET"}
        and noun.dep_ in _SUBJECTS
        and not _share_of_relative(noun)
    )


def _bare_count(noun: Token) -> bool:
    """'The two met', 'the three were charged': a number with 'the' and no noun, as a subject."""
    return (
        noun.pos_ == "NUM"
        and noun.lower_ in _COUNTS
        and noun.dep_ in _SUBJECTS
        and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)
    )


def _collective_count(noun: Token, pieces: list[Token] | None = None) -> int | None:
    """'both' and 'two' count 2, 'three' 3; a definite plural ('the leaders') counts every
    member (0); anything else is no collective (None). The determiners of a hyphenated word
    ('the three co-chairs') may hang on any of its pieces."""
    pieces = pieces or [noun]
    children = [c for piece in pieces for c in piece.children if c not in pieces]
    for child in children:
        if child.lower_ in _COUNTS and child.dep_ in {"det", "nummod", "predet", "amod"}:
            return _COUNTS[child.lower_]
    if pieces[-1].tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in children
    ):
        return 0
    return None


def _bare_administration(phrase: Span) -> bool:
    """'the Administration', 'The Administration': the government, without a name."""
    words = [t.lower_ for t in phrase if not t.is_space and t.tag_ != "POS"]
    return words in (["administration"], ["the", "administration"])


def _own_administration(phrase: Span) -> bool:
    """'my Administration', 'our administration': the author's government (also when only
    the noun, whose possessive it holds, is looked up)."""
    if len(phrase) == 1 and phrase[0].lower_ == "administration":
        return any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in phrase[0].children)
    if len(phrase) != 2 or phrase[1].lower_ != "administration":
        return False
    return phrase[0].lower_ in {"my", "our"}


def _person_name_words(doc: Doc) -> set[str]:
    """The lowercased words of the names of people the text names."""
    return {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.lower().split()}


def _agency_name(name: str, doc: Doc) -> bool:
    """'Food and Drug Administration', 'Pellton Transit Administration': an Administration
    whose name is not made of names of people the text names ('the Smith-Lee
    Administration')."""
    words = name.lower().replace("-", " ").split()
    if "administration" not in words:
        return False
    return not set(words) - {"the", "my", "our", "administration"} <= _person_name_words(doc)


def _government_span(doc: Doc, author: CharSpan | None = None) -> CharSpan | None:
    """'the Smith-Lee Administration', 'the Smith Administration': an Administration named
    after a person the text names; 'the Drug Enforcement Administration' is an agency. Of
    several ('the Smith Administration reversed the Lee Administration's rule'), the one of
    the text's author, else the one named most often, else the first."""
    people = _person_name_words(doc)
    found: list[tuple[CharSpan, frozenset[str]]] = []
    for token in doc_tokens(doc):
        if token.lower_ != "administration":
            continue
        names = [c for c in token.children if c.dep_ == "compound"]
        words = {w for c in names for w in c.lower_.split("-")}
        if words & people or any(c.ent_type_ == "PERSON" for c in names):
            span = (min(c.idx for c in names), token.idx + len(token.text))
            found.append((span, frozenset(words & people or words)))
    if not found:
        return None
    if author is not None:
        by = set(doc_text(doc)[author[0] : author[1]].lower().replace("-", " ").split())
        own = [span for span, words in found if words & by]
        if own:
            return own[0]
    counts = Counter(words for _, words in found)
    return max(found, key=lambda f: counts[f[1]])[0]  # the first of the most named


_REMARKS_OF = ("remarks", "of")
_CLOSINGS = {"sincerely", "respectfully"}


def _title_word_or_article(token: Token) -> bool:
    return (token.is_title or token.is_upper or token.lower_ == "the") and token.is_alpha


def _author_span(doc: Doc) -> CharSpan | None:
    """The person a statement is from: 'Statement from President John Smith on ...'; in a
    proclamation, order or letter, its signer: 'I, JOHN Q. SMITH, President ...', or a
    last line that is only a person's name."""
    title = next(iter(doc.sents), None)
    cue = next(
        (
            t.nbor(1)
            for t in (title[:-1] if title is not None else [])
            if t.lower_ in _STATEMENT_WORDS
            and (t.nbor(1).lower_ in {"from", "by"} or (t.lower_, t.nbor(1).lower_) == _REMARKS_OF)
        ),
        None,
    )
    if title is not None and cue is not None:
        person = next((e for e in title.ents if e.label_ == "PERSON" and e.start > cue.i), None)
        if person is not None:
            return (person.start_char, person.end_char)
        # 'Statement from the Press Secretary': the office that speaks
        words = list(itertools.takewhile(_title_word_or_article, doc[cue.i + 1 : title.end]))
        return (words[0].idx, words[-1].idx + len(words[-1])) if words else None
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for ent in people:  # 'I, NAME,': the signer in apposition to the first person
        if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].text == "I":
            return (ent.start_char, ent.end_char)
    last = people[-1] if people else None
    if last is not None and last.sent.end_char - last.sent.start_char <= len(last.text) + 16:
        words = [t for t in last.sent if not (t.is_space or t.is_punct)]
        if words and words[0].lower_ in _CLOSINGS:
            words = words[1:]  # 'Sincerely, JOHN Q. SMITH'
        if words and all(last.start <= t.i < last.end for t in words):
            return (last.start_char, last.end_char)  # the signature line
    return None


def _antecedent(pronoun: Token, resolve: Resolver) -> Participant | None:
    """The subject of the nearest clause above the pronoun's own that names a participant of
    a fitting kind ('he' a person, 'it' not one)."""
    node = pronoun.head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ == "relcl" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in node.children
        ):
            # 'Nichols, who argued he was insane': the noun the relative clause is about
            found = resolve(_phrase_span(node.head))
            if found is not None and _fits(pronoun, found):
                return found
        node = node.head
        for child in node.children:
            if child.dep_ not in {"nsubj", "nsubjpass"} or child.pos_ == "PRON":
                continue
            if pronoun.i in {t.i for t in child.subtree}:
                continue
            if child.i > pronoun.i and node.lemma_.lower() in _reporting_verbs():
                continue  # '... before he pulled over, the sheriff said': not the sheriff
            found = resolve(_phrase_span(child))
            if found is not None and _fits(pronoun, found):
                return found
    return None


def _things_above(pronoun: Token, resolve: Resolver) -> bool:
    """'Spanish and Portuguese bonds slumped ..., reflecting fears that they may have trouble
    and that the eurozone would extend bailouts to them': 'they' stands for a plural subject
    of a clause above its own in its sentence that names no participant."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS:
        return False
    return any(
        _plural(subject) and not _participants_of([subject], resolve)
        for subject in _subjects_above(pronoun)
    )


def _subjects_above(pronoun: Token, levels: int | None = None) -> Iterator[Token]:
    """The noun subjects of the clauses above a pronoun's own (at most `levels` heads up),
    nearest first, that come before it and do not hold it."""
    node, level = pronoun, 0
    while node.head.i != node.i and (levels is None or level < levels):
        node, level = node.head, level + 1
        for child in node.children:
            if child.dep_ not in {"nsubj", "nsubjpass"} or child.pos_ not in {"NOUN", "PROPN"}:
                continue
            if child.i > pronoun.i or pronoun.i in {t.i for t in child.subtree}:
                continue
            yield child


def _plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} or bool(noun.conjuncts)


def _plural_subject_above(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above a plural pronoun's own, before it, when it is
    plural: coordinated names ('Ostrava and Telvora') or a plural noun ('the leaders')."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS:
        return None
    subject = next(_subjects_above(pronoun, levels=4), None)
    # a singular subject: 'The agency said they ...' is not about it
    return subject if subject is not None and _plural(subject) else None


def _fits(pronoun: Token, participant: Participant) -> bool:
    if participant.kind == "location":
        return False
    if pronoun.lower_ in {"he", "him", "she", "his", "her"}:
        return participant.kind == "person"
    if pronoun.lower_ in {"it", "its"}:
        return participant.kind not in {"person", "group"}
    return True


def extract_events(
    doc: Doc,
    *,
    resolve: Resolver,
    quoted: Sequence[CharSpan] = (),
    published_at: datetime | None = None,
) -> list[tuple[Event, list[Participant], list[Participant]]]:
    """Events of the article with their actors and targets, one per happening."""
    groups: list[list[_Mention]] = []
    context = _Context(doc, resolve)
    for mention in _listed_happenings(_mentions(doc, context, quoted), context):
        if mention.header is not None:
            groups.append([mention])  # one arrest per person a list header tells
            continue
        stage = _legal_stage(mention)
        meeting = _meeting_told(groups, mention)
        if meeting is not None:
            meeting.append(mention)
            continue
        if _told_as_addition(mention.trigger):
            groups.append([mention])  # 'X also imposed restrictions on Y': one more happening
            continue
        if _told_as_other(mention.trigger):
            groups.append([mention])  # 'the previous charges', 'another raid': not one told
            continue
        for group in groups:
            if _elsewhere(group, mention):
                continue  # 'met X in Nigeria' and 'met Y in Mauritania' are two meetings
            if any(m.header is not None or m.item != mention.item for m in group):
                continue  # what two items of a list tell are two happenings
            if (group[0].status == "negated") != (mention.status == "negated"):
                continue  # 'would not pull over' and 'upon arrest': not one happening
            if stage is not None and _other_stage(group, stage):
                continue  # 'charged with murder' and 'convicted in May': two happenings
            if len(group) == 1 and _kind_told(group[0]):
                continue  # 'ongoing consultations' tells a kind: nothing told later joins it
            if _group_doers_apart(group, mention):
                continue  # 'HIDTA seizures' and 'CBP has increased seizures': two
            if _own_anchor_apart(group, mention, published_at):
                continue  # 'bought a stake in 2009' and 'plans to buy the rest': two
            if any(_told_apart_by_content(m, mention) for m in group):
                continue  # 'directed X to review A' and 'directed Y to end B': two
            if (
                _same_happening(group[0], mention)
                or _shares_named_target(group, mention)
                or _framed_by(group, mention)
                or _told_again(group, mention)
                or _same_dated(group, mention)
                or _same_meeting(group, mention)
            ):
                done_to = {p.name for m in group for p in m.targets}
                mention.actors = [p for p in mention.actors if p.name not in done_to]
                group.append(mention)
                break
        else:
            groups.append([mention])
    groups = _merge_headline(groups, published_at)
    groups = _merge_case_crimes(groups, published_at)
    events = []
    for group in groups:
        actors = _unique(p for m in group for p in m.actors)
        targets = _unique(p for m in group for p in m.targets if p not in actors)
        told = _runs_its_course(group[0]) or any(
            m.location or _done_to_someone(m) or _told_as_happening(m) or _done_to_named_thing(m)
            for m in group
        )
        if not (actors or targets or told or _told_of_someone(group, groups)):
            continue  # no one and nowhere: a generic statement, not a happening
        if group[0].status == "negated" and group[0].event_type in _UNTAKEN_STANCES:
            continue  # 'he did not object to the sale': a stance not taken, nothing done
        if not actors and _police_act(group):
            actors = [p for p in context.police() if p not in targets]
        events.append((_event(group, published_at), actors, targets))
    return events


def _told_of_someone(group: list[_Mention], groups: list[list[_Mention]]) -> bool:
    """'The church was criticized', 'its defenders denied it', 'they are alleged to have shot
    him': a happening told in the past (or an occurred passive) of someone the participants do
    not list is still a happening, unless a happening of its type with someone or somewhere is
    told in one of its sentences ('Dana Whitcombe was killed when someone shot him' tells one
    killing)."""
    if not any(_told_in_the_past(m) for m in group):
        return False
    sentences = {m.trigger.sent.start for m in group}
    return not any(
        other is not group
        and other[0].event_type == group[0].event_type
        and any(m.trigger.sent.start in sentences for m in other)
        and any(m.actors or m.targets or m.location for m in other)
        for other in groups
    )


def _told_in_the_past(mention: _Mention) -> bool:
    """A verb trigger in the past or perfect ('denied', 'has criticized'), or a passive without
    a modal ('are charged'), whose subject is specific: a personal pronoun, a name, a number
    ('two were charged'), or a noun with 'the', a possessive, a number or a name ('the church',
    'his lawyers'). Not a habit or rule ('traffickers smuggle drugs', 'anyone who is caught'),
    nor a casualty count ('ten people were killed': a statistic; an attack told in the passive
    without its doer is mostly told elsewhere too)."""
    verb = mention.trigger
    if mention.status != "occurred" or verb.pos_ != "VERB" or verb.dep_ in {"amod", "acl"}:
        return False
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" for g in c.children)]
    if _told_long_ago(near):
        return False  # 'who had been charged twice before': a count of past ones
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if mention.event_type == "ASSAULT" and (
        verb.lemma_.lower() in _words("casualty_verbs")
        or passive
        and not any(c.dep_ == "agent" for c in verb.children)
    ):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not aux and verb.dep_ == "conj":
        # 'is focused and mobilized' (a conjunct the model may tag as a past): the first
        # conjunct's auxiliaries give the tense
        aux = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in aux):
        return False
    past = any(c.tag_ == "VBD" or _lemma(c) == "have" for c in aux) or (
        verb.tag_ == "VBD" and not aux
    )
    if not (past or passive):
        return False
    subjects = [
        _antecedent_of(c) for c in _subject_holders(verb) if c.dep_ in {"nsubj", "nsubjpass"}
    ]
    if not passive:
        # 'the lawyers denied', not 'the conference promised' nor 'a truck traveled'
        return any(
            _specific_subject(s) and _agent_like(s) and not _unknown_it(s, verb) for s in subjects
        )
    if not past:
        # 'both are charged', 'they are accused'; not a rule ('the duties are imposed')
        return any(_specific_subject(s) and _person_like(s) for s in subjects)
    return any(_specific_subject(s) for s in subjects)


def _unknown_it(subject: Token, verb: Token) -> bool:
    """'It supplied ...' with no body named for 'it' (mostly a company or a thing), unlike 'the
    navy said it had sunk the boat', where the speaker is the body that acted."""
    if subject.lower_ != "it":
        return False
    if verb.dep_ != "ccomp":
        return True
    return not any(
        c.dep_ == "nsubj" and c.lower_ != "it" and _agent_like(c) for c in verb.head.children
    )


def _person_like(noun: Token) -> bool:
    """'they', 'two', 'both', 'the driver': people, not a thing."""
    if noun.tag_ == "PRP":
        return noun.lower_ != "it"
    return (
        noun.pos_ == "NUM"
        or noun.lower_ == "both"
        or noun.ent_type_ == "PERSON"
        or noun.lemma_.lower() in _human_nouns()
    )


def _agent_like(noun: Token) -> bool:
    """People or a body that acts: a pronoun, a name, a number, 'someone', or a noun for
    people or bodies ('the ministry', 'its lawyers'); not a thing ('the report', 'a truck')."""
    if _person_like(noun) or noun.tag_ == "PRP" or noun.lower_ in {"someone", "somebody"}:
        return True
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"ORG", "GPE", "NORP"}:
        return True
    word = noun.lemma_.lower()
    return word in _collective_nouns() or word in _words("acting_nouns")


def _specific_subject(noun: Token) -> bool:
    """'he', 'they', 'someone', 'both', 'two', 'Corvane', 'the ministry', 'its lawyers',
    'a Pellton man'; not 'you', 'anyone', 'all traffickers' nor a bare plural ('cartels')."""
    word = noun.lower_
    if word in _words("generic_pronouns") or any(
        d.lower_ in _GENERIC_DETERMINERS for d in noun.children
    ):
        return False
    if noun.tag_ == "PRP" or word in {"someone", "somebody", "both"}:
        return True
    if noun.pos_ in {"PROPN", "NUM"}:
        return True
    return noun.pos_ == "NOUN" and any(
        d.lower_ in _DEFINITE
        or d.dep_ in {"poss", "nummod"}
        or (d.lower_ in {"a", "an"} and noun.tag_ == "NN")
        or (d.dep_ == "compound" and d.pos_ == "PROPN")
        for d in noun.children
    )


def _told_as_addition(trigger: Token) -> bool:
    """'The ministry also imposed restrictions on Y', 'the bill also includes grants', 'they
    met again': 'also' or 'again' on the trigger, or on the verb whose object it is, adds a
    happening to those told, not a second mention of one."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        heads.append(trigger.head)
    return any(
        c.dep_ == "advmod" and c.lower_ in {"also", "again"} for h in heads for c in h.children
    )


def _told_as_other(trigger: Token) -> bool:
    """'the previous charges', 'an earlier arrest', 'another raid', 'the other meeting': an
    event noun marked as other than one told (or as one before it) tells its own happening,
    not a second mention of one told before."""
    if trigger.pos_ != "NOUN":
        return False
    words = _words("other_happening_words")
    if trigger.tag_ == "NNS":
        words -= {"other"}  # 'the other offers': others of a kind, vaguely
    return any(c.dep_ in {"amod", "det"} and c.lower_ in words for c in trigger.children)


def _listed_happenings(mentions: list[_Mention], context: _Context) -> list[_Mention]:
    """A list header ('Below are the fugitives Corvane deputies caught this month:')
    tells an arrest of each person the paragraphs after it list ('Dana Whitcombe, a Telvoran
    citizen wanted for ...'): one mention per item, done to the person the item names, with the
    header's actors, place and time, unless the item's first sentence tells its own arrest.
    The header itself is then told by its items. Arrests told in different items are kept
    apart; an item whose name is no participant is skipped."""
    headers = [m for m in mentions if _list_header(m)]
    found = [m for m in mentions if not m.tentative or m in headers]
    if not headers:
        return found
    for header in headers:
        items = _list_items(header.trigger.sent, context)
        if not items:
            if header.tentative:
                found.remove(header)
            continue
        told = False
        for k, (sentence, name) in enumerate(items):
            end = items[k + 1][0].start if k + 1 < len(items) else _paragraph_end(sentence)
            inside = [m for m in found if sentence.start <= m.trigger.i < end]
            for m in inside:
                if m.event_type == header.event_type:
                    m.item = sentence.start  # each item's arrest is its own
            participant = context((name.start_char, name.end_char))
            if participant is None or participant.kind != "person":
                continue
            own = [
                m
                for m in inside
                if m.event_type == header.event_type
                and m.trigger.i < sentence.end
                and m.header is None
            ]
            told = True
            if own:
                for m in own:
                    if not m.targets:
                        m.targets = [participant]
                continue
            found.append(
                _Mention(
                    header.event_type,
                    name.root,
                    list(header.actors),
                    [participant],
                    header.status,
                    header.location,
                    header.when,
                    header.target_words,
                    item=sentence.start,
                    header=header.trigger,
                )
            )
        if told or header.tentative:
            found.remove(header)
    return sorted(found, key=lambda m: m.trigger.i)


def _list_header(mention: _Mention) -> bool:
    """A clause that tells an arrest or removal of plural people and ends its paragraph with
    a colon: 'the suspects arrested this week:', 'the fugitives the agency has caught:'."""
    if mention.event_type != "COERCE" or mention.status != "occurred":
        return False
    return _list_header_clause(mention.trigger)


def _list_header_clause(trigger: Token) -> bool:
    sentence = trigger.sent
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text != ":":
        return False
    after = doc_text(trigger.doc)[words[-1].idx + 1 : words[-1].idx + 4]
    if after.strip(" \t") and not after.lstrip(" \t").startswith("\n"):
        return False  # the colon ends its paragraph
    if trigger.dep_ in {"acl", "relcl"}:
        return trigger.head.tag_ in {"NNS", "NNPS"}
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if objects:
        return all(c.tag_ in {"NNS", "NNPS"} for c in objects)
    # 'the fugitives the agency has caught:', the relative clause often parsed apart from
    # its noun: a plural noun before the trigger
    return any(t.tag_ == "NNS" for t in sentence if t.i < trigger.i)


def _paragraph_end(sentence: Span) -> int:
    """The token index where the paragraph of a sentence ends."""
    doc = sentence.doc
    for token in doc[sentence.start :]:
        if token.is_space and "\n" in token.text and token.i > sentence.start:
            return token.i
    return len(doc)


def _list_items(header: Span, context: _Context) -> list[tuple[Span, Span]]:
    """The paragraphs after a header that open with a person's name and a comma ('- Dana
    Whitcombe, a ...'), up to the first paragraph that does not; pictures between them are
    passed over. Each item as its first sentence and the name."""
    doc = header.doc
    items: list[tuple[Span, Span]] = []
    for sentence in context.sents[context.sent_of.get(header.start, len(context.sents)) + 1 :]:
        before = doc_text(doc)[max(0, sentence.start_char - 8) : sentence.start_char]
        if not before.rstrip(" \t" + _BULLET_MARKS).endswith("\n"):
            continue  # the item's further sentences
        if sentence.text.lstrip().startswith("<") or not sentence.text.strip(
            " \t\n" + _BULLET_MARKS
        ):
            continue  # the markup of a picture, a bullet alone
        name = _item_name(sentence)
        if name is None:
            break
        items.append((sentence, name))
    return items


_BULLET_MARKS = "".join(BULLETS)


def _item_name(sentence: Span) -> Span | None:
    """'- Dana Whitcombe-Pellton, a Telvoran national': the name that opens a list item."""
    words = [t for t in sentence if not (t.is_space or t.text in BULLETS)]
    if not words:
        return None
    start = words[0].i
    for token in sentence.doc[start : start + 9]:
        if token.text == ",":
            # the model may take a hyphenated surname for a company: whose name it is, the
            # participants tell
            name = sentence.doc[start : token.i]
            if len(name) > 1 and all(t.pos_ == "PROPN" or t.text == "-" for t in name):
                return name
            return None
        if token.is_space:
            return None
    return None


def _police_act(group: list[_Mention]) -> bool:
    """'Kowalski was arrested after a chase', 'taken into custody': an arrest or a custody
    told without who made it; the article's police made it when the article names them
    (an arrest told as a count of past ones, 'arrested twice before', is not theirs)."""
    if group[0].event_type != "COERCE":
        return False
    acts = _words("police_acts")
    if group[0].trigger.lemma_.lower() not in acts:
        return False  # 'the April raid' told with a later arrest: not the arrest's police
    for mention in group:
        trigger = mention.trigger
        if mention.status != "occurred" or trigger.lemma_.lower() not in acts:
            continue
        if trigger.sent.text.rstrip().endswith("?"):
            continue  # 'Who are the sailors held at the port?': a question, not the story
        if trigger.pos_ == "VERB" and not (
            any(c.dep_ == "auxpass" for c in trigger.children)
            or trigger.dep_ in {"ROOT", "acl", "conj"}
            and trigger.tag_ == "VBN"
        ):
            continue  # an active 'they arrested him' names its own actor, or none
        near = (
            [*trigger.children, *trigger.head.children]
            if trigger.pos_ == "NOUN"
            else [*trigger.children]
        )
        near += [g for c in near if c.dep_ in {"advmod", "npadvmod"} for g in c.children]
        if _told_long_ago(near):
            continue
        return True
    return False


def _told_long_ago(near: Sequence[Token]) -> bool:
    """'arrested twice before', 'detained years ago': words by the trigger that make it a
    past one told in passing, not the story's happening."""
    long_ago = _words("long_ago_words")
    return any(c.lower_ in long_ago or (c.lower_ == "before" and c.dep_ == "advmod") for c in near)


def _bare_word(word: str) -> str:
    """'Sheriff's' -> 'sheriff'."""
    return word.lower().removesuffix("'s").removesuffix("\u2019s")


def _legal_stage(mention: _Mention) -> str | None:
    """The stage of a case a legal action is: a charge ('indicted', 'the charges'), a verdict
    ('convicted') or a sentence ('sentenced'); a light verb takes its object's ('handed down
    a sentence')."""
    if mention.event_type != "SANCTION":
        return None
    stages = _lexicon()["legal_stages"]
    trigger = mention.trigger
    found = stages.get(trigger.lemma_.lower())
    if found is None and trigger.pos_ == "VERB":
        # 'handed down a sentence', 'found him guilty'
        objects = (
            c.lemma_.lower() for c in trigger.children if c.dep_ in {"dobj", "oprd", "acomp"}
        )
        found = next((stages[o] for o in objects if o in stages), None)
    if found and mention.status == "planned":
        return f"{found} to come"  # 'is to be sentenced in May' is not 'ordered execution'
    return str(found) if found else None


def _other_stage(group: list[_Mention], stage: str) -> bool:
    """A legal action of another stage than every staged one of the group: the charge, the
    conviction and the sentence of one person are three happenings."""
    if group[0].event_type != "SANCTION":
        return False
    told = {s for s in (_legal_stage(m) for m in group) if s is not None}
    return bool(told) and stage not in told


def _told_as_happening(mention: _Mention) -> bool:
    """'an April shooting', 'the April 28 shooting', 'condemned the aerial bombing of a camp':
    an event noun that carries its own date, or a violent happening someone takes a stance on,
    is a happening even when the text names no one who did it."""
    noun = mention.trigger
    if noun.pos_ != "NOUN" or mention.status == "negated":
        return False
    dated = any(
        t.ent_type_ in {"DATE", "TIME"} for c in noun.lefts for t in c.subtree if t.i < noun.i
    )
    return dated or _stance_on_violence(noun)


def _runs_its_course(mention: _Mention) -> bool:
    """'Talks broke down', 'an investigation began', 'the vigil turned violent': an event noun
    that is the subject of a verb of beginning, going on, ending or turning is told as a
    happening of its own, also when the sentence names no one who takes part."""
    noun = mention.trigger
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lemma_.lower() in _course_verbs()


@cache
def _course_verbs() -> frozenset[str]:
    return frozenset(_lexicon()["course_verbs"])


def _done_to_named_thing(mention: _Mention) -> bool:
    """'an air strike on a Pellton school', 'seized at Corvane borders': a happening done to a
    thing a name only modifies (no target, see `_names_modify_a_thing`) is still told."""
    if mention.status == "negated" or mention.event_type not in _DONE_TO_THINGS:
        return False
    for obj in _object_tokens(mention.trigger):
        if obj.dep_ != "pobj":
            continue  # 'attacked over 2m Pellton users': people, not a thing
        phrase = obj.doc.char_span(*_phrase_span(obj))
        names = [t for t in phrase if _name_like(t)] if phrase is not None else []
        if phrase is not None and names and _names_modify_a_thing(phrase, names):
            return True
    return False


#: Happenings that can be done to a thing: an attack on a school, a seizure at a border.
_DONE_TO_THINGS = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _done_to_someone(mention: _Mention) -> bool:
    """'A man suspected of the shooting was arrested': an agentless passive arrest or charge
    of people the participants do not name is still a happening."""
    verb = mention.trigger
    if mention.status != "occurred":
        return False
    if mention.event_type in {"ASSAULT", "PROTEST"} and verb.pos_ == "VERB":
        # 'a gunman killed three people', 'youths who have protested daily': an attack or a
        # protest by people the text does not name
        # ('X, who was shot': X is the one shot, mostly a shooting told elsewhere)
        active = not any(c.dep_ == "auxpass" for c in verb.children)
        if verb.dep_ == "relcl" and active and _unnamed_person(verb.head):
            return True
        return any(c.dep_ == "nsubj" and _unnamed_person(c) for c in _subject_holders(verb))
    if _done_by_described_people(verb):
        return True
    if mention.event_type not in _DONE_TO_PEOPLE:
        return False
    if verb.pos_ in {"NOUN", "PROPN"}:
        # 'Statement on the Arrest of Juan Perez': the arrest of a person only named there;
        # 'over 50 arrests have been made', 'there was one arrest': arrests counted
        counted = verb.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in verb.children)
        return counted or any(_unnamed_person(o) for o in _objects_of(verb, {"of"}))
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ in {"acl", "amod"}:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.dep_ == "relcl":
        return _described_patient(verb, verb.head)
    if any(c.dep_ == "nsubjpass" and _unnamed_person(c) for c in verb.children):
        return True
    return any(c.dep_ == "nsubjpass" and _described_patient(verb, c) for c in verb.children)


def _described_patient(verb: Token, noun: Token) -> bool:
    """'The 47-year-old was arrested', 'two were charged', 'the officer, who has been charged
    with murder': a passive charge, arrest or sentence of someone described but not named,
    told as done once in the past, not a general rule ('people who are arrested can ...') nor
    a count of past arrests ('who had been arrested twice before')."""
    passive = [c for c in verb.children if c.dep_ in {"auxpass", "aux"}]
    if not any(c.tag_ == "VBD" or _lemma(c) == "have" for c in passive):
        return False  # 'who are arrested': a rule, not a happening
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" for g in c.children)]
    if _told_long_ago(near):
        return False
    if any(d.lower_ in _GENERIC_DETERMINERS for d in noun.children):
        return False  # 'anyone', 'all people who were detained'
    if noun.pos_ == "NUM":
        return noun.dep_ in _SUBJECTS and noun.lower_ in _words("number_words")
    if noun.lower_ == "old" and any(c.lower_ in {"year", "years"} for c in noun.children):
        return True  # 'the 61-year-old'
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words("people_nouns"):
        return False
    return noun.tag_ == "NN" or any(
        d.lower_ in _DEFINITE or d.dep_ == "nummod" for d in noun.children
    )


def _done_by_described_people(verb: Token) -> bool:
    """'the families thanked the jurors', 'prosecutors, who turned down a deal', 'the coastal
    states had agreed on a plan': an act told in the past of people the participants do not
    name, described by a noun for people or bodies in the plural or with 'the'."""
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children
    )
    if verb.tag_ != "VBD" and not perfect:
        return False
    subjects = [_antecedent_of(c) for c in _subject_holders(verb) if c.dep_ == "nsubj"]
    return any(
        s.pos_ == "NOUN"
        and (s.lemma_.lower() in _human_nouns() or s.lemma_.lower() in _collective_nouns())
        and (s.tag_ == "NNS" or any(d.lower_ in _DEFINITE for d in s.children))
        for s in subjects
    )


def _unnamed_person(noun: Token) -> bool:
    if noun.pos_ == "NUM" and noun.lower_ == "one" and noun.dep_ in _SUBJECTS:
        return True  # 'one was charged with murder': one of people told before
    return noun.pos_ in {"NOUN", "PROPN"} and (
        noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _words("people_nouns")
    )


def _subject_holders(verb: Token) -> list[Token]:
    """The children of the verb and, for a conjoined verb without its own subject ('shot and
    wounded'), of the first conjunct."""
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return list(verb.head.children)
    return list(verb.children)


def _subject_lemmas(trigger: Token) -> set[str]:
    return {c.lemma_.lower() for c in _subject_holders(trigger) if c.dep_ in _SUBJECTS}


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _own_anchor_apart(
    group: list[_Mention], mention: _Mention, published: datetime | None = None
) -> bool:
    """A mention that carries its own anchor, other than every one the group carries, tells
    another happening: its own date ('bought a stake in 2009' and 'the deal on June 10'), or
    its own amount of a thing ('seized 40 kilograms' and 'the seizure of 3 tons'). Counts of
    people ('shot one and wounded two') tell victims, not another happening."""
    if mention.when is not None:
        whens = [m.when for m in group if m.when is not None]
        if whens and all(_times_apart(w.text, mention.when.text) for w in whens):
            return True
        years = {int(y) for y in _YEAR.findall(mention.when.text)}
        if years and published is not None and max(years) < published.year:
            # 'In 2009, Telvora bought a stake' after 'plans to buy': a past year of its own
            dated = {int(y) for w in whens for y in _YEAR.findall(w.text)}
            if not years & dated:
                return True
    own = _amounts(mention.trigger)
    if own:
        measured = [a for m in group if (a := _amounts(m.trigger))]
        if measured:
            return all(not own & a for a in measured)
        # no one told is no evidence of sameness: 'the seizure of 3 tons' told of no one
        # after 'police raided a house' is a seizure of its own
        return not (mention.actors or mention.targets or mention.target_words)
    return False


_MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)


def _times_apart(left: str, right: str) -> bool:
    """Two written times that name different dates: other years ('in 2009', 'May 2012'),
    other months of no other year, or other weekdays."""
    if left.lower() == right.lower():
        return False
    years_l, years_r = set(_YEAR.findall(left)), set(_YEAR.findall(right))
    if years_l and years_r and not years_l & years_r:
        return True
    words_l = set(re.findall(r"[a-z]+", left.lower()))
    words_r = set(re.findall(r"[a-z]+", right.lower()))
    for names in (_MONTHS, _WEEKDAYS):
        named_l, named_r = words_l & names, words_r & names
        if named_l and named_r and not named_l & named_r:
            return True
    return False


def _amounts(trigger: Token) -> frozenset[str]:
    """The numbers that measure what a trigger acts on, when it is a thing: 'seized 40
    kilograms of cocaine', 'the seizure of 3 tons', '$2 million in aid'; not a count of
    people ('killed two'), nor a year."""
    heads = [trigger]
    heads += [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in {"of", "in"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return frozenset(
        " ".join(t.lower_ for t in c.subtree if t.like_num)
        for h in heads
        if h.pos_ in {"NOUN", "SYM"} and not _human(h)
        for c in h.children
        if c.dep_ == "nummod"
        and c.ent_type_ not in {"DATE", "TIME"}
        and any(t.like_num for t in c.subtree)
    )


def _elsewhere(group: list[_Mention], mention: _Mention) -> bool:
    """A mention placed somewhere else than the happening told so far is another one."""
    if mention.location is None:
        return False
    places = {m.location.lower() for m in group if m.location}
    return bool(places) and mention.location.lower() not in places


def _meeting_told(groups: list[list[_Mention]], mention: _Mention) -> list[_Mention] | None:
    """'The participants discussed X' after 'Chile hosted Peru': what the meeting discussed is
    part of it, not a second meeting."""
    if mention.trigger.lemma_.lower() not in _words("meeting_content_verbs"):
        return None
    meetings = [g for g in groups if g[0].event_type == "CONSULT"]
    # 'the 2022 meeting in Bali where they discussed X': the meeting the clause is told of
    above = (
        {t.i for t in list(mention.trigger.ancestors)[:4]}
        if mention.trigger.dep_ == "relcl"
        else set()
    )
    told_of = next((g for g in meetings if any(m.trigger.i in above for m in g)), None)
    return told_of or next(iter(meetings), None)


def _merge_headline(
    groups: list[list[_Mention]], published_at: datetime | None = None
) -> list[list[_Mention]]:
    """A headline tells the happening of the lead: a group told in the first sentence takes
    the first group of the same type told in the next two sentences ('Government announces
    aid package' / 'X announced that the government would provide ...')."""
    sentences = list(groups[0][0].trigger.doc.sents)[:3] if groups else []
    if len(sentences) < 2:
        return groups
    title = sentences[0]
    lead = {s.start for s in sentences[1:]}
    merged = [list(g) for g in groups]
    first: dict[str, list[_Mention]] = {}
    for head in merged:
        if not head or head[0].trigger.sent.start != title.start:
            continue
        if head[0].event_type in first:
            first[head[0].event_type].extend(head)  # one headline happening per type
            head.clear()
            continue
        first[head[0].event_type] = head
        same = [
            o
            for o in merged
            if o is not head
            and o
            and o[0].event_type == head[0].event_type
            and all(m.item is None for m in o)  # an item of a list tells its own happening
            and not _anchors_apart(head, o, published_at)
        ]
        other = next(
            (
                o
                for o in same
                if o[0].trigger.sent.start in lead
                and not _named_apart(head, o)
                and not _stages_apart(head, o)
            ),
            None,
        )
        if other is None and head[0].event_type in _HEADLINE_ONE_HAPPENING:
            # 'killed by police' ... 'officers shot and killed the man': one killing
            other = next((o for o in same if _parties(o) & _parties(head)), None)
        if other is None:
            # 'Lind Confirmed As Agency Head' ... 'the Senate confirmed Lind': the headline's
            # verb told again of the same people, however far down
            verbs = {*_verb_lemmas(head[0].trigger.lower_), head[0].trigger.lemma_.lower()}
            other = next(
                (
                    o
                    for o in same
                    if o[0].trigger.lemma_.lower() in verbs and _parties(o) & _parties(head)
                ),
                None,
            )
        if other is not None:
            head.extend(other)
            other.clear()
    return [g for g in merged if g]


def _case_crime(mention: _Mention) -> bool:
    """'convicted of murdering a deputy', 'sentenced the man who killed four people': a crime
    told only as what a charge, a verdict or a sentence is about."""
    trigger = mention.trigger
    if mention.event_type not in _CRIME_TYPES:
        return False
    if _accused_of(trigger)[0] is not None:
        return True
    if trigger.dep_ != "relcl" or trigger.head.dep_ not in {"dobj", "nsubjpass"}:
        return False
    legal = trigger.head.head.lemma_.lower()
    return legal in _lexicon()["legal_stages"] or legal in _ACCUSING_WORDS


def _told_as_case(group: list[_Mention]) -> bool:
    """A crime a charge, a verdict or a sentence is about, that names no one who did it and
    no one it was done to but by a description ('murdering a sheriff's deputy')."""
    if not any(_case_crime(m) for m in group):
        return False
    return not any(m.actors or m.target_words for m in group)


def _merge_case_crimes(
    groups: list[list[_Mention]], published_at: datetime | None = None
) -> list[list[_Mention]]:
    """'A judge sentenced the man who killed four people' ... 'he shot and killed Judge X':
    a crime told only as the ground of a legal step, naming no one, is the case's crime: the
    happening of its type the article tells with named parties and most often (a killing the
    victim once did, told in passing, is not it); when two are told as often, which one it
    is stays unknown and it is left alone."""
    merged = [list(g) for g in groups]
    for crime in merged:
        if not crime or not _told_as_case(crime):
            continue
        told = [
            o
            for o in merged
            if o is not crime
            and o
            and o[0].event_type == crime[0].event_type
            and not _told_as_case(o)
            and _parties(o)
        ]
        told.sort(key=len, reverse=True)
        if not told or (len(told) > 1 and len(told[1]) == len(told[0])):
            continue
        other = told[0]
        places = {m.location.lower() for m in other if m.location}
        if any(m.location and places and m.location.lower() not in places for m in crime):
            continue  # told somewhere else
        if _anchors_apart(other, crime, published_at) or _named_apart(other, crime):
            continue
        first, second = sorted((crime, other), key=lambda g: g[0].trigger.i)
        first.extend(second)
        second.clear()
    return [g for g in merged if g]


def _group_doers_apart(group: list[_Mention], mention: _Mention) -> bool:
    """The group's first mention may name no one, which is no evidence of sameness: a mention
    whose actors are all others than those the group names, on no target the group names,
    tells another happening ('the seizures of the task force' and 'the customs agency
    increased its seizures'). Attacks are told of whoever the text names."""
    if mention.event_type == "ASSAULT" or _actor_keys(group[0]):
        return False
    told = {k for m in group for k in _actor_keys(m)}
    own = _actor_keys(mention)
    if not (told and own) or told & own:
        return False
    targets = {k for m in group for k in _target_keys(m)}
    words = frozenset().union(*(m.target_words for m in group))
    return not (targets & _target_keys(mention) or words & mention.target_words)


def _same_meeting(group: list[_Mention], mention: _Mention) -> bool:
    """'X met with Y today' and 'the two leaders held a candid discussion': a talk told of
    the same two or more parties, told as done or planned alike, is the one meeting, however
    it is named (its own time or place sets it apart before this is asked)."""
    if mention.event_type != "CONSULT" or group[0].event_type != "CONSULT":
        return False
    own = _actor_keys(mention)
    if len(own) < 2 or _named_forum(mention.trigger) or _content_talk(mention.trigger):
        return False
    return any(_actor_keys(m) == own and m.status == mention.status for m in group)


def _content_talk(trigger: Token) -> bool:
    """'affirming their strategic dialogue on X': a talk noun that is what another act is
    about, not the subject of its clause ('their discussion included X') nor held ('held a
    discussion'), may be another forum than the meeting told."""
    if trigger.pos_ != "NOUN" or trigger.dep_ in {"nsubj", "nsubjpass"}:
        return False
    return not (trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _words("light_verbs"))


def _named_forum(trigger: Token) -> bool:
    """'establishing a Strategic Dialogue', 'the Defense Policy Coordination Talks': a
    capitalized talk noun inside a sentence names a standing forum, not the meeting told."""
    return trigger.i > trigger.sent.start and trigger.text[:1].isupper()


def _same_dated(group: list[_Mention], mention: _Mention) -> bool:
    """'an agreement reached in 1991' and 'the suit was settled in 1991': a happening of one
    type told with the same dated year is the one told before, unless other parties are named
    in each."""
    if mention.when is None or not _YEAR.search(mention.when.text):
        return False
    for m in group:
        if m.event_type != mention.event_type or m.when is None:
            continue
        if m.when.text.lower() != mention.when.text.lower() or _other_doers(m, mention):
            continue
        left, right = _target_keys(m), _target_keys(mention)
        if not (left and right and not left & right):
            return True
    return False


def _anchors_apart(a: list[_Mention], b: list[_Mention], published: datetime | None) -> bool:
    """Every mention of `b` that carries a time or an amount carries its own against `a`
    ('the 2022 meeting in Bali where they discussed X': the clause adds no anchor)."""
    anchored = [m for m in b if m.when is not None or _amounts(m.trigger)]
    return bool(anchored) and all(_own_anchor_apart(a, m, published) for m in anchored)


def _named_apart(a: list[_Mention], b: list[_Mention]) -> bool:
    """'the Arrest of Juan Perez' and 'Mexico's arrest of Carlos Mendoza': done to other named
    people, so two happenings."""
    left = frozenset().union(*(m.target_words for m in a))
    right = frozenset().union(*(m.target_words for m in b))
    return bool(left and right) and not left & right


def _stages_apart(a: list[_Mention], b: list[_Mention]) -> bool:
    """'X convicted' and 'X is to be sentenced in May': legal actions of other stages."""
    left = {s for s in map(_legal_stage, a) if s is not None}
    right = {s for s in map(_legal_stage, b) if s is not None}
    return bool(left and right) and not left & right


def _parties(group: list[_Mention]) -> set[str]:
    return {p.name for m in group for p in (*m.actors, *m.targets) if p.kind != "location"}


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
        trigger=(first.header or first.trigger).text,
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
