"""The parse's text, tokens and noun chunks of a document, made once per document.

spaCy makes a new `Token` object each time a document is iterated or indexed, rebuilds
`Doc.text` from every token on each access, and computes its noun chunks anew each time they
are asked for. The extractors' rules scan each document
a dozen times or more, so the lists are kept in the document's `user_data` and shared.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: Marks that open a bullet of a list ('- Dana Whitcombe, ...', '• Halvik ...').
BULLETS = frozenset({"-", "*", "•", "–", "—"})

_TEXT = "newsfacts.text"
_TOKENS = "newsfacts.tokens"
_NOUN_CHUNKS = "newsfacts.noun_chunks"


def doc_text(doc: Doc) -> str:
    """The document's text."""
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """Every token of the document, in order."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def noun_chunks(doc: Doc) -> list[Span]:
    """The document's noun chunks (base noun phrases), in order."""
    chunks = doc.user_data.get(_NOUN_CHUNKS)
    if chunks is None:
        chunks = doc.user_data[_NOUN_CHUNKS] = list(doc.noun_chunks)
    return chunks
