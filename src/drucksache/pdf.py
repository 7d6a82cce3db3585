"""The PDF front end: a Bundestag PDF to a ``SourceDocument``.

``read_pdf`` opens the file (bad input raises a ``PdfError`` subclass with a message a user
can act on), reads the characters page by page with pdfplumber (``pdf_layout`` makes lines
of them), and sorts each line into one of four places:

- kept lines, with page, font size, position, boldness and ``question_type``;
- ``Dropped`` page furniture: running heads and page numbers (by position *and* pattern),
  the "Vorabfassung" stamp;
- ``Footnote``s: smaller type at a page foot, below a short rule or opening with a mark;
- the page-1 note ("Die Antwort wurde namens der Bundesregierung … übermittelt."): kept as
  lines, placed after the body lines of page 1 (it stands at the foot), for the pipeline to
  take out and account for.  Headers, title block and the last page's imprint stay lines too.

Pages are released after use, so memory stays bounded on long documents.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pdfplumber
from pdfminer.layout import LTChar, LTComponent, LTContainer, LTImage, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from .errors import CorruptPdfError, EncryptedPdfError, NotAPdfError, NoTextLayerError
from .lines import Dropped, SourceDocument, SourceLine
from .models import Footnote
from .pdf_furniture import PageContent, TypeSizes, add_footnotes, classify_page, type_sizes
from .pdf_layout import Char, dedupe_chars, page_lines, rotated_runs

PdfSource = str | Path | bytes | BinaryIO

HEADER_WINDOW = 1024
"""The ``%PDF-`` header may follow up to 1 KB of junk (PDF 1.7, annex H)."""
MAX_RULE_THICKNESS = 2.0
"""A filled rectangle at most this many pt high is drawn as a rule."""
TRAILER_WINDOW = 2048
"""A complete file has ``%%EOF`` near its end; writers add at most a few bytes after it."""

_PARSER_ERRORS: tuple[type[BaseException], ...] = (
    PSException,
    PdfminerException,
    MalformedPDFException,
    # pdfminer reports damage in deep objects as plain Python errors.
    KeyError,
    TypeError,
    ValueError,
    IndexError,
    AttributeError,
    AssertionError,
    RecursionError,
    zlib.error,
)


def read_pdf(source: PdfSource) -> SourceDocument:
    """Read a Bundestag PDF into lines, dropped page furniture and footnotes.

    ``source`` is a path, the file's bytes, or a binary file object.  Raises
    ``NotAPdfError``, ``EncryptedPdfError``, ``CorruptPdfError`` or ``NoTextLayerError``.
    """
    name = _source_name(source)
    with _binary_stream(source) as stream:
        _check_envelope(stream, name)
        pages = _read_pages(stream, name)
    if not any(page.has_text for page in pages):
        raise NoTextLayerError(_no_text_message(name, pages))
    glyphs, unmapped = sum(p.glyphs for p in pages), sum(p.unmapped for p in pages)
    if unmapped * 2 > glyphs:
        raise NoTextLayerError(
            f"{name} has no readable text layer: {unmapped} of its {glyphs} characters are set "
            "in fonts without a Unicode map, so their text is unknown. It needs OCR (for "
            "example: ocrmypdf -l deu --force-ocr in.pdf out.pdf); then parse the OCR'd copy."
        )
    return _assemble(pages, type_sizes(line for page in pages for line in page.lines))


def _source_name(source: PdfSource) -> str:
    if isinstance(source, str | Path):
        return f"'{source}'"
    if isinstance(source, bytes | bytearray):
        return "the PDF data"
    return f"'{getattr(source, 'name', 'the PDF stream')}'"


@contextlib.contextmanager
def _binary_stream(source: PdfSource) -> Iterator[BinaryIO]:
    """A seekable binary stream over ``source`` (a path is opened and closed here)."""
    if isinstance(source, str | Path):
        with open(source, "rb") as handle:
            yield handle
    elif isinstance(source, bytes | bytearray):
        yield io.BytesIO(source)
    elif source.seekable():
        yield source
    else:  # pipes and sockets: pdfminer needs to seek to the cross-reference table
        yield io.BytesIO(source.read())


def _check_envelope(stream: BinaryIO, name: str) -> None:
    """Reject what is not a PDF, or a PDF cut short, before pdfminer sees it."""
    stream.seek(0)
    head = stream.read(HEADER_WINDOW)
    if b"%PDF-" not in head:
        raise NotAPdfError(f"{name} is not a PDF: it looks like {describe_bytes(head)}.")
    size = stream.seek(0, io.SEEK_END)
    stream.seek(max(0, size - TRAILER_WINDOW))
    if b"%%EOF" not in stream.read():
        raise CorruptPdfError(
            f"{name} is truncated: its {size} bytes end without the %%EOF marker that closes "
            "every complete PDF. The download or copy was probably cut short; fetch it again."
        )
    stream.seek(0)


def describe_bytes(head: bytes) -> str:
    """What the first bytes of a file say it is, for error messages."""
    magic = {
        b"PK\x03\x04": "a ZIP archive (a .docx, .odt or .zip file?)",
        b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (.doc, .xls)",
        b"{\\rtf": "an RTF document",
        b"%!PS": "a PostScript file",
        b"\x89PNG": "a PNG image",
        b"\xff\xd8\xff": "a JPEG image",
        b"GIF8": "a GIF image",
        b"II*\x00": "a TIFF image",
        b"MM\x00*": "a TIFF image",
    }
    for prefix, what in magic.items():
        if head.startswith(prefix):
            return what
    if not head:
        return "an empty file (0 bytes)"
    start = head.lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "an HTML page (a download that returned a web page instead of the PDF?)"
    if start.startswith(b"<?xml"):
        return "an XML file"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return f"binary data starting with the bytes {head[:8].hex(' ')}"
    snippet = " ".join(text.split())[:60]
    return f"plain text starting {snippet!r} (use parse_text for text)"


def _read_pages(stream: BinaryIO, name: str) -> list[PageContent]:
    """Every page's lines, with pdfminer's errors turned into ``PdfError``s."""
    handle: Any = stream  # pdfplumber reads any binary file object, whatever its stubs say
    try:
        pdf = pdfplumber.open(handle)
    except PdfminerException as exc:
        raise _open_error(name, exc) from exc
    except _PARSER_ERRORS as exc:
        raise _damaged(name, "its structure cannot be parsed", exc) from exc
    try:
        return _page_contents(pdf, name)
    finally:
        # Not ``with pdf``: pdfplumber's close() walks the page tree again, and on a damaged
        # file that raises a second error that would hide ours.  The stream is ours to close.
        with contextlib.suppress(*_PARSER_ERRORS):
            pdf.close()


def _page_contents(pdf: Any, name: str) -> list[PageContent]:
    try:
        pages = pdf.pages
    except _PARSER_ERRORS as exc:
        raise _damaged(name, "its page tree cannot be read", exc) from exc
    if not pages:
        raise CorruptPdfError(f"{name} is damaged: it has no pages.")
    contents = []
    for number, page in enumerate(pages, 1):
        try:
            contents.append(_read_page(page, number))
        except _PARSER_ERRORS as exc:
            raise _damaged(name, f"page {number} cannot be read", exc) from exc
        finally:
            page.close()  # drop the page's cached objects: bounded memory on long PDFs
    return contents


def _open_error(name: str, exc: PdfminerException) -> CorruptPdfError | EncryptedPdfError:
    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPdfError(
            f"{name} is encrypted and cannot be opened without its password. Remove the "
            "password (for example: qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and "
            "parse the decrypted copy."
        )
    return _damaged(name, "its structure cannot be parsed", cause)


def _damaged(name: str, what: str, exc: object) -> CorruptPdfError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return CorruptPdfError(
        f"{name} is damaged: {what} ({detail}). Try a fresh copy of the file, or repair it "
        "(for example: qpdf in.pdf repaired.pdf)."
    )


def _read_page(page: Any, number: int) -> PageContent:
    objects = _PageObjects(page)
    # Fake-bold headings print every glyph twice, a hair apart: keep one of each.
    chars = dedupe_chars(objects.chars)
    return PageContent(
        number=number,
        width=objects.width,
        height=objects.height,
        lines=tuple(page_lines(chars, number)),
        rotated=tuple(rotated_runs(chars)),
        rules=tuple(objects.rules),
        images=objects.images,
        glyphs=len(chars),
        unmapped=sum(1 for char in chars if char["text"].startswith("(cid:")),
    )


class _PageObjects:
    """Characters, horizontal rules and the image count of a page, in content order.

    Read straight off the pdfminer layout that pdfplumber makes for the page, in the same
    coordinates as pdfplumber's objects (``top`` from the top edge of the media box).
    pdfplumber's own object dicts resolve every attribute of every character (colours,
    colour spaces …): 40 % of the parsing time, for nothing this front end reads.
    """

    def __init__(self, page: Any) -> None:
        self.width, self.height = float(page.width), float(page.height)
        self._x0, self._top = (float(v) for v in page.mediabox[:2])
        self.chars: list[Char] = []
        self.rules: list[tuple[float, float, float]] = []
        self.images = 0
        for obj in _leaves(page.layout):
            if isinstance(obj, LTChar):
                self.chars.append(self._char(obj))
            elif isinstance(obj, LTLine | LTRect):
                self._add_rule(obj)
            elif isinstance(obj, LTImage):
                self.images += 1

    def _char(self, obj: LTChar) -> Char:
        top = self.height - obj.y1 + self._top
        fontname = obj.fontname
        if isinstance(fontname, bytes):  # rare byte-encoded font names
            fontname = fontname.decode("latin-1")
        return {
            "text": obj.get_text(),
            "x0": obj.x0 + self._x0,
            "x1": obj.x1 + self._x0,
            "top": top,
            "doctop": top,
            "bottom": self.height - obj.y0 + self._top,
            "y1": obj.y1,
            "matrix": obj.matrix,
            "size": obj.size,
            "fontname": str(fontname),
            "upright": obj.upright,
        }

    def _add_rule(self, obj: LTComponent) -> None:
        """Keep lines, and rectangles thin enough to be lines, that are horizontal."""
        if obj.height <= MAX_RULE_THICKNESS and obj.width < 0.9 * self.width:
            top = self.height - obj.y1 + self._top
            self.rules.append((obj.x0 + self._x0, obj.x1 + self._x0, top))


def _leaves(objects: Iterable[LTComponent]) -> Iterator[LTComponent]:
    for obj in objects:
        if isinstance(obj, LTContainer):  # figures (form XObjects) hold characters too
            yield from _leaves(obj)
        else:
            yield obj


def _no_text_message(name: str, pages: list[PageContent]) -> str:
    noun = "page" if len(pages) == 1 else "pages"
    with_images = sum(1 for page in pages if page.images)
    if with_images:
        what = f"no characters on its {len(pages)} {noun} ({with_images} with images): a scan"
    else:
        what = (
            f"no characters and no images on its {len(pages)} {noun}: blank pages, text drawn "
            "as outlines, or content that cannot be decoded (a damaged file?)"
        )
    return (
        f"{name} has no text layer: {what}. If it shows text in a viewer, it needs OCR first "
        "(for example: ocrmypdf -l deu in.pdf out.pdf); then parse the OCR'd copy."
    )


def _assemble(pages: list[PageContent], sizes: TypeSizes) -> SourceDocument:
    """Number the kept lines over all pages and point each dropped item at its successor."""
    lines: list[SourceLine] = []
    pending: list[Dropped] = []
    dropped: list[Dropped] = []
    footnotes: list[Footnote] = []
    for page in pages:
        layout = classify_page(page, sizes, first_page=page is pages[0])
        add_footnotes(footnotes, layout.footnotes)
        for item in layout.items:
            if isinstance(item, Dropped):
                pending.append(item)
                continue
            number = len(lines) + 1
            dropped.extend(_before(d, number) for d in pending)
            pending = []
            lines.append(item.source_line(number, sizes))
    dropped.extend(_before(d, len(lines) + 1) for d in pending)
    return SourceDocument(lines=tuple(lines), dropped=tuple(dropped), footnotes=tuple(footnotes))


def _before(item: Dropped, number: int) -> Dropped:
    return Dropped(reason=item.reason, text=item.text, before=number, page=item.page)
