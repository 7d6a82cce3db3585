"""Characters of one PDF page to text lines: the geometry half of the PDF front end.

pdfplumber gives characters with their boxes; this module groups them into lines by
baseline, puts spaces where the gaps are, reads letter-spaced headings the way the DIP
texts print them (``V o r b e m e r k u n g  d e r  F r a g e s t e l l e r``: one space
between letters, two between words) and turns raised small digits (footnote marks,
``m²``) into Unicode superscripts.  It knows nothing about Drucksachen: ``pdf.py`` decides
what the lines are.
"""

from __future__ import annotations

import itertools
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pdfplumber.utils.clustering import cluster_objects

from .lines import SOFT_HYPHEN, drop_soft_hyphens

Char = dict[str, Any]
"""A pdfplumber character: ``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``, ``fontname``,
``upright``, ``matrix`` …"""

# Tolerances in em (fractions of the font size) unless said otherwise.
BASELINE_TOLERANCE = 0.2
"""Characters whose baselines differ by less than this share a line."""
WORD_GAP = 0.15
"""A gap wider than this between two glyphs is a word space (a normal space is 0.25 em, and
justified lines never squeeze it below 0.2 em, while tracking in tight lines stays < 0.01 em)."""
LETTER_SPACING_MIN = 0.1
"""When the median gap between the letters of words is at least this, the line is letter-spaced."""
LETTER_SPACED_MIN_PAIRS = 4
"""A line needs at least this many letter pairs before it can count as letter-spaced."""
SUPERSCRIPT_RATIO = 0.8
"""A character at most this share of its line's size can be a superscript …"""
SUPERSCRIPT_RISE = (0.15, 0.7)
"""… when its baseline stands this far (em of the line's size) above the line's baseline."""
SUBSCRIPT_DROP = (-0.5, -0.1)
"""A small character whose baseline stands this far off (below) the line's is a subscript."""
DEDUPE_TOLERANCE = 1.0
"""Copies of a character within this many pt of each other are one character (fake bold)."""
MAX_MARK_GLYPHS = 6
"""A cluster with at most this many glyphs may be a run of superscripts (marks '12', '*')."""
MARK_REACH = 4.0
"""A superscript mark may stand this far (em) left of the line it belongs to (footnote marks)."""

SPACE_CHARS = {
    " ": " ",
    "\u00a0": " ",  # no-break space: the DIP texts print a plain space
    "\u2002": " ",  # en space: right-aligned question numbers " 1."
    "\u2007": " ",  # figure space: the same in Antenna House PDFs
    "\t": " ",
}
"""Space glyphs and what they read as.  Thin spaces (U+2009, U+202F) are kept: they sit inside
numbers like ``17/13 032`` and the pipeline removes them where it must."""

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SUBSCRIPT_DIGITS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
PLAIN_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})


@dataclass(frozen=True, slots=True)
class RawLine:
    """One line of a page, before ``pdf.py`` decides what it is."""

    text: str
    page: int
    size: float
    """Dominant font size in pt (superscripts and spaces left out)."""
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    mark: str
    """ASCII form of the superscript characters the line starts with ('' if none)."""


@dataclass(slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    baseline: float
    superscript: bool = False
    subscript: bool = False


def _glyph(char: Char) -> _Glyph:
    # The text matrix's translation is the glyph origin: its distance below the box top is
    # the baseline, exact for every font (pdfminer's box bottom depends on the font descent).
    origin_y = float(char["matrix"][5])
    baseline = float(char["top"]) + float(char["y1"]) - origin_y
    return _Glyph(
        text=str(char["text"]),
        x0=float(char["x0"]),
        x1=float(char["x1"]),
        top=float(char["top"]),
        bottom=float(char["bottom"]),
        size=float(char["size"]),
        bold="bold" in str(char["fontname"]).lower(),
        baseline=baseline,
    )


def _fold_combining_marks(glyphs: list[_Glyph]) -> list[_Glyph]:
    """A combining mark (U+0301 …) joins the glyph before it in content order.

    Set as a glyph of its own with no advance, a mark starts where the next glyph starts, and
    sorting by position could put it after that glyph ('H\u0301 ealthcare').  Joined to its
    base it stays in place; ``_build_line``'s NFC composes the pairs Unicode has one form for.
    """
    out: list[_Glyph] = []
    for glyph in glyphs:
        base = out[-1] if out else None
        if (
            base is not None
            and all(unicodedata.combining(c) for c in glyph.text)
            and abs(glyph.baseline - base.baseline) <= BASELINE_TOLERANCE * base.size
        ):
            base.text += glyph.text
            base.x1 = max(base.x1, glyph.x1)
            continue
        out.append(glyph)
    return out


def _is_space(glyph: _Glyph) -> bool:
    return glyph.text in SPACE_CHARS or not glyph.text.strip()


def _cluster_by_baseline(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    glyphs = sorted(glyphs, key=lambda g: g.baseline)
    clusters: list[list[_Glyph]] = []
    anchor = 0.0
    for glyph in glyphs:
        if clusters:
            size = max(glyph.size, clusters[-1][0].size)
            if glyph.baseline - anchor <= BASELINE_TOLERANCE * size:
                clusters[-1].append(glyph)
                continue
        clusters.append([glyph])
        anchor = glyph.baseline
    return clusters


def _line_size(glyphs: Iterable[_Glyph]) -> float:
    sizes = Counter(round(g.size, 2) for g in glyphs if not _is_space(g) and not g.superscript)
    if not sizes:
        sizes = Counter(round(g.size, 2) for g in glyphs)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _line_baseline(glyphs: Sequence[_Glyph], size: float) -> float:
    main = [g.baseline for g in glyphs if abs(g.size - size) < 0.5] or [g.baseline for g in glyphs]
    return statistics.median(main)


def _script_fits(small: list[_Glyph], line: list[_Glyph], rise_range: tuple[float, float]) -> bool:
    """True when the cluster ``small`` is a run of smaller glyphs whose baseline stands
    ``rise_range`` (em of the line's size, positive = up) off the baseline of ``line``."""
    size = _line_size(line)
    if not size or max(g.size for g in small) > SUPERSCRIPT_RATIO * size:
        return False
    base = _line_baseline(line, size)
    rises = [(base - g.baseline) / size for g in small]
    if not all(rise_range[0] <= rise <= rise_range[1] for rise in rises):
        return False
    left = min(g.x0 for g in line) - MARK_REACH * size
    right = max(g.x1 for g in line) + size
    return all(left <= g.x0 and g.x1 <= right for g in small)


def _merge_scripts(clusters: list[list[_Glyph]]) -> list[list[_Glyph]]:
    """Fold runs of raised small glyphs into the line below them (marks, m²), and runs of
    lowered ones into the line above (CO₂): on their own baselines they form clusters."""
    merged: list[list[_Glyph]] = []
    pending: list[list[_Glyph]] = []
    for cluster in clusters:
        for small in pending:
            if _script_fits(small, cluster, SUPERSCRIPT_RISE):
                cluster = cluster + small
            elif merged and _script_fits(small, merged[-1], SUBSCRIPT_DROP):
                merged[-1] = merged[-1] + small
            else:
                merged.append(small)
        pending = []
        if sum(not _is_space(g) for g in cluster) <= MAX_MARK_GLYPHS:
            pending.append(cluster)  # a short run might be the marks of the next line
        else:
            merged.append(cluster)
    for small in pending:
        if merged and _script_fits(small, merged[-1], SUBSCRIPT_DROP):
            merged[-1] = merged[-1] + small
        else:
            merged.append(small)
    return merged


def _flag_scripts(line: list[_Glyph]) -> None:
    size = _line_size(line)
    base = _line_baseline(line, size)
    for glyph in line:
        rise = (base - glyph.baseline) / size if size else 0.0
        small = glyph.size <= SUPERSCRIPT_RATIO * size
        glyph.superscript = small and SUPERSCRIPT_RISE[0] <= rise <= SUPERSCRIPT_RISE[1]
        glyph.subscript = small and SUBSCRIPT_DROP[0] <= rise <= SUBSCRIPT_DROP[1]


def _glyph_text(glyph: _Glyph) -> str:
    text = SPACE_CHARS.get(glyph.text, glyph.text).translate(LIGATURES)
    if glyph.superscript:
        return text.translate(SUPERSCRIPT_DIGITS)
    return text.translate(SUBSCRIPT_DIGITS) if glyph.subscript else text


def _letter_gaps(line: Sequence[_Glyph]) -> list[float]:
    """Gaps (em) between neighbouring letters with no space glyph between them."""
    gaps = []
    for left, right in itertools.pairwise(line):
        if not _is_space(left) and not _is_space(right):
            gaps.append((right.x0 - left.x1) / max(left.size, right.size))
    return gaps


def _is_letter_spaced(line: Sequence[_Glyph]) -> bool:
    gaps = _letter_gaps(line)
    return len(gaps) >= LETTER_SPACED_MIN_PAIRS and statistics.median(gaps) >= LETTER_SPACING_MIN


def _spaced_text(line: Sequence[_Glyph]) -> str:
    """Text of a letter-spaced line: one space between letters, two between words."""
    tracking = statistics.median(_letter_gaps(line))
    out: list[str] = []
    previous: _Glyph | None = None
    word_break = False
    for glyph in line:
        if _is_space(glyph):
            word_break = previous is not None
            continue
        if previous is not None:
            gap = (glyph.x0 - previous.x1) / max(glyph.size, previous.size)
            wide = gap > 1.5 * tracking + WORD_GAP
            out.append("  " if word_break or wide else " ")
        out.append(_glyph_text(glyph))
        previous = glyph
        word_break = False
    return "".join(out)


def _plain_text(line: Sequence[_Glyph]) -> str:
    """Text of a normal line: spaces from space glyphs and from wide gaps, runs collapsed."""
    out: list[str] = []
    previous: _Glyph | None = None
    for glyph in line:
        text = _glyph_text(glyph)
        if previous is not None and not _is_space(glyph) and not _is_space(previous):
            size = max(glyph.size, previous.size)
            if glyph.x0 - previous.x1 > WORD_GAP * size:
                text = " " + text
        if text == " " and out and out[-1].endswith(" "):
            text = ""
        elif text.startswith(" ") and out and out[-1].endswith(" "):
            text = text[1:]
        out.append(text)
        previous = glyph
    return "".join(out)


def _drop_inner_soft_hyphens(line: list[_Glyph]) -> list[_Glyph]:
    """Soft hyphens inside a line are invisible: drop them, closing the gap they leave."""
    ink = [i for i, g in enumerate(line) if not _is_space(g)]
    last = ink[-1] if ink else -1
    kept: list[_Glyph] = []
    for i, glyph in enumerate(line):
        if glyph.text == SOFT_HYPHEN and i != last:
            if kept:
                kept[-1].x1 = max(kept[-1].x1, glyph.x1)
            continue
        kept.append(glyph)
    return kept


def _build_line(glyphs: list[_Glyph], page: int) -> RawLine | None:
    line = _drop_inner_soft_hyphens(sorted(glyphs, key=lambda g: (g.x0, g.top)))
    _flag_scripts(line)
    text = _spaced_text(line) if _is_letter_spaced(line) else _plain_text(line)
    # Some PDFs map accented letters to a letter and a combining accent; the DIP texts are NFC.
    text = unicodedata.normalize("NFC", drop_soft_hyphens(text))
    if not text.strip():
        return None
    ink = [g for g in line if not _is_space(g)]
    main = [g for g in ink if not g.superscript] or ink
    lead = ""
    for glyph in ink:
        if not glyph.superscript:
            break
        lead += glyph.text
    return RawLine(
        text=text,
        page=page,
        size=_line_size(line),
        x0=min(g.x0 for g in ink),
        x1=max(g.x1 for g in ink),
        top=min(g.top for g in main),
        bottom=max(g.bottom for g in main),
        bold=sum(g.bold for g in main) * 2 > len(main),
        mark=lead.translate(PLAIN_DIGITS),
    )


def dedupe_chars(chars: Sequence[Char], tolerance: float = DEDUPE_TOLERANCE) -> list[Char]:
    """Drop the second copy of characters printed twice (fake bold), keeping content order.

    The rule of pdfplumber's ``dedupe_chars``: same text, font, size and direction, and
    within ``tolerance`` pt in both directions.  pdfplumber restores the order with
    ``list.index``, which is quadratic (a second per page of dense text); this keeps the
    index instead.
    """

    def key(item: tuple[int, Char]) -> tuple[Any, ...]:
        char = item[1]
        return (char.get("upright", True), char["text"], char["fontname"], char["size"])

    keep: list[tuple[int, Char]] = []
    for _, group in itertools.groupby(sorted(enumerate(chars), key=key), key=key):
        for row in cluster_objects(list(group), lambda item: item[1]["doctop"], tolerance):
            for column in cluster_objects(row, lambda item: item[1]["x0"], tolerance):
                keep.append(min(column, key=lambda item: (item[1]["doctop"], item[1]["x0"])))
    return [char for _, char in sorted(keep, key=lambda item: item[0])]


def page_lines(chars: Iterable[Char], page: int) -> list[RawLine]:
    """The upright characters of one page as lines, top to bottom."""
    glyphs = [_glyph(c) for c in chars if c.get("upright", True) and c.get("text")]
    clusters = _merge_scripts(_cluster_by_baseline(_fold_combining_marks(glyphs)))
    lines = [_build_line(cluster, page) for cluster in clusters]
    return sorted((line for line in lines if line is not None), key=lambda ln: (ln.top, ln.x0))


def rotated_runs(chars: Iterable[Char]) -> list[str]:
    """Text set at an angle (margin stamps, rotated table heads), one string per run.

    Characters follow content-stream order, which is reading order for a rotated run;
    a run ends where the next character is more than a line's height away.
    """
    runs: list[list[Char]] = []
    for char in chars:
        if char.get("upright", True) or not char.get("text"):
            continue
        if runs and _near(runs[-1][-1], char):
            runs[-1].append(char)
        else:
            runs.append([char])
    texts = ("".join(str(c["text"]) for c in run).strip() for run in runs)
    return [" ".join(t.split()) for t in texts if t]


def _near(a: Char, b: Char) -> bool:
    reach = 2 * max(float(a["size"]), float(b["size"]))
    return (
        abs(float(a["x0"]) - float(b["x0"])) <= reach
        and abs(float(a["top"]) - float(b["top"])) <= reach
    )
