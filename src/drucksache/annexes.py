"""Which lines head an annex (Anlage), and the annexes after the last answer.

The government appends tables or texts after its last answer, each under a heading line:
"Anlage 1", "Anlage 1 zu Frage 3", "Anlage zu Frage Nr. 3:", "Anlage 2 - Tabelle zu AW auf
Frage 10 - Kleine Anfrage 21/1410", "Anlage zur Antwort der Bundesregierung auf die Kleine
Anfrage …", "Anlage BImA zu Frage 6", "Anlage KA 21/801".  The same word opens many lines of
prose too ("… sind der / Anlage 5* zu entnehmen.", "Anlage von Autobahnen zugeordnet …",
"vgl. / Anlage 2 zu Frage 3 auf Bundestagsdrucksache 20/7859), und …"): a heading is a short
line of the heading's shape (no footnote mark, no full stop at its end, after "Anlage" and its
number a separator, a connective "zu"/"zur"/"der" or a capitalised word) that does not continue
the sentence of the line before it.

Annexes are looked for only after the last question of an answer document (they follow the
answers; a heading-like line among the answers is left to them).  A heading that repeats the
title of an annex already open (printed at the top of each of its pages, often with a page
number: "Anlage zu Frage 73 – 2 –") opens no new annex: its line stays in the text of the
annex open at that point, as printed.  A running head printed over the title on the annex's
first page ("Anlage KA 21/801" / "1" / "Anlage zu Frage 44") is one heading with it: the annex
takes the title below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from . import regexes as rx
from .grouping import expand_numbers
from .question_lines import Block

_HEADING = regex.compile(
    r"Anlage(?:\s*\d{1,2}[a-z]?(?![\w*]))?"  # the word and its number ("1", "4b")
    r"(?:\s*$"  # nothing else: "Anlage 1"
    r"|\s*[:–\-(/]"  # a separator: "Anlage 1: Tabelle …", "Anlage 2 - Tabelle …"
    r"|\s+(?:zu[rm]?|der|des)\b"  # a connective: "Anlage zu Frage 3", "Anlage 1 der Antwort …"
    r"|\s+(?P<name>\p{Lu}))"  # a name: "Anlage BImA zu …", "Anlage KA 21/801"
)
MAX_HEADING = 160
"""The longest line of a heading (stripped)."""
MAX_HEADING_LINES = 3
"""A heading printed over more lines is cut after this many: the rest is in its text."""
MAX_TITLE = MAX_HEADING * MAX_HEADING_LINES
"""The longest first line of a heading, which may hold all of it (as ``render`` prints it); a
longer line is prose (no line of the corpus that opens with "Anlage" and has the heading's shape
is longer than ``MAX_HEADING``)."""
MAX_NAMED = 40
"""The longest heading of the shape "Anlage 2 Bundesland Thüringen": a longer line that opens
so is a table row or a sentence that a line break left at "Anlage 1" ("Zeitreihe" / "Anlage 1
Im Dezember 2023 erfolgte eine partielle Revision der Wohn-")."""

# The last words of a line whose sentence runs on into the next one ("… der / Anlage 5 zu
# entnehmen", "vgl. / Anlage 2 zu Frage 3 auf …"): articles, prepositions, pointers.
_RUNS_ON = frozenset(
    "der die das den dem des ein eine einer einem in im als laut gemäß nach zur zum und oder "
    "siehe vgl. s. beigefügte beigefügten anliegende anliegenden".split()
)

# The last words of a heading line whose title runs on into the next line ("… des Abgeordneten"
# / "Martin Hess u. a. und der Fraktion der AfD - BT-Drucksache 21/884"), and the first words of
# a next line that goes on with a bare "Anlage" ("Anlage" / "zur Antwort auf die Kleine …").
TITLE_RUNS_ON = _RUNS_ON | {"Abgeordneten", "Abgeordneter", "Dr."}
_TITLE_GOES_ON = ("zur ", "zum ", "zu ", "der ", "des ")

# A full stop after a word that is no short abbreviation ("Dr.", "Nr.", "u. a."): prose.
_SENTENCE_END = regex.compile(r"(?<!(?<!\p{L})(?:\p{Lu}\p{Ll}{0,3}|\p{Ll}))\.$")
_PAGE_MARK = regex.compile(r"\s*(?:[–-]\s*\d{1,3}\s*[–-]|Seite\s+\d{1,3}\s+von\s+\d{1,3})\s*$")


@dataclass(frozen=True, slots=True)
class AnnexBlock:
    """An annex: the first line of its heading (of up to three lines, with a running head or a
    page number printed over it), and the lines after the heading (body line numbers)."""

    heading: int
    block: Block
    title: str
    questions: tuple[str, ...]

    @property
    def start(self) -> int:
        """The annex's first line: its heading, or the first line of the table that the DIP
        text printed before a bare heading (``_table_before``)."""
        return min(self.heading, self.block.start)


def is_heading(line: str, before: str = "") -> bool:
    """Whether ``line`` heads an annex; ``before`` is the line printed before it."""
    text = line.strip()
    if not text.startswith("Anlage") or len(text) > MAX_TITLE:
        return False  # most lines: one cheap test
    if "*" in text or _SENTENCE_END.search(text):
        return False
    shape = _HEADING.match(text)
    if shape is None or (shape["name"] and len(text) > MAX_NAMED):
        return False
    words = before.split()
    if not words:
        return True
    last = words[-1]
    return not (last in _RUNS_ON or last.endswith(",") or (len(last) > 1 and last.endswith("-")))


def heading_lines(texts: Sequence[str], i: int, end: int) -> int:
    """How many lines the heading at ``i`` takes: it goes on into the next line while its
    title runs on (``TITLE_RUNS_ON``, ``_TITLE_GOES_ON``), up to ``MAX_HEADING_LINES``."""
    count = 1
    while count < MAX_HEADING_LINES and i + count < end:
        following = texts[i + count].strip()
        if not following or following.startswith("Anlage") or len(following) > MAX_HEADING:
            break
        words = texts[i + count - 1].split()
        bare = count == 1 and len(words) <= 2 and following.startswith(_TITLE_GOES_ON)
        if words[-1] not in TITLE_RUNS_ON and not bare:
            break
        count += 1
    return count


def title_of(line: str) -> str:
    """The heading as printed, white space folded, without a page number printed on its line
    ("Anlage zu Frage 73 – 1 –", "… Seite 1 von 10": the line stays whole in the text)."""
    return " ".join(_PAGE_MARK.sub("", line).split())


def questions_named(title: str) -> tuple[str, ...]:
    """The questions a heading names: 'Anlage 1 zu Frage 3' → ('3',); () when none."""
    # The number list of a question reference (``rx.QUESTION_REF``): "Fragen 1 a-c", "6 und 9".
    match = rx.QUESTION_REF.search(_PAGE_MARK.sub("", title))
    return expand_numbers(match["numbers"]) if match else ()


_WORD = regex.compile(r"\w+")


def _words(title: str) -> list[str]:
    """The words of a title (``title_of``: without its page mark): what two printings of a
    heading share."""
    return _WORD.findall(title)


def _numbered(words: list[str]) -> bool:
    """Whether a title's words give the annex a number ("Anlage 4b …")."""
    return len(words) > 1 and words[1][0].isdigit()


def _repeats(words: list[str], opened: Sequence[list[str]]) -> bool:
    """Whether a title of these ``words`` heads a page of an annex already open: the same
    words as an earlier title, or the first words of one (or it the first of this one's),
    "Anlage" and at least its number or one more word ("Anlage zu BT.-Drs. 21/758 /" under
    "Anlage zu BT.-Drs. 21/758 / Thema: …").  A bare "Anlage" repeats only a bare "Anlage",
    and only where no heading opened has a number: among numbered headings it is one whose
    number the DIP text lost ("Anlage 7", "Anlage", "Anlage", "Anlage 10"), a new annex."""
    if len(words) == 1 and any(_numbered(other) for other in opened):
        return False
    for other in opened:
        shorter, longer = sorted((words, other), key=len)
        if shorter == longer or (len(shorter) >= 2 and longer[: len(shorter)] == shorter):
            return True
    return False


# A line that holds only a page number: "1", "- 2 -", "Seite 1 von 8", "Seite 2".
_PAGE_LINE = regex.compile(r"\d{1,3}|[–-]\s*\d{1,3}\s*[–-]|Seite\s+\d{1,3}(?:\s+von\s+\d{1,3})?")


def _merge_page_heads(
    texts: Sequence[str], heads: list[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[Block]]:
    """Heads with a running head and the title below it as one: a heading followed by nothing
    but a page number before the next heading ("Anlage KA 21/801" / "1" / "Anlage zu Frage
    44") is the head of the page that the next one titles, unless the two give the annex
    different numbers or name different questions.  The annex starts at the running head
    (the last answer ends before it) and takes the lower title; the running head's lines are
    returned as page furniture, for the pipeline to take out as a running head (its page
    number stands between it and the title, part of the heading, in no text)."""
    merged: list[tuple[int, int, str]] = []
    furniture: list[Block] = []
    for head in heads:
        if merged and _page_head_over(texts, merged[-1], head):
            furniture.append(Block(merged[-1][0], merged[-1][1]))
            merged[-1] = (merged[-1][0], head[1], head[2])
        else:
            merged.append(head)
    return merged, furniture


def _page_head_over(
    texts: Sequence[str], upper: tuple[int, int, str], lower: tuple[int, int, str]
) -> bool:
    """Whether ``upper`` is a page head printed over the heading ``lower``."""
    if any(
        not _PAGE_LINE.fullmatch(text.strip()) and text.strip()
        for text in texts[upper[1] : lower[0]]
    ):
        return False
    numbers = [_words(title)[1] for title in (upper[2], lower[2]) if _numbered(_words(title))]
    named = [questions_named(title) for title in (upper[2], lower[2])]
    return len(set(numbers)) < 2 and len({q for q in named if q}) < 2


def find_annexes(
    texts: Sequence[str], start: int, end: int, imprint: int | None = None
) -> tuple[list[AnnexBlock], list[Block]]:
    """The annexes whose headings stand in ``texts[start:end]``, each running to the next
    heading of a new annex (or ``end``), and the running heads printed over their titles
    (``_merge_page_heads``).  ``imprint`` is the line the last page's imprint stood before,
    if it stood inside ``texts[start:end]``: what follows it is annex material
    (``_first_page``)."""
    heads: list[tuple[int, int, str]] = []  # the heading's first line, one past its last, title
    opened: list[list[str]] = []  # the words of each title, for ``_repeats``
    repeated: list[tuple[int, int, list[str]]] = []  # headings printed again on later pages
    # A plain search first: the lines after the last question run to tens of thousands in an
    # answer with long annexes, and few of them hold the word.
    for i in [i for i, text in enumerate(texts[start:end], start) if "Anlage" in text]:
        if is_heading(texts[i], texts[i - 1] if i > 0 else ""):
            after = i + heading_lines(texts, i, end)
            title = title_of(" ".join(texts[i:after]))
            words = _words(title)
            if not _repeats(words, opened):
                heads.append((i, after, title))
                opened.append(words)
            else:
                repeated.append((i, after, words))
    heads, furniture = _merge_page_heads(texts, heads)
    # A running head is furniture on every page it heads, not only over the title.
    running = [_words(title_of(" ".join(texts[b.start : b.end]))) for b in furniture]
    furniture += [Block(i, after) for i, after, words in repeated if words in running]
    if not heads:
        return [], furniture
    stops = [head for head, _, _ in heads[1:]] + [end]
    found = [
        AnnexBlock(head, Block(after, stop), title, questions_named(title))
        for (head, after, title), stop in zip(heads, stops, strict=True)
    ]
    found[0] = _first_page(texts, start, found[0], imprint)
    return found, furniture


def _first_page(
    texts: Sequence[str], start: int, first: AnnexBlock, imprint: int | None
) -> AnnexBlock:
    """The first annex with what the DIP text printed of its first page between the last
    answer and its heading: a page number (part of its heading, in no text, as a running head
    over its title is); over a bare heading, the page's first table; and all that stands
    after the imprint of the last page, which the DIP text prints before the annexes (the
    annex's first page, its heading printed below it or at a line's end).  The last two are
    part of its text, which then holds the heading's lines where they were printed."""
    top = _page_marks_over(texts, start, first.heading)
    table = _table_before(texts, start, top) if first.title == "Anlage" else top
    if imprint is not None and start <= imprint < table:
        table = imprint
    block = Block(table, first.block.end) if table < top else first.block
    return AnnexBlock(top, block, first.title, first.questions)


def annexes_after(
    texts: Sequence[str], last: int, end: int, imprint: int | None
) -> tuple[list[AnnexBlock], list[Block]]:
    """The annexes after the last question (``last``; ``find_annexes``), and their page
    furniture: the running heads over their titles, and the page head naming the Kleine
    Anfrage over the first one's heading (``inquiry_head``), if any."""
    found, furniture = find_annexes(texts, last, end, imprint)
    head = inquiry_head(texts, last, found[0]) if found else None
    return found, furniture if head is None else [head, *furniture]


MAX_INQUIRY_HEAD = 6
"""The most lines of a page head naming the Kleine Anfrage (askers, number, title)."""


def inquiry_head(texts: Sequence[str], start: int, first: AnnexBlock) -> Block | None:
    """The page head over the first annex's heading that names the Kleine Anfrage the annex
    answers ("Kleine Anfrage der Fraktion der AfD auf BT-Drs. 21/138", or over several lines:
    askers, "- Drucksache 21/817 vom 09.07.2025", the title in brackets), with the page
    number, if any, below it left to the heading: a line that opens so, a few lines above the
    heading, with no sentence ending in or after it.  None when there is none.

    It is furniture of the annex's page, no part of the last answer; the pipeline takes it
    out as a running head (in ``removed``: in a text, ``render`` and a PDF would print it
    joined to the heading, and read its references otherwise)."""
    i = first.heading - 1
    seen = 0
    while i > start and seen < MAX_INQUIRY_HEAD:
        text = texts[i].strip()
        if _prose(text):
            return None
        if text.startswith("Kleine Anfrage"):
            return Block(i, first.heading)
        seen += bool(text)
        i -= 1
    return None


def _page_marks_over(texts: Sequence[str], start: int, heading: int) -> int:
    """The first line of the first annex's heading with the page number printed over it: the
    DIP text drops the print's own page numbers, not those of an annex's pages ("1", "Seite 1
    von 8", "- 1 -"), so one standing between the last answer and the first heading is the
    annex's.  A bare number counts only as "1" (another is rather the last cell of the
    answer's table); the line after the last question stays the answer's."""
    first = heading
    i = heading - 1
    while i > start:
        text = texts[i].strip()
        if text and (not _PAGE_LINE.fullmatch(text) or (text.isdigit() and text != "1")):
            break
        if text:
            first = i
        i -= 1
    return first


# The lines that close a table and end like a sentence, yet are no prose of the answer.
_TABLE_NOTES = ("Ende der Tabelle", "©", "Quelle")


def _table_before(texts: Sequence[str], start: int, heading: int) -> int:
    """Where the annex of a bare heading begins: a heading of the one word "Anlage" stands at
    the top of the annex's first page, and the DIP text may put it among the lines of that
    page's first table ("IPCEI-CIS FACIS" / "Anlage" / "IPCEI-CIS growING").  The table runs
    back to the last answer's last sentence: the annex begins after it, if the lines between
    are two or more short ones (table rows, not the one-line paragraphs of a rendered text)
    and that sentence does not announce them ("… der folgenden Übersicht zu entnehmen.",
    "… nach Ländern:").  Else (``heading``) the lines before the heading stay in the answer."""
    i = heading - 1
    while i >= start and not _prose(texts[i]):
        if len(texts[i].strip()) > MAX_HEADING:
            return heading
        i -= 1
    last = texts[i].strip() if i >= start else ""
    if heading - i < 3 or not last or last.endswith(":") or "folgend" in last:
        return heading
    return i + 1


def _prose(line: str) -> bool:
    """Whether a line ends a sentence of prose (a table's end mark or source line does not)."""
    text = line.strip()
    if text.endswith((":", "?", "!")):
        return True
    return _SENTENCE_END.search(text) is not None and not text.startswith(_TABLE_NOTES)
