"""Greedy line breaking with German hyphenation (pyphen ``de_DE``), as Antenna House sets it.

Each line is filled with whole words; the word that does not fit any more is split at the
longest hyphenation point that still fits, so that soft hyphens really occur at line ends, as in
the real PDFs.  A word with its own hyphen ("EU-Mitgliedstaaten") may also break right after
that hyphen, without a second one; a URL breaks anywhere, without a hyphen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pyphen

from . import fonts

# The shortest piece pyphen may leave on either side of a break ("Ab-|gabe" but not "A-|bgabe").
_MIN_LEFT = 2
_MIN_RIGHT = 3
_LETTER_GROUPS = ("sch", "ch", "ck", "ph")
_SPACE_SHRINK = 0.0
_MAX_STRETCH = 0.8  # extra width per space, in spaces, that a line may take without hyphenating
_PUNCTUATION = "„“”\"'‚‘()[]{},.;:!?"


@dataclass(frozen=True, slots=True)
class LineText:
    """One broken line: its words (the last may end in a break hyphen) and whether to justify."""

    words: tuple[str, ...]
    justified: bool
    url_break: bool = False
    """The line ends inside a URL: its last word goes on at the start of the next line."""

    @property
    def text(self) -> str:
        """The line as it will be extracted."""
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class Split:
    """A word cut in two: ``head`` ends the line (with its hyphen), ``tail`` starts the next."""

    head: str
    tail: str
    by_pyphen: bool
    url: bool = False
    """Cut inside a URL: the tail is the rest of the URL, to be broken as one again."""


@cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="de_DE", left=_MIN_LEFT, right=_MIN_RIGHT)


def splits(word: str, url: bool = False) -> list[Split]:
    """Every way to break ``word`` at a line end, longest head first.

    ``url`` says that ``word`` is the rest of a URL broken before ("dungsreisen-syrer/?utm…"
    has no host of its own, but must still break anywhere and never by syllable).
    """
    if url or _is_url(word):
        # Anywhere inside the URL, but not within the punctuation around it: no line starts
        # with ")." or ends with "(" (UAX #14 forbids both, and the DIP texts never show it).
        lead = 0 if url else len(word) - len(word.lstrip(_PUNCTUATION))
        last = len(word.rstrip(_PUNCTUATION)) - 2
        return [Split(word[:i], word[i:], False, True) for i in range(last, lead + 3, -1)]
    lead = len(word) - len(word.lstrip(_PUNCTUATION))
    trail = len(word) - len(word.rstrip(_PUNCTUATION))
    core = word[lead : len(word) - trail]
    found: list[Split] = []
    offset = lead
    for index, part in enumerate(core.split("-")):
        if _hyphenatable(part):
            for pos in _positions(part):
                cut = offset + pos
                found.append(Split(word[:cut] + "-", word[cut:], True))
        offset += len(part) + 1
        if index < core.count("-") and len(word) - offset >= _MIN_RIGHT and offset - lead > 1:
            # After a real hyphen the break adds nothing: "EU-" / "Mitgliedstaaten".
            found.append(Split(word[:offset], word[offset:], False))
    return sorted(found, key=lambda split: len(split.head), reverse=True)


def _positions(part: str) -> list[int]:
    """pyphen's break points, without the one-letter syllables its German patterns produce.

    ``de_DE`` gives "Mit-a-r-bei-tern" and "Mit-glied-s-taa-ten"; in a run of neighbouring
    points only the first is a real break ("Mit-arbeitern", "Mitglied-staaten").
    """
    points = _dictionary().positions(part)
    kept: list[int] = []
    for point in points:
        piece = part[kept[-1] if kept else 0 : point]
        # It also gives vowelless syllables: "auf-sch-lüs-seln" is "auf-schlüs-seln".
        if point - 1 in points or _splits_a_letter_group(part, point) or not _has_vowel(piece):
            continue
        kept.append(point)
    return kept


def _has_vowel(piece: str) -> bool:
    return any(letter in "aeiouyäöü" for letter in piece.lower())


def _splits_a_letter_group(word: str, pos: int) -> bool:
    # German never divides "sch", "ch", "ck", "ph"; pyphen does ("aufsch-lüsseln").
    lower = word.lower()
    return any(
        lower.startswith(group, start)
        for group in _LETTER_GROUPS
        for start in range(max(0, pos - len(group) + 1), pos)
    )


def _hyphenatable(part: str) -> bool:
    # Abbreviations (all capitals), names with a capital inside ("BaFin", "BahnCard",
    # "NaKoMo": "Ba-" / "Fin" would read as a real hyphen) and anything with digits stay whole.
    return (
        len(part) >= _MIN_LEFT + _MIN_RIGHT
        and part.isalpha()
        and not any(letter.isupper() for letter in part[1:])
    )


# A host before a path: "ig.wordpress.com/2025/…", "bmas.de/DE/…" (no scheme, no "www.").
_HOST_PATH = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/")


def _is_url(word: str) -> bool:
    # Opening punctuation first: "(www.bmv.de/…" is a URL too, and must never be hyphenated
    # by syllable ("konn-teakut" inside a path), only broken without a hyphen.
    word = word.lstrip(_PUNCTUATION)
    return "://" in word or word.startswith("www.") or _HOST_PATH.match(word) is not None


Measure = Callable[[str], float]


def break_lines(
    text: str, measure: Measure, first: float, rest: float, hyphenate: bool = True
) -> list[LineText]:
    """Break ``text`` into lines ``first`` points wide (the first) and ``rest`` (the others).

    ``measure`` gives the width of a string in the paragraph's font; the last line is ragged,
    every other line is justified.  With ``hyphenate`` off, lines break between words only.
    """
    lines: list[LineText] = []
    current: list[str] = []
    # Split at plain spaces only: a no-break space (U+00A0) holds "1 000" together.
    pending = [(word, False) for word in reversed(re.split(r"[ \t\r\n]+", text)) if word]
    while pending:
        word, url = pending.pop()
        limit = first if not lines else rest
        if _fits([*current, word], measure, limit):
            current.append(word)
            continue
        split = (
            None
            if not hyphenate or _tight_enough(current, measure, limit)
            else _best_split(current, word, measure, limit, url)
        )
        if split is not None:
            lines.append(LineText((*current, split.head), True, split.url))
            current = []
            pending.append((split.tail, split.url))
        elif current:
            lines.append(LineText(tuple(current), True))
            current = []
            pending.append((word, url))
        else:
            # A single word wider than the line: it overflows rather than being lost.
            lines.append(LineText((word,), False))
    if current:
        lines.append(LineText(tuple(current), False))
    return lines


def _fits(words: list[str], measure: Measure, limit: float) -> bool:
    # Word spaces may shrink a little, as in the real PDFs, which saves many loose lines.
    shrink = _SPACE_SHRINK * measure(" ") * (len(words) - 1)
    return measure(" ".join(words)) - shrink <= limit + 0.01


def _tight_enough(words: list[str], measure: Measure, limit: float) -> bool:
    # Hyphenate only when the spaces would otherwise stretch too far, as Antenna House does:
    # a third of the lines ends in a hyphen in the real PDFs, not every second one.
    if len(words) < 2:
        return False
    stretch = (limit - measure(" ".join(words))) / (len(words) - 1)
    return stretch <= _MAX_STRETCH * measure(" ")


def _best_split(
    current: list[str], word: str, measure: Measure, limit: float, url: bool
) -> Split | None:
    for split in splits(word, url):
        if _fits([*current, split.head], measure, limit):
            return split
    return None


def serif_measure(size: float, font: str = fonts.SERIF) -> Measure:
    """A ``Measure`` for ``font`` at ``size``."""
    return lambda text: fonts.width(text, font, size)
