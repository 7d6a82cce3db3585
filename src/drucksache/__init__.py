"""drucksache: the Bundestag's answers to Kleine Anfragen as typed objects.

>>> import drucksache
>>> doc = drucksache.parse_text(open("21-357.txt").read())  # doctest: +SKIP
>>> doc.metadata.inquiry, [a.questions for a in doc.answers]  # doctest: +SKIP
('21/173', [('1', '2', '3', '4')])
"""

from __future__ import annotations

from .errors import (
    CorruptPdfError,
    DrucksacheError,
    EmptyInputError,
    EncryptedPdfError,
    NotADrucksacheError,
    NotAPdfError,
    NoTextLayerError,
    PdfError,
    WrongDocumentKindError,
)
from .models import (
    Annex,
    Answer,
    Document,
    Footnote,
    Metadata,
    PageRange,
    ParseWarning,
    Question,
    QuestionPart,
    Reference,
    Removed,
    Segment,
    Span,
)
from .pipeline import parse_pdf, parse_text
from .render import render

__all__ = [
    "Annex",
    "Answer",
    "CorruptPdfError",
    "Document",
    "DrucksacheError",
    "EmptyInputError",
    "EncryptedPdfError",
    "Footnote",
    "Metadata",
    "NoTextLayerError",
    "NotADrucksacheError",
    "NotAPdfError",
    "PageRange",
    "ParseWarning",
    "PdfError",
    "Question",
    "QuestionPart",
    "Reference",
    "Removed",
    "Segment",
    "Span",
    "WrongDocumentKindError",
    "parse_pdf",
    "parse_text",
    "render",
]
