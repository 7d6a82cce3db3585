"""The body lines with the shape tests the segmenter asks of them (``BodyLines``).

Where a question, a sub-question or a further paragraph of a question starts and where it ends:
in a text, by wording and punctuation alone; where a PDF front end passed the type size
(``question_type``) and the left edge (``x0``) of each line, those decide wherever they are
known (a question runs as long as its type; a number standing left of the line before hangs).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from . import regexes as rx
from .grouping import base_number, find_grouping
from .part_ends import (
    PartEnd,
    ends_question,
    ends_sentence,
    ends_with_full_stop,
    open_part,
    opens_sentence,
    question_mark,
    reprinted_part,
)

MAX_QUESTION_LINES = 30
"""A question that runs longer than this without a question mark is not a question."""
MAX_PARAGRAPH_LINES = 6
"""A further paragraph of a question is at most this long."""
MAX_SUB_QUESTION_LINES = MAX_QUESTION_LINES
"""A sub-question a), b) … is at most as long as a question (one printed apart runs 28 lines)."""
MAX_NUMBER = 400
HANG = 5.0
"""A question-type line that starts this many pt left of the line before hangs: its number
stands out of the text ("… Fotografen entweder" / " 2. Welche Kosten …")."""


def _is_list_item(text: str) -> bool:
    """``rx.LIST_ITEM`` ("a) …", "bb) …"), the cheap test first: its ')' is among the first
    eight characters."""
    return ")" in text[:8] and rx.LIST_ITEM.match(text) is not None


_PARENTHESIS = regex.compile(r"^\s*\((?:[Bb]itte|[Gg]gf\.|[Ff]alls|[Ss]ofern|[Jj]eweils)")


@dataclass(frozen=True, slots=True)
class Block:
    """Lines ``[start, end)`` of the body."""

    start: int
    end: int


class BodyLines:
    """The body lines with the shape tests the segmenter asks of them."""

    def __init__(
        self,
        texts: Sequence[str],
        question_type: Sequence[bool | None],
        x0: Sequence[float | None] | None = None,
    ) -> None:
        self.texts = texts
        self.question_type = question_type
        self.typed = True in question_type
        """Whether any line's type size is known (a PDF): else only the text decides."""
        self.x0 = x0 if x0 is not None else [None] * len(texts)
        # Asked of most lines several times: decided once, up front, for the lines whose start
        # lets a pattern match at all; every other line starts nothing.
        self.starts: list[str | None] = [None] * len(texts)
        self.sub_questions: list[regex.Match[str] | None] = [None] * len(texts)
        self._question_starts: dict[int, regex.Match[str]] = {}
        """``rx.QUESTION_START``'s matches of question lines, asked again for ends and parts."""
        may_start, may_be_part = _candidates(texts)
        for i in may_start:
            self.starts[i] = self._start_number(i)
        for i in may_be_part:
            self.sub_questions[i] = rx.SUB_QUESTION.match(texts[i])
        self.marked = sorted(
            {i for i in may_start + may_be_part if self.starts[i] or self.sub_questions[i]}
        )
        """The lines that can start a question or a sub-question, in order."""
        self._ends: dict[tuple[int, int], int] = {}
        """``_paragraphs_end``'s answers so far."""
        self._unnumbered: dict[tuple[int, int], int] = {}
        """``question_end``'s answers found without a number expected that hold for any."""

    def __len__(self) -> int:
        return len(self.texts)

    def start_number(self, i: int) -> str | None:
        """The question number if line ``i`` can start a question."""
        return self.starts[i]

    def sub_question(self, i: int) -> regex.Match[str] | None:
        """``rx.SUB_QUESTION``'s match of line ``i`` ("a) Welche …"), if any."""
        return self.sub_questions[i]

    def marked_between(self, start: int, end: int) -> list[int]:
        """The lines in ``[start, end)`` that can start a question or a sub-question."""
        return self.marked[bisect_left(self.marked, start) : bisect_left(self.marked, end)]

    def _start_number(self, i: int) -> str | None:
        if self.question_type[i] is False:
            return None
        # Inside a question's type, a number after an unfinished line runs on its sentence
        # ("… der Finanzen," / "29. Subventionsbericht …").
        inside = self.question_type[i] and i > 0 and self.question_type[i - 1]
        if inside and not ends_sentence(self.texts[i - 1]) and not self._hangs(i):
            return None
        match = rx.QUESTION_START.match(self.texts[i])
        if match is None or not rx.QUESTION_LEAD_WORD.match(match["rest"]):
            return None
        if not 0 < int(base_number(match["number"])) <= MAX_NUMBER:
            return None
        self._question_starts[i] = match
        return match["number"]

    def _question_start(self, i: int) -> regex.Match[str] | None:
        """``rx.QUESTION_START``'s match of line ``i`` (kept where the line starts a question)."""
        match = self._question_starts.get(i)
        return match if match is not None else rx.QUESTION_START.match(self.texts[i])

    def _hangs(self, i: int) -> bool:
        """Whether line ``i`` starts left of the line before: a hanging question number."""
        here, before = self.x0[i], self.x0[i - 1]
        return here is not None and before is not None and here < before - HANG

    def _runs_on(self, i: int) -> bool:
        """Whether line ``i`` continues a sentence ("… in der" / "21. Legislaturperiode …")."""
        if i == 0 or self.question_type[i] is True:
            return False
        previous = self.texts[i - 1].rstrip()
        return bool(previous) and previous[-1].isalpha() and previous[-1].islower()

    def ends_question(self, i: int) -> bool:
        if self.question_type[i] is not None and i + 1 < len(self):
            # Where the type size is known, a question runs as long as its type does, up to
            # the next question of a group printed one after another, or a reprinted part of
            # another question ("18 g) …").
            if self.question_type[i + 1] is not True or self.starts[i + 1] is not None:
                return True
            return reprinted_part(self.texts[i + 1]) is not None
        return ends_question(self.texts[i])

    def question_end(self, i: int, limit: int, expected: int | None) -> int | None:
        """One past the last line of the question starting at ``i``, or None if it is none.

        A question cut short by the next one (the printed text lost its end) still counts
        when the numbers run on (``expected``, then ``expected + 1``) and it ends mid-sentence.

        Most questions are sought twice: first with no number expected (as what ends the
        detached sub-questions of the question before), then with their own.  The number
        counts only at a line that starts another question (where the search without one gives
        up) or that ends with a colon (``_lead_answered_first``): an end found without meeting
        either is kept for the second search.
        """
        key = (i, limit)
        if expected is not None and key in self._unnumbered:
            return self._unnumbered[key]
        end = self._question_end(i, limit, expected)
        if (
            expected is None
            and end is not None
            and not any(self.texts[k].rstrip().endswith(":") for k in range(i, end))
        ):
            self._unnumbered[key] = end
        return end

    def _question_end(self, i: int, limit: int, expected: int | None) -> int | None:
        """``question_end``, searched."""
        opened = self._opens(i, expected)  # asked at every line below: matched once
        # This loop visits most lines of a body: the lists are read directly, not through
        # methods, and a text (no type sizes) asks the question mark alone.
        texts, starts, parts, typed = self.texts, self.starts, self.sub_questions, self.typed
        if opened is not None and self._lead_answered_first(i, limit):
            return i + 1  # a lead of one line (one line a paragraph, as render prints)
        j, length, sentence_ended = i, 1, False
        while not (self.ends_question(j) if typed else ends_question(texts[j])):
            j += 1
            if j >= limit:
                return None
            # The items of a list ("a) CeMAS …," … "yyyy) …?") do not count towards the
            # length, unless a sentence has ended among them: answers between the items.
            sentence_ended = sentence_ended or ends_with_full_stop(texts[j - 1])
            length += sentence_ended or not _is_list_item(texts[j])
            if length > MAX_QUESTION_LINES and self.question_type[j] is None:
                return None
            if parts[j] is not None:  # only a part a) can end the lead here
                answered = self._answered_first_part(j, limit)
                if answered is None:
                    answered = self._lead_answered_before(i, j, limit)
                if answered is not None:
                    return answered
            if opened is not None and self._lead_answered_first(j, limit):
                return j + 1
            following = starts[j]
            if following is None:
                continue
            if self._cut_short(opened, j, following):
                return j
            if (request := self._request_end(opened, i, j, following)) is not None:
                return request
            plausible = expected is None or following in (str(expected), str(expected + 1))
            if plausible or not self._runs_on(j):
                return None
            # "… in der" / "21. Legislaturperiode …": a number that runs on the sentence.
        return self._paragraphs_end(j + 1, limit)

    def _paragraphs_end(self, end: int, limit: int) -> int:
        """``end`` moved past the further paragraphs that follow a question's first one.

        Most questions are asked for twice: first as what ends the detached sub-questions of
        the question before (no number expected), then with their number expected.  Where the
        first paragraph ends may differ; what follows it does not depend on the number, and is
        kept for the second time.
        """
        key = (end, limit)
        known = self._ends.get(key)
        if known is None:
            known = end
            while known < limit and (further := self._further_paragraph(known, limit)) is not None:
                known = further
            self._ends[key] = known
        return known

    def _lead_answered_first(self, j: int, limit: int) -> bool:
        """Whether the question that the expected number opens is a lead ending at ``j`` with a
        colon ("… für folgende Aspekte:"), answered in general before its parts follow, each with
        its answer ("Die LMBV hat … übermittelt." / "a) Abschluss des Gutachtens;" / …)."""
        if not self.texts[j].rstrip().endswith(":") or j + 1 >= limit or self.sub_questions[j + 1]:
            return False
        for k in range(j + 1, min(limit, j + 1 + MAX_SUB_QUESTION_LINES)):
            if self.starts[k]:
                return False
            if (part := self.sub_questions[k]) is not None:
                return part["label"] == "a" and self.texts[k - 1].rstrip().endswith(".")
        return False

    def _request_end(
        self, opened: regex.Match[str] | None, i: int, j: int, following: str
    ) -> int | None:
        """Where a question printed without its question mark ends: with its request in
        parentheses ("… verändert (bitte Mengen … aufführen)"), an answer before the next
        question.  Only where the numbers run on (``opened``, then the next number)."""
        if not _numbers_run_on(opened, following):
            return None
        depth, request = 0, False
        for k in range(i, j - 1):
            text = self.texts[k]
            depth += text.count("(") - text.count(")")
            request = request or "(bitte" in text
            if request and depth == 0 and text.rstrip().endswith(")"):
                return k + 1
        return None

    def _cut_short(self, opened: regex.Match[str] | None, j: int, following: str) -> bool:
        return _numbers_run_on(opened, following) and not ends_sentence(self.texts[j - 1])

    def _opens(self, i: int, expected: int | None) -> regex.Match[str] | None:
        """``QUESTION_START``'s match of line ``i`` if it opens question number ``expected``."""
        if expected is None:
            return None
        match = self._question_start(i)
        if match is None or match["number"] != str(expected):
            return None
        return match

    def sub_question_end(self, i: int, limit: int, end: PartEnd = question_mark) -> int | None:
        """One past the last line of the sub-question starting at ``i``, or None.

        A sub-question ends with a question mark (``end``); in an enumeration ("…, die / a) eine
        Gasheizung nutzen, / <answer> / b) …", ``open_part``) a comma at a line end ends it too.
        """
        for j in range(i, min(limit, i + MAX_SUB_QUESTION_LINES)):
            if j > i and (self.starts[j] or self.sub_questions[j]):
                return None
            if self.question_type[j] and j + 1 < limit and self.question_type[j + 1] is not None:
                if self.question_type[j + 1] is False:
                    return j + 1
                if not self.sub_questions[j + 1] and not self.starts[j + 1]:
                    continue
            if end(self.texts, i, j):
                return j + 1
        return None

    def _answered_first_part(self, j: int, limit: int) -> int | None:
        """The end of part a) when a question's lead runs into an enumeration of parts that are
        answered one by one ("Haushalte, die / a) eine Gasheizung nutzen, / <answer> / b) …")."""
        match = self.sub_questions[j]
        if match is None or match["label"] != "a" or ends_sentence(self.texts[j - 1]):
            return None
        end = self.sub_question_end(j, limit, open_part)
        if end is None or end >= limit or self.sub_questions[end]:
            return None  # the parts follow each other: one question, answered as a whole
        if self.starts[end] is not None:
            return None
        return end

    def _lead_answered_before(self, i: int, j: int, limit: int) -> int | None:
        """The end of a lead left open ("…, aufgeschlüsselt nach") that is answered as a whole
        ("Im Jahr 2024 wurden … gestellt." / "Im Einzelnen:") before its parts follow, each
        with its answer: the line before the first one that opens a sentence with a capitalised
        function word, where a sentence has ended before part a)."""
        match = self.sub_questions[j]
        if match is None or match["label"] != "a" or not ends_sentence(self.texts[j - 1]):
            return None
        texts = self.texts
        lead = next((k for k in range(i + 1, j) if opens_sentence(texts[k])), None)
        if lead is None or ends_sentence(texts[lead - 1]):
            return None
        # An answer's sentence ends before a): at a line end, or inside one (one-line paragraphs).
        if not any(texts[k].rstrip().endswith(".") or ". " in texts[k] for k in range(lead, j)):
            return None
        end = self.sub_question_end(j, limit, open_part)
        if end is None or end >= limit or self.sub_questions[end] or self.starts[end]:
            return None
        return lead

    def _further_paragraph(self, i: int, limit: int) -> int | None:
        """If line ``i`` opens a sub-question or another paragraph of the question, its end."""
        text = self.texts[i]
        if self.question_type[i] is not None:
            return None  # the type size already decided where the question ends
        if self.starts[i] or find_grouping(text):
            return None
        if self.sub_questions[i]:
            return self.sub_question_end(i, limit)
        parenthesis = text.lstrip().startswith("(") and _PARENTHESIS.match(text) is not None
        if not (parenthesis or rx.QUESTION_LEAD_WORD.match(text)):
            return None
        for j in range(i, min(limit, i + MAX_PARAGRAPH_LINES)):
            if j > i and (self.starts[j] or self.sub_questions[j]):
                return None
            if ends_question(self.texts[j]):
                return j + 1
            if parenthesis and self.texts[j].rstrip().endswith((")", ").")):
                return j + 1
            if ends_sentence(self.texts[j]):
                return None
        return None

    def parts(self, block: Block) -> tuple[tuple[str, Block], ...]:
        starts = [
            (m["label"], i)
            for i in range(block.start + 1, block.end)
            if (m := self.sub_questions[i])
        ]
        first = self._question_start(block.start)
        if first and (m := rx.SUB_QUESTION.match(first["rest"])):
            starts.insert(0, (m["label"], block.start))  # " 1. a) Welche …"
        ends = [i for _, i in starts[1:]] + [block.end]
        return tuple((label, Block(i, end)) for (label, i), end in zip(starts, ends, strict=False))


def _numbers_run_on(opened: regex.Match[str] | None, following: str) -> bool:
    """Whether a line ``opened`` the expected question with a question word (``BodyLines._opens``)
    and the next question printed is the next number: then a question ends before it, however
    printed."""
    return (
        opened is not None
        and following == str(int(opened["number"]) + 1)
        and rx.QUESTION_WORD.match(opened["rest"]) is not None
    )


# Where QUESTION_START ("12.", "3a.") or SUB_QUESTION ("a)") can match: at a line start, after at
# most three white space characters.  Searched in the lines joined and led by newlines, so \s
# leaves out the newline (a newline to look for also makes the scan faster than "^").  The
# standard library's ``re`` scans the body in two thirds of ``regex``'s time; its \s takes in
# every character that ``regex``'s does (and \x1c-\x1f), so it passes every line the patterns
# can match, which decide.  (Its \d lacks the digits of scripts newer than Python's Unicode
# tables, which ``int`` could not read either.)
_MAY_BEGIN = re.compile(r"\n[^\S\n]{0,3}(?:(?P<number>\d{1,3}[a-z]?\.)|[a-z]\))")


def _candidates(texts: Sequence[str]) -> tuple[list[int], list[int]]:
    """The lines where a question may start, and those where a sub-question may start: one
    scan of the joined lines instead of a test per line (a body has hundreds of lines)."""
    joined = "\n" + "\n".join(texts)
    if joined.count("\n") != len(texts):  # a line holds a newline itself: line by line
        return (
            [i for i, text in enumerate(texts) if rx.may_start_question(text)],
            [i for i, text in enumerate(texts) if ")" in text[1:5]],
        )
    # A match starts at the newline that leads its line: the newlines up to it count the line
    # (counted from the match before, in C: one pass over the text in all).
    found: tuple[list[int], list[int]] = ([], [])
    line, counted = -1, 0
    for match in _MAY_BEGIN.finditer(joined):
        line += joined.count("\n", counted, match.start() + 1)
        counted = match.start() + 1
        found[0 if match["number"] else 1].append(line)
    return found
