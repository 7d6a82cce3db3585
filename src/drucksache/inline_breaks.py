"""Line ends that a source text carries inside a line, mended by the line-end rules.

The DIP texts were extracted from PDFs, and here and there a line end of the PDF survives
inside a line: as a space ("Express- dienste", "Bund/ Länder", "…/statistik -node.html",
"KI- Systeme") or as a hyphen inside a word ("Batte-rie", "Bürgerdialog-reihe").  Inside a line
a space is far more often a space than a lost break, so a space is decided by the line-end rules
of ``hyphenation.Dehyphenator`` only where the break shows (``InlineBreaks._evident_break``),
and a hyphen goes only where the document spells the word solid at least as often.  Every
space or hyphen taken out is returned as a ``Mend``, for ``Document.removed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

import regex

from . import hyphenation as hy

# A word of two parts joined by a hyphen before a small letter, alone or in brackets or
# quotes, with punctuation after it: "Batte-rie", "(Bürgerdialog-reihe)", "Neubranden-burg,".
# The match starts at the hyphen, the first part in a look-behind: the regex module then
# jumps from hyphen to hyphen instead of trying the pattern at every character.
_HYPHENED_WORD = regex.compile(r"(?<=(?<!\S)[(„\"]?(\p{L}{2,}))-(\p{Ll}{2,})[)“\".,;:!?]*(?!\S)")
# A space that may be a lost line end: after '-' or '/', or after a word holding a URL.
_BREAK_SPACE = regex.compile(r"(?:-|/\S*|www\S*) (?=\S)")
# A hyphen before what may be a small letter: no upper-case "A-Z", "ÄÖÜ" (most hyphens, as in
# "Bund-Länder"), digit or mark; a cheap test of the standard library before ``_HYPHENED_WORD``.
_HYPHEN_BEFORE_SMALL = re.compile(r"-[^\W\d_A-ZÄÖÜ]")
# A phrase set between hyphens that is still open: "PMK -nicht zuzuordnen-".
_DASH_OPEN = regex.compile(r"(?<!\S)-\p{L}[^-]*$")


def _text_before(before: str, text: str, end: int) -> str:
    """The line before and ``text`` up to ``end``: where a parenthesis or a phrase set
    between hyphens may open."""
    return before + " " + text[:end]


class Mend(NamedTuple):
    """Characters taken out of a line by ``InlineBreaks``, and where."""

    column: int
    """Offset in the mended line where they stood."""
    text: str
    """What was taken out: the space of the break, the hyphen and the space, or the hyphen."""


class InlineBreaks:
    """Mends the in-line breaks of one document with the rules and spellings of ``rules``."""

    def __init__(self, rules: hy.Dehyphenator) -> None:
        self.rules = rules

    def mend_line(self, text: str, before: str = "") -> tuple[str, list[Mend]]:
        """``text`` with its in-line breaks mended, and what was taken out: spaces decided by
        the rules of a line end ("Express- dienste", "Bund/ Länder", "…/statistik -node.html"),
        while a suspended hyphen ("Forschungs- und Entwicklung") and a URL followed by a word
        stay; then hyphens inside words.  ``before`` is the line before, where a phrase set
        between hyphens may open."""
        mends: list[Mend] = []
        if "- " in text or "/ " in text or "www" in text or "://" in text:
            text = self._mend_spaces(text, before, mends)
        if "-" in text and _HYPHEN_BEFORE_SMALL.search(text):
            text = self._mend_hyphens(text, mends)
        if len(mends) > 1:
            mends.sort()  # in place: most lines have none to sort
        return text, mends

    def _mend_spaces(self, text: str, before: str, mends: list[Mend]) -> str:
        """``text`` with every evident break at a space mended, from left to right."""
        match = _BREAK_SPACE.search(text)
        while match is not None:
            space = match.end() - 1
            start = text.rfind(" ", 0, space) + 1
            end = text.find(" ", space + 1)
            end = len(text) if end < 0 else end
            last, first = text[start:space], text[space + 1 : end]
            mended = self._mend_space(last, first, partial(_text_before, before, text, space))
            if mended is None:
                match = _BREAK_SPACE.search(text, space + 1)
                continue
            mends.append(Mend(space + 1 - len(mended[1]), mended[1]))
            text = text[:start] + mended[0] + text[end:]
            match = _BREAK_SPACE.search(text, start)  # a URL may go on after the next space
        return text

    def _mend_hyphens(self, text: str, mends: list[Mend]) -> str:
        """``text`` without the hyphens that the source left inside a word from a line end of
        its own source ("Batte-rie", "Bürgerdialog-reihe"): where the document spells the word
        solid more often than hyphenated, or as often where the part after the hyphen is no
        word of its own.  Adjective pairs ("deutsch-polnischen") keep theirs."""
        for match in reversed(list(_HYPHENED_WORD.finditer(text))):
            head, tail = match[1], match[2]
            if hy.ADJECTIVE_STEM.search(head.lower()) and hy.ADJECTIVE.match(tail):
                continue
            spellings = self.rules.vocabulary
            solid = spellings.count((head + tail).lower())
            if not solid:
                continue
            if solid <= spellings.count(f"{head}-{tail}".lower()) and hy.known(tail):
                continue  # a tie goes to the hyphen unless the tail is no word: "Neona-zis"
            column = match.end(1)
            # Mends right of the hyphen now stand one character further left.
            mends[:] = [m._replace(column=m.column - 1) if m.column > column else m for m in mends]
            mends.append(Mend(column, "-"))
            text = text[:column] + text[column + 1 :]
        return text

    def mend_across(self, upper: str, lower: str) -> tuple[str, str, list[Mend]]:
        """Mend the space between the end of ``upper`` and the start of ``lower``, a line
        whose first words ``run`` moved up onto ``upper``: that space stood inside a line
        ("…Aufwertung des Oder-" / "Neiße- Radweges", "…WD-8-034-22-pd" / "f.pdf )?").
        Returns both lines and what was taken out of ``upper``."""
        mends: list[Mend] = []
        while lower:
            first, _, rest = lower.partition(" ")
            last = upper[upper.rfind(" ") + 1 :]
            mended = self._mend_space(last, first, partial(str, upper))
            if mended is None:
                break
            mends.append(Mend(len(upper) + 1 - len(mended[1]), mended[1]))
            upper, lower = upper[: len(upper) - len(last)] + mended[0], rest
        return upper, lower, mends

    def _mend_space(
        self, last: str, first: str, context: Callable[[], str]
    ) -> tuple[str, str] | None:
        """``last`` and ``first`` joined across the space between them, and what was taken out
        (the space, or the hyphen and the space); None where the space stays."""
        if not last or not first or not self._evident_break(last, first, context):
            return None
        joined = self.rules.mend(last, first, context)
        if joined is None:
            return None
        return joined, " " if joined == last + first else "- "

    def _evident_break(self, last: str, first: str, context: Callable[[], str]) -> bool:
        """Whether the space between ``last`` and ``first`` may be a lost line end at all.

        Inside a line a space is far more often a space than a lost break, so the break must
        show: a URL goes on with URL characters ("…/statistik" "-node.html"); a hyphen ends a
        word, not a dash ("erkennen- Chancen") or a phrase set between hyphens ("PMK -rechts-",
        "-nicht zuzuordnen- bereits": ``context`` is the text up to ``last``), and
        is followed by the rest of a word, not by a preposition ("Innen- vor der
        Außenentwicklung", "2- bis 5-Zimmer"); a capital after it only after an abbreviation
        ("KI- Systeme"), before a hyphenated rest ("Drei- Stunden-Schwelle") or where the
        document spells the pair ("Amerika- Gesellschaft" where it writes
        "Amerika-Gesellschaft"), not after a dash ("Migration- Falschinformationen")."""
        # The cheap tests first: the URL pattern is tried at every start in ``last``.
        if ("/" in last or "www" in last.lower()) and hy.URL.search(last):
            if (
                hy.URL_FINISHED.search(last)
                or hy.URL_START.match(first)
                or hy.HOST_PATH.match(first)
            ):
                return False  # "…html;" "gruene-jugend-bayern.de/…": a URL of its own follows
            rest = hy.core(first)
            return (
                first[0] in hy.URL_ONLY_START
                or (first[0] == ")" and hy.CLOSES.search(first) is not None)
                or "/)" in first  # "…-asylproze" "ss/)": a path closing its parenthesis
                or hy.URL_MARK.search(first) is not None
                or hy.FILE.search(rest) is not None
            )
        if last[-1] == "/":
            return True
        if last[-1] != "-" or len(last) < 3 or last[0] == "-" or not last[-2].isalnum():
            return False
        word = hy.core(first)
        if not first[0].isalnum() or word.split(".", 1)[0].lower() in hy.FUNCTION_WORDS:
            return False
        if _DASH_OPEN.search(context()[: -len(last)]):
            return False
        if word[0].isdigit():
            return last[-2].isdigit()  # "2023- 2024", not "Kiezanker- 36"
        if word[0].isupper():
            # "KI- Systeme", "Drei- Stunden-Schwelle", "BT- Drs." where the document writes it so
            return (
                hy.ABBREVIATION.match(last[:-1]) is not None
                or "-" in word
                or (last + word).lower() in self.rules.vocabulary
            )
        return word.isalpha() and word.islower()  # not "Megatrends- iCerebrum"
