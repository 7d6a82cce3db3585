"""Line-end breaks on the corpus: does the de-hyphenation undo every break a typesetter makes?

The PDF round trip (``pdf_corpus_check.py``) fails mostly where the typesetter breaks a word
or a URL that the DIP text printed whole and the line-joining rules then decide otherwise.
This check isolates that decision and tries every break instead of the few a layout happens
to make: for every word of every segment of ``parse_text(answer)``, every way the test
typesetter (``tests/typeset/breaking.py``) may break it at a line end is put on two lines,
with a word of context on either side, and ``hyphenation.Dehyphenator`` joins them again.  A
break is right when the two lines read as the segment did.  The document's own spellings are
the other words of the document (the broken occurrence does not count), as in a PDF parse.

    python benchmarks/break_check.py [CORPUS] [--only 21-357 ...] [--show 40]

It prints the wrong breaks by kind (word or URL) with examples, then the totals: breaks
tried, wrong, and the documents with at least one wrong break.  Exit code 0: it is a report.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the test typesetter, ``typeset``

from typeset.breaking import splits  # noqa: E402

import drucksache  # noqa: E402
from drucksache.hyphenation import SPELLED_WORD, Dehyphenator  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/bundestag-wp21")


@dataclass(slots=True)
class _Line:
    text: str


class _Vocabulary:
    """The document's words less one occurrence of the broken word's own words."""

    def __init__(self, counts: Counter[str], less: Counter[str]) -> None:
        self.counts, self.less = counts, less

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.counts[word] - self.less[word] > 0


@dataclass(frozen=True, slots=True)
class Miss:
    """One break the de-hyphenation did not undo."""

    document: str
    kind: str
    expected: str
    got: str


def segment_texts(document: drucksache.Document) -> Iterator[str]:
    """The texts a typesetter sets as paragraphs: preambles, questions, answers, annexes."""
    for segment in (document.preamble, document.government_preamble):
        if segment is not None:
            yield segment.text
    for question in document.questions:
        yield question.text
    for answer in document.answers:
        yield answer.text
    for annex in document.annexes:
        yield annex.text


def check_document(name: str, text: str) -> tuple[int, list[Miss]]:
    """Breaks tried in one answer, and those not undone."""
    document = drucksache.parse_text(text)
    paragraphs = [p.split() for p in segment_texts(document)]
    counts = Counter(SPELLED_WORD.findall("\n".join(" ".join(p) for p in paragraphs).lower()))
    tried, misses = 0, []
    for words in paragraphs:
        for index, word in enumerate(words):
            candidates = splits(word)
            if not candidates:
                continue
            before = " ".join(words[max(0, index - 4) : index])
            after = " ".join(words[index + 1 : index + 3])
            expected = " ".join(filter(None, (before, word, after)))
            less = Counter(SPELLED_WORD.findall(word.lower()))
            for split in candidates:
                tried += 1
                first, second = f"{before} {split.head}".strip(), f"{split.tail} {after}"
                got = _rejoin(first, second, counts, less)
                if got != expected:
                    kind = "url" if split.url else "word"
                    misses.append(Miss(name, kind, expected, got))
    return tried, misses


def _rejoin(first: str, second: str, counts: Counter[str], less: Counter[str]) -> str:
    lines = [_Line(first), _Line(second.strip())]
    dehyphenator = Dehyphenator(lines)
    dehyphenator.__dict__["vocabulary"] = _Vocabulary(counts, less)
    dehyphenator.run()
    return " ".join(" ".join(line.text.split()) for line in lines if line.text.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="documents to check")
    parser.add_argument("--show", type=int, default=40, help="examples shown per kind")
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "antwort").glob("*.txt"))
    if args.only:
        paths = [p for p in paths if p.stem in set(args.only)]
    tried, misses = 0, []
    for path in paths:
        count, found = check_document(path.stem, path.read_text(encoding="utf-8"))
        tried += count
        misses.extend(found)
    for kind in ("word", "url"):
        chosen = [m for m in misses if m.kind == kind]
        print(f"wrong {kind} breaks: {len(chosen)}")
        for miss in chosen[: args.show]:
            indent = " " * len(miss.document)
            print(f"  {miss.document}: {miss.expected!r}\n  {indent}→ {miss.got!r}")
    documents = {m.document for m in misses}
    print(f"breaks tried: {tried}, wrong: {len(misses)} ({len(misses) / max(tried, 1):.3%})")
    print(f"documents with a wrong break: {len(documents)} of {len(paths)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
