"""The fonts of the layout: the PDF standard Times and Helvetica, a figure space, and fallbacks.

Real Drucksachen set the body in Times New Roman and the furniture in Arial; Times-Roman and
Helvetica share their metrics closely enough for line breaks, and need no font files.  Real PDFs
pad the question numbers 1–9 with a FIGURE SPACE (U+2007), which WinAnsi cannot encode, so the
body fonts get an encoding with one extra slot that maps to the glyph name ``uni2007``: pdfminer
reads it back as U+2007, viewers draw nothing.

The TrueType Times New Roman and Arial of the real PDFs also have glyphs beyond WinAnsi (Č, ş,
ō, ʾ, −, ≥, ₂, ⁴, ●, ►, a combining acute …).  Such a character is set, on its own, in an
embedded TrueType fallback: DejaVu Serif for the serif fonts, DejaVu Sans for the sans, each in
the same weight (``pieces``).  The files come with matplotlib (a dev dependency, never imported:
only its ``mpl-data`` folder is read).  A character that no fallback has either is refused.
"""

from __future__ import annotations

import encodings
import importlib.util
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, rl_codecs
from reportlab.pdfbase.ttfonts import TTFont

FIGURE_SPACE = "\u2007"
SERIF = "Times-Roman-DS"
SERIF_BOLD = "Times-Bold-DS"
SANS = "Helvetica"
SANS_BOLD = "Helvetica-Bold"

# The fallback of each font, first choice first: the same kind (serif or sans), the same weight.
_FALLBACK_FILES = {
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
}
FALLBACKS = {
    SERIF: ("DejaVuSerif", "DejaVuSans"),
    SERIF_BOLD: ("DejaVuSerif-Bold", "DejaVuSans-Bold"),
    SANS: ("DejaVuSans", "DejaVuSerif"),
    SANS_BOLD: ("DejaVuSans-Bold", "DejaVuSerif-Bold"),
}

_ENCODING = encodings.normalize_encoding("rl-dynamic-drucksache-encoding")
_FIGURE_SPACE_CODE = 0x81  # unused in WinAnsi
# What the standard fonts set: WinAnsi (cp1252), and the figure space of the serif encoding.
_WIN_ANSI = frozenset(bytes(range(256)).decode("cp1252", errors="ignore")) | {FIGURE_SPACE}
_registered = False
_coverage: dict[str, frozenset[int]] = {}
"""Code points of each registered fallback font."""


def register() -> None:
    """Register the encoding, the two serif fonts and the fallbacks once per process."""
    global _registered
    if _registered:
        return
    encoding = pdfmetrics.Encoding(_ENCODING, "WinAnsiEncoding")
    encoding[_FIGURE_SPACE_CODE] = "uni2007"
    pdfmetrics.registerEncoding(encoding)
    to_code: dict[int, int] = {}
    to_char: dict[int, int] = {}
    for code in range(256):
        try:
            char = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        to_code[ord(char)] = code
        to_char[code] = ord(char)
    to_code[ord(FIGURE_SPACE)] = _FIGURE_SPACE_CODE
    to_char[_FIGURE_SPACE_CODE] = ord(FIGURE_SPACE)
    rl_codecs.RL_Codecs.add_dynamic_codec(_ENCODING, to_code, to_char)
    pdfmetrics.registerFont(pdfmetrics.Font(SERIF, "Times-Roman", _ENCODING))
    pdfmetrics.registerFont(pdfmetrics.Font(SERIF_BOLD, "Times-Bold", _ENCODING))
    _register_fallbacks()
    _registered = True


def fallback_folder() -> Path | None:
    """matplotlib's folder of TrueType fonts, found without importing it; None if absent."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    return folder if folder.is_dir() else None


def _register_fallbacks() -> None:
    folder = fallback_folder()
    if folder is None:
        return
    for name, filename in _FALLBACK_FILES.items():
        path = folder / filename
        if not path.is_file():
            continue
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        _coverage[name] = frozenset(font.face.charToGlyph)


NO_BREAK_SPACE = "\u00a0"
# Typographic variants the encoding lacks, set as their plain forms (the extracted text then
# shows the plain form): wide and narrow spaces, non-breaking and plain Unicode hyphens.  Not
# from the fallback: line breaking knows only the plain space, no-break space and hyphen.
_SUBSTITUTES = str.maketrans(
    {
        "\u2002": " ",
        "\u2003": " ",
        "\u2006": " ",
        "\u2009": NO_BREAK_SPACE,
        "\u202f": NO_BREAK_SPACE,
        "\u2010": "-",
        "\u2011": "-",
    }
)


def settable(text: str) -> str:
    """``text`` in characters the fonts can set; raises ``ValueError`` for any other.

    A character outside WinAnsi must have a fallback glyph in every style, so that the text
    can be set anywhere.  Without a fallback it would come out as a Symbol or ZapfDingbats
    glyph that reads back as something else.
    """
    register()
    text = text.translate(_SUBSTITUTES)
    for char in set(text) - _WIN_ANSI:
        if not all(_fallback(char, font) for font in FALLBACKS):
            raise ValueError(_refusal(char))
    return text


def _refusal(char: str) -> str:
    head = f"the typesetter cannot set {char!r} (U+{ord(char):04X})"
    if not _coverage:
        return (
            f"{head}: the standard PDF fonts have no glyph for it, and the fallback fonts "
            "(DejaVu, shipped with matplotlib) are not installed: pip install -e '.[dev]'"
        )
    return (
        f"{head}: neither the standard PDF fonts nor the fallback fonts (DejaVu Serif and "
        "DejaVu Sans) have a glyph for it; replace it in the Document first"
    )


@cache
def _fallback(char: str, font: str) -> str | None:
    """The first fallback of ``font`` that has a glyph for ``char``."""
    code = ord(char)
    return next((name for name in FALLBACKS[font] if code in _coverage.get(name, ())), None)


def pieces(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into ``(text, font)`` pieces: WinAnsi in ``font``, the rest in fallbacks."""
    if font not in FALLBACKS or set(text) <= _WIN_ANSI:
        return [(text, font)]
    register()  # before ``_fallback`` caches an answer
    out: list[tuple[str, str]] = []
    for char in text:
        chosen = font if char in _WIN_ANSI else _fallback(char, font)
        if chosen is None:
            raise ValueError(_refusal(char))
        if out and out[-1][1] == chosen:
            out[-1] = (out[-1][0] + char, chosen)
        else:
            out.append((char, chosen))
    return out


def width(text: str, font: str, size: float) -> float:
    """Advance width of ``text`` in points (fallback glyphs at their own widths)."""
    pairs = pieces(text, font)
    return sum(float(pdfmetrics.stringWidth(piece, name, size)) for piece, name in pairs)


def descent(font: str) -> float:
    """How far below the baseline pdfminer puts a glyph box, as a fraction of the size."""
    return 0.217 if font.startswith("Times") else 0.207
