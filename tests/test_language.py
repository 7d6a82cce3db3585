"""The language of a segment: the quick German test, the full test, langdetect."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from drucksache.language import (
    _WORD,
    GERMAN_MARKERS,
    QUICK_MARKERS,
    QUICK_SAMPLE,
    _starts_german,
    detect_language,
    words_of,
)

LATIN1 = "".join(map(chr, range(256)))

GERMAN = (
    "Die Bundesregierung hat in der Vorbemerkung dargelegt, dass die Mittel für das Programm "
    "nicht gekürzt werden und auch im nächsten Jahr zur Verfügung stehen. "
)
ENGLISH = (
    "The Federal Government stated in its preliminary remark that the funds for the programme "
    "will not be cut and that they remain available in the coming year, so an answer is due. "
)
QUOTE = "Strengthening Infrastructures of Peace and Fostering Inclusive Dialogues"


def test_a_long_german_segment_is_german_by_the_quick_test() -> None:
    text = GERMAN * 4
    assert len(text) > QUICK_SAMPLE and _starts_german(text)
    assert detect_language(text) == "de"


def test_english_words_shared_with_german_do_not_pass_the_quick_test() -> None:
    # "in", "an", "so", "die" are German function words, but no markers of German.
    assert not _starts_german(ENGLISH * 3 + "in an so die")


def test_a_long_english_quotation_goes_to_langdetect() -> None:
    text = " ".join([QUOTE] * 6)
    assert len(text) > QUICK_SAMPLE and not _starts_german(text)
    assert detect_language(text) == "en"


def test_short_segments_take_the_full_test() -> None:
    assert detect_language("und der die") is None  # fewer than four words: no language
    assert detect_language(GERMAN) == "de"


def test_a_german_start_with_an_english_list_is_german() -> None:
    text = GERMAN + " ".join([QUOTE] * 10)
    assert detect_language(text) == "de"


def test_langdetect_chooses_among_the_listed_languages() -> None:
    from drucksache.language import LANGDETECT_LANGUAGES, _factory

    assert _factory().langlist == list(LANGDETECT_LANGUAGES)
    # Among all 55 profiles this was Afrikaans (corpus answer 21/1959, sub-question 8d).
    assert detect_language("Israel Weapon Industries Ltd. (IWI)?") == "en"


def test_the_faster_detector_computes_langdetects_probabilities() -> None:
    """Same profiles, same seed, same floats: ``_detector_class`` only takes fewer steps."""
    from langdetect.detector import Detector

    from drucksache.language import _detector_class, _factory

    snippets = [
        QUOTE,
        "ford foundation vgl www fordfoundation org",
        "km km km km",
        "hokon gmbh co kg",
        "beginn sicherungsarbeiten lp bauoberleitung",
        "israel aerospace industries ltd iai bzw die tochterunternehmen elta systems ltd",
        ENGLISH,
        GERMAN,
    ]
    for text in snippets:
        ours, theirs = _detector_class()(_factory()), Detector(_factory())
        ours.append(text)
        theirs.append(text)
        assert str(ours.get_probabilities()) == str(theirs.get_probabilities())
        assert ours.langprob == theirs.langprob  # every float, not only the ranking


def _starts_german_by_str(text: str) -> bool:
    """The quick test on the lowered string, as it was written before it ran on bytes."""
    head = text[:QUICK_SAMPLE].lower().split()
    return len(GERMAN_MARKERS.intersection(head)) >= QUICK_MARKERS


@pytest.mark.parametrize("first", list(LATIN1))
def test_latin1_words_are_the_patterns_words(first: str) -> None:
    """Every Latin-1 character, alone and before every other one (where a word ends or
    runs on): the table's words are those ``_WORD`` finds in the lowered text."""
    for second in LATIN1:
        pair = first + second + " x" + first
        assert words_of(pair) == _WORD.findall(pair.lower()), repr(pair)


def test_latin1_tokens_split_as_the_lowered_string() -> None:
    """The quick test's bytes split where ``str.split`` splits the lowered text, for every
    Latin-1 character between two markers."""
    for char in LATIN1:
        text = f"der{char}die und {char}dass{char} einem" + " " * QUICK_SAMPLE
        assert _starts_german(text) == _starts_german_by_str(text), repr(char)


@given(st.text())
@example("DER Die UND")
@example("İst die Frage der Kolleg\u0130nnen und")  # lowered to two characters
@example("für\xa0über\x1cdass")
def test_words_of_any_text_are_the_patterns_words(text: str) -> None:
    assert words_of(text) == _WORD.findall(text.lower())


@given(
    st.lists(
        st.sampled_from(
            ["der", "DIE", "Über", "dass", "und", "für", "Für", "\xa0", "\x1c", " ", "\n", "x"]
        )
        | st.text(alphabet=LATIN1, max_size=8)
        | st.text(max_size=4)
    )
)
def test_the_quick_test_reads_the_lowered_strings_tokens(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _starts_german(text) == _starts_german_by_str(text)
