"""The PDF path on real content: five corpus answers, typeset, read back as their text reads.

A small, fast slice of ``benchmarks/pdf_corpus_check.py`` (which runs all 273 answers): each
answer below is a golden fixture (a DIP text of the corpus) chosen for a feature of the PDF path.
``doc = parse_text(text)``; the test typesetter sets ``doc`` as a Bundestag PDF; ``parse_pdf``
must read it back with the same metadata, preambles, questions, answers and references, every
segment with its pages and without page furniture or soft hyphens.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typeset import typeset

import drucksache

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pdf_corpus_check import differences, leftovers

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"

CHOSEN = {
    "21-357-all-questions-grouped": "one answer to all questions, grouped",
    "21-1692-grouped-pair-out-of-order": "a grouped pair out of order, sub-questions, references",
    "21-898-sub-questions-interleaved-with-answers": "34 sub-questions, grouped answers",
    "21-911-numbered-list-in-answer": "both preambles, grouped answers, a numbered list",
    "21-2259-bundeskanzleramt-sender": "sent by the Bundeskanzleramt, grouped answers",
}


@pytest.mark.parametrize("name", sorted(CHOSEN))
def test_typeset_corpus_answer_reads_back_as_its_text(name: str) -> None:
    doc = drucksache.parse_text((GOLDEN / f"{name}.txt").read_text(encoding="utf-8"))
    from_pdf = drucksache.parse_pdf(typeset(doc))
    found = differences(doc, from_pdf) + leftovers(from_pdf, doc)
    assert not found, "\n".join(str(difference) for difference in found)
    # Not a vacuous agreement: the feature the answer was chosen for is there.
    assert doc.questions and doc.answers and doc.metadata.ministry
    assert any(a.grouping for a in from_pdf.answers) or any(q.parts for q in from_pdf.questions)
    assert from_pdf.answers[-1].pages is not None and from_pdf.answers[-1].pages.last > 1
