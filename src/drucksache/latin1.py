"""Latin-1 text as bytes: one table look-up per character, in C.

Almost every line and segment of these documents is Latin-1 (ASCII and the German letters).
Lowering it, or cutting it into words, by ``bytes.translate`` and one split costs a fraction of
a pattern's match per word or a string method per line.  A Latin-1 character lowers to one
Latin-1 character (``ord`` of its lower case would fail at import otherwise), so a table holds
exactly what ``str.lower`` does to each.
"""

from __future__ import annotations

from collections.abc import Callable


def table(keep: Callable[[str], bool] = lambda char: True) -> bytes:
    """Per Latin-1 character, its lower case where ``keep`` holds for that, else a space."""
    lowered = [chr(code).lower() for code in range(256)]
    return bytes(ord(char) if keep(char) else ord(" ") for char in lowered)


def words(text: str, words_table: bytes) -> list[str] | None:
    """The runs of ``text``'s characters that ``words_table`` keeps, lowered; None where
    ``text`` is not Latin-1 (the caller's pattern decides there)."""
    try:
        encoded = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return encoded.translate(words_table).decode("latin-1").split()
