"""PDF round trip on the corpus: does ``parse_pdf`` read a typeset answer as ``parse_text`` does?

For every answer in ``<corpus>/antwort/``: ``doc = drucksache.parse_text(text)``, the test
typesetter (``tests/typeset``) sets ``doc`` as a Bundestag PDF, ``drucksache.parse_pdf`` reads
it back, and the two Documents are compared on their content: metadata, the preamble texts,
questions (number, text, parts), answers (questions covered, grouping sentence, text),
annexes (title, questions named, text) and references (kind, number, wahlperiode, question,
preamble, resolved).  Spans, pages and ``removed`` differ between a text and a PDF by nature
and are not compared; instead every segment of the PDF parse must know its pages and hold no
page furniture (running head, page number) and no soft hyphen.

    python benchmarks/pdf_corpus_check.py [CORPUS] [--jobs 2] [--only 21-357 ...] [--all]
                                          [--keep-pdfs DIR]

It prints, per document that does not agree, the fields that differ with their first
difference, then the totals: typeset, refused by the typesetter (a character that neither the
standard PDF fonts nor its DejaVu fallbacks have), agreeing in everything, and the share.  The
exit code is 0: it is a report.
"""

from __future__ import annotations

import argparse
import difflib
import multiprocessing
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the test typesetter, ``typeset``

import drucksache  # noqa: E402
from drucksache.models import Document, Segment  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/bundestag-wp21")
CONTEXT = 30
"""Characters shown on either side of a first difference."""
ITEM = 160
"""Characters shown of an item that only one side has."""
SHOWN = 6
"""Differences printed per document unless ``--all``."""

# Page furniture that must never reach a segment: "Drucksache 21/7652 – 2 – Deutscher Bundestag –
# 21. Wahlperiode", or a page number "– 3 –" standing alone between en dashes.
_RUNNING_HEAD = re.compile(r"Deutscher Bundestag\s*–\s*\d+\.\s*Wahlperiode|–\s*\d{1,3}\s*–")
_PLAIN_FORMS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2009": " ", "\u202f": " "})
_Fields = Callable[[object], dict[str, object]]
_REFUSED = re.compile(r"cannot set (.+?) \((U\+[0-9A-F]{4,6})\)")


@dataclass(frozen=True, slots=True)
class Difference:
    """One field in which the PDF parse differs from the text parse."""

    field: str
    expected: str
    got: str

    def __str__(self) -> str:
        if self.field.endswith((".missing", ".extra")):
            item = self.expected or self.got
            return f"{self.field}: {item[:ITEM]}{'…' if len(item) > ITEM else ''}"
        return f"{self.field}: {first_difference(self.expected, self.got)}"

    @property
    def kind(self) -> str:
        """The field without indices, for counting: 'answers[].text'."""
        return re.sub(r"\[[^\]]*\]", "[]", self.field)


def first_difference(expected: str, got: str) -> str:
    """Where two strings part, with a little context of each: "@12 …'ab c'… ≠ …'ab-c'…"."""
    at = next(
        (i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b),
        min(len(expected), len(got)),
    )
    start = max(0, at - CONTEXT)
    prefix = "…" if start else ""

    def cut(text: str) -> str:
        tail = "…" if len(text) > at + CONTEXT else ""
        return f"{prefix}{text[start : at + CONTEXT]!r}{tail}"

    return f"@{at} {cut(expected)} ≠ {cut(got)}"


def printable(value: object) -> object:
    """``value`` with the characters the typesetter sets as their plain forms made plain.

    The standard PDF fonts lack U+2010/U+2011 (hyphens) and thin or narrow no-break spaces, so
    ``typeset`` prints "-" and a no-break space (``typeset.fonts.settable``): that is not
    something the parser can get back, and not a difference.
    """
    if isinstance(value, str):
        return value.translate(_PLAIN_FORMS)
    if isinstance(value, tuple | list):
        return type(value)(printable(item) for item in value)
    return value


def _same(field: str, expected: object, got: object) -> list[Difference]:
    expected, got = printable(expected), printable(got)
    return [] if expected == got else [Difference(field, str(expected), str(got))]


def _segment_text(segment: Segment | None) -> str | None:
    return None if segment is None else segment.text


def differences(expected: Document, got: Document) -> list[Difference]:
    """Every content field in which ``got`` (the PDF parse) differs from ``expected``."""
    found: list[Difference] = []
    for name, value in expected.metadata:
        found += _same(f"metadata.{name}", value, getattr(got.metadata, name))
    for name in ("preamble", "government_preamble"):
        found += _same(
            name, _segment_text(getattr(expected, name)), _segment_text(getattr(got, name))
        )
    found += _pairs("questions", expected.questions, got.questions, _question_fields, 1)
    found += _pairs("answers", expected.answers, got.answers, _answer_fields, 1)
    found += _pairs("annexes", expected.annexes, got.annexes, _annex_fields, 1)
    found += _pairs("references", expected.references, got.references, _reference_fields, 2)
    return found


def _question_fields(question: object) -> dict[str, object]:
    assert isinstance(question, drucksache.Question)
    parts = [(p.label, p.text) for p in question.parts]
    return {"number": question.number, "text": question.text, "parts": parts}


def _answer_fields(answer: object) -> dict[str, object]:
    assert isinstance(answer, drucksache.Answer)
    return {"questions": answer.questions, "grouping": answer.grouping, "text": answer.text}


def _annex_fields(annex: object) -> dict[str, object]:
    assert isinstance(annex, drucksache.Annex)
    return {"title": annex.title, "questions": annex.questions, "text": annex.text}


def _reference_fields(reference: object) -> dict[str, object]:
    assert isinstance(reference, drucksache.Reference)
    names = ("kind", "number", "wahlperiode", "question", "preamble", "resolved")
    return {name: getattr(reference, name) for name in names}


def _pairs(
    name: str, expected: Sequence[object], got: Sequence[object], fields: _Fields, key: int
) -> list[Difference]:
    """Differences item by item, the two lists aligned on their first ``key`` fields.

    Aligning (rather than pairing by index) keeps one lost question from turning every later
    one into a difference: it shows as one ``missing`` item, and the rest still pair up.
    """
    want, have = [fields(item) for item in expected], [fields(item) for item in got]
    keys = [tuple(f.values())[:key] for f in want], [tuple(f.values())[:key] for f in have]
    found: list[Difference] = []
    matcher = difflib.SequenceMatcher(None, *keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                for field, value in want[i].items():
                    found += _same(f"{name}[{i}].{field}", value, have[j][field])
            continue
        found += [Difference(f"{name}[{i}].missing", str(want[i]), "") for i in range(i1, i2)]
        found += [Difference(f"{name}[{j}].extra", "", str(have[j])) for j in range(j1, j2)]
    return found


def leftovers(doc: Document, source: Document) -> list[Difference]:
    """What a PDF parse must not have: a segment without pages, furniture or U+00AD in a text.

    Furniture is what the PDF parse has beyond the text parse ``source`` of the same segment:
    the text of an answer may quote a page number itself ("Anlage zu Frage 73 – 1 –")."""
    printed = {field: segment.text for field, segment in _segments(source)}
    found: list[Difference] = []
    for field, segment in _segments(doc):
        if segment.pages is None:
            found.append(Difference(f"{field}.pages", "set", "None"))
        furniture = _RUNNING_HEAD.findall(segment.text)
        if len(furniture) > len(_RUNNING_HEAD.findall(printed.get(field, ""))):
            found.append(Difference(f"{field}.furniture", "", furniture[-1]))
        if "\u00ad" in segment.text:
            found.append(Difference(f"{field}.soft_hyphen", "", "U+00AD in the text"))
    return found


def _segments(doc: Document) -> Iterable[tuple[str, Segment]]:
    for name in ("preamble", "government_preamble"):
        segment = getattr(doc, name)
        if segment is not None:
            yield name, segment
    for i, question in enumerate(doc.questions):
        yield f"questions[{i}]", question
        for j, part in enumerate(question.parts):
            yield f"questions[{i}].parts[{j}]", part
    for i, answer in enumerate(doc.answers):
        yield f"answers[{i}]", answer
    for i, annex in enumerate(doc.annexes):
        yield f"annexes[{i}]", annex


# --- one document --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one corpus answer."""

    stem: str
    status: str
    """'agree', 'differ', 'refused' (typesetter), 'text_error', 'pdf_error'."""
    detail: str = ""
    differences: tuple[Difference, ...] = ()
    pages: int = 0
    seconds: float = 0.0


def check_document(path: Path, keep: Path | None = None) -> Outcome:
    """Typeset ``path``'s text parse, read the PDF back, compare; never raises on bad input."""
    from typeset import typeset

    started = time.perf_counter()
    stem = path.stem
    try:
        expected = drucksache.parse_text(path.read_text(encoding="utf-8"))
    except drucksache.DrucksacheError as error:
        return Outcome(stem, "text_error", f"{type(error).__name__}: {error}")
    try:
        pdf = typeset(expected)
    except ValueError as error:
        return Outcome(stem, "refused", str(error))
    if keep is not None:
        (keep / f"{stem}.pdf").write_bytes(pdf)
    try:
        got = drucksache.parse_pdf(pdf)
    except drucksache.DrucksacheError as error:
        return Outcome(stem, "pdf_error", f"{type(error).__name__}: {error}")
    found = tuple(differences(expected, got) + leftovers(got, expected))
    pages = max((s.pages.last for _, s in _segments(got) if s.pages), default=0)
    status = "differ" if found else "agree"
    return Outcome(stem, status, "", found, pages, time.perf_counter() - started)


def _check(job: tuple[Path, Path | None]) -> Outcome:
    return check_document(*job)


def run(paths: list[Path], jobs: int, keep: Path | None) -> list[Outcome]:
    """Every document checked, ``jobs`` at a time, in the order of ``paths``."""
    work = [(path, keep) for path in paths]
    if jobs <= 1:
        return [_check(job) for job in work]
    # Largest first, so that no long document starts last and keeps one core busy alone.
    order = sorted(range(len(work)), key=lambda i: -work[i][0].stat().st_size)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        results = pool.map(_check, [work[i] for i in order], chunksize=1)
    by_index = dict(zip(order, results, strict=True))
    return [by_index[i] for i in range(len(work))]


# --- report --------------------------------------------------------------------------------------


def report(outcomes: list[Outcome], show_all: bool) -> str:
    """Per-document differences, then the totals."""
    lines: list[str] = []
    for outcome in outcomes:
        if outcome.status == "agree":
            continue
        lines.append(f"{outcome.stem}: {outcome.status} {outcome.detail}".rstrip())
        shown = outcome.differences if show_all else outcome.differences[:SHOWN]
        lines += [f"    {difference}" for difference in shown]
        if len(shown) < len(outcome.differences):
            lines.append(f"    … and {len(outcome.differences) - len(shown)} more (--all)")
    lines += ["", *totals(outcomes)]
    return "\n".join(lines)


def totals(outcomes: list[Outcome]) -> list[str]:
    """The summary lines."""
    status = Counter(outcome.status for outcome in outcomes)
    typeset = status["agree"] + status["differ"] + status["pdf_error"]
    refused = [o for o in outcomes if o.status == "refused"]
    share = status["agree"] / typeset if typeset else 0.0
    out = [
        f"documents:           {len(outcomes)}",
        f"text parse failed:   {status['text_error']}",
        f"refused (typesetter): {len(refused)}",
    ]
    why = Counter(_refused_char(o.detail) for o in refused)
    out += [f"    {char}: {count}" for char, count in why.most_common()]
    out += [
        f"typeset:             {typeset}",
        f"PDF parse failed:    {status['pdf_error']}",
        f"agree in everything: {status['agree']} of {typeset} ({share:.1%})",
    ]
    kinds = Counter(d.kind for o in outcomes for d in o.differences)
    docs = Counter(k for o in outcomes for k in {d.kind for d in o.differences})
    if kinds:
        out.append("differences by field (documents, occurrences):")
        out += [f"    {kind}: {docs[kind]} docs, {n}" for kind, n in kinds.most_common()]
    seconds = sum(o.seconds for o in outcomes)
    pages = sum(o.pages for o in outcomes)
    out.append(f"CPU time in workers: {seconds:.0f} s for {pages} pages")
    return out


def _refused_char(detail: str) -> str:
    match = _REFUSED.search(detail)
    return f"{match[1]} {match[2]}" if match else detail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--only", nargs="+", default=(), help="file stems, '21-357'")
    parser.add_argument("--all", action="store_true", help="print every difference")
    parser.add_argument("--keep-pdfs", type=Path, help="write the typeset PDFs here")
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "antwort").glob("*.txt"))
    if args.only:
        paths = [p for p in paths if p.stem in set(args.only)]
    if not paths:
        print(f"no answers found in {args.corpus / 'antwort'}", file=sys.stderr)
        return 2
    if args.keep_pdfs:
        args.keep_pdfs.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    outcomes = run(paths, args.jobs, args.keep_pdfs)
    print(report(outcomes, args.all))
    print(f"wall time: {time.perf_counter() - started:.0f} s with {args.jobs} job(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
