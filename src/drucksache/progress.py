"""Counters of a batch conversion, its live progress bar and its closing summary.

The bar (rich) is for a person at a terminal: the caller turns it off when stderr is not a
TTY, so logs of scripted runs stay clean.  The summary is one plain line either way.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


@dataclass
class Stats:
    """What a batch has done so far.  Pages are PDF pages only (see docs/scaling.md)."""

    total: int
    workers: int
    converted: int = 0
    with_warnings: int = 0
    failed: int = 0
    skipped: int = 0
    pages: int = 0
    peak_rss_kib: dict[int, int] = field(default_factory=dict)
    """Peak resident set size of each worker process (by pid), in KiB."""
    cpu_seconds: dict[int, float] = field(default_factory=dict)
    """CPU time (user + system) of each worker process (by pid)."""
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def processed(self) -> int:
        """Inputs parsed in this run, successfully or not (skipped ones excluded)."""
        return self.converted + self.failed

    @property
    def elapsed(self) -> float:
        """Seconds from the start to the end of the run (or to now, while it runs)."""
        end = self.finished if self.finished is not None else time.monotonic()
        return max(end - self.started, 1e-9)

    @property
    def docs_per_second(self) -> float:
        """Inputs parsed per second of wall time, workers' start-up included."""
        return self.processed / self.elapsed

    @property
    def pages_per_second(self) -> float:
        """PDF pages parsed per second of wall time."""
        return self.pages / self.elapsed


def format_summary(stats: Stats, *, interrupted: bool = False) -> str:
    """The closing line: counts, pages and throughput."""
    head = "interrupted after" if interrupted else "done:"
    workers = f"{stats.workers} worker" + ("s" if stats.workers != 1 else "")
    return (
        f"{head} {stats.converted} converted ({stats.with_warnings} with warnings), "
        f"{stats.failed} failed, {stats.skipped} skipped of {stats.total}; "
        f"{stats.pages} PDF pages; {stats.docs_per_second:.1f} docs/s, "
        f"{stats.pages_per_second:.1f} pages/s in {stats.elapsed:.1f} s with {workers}"
    )


class _RateColumn(ProgressColumn):
    """Documents per second, from rich's moving estimate."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("  -- docs/s" if speed is None else f"{speed:5.1f} docs/s")


class BatchProgress:
    """A live bar on stderr: documents done, docs/s, ETA and failures; a no-op when disabled."""

    def __init__(self, stats: Stats, *, enabled: bool) -> None:
        self._stats = stats
        self._progress: Progress | None = None
        if enabled:
            self._progress = Progress(
                TextColumn("converting"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("[red]{task.fields[failed]} failed"),
                console=Console(stderr=True),
                transient=False,
            )
            todo = stats.total - stats.skipped
            self._task = self._progress.add_task("convert", total=todo, failed=0)

    def __enter__(self) -> BatchProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self) -> None:
        """One more input parsed (the counters in ``stats`` are already updated)."""
        if self._progress is not None:
            self._progress.update(self._task, advance=1, failed=self._stats.failed)
