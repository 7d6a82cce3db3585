"""Corpus evaluation: how many of the questions of each answer does the parser get right?

For every answer in ``<corpus>/antwort/`` this runs ``drucksache.parse_text`` and compares the
questions it finds with the questions of the Kleine Anfrage the answer answers
(``<corpus>/kleine-anfrage/``), read by the independent extractor in ``expected.py``.  With
``--kleine-anfragen`` it parses the Kleine Anfragen themselves instead, each compared with what
the extractor reads from the same text (the parser must also read them as ``kleine_anfrage``).

How a question and a document are scored is in ``scoring.py``: a question is right when the
number matches and the text similarity is at least 0.9.

    python benchmarks/evaluate.py [CORPUS] [--kleine-anfragen] [--all] [--json FILE]
                                  [--compare OLD.json] [--only 21-357] [--detail]
                                  [--min-recall R] [--min-complete C]

The exit code is 0 (it is a report) unless a ``--min-*`` threshold is given and missed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from expected import extract_questions
from scoring import (
    SIMILARITY,
    DocumentResult,
    base_number,
    compare_questions,
    normalise,
    problems,
    totals,
)

import drucksache

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bundestag-wp21"
# "– Drucksache 21/173 –" in the answer's title block names the Kleine Anfrage answered.
_INQUIRY_LINE = re.compile(r"^\s*[–-]\s*Drucksache\s+(\d+)\s*/\s*(\d+)\s*[–-]\s*$", re.MULTILINE)


def inquiry_of(doc: drucksache.Document | None, text: str) -> str | None:
    """The answered Kleine Anfrage as a file stem, "21-173": metadata first, then the text."""
    if doc is not None and doc.metadata.inquiry:
        return doc.metadata.inquiry.replace("/", "-")
    match = _INQUIRY_LINE.search(text)
    return f"{match[1]}-{match[2]}" if match else None


def _parse(text: str) -> tuple[drucksache.Document | None, str | None, float]:
    """The Document, or the error it raised, and the seconds it took; never raises."""
    started = time.perf_counter()
    try:
        doc = drucksache.parse_text(text)
    except Exception as exc:  # a report must cover every document: record and go on
        return None, f"{type(exc).__name__}: {exc}", time.perf_counter() - started
    return doc, None, time.perf_counter() - started


def evaluate_document(answer_path: Path, corpus: Path) -> DocumentResult:
    """Parse one answer and compare it with its Kleine Anfrage; never raises on bad input."""
    text = answer_path.read_text(encoding="utf-8")
    doc, error, seconds = _parse(text)
    inquiry = inquiry_of(doc, text)
    result = DocumentResult(answer_path.stem, inquiry, error=error, parse_seconds=seconds)
    result.inquiry_from_text = doc is not None and not doc.metadata.inquiry
    inquiry_path = corpus / "kleine-anfrage" / f"{inquiry}.txt"
    if inquiry is None or not inquiry_path.is_file():
        result.error = result.error or f"no Kleine Anfrage found (inquiry {inquiry})"
        return result
    expected = list(extract_questions(inquiry_path.read_text(encoding="utf-8")).questions)
    parsed = [(q.number, q.text) for q in doc.questions] if doc else []
    compare_questions(result, expected, parsed)
    if doc is not None:
        covered = {base_number(n) for answer in doc.answers for n in answer.questions}
        result.unanswered = [q.number for q in expected if q.number not in covered]
    return result


def evaluate_inquiry(path: Path) -> DocumentResult:
    """Parse one Kleine Anfrage and compare its questions with the extractor's reading of the
    same text; never raises on bad input."""
    text = path.read_text(encoding="utf-8")
    doc, error, seconds = _parse(text)
    if doc is not None and doc.metadata.kind != "kleine_anfrage":
        error = f"read as kind {doc.metadata.kind!r}"
    result = DocumentResult(path.stem, path.stem, error=error, parse_seconds=seconds)
    parsed = [(q.number, q.text) for q in doc.questions] if doc else []
    compare_questions(result, list(extract_questions(text).questions), parsed)
    return result


def format_table(results: list[DocumentResult], show_all: bool) -> str:
    """The per-document table; only documents that are not complete unless ``show_all``."""
    rows = [r for r in results if show_all or not r.complete or r.unanswered or r.inquiry_from_text]
    header = f"{'answer':<9} {'inquiry':<9} {'exp':>4} {'found':>5} {'right':>5} "
    header += f"{'recall':>6} {'prec':>5} {'no-ans':>6}  problems"
    lines = [header, "-" * len(header)]
    for r in sorted(rows, key=lambda r: (r.recall, r.precision, r.answer)):
        lines.append(
            f"{r.answer:<9} {r.inquiry or '?':<9} {r.expected:>4} {r.found:>5} {r.right:>5} "
            f"{r.recall:>6.2f} {r.precision:>5.2f} {len(r.unanswered):>6}  {problems(r)}"
        )
    if not rows:
        lines.append("(every document complete)")
    return "\n".join(lines)


def format_totals(summary: dict[str, Any]) -> str:
    """The totals block."""
    errors, unanswered = summary["errors"], summary["unanswered"]
    no_inquiry = summary["inquiry_from_text"]
    lines = [
        f"Documents            {summary['documents']}  (errors: {len(errors)})",
        *_listing(errors),
        f"Questions expected   {summary['expected']}",
        f"Questions found      {summary['found']}",
        f"Questions right      {summary['right']}  (identical text: {summary['exact']})",
        f"Recall               {summary['recall']:.4f}",
        f"Precision            {summary['precision']:.4f}",
        f"Complete documents   {summary['complete']} / {summary['documents']}"
        f"  ({summary['complete_share']:.1%})",
        "Not right, by kind   "
        + ", ".join(f"{kind} {n}" for kind, n in summary["mismatch_kinds"].items()),
        f"Without an answer    {len(unanswered)}",
        *_listing(unanswered),
        f"No metadata.inquiry  {len(no_inquiry)}",
        *_listing(no_inquiry),
        f"Speed                {summary['documents_per_second']:.1f} documents/s"
        f"  (parse_text {summary['parse_seconds']:.2f} s of wall clock, one process, one pass)",
        "                     (a first pass: it loads the word list and langdetect's profiles"
        " when first needed; benchmarks/speed.py measures warm passes in CPU time)",
    ]
    return "\n".join(lines)


def _listing(items: list[str]) -> list[str]:
    """Items wrapped and indented under a totals line; nothing for no items."""
    return textwrap.wrap(" ".join(items), 96, initial_indent="  ", subsequent_indent="  ")


def format_detail(result: DocumentResult, corpus: Path) -> str:
    """Expected against parsed text for every question of one document that is not right."""
    if not result.mismatches or result.inquiry is None or result.error:
        return ""
    ka = (corpus / "kleine-anfrage" / f"{result.inquiry}.txt").read_text(encoding="utf-8")
    expected = {q.number: q.text for q in extract_questions(ka).questions}
    text = (corpus / "antwort" / f"{result.answer}.txt").read_text(encoding="utf-8")
    parsed = {q.number: q.text for q in drucksache.parse_text(text).questions}
    lines = [f"== {result.answer} (Kleine Anfrage {result.inquiry})"]
    for m in result.mismatches:
        want, got = normalise(expected.get(m.number, "")), parsed.get(m.number)
        lines.append(f"-- question {m.number}: similarity {m.similarity:.2f}")
        lines.append(f"   expected: {want}")
        if got is None:
            lines.append(
                f"   parsed:   (none{f'; text found as {m.found_as}' if m.found_as else ''})"
            )
        else:
            lines.append(f"   parsed:   {normalise(got)}")
            lines.append(f"   differs:  {_divergence(want, normalise(got))}")
    return "\n".join(lines)


def _divergence(want: str, got: str, context: int = 50) -> str:
    """Where two texts part: the offset and a little of each from there."""
    at = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), None)
    if at is None:
        at = min(len(want), len(got))
    return f"at {at}: expected {want[at : at + context]!r} / parsed {got[at : at + context]!r}"


def compare_runs(old: dict[str, Any], new: dict[str, Any]) -> str:
    """Documents that got better or worse between two ``--json`` runs, and the totals' change."""
    lines = []
    for name, doc in sorted(new["documents"].items()):
        before = old["documents"].get(name)
        if before is None:
            continue
        key_new = _score(doc)
        key_old = _score(before)
        if key_new != key_old:
            verdict = "better" if key_new > key_old else "worse "
            lines.append(
                f"{verdict} {name}: right {before['right']}→{doc['right']}, "
                f"found {before['found']}→{doc['found']}, "
                f"no answer {len(before['unanswered'])}→{len(doc['unanswered'])}"
            )
    for key in ("recall", "precision", "complete_share"):
        lines.append(f"{key}: {old['totals'][key]:.4f} → {new['totals'][key]:.4f}")
    return "\n".join(lines)


def _score(doc: dict[str, Any]) -> tuple[int, int, int]:
    return (doc["right"], -len(doc["extra"]), -len(doc["unanswered"]))


def run(
    corpus: Path, only: list[str] | None = None, inquiries: bool = False
) -> list[DocumentResult]:
    """Evaluate every answer of the corpus (or only the named ones), in file-name order; with
    ``inquiries``, every Kleine Anfrage by itself."""
    paths = sorted((corpus / ("kleine-anfrage" if inquiries else "antwort")).glob("*.txt"))
    if only:
        paths = [p for p in paths if p.stem in only]
    if inquiries:
        return [evaluate_inquiry(path) for path in paths]
    return [evaluate_document(path, corpus) for path in paths]


def report(results: list[DocumentResult], corpus: Path) -> dict[str, Any]:
    """Everything ``--json`` writes."""
    return {
        "corpus": str(corpus),
        "similarity": SIMILARITY,
        "totals": totals(results),
        "documents": {r.answer: r.to_json() for r in results},
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit code."""
    args = _arguments().parse_args(argv)
    corpus: Path = args.corpus
    if not (corpus / "antwort").is_dir() or not (corpus / "kleine-anfrage").is_dir():
        print(f"{corpus} has no antwort/ and kleine-anfrage/ folders", file=sys.stderr)
        return 2
    if args.compare and not args.compare.is_file():
        print(f"--compare: {args.compare} does not exist", file=sys.stderr)
        return 2
    results = run(corpus, args.only, args.kleine_anfragen)
    data = report(results, corpus)
    print(format_table(results, args.all))
    print()
    print(format_totals(data["totals"]))
    if args.detail:
        for result in results:
            if detail := format_detail(result, corpus):
                print("\n" + detail)
    if args.json:
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        print("\n" + compare_runs(json.loads(args.compare.read_text(encoding="utf-8")), data))
    return _thresholds(data["totals"], args.min_recall, args.min_complete)


def _thresholds(
    summary: dict[str, Any], min_recall: float | None, min_complete: float | None
) -> int:
    failed = []
    if min_recall is not None and summary["recall"] < min_recall:
        failed.append(f"recall {summary['recall']:.4f} < {min_recall}")
    if min_complete is not None and summary["complete_share"] < min_complete:
        failed.append(f"complete share {summary['complete_share']:.4f} < {min_complete}")
    for message in failed:
        print(f"FAILED: {message}", file=sys.stderr)
    return 1 if failed else 0


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder with antwort/ and kleine-anfrage/",
    )
    parser.add_argument(
        "--kleine-anfragen",
        action="store_true",
        help="parse the Kleine Anfragen themselves, each compared with the extractor's reading",
    )
    parser.add_argument("--all", action="store_true", help="list complete documents too")
    parser.add_argument("--json", type=Path, help="write all figures to this JSON file")
    parser.add_argument("--compare", type=Path, help="an earlier --json file to compare with")
    parser.add_argument(
        "--only",
        action="append",
        metavar="ANSWER",
        help="evaluate only this answer, '21-357' (repeatable)",
    )
    parser.add_argument(
        "--detail",
        action="store_true",
        help="print expected and parsed text of every question not right",
    )
    parser.add_argument("--min-recall", type=float, help="exit 1 if question recall is lower")
    parser.add_argument(
        "--min-complete",
        type=float,
        help="exit 1 if the share of complete documents is lower (0–1)",
    )
    return parser


if __name__ == "__main__":
    sys.exit(main())
