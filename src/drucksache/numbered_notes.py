"""Numbered footnotes a text prints in its flow, taken out by one step of ``clean.STEPS``.

A DIP text sets a page's footnotes where the page ended: between two paragraphs, inside a
paragraph, even inside a word broken over the line end.  A note opens with its mark, a number,
and a space ("1 vgl. …"), as do many lines that are no notes (list items, table rows, numbers
that open a sentence), so a note is read only where its mark stands printed flattened onto a
word of the text before it ("an1.", "werden2."): a mark set as a superscript.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import regexes as rx
from .models import Footnote
from .text_furniture import FOOTNOTE_LINES, NUMBER_CELL, join_note, note_end

if TYPE_CHECKING:
    # Only for the types: ``clean`` imports the steps of this module for its ``STEPS``.
    from .clean import CleanLines, WorkLine

_NUMBERED_NOTE = regex.compile(r"(?P<mark>\d{1,2}) (?P<text>\S.*)")
"""A numbered footnote's first line: its mark on the baseline, a space, its text."""
_WORD_REST = regex.compile(r"[a-zäöüß][^\W\d_]*(?:[\s,.;:!?)]|$)")
"""The rest of a word broken before a note: letters only, the first written small."""


def extract_numbered_notes(work: CleanLines) -> None:
    """Move numbered footnotes printed in the flow into footnotes: those inside a broken word
    (``_take_notes_in_words``), then those between or inside paragraphs
    (``_take_notes_between``)."""
    # One cheap test on every line, for both: the first character a digit.  (A line that
    # opens with a number is asked more; most are table rows, and most lines open otherwise.)
    starts = [i for i, line in enumerate(work.lines) if line.text[:1].isdigit()]
    if not starts:
        return  # most documents with no table: nothing to move
    if _take_notes_in_words(work, starts):
        starts = [i for i, line in enumerate(work.lines) if line.text[:1].isdigit()]
    _take_notes_between(work, starts)
    work.footnotes.sort(key=lambda note: note.line or 0)  # in the order of the text


def _take_notes_in_words(work: CleanLines, starts: list[int]) -> bool:
    """Move a numbered footnote printed inside a broken word ("Um-" / "1 vgl. …" /
    "satzsteuersätze an1.") into footnotes, so that de-hyphenation joins the word again;
    whether one was found.  ``starts``: the lines that open with a digit.

    A DIP text sets a page's footnotes where the page ended, which may be inside a word.  Only
    that shape is read, since many lines open with a number (questions, list items, table
    rows): the line before ends in a letter and a hyphen, the note's first line opens with its
    mark and a space, the first line after it that opens with a word written small is the
    word's rest (within ``FOOTNOTE_LINES`` lines), and the mark is printed, flattened onto a
    word ("an1"), next to the note."""
    lines = work.lines
    found = False
    for i in reversed(starts):  # from the end: taking a note out keeps the indices before it
        note = _note_in_word(lines, i) if i and lines[i - 1].text[-1:] == "-" else None
        if note is not None:
            match, end = note
            line = lines[i]
            text = join_note([match["text"], *(x.text for x in lines[i + 1 : end])])
            work.footnotes.append(
                Footnote(mark=match["mark"], text=text, page=line.page, line=line.number)
            )
            del lines[i:end]
            found = True
    return found


def _note_in_word(lines: list[WorkLine], start: int) -> tuple[regex.Match[str], int] | None:
    """A numbered note at ``start`` that stands inside a broken word: its first line's match
    and the index of the word's rest; None if the lines are not of that shape."""
    line = lines[start]
    # A PDF's footnotes were taken out by the front end: a line in a text type is body text.
    match = _NUMBERED_NOTE.match(line.text) if line.question_type is None else None
    if match is None or not lines[start - 1].text[-2:-1].isalpha():
        return None
    rest = next(
        (
            j
            for j in range(start + 1, min(start + FOOTNOTE_LINES + 1, len(lines)))
            if _WORD_REST.match(lines[j].text)
        ),
        None,
    )
    if rest is None:
        return None
    # The mark stands on the page of its note: in the lines before the note, or on the line
    # the word's rest opens, where the page foot fell inside a line.
    mark = regex.compile(r"[^\W\d_]" + match["mark"] + r"(?!\d)")
    near = lines[max(0, start - 6) : start] + lines[rest : rest + 2]
    return (match, rest) if any(mark.search(line.text) for line in near) else None


MARK_WINDOW = 60
"""A note's mark stands on its page: at most this many lines before the note."""


def _take_notes_between(work: CleanLines, starts: list[int]) -> None:
    """Move numbered footnotes printed where a page ended, between or inside paragraphs
    ("… abzeichnen sollten." / "1 vgl. Deutsche Bundesbank …" / "2 vgl. …"), into footnotes.

    A line is read as a note only on strong signs, since many lines open with a number: it
    opens with its mark and a space, its mark is 1 or follows the last note's, its text is no
    table row (not half numbers), and its mark stands flattened onto a word written small of
    three letters or more ("auszugehen1.") within ``MARK_WINDOW`` lines before it (not "CO2",
    "km2" or "Spätaussiedler3)").  Where the note ends must be seen (``_note_between_end``):
    a note cut short would leave its rest in the text."""
    lines = work.lines
    last = max((int(note.mark) for note in work.footnotes if note.mark.isdigit()), default=0)
    following = f"{last + 1} "
    kept: list[WorkLine] = []
    done = 0  # lines before this one are kept or moved
    for i in starts:
        # The mark is 1 or follows the last note's: a cheap test before any pattern.
        note = None
        if i >= done and lines[i].text.startswith(("1 ", following)):
            note = _note_at(lines, i, last)
        if note is None:
            continue
        match, end = note
        text = join_note([match["text"], *(x.text for x in lines[i + 1 : end])])
        work.footnotes.append(
            Footnote(mark=match["mark"], text=text, page=lines[i].page, line=lines[i].number)
        )
        kept += lines[done:i]
        done = end
        last = int(match["mark"])
        following = f"{last + 1} "
    if done:
        work.lines = kept + lines[done:]


def _note_at(lines: list[WorkLine], start: int, last: int) -> tuple[regex.Match[str], int] | None:
    """A numbered note at ``start`` (the last note read had mark ``last``): its first line's
    match and the index after its last line; None without strong signs of one."""
    match = _note_between(lines, start, last)
    if match is None:
        return None
    end = _note_between_end(lines, start, int(match["mark"]))
    return None if end is None else (match, end)


def _note_between(lines: list[WorkLine], start: int, last: int) -> regex.Match[str] | None:
    """The match of a numbered note's first line at ``start`` (the last note read had mark
    ``last``), None if the line shows no strong sign of one."""
    line = lines[start]
    # A PDF's footnotes were taken out by the front end: a line in a text type is body text.
    match = _NUMBERED_NOTE.match(line.text) if line.question_type is None else None
    if match is None or int(match["mark"]) not in (1, last + 1):
        return None
    cells = match["text"].split()
    if 2 * sum(1 for cell in cells if NUMBER_CELL.fullmatch(cell)) >= len(cells):
        return None  # a table row ('1 Ukraine 19.528 80.501')
    mark = regex.compile(r"[a-zäöüß]{3}" + match["mark"] + r"(?!\d)(?=[\s.,;:]|$)", regex.M)
    window = "\n".join([before.text for before in lines[max(0, start - MARK_WINDOW) : start]])
    return match if mark.search(window) else None


def _note_between_end(lines: list[WorkLine], start: int, mark: int) -> int | None:
    """The index after the last line of the numbered note at ``start``, None where the end
    is not seen.

    The next note's first line, a few lines on, ends it ('… 22GZD-SV' / '3120-2024 …' / '2
    Durchführende …').  Else the note runs on as a '* …' note does (``note_end``) and is kept
    only where it ends a sentence, or a question, a '* …' note or the text's end follows."""
    following = str(mark + 1)
    end = note_end(lines, start, following)
    for j in range(start + 1, min(start + 2 * FOOTNOTE_LINES + 1, len(lines))):
        if lines[j].text.startswith(following + " ") and _note_between(lines, j, mark):
            return j
    if end == len(lines) or rx.FOOTNOTE_END.search(lines[end - 1].text):
        return end
    after = lines[end].text
    return end if rx.QUESTION_START.match(after) or rx.FOOTNOTE_LINE.match(after) else None
