"""Where a text's footnotes end: '* …' notes over many lines, lists, table rows after them."""

from __future__ import annotations

from drucksache.clean import clean
from drucksache.lines import lines_from_text

HEAD = (
    "Deutscher Bundestag Drucksache 21/1136\n21. Wahlperiode 04.08.2025\nAntwort\n"
    "der Bundesregierung\nauf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/763 –\n"
    "Förderung der Forschung\n"
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
