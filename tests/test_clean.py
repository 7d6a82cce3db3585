"""Cleaning: what each named step takes out, and that it says so in ``Document.removed``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import drucksache
from drucksache.clean import STEPS, clean
from drucksache.lines import lines_from_text

HEAD = (
    "Deutscher Bundestag Drucksache 21/1136\n21. Wahlperiode 04.08.2025\nAntwort\n"
    "der Bundesregierung\nauf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/763 –\n"
    "Förderung der Forschung\n"
)
ASKERS = "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r\n"
NOTE = (
    "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums für "
    "Bildung, Familie, Senioren,\nFrauen und Jugend vom 30. Juli 2025 übermittelt.\n"
    "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.\n"
)
QA = " 1. Wie viele Anträge gab es?\nEs gab drei Anträge.\n"
IMPRINT = (
    "Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei, "
    "Bessemerstraße 83–91, 12103 Berlin, www.heenemann-druck.de\n"
    "Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln\n"
    "ISSN 0722-8333"
)


def removed(doc: drucksache.Document, reason: str) -> list[drucksache.Removed]:
    return [r for r in doc.removed if r.reason == reason]


def test_steps_are_named_and_ordered() -> None:
    names = [name for name, _ in STEPS]
    assert len(names) == len(set(names))
    assert names.index("remove_page1_note") < names.index("dehyphenate")
    assert names.index("join_letter_spacing") < names.index("remove_duplicates")


def test_page1_note_in_the_middle_of_a_paragraph_is_taken_out() -> None:
    text = (
        HEAD + ASKERS + "Die Bundesregierung fördert die\n" + NOTE + "Forschung seit 2019.\n" + QA
    )
    doc = drucksache.parse_text(text)
    assert doc.preamble is not None
    assert doc.preamble.text == "Die Bundesregierung fördert die Forschung seit 2019."
    (note,) = removed(doc, "page1_note")
    assert note.text == NOTE.rstrip("\n")
    assert note.line == 10
    # It stood before the line that follows it.
    assert doc.text[note.at :].startswith("Forschung seit 2019.")
    assert doc.text[: note.at].endswith("Die Bundesregierung fördert die\n")
    assert "übermittelt" not in doc.text


def test_page1_note_between_the_halves_of_a_hyphenated_word() -> None:
    text = (
        HEAD
        + ASKERS
        + "Die Bundesregierung fördert die gesell-\n"
        + NOTE
        + "schaftliche Forschung.\n"
    )
    doc = drucksache.parse_text(text + QA)
    assert doc.preamble is not None
    assert doc.preamble.text == "Die Bundesregierung fördert die gesellschaftliche Forschung."
    assert len(removed(doc, "page1_note")) == 1


def test_page1_note_gives_ministry_and_date() -> None:
    doc = drucksache.parse_text(HEAD + NOTE + QA)
    meta = doc.metadata
    assert meta.ministry == "Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend"
    assert meta.transmitted is not None and meta.transmitted.isoformat() == "2025-07-30"


def test_fragetext_line_alone_is_taken_out() -> None:
    fragetext = "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext."
    doc = drucksache.parse_text(HEAD + fragetext + "\n" + QA)
    assert [r.text for r in removed(doc, "page1_note")] == [fragetext]


def test_imprint_is_taken_out_at_the_end() -> None:
    doc = drucksache.parse_text(HEAD + QA + IMPRINT)
    (imprint,) = removed(doc, "imprint")
    assert imprint.text == IMPRINT
    assert imprint.at == len(doc.text)
    assert doc.answers[-1].text == "Es gab drei Anträge."


def test_imprint_before_the_annexes_is_taken_out() -> None:
    # A DIP text prints the annexes after the imprint of the document's last page.
    table = "".join(f"{land} {n} {n + 3}\n" for n, land in enumerate(["BY", "BW", "HE"] * 5))
    doc = drucksache.parse_text(HEAD + QA + IMPRINT + "\nAnlage 1 zu Frage 1\n" + table)
    (imprint,) = removed(doc, "imprint")
    assert imprint.text == IMPRINT
    assert doc.answers[-1].text == "Es gab drei Anträge."
    assert doc.text[imprint.at :].startswith("Anlage 1 zu Frage 1\nBY 0 3")
    assert [(a.title, a.questions) for a in doc.annexes] == [("Anlage 1 zu Frage 1", ("1",))]


def test_a_short_annex_after_the_imprint_at_the_end_stays() -> None:
    # The imprint among the last lines ends with its own last line, not with the document: a
    # short annex printed after it is no imprint.
    doc = drucksache.parse_text(HEAD + QA + IMPRINT + "\nAnlage 1 zu Frage 1\nBY 1 2\n")
    (imprint,) = removed(doc, "imprint")
    assert imprint.text == IMPRINT
    assert [(a.title, a.text) for a in doc.annexes] == [("Anlage 1 zu Frage 1", "BY 1 2")]


def test_imprint_words_far_from_the_end_stay() -> None:
    later = "".join(
        f" {n}. Wie viele Anträge gab es im Jahr {2000 + n}?\nKeine.\n" for n in range(2, 10)
    )
    doc = drucksache.parse_text(HEAD + " 1. Wer druckt?\nDruck: die Druckerei.\n" + later)
    assert not removed(doc, "imprint")
    assert doc.answers[0].text == "Druck: die Druckerei."


def test_letter_spaced_heading_is_joined() -> None:
    doc = drucksache.parse_text(HEAD + ASKERS + "Die Forschung wird gefördert.\n" + QA)
    assert "Vorbemerkung der Fragesteller" in doc.text
    assert "V o r b" not in doc.text
    assert doc.preamble is not None and doc.preamble.text == "Die Forschung wird gefördert."


def test_government_heading_letter_spaced() -> None:
    heading = "V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g\n"
    doc = drucksache.parse_text(
        HEAD + heading + "Die Bundesregierung fördert die Forschung.\n" + QA
    )
    assert doc.government_preamble is not None
    assert doc.government_preamble.text == "Die Bundesregierung fördert die Forschung."


def test_vorabfassung_stamp_is_taken_out() -> None:
    stamp = "Vorabfassung – wird durch die lektorierte Fassung ersetzt."
    doc = drucksache.parse_text(HEAD + stamp + "\n" + QA)
    assert [r.text for r in removed(doc, "vorabfassung")] == [stamp]
    assert "Vorabfassung" not in doc.text


def test_space_variants_are_folded() -> None:
    doc = drucksache.parse_text("\u20021. Wie viele\u00a0Anträge\u2009gab\u202fes?\r\nKeine.\r\n")
    assert doc.questions[0].text == "Wie viele Anträge gab es?"
    assert "\r" not in doc.text


PREAMBLE = (
    "Die Bundesregierung hat im Jahr 2019 eine Strategie für Künstliche Intelligenz beschlossen,\n"
    "die die Forschung in Deutschland und Frankreich stärken soll. Das dezentrale Netzwerk\n"
    "verbindet Forschungszentren in beiden Ländern und fördert den Austausch von\n"
    "Wissenschaftlerinnen und Wissenschaftlern. Wir stehen erst am Anfang: KI bietet\n"
    "enormes Potenzial für Wirtschaft und Gesellschaft, birgt aber auch Risiken für\n"
    "Datenschutz und Arbeitsmarkt, die sorgfältig abgewogen werden müssen. Die Länder\n"
    "und der Bund stimmen sich dazu regelmäßig in gemeinsamen Gremien ab und werten\n"
    "die Ergebnisse der Begleitforschung jährlich aus und berichten dem Bundestag.\n"
)
# The second, slightly edited copy starts mid-sentence, as in the seed document.
SECOND_COPY = (
    "wir stehen erst am Anfang: KI bietet enormes Potenzial für Wirtschaft und\n"
    "Gesellschaft, birgt aber auch Risiken für Datenschutz und den Arbeitsmarkt, die\n"
    "sorgfältig abgewogen werden müssen. Die Länder und der Bund stimmen sich dazu\n"
    "regelmäßig in gemeinsamen Gremien ab und werten die Ergebnisse der\n"
)


def test_near_duplicate_preamble_is_taken_out() -> None:
    tail = "Begleitforschung jährlich aus und berichten dem Bundestag.\n"
    doc = drucksache.parse_text(HEAD + ASKERS + PREAMBLE + SECOND_COPY + tail + QA)
    (duplicate,) = removed(doc, "duplicate")
    assert duplicate.text.startswith("wir stehen erst am Anfang")
    assert doc.preamble is not None
    assert doc.preamble.text == " ".join(PREAMBLE.split())


def test_short_last_line_of_a_duplicate_goes_with_it() -> None:
    doc = drucksache.parse_text(HEAD + ASKERS + PREAMBLE + SECOND_COPY + "Begleitforschung.\n" + QA)
    assert doc.preamble is not None
    assert doc.preamble.text == " ".join(PREAMBLE.split())


def test_repeated_questions_are_not_duplicates() -> None:
    # Later repetition is meaningful: a question printed once per ministry.
    doc = drucksache.parse_text(HEAD + QA + QA)
    assert not removed(doc, "duplicate")


@pytest.mark.parametrize("step", [name for name, _ in STEPS])
def test_each_step_can_be_switched_off(step: str) -> None:
    source = lines_from_text(HEAD + ASKERS + NOTE + PREAMBLE + QA + IMPRINT)
    assert clean(source, skip=frozenset({step})).lines  # runs without the step


def test_switching_off_the_imprint_step_keeps_the_imprint() -> None:
    source = lines_from_text(HEAD + QA + IMPRINT)
    texts = [line.text for line in clean(source, skip=frozenset({"remove_imprint"})).lines]
    assert "ISSN 0722-8333" in texts
    assert "ISSN 0722-8333" not in [line.text for line in clean(source).lines]


def test_removed_pieces_are_in_text_order() -> None:
    doc = drucksache.parse_text(HEAD + ASKERS + "Die Forschung.\n" + NOTE + QA + IMPRINT)
    offsets = [r.at for r in doc.removed]
    assert offsets == sorted(offsets)
    assert all(0 <= r.at <= len(doc.text) for r in doc.removed)


def test_last_line_of_a_duplicate_before_the_government_preamble_goes_with_it() -> None:
    tail = "Begleitforschung jährlich aus und berichten dem Bundestag.\n"
    government = (
        "V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g\n"
        "Die Bundesregierung fördert die Forschung seit vielen Jahren mit Nachdruck.\n"
    )
    doc = drucksache.parse_text(HEAD + ASKERS + PREAMBLE + SECOND_COPY + tail + government + QA)
    assert doc.preamble is not None
    assert doc.preamble.text == " ".join(PREAMBLE.split())
    assert doc.government_preamble is not None


def test_plain_lines_read_like_a_tuple_of_source_lines() -> None:
    from drucksache.lines import SourceLine

    lines = lines_from_text("eins\r\nzwei\fdrei").lines
    expected = (SourceLine("eins", 1), SourceLine("zwei", 2), SourceLine("drei", 3))
    assert tuple(lines) == expected and lines == expected and len(lines) == 3
    assert lines[-1] == SourceLine("drei", 3) and lines[1:] == expected[1:]
    with pytest.raises(IndexError):
        lines[3]


def test_text_and_line_records_clean_alike() -> None:
    """A text's bare strings and the same lines as ``SourceLine`` records (as a PDF front end
    hands them over) give the same working lines."""
    from drucksache.lines import SourceDocument

    plain = lines_from_text(HEAD + ASKERS + NOTE + PREAMBLE + QA + IMPRINT)
    records = SourceDocument(lines=tuple(plain.lines))
    assert clean(plain) == clean(records)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_lines_split_into_the_same_words(text: str) -> None:
    """The standard library's pattern for ASCII lines finds the regex module's words."""
    from drucksache.dedupe import _WORD, _words

    assert _words(text) == [word.lower() for word in _WORD.findall(text)]


_SPACES = st.sampled_from([" ", "\t", "\u00a0", "\u2003", "\u3000"])
_LETTERS = st.characters(categories=["Lu", "Ll", "Lo"])


@st.composite
def _letter_spaced(draw: st.DrawFn) -> str:
    """A line the letter-spaced pattern may match: white space before it, letters one white
    space apart (sometimes two), at times an odd character in between."""
    lead = "".join(draw(st.lists(_SPACES, max_size=3)))
    pieces = draw(st.lists(st.tuples(_LETTERS, _SPACES, st.booleans()), min_size=3, max_size=9))
    text = lead + "".join(letter + space * (2 if wide else 1) for letter, space, wide in pieces)
    return text + draw(st.sampled_from(["", ":", "x", "1", " :", ") "]))


@given(st.one_of(_letter_spaced(), st.text(max_size=12)))
def test_letter_spacing_is_joined_wherever_the_pattern_matches(text: str) -> None:
    """The cheap test before the pattern passes every line that the pattern matches."""
    from drucksache.clean import CleanLines, WorkLine, join_letter_spacing
    from drucksache.regexes import LETTER_SPACED

    work = CleanLines(lines=[WorkLine(text, 1)])
    join_letter_spacing(work)
    if LETTER_SPACED.match(text):
        words = text.strip().split("  ")
        assert work.lines[0].text == " ".join(w.replace(" ", "") for w in words if w.strip())
    else:
        assert work.lines[0].text == text


def _normalised_alone(text: str) -> str:
    """What normalising does to one line, written out: the soft hyphens first, then every
    folded character, then the white space at the end."""
    if "\u00ad" in text:
        stripped = text.rstrip()
        if stripped.endswith("\u00ad"):
            text = stripped[:-1].replace("\u00ad", "") + "-"
        else:
            text = text.replace("\u00ad", "")
    for old, new in [("\u00a0", " "), ("\u2002", " "), ("\u2009", " "), ("\u202f", " ")]:
        text = text.replace(old, new)
    return text.replace("\t", " ").replace("\u2011", "-").replace("\u2010", "-").rstrip()


_NORMALISED = st.text(
    alphabet=st.sampled_from(" \t\u00a0\u2002\u2009\u202f\u2003\u2011\u2010\u00ad-aä\u3000."),
    max_size=8,
)


@given(st.lists(_NORMALISED, min_size=1, max_size=6))
def test_normalising_a_document_treats_each_line_alone(texts: list[str]) -> None:
    """The step looks for the folded characters in the whole text first: every line still
    comes out as if normalised alone, whichever characters its document holds."""
    from drucksache.clean import CleanLines, WorkLine, normalise_characters

    work = CleanLines(lines=[WorkLine(text, k) for k, text in enumerate(texts, 1)])
    normalise_characters(work)
    assert [line.text for line in work.lines] == [_normalised_alone(text) for text in texts]
