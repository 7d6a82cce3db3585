"""The words a document spells (``spellings.Spellings``): found in a cheap lower case of the
text, they must be what a search of the whole text lowered line by line finds."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from drucksache.spellings import (
    _LATIN1_LOWER,
    _LOWER_INTO_LATIN1,
    SPELLED_WORD,
    Spellings,
)

# Pieces of lines and words: both cases, Latin-1 letters with a lower case ("Ä"), characters
# that lower into Latin-1 from beyond it ("İ", "ẞ", the Kelvin sign), a final sigma, hyphens
# (which join words) and characters outside Latin-1 ("„", "ł").
_PIECES = ["ab", "AB", "Ab", "ä", "Ä", "ß", "ẞ", "İ", "i", "\u212a", "k", "Σ", "σ", "ς", "ł"]
_PIECES += ["Ł", "-", " ", "„", "1", "\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


def _reference_count(texts: list[str], word: str) -> int:
    """The definition: occurrences of ``word`` alone in the text lowered line by line."""
    lowered = "\n".join(text.lower() for text in texts)
    if not SPELLED_WORD.fullmatch(word):
        return 0
    return len(regex.findall(Spellings._alone(word), lowered))


def test_latin1_lowers_into_latin1_and_nothing_else_lowers_into_it_unlisted() -> None:
    for code in range(256):
        assert chr(_LATIN1_LOWER[code]) == chr(code).lower()
    for code in range(256, sys.maxunicode + 1):
        lowered = chr(code).lower()
        if len(lowered) > 1 or any(ord(char) < 256 for char in lowered):
            assert chr(code) in _LOWER_INTO_LATIN1, hex(code)


@given(st.lists(_TEXT, max_size=6), _TEXT)
def test_a_word_is_counted_as_in_the_text_lowered_line_by_line(texts: list[str], word: str) -> None:
    spellings = Spellings(texts)
    expected = _reference_count(texts, word.lower())
    assert spellings.count(word.lower()) == expected
    assert (word.lower() in spellings) == (expected > 0)


def test_a_word_in_many_lines_is_counted_in_the_whole_text() -> None:
    texts = [f"{n}. die GRÜNEN und die Grünen-Fraktion" for n in range(200)]
    spellings = Spellings(texts)
    assert spellings.count("grünen") == 200  # not "grünen-fraktion"
    assert "grünen-fraktion" in spellings
    assert "fraktion" not in spellings


def test_a_word_is_found_in_capitals_and_behind_an_umlaut_in_capitals() -> None:
    spellings = Spellings(["Die ÄNDERUNG der", "Bundesregierung", "gilt."])
    assert "änderung" in spellings
    assert spellings.count("bundesregierung") == 1
    assert "regierung" not in spellings


def test_a_text_beyond_latin1_is_searched_lowered() -> None:
    spellings = Spellings(["Die STRAẞE und \u212aLAUS", "ŁÓDŹ"])
    assert "straße" in spellings
    assert "klaus" in spellings
    assert spellings.count("łódź") == 1
