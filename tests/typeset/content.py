"""What goes into the body of an answer, in printed order: a ``Document`` as styled paragraphs.

The order and the wording are those of ``drucksache.render``, so that a typeset PDF and a
rendered text carry the same content: the askers' preamble (question type), the government's
preamble (answer type), then per answer the questions it covers (question type, hanging
numbers) followed by the answer (answer type), which opens with its grouping sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from drucksache.models import Document, Question

from . import fonts, styles
from .styles import Style

# Set letter-spaced (``styles.HEADING``), so that they read "V o r b e m e r k u n g  d e r …".
ASKERS_HEADING = "Vorbemerkung der Fragesteller"
GOVERNMENT_HEADING = "Vorbemerkung der Bundesregierung"


NO_BREAK_SPACE = fonts.NO_BREAK_SPACE
_DIGIT_GROUP = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the body."""

    text: str
    style: Style
    label: str | None = None
    """Hanging label on the first line: " 1." (figure space before 1–9) or "a)"."""
    keep_with_next: bool = False


def paragraphs(doc: Document) -> list[Paragraph]:
    """The body of ``doc`` in printed order."""
    out: list[Paragraph] = []
    if doc.preamble is not None:
        out.append(Paragraph(ASKERS_HEADING, styles.HEADING, keep_with_next=True))
        out.extend(_plain(doc.preamble.text, styles.PREAMBLE))
    if doc.government_preamble is not None:
        out.append(Paragraph(GOVERNMENT_HEADING, styles.HEADING, keep_with_next=True))
        out.extend(_plain(doc.government_preamble.text, styles.BODY))
    out.extend(_answers(doc))
    return out


def _answers(doc: Document) -> Iterator[Paragraph]:
    # Each answer after the questions it covers, its grouping sentence first; questions nobody
    # answers last.  Parts answered on their own ("1", then "1a", then "1b") stand right before
    # their answers, as the real answers interleave them (render prints the whole question
    # once, which no reader can split again); the rest of a question goes with its number.
    by_number = {q.number: q for q in doc.questions}
    separate = _answered_separately(doc, by_number)
    printed: dict[str, set[str]] = {}  # per question: "" for the lead, then the part labels
    for answer in doc.answers:
        for number in answer.questions:
            question = by_number.get(number) or by_number.get(_base(number))
            if question is not None:
                done = printed.setdefault(question.number, set())
                labels = _labels(question, number)
                if labels is None:
                    labels = {p.label for p in question.parts} - separate.get(
                        question.number, set()
                    )
                yield from _question(question, done, labels)
        if answer.grouping:
            yield from _plain(answer.grouping, styles.BODY)
        yield from _plain(answer.text, styles.BODY)
    for question in doc.questions:
        yield from _question(question, printed.setdefault(question.number, set()), None)


def _answered_separately(doc: Document, by_number: dict[str, Question]) -> dict[str, set[str]]:
    """Per question, the parts that an answer names without naming the whole question."""
    out: dict[str, set[str]] = {}
    for answer in doc.answers:
        for number in answer.questions:
            question = by_number.get(number) or by_number.get(_base(number))
            labels = _labels(question, number) if question is not None else None
            if question is not None and labels and question.number not in answer.questions:
                out.setdefault(question.number, set()).update(labels)
    return out


def _labels(question: Question, number: str) -> set[str] | None:
    """The parts that ``number`` names ("3b" → {"b"}); None for the whole question."""
    label = number[len(question.number) :]
    return {label} if label in {part.label for part in question.parts} else None


def _question(question: Question, done: set[str], labels: set[str] | None) -> Iterator[Paragraph]:
    """What is not yet printed of the question: its lead with the hanging number, then the
    parts "a) …" in ``labels`` (all if None).  ``done`` records what has been printed."""
    text = question.text
    if question.parts:
        # ``Question.text`` holds the parts too; the lead is what stands before "a) ".
        cut = text.find(f"{question.parts[0].label}) ")
        text = text[:cut].rstrip() if cut >= 0 else text
    parts = [
        p for p in question.parts if p.label not in done and (labels is None or p.label in labels)
    ]
    done.update(part.label for part in parts)
    if "" not in done:
        done.add("")
        first, *rest = _split_paragraphs(text) or ("",)
        if not first and parts:
            # No lead: "18. a) Welche …" opens with its first part, on the number's line.
            first, *rest = _split_paragraphs(f"{parts[0].label}) {parts[0].text}")
            parts = parts[1:]
        yield Paragraph(first, styles.QUESTION, label=number_label(question.number))
        yield from (Paragraph(more, styles.QUESTION) for more in rest)
    for part in parts:
        first, *rest = _split_paragraphs(part.text) or ("",)
        yield Paragraph(first, styles.PART, label=f"{part.label})")
        yield from (Paragraph(more, styles.PART) for more in rest)


def _plain(text: str, style: Style) -> Iterator[Paragraph]:
    for paragraph in _split_paragraphs(text):
        yield Paragraph(paragraph, style)


@lru_cache(maxsize=4096)
def _split_paragraphs(text: str) -> tuple[str, ...]:
    lines = (fonts.settable(" ".join(line.split())) for line in text.split("\n") if line.strip())
    # "1 000" stays on one line, its space unstretched: a no-break space, read back as " ".
    return tuple(
        _DIGIT_GROUP.sub(lambda m: m[0].replace(" ", NO_BREAK_SPACE), line) for line in lines
    )


def _base(number: str) -> str:
    return number.rstrip("abcdefghijklmnopqrstuvwxyz")


def number_label(number: str) -> str:
    """The printed number: a figure space pads 1–9 to the width of two digits."""
    return (fonts.FIGURE_SPACE if len(number) == 1 else "") + number + "."
