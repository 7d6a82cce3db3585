"""Stage 4: line ranges to the ``Document``: spans, texts, languages, references, warnings.

The cleaned text is the kept lines joined by newlines; every span is computed from the line
offsets, never by searching the text again.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate, repeat
from typing import TypedDict

import regex

from .annexes import AnnexBlock
from .clean import CleanLines
from .grouping import base_number
from .header import Header
from .language import detect_language
from .models import (
    Annex,
    Answer,
    Document,
    Footnote,
    Metadata,
    PageRange,
    ParseWarning,
    Question,
    QuestionPart,
    Reference,
    Removed,
    Segment,
    Span,
    WarningCode,
)
from .question_lines import Block
from .references import Context, find_references
from .segment import AnswerBlock, QuestionBlock, Segmentation

QUESTION_LABEL = regex.compile(r"^\s*\d{1,3}[a-z]?\.\s+")
PART_LABEL = regex.compile(r"^\s*(?:\d{1,3}[a-z]?\.\s+)?[a-z]\)\s+")


_NUMBER = operator.attrgetter("number")


class _SegmentFields(TypedDict):
    """The fields every ``Segment`` has."""

    text: str
    span: Span
    language: str | None
    pages: PageRange | None


class _Text:
    """The cleaned text with its line offsets; block line numbers are relative to the body."""

    def __init__(self, cleaned: CleanLines, body_start: int) -> None:
        self.lines = cleaned.lines
        self.body = body_start
        texts = [line.text for line in self.lines]
        # Line i starts after the lines before it and their newlines (summed in C).
        self.offsets: list[int] = [0, *accumulate(map(operator.add, map(len, texts), repeat(1)))]
        self.offsets.pop()  # the end of the text, where no line starts
        self.text = "\n".join(texts)
        # Whether lines know their page (a PDF): a text's segments have no pages to look for.
        # (A list and a count in C: a generator over every line of a text costs twice that.)
        self.pages = [line.page for line in self.lines]
        self.paged = self.pages.count(None) < len(self.pages)

    def start_of(self, body_line: int) -> int:
        return self.offsets[body_line + self.body]

    def bounds(
        self, block: Block, label: regex.Pattern[str] | None = None, skip: int = 0
    ) -> tuple[int, int]:
        """Where a block's text is: from its first character (after ``label``, or ``skip``
        characters) to its last non-blank one."""
        first, last = block.start + self.body, block.end - 1 + self.body
        line = self.lines[first].text
        lead = len(line) - len(line.lstrip())
        if label is not None and (match := label.match(line)):
            lead = match.end()
        start = self.offsets[first] + max(lead, skip)
        end = self.offsets[last] + len(self.lines[last].text.rstrip())
        return start, max(start, end)

    def span(self, block: Block, label: regex.Pattern[str] | None = None, skip: int = 0) -> Span:
        """The span of a block's text (``bounds``)."""
        start, end = self.bounds(block, label, skip)
        return Span(start=start, end=end)

    def segment(self, block: Block, span: Span) -> _SegmentFields:
        """The fields of a segment of ``span``, with the pages of ``block``'s lines (fields,
        not a ``Segment``: questions, parts and answers are built from them directly)."""
        text, language, pages = self.content(block, span.start, span.end)
        return _SegmentFields(text=text, span=span, language=language, pages=pages)

    def content(
        self, block: Block, start: int, end: int
    ) -> tuple[str, str | None, PageRange | None]:
        """The folded text from ``start`` to ``end``, its language, and ``block``'s pages."""
        text = _fold_spaces(self.text[start:end])
        pages: list[int] = []
        if self.paged:
            block_pages = self.pages[block.start + self.body : block.end + self.body]
            pages = [page for page in block_pages if page is not None]
        pages_range = PageRange(first=min(pages), last=max(pages)) if pages else None
        return text, detect_language(text), pages_range

    def line_span(self, body_line: int | None) -> Span | None:
        if body_line is None or not self.lines:
            return None
        index = min(body_line + self.body, len(self.lines) - 1)
        start = self.offsets[index]
        return Span(start=start, end=start + len(self.lines[index].text))


def _fold_spaces(text: str) -> str:
    """``" ".join(text.split())``: white space runs folded to one space, none at either end.

    The lines of a segment mostly hold single spaces only: then the newlines between them
    become spaces and nothing else changes, which costs a fraction of splitting the text into
    its words and joining them again.  ``isprintable`` rules out every white space character
    but the space (the others are separators or control characters), so for a printable text
    folding its runs of spaces and stripping them at the ends returns exactly what the split
    returns.  Long answers with blank lines are the texts that have such runs: a replacement
    or two folds them without making a string of every word.
    """
    flat = text.replace("\n", " ")
    if not flat.isprintable():
        return " ".join(flat.split())
    while "  " in flat:
        flat = flat.replace("  ", " ")  # a run of n spaces becomes one of about n / 2
    return flat.strip(" ")


def assemble(
    cleaned: CleanLines,
    header: Header,
    segmentation: Segmentation,
    footnotes: Sequence[Footnote],
) -> Document:
    text = _Text(cleaned, header.body_start)
    preamble = _plain(text, segmentation.preamble)
    government = _plain(text, segmentation.government_preamble)
    questions = tuple(_question(text, q) for q in segmentation.questions)
    answers = tuple(_answer(text, a) for a in segmentation.answers)
    annexes = tuple(_annex(text, a) for a in segmentation.annexes)
    numbers = frozenset(
        [q.number for q in questions] + [f"{q.number}{p.label}" for q in questions for p in q.parts]
    )
    skip = [_grouping_span(text, a) for a in segmentation.answers if a.grouping is not None]
    if header.drucksache is not None and text.lines:
        skip.append(Span(start=0, end=len(text.lines[0].text)))  # the document's own number
    own = frozenset(n for n in (header.drucksache, header.inquiry) if n is not None)
    context = Context(numbers, preamble is not None, government is not None, (), own)
    references = find_references(text.text, replace(context, skip=tuple(skip)))
    notes = tuple(
        note.model_copy(update={"references": find_references(note.text, context)})
        for note in (*footnotes, *cleaned.footnotes)
    )
    warnings = [
        ParseWarning(code=note.code, message=note.message, span=text.line_span(note.line))
        for note in segmentation.notes
    ]
    warnings += _check(questions, answers, header, references)
    return Document(
        metadata=_metadata(header),
        preamble=preamble,
        government_preamble=government,
        questions=questions,
        answers=answers,
        annexes=annexes,
        references=references,
        footnotes=notes,
        removed=_removed(text, cleaned),
        warnings=tuple(warnings),
        text=text.text,
    )


def _metadata(header: Header) -> Metadata:
    """The header's fields are the metadata's, plus where the body starts."""
    return Metadata(**{name: getattr(header, name) for name in Metadata.model_fields})


def _plain(text: _Text, block: Block | None) -> Segment | None:
    return None if block is None else Segment(**text.segment(block, text.span(block)))


def _question(text: _Text, question: QuestionBlock) -> Question:
    # The lead's own span is not kept (the question's runs from its number): its bounds only.
    full, language, pages = text.content(
        question.block, *text.bounds(question.block, QUESTION_LABEL)
    )
    parts = tuple(
        QuestionPart(label=label, **text.segment(block, text.span(block, PART_LABEL)))
        for label, block in question.parts + question.detached
    )
    for part in parts[len(question.parts) :]:
        full += f" {part.label}) {part.text}"  # sub-questions printed apart still belong to it
    return Question(
        number=question.number,
        parts=parts,
        text=full,
        span=text.span(question.block),
        language=language,
        pages=pages,
    )


def _grouping_span(text: _Text, answer: AnswerBlock) -> Span:
    assert answer.grouping is not None
    start = text.start_of(answer.block.start)
    return Span(start=start, end=start + answer.grouping.end)


def _answer(text: _Text, answer: AnswerBlock) -> Answer:
    """The answer's span starts after its grouping sentence, which is kept in ``grouping``."""
    skip = 0
    if answer.grouping is not None:
        line = text.start_of(answer.block.start)
        rest = text.text[line + answer.grouping.end : line + answer.grouping.end + 200]
        skip = answer.grouping.end + len(rest) - len(rest.lstrip())
    body = text.segment(answer.block, text.span(answer.block, skip=skip))
    grouping = answer.grouping.sentence if answer.grouping else None
    return Answer(questions=answer.questions, grouping=grouping, **body)


def _annex(text: _Text, annex: AnnexBlock) -> Annex:
    """An annex's text is its lines after the heading; one with none (a heading right before
    the next, or at the end) is empty, placed at the end of its heading."""
    if annex.block.end > annex.block.start:
        fields = text.segment(annex.block, text.span(annex.block))
    else:
        heading = Block(annex.heading, annex.block.start)
        end = text.span(heading).end
        fields = text.segment(heading, Span(start=end, end=end))
    return Annex(title=annex.title, questions=annex.questions, **fields)


def _removed(text: _Text, cleaned: CleanLines) -> tuple[Removed, ...]:
    """Removed pieces, each placed at the offset of the first kept line after it."""
    out = []
    for pending in cleaned.removed:
        # Kept lines ascend by input line number: a bisection asks a few of them.
        index = bisect_left(text.lines, pending.anchor, key=_NUMBER)
        at = text.offsets[index] + pending.column if index < len(text.lines) else len(text.text)
        out.append(
            Removed(
                reason=pending.reason,
                text=pending.text,
                line=pending.line,
                page=pending.page,
                at=at,
            )
        )
    return tuple(sorted(out, key=lambda r: (r.at, r.line or 0)))


def _warning(code: WarningCode, message: str, span: Span | None = None) -> ParseWarning:
    return ParseWarning(code=code, message=message, span=span)


def _check(
    questions: Sequence[Question],
    answers: Sequence[Answer],
    header: Header,
    references: Sequence[Reference],
) -> list[ParseWarning]:
    """Warnings about the whole: no questions, gaps, questions and answers without partner."""
    out: list[ParseWarning] = []
    if not questions:
        out.append(_warning("no_questions", "no numbered questions found"))
    numbers = {q.number for q in questions}
    bases = {int(base_number(n)) for n in numbers}
    missing = sorted(set(range(1, max(bases, default=0) + 1)) - bases)
    if missing:
        out.append(
            _warning("numbering_gap", f"questions {', '.join(map(str, missing))} are missing")
        )
    for reference in references:
        if reference.kind in ("question", "preamble") and not reference.resolved:
            out.append(
                _warning(
                    "unresolved_reference",
                    f"{reference.text!r} points to nothing in this document",
                    reference.span,
                )
            )
    if header.kind == "antwort":
        out += _pairing(questions, answers, numbers)
    absent = [name for name in _expected_metadata(header.kind) if not getattr(header, name)]
    if absent:
        out.append(_warning("missing_metadata", f"not found in the text: {', '.join(absent)}"))
    return out


def _expected_metadata(kind: str) -> tuple[str, ...]:
    """The metadata every complete document of its kind shows."""
    shared = ("drucksache", "wahlperiode", "date", "title", "fraktionen")
    return (*shared, "inquiry", "ministry", "transmitted") if kind == "antwort" else shared


def _pairing(
    questions: Sequence[Question], answers: Sequence[Answer], numbers: set[str]
) -> list[ParseWarning]:
    out: list[ParseWarning] = []
    covered = {n for a in answers for n in a.questions}
    covered |= {base_number(n) for n in covered}
    for question in questions:
        if question.number not in covered:
            out.append(
                _warning(
                    "question_without_answer",
                    f"question {question.number} has no answer",
                    question.span,
                )
            )
    for answer in answers:
        unknown = [n for n in answer.questions if base_number(n) not in numbers]
        if unknown:
            out.append(
                _warning(
                    "answer_without_question",
                    f"an answer names question(s) {', '.join(unknown)}, not in the document",
                    answer.span,
                )
            )
    return out
