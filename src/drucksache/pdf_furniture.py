"""What the lines of a PDF page are: body text, page furniture, footnotes, the page-1 note.

Running heads and page numbers are recognised by position (a band at the top or foot of
the page) *and* by pattern, so body text that happens to stand high on a page or to look
like a number is never taken out.  Footnotes are smaller type at the page foot, below a
short rule or opening with a superscript mark.  The sizes that tell question type from
answer type are measured on the document itself (``type_sizes``), never assumed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lines import Dropped, SourceLine
from .models import Footnote, RemovedReason
from .pdf_layout import RawLine
from .text_furniture import join_lines

HEAD_BAND = 0.11
"""Running heads end within this share of the page height from the top (A4: 93 pt)."""
FOOT_BAND = 0.08
"""Page numbers at the foot start within this share of the page height from the bottom."""
QUESTION_RATIO = (0.82, 0.95)
"""The question type is this much smaller than the answer type (9.6 pt against 10.7 pt)."""
QUESTION_MIN_SHARE = 0.05
"""A second size needs this share of the main size's characters to count as question type."""
SIZE_TOLERANCE = 0.3
"""A line is in a type size when its size is within this many pt of it."""
FOOTNOTE_RATIO = 0.95
"""Footnote type is smaller than this share of the smallest text type (question type)."""
FOOTNOTE_RULE_MAX = 0.5
"""A footnote rule is shorter than this share of the page width (table rules are longer)."""
FOOTNOTE_RULE_MIN_PT = 20.0
FOOTNOTE_RULE_REACH = 3.0
"""The first footnote starts within this many of its lines' heights below the rule."""
NOTE_MAX_LINES = 4

_SPACE = r"[\s\u2009\u202f]"
_DRUCKSACHE = rf"Drucksache{_SPACE}+\d{{1,2}}/(?:\d|{_SPACE})+?"
_BUNDESTAG = r"Deutscher\s+Bundestag\s*[–-]\s*\d{1,2}\.\s*Wahlperiode"
_FOLIO = r"(?:\s*[–-]\s*\d{1,4}\s*[–-]\s*|\s+)"
RUNNING_HEAD = re.compile(
    rf"\s*(?:{_DRUCKSACHE}{_FOLIO}{_BUNDESTAG}|{_BUNDESTAG}{_FOLIO}{_DRUCKSACHE})\s*"
)
PAGE_NUMBER = re.compile(
    r"\s*(?:[–-]\s*)?\d{1,4}(?:\s*[–-])?\s*|\s*Seite\s+\d{1,4}(?:\s+von\s+\d{1,4})?\s*"
)
RUNNING_HEAD_PART = re.compile(rf"\s*(?:{_DRUCKSACHE}|{_BUNDESTAG})\s*")
"""Half a running head, when its halves stand on different baselines (never on page 1, where
"Drucksache 21/357" alone is the page header)."""
VORABFASSUNG = re.compile(r"\s*Vorabfassung\b")
VORABFASSUNG_LINE = re.compile(
    r"\s*Vorabfassung\s*[–-]\s*wird\s+durch\s+die\s+lektorierte\s+(?:Fassung|Version)\s+"
    r"ersetzt\.?\s*"
)
NOTE_START = re.compile(
    r"\s*Die\s+Antwort\s+wurde\s+(?:namens|im\s+Namen)\b|\s*Die\s+Drucksache\s+enthält\b"
)
NOTE_END = re.compile(r"(?:übermittelt|Fragetext)\.?\s*$")
IMPRINT = re.compile(r"\s*(?:Gesamtherstellung|Vertrieb|ISSN|Satz|Druck|Herstellung)\b")
PLAIN_MARK = re.compile(r"\s*(\d{1,3}|\*{1,3})\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class PageContent:
    """Everything ``read_pdf`` keeps of one page once pdfplumber has let go of it."""

    number: int
    width: float
    height: float
    lines: tuple[RawLine, ...]
    rotated: tuple[str, ...]
    rules: tuple[tuple[float, float, float], ...]
    """Horizontal rules as (x0, x1, top)."""
    images: int
    glyphs: int = 0
    """Characters on the page (after de-duplication)."""
    unmapped: int = 0
    """Characters pdfminer could not map to Unicode: it writes them as ``(cid:N)``."""

    @property
    def has_text(self) -> bool:
        """True when the page holds any characters."""
        return bool(self.lines or self.rotated)


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """The document's answer (body) type and, if it has one, its smaller question type."""

    body: float | None
    question: float | None

    def question_type(self, size: float) -> bool | None:
        """True in question type, False in body type, None in any other size."""
        if self.question is not None and abs(size - self.question) <= SIZE_TOLERANCE:
            return True
        if self.body is not None and abs(size - self.body) <= SIZE_TOLERANCE:
            return False
        return None

    @property
    def smallest(self) -> float | None:
        """The smaller of the two text types (footnotes are smaller still)."""
        return self.question or self.body


@dataclass(frozen=True, slots=True)
class KeptLine:
    """A line that goes to the pipeline; ``raw`` is None for rotated text."""

    text: str
    page: int
    raw: RawLine | None = None

    def source_line(self, number: int, sizes: TypeSizes) -> SourceLine:
        """The ``SourceLine`` for this line as line ``number`` of the document."""
        raw = self.raw
        if raw is None:
            return SourceLine(text=self.text, number=number, page=self.page)
        return SourceLine(
            text=raw.text,
            number=number,
            page=raw.page,
            size=raw.size,
            x0=round(raw.x0, 2),
            top=round(raw.top, 2),
            bold=raw.bold,
            question_type=sizes.question_type(raw.size),
        )


@dataclass(frozen=True, slots=True)
class PageLayout:
    """A page sorted out: kept lines and dropped furniture in reading order, footnotes."""

    items: tuple[KeptLine | Dropped, ...]
    footnotes: tuple[Footnote, ...]


def type_sizes(lines: Iterable[RawLine]) -> TypeSizes:
    """Measure the answer type and the question type on the document's regular text.

    The main size is the one most characters are set in; a second size counts as the other
    text type when it is 82-95 % (or the inverse) of the main one and not rare.  The larger
    of the two is the answer type: an answer with long questions and short answers then
    still reads right.
    """
    counts: Counter[float] = Counter()
    for line in lines:
        if not line.bold:
            counts[round(line.size, 2)] += len(line.text.strip())
    if not counts:
        return TypeSizes(body=None, question=None)
    main, main_count = counts.most_common(1)[0]
    low, high = QUESTION_RATIO
    for size, count in counts.most_common():
        ratio = min(size, main) / max(size, main)
        if low <= ratio <= high and count >= QUESTION_MIN_SHARE * main_count:
            return TypeSizes(body=max(size, main), question=min(size, main))
    return TypeSizes(body=main, question=None)


def classify_page(page: PageContent, sizes: TypeSizes, first_page: bool) -> PageLayout:
    """Sort the lines of one page (see the module docstring) into reading order."""
    stamps, rotated = _rotated_items(page)
    furniture: list[tuple[float, KeptLine | Dropped]] = []
    body: list[RawLine] = []
    for line in page.lines:
        reason = _furniture_reason(line, page, first_page)
        if reason is None:
            body.append(line)
        else:
            furniture.append((line.top, _drop(reason, line.text, page.number)))
    note = set(_page1_note(body, page)) if first_page else set()
    body = [line for line in body if line not in note]
    zone = _footnote_zone(body, page, sizes)
    in_footnotes = [line for line in zone if not IMPRINT.match(line.text)]
    skip = set(in_footnotes)
    positioned = furniture + [(ln.top, _keep(ln)) for ln in body if ln not in skip]
    positioned.sort(key=lambda pair: pair[0])
    # The page-1 note stands at the foot: after the body, whatever its position says.
    tail = [_keep(line) for line in page.lines if line in note]
    items = (*stamps, *(item for _, item in positioned), *rotated, *tail)
    return PageLayout(items=items, footnotes=tuple(_footnotes(in_footnotes, page.number)))


def _keep(line: RawLine) -> KeptLine:
    return KeptLine(text=line.text, page=line.page, raw=line)


def _drop(reason: RemovedReason, text: str, page: int) -> Dropped:
    # ``before`` is set once the lines of the whole document are numbered.
    return Dropped(reason=reason, text=text.strip(), before=0, page=page)


def _rotated_items(page: PageContent) -> tuple[list[Dropped], list[KeptLine]]:
    """The rotated "Vorabfassung" stamp is dropped; other rotated text is kept as lines."""
    stamps = [_drop("vorabfassung", t, page.number) for t in page.rotated if VORABFASSUNG.match(t)]
    kept = [KeptLine(text=t, page=page.number) for t in page.rotated if not VORABFASSUNG.match(t)]
    return stamps, kept


def _furniture_reason(line: RawLine, page: PageContent, first_page: bool) -> RemovedReason | None:
    in_head = line.bottom <= HEAD_BAND * page.height
    in_foot = line.top >= (1 - FOOT_BAND) * page.height
    if in_head and RUNNING_HEAD.fullmatch(line.text):
        return "running_head"
    if in_head and not first_page and RUNNING_HEAD_PART.fullmatch(line.text):
        return "running_head"
    if VORABFASSUNG_LINE.fullmatch(line.text):  # the stamp set upright, wherever it stands
        return "vorabfassung"
    if (in_head or in_foot) and PAGE_NUMBER.fullmatch(line.text):
        return "page_number"
    return None


def _page1_note(lines: Sequence[RawLine], page: PageContent) -> list[RawLine]:
    """The lines of the note at the foot of page 1 ("Die Antwort wurde namens …")."""
    note: list[RawLine] = []
    taking = 0
    for line in lines:
        if line.top > page.height / 2 and NOTE_START.match(line.text):
            taking = NOTE_MAX_LINES
        if taking:
            note.append(line)
            taking = 0 if NOTE_END.search(line.text) else taking - 1
    return note


def _footnote_zone(lines: Sequence[RawLine], page: PageContent, sizes: TypeSizes) -> list[RawLine]:
    """The footnote lines at the foot of the page: below a short rule, or opening with a mark."""
    smallest = sizes.smallest
    if smallest is None or not lines:
        return []
    limit = FOOTNOTE_RATIO * smallest
    for x0, x1, top in sorted(page.rules, key=lambda rule: rule[2]):
        if not FOOTNOTE_RULE_MIN_PT <= x1 - x0 <= FOOTNOTE_RULE_MAX * page.width:
            continue
        below = [line for line in lines if line.top > top]
        if (
            below
            and all(line.size <= limit for line in below)
            and below[0].top - top <= FOOTNOTE_RULE_REACH * below[0].size
        ):
            return below
    trailing: list[RawLine] = []
    for line in reversed(lines):
        if line.size > limit:
            break
        trailing.insert(0, line)
    return trailing if trailing and trailing[0].mark else []


def _footnotes(lines: Sequence[RawLine], page: int) -> list[Footnote]:
    """Footnotes from the lines of a footnote zone: a mark opens one, other lines continue it."""
    raised = any(line.mark for line in lines)
    notes: list[tuple[str, str]] = []
    for line in lines:
        mark, text = _split_mark(line, raised)
        if mark is not None or not notes:
            notes.append((mark or "", text))
        else:
            notes[-1] = (notes[-1][0], join_lines(notes[-1][1], text))
    return [Footnote(mark=mark, text=text, page=page) for mark, text in notes]


def add_footnotes(footnotes: list[Footnote], new: Sequence[Footnote]) -> None:
    """Append a page's footnotes; unmarked text heading a page's footnotes is the end of the
    previous page's last footnote, run over the page break."""
    for note in new:
        if not note.mark and footnotes and note is new[0]:
            last = footnotes[-1]
            footnotes[-1] = last.model_copy(update={"text": join_lines(last.text, note.text)})
        else:
            footnotes.append(note)


def _split_mark(line: RawLine, raised: bool) -> tuple[str | None, str]:
    """The footnote mark a line opens with (None if it continues a footnote) and its text."""
    if line.mark:
        return line.mark, line.text.strip()[len(line.mark) :].strip()
    plain = None if raised else PLAIN_MARK.match(line.text)
    if plain is not None:  # some typesetters print the mark on the baseline
        return plain.group(1), line.text[plain.end() :].strip()
    return None, line.text.strip()
