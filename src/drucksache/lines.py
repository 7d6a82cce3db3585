"""Stage 0, the front ends: input (text, or PDF via ``pdf.py``) to a ``SourceDocument``.

A ``SourceDocument`` is the one typed value every front end produces: lines with whatever
the input can tell about them (a PDF knows page, font size and position; a text does not),
and what the front end already took out (running heads, page numbers), so that the later
stages can account for it in ``Document.removed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import NamedTuple

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


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """What a front end hands to the pipeline."""

    lines: tuple[SourceLine, ...]
    dropped: tuple[Dropped, ...] = ()
    footnotes: tuple[Footnote, ...] = field(default=())


def lines_from_text(text: str) -> SourceDocument:
    """Split plain text into ``SourceLine``s (``\\r\\n``, ``\\r`` and ``\\f`` count as breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return SourceDocument(lines=tuple(map(SourceLine, text.split("\n"), count(1))))
