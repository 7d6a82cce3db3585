"""A text's footnotes: where '* …' notes end (many lines, lists, table rows after them), and
numbered notes printed between paragraphs."""

from __future__ import annotations

import pytest

import drucksache
from drucksache.clean import clean
from drucksache.lines import lines_from_text

HEAD = (
    "Deutscher Bundestag Drucksache 21/1136\n21. Wahlperiode 04.08.2025\nAntwort\n"
    "der Bundesregierung\nauf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/763 –\n"
    "Förderung der Forschung\n"
)
PAGE1_NOTE = (
    "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums der "
    "Finanzen\nvom 30. Juli 2025 übermittelt.\n"
    "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.\n"
)


def _notes_and_lines(body: str) -> tuple[list[str], list[str]]:
    """The footnote texts and the kept lines of ``body`` after cleaning."""
    work = clean(lines_from_text(HEAD + body))
    return [note.text for note in work.footnotes], [line.text for line in work.lines]


def test_a_list_the_note_opens_goes_on_past_three_lines() -> None:
    notes, lines = _notes_and_lines(
        "10 afghanisch insgesamt 797\n"
        "* Der Schlüssel *26*00 „Ladendiebstahl insgesamt“ umfasst die folgenden Schlüssel:\n"
        "326000 Einfacher Ladendiebstahl von sonstigem Gut\n"
        "326300 Einfacher Ladendiebstahl von Fahrrädern\n"
        "426010 Besonders schwerer Fall des Ladendiebstahls von Antiquitäten, Kunst- und sakralen\n"
        "Gegenständen\n"
        "426020 Schwerer Ladendiebstahl § 244 Abs. 1 Nr. 1 und 2, § 244a StGB\n"
        "Staatsangehörigkeit\n"
        "Geschlecht TVBZ Kinder\n"
    )
    assert notes == [
        "Der Schlüssel *26*00 „Ladendiebstahl insgesamt“ umfasst die folgenden Schlüssel: "
        "326000 Einfacher Ladendiebstahl von sonstigem Gut 326300 Einfacher Ladendiebstahl von "
        "Fahrrädern 426010 Besonders schwerer Fall des Ladendiebstahls von Antiquitäten, Kunst- "
        "und sakralen Gegenständen 426020 Schwerer Ladendiebstahl § 244 Abs. 1 Nr. 1 und 2, "
        "§ 244a StGB"
    ]
    assert lines[-2:] == ["Staatsangehörigkeit", "Geschlecht TVBZ Kinder"]


def test_an_unfinished_note_goes_on_past_three_lines() -> None:
    notes, lines = _notes_and_lines(
        "Indien 2.702\n"
        "* Hinweis zu den Tabellen: Für die vorliegende Ausreisepflicht\n"
        "muss die im AZR gespeicherte Asylablehnung nicht zwingend ursächlich sein, da diese\n"
        "Entscheidung grundsätzlich gespeichert wird, bis die Voraussetzungen für ihre Löschung\n"
        "gegeben sind (vgl. § 36 AZRG). Insofern kann sie länger zurückliegen.\n"
        "Ausreisepflichtige Personen zum Stichtag\n"
        "* Unter die Rubrik Sonstige fallen z.B.:\n"
        "Volkshochschulen, Bildungszentren der Kirchen, Bildungszentren der Gewerkschaften,\n"
        "Bildungszentren der Kammern, private Bildungseinrichtungen,\n"
        "Abendgymnasien, Abendschulen, etc.\n"
        "Anlage 2\n"
    )
    assert notes == [
        "Hinweis zu den Tabellen: Für die vorliegende Ausreisepflicht muss die im AZR "
        "gespeicherte Asylablehnung nicht zwingend ursächlich sein, da diese Entscheidung "
        "grundsätzlich gespeichert wird, bis die Voraussetzungen für ihre Löschung gegeben sind "
        "(vgl. § 36 AZRG). Insofern kann sie länger zurückliegen.",
        "Unter die Rubrik Sonstige fallen z.B.: Volkshochschulen, Bildungszentren der Kirchen, "
        "Bildungszentren der Gewerkschaften, Bildungszentren der Kammern, private "
        "Bildungseinrichtungen, Abendgymnasien, Abendschulen, etc.",
    ]
    assert "Ausreisepflichtige Personen zum Stichtag" in lines
    assert lines[-1] == "Anlage 2"


def test_a_long_note_takes_no_body_text_without_a_sign_that_it_goes_on() -> None:
    # Past three lines, a colon before or a full stop on the next line is no evidence.
    notes, lines = _notes_and_lines(
        "* Hinweis: Die Zahlen sind vorläufig, da\n"
        "die Meldungen der Länder noch nicht vollständig vorliegen und die Statistik\n"
        "im Frühjahr berichtigt wird; eine Übersicht folgt mit der Statistik des\n"
        "Jahres 2025 nach Ländern\n"
        "Tabelle 3 zeigt die Zahlen nach Ländern.\n"
    )
    assert notes == [
        "Hinweis: Die Zahlen sind vorläufig, da die Meldungen der Länder noch nicht vollständig "
        "vorliegen und die Statistik im Frühjahr berichtigt wird; eine Übersicht folgt mit der "
        "Statistik des Jahres 2025 nach Ländern"
    ]
    assert lines[-1] == "Tabelle 3 zeigt die Zahlen nach Ländern."


def test_a_table_row_after_a_note_without_its_full_stop_stays_in_the_text() -> None:
    notes, lines = _notes_and_lines(
        "Seite 4\n"
        "* Die Angabe Fördersumme entspricht nicht immer dem Mittelabfluss, da die Fördersumme "
        "auch in Folgejahren gebundene Mittel umfasst\n"
        "Anzahl Summe Summe Summe Summe\n"
        "216 31.928.919 21.617.036 217.263 744.665\n"
    )
    assert notes == [
        "Die Angabe Fördersumme entspricht nicht immer dem Mittelabfluss, da die Fördersumme "
        "auch in Folgejahren gebundene Mittel umfasst"
    ]
    assert lines[-2:] == [
        "Anzahl Summe Summe Summe Summe",
        "216 31.928.919 21.617.036 217.263 744.665",
    ]


def test_a_note_ends_with_its_short_last_line() -> None:
    notes, lines = _notes_and_lines(
        "* auf Grund technischer Einschränkungen in der Datenbank werden die Mittelabflüsse der "
        "Jahre 2010 bis 2020 in der Spalte 2020\n"
        "zusammengefasst\n"
        "Mittelabfluss pro Jahr in Mio. € (gerundet auf zwei Kommastellen)\n"
        "* bereinigt um\n"
        "ungebundene und\n"
        "damit verfallene Mittel;\n"
        "einschließlich\n"
        "Umverteilungen\n"
        "und aus\n"
        "Bundeseinbehalt\n"
        "Frage 17: Mittelabfluss\n"
    )
    assert notes == [
        "auf Grund technischer Einschränkungen in der Datenbank werden die Mittelabflüsse der "
        "Jahre 2010 bis 2020 in der Spalte 2020 zusammengefasst",
        # a note in a narrow table cell: all its lines are short
        "bereinigt um ungebundene und damit verfallene Mittel; einschließlich Umverteilungen "
        "und aus Bundeseinbehalt",
    ]
    assert "Mittelabfluss pro Jahr in Mio. € (gerundet auf zwei Kommastellen)" in lines
    assert lines[-1] == "Frage 17: Mittelabfluss"


NOTES_BETWEEN = (
    " 1. Wie wirkte die Senkung?\n"
    "Bei dieser Maßnahme ist von einer teilweisen Weitergabe auszugehen1. Auch Vergleichs-\n"
    "studien deuten darauf hin, dass Senkungen teilweise weitergegeben werden2.\n"
    "1 vgl. Deutsche Bundesbank (2021): Monatsbericht, www.bundesbank.de/resource/blob/8640\n"
    "96/2021-04-monatsbericht-data.pdf)\n"
    "2 vgl. Fuest, C. (2025). The pass-through of VAT rate cuts. in: International Tax and\n"
    "Public Finance, 32, S. 51–97. https://doi.org/10.1007/s10797-023-09824-7\n"
    " 2. Wie viele Betriebe gibt es?\n"
    "Es gibt viele Betriebe.\n"
)


def test_numbered_notes_between_paragraphs_go_to_footnotes() -> None:
    doc = drucksache.parse_text(HEAD + PAGE1_NOTE + NOTES_BETWEEN)
    assert doc.answers[0].text == (
        "Bei dieser Maßnahme ist von einer teilweisen Weitergabe auszugehen1. Auch "
        "Vergleichsstudien deuten darauf hin, dass Senkungen teilweise weitergegeben werden2."
    )
    assert [(note.mark, note.text) for note in doc.footnotes] == [
        (
            "1",
            "vgl. Deutsche Bundesbank (2021): Monatsbericht, "
            "www.bundesbank.de/resource/blob/864096/2021-04-monatsbericht-data.pdf)",
        ),
        (
            "2",
            "vgl. Fuest, C. (2025). The pass-through of VAT rate cuts. in: "
            "International Tax and Public Finance, 32, S. 51–97. "
            "https://doi.org/10.1007/s10797-023-09824-7",
        ),
    ]


@pytest.mark.parametrize(
    ("body", "marks"),
    [
        # no mark printed flattened onto a word before the line
        (NOTES_BETWEEN.replace("auszugehen1.", "auszugehen.").replace("werden2.", "werden."), []),
        # a number on a unit or a formula is no note's mark ("km2", "CO2")
        (NOTES_BETWEEN.replace("werden2.", "werden, auf 2 km2 (CO2)."), ["1"]),
        # a table row, however a word before it ends in its number
        (
            " 1. Welche Staaten?\nDie Zahl der Nicht-Deutsche1 betrug:\n1 Ukraine 19.528 80.501\n",
            [],
        ),
        # a list numbered on from 1 is no run of notes: its second item follows no note
        (
            " 1. Welche Mittel?\nEs gab Erträge von rd. 30 Mrd. Euro, wie Studien zeigen2.\n"
            "2 Mio. Euro entfallen auf das Jahr 2024.\n",
            [],
        ),
        # a note whose end is not seen stays whole in the text (no rest left behind)
        (
            " 1. Welche Daten?\nNicht-Deutsche1 [n] 88\n1 Daten liegen nicht vor, da die Daten "
            "zu § 177\nAbsatz 6 StGB nicht gesondert ausgewiesen werden, sondern mit § 177\n"
            "Absatz 7 StGB.\n",
            [],
        ),
    ],
)
def test_lines_opening_with_a_number_are_no_note_between_paragraphs(
    body: str, marks: list[str]
) -> None:
    doc = drucksache.parse_text(HEAD + PAGE1_NOTE + body)
    assert [note.mark for note in doc.footnotes] == marks


def test_table_note_without_full_stop_ends_before_the_body_text() -> None:
    notes, lines = _notes_and_lines(
        "seit 2022 4,58 Euro** 4,1 %\n"
        "* für Jugendkurse 2,60 Euro\n"
        "** Degression ab dem 21. Teilnehmenden 2,40 Euro pro Teilnehmenden und "
        "Unterrichtseinheit\n"
        "Zur Frage nach den Vergütungssätzen für\n"
        "Honorarlehrkräfte ist auf Folgendes hinzuweisen:\n"
        "Zwischen den Lehrkräften und dem BAMF besteht keine Vertragsbeziehung.\n"
    )
    assert notes == [
        "für Jugendkurse 2,60 Euro",
        "Degression ab dem 21. Teilnehmenden 2,40 Euro pro Teilnehmenden und Unterrichtseinheit",
    ]
    assert "Zur Frage nach den Vergütungssätzen für" in lines
    assert "Honorarlehrkräfte ist auf Folgendes hinzuweisen:" in lines


def test_note_runs_on_where_it_is_unfinished_or_the_next_line_ends_it() -> None:
    notes, lines = _notes_and_lines(
        "* Das Amt hat die Antwort eingestuft. Die Antwort ist im Sekretariat des Deutschen\n"
        "Bundestages hinterlegt und kann dort eingesehen werden.\n"
        " 2. Wie viele?\n"
        "* Gesamtzahlen übersteigen die Meldungen. Dies wird\n"
        "durch Überhänge verursacht, da die Abarbeitung nicht\n"
        "tagesaktuell erfolgt.\n"
        "* Summe nach § 116 (ohne Sonderfälle nach Absatz 2\n"
        "SGB VI)\n"
        "Quelle: Statistik der Deutschen Rentenversicherung\n"
    )
    assert notes == [
        "Das Amt hat die Antwort eingestuft. Die Antwort ist im Sekretariat des Deutschen "
        "Bundestages hinterlegt und kann dort eingesehen werden.",
        "Gesamtzahlen übersteigen die Meldungen. Dies wird durch Überhänge verursacht, da die "
        "Abarbeitung nicht tagesaktuell erfolgt.",
        "Summe nach § 116 (ohne Sonderfälle nach Absatz 2 SGB VI)",
    ]
    assert "Quelle: Statistik der Deutschen Rentenversicherung" in lines


def test_note_with_a_label_ends_before_the_next_paragraph() -> None:
    notes, lines = _notes_and_lines(
        "* HHI = Herfindahl-Hirschmann-Index\n"
        "Insgesamt ist davon auszugehen, dass ein Teil des Materials zwar für die\n"
        "Herstellung geeignet ist. Die bedeutendste\n"
    )
    assert notes == ["HHI = Herfindahl-Hirschmann-Index"]
    assert lines[-2].startswith("Insgesamt")


NOTE_IN_WORD = (
    " 1. Wie wirkte die Senkung?\n"
    "Studien nennen Gründe für die Weitergabe der reduzierten Um-\n"
    "1 vgl. Egner, Ute (2021): Senkung der Mehrwertsteuersätze, "
    "www.destatis.de/DE/2021/03/s.pdf?__blo\n"
    "b=publicationFile\n"
    "satzsteuersätze an1. Im Einzelhandel wurde sie weitergegeben.\n"
)


def test_numbered_note_inside_a_broken_word_goes_to_footnotes() -> None:
    doc = drucksache.parse_text(HEAD + PAGE1_NOTE + NOTE_IN_WORD)
    answer = doc.answers[0]
    assert answer.text == (
        "Studien nennen Gründe für die Weitergabe der reduzierten Umsatzsteuersätze an1. "
        "Im Einzelhandel wurde sie weitergegeben."
    )
    assert [(note.mark, note.text) for note in doc.footnotes] == [
        (
            "1",
            "vgl. Egner, Ute (2021): Senkung der Mehrwertsteuersätze, "
            "www.destatis.de/DE/2021/03/s.pdf?__blob=publicationFile",
        )
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # no mark flattened onto a word near the line: a list item after a broken word
        NOTE_IN_WORD.replace("an1.", "an."),
        # a table row: no word's rest written small after it
        " 1. Welche Staaten?\nDie Zahl der Staats-\n1 Ukraine 19.528 80.501\n2 Syrien 9.964\n",
        # a question number after a broken word is no note
        " 1. Wie viele?\nEs gab Ein-\n2. wie viele Anträge1 gab es?\nzelfälle.\n",
    ],
)
def test_lines_opening_with_a_number_are_no_note_in_a_word(lines: str) -> None:
    doc = drucksache.parse_text(HEAD + PAGE1_NOTE + lines)
    assert doc.footnotes == ()


def test_url_broken_in_a_star_note_is_joined_without_a_space() -> None:
    notes, _ = _notes_and_lines(
        "* Die Schlüssel sind veröffentlicht: www.bka.de/DE/Publikationen/202\n"
        "4/Uebersicht-Summenschluessel.pdf.\n"
    )
    assert notes == [
        "Die Schlüssel sind veröffentlicht: www.bka.de/DE/Publikationen/2024/"
        "Uebersicht-Summenschluessel.pdf."
    ]
