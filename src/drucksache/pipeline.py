"""The stages, in order, in one place.

front end          text → SourceDocument (lines.py)     PDF → SourceDocument (pdf.py)
1 clean            SourceDocument → CleanLines           (clean.py, text_furniture.py,
                                                         numbered_notes.py,
                                                         hyphenation.py, line_ends.py,
                                                         spellings.py, inline_breaks.py,
                                                         dedupe.py)
2 read_header      CleanLines → Header                   (header.py, ministries.py)
3 segment          body lines → Segmentation             (segment.py, question_lines.py,
                                                         part_ends.py, grouping.py,
                                                         annexes.py)
4 assemble         → Document with spans, languages      (assemble.py, language.py)
5 find_references  (called by assemble)                  (references.py, paper_numbers.py)
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import BinaryIO

from .assemble import assemble
from .clean import CleanLines, WorkLine, clean
from .errors import EmptyInputError, NotADrucksacheError
from .header import Header, read_header
from .lines import PlainLines, SourceDocument, lines_from_text
from .models import Document
from .segment import Segmentation, segment


def parse_source(source: SourceDocument) -> Document:
    """Run every stage on what a front end produced."""
    if not any(line.text.strip() for line in source.lines):
        raise EmptyInputError("the input holds no text (empty, or only white space)")
    cleaned = clean(source)
    texts = [line.text for line in cleaned.lines]
    header = read_header(texts, cleaned.note)
    segmentation = _segment(cleaned, header, isinstance(source.lines, PlainLines))
    if segmentation.page_heads:
        # Furniture found only once the answers are known: taken out as running heads, and
        # the body read again without them (a few documents; the second pass is one more).
        start = header.body_start
        lines = [start + i for head in segmentation.page_heads for i in range(head.start, head.end)]
        cleaned.drop(lines, "running_head")
        segmentation = _segment(cleaned, header, isinstance(source.lines, PlainLines))
    if header.drucksache is None and not segmentation.questions:
        raise NotADrucksacheError(
            "no Drucksache header ('Deutscher Bundestag Drucksache 21/…') and no numbered "
            "questions found: this does not look like an answer to a Kleine Anfrage"
        )
    return assemble(cleaned, header, segmentation, source.footnotes)


def _segment(cleaned: CleanLines, header: Header, plain: bool) -> Segmentation:
    """Segment the body lines; from a PDF (not ``plain``), with type sizes and positions."""
    lines = cleaned.lines[header.body_start :]
    question_type: list[bool | None] | None = None
    x0: list[float | None] | None = None
    if not plain:  # a text knows no type sizes or positions
        question_type = [line.question_type for line in lines]
        x0 = [line.x0 for line in lines]
    imprint = _imprint_line(cleaned, header.body_start)
    return segment([line.text for line in lines], header.kind, question_type, x0, imprint)


def _imprint_line(cleaned: CleanLines, body_start: int) -> int | None:
    """The body line the last page's imprint stood before, if lines follow it (a DIP text
    prints the annexes after it); None when it stood at the end, or there was none.
    Cleaning records where it took the imprint out: before the input line ``anchor``."""
    anchors = [r.anchor for r in cleaned.removed if r.reason == "imprint"]
    if not anchors:
        return None
    lines = cleaned.lines
    # Kept lines ascend by input line number: the first at or after the anchor.
    index = bisect_left(lines, anchors[-1], lo=body_start, key=_number)
    return index - body_start if index < len(lines) else None


def _number(line: WorkLine) -> int:
    return line.number


def parse_text(text: str) -> Document:
    """Parse the text of an answer to a Kleine Anfrage (or of a Kleine Anfrage).

    Raises a ``DrucksacheError`` subclass for input that is no such document at all: empty
    text (``EmptyInputError``), text with neither a Drucksache header nor numbered questions
    (``NotADrucksacheError``), another kind of Drucksache such as an Antrag
    (``WrongDocumentKindError``).  Anything else parses, with ``warnings`` for odd structure.
    """
    return parse_source(lines_from_text(text))


def parse_pdf(source: str | Path | bytes | BinaryIO) -> Document:
    """Parse a Bundestag PDF (a path, its bytes, or a binary file object).

    Raises the errors of ``parse_text`` and, for PDFs that cannot be read, a ``PdfError``
    subclass: ``NotAPdfError``, ``EncryptedPdfError``, ``CorruptPdfError``, ``NoTextLayerError``.
    """
    from .pdf import read_pdf

    return parse_source(read_pdf(source))
