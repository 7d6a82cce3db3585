"""Stage 2: the title block at the top of the cleaned lines to a ``Header``.

Reads the Drucksache number and date, the kind of document, the askers and their Fraktionen,
the inquiry answered and the title.  A field the text does not show stays None: never a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import regex

from . import regexes as rx
from .errors import WrongDocumentKindError
from .ministries import nominative
from .text_furniture import PageOneNote

_FRAKTION_NAME = (
    r"(?:AfD|SPD|CDU/CSU|FDP|BSW|SSW|BÜNDNIS\s+90/DIE\s+GRÜNEN|Die\s+Linke|DIE\s+LINKE)"
)
_ASKERS_END = regex.compile(
    r"(?:Fraktion(?:en)?|Gruppe)\s+(?:der\s+)?"
    + _FRAKTION_NAME
    + r"(?:\s*(?:,|und)\s+(?:der\s+)?"
    + _FRAKTION_NAME
    + r")*\.?\s*$"
)
_FRAKTION = regex.compile(_FRAKTION_NAME)
# "der Fraktionen der CDU/CSU" / "und SPD": the block goes on.
_MORE_FRAKTIONEN = regex.compile(r"^\s*(?:,|und)\s+(?:der\s+)?" + _FRAKTION_NAME)
_ASKERS_PREFIX = regex.compile(
    r"^(?:auf\s+die\s+Kleine\s+Anfrage\s+)?(?:de[rs]\s+Abgeordneten\s*)?"
)
_TITLE_CONTINUES = regex.compile(
    r"(?:\b(?:der|die|das|des|dem|den|und|oder|von|vom|zur|zum|im|in|für|bei|auf|mit|nach|über"
    r"|gegen|seit|an|am|aus|durch|eines|einer|einem|ein|eine|sowie|zwischen|unter|wie|als)|[–,-])$"
)
MAX_TITLE_LINES = 6
# A line that ends a sentence ("… zum Klimaschutz entstanden."), not an abbreviation ("Dr.").
_SENTENCE_END = regex.compile(r"\p{L}{4,}[.!?]\s*$")
_GROUPS = regex.compile(r"(?:\bund\s+)?(?:der\s+)?(?:Fraktion(?:en)?|Gruppe)\s+(.*)$")
_FURTHER_MEMBER = regex.compile(r",?\s*weiterer\s+Abgeordneter\s*")
_NAME_SEPARATOR = regex.compile(r",\s*|\s+und\s+")
_SLASH_SPACE = regex.compile(r"/\s+")
MAX_ASKERS_LINES = 40
"""Askers blocks run long: a Fraktion may sign with all its members."""

Kind = Literal["antwort", "kleine_anfrage"]


@dataclass(frozen=True, slots=True)
class Header:
    """What the title block says, and where the body starts."""

    kind: Kind
    body_start: int
    """Index of the first line after the title block."""
    drucksache: str | None = None
    wahlperiode: int | None = None
    date: dt.date | None = None
    inquiry: str | None = None
    title: str | None = None
    askers: tuple[str, ...] = ()
    fraktionen: tuple[str, ...] = ()
    ministry: str | None = None
    transmitted: dt.date | None = None


def read_header(texts: list[str], note: PageOneNote | None) -> Header:
    """Read the title block from the first lines; ``note`` supplies ministry and date."""
    fields: dict[str, object] = {}
    i = 0
    if texts and (m := rx.HEADER_DRUCKSACHE.match(texts[0])):
        fields["drucksache"] = f"{m[1]}/{m[2]}"
        fields["wahlperiode"] = int(m[1])
        i = 1
        if i < len(texts) and (d := rx.HEADER_DATE.match(texts[i])):
            fields["date"] = _date(d[4], d[3], d[2])
            i += 1
        elif i < len(texts) and (w := rx.HEADER_WAHLPERIODE.match(texts[i])):
            fields["wahlperiode"] = int(w[1])
            i += 1
    kind, i = _kind(texts, i, has_header=bool(fields))
    if kind == "antwort" and i < len(texts) and texts[i].strip() == "der Bundesregierung":
        i += 1
    if fields or kind == "kleine_anfrage":
        i = _askers(texts, i, fields)
        if i < len(texts) and (q := rx.INQUIRY_LINE.match(texts[i])):
            fields["inquiry"] = f"{q[1]}/{q[2].replace(' ', '')}"
            i += 1
        i = _title(texts, i, fields, kind)
    elif kind == "antwort":
        i = _title_alone(texts, i, fields)
    if note is not None:
        fields["ministry"] = nominative(note.sender)
        fields["transmitted"] = note.date
    return Header(kind=kind, body_start=i, **fields)  # type: ignore[arg-type]


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _kind(texts: list[str], i: int, has_header: bool) -> tuple[Kind, int]:
    if i < len(texts):
        line = texts[i]
        if rx.ANTWORT_START.match(line):
            return "antwort", i + 1
        if rx.KLEINE_ANFRAGE_START.match(line):
            return "kleine_anfrage", i + 1
        other = rx.OTHER_KIND.match(line)
        if other and has_header:
            found = " ".join(other[1].split())
            raise WrongDocumentKindError(
                found,
                f"this Drucksache is a {found!r}, not an answer to a Kleine Anfrage or a Kleine "
                "Anfrage; drucksache parses only those two kinds",
            )
    if any(rx.WIR_FRAGEN.match(t) for t in texts):
        return "kleine_anfrage", i
    return "antwort", i


def _askers(texts: list[str], i: int, fields: dict[str, object]) -> int:
    """The 'der Abgeordneten …, … und der Fraktion …' block."""
    if i >= len(texts) or not (
        rx.ASKERS_START.match(texts[i]) or rx.ASKERS_FRAKTION_START.match(texts[i])
    ):
        return i
    j = i + 1
    while not _ASKERS_END.search(_joined(texts[i:j])) or (
        j < len(texts) and _MORE_FRAKTIONEN.match(texts[j])
    ):
        if j >= min(len(texts), i + MAX_ASKERS_LINES):
            j = i + 1  # no known Fraktion closes the block: take its first line only
            break
        if rx.INQUIRY_LINE.match(texts[j]):
            break
        j += 1
    block = _joined(texts[i:j])
    match = _GROUPS.search(block)
    head, groups = (block[: match.start()], match[1]) if match else (block, "")
    names = _ASKERS_PREFIX.sub("", head)
    if names.strip():
        names = _FURTHER_MEMBER.sub("", names)
        fields["askers"] = tuple(n.strip() for n in _NAME_SEPARATOR.split(names) if n.strip())
    fields["fraktionen"] = tuple(" ".join(f.split()) for f in _FRAKTION.findall(groups))
    return j


def _joined(lines: list[str]) -> str:
    """Lines as one string; a line broken after a slash ('CDU/' / 'CSU') joins without space."""
    return _SLASH_SPACE.sub("/", " ".join(" ".join(lines).split()))


def _title_phrase_end(texts: list[str], i: int) -> int:
    """Where a title that starts at line ``i`` ends by its phrase alone."""
    stop = i + 1
    while (
        stop < len(texts)
        and stop < i + MAX_TITLE_LINES
        and not rx.WIR_FRAGEN.match(texts[stop])
        and (
            _TITLE_CONTINUES.search(texts[stop - 1].strip())
            or texts[stop].lstrip().startswith("(")
            or texts[stop - 1].rstrip().endswith("(")
        )
    ):
        stop += 1
    return stop


def _title(texts: list[str], i: int, fields: dict[str, object], kind: Kind) -> int:
    """An answer's title runs to a Vorbemerkung heading or a question; a Kleine Anfrage runs
    from its title straight into the preamble, so there (and failing those) it ends with its
    phrase."""
    stop = None
    if kind == "antwort":
        stop = next(
            (
                j
                for j in range(i, min(len(texts), i + MAX_TITLE_LINES + 1))
                if rx.PREAMBLE_ASKERS.match(texts[j])
                or rx.PREAMBLE_GOVERNMENT.match(texts[j])
                or rx.QUESTION_START.match(texts[j])
            ),
            None,
        )
    if stop is None:
        stop = _title_phrase_end(texts, i)
    elif rx.PREAMBLE_GOVERNMENT.match(texts[stop]) and any(
        _SENTENCE_END.search(t) for t in texts[i:stop]
    ):
        # Sentences before the government's heading: the askers' preamble without its own.
        stop = min(_title_phrase_end(texts, i), stop)
    if stop > i:
        fields["title"] = " ".join(" ".join(texts[i:stop]).split())
    return stop


_OTHER_TITLE_BLOCK = (rx.ASKERS_START, rx.ASKERS_FRAKTION_START, rx.INQUIRY_LINE)
"""Lines of the title block that stand before the title: where one is left, the block was not
cut above the title, and what follows it is for ``_title`` to read."""


def _title_alone(texts: list[str], i: int, fields: dict[str, object]) -> int:
    """The title of an answer whose text was cut above it (no header, askers or inquiry line):
    the lines from line ``i`` straight to the first Vorbemerkung heading.

    The layout puts only the title between the inquiry line and that heading, so those lines
    are the title as the text prints it, not a guess, as long as nothing says otherwise: a
    title opens with a capital or a digit (a line written small is the tail of a title cut in
    two), holds no sentence (text is no title) and no other line of the title block."""
    end = min(len(texts), i + MAX_TITLE_LINES + 1)
    stop = next(
        (
            j
            for j in range(i, end)
            if rx.PREAMBLE_ASKERS.match(texts[j]) or rx.PREAMBLE_GOVERNMENT.match(texts[j])
        ),
        None,
    )
    if stop is None or stop == i:
        return i
    lines = texts[i:stop]
    first = lines[0].lstrip()[:1]
    if not (first.isupper() or first.isdigit()) or any(
        _SENTENCE_END.search(line) or any(p.match(line) for p in _OTHER_TITLE_BLOCK)
        for line in lines
    ):
        return i
    fields["title"] = " ".join(" ".join(lines).split())
    return stop
