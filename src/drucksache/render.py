"""``render(document) -> str``: the canonical text of a Document, in the DIP text layout.

The output reads like a DIP text: header, title block, letter-spaced Vorbemerkung headings,
questions with their numbers (" 1." for 1–9), the grouping sentence before a grouped answer,
the annexes after the last answer (heading line, then text), the page-1 note after the title
block and, where the document had one, its imprint: at the end, or before the annexes where it
stood there (a DIP text prints them after the imprint of the last page).  Each paragraph is one
line, so no line-end hyphen has to be decided when the text is parsed again.  For a document in
canonical form (one that came from ``parse_text(render(…))``), ``parse_text(render(doc)) == doc``.
"""

from __future__ import annotations

import regex

from .grouping import base_number, find_grouping
from .line_ends import url_like
from .ministries import genitive
from .models import Document, Metadata, Question
from .part_ends import ends_question
from .regexes import MONTH_NAMES

FRAGETEXT = "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext."


_REQUEST = regex.compile(r"(?<=\?)\s+(?=\()")
# The end of a sentence where a line may break: a full stop after a word of five letters or
# more ending in lower case ("verwiesen.", not the abbreviations "z. B.", "bzw.", "Nr."), before
# a capitalised word or a figure joined to more ("250613_Anlage"): not a number that would
# open a question ("2. Wie …"), a footnote ("2 Siehe …") or a date ("13.01.2025").
_SENTENCE_BREAK = regex.compile(r"(?<=\p{L}{4}\p{Ll})\.\s+(?=\p{Lu}\p{Ll}+\s|\d+[^\s.\d)])")


def letter_spaced(heading: str) -> str:
    """'Vorbemerkung der Fragesteller' → 'V o r b e m e r k u n g  d e r  F r a g e …'."""
    return "  ".join(" ".join(word) for word in heading.split())


def render(document: Document) -> str:
    """The canonical text of ``document``."""
    # The imprint is furniture: printed again only where the document had one, where it stood.
    imprint = [r.text for r in document.removed if r.reason == "imprint"]
    lines = _header(document.metadata)
    lines += _note(document.metadata)
    if document.preamble is not None:
        if document.metadata.kind == "antwort":
            lines.append(letter_spaced("Vorbemerkung der Fragesteller"))
        lines.append(document.preamble.text)
    if document.metadata.kind == "kleine_anfrage":
        lines.append("Wir fragen die Bundesregierung:")
        lines += [line for q in document.questions for line in _question(q)]
    else:
        if document.government_preamble is not None:
            lines.append(letter_spaced("Vorbemerkung der Bundesregierung"))
            lines.append(document.government_preamble.text)
        lines += _questions_and_answers(document)
        if imprint_before_annexes(document):
            lines += imprint
            imprint = []
        lines += _annexes(document)
    lines += imprint
    return "\n".join(lines) + "\n"


def imprint_before_annexes(document: Document) -> bool:
    """Whether the last page's imprint stood before the annexes: a DIP text prints them after
    it, and what follows it is annex material to the parse (``annexes._first_page``)."""
    stood = _imprint_at(document)
    return bool(document.annexes) and stood is not None and stood <= document.annexes[0].span.start


def _imprint_at(document: Document) -> int | None:
    """Where the last page's imprint stood in the cleaned text, if the document had one."""
    stood = [r.at for r in document.removed if r.reason == "imprint"]
    return stood[-1] if stood else None


def annex_parts(document: Document, index: int) -> tuple[str, str, str]:
    """Annex ``index`` as printed: its text before its heading, the heading, the rest.

    Where the imprint of the last page stood right where the first annex's text begins, the
    text holds the annex's first page as the DIP text printed it after the imprint: lines
    before the heading, then the heading's lines (``annexes._first_page``).  Printed so, a
    parse reads the same title and text; a title line before the text would print the heading
    twice.  Any other annex: ("", title, text)."""
    annex = document.annexes[index]
    if index == 0:
        held = _held_heading(document)
        if held is not None:
            after = held + len(annex.title)
            return annex.text[:held].rstrip(), annex.title, annex.text[after:].lstrip()
    return "", annex.title, annex.text


def _held_heading(document: Document) -> int | None:
    """Where the first annex's text holds its title, if the text begins at the imprint."""
    annex = document.annexes[0]
    if _imprint_at(document) != annex.span.start:
        return None
    # The title as words of the text, after some of it: at its start it is no held heading.
    held = regex.search(rf"(?<= ){regex.escape(annex.title)}(?= |$)", annex.text)
    return held.start() if held else None


def _header(meta: Metadata) -> list[str]:
    lines: list[str] = []
    if meta.drucksache is None:
        # A text cut above its title (the seed): the title alone, where the parse reads it.
        return [meta.title] if meta.title else lines
    lines.append(f"Deutscher Bundestag Drucksache {meta.drucksache}")
    date = meta.date.strftime("%d.%m.%Y") if meta.date else ""
    lines.append(f"{meta.wahlperiode}. Wahlperiode {date}".rstrip())
    lines += ["Antwort", "der Bundesregierung"] if meta.kind == "antwort" else ["Kleine Anfrage"]
    askers = _askers(meta)
    if askers:
        prefix = "auf die Kleine Anfrage " if meta.kind == "antwort" else ""
        lines.append(prefix + askers)
    if meta.inquiry:
        lines.append(f"– Drucksache {meta.inquiry} –")
    if meta.title:
        lines.append(meta.title)
    return lines


def _askers(meta: Metadata) -> str:
    groups = " und ".join(meta.fraktionen)
    fraktion = ""
    if groups:
        word = "Fraktionen" if len(meta.fraktionen) > 1 else "Fraktion"
        article = "der " if meta.fraktionen[0] in {"AfD", "SPD", "CDU/CSU", "FDP", "BSW"} else ""
        fraktion = f"der {word} {article}{groups}"
    if not meta.askers:
        return fraktion
    names = ", ".join(meta.askers)
    return f"der Abgeordneten {names} und {fraktion}" if fraktion else f"der Abgeordneten {names}"


def _note(meta: Metadata) -> list[str]:
    if meta.ministry is None or meta.transmitted is None:
        return []
    day = meta.transmitted
    date = f"{day.day}. {MONTH_NAMES[day.month - 1]} {day.year}"
    return [
        "Die Antwort wurde namens der Bundesregierung mit Schreiben "
        f"{genitive(meta.ministry)} vom {date} übermittelt.",
        FRAGETEXT,
    ]


def _paragraphs(text: str) -> list[str]:
    """A question's text as printed lines: a request in parentheses after the question mark
    ('(Bitte nach Jahren aufschlüsseln.)') is a paragraph of its own."""
    return _REQUEST.split(text)


def _answer_lines(text: str) -> list[str]:
    """An answer's text as printed lines: one, unless it ends with a question mark (a table of
    the questions in an annex, read into the last answer).  Such a line right after a question
    would read as one more paragraph of it ("Wenn ja, welche?"); a line break after the first
    sentence, where no line-end rule joins other than with a space, keeps it an answer."""
    if not ends_question(text):
        return [text]
    for match in _SENTENCE_BREAK.finditer(text):
        first, rest = text[: match.start() + 1], text[match.end() :]
        if not url_like(first[first.rfind(" ") + 1 :]) and find_grouping(rest) is None:
            return [first, rest]
    return [text]


def _question(question: Question, upto: str | None = None) -> list[str]:
    """The question's lines, with its sub-questions up to ``upto`` (all when None)."""
    number = f" {question.number}." if len(question.number) == 1 else f"{question.number}."
    parts = [p for p in question.parts if upto is None or p.label <= upto]
    first = question.text.find(f"{question.parts[0].label}) ") if question.parts else -1
    lead = question.text[:first].rstrip() if first >= 0 else question.text
    lines = [f"{p.label}) {p.text}" for p in parts]
    if lead:
        lines = _paragraphs(lead) + lines
    lines = [line for text in lines for line in _paragraphs(text)]
    lines[0] = f"{number} {lines[0]}"
    return lines


def _questions_and_answers(document: Document) -> list[str]:
    """Each answer after the questions it covers, in the order of the answers.

    An answer with nothing printed before it would read on as the answer before.  Where its
    question was printed before an earlier grouped answer, together with another question of
    that group, the question waits for this answer instead: the grouping sentence names it
    there ("Die Fragen 6, 7 und 12 werden … gemeinsam beantwortet."), as the printed
    document does ("12." printed once, before "Auf die Antwort zu Frage 6 wird verwiesen.").
    """
    deferred: dict[str, int] = {}
    while True:
        printer = _Printer(document, deferred)
        lines = printer.print_all()
        wait = printer.to_defer()
        if wait is None:
            return lines
        deferred[wait[0]] = wait[1]


def _annexes(document: Document) -> list[str]:
    """Each annex after the answers: its heading line, then its text as one line; a text
    that holds its heading is printed around it (``annex_parts``)."""
    parts = [annex_parts(document, index) for index in range(len(document.annexes))]
    return [line for part in parts for line in part if line]


class _Printer:
    """Prints each question once, and a sub-question answered on its own right before its
    answer (so that the text reads back into the same answers).

    ``deferred`` maps a question's number to the index of the answer it waits for: before
    the answers ahead of that one it is left out.
    """

    def __init__(self, document: Document, deferred: dict[str, int]) -> None:
        self.document, self.deferred = document, deferred
        self.by_number = {q.number: q for q in document.questions}
        self.shown: dict[str, set[str]] = {}
        self.apart: dict[str, set[str]] = {}
        """Sub-questions that an answer names on their own, per question."""
        for answer in document.answers:
            for number in answer.questions:
                base = base_number(number)
                if number != base:
                    self.apart.setdefault(base, set()).add(number[len(base) :])
        self.printed: list[set[str]] = []
        """Per answer, the questions printed (in part) right before it."""
        self.first: dict[str, int] = {}
        """Per question, the answer it was first printed before."""
        self.read_on: list[int] = []
        """The answers with no question printed before them (a grouping sentence alone
        starts no answer): each reads on as the answer before."""

    def print_all(self) -> list[str]:
        """The questions and answers of the document, and questions left without an answer."""
        lines: list[str] = []
        for index, answer in enumerate(self.document.answers):
            printed: set[str] = set()
            for number in answer.questions:
                if shown := self.before(number, index):
                    printed.add(base_number(number))
                    lines += shown
            self.printed.append(printed)
            if not printed and index:
                self.read_on.append(index)
            if answer.grouping:
                lines.append(answer.grouping)
            lines += _answer_lines(answer.text)
        for question in self.document.questions:
            lines += self.before(question.number, len(self.document.answers))
        return lines

    def to_defer(self) -> tuple[str, int] | None:
        """The first question that should wait for a later answer (see ``_questions_and_answers``):
        its number and the answer's index; None if no answer reads on as the one before."""
        answers = self.document.answers
        for index in self.read_on:
            for number in answers[index].questions:
                base = base_number(number)
                earlier = self.first.get(base)
                if (
                    earlier is not None
                    and base not in self.deferred
                    and answers[earlier].grouping
                    and self.printed[earlier] - {base}
                ):
                    return base, index
        return None

    def before(self, number: str, index: int) -> list[str]:
        """What must be printed before answer ``index`` to ``number`` and is not yet."""
        question = self.by_number.get(base_number(number))
        if question is None or self.deferred.get(question.number, index) > index:
            return []
        letter = number[len(question.number) :]
        shown = self.shown.get(question.number)
        if shown is None:
            upto = letter or self._before_first_apart(question.number)
            self.shown[question.number] = {
                p.label for p in question.parts if upto is None or p.label <= upto
            }
            self.first[question.number] = index
            return _question(question, upto)
        part = next((p for p in question.parts if p.label == letter), None)
        if part is None or letter in shown:
            return []
        shown.add(letter)
        return _paragraphs(f"{letter}) {part.text}")

    def _before_first_apart(self, number: str) -> str | None:
        """An answer to the question alone comes before its sub-questions answered apart."""
        apart = self.apart.get(number)
        return chr(ord(min(apart)) - 1) if apart else None
