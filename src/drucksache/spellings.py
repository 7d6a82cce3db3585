"""The words a document spells, asked one at a time: ``word in spellings``, ``count(word)``.

De-hyphenation and the in-line breaks ask a few words per document (whether the document
spells "gesellschaftlichen" solid, how often "batterie" and "batte-rie"), but lowering every
line of a long document for them costs more than all the questions.  So the text is kept as
printed, and a question first looks for the word in a cheap lower case of the whole text; only
the few lines that hold it are lowered and searched as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import regex

from . import latin1

SPELLED_WORD = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")
_ALNUM_CLASS = r"[\p{L}\p{N}]"

_LATIN1_LOWER = latin1.table()
"""``str.lower`` of each Latin-1 character (``tests/test_spellings.py`` checks every one)."""
_LOWER_INTO_LATIN1 = "\u0130\u0178\u1e9e\u212a\u212b"
"""The characters beyond Latin-1 whose lower case holds a Latin-1 character ("İ" → "i̇", "Ÿ",
"ẞ", the Kelvin and Ångström signs): in a text holding one, the cheap lower case would miss a
word ("İ" is also the one character whose lower case is longer)."""
_CHARACTERS_A_LINE = 128
"""One line holding a word for this many characters of text (a line has about 45): more, and
the whole text is lowered once and searched, which then costs less than finding each line."""


class Spellings:
    """``word in spellings``: whether ``word`` is one of ``SPELLED_WORD.findall(text)`` in the
    lower case of the text (lowered line by line), found by a search for it alone, not by
    splitting the whole text into words."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.text = "\n".join(texts)
        """The lines as they stood when asked first (as printed, not lowered)."""
        self._asked: dict[str, str] = {}  # word → ``_holding(word)``: words are asked again

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not SPELLED_WORD.fullmatch(word):
            return False
        text = self._holding(word)
        # ``in`` first: most words are not spelled, and a new pattern costs a compilation.
        return word in text and regex.search(self._alone(word), text) is not None

    def count(self, word: str) -> int:
        """How often ``word`` is spelled."""
        if not SPELLED_WORD.fullmatch(word):
            return 0
        text = self._holding(word)
        return len(regex.findall(self._alone(word), text)) if word in text else 0

    @staticmethod
    def _alone(word: str) -> str:
        """A pattern for ``word`` not part of a longer word: no letter or digit around it, and
        no "x-" / "-x" joining it to one ("nicht" is not spelled in "nicht-deutsch")."""
        return rf"(?<!{_ALNUM_CLASS}-?){regex.escape(word)}(?!-?{_ALNUM_CLASS})"

    def _holding(self, word: str) -> str:
        if word not in self._asked:
            self._asked[word] = self._find_holding(word)
        return self._asked[word]

    def _find_holding(self, word: str) -> str:
        """The lowered lines that hold every spelling of ``word``, joined by line ends (a word
        never spans lines, and a line end stops what is around it, so they hold what the whole
        lowered text holds).

        Found in the Latin-1 text lowered byte by byte: each character at its own position,
        and each character that lowers into ``word`` either Latin-1 or one of
        ``_LOWER_INTO_LATIN1``; a word outside Latin-1, or a text holding one of those, is
        looked for in the whole lowered text."""
        folded = self._folded
        try:
            needle = word.encode("latin-1")
        except UnicodeEncodeError:
            folded = None
        if folded is None:
            return self.lowered
        starts: dict[int, int] = {}  # start → end of each line holding the needle
        text = self.text
        most = max(32, len(text) // _CHARACTERS_A_LINE)
        position = folded.find(needle)
        while position >= 0:
            if len(starts) == most:
                return self.lowered  # a common word ("grünen"): lowering all lines is cheaper
            start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            starts[start] = len(text) if end < 0 else end
            position = folded.find(needle, max(position + 1, starts[start]))
        return "\n".join([text[start:end].lower() for start, end in starts.items()])

    @cached_property
    def _folded(self) -> bytes | None:
        """The text in Latin-1 (anything else a "?"), lowered byte by byte; None where a
        character would lower into Latin-1 unseen."""
        if any(char in self.text for char in _LOWER_INTO_LATIN1):
            return None
        return self.text.encode("latin-1", "replace").translate(_LATIN1_LOWER)

    @cached_property
    def lowered(self) -> str:
        """The whole text lowered line by line (a line end stops the context of a final sigma,
        the one letter whose lower case depends on others; most lines are ASCII, which lowers
        several times faster than a text that is not)."""
        return "\n".join([line.lower() for line in self.text.split("\n")])
