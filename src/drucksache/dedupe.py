"""Near-duplicate passages: a preamble printed twice, the second copy slightly edited.

The second copy may start mid-sentence and differ in a few words, so exact matching fails.
We compare word shingles: a line belongs to a second copy when most of its five-word shingles
already occurred earlier in the text.  Only the front matter (before the first numbered
question) is searched: later repetition is meaningful (a question reprinted once per ministry).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, chain, compress
from operator import ne

import regex

from . import latin1
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
_LATIN1_WORDS = latin1.table(lambda char: _WORD.fullmatch(char) is not None)
r"""Per byte of a Latin-1 text: its lower case where ``\w`` matches that, else a space."""
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
    # Most lines are ASCII, or hold German letters ("äöüß"): split by a table in C.
    if (words := latin1.words(text, _LATIN1_WORDS)) is not None:
        return words
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
    tokens = [_words(text) for text in texts]
    counts = [len(line_words) for line_words in tokens]
    runs = _runs(_bridge(_repeated_lines(texts, tokens)), counts)
    return [(start, _with_short_tail(texts, start, end, len(texts))) for start, end in runs]


def _repeated_lines(texts: list[str], tokens: list[list[str]]) -> list[bool]:
    """Per line (``tokens``: its words), whether at least ``LINE_SHARE`` of the shingles that
    start in it occurred before, among those that do not run into the next section (a shingle
    running into the passage after a preamble heading says nothing)."""
    flags = [False] * len(texts)
    words = list(chain.from_iterable(tokens))
    # The shingle starting at each word but the last four (built in C by zip).
    shingles = list(zip(*(words[k:] for k in range(SHINGLE)), strict=False))
    if len(set(shingles)) == len(shingles):
        return flags  # no five words occur twice (most documents): nothing can be a copy
    offsets = list(accumulate(map(len, tokens), initial=0))  # each line's first word, the end
    excluded = {
        pos
        for start, text in zip(offsets, texts, strict=False)
        if _is_heading(text)
        for pos in range(max(0, start - SHINGLE + 1), min(start, len(shingles)))
    }
    starts, kept = _kept(shingles, excluded)
    # Each kept shingle's first position: built backwards, the earliest position is the last
    # one written for a shingle (as ``setdefault`` in a forward loop would keep it).
    first_seen = dict(zip(reversed(kept), reversed(starts), strict=True))
    if len(first_seen) == len(kept):
        return flags  # the repeats all ran into the next section
    # Shingles seen before (found in C: most are not), then those seen a shingle earlier.
    again = compress(starts, map(ne, map(first_seen.__getitem__, kept), starts))
    repeats = [pos for pos in again if first_seen[shingles[pos]] + SHINGLE <= pos]
    # Only a line holding a repeat can be a repeated line.
    for line, count in Counter(bisect_right(offsets, pos) - 1 for pos in repeats).items():
        start, end = offsets[line], min(offsets[line + 1], len(shingles))
        total = end - start - sum(1 for pos in excluded if start <= pos < end)
        flags[line] = count / total >= LINE_SHARE
    return flags


def _kept(
    shingles: list[tuple[str, ...]], excluded: set[int]
) -> tuple[list[int], list[tuple[str, ...]]]:
    """The positions of the shingles not ``excluded``, and those shingles (copied in runs)."""
    starts: list[int] = []
    kept: list[tuple[str, ...]] = []
    done = 0
    for pos in [*sorted(excluded), len(shingles)]:
        starts += range(done, pos)
        kept += shingles[done:pos]
        done = pos + 1
    return starts, kept


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
