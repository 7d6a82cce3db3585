"""Page geometry and paragraph styles, measured on the real PDFs in the corpus.

All positions are in PDF points.  Vertical positions are *baselines measured from the top of
the page*; pdfplumber reports a glyph's ``top`` at ``baseline - (1 - descent) * size`` above it,
so e.g. a 10.68 pt Times line with baseline 109.56 shows ``top`` 101.2, as on the real page 2.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4

from . import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4  # 595.276 x 841.890, as measured
LEFT = 59.53  # left edge of text and furniture
RIGHT = 535.74  # right edge of the furniture (header, running heads, rules)
COLUMN = 341.58  # the text column runs from LEFT to 401.11
# The reprinted preamble and questions (9.6 pt) are set to a narrower measure: 303 pt is the
# width that best reproduces the line breaks of the 273 WP21 DIP texts (which keep the real
# PDFs' breaks): 91 % of first line breaks of preamble paragraphs, and with the question
# indent below 83 % of question paragraphs (341.58 pt gives 8 % and 5 %).  Whether the block is
# narrowed on the left or on the right is not recorded in the texts; it keeps the left margin
# here, so the hanging numbers stand where the Kleine Anfrage has them.
SMALL_COLUMN = 303.0
CENTER = PAGE_WIDTH / 2

BODY_SIZE = 10.68  # "10.7 pt": Times New Roman 10.68 in the real PDFs
BODY_LEADING = 11.75
QUESTION_SIZE = 9.6
QUESTION_LEADING = 10.56
PARAGRAPH_GAP = 5.35  # half a body line between paragraphs, as measured
QUESTION_INDENT = 20.28  # question text starts at 79.81
PART_INDENT = 15.0  # sub-question text starts 15 pt right of its "a)"

FIRST_BASELINE = 109.56  # first body line on pages >= 2 (top 101.2)
LAST_BASELINE = 766.0  # no body baseline below this (last lines measured at 758.8-765.2)

RUNNING_HEAD_BASELINE = 71.65  # tops 62.35 (Arial 11.75) and 63.27 (Times 10.68)
RUNNING_HEAD_SIZE = 11.75
RUNNING_HEAD_RULE = 76.3
RULE_WIDTH = 0.5

IMPRINT_RULE = 771.3
IMPRINT_BASELINES = (785.78, 793.38, 801.08)  # tops 780.7, 788.3, 796.0
IMPRINT_SIZE = 6.41

FOOT_SIZE = 8.04  # footnotes, as in the Antrag 20/6415
# The page-1 note runs across the page in the question type: its first lines in the DIP texts
# reach 50 em before they break, 476 pt at 9.5-9.6 pt (8.04 pt would need a 403 pt column).
NOTE_SIZE = 9.6
NOTE_LEADING = 10.56
NOTE_WIDTH = 476.21
FOOT_LEADING = 10.1
FOOT_MARK_SIZE = 5.04
FOOT_TEXT_INDENT = 14.1  # footnote text at 75.1 beside its mark at 61.0
FOOT_RULE_LENGTH = 144.0
FOOT_GAP = 14.0  # between the last body line and the foot rule
SUPERSCRIPT_SIZE = 6.96
SUPERSCRIPT_RISE = 3.8
HEADING_TRACKING = 0.2  # em; a reader takes gaps above 0.1 em between letters as spacing


@dataclass(frozen=True, slots=True)
class Style:
    """How a paragraph is set."""

    font: str
    size: float
    leading: float
    indent: float = 0.0
    """Left edge of the text, from ``LEFT``."""
    label_indent: float = 0.0
    """Left edge of the hanging label ("1.", "a)"), from ``LEFT``."""
    space_before: float = PARAGRAPH_GAP
    justify: bool = True
    tracking: float = 0.0
    """Letter-spacing in em: the Vorbemerkung headings are spaced out (DIP: "V o r b e …")."""
    measure: float = COLUMN
    """Width of the column the paragraph is set in, from ``LEFT``."""


BODY = Style(fonts.SERIF, BODY_SIZE, BODY_LEADING)
PREAMBLE = Style(fonts.SERIF, QUESTION_SIZE, QUESTION_LEADING, measure=SMALL_COLUMN)
QUESTION = Style(
    fonts.SERIF, QUESTION_SIZE, QUESTION_LEADING, indent=QUESTION_INDENT, measure=SMALL_COLUMN
)
PART = Style(
    fonts.SERIF,
    QUESTION_SIZE,
    QUESTION_LEADING,
    indent=QUESTION_INDENT + PART_INDENT,
    label_indent=QUESTION_INDENT,
    measure=SMALL_COLUMN,
)
HEADING = Style(
    fonts.SANS_BOLD,
    BODY_SIZE,
    BODY_LEADING,
    space_before=2 * BODY_LEADING,
    justify=False,
    tracking=HEADING_TRACKING,
)
# An annex heading ("Anlage 1 zu Frage 3") in body type, unjustified, on one line: the parser
# takes a heading's line as its title.  Annex pages are set wider than the text (tables, often
# landscape): the longest heading of the corpus (21-1739, 508 pt) runs into the right margin.
ANNEX_HEADING = Style(
    fonts.SERIF,
    BODY_SIZE,
    BODY_LEADING,
    space_before=2 * BODY_LEADING,
    justify=False,
    measure=PAGE_WIDTH - LEFT - 18.0,
)
# The further lines of a heading too long for one (``content._annex_heading``).
ANNEX_HEADING_GOES_ON = replace(ANNEX_HEADING, space_before=0.0)
