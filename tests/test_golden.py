"""Golden tests: real answers parsed and compared with reviewed expected JSON.

Each ``fixtures/golden/<name>.txt`` is a real Drucksache (DIP text) or the WP19 seed, named
after the problem it shows; ``<name>.json`` is what the parser produced when the file was last
regenerated on purpose (``scripts/regenerate_golden.py``) and checked by hand.  Values known to
be wrong are listed in ``fixtures/golden/KNOWN_ISSUES.md``, not hidden.

The parts of the document are compared one by one before the whole, so that a failure names the
part that changed (metadata, questions, answers …) instead of dumping two whole documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drucksache import Document, parse_text

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
FIXTURES = sorted(GOLDEN.glob("*.txt"))
SEED = GOLDEN / "seed-ki-netzwerk-wp19-duplicated-preamble.txt"

# The fields compared one by one, in the order a reader wants to hear about a difference.
PARTS = (
    "metadata",
    "preamble",
    "government_preamble",
    "questions",
    "answers",
    "annexes",
    "references",
    "removed",
    "footnotes",
    "warnings",
    "text",
)


def load(txt: Path) -> tuple[Document, Document]:
    """The parse of a fixture and its expected document."""
    json_path = txt.with_suffix(".json")
    assert json_path.exists(), f"{json_path.name} missing: run scripts/regenerate_golden.py"
    expected = Document.model_validate_json(json_path.read_text(encoding="utf-8"))
    return parse_text(txt.read_text(encoding="utf-8")), expected


def _numbered(items: tuple[Any, ...]) -> list[tuple[str, Any]]:
    """Label the items of a sequence for messages: a question by its number, else by index."""
    return [
        (str(getattr(item, "number", None) or getattr(item, "questions", None) or index), item)
        for index, item in enumerate(items)
    ]


def first_difference(part: str, got: Any, want: Any) -> str:
    """A short description of where two values of a document part differ."""
    if isinstance(got, tuple) and isinstance(want, tuple):
        if len(got) != len(want):
            return f"{part}: {len(want)} expected, {len(got)} parsed"
        for (label, g), (_, w) in zip(_numbered(got), _numbered(want), strict=True):
            if g != w:
                return f"{part}[{label}]:\n  expected {w!r}\n  parsed   {g!r}"
    return f"{part}:\n  expected {want!r}\n  parsed   {got!r}"


def test_there_are_golden_fixtures() -> None:
    assert len(FIXTURES) >= 20, f"only {len(FIXTURES)} golden fixtures in {GOLDEN}"
    assert SEED in FIXTURES


@pytest.mark.parametrize("txt", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_golden(txt: Path) -> None:
    parsed, expected = load(txt)
    for part in PARTS:
        got, want = getattr(parsed, part), getattr(expected, part)
        assert got == want, first_difference(part, got, want)
    assert parsed == expected


def test_golden_json_has_a_fixture() -> None:
    """A JSON whose text was renamed or deleted would otherwise linger unnoticed."""
    orphans = [p.name for p in GOLDEN.glob("*.json") if not p.with_suffix(".txt").exists()]
    assert not orphans, f"golden JSON without a .txt: {orphans}"


@pytest.fixture(scope="module")
def seed() -> Document:
    """The WP19 seed, parsed once for the explicit checks below."""
    return parse_text(SEED.read_text(encoding="utf-8"))


class TestSeed:
    """The WP19 seed, checked field by field against what a reader sees in the text."""

    def test_seventeen_questions_in_order(self, seed: Document) -> None:
        assert [q.number for q in seed.questions] == [str(n) for n in range(1, 18)]

    def test_grouped_answers(self, seed: Document) -> None:
        groups = [a.questions for a in seed.answers if len(a.questions) > 1]
        assert groups == [("3", "4"), ("7", "8"), ("10", "11"), ("12", "13")]
        singles = [a.questions[0] for a in seed.answers if len(a.questions) == 1]
        assert singles == ["1", "2", "5", "6", "9", "14", "15", "16", "17"]
        assert all(a.grouping for a in seed.answers if len(a.questions) > 1)

    def test_question_eleven_keeps_its_second_paragraph(self, seed: Document) -> None:
        q11 = seed.question("11")
        assert q11 is not None
        assert q11.text.startswith("Worin wird der Forschungsschwerpunkt")
        assert q11.text.endswith(
            "Welchen Forschungsschwerpunkt haben die deutsch-französischen Delegationen "
            "identifiziert?"
        )

    def test_drucksache_references(self, seed: Document) -> None:
        drs = [r for r in seed.references if r.kind == "drucksache"]
        assert [(r.number, r.question) for r in drs] == [
            ("19/21858", "42"),
            ("18/1174", None),
            ("19/6327", None),
        ]
        assert [r.wahlperiode for r in drs] == [19, 18, 19]
        # "… die Vorbemerkung der Bundesregierung in der Antwort … auf Drucksache 18/1174"
        assert [r.preamble for r in drs] == [None, "government_preamble", None]

    def test_one_preamble_and_no_government_preamble(self, seed: Document) -> None:
        assert seed.preamble is not None
        assert seed.government_preamble is None

    def test_second_copy_of_the_preamble_removed_as_duplicate(self, seed: Document) -> None:
        duplicates = [r for r in seed.removed if r.reason == "duplicate"]
        assert len(duplicates) == 1
        second_copy = duplicates[0].text
        assert second_copy.lstrip().startswith("wir stehen erst am Anfang: KI bietet")
        assert "bleibt in der Absichtserklärung allerdings weitgehend offen." in second_copy
        # The first, whole copy stays, once: the preamble is the version that starts the text.
        assert seed.preamble is not None
        assert seed.preamble.text.startswith("Künstliche Intelligenz (KI) ist eine")
        assert seed.preamble.text.count("wir stehen erst am Anfang") == 1
        assert "Haushaltplanung" not in seed.preamble.text  # a spelling only the copy has


@pytest.mark.parametrize(
    ("name", "part", "group"),
    [
        (
            "21-1170-grouped-range-across-questions-tables",
            "4a",
            ("4", "4a", "4b", "4c", "5", "5a", "5b"),
        ),
        (
            "21-2201-grouped-range-across-questions-to-letter",
            "3a",
            ("3", "3a", "3b", "3c", "3d", "4", "4a", "4b", "4c", "4d"),
        ),
    ],
)
def test_part_of_a_range_across_questions_finds_its_answer(
    name: str, part: str, group: tuple[str, ...]
) -> None:
    """'Die Fragen 4 bis 5b …' lists question 4 with the parts the document prints for it, then
    5 up to 5b: asked for 4a, the document gives the grouped answer, which names 4a."""
    doc = parse_text((GOLDEN / f"{name}.txt").read_text(encoding="utf-8"))
    answer = doc.answer_to(part)
    assert answer is not None
    assert answer.questions == group
