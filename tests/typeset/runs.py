"""The drawing primitives: a run of text in one font at one place, and a horizontal rule."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .styles import PAGE_HEIGHT, RULE_WIDTH


@dataclass(frozen=True, slots=True)
class Run:
    """Text drawn from ``x`` on the baseline ``y`` (points from the top of the page)."""

    x: float
    y: float
    text: str
    font: str
    size: float
    word_space: float = 0.0
    """Extra width of every space: how justified lines are stretched (PDF ``Tw``)."""
    rise: float = 0.0
    """Raise above the baseline (superscripts): the text origin moves up, as in the real PDFs."""
    char_space: float = 0.0
    """Extra width after every character: letter-spacing (PDF ``Tc``)."""

    @property
    def width(self) -> float:
        """Advance width, stretched spaces included."""
        natural = fonts.width(self.text, self.font, self.size)
        return natural + self.word_space * self.text.count(" ") + self.char_space * len(self.text)


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule at ``y`` (points from the top of the page)."""

    x0: float
    x1: float
    y: float


def row(x: float, y: float, parts: list[tuple[str, str, float]]) -> list[Run]:
    """Runs of ``(text, font, size)`` set one after another from ``x``."""
    runs: list[Run] = []
    for text, font, size in parts:
        run = Run(x, y, text, font, size)
        runs.append(run)
        x += run.width
    return runs


def row_right(right: float, y: float, parts: list[tuple[str, str, float]]) -> list[Run]:
    """Like ``row``, but ending at ``right``."""
    total = sum(fonts.width(text, font, size) for text, font, size in parts)
    return row(right - total, y, parts)


def centered(center: float, y: float, text: str, font: str, size: float) -> Run:
    """One run centred on ``center``."""
    return Run(center - fonts.width(text, font, size) / 2, y, text, font, size)


def draw(canvas: Canvas, runs: list[Run], rules: list[Rule]) -> None:
    """Put runs and rules on the current page."""
    canvas.setLineWidth(RULE_WIDTH)
    for rule in rules:
        canvas.line(rule.x0, PAGE_HEIGHT - rule.y, rule.x1, PAGE_HEIGHT - rule.y)
    for run in runs:
        # Not ``Ts`` (text rise) for superscripts: readers take the baseline from the origin.
        text = canvas.beginText(run.x, PAGE_HEIGHT - run.y + run.rise)
        # Tw and Tc outlive BT/ET in the PDF's graphics state: set both for every run.
        text.setWordSpace(run.word_space)
        text.setCharSpace(run.char_space)
        # A glyph the font lacks comes from its fallback: one text object, the font switched
        # for that piece, so the pieces follow each other as one run.
        for piece, font in fonts.pieces(run.text, run.font):
            text.setFont(font, run.size)
            text.textOut(piece)
        canvas.drawText(text)
