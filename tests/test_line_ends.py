"""Which line ends may be breaks (``line_ends``): the whole-text search against the test of
one pair of lines."""

from __future__ import annotations

import sys

from hypothesis import example, given
from hypothesis import strategies as st

from drucksache.hyphenation import Dehyphenator
from drucksache.line_ends import break_candidates, first_word, may_break

# Pieces of lines that make or unmake a candidate, in both cases, with characters whose lower
# case is longer or other than ASCII ("İ", the Kelvin sign), outside Latin-1 ("„", "–") and a
# line end.
_PIECES = ["w", "W", "ww", "wW", "ht", "Ht", "tP", "tp", "(", "/", "-", ":", " ", "x", "İ"]
_PIECES += ["\u212a", "„", "–", "ß", "\n", "(w", "(W", "http", "www", "\t", "x/", "_", "x_2"]
_LINE = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)


def _exact(texts: list[str]) -> list[int]:
    return [i for i in range(len(texts) - 1) if may_break(texts[i], texts[i + 1])]


def test_only_ascii_letters_lower_case_to_the_letters_searched() -> None:
    """``break_candidates`` searches an ASCII lower case for "www", "http" and "(w": that finds
    what ``str.lower`` finds only if no other character lower-cases to one of these."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if any(letter in lowered for letter in "whtp("):
            assert char in "wWhHtTpP(", hex(code)
            assert len(lowered) == 1


@given(st.lists(_LINE, max_size=8))
@example(["x", "\t a/b"])  # the next line's first word after whitespace
@example(["x", "a b/c", "d/e f"])  # slashes after a first word, before a last one
def test_every_line_end_that_may_break_is_a_candidate(texts: list[str]) -> None:
    candidates = break_candidates(texts)
    assert set(_exact(texts)) <= set(candidates)
    assert candidates == sorted(set(candidates))
    assert all(0 <= i < len(texts) - 1 for i in candidates)


@given(_LINE, _LINE)
def test_the_end_of_a_line_that_may_break_is_a_candidate(line: str, following: str) -> None:
    """Two lines: more of the examples end in a break mark or a word that looks like a URL."""
    assert set(_exact([line, following])) <= set(break_candidates([line, following]))


def test_plain_lines_are_no_candidates() -> None:
    assert break_candidates(["Die Bundesregierung", "antwortet wie folgt", "Ende."]) == []


def test_each_kind_of_possible_break_is_found() -> None:
    texts = [
        "Forschungs-",  # 0: a break mark
        "und Entwicklung",
        "siehe",  # 2: the next line holds a slash
        "bund.de/x und",  # 3: a slash in the line, not in its last word: no break
        "Quelle: (WwW",  # 4: "www" in any case
        "Text HTTP",  # 5: "http" in any case
        "vgl. (W",  # 6: "(w"
        "Ende:",  # 7: a colon (no URL: no break)
        "Schluss -",  # 8: a lone hyphen (no break)
        "(29TB_2",  # 9: a file name ("_")
        "0.pdf).",
    ]
    assert break_candidates(texts) == [0, 2, 4, 5, 6, 8, 9]
    assert _exact(texts) == [0, 2, 4, 5, 6, 9]


def test_a_line_end_inside_a_line_makes_every_line_a_candidate() -> None:
    texts = ["eins\nzwei", "drei", "vier-", "fünf"]
    assert break_candidates(texts) == [0, 1, 2]


_WORDY = st.lists(
    st.sampled_from(
        [*"/ - : x X de . ( ) www http bund. https: // w ht tp s".split(), " ", "  ", "\t"]
    ),
    max_size=8,
).map("".join)


@given(_WORDY, _WORDY)
@example("(vgl. bund.", " de/x und")  # a host broken before its path: joined
@example("Quelle: https:", "//www.bund.de")  # a colon in a URL: joined
@example("Tabelle -", "x")  # a lone hyphen
@example("und/", "oder")  # a slash binds: joined
def test_what_may_break_turns_down_is_never_joined(current: str, following: str) -> None:
    """``may_break`` looks for a slash of the next line only in its first word, and takes a
    colon, or a hyphen standing alone, only in a URL: where it does not hold, the line end is
    never joined (``Dehyphenator._join`` does not ask it again)."""
    if not may_break(current, following):
        lower = following.strip()
        assert Dehyphenator([]).join_line_end(current, lower) == (current, lower, False)


def test_a_slash_counts_in_the_first_word_only() -> None:
    assert may_break("siehe", " bund.de/x und")
    assert not may_break("Fraktion der", "CDU CSU/x")
    assert first_word("\t a/b c") == "a/b"


def test_a_colon_or_a_lone_hyphen_may_break_only_in_a_url() -> None:
    assert not may_break("Quelle:", "Bundesamt")
    assert may_break("Quelle: https:", "//www.bund.de")
    assert not may_break("Tabelle -", "5")
    assert not may_break("-", "5")
    assert may_break("Forschungs-", "und")
