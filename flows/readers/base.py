"""What every reader returns: raw articles, or failures that become quarantine rows."""

from __future__ import annotations

from dataclasses import dataclass

import charset_normalizer


@dataclass(frozen=True)
class RawArticle:
    """An article as its input gave it, before normalisation."""

    source_ref: str
    title: str
    body: str
    published: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class ReadFailure:
    """An input (or part of one) that could not be read into an article."""

    source_ref: str
    reason: str
    detail: str | None = None


class UnreadableInput(ValueError):
    """Raised by a reader for an input it cannot turn into an article."""


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) when it is, otherwise the encoding that
    charset-normalizer detects. Raises UnreadableInput for binary data."""
    if not data:
        raise UnreadableInput("the file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableInput("not text: no encoding fits the bytes (binary file?)")
    return str(best)


def optional_str(value: object) -> str | None:
    """A metadata value as a clean string, or None when empty or missing."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
