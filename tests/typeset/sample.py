"""Hand-built answers to typeset: a small one with every feature, and long ones for benchmarks."""

from __future__ import annotations

import datetime as dt

from drucksache.models import (
    Answer,
    Document,
    Footnote,
    Metadata,
    Question,
    QuestionPart,
    Segment,
    Span,
)

METADATA = Metadata(
    drucksache="21/7652",
    wahlperiode=21,
    date=dt.date(2026, 8, 17),
    kind="antwort",
    inquiry="21/7449",
    title="Sicherheitsüberprüfungen von Schutzsuchenden im Rahmen von Relocation-Verfahren",
    askers=("Clara Bünger", "Nicole Gohlke", "Gökay Akbulut"),
    fraktionen=("Die Linke",),
    ministry="Bundesministerium des Innern",
    transmitted=dt.date(2026, 8, 14),
)

PREAMBLE = (
    "Seit 2018 nimmt Deutschland Schutzsuchende, die aus Seenot gerettet wurden, im Rahmen von "
    "Relocation-Verfahren auf. Teil dieser Verfahren sind sogenannte Sicherheitsüberprüfungen, "
    "die vom Bundesamt für Verfassungsschutz, vom Bundeskriminalamt und von der Bundespolizei "
    "durchgeführt werden.\n"
    "Diese Relocation-Verfahren und die dazugehörenden Sicherheitsüberprüfungen stehen "
    "aufgrund der Dauer der Verfahren und der fehlenden Informationen für Betroffene in der "
    "Kritik (vgl. Bundestagsdrucksachen 19/9703 und 19/14638)."
)
GOVERNMENT_PREAMBLE = (
    "Die Bundesregierung beantwortet die Kleine Anfrage auf der Grundlage der ihr vorliegenden "
    "Erkenntnisse. Die Sicherheitsbehörden des Bundes arbeiten bei den "
    "Sicherheitsüberprüfungen eng mit den Behörden anderer EU-Mitgliedstaaten zusammen; "
    "Einzelheiten der Zusammenarbeit unterliegen der Geheimhaltung."
)
QUESTIONS = (
    "Wie viele Sicherheitsüberprüfungsverfahren wurden 2025 und im bisherigen Jahr 2026 "
    "durchgeführt, und in wie vielen Fällen wurden Sicherheitsbedenken von beteiligten "
    "Behörden festgestellt (bitte nach Monaten und Staatsangehörigkeit aufschlüsseln)?",
    "Was waren bei den durchgeführten Sicherheitsüberprüfungsverfahren die jeweiligen "
    "konkreten Gründe für diese Bedenken?",
    "Hat das Bundesamt für Verfassungsschutz mit Behörden anderer EU-Mitgliedstaaten im "
    "Rahmen von Sicherheitsüberprüfungen Schutzsuchender kooperiert, und wenn ja, mit welchen "
    "Behörden?\nWelche Daten wurden dabei übermittelt?",
)
PARTS = (
    "Welche Sicherheitsbehörden mit wie vielen Mitarbeiterinnen und Mitarbeitern führen die "
    "Interviews an der deutschen Botschaft durch?",
    "Gibt es konkrete Planungen dazu, die Zahl der Sicherheitsbefragungen zu erhöhen?",
)
ANSWERS = (
    "Im Jahr 2025 wurden insgesamt 1 234 Sicherheitsüberprüfungsverfahren durchgeführt. In "
    "17 Fällen haben die beteiligten Behörden Sicherheitsbedenken geäußert. Eine "
    "Aufschlüsselung nach Monaten und Staatsangehörigkeiten ist der folgenden Übersicht zu "
    "entnehmen; eine weitergehende statistische Erfassung erfolgt nicht.",
    "Die Gründe für Sicherheitsbedenken sind einzelfallbezogen und werden nicht statistisch "
    "erfasst. Eine Beantwortung im Sinne der Fragestellung würde eine Auswertung sämtlicher "
    "Verfahrensakten erfordern, die mit vertretbarem Verwaltungsaufwand nicht möglich ist.",
    "Es wird auf die Vorbemerkung der Bundesregierung verwiesen. Ergänzend wird darauf "
    "hingewiesen, dass die Zusammenarbeit auf der Grundlage der einschlägigen "
    "Rechtsvorschriften der Europäischen Union erfolgt.",
    "An den Befragungen sind Beschäftigte des Bundesamtes für Verfassungsschutz, des "
    "Bundeskriminalamtes und der Bundespolizei beteiligt. Die Personalplanung erfolgt "
    "bedarfsorientiert und wird fortlaufend angepasst.",
)


class _TextBuilder:
    """Collects segment texts into ``Document.text`` so that every span points at its text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def span(self, text: str) -> Span:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return Span(start=start, end=self.length)

    def text(self) -> str:
        return "".join(self.parts)


def sample_document() -> Document:
    """A short answer with both preambles, sub-questions, a grouped answer and a footnote."""
    out = _TextBuilder()
    preamble = Segment(text=PREAMBLE, span=out.span(PREAMBLE))
    government = Segment(text=GOVERNMENT_PREAMBLE, span=out.span(GOVERNMENT_PREAMBLE))
    q1 = Question(number="1", text=QUESTIONS[0], span=out.span(QUESTIONS[0]))
    q2 = Question(number="2", text=QUESTIONS[1], span=out.span(QUESTIONS[1]))
    a1 = Answer(
        questions=("1", "2"),
        text=ANSWERS[0],
        span=out.span(ANSWERS[0]),
        grouping="Die Fragen 1 und 2 werden im Zusammenhang beantwortet.",
    )
    q3 = Question(number="3", text=QUESTIONS[2], span=out.span(QUESTIONS[2]))
    a3 = Answer(questions=("3",), text=ANSWERS[2], span=out.span(ANSWERS[2]))
    parts = tuple(
        QuestionPart(label=label, text=text, span=out.span(text))
        for label, text in zip("ab", PARTS, strict=True)
    )
    lead = "Wie ist die Zusammenarbeit zwischen den Behörden ausgestaltet?"
    q4 = Question(number="4", text=lead, span=out.span(lead), parts=parts)
    a4 = Answer(questions=("4",), text=ANSWERS[3], span=out.span(ANSWERS[3]))
    footnote = Footnote(mark="1", text="https://www.bundesregierung.de/breg-de/suche", page=1)
    return Document(
        metadata=METADATA,
        preamble=preamble,
        government_preamble=government,
        questions=(q1, q2, q3, q4),
        answers=(a1, a3, a4),
        footnotes=(footnote,),
        text=out.text(),
    )


def long_document(n_questions: int) -> Document:
    """An answer with both preambles and ``n_questions`` questions, each answered in turn."""
    out = _TextBuilder()
    preamble = Segment(text=PREAMBLE, span=out.span(PREAMBLE))
    government = Segment(text=GOVERNMENT_PREAMBLE, span=out.span(GOVERNMENT_PREAMBLE))
    questions: list[Question] = []
    answers: list[Answer] = []
    for index in range(1, n_questions + 1):
        question = QUESTIONS[index % len(QUESTIONS)]
        body = f"{ANSWERS[index % len(ANSWERS)]}\n{ANSWERS[(index + 1) % len(ANSWERS)]}"
        number = str(index)
        questions.append(Question(number=number, text=question, span=out.span(question)))
        answers.append(Answer(questions=(number,), text=body, span=out.span(body)))
    return Document(
        metadata=METADATA,
        preamble=preamble,
        government_preamble=government,
        questions=tuple(questions),
        answers=tuple(answers),
        text=out.text(),
    )
