"""Tests of the corpus evaluation: the expected-question extractor, the scoring, a real run."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

# benchmarks/ is a folder of scripts, not a package: its modules import each other by name.
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from expected import extract_questions, join_lines  # noqa: E402
from scoring import DocumentResult, compare_questions, problems, totals  # noqa: E402

CORPUS = Path("/work/shared/corpus/bundestag-wp21")
FIGURE_SPACE = "\u2007"

KA_HEADER = """Deutscher Bundestag Drucksache 21/999
21. Wahlperiode 01.07.2025
Kleine Anfrage
der Abgeordneten A und der Fraktion X
Ein Titel
Vorbemerkung der Fragesteller: 1. Mai 2025 war ein Datum.
"""
KA_FOOTER = """Berlin, den 26. August 2025
Dr. Alice Weidel, Tino Chrupalla und Fraktion
Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei
ISSN 0722-8333
"""


def ka(questions: str, intro: str = "Wir fragen die Bundesregierung:\n") -> str:
    """A Kleine Anfrage around the given question block (figure spaces as in DIP text)."""
    return KA_HEADER + intro + questions.replace("{fs}", FIGURE_SPACE) + KA_FOOTER


def numbers_and_texts(text: str) -> list[tuple[str, str]]:
    return [(q.number, q.text) for q in extract_questions(text).questions]


def test_dates_and_ordinals_at_a_line_start_stay_in_the_question() -> None:
    text = ka(
        "{fs}1. Was geschah seit dem\n"
        "2. April 2025 (bitte bis zum\n"
        "31. Dezember aufschlüsseln)?\n"
        "{fs}2. Was plant sie für die\n"
        "21. Wahlperiode?\n"
    )
    assert numbers_and_texts(text) == [
        ("1", "Was geschah seit dem 2. April 2025 (bitte bis zum 31. Dezember aufschlüsseln)?"),
        ("2", "Was plant sie für die 21. Wahlperiode?"),
    ]


def test_a_date_that_is_the_next_number_is_not_a_question() -> None:
    # "2. Juni" follows question 1 and would be number 2, but the line before does not end a
    # question and a month follows the number.
    text = ka("{fs}1. Wie viele waren es am\n2. Juni 2025?\n{fs}2. Warum?\n")
    assert [n for n, _ in numbers_and_texts(text)] == ["1", "2"]
    assert numbers_and_texts(text)[0][1] == "Wie viele waren es am 2. Juni 2025?"


def test_sub_questions_and_second_paragraphs_belong_to_the_question() -> None:
    text = ka(
        "{fs}1. Plant die Bundesregierung Maßnahmen?\n"
        "a) Wenn ja, welche?\n"
        "b) Wenn nein, warum?\n"
        "{fs}2. Welche Kosten entstehen?\n"
        "Wenn keine, warum nicht?\n"
    )
    assert numbers_and_texts(text) == [
        (
            "1",
            "Plant die Bundesregierung Maßnahmen? a) Wenn ja, welche? b) Wenn nein, warum?",
        ),
        ("2", "Welche Kosten entstehen? Wenn keine, warum nicht?"),
    ]


def test_two_digit_numbers_follow_figure_space_numbers() -> None:
    block = "".join(f"{'{fs}' if n < 10 else ''}{n}. Frage {n}?\n" for n in range(1, 13))
    assert [n for n, _ in numbers_and_texts(ka(block))] == [str(n) for n in range(1, 13)]


def test_line_end_hyphens_keep_real_hyphens_and_join() -> None:
    assert join_lines(["Welche KI-", "basierten und EU-", "Programme"]) == (
        "Welche KI-basierten und EU-Programme"
    )
    assert join_lines(["Forschungs-", "und Entwicklungs-", "oder Bauprojekte"]) == (
        "Forschungs- und Entwicklungs- oder Bauprojekte"
    )
    assert join_lines(["Straftaten – §§ 174–", "184l StGB"]) == "Straftaten – §§ 174–184l StGB"


def test_a_kept_soft_hyphen_follows_the_documents_own_spelling() -> None:
    # DIP text keeps "Lobby-" / "Control" although the document writes "LobbyControl".
    text = ka("{fs}1. Was sagt LobbyControl, und wie hat Lobby-\nControl das begründet?\n")
    assert numbers_and_texts(text)[0][1] == (
        "Was sagt LobbyControl, und wie hat LobbyControl das begründet?"
    )
    assert join_lines(["Lobby-", "Control"]) == "Lobby-Control"  # without the document


def test_urls_broken_at_a_line_end_are_joined() -> None:
    lines = ["(www.bundesregierung.de/breg-de/bulletin/re", "de-von-merz-2350390)?"]
    assert join_lines(lines) == "(www.bundesregierung.de/breg-de/bulletin/rede-von-merz-2350390)?"
    assert join_lines(["(vgl. www.bmi.de)", "und mehr?"]) == "(vgl. www.bmi.de) und mehr?"


def test_a_missing_number_in_the_inquiry_does_not_swallow_the_rest() -> None:
    text = ka("{fs}1. Erste Frage?\n{fs}3. Dritte Frage?\n{fs}4. Vierte Frage?\n")
    assert [n for n, _ in numbers_and_texts(text)] == ["1", "3", "4"]


def test_without_intro_line_the_numbered_run_is_found() -> None:
    text = ka("{fs}1. Erste Frage?\n{fs}2. Zweite Frage?\n", intro="Wir möchten wissen:\n")
    result = extract_questions(text)
    assert not result.intro_found
    assert result.numbers() == ["1", "2"]


def test_without_closing_line_the_block_ends_at_the_imprint() -> None:
    text = ka("{fs}1. Erste Frage?\n").replace("Berlin, den 26. August 2025\n", "")
    result = extract_questions(text)
    assert not result.closing_found
    assert result.questions[0].text.startswith("Erste Frage?")
    assert "Gesamtherstellung" not in result.questions[0].text


def test_real_inquiry_with_dates_and_sub_questions() -> None:
    path = CORPUS / "kleine-anfrage" / "21-1906.txt"
    if not path.is_file():
        pytest.skip("shared corpus not available")
    result = extract_questions(path.read_text(encoding="utf-8"))
    assert result.numbers() == [str(n) for n in range(1, 22)]
    assert "seit dem 10. September 2025 verändert? c) Wenn ja" in result.questions[0].text


# --- scoring --------------------------------------------------------------------------------

EXPECTED_TEXT = ka(
    "{fs}1. Wie viele Anträge wurden im Jahr 2024 gestellt?\n"
    "{fs}2. Wie viele Anträge wurden im Jahr 2024 abgelehnt, und warum?\n"
    "{fs}3. Welche Maßnahmen plant die Bundesregierung gegen lange Verfahrensdauern?\n"
)


def score(parsed: list[tuple[str, str]]) -> DocumentResult:
    result = DocumentResult("21-1", "21-999")
    compare_questions(result, list(extract_questions(EXPECTED_TEXT).questions), parsed)
    return result


def test_scoring_counts_right_wrong_and_extra_questions() -> None:
    expected = [(q.number, q.text) for q in extract_questions(EXPECTED_TEXT).questions]
    perfect = score(expected)
    assert (perfect.right, perfect.exact, perfect.recall, perfect.complete) == (3, 3, 1.0, True)

    parsed = [
        expected[0],
        ("2", "Wie viele Anträge?"),  # text too different
        ("4", expected[2][1]),  # right text under the wrong number
        ("5", "Eine Frage, die es nicht gibt?"),
    ]
    result = score(parsed)
    assert (result.expected, result.found, result.right) == (3, 4, 1)
    assert [(m.number, m.found_as) for m in result.mismatches] == [("2", None), ("3", "4")]
    assert [m.kind for m in result.mismatches] == ["short", "renumbered"]
    assert result.extra == ["4", "5"]
    assert not result.complete
    assert problems(result) == "renumbered 3→4; short 2(0.47); extra 4,5"


def test_scoring_tells_lost_text_from_swallowed_answer_text() -> None:
    expected = [(q.number, q.text) for q in extract_questions(EXPECTED_TEXT).questions]
    answer = " Die Bundesregierung hat hierzu keine Erkenntnisse, und sie erhebt keine Daten."
    parsed = [expected[0], (expected[1][0], expected[1][1] + answer), ("3", "Was?")]
    kinds = {m.number: m.kind for m in score(parsed).mismatches}
    assert kinds == {"2": "long", "3": "text"}  # "Welche?" is not part of question 3
    assert score(expected[:2]).mismatches[0].kind == "missing"


def test_scoring_a_duplicated_question_is_extra() -> None:
    expected = [(q.number, q.text) for q in extract_questions(EXPECTED_TEXT).questions]
    result = score([*expected, expected[1]])
    assert (result.right, result.extra, result.complete) == (3, ["2"], False)
    assert result.precision == pytest.approx(0.75)


def test_totals_add_up_documents() -> None:
    expected = [(q.number, q.text) for q in extract_questions(EXPECTED_TEXT).questions]
    good, bad = score(expected), score(expected[:1])
    bad.unanswered = ["2", "3"]
    summary = totals([good, bad])
    assert (summary["expected"], summary["found"], summary["right"]) == (6, 4, 4)
    assert summary["recall"] == pytest.approx(4 / 6)
    assert (summary["complete"], summary["complete_share"]) == (1, 0.5)
    assert summary["unanswered"] == ["21-1:2", "21-1:3"]


# --- a real run on three documents ------------------------------------------------------------

# Answer → Kleine Anfrage: a grouped answer (1 bis 4), dates and sub-questions, a short one.
SAMPLE = {"21-357": "21-173", "21-2277": "21-1906", "21-1370": "21-1198"}


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    for answer, inquiry in SAMPLE.items():
        for folder, name in (("antwort", answer), ("kleine-anfrage", inquiry)):
            (tmp_path / folder).mkdir(exist_ok=True)
            shutil.copy(CORPUS / folder / f"{name}.txt", tmp_path / folder / f"{name}.txt")
    return tmp_path


def test_evaluation_report_on_three_real_documents(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import evaluate

    out = tmp_path / "run.json"
    assert evaluate.main([str(small_corpus), "--all", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Questions expected   28" in printed  # 4 + 21 + 3 from the inquiries
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["documents"]) == set(SAMPLE)
    for answer, inquiry in SAMPLE.items():
        doc = data["documents"][answer]
        assert doc["inquiry"] == inquiry
        assert doc["error"] is None, doc["error"]
        assert doc["expected"] > 0 and 0.0 <= doc["recall"] <= 1.0
        assert doc["right"] + len(doc["mismatches"]) == doc["expected"]
        assert answer in printed
    summary = data["totals"]
    assert summary["documents"] == 3 and summary["expected"] == 28
    assert summary["right"] == sum(d["right"] for d in data["documents"].values())
    assert summary["documents_per_second"] > 0

    # A threshold that cannot be met fails the run; comparing a run with itself changes nothing.
    assert evaluate.main([str(small_corpus), "--min-recall", "1.01"]) == 1
    assert evaluate.main([str(small_corpus), "--compare", str(out)]) == 0
    assert "better" not in capsys.readouterr().out


def test_evaluation_of_the_kleine_anfragen_themselves(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import evaluate

    out = tmp_path / "inquiries.json"
    assert evaluate.main([str(small_corpus), "--kleine-anfragen", "--json", str(out)]) == 0
    assert "Questions expected   28" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["documents"]) == set(SAMPLE.values())
    for inquiry, doc in data["documents"].items():
        assert doc["inquiry"] == inquiry and doc["error"] is None, doc["error"]
        assert doc["right"] + len(doc["mismatches"]) == doc["expected"]


def test_an_answer_evaluated_as_a_kleine_anfrage_is_an_error(tmp_path: Path) -> None:
    import evaluate

    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    path = tmp_path / "21-357.txt"
    shutil.copy(CORPUS / "antwort" / "21-357.txt", path)
    assert evaluate.evaluate_inquiry(path).error == "read as kind 'antwort'"
