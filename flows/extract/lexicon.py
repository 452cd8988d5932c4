"""Rules are data: the lexicons in `lexicons/*.json`, each with a name and a version.

The extractor version written into every row is the package version plus a digest of what
decides the rows: every lexicon, the extractors' code (`flows/extract/*.py`) and the model's
setup (`flows/nlp.py`). A change to any of them changes the version of the rows it produces,
so the next run re-extracts the articles whose rows came from the older rules.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from flows import __version__

EXTRACT_DIR = Path(__file__).resolve().parent
LEXICON_DIR = EXTRACT_DIR / "lexicons"
#: The model's setup (the tokenizer's exceptions, the paragraph breaks), also part of the rules.
NLP_SETUP = EXTRACT_DIR.parent / "nlp.py"


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    """The lexicon `lexicons/<name>.json`. Raises ValueError for an unknown name."""
    path = LEXICON_DIR / f"{name}.json"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in LEXICON_DIR.glob("*.json")))
        raise ValueError(f"unknown lexicon {name!r}; known: {known}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("name") != name or "version" not in data:
        raise ValueError(f"lexicon {path} must have 'name': {name!r} and a 'version'")
    return data


@cache
def event_lexicon() -> dict[str, Any]:
    """The events lexicon, its 'cameo_verbs' (from PETRARCH2's CAMEO verb dictionary) merged
    into 'verbs'; a verb listed in 'verbs' keeps its own type. Read by the events extractor,
    and by participants for the acts a group can be the target of."""
    data = load_lexicon("events")
    return {**data, "verbs": {**data.get("cameo_verbs", {}), **data["verbs"]}}


def rule_files() -> list[Path]:
    """The files whose content decides the extracted rows."""
    return [
        *sorted(EXTRACT_DIR.glob("*.py")),
        *sorted(LEXICON_DIR.glob("*.json")),
        NLP_SETUP,
    ]


@cache
def extractor_version() -> str:
    """'<package version>+rules.<digest of the rule files>', e.g. '0.1.0+rules.3f2a9c1d'."""
    digest = hashlib.sha256()
    for path in rule_files():
        digest.update(path.relative_to(EXTRACT_DIR.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return f"{__version__}+rules.{digest.hexdigest()[:8]}"
