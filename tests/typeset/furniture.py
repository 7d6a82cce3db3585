"""Page furniture: the page-1 header and title block, running heads, the page-1 note, imprint.

Positions are the ones measured on the real PDFs (see ``styles``); the title block of an
answer ("Antwort / der Bundesregierung / auf die Kleine Anfrage …") follows the Kleine Anfrage's
title block, which has the same fonts and spacing.
"""

from __future__ import annotations

import datetime as dt

from drucksache.models import Metadata

from . import fonts
from .ministries import genitive
from .runs import Rule, Run, centered, row, row_right
from .styles import (
    CENTER,
    IMPRINT_BASELINES,
    IMPRINT_RULE,
    IMPRINT_SIZE,
    LEFT,
    RIGHT,
    RUNNING_HEAD_BASELINE,
    RUNNING_HEAD_RULE,
    RUNNING_HEAD_SIZE,
)

_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
_HEADER_BIG = 16.02
_HEADER_SMALL = 11.75
_DATE_SIZE = 8.54
_KIND_SIZE = 17.08
_BLOCK_SIZE = 12.28
_BLOCK_LEADING = 14.95
# Block lines (askers, title) run to 477.7 pt in the DIP texts' line breaks: the full width.
_BLOCK_WIDTH = 477.7
_TITLE_TO_BODY = 46.9  # title baseline 301.84 → first body baseline 348.76

IMPRINT = (
    "Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei, "
    "Bessemerstraße 83–91, 12103 Berlin, www.heenemann-druck.de",
    "Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln, "
    "Telefon (02 21) 97 66 83 40, Fax (02 21) 97 66 83 44, www.bundesanzeiger-verlag.de",
    "ISSN 0722-8333",
)
_ABBREVIATED_PARTIES = frozenset({"AfD", "SPD", "CDU/CSU", "FDP", "BSW"})
NOTE_FRAGETEXT = "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext."


def long_date(date: dt.date) -> str:
    """'9. Mai 2025'."""
    return f"{date.day}. {_MONTHS[date.month - 1]} {date.year}"


def _number_parts(number: str, size: float) -> list[tuple[str, str, float]]:
    # "21/" is set regular and "7652" bold, as in the real header and running heads.
    period, _, serial = number.partition("/")
    return [(period + "/", fonts.SANS, size), (serial, fonts.SANS_BOLD, size)]


def header(meta: Metadata) -> list[Run]:
    """'Deutscher Bundestag … Drucksache 21/7652' and '21. Wahlperiode … 17.08.2026'."""
    first, second = 71.33, 90.38  # tops 58.63 and 81.06
    runs = [Run(LEFT, first, "Deutscher Bundestag", fonts.SANS_BOLD, _HEADER_BIG)]
    if meta.drucksache:
        parts = [("Drucksache ", fonts.SANS_BOLD, _HEADER_SMALL)]
        runs += row_right(RIGHT, first, parts + _number_parts(meta.drucksache, _HEADER_BIG))
    if meta.wahlperiode is not None:
        runs.append(
            Run(LEFT, second, f"{meta.wahlperiode}. Wahlperiode", fonts.SANS_BOLD, _HEADER_SMALL)
        )
    if meta.date is not None:
        runs += row_right(RIGHT, second, [(meta.date.strftime("%d.%m.%Y"), fonts.SANS, _DATE_SIZE)])
    return runs


def title_block(meta: Metadata) -> tuple[list[Run], float]:
    """'Antwort / der Bundesregierung / auf die Kleine Anfrage …' and the title.

    Returns the runs and the baseline of the first body line below them.
    """
    runs = [Run(LEFT, 175.1, "Antwort", fonts.SANS_BOLD, _KIND_SIZE)]
    y = 195.06  # top 185.32, where the Kleine Anfrage's askers begin
    lines = ["der Bundesregierung", *_wrap(inquiry_line(meta))]
    for line in lines:
        runs.append(Run(LEFT, y, line, fonts.SANS_BOLD, _BLOCK_SIZE))
        y += _BLOCK_LEADING
    if meta.inquiry:
        y += _BLOCK_LEADING / 2
        runs.append(Run(LEFT, y, f"– Drucksache {meta.inquiry} –", fonts.SANS_BOLD, _BLOCK_SIZE))
        y += _BLOCK_LEADING
    y += 2 * _BLOCK_LEADING
    for line in _title_lines(meta.title or ""):
        runs.append(Run(LEFT, y, line, fonts.SANS_BOLD, _BLOCK_SIZE))
        y += _BLOCK_LEADING
    return runs, y - _BLOCK_LEADING + _TITLE_TO_BODY


def inquiry_line(meta: Metadata) -> str:
    """'auf die Kleine Anfrage der Abgeordneten A, B und der Fraktion der X' (as render)."""
    fraktion = ""
    if meta.fraktionen:
        word = "Fraktionen" if len(meta.fraktionen) > 1 else "Fraktion"
        # Party abbreviations take an article ("der AfD"); names bring their own ("Die Linke").
        article = "der " if meta.fraktionen[0] in _ABBREVIATED_PARTIES else ""
        # A group's name stays on one line ("BÜNDNIS 90/DIE GRÜNEN"), as in the real blocks.
        names = [name.replace(" ", fonts.NO_BREAK_SPACE) for name in meta.fraktionen]
        fraktion = f"der {word} {article}" + " und ".join(names)
    if not meta.askers:
        return f"auf die Kleine Anfrage {fraktion}".rstrip()
    askers = "der Abgeordneten " + ", ".join(meta.askers)
    return (
        f"auf die Kleine Anfrage {askers} und {fraktion}"
        if fraktion
        else f"auf die Kleine Anfrage {askers}"
    )


def _title_lines(title: str) -> list[str]:
    # A follow-up's "(Nachfrage zur Antwort … 21/68)" starts a line of its own.
    head, paren, rest = title.partition(" (Nachfrage")
    lines = _wrap(head)
    return lines + _wrap(paren.lstrip() + rest) if paren else lines


def _wrap(text: str) -> list[str]:
    """Block lines, broken between words or after a hyphen ("Kappert-" / "Gonther")."""
    lines: list[str] = []
    pending = [word for word in reversed(fonts.settable(text).split(" ")) if word]
    while pending:
        word = pending.pop()
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and _block_width(candidate) <= _BLOCK_WIDTH:
            lines[-1] = candidate
            continue
        cut = word.rfind("-", 0, len(word) - 1)
        while lines and cut > 0 and _block_width(f"{lines[-1]} {word[: cut + 1]}") > _BLOCK_WIDTH:
            cut = word.rfind("-", 0, cut)
        if lines and cut > 0:
            lines[-1] += " " + word[: cut + 1]
            pending.append(word[cut + 1 :])
        else:
            lines.append(word)
    return lines


def _block_width(text: str) -> float:
    return fonts.width(text, fonts.SANS_BOLD, _BLOCK_SIZE)


def note(meta: Metadata) -> list[str]:
    """The page-1 note: who transmitted the answer, when; that the questions are reprinted.

    Like ``drucksache.render``, a document that lacks the ministry or the date has no note.
    """
    if meta.ministry is None or meta.transmitted is None:
        return []
    sender = genitive(meta.ministry)
    when = long_date(meta.transmitted)
    first = f"Die Antwort wurde namens der Bundesregierung mit Schreiben {sender} vom {when}"
    return [first + " übermittelt.", NOTE_FRAGETEXT]


def running_head(page: int, meta: Metadata) -> tuple[list[Run], list[Rule]]:
    """The head of page ``page`` ≥ 2: number, page, house, alternating sides."""
    y, size = RUNNING_HEAD_BASELINE, RUNNING_HEAD_SIZE
    number = [("Drucksache ", fonts.SANS_BOLD, size)]
    if meta.drucksache:
        number += _number_parts(meta.drucksache, size)
    house = "Deutscher Bundestag"
    if meta.wahlperiode is not None:
        house += f" – {meta.wahlperiode}. Wahlperiode"
    house_part = [(house, fonts.SERIF, 10.68)]
    folio = centered(CENTER, y, f"– {page} –", fonts.SERIF, 10.68)
    if page % 2 == 0:
        runs = [*row(LEFT, y, number), folio, *row_right(RIGHT, y, house_part)]
    else:
        runs = [*row(LEFT, y, house_part), folio, *row_right(RIGHT, y, number)]
    return runs, [Rule(LEFT, RIGHT, RUNNING_HEAD_RULE)]


def imprint() -> tuple[list[Run], list[Rule]]:
    """The printer's imprint at the foot of its page (``Page.imprint``): the last, or the
    last answer's where the annexes follow on the next."""
    runs = [
        centered(CENTER, y, line, fonts.SANS, IMPRINT_SIZE)
        for y, line in zip(IMPRINT_BASELINES, IMPRINT, strict=True)
    ]
    return runs, [Rule(LEFT, RIGHT, IMPRINT_RULE)]
