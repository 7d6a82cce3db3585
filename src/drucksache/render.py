"""``render(document) -> str``: the canonical text of a Document, in the DIP text layout.

The output reads like a DIP text: header, title block, letter-spaced Vorbemerkung headings,
questions with their numbers (" 1." for 1–9), the grouping sentence before a grouped answer,
the page-1 note after the title block and the imprint at the end.  Each paragraph is one line,
so no line-end hyphen has to be decided when the text is parsed again.  For a document in
canonical form (one that came from ``parse_text(render(…))``), ``parse_text(render(doc)) == doc``.
"""

from __future__ import annotations

from .grouping import base_number
from .ministries import genitive
from .models import Answer, Document, Metadata, Question

IMPRINT = (
    "Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei, "
    "Bessemerstraße 83–91, 12103 Berlin, www.heenemann-druck.de",
    "Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln, "
    "Telefon (02 21) 97 66 83 40, Fax (02 21) 97 66 83 44, www.bundesanzeiger-verlag.de",
    "ISSN 0722-8333",
)
FRAGETEXT = "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext."
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip


def letter_spaced(heading: str) -> str:
    """'Vorbemerkung der Fragesteller' → 'V o r b e m e r k u n g  d e r  F r a g e …'."""
    return "  ".join(" ".join(word) for word in heading.split())


def render(document: Document) -> str:
    """The canonical text of ``document``."""
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
    lines += IMPRINT
    return "\n".join(lines) + "\n"


def _header(meta: Metadata) -> list[str]:
    lines: list[str] = []
    if meta.drucksache is None:
        return lines
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
    date = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return [
        "Die Antwort wurde namens der Bundesregierung mit Schreiben "
        f"{genitive(meta.ministry)} vom {date} übermittelt.",
        FRAGETEXT,
    ]


def _question(question: Question) -> list[str]:
    number = f" {question.number}." if len(question.number) == 1 else f"{question.number}."
    if not question.parts:
        return [f"{number} {question.text}"]
    first_part = question.text.find(f"{question.parts[0].label}) ")
    lead = question.text[:first_part].rstrip() if first_part > 0 else question.text
    return [f"{number} {lead}"] + [f"{p.label}) {p.text}" for p in question.parts]


def _questions_and_answers(document: Document) -> list[str]:
    """Each answer after the questions it covers, in the order of the answers."""
    lines: list[str] = []
    printed: set[str] = set()
    by_number = {q.number: q for q in document.questions}
    for answer in document.answers:
        for number in _printed_before(answer, by_number):
            if number not in printed:
                lines += _question(by_number[number])
                printed.add(number)
        if answer.grouping:
            lines.append(answer.grouping)
        lines.append(answer.text)
    for question in document.questions:
        if question.number not in printed:
            lines += _question(question)
    return lines


def _printed_before(answer: Answer, by_number: dict[str, Question]) -> list[str]:
    numbers = [n for n in answer.questions if n in by_number]
    numbers += [base_number(n) for n in answer.questions if base_number(n) in by_number]
    return list(dict.fromkeys(numbers))
