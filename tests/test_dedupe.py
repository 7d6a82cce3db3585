"""Near-duplicate passages: the tokenising of a line must give the words the reference way does."""

from __future__ import annotations

import sys

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from drucksache.dedupe import (
    _WORD,
    LINE_SHARE,
    SHINGLE,
    _bridge,
    _is_heading,
    _repeated_lines,
    _runs,
    _with_short_tail,
    _words,
    find_duplicate_passages,
)


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


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_words_of_ascii_text_are_the_reference_words(text: str) -> None:
    assert _words(text) == _reference_words(text)


def test_words_with_each_latin1_character_are_the_reference_words() -> None:
    for char in map(chr, range(256)):
        text = f"x{char}Y {char}{char.upper()} Ä{char}"
        assert _words(text) == _reference_words(text), hex(ord(char))


@given(st.text(alphabet=st.characters(max_codepoint=255)))
def test_words_of_latin1_text_are_the_reference_words(text: str) -> None:
    assert _words(text) == _reference_words(text)


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


# --- the repeated lines, found from the repeats alone -------------------------------------------


def _reference_flags(texts: list[str]) -> list[bool]:
    """The definition, word by word: each word's section, each shingle's verdict (None: it
    runs into the next section or past the end), each line's share of repeats."""
    tokens = [_words(text) for text in texts]
    words = [word for line_words in tokens for word in line_words]
    section: list[int] = []
    heading = 0
    for text, line_words in zip(texts, tokens, strict=True):
        heading += _is_heading(text)
        section += [heading] * len(line_words)
    first_seen: dict[tuple[str, ...], int] = {}
    repeated: list[bool | None] = [None] * len(words)
    for pos in range(len(words) - SHINGLE + 1):
        if section[pos] == section[pos + SHINGLE - 1]:
            shingle = tuple(words[pos : pos + SHINGLE])
            first = first_seen.setdefault(shingle, pos)
            repeated[pos] = first + SHINGLE <= pos
    flags, end = [], 0
    for count in map(len, tokens):
        start, end = end, end + count
        verdicts = [r for r in repeated[start:end] if r is not None]
        flags.append(bool(verdicts) and verdicts.count(True) / len(verdicts) >= LINE_SHARE)
    return flags


def _reference_passages(texts: list[str]) -> list[tuple[int, int]]:
    counts = [len(_words(text)) for text in texts]
    runs = _runs(_bridge(_reference_flags(texts)), counts)
    return [(start, _with_short_tail(texts, start, end, len(texts))) for start, end in runs]


_HEADINGS = ["Vorbemerkung der Fragesteller", "Vorbemerkung der Bundesregierung"]
_LINE = st.one_of(
    st.sampled_from(_HEADINGS),
    st.lists(st.sampled_from("ab cd ef gh ij kl".split()), max_size=12).map(" ".join),
)
# Two words only: shingles repeat everywhere, also four words apart ("ab ab ab ab ab ab").
_NARROW_LINE = st.one_of(
    st.sampled_from(_HEADINGS),
    st.lists(st.sampled_from(["ab", "cd"]), max_size=7).map(" ".join),
)


@given(st.lists(_LINE, max_size=12), st.lists(_LINE, max_size=4), st.data())
def test_repeated_lines_are_those_of_the_definition(
    passage: list[str], middle: list[str], data: st.DataObject
) -> None:
    """A passage, lines between, and the passage again with lines edited or headings set in."""
    again = list(passage)
    for _ in range(data.draw(st.integers(0, 3))):
        if again:
            again[data.draw(st.integers(0, len(again) - 1))] = data.draw(_LINE)
    texts = [*passage, *middle, *again]
    assert find_duplicate_passages(texts) == _reference_passages(texts)


@given(st.lists(_NARROW_LINE, max_size=10))
@example(["ab ab ab ab", "ab ab ab ab ab"])  # a shingle four words after its first: no repeat
def test_each_lines_share_of_repeats_is_that_of_the_definition(texts: list[str]) -> None:
    tokens = [_words(text) for text in texts]
    assert _repeated_lines(texts, tokens) == _reference_flags(texts)


def test_a_passage_repeated_after_a_heading_is_found() -> None:
    passage = [
        "Die Bundesregierung hat im Jahr 2023 insgesamt zwölf Förderprogramme aufgelegt,",
        "deren Mittel überwiegend an Kommunen in strukturschwachen Regionen flossen und",
        "dort vor allem für Schulbauten, Radwege sowie die Sanierung von Brücken dienten.",
        "Eine Evaluation der Programme durch unabhängige Institute steht noch aus, wird",
        "aber nach Angaben des Ministeriums bis Ende des kommenden Jahres vorgelegt, damit",
        "der Bundestag über eine Verlängerung der Förderung rechtzeitig entscheiden kann.",
    ]
    lines = [*passage, "Vorbemerkung der Bundesregierung", *passage, "Schluss."]
    assert find_duplicate_passages(lines) == _reference_passages(lines) == [(7, 13)]
