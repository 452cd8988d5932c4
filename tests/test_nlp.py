"""The model's setup and the extractor version that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.extract import lexicon
from flows.nlp import load_model


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
