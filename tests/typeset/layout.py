"""Pagination: styled paragraphs into lines on pages, with the foot of each page reserved.

The foot of a page holds its footnotes and, on page 1, the note about who transmitted the
answer; the body stops ``FOOT_GAP`` above the rule that separates them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from drucksache.models import Footnote

from . import fonts, styles
from .breaking import LineText, break_lines, serif_measure
from .content import Paragraph
from .runs import Rule, Run
from .styles import LEFT, Style


@dataclass(slots=True)
class PlacedLine:
    """A body line on its page."""

    baseline: float
    line: LineText
    style: Style
    label: str | None = None
    last_of_paragraph: bool = False
    index: int = 0
    """Number of the line within its paragraph, from 0."""
    marks: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FootLine:
    """A line in the foot of a page; ``mark`` only on a footnote's first line."""

    text: str
    indent: float = 0.0
    mark: str | None = None
    size: float = styles.FOOT_SIZE
    leading: float = styles.FOOT_LEADING


@dataclass(slots=True)
class Page:
    """One page: body lines and the foot (note and footnotes, already broken into lines)."""

    number: int
    lines: list[PlacedLine] = field(default_factory=list)
    foot: list[FootLine] = field(default_factory=list)
    imprint: bool = False
    """The imprint stands at its foot: the last page's, or the last answer's page where the
    annexes follow on the next (``Paragraph.new_page``)."""


def foot_lines(note: Sequence[str], footnotes: Sequence[Footnote]) -> list[FootLine]:
    """The foot of a page: footnotes (text beside the mark) above the page-1 note."""
    measure = serif_measure(styles.FOOT_SIZE)
    indent = styles.FOOT_TEXT_INDENT
    out: list[FootLine] = []
    for footnote in footnotes:
        width = styles.COLUMN - indent
        text = fonts.settable(footnote.text)
        for index, line in enumerate(break_lines(text, measure, width, width)):
            out.append(FootLine(line.text, indent, footnote.mark if index == 0 else None))
    note_measure = serif_measure(styles.NOTE_SIZE)
    for paragraph in note:
        text = fonts.settable(paragraph)
        # The 271 notes of the WP21 DIP texts all break between words, never in one.
        width = styles.NOTE_WIDTH
        lines = break_lines(text, note_measure, width, width, hyphenate=False)
        out += [
            FootLine(line.text, 0.0, None, styles.NOTE_SIZE, styles.NOTE_LEADING) for line in lines
        ]
    return out


def foot_baselines(foot: Sequence[FootLine]) -> list[float]:
    """Baselines of the foot lines; the last sits on ``LAST_BASELINE``."""
    baselines: list[float] = []
    y = styles.LAST_BASELINE
    for index in range(len(foot) - 1, -1, -1):
        baselines.append(y)
        if index:
            y -= foot[index - 1].leading
    return baselines[::-1]


def body_limit(foot: Sequence[FootLine]) -> float:
    """The lowest body baseline a page with this foot allows."""
    if not foot:
        return styles.LAST_BASELINE
    return foot_baselines(foot)[0] - foot[0].size - 2 * styles.FOOT_GAP


class Paginator:
    """Sets paragraphs line by line, opening a new page when the current one is full."""

    def __init__(self, first_baseline: float, feet: dict[int, list[FootLine]]):
        self.pages = [Page(1, foot=feet.get(1, []))]
        self._feet = feet
        self._top = first_baseline
        self._last: float | None = None  # baseline of the last line set on this page

    @property
    def _page(self) -> Page:
        return self.pages[-1]

    def _new_page(self) -> None:
        number = len(self.pages) + 1
        self.pages.append(Page(number, foot=self._feet.get(number, [])))
        self._top = styles.FIRST_BASELINE
        self._last = None

    def _fits(self, baseline: float) -> bool:
        return baseline <= body_limit(self._page.foot) + 0.01

    def add(self, paragraph: Paragraph, following: Paragraph | None) -> None:
        """Set ``paragraph``; ``following`` is looked at to keep a heading with its text."""
        style = paragraph.style
        width = style.measure - style.indent
        lines = _broken(paragraph.text, style.font, style.size, style.tracking, width)
        # At least two lines of a paragraph (and a heading's first two) go onto a page together.
        need = (min(len(lines), 2) - 1) * style.leading
        if paragraph.keep_with_next and following is not None:
            need += following.style.space_before + 2 * following.style.leading
        if paragraph.new_page:
            if self._last is not None:
                self._new_page()
            self.pages[max(0, len(self.pages) - 2)].imprint = True
        if self._last is not None and not self._fits(self._first_baseline(style) + need):
            self._new_page()
        widow = self._widow_break(style, len(lines))
        for index, line in enumerate(lines):
            baseline = self._first_baseline(style) if index == 0 else self._after(style)
            if self._last is not None and (index == widow or not self._fits(baseline)):
                self._new_page()
                baseline = self._top
            label = paragraph.label if index == 0 else None
            last = index == len(lines) - 1
            self._page.lines.append(PlacedLine(baseline, line, style, label, last, index))
            self._last = baseline

    def _widow_break(self, style: Style, count: int) -> int | None:
        """Where to break early so that no last line stands alone atop the next page."""
        room = 0
        baseline = self._first_baseline(style)
        while room < count and self._fits(baseline):
            room += 1
            baseline += style.leading
        # ``room`` lines fit here.  If all but one do, the last two go over together, or the
        # whole paragraph when that would leave its first line alone here.
        if room == count - 1:
            return room - 1 if room >= 3 else 0
        return 0 if room == 1 and count > 1 else None

    def _first_baseline(self, style: Style) -> float:
        if self._last is None:
            return self._top
        return self._last + style.space_before + style.leading

    def _after(self, style: Style) -> float:
        return self._top if self._last is None else self._last + style.leading


@lru_cache(maxsize=4096)
def _broken(
    text: str, font: str, size: float, tracking: float, width: float
) -> tuple[LineText, ...]:
    # Long documents repeat paragraphs; breaking is the costly step of a layout.
    plain = serif_measure(size, font)
    measure = (lambda t: plain(t) + tracking * size * len(t)) if tracking else plain
    return tuple(break_lines(text, measure, width, width))


def paginate(
    paragraphs: Sequence[Paragraph],
    first_baseline: float,
    note: Sequence[str],
    footnotes: Sequence[Footnote],
) -> list[Page]:
    """Lay out the body; footnotes go to the foot of the page they name.

    A footnote without a page (a text's "* …" note line) goes to the page whose body cites its
    mark ("Anlage 1*"), or to the last page: a first layout without it finds that page.
    """
    paged = [footnote for footnote in footnotes if footnote.page is not None]
    if len(paged) < len(footnotes):
        pages = _paginate(paragraphs, first_baseline, note, paged)
        footnotes = _placed(footnotes, pages)
    pages = _paginate(paragraphs, first_baseline, note, footnotes)
    for footnote in paged:
        # A text's footnote has its mark in the text already; a PDF's gets a superscript.
        assert footnote.page is not None
        _anchor(pages[footnote.page - 1], footnote.mark)
    return pages


def _paginate(
    paragraphs: Sequence[Paragraph],
    first_baseline: float,
    note: Sequence[str],
    footnotes: Sequence[Footnote],
) -> list[Page]:
    by_page: dict[int, list[Footnote]] = {}
    for footnote in footnotes:
        assert footnote.page is not None
        by_page.setdefault(footnote.page, []).append(footnote)
    feet = {page: foot_lines(note if page == 1 else (), notes) for page, notes in by_page.items()}
    feet.setdefault(1, foot_lines(note, ()))
    paginator = Paginator(first_baseline, feet)
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        paginator.add(paragraph, following)
    pages = paginator.pages
    missing = sorted(set(by_page) - {page.number for page in pages})
    if missing:
        raise ValueError(f"footnotes name pages {missing}, but the answer has {len(pages)} pages")
    if not any(page.imprint for page in pages):
        pages[-1].imprint = True
    return pages


def _placed(footnotes: Sequence[Footnote], pages: Sequence[Page]) -> list[Footnote]:
    """Every footnote with a page: a pageless one on the page of the next line citing its mark."""
    cited = [(page.number, placed.line.text) for page in pages for placed in page.lines]
    out: list[Footnote] = []
    searched = 0  # notes follow the text that cites them: search on after the last citation
    for footnote in footnotes:
        if footnote.page is None:
            at = next(
                (i for i in range(searched, len(cited)) if footnote.mark in cited[i][1]), None
            )
            page = cited[at][0] if at is not None else pages[-1].number
            searched = at + 1 if at is not None else searched
            footnote = footnote.model_copy(update={"page": page})
        out.append(footnote)
    return out


def _anchor(page: Page, mark: str) -> None:
    # The mark follows the first paragraph end on its page (else the page's last line).
    for placed in page.lines:
        if placed.last_of_paragraph and placed.style is not styles.HEADING:
            placed.marks.append(mark)
            return
    if page.lines:
        page.lines[-1].marks.append(mark)


def line_runs(placed: PlacedLine) -> list[Run]:
    """The runs of one body line: hanging label, justified text, footnote marks."""
    style, line = placed.style, placed.line
    y = placed.baseline
    runs: list[Run] = []
    if placed.label:
        x = LEFT + style.label_indent
        label = placed.label
        if label.startswith(fonts.FIGURE_SPACE):
            # The figure space takes the width of a digit, so "1." lines up under "10.".
            runs.append(Run(x, y, fonts.FIGURE_SPACE, style.font, style.size))
            x += fonts.width("0", style.font, style.size)
            label = label[1:]
        runs.append(Run(x, y, label, style.font, style.size))
    text = line.text
    x = LEFT + style.indent
    natural = fonts.width(text, style.font, style.size)
    spaces = text.count(" ")
    stretch = 0.0
    if line.justified and style.justify and spaces:
        stretch = (style.measure - style.indent - natural) / spaces
    tracking = style.tracking * style.size
    body = Run(x, y, text, style.font, style.size, word_space=stretch, char_space=tracking)
    runs.append(body)
    x += body.width
    for mark in placed.marks:
        sup = Run(x, y, mark, style.font, styles.SUPERSCRIPT_SIZE, rise=styles.SUPERSCRIPT_RISE)
        runs.append(sup)
        x += sup.width
    return runs


def foot_runs(page: Page) -> tuple[list[Run], list[Rule]]:
    """The foot of ``page``: a short rule, then footnotes and the page-1 note in small type."""
    if not page.foot:
        return [], []
    baselines = foot_baselines(page.foot)
    top = baselines[0] - page.foot[0].size - styles.FOOT_GAP / 2
    runs: list[Run] = []
    for line, y in zip(page.foot, baselines, strict=True):
        if line.mark is not None:
            runs.append(Run(LEFT, y, line.mark, fonts.SERIF, styles.FOOT_MARK_SIZE, rise=2.5))
        runs.append(Run(LEFT + line.indent, y, line.text, fonts.SERIF, line.size))
    return runs, [Rule(LEFT, LEFT + styles.FOOT_RULE_LENGTH, top)]
