"""The model's setup and the extractor version that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import nlp as nlp_module
from flows.extract import lexicon
from flows.nlp import load_model, parse


@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Lt.", "Capt.", "Insp."])
def test_an_abbreviated_title_does_not_end_the_sentence(title: str) -> None:
    doc = load_model()(f'"We found nothing," said RCMP {title} Tim Shields. He left.')
    assert title in [t.text for t in doc]
    assert [s.text for s in doc.sents][0].endswith(f"{title} Tim Shields.")


def test_the_extractor_version_covers_code_lexicons_and_model_setup() -> None:
    names = {p.relative_to(lexicon.EXTRACT_DIR.parent).as_posix() for p in lexicon.rule_files()}
    assert {"extract/participants.py", "extract/events.py", "nlp.py"} <= names
    assert "extract/lexicons/events.json" in names


def test_a_changed_rule_file_changes_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules.py"
    rules.write_text("A = 1\n")
    monkeypatch.setattr(lexicon, "rule_files", lambda: [rules])
    monkeypatch.setattr(lexicon, "EXTRACT_DIR", tmp_path / "extract")
    lexicon.extractor_version.cache_clear()
    try:
        before = lexicon.extractor_version()
        rules.write_text("A = 2\n")
        lexicon.extractor_version.cache_clear()
        assert lexicon.extractor_version() != before
        assert before.startswith("0.") and "+rules." in before
    finally:
        lexicon.extractor_version.cache_clear()


def test_parse_batches_by_words_and_keeps_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Police arrested two men.", "A long report " * 20, "Talks resumed.", "Aid came."]
    words = [len(t.split()) for t in texts]
    monkeypatch.setattr(nlp_module, "MAX_BATCH_WORDS", 10)
    model = load_model(nlp_module.DEFAULT_MODEL)
    sizes: list[int] = []
    pipe = model.pipe

    def spy(texts, batch_size):  # type: ignore[no-untyped-def]
        sizes.append(batch_size)
        return pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(model, "pipe", spy)
    docs = list(parse(texts, words, model=nlp_module.DEFAULT_MODEL, batch_size=4))
    assert [doc.text for doc in docs] == texts
    # the long text in six pieces of 10 words, one per batch; the short ones together
    assert sizes == [1, 1, 1, 1, 1, 1, 1, 2]


def test_a_long_text_is_parsed_in_pieces_of_paragraphs_and_joined(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paragraphs = [
        "Talks in Geneva\n\n",
        "Officials from Canada and Mexico met in Geneva on Monday.\n",
        "Police in Ohio arrested two men after a raid on a warehouse.\n\n\n",
        "The ministers agreed to meet again in May, a spokesman said.",
    ]
    text = "".join(paragraphs)
    whole = load_model()(text)
    monkeypatch.setattr(nlp_module, "MAX_BATCH_WORDS", 14)
    model = load_model(nlp_module.DEFAULT_MODEL)
    seen: list[str] = []
    pipe = model.pipe

    def spy(texts, batch_size):  # type: ignore[no-untyped-def]
        texts = list(texts)
        seen.extend(texts)
        return pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(model, "pipe", spy)
    [doc] = parse([text], [len(text.split())], model=nlp_module.DEFAULT_MODEL, batch_size=4)
    assert seen == [paragraphs[0] + paragraphs[1], paragraphs[2], paragraphs[3]]
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in whole]
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == [
        (e.text, e.label_, e.start_char) for e in whole.ents
    ]
    assert [s.start_char for s in doc.sents] == [s.start_char for s in whole.sents]


def test_a_paragraph_longer_than_a_piece_is_cut_at_sentences_then_words() -> None:
    sentences = "Police met the mayor. The talks ran late. Aid came on Monday. "
    names = " ".join(f"Name{i}" for i in range(9))
    text = "Talks\n\n" + sentences * 2 + "\n" + names + "\nEnd."
    pieces = nlp_module._pieces(text, len(text.split()), 6)
    assert "".join(piece for piece, _ in pieces) == text
    assert all(count <= 6 and count == len(piece.split()) for piece, count in pieces)
    assert pieces[1][0] == "The talks ran late. "  # whole sentences
    assert "Name5 " in [piece[-6:] for piece, _ in pieces]  # a run of six names, cut after
