"""Which line ends of a document may be breaks: the cheap first test of de-hyphenation.

A line end may be a break when the line ends in a break mark, when the next line's first word
holds a slash (a URL may go on there), or when the line's last word looks like (the start of) a URL.
``may_break`` asks that of one pair of lines; ``break_candidates`` finds the few lines of a
document where it can hold by searching the whole text at once, which costs a fraction of
asking every line (a Python call, a slice, ``rfind`` and ``lower`` each).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import AnyStr

# What a line holds, in ASCII lower case, where its last word may be a URL: see ``url_like``.
_URL_NEEDLES = (b"www", b"http", b"(w", b"_")
# A line end after "-"; one after "/" is found by the slash itself (see ``may_break``).
_MARK_NEEDLES = (b"-\n",)


def url_like(word: str) -> bool:
    """Whether ``word`` may hold (the start of) a URL, or of a file name ("29TB_2": no word of
    prose holds an underscore)."""
    lowered = word.lower()
    return (
        "/" in word
        or "www" in lowered
        or "http" in lowered
        or lowered in ("(w", "(ww")
        or "_" in word
    )


def may_break(current: str, following: str) -> bool:
    """Whether the end of the line ``current`` may be a break before the line ``following``:
    the cheap test that turns most lines down (no break mark, no URL on either side).

    A slash in ``following`` counts only in its first word, the word a break would move up
    (``Dehyphenator.join_line_end`` turns the others down: ``tests/test_line_ends.py``); a
    third of the lines holding a slash hold it further on ("CDU/CSU", "BÜNDNIS 90/DIE GRÜNEN").
    Of the break marks only a hyphen after a word counts on its own: a lone "-" (a dash in a
    table) and a colon are never joined unless the word looks like a URL ("https:"), and a word
    ending in "/" does."""
    return (
        (current[-1:] == "-" and current[-2:-1] not in ("", " "))
        or ("/" in following and "/" in first_word(following))
        or url_like(current[current.rfind(" ") + 1 :])
    )


def first_word(line: str) -> str:
    """The word of ``line`` that a break at the end of the line before would move up."""
    return line.strip().partition(" ")[0]


def break_candidates(texts: Sequence[str]) -> list[int]:
    """The indices ``i`` (ascending) of the lines whose end may be a break: every ``i`` where
    ``may_break(texts[i], texts[i + 1])`` holds, and a few more (a superset: the caller asks
    ``may_break`` of each).

    Searched in the text of all lines joined by line ends, where each condition leaves a mark:
    a hyphen before a line end; a slash in the line's last word or the next line's first; for
    a last word that looks like a URL, "www", "http", "(w" or "_" in the line in ASCII lower case.
    Only ASCII letters have a lower case holding "w", "h", "t" or "p"
    (``tests/test_line_ends.py`` checks every code point), and each lower-cases to one letter,
    so the ASCII lower case of a Latin-1 encoding (one byte a character, anything else a "?")
    holds these where ``str.lower`` does."""
    if len(texts) < 2:
        return []
    raw = "\n".join(texts)
    folded = raw.encode("latin-1", "replace").lower()
    hits = _slash_hits(raw)
    for needle in _URL_NEEDLES + _MARK_NEEDLES:
        hits += [(position, 0) for position in _positions(folded, needle)]
    hits.sort()  # (position, line offset of the candidate)
    return _lines_of(raw, hits, len(texts))


def _slash_hits(raw: str) -> list[tuple[int, int]]:
    """The slashes of ``raw`` that may make a line end a break: one in the last word of its line
    (a URL may break there), or in the first word of the next line (a URL may go on there), as
    (position, line offset of the candidate).  Most slashes stand in neither ("CDU/CSU-Fraktion
    und", "Drucksache 21/1169 vom"), and each candidate costs ``may_break`` a call."""
    hits = []
    for position in _positions(raw, "/"):
        end = raw.find("\n", position)
        if raw.find(" ", position, len(raw) if end < 0 else end) < 0:
            hits.append((position, 0))
        start = raw.rfind("\n", 0, position) + 1
        # The first word: no space before the slash, or whitespace first (``first_word`` strips).
        if raw.find(" ", start, position) < 0 or raw[start].isspace():
            hits.append((position, -1))
    return hits


def _positions(text: AnyStr, needle: AnyStr) -> list[int]:
    """Where ``needle`` occurs in ``text``."""
    positions = []
    position = text.find(needle)
    while position >= 0:
        positions.append(position)
        position = text.find(needle, position + 1)
    return positions


def _lines_of(raw: str, hits: list[tuple[int, int]], count: int) -> list[int]:
    """The candidate lines of sorted ``hits`` in ``raw`` (``count`` lines joined by "\\n"): the
    line number of each position, counted in line ends before it, plus its offset."""
    lines: set[int] = set()
    line = previous = 0
    for position, offset in hits:
        line += raw.count("\n", previous, position)
        previous = position
        lines.add(line + offset)
    if line + raw.count("\n", previous) != count - 1:
        # A line holds a line end of its own: the counts are off, every line is a candidate.
        return list(range(count - 1))
    lines.discard(-1)
    lines.discard(count - 1)  # the last line ends the text, not in a break
    return sorted(lines)
