"""Every result type of the library: the JSON contract users script against.

All models are frozen pydantic models with ``extra="forbid"``; sequences are tuples so
that two parses of the same input compare equal and hash alike.  Offsets (``Span``) are
always into ``Document.text``, the cleaned text.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .grouping import base_number


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A half-open character range ``[start, end)`` in ``Document.text``."""

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")


class PageRange(_Model):
    """The pages of the PDF a segment was printed on (1-based, inclusive)."""

    first: int = Field(ge=1, description="First page.")
    last: int = Field(ge=1, description="Last page.")


class Segment(_Model):
    """A piece of the document with its place in the cleaned text."""

    text: str = Field(description="De-hyphenated, whitespace-normalised text.")
    span: Span = Field(description="Where the segment stands in the cleaned text.")
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the text's language ('de'), None if unknown."
    )
    pages: PageRange | None = Field(default=None, description="Pages in the PDF; None for text.")


class Metadata(_Model):
    """What the title block and the page-1 note say; a field a document lacks is None."""

    drucksache: str | None = Field(default=None, description="Number of this Drucksache, '21/145'.")
    wahlperiode: int | None = Field(default=None, description="Electoral term, 21.")
    date: dt.date | None = Field(default=None, description="Date printed in the header.")
    kind: Literal["antwort", "kleine_anfrage"] = Field(
        description="'antwort' for the government's answer, 'kleine_anfrage' for the question side."
    )
    inquiry: str | None = Field(
        default=None, description="The Kleine Anfrage this answers, '21/60'; None for an inquiry."
    )
    title: str | None = Field(default=None, description="Title, whitespace-normalised.")
    askers: tuple[str, ...] = Field(default=(), description="Members who asked, as printed.")
    fraktionen: tuple[str, ...] = Field(default=(), description="Parliamentary groups who asked.")
    ministry: str | None = Field(
        default=None,
        description="Ministry that transmitted the answer, in the nominative "
        "('Bundesministerium des Innern').",
    )
    transmitted: dt.date | None = Field(
        default=None, description="Date of the letter that transmitted the answer."
    )


class QuestionPart(Segment):
    """A sub-question a), b), … of a numbered question."""

    label: str = Field(description="The letter, 'a'.")


class Question(Segment):
    """A numbered question as the answer reprints it (or the inquiry prints it)."""

    number: str = Field(description="The number as printed, '1' … 'N'.")
    parts: tuple[QuestionPart, ...] = Field(default=(), description="Sub-questions a), b), ….")


class Answer(Segment):
    """The government's answer to one question or a group of questions."""

    questions: tuple[str, ...] = Field(
        description="Numbers answered: ('3', '4') for a group, ('6a', '6b') for sub-questions."
    )
    grouping: str | None = Field(
        default=None, description="The sentence that groups the questions, if there is one."
    )


class Annex(Segment):
    """An annex (Anlage) printed after the last answer: tables or text under a heading.

    Its text is the lines after the heading; a heading repeated at the top of a later page
    of an annex stays in its text, where it was printed.  Where the text put a bare "Anlage"
    heading among the lines of its first page's table, the text begins with that table and
    holds the heading line where it was printed.
    """

    title: str = Field(
        description="The heading as printed (its line, or up to three lines where its title "
        "runs on), white space folded, without a page number printed on it ('– 1 –'): "
        "'Anlage 1 zu Frage 3'."
    )
    questions: tuple[str, ...] = Field(
        default=(),
        description="Numbers of the questions the heading names: ('3',) for 'Anlage 1 zu "
        "Frage 3'; () when it names none.",
    )


ReferenceKind = Literal["drucksache", "plenarprotokoll", "question", "preamble"]


class Reference(_Model):
    """A cross-reference found in the text."""

    kind: ReferenceKind = Field(
        description="'drucksache' / 'plenarprotokoll' point outside; 'question' / 'preamble' "
        "point into this document."
    )
    text: str = Field(description="The reference as printed (white space folded).")
    span: Span = Field(description="Where it stands in the cleaned text.")
    wahlperiode: int | None = Field(default=None, description="Electoral term of the target.")
    number: str | None = Field(
        default=None, description="Target number, '19/21858' (thin spaces removed)."
    )
    question: str | None = Field(
        default=None, description="The question named: '42' in 'Antwort zu Frage 42 … 19/21858'."
    )
    preamble: Literal["preamble", "government_preamble"] | None = Field(
        default=None,
        description="Which preamble is meant: of this document for kind 'preamble', of the "
        "target for kind 'drucksache' ('die Vorbemerkung der Bundesregierung … auf Drucksache …').",
    )
    resolved: bool = Field(
        default=False,
        description="For references into this document: the question or preamble exists here.",
    )


class Footnote(_Model):
    """A footnote: smaller type at a page foot in a PDF; in a text, a '* …' note line, or a
    numbered note printed inside the word it broke ('Um-' / '1 vgl. …' / 'satzsteuersätze')."""

    mark: str = Field(description="The footnote mark, '1' or '*'.")
    text: str = Field(description="The footnote text.")
    page: int | None = Field(default=None, ge=1, description="PDF page it is printed on.")
    line: int | None = Field(default=None, ge=1, description="Input line, for text input.")
    references: tuple[Reference, ...] = Field(
        default=(), description="Cross-references in the footnote; spans point into its text."
    )


# "inline_break": a space, or a hyphen and a space, or a hyphen, that the source text left
# inside a line where a line of its own source ended ("Express- dienste", "Batte-rie").
RemovedReason = Literal[
    "page_header",
    "title_block",
    "page1_note",
    "imprint",
    "running_head",
    "page_number",
    "duplicate",
    "inline_break",
    "vorabfassung",
]


class Removed(_Model):
    """A piece of input text that cleaning took out, and why."""

    reason: RemovedReason = Field(description="Why it was taken out.")
    text: str = Field(description="The text that was taken out.")
    line: int | None = Field(default=None, description="1-based line of the input it started on.")
    page: int | None = Field(default=None, description="PDF page, for PDF input.")
    at: int = Field(ge=0, description="Offset in the cleaned text where it used to stand.")


WarningCode = Literal[
    "empty_document",
    "no_questions",
    "numbering_gap",
    "duplicate_question",
    "question_without_answer",
    "part_without_answer",
    "answer_without_question",
    "ambiguous_grouping",
    "unresolved_reference",
    "missing_metadata",
]


class ParseWarning(_Model):
    """Odd structure that the parser recovered from."""

    code: WarningCode = Field(description="Machine-readable kind of warning.")
    message: str = Field(description="What is odd, in words.")
    span: Span | None = Field(default=None, description="Where, if it has a place.")


class Document(_Model):
    """A parsed answer to a Kleine Anfrage (or the Kleine Anfrage itself)."""

    metadata: Metadata = Field(description="Title block and page-1 note.")
    preamble: Segment | None = Field(
        default=None, description="Vorbemerkung der Fragesteller, None when absent."
    )
    government_preamble: Segment | None = Field(
        default=None, description="Vorbemerkung der Bundesregierung, None when absent."
    )
    questions: tuple[Question, ...] = Field(default=(), description="Numbered questions.")
    answers: tuple[Answer, ...] = Field(default=(), description="Answers, in printed order.")
    annexes: tuple[Annex, ...] = Field(
        default=(),
        description="Annexes (Anlagen) after the last answer, in printed order; the last "
        "answer ends before the first.",
    )
    references: tuple[Reference, ...] = Field(default=(), description="Cross-references.")
    footnotes: tuple[Footnote, ...] = Field(
        default=(), description="Footnotes, kept out of the text of the segments around them."
    )
    removed: tuple[Removed, ...] = Field(default=(), description="Text taken out by cleaning.")
    warnings: tuple[ParseWarning, ...] = Field(default=(), description="Recovered oddities.")
    text: str = Field(description="The cleaned text that every span points into.")

    def question(self, number: str) -> Question | None:
        """The question with this number, or None."""
        return next((q for q in self.questions if q.number == number), None)

    def answer_to(self, number: str) -> Answer | None:
        """The answer to ``number``: a question ('4') or a sub-question ('4a').

        An answer that names it exactly comes first; else one to the whole question (for a
        sub-question), or to one of its sub-questions (for a question).  None if there is none.
        """
        exact = next((a for a in self.answers if number in a.questions), None)
        if exact is not None:
            return exact
        for answer in self.answers:
            for answered in answer.questions:
                if answered == base_number(number) or base_number(answered) == number:
                    return answer
        return None
