"""Batch conversion throughput: docs/s and pages/s with one and with all workers.

Measures ``drucksache.batch.convert`` on
- the text corpus (273 DIP texts of answers, /work/shared/corpus/bundestag-wp21/antwort), and
- typeset PDFs: ``--pdfs`` corpus answers set in the Bundestag layout by the test typesetter
  (``tests/typeset``), plus one long PDF of ``--long-pages`` pages,
each with 1 worker and with every CPU, and reports the peak RSS of a worker
(``resource.getrusage`` in the worker) and how ``parse_pdf`` compares with pdfplumber's own
character extraction of the same PDF (open + ``page.chars`` on every page).

A script, not a test: it prints a Markdown report that the README can carry.

    .venv/bin/python benchmarks/batch_bench.py                    # the full run (~30 min)
    .venv/bin/python benchmarks/batch_bench.py --pdfs 5 --long-pages 40   # a quick look
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.typeset, the test typesetter

import drucksache  # noqa: E402
from drucksache.batch import BatchResult, convert  # noqa: E402

CORPUS = Path("/work/shared/corpus/bundestag-wp21/antwort")


@dataclass(frozen=True)
class Row:
    """One batch run."""

    label: str
    workers: int
    result: BatchResult

    def markdown(self) -> str:
        stats = self.result.stats
        rss = max(stats.peak_rss_kib.values(), default=0) / 1024
        cpu = sum(stats.cpu_seconds.values())
        pages = f"{stats.pages}" if stats.pages else "–"
        rate = f"{stats.pages_per_second:.2f}" if stats.pages else "–"
        per_page = f"{cpu / stats.pages:.2f}" if stats.pages else "–"
        return (
            f"| {self.label} | {stats.total} | {pages} | {self.workers} | {stats.elapsed:.1f} | "
            f"{stats.docs_per_second:.2f} | {rate} | {cpu:.1f} | {cpu / stats.total:.3f} | "
            f"{per_page} | {rss:.0f} | {stats.failed} |"
        )


def machine() -> str:
    """CPUs, memory, Python and the commit the figures were measured on."""
    mem_kib = 0
    with open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = " (with uncommitted changes)" if _git("status", "--porcelain", "--", "src") else ""
    return (
        f"{os.cpu_count()} CPUs ({platform.processor() or platform.machine()}), "
        f"{mem_kib / 1024**2:.1f} GiB RAM, Python {platform.python_version()} on "
        f"{platform.system()} {platform.release()}; load average {load} at the end (other "
        f"processes share the CPUs when it exceeds 0); drucksache at commit {commit}{dirty}"
    )


def _git(*args: str) -> str:
    run = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return run.stdout.strip()


def make_pdfs(folder: Path, count: int, long_pages: int) -> tuple[list[Path], Path]:
    """Typeset ``count`` corpus answers (spread over the size range) and one long PDF.

    An answer the typesetter cannot set is reported and replaced by the next one in size.
    """
    from tests.typeset import typeset, typeset_long

    folder.mkdir(parents=True, exist_ok=True)
    texts = sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)
    step = max(1, len(texts) // count)
    spread = texts[step // 2 :: step]
    pdfs: list[Path] = []
    for text in [*spread, *(t for t in texts if t not in spread)]:
        if len(pdfs) == count:
            break
        target = folder / text.with_suffix(".pdf").name
        if not target.exists():
            try:
                target.write_bytes(typeset(drucksache.parse_text(text.read_text("utf-8"))))
            except Exception as exc:  # report and go on: the benchmark needs a set, not each one
                print(f"skipped {text.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
        pdfs.append(target)
    long_pdf = folder / "long" / f"long-{long_pages}.pdf"
    if not long_pdf.exists():
        long_pdf.parent.mkdir(exist_ok=True)
        long_pdf.write_bytes(typeset_long(long_pages))
    return pdfs, long_pdf


def batch(label: str, inputs: list[Path], workers: int, scratch: Path) -> Row:
    """Convert ``inputs`` into a fresh folder with ``workers`` processes."""
    with tempfile.TemporaryDirectory(dir=scratch) as out:
        result = convert([str(p) for p in inputs], outdir=Path(out), jobs=workers)
    print(f"  {label}, {workers} worker(s): {result.stats.elapsed:.1f} s", file=sys.stderr)
    return Row(label, workers, result)


def chars_seconds(pdf: Path) -> float:
    """pdfplumber's own cost: open the PDF and take every page's characters."""
    started = time.perf_counter()
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            _ = page.chars
            page.close()  # like parse_pdf would: free the page's layout cache
    return time.perf_counter() - started


def ratio_rows(pdfs: list[Path], long_pdf: Path, one_worker: BatchResult) -> list[str]:
    """``parse_pdf`` time (in the 1-worker run) against pdfplumber's character extraction."""
    rows = []
    for label, group in (("typeset answers", pdfs), (long_pdf.name, [long_pdf])):
        parse = [one_worker.parse_seconds.get(str(p)) for p in group]
        chars = [chars_seconds(p) for p in group]
        measured = [(a, b) for a, b in zip(parse, chars, strict=True) if a is not None]
        total_parse = sum(a for a, _ in measured)
        total_chars = sum(b for _, b in measured)
        per_file = [a / b for a, b in measured]
        rows.append(
            f"| {label} | {len(measured)} | {total_parse:.1f} | {total_chars:.1f} | "
            f"{total_parse / total_chars:.1f} | {statistics.median(per_file):.1f} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=20, help="typeset answers (default 20)")
    parser.add_argument("--long-pages", type=int, default=400, help="long PDF (default 400)")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "drucksache-bench",
        help="where the typeset PDFs are cached and outputs written",
    )
    args = parser.parse_args()
    all_workers = os.cpu_count() or 1
    print("typesetting …", file=sys.stderr)
    pdfs, long_pdf = make_pdfs(args.workdir / "pdf", args.pdfs, args.long_pages)
    texts = sorted(CORPUS.glob("*.txt"))
    rows: list[Row] = []
    for label, inputs in (
        ("DIP texts", texts),
        (f"typeset PDFs + {args.long_pages}-page PDF", [*pdfs, long_pdf]),
    ):
        for workers in sorted({1, all_workers}):
            rows.append(batch(label, inputs, workers, args.workdir))
    one_worker_pdfs = next(r.result for r in rows if r.workers == 1 and "PDF" in r.label)
    print("pdfplumber character extraction …", file=sys.stderr)
    ratios = ratio_rows(pdfs, long_pdf, one_worker_pdfs)
    command = f"python benchmarks/batch_bench.py --pdfs {args.pdfs} --long-pages {args.long_pages}"
    print(report(rows, ratios, command))


def report(rows: list[Row], ratios: list[str], command: str) -> str:
    """The Markdown that the README carries."""
    lines = [
        "### Batch conversion (`drucksache convert`)",
        "",
        f"Machine: {machine()}.  ",
        f"Reproduce: `{command}`",
        "",
        "| input | files | PDF pages | workers | wall s | docs/s | pages/s | worker CPU s "
        "| CPU s/doc | CPU s/page | peak RSS/worker MiB | failed |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(row.markdown() for row in rows),
        "",
        "Wall time includes starting the workers; pages are PDF pages only (DIP texts have no "
        "page breaks).  Worker CPU s is the workers' user + system time: with other load on "
        "the machine, wall-time rates drop but CPU s per doc or page stays a fair measure.",
        "",
        "`parse_pdf` against pdfplumber's own character extraction of the same PDFs "
        "(open + `page.chars` on every page):",
        "",
        "| PDFs | files | parse_pdf s | pdfplumber chars s | ratio (total) | ratio (median) |",
        "|---|---:|---:|---:|---:|---:|",
        *ratios,
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
