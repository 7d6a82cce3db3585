"""Annexes (``annexes.py``): which lines head one, where they stand, what the Document holds."""

from __future__ import annotations

import pytest
from test_segment import HEAD as HEAD_LINES

import drucksache
from drucksache.annexes import is_heading, questions_named

HEAD = "\n".join(HEAD_LINES) + "\n"

QUESTIONS = """\
 1. Wie viele Radwege wurden 2024 gebaut?
Es wurden 120 Kilometer Radwege gebaut.
 2. Wie viele Radwege wurden 2025 geplant (bitte nach Ländern aufschlüsseln)?
Die Angaben können der Anlage 1 entnommen werden.
"""

ANNEXES = """\
Anlage 1 zu Frage 2
Land Kilometer
Bayern 40
Berlin 12
Anlage 2 - Tabelle zu AW auf Frage 1 - KA 21/9990
Im Jahr 2024 wurden insgesamt 120 Kilometer gebaut.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Anlage",
        "Anlage 1",
        "Anlage 4b ",
        "Anlage 1 zu Frage 3",
        "Anlage zu Frage Nr. 3:",
        "Anlage 2 - Tabelle zu AW auf Frage 10 - Kleine Anfrage 21/1410",
        "Anlage 1 zur Kleinen Anfrage Drucksache 21/985, der Fraktion der AfD",
        "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage des Abgeordneten Dr.",
        "Anlage 1 – Antwort zu Frage 5",
        "Anlage 5- Antwort zu den Fragen 10 und 11 (Angaben in T Euro)",
        "Anlage BImA zu Frage 6",
        "Anlage KA 21/801",
        "Anlage 1: Tabelle zu Frage 11 der Kleinen Anfrage Bundestagsdrucksache 21/260",
        " Anlage 1 zu PSts beim Bundesminister der Verteidigung Hartmann ",
    ],
)
def test_heading_lines_are_found(line: str) -> None:
    assert is_heading(line, "Berlin 12")


@pytest.mark.parametrize(
    ("line", "before"),
    [
        ("Anlage 5* zu entnehmen.", "Die entsprechenden Werte sind der"),
        ("Anlage 5 zu entnehmen.", "Die entsprechenden Werte sind der"),
        ("Anlage 1 entnommen werden (entsprechend Frage 6).*", "den Tabellen in der"),
        ("Anlage von Autobahnen zugeordnet werden (also beispielsweise statt", "für die"),
        ("Anlage auf das Eisenbahninfrastrukturkataster, Bundesland, Region,", "der"),
        ("Anlage* zu den Fragen 1, 2, 6 und 7 verwiesen.", "die gemeinsame tabellarische"),
        ("Anlage ist Bestandteil des SGB XII und unter folgendem Link verfügbar:", "Diese"),
        ("Anlage 1 angegebenen öffentlich zugänglichen Quelle.", "dort unter"),
        # A heading's shape, but the sentence of the line before runs on into it.
        ("Anlage 2 zu Frage 3 auf Bundestagsdrucksache 20/7859), und", "angeben, vgl."),
        ("Anlage 2 zu Frage 3", "Die Werte stehen in der"),
        ("Anlagen zu Frage 3", ""),
        ("Anlage " + "zu Frage 3 " * 50, ""),  # longer than a heading on one line
    ],
)
def test_prose_lines_are_no_headings(line: str, before: str) -> None:
    assert not is_heading(line, before)


def test_the_last_answer_ends_before_the_first_annex() -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + ANNEXES)
    assert [a.questions for a in doc.answers] == [("1",), ("2",)]
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    assert [(a.title, a.questions) for a in doc.annexes] == [
        ("Anlage 1 zu Frage 2", ("2",)),
        ("Anlage 2 - Tabelle zu AW auf Frage 1 - KA 21/9990", ("1",)),
    ]
    assert doc.annexes[0].text == "Land Kilometer Bayern 40 Berlin 12"
    assert doc.annexes[1].text == "Im Jahr 2024 wurden insgesamt 120 Kilometer gebaut."
    for annex in doc.annexes:
        assert doc.text[annex.span.start : annex.span.end].split() == annex.text.split()
        assert annex.language == "de"


def test_a_heading_before_the_last_question_is_left_to_the_answers() -> None:
    early = QUESTIONS.replace(
        "Es wurden 120 Kilometer Radwege gebaut.\n",
        "Es wurden 120 Kilometer Radwege gebaut.\nAnlage 1 zu Frage 1\nBayern 40\n",
    )
    doc = drucksache.parse_text(HEAD + early)
    assert doc.annexes == ()
    assert doc.answers[0].text.endswith("gebaut. Anlage 1 zu Frage 1 Bayern 40")


def test_a_heading_repeated_on_a_later_page_stays_in_its_annex() -> None:
    pages = (
        "Anlage zu Frage 2 – 1 –\nBayern 40\n"
        "Anlage zu Frage 2 – 2 –\nBerlin 12\n"
        "Anlage zu Frage 1 – 1 –\nHamburg 3\n"
    )
    doc = drucksache.parse_text(HEAD + QUESTIONS + pages)
    # The page number printed on a heading's line is no part of its title (it stays in the text).
    assert [(a.title, a.questions) for a in doc.annexes] == [
        ("Anlage zu Frage 2", ("2",)),
        ("Anlage zu Frage 1", ("1",)),
    ]
    assert "Anlage zu Frage 2 – 1 –\nBayern 40" in doc.text
    assert doc.annexes[0].text == "Bayern 40 Anlage zu Frage 2 – 2 – Berlin 12"


def test_an_annex_without_text_is_empty_at_its_heading() -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + "Anlage 1\nAnlage 2\nBayern 40\n")
    assert [(a.title, a.text) for a in doc.annexes] == [("Anlage 1", ""), ("Anlage 2", "Bayern 40")]
    first = doc.annexes[0]
    assert first.span.start == first.span.end == doc.text.index("\nAnlage 1\n") + len("\nAnlage 1")


@pytest.mark.parametrize(
    ("title", "numbers"),
    [
        ("Anlage 1 zu Frage 3", ("3",)),
        ("Anlage zu Frage Nr. 3:", ("3",)),
        ("Anlage 1 zu Antwort auf Fragen 1 a-c und 2 a-c", ("1a", "1b", "1c", "2a", "2b", "2c")),
        (
            "Anlage 1 zur Kleinen Anfrage Bundestagsdrucksache 21/1034, Fragen 6 bis 8, 13, 14",
            ("6", "7", "8", "13", "14"),
        ),
        ("Anlage 2 - Tabelle zu AW auf Frage 10 - Kleine Anfrage 21/1410", ("10",)),
        ("Anlage zu Frage 73 – 1 –", ("73",)),
        ("Anlage 1 (Antwort zu Frage 6 und 9 der Kleinen Anfrage)", ("6", "9")),
        ("Anlage BImA zu Frage 6b", ("6b",)),
        ("Anlage 1 zur KA 21/1249", ()),
        ("Anlage 3", ()),
    ],
)
def test_the_questions_a_heading_names(title: str, numbers: tuple[str, ...]) -> None:
    assert questions_named(title) == numbers


def test_render_prints_the_annexes_after_the_answers() -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + ANNEXES)
    text = drucksache.render(doc)
    assert text.index("Die Angaben können") < text.index("\nAnlage 1 zu Frage 2\nLand Kilometer")
    again = drucksache.parse_text(text)
    assert again.answers[-1].text == doc.answers[-1].text
    assert [(a.title, a.questions, a.text) for a in again.annexes] == [
        (a.title, a.questions, a.text) for a in doc.annexes
    ]
    assert drucksache.parse_text(drucksache.render(again)) == again


def test_a_kleine_anfrage_has_no_annexes() -> None:
    inquiry = (
        "Deutscher Bundestag Drucksache 21/9990\n21. Wahlperiode 01.07.2025\nKleine Anfrage\n"
        "der Abgeordneten Anna Beispiel und der Fraktion Die Linke\nFörderung des Radverkehrs\n"
        "Wir fragen die Bundesregierung:\n 1. Wie viele Radwege wurden 2024 gebaut?\n"
        "Anlage 1\nBayern 40\n"
    )
    assert drucksache.parse_text(inquiry).annexes == ()


@pytest.mark.parametrize(
    "line",
    [
        "Anlage 1 Im Dezember 2023 erfolgte eine partielle Revision der Wohn-",
        "Anlage 6 Stichtag Bezirk h. D. g. D. m. D. e. D. Summe 31.12.2014",
    ],
)
def test_a_long_line_that_opens_with_anlage_and_a_name_is_no_heading(line: str) -> None:
    """Where a line break left "Anlage 1" at the start of a table row or a sentence."""
    assert not is_heading(line, "Zeitreihe")
    assert is_heading(line[:20].rsplit(" ", 1)[0], "Zeitreihe")


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (  # the title runs on after "des Abgeordneten", "der", "und" …
            "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage des Abgeordneten\n"
            "Martin Hess u. a. und der Fraktion der AfD - BT-Drucksache 21/884\n",
            "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage des Abgeordneten "
            "Martin Hess u. a. und der Fraktion der AfD - BT-Drucksache 21/884",
        ),
        (  # over three lines
            "Anlage 1: Tabellen zur Antwort auf Frage 2 der Kleinen Anfrage der\n"
            "Fraktion der AfD betreffend „Long-COVID – aktuelle Situation und\n"
            "Versorgungslage in Deutschland“ BT-Drucksache 21/651\n",
            "Anlage 1: Tabellen zur Antwort auf Frage 2 der Kleinen Anfrage der Fraktion der AfD "
            "betreffend „Long-COVID – aktuelle Situation und Versorgungslage in Deutschland“ "
            "BT-Drucksache 21/651",
        ),
        (  # a bare "Anlage", the rest of the title below it
            "Anlage\nzur Antwort auf die Kleine Anfrage der Fraktion der AfD, Drucksache 21/256\n",
            "Anlage zur Antwort auf die Kleine Anfrage der Fraktion der AfD, Drucksache 21/256",
        ),
    ],
)
def test_a_heading_printed_over_several_lines_is_one_title(heading: str, title: str) -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + heading + "Zu 2: Bayern 40\nBerlin 12\n")
    assert [(a.title, a.text) for a in doc.annexes] == [(title, "Zu 2: Bayern 40 Berlin 12")]
    # Rendered, the title is one line: read back the same.
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(a.title, a.text) for a in again.annexes] == [(title, "Zu 2: Bayern 40 Berlin 12")]


def test_a_bare_heading_among_numbered_ones_opens_a_new_annex() -> None:
    """Where the DIP text lost a heading's number ("Anlage 8" printed as "Anlage"), each bare
    heading after a numbered one is an annex of its own, not a page of the bare one before."""
    pages = "Anlage 1\nBayern 40\nAnlage\nBerlin 12\nAnlage\nHamburg 3\nAnlage 4\nBremen 1\n"
    doc = drucksache.parse_text(HEAD + QUESTIONS + pages)
    assert [(a.title, a.text) for a in doc.annexes] == [
        ("Anlage 1", "Bayern 40"),
        ("Anlage", "Berlin 12"),
        ("Anlage", "Hamburg 3"),
        ("Anlage 4", "Bremen 1"),
    ]


def test_a_bare_heading_repeats_a_bare_one_where_no_heading_has_a_number() -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + "Anlage\nBayern 40\nAnlage\nBerlin 12\n")
    assert [(a.title, a.text) for a in doc.annexes] == [("Anlage", "Bayern 40 Anlage Berlin 12")]


@pytest.mark.parametrize(
    ("head", "mark"),
    [("Anlage KA 21/9990", "1"), ("Anlage 1 zur AW auf Frage 2 der KA 21/9990", "- 2 -")],
)
def test_a_page_head_over_the_title_is_one_annex(head: str, mark: str) -> None:
    """A running head ("Anlage KA 21/801") and a page number printed over the annex's own
    heading: one annex, titled by the heading right above its text; the running head, there
    and printed again on a later page, is a running head in ``removed`` (its references with
    it, so that ``render`` and a PDF read the same)."""
    pages = f"{head}\n{mark}\n\nAnlage 1 zu Frage 2\nBayern 40\n{head}\n2\nBerlin 12\n"
    doc = drucksache.parse_text(HEAD + QUESTIONS + pages)
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    assert [(a.title, a.questions, a.text) for a in doc.annexes] == [
        ("Anlage 1 zu Frage 2", ("2",), "Bayern 40 2 Berlin 12"),
    ]
    assert [r.text for r in doc.removed if r.reason == "running_head"] == [head, head]
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(a.title, a.text) for a in again.annexes] == [(a.title, a.text) for a in doc.annexes]
    read = [[(r.kind, r.text, r.question) for r in d.references] for d in (doc, again)]
    assert read[0] == read[1]


def test_a_running_head_with_its_page_number_on_its_line_is_furniture_on_every_page() -> None:
    """The running head's page number printed on its own line ("– 1 –", "– 2 –") is no part
    of what the head says: its repeat on a later page is taken out with it."""
    pages = (
        "Anlage KA 21/9990 – 1 –\n\nAnlage 1 zu Frage 2\nBayern 40\n"
        "Anlage KA 21/9990 – 2 –\nBerlin 12\n"
    )
    doc = drucksache.parse_text(HEAD + QUESTIONS + pages)
    assert [(a.title, a.text) for a in doc.annexes] == [
        ("Anlage 1 zu Frage 2", "Bayern 40 Berlin 12")
    ]
    assert [r.text for r in doc.removed if r.reason == "running_head"] == [
        "Anlage KA 21/9990 – 1 –",
        "Anlage KA 21/9990 – 2 –",
    ]


def test_an_empty_annex_before_one_of_another_number_stays() -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + "Anlage 1\n1\nAnlage 2\nBayern 40\n")
    assert [(a.title, a.text) for a in doc.annexes] == [
        ("Anlage 1", "1"),
        ("Anlage 2", "Bayern 40"),
    ]


def test_an_empty_annex_before_one_for_another_question_stays() -> None:
    doc = drucksache.parse_text(
        HEAD + QUESTIONS + "Anlage zu Frage 1\n\nAnlage zu Frage 2\nBayern 40\n"
    )
    assert [a.title for a in doc.annexes] == ["Anlage zu Frage 1", "Anlage zu Frage 2"]


TABLE_AROUND_HEADING = """\
Land Kilometer
Bayern 40
Berlin 12
Ende der Tabelle.
© Statistisches Bundesamt (Destatis), 2025: Verbreitung mit Quellenangabe gestattet.
Radwege zu der Frage 2
Anlage
Hamburg 3
Bremen 1
"""


def test_a_bare_heading_inside_its_first_table_takes_the_table() -> None:
    """The one word "Anlage" printed at the top of the annex's first page may stand among the
    lines of that page's table in the DIP text: the annex begins where the last answer's
    prose ends (a table's own end mark and source line are no prose)."""
    doc = drucksache.parse_text(HEAD + QUESTIONS + TABLE_AROUND_HEADING)
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    assert [a.title for a in doc.annexes] == ["Anlage"]
    assert doc.annexes[0].text == " ".join(TABLE_AROUND_HEADING.split())
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(a.title, a.text) for a in again.annexes] == [(a.title, a.text) for a in doc.annexes]
    assert again.answers[-1].text == doc.answers[-1].text


@pytest.mark.parametrize(
    "prose",
    [
        "Die Angaben können der folgenden Übersicht entnommen werden.",  # announces the table
        "Die Angaben nach Ländern:",
    ],
)
def test_a_table_the_last_answer_announces_stays_in_it(prose: str) -> None:
    questions = QUESTIONS.replace("Die Angaben können der Anlage 1 entnommen werden.", prose)
    doc = drucksache.parse_text(HEAD + questions + TABLE_AROUND_HEADING)
    assert doc.answers[-1].text.endswith("Radwege zu der Frage 2")
    assert doc.annexes[0].text == "Hamburg 3 Bremen 1"


def test_a_numbered_heading_leaves_the_lines_before_it_to_the_answer() -> None:
    numbered = TABLE_AROUND_HEADING.replace("Anlage\n", "Anlage 1\n")
    doc = drucksache.parse_text(HEAD + QUESTIONS + numbered)
    assert doc.answers[-1].text.endswith("Radwege zu der Frage 2")
    assert doc.annexes[0].text == "Hamburg 3 Bremen 1"


@pytest.mark.parametrize("mark", ["1", "Seite 1 von 8", " Seite 7 von 66", "- 1 -"])
def test_a_page_number_over_the_first_heading_is_no_part_of_the_last_answer(mark: str) -> None:
    """The DIP text drops the print's page numbers, not an annex's own ("1", "Seite 1 von 8"):
    one printed over the first heading heads the annex's page, not the answer's text."""
    doc = drucksache.parse_text(HEAD + QUESTIONS + f"{mark}\n\n" + ANNEXES)
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    first = doc.annexes[0]
    assert (first.title, first.text) == (
        "Anlage 1 zu Frage 2",
        "Land Kilometer Bayern 40 Berlin 12",
    )


def test_a_number_other_than_one_over_the_first_heading_stays_in_the_answer() -> None:
    """A lone "5" is rather the last cell of the answer's table than the number of the
    annex's first page."""
    doc = drucksache.parse_text(HEAD + QUESTIONS + "Bayern 4\n5\n" + ANNEXES)
    assert doc.answers[-1].text.endswith("entnommen werden. Bayern 4 5")


IMPRINT = """\
Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei, Bessemerstraße 83–91
Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln
ISSN 0722-8333
"""

# More than a dozen lines: cleaning takes an imprint among the last twelve lines for the end
# of the document, and all after it for imprint.
FIRST_PAGE = "Radwege nach Ländern\nLand Kilometer\n" + "".join(
    f"Kreis {n} {n * 3}\n" for n in range(1, 13)
)


def test_what_the_text_prints_after_the_imprint_is_no_part_of_the_last_answer() -> None:
    """A DIP text prints the annexes after the imprint of the last page, and an annex's first
    page may come before its heading: the last answer ends where the imprint stood, and the
    first annex's text begins there, its heading line where it was printed."""
    doc = drucksache.parse_text(HEAD + QUESTIONS + IMPRINT + FIRST_PAGE + ANNEXES)
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    assert [a.title for a in doc.annexes] == [
        "Anlage 1 zu Frage 2",
        "Anlage 2 - Tabelle zu AW auf Frage 1 - KA 21/9990",
    ]
    first = " ".join((FIRST_PAGE + ANNEXES.split("Anlage 2")[0]).split())
    assert doc.annexes[0].text == first
    imprint = next(r for r in doc.removed if r.reason == "imprint")
    assert imprint.at == doc.annexes[0].span.start
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(a.title, a.text) for a in again.annexes] == [(a.title, a.text) for a in doc.annexes]
    assert again.answers[-1].text == doc.answers[-1].text


def test_an_imprint_right_before_the_first_heading_changes_nothing() -> None:
    doc = drucksache.parse_text(HEAD + QUESTIONS + IMPRINT + ANNEXES + FIRST_PAGE)
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    assert doc.annexes[0].text == "Land Kilometer Bayern 40 Berlin 12"


@pytest.mark.parametrize(
    "head",
    [
        "Kleine Anfrage der Fraktion der AfD auf BT-Drs. 21/138\n1\n",
        "Kleine Anfrage der Abgeordneten Anna Beispiel, Bernd Muster und der\nFraktion Die Linke\n"
        "- Drucksache 21/9990 vom 09.07.2025\n(Förderung des Radverkehrs)\n",
    ],
)
def test_a_page_head_naming_the_kleine_anfrage_over_the_first_heading_is_a_running_head(
    head: str,
) -> None:
    """The annex's page head over its first heading is no part of the last answer: taken out
    as a running head (in ``removed``, where the annex begins), so that ``render`` and a PDF
    read the same references."""
    doc = drucksache.parse_text(HEAD + QUESTIONS + head + ANNEXES)
    assert doc.answers[-1].text == "Die Angaben können der Anlage 1 entnommen werden."
    first = doc.annexes[0]
    assert (first.title, first.text) == (
        "Anlage 1 zu Frage 2",
        "Land Kilometer Bayern 40 Berlin 12",
    )
    removed = [r for r in doc.removed if r.reason == "running_head"]
    # The annex's page number below the head ("1") belongs to the heading, as before.
    assert [r.text for r in removed] == [head.rstrip("\n").removesuffix("\n1")]
    assert doc.text[removed[0].at :].startswith(("1\nAnlage 1 zu Frage 2", "Anlage 1 zu Frage 2"))
    assert head.split("\n", 1)[0] not in doc.text
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(a.title, a.text) for a in again.annexes] == [(a.title, a.text) for a in doc.annexes]
    read = [[(r.kind, r.text, r.number, r.question) for r in d.references] for d in (doc, again)]
    assert read[0] == read[1]


def test_a_kleine_anfrage_named_in_the_last_answer_stays_in_it() -> None:
    prose = "Kleine Anfrage der Fraktion der AfD auf BT-Drs. 21/138 wird verwiesen.\n"
    doc = drucksache.parse_text(HEAD + QUESTIONS + prose + ANNEXES)
    assert doc.answers[-1].text.endswith("auf BT-Drs. 21/138 wird verwiesen.")
    assert not [r for r in doc.removed if r.reason == "running_head"]
