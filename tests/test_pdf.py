"""The PDF front end: real Bundestag PDFs, a typeset answer, bad PDFs, and the layout rules."""

from __future__ import annotations

import contextlib
import io
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

import drucksache
from drucksache import pdf as pdf_module
from drucksache.errors import (
    CorruptPdfError,
    EncryptedPdfError,
    NotAPdfError,
    NoTextLayerError,
    PdfError,
)
from drucksache.lines import SourceDocument
from drucksache.pdf import read_pdf

CORPUS = Path("/work/shared/corpus/pdf")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"
HEAD = re.compile(r"Drucksache \d+/\d+ – \d+ –|Wahlperiode – \d+ – Drucksache")
QUESTION = re.compile(r"^ ?(\d{1,2})\. \S")

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="real PDFs not available")


@pytest.fixture(scope="module")
def kleine_anfrage() -> SourceDocument:
    return read_pdf(CORPUS / "20-7789-kleine-anfrage.pdf")


def question_numbers(doc: SourceDocument) -> list[int]:
    """Numbers of the lines that open a numbered question (after the page-1 header)."""
    return [
        int(m.group(1))
        for line in doc.lines
        if line.number > 2 and not line.bold and (m := QUESTION.match(line.text))
    ]


# --- the real Kleine Anfragen ---------------------------------------------------------------


@needs_corpus
def test_page1_header_reads_like_the_dip_text(kleine_anfrage: SourceDocument) -> None:
    assert [line.text for line in kleine_anfrage.lines[:3]] == [
        "Deutscher Bundestag Drucksache 20/7789",
        "20. Wahlperiode 19.07.2023",
        "Kleine Anfrage",
    ]


@needs_corpus
def test_all_thirty_questions_in_order(kleine_anfrage: SourceDocument) -> None:
    # Counted on the rendered pages: questions 1-30, 9 and 10 with sub-questions a)-d).
    assert question_numbers(kleine_anfrage) == list(range(1, 31))
    one = next(line for line in kleine_anfrage.lines if "1. Wie viele" in line.text)
    assert one.text.startswith(" 1. ")  # figure-space padded number, as the layout notes say


@needs_corpus
def test_running_heads_dropped_not_kept(kleine_anfrage: SourceDocument) -> None:
    assert not [line.text for line in kleine_anfrage.lines if HEAD.search(line.text)]
    heads = [d for d in kleine_anfrage.dropped if d.reason == "running_head"]
    assert [d.page for d in heads] == [2, 3, 4, 5, 6]  # page 7 is blank, 8 holds the imprint
    assert heads[0].text == "Drucksache 20/7789 – 2 – Deutscher Bundestag – 20. Wahlperiode"
    assert heads[1].text == "Deutscher Bundestag – 20. Wahlperiode – 3 – Drucksache 20/7789"
    for head in heads:
        following = kleine_anfrage.lines[head.before - 1]
        assert following.page == head.page
        assert following.number == head.before


@needs_corpus
def test_no_soft_hyphens_and_line_end_hyphens_kept(kleine_anfrage: SourceDocument) -> None:
    assert not [line.text for line in kleine_anfrage.lines if "\u00ad" in line.text]
    assert any(line.text.endswith("sogenann-") for line in kleine_anfrage.lines)


@needs_corpus
def test_kleine_anfrage_is_all_body_type(kleine_anfrage: SourceDocument) -> None:
    # A Kleine Anfrage sets preamble and questions alike in 10.68 pt Times: no question type.
    assert {line.size for line in kleine_anfrage.lines if line.question_type is False} == {10.68}
    assert not [line for line in kleine_anfrage.lines if line.question_type]
    questions = [line for line in kleine_anfrage.lines if QUESTION.match(line.text)]
    assert all(line.question_type is False for line in questions[1:])


@needs_corpus
def test_imprint_stays_as_lines(kleine_anfrage: SourceDocument) -> None:
    last = [line.text for line in kleine_anfrage.lines if line.page == 8]
    assert last[0].startswith("Gesamtherstellung: H. Heenemann")
    assert last[-1] == "ISSN 0722-8333"
    assert kleine_anfrage.footnotes == ()


@needs_corpus
def test_vorabfassung_stamp_dropped() -> None:
    doc = read_pdf(CORPUS / "20-8123-kleine-anfrage.pdf")
    assert question_numbers(doc) == list(range(1, 10))
    stamps = [d for d in doc.dropped if d.reason == "vorabfassung"]
    assert [d.page for d in stamps] == [1, 2]
    assert stamps[0].text == "Vorabfassung - wird durch die lektorierte Version ersetzt."
    assert not [line for line in doc.lines if "Vorabfassung" in line.text]


@needs_corpus
def test_antrag_footnotes() -> None:
    doc = read_pdf(CORPUS / "20-6415-antrag.pdf")
    assert doc.lines[2].text == "Antrag"
    assert [f.mark for f in doc.footnotes] == [str(n) for n in range(1, 14)]
    assert [f.page for f in doc.footnotes][:6] == [1, 1, 1, 1, 1, 2]
    # Footnote 5 runs over the page break: its end on page 2 is joined to it.
    assert doc.footnotes[4].text.endswith("waermeerzeuger-in-deutschland/, Zugriff am 28.03.2023.")
    assert doc.footnotes[0].text == (
        "https://www.welt.de/finanzen/immobilien/plus244353343/Wohnungsbau-Januar-Kollaps-"
        "leitet-die-naechste-Phase-der-Baukrise-ein.html, Zugriff am 28.03.2023."
    )
    assert not [line for line in doc.lines if "https://" in line.text]
    # The marks stay in the body text, as superscripts.
    assert any("„Schockstarre“¹." in line.text for line in doc.lines)


# --- a typeset answer -------------------------------------------------------------------------

SERIF, SERIF_BOLD, SANS_BOLD = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans-Bold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
H = 841.89


def _register_fonts() -> None:
    if not (FONT_DIR / "DejaVuSerif.ttf").exists():
        pytest.skip("DejaVu fonts not installed")
    for name in (SERIF, SERIF_BOLD, SANS_BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


# Pieces of text as (x, top, text, font, size, rise): x None continues the previous piece.
Piece = tuple[float | None, float, str, str, float, float]
PAGE1: list[Piece] = [
    (60, 58, "Deutscher Bundestag", SANS_BOLD, 12.28, 0),
    (400, 55, "Drucksache 21/357", SANS_BOLD, 16.02, 0),
    (60, 81, "21. Wahlperiode", SANS_BOLD, 11.75, 0),
    (480, 83, "28.05.2025", SERIF, 8.54, 0),
    (60, 160, "Antwort", SANS_BOLD, 17.08, 0),
    (60, 185, "der Bundesregierung", SANS_BOLD, 12.28, 0),
    (60, 250, "Die Fragesteller fragen nach dem Ausbau.", SERIF, 9.6, 0),
    (60, 270, "\u2007 1.", SERIF, 9.6, 0),
    (80, 270, "Wie bewertet die Bundesregierung den Ausbau der Bahn?", SERIF, 9.6, 0),
    (60, 290, "Die Bundesregierung bewertet den Ausbau der Bahn als Bundes\u00ad", SERIF, 10.68, 0),
    (60, 302, "aufgabe, siehe die Studie", SERIF, 10.68, 0),
    (None, 302, "1", SERIF, 6.4, 3.8),
    (None, 302, " zum Ver\u00adkehr.", SERIF, 10.68, 0),
    (60, 320, "Statement", SERIF, 10.68, 0),
    (60.3, 320, "Statement", SERIF, 10.68, 0),  # fake bold: the same glyphs twice, a hair apart
    (60, 735, "Die Antwort wurde namens der Bundesregierung mit Schreiben des", SERIF, 8.5, 0),
    (60, 745, "Bundesministeriums für Verkehr vom 9. Mai 2025 übermittelt.", SERIF, 8.5, 0),
    (60, 755, "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den", SERIF, 8.5, 0),
    (60, 765, "Fragetext.", SERIF, 8.5, 0),
]
PAGE2: list[Piece] = [
    (60, 62, "Drucksache 21/357", SANS_BOLD, 11.75, 0),
    (290, 63, "– 2 –", SERIF, 10.68, 0),
    (360, 63, "Deutscher Bundestag – 21. Wahlperiode", SERIF, 10.68, 0),
    (60, 110, "10.", SERIF, 9.6, 0),
    (80, 110, "Welche Kosten entstehen durch den Ausbau?", SERIF, 9.6, 0),
    (60, 130, "Die Kosten betragen 2 Mrd. Euro.", SERIF, 10.68, 0),
    (None, 130, "2", SERIF, 6.4, 3.8),
    (60, 148, "2025", SERIF, 10.68, 0),
    (60, 703, "2", SERIF, 5.0, 3.0),
    (66, 705, "https://example.org/eine-sehr-lange-", SERIF, 8.0, 0),
    (66, 715, "adresse/seite.html, Zugriff am 1.4.2025.", SERIF, 8.0, 0),
    (295, 800, "2", SERIF, 10.68, 0),
]


def _draw(canvas: Canvas, pieces: list[Piece], rule_top: float) -> None:
    """Draw the pieces (baseline at ``top`` + size from the top edge) and a footnote rule."""
    end = 0.0
    for x, top, text, font, size, rise in pieces:
        obj = canvas.beginText(end if x is None else x, H - top - size)
        obj.setFont(font, size)
        obj.setRise(rise)
        obj.textOut(text)
        canvas.drawText(obj)
        end = float(obj.getX())
    canvas.line(60, H - rule_top, 200, H - rule_top)


def _letter_spaced_heading(canvas: Canvas) -> None:
    obj = canvas.beginText(60, H - 240)
    obj.setFont(SANS_BOLD, 10.68)
    obj.setCharSpace(2.5)
    obj.textOut("V\u00adorbemerkung der Fragesteller")
    canvas.drawText(obj)


def _vorabfassung_stamp(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.translate(560, H - 100)
    canvas.rotate(-90)
    canvas.setFont(SANS_BOLD, 14)
    canvas.drawString(0, 0, "Vorabfassung – wird durch die lektorierte Fassung ersetzt.")
    canvas.restoreState()


@pytest.fixture(scope="module")
def answer_pdf() -> bytes:
    _register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.28, H), invariant=True)
    _draw(canvas, PAGE1, rule_top=730)
    _letter_spaced_heading(canvas)
    canvas.showPage()
    _draw(canvas, PAGE2, rule_top=700)
    _vorabfassung_stamp(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def answer(answer_pdf: bytes) -> SourceDocument:
    return read_pdf(answer_pdf)


def _line(doc: SourceDocument, start: str) -> Any:
    return next(line for line in doc.lines if line.text.lstrip().startswith(start))


def test_typeset_header_and_letter_spacing(answer: SourceDocument) -> None:
    texts = [line.text for line in answer.lines]
    assert texts[:4] == [
        "Deutscher Bundestag Drucksache 21/357",
        "21. Wahlperiode 28.05.2025",
        "Antwort",
        "der Bundesregierung",
    ]
    # Letter-spaced as the DIP texts print it (the soft hyphen inside is invisible).
    assert texts[4] == "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r"


def test_typeset_question_type(answer: SourceDocument) -> None:
    question = _line(answer, "1. Wie bewertet")
    assert question.text == " 1. Wie bewertet die Bundesregierung den Ausbau der Bahn?"
    assert question.question_type is True and question.size == 9.6
    assert _line(answer, "Die Fragesteller").question_type is True
    assert _line(answer, "10. Welche Kosten").question_type is True
    assert _line(answer, "Die Bundesregierung bewertet").question_type is False
    assert _line(answer, "Antwort").question_type is None  # heading type
    assert _line(answer, "Antwort").bold


def test_typeset_soft_hyphens_superscripts_and_fake_bold(answer: SourceDocument) -> None:
    assert _line(answer, "Die Bundesregierung bewertet").text.endswith("als Bundes-")
    assert _line(answer, "aufgabe").text == "aufgabe, siehe die Studie¹ zum Verkehr."
    assert not [line for line in answer.lines if "\u00ad" in line.text]
    assert [line.text for line in answer.lines if "Statement" in line.text] == ["Statement"]


def test_typeset_page1_note_after_page1_body(answer: SourceDocument) -> None:
    page1 = [line.text for line in answer.lines if line.page == 1]
    assert page1[-4:] == [
        "Die Antwort wurde namens der Bundesregierung mit Schreiben des",
        "Bundesministeriums für Verkehr vom 9. Mai 2025 übermittelt.",
        "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den",
        "Fragetext.",
    ]


def test_typeset_furniture_and_footnotes(answer: SourceDocument) -> None:
    by_reason = {d.reason: d for d in answer.dropped}
    first_on_2 = next(line for line in answer.lines if line.page == 2)
    assert by_reason["running_head"].text == (
        "Drucksache 21/357 – 2 – Deutscher Bundestag – 21. Wahlperiode"
    )
    assert by_reason["running_head"].before == first_on_2.number
    assert by_reason["vorabfassung"].page == 2
    assert by_reason["page_number"].text == "2"
    assert by_reason["page_number"].before == len(answer.lines) + 1  # nothing follows it
    assert _line(answer, "2025").text == "2025"  # a number in the body is not a page number
    assert [(f.mark, f.text, f.page) for f in answer.footnotes] == [
        ("2", "https://example.org/eine-sehr-lange-adresse/seite.html, Zugriff am 1.4.2025.", 2)
    ]


@pytest.mark.parametrize("kind", ["str", "path", "bytes", "file", "pipe"])
def test_every_source_kind(answer_pdf: bytes, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "answer.pdf"
    path.write_bytes(answer_pdf)
    sources: dict[str, Callable[[], Any]] = {
        "str": lambda: str(path),
        "path": lambda: path,
        "bytes": lambda: answer_pdf,
        "file": lambda: path.open("rb"),
        "pipe": lambda: _Unseekable(answer_pdf),
    }
    source = sources[kind]()
    assert read_pdf(source) == read_pdf(answer_pdf)


class _Unseekable(io.RawIOBase):
    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


# --- bad PDFs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "error", "says"),
    [
        ("encrypted.pdf", EncryptedPdfError, "password"),
        ("truncated.pdf", CorruptPdfError, "truncated"),
        ("damaged-xref.pdf", CorruptPdfError, "damaged"),
        ("scan.pdf", NoTextLayerError, "OCR"),
        ("not-a-pdf.pdf", NotAPdfError, "plain text starting 'Deutscher Bundestag"),
        ("html-download.pdf", NotAPdfError, "HTML page"),
    ],
)
def test_bad_pdf_raises_its_error(name: str, error: type[PdfError], says: str) -> None:
    with pytest.raises(error, match=re.escape(says)) as caught:
        read_pdf(FIXTURES / name)
    assert name in str(caught.value)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty file"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"\x89PNG\r\n", "PNG image"),
        (b"\x00\x01\x02\xfe", "binary data"),
    ],
)
def test_not_a_pdf_says_what_it_is(data: bytes, says: str) -> None:
    with pytest.raises(NotAPdfError, match=says):
        read_pdf(data)


def test_pdfminer_errors_do_not_escape() -> None:
    damaged = (FIXTURES / "damaged-xref.pdf").read_bytes()
    with pytest.raises(CorruptPdfError) as caught:
        read_pdf(damaged)
    assert "PDFSyntaxError" in str(caught.value)  # the cause is named in our own error


def test_fonts_without_unicode_map_need_ocr(
    answer_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pdfminer writes glyphs of fonts without a ToUnicode map as "(cid:N)".
    original = pdf_module._PageObjects._char

    def unmapped(self: Any, obj: Any) -> dict[str, Any]:
        return {**original(self, obj), "text": "(cid:7)"}

    monkeypatch.setattr(pdf_module._PageObjects, "_char", unmapped)
    with pytest.raises(NoTextLayerError, match="without a Unicode map"):
        read_pdf(answer_pdf)


@needs_corpus
def test_damaged_bytes_raise_only_our_errors() -> None:
    # Seeded byte flips in a real PDF; flips 9 and 27 once let pdfplumber's close() raise a
    # PdfminerException past our own CorruptPdfError.
    data = (CORPUS / "20-8123-kleine-anfrage.pdf").read_bytes()
    rng = random.Random(1)
    for _ in range(30):
        damaged = bytearray(data)
        for _ in range(rng.choice([1, 5, 50])):
            damaged[rng.randrange(len(damaged) - 10)] = rng.randrange(256)
        with contextlib.suppress(PdfError):
            read_pdf(bytes(damaged))


# --- through the pipeline -------------------------------------------------------------------------


@needs_corpus
def test_pipeline_reads_kind_and_questions_from_our_lines() -> None:
    doc = drucksache.parse_pdf(CORPUS / "20-7789-kleine-anfrage.pdf")
    assert (doc.metadata.kind, doc.metadata.drucksache) == ("kleine_anfrage", "20/7789")
    assert [q.number for q in doc.questions] == [str(n) for n in range(1, 31)]
    with pytest.raises(drucksache.WrongDocumentKindError):
        drucksache.parse_pdf(CORPUS / "20-6415-antrag.pdf")


@needs_corpus
def test_question_numbers_hang_left_of_their_text(kleine_anfrage: SourceDocument) -> None:
    # The x0 by which a reader tells a hanging number (" 2. Welche …" after "… entweder") from a
    # number that runs on inside a question's text ("… der" / "21. Legislaturperiode …").
    lines = kleine_anfrage.lines
    hanging = [
        (line, lines[k + 1])
        for k, line in enumerate(lines[:-1])
        if line.number > 2 and not line.bold and QUESTION.match(line.text)
    ]
    assert len(hanging) == 30
    for line, following in hanging:
        assert line.x0 is not None and following.x0 is not None
        if QUESTION.match(following.text):  # a one-line question: the next number lines up
            assert abs(following.x0 - line.x0) < 6
        else:  # text at 79.8, numbers at 59.5 ("10.") or 64.9 (" 1.")
            assert following.x0 - line.x0 > 14
