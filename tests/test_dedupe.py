"""Near-duplicate passages: the tokenising of a line must give the words the reference way does."""

from __future__ import annotations

import sys

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from drucksache.dedupe import _WORD, _words, find_duplicate_passages


def _reference_words(text: str) -> list[str]:
    """The words as first defined: the ``regex`` module's ``\\w`` runs, each lowered alone."""
    return [word.lower() for word in _WORD.findall(text)]


def test_a_characters_lower_case_is_word_characters_exactly_when_it_is() -> None:
    """Why lowering the whole line keeps the runs of word characters: checked on every code
    point (a character whose lower case mixed word and other characters would fail it)."""
    word = regex.compile(r"\w")
    mixed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if len({word.match(c) is not None for c in chr(code) + chr(code).lower()}) > 1
    ]
    assert mixed == []


# Characters where the tokenisings could part: a capital sigma (lowered by its context),
# İ (lowers to two characters), combining marks, super- and subscripts, connector punctuation,
# German letters and quotation marks, apostrophes (case-ignorable, they bridge a final sigma).
_TRICKY = "ΣσςΑαİIıi\u0307\u0301e²₂m_‿⁀„“–ßäÖ'’. -"


@given(st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=40))
@example("ΟΔΟΣ'Α ΚΑΙ ΜΑΣ")
@example("İstanbul m² CO₂ a‿b")
def test_words_are_the_reference_words(text: str) -> None:
    assert _words(text) == _reference_words(text)


@given(st.text(alphabet=st.sampled_from(_TRICKY + "abcXYZ"), max_size=40))
def test_words_are_the_reference_words_on_tricky_text(text: str) -> None:
    assert _words(text) == _reference_words(text)


def test_a_repeated_preamble_is_found() -> None:
    passage = [
        f"Zeile {n}: die Bundesregierung äußert sich zu Maßnahmen für Übergänge Nummer {n}."
        for n in range(6)
    ]
    lines = ["Vorbemerkung der Fragesteller", *passage, "Zwischentext ohne Bezug", *passage]
    assert find_duplicate_passages(lines) == [(8, 14)]
