"""Stage 0, the front ends: input (text, or PDF via ``pdf.py``) to a ``SourceDocument``.

A ``SourceDocument`` is the one typed value every front end produces: lines with whatever
the input can tell about them (a PDF knows page, font size and position; a text does not),
and what the front end already took out (running heads, page numbers), so that the later
stages can account for it in ``Document.removed``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import NamedTuple, overload

from .models import Footnote, RemovedReason


class SourceLine(NamedTuple):
    """One line of input (a named tuple: a text front end makes one per line, cheaply)."""

    text: str
    number: int
    """1-based line number in the input text (for PDF: running count over all pages)."""
    page: int | None = None
    size: float | None = None
    """Dominant font size in pt (PDF only)."""
    x0: float | None = None
    top: float | None = None
    bold: bool = False
    question_type: bool | None = None
    """True when set in the smaller question type, False in answer type, None when unknown."""


@dataclass(frozen=True, slots=True)
class Dropped:
    """Text a front end took out before the pipeline saw it; it stood before line ``before``."""

    reason: RemovedReason
    text: str
    before: int
    page: int | None = None


class PlainLines(Sequence[SourceLine]):
    """The lines of a plain text: nothing but their texts, numbered from 1.

    A text knows nothing of pages, type or position, so its lines are kept as the strings the
    split made; a ``SourceLine`` is built only when one is asked for.  Cleaning reads ``texts``
    directly: one named tuple per line would cost a twentieth of the whole parse.
    """

    __slots__ = ("texts",)

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = tuple(texts)

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> SourceLine: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[SourceLine, ...]: ...
    def __getitem__(self, index: int | slice) -> SourceLine | tuple[SourceLine, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += len(self.texts)
        return SourceLine(self.texts[index], index + 1)  # IndexError past the end, as a tuple

    def __iter__(self) -> Iterator[SourceLine]:
        return map(SourceLine, self.texts, count(1))

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"PlainLines({self.texts!r})"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """What a front end hands to the pipeline."""

    lines: Sequence[SourceLine]
    """A tuple of ``SourceLine``s (PDF), or ``PlainLines`` (text)."""
    dropped: tuple[Dropped, ...] = ()
    footnotes: tuple[Footnote, ...] = field(default=())


SOFT_HYPHEN = "\u00ad"


def drop_soft_hyphens(text: str) -> str:
    """A line without its soft hyphens and its white space at the end, save one ending the line:
    that one is a line-end break, kept as "-" for the de-hyphenation to decide; inside a line a
    soft hyphen is invisible in print."""
    text = text.rstrip()
    if text.endswith(SOFT_HYPHEN):
        text = text[:-1].replace(SOFT_HYPHEN, "") + "-"
    return text.replace(SOFT_HYPHEN, "")


def lines_from_text(text: str) -> SourceDocument:
    """Split plain text into lines (``\\r\\n``, ``\\r`` and ``\\f`` count as breaks)."""
    if "\r" in text:  # rare; looking for "\r\n" costs ten times as much as for "\r"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n")
    return SourceDocument(lines=PlainLines(text.split("\n")))
