"""Stage 5: cross-references in the cleaned text, typed and resolved.

To another Drucksache ("Bundestagsdrucksache 19/21858", "BT-Drs. 19/6327", plural lists), with
the question it names when one comes first in the same phrase ("Antwort … zu Frage 42 der
Kleinen Anfrage … auf Bundestagsdrucksache 19/21858"); to a Plenarprotokoll; to a question or a
preamble of this same document, resolved against what the document holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from . import regexes as rx
from .grouping import base_number, expand_numbers
from .models import Reference, Span

# Between a question mention and a Drucksache: the question belongs to that Drucksache when
# the phrase runs on without a sentence end (dots of dates and abbreviations allowed) and hands
# over with "auf" / "in" ("… zu Frage 42 der Kleinen Anfrage … auf Bundestagsdrucksache …").
_HANDOVER = regex.compile(
    r"^(?:[^.;!?]|(?<=\d)\.|(?<=\b(?:Nr|Abs|bzw|vgl|u|a|d|Dr|S|ff|f|Art))\.){0,250}?"
    r"\b(?:auf|in)\s+(?:der\s+)?$"
)
_HANDOVER_ENDINGS = ("auf", "in", "der")
# "… zu Frage 6 und 9 der Kleinen Anfrage der Fraktion Die Linke, BT-Drucksache 21/152".
_PHRASE_LENGTH = 250
_PHRASE = regex.compile(rf"[^.;!?()]{{0,{_PHRASE_LENGTH}}}")
# After a Drucksache: "(Bundestagsdrucksache 21/469, Frage 77)".
_TRAILING = regex.compile(r"\s*,?\s*")
# A question of another paper with no Drucksache to hand over to: "Schriftliche Frage 68",
# "zu Frage 4 der Kleinen Anfrage … vom 5. Mai 2025".
_FOREIGN_BEFORE = regex.compile(r"(?:Schriftlichen?|Mündlichen?)\s+$")
_FOREIGN_AFTER = regex.compile(r"\s+(?:der|einer|in\s+der)\s+(?:Kleinen|Großen)\s+Anfrage")
_FOREIGN_WORDS = ("der", "einer", "in")
_SPACE = regex.compile(r"\s+")


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
    external = list(_drucksachen(text)) + list(_protocols(text))
    internal: list[Reference] = []
    for match in rx.QUESTION_REF.finditer(text):
        lead = rx.QUESTION_REF_LEAD.search(text, max(0, match.start() - 40), match.start())
        start = lead.start() if lead is not None else match.start()
        owner = _owner(text, start, match.end(), external)
        numbers = expand_numbers(match["numbers"])
        if owner is not None:
            index = external.index(owner)
            if owner.question is None and numbers:
                external[index] = owner.model_copy(update={"question": numbers[0]})
            if owner.number not in context.own:
                continue  # a question of another paper
        elif _FOREIGN_BEFORE.search(text, max(0, start - 20), start) or _names_other_inquiry(
            text, match.end()
        ):
            continue
        span = Span(start=start, end=match.end())
        internal.extend(
            Reference(
                kind="question",
                text=_SPACE.sub(" ", text[start : match.end()]),
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
        owner = _owner(text, match.start(), match.end(), external)
        if owner is not None:
            # "die Vorbemerkung der Bundesregierung in der Antwort … auf Drucksache 18/1174"
            index = external.index(owner)
            external[index] = owner.model_copy(update={"preamble": which})
            continue
        resolved = (
            context.has_government_preamble
            if which == "government_preamble"
            else (context.has_preamble)
        )
        internal.append(
            Reference(
                kind="preamble",
                text=_SPACE.sub(" ", match[0]),
                span=Span(start=match.start(), end=match.end()),
                preamble=which,
                resolved=resolved,
            )
        )
    found = [r for r in external + internal if not _inside(r.span, context.skip)]
    # Stable: the questions of one mention ("zu den Fragen 9 und 10") keep their printed order.
    return tuple(sorted(found, key=lambda r: (r.span.start, r.span.end)))


def _inside(span: Span, areas: Iterable[Span]) -> bool:
    return any(a.start <= span.start and span.end <= a.end for a in areas)


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is a Vorbemerkung heading line itself."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    return not before.strip() and bool(_HEADING_REST.fullmatch(after))


def _owner(text: str, start: int, end: int, external: list[Reference]) -> Reference | None:
    """The Drucksache reference that a mention at ``[start, end)`` belongs to, if any: the next
    one when the phrase hands over to it, or the one just before ("21/469, Frage 77")."""
    papers = [r for r in external if r.kind == "drucksache"]
    following = [r for r in papers if r.span.start >= end]
    if following:
        nearest = min(following, key=lambda r: r.span.start)
        between = text[end : nearest.span.start]
        if _hands_over(between) or _foreign_phrase(between):
            return nearest
    preceding = [r for r in papers if r.span.end <= start]
    if preceding:
        nearest = max(preceding, key=lambda r: r.span.end)
        if _TRAILING.fullmatch(text, nearest.span.end, start):
            return nearest
    return None


def _hands_over(between: str) -> bool:
    """Whether ``between`` runs on to a Drucksache and hands over to it (``_HANDOVER``).

    The pattern tries every place in up to 250 characters (tens of microseconds per call), so
    the ending it needs, "auf" / "in" / "der" before white space, is tested first.
    """
    return between.rstrip().endswith(_HANDOVER_ENDINGS) and _HANDOVER.match(between) is not None


def _names_other_inquiry(text: str, pos: int) -> bool:
    """Whether "der Kleinen Anfrage" (``_FOREIGN_AFTER``) follows ``pos`` in ``text``.

    The regex module scans the rest of the text for the literal "Anfrage" before it tries the
    pattern, so the next word is looked at first: the pattern needs "der", "einer" or "in".
    """
    word = text[pos : pos + 40].lstrip()
    if len(word) >= len("einer") and not word.startswith(_FOREIGN_WORDS):
        return False
    return _FOREIGN_AFTER.match(text, pos) is not None


def _foreign_phrase(between: str) -> bool:
    """Whether ``between`` is one phrase naming another paper ("der Kleinen Anfrage …").

    ``_PHRASE`` allows at most 250 characters: longer text is ruled out before any pattern
    runs (the regex module scans the whole string for the literal "Anfrage" first).
    """
    return (
        len(between) <= _PHRASE_LENGTH
        and _FOREIGN_AFTER.match(between) is not None
        and _PHRASE.fullmatch(between) is not None
    )


def _number(wp: str, num: str) -> tuple[int, str]:
    digits = "".join(num.split())
    return int(wp), f"{int(wp)}/{digits}"


def _drucksachen(text: str) -> Iterable[Reference]:
    for match in rx.DRUCKSACHE_REF.finditer(text):
        wahlperiode, number = _number(match["wp"], match["num"])
        yield Reference(
            kind="drucksache",
            text=_SPACE.sub(" ", match[0]),
            span=Span(start=match.start(), end=match.end()),
            wahlperiode=wahlperiode,
            number=number,
        )
        pos = match.end()
        while tail := rx.DRUCKSACHE_LIST_TAIL.match(text, pos):
            wahlperiode, number = _number(tail["wp"], tail["num"])
            start = tail.start("wp")
            yield Reference(
                kind="drucksache",
                text=_SPACE.sub(" ", text[start : tail.end()]),
                span=Span(start=start, end=tail.end()),
                wahlperiode=wahlperiode,
                number=number,
            )
            pos = tail.end()


def _protocols(text: str) -> Iterable[Reference]:
    for match in rx.PLENARPROTOKOLL_REF.finditer(text):
        wahlperiode, number = _number(match["wp"], match["num"])
        yield Reference(
            kind="plenarprotokoll",
            text=_SPACE.sub(" ", match[0]),
            span=Span(start=match.start(), end=match.end()),
            wahlperiode=wahlperiode,
            number=number,
        )
