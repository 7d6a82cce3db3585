"""``drucksache.render``: the printed text reads back into the same answers, and a second
render → parse changes nothing (the canonical form of ``tests/property/test_roundtrip.py``)."""

from __future__ import annotations

import drucksache

HEAD = (
    "Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 01.05.2025\nAntwort\n"
    "der Bundesregierung\nauf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/2 –\n"
    "Förderprogramme\n"
)


def _answers(doc: drucksache.Document) -> list[tuple[tuple[str, ...], str]]:
    return [(a.questions, a.text) for a in doc.answers]


def _reads_back(text: str) -> drucksache.Document:
    """The parse of ``text``, checked to read back from its rendering into the same answers and
    questions, and to be canonical after that one render."""
    doc = drucksache.parse_text(text)
    again = drucksache.parse_text(drucksache.render(doc))
    assert _answers(again) == _answers(doc)
    assert [(q.number, q.text) for q in again.questions] == [
        (q.number, q.text) for q in doc.questions
    ]
    assert drucksache.parse_text(drucksache.render(again)) == again
    return doc


def test_a_question_named_by_a_grouped_answer_waits_for_its_own_answer() -> None:
    """Question 4, named by the grouping sentence of 1 and 2 and answered again on its own,
    is printed before its own answer: printed before the grouped answer, it left its own
    answer without a question, read on as the answer to 3."""
    doc = _reads_back(
        HEAD + " 1. Wie viele Anträge wurden gestellt?\n 2. Wie viele Anträge wurden bewilligt?\n"
        "Die Fragen 1, 2 und 4 werden gemeinsam beantwortet.\nDie Zahlen sind nicht bekannt.\n"
        " 3. Welche Programme gibt es?\nEs gibt zwei Programme.\n"
        " 4. Wie hoch sind die Mittel?\nAuf die Antwort zu Frage 1 wird verwiesen.\n"
    )
    assert [a.questions for a in doc.answers] == [("1", "2", "4"), ("3",), ("4",)]
    rendered = drucksache.render(doc)
    assert rendered.index(" 4. Wie hoch") > rendered.index("Es gibt zwei Programme.")


def test_a_question_whose_part_a_grouped_answer_names_waits_for_its_parts() -> None:
    """A grouped answer names sub-question 2b, answered again after 2a: question 2 is printed
    with its parts, each before its answer, not all of it before the grouped answer."""
    doc = _reads_back(
        HEAD + " 1. Wie viele Anträge wurden gestellt?\n"
        "Die Fragen 1 und 2b werden gemeinsam beantwortet.\nDie Zahlen sind nicht bekannt.\n"
        " 2. Plant die Bundesregierung neue Förderprogramme?\na) Wenn ja, welche?\n"
        "Es werden zwei Programme geplant.\nb) Wenn nein, warum nicht?\n"
        "Auf die Antwort zu Frage 1 wird verwiesen.\n"
    )
    assert [a.questions for a in doc.answers] == [("1", "2b"), ("2a",), ("2b",)]


def test_an_answer_ending_with_a_question_mark_stays_an_answer() -> None:
    """An answer that ends with a question mark (the questions repeated in a table of an annex)
    is printed with a line break after its first sentence: on one line right after its
    question it read as one more paragraph of the question."""
    doc = _reads_back(
        HEAD + " 1. Wie viele Anträge wurden gestellt?\n"
        "Auf die Tabelle in der Anlage wird verwiesen.\n"
        "Anlage 1_Tabelle zu Frage 1 Jahr Anträge 2024 12\n"
        "Wie viele Anträge wurden gestellt?\n"
    )
    assert doc.answers[0].text.endswith("2024 12 Wie viele Anträge wurden gestellt?")
    assert "verwiesen.\nAnlage 1_Tabelle" in drucksache.render(doc)


def test_an_answer_ending_with_a_question_mark_breaks_after_no_abbreviation() -> None:
    """The break comes after a sentence's full stop, not after "z. B." or "bzw."."""
    doc = _reads_back(
        HEAD + " 1. Wie viele Anträge wurden gestellt?\n"
        "Gezählt werden z. B. Anträge bzw. Vorhaben.\nDas sind 2024 Neubauten. Welche sonst?\n"
    )
    assert "bzw. Vorhaben.\nDas sind 2024 Neubauten. Welche sonst?\n" in drucksache.render(doc)


def test_the_title_of_a_text_cut_above_it_is_printed_and_read_back() -> None:
    """A text without its header (the seed) keeps the title the parse read before its first
    Vorbemerkung heading: render prints it there, and the parse reads it back."""
    text = (
        "Das dezentrale deutsch-französische KI-Netzwerk\n"
        "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r\n"
        "Künstliche Intelligenz ist eine Schlüsseltechnologie.\n"
        " 1. Welche Netzwerke gibt es?\nEs gibt zwei Netzwerke.\n"
    )
    doc = _reads_back(text)
    assert doc.metadata.title == "Das dezentrale deutsch-französische KI-Netzwerk"
    again = drucksache.parse_text(drucksache.render(doc))
    assert again.metadata == doc.metadata


IMPRINT = (
    "Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei, "
    "Bessemerstraße 83–91, 12103 Berlin, www.heenemann-druck.de\n"
    "Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln, "
    "Telefon (02 21) 97 66 83 40, Fax (02 21) 97 66 83 44, www.bundesanzeiger-verlag.de\n"
    "ISSN 0722-8333\n"
)
ANSWER = (
    " 1. Welche Netzwerke wurden unterstützt?\n"
    "Die Netzwerke können der Übersicht in der Anlage entnommen werden.\n"
)


def test_an_imprint_before_the_annexes_is_printed_there() -> None:
    """A DIP text prints the annexes after the imprint of the last page: render prints the
    imprint where it stood, before the annexes, not at the end."""
    doc = _reads_back(
        HEAD + ANSWER + IMPRINT + "Anlage zu Frage 1\nNetzwerkname Ort Bundesland\n"
        "Wissenswerkstatt Friedrichshafen Baden-Württemberg\n"
    )
    rendered = drucksache.render(doc)
    assert "entnommen werden.\nGesamtherstellung: " in rendered
    assert rendered.endswith("ISSN 0722-8333\nAnlage zu Frage 1\n" + doc.annexes[0].text + "\n")
    again = drucksache.parse_text(rendered)
    assert (again.annexes, again.removed) == (doc.annexes, doc.removed)


def test_an_annex_text_holding_its_heading_is_printed_around_it() -> None:
    """After the imprint, the annex's first page begins before its heading, and its text holds
    the heading where it was printed: render prints the heading there, once, on a line of its
    own, so that a parse reads the same title, text and references (a title line before the
    text printed it twice, and the parse read one more reference to question 1)."""
    doc = _reads_back(
        HEAD + ANSWER + IMPRINT + "Unterstützte Netzwerke\nNetzwerkname Ort Bundesland\n"
        "Wissenswerkstatt Friedrichshafen Baden-Württemberg\nAnlage zu Frage 1\n"
        "Fachkräfteallianz Karlsruhe Baden-Württemberg\n"
    )
    annex = doc.annexes[0]
    assert annex.title == "Anlage zu Frage 1"
    assert annex.text.startswith("Unterstützte Netzwerke") and "Anlage zu Frage 1" in annex.text
    rendered = drucksache.render(doc)
    assert rendered.count("Anlage zu Frage 1") == 1
    assert "Baden-Württemberg\nAnlage zu Frage 1\nFachkräfteallianz" in rendered
    again = drucksache.parse_text(rendered)
    assert (again.annexes, again.references) == (doc.annexes, doc.references)
