"""Line ends that a source text carries inside a line (``inline_breaks.InlineBreaks``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import drucksache
from drucksache.hyphenation import Dehyphenator
from drucksache.inline_breaks import _HYPHEN_BEFORE_SMALL, _HYPHENED_WORD, InlineBreaks


@dataclass
class Line:
    text: str


def breaks(*document: str) -> InlineBreaks:
    """In-line breaks mended with the spellings of ``document``."""
    return InlineBreaks(Dehyphenator([Line(t) for t in document]))


# --- line ends that a source text left inside a line --------------------------------------------


def mended(text: str, *document: str) -> str:
    """``text`` after ``InlineBreaks.mend_line``, with ``document`` as the other lines."""
    return breaks(text, *document).mend_line(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Post-, Kurier- und Express- dienste", "Post-, Kurier- und Expressdienste"),
        ("Messe-, Ausstellungs- u. Kongress- veranst. (823)", "Kongressveranst. (823)"),
        ("Bund/ Länder-Dialog", "Bund/Länder-Dialog"),
        ("Absatz 1 und/ oder Absatz 2", "Absatz 1 und/oder Absatz 2"),
        ("die verwendeten KI- Systeme", "die verwendeten KI-Systeme"),
        ("an der Drei- Stunden-Schwelle festzuhalten", "Drei-Stunden-Schwelle"),
        ("im Zeitraum 01.01.2024- 31.12.2024", "01.01.2024-31.12.2024"),
        ("www.gdws.wsv.bund.de/DE/statistik/statistik -node.html, www.x", "statistik-node.html,"),
        ("(https://www.bundestag.de/resource/blob/WD-8-034-22-pdf.pdf )?", "pdf.pdf)?"),
        ("(vgl. www.neuerichter.de/offener-brief-im-asylproze ss/) und", "asylprozess/) und"),
        ("unter www.destatis.de/DE/ Home/_inhalt.html abrufbar", "de/DE/Home/_inhalt.html"),
    ],
)
def test_a_line_end_left_inside_a_line_is_mended(text: str, expected: str) -> None:
    assert expected in mended(text)


@pytest.mark.parametrize(
    "text",
    [
        "die Ersetzung des Amtsermittlungs- durch den Beibringungsgrundsatz",
        "auf den Vorrang der Innen- vor der Außenentwicklung",
        "für die drei 11- bis 13-jährigen Kinder",
        "Forschungs- und Entwicklungsprojekte",
        "Broschüre Feindbild Migration- Falschinformationen, die",
        "dem Phänomenbereich PMK -rechts- zugeordnet",
        "im Phänomenbereich PMK -nicht zuzuordnen- bereits mit dem",
        "Amerika Haus 50.000,- Transatlantische Projekte",
        "Kiezanker- 36 Familien- und Nachbarschaftszentrum",
        "bei ESTA- (Electronic System for Travel Authorization)",
        "vgl. https://acgusa.org/ und https://acgde.org/",
        "kann unter dem Link https://tsis.fli.de/cadenza/ abgerufen werden",
        "(www.bverwg.de/de/pm/2024/57 und www.bverwg.de/de/pm/2024/58)",
    ],
)
def test_a_space_that_is_no_lost_line_end_stays(text: str) -> None:
    assert mended(text) == text


def test_a_capital_after_a_hyphen_joins_where_the_document_spells_the_pair() -> None:
    assert mended("der Amerika- Gesellschaft", "die Amerika-Gesellschaft") == (
        "der Amerika-Gesellschaft"
    )
    assert mended("der Amerika- Gesellschaft") == "der Amerika- Gesellschaft"


def test_mended_breaks_say_what_was_taken_out_and_where() -> None:
    text, mends = breaks("").mend_line("Express- dienste und Bund/ Länder")
    assert text == "Expressdienste und Bund/Länder"
    assert [(m.column, m.text) for m in mends] == [(7, "- "), (24, " ")]


def test_mended_breaks_are_in_removed_at_their_offset() -> None:
    text = "1. Welche Kurierdienste gibt es?\nEs gibt Post-, Kurier- und Express- dienste.\n"
    doc = drucksache.parse_text(text)
    (mend,) = [r for r in doc.removed if r.reason == "inline_break"]
    assert mend.text == "- " and mend.line == 2
    assert doc.text[mend.at - 7 : mend.at + 7] == "Expressdienste"
    assert "Expressdienste." in doc.answers[0].text


def test_a_space_that_de_hyphenation_made_a_line_end_is_mended_as_inside_a_line() -> None:
    # The document spells the compound whole elsewhere, so the capital keeps the hyphen.
    upper, lower, mends = InlineBreaks(
        Dehyphenator([Line("Bau des Oder-Neiße-Radweges")])
    ).mend_across("Aufwertung des Oder-Neiße-", "Radweges 15.12.2021")
    assert (upper, lower) == ("Aufwertung des Oder-Neiße-Radweges", "15.12.2021")
    assert [(m.column, m.text) for m in mends] == [(26, " ")]


def test_words_moved_up_by_de_hyphenation_are_followed_by_their_in_line_break() -> None:
    text = (
        "1. Wo wird gebaut?\n"
        "Geplant ist die Aufwertung des Oder-\n"
        "Neiße- Radweges im Jahr 2026. Die Pflege des Oder-Neiße-Radweges ist teuer.\n"
    )
    doc = drucksache.parse_text(text)
    assert "Aufwertung des Oder-Neiße-Radweges im Jahr 2026." in doc.answers[0].text
    (mend,) = [r for r in doc.removed if r.reason == "inline_break"]
    assert doc.text[mend.at - 6 : mend.at + 6] == "Neiße-Radweg"


def test_a_hyphen_left_inside_a_word_goes_where_the_document_mostly_spells_it_solid() -> None:
    others = ("Die Batterie hält.", "Jede Batterie zählt.")
    assert mended("Die Batte-rie ist leer.", *others) == "Die Batterie ist leer."
    # as often solid as hyphenated, but "zis" is no word
    assert mended("die Neona-zis", "die Neonazis") == "die Neonazis"
    text, mends = breaks(*others).mend_line("(Batte-rie), Bund/ Länder")
    assert text == "(Batterie), Bund/Länder"
    assert [(m.column, m.text) for m in mends] == [(6, "-"), (17, " ")]


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("die Batte-rie", ()),  # no spelling elsewhere
        # as often hyphenated as solid, and the part after the hyphen is a word
        ("nicht-deutscher Herkunft", ("nichtdeutscher Herkunft",)),
        ("im deutsch-polnischen Grenzgebiet", ("die deutschpolnischen", "die deutschpolnischen")),
        ("unter www.batte-rie.de/batterie", ("die Batterie", "die Batterie")),
    ],
)
def test_a_hyphen_inside_a_word_stays_without_the_documents_evidence(
    text: str, document: tuple[str, ...]
) -> None:
    assert mended(text, *document) == text


def test_a_line_end_after_a_line_used_up_by_a_mend_is_decided_with_the_whole_url() -> None:
    text = (
        "1. Was folgt daraus (vgl. www.agrarheute.com/m\n"
        "a rkt/marktfruechte/gefahr-ernteb\n"
        "ila nz-625173)?\n"
        "Die Bundesregierung prüft das.\n"
    )
    doc = drucksache.parse_text(text)
    assert "www.agrarheute.com/markt/marktfruechte/gefahr-erntebila" in doc.questions[0].text


# --- the cheap tests find what the patterns would -----------------------------------------------

# The plain form of ``_HYPHENED_WORD``, tried at every character.
_PLAIN_HYPHENED_WORD = regex.compile(r"(?<!\S)[(„\"]?(\p{L}{2,})-(\p{Ll}{2,})[)“\".,;:!?]*(?!\S)")
_WORDS_WITH_HYPHENS = st.text(
    alphabet=st.sampled_from('aäbBÄZß-( „"“).,ΣσǅDžªⅰ²1_\u0301'), max_size=30
) | st.text(max_size=30)


@given(_WORDS_WITH_HYPHENS)
def test_the_hyphen_first_pattern_finds_the_plain_patterns_words(text: str) -> None:
    found = [(m[1], m[2], m.end(1)) for m in _HYPHENED_WORD.finditer(text)]
    assert found == [(m[1], m[2], m.end(1)) for m in _PLAIN_HYPHENED_WORD.finditer(text)]


@given(_WORDS_WITH_HYPHENS)
def test_no_hyphened_word_where_the_cheap_test_finds_no_hyphen_before_a_small_letter(
    text: str,
) -> None:
    if _HYPHENED_WORD.search(text):
        assert _HYPHEN_BEFORE_SMALL.search(text)
