"""Errors for input that cannot be parsed at all.

Every error the library raises on bad input is a ``DrucksacheError`` (a ``ValueError``), with a
message that says what is wrong and what to do.  Odd but parseable structure never raises: it
becomes a ``ParseWarning`` on the ``Document``.
"""

from __future__ import annotations


class DrucksacheError(ValueError):
    """Base class: the input cannot be parsed into a Document."""


class EmptyInputError(DrucksacheError):
    """The input holds no text at all."""


class NotADrucksacheError(DrucksacheError):
    """The text has neither a Drucksache header nor numbered questions."""


class WrongDocumentKindError(DrucksacheError):
    """The input is a Drucksache, but not an answer or a Kleine Anfrage (an Antrag, say)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class PdfError(DrucksacheError):
    """Base class for PDFs that cannot be read."""


class NotAPdfError(PdfError):
    """The file is not a PDF."""


class EncryptedPdfError(PdfError):
    """The PDF is encrypted and cannot be opened without a password."""


class CorruptPdfError(PdfError):
    """The PDF is truncated or damaged."""


class NoTextLayerError(PdfError):
    """The PDF has no text layer (a scan): it needs OCR first."""
