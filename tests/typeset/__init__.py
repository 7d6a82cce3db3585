"""A typesetter for the tests: a ``Document`` as a PDF in the Bundestag's layout.

No real PDF of an answer is available offline, so the tests make their own.  The layout
(A4, Times 10.68 pt body, preamble and questions in 9.6 pt with hanging numbers, Helvetica-Bold
furniture, running heads, the page-1 note, the imprint, footnotes, German hyphenation at line
ends) follows the real Drucksachen in ``/work/shared/corpus/pdf`` (positions within 0.05 pt)
and, where only an answer can tell, the line breaks of the WP21 DIP texts; see ``styles`` for
the numbers.  The text and its order are those of ``drucksache.render``.  Test tooling only:
``src/`` never imports it.

>>> pdf = typeset(sample_document())        # doctest: +SKIP  (2 pages, every feature)
>>> pdf = typeset_long(400)                 # doctest: +SKIP  (exactly 400 pages)
>>> pages = layout_pages(doc)               # doctest: +SKIP  (lines and baselines, no PDF)

From ``tests/``: ``python -m typeset sample|pages:N|DIP-TEXT.txt OUT.pdf``.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from drucksache.models import Document

from . import fonts, furniture, runs, styles
from .content import paragraphs
from .layout import Page, foot_runs, line_runs, paginate
from .ministries import genitive
from .sample import long_document, sample_document

__all__ = [
    "genitive",
    "layout_pages",
    "long_answer",
    "long_document",
    "sample_document",
    "typeset",
    "typeset_long",
]

# Questions in the probe that ``long_answer`` lays out first to see how many fill a page.
_PROBE_QUESTIONS = 40


def typeset(doc: Document) -> bytes:
    """``doc`` (an answer) as the bytes of a PDF in the Bundestag's layout."""
    pages, block = _layout(doc)
    meta = doc.metadata
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(styles.PAGE_WIDTH, styles.PAGE_HEIGHT), invariant=True)
    canvas.setTitle(f"Drucksache {meta.drucksache}" if meta.drucksache else "Drucksache")
    canvas.setAuthor("Deutscher Bundestag")
    for page in pages:
        _draw_page(canvas, doc, page, block if page.number == 1 else [])
    canvas.save()
    return buffer.getvalue()


def typeset_long(n_pages: int) -> bytes:
    """A PDF of exactly ``n_pages`` pages of questions and answers (for benchmarks)."""
    return typeset(long_answer(n_pages))


def long_answer(n_pages: int) -> Document:
    """A ``long_document`` with as many questions as fill ``n_pages`` pages (or one page).

    Raises ``ValueError`` for fewer than one page, or if no count of questions gives exactly
    ``n_pages`` pages.
    """
    if n_pages < 1:
        raise ValueError(f"n_pages must be at least 1, not {n_pages}")
    # Bracket the count from the pages a probe fills, then search: a full search from 1 would
    # lay out a 400-page answer a dozen times.
    probe = _PROBE_QUESTIONS * n_pages // max(1, _page_count(_PROBE_QUESTIONS) - 1) + 1
    low, high = max(1, probe * 4 // 5), probe * 6 // 5 + 4
    while low > 1 and _page_count(low) > n_pages:
        low //= 2
    while _page_count(high) <= n_pages:
        high *= 2
    # The longest answer that still ends on page ``n_pages``.
    while low < high - 1:
        middle = (low + high) // 2
        if _page_count(middle) <= n_pages:
            low = middle
        else:
            high = middle
    if _page_count(low) != n_pages:
        raise ValueError(f"no answer of exactly {n_pages} pages can be built")
    return long_document(low)


def _page_count(n_questions: int) -> int:
    return len(_layout(long_document(n_questions))[0])


def layout_pages(doc: Document) -> list[Page]:
    """The pages of ``doc`` as laid out, before drawing (lines, baselines, feet)."""
    return _layout(doc)[0]


def _layout(doc: Document) -> tuple[list[Page], list[runs.Run]]:
    """The pages of ``doc`` and its page-1 title block."""
    if doc.metadata.kind != "antwort":
        raise ValueError("the typesetter sets answers only (metadata.kind == 'antwort')")
    fonts.register()
    meta = doc.metadata
    # Like ``drucksache.render``, a document without a number has no header and title block.
    block: list[runs.Run] = []
    first_baseline = styles.FIRST_BASELINE
    if meta.drucksache is not None:
        block, first_baseline = furniture.title_block(meta)
    pages = paginate(paragraphs(doc), first_baseline, furniture.note(meta), doc.footnotes)
    return pages, block


def _draw_page(canvas: Canvas, doc: Document, page: Page, block: list[runs.Run]) -> None:
    items: list[runs.Run] = []
    rules: list[runs.Rule] = []
    if page.number == 1:
        items += (furniture.header(doc.metadata) if doc.metadata.drucksache else []) + block
    else:
        head, head_rules = furniture.running_head(page.number, doc.metadata)
        items += head
        rules += head_rules
    for placed in page.lines:
        items += line_runs(placed)
    foot, foot_rules = foot_runs(page)
    items += foot
    rules += foot_rules
    if page.imprint:
        imprint, imprint_rules = furniture.imprint()
        items += imprint
        rules += imprint_rules
    runs.draw(canvas, items, rules)
    canvas.showPage()
