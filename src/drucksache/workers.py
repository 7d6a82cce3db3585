"""Worker processes for batch conversion: parse one file per task, each task with a deadline.

Why not ``concurrent.futures``: a ProcessPoolExecutor cannot kill one hung task, and a worker
that dies breaks the whole pool.  ``WorkerPool`` owns its processes, gives each task a deadline,
and kills and replaces a worker that overruns or dies; the batch goes on.

Nothing here knows how a file is parsed: workers call ``drucksache.cli.parse_path`` (or the
``parse`` function handed to the pool, which is how tests inject hangs and crashes).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TypedDict

from .cli import parse_path
from .models import Document

ParseFn = Callable[[Path], Document]
"""Parses one file; must be a module-level function (it is sent to worker processes)."""

PART = ".part"
"""Suffix of the temp files that outputs are written through."""
# forkserver: workers fork from a clean server that has already imported the parser (fast
# replacement of a killed worker), and never from the parent, whose progress bar runs a thread.
_START_METHOD = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
# Not drucksache.cli: under `python -m drucksache.cli` each worker re-runs the main module, and
# runpy warns when that module is already imported.
_PRELOAD = ["drucksache", "pdfplumber"]


@dataclass(frozen=True)
class Job:
    """One task for a worker."""

    index: int
    source: str
    output: str | None
    """Where the worker writes the JSON; None in JSON-lines mode (the worker returns it)."""


@dataclass(frozen=True)
class Outcome:
    """What a worker reports back about one job."""

    index: int
    error: str | None = None
    message: str = ""
    pages: int = 0
    warnings: int = 0
    line: str | None = None
    """The JSON-lines record (JSON-lines mode only)."""
    seconds: float = 0.0
    """Time spent in ``parse`` (not in writing the output)."""
    pid: int = 0
    rss_kib: int = 0
    """The worker's peak resident set size so far, in KiB."""
    cpu_seconds: float = 0.0
    """The worker's CPU time so far (user + system): throughput without other load."""


# --- writing outputs ----------------------------------------------------------------------------


def document_json(doc: Document, indent: int = 2) -> str:
    """The JSON of a document exactly as ``drucksache parse`` prints it."""
    return doc.model_dump_json(indent=indent) + "\n"


def atomic_write(target: Path, text: str) -> None:
    """Write via a temp file next to ``target``, fsync, rename: never a half-written file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_path(target, os.getpid())
    with open(temp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, target)


def temp_path(target: Path, pid: int) -> Path:
    """The temp file through which process ``pid`` writes ``target`` (hidden, in its folder)."""
    return target.with_name(f".{target.name}.{pid}{PART}")


# --- the worker side ------------------------------------------------------------------------------


def _worker_main(conn: Connection, parse: ParseFn | None, indent: int) -> None:
    """Run jobs until told to stop (None) or until the parent goes away."""
    # Ctrl-C reaches the whole process group: the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parse = parse or parse_path
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        outcome = _run_job(job, parse, indent)
        try:
            conn.send(outcome)
        except OSError:
            return


def _run_job(job: Job, parse: ParseFn, indent: int) -> Outcome:
    source = Path(job.source)
    started = time.perf_counter()
    try:
        doc = parse(source)
        seconds = time.perf_counter() - started
        pages = _page_count(doc, source)
        line = None
        if job.output is None:
            line = f'{{"source":{json.dumps(job.source, ensure_ascii=False)},"document":'
            line += doc.model_dump_json() + "}"
        else:
            atomic_write(Path(job.output), document_json(doc, indent))
    except Exception as exc:  # any failure of one file is that file's error, never the batch's
        seconds = time.perf_counter() - started
        return Outcome(
            job.index,
            type(exc).__name__,
            str(exc),
            seconds=seconds,
            **_usage(),
        )
    return Outcome(
        job.index,
        pages=pages,
        warnings=len(doc.warnings),
        line=line,
        seconds=seconds,
        **_usage(),
    )


def _usage() -> _Usage:
    """The worker's pid, peak RSS (Linux counts ru_maxrss in KiB) and CPU time so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "pid": os.getpid(),
        "rss_kib": usage.ru_maxrss,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
    }


class _Usage(TypedDict):
    pid: int
    rss_kib: int
    cpu_seconds: float


def _page_count(doc: Document, source: Path) -> int:
    """PDF pages: the last page the Document mentions, else the PDF's own count; 0 for text."""
    segments = [doc.preamble, doc.government_preamble, *doc.questions, *doc.answers]
    segments += [part for q in doc.questions for part in q.parts]
    pages = [s.pages.last for s in segments if s is not None and s.pages is not None]
    pages += [f.page for f in doc.footnotes if f.page] + [r.page for r in doc.removed if r.page]
    if pages:
        return max(pages)
    with open(source, "rb") as fh:
        if not fh.read(1024).lstrip().startswith(b"%PDF"):
            return 0
    import pdfplumber  # only for a PDF whose Document carries no page at all

    with pdfplumber.open(source) as pdf:
        return len(pdf.pages)


# --- the pool -----------------------------------------------------------------------------------


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    job: Job | None = None
    started: float = 0.0
    deadline: float = float("inf")


class WorkerPool:
    """``size`` worker processes; a job that overruns ``timeout`` seconds gets its worker killed."""

    def __init__(
        self,
        size: int,
        *,
        parse: ParseFn | None = None,
        indent: int = 2,
        timeout: float | None = None,
    ) -> None:
        self._ctx = mp.get_context(_START_METHOD)
        if _START_METHOD == "forkserver":
            self._ctx.set_forkserver_preload(_PRELOAD)
        self._size, self._parse, self._indent = size, parse, indent
        self._timeout = float("inf") if timeout is None else timeout
        self._slots: list[_Slot] = []

    def run(self, jobs: Sequence[Job]) -> Generator[Outcome, None, None]:
        """Outcomes in the order jobs finish; every job yields exactly one."""
        pending = deque(jobs)
        try:
            for _ in range(min(self._size, len(pending))):
                self._slots.append(self._start())
            for slot in list(self._slots):
                self._feed(slot, pending)
            while self._slots:
                yield from self._step(pending)
        finally:
            self._kill_all()

    def _start(self) -> _Slot:
        ours, theirs = self._ctx.Pipe()
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(theirs, self._parse, self._indent), daemon=True
        )
        process.start()
        theirs.close()  # so that the worker's death shows as EOF on ours
        return _Slot(process, ours)

    def _feed(self, slot: _Slot, pending: deque[Job]) -> None:
        """Give an idle worker the next job, or let it go when there is none."""
        slot.job, slot.deadline = None, float("inf")
        if not pending:
            self._stop(slot)
            return
        job = pending.popleft()
        try:
            slot.conn.send(job)
        except OSError:  # it died while idle: replace it, the job has not started
            self._discard(slot)
            slot.process, slot.conn = (fresh := self._start()).process, fresh.conn
            slot.conn.send(job)
        slot.job, slot.started = job, time.monotonic()
        slot.deadline = slot.started + self._timeout

    def _step(self, pending: deque[Job]) -> Iterator[Outcome]:
        deadline = min(s.deadline for s in self._slots)
        timeout = None if deadline == float("inf") else max(0.0, deadline - time.monotonic())
        waitables = [s.conn for s in self._slots] + [s.process.sentinel for s in self._slots]
        wait(waitables, timeout)
        for slot in list(self._slots):
            outcome = self._collect(slot)
            if outcome is not None:
                yield outcome
                self._feed(slot, pending)

    def _collect(self, slot: _Slot) -> Outcome | None:
        """The outcome of the slot's job if it is over (done, died or overran), else None."""
        job = slot.job
        assert job is not None, "only busy workers are in the pool"
        if slot.conn.poll():
            with contextlib.suppress(EOFError, OSError):
                outcome: Outcome = slot.conn.recv()
                return outcome
        seconds = time.monotonic() - slot.started
        if not slot.process.is_alive() or slot.conn.closed:
            self._discard(slot)  # joins it: the exit code is known after this
            how = f"the worker parsing this file {_how(slot.process.exitcode)}"
            return Outcome(job.index, "WorkerDied", how, seconds=seconds)
        if time.monotonic() >= slot.deadline:
            self._discard(slot)
            how = f"no result after {self._timeout:g} s; the worker parsing this file was killed"
            return Outcome(job.index, "Timeout", how, seconds=seconds)
        return None

    def _stop(self, slot: _Slot) -> None:
        with contextlib.suppress(OSError):
            slot.conn.send(None)
        slot.process.join(timeout=10)
        self._discard(slot)
        self._slots.remove(slot)

    def _discard(self, slot: _Slot) -> None:
        """Kill the worker (if it still runs) and remove what it may have half written."""
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join()
        slot.conn.close()
        if slot.job is not None and slot.job.output is not None and slot.process.pid:
            temp_path(Path(slot.job.output), slot.process.pid).unlink(missing_ok=True)

    def _kill_all(self) -> None:
        for slot in self._slots:
            self._discard(slot)
        self._slots.clear()


def _how(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"was killed by {signal.Signals(-exitcode).name}"
    return f"exited with code {exitcode}"
