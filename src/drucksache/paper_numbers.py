"""The numbers of other papers in a text: Drucksachen ("Bundestagsdrucksache 19/21858",
"BT-Drs. 19/6327", plural lists "Bundestagsdrucksachen 19/9703 und 19/14638") and
Plenarprotokolle, each a ``Reference`` with its number; ``references`` ties questions and
preambles to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from . import regexes as rx
from .models import Reference, Span

_SPACE = regex.compile(r"\s+")


def folded(text: str) -> str:
    """White space runs as single spaces (``_SPACE``), the pattern only where it changes
    something: a printable text has no white space but the space, and then only doubled ones."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACE.sub(" ", text)


def _number(wp: str, num: str) -> tuple[int, str]:
    """The electoral term and the number as "19/21858", thin spaces left out ("17/13 032")."""
    digits = "".join(num.split())
    return int(wp), f"{int(wp)}/{digits}"


def drucksache_matches(text: str) -> Iterator[regex.Match[str]]:
    """``rx.DRUCKSACHE_REF.finditer(text)``, tried only where ``rx.DRUCKSACHE_LITERALS`` let a
    match start: the same matches, leftmost first and never overlapping."""
    starts: set[int] = set()
    for literal, offsets in rx.DRUCKSACHE_LITERALS:
        at = text.find(literal)
        while at >= 0:
            starts.update(at - offset for offset in offsets if at >= offset)
            at = text.find(literal, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (match := rx.DRUCKSACHE_REF.match(text, start)) is not None:
            yield match
            end = match.end()


def drucksachen(text: str) -> Iterable[Reference]:
    """Every Drucksache number in ``text``, each number of a plural list apart, in order."""
    for match in drucksache_matches(text):
        wahlperiode, number = _number(match["wp"], match["num"])
        yield Reference(
            kind="drucksache",
            text=folded(match[0]),
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
                text=folded(text[start : tail.end()]),
                span=Span(start=start, end=tail.end()),
                wahlperiode=wahlperiode,
                number=number,
            )
            pos = tail.end()


def protocols(text: str) -> Iterable[Reference]:
    """Every Plenarprotokoll number in ``text``, in order."""
    for match in rx.PLENARPROTOKOLL_REF.finditer(text):
        wahlperiode, number = _number(match["wp"], match["num"])
        yield Reference(
            kind="plenarprotokoll",
            text=folded(match[0]),
            span=Span(start=match.start(), end=match.end()),
            wahlperiode=wahlperiode,
            number=number,
        )
