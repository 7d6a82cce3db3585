"""Stage 3: the body lines to a ``Segmentation`` (preambles, questions, answers as line ranges).

Nothing in a DIP text marks what is question and what is answer (the PDF sets questions in a
smaller type, which the text loses).  A question is therefore recognised by its shape: a line
that starts with a number ("1. Wie …", " 1." for 1–9), running to a line that ends in a question
mark, then any sub-questions "a) …?" and further paragraphs that are themselves questions
("Wenn ja, …?"), or, printed apart, each followed by its answer (``part_ends.py``: where
such a part ends).  A PDF front end that knows the type size passes ``question_type`` per line,
and that decides wherever it is known.  The tests asked of single lines are in
``question_lines.py``; here they are put together into questions, their detached sub-questions,
preambles and answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from . import regexes as rx
from .annexes import AnnexBlock, annexes_after
from .grouping import Grouping, base_number, find_grouping
from .header import Kind
from .part_ends import PartEnd, ends_question, ends_sentence, part_end, reprinted_part
from .question_lines import Block, BodyLines


@dataclass(frozen=True, slots=True)
class QuestionBlock:
    number: str
    block: Block
    parts: tuple[tuple[str, Block], ...] = ()
    detached: tuple[tuple[str, Block], ...] = ()
    """Sub-questions printed apart, each after the answer to the one before (or a few together,
    answered jointly), in the order of their letters."""
    reprints: tuple[tuple[str, Block], ...] = ()
    """Sub-questions of other questions reprinted right after this one, to be answered with it
    (" 15. …?" / "18 g) …?" / "… werden Fragen 15 und 18 g gemeinsam beantwortet:"), by their
    full numbers ("18g")."""

    def units(self) -> list[tuple[str, Block]]:
        """What is printed before an answer: the question, then each detached sub-question.

        With sub-questions printed apart, the first answer answers the question up to its
        last sub-question printed with it: ' 1. …?' / 'a) …?' / answer → '1a'.
        """
        first = self.number
        if self.detached and self.parts:
            first += self.parts[-1][0]
        return [
            (first, self.block),
            *((self.number + label, block) for label, block in self.detached),
            *self.reprints,
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
    page_heads: list[Block] = field(default_factory=list)
    """Annex page furniture for the pipeline to take out (``annexes.annexes_after``)."""
    notes: list[Note] = field(default_factory=list)


def segment(
    texts: Sequence[str],
    kind: Kind,
    question_type: Sequence[bool | None] | None = None,
    x0: Sequence[float | None] | None = None,
    imprint: int | None = None,
) -> Segmentation:
    """Find preambles, questions and answers in the body lines.

    ``question_type`` counts only where some line is in question type: a Kleine Anfrage
    prints its questions in body type, and then the text heuristics decide.  The last answer
    ends at the body line ``imprint``, if given, where the imprint stood (``annexes.py``).
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
    result.notes += [
        Note(
            "duplicate_question",
            f"sub-question {reprint} is printed again after question {question.number}, to be "
            "answered with it (the text kept is its question's)",
            block.start,
        )
        for question in result.questions
        for reprint, block in question.reprints
    ]
    if kind == "antwort":
        # Annexes follow the answers: looked for after the last question only (a question
        # printed again, as an annex may reprint it, is no question of its own).
        last = max((b.end for q in result.questions for _, b in q.units()), default=end)
        result.annexes, result.page_heads = annexes_after(texts, last, end, imprint)
        stop = result.annexes[0].start if result.annexes else end
        asked = [q for q in questions if q.block.start < stop]
        result.answers = _answers(lines, asked, stop, result.notes)
    return result


def _find_questions(lines: BodyLines, start: int, end: int) -> list[QuestionBlock]:
    found: list[QuestionBlock] = []
    resume = start
    # Questions printed in a group after an open question whose parts follow the group's
    # answer: found in their turn although the open question's parts lie beyond them.
    passed: set[int] = set()
    claimed: set[int] = set()  # the first lines of sub-questions given to a question
    apart = _Apart(lines, end, claimed)
    for i in lines.marked_between(start, end):
        if i < resume and i not in passed:
            continue  # inside the last question or its detached sub-questions
        number = lines.start_number(i)
        stop = lines.question_end(i, end, _next_number(found)) if number else None
        if number is None or stop is None:
            continue
        block = Block(i, stop)
        parts = lines.parts(block)
        last = parts[-1][0] if parts else None
        reprints = _reprints(lines, number, stop, end)
        after_reprints = reprints[-1][1].end if reprints else stop
        ends = part_end(lines.texts[stop - 1])
        detached, after, group = apart.search(after_reprints, last, ends)
        passed.update(group)
        claimed.update(part.start for _, part in detached)
        resume = max(resume, after)
        found.append(QuestionBlock(number, block, parts, detached, reprints))
    return found


def _reprints(lines: BodyLines, number: str, i: int, end: int) -> tuple[tuple[str, Block], ...]:
    """Sub-questions of other questions reprinted from line ``i`` on, right after question
    ``number``, each ending with its question mark."""
    found: list[tuple[str, Block]] = []
    while i < end and (match := reprinted_part(lines.texts[i])) is not None:
        if match["number"] == base_number(number):
            break
        stop = lines.sub_question_end(i, end)
        if stop is None:
            break
        found.append((match["number"] + match["label"], Block(i, stop)))
        i = stop
    return tuple(found)


def _next_number(found: list[QuestionBlock]) -> int | None:
    if not found:
        return 1
    return int(base_number(found[-1].number)) + 1


@dataclass(frozen=True, slots=True)
class _Apart:
    """The search for a question's sub-questions printed after an answer."""

    lines: BodyLines
    end: int
    claimed: set[int]

    def search(
        self, i: int, last_label: str | None, ends: PartEnd
    ) -> tuple[tuple[tuple[str, Block], ...], int, list[int]]:
        """The sub-questions printed apart after line ``i`` (each ending as ``ends`` says), up to
        the next question, in the order of their letters; where to go on; and the questions of
        a group passed over.

        A question left open ("… Fotografen entweder") may be printed in a group with the next
        ones, answered jointly, and its parts follow that answer: the group is passed over,
        but only if the parts found finish the open sentence with a question mark.  Parts
        answered jointly are printed together, out of order ("a) …?" / "c) …?" / answer /
        "b) …?"): a part printed right after the one before may skip one letter.
        """
        lines = self.lines
        first = "a" if last_label is None else chr(ord(last_label) + 1)
        opened = not ends_sentence(lines.texts[i - 1])
        detached: list[tuple[str, Block]] = []
        group: list[int] = []
        resume = position = i
        for j in lines.marked_between(i, self.end):  # other lines start nothing
            if j < position or j in self.claimed:
                continue
            if lines.start_number(j) and (stop := lines.question_end(j, self.end, None)):
                if opened and j == position and not detached:
                    position = stop  # a question printed in a group with the open one
                    group.append(j)
                    continue
                if not _continues_letters(lines, Block(j, stop), _next_label(first, detached)):
                    break
                continue  # a numbered list in the answer ("2. Die … prüft …." / "c) …?")
            part = self._part(j, first, detached, ends)
            if part is not None:
                detached.append(part)
                resume = part[1].end
        if group and not (detached and ends_question(lines.texts[resume - 1])):
            return (), i, []
        return tuple(sorted(detached)), resume, group

    def _part(
        self, j: int, first: str, detached: list[tuple[str, Block]], ends: PartEnd
    ) -> tuple[str, Block] | None:
        """The sub-question at line ``j`` if it is the open question's next one."""
        match = self.lines.sub_question(j)
        if match is None or self.lines.question_type[j] is False:
            return None
        label, expected = match["label"], _next_label(first, detached)
        together = bool(detached) and detached[-1][1].end == j
        if label != expected and not (together and label == chr(ord(expected) + 1)):
            return None
        stop = self.lines.sub_question_end(j, self.end, ends)
        return None if stop is None else (label, Block(j, stop))


def _next_label(first: str, detached: list[tuple[str, Block]]) -> str:
    """The first letter from ``first`` on that no part printed apart has taken yet."""
    taken = {label for label, _ in detached}
    label = first
    while label in taken:
        label = chr(ord(label) + 1)
    return label


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
