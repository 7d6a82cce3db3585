"""Time and peak memory of ``read_pdf`` on the real PDFs and on long typeset PDFs.

Run: ``.venv/bin/python benchmarks/pdf_memory.py [--pages 50 200 400]``

Long PDFs are typeset here with reportlab from a real DIP answer text, repeated until the
page count is reached: A4, Times 10.68 pt body, 9.6 pt for the numbered questions, running
heads with page numbers, as the Bundestag sets them.  Every measurement runs in a fresh
process, so the peak resident set size (``ru_maxrss``) belongs to parsing that one file;
the Python heap peak comes from ``tracemalloc`` in a second, separate run (tracemalloc
slows parsing down, so time is measured without it).  A benchmark, not a test: nothing is
asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

CORPUS = Path("/work/shared/corpus")
REAL_PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))
SOURCE_TEXT = CORPUS / "bundestag-wp21" / "antwort" / "21-1363.txt"
WIDTH, HEIGHT, LEFT, TEXT_WIDTH = 595.28, 841.89, 59.5, 476.0
BODY, QUESTION, LEADING = 10.68, 9.6, 11.75
QUESTION_START = re.compile(r"^\d{1,2}\.\s")


def _paragraph_lines() -> Iterator[tuple[str, float]]:
    """Lines of the source text, re-broken to the text width, with their type size."""
    size = BODY
    for raw in SOURCE_TEXT.read_text(encoding="utf-8").splitlines():
        if QUESTION_START.match(raw):
            size = QUESTION
        elif size == QUESTION and raw[:1].isupper() and raw.rstrip().endswith("."):
            size = BODY
        for line in simpleSplit(raw.strip() or " ", "Times-Roman", size, TEXT_WIDTH):
            yield line, size


def typeset_long(path: Path, n_pages: int) -> None:
    """Write a PDF of ``n_pages`` pages to ``path``."""
    canvas = Canvas(str(path), pagesize=(WIDTH, HEIGHT), invariant=True)
    lines: Iterator[tuple[str, float]] = iter(())
    for page in range(1, n_pages + 1):
        head = f"Drucksache 21/1363 – {page} – Deutscher Bundestag – 21. Wahlperiode"
        canvas.setFont("Times-Roman", BODY)
        canvas.drawString(LEFT, HEIGHT - 72, head)
        y = HEIGHT - 110
        while y > 60:
            line = next(lines, None)
            if line is None:
                lines = _paragraph_lines()
                continue
            text, size = line
            canvas.setFont("Times-Roman", size)
            canvas.drawString(LEFT, y, text)
            y -= LEADING
        canvas.showPage()
    canvas.save()


def measure(path: Path, with_tracemalloc: bool) -> dict[str, float]:
    """Parse ``path`` once in this process; report time, lines, and memory peaks."""
    from drucksache.pdf import read_pdf  # imported here: only the child process needs it

    if with_tracemalloc:
        tracemalloc.start()
    start = time.perf_counter()
    doc = read_pdf(path)
    seconds = time.perf_counter() - start
    pages = max((line.page or 0) for line in doc.lines)
    result = {"seconds": seconds, "pages": pages, "lines": len(doc.lines)}
    if with_tracemalloc:
        result["heap_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _run_child(path: Path, with_tracemalloc: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--measure", str(path)]
    if with_tracemalloc:
        args.append("--tracemalloc")
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


def _report(name: str, path: Path) -> None:
    plain = _run_child(path, with_tracemalloc=False)
    traced = _run_child(path, with_tracemalloc=True)
    per_page = 1000 * plain["seconds"] / max(plain["pages"], 1)
    print(
        f"{name:34} {int(plain['pages']):5} pages {int(plain['lines']):6} lines "
        f"{plain['seconds']:7.2f} s {per_page:6.1f} ms/page "
        f"rss peak {plain['maxrss_mb']:7.1f} MB  heap peak {traced['heap_peak_mb']:7.1f} MB"
    )


def main() -> int:
    """Measure the real PDFs, then long typeset PDFs of the requested page counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, nargs="*", default=[50, 200, 400])
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.tracemalloc)))
        return 0
    baseline = _run_child(REAL_PDFS[0], with_tracemalloc=False)["maxrss_mb"] if REAL_PDFS else 0
    print(f"(a fresh process that parses one small PDF peaks at about {baseline:.0f} MB RSS)")
    for path in REAL_PDFS:
        _report(path.name, path)
    with tempfile.TemporaryDirectory() as tmp:
        for n_pages in args.pages:
            path = Path(tmp) / f"long-{n_pages}.pdf"
            typeset_long(path, n_pages)
            _report(f"typeset {n_pages} pages ({path.stat().st_size // 1024} KB)", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
