"""The numbers of other papers in a text: Drucksachen ("Bundestagsdrucksache 19/21858",
"BT-Drs. 19/6327", plural lists "Bundestagsdrucksachen 19/9703 und 19/14638") and
Plenarprotokolle, each a ``Reference`` with its number; ``references`` ties questions and
preambles to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from . import regexes as rx
from .models import Reference, ReferenceKind, Span

_SPACE = regex.compile(r"\s+")


def folded(text: str) -> str:
    """White space runs as single spaces (``_SPACE``), the pattern only where it changes
    something: a printable text has no white space but the space, and then only doubled ones."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACE.sub(" ", text)


def _paper(kind: ReferenceKind, text: str, start: int, end: int, wp: str, num: str) -> Reference:
    """The reference to the paper printed as ``text[start:end]``, with its electoral term and
    its number as "19/21858" (thin spaces left out: "17/13 032")."""
    digits = "".join(num.split())
    return Reference(
        kind=kind,
        text=folded(text[start:end]),
        span=Span(start=start, end=end),
        wahlperiode=int(wp),
        number=f"{int(wp)}/{digits}",
    )


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
        yield _paper("drucksache", text, match.start(), match.end(), match["wp"], match["num"])
        pos = match.end()
        while tail := rx.DRUCKSACHE_LIST_TAIL.match(text, pos):
            yield _paper("drucksache", text, tail.start("wp"), tail.end(), tail["wp"], tail["num"])
            pos = tail.end()


def protocols(text: str) -> Iterable[Reference]:
    """Every Plenarprotokoll number in ``text``, in order."""
    for match in rx.PLENARPROTOKOLL_REF.finditer(text):
        yield _paper("plenarprotokoll", text, match.start(), match.end(), match["wp"], match["num"])
