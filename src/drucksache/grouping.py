"""Grouped answers: the sentence that says which questions one answer covers.

"Die Fragen 3 und 4 werden im Zusammenhang beantwortet.", "Die Fragen 1 bis 4 werden aufgrund
ihres Sachzusammenhangs gemeinsam beantwortet.", "Aufgrund des Sachzusammenhangs werden die
Fragen 12, 13 und 15 zusammen beantwortet.", "Die Fragen 2a bis 2c …", "Die Fragen 10 bis 10b …".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from . import regexes as rx

# The words of ``rx._NUM_LIST`` that name each number ("und", "sowie", "bzw.", "u.", "&", the
# comma), as whole words.
_ITEM_SEPARATOR = regex.compile(r"\s*(?:,|&|\bund\b|\bsowie\b|\bbzw\.|\bu\.)\s*")
_RANGE_SEPARATOR = regex.compile(r"\s*(?:\bbis\b|–|-)\s*")
_PAIRS = ("und", "bis")
MAX_RANGE = 200
"""A range wider than this is a misprint, not a group: it is not expanded."""
_ALL_PARTS = "~"
"""Sorts after every letter: the upper end of a bare question number, parts and all."""


@dataclass(frozen=True, slots=True)
class Grouping:
    """A grouping sentence found at the start of an answer."""

    sentence: str
    numbers: tuple[str, ...]
    end: int
    """Offset one past the sentence in the text it was found in."""


def find_grouping(text: str, known: Sequence[str] = ()) -> Grouping | None:
    """The grouping sentence at the very start of ``text`` (an answer), if there is one.

    ``known``: the numbers of the document's questions and sub-questions ('4', '4a', …); a
    range that reaches into sub-questions takes its members from them (``expand_numbers``).
    """
    if "rage" not in text or "werden" not in text:
        return None  # most answers, and most lines after questions: two plain searches
    stripped = len(text) - len(text.lstrip())
    for pattern in _patterns(text, stripped):
        match = pattern.match(text, stripped)
        if match:
            numbers = expand_numbers(match["numbers"], known)
            if numbers:
                return Grouping(" ".join(match[0].split()), numbers, match.end())
    return None


def _patterns(text: str, start: int) -> list[regex.Pattern[str]]:
    """The grouping patterns worth asking of ``text`` (which holds "Frage" and "werden").

    The exact patterns need "beantwortet" or "zusammengefasst".  The fuzzy one (a typo in the
    adverb or in "beantwortet") is slow: it comes last, and only for a text that opens with
    "(Die) Fragen" (where every match of it starts) and has "antwort" or "ntwortet" in it
    (one typo leaves one of the two whole).
    """
    patterns = []
    if "beantwortet" in text or "zusammengefasst" in text:
        patterns = [rx.GROUPING, rx.GROUPING_SUMMARY, rx.GROUPING_INVERTED]
    if "rage" in text[start : start + 16] and ("antwort" in text or "ntwortet" in text):
        patterns.append(rx.GROUPING_FUZZY)
    return patterns


def base_number(number: str) -> str:
    """The question a (sub-)question number belongs to: '6a' → '6'."""
    return number.rstrip("abcdefghijklmnopqrstuvwxyz")


def _split(token: str, previous: int | None) -> tuple[int, str]:
    match = rx.NUMBER_TOKEN.fullmatch(token.strip())
    if match is None or (match[1] is None and (previous is None or not match[2])):
        raise ValueError(token)
    number = int(match[1]) if match[1] is not None else previous
    assert number is not None
    return number, match[2]


def expand_numbers(listing: str, known: Sequence[str] = ()) -> tuple[str, ...]:
    """The numbers a grouping sentence lists, ranges expanded.

    '1 bis 4' → 1, 2, 3, 4; '12, 13 und 15'; '2a bis 2c' → 2a, 2b, 2c; '10 bis 10b' → 10, 10a,
    10b; '2, 2a und b' → 2, 2a, 2b.  A range with a letter at one end runs through
    sub-questions: its members are the ``known`` numbers between its ends ('4 bis 5b' → 4, 4a,
    4b, 4c, 5, 5a, 5b when question 4 has parts a–c), or, with no ``known`` or an end not among
    them, a guess (4, 5, 5a, 5b).  A range of bare numbers names whole questions, as "4 und 5"
    does: 1, 2, 3, 4.
    """
    if _is_number(listing):
        # One number ("Frage 26"), the most common listing by far: as ``_split`` reads it.
        return (str(int(listing)),)
    words = listing.split(" ")
    if len(words) == 3 and words[1] in _PAIRS and _is_number(words[0]) and _is_number(words[2]):
        # Two numbers ("Fragen 4 und 5", "1 bis 4"), most of the rest: as the loop below
        # reads them, without its patterns.
        one, two = int(words[0]), int(words[2])
        pair = [str(one), str(two)] if words[1] == "und" else _range((one, ""), (two, ""), ())
        return tuple(dict.fromkeys(pair))
    listing = " ".join(listing.split())
    out: list[str] = []
    previous: int | None = None
    for item in _ITEM_SEPARATOR.split(listing):
        if not item:
            continue
        bounds = _RANGE_SEPARATOR.split(item)
        try:
            if len(bounds) == 1:
                number, letter = _split(bounds[0], previous)
                out.append(f"{number}{letter}")
            elif len(bounds) == 2:
                low = _split(bounds[0], previous)
                number, letter = _split(bounds[1], low[0])
                out.extend(_range(low, (number, letter), known))
            else:
                continue
        except ValueError:
            continue
        previous = number
    return tuple(dict.fromkeys(out))


def _is_number(text: str) -> bool:
    """Whether ``text`` is one to three ASCII digits, a number as ``_split`` reads it."""
    return len(text) <= 3 and text.isascii() and text.isdigit()


def _letters(number: int, first: str, last: str) -> list[str]:
    return [f"{number}{chr(c)}" for c in range(ord(first), ord(last) + 1)]


def _range(low: tuple[int, str], high: tuple[int, str], known: Sequence[str]) -> list[str]:
    (n1, l1), (n2, l2) = low, high
    if n2 < n1 or n2 - n1 > MAX_RANGE:
        return [f"{n1}{l1}", f"{n2}{l2}"]
    if l1 or l2:
        members = _known_between(low, high, known)
        if members:
            return members
    if n1 == n2:
        # "2a bis 2c", or "10 bis 10b": the question with its parts.
        return ([] if l1 else [str(n1)]) + _letters(n1, l1 or "a", l2 or l1 or "a")
    # "4 bis 5b" without the document's numbers: question 4 whole, question 5 up to part b.
    middle = [str(n) for n in range(n1 + 1, n2 + 1)]
    return [f"{n1}{l1}", *middle, *(_letters(n2, "a", l2) if l2 else [])]


def _known_between(low: tuple[int, str], high: tuple[int, str], known: Sequence[str]) -> list[str]:
    """The ``known`` numbers from ``low`` to ``high`` in order of number and letter; a bare
    upper end takes its question's parts too ('2a bis 3' → 2a, 2b, 3, 3a).  Empty when an end
    is not among them: a range to a part the segmentation did not find is guessed instead."""
    if f"{low[0]}{low[1]}" not in known or f"{high[0]}{high[1]}" not in known:
        return []
    upper = (high[0], high[1] or _ALL_PARTS)
    return sorted((n for n in set(known) if low <= _sort_key(n) <= upper), key=_sort_key)


def _sort_key(number: str) -> tuple[int, str]:
    """'12b' → (12, 'b'): numbers in the order of the questions and their parts."""
    base = base_number(number)
    return int(base), number[len(base) :]
