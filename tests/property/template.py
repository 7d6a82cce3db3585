"""Print a ``DocSpec`` as a DIP text, independently of ``drucksache.render``.

The layout follows the real DIP texts in the corpus: the two header lines, "Antwort" / "der
Bundesregierung", the askers, "– Drucksache 21/… –", the title, letter-spaced Vorbemerkung
headings, questions with their numbers (" 1." for 1–9), grouping sentences, answers, the
page-1 note spliced in wherever the foot of page 1 fell (mid-paragraph too) and the imprint.
Paragraphs are wrapped at ``layout.width``; words break at real hyphens, URLs anywhere, and with
``layout.hyphenate`` long words at pyphen's German hyphenation points, as in a PDF extraction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

import pyphen
from typeset.furniture import IMPRINT
from typeset.furniture import NOTE_FRAGETEXT as FRAGETEXT

from .strategies import AnswerSpec, DocSpec, Layout, Paragraph, QuestionSpec
from .vocabulary import MONTHS, WITH_ARTICLE

NOTE_WIDTH = 115
"""The page-1 note runs across the whole page: DIP lines of it are longer."""
EDGE = "()[]„“\"'.,;:!?"
# A soft break must not leave a continuation that reads as a suspended compound's partner.
SUSPENSION = frozenset({"und", "oder", "bis", "als", "wie", "noch", "sowie"})
_HARD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_CAPS_SLASH = re.compile(r"(?<=[\dA-ZÄÖÜ])/(?=[A-ZÄÖÜ])")

# Breaks the parser got wrong until 5f977d7 … c2cfe87, each pinned by a test in
# test_hyphenation.py or test_header.py: URLs broken after or before a dot and before a capital,
# a slash at a line end, 'CDU/' / 'CSU' and 'und SPD' in the askers block, a soft break before
# a rest that holds a hyphen ('Eisen-' / 'bahn-Bundesamt').


@cache
def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="de_DE", left=3, right=3)


def letter_spaced(heading: str) -> str:
    return "  ".join(" ".join(word) for word in heading.split())


def core(token: str) -> str:
    return token.strip(EDGE)


class Wrapper:
    """Greedy line breaking with the breaks a Bundestag PDF makes.

    A soft (pyphen) break of a word is only made while another occurrence of the same word
    stays unbroken somewhere in the document: the parser's documented rule is that the
    document's own spelling decides, and the word list is a fallback tested on its own.
    """

    def __init__(self, layout: Layout, words: Counter[str]) -> None:
        self.layout = layout
        self.words = words
        self.broken: Counter[str] = Counter()

    def wrap(self, text: str, indent: str = "", soft: bool = True, width: int = 0) -> list[str]:
        """``text`` as lines of at most ``width`` characters; ``indent`` opens the first.

        ``soft``: break words at pyphen's points too.
        """
        width = (width or self.layout.width) - len(indent)
        lines: list[str] = []
        current = ""
        tokens = text.split(" ")
        while tokens:
            token = tokens.pop(0)
            if not current:
                current = token
                continue
            if len(current) + 1 + len(token) <= width:
                current += " " + token
                continue
            split = self._split(token, width - len(current) - 1, soft)
            if split is not None:
                head, rest = split
                lines.append(current + " " + head)
                current = ""
                tokens.insert(0, rest)
                continue
            lines.append(current)
            current = token
        lines.append(current)
        lines[0] = indent + lines[0]
        return lines

    def _split(self, token: str, room: int, soft: bool) -> tuple[str, str] | None:
        """The longest first piece of ``token`` that fits in ``room`` characters, and the rest."""
        if room < 3:
            return None
        for head, rest, word in self._candidates(token, soft):
            if len(head) <= room:
                if word:
                    self.broken[word] += 1
                return head, rest
        return None

    def _candidates(self, token: str, soft: bool) -> list[tuple[str, str, str]]:
        """Possible breaks, longest first piece first: (piece at line end, rest, word broken)."""
        if "www." in token or "://" in token:
            return _url_breaks(token)
        out = [(token[: m.end()], token[m.end() :], "") for m in _HARD_HYPHEN.finditer(token)]
        # After a slash between capitals: "BÜNDNIS 90/" / "DIE GRÜNEN", as in 21-1136.
        out += [(token[: m.end()], token[m.end() :], "") for m in _CAPS_SLASH.finditer(token)]
        word = core(token)
        if soft and self.layout.hyphenate and self._may_break(word):
            lead = token.index(word)
            mark = self.layout.soft_hyphen
            for piece in _soft_points(word):
                at = lead + piece
                out.append((token[:at] + mark, token[at:], word))
        return sorted(out, key=lambda c: -len(c[0]))

    def _may_break(self, word: str) -> bool:
        return self.broken[word] + 1 < self.words[word]


def _url_breaks(token: str) -> list[tuple[str, str, str]]:
    """DIP breaks URLs anywhere, without a hyphen.

    '.html' stays whole on the next line, so that the continuation shows it is part of a URL
    (a break before a plain word is ambiguous: 'www.bund.de/' / 'und' may be a URL and a word).
    """
    first = token.find("://") + 3 if "://" in token else token.find("www.") + 4
    last = token.rfind(".html")
    return [(token[:i], token[i:], "") for i in range(last, first - 1, -1)]


def _soft_points(word: str) -> list[int]:
    """Offsets in ``word`` where pyphen allows a break inside a hyphen-free component."""
    points: list[int] = []
    start = 0
    for component in word.split("-"):
        if component.isalpha() and len(component) >= 6:
            for head, tail in _pyphen().iterate(component):
                if tail.lower() not in SUSPENSION:
                    points.append(start + len(head))
        start += len(component) + 1
    return points


def _invisible_soft_hyphens(line: str) -> str:
    """Put U+00AD into long words in the middle of a line, where print shows nothing."""
    tokens = line.split(" ")
    for k, token in enumerate(tokens[:-1]):
        if token.isalpha() and len(token) >= 10:
            points = [len(h) for h, _ in _pyphen().iterate(token)]
            if points:
                tokens[k] = token[: points[-1]] + "\u00ad" + token[points[-1] :]
    return " ".join(tokens)


# --- the document ---------------------------------------------------------------------------------


def _date_words(day: object) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"  # type: ignore[attr-defined]


def _fraktion_phrase(fraktionen: tuple[str, ...]) -> str:
    first, *others = fraktionen
    article = "der " if first in WITH_ARTICLE else ""
    word = "Fraktionen" if others else "Fraktion"
    return f"der {word} {article}{' und '.join(fraktionen)}"


def _askers_line(spec: DocSpec) -> str:
    fraktion = _fraktion_phrase(spec.fraktionen)
    if not spec.askers:
        return f"auf die Kleine Anfrage {fraktion}"
    names = ", ".join(spec.askers)
    if spec.more_askers:
        names += ", weiterer Abgeordneter"
    return f"auf die Kleine Anfrage der Abgeordneten {names} und {fraktion}"


def header_lines(spec: DocSpec, wrapper: Wrapper) -> list[str]:
    lines = [
        f"Deutscher Bundestag Drucksache {spec.drucksache}",
        f"21. Wahlperiode {spec.date:%d.%m.%Y}",
        "Antwort",
        "der Bundesregierung",
    ]
    lines += wrapper.wrap(_askers_line(spec), soft=False)
    lines.append(f"– Drucksache {spec.inquiry} –")
    lines += wrapper.wrap(spec.title.text, soft=False)
    return lines


def note_lines(spec: DocSpec, wrapper: Wrapper) -> list[str]:
    note = (
        f"Die Antwort wurde namens der Bundesregierung mit Schreiben {spec.ministry[1]} vom "
        f"{_date_words(spec.transmitted)} übermittelt."
    )
    return [*wrapper.wrap(note, soft=False, width=NOTE_WIDTH), FRAGETEXT]


def _paragraphs(paragraphs: tuple[Paragraph, ...], wrapper: Wrapper) -> list[str]:
    return [
        line
        for paragraph in paragraphs
        for line in wrapper.wrap(" ".join(s.text for s in paragraph))
    ]


def question_lines(question: QuestionSpec, wrapper: Wrapper) -> list[str]:
    n = question.number
    space = "\u2002" if wrapper.layout.en_space else " "
    lines = wrapper.wrap(f"{n}. {question.lead.text}", indent=space if n < 10 else "")
    if question.further:
        lines += wrapper.wrap(question.further)
    # Answered one by one, only part a) stands with the lead; the others stand before their
    # answers (``answer_lines``).
    parts = (
        question.parts if question.inline_parts is None else question.parts[: question.inline_parts]
    )
    for label, text in parts:
        lines += wrapper.wrap(f"{label}) {text}")
    return lines


def answer_lines(spec: DocSpec, answer: AnswerSpec, wrapper: Wrapper) -> list[str]:
    lines = []
    for number, label in answer.detached:
        lines += wrapper.wrap(f"{label}) {dict(spec.questions[number].parts)[label]}")
    if answer.grouping:
        lines += wrapper.wrap(answer.grouping)
    return lines + _paragraphs(answer.paragraphs, wrapper)


def body_lines(spec: DocSpec, wrapper: Wrapper) -> list[str]:
    lines: list[str] = []
    if spec.preamble:
        lines.append(letter_spaced("Vorbemerkung der Fragesteller"))
        lines += _paragraphs(spec.preamble, wrapper)
        if spec.reprint:
            lines += wrapper.wrap(spec.reprint, soft=False)
    if spec.government_preamble:
        lines.append(letter_spaced("Vorbemerkung der Bundesregierung"))
        lines += _paragraphs(spec.government_preamble, wrapper)
    for answer in spec.answers:
        for number in answer.printed:
            lines += question_lines(spec.questions[number], wrapper)
        lines += answer_lines(spec, answer, wrapper)
    for annex in spec.annexes:
        lines += wrapper.wrap(annex.title.text, soft=False)
        lines += _paragraphs(annex.paragraphs, wrapper)
    return lines


def document_words(spec: DocSpec) -> Counter[str]:
    """How often each word occurs in the body (for the soft-break rule of ``Wrapper``)."""
    texts = [s.text for p in (spec.preamble or ()) + (spec.government_preamble or ()) for s in p]
    for answer in spec.answers:
        for number in answer.printed:
            question = spec.questions[number]
            texts += [question.text]
        texts += [answer.grouping or "", answer.text]
    texts += [text for annex in spec.annexes for text in (annex.title.text, annex.text)]
    return Counter(core(token) for text in texts for token in text.split(" "))


def inquiry_lines(spec: DocSpec, wrapper: Wrapper) -> list[str]:
    """A Kleine Anfrage.  Its title stays on one line: nothing in a DIP text marks where a
    title ends and the preamble begins (the PDF sets the title in bold)."""
    lines = [
        f"Deutscher Bundestag Drucksache {spec.drucksache}",
        f"21. Wahlperiode {spec.date:%d.%m.%Y}",
        "Kleine Anfrage",
    ]
    askers = _askers_line(spec).removeprefix("auf die Kleine Anfrage ")
    lines += wrapper.wrap(askers, soft=False)
    lines.append(spec.title.text)
    lines += _paragraphs(spec.preamble or (), wrapper)
    lines.append("Wir fragen die Bundesregierung:")
    for number in sorted(spec.questions):
        lines += question_lines(spec.questions[number], wrapper)
    lines.append(f"Berlin, den {_date_words(spec.date)}")
    lines.append("Dr. Alice Weidel, Tino Chrupalla und Fraktion")
    return lines


VORABFASSUNG = "Vorabfassung – wird durch die lektorierte Fassung ersetzt."


def running_head(drucksache: str, page: int) -> str:
    """Even pages carry the number first, odd pages last."""
    if page % 2 == 0:
        return f"Drucksache {drucksache} – {page} – Deutscher Bundestag – 21. Wahlperiode"
    return f"Deutscher Bundestag – 21. Wahlperiode – {page} – Drucksache {drucksache}"


def furniture(spec: DocSpec, body: list[str], first_page_end: int) -> list[str]:
    """``body`` with a running head (and stamp) at every page break after the first page."""
    size = spec.layout.page_lines
    if not size:
        return body
    out = body[:first_page_end]
    page = 2
    for start in range(first_page_end, len(body), size):
        out.append(running_head(spec.drucksache, page))
        if spec.layout.vorabfassung:
            out.append(VORABFASSUNG)
        out += body[start : start + size]
        page += 1
    return out


def dip_text(spec: DocSpec) -> str:
    """The spec as the DIP would print it."""
    layout = spec.layout
    if spec.kind == "kleine_anfrage":
        return "\n".join([*inquiry_lines(spec, Wrapper(layout, document_words(spec))), *IMPRINT])
    wrapper = Wrapper(layout, document_words(spec))
    head = header_lines(spec, wrapper)
    body = body_lines(spec, wrapper)
    at = min(layout.note_at, len(body))
    note = note_lines(spec, wrapper)
    body[at:at] = note
    lines = head + furniture(spec, body, at + len(note))
    if layout.invisible_soft_hyphens:
        lines = [_invisible_soft_hyphens(line) for line in lines]
    if layout.trailing_spaces:
        lines = [line + " " if k % 3 == 0 else line for k, line in enumerate(lines)]
    return "\n".join([*lines, *IMPRINT])


Render = Callable[[DocSpec], str]
