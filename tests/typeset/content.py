"""What goes into the body of an answer, in printed order: a ``Document`` as styled paragraphs.

The wording is that of ``drucksache.render``, so that a typeset PDF and a rendered text carry
the same content: the askers' preamble (question type), the government's preamble (answer
type), then per answer the questions it covers (question type, hanging numbers) followed by
the answer (answer type), which opens with its grouping sentence.  Where the spans of a parsed
document tell where its source printed each question, the questions stand there (as in the
real answers, which ``render`` cannot always reproduce); else in ``render``'s order.  After the
last answer come the annexes, each a heading line and its text (answer type), or its text
around the heading it holds (``render.annex_parts``); where the imprint stood before them, they
open a new page (``Paragraph.new_page``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from drucksache.annexes import MAX_HEADING_LINES, TITLE_RUNS_ON
from drucksache.models import Document, Question
from drucksache.render import annex_parts, imprint_before_annexes

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
    new_page: bool = False
    """Opens a new page: the first annex, where the imprint stood before the annexes, as a
    Bundestag print has it (the imprint at the foot of the last answer's page)."""


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
    return out + _annexes(doc)


def _annexes(doc: Document) -> list[Paragraph]:
    """The annexes after the last answer, as ``render`` prints them."""
    out: list[Paragraph] = []
    for index in range(len(doc.annexes)):
        before, title, after = annex_parts(doc, index)
        out += [*_plain(before, styles.BODY), *_annex_heading(title), *_plain(after, styles.BODY)]
    if out and imprint_before_annexes(doc):
        out[0] = dataclasses.replace(out[0], new_page=True)
    return out


def _annex_heading(title: str) -> list[Paragraph]:
    """An annex heading on as few lines as fit its measure, up to the parser's
    ``MAX_HEADING_LINES``: each line but the last ends with a word after which a title runs on
    ("… des Abgeordneten" / "Martin Hess …", ``TITLE_RUNS_ON``), as the parser reads a heading
    over several lines; where no such word allows a break the line runs into the margin."""
    style = styles.ANNEX_HEADING
    words = title.split()

    def fits(first: int, stop: int) -> bool:
        return fonts.width(" ".join(words[first:stop]), style.font, style.size) <= style.measure

    lines: list[str] = []
    start = 0
    while len(lines) < MAX_HEADING_LINES - 1 and not fits(start, len(words)):
        breaks = [
            k
            for k in range(start + 1, len(words))
            if words[k - 1] in TITLE_RUNS_ON and fits(start, k)
        ]
        if not breaks:
            break
        lines.append(" ".join(words[start : breaks[-1]]))
        start = breaks[-1]
    lines.append(" ".join(words[start:]))
    return [Paragraph(lines[0], style)] + [
        Paragraph(line, styles.ANNEX_HEADING_GOES_ON) for line in lines[1:]
    ]


def _answers(doc: Document) -> Iterator[Paragraph]:
    by_number = {q.number: q for q in doc.questions}
    if _printed_order_known(doc):
        yield from _in_printed_order(doc, by_number)
    else:
        yield from _in_answer_order(doc, by_number)


def _printed_order_known(doc: Document) -> bool:
    """Whether the spans tell the order in which the source printed questions and answers:
    answers one after another, every sub-question after its question's start.  A parsed
    document has such spans; a hand-built one need not."""
    answers = [answer.span.start for answer in doc.answers]
    return all(a < b for a, b in itertools.pairwise(answers)) and all(
        part.span.start > question.span.start
        for question in doc.questions
        for part in question.parts
    )


def _in_printed_order(doc: Document, by_number: dict[str, Question]) -> Iterator[Paragraph]:
    # Each question and sub-question where the source printed it: before the first answer that
    # stands after it.  That keeps a question printed after the group that names it (21/856:
    # "Die Fragen 6, 7 und 12 …" before question 12), a sub-question printed after an answer
    # to its lead (21/2237) and a question no answer names (21/496) in their places.
    items = sorted(_printed_items(doc), key=lambda item: item[0])
    done: dict[str, set[str]] = {}  # per question: "" for the lead, then the part labels
    since: set[str] = set()  # numbers printed since the last answer
    at = 0
    for answer in doc.answers:
        while at < len(items) and items[at][0] < answer.span.start:
            _, question, labels = items[at]
            yield from _question(question, done.setdefault(question.number, set()), labels)
            since.update({question.number} | {question.number + label for label in labels})
            at += 1
        if answer.grouping:
            yield from _plain(answer.grouping, styles.BODY)
        else:
            yield from _reprinted(answer.questions, since, by_number, done)
        since = set()
        yield from _plain(answer.text, styles.BODY)
    for _, question, labels in items[at:]:
        yield from _question(question, done.setdefault(question.number, set()), labels)


def _printed_items(doc: Document) -> Iterator[tuple[int, Question, set[str]]]:
    """(where it stands, question, part labels) for each question's start and each later part.

    A question without a lead ("18. a) Welche …") starts with its first part."""
    for question in doc.questions:
        parts = list(question.parts)
        first = {parts.pop(0).label} if parts and not _lead(question) else set()
        yield question.span.start, question, first
        for part in parts:
            yield part.span.start, question, {part.label}


def _reprinted(
    numbers: tuple[str, ...],
    since: set[str],
    by_number: dict[str, Question],
    done: dict[str, set[str]],
) -> Iterator[Paragraph]:
    """Questions an answer names that were printed before an earlier answer only, again.

    An answer without a grouping sentence answers just the questions printed since the answer
    before it, so a question it names from further back was printed a second time (once with a
    group, again alone; or again above an annex's table: 21/1136, 21/495).  A parse keeps the
    first print only."""
    for number in numbers:
        question = by_number.get(number)
        if question is not None and number not in since and "" in done.get(number, ()):
            inline = {p.label for p in question.parts if p.span.start < question.span.end}
            yield from _question(question, set(), inline)


def _in_answer_order(doc: Document, by_number: dict[str, Question]) -> Iterator[Paragraph]:
    # Without usable spans: each answer after the questions it covers, its grouping sentence
    # first; questions nobody answers last.  Parts answered on their own ("1", then "1a", then
    # "1b") stand right before their answers, as the real answers interleave them (render
    # prints the whole question once, which no reader can split again); the rest of a question
    # goes with its number.
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
    text = _lead(question)
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


def _lead(question: Question) -> str:
    """The question's text before its first part (``Question.text`` holds the parts too)."""
    text = question.text
    if question.parts:
        cut = text.find(f"{question.parts[0].label}) ")
        text = text[:cut].rstrip() if cut >= 0 else text
    return text


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
