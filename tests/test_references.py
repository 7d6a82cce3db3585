"""Cross-references: to other Drucksachen, Plenarprotokolle, and into the same document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import drucksache
from drucksache import regexes as rx
from drucksache.models import Reference
from drucksache.paper_numbers import drucksache_matches
from drucksache.references import Context, find_references

SEED = Path(__file__).parent / "property" / "data" / "19-ki-netzwerk-seed.txt"
CONTEXT = Context(
    questions=frozenset({"1", "2", "3"}), has_preamble=True, has_government_preamble=False
)


def refs(text: str, context: Context = CONTEXT) -> list[Reference]:
    return list(find_references(text, context))


def summary(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.kind, r.number, r.question) for r in refs(text)]


def test_seed_question_42_belongs_to_drucksache_19_21858() -> None:
    doc = drucksache.parse_text(SEED.read_text(encoding="utf-8"))
    found = [r for r in doc.references if r.number == "19/21858"]
    assert len(found) == 1
    assert found[0].kind == "drucksache"
    assert found[0].question == "42"
    assert found[0].wahlperiode == 19
    # "Frage 42" is a question of that other Drucksache, not of this document.
    assert not [r for r in doc.references if r.kind == "question" and r.question == "42"]


def test_seed_references_in_order() -> None:
    doc = drucksache.parse_text(SEED.read_text(encoding="utf-8"))
    numbers = [r.number for r in doc.references if r.kind == "drucksache"]
    assert numbers == ["19/21858", "18/1174", "19/6327"]
    spans = [r.span.start for r in doc.references]
    assert spans == sorted(spans)


def test_reference_text_and_span_agree() -> None:
    text = "Es wird auf Bundestagsdrucksache 19/21858 verwiesen."
    (ref,) = refs(text)
    assert text[ref.span.start : ref.span.end] == ref.text == "Bundestagsdrucksache 19/21858"


def test_question_in_the_same_phrase_goes_with_the_drucksache() -> None:
    text = (
        "Siehe Antwort der Bundesregierung zu Frage 42 der Kleinen Anfrage der Fraktion "
        "der AfD auf Bundestagsdrucksache 19/21858."
    )
    assert summary(text) == [("drucksache", "19/21858", "42")]


def test_bt_drs_abbreviation() -> None:
    assert summary("Vgl. BT-Drs. 19/6327.") == [("drucksache", "19/6327", None)]


@pytest.mark.parametrize("form", ["Drucksache", "Drs.", "BT-Drucksache", "Bundestagsdrucksache"])
def test_drucksache_forms(form: str) -> None:
    assert summary(f"Siehe {form} 20/5678.") == [("drucksache", "20/5678", None)]


def test_plural_list_gives_one_reference_per_number() -> None:
    text = "Auf die Bundestagsdrucksachen 19/9703 und 19/14638 wird verwiesen."
    assert summary(text) == [("drucksache", "19/9703", None), ("drucksache", "19/14638", None)]


@pytest.mark.parametrize("space", [" ", "\u2009", "\u202f"])
def test_number_with_a_thin_space_loses_the_space(space: str) -> None:
    assert summary(f"Siehe Drucksache 17/13{space}032.") == [("drucksache", "17/13032", None)]


def test_plenarprotokoll() -> None:
    (ref,) = refs("Siehe Plenarprotokoll 20/96, S. 11 523.")
    assert (ref.kind, ref.number, ref.wahlperiode) == ("plenarprotokoll", "20/96", 20)


@pytest.mark.parametrize(
    "text",
    ["Seite 2 / 4", "Stand 11/2024", "Die Frist läuft bis 10/2025.", "im Verhältnis 3/4"],
)
def test_not_references(text: str) -> None:
    assert refs(text) == []


def test_question_of_this_document_is_resolved() -> None:
    (ref,) = refs("Es wird auf die Antwort zu Frage 3 verwiesen.")
    assert (ref.kind, ref.question, ref.resolved) == ("question", "3", True)


def test_a_question_reference_reads_from_its_lead() -> None:
    # "Antwort zu" and "Antworten der Bundesregierung zu den" lead the mention (not just "zu").
    (ref,) = refs("Es wird auf die Antwort zu Frage 3 verwiesen.")
    assert ref.text == "Antwort zu Frage 3"
    found = refs("Siehe die Antworten der Bundesregierung zu den Fragen 1 und 3.")
    assert {r.text for r in found} == {"Antworten der Bundesregierung zu den Fragen 1 und 3"}


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Es wird auf die Antwort auf Frage 3 verwiesen.", "Antwort auf Frage 3"),
        ("(siehe Antwort auf Frage 2)", "Antwort auf Frage 2"),
        (
            "Auf die Antworten der Bundesregierung auf die Fragen 1 und 3 wird verwiesen.",
            "Antworten der Bundesregierung auf die Fragen 1 und 3",
        ),
    ],
)
def test_a_question_reference_reads_from_the_lead_antwort_auf(text: str, printed: str) -> None:
    # "Antwort auf" leads a mention as "Antwort zu" does: not just "auf".
    found = refs(text)
    assert found and {(r.kind, r.text) for r in found} == {("question", printed)}
    assert all(text[r.span.start : r.span.end] == printed for r in found)


def test_antwort_auf_another_paper_is_no_lead() -> None:
    # "Antwort auf die Kleine Anfrage …": the paper's question stays with the paper.
    text = "Auf die Antwort auf die Kleine Anfrage auf Drucksache 21/3 (Frage 2) wird verwiesen."
    assert summary(text) == [("drucksache", "21/3", "2")]
    text = "Siehe die Antwort auf Bundestagsdrucksache 21/4, die Frage 3 betrifft."
    assert summary(text) == [("drucksache", "21/4", None), ("question", None, "3")]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Wie viele Visa im Sinne von Frage 1a bzw. 1b wurden erteilt?", ["1a", "1b"]),
        ("Siehe Frage 2 bzw. 3.", ["2", "3"]),
        ("Frage Nr. 2 & 3: Tabellarische Übersicht", ["2", "3"]),
        ("Anlage 1 zu Antwort auf Fragen 1 a-c und 2 a-c", ["1a", "1b", "1c", "2a", "2b", "2c"]),
    ],
)
def test_every_number_of_a_list_is_named(text: str, numbers: list[str]) -> None:
    # "bzw." and "&" list numbers as "und" does, a dash after "1 a" runs to a bare letter.
    found = refs(text)
    assert [r.question for r in found] == numbers
    assert len({r.text for r in found}) == 1


@pytest.mark.parametrize("text", ["Siehe Frage 3 u. a. dort.", "Siehe Frage 3 bzw. die Anlage."])
def test_a_list_word_without_a_number_after_it_ends_the_list(text: str) -> None:
    (ref,) = refs(text)
    assert (ref.question, ref.text) == ("3", "Frage 3")


def test_a_papers_questions_listed_with_u_go_with_it() -> None:
    text = "Es wird auf die Schriftlichen Fragen (Drucksache 21/512, Frage 43 u. 44) verwiesen."
    assert summary(text) == [("drucksache", "21/512", "43"), ("drucksache", "21/512", "44")]


def test_question_missing_from_this_document_is_unresolved() -> None:
    (ref,) = refs("Es wird auf die Antwort zu Frage 9 verwiesen.")
    assert (ref.kind, ref.question, ref.resolved) == ("question", "9", False)


def test_questions_in_a_range_each_get_a_reference() -> None:
    found = refs("Auf die Antworten zu den Fragen 1 bis 3 wird verwiesen.")
    assert [(r.kind, r.question) for r in found] == [("question", n) for n in "123"]


def test_preamble_references_are_resolved_against_the_document() -> None:
    government, askers = refs(
        "Auf die Vorbemerkung der Bundesregierung und die Vorbemerkung der Fragesteller wird "
        "verwiesen."
    )
    assert (government.kind, government.preamble, government.resolved) == (
        "preamble",
        "government_preamble",
        False,
    )
    assert (askers.kind, askers.preamble, askers.resolved) == ("preamble", "preamble", True)


def test_vorbemerkung_heading_is_not_a_reference() -> None:
    assert refs("Vorbemerkung der Fragesteller\nDie Bundesregierung fördert …") == []


def test_skipped_spans_hold_no_references() -> None:
    text = "Deutscher Bundestag Drucksache 21/1007"
    context = Context(frozenset(), False, False, skip=(drucksache.Span(start=0, end=len(text)),))
    assert refs(text, context) == []


def test_documents_own_number_is_not_a_reference() -> None:
    text = (
        "Deutscher Bundestag Drucksache 21/1007\n21. Wahlperiode 31.07.2025\nAntwort\n"
        "der Bundesregierung\n"
        " 1. Wie viele Anträge gab es?\nEs gab drei Anträge (Drucksache 20/5).\n"
    )
    doc = drucksache.parse_text(text)
    assert [r.number for r in doc.references] == ["20/5"]


def test_unresolved_question_reference_is_a_warning() -> None:
    text = " 1. Wie viele Anträge gab es?\nEs wird auf die Antwort zu Frage 7 verwiesen.\n"
    doc = drucksache.parse_text(text)
    assert "unresolved_reference" in [w.code for w in doc.warnings]


def test_question_asked_in_a_paper_the_sentence_opens_in_is_that_papers() -> None:
    text = (
        "In der Kleinen Anfrage auf Bundestagsdrucksache 20/129 wurden zudem die Fragen 6 und 7 "
        "gestellt. Auf die Antwort zu Frage 3 wird verwiesen."
    )
    assert summary(text) == [
        ("drucksache", "20/129", "6"),
        ("drucksache", "20/129", "7"),
        ("question", None, "3"),
    ]


def test_a_paper_named_in_a_sentence_not_opening_in_it_leaves_questions_alone() -> None:
    text = "Es wird auf Bundestagsdrucksache 20/129 und auf die Antwort zu Frage 3 verwiesen."
    assert summary(text) == [("drucksache", "20/129", None), ("question", None, "3")]


def test_the_frame_of_a_sentence_ends_with_its_main_clause() -> None:
    text = (
        "In der Antwort auf Bundestagsdrucksache 20/1 wurde dargelegt, was auch die Antwort zu "
        "Frage 3 zeigt."
    )
    assert summary(text) == [("drucksache", "20/1", None), ("question", None, "3")]


def test_dort_frage_is_a_question_of_the_paper_just_named() -> None:
    text = (
        "(Antwort der Bundesregierung auf eine Kleine Anfrage auf Bundestagsdrucksache 20/9077, "
        "dort Frage 2)."
    )
    assert summary(text) == [("drucksache", "20/9077", "2")]


def test_damalige_frage_is_the_earlier_papers_and_jetzige_this_ones() -> None:
    text = (
        "Der Unterschied zu Bundestagsdrucksache 21/192 ist dadurch zu erklären, dass in der "
        "damaligen Frage 26 weniger Personen ausgewertet wurden. Die Angaben in der damaligen "
        "Frage 25 entsprachen der Antwort zu der jetzigen Frage 3."
    )
    assert summary(text) == [("drucksache", "21/192", "26"), ("question", None, "3")]


def test_dortige_vorbemerkung_is_the_preamble_of_the_paper_just_named() -> None:
    (ref,) = refs(
        "Es wird auf Bundestagsdrucksache 19/23992 und die dortige Vorbemerkung der "
        "Bundesregierung hingewiesen."
    )
    assert (ref.kind, ref.number, ref.preamble) == ("drucksache", "19/23992", "government_preamble")


def test_the_dot_of_die_linke_ends_no_sentence() -> None:
    (ref,) = refs(
        "(siehe dazu die Vorbemerkung der Bundesregierung in ihrer Antwort auf die Kleine Anfrage "
        "der Fraktion DIE LINKE. auf Bundestagsdrucksache 18/1174)."
    )
    assert (ref.kind, ref.number, ref.preamble) == ("drucksache", "18/1174", "government_preamble")
    text = (
        "Es wird auf die Antwort zu Frage 12 der Kleinen Anfrage der Fraktion DIE LINKE. auf "
        "Bundestagsdrucksache 18/6559 verwiesen."
    )
    assert summary(text) == [("drucksache", "18/6559", "12")]


def test_hand_over_with_an_article_to_a_plural_list() -> None:
    text = "(vgl. jeweils Antworten zu Frage 35 auf den Bundestagsdrucksachen 19/8258 und 20/1048)."
    assert summary(text) == [("drucksache", "19/8258", "35"), ("drucksache", "20/1048", None)]


def test_preamble_of_an_answer_goes_to_the_answers_number_after_the_inquirys() -> None:
    found = refs(
        "Im Übrigen wird auf die Vorbemerkung der Bundesregierung zur Antwort der Bundesregierung "
        "auf die Kleine Anfrage der Fraktion der AfD – Bundestagsdrucksache 21/247 – auf "
        "Bundestagsdrucksache 21/434 verwiesen."
    )
    assert [(r.kind, r.number, r.preamble) for r in found] == [
        ("drucksache", "21/247", None),
        ("drucksache", "21/434", "government_preamble"),
    ]


@pytest.mark.parametrize("lead", ["Antwort zu", "Antwort auf", "Antworten zu den"])
def test_answer_to_a_question_in_brackets_after_the_paper(lead: str) -> None:
    text = f"Das BAMF hat die in der Bundestagsdrucksache 21/192 ({lead} Frage 37) genannten …"
    assert summary(text) == [("drucksache", "21/192", "37")]


def test_the_dortige_answer_auf_a_question_is_the_papers() -> None:
    # With its lead "Antwort auf" read, "dortige" stands right before the mention.
    text = "Siehe Bundestagsdrucksache 20/9077 und die dortige Antwort auf Frage 2."
    assert summary(text) == [("drucksache", "20/9077", "2")]


def test_a_papers_questions_named_again_in_its_sentence_stay_its_own() -> None:
    text = (
        "Wie ist der Unterschied in den Antworten zu den Fragen 25 bzw. 26 auf "
        "Bundestagsdrucksache 21/192 zu erklären, wonach sich 933 535 (Frage 25) bzw. 179 586 "
        "(Frage 26) Personen aufgehalten haben sollen?"
    )
    assert summary(text) == [("drucksache", "21/192", "25"), ("drucksache", "21/192", "26")]


def test_a_papers_question_named_before_is_its_own_in_a_later_sentence_about_it() -> None:
    # Frage 20 of 20/14574 was named before; the later sentence names 20/14574 again.
    text = (
        "Warum wurde Frage 20 auf Bundestagsdrucksache 20/14574 nicht beantwortet? "
        "Gibt es Zahlen (Nachfrage zu Frage 21 der Antwort auf Bundestagsdrucksache 20/14574, "
        "weil angesichts der Nichtbeantwortung der Frage 20 Zweifel bestehen)?"
    )
    assert summary(text) == [
        ("drucksache", "20/14574", "20"),
        ("drucksache", "20/14574", "21"),
        ("drucksache", "20/14574", "20"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Another number than the paper's: this document's.
        "Die Antwort zu Frage 2 auf Drucksache 20/1 ist überholt, siehe Frage 3.",
        # The same number, but said to be this document's.
        "Die Antwort zu Frage 3 auf Drucksache 20/1 entspricht der jetzigen Frage 3.",
        # The same number in the next sentence, which names no paper.
        "Die Antwort zu Frage 3 auf Drucksache 20/1 gilt fort. Zu Frage 3 liegen keine Daten vor.",
    ],
)
def test_a_question_not_named_again_for_the_paper_is_this_documents(text: str) -> None:
    assert summary(text)[-1] == ("question", None, "3")


def test_question_inside_a_quotation_belongs_to_its_source_in_brackets() -> None:
    text = (
        "Die Bundesregierung beruft sich auf den Persönlichkeitsschutz: „Bei den Fragen 7 und 8 "
        "ist zudem der Persönlichkeitsschutz zu berücksichtigen“ (Bundestagsdrucksache 21/412, "
        "S. 2). „Zu Frage 3 liegen keine Daten vor“, heißt es weiter."
    )
    assert summary(text) == [
        ("drucksache", "21/412", "7"),
        ("drucksache", "21/412", "8"),
        ("question", None, "3"),
    ]


def test_a_quotation_is_closed_by_its_own_mark_only() -> None:
    text = (
        '„Zu Frage 3 liegen keine Daten vor". Ebenso „keine Angaben“ (Bundestagsdrucksache 21/412).'
    )
    assert summary(text) == [("question", None, "3"), ("drucksache", "21/412", None)]


def test_preamble_inside_a_quotation_belongs_to_the_paper_that_leads_into_it() -> None:
    (ref,) = refs(
        "Die Antwort der Bundesregierung auf Bundestagsdrucksache 20/284 lautete: „Es wird auf "
        "die Vorbemerkung der Fragesteller verwiesen.“"
    )
    assert (ref.kind, ref.number, ref.preamble) == ("drucksache", "20/284", "preamble")


def test_questions_of_one_mention_keep_their_order() -> None:
    found = refs("Es wird auf die Antworten zu den Fragen 9 und 10 verwiesen.")
    assert [r.question for r in found] == ["9", "10"]


PIECES = (
    "Drucksache", "Drucksachen", "drucksache", "Bundestags", "Bundestags-", "BT-", "Drs.", "Dr",
    "Nr. ", "21/", "19 / ", "1234", "5\u2009678", " ", "\n", ", ", " und ", "s", "/", "e",
)  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_drucksache_matches_are_the_patterns_own(pieces: list[str]) -> None:
    """Trying the pattern only where its literals let a match start finds what a scan of
    every position finds."""
    text = "".join(pieces)
    expected = [m.span() for m in rx.DRUCKSACHE_REF.finditer(text)]
    assert [m.span() for m in drucksache_matches(text)] == expected


@pytest.mark.parametrize("length", [0, 5, *range(244, 256), 300])
def test_a_hand_over_is_ruled_out_only_where_the_pattern_fails(length: int) -> None:
    """``_hands_over`` rules out long stretches before running ``_HANDOVER``: never one that
    the pattern would take (the bound is tested at its edge)."""
    from itertools import product

    from drucksache.references import _HANDOVER, _hands_over

    for mark, word, article, end in product(
        ["", ".", ";", "Nr.", "1.", "LINKE.", "Linke."],
        [" auf", " in", "auf", "Länder", " aufder", " werden"],
        ["", " der", "  der", "der", " \n der", " den", " dem"],
        ["", " ", " \n ", "x"],
    ):
        text = "Frage 1" + mark + "x" * length + word + article + end
        start = len("Frage 1")
        expected = _HANDOVER.match(text[start:]) is not None
        assert _hands_over(text, start, len(text)) == expected, text


def test_each_question_named_of_another_paper_gets_a_reference() -> None:
    text = (
        "Es wird auf die Antworten der Bundesregierung zu den Fragen 6 bis 8 der Kleinen Anfrage "
        "der Gruppe Die Linke auf Bundestagsdrucksache 20/14207 verwiesen."
    )
    assert summary(text) == [("drucksache", "20/14207", n) for n in ("6", "7", "8")]


def test_a_page_number_between_dashes_after_a_question_is_no_range() -> None:
    # An annex heading with its page number: "Anlage zu Frage 73 – 1 –" names question 73 only.
    assert summary("Anlage zu Frage 73 – 1 –\nLand Zahl") == [("question", None, "73")]
    assert [r.question for r in refs("Siehe die Antworten zu den Fragen 1 – 3.")] == ["1", "2", "3"]
