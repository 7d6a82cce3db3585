"""The page furniture a text carries, taken out by cleaning steps of ``clean.STEPS``.

A DIP text keeps what a PDF front end sorts out by position and type size: the page-1 note
spliced into a paragraph, the imprint of the last page, the 'Vorabfassung' stamps of a
pre-release, running heads, and the '* …' notes of a page foot.  Each step here takes one of
them out of ``CleanLines.lines`` and records it (as removed text, the page-1 note's sender and
date, or a footnote).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import reduce
from typing import TYPE_CHECKING

import regex

from . import regexes as rx
from .models import Footnote, RemovedReason

if TYPE_CHECKING:
    # Only for the types: ``clean`` imports the steps of this module for its ``STEPS``.
    from .clean import CleanLines, WorkLine

_MONTH_NUMBER = {name: number for number, name in enumerate(rx.MONTH_NAMES, 1)} | {"Jänner": 1}

NOTE_LINES = 4
"""The page-1 note spans at most this many lines."""
FOOTNOTE_LINES = 3
"""A '* …' note runs on past this many lines only where it shows that it is unfinished, or
while a list it opened goes on (``note_end``)."""


@dataclass(frozen=True, slots=True)
class PageOneNote:
    """What the page-1 note says: who transmitted the answer, and when."""

    sender: str
    """Ministry as printed, in the genitive ('des Bundesministeriums des Innern')."""
    date: dt.date | None


def month_number(name: str) -> int:
    """The month number of a German month name."""
    return _MONTH_NUMBER[name]


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
        work.drop(list(range(i, i + end)), "page1_note")
        if glued and i < len(work.lines):
            _rejoin_word(work.lines[i - 1], work.lines[i])
        return
    stray = [i for i, line in enumerate(lines) if rx.NOTE_FRAGETEXT.fullmatch(line.text.strip())]
    work.drop(stray, "page1_note")


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
    work.drop(hits, reason)


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
        # The imprint runs from its first line to its last; what follows it (a short annex)
        # stays, as after an imprint further up.
        work.drop(list(range(tail[0], tail[-1] + 1)), "imprint")
        return
    # Annexes follow: the imprint is the run of imprint lines that ends with the ISSN line.
    issn = [i for i, line in enumerate(lines) if "ISSN" in line.text]
    issn = [i for i in issn if rx.IMPRINT_LINE.match(lines[i].text)]
    if issn:
        start = end = issn[-1]
        while start > 0 and rx.IMPRINT_LINE.match(lines[start - 1].text):
            start -= 1
        work.drop(list(range(start, end + 1)), "imprint")


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
    (``note_end``)."""
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
        end = note_end(lines, i)
        text = join_note([match["text"], *(x.text for x in lines[i + 1 : end])])
        work.footnotes.append(
            Footnote(mark=match["mark"], text=text, page=line.page, line=line.number)
        )
        kept += lines[done:i]
        done = end
    if done:
        work.lines = kept + lines[done:]


_OPEN_END = regex.compile(r"[,;:/\-–]$")
"""A line ending in a comma, a colon, a slash or a hyphen or dash leaves its sentence open."""
NUMBER_CELL = regex.compile(r"[-+]?\d[\d.,]*%?|[-–x]")
"""A table cell of a number ('31.928.919', '4,1%'), or the dash or 'x' of an empty cell."""
_ITEM_MARK = regex.compile(r"\d+|[a-z]\)|[-–•·]")
"""What a list item opens with: a number ('326000 …'), a letter ('a) …') or a bullet."""


def note_end(lines: list[WorkLine], start: int, next_mark: str = "*") -> int:
    """The index after the last line of the note opening at ``start``; the next note opens
    with a '*' mark, or for a numbered note with ``next_mark`` and a space.

    A note runs on over a line end only on evidence (``_runs_on``); past ``FOOTNOTE_LINES``
    lines only on strong evidence (``_goes_on``), since a note without its full stop would
    otherwise take the body text after it.  It ends before a line shaped as a table row
    (``_table_row``) and after a line far shorter than its full ones (``_short_last``)."""
    end = start + 1
    while end < len(lines):
        note = [line.text.strip() for line in lines[start:end]]
        after = lines[end].text.strip()
        items = _list_items(note)
        if (
            rx.QUESTION_START.match(lines[end].text)
            or rx.FOOTNOTE_LINE.match(lines[end].text)
            or after.startswith(next_mark + " ")
            or _table_row(after)
        ):
            break
        if items is not None and _item_of(items, after, lines, end):
            end += 1  # a list the note opened goes on, whatever its items end with
            continue
        if rx.FOOTNOTE_END.search(note[-1]) or _short_last(note):
            break
        runs = _runs_on(note, after) if end - start < FOOTNOTE_LINES else _goes_on(note, after)
        if not runs:
            break
        end += 1
    return end


def _list_items(note: list[str]) -> str | None:
    """The mark kind of the list a note opened with a colon ('… die folgenden Schlüssel:' /
    '326000 …'): the first item's mark with its digits made '0', None if no list is open."""
    for k, text in enumerate(note[:-1]):
        if text.endswith(":"):
            mark = _ITEM_MARK.match(note[k + 1])
            return _mark_kind(mark[0]) if mark is not None else None
    return None


def _mark_kind(mark: str) -> str:
    """A list item's mark with its digits made '0': items '326000' and '426010' are alike."""
    return regex.sub(r"\d", "0", mark) if mark[:1].isdigit() else mark


def _item_of(kind: str, after: str, lines: list[WorkLine], end: int) -> bool:
    """Whether ``after`` (the line at ``end``) is an item of the note's list, or an item's
    rest printed over a line end between two items ('… Kunst- und sakralen' / 'Gegenständen'
    / '436000 …')."""

    def opens_item(text: str) -> bool:
        mark = _ITEM_MARK.match(text)
        return (
            mark is not None
            and text[mark.end() : mark.end() + 1] == " "
            and (_mark_kind(mark[0]) == kind)
        )

    return opens_item(after) or (end + 1 < len(lines) and opens_item(lines[end + 1].text))


def _short_last(note: list[str]) -> bool:
    """Whether the note's last line is far shorter than a full line of it, as only a
    paragraph's last line is ('… in der Spalte "2020"' / 'zusammengefasst'), and does not end
    open.  (The lines of a note in a narrow table cell are all short: a full line is long.)"""
    longest = max(len(text) for text in note)
    last = note[-1]
    return longest >= 60 and 3 * len(last) < longest and not _OPEN_END.search(last)


def _table_row(text: str) -> bool:
    """Whether a line has the shape of a table row that no sentence has: three cells or
    more, all numbers ('216 31.928.919 21.617.036'), or one word three times in a row
    ('Anzahl Summe Summe Summe')."""
    cells = text.split()
    if len(cells) < 3:
        return False
    if all(NUMBER_CELL.fullmatch(cell) for cell in cells):
        return True
    return any(cells[k] == cells[k + 1] == cells[k + 2] for k in range(len(cells) - 2))


def _goes_on(note: list[str], after: str) -> bool:
    """Whether a note already ``FOOTNOTE_LINES`` long goes on with ``after``: only where
    its last line ends open (a comma, colon, hyphen …) or in a word written small, or
    ``after`` starts small: what a note without its full stop shows where it is unfinished,
    but not the weaker signs of ``_runs_on`` (a colon or bracket opened before, a full stop
    on the next line)."""
    last = note[-1]
    word = last.rsplit(" ", 1)[-1].lstrip('(„"')
    return _OPEN_END.search(last) is not None or word[:1].islower() or after[:1].islower()


def _runs_on(note: list[str], after: str) -> bool:
    """Whether the line ``after`` goes on with ``note`` (its lines so far, none ending a
    sentence).

    A note printed without its full stop ('* HHI = Herfindahl-Hirschmann-Index', a table's
    '** Degression ab … Unterrichtseinheit') is followed by body text, which starts a
    sentence with a capital, as German nouns do that carry a note over a line end.  So the
    next line is taken only on evidence: the note is unfinished (its last line ends in a
    comma, colon, hyphen or a word written small, '… Dies wird'; a bracket or quotation is
    open; a colon opened a list), the line starts small ('hinterlegt und kann …'), or it
    ends the note's sentence ('Bundestages hinterlegt … werden.')."""
    if _goes_on(note, after):
        return True
    text = " ".join(note)
    return (
        any(line.endswith(":") for line in note)
        or text.count("(") > text.count(")")
        or text.count("„") > text.count("“")
        or rx.FOOTNOTE_END.search(after) is not None
    )


def join_note(texts: list[str]) -> str:
    """A note's lines as one text (``join_lines``)."""
    return reduce(join_lines, [text.strip() for text in texts])


def join_lines(first: str, second: str) -> str:
    """Two lines of a footnote, in a text or a PDF (``pdf_furniture``), as one; a URL broken
    at the line end is joined without a space."""
    last_word = first.rsplit(maxsplit=1)[-1] if first.strip() else ""
    if "://" in last_word or last_word.startswith("www."):
        return first + second
    return f"{first} {second}"
