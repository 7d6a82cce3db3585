"""Stage 3: the body lines to a ``Segmentation`` (preambles, questions, answers as line ranges).

Nothing in a DIP text marks what is question and what is answer (the PDF sets questions in a
smaller type, which the text loses).  A question is therefore recognised by its shape: a line
that starts with a number ("1. Wie …", " 1." for 1–9), running to a line that ends in a question
mark, then any sub-questions "a) …?" and further paragraphs that are themselves questions
("Wenn ja, …?").  A PDF front end that knows the type size passes ``question_type`` per line,
and that decides wherever it is known.  The tests asked of single lines are in
``question_lines.py``; here they are put together into questions, their detached sub-questions,
preambles and answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from . import regexes as rx
from .annexes import AnnexBlock, find_annexes
from .grouping import Grouping, base_number, find_grouping
from .header import Kind
from .question_lines import Block, BodyLines, part_end


@dataclass(frozen=True, slots=True)
class QuestionBlock:
    number: str
    block: Block
    parts: tuple[tuple[str, Block], ...] = ()
    detached: tuple[tuple[str, Block], ...] = ()
    """Sub-questions printed apart, each after the answer to the one before."""

    def units(self) -> list[tuple[str, Block]]:
        """What is printed before an answer: the question, then each detached sub-question.

        With sub-questions printed apart, the first answer answers the question up to its
        last sub-question printed with it: ' 1. …?' / 'a) …?' / answer → '1a'.
        """
        first = self.number
        if self.detached and self.parts:
            first += self.parts[-1][0]
        return [(first, self.block)] + [
            (self.number + label, block) for label, block in self.detached
        ]


@dataclass(frozen=True, slots=True)
class AnswerBlock:
    questions: tuple[str, ...]
    block: Block
    grouping: Grouping | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A warning found while segmenting, placed at a body line."""

    code: str
    message: str
    line: int | None = None


@dataclass(slots=True)
class Segmentation:
    preamble: Block | None = None
    government_preamble: Block | None = None
    questions: list[QuestionBlock] = field(default_factory=list)
    answers: list[AnswerBlock] = field(default_factory=list)
    annexes: list[AnnexBlock] = field(default_factory=list)
    """Annexes after the last answer (``annexes.py``); the answers end at the first."""
    notes: list[Note] = field(default_factory=list)


def segment(
    texts: Sequence[str],
    kind: Kind,
    question_type: Sequence[bool | None] | None = None,
    x0: Sequence[float | None] | None = None,
) -> Segmentation:
    """Find preambles, questions and answers in the body lines.

    ``question_type`` counts only where some line is in question type: a Kleine Anfrage
    prints its questions in body type, and then the text heuristics decide.
    """
    if question_type is None or True not in question_type:
        question_type = [None] * len(texts)
    lines = BodyLines(texts, question_type, x0)
    result = Segmentation()
    start, end = 0, len(texts)
    if kind == "kleine_anfrage":
        ask = next((i for i, t in enumerate(texts) if rx.WIR_FRAGEN.match(t)), None)
        if ask is not None:
            if ask > 0:
                result.preamble = Block(0, ask)
            start = ask + 1
        end = next((i for i in range(start, end) if rx.BERLIN_DEN.match(texts[i])), end)
    questions = _find_questions(lines, start, end)
    first = questions[0].block.start if questions else end
    if kind == "antwort":
        _preambles(texts, first, result)
    result.questions = _unique(questions, texts, result.notes)
    if kind == "antwort":
        # Annexes follow the answers: looked for after the last question only (a question
        # printed again, as an annex may reprint it, is no question of its own).
        last = max((b.end for q in result.questions for _, b in q.units()), default=end)
        result.annexes = find_annexes(texts, last, end)
        stop = result.annexes[0].heading if result.annexes else end
        asked = [q for q in questions if q.block.start < stop]
        result.answers = _answers(lines, asked, stop, result.notes)
    return result


def _find_questions(lines: BodyLines, start: int, end: int) -> list[QuestionBlock]:
    found: list[QuestionBlock] = []
    resume = start
    for i in lines.marked_between(start, end):
        if i < resume:
            continue  # inside the last question or its detached sub-questions
        number = lines.start_number(i)
        stop = lines.question_end(i, end, _next_number(found)) if number else None
        if number is None or stop is None:
            continue
        block = Block(i, stop)
        parts = lines.parts(block)
        last = parts[-1][0] if parts else None
        detached, resume = _detached_parts(lines, stop, end, last, part_end(lines.texts[stop - 1]))
        found.append(QuestionBlock(number, block, parts, detached))
    return found


def _next_number(found: list[QuestionBlock]) -> int | None:
    if not found:
        return 1
    return int(base_number(found[-1].number)) + 1


def _detached_parts(
    lines: BodyLines, i: int, end: int, last_label: str | None, ends: regex.Pattern[str]
) -> tuple[tuple[tuple[str, Block], ...], int]:
    """Sub-questions printed after an answer, up to the next question; and where to go on."""
    detached: list[tuple[str, Block]] = []
    label = "a" if last_label is None else chr(ord(last_label) + 1)
    resume = i
    for j in lines.marked_between(i, end):  # other lines start nothing
        if lines.start_number(j) and (stop := lines.question_end(j, end, None)) is not None:
            if not _continues_letters(lines, Block(j, stop), label):
                break
            continue  # a numbered list in the answer ("2. Die … prüft …." / "c) …?")
        match = lines.sub_question(j)
        if match is None or match["label"] != label or lines.question_type[j] is False:
            continue
        stop = lines.sub_question_end(j, end, ends)
        if stop is None:
            continue
        detached.append((label, Block(j, stop)))
        label = chr(ord(label) + 1)
        resume = stop
    return tuple(detached), resume


def _continues_letters(lines: BodyLines, block: Block, label: str) -> bool:
    """Whether a numbered line that seems to open a question is an item of a list in an answer,
    its "question" being the open question's next sub-question ("b) …?" / answer with "1. …" /
    "2. …" / "c) …?"): a new question's parts begin at a), so a first part that continues the
    open question's letters past a) belongs to that question."""
    if label == "a":
        return False  # no part printed apart yet (most questions): nothing to continue
    parts = lines.parts(block)
    return bool(parts) and parts[0][0] == label


def _preambles(texts: Sequence[str], first_question: int, result: Segmentation) -> None:
    heads = {
        i: "government" if rx.PREAMBLE_GOVERNMENT.match(texts[i]) else "askers"
        for i in range(first_question)
        # Both patterns need the word: a cheap test first, asked of every line before a question.
        if "Vorbemerkung" in texts[i]
        and (rx.PREAMBLE_GOVERNMENT.match(texts[i]) or rx.PREAMBLE_ASKERS.match(texts[i]))
    }
    # A head of the same kind again is a sub-heading of the preamble that runs on ("Vorbemerkung
    # der Bundesregierung" / "Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4" / … "zu
    # den Fragen 5 bis 8"): its line stays in the text.
    found = sorted(heads)
    order = [
        i
        for before, i in zip([None, *found], found, strict=False)
        if before is None or heads[before] != heads[i]
    ]
    first = order[0] if order else first_question
    if (not order or heads[first] == "government") and any(t.strip() for t in texts[:first]):
        result.preamble = Block(0, first)  # the askers' preamble reprinted without its heading
    for k, i in enumerate(order):
        stop = order[k + 1] if k + 1 < len(order) else first_question
        block = Block(i + 1, stop)
        if block.end <= block.start:
            continue
        if heads[i] == "government":
            result.government_preamble = block
        else:
            result.preamble = block


def _unique(
    questions: list[QuestionBlock], texts: Sequence[str], notes: list[Note]
) -> list[QuestionBlock]:
    """Each number once: a question reprinted later (once per ministry) is not a new question."""
    seen: dict[str, QuestionBlock] = {}
    for question in questions:
        if question.number in seen:
            notes.append(
                Note(
                    "duplicate_question",
                    f"question {question.number} is printed more than once",
                    question.block.start,
                )
            )
            continue
        seen[question.number] = question
    return list(seen.values())


def _answers(
    lines: BodyLines, questions: list[QuestionBlock], end: int, notes: list[Note]
) -> list[AnswerBlock]:
    units = sorted(
        (unit for question in questions for unit in question.units()), key=lambda u: u[1].start
    )
    # What a range in a grouping sentence runs through: the questions and parts printed.
    known = tuple(
        question.number + label
        for question in questions
        for label in ("", *(label for label, _ in question.parts + question.detached))
    )
    by_number = {q.number: q for q in questions}
    answers: list[AnswerBlock] = []
    pending: list[str] = []
    unnamed: list[tuple[str, int]] = []
    for k, (number, block) in enumerate(units):
        stop = units[k + 1][1].start if k + 1 < len(units) else end
        pending.append(number)
        if stop <= block.end:
            continue  # printed one after another: a group, answered after its last question
        region = Block(block.end, stop)
        grouping = find_grouping(" ".join(lines.texts[region.start : region.start + 4]), known)
        numbers = tuple(dict.fromkeys(pending))
        if grouping is not None:
            numbers = _grouped(grouping, numbers, units[k + 1 :], region.start, notes)
            printed = [by_number[n] for n in pending if n in by_number]
            unnamed += _unnamed_parts(grouping, printed)
        answers.append(AnswerBlock(numbers, region, grouping))
        pending = []
    _note_unanswered(unnamed, answers, notes)
    return answers


def _grouped(
    grouping: Grouping,
    printed: tuple[str, ...],
    later: Sequence[tuple[str, Block]],
    line: int,
    notes: list[Note],
) -> tuple[str, ...]:
    """The questions an answer with a grouping sentence covers: those the sentence names.

    Where the sentence disagrees with the questions printed before it, a warning; and where it
    leaves out a question printed before it and names one printed after it, with an answer of
    its own, it has a wrong number ("2 und 4" after questions 2 and 3): the printed ones count.
    """
    named = {base_number(n) for n in grouping.numbers}
    bases = {base_number(n) for n in printed}
    if named == bases:
        return grouping.numbers
    notes.append(
        Note(
            "ambiguous_grouping",
            f"the grouping sentence names questions {', '.join(grouping.numbers)}; "
            f"the questions printed before it are {', '.join(printed)}",
            line,
        )
    )
    if bases - named and named & {base_number(n) for n, _ in later}:
        return printed
    return grouping.numbers


def _unnamed_parts(grouping: Grouping, printed: list[QuestionBlock]) -> list[tuple[str, int]]:
    """Sub-questions printed with their question before a grouping sentence that names some of
    its parts but not these ("4 bis 5b" after 5 a)–e)), with the line each starts on."""
    out: list[tuple[str, int]] = []
    for question in printed:
        parts = [(question.number + label, block.start) for label, block in question.parts]
        named = sum(number in grouping.numbers for number, _ in parts)
        if 0 < named < len(parts):
            out += [(number, line) for number, line in parts if number not in grouping.numbers]
    return out


def _note_unanswered(
    unnamed: list[tuple[str, int]], answers: list[AnswerBlock], notes: list[Note]
) -> None:
    """A warning per question whose parts left out of a grouping sentence no answer names."""
    answered = {number for answer in answers for number in answer.questions}
    by_question: dict[str, list[tuple[str, int]]] = {}
    for number, line in unnamed:
        if number not in answered:
            by_question.setdefault(base_number(number), []).append((number, line))
    for question, parts in by_question.items():
        numbers = ", ".join(number for number, _ in parts)
        message = (
            f"sub-question(s) {numbers} printed, but neither the grouping sentence after them "
            f"(which names other parts of question {question}) nor any other answer names them"
        )
        notes.append(Note("part_without_answer", message, parts[0][1]))
