"""Direct quotations: the words inside quotation marks, with who said them and through what.

1. Marks are paired line by line. Paragraphs are separated by a blank line (the title is the
   first one); a single line break inside a paragraph is a soft break, as in texts with one
   sentence or one paragraph a line. A quotation left open at the end of a line runs on when
   the next line opens with a mark (the journalism convention for a quotation over several
   paragraphs), or across a soft break into the next line.
2. Each quotation is attributed from the parse: a reporting verb (`speech` lexicon) in the
   clause right after its closing mark ('", X said.', '", said X.') or right before its
   opening mark ('X said: "'), or a name and a colon ('Jane Doe, who lost her son: "').
   The speaker is the verb's subject; a pronoun stands for the nearest preceding mention ('I'
   for the author a title names: 'Statement from President X'), a title alone ('the
   secretary') for the person who holds it, a document ('the statement said') for its issuer.
   A name signed after a dash ('"..." — Sen. Jane Doe') or standing after the quotation's
   comma without a verb ('"...," Jane Doe, an analyst.') is the speaker too, and so is the
   subject of a verb heading the sentence after an aside ('"...," the capital, said Doe.').
3. Quotations of one paragraph are one quote when only their attribution, or nothing, stands
   between them ('"A," he said. "B."', also over a soft line break). A quote without
   attribution that opens a paragraph right after a quoted speaker's paragraph takes that
   speaker, as does one that is all of a line after a soft break from a line ending with an
   attributed quote, or one or two lines after a quote when those lines only tell more about
   its speaker ('She would not say more.'). A quote standing alone as a list item
   ('-   “...” (Watch)'), or as a paragraph after a line ending with a colon or with its
   reporting verb ('..., she said'), is the words of the speaker its lead paragraph
   introduces. Partial quotations inside a sentence of the narrative that depend on one
   reporting verb ('promised to "sign ..." on imports "into ..."') are one quote of its
   subject.
4. What is left without a speaker is kept only when it reads as a sentence of some length,
   so that scare quotes and quoted titles ('the "Stop Fentanyl Act"') are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from flows.extract.canon import country
from flows.extract.gender import mention_gender, word_gender
from flows.extract.inflection import noun_forms, singular
from flows.extract.lexicon import load_lexicon
from flows.extract.parse import doc_text, doc_tokens
from flows.extract.records import Quote
from flows.extract.records import Span as CharSpan

_OPENING = "“"
_CLOSING = "”"
_STRAIGHT = '"'
_MARKS = frozenset((_OPENING, _CLOSING, _STRAIGHT))
_LINE = re.compile(r"[^\n]+")
_WHITESPACE = re.compile(r"\s+")
_SENTENCE_END = {".", "!", "?", ";"}
_SUBJECTS = {"nsubj", "nsubjpass"}
# Words between a subject and its reporting verb that belong to the verb ('Whitcombe later said').
_VERB_MODIFIERS = {"advmod", "aux", "auxpass", "neg", "npadvmod", "prt"}
# Words between a reporting verb and an opening mark that end the attribution: a new clause.
_CLAUSE_STARTS = {"mark", "nsubj", "nsubjpass", "relcl", "ccomp", "csubj"}
_PARTICIPLES = {"acl", "amod"}
_NOMINAL_USES = {"amod", "compound", "nmod", "nn"}
_INHERIT_SUBJECT = {"advcl", "conj", "xcomp"}
_RELAY_LINKS = {"pcomp", "prep", "advcl", "xcomp"}
_RELATIVE_PRONOUNS = {"who", "which", "that"}
_INTERROGATIVES = {"what", "whom", "whoever"}
_PERSON_PRONOUNS = {"he", "she", "i", "him", "her"}
_GROUP_PRONOUNS = {"they", "we", "them", "us"}
_THING_PRONOUNS = {"it"}
_FIRST_PERSON = {"i"}
_OWNERS = {"my", "your", "his", "her", "our", "their"}
_SECOND_PERSON = {"you"}
_PERSON_LABELS = {"PERSON"}
_NOT_PEOPLE = {"GPE", "NORP", "DATE", "MONEY", "PERCENT", "CARDINAL", "TIME", "QUANTITY"}
_DEFINITE = {"the", "this", "that"}
# Words that bring a new person in: 'A customer was doubtful', 'One resident said'.
_INDEFINITE = {"a", "an", "one", "another"}
# Prepositions that attach a described person's employer: 'a professor from the university'.
_AFFILIATIONS = {"from", "at", "with"}
_GROUP_LABELS = {"ORG", "GPE", "NORP"}
_PLURAL_TAGS = {"NNS", "NNPS"}
_ANTECEDENT_LINES = 3
_INTRODUCERS = set(":,;.!?—–-(") | {_CLOSING, _STRAIGHT}
_MIN_PARTIAL_WORDS = 3
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_OUTLET_DEPS = {"dobj", "dative", "iobj"}
_OUTLET_PREPOSITIONS = {"to", "with"}
_PHRASE_BREAKS = {",", "(", "—", "–", "-", ";", ":"}
# Words that open a clause after a name set off by commas, which is then no apposition.
_FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}
_CLAUSE_WORDS = {"that", "who", "which", "whose", "because", "if", "when"}
# A colon or a dash that ends a sentence and introduces the quotation after it.
_INTRODUCING_MARKS = {":", "-", "–", "—", "--"}
_SIGNATURE_DASH = re.compile(r"[ \t]*(?:—|–|―|--?)[ \t]*")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•·▪◦–—]|\d{1,2}[.)])[ \t]+")
_TOPIC_PREFIX = re.compile(r"(?:On|About|Regarding)\s[^\n:“”\"]{1,150}:\s*")
_STAGE_NOTE_END = re.compile(r"[.!]?[)\]]")
_BRACKETED_NOTE = re.compile(r"[(\[][^()\[\]\n]{1,40}[)\]]\.?")
# A note after a quotation in a list, bracketed or set in italics ('(Watch)', '*Watch*').
_TRAILING_NOTE = re.compile(rf"(?:{_BRACKETED_NOTE.pattern}|[*_][A-Za-z][^*_\n]{{0,30}}[*_]\.?)")


@dataclass(frozen=True)
class _Rules:
    """The `speech` lexicon, the news outlets of the `organizations` lexicon and the words of
    the titles of the `people` lexicon."""

    verbs: frozenset[str]
    relay_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    occasion_heads: frozenset[str]
    occasion_prepositions: frozenset[str]
    #: nouns of a time something was said at ('on the eve of the final', 'on the sidelines')
    occasion_times: frozenset[str]
    min_unattributed_words: int
    outlets: frozenset[str]
    other_organizations: frozenset[str]
    title_words: frozenset[str]
    known_names: frozenset[str]
    person_nouns: frozenset[str]
    #: person nouns and title words: the nouns of a phrase that names one person who may
    #: speak ('the doctor', 'the spokesman', 'the minister')
    speaking_nouns: frozenset[str]
    family_words: frozenset[str]
    org_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    study_nouns: frozenset[str]
    newspaper_heads: frozenset[str]
    outlet_heads: frozenset[str]
    lead_titles: frozenset[str]
    numbering_abbreviations: frozenset[str]
    lead_organization_words: frozenset[str]
    text_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    document_places: frozenset[str]
    plain_document_words: frozenset[str]
    perception_verbs: frozenset[str]
    uttered_nouns: frozenset[str]


def speaking_nouns() -> frozenset[str]:
    """Nouns of a phrase that names one person who may speak: the person nouns and title
    words of the people lexicon ('a Corvane spokeswoman', 'the Telvoran minister')."""
    return _rules().speaking_nouns


@cache
def _rules() -> _Rules:
    speech = load_lexicon("speech")
    people = load_lexicon("people")
    organizations = load_lexicon("organizations")
    # The words of titles, not the small words joining them ('of', 'the' of 'Speaker of the
    # House'), which are no title on their own.
    title_words = frozenset(
        word.lower().rstrip(".")
        for title in people["titles"]
        for word in title.split()
        if not word.islower()
    )
    person_nouns = frozenset(n.lower() for n in people["person_nouns"])
    outlets: set[str] = set()
    others: set[str] = set()
    for entry in organizations["entries"]:
        names = {_bare_name(n) for n in [entry["name"], *entry.get("aliases", [])]}
        (outlets if entry.get("medium") else others).update(names)
    return _Rules(
        verbs=frozenset(v.lower() for v in speech["reporting_verbs"]),
        relay_verbs=frozenset(v.lower() for v in speech.get("relay_verbs", [])),
        addressee_verbs=frozenset(v.lower() for v in speech.get("addressee_verbs", [])),
        source_phrases=tuple(tuple(p.lower().split()) for p in speech.get("source_phrases", [])),
        occasion_heads=frozenset(h.lower() for h in speech["occasion_heads"]),
        text_nouns=frozenset(n.lower() for n in speech.get("text_nouns", [])),
        anaphoric_nouns=frozenset(n.lower() for n in speech.get("anaphoric_nouns", [])),
        document_places=frozenset(n.lower() for n in speech.get("document_places", [])),
        perception_verbs=frozenset(n.lower() for n in speech.get("perception_verbs", [])),
        uttered_nouns=frozenset(n.lower() for n in speech.get("uttered_nouns", [])),
        plain_document_words=frozenset(n.lower() for n in speech.get("plain_document_words", [])),
        occasion_prepositions=frozenset(p.lower() for p in speech["occasion_prepositions"]),
        occasion_times=frozenset(w.lower() for w in speech.get("occasion_times", [])),
        min_unattributed_words=int(speech["min_unattributed_words"]),
        outlets=frozenset(outlets),
        other_organizations=frozenset(others - outlets),
        known_names=frozenset(outlets | others),
        title_words=title_words,
        person_nouns=person_nouns,
        speaking_nouns=person_nouns | title_words,
        family_words=frozenset(w.lower() for w in speech.get("family_words", [])),
        org_nouns=frozenset(
            n.lower()
            for n in [*organizations["org_nouns"], *organizations["org_heads"]]
            + speech.get("organization_descriptions", [])
        ),
        finding_verbs=frozenset(w.lower() for w in speech.get("finding_verbs", [])),
        study_nouns=frozenset(w.lower() for w in speech.get("study_nouns", [])),
        newspaper_heads=frozenset(organizations.get("newspaper_heads", [])),
        outlet_heads=frozenset(w.lower() for w in speech.get("outlet_heads", [])),
        lead_titles=frozenset(w.lower() for w in speech.get("lead_titles", [])),
        numbering_abbreviations=frozenset(
            w.lower() for w in speech.get("numbering_abbreviations", [])
        ),
        lead_organization_words=frozenset(
            w.lower()
            for w in [
                *speech.get("lead_organization_words", []),
                *organizations.get("newspaper_heads", []),
                *organizations.get("member_body_heads", []),
                *organizations.get("company_words", []),
                *speech.get("study_nouns", []),
            ]
        ),
    )


def _bare_name(name: str) -> str:
    """A name compared without case and without a leading 'the'."""
    lowered = name.lower().strip()
    return lowered[4:] if lowered.startswith("the ") else lowered


# --- marks and quotations ----------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """One stretch between marks: `start` is the opening mark; `end` is just past the closing
    mark, or the line end for a part that runs on into a line opening with a mark."""

    start: int
    end: int
    closed: bool

    def content(self, text: str) -> str:
        return text[self.start + 1 : self.end - 1 if self.closed else self.end].strip()


@dataclass
class _Quotation:
    parts: list[_Part]
    first_line: int
    last_line: int

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


def _lines(text: str) -> tuple[list[CharSpan], list[int]]:
    """Non-blank lines without their surrounding whitespace, and the paragraph of each: a
    blank line between two lines starts a new paragraph, a single line break does not."""
    spans: list[CharSpan] = []
    paragraphs: list[int] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        start = match.start() + len(line) - len(line.lstrip())
        if spans:
            gap = text[spans[-1][1] : start]
            paragraphs.append(paragraphs[-1] + (1 if gap.count("\n") > 1 else 0))
        else:
            paragraphs.append(0)
        spans.append((start, match.start() + len(line.rstrip())))
    return spans, paragraphs


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """(opens a word, closes a word): whitespace on the left of an opening mark, text on its
    right; the reverse for a closing mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    return opens, closes


def _role(text: str, i: int, is_open: bool) -> str:
    """'open', 'close' or 'stray' for the mark at `i`, given whether a quotation is open.
    Curly marks say which they are, unless a writer used the wrong one; straight marks
    alternate."""
    mark = text[i]
    opens, closes = _flanks(text, i)
    if mark == _OPENING:
        return "close" if is_open and closes and not opens else "open"
    if mark == _CLOSING:
        if is_open:
            return "close"
        return "open" if opens and not closes else "stray"
    if is_open:
        return "open" if opens and not closes else "close"
    return "stray" if closes and not opens else "open"


def _glued_opening(text: str, i: int, line_end: int) -> bool:
    """A straight mark typed right after the comma or colon that introduces a quotation,
    before the space ('the label," we have always ...".'): it opens when another straight
    mark follows on its line."""
    if text[i] != _STRAIGHT or i == 0 or text[i - 1] not in ",:":
        return False
    return _STRAIGHT in text[i + 1 : line_end]


def _misplaced_closing(text: str, i: int, opened: int, line_start: int, line_end: int) -> bool:
    """A straight mark that looks like an opening ('ready to step in, "Roe said.', 'the
    "Salt Road "sequel') while a straight quotation opened earlier on its line is still open:
    it closes that quotation, its space typed on the wrong side, when the straight marks left
    on the line pair up without it. Read as an opening, the quotation before would never
    close."""
    if text[i] != _STRAIGHT or text[opened] != _STRAIGHT or opened < line_start:
        return False
    return text.count(_STRAIGHT, i + 1, line_end) % 2 == 0


_HTML_TAG = re.compile(r"<[A-Za-z/!][^<>\n]*>")


def _marks_in_markup(text: str) -> set[int]:
    """Marks inside HTML tags ('<a href="...">', '<img alt="...">'): attribute values, not
    quotations (NOTES-whitehouse), even inside a quotation whose words carry a link."""
    if "<" not in text:
        return set()
    return {
        tag.start() + k
        for tag in _HTML_TAG.finditer(text)
        for k, char in enumerate(tag.group())
        if char in _MARKS
    }


_FIRST_MARK = re.compile('[“”"]')
_RUN_ON_LINES = 8


def _closed_later(
    text: str, lines: Sequence[CharSpan], index: int, opened: int, markup: set[int]
) -> bool:
    """A curly quotation left open at the end of a paragraph whose next paragraphs go on
    without marks until one whose first mark closes it: a statement quoted over several
    paragraphs, typed without an opening mark on each (NOTES: one quote)."""
    if text[opened] != _OPENING:
        return False
    for start, end in lines[index : index + _RUN_ON_LINES]:
        position = start
        while (found := _FIRST_MARK.search(text, position, end)) and found.start() in markup:
            position = found.end()
        if found is not None:
            return found.group() == _CLOSING
    return False


def _quotations(
    text: str, lines: Sequence[CharSpan], paragraphs: Sequence[int]
) -> list[_Quotation]:
    """Quotations in order. One left open at the end of a line goes on in the next line of its
    paragraph; it runs on into a line (of any paragraph) that opens with a mark, the mark
    opening its next part. Otherwise, or at the end of the text, it is dropped: it has no
    closing mark."""
    found: list[_Quotation] = []
    running: _Quotation | None = None
    opened: int | None = None
    markup = _marks_in_markup(text)
    for index, (start, end) in enumerate(lines):
        if running is not None and opened is not None:
            if text[start] in _MARKS:
                running.parts.append(_Part(opened, lines[index - 1][1], closed=False))
                opened = None
            elif paragraphs[index] != paragraphs[index - 1] and not _closed_later(
                text, lines, index, opened, markup
            ):
                running, opened = None, None
        for i in range(start, end):
            if text[i] not in _MARKS or i in markup:
                continue
            continuing = running is not None and opened is None and i == start
            role = "open" if continuing else _role(text, i, opened is not None)
            if role == "stray" and _glued_opening(text, i, end):
                role = "open"
            elif (
                role == "open"
                and opened is not None
                and _misplaced_closing(text, i, opened, start, end)
            ):
                role = "close"
            if role == "open":
                if not continuing:
                    running = _Quotation([], index, index)
                opened = i
            elif role == "close" and running is not None and opened is not None:
                running.parts.append(_Part(opened, i + 1, closed=True))
                running.last_line = index
                found.append(running)
                running, opened = None, None
    return found


def quoted_stretches(text: str) -> list[CharSpan]:
    """Every stretch of the text between paired quotation marks, marks included, in order:
    the marks paired as the quotes extractor pairs them, whether or not a quote is
    attributed; a quotation broken by its attribution gives one stretch per part."""
    lines, paragraphs = _lines(text)
    return [
        (part.start, part.end) for q in _quotations(text, lines, paragraphs) for part in q.parts
    ]


# --- attribution -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Attribution:
    """Who said a quotation. `key` identifies the attribution (its verb or anchor token) so
    that two quotations sharing it can be told apart from two with their own."""

    key: int
    clause: CharSpan
    speaker: CharSpan | None
    cue: str | None = None
    medium: str | None = None
    loose: bool = False


@dataclass(frozen=True)
class _Mention:
    span: CharSpan
    subject: bool
    # The subject of its sentence's main clause ('Roe said Doe was ...': Roe, not Doe), and
    # the start of that sentence.
    main: bool = False
    sentence: int = -1


def _by_end(span: CharSpan) -> tuple[int, int]:
    """Order by end, the longer of two spans ending together last."""
    return (span[1], -span[0])


def _last_before(spans: Sequence[CharSpan], before: int) -> CharSpan | None:
    """The last of spans ordered by `_by_end` that ends by `before`."""
    index = bisect_right([end for _, end in spans], before)
    return spans[index - 1] if index else None


@dataclass
class _Context:
    doc: Doc
    quotations: list[_Quotation]
    lines: list[CharSpan]
    paragraphs: list[int]
    quoted: list[CharSpan] = field(default_factory=list)
    # (position, last word of a name, gender) for each 'he' or 'she' resolved to a name.
    pronoun_genders: list[tuple[int, str, str]] = field(default_factory=list)

    def inside_quote(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a quoted part (parts are disjoint, in order)."""
        index = bisect_left(self.quoted_starts, end)
        return index > 0 and self.quoted[index - 1][1] > start

    @cached_property
    def text(self) -> str:
        """The document's text."""
        return doc_text(self.doc)

    @cached_property
    def entities(self) -> list[Span]:
        """The named entities, in order (`Doc.ents` is rebuilt on each access)."""
        return list(self.doc.ents)

    @cached_property
    def entity_starts(self) -> list[int]:
        return [ent.start_char for ent in self.entities]

    def entities_in(self, start: int, end: int) -> list[Span]:
        """Entities lying wholly inside [start, end)."""
        first = bisect_left(self.entity_starts, start)
        found: list[Span] = []
        for ent in self.entities[first:]:
            if ent.start_char >= end:
                break
            if ent.end_char <= end:
                found.append(ent)
        return found

    @cached_property
    def quoted_starts(self) -> list[int]:
        return [start for start, _ in self.quoted]

    @cached_property
    def free_words(self) -> frozenset[str]:
        """The whole words of the text, as written (`_written_alone`)."""
        return frozenset(_FREE_WORD.findall(self.text))

    @cached_property
    def line_starts(self) -> list[int]:
        return [start for start, _ in self.lines]

    @cached_property
    def described_reporters(self) -> list[tuple[CharSpan, str]]:
        """Unnamed people introduced as the subject of a reporting verb, with the word that
        describes them: 'a local official told AFP' -> ('a local official', 'official')."""
        nouns = _rules().speaking_nouns
        found: list[tuple[CharSpan, str]] = []
        for token in doc_tokens(self.doc):
            if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.ent_type_:
                continue
            if token.lemma_.lower() not in nouns or not _is_reporting_verb(token.head):
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
                continue
            span = _char_span(_noun_phrase(token, token.sent.start_char, token.idx + len(token)))
            if span is not None and not self.inside_quote(*span):
                found.append((span, token.lemma_.lower()))
        return sorted(found, key=lambda item: item[0][1])

    @cached_property
    def described_subjects(self) -> list[tuple[CharSpan, str, bool]]:
        """Unnamed people and organizations that are the subject of a main clause, under a
        determiner or a possessive: 'My father had a saying' -> ('My father', 'father',
        True); 'the insurer refused' -> ('the insurer', 'insurer', False). A bare title ('the
        minister') is left to the title's holder, unless a possessive makes it a relative."""
        rules = _rules()
        people = rules.person_nouns | rules.family_words
        found: list[tuple[CharSpan, str, bool]] = []
        for token in doc_tokens(self.doc):
            if token.dep_ not in _SUBJECTS or token.pos_ != "NOUN" or token.ent_type_:
                continue
            lemma = token.lemma_.lower()
            determiners = {
                c.lower_
                for c in token.children
                if c.dep_ in {"det", "poss"} or (c.dep_ == "nummod" and c.lower_ == "one")
            }
            if not determiners or not _main_subject(token):
                continue
            if lemma in people:
                owned = bool(determiners & _OWNERS)
                if lemma in rules.title_words and not owned:
                    continue
                is_person = True
            elif lemma in rules.org_nouns and token.tag_ not in _PLURAL_TAGS:
                is_person = False
            else:
                continue
            span = _char_span(_noun_phrase(token, token.sent.start_char, token.idx + len(token)))
            if span is not None and not self.inside_quote(*span):
                found.append((span, lemma, is_person))
        return sorted(found, key=lambda item: item[0][1])

    @cached_property
    def turns(self) -> list[tuple[int, CharSpan | None]]:
        """The turns of a transcript, by where their line starts: the span of the speaker's
        label ('MS. ROE:', 'THE PRESIDENT:', a label holding a title word), None for a
        reporter's question ('Q  ...', 'Q:')."""
        found: list[tuple[int, CharSpan | None]] = []
        for start, end in self.lines:
            if _QUESTION_TURN.match(self.text, start, end):
                found.append((start, None))
                continue
            match = _TURN_LABEL.match(self.text, start, end)
            if match is not None and any(_title_word(w) for w in match.group(1).split()):
                found.append((start, match.span(1)))
        return found

    @cached_property
    def people(self) -> list[_Mention]:
        """Mentions of people outside quotation marks, by end: person entities, and
        proper-noun subjects the recogniser mislabelled."""
        found = [
            _Mention(_person_span(ent), _is_subject(ent), _main_subject(ent.root), ent.sent.start)
            for ent in self.entities
            if ent.label_ in _PERSON_LABELS and not _mislabelled_person(ent)
        ]
        subjects = [
            t
            for t in doc_tokens(self.doc)
            if t.dep_ in _SUBJECTS and t.ent_type_ not in _NOT_PEOPLE
        ]
        for token in subjects:
            if _may_be_person(token) or _described_as_person(token):
                span = _char_span(_name_ending_at(token))
                if span is not None:
                    found.append(_Mention(span, True, _main_subject(token), token.sent.start))
        # A name the recogniser missed elsewhere: 'Dana said' after 'Dana Whitcombe'.
        names = {w for m in found for w in self.text[m.span[0] : m.span[1]].split() if w.istitle()}
        covered = {i for m in found for i in range(*m.span)}
        for token in subjects:
            named = token.is_title and token.text in names and token.idx not in covered
            if named and token.pos_ in {"PROPN", "NOUN"}:
                span = (token.idx, token.idx + len(token.text))
                found.append(_Mention(span, True, _main_subject(token), token.sent.start))
        unique = {
            m.span: m
            for m in found
            if not self.inside_quote(*m.span) and not self.stage_note(*m.span)
        }
        return sorted(unique.values(), key=lambda m: m.span[1])

    @cached_property
    def person_surnames(self) -> frozenset[str]:
        """The last words of the names the recogniser tags as people's."""
        return frozenset(
            ent[-1].text for ent in self.entities if ent.label_ in _PERSON_LABELS and len(ent)
        )

    def stage_note(self, start: int, end: int) -> bool:
        """Whether [start, end) is all the words of a note in brackets, as a transcript marks
        the audience or the speaker ('(Cheering.)', '[Sighs]'): not a person."""
        text = self.text
        return (
            start > 0 and text[start - 1] in "([" and _STAGE_NOTE_END.match(text, end) is not None
        )

    @cached_property
    def genders(self) -> dict[str, str]:
        """'f' or 'm' for the last word of a person's name, where the text marks it: a title
        ('Mrs', 'actress'), a noun in apposition ('a woman'), or a reflexive or possessive
        pronoun of the clause the person is the subject of ('Whitcombe presented herself')."""
        marks: dict[str, set[str]] = {}
        for mention in self.people:
            gender = _gender_of(self, mention.span)
            if gender is not None:
                last = self.text[mention.span[0] : mention.span[1]].split()[-1]
                marks.setdefault(last, set()).add(gender)
        return {name: next(iter(found)) for name, found in marks.items() if len(found) == 1}

    def learn_gender(self, span: CharSpan, gender: str, position: int) -> None:
        """Note that a 'he' or 'she' at `position` stood for the person at `span`."""
        words = self.text[span[0] : span[1]].split()
        if words:
            self.pronoun_genders.append((position, words[-1], gender))

    def learned_gender(self, name: str, before: int) -> str | None:
        """The gender of the pronouns before `before` that stood for a name's last word, when
        they all agree."""
        found = {
            g for position, word, g in self.pronoun_genders if word == name and position < before
        }
        return next(iter(found)) if len(found) == 1 else None

    @cached_property
    def groups(self) -> list[CharSpan]:
        """Organizations, places and groups outside quotation marks that act where they are
        named (see `_acting_group`), by end."""
        spans = [
            (ent.start_char, ent.end_char)
            for ent in self.entities
            if ent.label_ in _GROUP_LABELS and _acting_group(ent)
        ]
        return sorted((s for s in spans if not self.inside_quote(*s)), key=_by_end)

    @cached_property
    def plural_subjects(self) -> list[CharSpan]:
        """Plural noun phrases that are subjects, outside quotation marks, by end."""
        spans: list[CharSpan] = []
        for token in doc_tokens(self.doc):
            if token.dep_ in _SUBJECTS and token.tag_ in _PLURAL_TAGS:
                span = _char_span(_noun_phrase(token, 0, len(self.text)))
                if span is not None and not self.inside_quote(*span):
                    spans.append(span)
        return sorted(spans, key=_by_end)

    def paragraph_start(self, line: int) -> int:
        """The start of the paragraph holding this line."""
        return self.lines[self.paragraph_start_line(line)][0]

    def paragraph_start_line(self, line: int) -> int:
        """The first line of the paragraph holding this line."""
        first = line
        while first > 0 and self.paragraphs[first - 1] == self.paragraphs[line]:
            first -= 1
        return first


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside [start, end), whitespace tokens left out."""
    if start >= end:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    return [t for t in span if not t.is_space]


def _is_reporting_verb(token: Token) -> bool:
    """A verb of the lexicon used as a verb ('responding', not 'first-responding officers'),
    or a verb of findings whose subject is a study ('a 2019 study found that "...').)"""
    verbal = token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")
    used_as_verb = token.dep_ not in _NOMINAL_USES
    if not verbal or not used_as_verb:
        return False
    lemma = token.lemma_.lower()
    if lemma in _rules().verbs:
        return True
    if lemma not in _rules().finding_verbs:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and _is_study(subject)


def _is_study(head: Token) -> bool:
    """A study, report, survey or its researchers ('A 2019 study in the Journal of X'). A
    word that also describes an outlet is a study only when something says which one
    ('their paper', 'a 2019 paper in X'): 'the paper said' is the newspaper."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in _rules().study_nouns:
        return False
    if lemma not in _rules().org_nouns:
        return True
    return any(
        c.dep_ in {"poss", "nummod", "amod", "compound", "prep"} or c.lower_ in {"a", "an"}
        for c in head.children
    )


def _names_researchers(phrase: str) -> bool:
    """Whether a phrase names the people behind a study ('Researchers at Ashford College')."""
    forms = _study_forms()
    return any(w.lower() in forms for w in re.findall(r"[A-Za-z]+", phrase))


@cache
def _study_forms() -> frozenset[str]:
    """The study nouns in both numbers ('analysis', 'analyses', 'researchers')."""
    return frozenset().union(*(noun_forms(n) for n in _rules().study_nouns))


def _study_author(head: Token) -> Token | None:
    """Who a study is by: the object of its 'by' or 'from' ('a 2021 study by Dana Roe', 'an
    analysis from the Harbor Institute')."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _journal(subject: Token | None) -> str | None:
    """The journal or outlet a study appeared in, as the medium of its words: 'a 2014 study
    in the *Review of Harbor Economics*' -> 'Review of Harbor Economics'. Not a place or a
    date ('a study in Ohio', 'a report in 2019')."""
    if subject is None or not _is_study(subject):
        return None
    for child in subject.children:
        if child.dep_ != "prep" or child.lower_ != "in":
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if not objects or objects[0].pos_ != "PROPN" or objects[0].ent_type_ in _PLACES_AND_TIMES:
            return None
        words = [t for t in objects[0].subtree if t.dep_ != "det"]
        if any(t.pos_ == "PRON" for t in words):
            return None  # 'a study of the tariffs in his first term'
        name = subject.doc[words[0].i : words[-1].i + 1].text.strip("*_ ")
        return name or None
    return None


_PLACES_AND_TIMES = {"GPE", "LOC", "DATE", "TIME", "FAC"}


def _through_journal(context: _Context, head: Token, own: CharSpan | None) -> CharSpan | None:
    """A study's description running to the end of the journal it names, with the markup of
    the name ('A 2014 study in *Review: Harbor Economics*', which the colon would cut)."""
    if own is None or _journal(head) is None:
        return own
    preposition = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "in")
    last = max(t.i for t in preposition.subtree)
    end = head.doc[last].idx + len(head.doc[last].text)
    text = context.text
    while end < len(text) and text[end] in "*_":
        end += 1
    return (own[0], max(own[1], end))


def _blank(text: str) -> bool:
    """Nothing but whitespace and punctuation."""
    return not any(ch.isalnum() for ch in text)


def _trim(tokens: Sequence[Token]) -> list[Token]:
    """Without leading and trailing punctuation, whitespace and markup ('-->')."""
    items = list(tokens)
    while items and _no_word(items[0]):
        items.pop(0)
    while items and _no_word(items[-1]):
        items.pop()
    return items


def _no_word(token: Token) -> bool:
    """Punctuation, whitespace, or a symbol without letters or digits ('-->', '>')."""
    return token.is_punct or token.is_space or not any(c.isalnum() for c in token.text)


def _char_span(tokens: Sequence[Token]) -> CharSpan | None:
    items = _trim(tokens)
    if not items:
        return None
    return (items[0].idx, items[-1].idx + len(items[-1].text))


def _subtree_within(head: Token, start: int, end: int) -> list[Token]:
    """The contiguous run of the head's subtree around the head, inside [start, end)."""
    inside = {t.i for t in head.subtree if start <= t.idx < end}
    if head.i not in inside:
        return []
    low = high = head.i
    while low - 1 in inside:
        low -= 1
    while high + 1 in inside:
        high += 1
    return [head.doc[i] for i in range(low, high + 1)]


def _noun_phrase(head: Token, start: int, end: int) -> list[Token]:
    """The phrase a subject heads, cut before an apposition or relative clause set off by a
    comma ('Jane Roe, the spokesman,' -> 'Jane Roe'). A title with a name in apposition
    gives the name ('the spokesman, Jane Roe' -> 'Jane Roe')."""
    if head.pos_ != "PROPN":
        for child in head.rights:
            if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON"):
                return _noun_phrase(child, start, end)
    tokens = _subtree_within(head, start, end)
    limit = min((c.left_edge.i for c in head.rights if _ends_name(c, head)), default=len(head.doc))
    kept: list[Token] = []
    for token in tokens:
        if token.i > head.i and (_breaks_phrase(token) or token.i >= limit):
            name = _name_after_comma(tokens, token) if head.pos_ != "PROPN" else None
            if not name and head.pos_ != "PROPN" and token.text != ",":
                # 'chief economist at Halvik Capital, Dana Whitcombe': the name after the
                # title's affiliation.
                commas = [t for t in tokens if t.i > token.i and t.text == ","]
                name = _name_after_comma(tokens, commas[-1]) if commas else None
            if name:
                return name
            break
        kept.append(token)
    return _with_number_after_abbreviation(
        _trim(_with_name_after_title(_without_epithets(kept, head), end)), end
    )


def _with_number_after_abbreviation(tokens: list[Token], end: int) -> list[Token]:
    """'Juror No' + '. 8' when the parse cut a numbering abbreviation from its number."""
    if not tokens:
        return tokens
    doc = tokens[-1].doc
    k = tokens[-1].i + 1
    if k + 1 < len(doc) and doc[k + 1].idx < end and _numbering_dot(doc[k]):
        return [*tokens, doc[k], doc[k + 1]]
    return tokens


def _breaks_phrase(token: Token) -> bool:
    """A comma, bracket, colon, dash or quotation mark ending a phrase; a hyphen inside a
    name ('Lower Saxony-Anhalt') does not."""
    if token.text in _MARKS:
        return True
    if token.text not in _PHRASE_BREAKS:
        return False
    if token.text in {"-", "–"}:
        previous = token.doc[token.i - 1] if token.i > 0 else None
        return previous is None or bool(previous.whitespace_)
    return True


def _ends_name(token: Token, head: Token) -> bool:
    """Where a speaker's phrase ends before the words that only describe them: an occasion
    after a name, the affiliation after a person's name ('Keith Springer of Capital
    Advisory'), a relative clause ('a professor who specializes in bankruptcy'), a second
    person joined to the first ('Dana Roe and Lars Brennick')."""
    if token.head.i != head.i:
        return False
    if token.dep_ in {"relcl", "acl"} and token.i > head.i + 1:
        return True
    if token.dep_ == "prep" and head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        return True
    if token.dep_ == "cc" and token.ent_iob_ != "I" and head.ent_type_ == "PERSON":
        # 'Dana Roe and Lars Brennick said': the quote is the first person's.
        return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.rights)
    if token.dep_ == "prep" and token.lower_ in _AFFILIATIONS and head.tag_ == "NN":
        rules = _rules()
        lemma = head.lemma_.lower()
        return lemma not in rules.occasion_heads | rules.org_nouns
    return _occasion_after(token, head) or _time_after_description(token, head)


def _occasion_after(token: Token, head: Token) -> bool:
    """'Director Kowalski in the Joint Closing Statement': an occasion preposition on the head
    ends the name; not one inside a name the recogniser tags ('Council on Harbor Safety')."""
    rules = _rules()
    return (
        token.dep_ == "prep"
        and token.head.i == head.i
        and head.pos_ == "PROPN"
        and token.lower_ in rules.occasion_prepositions
        and not _inside_name(token)
    )


def _time_after_description(token: Token, head: Token) -> bool:
    """'said the 24-year-old on the eve of the final', '... the striker at a news conference':
    an occasion preposition whose object is a time, an occasion or a named event ends a
    described speaker's phrase; not a place or a thing that describes them ('the man in the
    red coat', 'the officer at the scene')."""
    if token.dep_ != "prep" or head.pos_ == "PROPN":
        return False
    rules = _rules()
    if token.lower_ not in rules.occasion_prepositions:
        return False
    words = rules.occasion_times | rules.occasion_heads
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in _TIME_OR_EVENT or c.lemma_.lower() in words)
        for c in token.children
    )


_TIME_OR_EVENT = {"DATE", "TIME", "EVENT"}


def _inside_name(token: Token) -> bool:
    """Whether a word is inside a name the recogniser tags, after its first word: 'on' of
    'Council on Harbor Safety'."""
    return token.ent_iob_ == "I" and token.ent_type_ in _BODY_NAMES


_BODY_NAMES = {"ORG", "FAC", "GPE"}


def _name_after_comma(tokens: Sequence[Token], comma: Token) -> list[Token]:
    """'the general secretary of the union, Ellis Pike': a person's name closing the phrase
    after a comma stands for the speaker."""
    if comma.text != ",":
        return []
    rest = [t for t in tokens if t.i > comma.i]
    rest = _trim(rest)
    if rest and all(t.ent_type_ == "PERSON" for t in rest):
        return rest
    return []


def _without_epithets(tokens: list[Token], head: Token) -> list[Token]:
    """A name without the article and adjectives before it: 'a tearful Dana Whitcombe'."""
    if head.pos_ != "PROPN" or not head.is_title:
        return tokens
    k = 0
    while k < len(tokens) and tokens[k].pos_ in {"DET", "ADJ"} and tokens[k].i < head.i:
        k += 1
    return tokens[k:] if k < len(tokens) and tokens[k].pos_ == "PROPN" else tokens


def _with_name_after_title(tokens: list[Token], end: int) -> list[Token]:
    """'Sgt' + '. Marty Earley' when the parse split an abbreviated title from the name, also
    after two titles ('Dist. Atty. Ruth Calloway')."""
    extended = list(tokens)
    while extended and extended[-1].i + 2 < len(extended[-1].doc):
        doc = extended[-1].doc
        dot = doc[extended[-1].i + 1]
        if not _abbreviation_dot(dot):
            break
        extended.append(dot)
        for token in doc[dot.i + 1 :]:
            if token.pos_ != "PROPN" or token.idx >= end:
                break
            extended.append(token)
    return extended


def _subject(verb: Token) -> Token | None:
    """The verb's subject (the nearest, when the parse gives two), or that of the verb it
    depends on ('..., adding: "')."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:
            position = current.i
            nearest = min(subjects, key=lambda c: abs(c.i - position))
            return _described_person_before(subjects, nearest) or nearest
        if current.dep_ not in _INHERIT_SUBJECT or current.head.i == current.i:
            return None
        current = _reporter_of_conjunct(current)
    return None


def _described_person_before(subjects: list[Token], nearest: Token) -> Token | None:
    """A person whose title and affiliation run up to the verb, the affiliation's last part
    read as the subject ('Dana Roe, chairperson of Local 12, Telvora Workers union said'):
    the person named right before a comma and a title word, with only that description (no
    verb, no 'and') up to the comma before the subject."""
    doc = nearest.doc
    edge = nearest.left_edge.i
    if edge < 4 or doc[edge - 1].text != "," or nearest.i > nearest.head.i:
        return None
    sentence = nearest.sent.start
    people = [e for e in doc[sentence : edge - 1].ents if e.label_ == "PERSON"]
    if not people:
        return None
    person = people[-1]
    words = [t for t in doc[person.end : edge - 1]]
    if len(words) < 2 or words[0].text != ",":
        return None
    title = next((t for t in words[1:] if t.pos_ != "DET"), None)
    if title is None or not _title_word(title.text):
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.lower_ in _COORDINATORS for t in words):
        return None
    if any(s.i < edge and s.i != nearest.i and s.i >= person.end for s in subjects):
        return None
    return person[-1]


def _main_subject(token: Token) -> bool:
    """Whether a word is (in apposition to) the subject of its sentence's main clause, or of
    a clause joined to it by 'and': 'Roe said Doe was ...' -> Roe, not Doe."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ not in _SUBJECTS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _reporter_of_conjunct(verb: Token) -> Token:
    """The verb whose subject a verb without one takes: its head, but for a reporting verb
    joined to the reported words ('Lyons said that Comeaux used ... and added'), the verb
    that reports them."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and _is_reporting_verb(verb)
        and head.dep_ == "ccomp"
        and _is_reporting_verb(head.head)
        and not _is_reporting_verb(head)
    ):
        return head.head
    return head


def _antecedent(context: _Context, pronoun: str, before: int) -> CharSpan | None:
    """The mention before `before` (outside quotation marks) that a pronoun stands for: for
    he/she/I the nearest person who is the subject of a clause in the last few lines,
    else the nearest person; for they/we the nearest organization, place, group or plural
    subject; for it the nearest organization, place or group."""
    if pronoun in _PERSON_PRONOUNS:
        gender = word_gender(pronoun)
        person = _person_antecedent(context, before, gender)
        if person is not None and gender is not None:
            context.learn_gender(person, gender, before)
        return person
    candidates = [_last_before(context.groups, before)]
    if pronoun in _GROUP_PRONOUNS:
        candidates.append(_last_before(context.plural_subjects, before))
        # 'The insurer refused. They said, "..."': an organization the text only describes.
        window = _window_start(context, before)
        described = [
            span
            for span, _, is_person in context.described_subjects
            if not is_person and window <= span[0] and span[1] <= before
        ]
        candidates.append(described[-1] if described else None)
    found = [c for c in candidates if c is not None]
    return max(found, key=_by_end) if found else None


def _person_antecedent(
    context: _Context, before: int, gender: str | None = None, depth: int = 0
) -> CharSpan | None:
    """The nearest person who is a subject in the last few lines (a person entity, or a
    proper-noun subject the entity recogniser mislabelled), else the nearest person
    entity; never one the text marks as of the other gender than the pronoun's."""
    named = _named_antecedent(context, before, gender)
    window = _window_start(context, before)
    if (
        gender is not None
        and depth < _CHAIN_DEPTH
        and not _subject_in_window(context, named, window)
    ):
        # 'Halvik asked her to pose. ... She told Corvane Weekly: "...". ..., she said': with no
        # named subject nearby, the same pronoun as the subject of an earlier line goes on
        # standing for the person it stood for there, not for the nearest name in any role.
        earlier = _pronoun_subject(context, window, before, gender)
        last = max(named[1] if named else -1, _last_described(context, window, before, gender))
        if earlier is not None and earlier.idx > last:
            chained = _person_antecedent(context, earlier.idx, gender, depth + 1)
            if chained is not None:
                return chained
    # 'My father had a saying. He would tell us: "..."': the person the text describes, as the
    # subject of a main clause after the nearest name; after a name that is a subject nearby,
    # only a relative ('my father') or a person brought in as new ('one customer', 'a
    # resident'), as 'the man' may be the named one again.
    loose = named is None or not _subject_in_window(context, named, window)
    for span, noun, is_person in reversed(context.described_subjects):
        if span[1] > before or not is_person:
            continue
        if span[0] < window or (named is not None and span[0] < named[1]):
            break
        first = context.text[span[0] : span[1]].split()[0].lower()
        known = loose or first in _OWNERS
        known = known or (first in _INDEFINITE and _last_person_in(context, span, before))
        if known and (gender is None or word_gender(noun) in {None, gender}):
            definite = first in _DEFINITE
            return (_named_description(context, noun, span[0]) if definite else None) or span
    for span, noun in reversed(context.described_reporters):
        if span[1] > before or (gender is not None and word_gender(noun) not in {None, gender}):
            continue
        # 'a local official told AFP' after the last name: '..., he added' is the official's.
        if span[0] >= window and (named is None or span[0] > named[1]):
            return span
        break
    return named


_CHAIN_DEPTH = 4


def _last_person_in(context: _Context, span: CharSpan, before: int) -> bool:
    """Whether a person the text brings in as new ('One customer was doubtful.') is the last
    person it mentions before `before`: no name, nor a he/she/him/her for someone else
    ('A photographer named Dana Roe asked her to pose'), outside quotation marks."""
    for token in _tokens(context.doc, span[1], before):
        if context.inside_quote(token.idx, token.idx + 1):
            continue
        if token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS:
            return False
    return True


def _last_described(context: _Context, start: int, before: int, gender: str) -> int:
    """The end of the last person described, not named, as the subject of a main clause
    between `start` and `before` whose noun does not mark the other gender ('My aunt kept
    bees. She sold honey.': 'She' goes back no further than 'My aunt'), else -1."""
    for span, noun, is_person in reversed(context.described_subjects):
        if span[1] > before or not is_person:
            continue
        if span[0] < start:
            break
        if word_gender(noun) in {None, gender}:
            return span[1]
    return -1


def _pronoun_subject(context: _Context, start: int, end: int, gender: str) -> Token | None:
    """The last 'he' or 'she' of this gender that is the subject of a clause between `start`
    and `end`, outside quotation marks."""
    for token in reversed(_tokens(context.doc, start, end)):
        if token.dep_ not in _SUBJECTS or token.lower_ not in _PERSON_PRONOUNS:
            continue
        if word_gender(token.lower_) == gender and not context.inside_quote(
            token.idx, token.idx + 1
        ):
            return token
    return None


def _named_antecedent(context: _Context, before: int, gender: str | None) -> CharSpan | None:
    people = [m for m in context.people if _agrees(context, m.span, gender, before)]
    index = bisect_right([m.span[1] for m in people], before)
    if not index:
        return None
    window = _window_start(context, before)
    for k in range(index - 1, -1, -1):
        mention = people[k]
        if mention.span[1] < window:
            break
        if mention.subject and mention.span[0] >= window:
            if not mention.main and k == index - 1:
                # 'Roe said Doe was charged. "...," he said': Roe, the main clause's subject,
                # when no one is named between that sentence and the pronoun.
                for other in reversed(people[:k]):
                    if other.sentence != mention.sentence or other.span[0] < window:
                        break
                    if other.main:
                        return other.span
            return mention.span
    return people[index - 1].span


def _subject_in_window(context: _Context, span: CharSpan | None, window: int) -> bool:
    """Whether a person's mention is the subject of a clause at or after `window`."""
    return (
        span is not None
        and span[0] >= window
        and any(m.span == span and m.subject for m in context.people)
    )


def _agrees(
    context: _Context, span: CharSpan, gender: str | None, before: int | None = None
) -> bool:
    """Whether a person's mention may stand for a pronoun of this gender: the gender the text
    marks for the name, else (for a pronoun at `before`) the one of a pronoun earlier in the
    text that stood for the name ('"...," he said' makes Pellton a man for a later 'she')."""
    if gender is None:
        return True
    words = context.text[span[0] : span[1]].split()
    if not words:
        return True
    known = context.genders.get(words[-1])
    if known is None and before is not None:
        known = context.learned_gender(words[-1], before)
    return known is None or known == gender


def _gender_of(context: _Context, span: CharSpan) -> str | None:
    """The gender the words around one mention of a person mark (see `_Context.genders`)."""
    mention = context.doc.char_span(*span, alignment_mode="expand")
    return mention_gender(mention) if mention is not None else None


def _described_as_person(token: Token) -> bool:
    """A capitalised subject with a person's description in apposition: 'Darcy Davies, an
    agriculture student'."""
    if token.pos_ != "PROPN" or token.ent_type_ in {"PERSON", *_NOT_PEOPLE}:
        return False
    nouns = _rules().speaking_nouns
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in token.children)


_ACTING_DEPS = _SUBJECTS | {"poss", "agent", "ROOT"}
_SOURCE_PREPOSITIONS = {"by", "from", "with", "to"}


def _acting_group(ent: Span) -> bool:
    """Whether an organization, place or group is named in a role where it acts, so that a
    later 'they' or 'it' may stand for it as a speaker: a subject or possessor ('Telvora
    refused', 'Corvane's board'), an agent or source ('a letter from Corvane Mutual'), with
    its conjuncts; not a place where something happens ('raised in Pellton'), a thing acted
    on ('cut Halvik Care and Telvora Aid') or a word that describes a person ('a moderate
    Telvoran'). A country acts wherever it is named."""
    if ent.label_ == "GPE" and country(re.sub(r"^the\s+", "", ent.text, flags=re.I)):
        return True  # 'I went to Telvora. They said, "..."': a country speaks as a state
    root = ent.root
    while root.dep_ in {"conj", "appos", "compound"} and root.head.i != root.i:
        root = root.head
    if root.dep_ in _ACTING_DEPS:
        return True
    if root.dep_ == "pobj":
        return root.head.lower_ in _SOURCE_PREPOSITIONS and ent.label_ != "GPE"
    return False


def _mislabelled_person(ent: Span) -> bool:
    """A 'person' entity that cannot stand for he or she: a lone plural noun ('Greeks
    must accept ...') or a name under an article ('the Herald stated'), as a person's name
    takes none."""
    if len(ent) == 1 and ent.root.tag_ in _PLURAL_TAGS and ent.root.lower_.endswith("s"):
        return True
    if len(ent) == 1 and _acronym(ent[0]) and ent.doc[ent.end : ent.end + 1].text != ":":
        return True  # 'VTX said', 'when TLR spread': an acronym, not a person, save a turn label
    if ent[-1].lower_.rstrip(".") in _rules().title_words:
        return False  # 'the President': a title that stands for its holder
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")


def _acronym(token: Token) -> bool:
    """A word of two or more capitals and no dot ('CRV', 'TLR'), not a name's initials."""
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def _may_be_person(token: Token) -> bool:
    """A proper-noun subject the recogniser did not call a person, but may be one: no label
    or a wrong one ('Kaveh Rostami' as a facility), or an 'organization' that reports
    ('25-year-old Nasrin said'); never one under an article ('the Herald') or the passive
    subject of a reporting verb ('Telvora's Government was warned')."""
    if token.pos_ != "PROPN" or token.ent_type_ in {"PERSON", "GPE", "NORP", "DATE"}:
        return False
    titled = token.lower_.rstrip(".") in _rules().title_words  # 'the President said'
    if not titled and any(c.dep_ == "det" and c.i == token.i - 1 for c in token.children):
        return False
    if token.is_upper and len(token.text) > 1:  # an acronym: 'IRNA reported'
        return False
    if _common_word_capitalised(token):
        return False
    if token.ent_type_ != "ORG":
        return True
    reports = token.dep_ == "nsubj" and _is_reporting_verb(token.head)
    return reports and _bare_name(token.text) not in _rules().known_names


def _common_word_capitalised(token: Token) -> bool:
    """A lone capitalised word that opens its sentence and is written in lower case
    elsewhere in the text: a common noun, not a name ('Modelling didn't bother her' beside
    'nothing wrong with modelling')."""
    doc = token.doc
    alone = not any(t.pos_ == "PROPN" for t in (doc[token.i - 1 : token.i] if token.i else []))
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    alone = alone and (following is None or following.pos_ != "PROPN")
    if not token.is_sent_start or not alone or not token.is_title:
        return False
    return re.search(rf"\b{re.escape(token.lower_)}\b", doc_text(doc)) is not None


def _name_ending_at(token: Token) -> list[Token]:
    """The run of proper nouns ending at `token`, without titles ('Secretary', 'Sgt.')."""
    titles = _rules().title_words
    first = token.i
    doc = token.doc
    while first > 0:
        previous = doc[first - 1]
        if previous.pos_ != "PROPN" or previous.lower_.rstrip(".") in titles:
            break
        first -= 1
    return list(doc[first : token.i + 1])


def _person_span(mention: Span) -> CharSpan:
    """A person's mention, with the first names the recogniser left out ('Tariq' of
    'spokesman Tariq Nabil Hamdan')."""
    last = mention.doc[mention.end - 1]
    titles = _rules().title_words
    first = mention.start
    while mention.end - first > 2 and mention.doc[first].lower_.rstrip(".") in titles:
        first += 1  # 'Czar Dana Roe' tagged whole: the name after the title
    if first > mention.start:
        return (mention.doc[first].idx, mention.end_char)
    if mention.start == 0 or mention.doc[mention.start - 1].pos_ != "PROPN":
        return (mention.start_char, mention.end_char)
    tokens = _name_ending_at(last)
    return (min(tokens[0].idx, mention.start_char), mention.end_char)


def _is_subject(mention: Span) -> bool:
    """The subject of a clause, in apposition to one, the name a copula predicates ('The first
    to arrive was Corin Halvik, who ...': the clause is about Halvik), or the source of
    'according to'."""
    root = mention.root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ in _SUBJECTS:
        return True
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        return True
    first = root.left_edge.i
    before = mention.doc[first - 2] if first > 1 else None
    return root.dep_ == "pobj" and before is not None and before.lower_ == "according"


def _described_between(context: _Context, start: int, end: int) -> bool:
    """Whether a person described but not named ('this one farmer', 'a neighbour')
    stands between a name and a pronoun, so that the pronoun may be theirs."""
    nouns = _rules().person_nouns
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in nouns and not t.ent_type_
        for t in _tokens(context.doc, start, end)
        if not context.inside_quote(t.idx, t.idx + 1)
    )


def _window_start(context: _Context, position: int) -> int:
    """The start of the line a few lines before the one holding `position`."""
    index = bisect_right(context.line_starts, position) - 1
    if index < 0:
        return 0
    return context.lines[max(index - _ANTECEDENT_LINES, 0)][0]


def _speaker(context: _Context, head: Token, start: int, end: int, anchor: int) -> CharSpan | None:
    """The speaker's span for a subject head: the phrase it heads inside [start, end), or the
    antecedent of a pronoun (the pronoun itself when none is found). Never words inside
    quotation marks ('"follow the practices" that call for reviews')."""
    span = _speaker_phrase(context, head, start, end, anchor)
    if span is None or context.inside_quote(*span):
        return None
    return span


def _speaker_phrase(
    context: _Context, head: Token, start: int, end: int, anchor: int
) -> CharSpan | None:
    lowered = head.lower_
    if lowered in _RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        noun = head.head.head
        if lowered == "who":
            noun = _person_above(noun)
        return _char_span(_noun_phrase(noun, 0, noun.idx + len(noun.text) + 1))
    if lowered in _RELATIVE_PRONOUNS or lowered in _INTERROGATIVES:
        return None
    own = _char_span(_noun_phrase(head, start, end))
    turn = _turn_of(context, head.idx) if lowered in _FIRST_PERSON | _SECOND_PERSON else None
    if turn is not None:
        # In a transcript 'I' is whoever holds the turn; 'you', in an answer, the one who
        # asked. A reporter ('Q') is no one the text names.
        index, label = turn
        addressed = context.turns[index - 1][1] if index else None
        if lowered in _SECOND_PERSON and label is not None and addressed is None:
            return None
        holder = label if lowered in _FIRST_PERSON else addressed if label is not None else None
        if lowered in _FIRST_PERSON and holder is None:
            return None
        named = _turn_holder(context, holder) if holder is not None else None
        if named is not None:
            return named
    if lowered in _FIRST_PERSON and _author(context) is not None:
        return _author(context)
    if lowered in _SECOND_PERSON:
        # 'Q: Sir, you said, "..."' in a transcript: the person addressed, who is the one
        # the text is by when its title names one, else the next speaker's label; never
        # the pronoun itself.
        return _author(context) or _next_turn(context, head.idx)
    if lowered in _THING_PRONOUNS:
        text = _text_before(context, head)
        if text is not None:
            # 'Let me end with a verse by Dana Roe. It says, "..."': the text's author or
            # issuer, never a place or body named near it.
            return _text_issuer(context, text, min(anchor, head.idx))
    if lowered in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _THING_PRONOUNS:
        found = _antecedent(context, lowered, min(anchor, head.idx))
        if found is not None and lowered in _PERSON_PRONOUNS:
            # 'The Director spoke on trade. "...," he said': the title's holder.
            return _title_holder(context, found, found[0]) or found
        return found or own
    before = min(anchor, head.idx)
    if _is_study(head):
        # 'A 2019 study in the Journal of X found': its unnamed authors, under the text's
        # description; a person or organization after 'by' is the author.
        author = _study_author(head)
        possessive = next(
            (c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None
        )
        owner = _owner(context, possessive, before) if possessive is not None else None
        if owner is not None and _names_researchers(context.text[owner[0] : owner[1]]):
            return owner  # 'Their paper concludes:' after 'Researchers at X found ...'
        if author is not None:
            return _char_span(_noun_phrase(author, start, end)) or own
        if not _is_document(head) or own is not None:
            return _through_journal(context, head, own)
    if _is_document(head):
        return _issuer(context, head, before) or _last_reporter(context, before) or own
    holder = _title_holder(context, own, before)
    named = _person_inside(context, own) or _named_in_apposition(context, head)
    named = named or _named_after_affiliation(context, head, start, end) or holder
    named = named or _described_earlier(context, head, before)
    named = named or _described_anaphor(context, head, own, before)
    return named or _organization_described(context, head, own, before) or own


def _text_before(context: _Context, pronoun: Token) -> Token | None:
    """The written text 'it' stands for: the last noun naming a text ('a passage', 'the
    letter') outside quotation marks, in the pronoun's sentence or the one before."""
    start = pronoun.sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    texts = _rules().text_nouns
    found = [
        t
        for t in pronoun.doc[start : pronoun.i]
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in texts
        and not context.inside_quote(t.idx, t.idx + 1)
    ]
    return found[-1] if found else None


def _text_issuer(context: _Context, text: Token, before: int) -> CharSpan | None:
    """Who wrote or issued a text 'it' stands for: the one named on it ('a verse by Dana
    Roe', also when the parse hangs 'from' on the verb), else the subject of the clause
    that issues it ('The union issued a statement.'), not 'I' or 'you', who only pass it on."""
    found = _issuer(context, text, before)
    if found is not None and found[0] >= _window_start(context, before):
        return found  # not a namesake text far back ('my prayer' ... 'a prayer of Pellton')
    following = text.doc[text.i + 1] if text.i + 1 < len(text.doc) else None
    if following is not None and following.lower_ in {"from", "by"}:
        objects = [c for c in following.children if c.dep_ == "pobj"]
        if objects:
            return _char_span(_noun_phrase(objects[0], following.idx, len(context.text)))
    if text.dep_ not in _ISSUE_VERB_DEPS:
        return None
    subject = _subject(text.head)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS | _FIRST_PERSON | {"we", "you"}:
        return None
    return _speaker_phrase(context, subject, 0, text.idx, text.idx)


def _named_in_apposition(context: _Context, head: Token) -> CharSpan | None:
    """The person named in apposition to a description that is the subject: 'The firm's
    chief, Dana Whitcombe, said' -> 'Dana Whitcombe'."""
    if head.ent_type_ == "PERSON" or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    # The parse may hang the name on the last noun of the description ('The candidate for
    # mayor in Pellton, Dana Whitcombe, ...'), but not on another person's name.
    for token in head.subtree:
        if token.i <= head.i or token.dep_ != "appos" or token.ent_type_ != "PERSON":
            continue
        if token.head.ent_type_ == "PERSON":
            continue
        span = _char_span(_name_ending_at(token))
        if span is not None and not context.inside_quote(*span):
            return span
    return None


_AFFILIATION_LINKS = {"at", "of", "with"}


def _named_after_affiliation(
    context: _Context, head: Token, start: int, end: int
) -> CharSpan | None:
    """The name closing a title's affiliation, which the parse hangs on the organization:
    'Chief economist at Halvik Capital Group Dana Whitcombe said' -> 'Dana Whitcombe'. Not
    a person the title serves ('a lawyer for Dana Roe'), nor one without an organization
    before the name ('the son of Dana Roe')."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _rules().speaking_nouns:
        return None
    for link in head.rights:
        if link.dep_ != "prep" or link.lower_ not in _AFFILIATION_LINKS:
            continue
        objects = [c for c in link.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ != "PERSON" or objects[0].idx >= end:
            continue
        name = [t for t in _name_ending_at(objects[0]) if t.i > link.i]
        while name and name[0].ent_type_ != "PERSON":
            name = name[1:]
        if len(name) < 2 or name[0].idx < start:
            continue
        if any(t.ent_type_ == "ORG" for t in context.doc[link.i + 1 : name[0].i]):
            return _char_span(name)
    return None


def _described_earlier(context: _Context, head: Token, before: int) -> CharSpan | None:
    """The person a definite description stands for when a name before it had that noun in
    apposition: 'the doctor' after 'Dana Roe, a doctor at the clinic, said'."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _rules().person_nouns:
        return None
    determiner = next((c for c in head.children if c.dep_ == "det"), None)
    if determiner is None or determiner.lower_ != "the":
        return None
    found = _named_description(context, head.lemma_.lower(), before)
    if found is None or found[1] < _window_start(context, before):
        return None
    return found


# At most this many words in a description that refers back to a named person ('the
# Corvane-born actress').
_ANAPHOR_WORDS = 5


def _described_anaphor(
    context: _Context, head: Token, phrase: CharSpan | None, before: int
) -> CharSpan | None:
    """The person a definite description of a named person stands for, as 'he' or 'she'
    would: 'Dana Roe, 28, ... "...," the Corvane star said' (or 'the 28-year-old', 'the
    actress') -> the nearest person named in the last few lines, of the noun's gender. Not
    when the noun describes someone else before it ('a Corvane actor said ... the actor')."""
    if phrase is None:
        return None
    words = _tokens(context.doc, *phrase)
    if not words or words[0].lower_ != "the":
        return None
    if sum(1 for t in words if not t.is_punct) > _ANAPHOR_WORDS:
        return None
    if any(t.ent_type_ == "PERSON" for t in words):
        return None
    if not _age_description(words) and not _anaphoric_noun(head):
        return None
    if head.lemma_.lower() in _rules().title_words:
        return None  # a title is its holder's ('the minister'), or no one's (`_title_holder`)
    if _describes_another(context, head, phrase[0]):
        return None
    gender = word_gender(head.lemma_)
    # A person the text described with a word of the description ('Corvane actress Dana Roe'
    # for 'the Corvane star', 'Dana Roe, 28,' for 'the 28-year-old'), else the nearest one.
    wanted = {t.lower_ for t in words[1:] if not t.is_punct} | {head.lemma_.lower()}
    wanted -= _AGE_WORDS
    for mention in reversed(context.people):
        fits = mention.span[1] <= before and _agrees(context, mention.span, gender)
        if fits and wanted & _description_words(context, mention.span):
            return mention.span
    window = _window_start(context, before)
    named = [
        m
        for m in context.people
        if window <= m.span[0]
        and m.span[1] <= before
        and _agrees(context, m.span, gender)
        and _person_entity(context, m.span)
    ]
    subjects = [m for m in named if m.subject]
    found = (subjects or named)[-1:]
    return found[0].span if found else None


def _person_entity(context: _Context, span: CharSpan) -> bool:
    """Whether a person's mention is a name the recogniser tags as a person's, here or where
    the text names them in full ('Capaldi' after 'Peter Capaldi')."""
    words = context.text[span[0] : span[1]].split()
    return bool(words) and words[-1] in context.person_surnames


_AGE_WORDS = {"year", "old", "-"}
# At most this many words before a name that may describe the person ('Telvora actress').
_DESCRIBING_WORDS = 4


def _description_words(context: _Context, mention: CharSpan) -> set[str]:
    """The lowercased words describing a person's mention: those right before the name, to
    the nearest punctuation or verb ('Corvane actress Dana Roe'), and those of a phrase in
    apposition after it ('Dana Roe, 28, ...')."""
    span = context.doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return set()
    found = {t.lower_ for t in _apposition(span)}
    for token in reversed(context.doc[max(span.start - _DESCRIBING_WORDS, 0) : span.start]):
        if token.is_punct or token.pos_ in {"VERB", "AUX", "DET", "ADP"}:
            break
        found.add(token.lower_)
    return found


# Endings of nouns for a person by what they do ('the evangelist', 'the campaigner').
_AGENT_ENDINGS = ("ist", "er", "or", "ian")


def _anaphoric_noun(head: Token) -> bool:
    """A noun that refers back to a named person: one of the `speech` anaphoric nouns, or a
    singular noun for a person by what they do that the lexicons do not know as a role of
    some unnamed other or as a body ('the evangelist', not 'the spokesman' or 'the paper')."""
    rules = _rules()
    lemma = head.lemma_.lower()
    if lemma in rules.anaphoric_nouns:
        return True
    known = rules.speaking_nouns | rules.org_nouns | rules.family_words | rules.occasion_heads
    return (
        head.tag_ == "NN"
        and lemma.endswith(_AGENT_ENDINGS)
        and len(lemma) > len("actor")
        and lemma not in known
    )


def _age_description(words: Sequence[Token]) -> bool:
    """Whether a phrase describes a person by their age: 'the 28-year-old'."""
    return any(
        t.lower_ == "old" and any(c.lemma_.lower() == "year" for c in t.children) for t in words
    )


def _describes_another(context: _Context, head: Token, start: int) -> bool:
    """Whether the head noun of a description was used before `start` for someone not named
    there: 'a Corvane actor' (or 'the actor' of another line), not 'actor Dana Roe' or 'Dana
    Roe, an actor'."""
    lemma = head.lemma_.lower()
    for token in _tokens(context.doc, 0, start):
        if token.lemma_.lower() != lemma or context.inside_quote(token.idx, token.idx + 1):
            continue
        near = [token, token.head, *token.children]
        if not any(t.ent_type_ == "PERSON" for t in near):
            return True
    return False


def _person_above(noun: Token) -> Token:
    """The person a 'who' clause describes when the parse hangs it on a thing near them: 'a
    distraught woman outside the bank, who wept' -> 'woman'."""
    nouns = _rules().speaking_nouns
    current = noun
    for _ in range(3):
        if current.ent_type_ == "PERSON" or current.lemma_.lower() in nouns:
            return current
        if current.head.i == current.i:
            break
        current = current.head
    return noun


def _organization_described(
    context: _Context, head: Token, phrase: CharSpan | None, before: int
) -> CharSpan | None:
    """The organization a definite description stands for ('the company', 'the paper', 'the
    US software giant'): the nearest organization named in the last few lines (an entity,
    or a capitalised subject the recogniser did not call a person)."""
    if phrase is None or head.pos_ != "NOUN" or head.lemma_.lower() not in _rules().org_nouns:
        return None
    words = _tokens(context.doc, *phrase)
    if not words or words[0].lower_ not in _DEFINITE:
        return None
    if any(t.ent_type_ in {"PERSON", "ORG"} for t in words):
        return None
    window = _window_start(context, before)
    candidates = [
        (ent.start_char, ent.end_char)
        for ent in context.entities
        if ent.label_ == "ORG" or (ent.label_ == "GPE" and _is_subject(ent))
    ]
    found = [
        c for c in candidates if window <= c[0] and c[1] <= before and not context.inside_quote(*c)
    ]
    return max(found, key=_by_end) if found else None


def _last_reporter(context: _Context, before: int) -> CharSpan | None:
    """Who last reported something in the last few lines ('..., France Telecom said.'): the
    named subject of the nearest reporting verb, for a document that speaks ('a statement
    said') without naming its issuer."""
    window = _window_start(context, before)
    start = context.doc.char_span(window, before, alignment_mode="contract")
    if start is None:
        return None
    for verb in reversed(list(start)):
        if not _is_reporting_verb(verb) or context.inside_quote(verb.idx, verb.idx + 1):
            continue
        subject = _subject(verb)
        if subject is not None and subject.pos_ == "NOUN":
            # 'A Corvane spokeswoman confirmed ...': the organization the person speaks for.
            subject = next(
                (
                    c
                    for c in subject.children
                    if c.dep_ in {"compound", "poss"}
                    and c.pos_ == "PROPN"
                    and c.ent_type_ not in _PLACES_AND_TIMES | {"NORP"}
                ),
                None,
            )
        if subject is None or subject.pos_ != "PROPN":
            continue
        span = _char_span(_noun_phrase(subject, window, before))
        if span is not None and not context.inside_quote(*span):
            return span
    return None


_DOCUMENT_LINKS = {"from", "by", "of"}
_POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}
_ISSUE_VERB_DEPS = {"dobj", "nsubjpass"}
#: entity tags of a body, nation or person that may issue a document ('a Telvora statement')
_BODY_TAGS = {"ORG", "GPE", "PERSON"}
_AUTHORED_TITLE = re.compile(
    r"(?:statement|remarks|message|letter|readout|op-ed)\b[^\n]*?\b(?:from|by|of)\s+", re.I
)


def _author(context: _Context) -> CharSpan | None:
    """The person a text is by when its title says so ('Statement from Governor Marta Kowalski
    on ...'): the first person named after 'from', 'by' or 'of'."""
    if not context.lines:
        return None
    start, end = context.lines[0]
    match = _AUTHORED_TITLE.match(context.text, start, end)
    if match is None:
        return None
    for mention in context.people:
        if match.end() <= mention.span[0] and mention.span[1] <= end:
            return mention.span
    return None


# A transcript's speaker label opening a line: 'MS. ROE:', 'THE GOVERNOR:', 'SECRETARY ROE:'.
_TURN_LABEL = re.compile(r"([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}):(?=\s|$)")

# A reporter's question opening a line of a transcript: 'Q    Thank you.', 'Q: Sir, ...'.
_QUESTION_TURN = re.compile(r"Q(?::\s|\s{2,}|\s(?=[A-Z(—–-]))")

# How many lines after a question its answer's label may come.
_TURN_LINES = 4


def _turn_of(context: _Context, position: int) -> tuple[int, CharSpan | None] | None:
    """The turn of a transcript that `position` lies in: its index and its speaker's label
    (None for a reporter's question, 'Q'). None outside a transcript, or before its first
    turn."""
    turns = context.turns
    if len(turns) < 2:
        return None
    index = bisect_right([start for start, _ in turns], position) - 1
    return (index, turns[index][1]) if index >= 0 else None


def _turn_holder(context: _Context, label: CharSpan) -> CharSpan | None:
    """The person a turn's label names by surname: the shortest full name the text gives
    with that last word ('MS. ROE:' -> 'Dana Roe' of the title; of a longer mention, its last
    two words, as a title may run into the name). None for a label without one ('THE
    PRESIDENT:')."""
    last = context.text[label[0] : label[1]].split()[-1].strip(".").lower()
    found: list[CharSpan] = []
    for mention in context.people:
        words = context.text[mention.span[0] : mention.span[1]].split()
        if len(words) > 1 and words[-1].strip(".").lower() == last:
            found.append(mention.span)
    if not found:
        return None
    start, end = min(found, key=lambda span: len(context.text[span[0] : span[1]].split()))
    runs = list(re.finditer(r"\S+", context.text[start:end]))
    if len(runs) > 3:
        start += runs[-2].start()
    return (start, end)


def _next_turn(context: _Context, position: int) -> CharSpan | None:
    """The label of the next turn of a transcript after `position`: who answers the
    question asked there."""
    line = bisect_right(context.line_starts, position) - 1
    for start, end in context.lines[line + 1 : line + 1 + _TURN_LINES]:
        match = _TURN_LABEL.match(context.text, start, end)
        if match is not None and match.group(1) != "Q":
            return match.span(1)
    return None


def _is_document(head: Token) -> bool:
    """A statement, letter, release or the like (the `speech` occasions) as a subject."""
    heads = _rules().occasion_heads
    return head.pos_ == "NOUN" and head.lemma_.lower() in heads


def _issuer(context: _Context, head: Token, before: int) -> CharSpan | None:
    """Who issued the document that 'says' ('"...," the statement said'): the speaker named
    on it ('a statement from the ministry', 'the ministry's statement'), else on the
    nearest mention of the same document before ('The ministry issued a statement.')."""
    lemma = head.lemma_.lower()
    mentions = [head] + [
        t
        for t in reversed(context.doc[: head.i])
        if t.lemma_.lower() == lemma
        and t.idx < before
        and not context.inside_quote(t.idx, t.idx + 1)
    ]
    for mention in mentions:
        for child in mention.children:
            if child.dep_ == "poss" and child.lower_ in _POSSESSIVES:
                found = _owner(context, child, before)
                if found is not None:
                    return found
            elif child.dep_ == "poss" and child.pos_ != "PRON":
                return _char_span(_noun_phrase(child, 0, mention.idx))
            if child.dep_ == "prep" and child.lower_ in _DOCUMENT_LINKS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _char_span(_noun_phrase(objects[0], child.idx, len(context.text)))
        named = _named_on_document(context, mention, before)
        if named is not None:
            return named
        if mention.dep_ in _ISSUE_VERB_DEPS and mention.i != head.i:
            subject = _subject(mention.head)
            if subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS:
                return _speaker_phrase(context, subject, 0, mention.idx, mention.idx)
    return None


def _issuing_modifier(noun: Token) -> CharSpan | None:
    """The body named by the words right before a noun ('a Defence Ministry statement', 'the
    Telvora statement', 'the navy website'): a proper name, or an organization or nation
    tagged as such, not a kind of document ('a Press Release'), nor an adjective ('the
    Ostravan statement', left to whoever spoke for the nation before)."""
    plain = _rules().plain_document_words
    modifiers = [c for c in noun.children if c.i < noun.i and c.dep_ == "compound"]
    if not modifiers:
        return None
    words = [t for t in noun.doc[modifiers[0].left_edge.i : noun.i] if not t.is_punct]
    if not words or words[-1].i != noun.i - 1:
        return None
    while len(words) > 1 and words[-1].lower_ in plain and words[-1].is_lower:
        words.pop()  # 'a Pellton Police press release': the kind of document, not its issuer
    named = [t for t in words if t.ent_type_ in _BODY_TAGS or t.pos_ == "PROPN"]
    if not named or any(t.lower_ in plain for t in words):
        return None
    return _char_span(words)


def _named_on_document(context: _Context, document: Token, before: int) -> CharSpan | None:
    """Who issued a document named on its front ('a Defence Ministry statement') or on the
    place it was posted ('a statement on the navy website', 'on its website', 'on Corvane's
    site'): the body named there."""
    found = _issuing_modifier(document)
    if found is not None:
        return found
    places = _rules().document_places
    for link in document.children:
        if link.dep_ != "prep" or link.lower_ not in {"on", "in", "at"}:
            continue
        for place in link.children:
            if place.dep_ != "pobj" or place.lemma_.lower() not in places:
                continue
            for child in place.children:
                if child.dep_ == "poss" and child.lower_ in _POSSESSIVES:
                    return _owner(context, child, before)
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return _char_span(_noun_phrase(child, 0, place.idx))
            return _issuing_modifier(place)
    return None


def _owner(context: _Context, possessive: Token, before: int) -> CharSpan | None:
    """Who 'its', 'his' or 'their' stands for: the named subject of the clause it is in ('In
    a post on its blog, Microsoft says'), else the pronoun's antecedent."""
    verb = next((a for a in possessive.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = _subject(verb) if verb is not None else None
    if subject is not None and subject.pos_ == "PROPN":
        sentence = subject.sent
        span = _char_span(_noun_phrase(subject, sentence.start_char, sentence.end_char))
        if span is not None:
            return span
    return _antecedent(context, _POSSESSIVES[possessive.lower_], min(before, possessive.idx))


def _title_only(context: _Context, phrase: CharSpan) -> list[str]:
    """The words of a phrase that names a person by title alone ('the secretary', 'the
    Attorney General'), lowercased; [] for any other phrase."""
    titles = _rules().title_words
    words = [t for t in _tokens(context.doc, *phrase) if t.pos_ != "DET" and not t.is_punct]
    lowered = [t.lower_.rstrip(".") for t in words]
    if not words or any(t.ent_type_ == "PERSON" for t in words):
        return []
    if all(w in titles or w in _TITLE_JOINERS for w in lowered) and lowered[-1] in titles:
        return lowered  # 'the Secretary of State
    # 'the bank chief': a definite title with plain words before it.
    definite = _tokens(context.doc, *phrase)[0].lower_ in _DEFINITE
    plain = all(t.pos_ in {"NOUN", "ADJ"} for t in words[:-1])
    return lowered[-1:] if definite and plain and lowered[-1] in titles else []


def _titles_around(context: _Context, mention: CharSpan) -> tuple[set[str], set[str]]:
    """The lowercased words of the titles a person's mention carries, and the nations they
    name: the words right before the name ('Iranian Foreign Minister Jane Roe') and those of
    a phrase in apposition after it ('Dana Whitcombe, the director of ...')."""
    titles = _rules().title_words
    doc = context.doc
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None:
        return set(), set()
    found: set[str] = set()
    nations: set[str] = set()
    k = span.start - 1
    while k >= 0 and (
        doc[k].lower_.rstrip(".") in titles or _nation_word(doc[k]) or _joins_title(doc, k)
    ):
        if not _joins_title(doc, k):
            (nations if _nation_word(doc[k]) else found).add(doc[k].lower_.rstrip("."))
        k -= 1
        if k > 0 and doc[k].tag_ == "HYPH":  # 'Secretary-General Dana Roe'
            k -= 1
    for token in _apposition(span):
        (nations if _nation_word(token) else found).add(token.lower_.rstrip("."))
    return found & titles, nations


# Small words inside a title ('Secretary of State', 'Speaker of the House').
_TITLE_JOINERS = {"of", "the", "and", "for"}


def _joins_title(doc: Doc, k: int) -> bool:
    """Whether token `k` is a small word between two words of a title."""
    if doc[k].lower_ not in _TITLE_JOINERS or k == 0:
        return False
    before = doc[k - 1]
    return before.lower_.rstrip(".") in _rules().title_words or _joins_title(doc, k - 1)


def _apposition(name: Span) -> list[Token]:
    """The words of a phrase in apposition after a name ('Dana Whitcombe, an official of the
    port, ...'). A clause after a name called out ('Dana, are things the governor ...') is
    no apposition, nor is the subject of the next clause ('... Halvik, the official said')."""
    doc = name.doc
    words: list[Token] = []
    if name.end < len(doc) and doc[name.end].text == ",":
        for token in doc[name.end + 1 : name.end + 9]:
            if token.tag_ == "HYPH":  # 'the Secretary-General of ...'
                continue
            if token.is_punct or token.tag_ in _FINITE_TAGS or token.lower_ in _CLAUSE_WORDS:
                break
            words.append(token)
    return [] if any(t.dep_ in _SUBJECTS for t in words) else words


def _named_description(context: _Context, noun: str, before: int) -> CharSpan | None:
    """The person last named before `before` with the noun in apposition: 'the official'
    after 'Marek Halvik, an official of the agency' -> 'Marek Halvik'."""
    for mention in reversed(context.people):
        if mention.span[1] > before:
            continue
        name = context.doc.char_span(*mention.span, alignment_mode="expand")
        if name is not None and any(t.lemma_.lower() == noun for t in _apposition(name)):
            return mention.span
    return None


def _nation_word(token: Token) -> bool:
    return token.ent_type_ in {"NORP", "GPE"}


def _title_holder(context: _Context, phrase: CharSpan | None, before: int) -> CharSpan | None:
    """The person a title stands for ('the secretary said' -> 'Jane Roe'): the nearest
    mention before `before` of a person who carries that title in the article."""
    if phrase is None:
        return None
    words = _title_only(context, phrase)
    if not words:
        return None
    head = words[-1]
    # 'the French foreign minister' is not 'Prime Minister Roe': the other title words of the
    # phrase must be the holder's too, and a nation it names must not differ from theirs.
    tokens = [t for t in _tokens(context.doc, *phrase) if t.pos_ != "DET" and not t.is_punct]
    titles = _rules().title_words
    wanted = {t.lower_.rstrip(".") for t in tokens[:-1] if t.lower_.rstrip(".") in titles}
    nations = {t.lower_.rstrip(".") for t in tokens[:-1] if _nation_word(t)}
    for mention in reversed(context.people):
        if mention.span[1] > before:
            continue
        held, their_nations = _titles_around(context, mention.span)
        if head not in held or not wanted - {head} <= held:
            continue
        if nations and their_nations and not nations & their_nations:
            continue
        return mention.span
    return None


def _person_inside(context: _Context, phrase: CharSpan | None) -> CharSpan | None:
    """The person's name closing a longer phrase: 'Danish trade minister Lars Brennick'
    -> 'Lars Brennick', also when the recogniser missed the name after the title
    ('Harbor Authority Chair Ilse Varga' -> 'Ilse Varga')."""
    if phrase is None:
        return None
    for ent in context.entities_in(*phrase):
        if ent.label_ == "PERSON" and ent.end_char == phrase[1] and ent.start_char > phrase[0]:
            name = _person_span(ent)
            return (max(name[0], phrase[0]), name[1])
    return _name_after_title_word(_tokens(context.doc, *phrase))


# The words of a person's name after a title, when the recogniser tagged none of them.
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 4


def _untagged_name(name: Sequence[Token]) -> CharSpan | None:
    """The words as a person's name when they are two to four capitalised proper nouns the
    recogniser left untagged or tagged a person."""
    if not _MIN_NAME_WORDS <= len(name) <= _MAX_NAME_WORDS:
        return None
    if any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ not in {"", "PERSON"} for t in name):
        return None
    return _char_span(name)


def _name_after_title_word(words: Sequence[Token]) -> CharSpan | None:
    """The proper nouns closing a phrase after its last title word, read as a person's name
    when they are two to four capitalised words the recogniser left untagged or tagged a
    person ('Telvora Port Authority Chair Ilse Varga'): not a body's name after a title
    ('Secretary of the Harbor Board')."""
    titles = _rules().title_words
    last = max(
        (
            k
            for k, t in enumerate(words)
            if t.lower_.rstrip(".") in titles and t.ent_type_ not in _GROUP_LABELS  # not 'U.S.'
        ),
        default=None,
    )
    if last is None or last == 0:
        return None
    name = list(words[last + 1 :])
    return _untagged_name(name)


def _outlet(context: _Context, verb: Token) -> str | None:
    """A news outlet the words were given to: 'told AFP', 'said to Reuters'."""
    rules = _rules()
    candidates = [c for c in verb.children if c.dep_ in _OUTLET_DEPS]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _OUTLET_PREPOSITIONS:
            candidates.extend(c for c in prep.children if c.dep_ == "pobj")
    for candidate in candidates:
        tokens = _noun_phrase(candidate, 0, len(context.text))
        if tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        span = _char_span(tokens)
        if span is None:
            continue
        name = context.text[span[0] : span[1]]
        bare = _bare_name(name)
        is_org = candidate.ent_type_ == "ORG" and bare not in rules.other_organizations
        if bare in rules.outlets or is_org:
            return name
        inner = _outlet_inside(context, tokens) or _unknown_outlet(context, verb, candidate)
        if inner is not None:
            return inner
    return None


# Labels of names that are no news outlet.
_NOT_OUTLETS = _NOT_PEOPLE | {"PERSON", "LOC", "FAC", "ORDINAL"}


def _unknown_outlet(context: _Context, verb: Token, candidate: Token) -> str | None:
    """An outlet the lexicon does not know, as what the words were told to: a proper name
    that names no person of the text ('told Corvane Weekly'), or the name before an outlet's
    head noun ('told the Pellton Courier magazine' -> 'Pellton Courier')."""
    if verb.lemma_.lower() != "tell":
        return None
    doc = candidate.doc
    if candidate.pos_ == "NOUN" and candidate.lemma_.lower() in _rules().outlet_heads:
        last = candidate.i - 1
    elif candidate.pos_ == "PROPN":
        last = candidate.i
    else:
        return None
    first = last + 1
    while first > candidate.left_edge.i and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first > last:
        return None
    if first > 0 and doc[first - 1].text == "The" and first - 1 >= candidate.left_edge.i:
        first -= 1  # 'told The Pellton Courier': the article is part of the name
    name = list(doc[first : last + 1])
    if any(t.ent_type_ in _NOT_OUTLETS for t in name):
        return None
    people = {w for m in context.people for w in context.text[m.span[0] : m.span[1]].split()}
    if any(t.text in people for t in name):
        return None
    span = _char_span(name)
    return context.text[span[0] : span[1]] if span is not None else None


def _outlet_inside(context: _Context, tokens: Sequence[Token]) -> str | None:
    """An outlet named inside a longer phrase: 'the AFP news agency' -> 'AFP'."""
    outlets = _rules().outlets
    for token in tokens:
        if token.lower_ in outlets:
            return token.text
    if not tokens:
        return None
    for ent in context.entities_in(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)):
        if _bare_name(ent.text) in outlets:
            return ent.text
    return None


def _occasion(tokens: Sequence[Token]) -> str | None:
    """An occasion word after one of the occasion prepositions: 'during a press conference'
    -> 'press conference', 'in a statement' -> 'statement'."""
    rules = _rules()
    for token in tokens:
        if token.dep_ != "pobj" or token.head.lower_ not in rules.occasion_prepositions:
            continue
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if previous is not None and previous.dep_ == "compound":
            pair = f"{previous.lower_} {token.lower_}"
            if pair in rules.occasion_heads:
                return f"{previous.text} {token.text}"
        if token.lower_ in rules.occasion_heads or token.lemma_.lower() in rules.occasion_heads:
            return _outlet_of_occasion(token) or _named_occasion(token) or token.text
    return None


def _outlet_of_occasion(head: Token) -> str | None:
    """The news outlet an interview or appearance was with: 'in an interview with Harbor
    News' -> 'Harbor News', 'in an interview on KXTV' -> 'KXTV' (an outlet of the lexicon, a
    newspaper's or channel's name or an acronym; not a person: 'an interview with Dana Roe'
    stays 'interview')."""
    rules = _rules()
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_LINKS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            run = [t for t in obj.subtree if t.ent_type_ == "ORG" and t.i <= obj.i]
            if not run or any(b.i - a.i != 1 for a, b in zip(run, run[1:], strict=False)):
                continue
            words = [t for t in run if t.lower_ != "the" and t.text not in {"’s", "'s", "’"}]
            if not words:
                continue
            name = head.doc[words[0].i : words[-1].i + 1].text
            outlet_like = any(
                t.text in rules.newspaper_heads or (t.is_upper and 2 <= len(t.text) <= 5)
                for t in words
            )
            if _bare_name(name) in rules.outlets or outlet_like:
                return name
    return None


_OCCASION_LINKS = {"with", "on", "for"}


def _named_occasion(head: Token) -> str | None:
    """A named occasion whole: 'in the Joint Closing Statement' -> 'Joint Closing
    Statement'."""
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    words = [t for t in head.lefts if t.dep_ in {"compound", "amod"} and t.pos_ == "PROPN"]
    if not words:
        return None
    first = min(t.i for t in words)
    return head.doc[first : head.i + 1].text


def _medium(context: _Context, verb: Token | None, clause: Sequence[Token]) -> str | None:
    outlet = _outlet(context, verb) if verb is not None else None
    return outlet or _relayed_by(context, clause) or _occasion(clause)


def _relayed_by(context: _Context, clause: Sequence[Token]) -> str | None:
    """'..., said X, quoted by the Associated Press': the agent of a relay verb."""
    for token in clause:
        if not _is_relay_verb(token):
            continue
        for agent in token.children:
            if agent.dep_ != "agent":
                continue
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            tokens = _noun_phrase(objects[0], 0, len(context.text)) if objects else []
            if tokens and tokens[0].lower_ == "the":
                tokens = tokens[1:]
            span = _char_span(tokens)
            if span is not None:
                return context.text[span[0] : span[1]]
    return None


def _ends_clause(token: Token) -> bool:
    """A full stop, question mark or semicolon, but not the dot of an abbreviated title
    ('Sgt. Marty Earley', which the tokenizer may split off)."""
    return (
        token.text in _SENTENCE_END and not _abbreviation_dot(token) and not _numbering_dot(token)
    )


def _abbreviation_dot(token: Token) -> bool:
    """A dot glued to a short capitalised word and followed by a name: 'Sgt' '.' 'Marty'."""
    doc = token.doc
    if token.text != "." or token.i == 0 or token.i + 1 >= len(doc):
        return False
    word, following = doc[token.i - 1], doc[token.i + 1]
    short_title = word.is_alpha and word.is_title and len(word) <= 4 and not word.whitespace_
    return short_title and following.pos_ == "PROPN" and following.is_title


def _numbering_dot(token: Token) -> bool:
    """The dot of a numbering abbreviation glued to it and followed by a number: 'No' '.' '8'
    ('Juror No. 8'), 'Ch' '.' '4'."""
    doc = token.doc
    if token.text != "." or token.i == 0 or token.i + 1 >= len(doc):
        return False
    word, following = doc[token.i - 1], doc[token.i + 1]
    return (
        not word.whitespace_
        and word.text[:1].isupper()
        and word.lower_ in _rules().numbering_abbreviations
        and following.like_num
    )


def _clause_after(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens from `start` to the end of their sentence (inclusive), not past `end`."""
    clause: list[Token] = []
    for token in _tokens(doc, start, end):
        clause.append(token)
        if _ends_clause(token):
            break
    return clause


def _clause_before(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens from the start of their sentence to `end`, not before `start`."""
    tokens = _tokens(doc, start, end)
    for k in range(len(tokens) - 1, -1, -1):
        if _ends_clause(tokens[k]):
            return tokens[k + 1 :]
    return tokens


def _ends_sentence(content: str) -> bool:
    """A quotation whose last word ends a sentence with a full stop ('...control.')."""
    stripped = content.rstrip()
    return stripped.endswith(".") and not stripped.endswith(("...", "…"))


def _signature_after(
    context: _Context, quotation: _Quotation, end: int, at: int | None = None
) -> _Attribution | None:
    """A name signed after a dash, as under a quotation standing alone ('“...” — Sen. Jane
    Doe (R-Texas)', '“...” – Jane Doe, Mayor of Springfield'), from `at` (the next line) or
    right after the closing mark. No cue."""
    text = context.text
    dash = _SIGNATURE_DASH.match(text, quotation.end if at is None else at, end)
    if dash is None or _embedded(context, quotation):
        return None
    words: list[Token] = []
    for token in _tokens(context.doc, dash.end(), end):
        if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"}:
            break
        words.append(token)
    if (
        not words
        or words[0].pos_ != "PROPN"
        and words[0].lower_.rstrip(".") not in _rules().title_words
    ):
        return None
    phrase = _char_span(words)
    if phrase is None or not any(t.pos_ == "PROPN" for t in words):
        return None
    speaker = _person_inside(context, phrase) or phrase
    return _Attribution(words[0].i, (quotation.end, phrase[1]), speaker, None, None)


def _attribution_after(context: _Context, quotation: _Quotation, end: int) -> _Attribution | None:
    """A reporting clause right after the closing mark: '", X said.', '", said X.'."""
    text = context.text
    start = quotation.end
    if not quotation.parts[-1].closed:
        return None
    signature = _signature_after(context, quotation, end)
    if signature is not None:
        return signature
    named = _name_after_quote(context, quotation, end)
    if named is not None:
        return named
    follower = text[start:end].lstrip()[:1]
    continues = follower in {",", ";"} or follower.islower()
    if _ends_sentence(quotation.parts[-1].content(text)) and not continues:
        return None
    if _embedded(context, quotation) and _title_like(quotation.parts[0].content(text)):
        return None
    clause = _clause_after(context.doc, start, end)
    if not clause:
        return None
    clause_end = clause[-1].idx + len(clause[-1].text)
    source = _source_phrase(context, clause, start, clause_end, quotation.start)
    if source is not None and _blank(text[start : source.clause[0]]):
        medium = _occasion(clause)
        return _Attribution(source.key, (start, clause_end), source.speaker, source.cue, medium)
    verbs = [t for t in clause if _is_reporting_verb(t) or _is_relay_verb(t)]
    for verb in sorted(verbs, key=lambda t: (t.dep_ != "ROOT", t.i)):
        if not _leads_to_verb(clause, verb, _subject(verb)):
            continue
        if _has_own_content(verb) and not _named_right_after(clause, verb):
            if not _inverted_speaker(clause, verb):
                continue
            # The name after the verb speaks, whatever subject the broken parse found; a
            # description ('added the doctor') stands for whom it describes.
            obj = next(c for c in verb.rights if c.dep_ == "dobj")
            issuer = _issuer(context, obj, clause_end) if _is_document(obj) else None
            speaker = (
                issuer or _speaker(context, obj, start, clause_end, quotation.start)
                if obj.pos_ == "NOUN"
                else _speaker_without_parse(clause, verb)
            )
            medium = _medium(context, verb, clause)
            return _Attribution(verb.i, (start, clause_end), speaker, verb.text, medium)
        attribution = _verb_attribution(context, verb, clause, (start, clause_end), quotation.start)
        if attribution.speaker is not None:
            return attribution
    if not verbs:
        misread = _verb_read_as_noun(clause, (start, clause_end))
        if misread is not None:
            return misread
    return _attribution_after_aside(context, quotation, clause, (start, clause_end))


def _verb_read_as_noun(clause: Sequence[Token], span: CharSpan) -> _Attribution | None:
    """'"...," the records state.': a plural noun phrase and a present-tense reporting verb
    that ends the clause, which the tagger read as one compound noun ('records state'). The
    noun phrase speaks; no medium."""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    if len(words) < 2 or len(words) > 5:
        return None
    cue, subject = words[-1], words[:-1]
    if cue.pos_ not in {"NOUN", "PROPN"} or cue.lower_ not in _rules().verbs:
        return None
    if subject[-1].tag_ not in _PLURAL_TAGS or not subject[-1].lower_.endswith("s"):
        return None
    if any(t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} for t in subject):
        return None
    speaker = _char_span(subject)
    return _Attribution(cue.i, span, speaker, cue.text, None) if speaker else None


def _attribution_after_aside(
    context: _Context, quotation: _Quotation, clause: Sequence[Token], span: CharSpan
) -> _Attribution | None:
    """A reporting verb that heads the sentence, set off by a comma from an aside that goes
    on from the quotation: '"...," who was charged in May, Roe said.', '"...," the capital,
    said Roe.', '"..." in the valley, Roe told reporters.'"""
    for verb in clause:
        if verb.dep_ != "ROOT" or not _is_reporting_verb(verb) or _is_relay_verb(verb):
            continue
        if _has_own_content(verb):
            return None
        subject = _subject(verb)
        inverted = subject is None or subject.i > verb.i
        first = verb.i if inverted or subject is None else subject.left_edge.i
        comma = verb.doc[first - 1] if first > 0 else None
        if comma is not None and comma.text in _MARKS and first > 1:
            # '..., who called it "a grave error," Roe said.': the comma inside the mark.
            comma = verb.doc[first - 2]
        if comma is None or comma.text != "," or comma.idx < span[0]:
            return None
        aside = [t for t in clause if t.i < comma.i and not t.is_punct and not t.is_space]
        if not aside or any(_is_reporting_verb(t) or t.text in _SENTENCE_END for t in aside):
            return None
        if inverted and subject is None:
            return None
        attribution = _verb_attribution(context, verb, clause, span, quotation.start)
        return attribution if attribution.speaker is not None else None
    return None


def _name_after_quote(context: _Context, quotation: _Quotation, end: int) -> _Attribution | None:
    """A person named right after a quotation that ends with a comma, in a clause without a
    verb: '"...," Dana Roe, an analyst at Corvane.' The name is the speaker; no cue."""
    text = context.text
    if not quotation.parts[-1].content(text).endswith(","):
        return None
    clause = [t for t in _clause_after(context.doc, quotation.end, end) if not t.is_space]
    if len(clause) < 2 or clause[-1].text not in {".", "!"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in clause):
        return None
    name: list[Token] = []
    for token in clause:
        if token.pos_ != "PROPN" or token.ent_type_ in _NOT_PEOPLE:
            break
        name.append(token)
    after = clause[len(name) : -1]
    if not name or (after and after[0].text != ","):
        return None
    # A person by the recogniser, or by a person's description after the comma.
    nouns = _rules().speaking_nouns
    described = any(t.dep_ == "appos" and t.lemma_.lower() in nouns for t in after)
    if not described and not all(t.ent_type_ == "PERSON" for t in name):
        return None
    speaker = _char_span(name)
    if speaker is None or context.inside_quote(*speaker):
        return None
    return _Attribution(name[0].i, (quotation.end, clause[-1].idx + 1), speaker, None, None)


# Verbs whose subject a document may be, inverted after the quotation ('"...," read a
# Corvane press release.', '"...," says the statement.').
_DOCUMENT_VERBS = {"read", "say", "state", "add", "note", "declare", "conclude"}


def _inverted_speaker(clause: Sequence[Token], verb: Token) -> bool:
    """'"Hold the line!" shouted Major Bo Ek of ...': a reporting verb right after the mark
    whose name after it the parser took for its object. The quotation is what was shouted,
    so a name right after the verb is the speaker, not content."""
    if any(not t.is_punct for t in clause if t.i < verb.i) or _is_relay_verb(verb):
        return False
    objects = [c for c in verb.rights if c.dep_ in {"dobj", "ccomp"}]
    return (
        len(objects) == 1
        and objects[0].dep_ == "dobj"
        and (
            objects[0].pos_ == "PROPN"
            or _speaking_noun(objects[0])
            or (_is_document(objects[0]) and verb.lemma_.lower() in _DOCUMENT_VERBS)
        )
        and objects[0].left_edge.i == verb.i + 1
    )


def _named_right_after(clause: Sequence[Token], verb: Token) -> bool:
    """'"...," said Mara Quill, director at Pellton and lead author of ...': a reporting verb
    right after the mark with its subject right after it. The quotation is what was said, so
    a complement the parse hangs on the verb further on (a misread 'lead') is not content of
    its own."""
    if any(not t.is_punct and not t.is_space for t in clause if t.i < verb.i):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 1 and subjects[0].left_edge.i == verb.i + 1:
        return True
    # '"...," said Dana Roe, daughter of the man Halvik shot.': the parse made the name the
    # subject of the clause after it, but a person named right after the verb speaks.
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        not subjects
        and following is not None
        and following.ent_type_ == "PERSON"
        and following.ent_iob_ == "B"
    )


def _speaking_noun(token: Token) -> bool:
    """A noun that names a person who may speak: 'the doctor', 'the spokesman'."""
    rules = _rules()
    return token.pos_ == "NOUN" and token.lemma_.lower() in rules.speaking_nouns


def _verb_attribution(
    context: _Context, verb: Token, clause: Sequence[Token], span: CharSpan, anchor: int
) -> _Attribution:
    """Speaker, cue and medium of a reporting verb whose clause covers `span`. A relay
    ('Newsline.com quoted Okoro as saying') makes its object the speaker, its subject the
    medium."""
    relay = verb if _is_relay_verb(verb) else _relay_above(verb)
    if relay is not None:
        return _relay_attribution(context, relay, span, anchor)
    reporter = _reporter_of_participle(verb)
    subject = _subject(reporter if reporter is not None else verb)
    if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
        # 'articles must be admitted as "..."', 'he was told': not who spoke.
        speaker = None
    elif subject is not None:
        speaker = _speaker(context, subject, span[0], span[1], anchor)
    else:
        speaker = _controller_speaker(context, verb, span, anchor)
        if speaker is None and span[0] >= anchor:
            speaker = _speaker_without_parse(clause, verb)
        elif speaker is None:
            speaker = _name_right_before(context, verb, span[0])
    medium = _medium(context, verb, clause) or _journal(subject)
    if medium is None and verb.dep_ == "acl" and _is_document(verb.head):
        medium = verb.head.text
    return _Attribution(verb.i, span, speaker, verb.text, medium)


def _reporter_of_participle(verb: Token) -> Token | None:
    """The reporting verb a participle closing a clause of reported speech goes with: 'Roe
    said the plan was dead, saying, "..."' (the parse hangs 'saying' on 'was') is Roe's."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i == verb.i or head.dep_ != "ccomp":
        return None
    if any(c.dep_ in {"mark", *_SUBJECTS} for c in verb.children):
        return None
    return head.head if _is_reporting_verb(head.head) else None


def _name_right_before(context: _Context, verb: Token, start: int) -> CharSpan | None:
    """A person named right before a reporting verb the parse left without a subject,
    after a line break it did not take for a sentence end: 'Telvora's President Dana Roe
    said "..."'."""
    if verb.i == 0:
        return None
    previous = verb.doc[verb.i - 1]
    if previous.ent_type_ != "PERSON" or previous.idx < start:
        return None
    entity = next((e for e in context.entities_in(start, verb.idx) if e.end == verb.i), None)
    if entity is None or entity.label_ != "PERSON":
        return None
    span = _person_span(entity)
    return (max(span[0], start), span[1])


# Prepositions whose gerund shares the subject of the clause ('ended by saying', 'after
# saying'); not 'like saying' (an example) or 'is about saying' (a paraphrase).
_CONTROLLING_PREPOSITIONS = {"by", "after", "before", "while", "upon", "without", "in", "on"}


def _controller_speaker(
    context: _Context, verb: Token, span: CharSpan, anchor: int
) -> CharSpan | None:
    """The speaker of a gerund or participle with no subject of its own, from the clause it
    hangs on: 'justified the plan by saying', 'issued a statement saying', 'resigned in a
    letter stating' (the subject of the verb that issues or carries the document)."""
    head = verb.head
    if verb.tag_ != "VBG" or head.i == verb.i:
        return None
    if (
        verb.dep_ == "pcomp"
        and head.lower_ in _CONTROLLING_PREPOSITIONS
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        carrier = head.head
    elif verb.dep_ == "acl" and _is_document(head):
        # The clause that issues or carries this very document first; an earlier mention
        # of a statement may be someone else's.
        link = head.head
        if head.dep_ == "dobj" and link.pos_ in {"VERB", "AUX"}:
            carrier = link
        elif (
            head.dep_ == "pobj"
            and link.lower_ in _rules().occasion_prepositions
            and link.head.pos_ in {"VERB", "AUX"}
        ):
            carrier = link.head
        else:
            return _issuer(context, head, span[0])
    else:
        return None
    subject = _subject(carrier)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    return _speaker(context, subject, span[0], span[1], anchor)


def _relay_attribution(
    context: _Context, relay: Token, span: CharSpan, anchor: int
) -> _Attribution:
    objects = [c for c in relay.children if c.dep_ in _OUTLET_DEPS]
    subject = _subject(relay)
    if not objects and subject is not None and subject.dep_ == "nsubjpass":
        # 'he was quoted as saying': the subject spoke; the agent ('by AFP'), if any, relayed.
        speaker = _speaker(context, subject, span[0], span[1], anchor)
        return _Attribution(relay.i, span, speaker, relay.text, _relayed_by(context, [relay]))
    speaker = _speaker(context, objects[0], span[0], span[1], anchor) if objects else None
    medium_span = _char_span(_noun_phrase(subject, span[0], span[1])) if subject else None
    medium = context.text[medium_span[0] : medium_span[1]] if medium_span else None
    return _Attribution(relay.i, span, speaker, relay.text, medium)


def _is_relay_verb(token: Token) -> bool:
    verbal = token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")
    if not verbal or token.lemma_.lower() not in _rules().relay_verbs:
        return False
    # 'He said, and I quote, “...”': the narrator's spoken quotation mark, no relay.
    return not (
        any(c.dep_ in _SUBJECTS and c.lower_ in {"i", "we"} for c in token.children)
        and not any(c.dep_ in _OUTLET_DEPS for c in token.children)
    )


def _relay_above(verb: Token) -> Token | None:
    """The relay verb a reporting verb depends on: 'quoted him as saying'."""
    current = verb
    for _ in range(3):
        if current.head.i == current.i or current.dep_ not in _RELAY_LINKS:
            return None
        current = current.head
        if _is_relay_verb(current):
            return current
    return None


def _embedded(context: _Context, quotation: _Quotation) -> bool:
    """Whether the quotation opens inside a sentence of the narrative ('sequel to "Ember Road,"
    sources say'), rather than after a full stop, colon, comma or the line start."""
    line_start = context.lines[quotation.first_line][0]
    before = context.text[line_start : quotation.start].rstrip()
    return bool(before) and before[-1] not in _INTRODUCERS


# The spoken quotation mark of a transcript before the quotation ('because, quote, “...”').
_SPOKEN_MARK = re.compile(r"(?:,\s*)?\b(?:and I )?quote[,:]?\s*$", re.IGNORECASE)


def _embedded_after_spoken_mark(context: _Context, quotation: _Quotation) -> bool:
    """Whether the quotation opens inside a sentence once the word 'quote' said before it
    is left out: 'suggested it was a mistake because you'd, quote, “lose ...”'."""
    line_start = context.lines[quotation.first_line][0]
    before = context.text[line_start : quotation.start]
    spoken = _SPOKEN_MARK.search(before)
    if spoken is None:
        return False
    rest = before[: spoken.start()].rstrip()
    return bool(rest) and rest[-1] not in _INTRODUCERS


def _title_like(content: str) -> bool:
    """Too short to be a partial quotation (under three words), or a title: every longer word
    capitalised ('The Golden Compass')."""
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    if len(words) < _MIN_PARTIAL_WORDS:
        return True
    return all(w[0].isupper() for w in words if len(w) > 3)


def _has_own_content(verb: Token) -> bool:
    """Whether a verb after the quotation reports something else: 'Obama explained the
    rationale', 'concluding that ...'. An addressee ('told reporters') or the relayed speaker
    ('quoted Okoro') is no content."""
    rules = _rules()
    lemma = verb.lemma_.lower()
    if lemma in rules.relay_verbs:
        return False
    deps = {"ccomp"} if lemma in rules.addressee_verbs else {"dobj", "ccomp"}
    return any(child.dep_ in deps and not _after_comma(verb, child) for child in verb.rights)


def _after_comma(verb: Token, child: Token) -> bool:
    """Whether a comma of `verb` stands between it and `child`: '"...," he said, though he
    accepted there had been delays' hangs the later clause's words on the verb, but what the
    verb reports is the quotation before it."""
    return any(
        c.dep_ == "punct" and c.text == "," and verb.i < c.i < child.left_edge.i
        for c in verb.children
    )


def _leads_to_verb(clause: Sequence[Token], verb: Token, subject: Token | None) -> bool:
    """Whether everything between the closing mark and the verb is its subject, a modifier
    of the verb ('Whitcombe later said') or punctuation, so the verb reports the quotation."""
    allowed: set[int] = set()
    if subject is not None:
        allowed.update(t.i for t in subject.subtree)
    for child in verb.children:
        if child.dep_ in _VERB_MODIFIERS:
            allowed.update(t.i for t in child.subtree)
    perceiver = verb.head
    if (
        verb.dep_ == "xcomp"
        and perceiver.i < verb.i
        and perceiver.lemma_.lower() in _rules().perception_verbs
    ):
        # 'Roe was heard saying', 'Roe can be heard saying on a tape': the hearing verb and
        # its auxiliaries stand between the speaker and the words.
        allowed.add(perceiver.i)
        allowed.update(c.i for c in perceiver.children if c.dep_ in {"aux", "auxpass", "neg"})
    between = [t for t in clause if t.i < verb.i]
    if subject is not None and between:
        between = _without_split_title(between, verb)
    if subject is None:
        return all(
            t.is_punct or t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PRON", "PART"} for t in between
        )
    rest = [t for t in between if not t.is_punct and t.i not in allowed]
    return not rest or _title_before_subject(rest, subject)


def _title_before_subject(words: list[Token], subject: Token) -> bool:
    """Words of a title that the parse left out of the subject they describe: '"...," team
    president and general manager Dana Whitcombe said' (a run of nouns, adjectives and
    joining words, with a title among them, right before the subject)."""
    if subject.i > subject.head.i or words[-1].i >= subject.left_edge.i:
        return False
    if any(t.pos_ not in {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "ADP", "PART"} for t in words):
        return False
    titles = _rules().title_words | _rules().speaking_nouns
    return any(t.lower_.rstrip(".") in titles for t in words)


def _without_split_title(between: list[Token], verb: Token) -> list[Token]:
    """Without the words a line break cut off from the speaker's name into a sentence of
    their own ('Vancouver police Const.' / 'Ray Quill told ...'): no verb, ending with a
    title."""
    sentence = verb.sent.start
    cut = [t for t in between if t.i < sentence]
    if not cut:
        return between
    words = [t for t in cut if not t.is_punct and not t.is_space]
    titled = bool(words) and words[-1].lower_.rstrip(".") in _rules().title_words
    verbless = all(t.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} for t in words)
    return [t for t in between if t.i >= sentence] if titled and verbless else between


def _speaker_without_parse(clause: Sequence[Token], verb: Token) -> CharSpan | None:
    """When the parse gives the verb no subject: the words between mark and verb, or those
    right after the verb ('said Whitcombe')."""
    before = _trim([t for t in clause if t.i < verb.i])
    if before:
        return _char_span(before)
    after: list[Token] = []
    for token in clause:
        if token.i <= verb.i:
            continue
        if token.is_punct or token.pos_ in {"ADP", "VERB", "AUX", "SCONJ"}:
            break
        after.append(token)
    if any(t.pos_ in {"PROPN", "NOUN"} for t in after):
        return _char_span(after)
    return None


@dataclass(frozen=True)
class _Source:
    key: int
    clause: CharSpan
    speaker: CharSpan | None
    cue: str


def _source_phrase(
    context: _Context, clause: Sequence[Token], start: int, end: int, anchor: int
) -> _Source | None:
    """'according to X': X is the speaker, the phrase the cue."""
    words = [t.lower_ for t in clause]
    for phrase in _rules().source_phrases:
        for k in range(len(words) - len(phrase) + 1):
            if tuple(words[k : k + len(phrase)]) != phrase:
                continue
            last = clause[k + len(phrase) - 1]
            objects = [c for c in last.children if c.dep_ == "pobj"]
            if objects:
                speaker = _speaker(context, objects[0], start, end, anchor)
            else:
                speaker = _words_until_punctuation(clause[k + len(phrase) :])
            if speaker is None:
                continue
            cue_end = last.idx + len(last.text)
            cue = context.text[clause[k].idx : cue_end]
            return _Source(clause[k].i, (clause[k].idx, cue_end), speaker, cue)
    return None


def _words_until_punctuation(tokens: Sequence[Token]) -> CharSpan | None:
    """The words up to the first punctuation, when the parse gives no phrase: the source
    after 'according to'."""
    words: list[Token] = []
    for token in tokens:
        if token.is_punct:
            break
        words.append(token)
    if not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return None
    return _char_span(words)


def _glued_to_colon(context: _Context, mark: int) -> bool:
    """Whether an opening mark follows a colon with no space and the tokenizer made one word
    of the name before, the colon, the mark and the first quoted word ('Roe:“For'): such a
    round-up lead is read on the characters, not on the tokens."""
    if mark == 0 or context.text[mark - 1] != ":":
        return False
    word = context.doc.char_span(mark - 1, mark, alignment_mode="expand")
    return word is not None and len(word) > 0 and word[0].idx < mark - 1


def _attribution_before(
    context: _Context, quotation: _Quotation, start: int
) -> _Attribution | None:
    """A reporting clause right before the opening mark: 'X said: "', 'X told AFP, "', or a
    name and a colon: 'Jane Doe, who lost her son: "'."""
    text = context.text
    end = quotation.start
    if _label_lead(context, quotation):
        return None
    if _glued_to_colon(context, end):
        return _titled_name_lead(context, quotation) or _organization_lead(context, quotation)
    clause = _clause_before(context.doc, start, end)
    if not clause or not _blank(text[clause[-1].idx + len(clause[-1].text) : end]):
        return None
    attributions = [
        replace(
            _verb_attribution(context, verb, clause, (clause[0].idx, end), quotation.start),
            loose=not tight,
        )
        for verb, tight in _introducing_verbs(context, quotation, clause)
    ]
    if attributions:
        return next((a for a in attributions if a.speaker is not None), attributions[0])
    if _closing_mark(clause) not in {":", ","}:
        return None
    source = _source_phrase(context, clause, clause[0].idx, end, quotation.start)
    if source is not None:
        medium = _occasion(clause)
        return _Attribution(source.key, (clause[0].idx, end), source.speaker, source.cue, medium)
    if _closing_mark(clause) != ":":
        return _uttered_object(context, clause, end)
    return (
        _titled_name_lead(context, quotation)
        or _organization_lead(context, quotation)
        or _colon_introduction(context, clause)
        or _colon_subject(context, clause, end)
    )


_LEAD_WORD = re.compile(r"\S+")
_LEAD_MARKUP = re.compile(r"[\s*_>#]*(?:[-•·▪◦–—][ \t]+)?[\s*_]*")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_COORDINATORS = {"and", "&", "or"}
_OBJECT_LINKS = {"of", "for", "to", "at", "on", "in"}
_POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")


def _title_word(word: str) -> bool:
    """A title word or person noun ('Ambassador', 'Economist', 'Treasury', 'VP')."""
    bare = word.rstrip(",").rstrip(".").lower()
    rules = _rules()
    return bare in rules.title_words or bare in rules.person_nouns or bare in rules.lead_titles


def _name_word(word: str) -> bool:
    """A word that may be part of a person's name: capitalised, not a title word, no
    possessive, no dash joining two phrases."""
    return (
        word[:1].isupper()
        and not word.endswith(_POSSESSIVE_ENDINGS)
        and not any(dash in word for dash in "—–")
        and not _title_word(word)
    )


def _tagged_person(context: _Context, position: int) -> bool:
    tokens = _tokens(context.doc, position, position + 1)
    return bool(tokens) and tokens[0].ent_type_ == "PERSON"


def _organization_word(word: str) -> bool:
    """A word of an organization's name, not a person's: an organization noun ('Institute',
    'Journal', 'Unions') or an acronym ('HFWU')."""
    bare = word.strip(",.*_").lower()
    rules = _rules()
    return (
        bare in rules.org_nouns
        or singular(bare) in rules.org_nouns
        or bare in rules.lead_organization_words
        or (bare.endswith("s") and singular(bare) in rules.person_nouns)  # 'Cabin Stewards'
        or (word.isalpha() and word.isupper() and len(word) > 1 and bare not in _NAME_SUFFIXES)
    )


def _lead_words(
    context: _Context, quotation: _Quotation
) -> tuple[int, list[tuple[int, str]]] | None:
    """The lead of a line that ends with a colon right before the quotation ('Corvane Mayor
    Dana Roe (R-IN): "'): where its words start (after list or heading markup), and its
    words with their offsets, notes in brackets left out. None for a line without one."""
    line = bisect_right(context.line_starts, quotation.start) - 1
    line_start = context.lines[line][0]
    lead = context.text[line_start : quotation.start].rstrip()
    if not lead.endswith(":"):
        return None
    markup = _LEAD_MARKUP.match(lead)
    offset = line_start + (markup.end() if markup else 0)
    body = _BRACKETED_NOTE.sub(lambda m: " " * len(m.group()), lead[offset - line_start : -1])
    return offset, [(m.start() + offset, m.group()) for m in _LEAD_WORD.finditer(body)]


_LABEL_JOINERS = {"of", "the", "and", "&", "for", "to", "in", "on"}
# A whole word of the text, not after a dot ('.com').
_FREE_WORD = re.compile(r"(?<![\w.])\w+")


def _written_alone(context: _Context, word: str) -> bool:
    """Whether the text writes `word` as a whole word of its own, in the same case (not
    after a dot): the words are read once per document."""
    if _FREE_WORD.fullmatch(word) is None:
        return re.search(rf"(?<![\w.]){re.escape(word)}\b", context.text) is not None
    return word in context.free_words


def _label_lead(context: _Context, quotation: _Quotation) -> bool:
    """Whether the lead before the colon is a label, not a name: a transcript's turn label
    ('THE PRESIDENT:  "..."': its holder does not say whose words these are), or two or more
    words in capitals each of which the text also writes in lower case ('PROMISE MADE: "',
    'FACT CHECK: "'). An acronym or a one-word lead ('ACLU:', 'GLAD:') keeps the lead, as
    does a name in capitalised words ('Bread for the World:')."""
    found = _lead_words(context, quotation)
    if found is None:
        return False
    offset, words = found
    if any(label is not None and label[0] == offset for _, label in context.turns):
        return True
    if not 2 <= len(words) <= 4:
        return False
    content = 0
    for _, word in words:
        bare = word.strip(",.*_")
        lower = bare.lower()
        if not bare.isalpha() or not bare.isupper():
            return False
        if lower in _LABEL_JOINERS and content:
            continue
        forms = {lower, singular(lower)}
        if not any(_written_alone(context, f) for f in forms):
            return False
        content += 1
    return content > 1


def _titled_name_lead(context: _Context, quotation: _Quotation) -> _Attribution | None:
    """'Halvik Freight Chief Economist Dana Whitcombe: "', 'Former Ambassador to Telvora Bo
    Lind: "', 'Pellton Post's Ada Roe: "': a line that opens with titles, offices and
    organizations and ends with a person's name just before the colon and the mark. The name
    is the run of capitalised words after the last title word, person noun or possessive; after
    'of', 'for' or 'to' the first word of a longer run is the title's object ('for Trade Ada
    Roe'). Not a lead with a comma ('Ada Roe, director of Corvane:', the name comes first) or a
    verb. Works on the words, since the recogniser often joins the title's last word to the
    name. No cue."""
    found = _lead_words(context, quotation)
    if found is None:
        return None
    offset, words = found
    if words and words[0][1].lower() in _TOPIC_WORDS:
        return None  # 'On Ostrava's President Bo Lind:' names the topic, not the speaker
    if len(words) < 3 or any(
        w.endswith(",")
        and w.rstrip(",").rstrip(".").lower() not in _NAME_SUFFIXES
        and k + 1 < len(words)
        and words[k + 1][1].rstrip(".").lower() not in _NAME_SUFFIXES
        for k, (_, w) in enumerate(words)
    ):
        return None
    k = len(words)
    while k and (
        _name_word(words[k - 1][1])
        or (words[k - 1][1].rstrip(".").lower() in _NAME_SUFFIXES and k == len(words))
    ):
        k -= 1
    run = words[k:]
    if k == 0 or not 2 <= len(run) <= 5:
        return None
    before = words[k - 1][1]
    if before.lower() in _COORDINATORS:
        return None  # 'Okafor lawyers Bo Ek and Ada Lind:': two names, not the last one
    if before.lower() in _OBJECT_LINKS:
        if len(run) < 3:
            return None
        run = run[1:]  # 'for Trade Ada Roe', 'for Harbor Policy Ada Roe': the office's words
        while len(run) > 2 and not _tagged_person(context, run[0][0]):
            run = run[1:]
    elif not _title_word(before) and not before.endswith(_POSSESSIVE_ENDINGS):
        return None
    if any(_organization_word(word) for _, word in run):
        return None  # 'Institute for Harbor Policy Research:', 'Corvane's Freight Unions:'
    start, end = run[0][0], run[-1][0] + len(run[-1][1].rstrip(","))
    if any(
        e.label_ == "PERSON" and e.end_char <= start for e in context.entities_in(offset, start)
    ):
        return None  # 'Halvik Chairman Bo Ek and CEO Ada Roe:': two speakers
    tokens = _tokens(context.doc, offset, start)
    if any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() and t.dep_ != "amod" for t in tokens):
        return None
    anchor = _tokens(context.doc, start, end)
    if not anchor:
        return None
    return _Attribution(anchor[0].i, (offset, quotation.start), (start, end), None, None)


_NAME_JOINERS = {"of", "the", "for", "and", "&", "at", "on", "in", "to", "de", "del", "la"}
_WE_WORDS = {"we", "our", "us"}
_MAX_ORGANIZATION_WORDS = 12


def _organization_lead(context: _Context, quotation: _Quotation) -> _Attribution | None:
    """'Corvane Harbor Caucus: "', 'Telvora Forward: "We ..." [Tweet, 5/12/23]': a line that
    opens with an organization's name, all of it, and a colon right before the mark; the
    whole name speaks. An organization's name: capitalised words and the small words joining
    them, no person tagged in it, no possessive; with an organization noun ('Caucus',
    'Department of Economics at the University of Pellton, Halvik'), or tagged an
    organization to its last word, or, without title words, speaking as 'we' or followed by
    a note of its source in brackets. A comma only after an organization noun's phrase."""
    found = _lead_words(context, quotation)
    if found is None:
        return None
    offset, words = found
    if not 2 <= len(words) <= _MAX_ORGANIZATION_WORDS or words[0][1].lower() in _TOPIC_WORDS:
        return None
    bare = [w.rstrip(",") for _, w in words]
    if any(
        not (w[:1].isupper() or w.lower() in _NAME_JOINERS) or w.endswith(_POSSESSIVE_ENDINGS)
        for w in bare
    ):
        return None
    start, end = words[0][0], words[-1][0] + len(bare[-1])
    if any(e.label_ == "PERSON" for e in context.entities_in(start, end)):
        return None
    comma = next((k for k, (_, w) in enumerate(words) if w.endswith(",")), None)
    titled = any(_title_word(w) for w in bare)
    if comma is not None and (titled or not any(_organization_word(w) for w in bare[: comma + 1])):
        return None  # 'Ada Roe, Director, Halvik Institute:' names a person first
    if not any(_organization_word(w) for w in bare):
        tagged = any(
            e.label_ == "ORG" and e.start_char <= start and e.end_char >= end
            for e in context.entities_in(start, end)
        )
        if not tagged and (titled or not _speaks_as_organization(context, quotation)):
            return None
    anchor = _tokens(context.doc, start, end)
    if not anchor:
        return None
    return _Attribution(anchor[0].i, (offset, quotation.start), (start, end), None, None)


def _speaks_as_organization(context: _Context, quotation: _Quotation) -> bool:
    """Whether a quotation speaks as 'we' or 'our', or is followed on its line by a note of
    its source in brackets ('[Tweet, 5/12/23]', '[Statement]')."""
    content = quotation.parts[0].content(context.text)
    if any(w.strip(".,;:!?").lower() in _WE_WORDS for w in content.split()):
        return True
    line_end = context.lines[quotation.last_line][1]
    after = context.text[quotation.end : line_end].strip()
    return bool(after) and _BRACKETED_NOTE.fullmatch(after) is not None


def _colon_subject(context: _Context, clause: Sequence[Token], end: int) -> _Attribution | None:
    """'Acme Steel praised the move: "', 'Sen. Roe weighed in on the rates: "': a sentence
    that ends with the colon and whose main verb, though it does not report, has the speaker
    as its subject (a name, an organization, 'he', 'they', or a document): a quotation the
    speaker introduces with a colon is the speaker's (GUIDELINES). No cue."""
    heads = [t for t in clause if t.pos_ == "VERB" and not t.ent_type_ and _heads_clause(t, clause)]
    if not heads or context.inside_quote(heads[0].idx, heads[0].idx + 1):
        return None
    root = heads[0]
    subject = _subject(root)
    if subject is None or subject.dep_ != "nsubj" or subject.i < clause[0].i:
        return None
    lowered = subject.lower_
    if subject.ent_type_ and subject.ent_type_ not in _NAME_LABELS:
        return None  # 'Stop the Harbor Tax, lower fees ...: "' (an event, a law)
    if _is_document(subject):
        speaker = _issuer(context, subject, end)
    elif (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in {"PERSON", "ORG"}
        or lowered in _COLON_PRONOUNS
    ):
        speaker = _speaker(context, subject, clause[0].idx, end, root.idx)
    else:
        return None
    if speaker is None:
        return None
    if lowered in _COLON_PRONOUNS and _described_between(context, speaker[1], subject.idx):
        return None  # 'A farmer ... was turned away. She came back: "': not the name before
    medium = _occasion(clause) or _issued_document(root)
    return _Attribution(root.i, (clause[0].idx, end), speaker, None, medium, loose=True)


def _uttered_object(context: _Context, clause: Sequence[Token], end: int) -> _Attribution | None:
    """'Roe issued a statement, "', 'In her letter, Roe left this farewell, "': a sentence
    ending with a comma whose main verb's object names words said or written (uttered_nouns
    in speech.json) introduces them, as a colon would."""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    if not words:
        return None
    last = words[-1]
    rules = _rules()
    if last.dep_ == "pobj" and last.lemma_.lower() in rules.occasion_heads:
        # 'Roe praised the deal in a post, "': the occasion names where the words were said.
        link = last.head
        if link.lower_ not in rules.occasion_prepositions:
            return None
        verb = link.head
    elif last.dep_ == "dobj" and (
        last.lemma_.lower() in rules.uttered_nouns or last.lower_ in rules.uttered_nouns
    ):
        verb = last.head
    else:
        return None
    if verb.pos_ != "VERB" or not _heads_clause(verb, clause):
        return None
    return _colon_subject(context, clause, end)


def _issued_document(verb: Token) -> str | None:
    """The document a verb issues, as the medium: 'released a statement applauding ...:'."""
    heads = _rules().occasion_heads
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lemma_.lower() in heads:
            previous = child.doc[child.i - 1] if child.i else None
            if previous is not None and previous.dep_ == "compound":
                pair = f"{previous.lower_} {child.lower_}"
                if pair in heads:
                    return f"{previous.text} {child.text}"
            return child.text
    return None


# Pronouns that stand for the speaker of a colon lead; not 'I' or 'we' (a speaker who
# introduces someone else's words: 'I will read what the report says:') nor 'it'.
_COLON_PRONOUNS = {"he", "she", "they"}


def _closing_mark(clause: Sequence[Token]) -> str:
    """The mark that ends a clause before a quotation, ':' also where the tokenizer glued it
    to a closing bracket ('Sen. Ada Lind (R-TX):')."""
    last = clause[-1].text
    return ":" if last.endswith(":") and _blank(last) else last


def _introducing_verbs(
    context: _Context, quotation: _Quotation, clause: Sequence[Token]
) -> list[tuple[Token, bool]]:
    """Reporting verbs that may introduce the quotation, best first, each with whether it is
    tight: the last one, if its clause runs up to the mark (tight); after a colon or a dash,
    also the one heading the sentence ('Whitcombe said the plan had three goals: "', 'Judge Calloway
    agreed that the sign is not - "', loose). Without a
    colon or comma before the mark the quotation must read as a sentence ('He said "We will
    win."', not 'what is called "active shooter"')."""
    punctuated = _closing_mark(clause) in {":", ","}
    if not punctuated and not _reads_as_sentence(context, quotation):
        return []
    verbs = [t for t in clause if _is_reporting_verb(t) or _is_relay_verb(t)]
    found = [(verbs[-1], True)] if verbs and _reaches_mark(clause, verbs[-1]) else []
    if _closing_mark(clause) in _INTRODUCING_MARKS:
        tight = {v.i for v, _ in found}
        found.extend((v, False) for v in verbs if _heads_clause(v, clause) and v.i not in tight)
    return found


def _heads_clause(verb: Token, clause: Sequence[Token]) -> bool:
    """Whether the verb heads the sentence before the mark: its root, or attached by the
    parse to a word outside it (the quotation after a dash)."""
    first, last = clause[0].i, clause[-1].i
    return verb.dep_ == "ROOT" or not first <= verb.head.i <= last


def _reaches_mark(clause: Sequence[Token], verb: Token) -> bool:
    """Whether the words between the verb and the mark still belong to the reporting clause
    ('told reporters on Tuesday:') rather than start the reported one ('said the plan
    was "'). The verb's own subject may stand there ('said Ali Demir.')."""
    subject = _subject(verb)
    own = {t.i for t in subject.subtree} if subject is not None and subject.i > verb.i else set()
    # 'told the board, which had voted against her, "': a relative clause set off by commas
    # describes whom the words were told to; it starts no reported clause.
    own |= {
        t.i
        for token in clause
        if token.i > verb.i and token.dep_ == "relcl" and _set_off(token)
        for t in token.subtree
    }
    for token in clause:
        if token.i <= verb.i or token.is_punct or token.i in own:
            continue
        if token.dep_ in _CLAUSE_STARTS and not _bare_that(token):
            return False
        reporting = _is_reporting_verb(token) or _is_relay_verb(token)
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in _PARTICIPLES and not reporting:
            return False
    return True


def _set_off(relative: Token) -> bool:
    """Whether a relative clause is set off by commas on both sides."""
    doc = relative.doc
    first, last = relative.left_edge.i, relative.right_edge.i
    return (
        first > 0
        and doc[first - 1].text == ","
        and last + 1 < len(doc)
        and doc[last + 1].text == ","
    )


def _bare_that(token: Token) -> bool:
    """'that' before a quoted sentence: 'said that at the hospital, "I saw ..."'."""
    return token.dep_ == "mark" and token.lower_ == "that"


def _colon_introduction(context: _Context, clause: Sequence[Token]) -> _Attribution | None:
    """'Jane Doe, who lost her son: "': a name (an entity or a proper noun phrase, not 'His
    exact words:') opening the clause, whose verbs (if any) are inside relative clauses.
    A note in brackets at its end (a party, a date, a year: 'Sen. Ada Lind (R-TX):') is left
    out; a person named in it is the speaker, not the organization or office before the
    name ('Acme Steel President Ada Lind:', 'Secretary of Labor Ada Lind:'). No cue."""
    words = _without_bracketed_note(_trim(clause))
    # A participle that only describes the person is no verb: 'Retired miner Ada Lind:'.
    if not words or (words[0].pos_ in _NOT_NAME_STARTS and words[0].dep_ != "amod"):
        return None
    # 'Dana Roe on farm exports:' names the speaker, then the topic.
    topic = next(
        (
            k
            for k, t in enumerate(words)
            if k
            and t.lower_ in _TOPIC_WORDS
            and words[k - 1].pos_ == "PROPN"
            and not _inside_name(t)
        ),
        None,
    )
    words = words[:topic] if topic is not None else words
    for token in words:
        if token.ent_type_ in _PERSON_LABELS:
            continue  # a name tagged as a verb: 'Rep. Nils Brant:'
        if token.dep_ == "amod":
            continue
        if token.pos_ in {"VERB", "AUX"} and not _in_relative_clause(token, words[0].i):
            return None
    first = words[0]
    limit = words[-1].idx + len(words[-1].text)
    entities = context.entities_in(first.idx, limit)
    entity = next((e for e in entities if e.start == first.i), None)
    person = _named_person(entities, first.i, limit)
    if person is not None:
        speaker: CharSpan | None = person
    elif entity is not None and entity.label_ in _NAME_LABELS:
        speaker = (entity.start_char, entity.end_char)
    else:
        head = first
        while head.head.i != head.i and head.head.i >= first.i and head.head.i <= words[-1].i:
            head = head.head
        if head.pos_ != "PROPN":
            return None
        speaker = _char_span(_noun_phrase(head, first.idx, limit))
    clause_end = clause[-1].idx + len(clause[-1].text)
    return _Attribution(first.i, (first.idx, clause_end), speaker, None, None)


_TOPIC_WORDS = {"on", "about", "regarding"}
_NOT_NAME_STARTS = {"ADP", "SCONJ", "ADV", "PRON", "VERB", "AUX", "CCONJ", "PART"}


def _without_bracketed_note(words: list[Token]) -> list[Token]:
    """The words before a note in brackets that ends the clause ('Ada Lind (R-TX', 'Lind (2018')."""
    opening = next((k for k in range(len(words) - 1, 0, -1) if words[k].text == "("), None)
    if opening is None or any(")" in t.text for t in words[opening:]):
        return words
    return _trim(words[:opening])


def _named_person(entities: Sequence[Span], first: int, limit: int) -> CharSpan | None:
    """The first person named in a colon lead whose name is not part of a longer phrase (not
    'Lind' of 'the Lind Family', 'Lind lawyers Bo Ek and ...', 'Lind's spokesman')."""
    for ent in entities:
        if ent.label_ != "PERSON":
            continue
        doc = ent.doc
        after = doc[ent.end] if ent.end < len(doc) else None
        longer = after is not None and after.idx < limit
        if (
            longer
            and after is not None
            and (after.pos_ in {"NOUN", "PROPN"} or after.tag_ == "POS")
        ):
            continue
        # A first name the recogniser left out ('Ada' of 'Ada Lind:'), only when the name
        # is all the lead holds: never a title before it ('COO Bo Ek', 'Senior Fellow Bo Ek').
        before = doc[first : ent.start]
        bare = all(t.pos_ == "PROPN" and not t.ent_type_ for t in before)
        titled = any(t.lower_.rstrip(".") in _rules().title_words for t in before)
        start = first if before and bare and not titled else ent.start
        return (doc[start].idx, ent.end_char)
    return None


def _in_relative_clause(token: Token, start: int) -> bool:
    current = token
    while current.i >= start:
        if current.dep_ in {"relcl", "acl", "appos"}:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


# --- quotes --------------------------------------------------------------------------------


@dataclass
class _Group:
    """Quotations that make one quote, and its attribution."""

    quotations: list[_Quotation]
    attribution: _Attribution | None = None
    inherited: bool = False
    partial: bool = False

    @property
    def start(self) -> int:
        return self.quotations[0].start

    @property
    def end(self) -> int:
        return self.quotations[-1].end

    @property
    def parts(self) -> list[_Part]:
        return [part for q in self.quotations for part in q.parts]


def _reads_as_sentence(context: _Context, quotation: _Quotation) -> bool:
    """Starts with a capital letter and has a verb."""
    text = context.text
    content = " ".join(part.content(text) for part in quotation.parts)
    letters = [ch for ch in content if ch.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    tokens = _tokens(context.doc, quotation.start, quotation.end)
    return any(t.pos_ in {"VERB", "AUX"} for t in tokens)


def _covers(text: str, gap: CharSpan, clause: CharSpan) -> bool:
    """Whether the gap between two quotations holds nothing but this attribution clause."""
    inside = clause[1] <= gap[1]
    return inside and _blank(text[gap[0] : clause[0]]) and _blank(text[clause[1] : gap[1]])


def _region_after(context: _Context, index: int) -> int:
    """Where the text after quotation `index` stops: the next quotation of its line, or the
    line end. A quotation ending its line on a comma ('...inside,"' / 'Pearce said.'), or
    followed by a line opening in lower case ('said Stephen Harper.'), looks into the next
    line, as texts split one sentence a line have it."""
    quotation = context.quotations[index]
    following = context.quotations[index + 1 : index + 2]
    line = quotation.last_line
    if following and following[0].first_line == line:
        return following[0].start
    text = context.text
    line_end = context.lines[line][1]
    if line + 1 >= len(context.lines):
        return line_end
    next_start, next_end = context.lines[line + 1]
    if quotation.end != line_end:
        if not _ends_with_title(text[quotation.end : line_end]):
            return line_end
        dangling = True
    else:
        dangling = quotation.parts[-1].content(text).endswith(",") or text[next_start].islower()
    if not dangling:
        return line_end
    if following and following[0].first_line == line + 1:
        return following[0].start
    return next_end


def _ends_with_title(text: str) -> bool:
    """Whether a line ends with a title cut off from the name on the next line: '...,"
    Vancouver police Const.' / 'Ray Quill told ...'."""
    words = text.split()
    return (
        bool(words)
        and words[-1].endswith(".")
        and words[-1].lower().rstrip(".") in (_rules().title_words)
    )


def _region_before(context: _Context, index: int) -> int:
    """Where the text before quotation `index` starts: the previous quotation of its line, or
    the line start; or the start of the previous line when that one ends with a colon and
    this quotation opens its line ('The commissioner says ...:' / '"We ...')."""
    quotation = context.quotations[index]
    previous = context.quotations[index - 1] if index > 0 else None
    line = quotation.first_line
    if previous is not None and previous.last_line == line:
        return previous.end
    start = context.lines[line][0]
    if line > 0 and quotation.start == start:
        before_start, before_end = context.lines[line - 1]
        if context.text[before_end - 1] == ":":
            return before_start
    return start


def _attributions(
    context: _Context,
) -> tuple[list[_Attribution | None], list[_Attribution | None]]:
    headings = _headings_above(context)
    after = [
        _attribution_after(context, q, _region_after(context, i))
        or _attribution_past_inner(context, i)
        or (None if headings[i] is not None else _signature_below(context, i))
        for i, q in enumerate(context.quotations)
    ]
    before = [
        _attribution_before(context, q, _region_before(context, i))
        or (headings[i] if after[i] is None else None)
        for i, q in enumerate(context.quotations)
    ]
    return after, before


# At most this many words in a line that only names the speaker of the quotation below it.
_HEADING_WORDS = 20
# A short capitalised abbreviation ending a line: 'Inc.', 'Jr.', 'Co.'.
_ABBREVIATION_END = re.compile(r"(?:^|[\s,])[A-Z][a-z]{0,3}\.$")
# What may open a heading line before the name: markup and bullets.
_HEADING_MARKUP = set("*#_-•>")


def _headings_above(context: _Context) -> list[_Attribution | None]:
    """For each quotation standing alone at the start of its line, the line right above it
    when that line only names a speaker ('Dana Roe, Mayor of Pellton' / 'Sen. Dana Roe
    (D-XX)', then '“...”'), as in round-ups of what leaders say. Such a line between two
    quotations names the one below it, unless it shares a paragraph with the one above and
    not with the one below (a signature: '“...”' / 'Dana Roe, Mayor'); when it shares a
    paragraph with both or neither, the layout of the quotation above decides."""
    found: list[_Attribution | None] = []
    headed: list[bool] = []
    layout: bool | None = None  # the last layout a line between two quotations made clear
    last_line: dict[int, int] = {}
    paragraphs = context.paragraphs
    for index, quotation in enumerate(context.quotations):
        found.append(None)
        headed.append(False)
        line = quotation.first_line
        heading = None
        if line > 0 and context.lines[line][0] == quotation.start:
            heading = _heading_line(context, line - 1)
        elif index and context.quotations[index - 1].last_line == line:
            headed[index] = headed[index - 1]  # a second quotation of the line goes on the layout
        if heading is not None:
            previous = last_line.get(line - 2)
            same_above = previous is not None and paragraphs[line - 2] == paragraphs[line - 1]
            same_below = paragraphs[line - 1] == paragraphs[line]
            if previous is None:
                headed[index] = True
                layout = True if heading[1] is not None else layout
            elif same_above != same_below:
                headed[index] = layout = same_below
            else:
                headed[index] = layout is True
            if headed[index] and heading[1] is not None:
                start, end = context.lines[line - 1]
                found[index] = _Attribution(heading[0], (start, end), heading[1], None, None)
        last_line[quotation.last_line] = index
    return found


def _heading_line(context: _Context, line: int) -> tuple[int, CharSpan | None] | None:
    """A line that is only a name and a description, without a verb or a quotation mark and
    not ending a sentence, as (its first word's index, the speaker it names): the person it
    opens with (after titles: 'Sen. Dana Roe (D-XX)', 'Dana Roe, Mayor of Pellton:'), or the
    organization that is all of it ('Pellton Harbor Caucus'); None for any other line."""
    start, end = context.lines[line]
    text = context.text[start:end].rstrip(" \t*_:")
    if _ABBREVIATION_END.search(text):
        text = text[:-1]  # 'Kawerak, Inc.': the dot of an abbreviation ends no sentence
    if not text or text[-1] in ".!?;," or any(mark in text for mark in _MARKS):
        return None
    words = [
        t
        for t in _tokens(context.doc, start, start + len(text))
        if not t.is_punct and not set(t.text) <= _HEADING_MARKUP
    ]
    if not words or len(words) > _HEADING_WORDS or any(t.tag_ in _FINITE_TAGS for t in words):
        return None
    return words[0].i, _heading_speaker(context, words, end)


def _heading_speaker(context: _Context, words: list[Token], end: int) -> CharSpan | None:
    """The speaker a heading line's words name (see `_heading_line`)."""
    first = words[0]
    titles = _rules().title_words
    for mention in context.people:
        if mention.span[1] > end:
            break
        if mention.span[1] <= first.idx:
            continue
        before = [t for t in words if t.idx < mention.span[0]]
        if all(t.lower_.rstrip(".") in titles for t in before):
            return (max(mention.span[0], first.idx), mention.span[1])
        break
    entities = [e for e in context.entities_in(first.idx, end) if e.label_ in _GROUP_LABELS]
    if len(entities) == 1 and entities[0].start == first.i and entities[0].end >= words[-1].i + 1:
        return (entities[0].start_char, entities[0].end_char)
    # 'Ilse Varga, Director, Telvora Harbor Caucus' with the name left untagged: the proper
    # nouns before the first comma, after any title.
    doc = context.doc
    last = next((t.i for t in words if t.i + 1 < len(doc) and doc[t.i + 1].text == ","), None)
    if last is None:
        return None
    name = [t for t in words if t.i <= last]
    while name and name[0].lower_.rstrip(".") in titles:
        name = name[1:]
    return _untagged_name(name)


# At most this many words in a line that only signs the quotation above it.
_SIGNATURE_WORDS = 14


def _signature_below(context: _Context, index: int) -> _Attribution | None:
    """A quotation standing alone on its line(s), signed on the next line by a name, with or
    without a dash ('“...”' / '— Dana Roe, Mayor of Pellton'). No cue."""
    quotation = context.quotations[index]
    line = quotation.last_line
    first_start = context.lines[quotation.first_line][0]
    if quotation.start != first_start or quotation.end != context.lines[line][1]:
        return None
    if line + 1 >= len(context.lines) or not quotation.parts[-1].closed:
        return None
    following = context.quotations[index + 1 : index + 2]
    if following and following[0].first_line == line + 1:
        return None
    if context.paragraphs[line + 1] - context.paragraphs[line] > 1:
        return None
    start, end = context.lines[line + 1]
    text = context.text
    dash = _SIGNATURE_DASH.match(text, start, end)
    words = [t for t in _tokens(context.doc, start, end) if not t.is_space]
    if not words or len(words) > _SIGNATURE_WORDS or text[end - 1] in ".!?:":
        return None
    if dash is not None and dash.end() > start:
        signed = _signature_after(context, quotation, end, start)
        if signed is None or signed.speaker is None:
            return None
        return replace(signed, clause=(start, signed.clause[1]))
    if any(t.pos_ in {"VERB", "AUX"} or t.dep_ == "ROOT" and t.pos_ == "VERB" for t in words):
        return None
    name: list[Token] = []
    for token in words:
        if token.ent_type_ != "PERSON":
            break
        name.append(token)
    if not name or (len(name) < len(words) and words[len(name)].text != ","):
        return None
    speaker = _char_span(name)
    if speaker is None:
        return None
    return _Attribution(name[0].i, (start, end), speaker, None, None)


def _attribution_past_inner(context: _Context, index: int) -> _Attribution | None:
    """The attribution of quotation `index` read past a quotation inside its attribution
    clause: a quoted title or phrase the clause itself quotes ('"...," Dana Roe, author of
    "The Salt Road," said.', '"...," who called it "a grave error," Roe said.')."""
    following = context.quotations[index + 1 : index + 2]
    quotation = context.quotations[index]
    if not following or following[0].first_line != quotation.last_line:
        return None
    inner = following[0]
    if not quotation.parts[-1].closed or not _embedded(context, inner):
        return None
    gap = context.text[quotation.end : inner.start]
    comma = quotation.parts[-1].content(context.text).endswith(",") or gap.lstrip()[:1] == ","
    if not comma or any(ch in _SENTENCE_END for ch in gap):
        return None
    return _attribution_after(context, quotation, _region_after(context, index + 1))


def _bridge(
    context: _Context,
    left: _Quotation,
    right: _Quotation,
    after: _Attribution | None,
    before: _Attribution | None,
) -> tuple[bool, _Attribution | None]:
    """Whether two quotations of one paragraph are one quote: only their attribution, or
    nothing, stands between them (a line break included). A quotation inside a sentence of
    the narrative ('treating the fire as "potentially suspicious".') does not go on in the
    next one, and a loose attribution (a colon after a sentence whose head reports) does not
    join. Returns (joined, the attribution between them)."""
    if context.paragraphs[left.last_line] != context.paragraphs[right.first_line]:
        return False, None
    if right.first_line != left.last_line and _is_list_line(context, right.first_line):
        return False, None  # a new item of a list ('-   On trade: “...”') is a new quote
    if _embedded(context, left):
        return False, None
    gap = (left.end, right.start)
    text = context.text
    if _blank(text[gap[0] : gap[1]]):
        return True, None
    if after is not None and _covers(text, gap, after.clause):
        verb = context.doc[after.key]
        ends_sentence = text[after.clause[1] - 1] in ".!?"
        if ends_sentence or _reaches_mark(_tokens(context.doc, verb.idx, gap[1]), verb):
            return True, after
    if before is not None and not before.loose and _covers(text, gap, before.clause):
        return True, before
    return False, None


def _distinct(attributions: Iterable[_Attribution | None]) -> dict[int, _Attribution]:
    return {a.key: a for a in attributions if a is not None}


def _groups(context: _Context) -> list[_Group]:
    """Quotations joined into quotes, each with its own attribution (if any)."""
    after, before = _attributions(context)
    groups: list[_Group] = []
    current: list[_Quotation] = []
    found: dict[int, _Attribution] = {}
    for i, quotation in enumerate(context.quotations):
        if current:
            joined, between = _bridge(context, current[-1], quotation, after[i - 1], before[i])
            between = _same_as_lead(context, current[0], found, between)
            if between is not None and between.key in found:
                found = {between.key: between}
            merged = {**found, **_distinct([between, after[i]])}
            own_line = (
                between is None
                and after[i] is not None
                and _on_new_line(context, current[-1], quotation)
            )
            if joined and len(merged) <= 1 and not own_line:
                current.append(quotation)
                found = _distinct([*found.values(), between])
                continue
            groups.append(_close_group(current, found, after[i - 1]))
        current = [quotation]
        found = _distinct([before[i]])
    if current:
        groups.append(_close_group(current, found, after[len(context.quotations) - 1]))
    return groups


def _same_as_lead(
    context: _Context,
    first: _Quotation,
    found: dict[int, _Attribution],
    between: _Attribution | None,
) -> _Attribution | None:
    """A quotation led by its speaker and a colon and broken by an attribution of the same
    speaker ('Mayor Dana Roe: "...," said Roe. "..."') is one quote: the attribution between
    takes the lead's (fuller) name and the lead's key, so the two count as one."""
    if between is None or len(found) != 1:
        return between
    lead = next(iter(found.values()))
    if lead.key == between.key or lead.clause[1] > first.start or lead.cue is not None:
        return between
    if lead.speaker is None or between.speaker is None:
        return between
    text = context.text
    lead_words = {w.strip(".,").lower() for w in text[lead.speaker[0] : lead.speaker[1]].split()}
    named = text[between.speaker[0] : between.speaker[1]].split()
    if not named or named[-1].strip(".,").lower() not in lead_words:
        return between
    return replace(between, key=lead.key, speaker=lead.speaker)


def _on_new_line(context: _Context, left: _Quotation, right: _Quotation) -> bool:
    """Whether `right` starts a line of its own after `left`: with an attribution of its own
    it is a new quote, not the next sentence of `left`."""
    return right.first_line != left.last_line


def _close_group(
    quotations: list[_Quotation], found: dict[int, _Attribution], tail: _Attribution | None
) -> _Group:
    """A group's attribution: the one inside it, else the one after it, else the one
    before it."""
    candidates = list(found.values())
    inner = [a for a in candidates if a.clause[0] >= quotations[0].start]
    chosen = inner[0] if inner else tail or (candidates[0] if candidates else None)
    return _Group(list(quotations), chosen)


def _inherit(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution that opens the paragraph right after a quoted speaker's
    paragraph goes on quoting that speaker."""
    last_in_paragraph: dict[int, _Group] = {}
    for group in groups:
        first = group.quotations[0].first_line
        paragraph = context.paragraphs[first]
        opens_paragraph = group.start == context.paragraph_start(first)
        previous = last_in_paragraph.get(paragraph - 1)
        if (
            group.attribution is None
            and opens_paragraph
            and previous is not None
            and previous.attribution is not None
            and previous.attribution.speaker is not None
        ):
            _go_on_quoting(group, previous.attribution)
        paragraph = context.paragraphs[group.quotations[-1].last_line]
        if not _inside_attribution(last_in_paragraph.get(paragraph), group):
            last_in_paragraph[paragraph] = group


def _go_on_quoting(group: _Group, attribution: _Attribution) -> None:
    """`group` goes on quoting the speaker of `attribution`: the same speaker and clause,
    without the cue or medium of the quote it continues."""
    group.attribution = _Attribution(attribution.key, attribution.clause, attribution.speaker)
    group.inherited = True


def _inherit_past_narrative_quotes(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution that stands alone on the line right after a line whose
    last quotations sit inside sentences of the narrative goes on quoting the speaker of the
    last of them that has one: a partial quote's ('Roe said the plan was "a farce".' / '"We will
    appeal."'), or, past scare quotes that have none, the quote before them ('"...," Roe
    said, noting that it is known as "take."' / '"..."')."""
    by_line: dict[int, list[_Group]] = {}
    for group in groups:
        by_line.setdefault(group.quotations[-1].last_line, []).append(group)
    for group in groups:
        first = group.quotations[0].first_line
        if group.attribution is not None or not _stands_alone(context, group):
            continue
        if not _reads_as_sentence(context, group.quotations[0]):
            continue
        earlier = by_line.get(first - 1, [])
        if not earlier or not (earlier[-1].partial or earlier[-1].attribution is None):
            continue  # the quote before is attributed on its own: left to '_inherit'
        for previous in reversed(earlier):
            attribution = previous.attribution
            if attribution is None and previous.partial:
                # a short partial quote kept as no quote ('made a "concrete decision"') still
                # says who was speaking
                attribution = _partial_attribution(context, previous.quotations[0])
            if attribution is not None:
                if attribution.speaker is not None:
                    _go_on_quoting(group, attribution)
                break
            if not _embedded(context, previous.quotations[0]):
                break  # an unattributed quote of its own: no speaker to go on with


def _inside_attribution(previous: _Group | None, group: _Group) -> bool:
    """Whether `group` is quoted inside the attribution clause of `previous` ('"...," Dana
    Roe, author of "The Salt Road," said.'): the quote before it is still the one a next
    line goes on with."""
    if previous is None or previous.attribution is None:
        return False
    start, end = previous.attribution.clause
    return start <= group.start and group.end <= end


def _inherit_after_soft_break(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution that is all of a line after a soft break goes on quoting
    the speaker of the quote the line before ends with, when only that quote's attribution
    follows it there (texts with one sentence a line: '... are "unfit," Roe said.' /
    '"They never were."')."""
    last_on_line: dict[int, _Group] = {}
    for group in groups:
        before = last_on_line.get(group.quotations[0].first_line - 1)
        inherited = before.attribution if before is not None else None
        if (
            group.attribution is None
            and before is not None
            and inherited is not None
            and _goes_on_after_soft_break(context, before, group)
        ):
            _go_on_quoting(group, inherited)
        line = group.quotations[-1].last_line
        if not _inside_attribution(last_on_line.get(line), group):
            last_on_line[line] = group


def _goes_on_after_soft_break(context: _Context, previous: _Group, group: _Group) -> bool:
    """Whether `group` stands alone on the line after a soft break from the line `previous`
    ends, and only its own attribution follows `previous` on that line."""
    first = group.quotations[0].first_line
    if first == 0 or context.paragraphs[first] != context.paragraphs[first - 1]:
        return False
    if previous.quotations[-1].last_line != first - 1 or not _stands_alone(context, group):
        return False
    attribution = previous.attribution
    if attribution is None or attribution.speaker is None:
        return False
    line_end = context.lines[first - 1][1]
    rest = context.text[previous.end : line_end]
    if not rest.strip(" .,!?\u201d\"'"):
        return True
    # 'Roe said.' after the quote: the tail is the attribution clause.
    return previous.end <= attribution.clause[0] and attribution.clause[1] >= line_end - 1


# --- lists of quotations and their lead ----------------------------------------------------


def _is_list_line(context: _Context, line: int) -> bool:
    """A line that is an item of a list: it opens with a bullet or a number ('-   “...”')."""
    start, end = context.lines[line]
    return _LIST_MARKER.match(context.text, start, end) is not None


def _stands_alone(context: _Context, group: _Group) -> bool:
    """Whether a quote is all its line holds, but for a bullet before it and a note in
    brackets after it ('-   “...” (Watch)')."""
    text = context.text
    first_start = context.lines[group.quotations[0].first_line][0]
    last_end = context.lines[group.quotations[-1].last_line][1]
    before = text[first_start : group.start]
    after = text[group.end : last_end].strip()
    bullet = not before.strip() or _LIST_MARKER.fullmatch(before) is not None
    if not bullet and _is_list_line(context, group.quotations[0].first_line):
        # '-   On border security: “...”': a list item that only names its topic.
        marker = _LIST_MARKER.match(before)
        bullet = marker is not None and _TOPIC_PREFIX.fullmatch(before, marker.end()) is not None
    return bullet and (not after or _TRAILING_NOTE.fullmatch(after) is not None)


def _lead_line(context: _Context, line: int) -> int | None:
    """The line that introduces the quote opening `line`: the nearest line before it that is
    not a list item, when the quote is a list item or that line ends with a colon ('Whitcombe
    said the following:'). Never the title."""
    lead = line - 1
    while lead >= 0 and _is_list_line(context, lead):
        lead -= 1
    if lead < 0 or context.paragraphs[lead] == 0:
        return None
    in_list = lead < line - 1 or _is_list_line(context, line)
    return lead if in_list or _introduces_next_line(context, lead) else None


def _introduces_next_line(context: _Context, line: int) -> bool:
    """Whether a line ends by introducing what follows: with a colon, or with its reporting
    verb and at most a comma ('Dana Roe, the union's head, commented,' / '..., she said')."""
    start, end = context.lines[line]
    if context.text[end - 1] == ":":
        return True
    tokens = _tokens(context.doc, start, end)
    if tokens and tokens[-1].text == ",":
        tokens = tokens[:-1]
    return bool(tokens) and _is_reporting_verb(tokens[-1]) and tokens[-1].dep_ in {"ROOT", "conj"}


def _lead_attribution(context: _Context, line: int) -> _Attribution | None:
    """Who speaks in a lead paragraph: the subject of its reporting verb (the last sentence
    with one; the verb nearest the root first), else the last person who is the subject of
    one of its clauses ('Secretary Rubio joined three news programs')."""
    own = _colon_lead(context, line)
    if own is not None:
        return own
    start, end = context.paragraph_start(line), context.lines[line][1]
    tokens = [
        t for t in _tokens(context.doc, start, end) if not context.inside_quote(t.idx, t.idx + 1)
    ]
    sentences: dict[int, list[Token]] = {}
    for token in tokens:
        sentences.setdefault(token.sent.start, []).append(token)
    for sentence in reversed(list(sentences.values())):
        verbs = [t for t in sentence if _is_reporting_verb(t)]
        for verb in sorted(verbs, key=lambda t: (sum(1 for _ in t.ancestors), t.i)):
            subject = _subject(verb)
            if subject is None:
                continue
            speaker = _speaker(context, subject, sentence[0].idx, end, verb.idx)
            if speaker is not None:
                return _Attribution(verb.i, (start, end), speaker, None, _occasion(sentence))
    subjects = [m for m in context.people if m.subject and start <= m.span[0] and m.span[1] <= end]
    whole = _tokens(context.doc, start, end)
    heading = len(whole) == len(tokens) and not any(t.pos_ in {"VERB", "AUX"} for t in tokens)
    if not subjects and tokens and heading:
        # A heading without a verb that names the speaker ('Secretary Dana Roe on Morning
        # News', then the list of what she said); the show is the medium.
        named = [m.span for m in context.people if start <= m.span[0] and m.span[1] <= end]
        speaker, show = _heading_name(tokens)
        if named and not (speaker and named[0][0] < speaker[0] and speaker[1] == named[0][1]):
            speaker = named[0]  # not a person's mention that took in the office's last words
        if speaker is None:
            return None
        return _Attribution(tokens[0].i, (start, end), speaker, None, show)
    if not subjects:
        return None
    return _Attribution(tokens[0].i, (start, end), subjects[-1].span, None, None)


def _heading_name(tokens: Sequence[Token]) -> tuple[CharSpan | None, str | None]:
    """The name a heading ends with before 'on' and the show after it: 'Secretary of Farming
    Dana Roe on Morning Report' -> ('Dana Roe', 'Morning Report'); a name the recogniser took
    for an organization too. The show only when its words are capitalised."""
    words = [t for t in tokens if not t.is_punct and t.text.strip("#")]
    cut = next((k for k, t in enumerate(words) if t.lower_ == "on" and k > 0), len(words))
    before, after = words[:cut], words[cut + 1 :]
    if not before or before[-1].pos_ != "PROPN":
        return None, None
    name = _name_ending_at(before[-1])
    titled = [k for k, t in enumerate(name) if _title_word(t.text)]
    if titled and titled[-1] + 1 < len(name):
        name = name[titled[-1] + 1 :]  # 'Border Czar Dana Roe'
    while len(name) > 2 and name[0].dep_ == "pobj":  # 'Secretary of Farming Dana Roe'
        name = name[1:]
    linked = name[0].i > 0 and name[0].doc[name[0].i - 1].lower_ in _OBJECT_LINKS
    if linked and len(name) > 2:
        # 'Secretary of Harbor Works Dana Roe': the office's words, then the name, which
        # the recogniser may tag as a person.
        name = name[1:]
        while len(name) > 2 and name[0].ent_type_ != "PERSON":
            name = name[1:]
    show = None
    if after and all(t.is_title or t.lower_ in _SHOW_LINKS for t in after) and after[0].is_title:
        show = after[0].doc[after[0].i : after[-1].i + 1].text
    return _char_span(name), show


# Small words inside the capitalised name of a show ('Meet the Press', 'Face the Nation').
_SHOW_LINKS = {"the", "of", "and", "with", "in", "on"}


_FOLLOWING_WORDS = {"following", "below", "this", "here"}


def _colon_lead(context: _Context, line: int) -> _Attribution | None:
    """Who a line ending with a colon introduces, by its own last sentence: 'General Manager
    D.J. Whitcombe issued the following statement:' (the subject), 'A statement from Director
    Kowalski follows:' (the issuer)."""
    start, end = context.lines[line]
    if not _introduces_next_line(context, line):
        return None
    tokens = _tokens(context.doc, start, end)
    if not tokens:
        return None
    sentence = tokens[-1].sent
    root = sentence.root
    if context.inside_quote(root.idx, root.idx + 1):
        return None
    subject = _subject(root)
    if subject is None:
        return None
    first = max(sentence.start_char, start)
    # 'The following is a statement from Mayor Dana Roe:': the document named after the
    # copula is the one that follows; its issuer speaks.
    document = next((c for c in root.children if c.dep_ == "attr" and _is_document(c)), None)
    if _is_document(subject):
        speaker = _issuer(context, subject, end)
    elif subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ == "PERSON":
        speaker = _speaker(context, subject, first, end, root.idx)
    elif document is not None and subject.lower_ in _FOLLOWING_WORDS:
        speaker = _issuer(context, document, end)
    else:
        return None
    if speaker is None:
        return None
    return _Attribution(root.i, (first, end), speaker, None, _occasion(list(sentence)))


def _inherit_previous_sentence(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution standing on a line of its own right after a line of
    narrative whose main verb reports ('Jim Campbell told the Herald the victim was alive.'
    / '"He was very badly hurt."') is the words of that verb's subject, also when the line's
    full stop is left out."""
    for group in groups:
        line = group.quotations[0].first_line
        if group.attribution is not None or line == 0 or not _stands_alone(context, group):
            continue
        if not _reads_as_sentence(context, group.quotations[0]):
            continue
        start, end = context.lines[line - 1]
        if context.paragraphs[line - 1] == 0 or context.inside_quote(start, end):
            continue
        tokens = _tokens(context.doc, start, end)
        if not tokens or (tokens[-1].text not in {".", "!"} and not _unstopped(tokens[-1])):
            continue
        root = tokens[-1].sent.root
        if root.sent.start_char < start:
            continue
        subject = _subject(root)
        if subject is None or subject.dep_ != "nsubj":
            continue
        if not _is_reporting_verb(root) and not _introduces_speaker(context, subject, group):
            continue
        speaker = _speaker(context, subject, start, end, root.idx)
        if speaker is not None:
            medium = _medium(context, root, tokens)
            group.attribution = _Attribution(root.i, (start, end), speaker, None, medium)


def _unstopped(last: Token) -> bool:
    """Whether a line ends on a word with its full stop left out ('Roe said police were
    pushed to their limits'), not on a colon, comma or other mark."""
    return not last.is_punct and (last.is_alpha or last.like_num)


# At most this many lines of narrative between a speaker's quote and a quote standing alone
# after them that goes on quoting the same speaker.
_NARRATIVE_LINES = 2


def _inherit_across_narrative(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution standing on a line of its own a line or two after a quote
    goes on quoting that quote's speaker when the lines between only tell more about that
    speaker: the last one's subject is the speaker's name or 'he'/'she', and they name no
    other person ('"...," Roe said.' / 'She would not say more.' / '"We will rebuild."')."""
    for previous, group in zip(groups, groups[1:], strict=False):
        attribution = previous.attribution
        if group.attribution is not None or attribution is None or attribution.speaker is None:
            continue
        first = group.quotations[0].first_line
        last = previous.quotations[-1].last_line
        if not 1 <= first - last - 1 <= _NARRATIVE_LINES or not _stands_alone(context, group):
            continue
        if not _reads_as_sentence(context, group.quotations[0]):
            continue
        speaker = context.text[attribution.speaker[0] : attribution.speaker[1]].split()
        start, end = max(previous.end, context.lines[last + 1][0]), context.lines[first - 1][1]
        names = [e for e in context.entities_in(start, end) if e.label_ in _PERSON_LABELS]
        if not speaker or any(e[-1].text != speaker[-1] for e in names):
            continue
        tokens = _tokens(context.doc, *context.lines[first - 1])
        if not tokens or context.inside_quote(tokens[0].idx, tokens[-1].idx + 1):
            continue
        subject = _subject(tokens[-1].sent.root)
        if subject is None or subject.dep_ != "nsubj":
            continue
        if subject.lower_ in _PERSON_PRONOUNS - _FIRST_PERSON or subject.text == speaker[-1]:
            _go_on_quoting(group, attribution)


# What may stand between two parts of one speaker's words that are not joined into one quote:
# a note in brackets ('(Laughter.)'), the spoken mark 'quote', 'and', dashes and commas.
_SAME_WORDS_GAP = re.compile(
    rf"(?:\s|[,.;—–-]|\b(?:and|quote)\b|{_BRACKETED_NOTE.pattern})*", re.IGNORECASE
)


def _inherit_across_gap(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution that follows a quote of the same paragraph with only a
    note in brackets, the spoken mark 'quote' or 'and' between them goes on quoting that
    quote's speaker ('He said, "..." (Laughter.) "..."'; 'she wrote, "..." — quote, "..."')."""
    for previous, group in zip(groups, groups[1:], strict=False):
        attribution = previous.attribution
        if group.attribution is not None or attribution is None or attribution.speaker is None:
            continue
        last, first = previous.quotations[-1].last_line, group.quotations[0].first_line
        if context.paragraphs[last] != context.paragraphs[first]:
            continue
        if _SAME_WORDS_GAP.fullmatch(context.text, previous.end, group.start) is None:
            continue
        if not _reads_as_sentence(context, group.quotations[0]):
            continue
        _go_on_quoting(group, attribution)


def _introduces_speaker(context: _Context, subject: Token, group: _Group) -> bool:
    """A line whose subject is a named person and whose verb does not report ('Dana Roe runs
    the clinic.') introduces the speaker of a quote after it that speaks in the first person
    ('"We are full every night."')."""
    if subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return False
    words = re.findall(r"\w+", _quote_text(context.text, group).lower())
    return any(w in _SELF_WORDS for w in words)


# Words of a speaker talking about themselves or their side.
_SELF_WORDS = {"i", "me", "my", "we", "us", "our"}


def _inherit_lead(context: _Context, groups: list[_Group]) -> None:
    """A quote without attribution that stands alone as an item of a list, or as a paragraph
    after a line ending with a colon, is the words of the speaker its lead paragraph
    introduces ('Secretary Roe stressed ...' / '-   “...” (Watch)')."""
    for group in groups:
        if group.attribution is not None or not _stands_alone(context, group):
            continue
        if not _reads_as_sentence(context, group.quotations[0]):
            continue
        lead = _lead_line(context, group.quotations[0].first_line)
        if lead is None:
            continue
        group.attribution = _lead_attribution(context, lead) or _speaker_before_lead(context, lead)


# At most this many words in a lead that only announces the quotations ('Here's what you missed:').
_SHORT_LEAD_WORDS = 8


def _speaker_before_lead(context: _Context, lead: int) -> _Attribution | None:
    """Who a lead line ending with a colon that names no one ('Here's what you missed:')
    introduces: the speaker of the paragraph before it, past figures and other markup
    ('President Dana Roe spoke at the summit.' / '<figure> ...' / 'Here's what you missed:')."""
    start = context.paragraph_start(lead)
    words = context.text[start : context.lines[lead][1]].split()
    if not words[-1].endswith(":") or len(words) > _SHORT_LEAD_WORDS:
        return None
    line = context.paragraph_start_line(lead) - 1
    while line >= 0 and context.text[slice(*context.lines[line])].lstrip().startswith("<"):
        line = context.paragraph_start_line(line) - 1
    if line < 0 or context.paragraphs[line] == 0 or _is_list_line(context, line):
        return None
    return _lead_attribution(context, line)


# --- partial quotations inside the narrative -------------------------------------------------


def _governing_verb(context: _Context, quotation: _Quotation) -> Token | None:
    """The reporting verb before a quotation that the quotation's words depend on in the
    parse: 'promised to "sign all documents"', 'called the cuts "savage attacks"'."""
    inside = [
        t
        for part in quotation.parts
        for t in _tokens(context.doc, part.start + 1, part.end)
        if t.text not in _MARKS
    ]
    if not inside:
        return None
    first = inside[0]
    indices = {t.i for t in inside}
    line_start = context.lines[quotation.first_line][0]
    title = _title_like(" ".join(part.content(context.text) for part in quotation.parts))
    for token in inside:
        if token.head.i in indices or token.head.i == token.i:
            continue
        for ancestor in token.ancestors:
            if ancestor.sent.start != first.sent.start:
                break
            if ancestor.i >= first.i:
                if _quoted_subject_of(token, ancestor) and not title:
                    continue  # 'admitted that "a small share of users" were hit': up to the verb
                break
            if ancestor.idx < line_start and _is_list_line(context, quotation.first_line):
                break  # the verb of another item of the list
            if _is_reporting_verb(ancestor) and not context.inside_quote(
                ancestor.idx, ancestor.idx + 1
            ):
                return ancestor
    return None


def _quoted_subject_of(token: Token, verb: Token) -> bool:
    """Whether a quoted word is the subject of the verb after the quotation: the quotation
    is the subject of a clause that the reporting verb before it governs."""
    return token.head.i == verb.i and token.dep_ in _SUBJECTS and verb.pos_ in {"VERB", "AUX"}


def _partial_attribution(context: _Context, quotation: _Quotation) -> _Attribution | None:
    """Who says a quotation inside a sentence of the narrative: the subject of the reporting
    verb it depends on ('Human Rights Watch said that the country "remains ..."')."""
    if not _embedded(context, quotation) and not _embedded_after_spoken_mark(context, quotation):
        return None
    verb = _governing_verb(context, quotation)
    if verb is None:
        return _partial_source(context, quotation)
    sentence_start = verb.sent.start_char
    clause = _tokens(context.doc, sentence_start, quotation.start)
    span = (sentence_start, quotation.start)
    attribution = _verb_attribution(context, verb, clause, span, quotation.start)
    return attribution if attribution.speaker is not None else None


def _partial_source(context: _Context, quotation: _Quotation) -> _Attribution | None:
    """Who says a quotation inside a sentence that names its source before it: 'According
    to the port's statement, the ship was "far too heavy for the pier"'."""
    opening = context.doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
    if opening is None:
        return None
    sentence_start = opening[0].sent.start_char
    clause = _tokens(context.doc, sentence_start, quotation.start)
    source = _source_phrase(context, clause, sentence_start, quotation.start, quotation.start)
    if source is None or source.speaker is None:
        return None
    # 'According to the agency's statement': the statement is the medium.
    occasions = _rules().occasion_heads
    document = next(
        (
            t.lower_
            for t in clause
            if t.dep_ == "pobj" and t.i > source.key and t.lemma_.lower() in occasions
        ),
        None,
    )
    medium = document or _occasion(clause)
    return _Attribution(source.key, source.clause, source.speaker, source.cue, medium)


def _attribute_partials(context: _Context, groups: list[_Group]) -> list[_Group]:
    """Quotations inside one sentence of the narrative that depend on one reporting verb are
    one quote of its subject ('promised to "sign ..." on their imports "into ..."'); it is
    kept when it is no title or scare quote (three words or more, not all capitalised)."""
    result: list[_Group] = []
    for group in groups:
        attribution = None
        if group.attribution is None and len(group.quotations) == 1:
            attribution = _partial_attribution(context, group.quotations[0])
        previous = result[-1] if result else None
        if (
            attribution is not None
            and previous is not None
            and previous.partial
            and previous.attribution is not None
            and previous.attribution.key == attribution.key
        ):
            previous.quotations.extend(group.quotations)
            continue
        if attribution is not None:
            group.attribution, group.partial = attribution, True
        result.append(group)
    for group in result:
        if group.partial and (
            _title_like(_quote_text(context.text, group)) or _modifies_noun(context.text, group)
        ):
            group.attribution = None
    return result


def _modifies_noun(text: str, group: _Group) -> bool:
    """A quoted phrase joined by a hyphen to the word after it: a modifier, not words
    reported ('its “fair play”-related rules')."""
    return (
        text[group.end : group.end + 1] in {"-", "‑"}
        and text[group.end + 1 : group.end + 2].isalpha()
    )


def _keep(context: _Context, group: _Group) -> bool:
    """Attributed quotes, and unattributed ones that read as a sentence of some length."""
    text = _quote_text(context.text, group)
    if not text:
        return False
    if group.attribution is not None:
        return True
    words = re.findall(r"\w+", text)
    if len(words) < _rules().min_unattributed_words or _title_like(text):
        return False  # a scare quote, or a title ('an order titled “Securing the Harbor ...”')
    return all(_reads_as_sentence(context, q) for q in group.quotations[:1])


def _quote_text(text: str, group: _Group) -> str:
    """The quoted parts joined by one space, each without a trailing comma; runs of
    whitespace (a double space, a no-break space) as one space."""
    pieces = [part.content(text).rstrip(",").rstrip() for part in group.parts]
    return _WHITESPACE.sub(" ", " ".join(piece for piece in pieces if piece))


def _to_quote(context: _Context, group: _Group) -> Quote:
    text = context.text
    attribution = group.attribution
    speaker = attribution.speaker if attribution is not None else None
    return Quote(
        text=_quote_text(text, group),
        char_start=group.start,
        char_end=group.end,
        speaker_text=text[speaker[0] : speaker[1]] if speaker is not None else None,
        speaker_span=speaker,
        cue=attribution.cue if attribution is not None else None,
        medium=attribution.medium if attribution is not None else None,
        is_direct=True,
    )


def extract_quotes(doc: Doc) -> list[Quote]:
    """Direct quotations of a parsed article, in text order, with speaker, cue and medium."""
    text = doc_text(doc)
    if not text.strip():
        return []
    lines, paragraphs = _lines(text)
    quotations = _quotations(text, lines, paragraphs)
    quoted = [(p.start, p.end) for q in quotations for p in q.parts]
    context = _Context(doc, quotations, lines, paragraphs, quoted)
    context.__dict__["text"] = text  # the cached property, without joining the tokens again
    groups = _groups(context)
    _inherit(context, groups)
    _inherit_lead(context, groups)
    _inherit_previous_sentence(context, groups)
    _inherit_across_narrative(context, groups)
    _inherit_across_gap(context, groups)
    groups = _attribute_partials(context, groups)
    _inherit_past_narrative_quotes(context, groups)
    _inherit_after_soft_break(context, groups)
    quotes = [_to_quote(context, g) for g in groups if _keep(context, g)]
    return sorted(quotes, key=lambda q: (q.char_start, q.char_end))


__all__ = ["extract_quotes"]
