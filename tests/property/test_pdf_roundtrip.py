"""PDF round trip: a generated answer, typeset as a Bundestag PDF, parses to the same content.

For a hypothesis-generated answer (``strategies.doc_specs``: questions, groups, sub-questions,
references, both preambles, long German compounds that the typesetter hyphenates at line ends),
``doc`` is its parse in canonical form (``parse_text(render(parse_text(dip_text(spec))))``).
``parse_pdf(typeset(doc))`` must then agree with ``doc`` in metadata, preamble texts, questions,
answers and references.  Spans, pages and ``removed`` differ between a text and a PDF by nature,
so they are not compared; instead every segment of the PDF parse must know its pages and carry
no running head, page number or soft hyphen.  The comparison is the one the corpus check uses
(``benchmarks/pdf_corpus_check.py``), so both report a difference in the same words.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from typeset import typeset

import drucksache
from drucksache import Document

from .strategies import DocSpec, doc_specs
from .template import dip_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from pdf_corpus_check import Difference, differences, leftovers  # noqa: E402

EXAMPLES = 100
"""Typesetting and reading a PDF cost 0.1–1 s a document: 100 examples, not the usual 200."""
MAX_QUESTIONS = 12


def canonical(spec: DocSpec) -> Document:
    """The answer ``spec`` describes, as ``parse_text`` reads its own rendering."""
    return drucksache.parse_text(drucksache.render(drucksache.parse_text(dip_text(spec))))


def _explain(found: list[Difference]) -> str:
    return "\n".join(str(difference) for difference in found)


@settings(max_examples=EXAMPLES, deadline=None)
@given(doc_specs(max_questions=MAX_QUESTIONS))
def test_typeset_answer_parses_to_the_same_content(spec: DocSpec) -> None:
    doc = canonical(spec)
    from_pdf = drucksache.parse_pdf(typeset(doc))
    found = differences(doc, from_pdf)
    assert not found, _explain(found)
    found = leftovers(from_pdf)
    assert not found, _explain(found)
