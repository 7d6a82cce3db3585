"""Expected questions of a Kleine Anfrage, read independently of the parser.

A Kleine Anfrage (DIP plain text, ``kleine-anfrage/21-NNNN.txt``) ends with
"Wir fragen die Bundesregierung:", its numbered questions and "Berlin, den …".  The answer
reprints those questions, so this extractor gives the expected values for the corpus
evaluation.  It must stay independent of ``drucksache`` (no import of it): a bug shared by
both would otherwise be invisible.

What the DIP text looks like in the question block (checked on all 273 files of WP 21):
- questions 1–9 are right-aligned with a figure space (U+2007): ``"\u20071. Wie viele …"``,
  from 10 on without: ``"10. Welche …"``;
- a question starts on a new line, and the line before it always ends in "?" or ":"
  (rarely ")"): this is what separates a question number from a date or an ordinal that a
  line break put at a line start ("…seit dem" / "1. April 2025 …", "…in der" / "21. Wahlperiode");
- sub-questions ``a)``, ``b)`` and second paragraphs ("Wenn ja, …") are lines of their own and
  belong to the question before them;
- soft hyphens are already joined in DIP text: a hyphen still standing at a line end is a real
  one ("KI-" / "basierter", "EU-" / "Ratspräsidentschaft", "Forschungs-" / "und …"), so it is
  kept and the continuation is joined to it; only before und/oder/bzw./sowie/bis (a suspended
  compound) does a space follow;
- URLs are broken across lines without a hyphen ("…/bulletin/re" / "de-von-…"): a line that
  ends inside a URL is joined to the next without a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Wir fragen die Bundesregierung:" with any spacing or line break; "Ich frage …" for a single
# member, "Wir fragen daher die Bundesregierung" as a variant.
_INTRO = re.compile(
    r"\b(?:wir\s+fragen|ich\s+frage)\s+(?:\w+\s+){0,2}die\s+bundesregierung\s*[:.]?",
    re.IGNORECASE,
)
# "Berlin, den 26. August 2025" (also without "den") at a line start closes the questions.
_CLOSING = re.compile(r"^[ \t\u2007\u00a0]*Berlin,\s+(?:den\s+)?\d", re.MULTILINE)
# Imprint of the last page, the end of the text when the closing line is missing.
_IMPRINT = re.compile(r"^(?:Gesamtherstellung:|Vertrieb:|ISSN\s)", re.MULTILINE)

# " 1. Wie viele", "10. Welche", "3.Wie" — or "1a) …" when a question starts with its first
# sub-question.  Group "num" is the question number.
_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,3})(?:\.(?=\s|$|[A-ZÄÖÜ„\"(])|[a-z]\))\s*(?P<rest>.*)$")
# An ordinal that follows a broken line is a date or a term, not a question: "1. April".
_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_NOT_A_QUESTION = re.compile(
    rf"^(?:{_MONTHS}|Wahlperiode|Legislaturperiode|Sitzung|Kalenderwoche|Bundestag|Jahrhundert)\b"
)
# Line ends after which a new question may start.
_QUESTION_END = ("?", ":", ")", ".", "!", "“", '"')
# How far the numbering may jump when a number is missing from the Kleine Anfrage itself.
_MAX_GAP = 3

# An en dash glued to a word is a range broken at the line end ("§§ 174–" / "184l").
_HYPHENS = "-\u2010\u2011\u2013"
_SUSPENDED = frozenset({"und", "oder", "bzw.", "sowie", "bis"})
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$|\S+\.(?:de|com|org|eu|net|html?)/\S*$")
_URL_CLOSED = ').,;:?!"“”'
# A word for the document-spelling check: letters, digits and inner hyphens.
_WORD = re.compile(r"\w+(?:-\w+)*")
# A word broken at a line end: left out when collecting the document's spellings.
_LINE_END_WORD = re.compile(r"\S*[-\u2010\u2011]\s*\n\s*\S*")


@dataclass(frozen=True)
class ExpectedQuestion:
    """A numbered question as the Kleine Anfrage prints it."""

    number: str
    """The number as printed, without the dot: "1", "2", …"""
    text: str
    """The question's text after the number, all paragraphs and sub-questions, one line."""


@dataclass(frozen=True)
class ExpectedQuestions:
    """All questions of one Kleine Anfrage, with how the question block was found."""

    questions: tuple[ExpectedQuestion, ...]
    intro_found: bool
    """False when "Wir fragen die Bundesregierung" was missing and the block was guessed."""
    closing_found: bool
    """False when "Berlin, den …" was missing and the block ran to the imprint."""

    def numbers(self) -> list[str]:
        """The question numbers in printed order."""
        return [q.number for q in self.questions]


def extract_questions(text: str) -> ExpectedQuestions:
    """Find the numbered questions of a Kleine Anfrage's plain text."""
    text = text.replace("\r\n", "\n").replace("\u00ad", "")
    closing = _CLOSING.search(text)
    # The last intro before the closing: a preamble may quote the phrase.
    intros = list(_INTRO.finditer(text, 0, closing.start() if closing else len(text)))
    intro = intros[-1] if intros else None
    start = intro.end() if intro else 0
    end = closing.start() if closing else _end_without_closing(text, start)
    lines = text[start:end].split("\n")
    if intro is None:
        lines = lines[_guess_first_question(lines) :]
    spellings = document_spellings(text)
    questions = tuple(
        ExpectedQuestion(number=number, text=join_lines(body, spellings))
        for number, body in _split(lines)
    )
    return ExpectedQuestions(questions, intro is not None, closing is not None)


def _end_without_closing(text: str, start: int) -> int:
    imprint = _IMPRINT.search(text, start)
    return imprint.start() if imprint else len(text)


def _split(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Cut the question block into (number, lines) at each accepted question start."""
    questions: list[tuple[str, list[str]]] = []
    last = 0
    previous = ":"  # the intro line ends in a colon
    for line in lines:
        start = _question_start(line, last, previous)
        if start is not None:
            number, rest = start
            questions.append((str(number), [rest]))
            last = number
        elif questions:
            questions[-1][1].append(line)
        if line.strip():
            previous = line
    return questions


def _question_start(line: str, last: int, previous: str) -> tuple[int, str] | None:
    """(number, text after it) if ``line`` opens the question after ``last``, else None."""
    match = _NUMBERED.match(line)
    if match is None:
        return None
    number = int(match["num"])
    rest = match["rest"]
    if not previous.rstrip().endswith(_QUESTION_END) or _NOT_A_QUESTION.match(rest):
        return None
    if number == last + 1:
        return number, rest
    # A number missing from the inquiry itself: only a jump to a question-like line counts.
    if last + 1 < number <= last + _MAX_GAP and rest[:1].isupper():
        return number, rest
    return None


def _guess_first_question(lines: list[str]) -> int:
    """Without an intro line: the "1." from which the longest numbered run starts."""
    best, best_length = len(lines), 0
    for index, line in enumerate(lines):
        match = _NUMBERED.match(line)
        if match is None or match["num"] != "1":
            continue
        length = len(_split(lines[index:]))
        if length >= best_length:  # ties go to the later run, nearer the closing line
            best, best_length = index, length
    return best


def document_spellings(text: str) -> frozenset[str]:
    """Every word of the text as printed inside a line (not at a line end)."""
    return frozenset(_WORD.findall(_LINE_END_WORD.sub(" ", text)))


def join_lines(lines: list[str], spellings: frozenset[str] = frozenset()) -> str:
    """Join the lines of one question into one whitespace-normalised line.

    ``spellings`` are the words the document prints inside a line: a line-end hyphen that the
    DIP text kept although it was a soft one ("Lobby-" / "Control" where the document writes
    "LobbyControl" elsewhere) is dropped when only the joined spelling occurs there.
    """
    words: list[str] = []
    open_word = False  # the previous line ended inside a word (hyphen or URL)
    for line in lines:
        tokens = line.split()
        if not tokens:
            continue
        if open_word and not (words[-1][-1] in _HYPHENS and tokens[0] in _SUSPENDED):
            words[-1] = _glue(words[-1], tokens.pop(0), spellings)
        words.extend(tokens)
        open_word = bool(words) and _ends_inside_word(words[-1])
    return " ".join(words)


def _glue(head: str, tail: str, spellings: frozenset[str]) -> str:
    """``head`` (ending in a hyphen or inside a URL) continued by ``tail``."""
    if head[-1] == "-" and spellings:
        joined = _WORD.search(head[:-1] + tail)
        hyphenated = _WORD.search(head + tail)
        if joined and hyphenated and joined[0] in spellings and hyphenated[0] not in spellings:
            return head[:-1] + tail
    return head + tail


def _ends_inside_word(last_word: str) -> bool:
    """Does a line ending in ``last_word`` break a word that the next line continues?"""
    if len(last_word) > 1 and last_word[-1] in _HYPHENS:
        return True
    return bool(_URL_TAIL.search(last_word)) and last_word[-1] not in _URL_CLOSED
