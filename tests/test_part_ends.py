"""Sub-questions printed apart from their question, each followed by its answer (``part_ends.py``
and the search for detached parts in ``segment.py``), through the public API."""

from __future__ import annotations

from test_segment import HEAD, MARGIN, NUMBER, TEXT, from_pdf_lines

import drucksache
from drucksache.part_ends import open_part


def _parse(*body: str) -> drucksache.Document:
    return drucksache.parse_text("\n".join([*HEAD, *body]))


def test_a_lead_answered_as_a_whole_before_its_parts_keeps_the_answer_out() -> None:
    # 21-898: "… aufgeschlüsselt nach" / answer to the whole / "a) …," / answer / … / "… ?"
    doc = _parse(
        " 1. Wie viele Anträge auf Kriegsdienstverweigerung (KDV-Anträge),",
        "aufgeschlüsselt nach",
        "Im Jahr 2024 wurden insgesamt 2 998 Anträge auf Kriegsdienstverweigerung",
        "gestellt.",
        "Im Einzelnen:",
        "a) Ungedienten,",
        "1 811 Anträge durch Ungediente.",
        "b) Berufssoldatinnen und Berufssoldaten und",
        "Vier Anträge durch Berufssoldatinnen und Berufssoldaten.",
        "c) Reservistinnen und Reservisten",
        "wurden im Jahr 2024 gestellt?",
        "1 029 Anträge durch Reservistinnen und Reservisten.",
        " 2. Wie viele Anträge wurden anerkannt?",
        "Keine.",
    )
    question = doc.questions[0]
    assert question.text == (
        "Wie viele Anträge auf Kriegsdienstverweigerung (KDV-Anträge), aufgeschlüsselt nach "
        "a) Ungedienten, b) Berufssoldatinnen und Berufssoldaten und c) Reservistinnen und "
        "Reservisten wurden im Jahr 2024 gestellt?"
    )
    assert [p.label for p in question.parts] == ["a", "b", "c"]
    assert [(a.questions, a.text) for a in doc.answers] == [
        (
            ("1",),
            "Im Jahr 2024 wurden insgesamt 2 998 Anträge auf Kriegsdienstverweigerung "
            "gestellt. Im Einzelnen:",
        ),
        (("1a",), "1 811 Anträge durch Ungediente."),
        (("1b",), "Vier Anträge durch Berufssoldatinnen und Berufssoldaten."),
        (("1c",), "1 029 Anträge durch Reservistinnen und Reservisten."),
        (("2",), "Keine."),
    ]
    # Rendered, each paragraph is one line ("… gestellt. Im Einzelnen:"): read the same way.
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(q.number, q.text) for q in again.questions] == [
        (q.number, q.text) for q in doc.questions
    ]
    assert [(a.questions, a.text) for a in again.answers] == [
        (a.questions, a.text) for a in doc.answers
    ]


def test_a_part_printed_apart_ends_at_and_or_sowie_but_not_inside_parentheses() -> None:
    # 21-2333: "(StGB; Straftaten …, / §§ 174 … StGB)," runs on; "… sowie" / "Die …" ends.
    doc = _parse(
        " 1. Wie viele Kinder wurden in dem Zeitraum vom 1. Januar 2014 bis heute jährlich",
        "a) Opfer einer Straftat nach dem Dreizehnten Abschnitt des",
        "Strafgesetzbuches (StGB; Straftaten gegen die sexuelle Selbstbestimmung,",
        "§§ 174 bis 184l StGB),",
        "Die nachstehende Tabelle enthält die Anzahl der Opfer.",
        "b) Opfer einer Straftat nach dem Sechzehnten Abschnitt des",
        "Strafgesetzbuches (Straftaten gegen das Leben, §§ 211 bis 222 StGB) sowie",
        "Die nachstehende Tabelle enthält die Anzahl der Opfer.",
        "c) Opfer einer Straftat nach dem Achtzehnten Abschnitt des",
        "Strafgesetzbuches (bitte nach Kindern unter 6 Jahren,",
        "6 bis unter 14 Jahren auflisten)?",
        "Die Anzahl der Opfer ist in der Anlage enthalten.",
    )
    parts = doc.questions[0].parts
    assert [p.label for p in parts] == ["a", "b", "c"]
    assert parts[0].text.endswith("Selbstbestimmung, §§ 174 bis 184l StGB),")
    assert parts[1].text.endswith("(Straftaten gegen das Leben, §§ 211 bis 222 StGB) sowie")
    assert [a.questions for a in doc.answers] == [("1a",), ("1b",), ("1c",)]
    assert [a.text for a in doc.answers][:2] == [
        "Die nachstehende Tabelle enthält die Anzahl der Opfer."
    ] * 2


def test_a_comma_followed_by_lower_case_or_inside_parentheses_ends_no_part() -> None:
    texts = [
        "a) Seminare (bitte Ort, Datum sowie",
        "Klassenstufe angeben),",
        "Es wird auf Anlage 4 verwiesen.",
        "b) Vorträge, die",
        "Schülern gehalten werden,",
        "Die Termine stehen nicht fest.",
    ]
    assert [open_part(texts, 0, j) for j in (0, 1)] == [False, True]
    assert [open_part(texts, 3, j) for j in (3, 4)] == [False, True]


def test_a_noun_after_a_joining_word_goes_on_with_the_part() -> None:
    # 21-658 (Kleine Anfrage): "… Planung und" / "Umsetzung integriert, und" / "b) …?" is one
    # question; only a function word, a figure or a part after "und" starts anew.
    doc = _parse(
        " 1. Konnte die Bundesregierung Erkenntnisse gewinnen, und wenn ja,",
        "a) wie werden die gewonnenen Erkenntnisse in die künftige Planung und",
        "Umsetzung integriert, und",
        "b) haben die gewonnenen Erkenntnisse einen Einfluss auf die Planung?",
        "Die Erkenntnisse fließen in die Planung ein.",
    )
    assert doc.questions[0].parts[0].text == (
        "wie werden die gewonnenen Erkenntnisse in die künftige Planung und Umsetzung "
        "integriert, und"
    )
    assert [(a.questions, a.text) for a in doc.answers] == [
        (("1",), "Die Erkenntnisse fließen in die Planung ein.")
    ]


def test_parts_of_an_open_question_may_follow_the_answer_to_its_group() -> None:
    # 21-1311: " 1. … entweder" / " 2. …?" / joint answer / "a) … oder" / answer / "b) …?" / …
    doc = _parse(
        " 1. In welchen Bundesbehörden sind seit Beginn der aktuellen",
        "Legislaturperiode Fotografen entweder",
        " 2. Welche Kosten entstanden für die Inanspruchnahme von Fotografen?",
        "Die Fragen 1 und 2 werden gemeinsam beantwortet.",
        "Es wird für oberste Bundesbehörden geantwortet.",
        "a) auf Grundlage eines Anstellungsverhältnisses oder",
        "In folgenden obersten Bundesbehörden sind Fotografen angestellt: BPA.",
        "b) auf sonstiger vertraglicher Basis tätig",
        "(bitte einzeln auflisten)?",
        "Eine Auflistung ist nicht möglich.",
        " 3. Werden die Reisekosten der Fotografen gedeckt?",
        "Ja.",
    )
    assert [(q.number, [p.label for p in q.parts]) for q in doc.questions] == [
        ("1", ["a", "b"]),
        ("2", []),
        ("3", []),
    ]
    assert doc.questions[0].text == (
        "In welchen Bundesbehörden sind seit Beginn der aktuellen Legislaturperiode Fotografen "
        "entweder a) auf Grundlage eines Anstellungsverhältnisses oder b) auf sonstiger "
        "vertraglicher Basis tätig (bitte einzeln auflisten)?"
    )
    assert [(a.questions, a.text) for a in doc.answers] == [
        (("1", "2"), "Es wird für oberste Bundesbehörden geantwortet."),
        (("1a",), "In folgenden obersten Bundesbehörden sind Fotografen angestellt: BPA."),
        (("1b",), "Eine Auflistung ist nicht möglich."),
        (("3",), "Ja."),
    ]


def test_a_group_is_passed_over_only_if_the_parts_after_it_finish_the_question() -> None:
    # A question cut short, then the next: a lettered list in their answer that ends no
    # sentence with a question mark is the answer's own.
    doc = _parse(
        " 1. In welchen Bundesbehörden sind seit Beginn der aktuellen",
        "Legislaturperiode Fotografen entweder",
        " 2. Welche Kosten entstanden für die Inanspruchnahme von Fotografen?",
        "Die Fragen 1 und 2 werden gemeinsam beantwortet.",
        "Es wurden beauftragt:",
        "a) Fotografen des Presseamts,",
        "Die Kosten trägt das Presseamt.",
        "b) Fotografen der Ministerien.",
    )
    assert [q.parts for q in doc.questions] == [(), ()]
    assert doc.answers[0].text.endswith("b) Fotografen der Ministerien.")


def test_parts_answered_jointly_are_printed_together_out_of_order() -> None:
    # 21-560: "a) …?" / "c) …?" / "Die Fragen 4a und 4c …" / answer / "b) …?" / answer
    doc = _parse(
        " 4. Wie viele der geborgenen Kriegstoten konnten identifiziert werden?",
        "Bis Ende 2024 wurden 312 830 Tote identifiziert.",
        "a) Werden zur Identifizierung auch DNA-Analysen verwendet?",
        "c) Wie wird der Abgleich mit möglichen Angehörigen organisiert?",
        "Die Fragen 4a und 4c werden gemeinsam beantwortet.",
        "DNA-Analysen werden nur in Einzelfällen verwendet.",
        "b) Welche Identifizierungsmethoden zeigen die höchste Erfolgsquote?",
        "Die Identifizierung mittels Erkennungsmarke.",
    )
    question = doc.questions[0]
    assert [p.label for p in question.parts] == ["a", "b", "c"]
    assert question.text.endswith(
        "a) Werden zur Identifizierung auch DNA-Analysen verwendet? b) Welche "
        "Identifizierungsmethoden zeigen die höchste Erfolgsquote? c) Wie wird der Abgleich "
        "mit möglichen Angehörigen organisiert?"
    )
    assert [(a.questions, a.text) for a in doc.answers] == [
        (("4",), "Bis Ende 2024 wurden 312 830 Tote identifiziert."),
        (("4a", "4c"), "DNA-Analysen werden nur in Einzelfällen verwendet."),
        (("4b",), "Die Identifizierung mittels Erkennungsmarke."),
    ]


def test_in_a_pdf_the_type_size_ends_parts_printed_after_a_joint_answer() -> None:
    doc = from_pdf_lines(
        [
            (" 1. In welchen Bundesbehörden sind seit Beginn der Legislaturpe-", NUMBER, True),
            ("riode Fotografen entweder", TEXT, True),
            (" 2. Welche Kosten entstanden für die Inanspruchnahme von Fotografen?", NUMBER, True),
            ("Die Fragen 1 und 2 werden gemeinsam beantwortet.", MARGIN, False),
            ("Es wird für oberste Bundesbehörden geantwortet.", MARGIN, False),
            ("a) auf Grundlage eines Anstellungsverhältnisses oder", TEXT, True),
            ("in folgenden Behörden: BPA.", MARGIN, False),
            ("b) auf sonstiger vertraglicher Basis tätig (bitte auflisten)?", TEXT, True),
            ("Eine Auflistung ist nicht möglich.", MARGIN, False),
        ]
    )
    assert [p.label for p in doc.questions[0].parts] == ["a", "b"]
    assert [a.questions for a in doc.answers] == [("1", "2"), ("1a",), ("1b",)]
    assert doc.answers[1].text == "in folgenden Behörden: BPA."


# 21-1136: " 15. …?" / "18 g) …?" (a part of question 18 reprinted) / a joint answer; each line
# with its x position and whether a PDF sets it in question type.
REPRINT = [
    (" 15. Welche Hinweise hat die Bundesregierung erhalten?", NUMBER, True),
    ("18 g) Wurden der Financial Intelligence Unit Hinweise zu", TEXT, True),
    ("Vermögensbewegungen gemeldet?", TEXT, True),
    ("Aufgrund des Sachzusammenhangs werden Fragen 15 und 18 g gemeinsam", MARGIN, False),
    ("beantwortet:", MARGIN, False),
    ("Der BaFin liegen keine Informationen vor.", MARGIN, False),
    (" 16. Welche Beteiligungen halten die Staatssekretäre?", NUMBER, True),
    ("Keine.", MARGIN, False),
]


def test_a_reprinted_part_of_another_question_is_answered_with_the_question_before() -> None:
    doc = _parse(*(text for text, _, _ in REPRINT))
    assert [(q.number, q.text) for q in doc.questions] == [
        ("15", "Welche Hinweise hat die Bundesregierung erhalten?"),
        ("16", "Welche Beteiligungen halten die Staatssekretäre?"),
    ]
    assert [(a.questions, a.text) for a in doc.answers] == [
        (("15", "18g"), "Der BaFin liegen keine Informationen vor."),
        (("16",), "Keine."),
    ]
    assert any("18g is printed again" in w.message for w in doc.warnings)


def test_in_a_pdf_a_reprinted_part_ends_the_question_before_it() -> None:
    doc = from_pdf_lines(REPRINT)
    assert doc.questions[0].text == "Welche Hinweise hat die Bundesregierung erhalten?"
    assert doc.answers[0].questions == ("15", "18g")
