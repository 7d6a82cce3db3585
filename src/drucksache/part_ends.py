"""Where a sub-question ends, and where the lead of a question answered before its parts ends.

A sub-question printed with its question ends with a question mark.  Parts that are printed
apart, each followed by its answer, are pieces of one sentence ("… aufgeschlüsselt nach" /
"a) Ungedienten," / answer / "b) …" / … / "e) … gestellt?"): such a part ends at a comma or a
joining word ("und", "oder", "sowie") at a line end outside parentheses where the next line
starts a sentence of its own (a capital or a figure: the answer), or at the question mark of
the last part.  A line that goes on in lower case ("…, die") goes on with the part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from . import regexes as rx

PartEnd = Callable[[Sequence[str], int, int], bool]
"""Whether line ``j`` of the texts ends the sub-question that starts at line ``i``
(``end(texts, i, j)``)."""

QUESTION_END = regex.compile(r"\?[)\]“”\"'»«]*\.?\s*$")
# Parts of a list after a lead ending with a colon ("für folgende Aspekte:" / "a) Abschluss des
# Artenschutzgutachtens;"): a semicolon ends one too.
_LIST_PART_END = regex.compile(r"[,;?][)\]“”\"'»«]*\s*$")
_SENTENCE_END = regex.compile(r"[.?!:][)\]“”\"'»«]*\s*$")
_CLOSERS = ")]“”\"'»«"
_SENTENCE_MARKS = (".", "?", "!", ":")
_LABEL = regex.compile(r"^\s*(?:\d{1,3}[a-z]?\.\s+)?[a-z]\)")
_REPRINTED_PART = regex.compile(r"^\s{0,3}(?P<number>\d{1,3})\s?(?P<label>[a-z])\)\s+\p{Lu}")
_JOINING_WORDS = ("und", "oder", "sowie")
_SENTENCE_OPENERS = frozenset(
    """Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Es Sie Er Wir Dies Diese Dieser
    Dieses Im In Am An Auf Aus Bei Bis Durch Für Gegenüber Mit Nach Seit Über Unter Von Vom Vor
    Zu Zum Zur Hierzu Dazu Dabei Daher Deshalb Darüber Insgesamt Soweit Sofern Nein Ja Kein Keine
    Alle Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf""".split()
)
"""Function words (and number words) that, capitalised at a line start, open a sentence: inside
a question's sentence they are written in lower case ("… aufgeschlüsselt nach" / "Im Jahr 2024
wurden …", "… Berufssoldaten und" / "Vier Anträge durch …")."""


def ends_question(text: str) -> bool:
    """``QUESTION_END``, the cheap test first: a line without a '?' ends no question."""
    return "?" in text and QUESTION_END.search(text) is not None


def ends_sentence(text: str) -> bool:
    """``_SENTENCE_END``, the cheap test first: the last mark before closing brackets and
    quotes (a pattern anchored at the end is tried at every position of the line)."""
    mark = text.rstrip().rstrip(_CLOSERS)
    return mark.endswith(_SENTENCE_MARKS) and _SENTENCE_END.search(text) is not None


_NAME_ABBREVIATIONS = (" e. V.", " e.V.", " i. Gr.", " Inc.", " Ltd.")
"""Abbreviations that end the name of an organisation ("Jüdisches Leben in Europa e. V."): the
full stop of a name in a list, not of a sentence."""


def ends_with_full_stop(text: str) -> bool:
    """Whether a line ends with a sentence's full stop, not with that of a name's abbreviation
    (``_NAME_ABBREVIATIONS``: "… Verantwortung e. V." in a list of organisations)."""
    text = text.rstrip()
    return text.endswith(".") and not text.endswith(_NAME_ABBREVIATIONS)


def question_mark(texts: Sequence[str], i: int, j: int) -> bool:
    """A sub-question printed with its question: it ends with its question mark."""
    return ends_question(texts[j])


def list_part(texts: Sequence[str], i: int, j: int) -> bool:
    """A part of a list after a lead ending with a colon: ',', ';' or '?' ends it."""
    return _LIST_PART_END.search(texts[j]) is not None


def open_part(texts: Sequence[str], i: int, j: int) -> bool:
    """A part of a sentence printed apart: '?', or ',', "und", "oder", "sowie" at the line end
    outside parentheses ("(bitte jeweils Ort, Datum sowie" / "Klassenstufe angeben …)"), with a
    sentence, a part or nothing after it.  After a joining word without a comma before it a
    capitalised noun may go on with the part ("… in die künftige Planung und" / "Umsetzung
    integriert,"): there only a function word, a figure or a part starts anew."""
    text = texts[j].rstrip()
    if ends_question(text):
        return True
    following = texts[j + 1] if j + 1 < len(texts) else None
    if text.endswith(","):
        ends = following is None or _starts_anew(following, nouns=True)
    else:
        words = text.rsplit(None, 2)
        if words[-1] not in _JOINING_WORDS:
            return False
        comma = len(words) > 1 and words[-2].endswith(",")
        ends = following is None or _starts_anew(following, nouns=comma)
    if not ends:
        return False
    lines = [_LABEL.sub("", texts[i], count=1), *texts[i + 1 : j + 1]]  # "b)" opens nothing
    return sum(line.count("(") - line.count(")") for line in lines) <= 0


def _starts_anew(text: str, nouns: bool) -> bool:
    """Whether a line starts a sentence or a part of its own: a figure, "b) …", a capitalised
    function word, or (``nouns``) any capital."""
    stripped = text.lstrip()
    if not stripped:
        return False
    first = stripped[0]
    if first.isdigit() or (first.isupper() and (nouns or opens_sentence(stripped))):
        return True
    return ")" in stripped[:4] and rx.SUB_QUESTION.match(text) is not None


def opens_sentence(text: str) -> bool:
    """Whether a line starts with a capitalised function word ("Im Jahr …", "Gegenüber dem …")."""
    words = text.split(None, 1)
    return bool(words) and words[0] in _SENTENCE_OPENERS


def reprinted_part(text: str) -> regex.Match[str] | None:
    """A sub-question printed with its question's number ("18 g) Wurden …"): after another
    question, a reprint to be answered with it (its question prints it as "g) …")."""
    if ")" not in text[:8]:
        return None
    return _REPRINTED_PART.match(text)


def part_end(lead: str) -> PartEnd:
    """How the parts after a question ending with ``lead`` end: after "für folgende Aspekte:"
    also with semicolons ("a) Abschluss …;"), after a sentence ended ("…?", "(Bitte …)") with
    their own question marks, after a sentence left open ("Haushalte, die", "aufgeschlüsselt
    nach") as pieces of that sentence (``open_part``)."""
    lead = lead.rstrip()
    if lead.endswith(":"):
        return list_part
    return question_mark if ends_sentence(lead) else open_part
