"""Scoring of parsed questions against expected ones; no parser import, so it tests alone.

A question is *right* when a parsed question has the same number and a text similarity of at
least ``SIMILARITY`` (``rapidfuzz.fuzz.ratio`` after whitespace normalisation).  A document is
*complete* when every expected question is right and the parser found no question beyond them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from expected import ExpectedQuestion
from rapidfuzz import fuzz

MISMATCH_KINDS = ("missing", "renumbered", "short", "long", "text")
SIMILARITY = 0.9
"""Least text similarity (0–1) for a parsed question to count as right."""
# A contained text this much shorter or longer than the expected one is "short" or "long".
_LENGTH_TOLERANCE = 0.1


@dataclass
class Mismatch:
    """An expected question that is not right, with what the parser had instead."""

    number: str
    similarity: float
    """Best similarity of a parsed question with this number; 0.0 when there is none."""
    found_as: str | None = None
    """Number of a parsed question whose text matches, when the numbers disagree."""
    kind: str = "missing"
    """What went wrong: 'missing', 'renumbered', 'short' (the parsed text is part of the
    expected one: sub-questions or paragraphs lost), 'long' (it contains the expected text and
    more: answer text swallowed), 'text' (the texts differ otherwise)."""


@dataclass
class DocumentResult:
    """The comparison for one answer."""

    answer: str
    inquiry: str | None
    expected: int = 0
    found: int = 0
    right: int = 0
    exact: int = 0
    """Right questions whose normalised text is identical to the expected one."""
    mismatches: list[Mismatch] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    """Parsed question numbers that are not expected, or a second question with one number."""
    unanswered: list[str] = field(default_factory=list)
    error: str | None = None
    parse_seconds: float = 0.0
    inquiry_from_text: bool = False
    """The parser gave no ``metadata.inquiry``: the inquiry was read from the answer's text."""

    @property
    def recall(self) -> float:
        """Share of the expected questions that are right."""
        return self.right / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        """Share of the parsed questions that are right."""
        return self.right / self.found if self.found else 0.0

    @property
    def complete(self) -> bool:
        """Every expected question right, nothing extra, no error."""
        return (
            self.error is None and self.expected > 0 and self.right == self.expected == self.found
        )

    def to_json(self) -> dict[str, Any]:
        """All figures, with the derived ones, as plain JSON values."""
        data = asdict(self)
        data.update(recall=self.recall, precision=self.precision, complete=self.complete)
        return data


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space, and read the hyphen variants (U+2010,
    U+2011) as the hyphen they print as: the parser folds them, the inquiry's text does not."""
    return " ".join(text.translate(_HYPHENS).split())


def similarity(a: str, b: str) -> float:
    """Text similarity 0–1 of two whitespace-normalised texts."""
    return fuzz.ratio(normalise(a), normalise(b)) / 100.0


def base_number(number: str) -> str:
    """The question a sub-question number belongs to: "6a" → "6"."""
    return number.rstrip("abcdefghijklmnopqrstuvwxyz")


def compare_questions(
    result: DocumentResult, expected: list[ExpectedQuestion], parsed: list[tuple[str, str]]
) -> None:
    """Fill in found/right/mismatches/extra from expected and parsed (number, text) pairs."""
    result.expected, result.found = len(expected), len(parsed)
    used: set[int] = set()
    candidates: dict[str, str | None] = {}  # the best parsed text of each mismatch
    for question in expected:
        scores = [
            (similarity(question.text, text), index)
            for index, (number, text) in enumerate(parsed)
            if number == question.number and index not in used
        ]
        best, index = max(scores, default=(0.0, -1))
        if best >= SIMILARITY:
            used.add(index)
            result.right += 1
            result.exact += normalise(question.text) == normalise(parsed[index][1])
        else:
            candidate = parsed[index][1] if scores else None
            result.mismatches.append(Mismatch(question.number, round(best, 3)))
            candidates[question.number] = candidate
    texts = {q.number: q.text for q in expected}
    for mismatch in result.mismatches:
        mismatch.found_as = _found_as(texts[mismatch.number], parsed, used)
        candidate = candidates[mismatch.number]
        mismatch.kind = _kind(mismatch, texts[mismatch.number], candidate)
    right_numbers = {parsed[index][0] for index in used}
    expected_numbers = {q.number for q in expected}
    # An unused question under a mismatched number is that mismatch, not an extra.
    result.extra = [
        number
        for index, (number, _) in enumerate(parsed)
        if index not in used and (number not in expected_numbers or number in right_numbers)
    ]


def _kind(mismatch: Mismatch, expected: str, parsed: str | None) -> str:
    """Classify a mismatch: is one text (nearly) contained in the other, and which is longer?"""
    if mismatch.found_as:
        return "renumbered"
    if parsed is None:
        return "missing"
    want, got = normalise(expected), normalise(parsed)
    contained = fuzz.partial_ratio(want, got) / 100.0 >= SIMILARITY
    if contained and len(got) < len(want) * (1 - _LENGTH_TOLERANCE):
        return "short"
    if contained and len(got) > len(want) * (1 + _LENGTH_TOLERANCE):
        return "long"
    return "text"


def _found_as(expected: str, parsed: list[tuple[str, str]], used: set[int]) -> str | None:
    """The number of a parsed question, right for none, that has the expected text."""
    for index, (number, text) in enumerate(parsed):
        if index not in used and similarity(expected, text) >= SIMILARITY:
            return number
    return None


def totals(results: list[DocumentResult]) -> dict[str, Any]:
    """The corpus-wide figures."""
    expected = sum(r.expected for r in results)
    found = sum(r.found for r in results)
    right = sum(r.right for r in results)
    complete = sum(r.complete for r in results)
    seconds = sum(r.parse_seconds for r in results)
    return {
        "documents": len(results),
        "errors": [r.answer for r in results if r.error],
        "expected": expected,
        "found": found,
        "right": right,
        "exact": sum(r.exact for r in results),
        "recall": right / expected if expected else 0.0,
        "precision": right / found if found else 0.0,
        "complete": complete,
        "mismatch_kinds": {
            kind: sum(m.kind == kind for r in results for m in r.mismatches)
            for kind in MISMATCH_KINDS
        },
        "complete_share": complete / len(results) if results else 0.0,
        "unanswered": [f"{r.answer}:{n}" for r in results for n in r.unanswered],
        "inquiry_from_text": [r.answer for r in results if r.inquiry_from_text],
        "parse_seconds": seconds,
        "documents_per_second": len(results) / seconds if seconds else 0.0,
    }


def problems(result: DocumentResult) -> str:
    """A short description of what is wrong in one document."""
    if result.error:
        return result.error.splitlines()[0][:120]
    parts = []
    for kind in MISMATCH_KINDS:
        items = [_mismatch_label(m) for m in result.mismatches if m.kind == kind]
        if items:
            parts.append(f"{kind} {_compact(items)}")
    if result.extra:
        parts.append(f"extra {_compact(result.extra)}")
    if result.inquiry_from_text:
        parts.append("no metadata.inquiry")
    if result.unanswered:
        parts.append(f"no answer {_compact(result.unanswered)}")
    return "; ".join(parts)


def _mismatch_label(mismatch: Mismatch) -> str:
    if mismatch.kind == "renumbered":
        return f"{mismatch.number}→{mismatch.found_as}"
    if mismatch.kind == "missing":
        return mismatch.number
    return f"{mismatch.number}({mismatch.similarity:.2f})"


def _compact(items: list[str], limit: int = 8) -> str:
    shown = ",".join(items[:limit])
    return shown + (f",…(+{len(items) - limit})" if len(items) > limit else "")
