"""Stage 5: cross-references in the cleaned text, typed and resolved.

To another Drucksache ("Bundestagsdrucksache 19/21858", "BT-Drs. 19/6327", plural lists), with
the question it names when one comes first in the same phrase ("Antwort … zu Frage 42 der
Kleinen Anfrage … auf Bundestagsdrucksache 19/21858"); to a Plenarprotokoll; to a question or a
preamble of this same document, resolved against what the document holds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from . import regexes as rx
from .grouping import base_number, expand_numbers
from .models import Reference, Span
from .paper_numbers import drucksachen, folded, protocols

# Dots that end no sentence: of numbers and dates, of abbreviations, and the one of the party
# name "DIE LINKE." ("… der Kleinen Anfrage der Fraktion DIE LINKE. auf Bundestagsdrucksache …").
_NO_END = r"(?:[^.;!?]|(?<=\d)\.|(?<=\b(?:Nr|Abs|bzw|vgl|u|a|d|Dr|S|ff|f|Art|LINKE))\.)"
# Between a question mention and a Drucksache: the question belongs to that Drucksache when
# the phrase runs on without a sentence end and hands over with "auf" / "in", with or without
# an article ("… zu Frage 42 der Kleinen Anfrage … auf Bundestagsdrucksache …", "Antworten zu
# Frage 35 auf den Bundestagsdrucksachen …").
_HANDOVER = regex.compile(rf"^{_NO_END}{{0,250}}?\b(?:auf|in)\s+(?:(?:der|den|dem)\s+)?$")
_ARTICLES = ("der", "den", "dem")
_HANDOVER_ENDINGS = ("auf", "in", *_ARTICLES)
_HANDOVER_REACH = 250 + len("auf")
"""The farthest that "auf" / "in" can end from the mention: ``_HANDOVER`` allows 250
characters before it."""
# "… zu Frage 6 und 9 der Kleinen Anfrage der Fraktion Die Linke, BT-Drucksache 21/152", "die
# Vorbemerkung der Bundesregierung zur Antwort … auf die Kleine Anfrage … – Drucksache 21/247 –".
_PHRASE_LENGTH = 250
_PHRASE = regex.compile(rf"(?:[^.;!?()]|(?<=\bLINKE)\.){{0,{_PHRASE_LENGTH}}}")
_OTHER_INQUIRY = r"\s+(?:der|einer|in\s+der)\s+(?:Kleinen|Großen)\s+Anfrage"
"""A phrase naming another inquiry after a mention: "… der Kleinen Anfrage …"."""
_PHRASE_START = regex.compile(rf"{_OTHER_INQUIRY}|\s+zur\s+Antwort\b")
# After a Drucksache: "(Bundestagsdrucksache 21/469, Frage 77)", "in der Bundestagsdrucksache
# 21/192 (Antwort zu Frage 37)", "21/192 (Antwort auf Frage 37)": the mention's lead
# (``rx.QUESTION_REF_LEAD``) takes in "Antwort zu" and "Antwort auf", so only the bracket or
# comma stands between the two.
_TRAILING = regex.compile(r"\s*[,(]?\s*")
# A question or preamble of a paper named before it: "Bundestagsdrucksache 20/9077, dort Frage
# 2", "… 19/23992 und die dortige Vorbemerkung", "… 21/192 …, dass in der damaligen Frage 26".
_THERE = regex.compile(r"\b(?:dort|dortigen?|damaligen?)\s+$")
# The opposite, a question of this document: "der jetzigen Frage 26" after "der damaligen".
_THIS = regex.compile(r"\b(?:jetzigen?|vorliegenden?)\s+$")
# A sentence that opens in another paper: "In der Kleinen Anfrage auf Bundestagsdrucksache
# 20/129 wurden zudem die Fragen 6 und 7 gestellt"; what it names after the Drucksache is that
# paper's.  Up to 150 characters from "In" to the Drucksache.
_FRAME = regex.compile(rf"In\s+(?:der|dem|den|ihrer|seiner)\s+{_NO_END}{{0,150}}")
_FRAME_REACH = 160
_SENTENCE_REACH = 250
"""How far after a Drucksache a mention may stand in the same sentence and still be tied to
it by ``_THERE`` or ``_FRAME``, or as a question of it named again (``_Papers.named_again``)."""
_RUNS_ON = regex.compile(rf"{_NO_END}*")
# A question of another paper with no Drucksache to hand over to: "Schriftliche Frage 68",
# "zu Frage 4 der Kleinen Anfrage … vom 5. Mai 2025".
_FOREIGN_BEFORE = regex.compile(r"(?:Schriftlichen?|Mündlichen?)\s+$")
_FOREIGN_AFTER = regex.compile(_OTHER_INQUIRY)
_FOREIGN_WORDS = ("der", "einer", "in")
# The title-block style of naming an inquiry inside a sentence, with its answer's number after
# it: "… auf die Kleine Anfrage … – Bundestagsdrucksache 21/247 – auf Bundestagsdrucksache 21/434".
_DASHES = ("–", "-")
_DASH_TO_ANSWER = regex.compile(r"\s*[–-]\s*(?:auf|in)\s+")
# A quotation's source: in brackets after its closing mark, or before it in the sentence that
# leads into it with a colon.
_QUOTE_REACH = 1500
_SOURCE_AFTER = regex.compile(r"\s*\([^()]{0,120}")
_SOURCE_BEFORE = regex.compile(rf"{_NO_END}*:\s*")


_HEADING_REST = regex.compile(r"(?:innen(?:\s+und\s+Fragesteller)?)?\s*:?\s*")


@dataclass(frozen=True, slots=True)
class Context:
    """What resolving needs to know about the document."""

    questions: frozenset[str]
    has_preamble: bool
    has_government_preamble: bool
    skip: tuple[Span, ...] = ()
    """Spans where nothing is a reference (the document's own number, grouping sentences)."""
    own: frozenset[str] = frozenset()
    """This document's number and its inquiry's: their questions are this document's."""


def find_references(text: str, context: Context) -> tuple[Reference, ...]:
    """Every cross-reference in ``text``, in order of position."""
    external = list(drucksachen(text)) + list(protocols(text))
    papers = _Papers(external)
    internal: list[Reference] = []
    named: dict[int, list[str]] = {}  # the questions of another paper, by its index
    seen: dict[str, set[str]] = {}  # the same, by the paper's number, as far as the scan got
    for match in rx.QUESTION_REF.finditer(text):
        lead = rx.QUESTION_REF_LEAD.search(text, max(0, match.start() - 40), match.start())
        start = lead.start() if lead is not None else match.start()
        numbers = expand_numbers(match["numbers"])
        index = papers.owner(text, start, match.end())
        if index is None:
            index = papers.named_again(text, start, numbers, seen)
        if index is not None:
            owner = external[index]
            named.setdefault(index, []).extend(numbers)
            if owner.number not in context.own:
                seen.setdefault(str(owner.number), set()).update(numbers)
                continue  # a question of another paper
        elif (
            _FOREIGN_BEFORE.search(text, max(0, start - 20), start)
            or _points_back(text, start)
            or _names_other_inquiry(text, match.end())
        ):
            continue
        if _inside(start, match.end(), context.skip):
            continue  # a grouping sentence: tested before the references are built, not after
        span = Span(start=start, end=match.end())
        internal.extend(
            Reference(
                kind="question",
                text=folded(text[start : match.end()]),
                span=span,
                question=number,
                resolved=number in context.questions or base_number(number) in context.questions,
            )
            for number in numbers
        )
    for match in rx.PREAMBLE_REF.finditer(text):
        if _is_heading(text, match.start(), match.end()):
            continue
        which = "government_preamble" if match["who"] == "Bundesregierung" else "preamble"
        index = papers.owner(text, match.start(), match.end())
        if index is not None:
            # "die Vorbemerkung der Bundesregierung in der Antwort … auf Drucksache 18/1174"
            external[index] = external[index].model_copy(update={"preamble": which})
            continue
        if _points_back(text, match.start()):
            continue  # "die dortige Vorbemerkung" with no Drucksache in its sentence
        if _inside(match.start(), match.end(), context.skip):
            continue
        resolved = (
            context.has_government_preamble
            if which == "government_preamble"
            else (context.has_preamble)
        )
        internal.append(
            Reference(
                kind="preamble",
                text=folded(match[0]),
                span=Span(start=match.start(), end=match.end()),
                preamble=which,
                resolved=resolved,
            )
        )
    found = [
        r
        for k, paper in enumerate(external)
        for r in _per_question(paper, named.get(k, ()))
        if not _inside(r.span.start, r.span.end, context.skip)
    ]
    found += internal
    # Stable: the questions of one mention ("zu den Fragen 9 und 10") keep their printed order.
    return tuple(sorted(found, key=lambda r: (r.span.start, r.span.end)))


def _per_question(paper: Reference, questions: Iterable[str]) -> list[Reference]:
    """``paper`` once for each question of it that the text names ("zu den Fragen 6 und 7 …
    auf Drucksache 20/129": 20/129 with question 6, and with question 7), in the order named,
    as a mention of this document's questions gives one reference per question; ``paper``
    itself where none is named."""
    numbers = list(dict.fromkeys(questions))
    if not numbers:
        return [paper]
    return [paper.model_copy(update={"question": number}) for number in numbers]


def _inside(start: int, end: int, areas: Iterable[Span]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``areas``."""
    return any(a.start <= start and end <= a.end for a in areas)


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is a Vorbemerkung heading line itself."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    return not before.strip() and bool(_HEADING_REST.fullmatch(after))


class _Papers:
    """The Drucksache references among ``external`` (by index), in order of position.

    They never overlap (each match, and each number of a list, starts after the one before
    ends), so their starts and their ends both ascend, and the nearest one on either side of a
    mention is a bisection away.
    """

    def __init__(self, external: list[Reference]) -> None:
        spans = sorted((r.span.start, r.span.end, k) for k, r in enumerate(external))
        papers = [span for span in spans if external[span[2]].kind == "drucksache"]
        self.starts = [start for start, _, _ in papers]
        self.ends = [end for _, end, _ in papers]
        self.indices = [k for _, _, k in papers]
        self.numbers = [str(external[k].number) for k in self.indices]

    def owner(self, text: str, start: int, end: int) -> int | None:
        """The index of the Drucksache reference that a mention at ``[start, end)`` belongs to,
        if any: the next one when the phrase hands over to it; the one just before ("21/469,
        Frage 77"); the one before in the same sentence when the mention points back to it
        ("dort Frage 2") or the sentence opens in it ("In der Kleinen Anfrage auf …")."""
        following = bisect_left(self.starts, end)
        if following < len(self.starts):
            stop = self.starts[following]
            if _hands_over(text, end, stop) or _foreign_phrase(text, end, stop):
                return self.indices[self._answer_to(text, following)]
        preceding = bisect_right(self.ends, start) - 1
        near = preceding >= 0 and start - self.ends[preceding] <= _SENTENCE_REACH
        if near and self._tied_back(text, preceding, start):
            return self.indices[preceding]
        source = self._quote_source(text, start)
        return None if source is None else self.indices[source]

    def named_again(
        self, text: str, start: int, numbers: Iterable[str], seen: dict[str, set[str]]
    ) -> int | None:
        """The index of the paper whose questions a mention at ``start`` names again: the one
        named last before it in the same sentence, when the text named all of them as its
        questions before ("… zu Frage 25 bzw. 26 auf Bundestagsdrucksache 21/192 …, wonach sich
        933 535 (Frage 25) bzw. 179 586 (Frage 26) …"; "… Frage 21 der Antwort … auf
        Bundestagsdrucksache 20/14574, weil … der Frage 20 (siehe oben) …" after "Frage 20 auf
        Bundestagsdrucksache 20/14574" earlier); not when the mention says it is this
        document's ("die damalige Frage 26 … der jetzigen Frage 26")."""
        k = bisect_right(self.ends, start) - 1
        if k < 0 or start - self.ends[k] > _SENTENCE_REACH:
            return None
        wanted = set(numbers)
        if not wanted or not wanted <= seen.get(self.numbers[k], set()):
            return None
        if _RUNS_ON.fullmatch(text, self.ends[k], start) is None:
            return None  # not in the same sentence
        return None if _THIS.search(text, max(0, start - 12), start) else self.indices[k]

    def _tied_back(self, text: str, k: int, start: int) -> bool:
        """Whether a mention at ``start`` belongs to paper ``k`` before it: right after it
        (``_TRAILING``), or in its sentence when the mention points back ("dort Frage 2") or
        its clause opens in the paper ("In der Kleinen Anfrage auf …").  The caller has
        ruled out mentions more than ``_SENTENCE_REACH`` after it (most of them: any paper
        named earlier in the text is "before"), so the patterns here run on short stretches."""
        after = self.ends[k]
        if _TRAILING.fullmatch(text, after, start):
            return True
        if _RUNS_ON.fullmatch(text, after, start) is None:
            return False  # not in the same sentence
        if _points_back(text, start):
            return True
        # The frame holds for its main clause only: "In der Antwort auf Drucksache 20/1 wurde
        # dargelegt, was auch die Antwort zu Frage 3 zeigt" names this document's question 3.
        return "," not in text[after:start] and _opens_sentence(text, self.starts[k])

    def _quote_source(self, text: str, start: int) -> int | None:
        """The paper that a quotation around ``start`` quotes, if one is named: in brackets
        right after it ("„… Bei den Fragen 7 und 8 …“ (Bundestagsdrucksache 21/412, S. 2)"), or
        in the sentence that leads into it with a colon ("… auf Bundestagsdrucksache 20/284
        lautete: „…“").  Quotations longer than ``_QUOTE_REACH`` either side are not looked at."""
        opening = text.rfind("„", max(0, start - _QUOTE_REACH), start)
        if opening < 0 or text.find("“", opening, start) >= 0:
            return None  # not inside a quotation
        closing = text.find("“", start, start + _QUOTE_REACH)
        if closing < 0 or text.find("„", start, closing) >= 0:
            return None  # unclosed, or the closing mark is another quotation's
        k = bisect_left(self.starts, closing)
        if k < len(self.starts) and _SOURCE_AFTER.fullmatch(text, closing + 1, self.starts[k]):
            return k
        k = bisect_right(self.ends, opening) - 1
        if k < 0 or opening - self.ends[k] > _SENTENCE_REACH:
            return None
        return k if _SOURCE_BEFORE.fullmatch(text, self.ends[k], opening) else None

    def _answer_to(self, text: str, k: int) -> int:
        """``k + 1`` if paper ``k`` is an inquiry's number between dashes and the answer's
        Drucksache follows ("… auf die Kleine Anfrage … – Drucksache 21/247 – auf Drucksache
        21/434": what the answer holds is 21/434's), else ``k``."""
        if k + 1 >= len(self.starts):
            return k
        if not text[max(0, self.starts[k] - 3) : self.starts[k]].rstrip().endswith(_DASHES):
            return k
        return k + 1 if _DASH_TO_ANSWER.fullmatch(text, self.ends[k], self.starts[k + 1]) else k


def _points_back(text: str, start: int) -> bool:
    """Whether "dort", "dortige", "damalige" (``_THERE``) stands just before ``start``: what
    follows is a question or preamble of a paper named before, not of this document."""
    before = text[max(0, start - 12) : start]
    if "dort" not in before and "damalig" not in before:
        return False
    return _THERE.search(before) is not None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the Drucksache at ``start`` stands in the phrase that opens its sentence, "In
    der …" / "In ihrer …" (``_FRAME``), up to 150 characters before it."""
    at = text.rfind("In ", max(0, start - _FRAME_REACH), start)
    if at < 0 or (at > 0 and text[at - 1].isalnum()):
        return False
    return _FRAME.fullmatch(text, at, start) is not None


def _hands_over(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` runs on to a Drucksache and hands over to it (``_HANDOVER``).

    The pattern tries every place in up to 250 characters (tens of microseconds per call), so
    the ending it needs, "auf" / "in" / "der" before white space, is tested first, in place
    (what lies between may be most of the text).
    """
    end = stop
    while end > start and text[end - 1].isspace():
        end -= 1
    if not text.endswith(_HANDOVER_ENDINGS, start, end):
        return False
    # Where "auf" / "in" ends: before the white space before a last article.  At most 250
    # characters stand before the word, so a longer stretch is ruled out without a copy of
    # it (most of the text, at times) and a pattern run.
    word_end = end
    if text.endswith(_ARTICLES, start, end):
        word_end -= len("der")
        while word_end > start and text[word_end - 1].isspace():
            word_end -= 1
    if word_end - start > _HANDOVER_REACH:
        return False
    return _HANDOVER.match(text[start:stop]) is not None


def _names_other_inquiry(text: str, pos: int) -> bool:
    """Whether "der Kleinen Anfrage" (``_FOREIGN_AFTER``) follows ``pos`` in ``text``.

    The regex module scans the rest of the text for the literal "Anfrage" before it tries the
    pattern, so the next word is looked at first: the pattern needs "der", "einer" or "in".
    """
    word = text[pos : pos + 40].lstrip()
    if len(word) >= len("einer") and not word.startswith(_FOREIGN_WORDS):
        return False
    return _FOREIGN_AFTER.match(text, pos) is not None


def _foreign_phrase(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is one phrase naming another paper ("der Kleinen Anfrage …",
    "zur Antwort …": ``_PHRASE_START``).

    ``_PHRASE`` allows at most 250 characters: longer text is ruled out before any pattern
    runs (the regex module scans the whole string for the literal "Anfrage" first).
    """
    if stop - start > _PHRASE_LENGTH:
        return False
    between = text[start:stop]
    return _PHRASE_START.match(between) is not None and _PHRASE.fullmatch(between) is not None
