"""Stage 1: a ``SourceDocument`` to ``CleanLines``.

Cleaning is an ordered list of named steps (``STEPS``), each a function that edits the
working lines in place and records what it takes out.  Every line keeps what its input line
told (number, page, type, position), so offsets in the cleaned text map back to the input
without searching again.  The steps that take out the page furniture a text carries (page-1
note, imprint, stamps, running heads, '* …' notes) are in ``text_furniture``, the numbered
footnotes printed in the flow in ``numbered_notes``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count

from . import regexes as rx
from .dedupe import find_duplicate_passages
from .hyphenation import Dehyphenator
from .inline_breaks import InlineBreaks, Mend
from .lines import SOFT_HYPHEN, PlainLines, SourceDocument, drop_soft_hyphens
from .models import Footnote, RemovedReason
from .numbered_notes import extract_numbered_notes
from .text_furniture import (
    PageOneNote,
    extract_footnotes,
    remove_imprint,
    remove_page1_note,
    remove_running_heads,
    remove_stamps,
)


@dataclass(slots=True)
class WorkLine:
    """A line being cleaned: its current text, and what the pipeline needs of its input line.

    One object per line, built from the front end's ``SourceLine`` (or, for a text, from the
    bare string: a text knows its line numbers and nothing else).
    """

    text: str
    number: int
    """1-based number of the input line (for PDF: running count over all pages)."""
    page: int | None = None
    x0: float | None = None
    question_type: bool | None = None
    """As ``SourceLine.question_type``: True in question type, False in answer type."""


@dataclass(frozen=True, slots=True)
class Pending:
    """Removed text waiting for its offset: it stood before the source line ``anchor``, or
    inside that line at ``column`` of its cleaned text."""

    reason: RemovedReason
    text: str
    line: int | None
    page: int | None
    anchor: int
    column: int = 0


@dataclass(slots=True)
class CleanLines:
    """The output of cleaning: kept lines, removed text, footnotes and the page-1 note."""

    lines: list[WorkLine]
    removed: list[Pending] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    note: PageOneNote | None = None
    moved_up: dict[int, int] = field(default_factory=dict)
    """Source line number → that of the line de-hyphenation moved its first words onto."""

    def drop(self, indices: list[int], reason: RemovedReason) -> None:
        """Take lines out by index, recording them as one removed piece per run of lines."""
        lines = self.lines
        kept: list[WorkLine] = []
        start = 0
        for first, last in _runs(sorted({i for i in indices if 0 <= i < len(lines)})):
            kept += lines[start:first]
            # The piece stood before the next kept line, or after the last line of all.
            after = lines[last + 1].number if last + 1 < len(lines) else None
            self._record(lines[first : last + 1], reason, after)
            start = last + 1
        if start:
            self.lines = kept + lines[start:]

    def _record(self, run: list[WorkLine], reason: RemovedReason, anchor: int | None) -> None:
        """Record ``run`` as removed before the source line ``anchor`` (None: after ``run``)."""
        first = run[0]
        if anchor is None:
            anchor = run[-1].number + 1
        self.removed.append(
            Pending(
                reason=reason,
                text="\n".join(line.text for line in run),
                line=first.number,
                page=first.page,
                anchor=anchor,
            )
        )


Step = Callable[[CleanLines], None]


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Sorted indices as runs of consecutive ones, ``(first, last)`` inclusive."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


_FOLDED = {
    "\u00a0": " ",
    "\u2002": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\t": " ",
    "\u2011": "-",
    "\u2010": "-",
}
"""Space variants folded to a plain space, hyphen variants (U+2010, the non-breaking U+2011,
which the DIP texts also break lines at) to a plain hyphen."""


def normalise_characters(work: CleanLines) -> None:
    """Fold the characters of ``_FOLDED``, drop in-word soft hyphens (invisible in print) and
    the white space at line ends.

    Most documents hold none, or one or two, of the characters folded: a search of the whole
    text says which, and only those are looked for line by line (an ``in`` test, where a
    ``replace`` per line and character was most of this step's cost).  Folding keeps white
    space white space and a soft hyphen a soft hyphen, so the order of the three does not
    matter."""
    lines = work.lines
    whole = "".join([line.text for line in lines])
    for old, new in _FOLDED.items():
        if old in whole:
            for line in lines:
                if old in line.text:
                    line.text = line.text.replace(old, new)
    if SOFT_HYPHEN in whole:
        for line in lines:
            if SOFT_HYPHEN in line.text:
                line.text = drop_soft_hyphens(line.text)
    for line in lines:
        line.text = line.text.rstrip()


def drop_blank_lines(work: CleanLines) -> None:
    """Blank lines carry no meaning in these texts (the seed has them, DIP texts do not).

    Normalising took the white space off the line ends: a blank line is an empty one."""
    work.lines = [line for line in work.lines if line.text]


def join_letter_spacing(work: CleanLines) -> None:
    """'V o r b e m e r k u n g  d e r  F r a g e s t e l l e r' → 'Vorbemerkung der …'.

    Letters are one space apart, words two: the spaces go, nothing else does.
    """
    for line in work.lines:
        text = line.text
        # The cheap test first: a letter-spaced line has white space at its first character
        # or, starting with a letter, at its second and fourth ("a) …" and "Im …" do not).
        spaced = text[:1].isspace() or (text[1:2].isspace() and text[3:4].isspace())
        if spaced and rx.LETTER_SPACED.match(text):
            words = line.text.strip().split("  ")
            line.text = " ".join(w.replace(" ", "") for w in words if w.strip())


def dehyphenate(work: CleanLines) -> None:
    """Join words and URLs broken at line ends, by the German rules of the layout notes."""
    dehyphenator = Dehyphenator(work.lines)
    dehyphenator.run()
    lines = work.lines
    work.moved_up = {lines[j].number: lines[i].number for i, j in dehyphenator.moved_up}
    work.lines = [line for line in lines if line.text.strip()]


def mend_inline_breaks(work: CleanLines) -> None:
    """Mend line-end breaks that the source text carries inside a line ("Express- dienste",
    "und/ oder"), also where de-hyphenation made that space a line end, recording each space
    or hyphen taken out."""
    dehyphenator = Dehyphenator(work.lines)
    inline = InlineBreaks(dehyphenator)
    moved_up = work.moved_up
    previous: WorkLine | None = None
    used_up = False  # whether the line before this one went up onto ``previous`` whole
    emptied = False  # whether any line went up whole
    for line in work.lines:
        # ``in`` first: few lines were moved up onto, and the test runs on every line.
        number = line.number
        if previous is not None and (
            used_up or (number in moved_up and moved_up[number] == previous.number)
        ):
            moved = True
            if used_up:
                # A line end of the source, decided again now that the line before it is
                # joined: "…/ma" / "rkt/…-ernteb" went up, so "ila nz-…)" follows the URL.
                previous.text, line.text, moved = dehyphenator.join_line_end(
                    previous.text, line.text
                )
            if moved:
                previous.text, line.text, mends = inline.mend_across(previous.text, line.text)
                _record_mends(work, previous, mends)
            used_up = not line.text
            if used_up:
                emptied = True
                continue
        text = line.text
        if "-" in text or "/" in text or "www" in text:  # the only lines a break can be in
            line.text, mends = inline.mend_line(text, previous.text if previous else "")
            if mends:
                _record_mends(work, line, mends)
        previous = line
    if emptied:
        work.lines = [line for line in work.lines if line.text]


def _record_mends(work: CleanLines, line: WorkLine, mends: list[Mend]) -> None:
    number, page = line.number, line.page
    work.removed.extend(
        Pending("inline_break", mend.text, number, page, number, mend.column) for mend in mends
    )


def remove_duplicates(work: CleanLines) -> None:
    """Take out the second copy of a passage printed twice (a reprinted preamble)."""
    # A generator: only the front matter is read.
    texts = (line.text for line in work.lines)
    for start, end in reversed(find_duplicate_passages(texts)):
        work.drop(list(range(start, end)), "duplicate")


STEPS: tuple[tuple[str, Step], ...] = (
    ("normalise_characters", normalise_characters),
    ("drop_blank_lines", drop_blank_lines),
    ("remove_page1_note", remove_page1_note),
    ("remove_imprint", remove_imprint),
    ("remove_stamps", remove_stamps),
    ("remove_running_heads", remove_running_heads),
    ("extract_footnotes", extract_footnotes),
    ("extract_numbered_notes", extract_numbered_notes),
    ("join_letter_spacing", join_letter_spacing),
    ("dehyphenate", dehyphenate),
    ("remove_duplicates", remove_duplicates),
    ("mend_inline_breaks", mend_inline_breaks),
)


def clean(source: SourceDocument, skip: frozenset[str] = frozenset()) -> CleanLines:
    """Run every cleaning step but those named in ``skip`` (for tests)."""
    work = CleanLines(lines=_work_lines(source))
    work.removed.extend(
        Pending(reason=d.reason, text=d.text, line=None, page=d.page, anchor=d.before)
        for d in source.dropped
    )
    for name, step in STEPS:
        if name not in skip:
            step(work)
    return work


def _work_lines(source: SourceDocument) -> list[WorkLine]:
    """One ``WorkLine`` per input line (positional arguments: keywords cost a third more)."""
    if isinstance(source.lines, PlainLines):
        return list(map(WorkLine, source.lines.texts, count(1)))  # a text: only the strings
    return [WorkLine(x.text, x.number, x.page, x.x0, x.question_type) for x in source.lines]
