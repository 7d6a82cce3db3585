"""Inputs the property tests found the parser getting wrong, reduced to a few lines each.

Each was a strict xfail until the parser was fixed (3d05363); one that is still open keeps its
mark, and the generators leave its shape out behind a flag in ``strategies.py`` /
``template.py`` until it passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drucksache

DATA = Path(__file__).parent / "data"


def test_lettered_list_in_the_answer_after_a_breakdown_request() -> None:
    doc = drucksache.parse_text(
        " 1. Wie viele Anträge wurden gestellt?\n"
        "(Bitte nach Jahren aufschlüsseln.)\n"
        "Die Förderung umfasst insbesondere\n"
        "a) Im Jahr 2022 wurden 564 Projekte gefördert,\n"
        "b) Im Jahr 2018 wurden 813 Verfahren bewilligt.\n"
        " 2. Wie viele Anträge wurden bewilligt?\n"
        "Keine.\n"
    )
    assert (
        doc.questions[0].text
        == "Wie viele Anträge wurden gestellt? (Bitte nach Jahren aufschlüsseln.)"
    )
    assert [a.questions for a in doc.answers] == [("1",), ("2",)]
    assert doc.answers[0].text == (
        "Die Förderung umfasst insbesondere a) Im Jahr 2022 wurden 564 Projekte gefördert, "
        "b) Im Jahr 2018 wurden 813 Verfahren bewilligt."
    )


def test_numbered_list_in_an_answer_is_no_question_cut_short() -> None:
    doc = drucksache.parse_text(
        " 1. Wie viele Anträge gab es?\n"
        "Im Einzelnen:\n"
        "1. Die Prüfung ist noch nicht abgeschlossen;\n"
        "2. Im Jahr 2021 wurden 52 Verfahren geprüft;\n"
        "3. Die Mittel wurden erhöht.\n"
        " 2. Wie viele Anträge wurden bewilligt?\n"
        "Keine.\n"
    )
    assert [(q.number, q.text) for q in doc.questions] == [
        ("1", "Wie viele Anträge gab es?"),
        ("2", "Wie viele Anträge wurden bewilligt?"),
    ]
    assert [a.questions for a in doc.answers] == [("1",), ("2",)]
    assert "duplicate_question" not in [w.code for w in doc.warnings]


def test_render_keeps_a_breakdown_request_apart() -> None:
    doc = drucksache.parse_text(
        "Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 01.05.2025\nAntwort\n"
        "der Bundesregierung\nauf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/2 –\n"
        "Stand der Planfeststellungsverfahren\n"
        " 1. Wie viele Anträge wurden gestellt?\n(Bitte nach Jahren aufschlüsseln.)\n"
        "Die Zahl der Anträge ist der Bundesregierung nicht bekannt.\n"
    )
    assert (
        doc.questions[0].text
        == "Wie viele Anträge wurden gestellt? (Bitte nach Jahren aufschlüsseln.)"
    )
    assert drucksache.parse_text(drucksache.render(doc)) == doc


def test_sub_questions_answered_one_by_one() -> None:
    doc = drucksache.parse_text(
        " 1. Plant die Bundesregierung neue Förderprogramme?\n"
        "a) Wenn ja, welche?\n"
        "Es werden zwei Programme geplant.\n"
        "b) Wenn nein, warum nicht?\n"
        "Entfällt.\n"
        " 2. Wie viele Anträge gab es?\n"
        "Keine.\n"
    )
    assert [p.label for p in doc.questions[0].parts] == ["a", "b"]
    assert doc.answer_to("1b") is doc.answers[1]
    assert doc.answer_to("1a") is doc.answers[0]


HEAD = (
    "Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 01.05.2025\nAntwort\n"
    "der Bundesregierung\nauf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/2 –\n"
    "Förderprogramme\n"
)


def canonical(text: str) -> drucksache.Document:
    return drucksache.parse_text(drucksache.render(drucksache.parse_text(text)))


def test_render_of_a_question_that_opens_with_a_sub_question() -> None:
    doc = canonical(
        HEAD + " 1. a) Hat die Bundesregierung eine Übersicht über die Regelungen?\n"
        "b) Stellt sie den aktuellen Stand dar?\nDie Übersicht ist veröffentlicht.\n"
    )
    assert doc.questions[0].text == (
        "a) Hat die Bundesregierung eine Übersicht über die Regelungen? "
        "b) Stellt sie den aktuellen Stand dar?"
    )
    assert drucksache.parse_text(drucksache.render(doc)) == doc


def test_render_of_sub_questions_answered_one_by_one() -> None:
    doc = canonical(
        HEAD + " 1. Plant die Bundesregierung neue Förderprogramme?\na) Wenn ja, welche?\n"
        "Es werden zwei Programme geplant.\nb) Wenn nein, warum nicht?\nEntfällt.\n"
        " 2. Wie viele Anträge gab es?\nKeine.\n"
    )
    assert drucksache.parse_text(drucksache.render(doc)) == doc


def test_short_preamble_of_a_kleine_anfrage_is_no_title() -> None:
    doc = drucksache.parse_text(
        "Deutscher Bundestag Drucksache 21/767\n21. Wahlperiode 07.07.2025\nKleine Anfrage\n"
        "der Abgeordneten Markus Matzerath, Sascha Lensing und der Fraktion der AfD\n"
        "Diensthundeausbildung in Sicherheitsbehörden des Bundes\n"
        "Nach Angaben der Landesregierung Brandenburg werden derzeit in Bund und\n"
        "Ländern rund 3 000 Diensthunde gehalten (Bundesratsdrucksache 218/24).\n"
        "Wir fragen die Bundesregierung:\n"
        "1. Wie viele Diensthundeführer gibt es in der Bundespolizei?\n"
        "Berlin, den 4. Juli 2025\n"
    )
    assert doc.metadata.title == "Diensthundeausbildung in Sicherheitsbehörden des Bundes"
    assert doc.preamble is not None
    assert doc.preamble.text.startswith("Nach Angaben der Landesregierung Brandenburg")


def test_numbered_list_before_a_sub_question_answered_apart() -> None:
    doc = drucksache.parse_text(
        " 1. Wie bewertet die Bundesregierung die Arbeit des Forschungszentrums?\n"
        "a) Welche Behörden des Bundes sind daran beteiligt?\n"
        "Das Bundesamt für Migration und Flüchtlinge.\n"
        "b) Bis wann soll das Verfahren abgeschlossen sein?\n"
        "Die Bundesregierung plant folgende Maßnahmen:\n"
        "1. Die Bundesnetzagentur fördert die Zusammenarbeit.\n"
        "2. Die Bundesnetzagentur prüft die Auswirkungen.\n"
        "c) Welche Kosten sind dafür entstanden?\n"
        "Keine.\n"
        " 2. Wie viele Anträge gab es?\n"
        "Keine.\n"
    )
    assert [(q.number, [p.label for p in q.parts]) for q in doc.questions] == [
        ("1", ["a", "b", "c"]),
        ("2", []),
    ]
    assert [a.questions for a in doc.answers] == [("1a",), ("1b",), ("1c",), ("2",)]


def test_render_of_parts_answered_together_after_the_lead() -> None:
    doc = canonical(
        HEAD + " 1. In welchen Branchen fanden Schwerpunktprüfungen statt?\n"
        "Eine Aufstellung ist der Anlage 3 zu entnehmen.\n"
        "a) Wie viele Verstöße wurden bei diesen Prüfungen festgestellt?\n"
        "b) Wie viele Verfahren sind eingeleitet worden?\n"
        "Die Fragen 1a und 1b werden zusammen beantwortet.\n"
        "Auf die Übersicht in Anlage 4 wird verwiesen.\n"
        " 2. Wie viele Beschäftigte gibt es?\nKeine.\n"
    )
    assert [p.label for p in doc.questions[0].parts] == ["a", "b"]
    assert [a.questions for a in doc.answers] == [("1",), ("1a", "1b"), ("2",)]
    assert drucksache.parse_text(drucksache.render(doc)) == doc


@pytest.mark.parametrize(
    "name",
    [
        "19-ki-netzwerk-seed.txt",
        "21-1007.txt",
        "21-1020.txt",
        "21-1640.txt",
    ],
)
def test_real_document_reaches_a_canonical_form(name: str) -> None:
    doc = canonical((DATA / name).read_text(encoding="utf-8"))
    assert drucksache.parse_text(drucksache.render(doc)) == doc


def test_dates_and_ordinals_at_a_line_start_are_no_questions() -> None:
    # The template may wrap "31. März 2025" onto a line start; these lines must stay answer text.
    doc = drucksache.parse_text(
        " 1. Wann wurde die Frist verlängert?\n"
        "Die Frist wurde am\n"
        "31. März 2025 verlängert; sie endet am\n"
        "1. Januar 2026. Im\n"
        "2. Quartal 2025 wurden keine Anträge gestellt. Wurden Anträge in der\n"
        "21. Legislaturperiode gestellt, werden sie geprüft.\n"
        " 2. Wie viele Anträge gab es?\n"
        "Keine.\n"
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.answers[0].text == (
        "Die Frist wurde am 31. März 2025 verlängert; sie endet am 1. Januar 2026. Im 2. Quartal "
        "2025 wurden keine Anträge gestellt. Wurden Anträge in der 21. Legislaturperiode gestellt, "
        "werden sie geprüft."
    )
