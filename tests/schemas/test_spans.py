from hypothesis import given
from hypothesis import strategies as st

from schemas.spans import ByteOffsets


@given(st.text())
def test_byte_offsets_are_the_utf8_length_of_the_prefix(text: str) -> None:
    byte_offset = ByteOffsets(text)
    for index in range(len(text) + 1):
        assert byte_offset(index) == len(text[:index].encode("utf-8", "surrogatepass"))


def test_a_span_sliced_by_bytes_is_the_span_sliced_by_characters() -> None:
    text = "Xi’s envoy — “we agree” — paid €2.5 bn 😀 in Zürich."
    byte_offset = ByteOffsets(text)
    start, end = text.index("“"), text.index("Zürich") + len("Zürich")
    encoded = text.encode()
    assert encoded[byte_offset(start) : byte_offset(end)].decode() == text[start:end]
