"""The gender a text marks for a person, so that 'he' and 'she' resolve to someone who fits.

Only what the article itself writes counts: the speech lexicon's words for a woman or a man
('Mrs', 'actress', 'she', 'his') in an honorific before a mention, a noun in apposition, or a
reflexive or possessive pronoun of the clause the person is the subject of. No list of given
names is used. Shared by the quotes and events extractors.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from flows.extract.lexicon import load_lexicon

#: Pronouns of the subject's own clause that can mark its gender ('X presented herself').
_OWN_PRONOUNS = frozenset({"himself", "herself", "his", "her"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    speech = load_lexicon("speech")
    return (
        frozenset(w.lower() for w in speech["female_words"]),
        frozenset(w.lower() for w in speech["male_words"]),
    )


def word_gender(word: str) -> str | None:
    """'f' for a word that marks a woman ('she', 'Mrs', 'actress'), 'm' for a man, else None."""
    female, male = _words()
    lower = word.lower().rstrip(".")
    if lower in female:
        return "f"
    return "m" if lower in male else None


def mention_gender(mention: Span) -> str | None:
    """The gender the words around one mention of a person mark: 'Mrs. Whitcombe', 'Whitcombe,
    a woman', 'The man, Whitcombe, ...', 'Whitcombe presented herself' or 'Whitcombe drove his
    car' (a pronoun of the subject's own clause, not of a clause inside it: 'Whitcombe said
    she left' tells nothing of Whitcombe; nor one after another person's name)."""
    if len(mention) == 0:
        return None
    root = mention.root
    doc = mention.doc
    clues: list[Token] = [doc[mention.start - 1]] if mention.start > 0 else []
    clues += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        clues.append(root.head)
    if root.dep_ in _SUBJECTS:
        verb = root.head
        clues += [
            t
            for t in verb.subtree
            if t.i > root.i
            and t.lower_ in _OWN_PRONOUNS
            and _refers_back(t)
            and t.head.dep_ not in {"ccomp", "relcl"}
            and t.sent.start == verb.sent.start
            and not _person_between(doc, mention.end, t.i)
        ][:1]
    for clue in clues:
        gender = word_gender(clue.text)
        if gender is not None:
            return gender
    return None


def _refers_back(pronoun: Token) -> bool:
    """Whether a pronoun of the subject's clause can stand for the subject: a reflexive
    ('presented herself') or a possessive ('drove his truck'), not an object 'her'
    ('Whitcombe thanked her' names someone else)."""
    return pronoun.lower_ != "her" or pronoun.dep_ == "poss" or pronoun.tag_ == "PRP$"


def _person_between(doc: Doc, start: int, end: int) -> bool:
    """Whether another person is named between the mention and a pronoun: 'Whitcombe helped
    Halvik and his wife' marks Halvik, not Whitcombe."""
    return any(t.ent_type_ == "PERSON" for t in doc[start:end])
