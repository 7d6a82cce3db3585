"""The language of a segment: the quick German test, the full test, langdetect."""

from __future__ import annotations

from drucksache.language import QUICK_SAMPLE, _starts_german, detect_language

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
