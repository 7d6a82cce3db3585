"""Speed of the text path: documents per second of CPU time on one core, and where it goes.

Parses every ``*.txt`` of a corpus folder with ``drucksache.parse_text``: once to warm up (the
langdetect profiles and the German word list load lazily, once per process), then ``--repeat``
timed passes over the whole folder, each measured in CPU time of this process
(``time.process_time``: the machine is shared, wall clock says little).  Reports the best and
the median pass as documents per second, and per document (its best time over the passes) the
median, the 90th percentile and the slowest, and the rate in characters per second.

A last, instrumented pass times each stage of ``pipeline.parse_source`` (the front end, each
cleaning step, header, segment, assemble) and the two costly parts of assemble (language,
references), and prints their shares of the CPU time.  Its timers cost a little, so it is not
part of the documents-per-second figure.

    PYTHONPATH=src python benchmarks/speed.py [CORPUS_DIR] [--repeat N] [--no-stages]

The default corpus is the 273 DIP texts of WP21 answers.  A script, not a test: it asserts
nothing about time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import drucksache
from drucksache import assemble, clean, pipeline
from drucksache.errors import DrucksacheError

DEFAULT_CORPUS = Path("/work/shared/corpus/bundestag-wp21/antwort")


def read_corpus(folder: Path) -> list[str]:
    """The texts of every ``*.txt`` in ``folder``, in name order."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no *.txt files in {folder}")
    return [path.read_text(encoding="utf-8") for path in paths]


def parse_all(texts: list[str]) -> int:
    """Parse every text; the number of texts that raised a DrucksacheError."""
    errors = 0
    for text in texts:
        try:
            drucksache.parse_text(text)
        except DrucksacheError:
            errors += 1
    return errors


def timed_passes(texts: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """CPU seconds of each of ``repeat`` passes over ``texts``, and each text's best time
    over the passes (the least disturbed by the other work on the machine)."""
    seconds = []
    best = [float("inf")] * len(texts)
    for _ in range(repeat):
        started = time.process_time()
        for index, text in enumerate(texts):
            before = time.process_time()
            parse_all([text])
            best[index] = min(best[index], time.process_time() - before)
        seconds.append(time.process_time() - started)
    return seconds, best


def document_report(texts: list[str], best: list[float]) -> str:
    """Per document: the median, 90th percentile and slowest time, and the rate in characters.

    The corpus mixes answers of a page with tables of 30,000 lines: the documents per second
    of a whole pass say what a batch of these documents takes, the median what a typical
    answer takes."""
    ordered = sorted(best)
    median, p90 = statistics.median(ordered), ordered[int(0.9 * (len(ordered) - 1))]
    slowest = max(range(len(texts)), key=best.__getitem__)
    characters = sum(map(len, texts)) / sum(best)
    return (
        f"per document (best of the passes): median {median * 1000:.1f} ms "
        f"({1 / median:.0f} docs/s), 90th percentile {p90 * 1000:.1f} ms, slowest "
        f"{best[slowest] * 1000:.0f} ms ({len(texts[slowest].splitlines())} lines); "
        f"{characters / 1e6:.2f} M characters/s"
    )


class StageTimer:
    """CPU seconds per stage, collected by wrapping the stage functions for one pass."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - started

        return timed

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Replace the stage functions by timed ones (module attributes) while inside."""
        targets: list[tuple[Any, str, str]] = [
            (pipeline, "lines_from_text", "front end (lines_from_text)"),
            (pipeline, "clean", "1 clean"),
            (pipeline, "read_header", "2 header"),
            (pipeline, "segment", "3 segment"),
            (pipeline, "assemble", "4 assemble"),
            (assemble, "detect_language", "4 assemble / language"),
            (assemble, "find_references", "4 assemble / references"),
        ]
        saved = [(module, attr, getattr(module, attr)) for module, attr, _ in targets]
        saved_steps = clean.STEPS
        try:
            for module, attr, name in targets:
                setattr(module, attr, self.wrap(name, getattr(module, attr)))
            clean.STEPS = tuple(
                (step, self.wrap(f"1 clean / {step}", function)) for step, function in saved_steps
            )
            yield
        finally:
            for module, attr, original in saved:
                setattr(module, attr, original)
            clean.STEPS = saved_steps


def stage_report(texts: list[str]) -> str:
    """One instrumented pass: each stage's CPU seconds and share of the pass."""
    timer = StageTimer()
    with timer.installed():
        started = time.process_time()
        parse_all(texts)
        total = time.process_time() - started
    rows = [f"{'stage':<44} {'CPU s':>7} {'share':>6}"]
    for name in sorted(timer.seconds):
        seconds = timer.seconds[name]
        rows.append(f"{name:<44} {seconds:7.3f} {seconds / total:6.1%}")
    rows.append(f"{'whole pass (instrumented)':<44} {total:7.3f} {1:6.1%}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage pass")
    args = parser.parse_args()
    texts = read_corpus(args.corpus)
    started = time.process_time()
    errors = parse_all(texts)
    first = time.process_time() - started
    print(f"{len(texts)} documents from {args.corpus} ({errors} raised a DrucksacheError)")
    print(f"first pass (cold, with loading): {first:.2f} CPU s")
    seconds, per_document = timed_passes(texts, args.repeat)
    best, median = min(seconds), statistics.median(seconds)
    print(
        f"warm, {args.repeat} passes: best {len(texts) / best:.0f} docs/s "
        f"({best:.2f} CPU s), median {len(texts) / median:.0f} docs/s ({median:.2f} CPU s)"
    )
    print(document_report(texts, per_document))
    if not args.no_stages:
        print()
        print(stage_report(texts))


if __name__ == "__main__":
    main()
