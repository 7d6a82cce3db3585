"""Batch conversion: many PDFs and texts to JSON, in worker processes, resumable.

The stages: ``discover_inputs`` (files, folders, globs → files) → ``assign_outputs`` (a
deterministic, clash-free JSON name per input) → ``WorkerPool.run`` (``workers.py``: parse in
worker processes, each file with a deadline) → a sink (one JSON per input plus ``errors.json``,
or one JSON-lines file).  Every output is written atomically, so a run that is killed can be
resumed with ``skip_existing``.

Decisions a user can rely on:
- Names: ``21-357.txt`` → ``21-357.json``; files found in a folder input keep their path under
  it (``in/a/x.txt`` → ``OUT/a/x.json``).  Clashing names (``x.pdf`` next to ``x.txt``, the same
  name from two folders, names equal but for case, ``errors.json``) become ``x.txt.json``, then
  ``<folder>/x.txt.json``, then ``x.txt.<hash of the path>.json``: the same inputs always get the
  same names.
- The JSON of a document is byte for byte what ``drucksache parse`` prints.  JSON lines come in
  input order whatever the number of workers (after an interrupt, the held-back ones follow).
- ``errors.json`` is always written, ``[]`` when all went well; an input listed there has no
  output (an older one is removed), so outputs and errors never contradict each other.
- ``jobs=1`` runs one worker process, the same code path as many: timeouts and crash isolation
  work alike.  Files go out largest first so that a long PDF does not start last.
- Pages count PDF pages only: DIP texts have no page breaks.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO

from .progress import BatchProgress, Stats
from .workers import PART, Job, Outcome, ParseFn, WorkerPool, atomic_write

SUFFIXES = frozenset({".pdf", ".txt"})
"""What a folder input contributes; a file named on the command line is taken whatever it is."""
ERRORS_NAME = "errors.json"


class UsageError(Exception):
    """The command line names no usable input or options that contradict each other."""


@dataclass(frozen=True)
class Input:
    """One file to convert, and where it was found."""

    path: Path
    root: Path | None = None
    """The folder input it was found under; None when named directly (or by a glob)."""

    @property
    def relative(self) -> Path:
        """Its path under its folder input, or its bare name."""
        return self.path.relative_to(self.root) if self.root else Path(self.path.name)


@dataclass
class BatchResult:
    """The end state of ``convert``."""

    stats: Stats
    errors: list[dict[str, str]] = field(default_factory=list)
    interrupted: bool = False
    parse_seconds: dict[str, float] = field(default_factory=dict)
    """Time each parsed input spent in the parser, by source (for finding slow files)."""

    @property
    def exit_code(self) -> int:
        """130 when interrupted, 1 when some input failed, else 0."""
        return 130 if self.interrupted else (1 if self.errors else 0)


# --- inputs and output names ------------------------------------------------------------------


def discover_inputs(specs: Sequence[str]) -> list[Input]:
    """Files, folders (recursively: their .pdf and .txt files) and globs, each file once."""
    found: list[Input] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir() or path.is_file():
            found.extend(_expand(path))
        elif any(c in spec for c in "*?["):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                raise UsageError(f"{spec}: the pattern matches no file")
            for match in matches:
                found.extend(_expand(Path(match)))
        else:
            raise UsageError(f"{spec}: no such file or folder")
    seen: set[Path] = set()
    unique = []
    for item in found:
        key = item.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _expand(path: Path) -> list[Input]:
    if not path.is_dir():
        return [Input(path)]
    files = (p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    return [Input(p, root=path) for p in sorted(files)]


def assign_outputs(inputs: Sequence[Input]) -> list[Path]:
    """A relative JSON path per input: ``21-357.txt`` → ``21-357.json``, without clashes.

    Inputs whose names clash (``a/x.txt`` and ``b/x.txt``, ``x.pdf`` and ``x.txt``, or names
    that differ only in case) step up, together, through ever more specific names until they
    differ; see ``_candidate``.  The result depends only on the inputs, never on timing.
    """
    levels = [0] * len(inputs)
    while True:
        names = [_candidate(item, level) for item, level in zip(inputs, levels, strict=True)]
        groups: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(names):
            groups[name.as_posix().casefold()].append(i)
        clashing = [i for key, g in groups.items() if len(g) > 1 or key == ERRORS_NAME for i in g]
        if not clashing:
            return names
        raise_ = [i for i in clashing if levels[i] < 3]
        if not raise_:
            raise RuntimeError(f"cannot give distinct names to {[names[i] for i in clashing]}")
        for i in raise_:
            levels[i] += 1


def _candidate(item: Input, level: int) -> Path:
    """Level 0 ``x.json``; 1 ``x.txt.json``; 2 ``<folder>/x.txt.json``; 3 adds a path hash."""
    rel = item.relative
    if level == 0:
        return rel.with_suffix(".json")
    if level == 1:
        return rel.with_name(rel.name + ".json")
    if level == 2:
        folder = (item.root or item.path.parent).resolve().name or "root"
        return Path(folder) / rel.with_name(rel.name + ".json")
    digest = hashlib.sha1(str(item.path.resolve()).encode()).hexdigest()[:8]
    return rel.with_name(f"{rel.name}.{digest}.json")


# --- resuming --------------------------------------------------------------------------------


def is_complete(path: Path) -> bool:
    """An output that a run finished: it exists and holds valid JSON."""
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return True


def remove_stale_parts(outdir: Path) -> None:
    """Delete temp files that an interrupted or killed run left behind."""
    for part in outdir.rglob(f".*.json.*{PART}"):
        part.unlink(missing_ok=True)


def _complete_records(path: Path) -> dict[str, str]:
    """The document records of an earlier JSON-lines run, by source; the rest is to redo."""
    records: dict[str, str] = {}
    if not path.exists():
        return records
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except ValueError:  # the line a killed run was writing
                continue
            if isinstance(record, dict) and "document" in record:
                records[str(record["source"])] = line if line.endswith("\n") else line + "\n"
    return records


# --- sinks ------------------------------------------------------------------------------------


def _error_record(item: Input, outcome: Outcome) -> dict[str, str]:
    assert outcome.error is not None
    return {"source": str(item.path), "error": outcome.error, "message": outcome.message}


class _FileSink:
    """One JSON per input under ``outdir``, and ``errors.json`` listing the failures."""

    def __init__(self, outdir: Path, inputs: Sequence[Input]) -> None:
        self._outdir, self._inputs = outdir, inputs
        self._targets = [outdir / name for name in assign_outputs(inputs)]
        self._errors: dict[int, dict[str, str]] = {}

    def jobs(self, skip_existing: bool) -> list[Job]:
        """A job per input, except complete outputs when resuming."""
        self._outdir.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(self._outdir)
        pairs = enumerate(zip(self._inputs, self._targets, strict=True))
        return [
            Job(i, str(item.path), str(target))
            for i, (item, target) in pairs
            if not (skip_existing and is_complete(target))
        ]

    def accept(self, outcome: Outcome) -> None:
        """Note a failure (the worker has already written a success)."""
        if outcome.error is not None:
            self._errors[outcome.index] = _error_record(self._inputs[outcome.index], outcome)
            # An output of an earlier run would contradict errors.json.
            self._targets[outcome.index].unlink(missing_ok=True)

    def finish(self) -> list[dict[str, str]]:
        """Write ``errors.json`` (an empty list when all went well) and return the failures."""
        errors = [self._errors[i] for i in sorted(self._errors)]
        text = json.dumps(errors, indent=2, ensure_ascii=False) + "\n"
        atomic_write(self._outdir / ERRORS_NAME, text)
        return errors


class _JsonlSink:
    """One JSON-lines file: a record per input in input order, failures as error records."""

    def __init__(self, path: Path, inputs: Sequence[Input]) -> None:
        self._path, self._inputs = path, inputs
        self._errors: dict[int, dict[str, str]] = {}
        self._held: dict[int, str] = {}
        self._order: list[int] = []
        self._next = 0
        self._fh: IO[str] | None = None

    def jobs(self, skip_existing: bool) -> list[Job]:
        """A job per input, except those with a document record when resuming."""
        kept = _complete_records(self._path) if skip_existing else {}
        atomic_write(self._path, "".join(kept.values()))  # drops a half-written last line
        self._fh = open(self._path, "a", encoding="utf-8")  # noqa: SIM115 (closed in finish)
        self._order = [i for i, item in enumerate(self._inputs) if str(item.path) not in kept]
        return [Job(i, str(self._inputs[i].path), None) for i in self._order]

    def accept(self, outcome: Outcome) -> None:
        """Hold the record until those of all earlier inputs are written: order by input."""
        line = outcome.line
        if outcome.error is not None:
            record = _error_record(self._inputs[outcome.index], outcome)
            self._errors[outcome.index] = record
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        self._held[outcome.index] = f"{line}\n"
        while self._next < len(self._order) and self._order[self._next] in self._held:
            self._write(self._held.pop(self._order[self._next]))
            self._next += 1

    def _write(self, line: str) -> None:
        assert self._fh is not None
        self._fh.write(line)
        self._fh.flush()  # a killed run loses at most the line it was writing

    def finish(self) -> list[dict[str, str]]:
        """Write what is still held (after an interrupt, out of order), sync and close."""
        for index in sorted(self._held):
            self._write(self._held.pop(index))
        if self._fh is not None:
            os.fsync(self._fh.fileno())
            self._fh.close()
        return [self._errors[i] for i in sorted(self._errors)]


# --- the batch --------------------------------------------------------------------------------


def convert(
    specs: Sequence[str],
    *,
    outdir: Path | None = None,
    jsonl: Path | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
    skip_existing: bool = False,
    indent: int = 2,
    parse: ParseFn | None = None,
    progress: bool = False,
) -> BatchResult:
    """Convert every input to JSON in ``outdir`` (or one ``jsonl`` file); see the module doc.

    One bad file never stops the batch: it becomes an error record.  ``parse`` replaces
    ``drucksache.cli.parse_path`` in the workers (a module-level function; tests use it to
    inject hangs).  ``progress`` shows a live bar on stderr.  Ctrl-C (or SIGTERM) stops the
    workers and returns a result with ``interrupted`` set.
    """
    workers = _check_options(outdir, jsonl, jobs, timeout)
    inputs = discover_inputs(specs)
    if not inputs:
        raise UsageError("no .pdf or .txt file among the inputs")
    sink: _FileSink | _JsonlSink
    sink = _FileSink(outdir, inputs) if outdir is not None else _JsonlSink(_given(jsonl), inputs)
    todo = _largest_first(sink.jobs(skip_existing))
    stats = Stats(total=len(inputs), workers=min(workers, len(todo)))
    stats.skipped = len(inputs) - len(todo)
    result = BatchResult(stats)
    todo_sources = {job.index: job.source for job in todo}
    outcomes = WorkerPool(stats.workers, parse=parse, indent=indent, timeout=timeout).run(todo)
    with BatchProgress(stats, enabled=progress) as bar, _sigterm_as_interrupt():
        try:
            for outcome in outcomes:
                _count(stats, outcome)
                result.parse_seconds[todo_sources[outcome.index]] = outcome.seconds
                sink.accept(outcome)
                bar.advance()
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            outcomes.close()  # kills the workers if the loop did not run to the end
            stats.finished = time.monotonic()
            result.errors = sink.finish()
    return result


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (how batch systems stop jobs) ends the run like Ctrl-C: no orphaned workers."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _largest_first(jobs: list[Job]) -> list[Job]:
    """Dispatch order: biggest files first, so that no long PDF starts last and runs alone.

    Outputs do not depend on it: files are named by input, JSON lines are written in input order.
    """
    return sorted(jobs, key=lambda job: -_size(job.source))


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # gone since discovery: the worker will report it
        return 0


def _given(path: Path | None) -> Path:
    assert path is not None
    return path


def _check_options(
    outdir: Path | None, jsonl: Path | None, jobs: int | None, timeout: float | None
) -> int:
    """The number of workers, after checking the options against each other."""
    if (outdir is None) == (jsonl is None):
        raise UsageError("give either an output folder (-o) or a JSON-lines file (--jsonl)")
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise UsageError(f"--jobs must be at least 1, not {workers}")
    if timeout is not None and not timeout > 0:
        raise UsageError(f"--timeout must be a positive number of seconds, not {timeout}")
    return workers


def _count(stats: Stats, outcome: Outcome) -> None:
    if outcome.error is not None:
        stats.failed += 1
    else:
        stats.converted += 1
        stats.with_warnings += outcome.warnings > 0
        stats.pages += outcome.pages
    if outcome.pid:
        peak, cpu = stats.peak_rss_kib, stats.cpu_seconds
        peak[outcome.pid] = max(peak.get(outcome.pid, 0), outcome.rss_kib)
        cpu[outcome.pid] = max(cpu.get(outcome.pid, 0.0), outcome.cpu_seconds)
