"""Offsets into `articles.text`: characters (Python, Arrow) and UTF-8 bytes (SQL engines).

Every extracted row carries both. A character offset is what Python slicing and the
extractors use; DuckDB's `substr` counts characters too, but walks a UTF-8 string from its
start to find one, so slicing many rows out of long texts costs rows x text length. Bytes are
sliced at once: `decode(encode(a.text)[byte_start + 1 : byte_end])`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _extra_bytes(char: str) -> int:
    """How many more bytes than one the character takes in UTF-8."""
    code = ord(char)
    return 1 if code < 0x800 else 2 if code < 0x10000 else 3


class ByteOffsets:
    """Maps character offsets of one text to UTF-8 byte offsets, in O(log n) per offset."""

    def __init__(self, text: str) -> None:
        self._positions: list[int] = []
        extras: list[int] = []
        for match in _NON_ASCII.finditer(text):
            self._positions.append(match.start())
            extras.append(_extra_bytes(match.group()))
        self._extra_before = [0, *accumulate(extras)]

    def __call__(self, index: int) -> int:
        """The byte offset of character offset `index` (0 <= index <= len(text))."""
        return index + self._extra_before[bisect_left(self._positions, index)]
