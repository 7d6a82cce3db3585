"""Segmentation (``segment.py``) through the public API: what belongs to which segment."""

from __future__ import annotations

import drucksache
from drucksache.lines import SourceDocument, SourceLine
from drucksache.pipeline import parse_source

ANSWER = """\
Deutscher Bundestag Drucksache 21/381
21. Wahlperiode 02.06.2025
Antwort
der Bundesregierung
Vorbemerkung der Fragesteller
Externe Mitarbeiter arbeiten in Bundesministerien.
V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g
Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4
Der in den Fragen 1 bis 4 benutzte Begriff ist kein feststehender Begriff.
Vorbemerkung der Bundesregierung zu den Fragen 5 bis 8
Die Bundesregierung ist bestrebt, transparent zu handeln.
 1. Wie viele externe Personen waren 2024 tätig?
Es wird auf die Vorbemerkung der Bundesregierung verwiesen.
"""


def test_a_government_preamble_in_parts_keeps_every_part() -> None:
    doc = drucksache.parse_text(ANSWER)
    assert doc.government_preamble is not None
    assert doc.government_preamble.text == (
        "Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4 Der in den Fragen 1 bis 4 "
        "benutzte Begriff ist kein feststehender Begriff. Vorbemerkung der Bundesregierung zu "
        "den Fragen 5 bis 8 Die Bundesregierung ist bestrebt, transparent zu handeln."
    )
    assert doc.preamble is not None
    assert doc.preamble.text == "Externe Mitarbeiter arbeiten in Bundesministerien."


# --- what a PDF tells beyond the text: type, and where a line starts ---------------------------

HEAD = (
    "Deutscher Bundestag Drucksache 21/9999",
    "21. Wahlperiode 01.08.2025",
    "Antwort",
    "der Bundesregierung",
    "auf die Kleine Anfrage der Abgeordneten Anna Beispiel und der Fraktion Die Linke",
    "– Drucksache 21/9990 –",
    "Förderung des Radverkehrs",
)
# x positions of the typeset PDFs and the real ones: margin, hanging number, question text, part
MARGIN, NUMBER, TEXT, PART = 59.53, 64.33, 79.81, 94.81


def from_pdf_lines(body: list[tuple[str, float, bool]]) -> drucksache.Document:
    """Parse lines as the PDF front end hands them: text, x0, and whether in question type."""
    lines = [SourceLine(text, i, page=1, x0=MARGIN) for i, text in enumerate(HEAD, 1)]
    for text, x0, question in body:
        size = 9.6 if question else 10.68
        lines.append(
            SourceLine(text, len(lines) + 1, page=1, size=size, x0=x0, question_type=question)
        )
    return parse_source(SourceDocument(lines=tuple(lines)))


def test_a_hanging_number_opens_a_question_after_an_unfinished_line() -> None:
    doc = from_pdf_lines(
        [
            (" 1. In welchen Bundesbehörden sind seit Beginn der Legislaturpe-", NUMBER, True),
            ("riode Fotografen entweder", TEXT, True),
            (" 2. Welche Kosten entstanden für die Inanspruchnahme von Fotografen?", NUMBER, True),
            ("Die Fragen 1 und 2 werden gemeinsam beantwortet.", MARGIN, False),
            ("Es wurden keine Fotografen beauftragt.", MARGIN, False),
        ]
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.questions[0].text.endswith("Legislaturperiode Fotografen entweder")
    assert doc.answers[0].questions == ("1", "2")


def test_a_question_in_question_type_may_run_longer_than_a_text_question() -> None:
    body = [
        (" 1. Welche Maßnahmen plant die Bundesregierung?", NUMBER, True),
        ("Es wird geprüft.", MARGIN, False),
        (" 2. Inwiefern sieht die Bundesregierung Konflikte mit dem Unionsrecht", NUMBER, True),
        ("(bitte begründen)?", TEXT, True),
    ]
    for label in "abcd":
        body.append(
            (f"{label}) Wie ist das Vorhaben vereinbar mit Artikel {label} der", TEXT, True)
        )
        body += [
            ("Verordnung und den Vorgaben der Richtlinie, die vorrangig gilt,", PART, True)
        ] * 6
        body.append(("und mit den Grundrechten (bitte begründen)?", PART, True))
    body.append(("Die Prüfung ist nicht abgeschlossen.", MARGIN, False))
    doc = from_pdf_lines(body)
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert [p.label for p in doc.questions[1].parts] == ["a", "b", "c", "d"]
    assert doc.answers[1].text == "Die Prüfung ist nicht abgeschlossen."


def test_a_sub_question_runs_on_while_the_question_type_does() -> None:
    doc = from_pdf_lines(
        [
            (" 1. Welche Termine von Jugendoffizieren sind derzeit geplant für", NUMBER, True),
            ("a) Seminare (bitte Ort und Datum angeben),", TEXT, True),
            ("Es wird auf Anlage 4 verwiesen.", MARGIN, False),
            ("b) Vorträge vor Schülerinnen und Schülern (bitte Ort, Datum und", TEXT, True),
            ("Klassenstufe angeben; bitte hier angeben,", PART, True),
            ("auch wenn solche Termine erst später veröffentlicht werden),", PART, True),
            ("Die Termine werden erst nach Durchführung veröffentlicht.", MARGIN, False),
            ("c) Simulationen (bitte die Termine angeben)?", TEXT, True),
            ("Es wird auf Anlage 5 verwiesen.", MARGIN, False),
        ]
    )
    parts = {p.label: p.text for p in doc.questions[0].parts}
    assert parts["b"].endswith("auch wenn solche Termine erst später veröffentlicht werden),")
    assert [a.text for a in doc.answers][1] == (
        "Die Termine werden erst nach Durchführung veröffentlicht."
    )


def test_a_star_line_in_body_type_is_table_text_not_a_footnote() -> None:
    doc = from_pdf_lines(
        [
            (" 1. Welche Kanäle betreibt das Ministerium?", NUMBER, True),
            (
                "Es betreibt die folgenden Kanäle: Facebook 23.0K * * * LinkedIn 145.3K *",
                MARGIN,
                False,
            ),
            ("* * YouTube 762 * * * Mastodon 8.7K * * * Instagram 5.963 * * *", MARGIN, False),
            ("Wissenschaftsjahr / X 10.200.", MARGIN, False),
        ]
    )
    assert doc.footnotes == ()
    assert "YouTube 762" in doc.answers[0].text


def test_an_askers_preamble_without_its_heading_is_kept() -> None:
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                "Aus der Kombination von Artikel 20a des Grundgesetzes (GG), Artikel 143h",
                "GG und dem Bundes-Klimaschutzgesetz ist eine verbindliche Verpflichtung",
                "des Staates zum Klimaschutz entstanden.",
                "V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g",
                "Die Bundesregierung nimmt die Vorbemerkung der Fragesteller zur Kenntnis.",
                " 1. Welche Maßnahmen plant die Bundesregierung?",
                "Es wird geprüft.",
            ]
        )
    )
    assert doc.preamble is not None
    assert doc.preamble.text == (
        "Aus der Kombination von Artikel 20a des Grundgesetzes (GG), Artikel 143h GG und dem "
        "Bundes-Klimaschutzgesetz ist eine verbindliche Verpflichtung des Staates zum "
        "Klimaschutz entstanden."
    )
    assert doc.metadata.title == "Förderung des Radverkehrs"
    assert doc.government_preamble is not None


def test_a_question_without_its_question_mark_ends_with_its_request() -> None:
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 6. Welche Stelleinheiten werden ersetzt (bitte Mengen aufführen)?",
                "Es werden sämtliche Feldelemente ersetzt.",
                " 7. Welche Stelleinheiten werden räumlich verändert (bitte Mengen nach",
                "Kategorien (Signale, Achszähler, etc.) sortiert aufführen)",
                "Es wird auf die Antwort zu Frage 6 verwiesen.",
                " 8. Welche Stelleinheiten werden neu errichtet?",
                "Keine.",
            ]
        )
    )
    assert [q.number for q in doc.questions] == ["6", "7", "8"]
    assert doc.questions[1].text.endswith("sortiert aufführen)")
    assert [a.text for a in doc.answers] == [
        "Es werden sämtliche Feldelemente ersetzt.",
        "Es wird auf die Antwort zu Frage 6 verwiesen.",
        "Keine.",
    ]


def test_a_long_list_inside_a_question_does_not_end_it() -> None:
    items = [f"{label}) Organisation {n}," for n, label in enumerate("abcdefghijklmnopqrstuvwxyz")]
    items += [f"{label * 2}) Organisation {n}," for n, label in enumerate("abcdefghij", 26)]
    items[-1] = items[-1].rstrip(",") + "?"
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 1. Hat eine der aufgelisteten Organisationen das Auswärtige Amt beraten?",
                " 2. Hat eine der aufgelisteten Personen oder Organisationen seit 2023 das",
                "Auswärtige Amt beraten (wenn ja, bitte angeben, wann):",
                *items,
                "Die Fragen 1 und 2 werden gemeinsam beantwortet.",
                "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
            ]
        )
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.questions[1].text.endswith("jj) Organisation 35?")
    assert doc.answers[0].questions == ("1", "2")


def _colon_lead(number: int) -> list[str]:
    """A question whose lead ends with a colon, answered in general before its parts a) and b)
    follow, each with its answer."""
    return [
        f" {number}. Wie sieht der aktuelle Zeitplan für die Sanierung aus (bitte für",
        "folgende Aspekte:",
        "Die LMBV hat den nachfolgenden vorläufigen Zeitplan übermittelt.",
        "a) Abschluss des Artenschutzgutachtens;",
        "Im Jahr 2024 erfolgte die Kartierung.",
        "b) Abschluss der Sanierungsarbeiten)?",
        "Abschluss Sicherungsarbeiten: 2033",
    ]


def test_a_lead_ending_with_a_colon_is_answered_before_its_parts_each_with_its_answer() -> None:
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                *_colon_lead(1),
                " 2. Ist die Nutzung des Sees möglich?",
                "Nein.",
            ]
        )
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert [p.label for p in doc.questions[0].parts] == ["a", "b"]
    assert [a.questions for a in doc.answers] == [("1",), ("1a",), ("1b",), ("2",)]
    assert doc.answers[0].text == "Die LMBV hat den nachfolgenden vorläufigen Zeitplan übermittelt."
    # Rendered, the lead is one line ("… (bitte für folgende Aspekte:"): read the same way.
    again = drucksache.parse_text(drucksache.render(doc))
    assert [(q.number, q.text) for q in again.questions] == [
        (q.number, q.text) for q in doc.questions
    ]
    assert [(a.questions, a.text) for a in again.answers] == [
        (a.questions, a.text) for a in doc.answers
    ]


def test_a_lead_ending_with_a_colon_after_another_question_is_still_answered_first() -> None:
    # The second question is first sought as what ends the first one's detached parts, with no
    # number expected: there its colon counts for nothing, and the end found must not be kept.
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 1. Ist die Nutzung des Sees möglich?",
                "Nein.",
                *_colon_lead(2),
            ]
        )
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert [a.questions for a in doc.answers] == [("1",), ("2",), ("2a",), ("2b",)]
    assert doc.answers[1].text == "Die LMBV hat den nachfolgenden vorläufigen Zeitplan übermittelt."


def test_a_new_question_after_parts_answered_apart_starts_its_own_letters() -> None:
    # A numbered line whose "question" goes on with the open question's next letter ("2. Die …
    # prüft …." / "c) …?") is a list in an answer (tests/property/test_regressions.py); one
    # whose parts begin at a) again is the next question, even with a lead ending in a period.
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 1. Wie bewertet die Bundesregierung die Arbeit des Forschungszentrums?",
                "a) Welche Behörden des Bundes sind daran beteiligt?",
                "Das Bundesamt für Migration und Flüchtlinge.",
                "b) Bis wann soll das Verfahren abgeschlossen sein?",
                "Die Bundesregierung plant folgende Maßnahmen:",
                "1. Die Bundesnetzagentur fördert die Zusammenarbeit.",
                " 2. Die Bundesregierung fördert das Zentrum seit dem Jahr 2020.",
                "a) Wie hoch war die Förderung?",
                "Zehn Millionen Euro.",
                "b) Wer hat sie beantragt?",
                "Das Zentrum.",
            ]
        )
    )
    assert [(q.number, [p.label for p in q.parts]) for q in doc.questions] == [
        ("1", ["a", "b"]),
        ("2", ["a", "b"]),
    ]
    assert [a.questions for a in doc.answers] == [("1a",), ("1b",), ("2a",), ("2b",)]


def test_a_long_sub_question_printed_apart_is_read_whole() -> None:
    # 21-417: "b) Teilt die Bundesregierung …" runs 28 lines after the answer to 9 and 9a; a
    # sub-question may run as long as a question.
    clause = "dass die Behörden das Verfahren nach den Vorgaben des Urteils anwenden,"
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 1. Wie bewertet die Bundesregierung das Urteil?",
                "a) Wie legt die Bundesregierung das Urteil aus?",
                "Die Fragen 1 und 1a werden zusammen beantwortet.",
                "Die Bundesregierung prüft das Urteil.",
                "b) Teilt die Bundesregierung die Auffassung,",
                *[clause] * 26,
                "und wenn nein, warum nicht?",
                "Die Bundesregierung teilt die Auffassung nicht.",
            ]
        )
    )
    assert [p.label for p in doc.questions[0].parts] == ["a", "b"]
    assert doc.questions[0].parts[1].text.endswith("und wenn nein, warum nicht?")
    assert [a.questions for a in doc.answers] == [("1", "1a"), ("1b",)]
    assert doc.answers[1].text == "Die Bundesregierung teilt die Auffassung nicht."


# Questions 4 (parts a–c) and 5 (parts a–e) printed one after another, then a grouping sentence.
RANGE_QUESTIONS = (
    " 4. Wer ist für die Anträge zuständig?",
    "a) Wie ist das Verfahren geregelt?",
    "b) Auf Basis welcher Daten wird entschieden?",
    "c) Ab welchem Anteil wird zugestimmt?",
    " 5. Wie viele Anträge wurden gestellt?",
    "a) Wer hat die Anträge eingereicht?",
    "b) Welchen Klassen gehören die Strecken an?",
    "c) Welchen Anträgen wurde stattgegeben?",
    "d) In welchen Fällen wurde abgewichen?",
    "e) Welchen Anträgen wurde nicht stattgegeben?",
)


def _grouped(sentence: str) -> drucksache.Document:
    return drucksache.parse_text(
        "\n".join(
            [*HEAD, *RANGE_QUESTIONS, sentence, "Anträge sind an die Autobahn GmbH zu richten."]
        )
    )


def test_a_range_across_questions_lists_the_parts_the_document_has() -> None:
    # 21-1170: "4 bis 5b" is question 4 with its parts a–c, then 5 up to its part b.
    doc = _grouped("Die Fragen 4 bis 5b werden gemeinsam beantwortet.")
    assert [a.questions for a in doc.answers] == [("4", "4a", "4b", "4c", "5", "5a", "5b")]
    assert doc.answer_to("4b") is doc.answers[0]


def test_parts_left_out_of_a_grouping_and_of_every_answer_are_a_warning() -> None:
    # 21-1170: 5c–5e are printed before "4 bis 5b" and answered nowhere.
    doc = _grouped("Die Fragen 4 bis 5b werden gemeinsam beantwortet.")
    warnings = [w for w in doc.warnings if w.code == "part_without_answer"]
    assert len(warnings) == 1
    assert "5c, 5d, 5e" in warnings[0].message
    assert warnings[0].span is not None
    assert doc.text[warnings[0].span.start :].startswith("c) Welchen Anträgen")


def test_no_part_warning_when_the_grouping_names_every_part_or_the_question_whole() -> None:
    for sentence in (
        "Die Fragen 4 bis 5e werden gemeinsam beantwortet.",
        "Die Fragen 4 und 5 werden gemeinsam beantwortet.",
    ):
        doc = _grouped(sentence)
        assert "part_without_answer" not in [w.code for w in doc.warnings], sentence


def test_a_grouping_sentence_with_a_wrong_number_keeps_the_printed_questions() -> None:
    # 21-2329: "Die Fragen 2 und 4 …" (with a typo, "gemeinsa") after questions 2 and 3; question
    # 4 follows with an answer of its own, so the sentence's "4" is a misprint.
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 2. Welche Ersatzverkehre plant die Deutsche Bahn?",
                " 3. Welche Linien werden ausfallen?",
                "Die Fragen 2 und 4 werden gemeinsa beantwortet.",
                "Die Planung ist noch nicht abgeschlossen.",
                " 4. Hält die Bundesregierung den Zeitraum für gerechtfertigt?",
                "Ja.",
            ]
        )
    )
    assert [a.questions for a in doc.answers] == [("2", "3"), ("4",)]
    assert doc.answers[0].grouping == "Die Fragen 2 und 4 werden gemeinsa beantwortet."
    assert doc.answers[0].text == "Die Planung ist noch nicht abgeschlossen."
    assert "ambiguous_grouping" in [w.code for w in doc.warnings]
    assert "question_without_answer" not in [w.code for w in doc.warnings]


def test_a_grouping_sentence_that_names_a_later_question_as_well_counts() -> None:
    # 21-856: "Die Fragen 6, 7 und 12 …" after 6 and 7; 12 follows, answered by a pointer back.
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 6. Wie bewertet die Bundesregierung die Agrarpolitik?",
                " 7. Welche Maßnahmen plant die Bundesregierung?",
                "Die Fragen 6, 7 und 12 werden gemeinsam beantwortet.",
                "Die Bundesregierung prüft die Maßnahmen.",
                "12. Welche Schlussfolgerungen zieht die Bundesregierung?",
                "Auf die Antwort zu Frage 6 wird verwiesen.",
            ]
        )
    )
    assert [a.questions for a in doc.answers] == [("6", "7", "12"), ("12",)]


def test_a_name_ending_with_e_v_in_a_long_list_ends_no_sentence() -> None:
    # 21-1322 (a Kleine Anfrage): a list of 101 organisations, one of them "… e. V." at a line
    # end; a full stop among the items would count the items towards the question's length.
    items = [f"{chr(97 + k % 26) * (1 + k // 26)}) Verein Nummer {k} e. V.," for k in range(40)]
    items[2] = items[2].rstrip(",")  # printed without its comma
    doc = drucksache.parse_text(
        "\n".join(
            [
                *HEAD,
                " 1. Hat einer der aufgelisteten Vereine das Auswärtige Amt beraten:",
                *items[:-1],
                items[-1].rstrip(",") + "?",
                "Nein.",
                " 2. Wer hat das Amt beraten?",
                "Niemand.",
            ]
        )
    )
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.questions[0].text.endswith("Verein Nummer 39 e. V.?")
