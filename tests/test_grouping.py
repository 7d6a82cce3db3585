"""Grouped answers: the numbers a grouping sentence names, and the sentence itself."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import drucksache
from drucksache.grouping import MAX_RANGE, expand_numbers, find_grouping


@pytest.mark.parametrize(
    ("listing", "numbers"),
    [
        ("1 bis 4", ("1", "2", "3", "4")),
        ("3 und 4", ("3", "4")),
        ("12, 13 und 15", ("12", "13", "15")),
        ("2a bis 2c", ("2a", "2b", "2c")),
        ("10 bis 10b", ("10", "10a", "10b")),
        ("11 bis 11 b", ("11", "11a", "11b")),
        ("6a und 6b", ("6a", "6b")),
        ("1–3", ("1", "2", "3")),
        ("5 sowie 7", ("5", "7")),
        ("1 bis  4", ("1", "2", "3", "4")),
    ],
)
def test_expand_numbers(listing: str, numbers: tuple[str, ...]) -> None:
    assert expand_numbers(listing) == numbers


@pytest.mark.parametrize(
    ("listing", "numbers"),
    [
        ("25 bzw. 26", ("25", "26")),
        ("1a bzw. 1b", ("1a", "1b")),
        ("1a bzw. b", ("1a", "1b")),
        ("43 u. 44", ("43", "44")),
        ("12 & 13", ("12", "13")),
        ("1 a-c und 2 a-c", ("1a", "1b", "1c", "2a", "2b", "2c")),
    ],
)
def test_every_list_word_names_each_number(listing: str, numbers: tuple[str, ...]) -> None:
    # "bzw.", "u." and "&" list numbers as "und" does; "1 a-c" runs through the parts.
    assert expand_numbers(listing) == numbers


def test_a_backwards_range_names_its_two_ends_only() -> None:
    assert expand_numbers("7 bis 3") == ("7", "3")


def test_a_range_wider_than_max_range_is_a_misprint_not_a_group() -> None:
    assert expand_numbers(f"1 bis {MAX_RANGE + 2}") == ("1", str(MAX_RANGE + 2))


@given(st.text(alphabet=st.sampled_from("0123456789\u0663\u00b2a"), max_size=4))
@example("26")
@example("007")
def test_a_single_number_reads_as_in_a_longer_listing(listing: str) -> None:
    # A listing of one to three ASCII digits takes a short cut; padded, the general way.
    assert expand_numbers(listing) == expand_numbers(f" {listing} ")


@given(
    st.text(alphabet=st.sampled_from("0123456789\u0663a"), max_size=4),
    st.sampled_from(["und", "bis", "oder", "und\n"]),
    st.text(alphabet=st.sampled_from("0123456789\u0663b"), max_size=4),
)
@example("4", "und", "5")
@example("1", "bis", "4")
@example("7", "bis", "3")
@example("3", "bis", "3")
@example("1", "bis", "300")
@example("", "und", "12")
@example("6", "und", "6")
def test_two_numbers_read_as_in_a_longer_listing(low: str, word: str, high: str) -> None:
    # "4 und 5", "1 bis 4" take a short cut; padded, the general way.
    listing = f"{low} {word} {high}"
    assert expand_numbers(listing) == expand_numbers(f" {listing} ")


def test_each_number_once() -> None:
    assert expand_numbers("3, 3 und 4") == ("3", "4")


def test_nothing_to_expand() -> None:
    assert expand_numbers("") == ()


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Die Fragen 3 und 4 werden im Zusammenhang beantwortet.", ("3", "4")),
        (
            "Die Fragen 1 bis 4 werden aufgrund ihres Sachzusammenhangs gemeinsam beantwortet.",
            ("1", "2", "3", "4"),
        ),
        (
            "Aufgrund des Sachzusammenhangs werden die Fragen 12, 13 und 15 zusammen beantwortet.",
            ("12", "13", "15"),
        ),
        ("Die Fragen 6a und 6b werden gemeinsam beantwortet.", ("6a", "6b")),
        ("Die Fragen 2a bis 2c werden zusammen beantwortet.", ("2a", "2b", "2c")),
        # Phrasings from the corpus: several runs, letters alone, "Teilfragen", a colon, a typo.
        (
            "Die Fragen 2 bis 4, 6 und 8 bis 9 werden gemeinsam beantwortet.",
            ("2", "3", "4", "6", "8", "9"),
        ),
        ("Die Teilfragen zu 2, 2a und b werden zusammen beantwortet:", ("2", "2a", "2b")),
        ("Die Teilfragen 30a und b werden zusammen beantwortet:", ("30a", "30b")),
        ("Die Fragen 3 a und 3 b werden gemeinsam beantwortet.", ("3a", "3b")),
        ("Die Fragen 5 bis 7 werden gemeinsame beantwortet.", ("5", "6", "7")),
        (
            "Die Fragen 3 und 4 werden wegen des engen Sachzusammenhangs gemeinsam beantwortet.",
            ("3", "4"),
        ),
        ("Die Fragen 25 bzw. 26 werden gemeinsam beantwortet.", ("25", "26")),
        ("Die Fragen 1a bzw. 1b werden zusammen beantwortet.", ("1a", "1b")),
    ],
)
def test_find_grouping_at_the_start_of_an_answer(sentence: str, numbers: tuple[str, ...]) -> None:
    grouping = find_grouping(f"{sentence}\nDie Bundesregierung fördert …")
    assert grouping is not None
    assert grouping.numbers == numbers
    assert grouping.sentence == sentence
    assert grouping.end == len(sentence)


def test_grouping_sentence_over_two_lines_is_one_sentence() -> None:
    grouping = find_grouping("Die Fragen 3 und 4 werden im\nZusammenhang beantwortet.")
    assert grouping is not None
    assert grouping.sentence == "Die Fragen 3 und 4 werden im Zusammenhang beantwortet."


@pytest.mark.parametrize(
    "text",
    [
        "Es wird auf die Antwort zu den Fragen 3 und 4 verwiesen.",
        "Die Bundesregierung fördert die Fragen der Forschung.",
        "Die Frage 3 wird wie folgt beantwortet.",
    ],
)
def test_no_grouping_in_other_sentences(text: str) -> None:
    assert find_grouping(text) is None


def test_a_grouping_later_in_the_answer_is_not_its_grouping() -> None:
    assert find_grouping("Vorab: Die Fragen 3 und 4 werden im Zusammenhang beantwortet.") is None


QUESTIONS = (
    " 1. Wie viele Anträge wurden gestellt?\n"
    " 2. Wie viele Anträge wurden bewilligt?\n"
    " 3. Wie viele Anträge wurden abgelehnt?\n"
)


def test_grouped_answer_covers_the_questions_printed_before_it() -> None:
    text = (
        QUESTIONS
        + "Die Fragen 1 bis 3 werden gemeinsam beantwortet.\nEs wurden 12 Anträge gestellt.\n"
    )
    doc = drucksache.parse_text(text)
    assert [a.questions for a in doc.answers] == [("1", "2", "3")]
    answer = doc.answers[0]
    assert answer.grouping == "Die Fragen 1 bis 3 werden gemeinsam beantwortet."
    assert answer.text == "Es wurden 12 Anträge gestellt."
    assert doc.answer_to("2") is answer
    # A bare question list has no title block; nothing else is odd.
    assert [w.code for w in doc.warnings] == ["missing_metadata"]


def test_grouping_sentence_broken_by_a_hyphen_is_found() -> None:
    text = (
        QUESTIONS
        + "Die Fragen 1 bis 3 werden gemeinsam be-\nantwortet.\nEs wurden 12 Anträge gestellt.\n"
    )
    doc = drucksache.parse_text(text)
    assert doc.answers[0].grouping == "Die Fragen 1 bis 3 werden gemeinsam beantwortet."
    assert doc.answers[0].text == "Es wurden 12 Anträge gestellt."


def test_grouping_that_disagrees_with_the_printed_questions_is_a_warning() -> None:
    text = (
        QUESTIONS
        + "Die Fragen 1 und 2 werden gemeinsam beantwortet.\nEs wurden 12 Anträge gestellt.\n"
    )
    doc = drucksache.parse_text(text)
    assert doc.answers[0].questions == ("1", "2")
    assert "ambiguous_grouping" in [w.code for w in doc.warnings]


def test_sub_questions_answered_together() -> None:
    text = (
        " 6. Plant die Bundesregierung neue Förderprogramme?\n"
        "a) Wenn ja, welche?\n"
        "b) Wenn nein, warum nicht?\n"
        "Die Fragen 6a und 6b werden gemeinsam beantwortet.\n"
        "Die Prüfung ist noch nicht abgeschlossen.\n"
    )
    doc = drucksache.parse_text(text)
    assert [a.questions for a in doc.answers] == [("6a", "6b")]
    assert doc.answer_to("6") is doc.answers[0]
    assert [p.label for p in doc.questions[0].parts] == ["a", "b"]


KNOWN = ("3", "4", "4a", "4b", "4c", "5", "5a", "5b", "5c", "6")


@pytest.mark.parametrize(
    ("listing", "numbers"),
    [
        # A range into parts runs through the parts the document has (21-1170, 21-2201) …
        ("4 bis 5b", ("4", "4a", "4b", "4c", "5", "5a", "5b")),
        ("3 bis 4b", ("3", "4", "4a", "4b")),
        ("4b bis 5a", ("4b", "4c", "5", "5a")),
        # … a bare upper end with its parts, as a bare lower end has them.
        ("4c bis 5", ("4c", "5", "5a", "5b", "5c")),
        ("5 bis 5b", ("5", "5a", "5b")),
        # Bare ranges name whole questions, as "4 und 5" does.
        ("4 bis 6", ("4", "5", "6")),
        # An end the document does not have: guessed as without ``known``.
        ("5 bis 5e", ("5", "5a", "5b", "5c", "5d", "5e")),
        ("4 bis 6b", ("4", "5", "6", "6a", "6b")),
    ],
)
def test_a_range_into_parts_takes_the_known_numbers(listing: str, numbers: tuple[str, ...]) -> None:
    assert expand_numbers(listing, KNOWN) == numbers


def test_find_grouping_passes_the_known_numbers_on() -> None:
    grouping = find_grouping("Die Fragen 4 bis 5b werden gemeinsam beantwortet.", KNOWN)
    assert grouping is not None
    assert grouping.numbers == ("4", "4a", "4b", "4c", "5", "5a", "5b")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fragen 2 und 4 werden gemeinsa beantwortet.",  # 21-2329
        "Die Fragen 28 bis 28b werden aufgrund des Sachzusammenhangs gemeinsam beantworten.",
        "Die Fragen 3 und 4 werden zusamen beantwortet.",
        "Die Teilfragen 3a und 3b werden im Zusamenhang beantwortet.",
    ],
)
def test_a_grouping_sentence_with_a_typo_is_found(sentence: str) -> None:
    grouping = find_grouping(f"{sentence}\nDie Bundesregierung fördert …")
    assert grouping is not None
    assert grouping.sentence == sentence


def test_a_grouping_sentence_without_its_full_stop_ends_where_the_answer_begins() -> None:
    # 21-615: "Die Fragen 14 bis 18 werden zusammen beantwortet" / "Auf die Antwort zu …".
    sentence = "Die Fragen 14 bis 18 werden zusammen beantwortet"
    grouping = find_grouping(f"{sentence} Auf die Antwort zu Frage 12 wird verwiesen.")
    assert grouping is not None
    assert grouping.sentence == sentence
    assert grouping.numbers == ("14", "15", "16", "17", "18")


@pytest.mark.parametrize(
    "text",
    [
        "Die Fragen 3 und 4 werden derzeit geprüft und später beantwortet.",
        "Die Fragen 3 und 4 werden in Zusammenarbeit mit den Ländern beantwortet.",
        "Die Fragen 25 bis 31 können mangels Daten nicht beantwortet werden.",
        "Die Fragen 3 und 4 werden gemeinsam beantwortet und geprüft.",
        "Die Fragen 3 und 4 werden gemeinsam bearbeitet.",
    ],
)
def test_no_fuzzy_grouping_in_other_sentences(text: str) -> None:
    assert find_grouping(text) is None
