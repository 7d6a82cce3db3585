"""The fonts of the layout: the PDF standard Times and Helvetica, plus a figure space.

Real Drucksachen set the body in Times New Roman and the furniture in Arial; Times-Roman and
Helvetica share their metrics closely enough for line breaks, and need no font files.  Real PDFs
pad the question numbers 1–9 with a FIGURE SPACE (U+2007), which WinAnsi cannot encode, so the
body fonts get an encoding with one extra slot that maps to the glyph name ``uni2007``: pdfminer
reads it back as U+2007, viewers draw nothing.
"""

from __future__ import annotations

import encodings

from reportlab.pdfbase import pdfmetrics, rl_codecs

FIGURE_SPACE = "\u2007"
SERIF = "Times-Roman-DS"
SERIF_BOLD = "Times-Bold-DS"
SANS = "Helvetica"
SANS_BOLD = "Helvetica-Bold"

_ENCODING = encodings.normalize_encoding("rl-dynamic-drucksache-encoding")
_FIGURE_SPACE_CODE = 0x81  # unused in WinAnsi
_registered = False


def register() -> None:
    """Register the encoding and the two serif fonts once per process."""
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
    _registered = True


NO_BREAK_SPACE = "\u00a0"
# Typographic variants the encoding lacks, set as their plain forms (the extracted text then
# shows the plain form): wide and narrow spaces, non-breaking and plain Unicode hyphens.
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

    Characters outside WinAnsi would otherwise come out as a Symbol or ZapfDingbats glyph
    that reads back as something else.
    """
    text = text.translate(_SUBSTITUTES)
    try:
        text.replace(FIGURE_SPACE, " ").encode("cp1252")
    except UnicodeEncodeError as error:
        char = text[error.start]
        raise ValueError(
            f"the typesetter cannot set {char!r} (U+{ord(char):04X}): the standard PDF "
            "fonts have no glyph for it; replace it in the Document first"
        ) from None
    return text


def width(text: str, font: str, size: float) -> float:
    """Advance width of ``text`` in points."""
    return float(pdfmetrics.stringWidth(text, font, size))


def descent(font: str) -> float:
    """How far below the baseline pdfminer puts a glyph box, as a fraction of the size."""
    return 0.217 if font.startswith("Times") else 0.207
