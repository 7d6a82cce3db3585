"""Stage 4's helpers: the white space folding of segment texts."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from drucksache.assemble import _fold_spaces

# Every character Python counts as white space, and a few that look like it but are not.
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "\u00ad\u200b\ufeff"


@given(st.text(alphabet=st.sampled_from("ab  \n\n" + SPACES)))
@example("Wie hoch\nist der Anteil?")
@example(" 1. Wie\n\nhoch ")
@example("Wie\u2006hoch\nist\u00a0es?")
@example("ab\x1ccd")
@example("  Absatz eins.\n\n\nAbsatz" + " " * 37 + "zwei. \n")  # runs of several lengths
def test_folding_is_split_and_join(text: str) -> None:
    assert _fold_spaces(text) == " ".join(text.split())


@given(st.text())
def test_folding_any_text_is_split_and_join(text: str) -> None:
    assert _fold_spaces(text) == " ".join(text.split())
