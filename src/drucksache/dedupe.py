"""Near-duplicate passages: a preamble printed twice, the second copy slightly edited.

The second copy may start mid-sentence and differ in a few words, so exact matching fails.
We compare word shingles: a line belongs to a second copy when most of its five-word shingles
already occurred earlier in the text.  Only the front matter (before the first numbered
question) is searched: later repetition is meaningful (a question reprinted once per ministry).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

import regex

from . import regexes as rx

SHINGLE = 5
"""Words per shingle: long enough that ordinary phrases do not repeat by chance."""
LINE_SHARE = 0.5
"""Share of a line's shingles that must occur earlier for the line to count as repeated."""
MIN_WORDS = 40
MIN_LINES = 3
"""A repeated run shorter than this is a phrase, not a passage."""
MAX_GAP = 2
"""Edited lines inside a second copy: up to this many are bridged when repetition resumes."""

_WORD = regex.compile(r"\w+")
# On ASCII text the two patterns match alike ([A-Za-z0-9_]), and the standard library's is
# the cheaper to call.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
_CAPITAL_SIGMA = "\N{GREEK CAPITAL LETTER SIGMA}"
"""The one character ``str.lower`` maps by its context (final sigma at the end of a word)."""


def _words(text: str) -> list[str]:
    """The words of a line in lower case, as ``map(str.lower, _WORD.findall(text))``.

    Lowering the whole line first is cheaper (one call, not one per word) and gives the same
    words: ``str.lower`` maps each character on its own, except a capital sigma (its lower
    case depends on the letters around it), and every character of a character's lower case is
    a word character exactly when that character is (``tests/test_dedupe.py`` checks every code
    point), so the runs of word characters are the same runs, lowered.
    """
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    if _CAPITAL_SIGMA in text:
        return list(map(str.lower, _WORD.findall(text)))
    return _WORD.findall(text.lower())


def _front_matter(texts: Iterable[str]) -> list[str]:
    """The lines before the first numbered question (all of them when there is none)."""
    front: list[str] = []
    for text in texts:
        if rx.may_start_question(text) and rx.QUESTION_START.match(text):
            break
        front.append(text)
    return front


def find_duplicate_passages(lines: Iterable[str]) -> list[tuple[int, int]]:
    """Line ranges ``[start, end)`` that repeat an earlier passage of the front matter.

    ``lines`` is read only up to the first question: a generator spares building the rest."""
    texts = _front_matter(lines)
    limit = len(texts)
    tokens = [_words(text) for text in texts]
    words = list(chain.from_iterable(tokens))
    # The shingle starting at each word but the last four (built in C by zip).
    shingles = list(zip(*(words[k:] for k in range(SHINGLE)), strict=False))
    if len(set(shingles)) == len(shingles):
        return []  # no five words occur twice (most documents): nothing can be a second copy
    section: list[int] = []  # per word: how many preamble headings precede it
    heading = 0
    for text, line_words in zip(texts, tokens, strict=True):
        if _is_heading(text):
            heading += 1
        section.extend([heading] * len(line_words))
    # Shingles running into the next section say nothing (the last words of a section: a
    # shingle running into the next passage): they are left out, and their words get None.
    ends = section[SHINGLE - 1 :]
    starts = [pos for pos, (a, b) in enumerate(zip(section, ends, strict=False)) if a == b]
    kept = [shingles[pos] for pos in starts]
    # Each kept shingle's first position: built backwards, the earliest position is the last
    # one written for a shingle (as ``setdefault`` in a forward loop would keep it).
    first_seen = dict(zip(reversed(kept), reversed(starts), strict=True))
    repeated: list[bool | None] = [None] * len(words)
    for pos, shingle in zip(starts, kept, strict=True):
        repeated[pos] = first_seen[shingle] + SHINGLE <= pos
    counts = [len(line_words) for line_words in tokens]
    runs = _runs(_bridge(_repeated_lines(counts, repeated)), counts)
    return [(start, _with_short_tail(texts, start, end, limit)) for start, end in runs]


def _is_heading(text: str) -> bool:
    if "Vorbemerkung" not in text:
        return False  # both patterns need the word: a cheap test first, this runs on every line
    return bool(rx.PREAMBLE_ASKERS.match(text) or rx.PREAMBLE_GOVERNMENT.match(text))


def _with_short_tail(texts: list[str], start: int, end: int, limit: int) -> int:
    """A last line too short for a shingle goes with the copy when its words are all earlier."""
    if end < limit and not _is_heading(texts[end]):
        words = {w.lower() for w in _WORD.findall(texts[end])}
        if 0 < len(words) < SHINGLE:
            earlier = {w.lower() for text in texts[:start] for w in _WORD.findall(text)}
            if words <= earlier:
                return end + 1
    return end


def _repeated_lines(counts: list[int], repeated: list[bool | None]) -> list[bool]:
    """Whether at least ``LINE_SHARE`` of each line's shingles (those not None) are repeats;
    ``counts`` holds each line's number of words, in order."""
    flags = []
    end = 0
    for count in counts:
        start, end = end, end + count
        line = repeated[start:end]
        total = count - line.count(None)
        flags.append(total > 0 and line.count(True) / total >= LINE_SHARE)
    return flags


def _bridge(flags: list[bool]) -> list[bool]:
    """Fill short gaps between repeated lines: a line edited more than half still belongs."""
    out = list(flags)
    last: int | None = None
    for i, flag in enumerate(flags):
        if flag:
            if last is not None and 1 < i - last <= MAX_GAP + 1:
                out[last + 1 : i] = [True] * (i - last - 1)
            last = i
    return out


def _runs(flags: list[bool], words_per_line: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start >= MIN_LINES and sum(words_per_line[start:i]) >= MIN_WORDS:
                runs.append((start, i))
            start = None
    return runs
