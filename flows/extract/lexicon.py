"""Rules are data: the lexicons in `lexicons/*.json`, each with a name and a version.

The extractor version written into every row is the package version plus a digest of every
lexicon, so that a change to any rule table changes the version of the rows it produces.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from flows import __version__

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


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
def extractor_version() -> str:
    """'<package version>+lex.<digest of all lexicons>', e.g. '0.1.0+lex.3f2a9c1d'."""
    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{__version__}+lex.{digest.hexdigest()[:8]}"
