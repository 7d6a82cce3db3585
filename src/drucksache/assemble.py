"""Stage 4: line ranges to the ``Document``: spans, texts, languages, references, warnings.

The cleaned text is the kept lines joined by newlines; every span is computed from the line
offsets, never by searching the text again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from . import regexes as rx
from .clean import CleanLines
from .header import Header
from .language import detect_language
from .lines import SourceLine
from .models import (
    Answer,
    Document,
    Footnote,
    Metadata,
    PageRange,
    ParseWarning,
    Question,
    QuestionPart,
    Removed,
    Segment,
    Span,
    WarningCode,
)
from .references import Context, find_references
from .segment import AnswerBlock, Block, QuestionBlock, Segmentation

QUESTION_LABEL = regex.compile(r"^\s*\d{1,3}[a-z]?\.\s+")
PART_LABEL = regex.compile(r"^\s*(?:\d{1,3}[a-z]?\.\s+)?[a-z]\)\s+")


class _Text:
    """The cleaned text with its line offsets, shifted to the body."""

    def __init__(self, cleaned: CleanLines, body_start: int) -> None:
        self.lines = cleaned.lines
        self.body = body_start
        self.offsets: list[int] = []
        pos = 0
        for line in self.lines:
            self.offsets.append(pos)
            pos += len(line.text) + 1
        self.text = "\n".join(line.text for line in self.lines)

    def span(
        self, block: Block, label: regex.Pattern[str] | None = None, skip_chars: int = 0
    ) -> Span:
        first, last = block.start + self.body, block.end - 1 + self.body
        line = self.lines[first].text
        lead = len(line) - len(line.lstrip())
        if label is not None and (m := label.match(line)):
            lead = m.end()
        start = self.offsets[first] + max(lead, skip_chars)
        end = self.offsets[last] + len(self.lines[last].text.rstrip())
        return Span(start=start, end=max(start, end))

    def segment_fields(self, block: Block, **kwargs: object) -> dict[str, object]:
        span = self.span(block, **kwargs)  # type: ignore[arg-type]
        text = " ".join(self.text[span.start : span.end].split())
        sources = [line.source for line in self.lines[block.start + self.body : block.end + self.body]]
        return {"text": text, "span": span, "language": detect_language(text), "pages": _pages(sources)}

    def line_span(self, body_line: int | None) -> Span | None:
        if body_line is None:
            return None
        index = min(body_line + self.body, len(self.lines) - 1)
        start = self.offsets[index]
        return Span(start=start, end=start + len(self.lines[index].text))


def _pages(sources: Sequence[SourceLine]) -> PageRange | None:
    pages = [s.page for s in sources if s.page is not None]
    return PageRange(first=min(pages), last=max(pages)) if pages else None


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
    numbers = frozenset(
        [q.number for q in questions] + [f"{q.number}{p.label}" for q in questions for p in q.parts]
    )
    skip = [a.span_grouping for a in _grouping_spans(text, segmentation.answers)]
    if header.drucksache is not None and text.lines:
        skip.append(Span(start=0, end=len(text.lines[0].text)))
    references = find_references(
        text.text,
        Context(numbers, preamble is not None, government is not None, tuple(skip)),
    )
    warnings = [
        ParseWarning(code=note.code, message=note.message, span=text.line_span(note.line))  # type: ignore[arg-type]
        for note in segmentation.notes
    ]
    warnings += _check(questions, answers, header, references)
    return Document(
        metadata=_metadata(header),
        preamble=preamble,
        government_preamble=government,
        questions=questions,
        answers=answers,
        references=references,
        footnotes=tuple(footnotes),
        removed=_removed(text, cleaned),
        warnings=tuple(warnings),
        text=text.text,
    )


def _metadata(header: Header) -> Metadata:
    return Metadata(
        drucksache=header.drucksache,
        wahlperiode=header.wahlperiode,
        date=header.date,
        kind=header.kind,
        inquiry=header.inquiry,
        title=header.title,
        askers=header.askers,
        fraktionen=header.fraktionen,
        ministry=header.ministry,
        transmitted=header.transmitted,
    )


def _plain(text: _Text, block: Block | None) -> Segment | None:
    if block is None:
        return None
    return Segment(**text.segment_fields(block))  # type: ignore[arg-type]


def _question(text: _Text, question: QuestionBlock) -> Question:
    fields = text.segment_fields(question.block, label=QUESTION_LABEL)
    fields["span"] = text.span(question.block)
    parts = tuple(
        QuestionPart(label=label, **text.segment_fields(block, label=PART_LABEL))  # type: ignore[arg-type]
        for label, block in question.parts + question.detached
    )
    detached = parts[len(question.parts) :]
    if detached:
        # Sub-questions printed apart still belong to the question's text.
        fields["text"] = " ".join([str(fields["text"])] + [f"{p.label}) {p.text}" for p in detached])
    return Question(number=question.number, parts=parts, **fields)  # type: ignore[arg-type]


class _GroupingSpan:
    def __init__(self, span_grouping: Span) -> None:
        self.span_grouping = span_grouping


def _grouping_spans(text: _Text, answers: Sequence[AnswerBlock]) -> list[_GroupingSpan]:
    out = []
    for answer in answers:
        if answer.grouping is not None:
            start = text.offsets[answer.block.start + text.body]
            out.append(_GroupingSpan(Span(start=start, end=start + answer.grouping.end)))
    return out


def _answer(text: _Text, answer: AnswerBlock) -> Answer:
    skip = answer.grouping.end if answer.grouping else 0
    if skip:
        line = text.offsets[answer.block.start + text.body]
        rest = text.text[line + skip : text.offsets[answer.block.end - 1 + text.body]]
        skip += len(rest) - len(rest.lstrip())
    fields = text.segment_fields(answer.block, skip_chars=skip)
    grouping = answer.grouping.sentence if answer.grouping else None
    return Answer(questions=answer.questions, grouping=grouping, **fields)  # type: ignore[arg-type]


def _removed(text: _Text, cleaned: CleanLines) -> tuple[Removed, ...]:
    numbers = [line.source.number for line in text.lines]
    out = []
    for pending in cleaned.removed:
        index = bisect_left(numbers, pending.anchor)
        at = text.offsets[index] if index < len(numbers) else len(text.text)
        out.append(
            Removed(reason=pending.reason, text=pending.text, line=pending.line, page=pending.page, at=at)
        )
    return tuple(sorted(out, key=lambda r: (r.at, r.line or 0)))


def _warning(code: WarningCode, message: str, span: Span | None = None) -> ParseWarning:
    return ParseWarning(code=code, message=message, span=span)


def _check(
    questions: Sequence[Question],
    answers: Sequence[Answer],
    header: Header,
    references: Sequence[object],
) -> list[ParseWarning]:
    out: list[ParseWarning] = []
    if not questions:
        out.append(_warning("no_questions", "no numbered questions found"))
    numbers = {q.number for q in questions}
    bases = sorted({int(rx.NUMBER_TOKEN.match(n)[1]) for n in numbers if rx.NUMBER_TOKEN.match(n)})  # type: ignore[index]
    if bases:
        missing = sorted(set(range(1, bases[-1] + 1)) - set(bases))
        if missing:
            out.append(
                _warning("numbering_gap", f"questions {', '.join(map(str, missing))} are missing")
            )
    if header.kind == "antwort":
        covered = {n for a in answers for n in a.questions}
        covered |= {n.rstrip("abcdefghijklmnopqrstuvwxyz") for n in covered}
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
            unknown = [n for n in answer.questions if n.rstrip("abcdefghijklmnopqrstuvwxyz") not in numbers]
            if unknown:
                out.append(
                    _warning(
                        "answer_without_question",
                        f"an answer names question(s) {', '.join(unknown)}, not in the document",
                        answer.span,
                    )
                )
        if header.drucksache is not None and header.ministry is None:
            out.append(
                _warning("missing_metadata", "no page-1 note: ministry and date of transmission unknown")
            )
    return out
