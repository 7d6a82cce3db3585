"""Stage 1: a ``SourceDocument`` to ``CleanLines``.

Cleaning is an ordered list of named steps (``STEPS``), each a function that edits the
working lines in place and records what it takes out.  Every line keeps what its input line
told (number, page, type, position), so offsets in the cleaned text map back to the input
without searching again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import count

import regex

from . import regexes as rx
from .dedupe import find_duplicate_passages
from .hyphenation import Dehyphenator
from .inline_breaks import InlineBreaks, Mend
from .lines import SOFT_HYPHEN, PlainLines, SourceDocument, drop_soft_hyphens
from .models import Footnote, RemovedReason

_MONTH_NUMBER = {name: number for number, name in enumerate(rx.MONTH_NAMES, 1)} | {"Jänner": 1}


NOTE_LINES = 4
"""The page-1 note spans at most this many lines."""
FOOTNOTE_LINES = 3
"""A '* …' note spans at most this many lines."""


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


@dataclass(frozen=True, slots=True)
class PageOneNote:
    """What the page-1 note says: who transmitted the answer, and when."""

    sender: str
    """Ministry as printed, in the genitive ('des Bundesministeriums des Innern')."""
    date: dt.date | None


@dataclass(slots=True)
class CleanLines:
    """The output of cleaning: kept lines, removed text, footnotes and the page-1 note."""

    lines: list[WorkLine]
    removed: list[Pending] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    note: PageOneNote | None = None
    moved_up: dict[int, int] = field(default_factory=dict)
    """Source line number → that of the line de-hyphenation moved its first words onto."""


Step = Callable[[CleanLines], None]


def month_number(name: str) -> int:
    """The month number of a German month name."""
    return _MONTH_NUMBER[name]


def _drop(work: CleanLines, indices: list[int], reason: RemovedReason) -> None:
    """Take lines out by index, recording them as one removed piece per run of lines."""
    lines = work.lines
    kept: list[WorkLine] = []
    start = 0
    for first, last in _runs(sorted({i for i in indices if 0 <= i < len(lines)})):
        kept += lines[start:first]
        # The piece stood before the next kept line, or after the last line of all.
        after = lines[last + 1].number if last + 1 < len(lines) else None
        _record(work, lines[first : last + 1], reason, after)
        start = last + 1
    if start:
        work.lines = kept + lines[start:]


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Sorted indices as runs of consecutive ones, ``(first, last)`` inclusive."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _record(
    work: CleanLines, run: list[WorkLine], reason: RemovedReason, anchor: int | None
) -> None:
    """Record ``run`` as removed before the source line ``anchor`` (None: after ``run``)."""
    first = run[0]
    if anchor is None:
        anchor = run[-1].number + 1
    work.removed.append(
        Pending(
            reason=reason,
            text="\n".join(line.text for line in run),
            line=first.number,
            page=first.page,
            anchor=anchor,
        )
    )


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


def remove_page1_note(work: CleanLines) -> None:
    """Take out 'Die Antwort wurde namens … übermittelt.' + 'Die Drucksache enthält …'.

    The note is spliced into a paragraph wherever the foot of page 1 fell; taking its lines
    out rejoins the paragraph.  Its two sentences may share a line.
    """
    lines = work.lines
    for i, line in enumerate(lines):
        if "Antwort wurde" not in line.text:
            continue  # cheap test first: this runs on every line
        start = rx.NOTE_START.search(line.text)
        if start is None:
            continue
        glued = start.start() > 0
        window = [line.text[start.start() :].strip()]
        window += [line.text.strip() for line in lines[i + 1 : i + NOTE_LINES]]
        joined = " ".join(window)
        match = rx.NOTE_SENDER.match(joined)
        if match is None:
            continue
        end = _lines_spanned(window, match.end())
        fragetext = rx.NOTE_FRAGETEXT.match(joined, match.end() + 1)
        if fragetext is not None:
            end = _lines_spanned(window, fragetext.end())
        work.note = PageOneNote(
            sender=" ".join(match["sender"].split()),
            date=dt.date(int(match["year"]), month_number(match["month"]), int(match["day"])),
        )
        if glued:
            # Keep the word fragment before the note on its line; the note gets a line of its own.
            lines[i].text = line.text[: start.start()]
            lines.insert(i + 1, replace(line, text=window[0]))
            i += 1
        _drop(work, list(range(i, i + end)), "page1_note")
        if glued and i < len(work.lines):
            _rejoin_word(work.lines[i - 1], work.lines[i])
        return
    stray = [i for i, line in enumerate(lines) if rx.NOTE_FRAGETEXT.fullmatch(line.text.strip())]
    _drop(work, stray, "page1_note")


def _rejoin_word(before: WorkLine, after: WorkLine) -> None:
    """'Zuständig' / 'keit, ob …': the note had cut a word in two; join it again."""
    first, _, rest = after.text.lstrip().partition(" ")
    if before.text[-1:].isalpha() and first[:1].islower():
        before.text += first
        after.text = rest


def _lines_spanned(window: list[str], offset: int) -> int:
    """How many lines of ``window`` (joined by single spaces) the first ``offset`` chars cover."""
    covered = 0
    for spanned, text in enumerate(window, 1):
        covered += len(text) + 1
        if covered >= offset:
            return spanned
    return len(window)


def _drop_matching(
    work: CleanLines, word: str, pattern: regex.Pattern[str], reason: RemovedReason
) -> None:
    """Take out every line that holds ``word`` (a cheap test first) and matches ``pattern``."""
    hits = [
        i for i, line in enumerate(work.lines) if word in line.text and pattern.match(line.text)
    ]
    _drop(work, hits, reason)


def remove_running_heads(work: CleanLines) -> None:
    """Take out running heads that a text extraction left in ('Drucksache 21/309 – 2 – …')."""
    _drop_matching(work, "Wahlperiode", rx.RUNNING_HEAD, "running_head")


def remove_imprint(work: CleanLines) -> None:
    """Take out the imprint of the last page: it follows the last answer, and a DIP text
    prints the annexes, if any, after it ("Gesamtherstellung: …" / "Vertrieb: …" / "ISSN
    0722-8333" / "Anlage 1 …")."""
    lines = work.lines
    tail = [
        i
        for i in range(max(0, len(lines) - 12), len(lines))
        if rx.IMPRINT_LINE.match(lines[i].text)
    ]
    if tail:
        # The imprint runs from its first line to the end of the document.
        _drop(work, list(range(tail[0], len(lines))), "imprint")
        return
    # Annexes follow: the imprint is the run of imprint lines that ends with the ISSN line.
    issn = [i for i, line in enumerate(lines) if "ISSN" in line.text]
    issn = [i for i in issn if rx.IMPRINT_LINE.match(lines[i].text)]
    if issn:
        start = end = issn[-1]
        while start > 0 and rx.IMPRINT_LINE.match(lines[start - 1].text):
            start -= 1
        _drop(work, list(range(start, end + 1)), "imprint")


def remove_stamps(work: CleanLines) -> None:
    """Take out the 'Vorabfassung – wird durch die lektorierte Fassung ersetzt.' stamps."""
    # Only a text extracted from a pre-release PDF has them: one search of the whole text rules
    # out the others, at half the cost of a test per line (a search per line pays where the
    # word is in every document, as 'Wahlperiode' for the running heads).
    if "Vorabfassung" in "".join([line.text for line in work.lines]):
        _drop_matching(work, "Vorabfassung", rx.VORABFASSUNG, "vorabfassung")


def extract_footnotes(work: CleanLines) -> None:
    """Move '* …' note lines out of the flow into footnotes: printed at a page foot, they
    split paragraphs and groups of questions in a text.  A note runs on over the next lines
    (at most ``FOOTNOTE_LINES``) until its sentence ends."""
    lines = work.lines
    # Only a line with a '*' near its start can be a note: the rest is kept in runs.  (A '*'
    # anywhere in the line is asked first: the slice would be a new string for every line.)
    marked = [i for i, line in enumerate(lines) if "*" in line.text and "*" in line.text[:8]]
    if not marked:
        return  # most documents: nothing to move
    kept: list[WorkLine] = []
    done = 0  # lines before this one are kept or moved
    for i in marked:
        line = lines[i]
        # A PDF line in one of the text types is body text ("* * *" cells of a table run on
        # to a line start): the PDF front end has taken the real footnotes out already.
        if i < done or line.question_type is not None:
            continue
        match = rx.FOOTNOTE_LINE.match(line.text)
        if match is None:
            continue
        end = i + 1
        while (
            end < len(lines)
            and end - i < FOOTNOTE_LINES
            and not rx.FOOTNOTE_END.search(lines[end - 1].text)
            and not rx.QUESTION_START.match(lines[end].text)
            and not rx.FOOTNOTE_LINE.match(lines[end].text)
        ):
            end += 1
        text = " ".join([match["text"].strip(), *(x.text.strip() for x in lines[i + 1 : end])])
        work.footnotes.append(
            Footnote(mark=match["mark"], text=text, page=line.page, line=line.number)
        )
        kept += lines[done:i]
        done = end
    if done:
        work.lines = kept + lines[done:]


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
        _drop(work, list(range(start, end)), "duplicate")


STEPS: tuple[tuple[str, Step], ...] = (
    ("normalise_characters", normalise_characters),
    ("drop_blank_lines", drop_blank_lines),
    ("remove_page1_note", remove_page1_note),
    ("remove_imprint", remove_imprint),
    ("remove_stamps", remove_stamps),
    ("remove_running_heads", remove_running_heads),
    ("extract_footnotes", extract_footnotes),
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
