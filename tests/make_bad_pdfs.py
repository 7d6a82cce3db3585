"""Recreate the bad-PDF fixtures in ``fixtures/pdf/`` (run: ``python tests/make_bad_pdfs.py``).

Each file reproduces one way a PDF cannot be read, and is named after it:

- ``encrypted.pdf``: needs a user password ("secret") to open;
- ``truncated.pdf``: the first 40 KB of a real Drucksache (20/8123), cut mid-file;
- ``damaged-xref.pdf``: a PDF header and an ``%%EOF`` with garbage instead of objects;
- ``scan.pdf``: a page with an image of text and no text layer;
- ``not-a-pdf.pdf``: plain text saved under a .pdf name;
- ``html-download.pdf``: an HTML error page saved under a .pdf name.

The output is deterministic (reportlab's invariant mode), so rerunning gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "pdf"
REAL_PDF = Path("/work/shared/corpus/pdf/20-8123-kleine-anfrage.pdf")
TRUNCATE_AT = 40_000
PASSWORD = "secret"


def encrypted() -> bytes:
    """A one-line PDF that opens only with the user password."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, encrypt=PASSWORD, invariant=True)
    canvas.drawString(72, 770, "Deutscher Bundestag Drucksache 21/1")
    canvas.save()
    return buffer.getvalue()


def truncated() -> bytes:
    """A real Drucksache cut short, as an interrupted download leaves it."""
    return REAL_PDF.read_bytes()[:TRUNCATE_AT]


def damaged_xref() -> bytes:
    """Header and end marker intact, nothing parseable between them."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"\x00garbage\xff" * 40 + b"\nstartxref\n9\n%%EOF\n"


def scan() -> bytes:
    """A page that only holds a picture of text, as a scanner makes it."""
    image = Image.new("L", (400, 120), color=255)
    ImageDraw.Draw(image).text((10, 50), "Deutscher Bundestag Drucksache 21/1", fill=0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    canvas.drawImage(ImageReader(image), 72, 600, width=400, height=120)
    canvas.save()
    return buffer.getvalue()


def not_a_pdf() -> bytes:
    """The DIP plain text of a Drucksache, saved with a .pdf extension."""
    return b"Deutscher Bundestag Drucksache 21/357\n21. Wahlperiode 28.05.2025\n"


def html_download() -> bytes:
    """What a browser saves when the server answers with an error page."""
    return b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head></html>\n"


FIXTURE_MAKERS = {
    "encrypted.pdf": encrypted,
    "truncated.pdf": truncated,
    "damaged-xref.pdf": damaged_xref,
    "scan.pdf": scan,
    "not-a-pdf.pdf": not_a_pdf,
    "html-download.pdf": html_download,
}


def main() -> int:
    """Write every fixture; print what was written."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, make in FIXTURE_MAKERS.items():
        data = make()
        (FIXTURES / name).write_bytes(data)
        print(f"{FIXTURES / name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
