"""Hypothesis strategies for answers to Kleine Anfragen, as a plain spec.

A ``DocSpec`` says what an answer contains (metadata, preambles, numbered questions, answers in
groups, the references each sentence makes) and how it is laid out (line width, hyphenation,
where the page-1 note falls).  ``template.dip_text`` prints it as a DIP text; the spec is the
oracle the parser's ``Document`` is compared with.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from hypothesis import strategies as st

from . import vocabulary as v

# Shapes the parser got wrong until 3d05363 … 50676a5, each pinned by a test in
# test_regressions.py, test_clean.py or test_hyphenation.py: lettered items 'a) …,' after
# '(Bitte … aufschlüsseln.)', numbered items '2. Im Jahr … wurden …;', '(Bitte … .)' paragraphs
# through render, short preambles of Kleine Anfragen, parts answered together after the lead's
# answer through render, the last line of a reprint before the government's preamble.

# Shapes the parser gets wrong today, each pinned by a strict xfail; switch a flag on when its
# test passes, so that the property tests cover the shape again.
LISTS_BEFORE_A_SUB_QUESTION = False
"""A numbered list in the answer to part a), then 'b) …?': the list item and the sub-question
read as a question (test_regressions.py::test_numbered_list_before_a_sub_question_…)."""
QUESTION_PAIR_ACROSS_TEN = True
"""'zu den Fragen 9 und 10' (test_references.py::test_questions_of_one_mention_keep_their_order)."""


@dataclass(frozen=True)
class Ref:
    """A reference the parser must find: kind, target number, question, preamble."""

    kind: str
    number: str | None = None
    question: str | None = None
    preamble: str | None = None


@dataclass(frozen=True)
class Sentence:
    text: str
    refs: tuple[Ref, ...] = ()


Paragraph = tuple[Sentence, ...]


@dataclass(frozen=True)
class QuestionSpec:
    number: int
    lead: Sentence
    further: str | None = None
    """A second paragraph of the question ("Wenn ja, …?")."""
    parts: tuple[tuple[str, str], ...] = ()
    """Sub-questions (label, text)."""
    inline_parts: int | None = None
    """How many sub-questions stand with the lead; None for all of them.  The others stand
    before later answers: 1 when they are answered one by one (the lead with a), its answer,
    then b) and its answer, …), 0 when the lead is answered first and the parts together."""

    @property
    def text(self) -> str:
        """The question's text as the Document states it (number and labels of parts aside)."""
        pieces = [self.lead.text]
        if self.further:
            pieces.append(self.further)
        pieces += [f"{label}) {text}" for label, text in self.parts]
        return " ".join(pieces)


@dataclass(frozen=True)
class AnswerSpec:
    printed: tuple[int, ...]
    """The questions printed right before this answer, in printed order."""
    questions: tuple[str, ...]
    """The numbers the answer covers, as the Document states them."""
    grouping: str | None
    paragraphs: tuple[Paragraph, ...]
    detached: tuple[tuple[int, str], ...] = ()
    """Sub-questions (number, label) printed on their own right before this answer."""

    @property
    def text(self) -> str:
        return " ".join(s.text for p in self.paragraphs for s in p)


@dataclass(frozen=True)
class AnnexSpec:
    """An annex after the last answer: a heading line, then tables or statements."""

    title: Sentence
    """The heading, with the references it makes ('zu Frage 3')."""
    questions: tuple[str, ...]
    """The questions the heading names, as the Document states them."""
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for p in self.paragraphs for s in p)


@dataclass(frozen=True)
class Layout:
    width: int = 75
    hyphenate: bool = False
    """Break long words at pyphen's hyphenation points, as a PDF extraction shows them."""
    soft_hyphen: str = "-"
    """How such a break is printed at the line end: '-' or U+00AD."""
    invisible_soft_hyphens: bool = False
    """U+00AD inside words in the middle of lines (invisible in print)."""
    note_at: int = 0
    """Body line before which the page-1 note is spliced in."""
    trailing_spaces: bool = False
    en_space: bool = False
    """Numbers 1–9 indented with U+2002 instead of a plain space."""
    page_lines: int = 0
    """Lines a page holds: a running head opens every page after the first, as text copied
    from a PDF shows it; 0 for a DIP text, which has none."""
    vorabfassung: bool = False
    """The stamp of a preliminary version under every running head."""


@dataclass(frozen=True)
class DocSpec:
    drucksache: str
    date: dt.date
    inquiry: str
    title: Sentence
    askers: tuple[str, ...]
    more_askers: bool
    """'weiterer Abgeordneter' after the names."""
    fraktionen: tuple[str, ...]
    ministry: tuple[str, str]
    """(nominative, genitive)."""
    transmitted: dt.date
    preamble: tuple[Paragraph, ...] | None
    government_preamble: tuple[Paragraph, ...] | None
    questions: dict[int, QuestionSpec] = field(hash=False)
    answers: tuple[AnswerSpec, ...]
    """For a Kleine Anfrage: one per question, with no text, for the printing order."""
    layout: Layout
    kind: str = "antwort"
    """'antwort', or 'kleine_anfrage' for the question side."""
    reprint: str | None = None
    """A second, slightly edited copy of the preamble that starts mid-sentence, printed
    right after it (as in the seed document); the parser must take it out."""
    annexes: tuple[AnnexSpec, ...] = ()
    """Annexes printed after the last answer."""

    def question_numbers(self) -> set[str]:
        """Every number a reference may name: '3', and '3a' for a sub-question."""
        numbers = {str(n) for n in self.questions}
        return numbers | {f"{n}{label}" for n, q in self.questions.items() for label, _ in q.parts}

    def printed_questions(self) -> list[QuestionSpec]:
        return [self.questions[n] for a in self.answers for n in a.printed]

    def expected_references(self) -> list[Ref]:
        """Every reference in printed order: the inquiry line, the title, questions, answers."""
        refs = [Ref("drucksache", self.inquiry)] if self.kind == "antwort" else []
        refs += self.title.refs
        for answer in self.answers:
            for number in answer.printed:
                refs += self.questions[number].lead.refs
            refs += [r for p in answer.paragraphs for s in p for r in s.refs]
        for annex in self.annexes:
            refs += annex.title.refs
        return refs


def _join(*pieces: str) -> str:
    return " ".join(p for p in pieces if p)


# --- sentences ----------------------------------------------------------------------------------


@st.composite
def statements(draw: st.DrawFn) -> Sentence:
    """A plain statement of real German words, no reference in it."""
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return Sentence(
            _join(
                draw(st.sampled_from(v.SUBJECTS)),
                draw(st.sampled_from(v.VERBS)),
                draw(st.sampled_from(v.OBJECTS)),
                draw(st.sampled_from(v.ADVERBIALS)),
            )
            + "."
        )
    if shape == 1:
        subject = draw(st.sampled_from(v.SUBJECTS))
        return Sentence(
            _join(
                draw(st.sampled_from(v.OPENERS)),
                draw(st.sampled_from(v.VERBS)),
                subject[0].lower() + subject[1:],
                draw(st.sampled_from(v.OBJECTS)),
            )
            + "."
        )
    if shape == 2:
        year = draw(st.integers(2015, 2025))
        count = draw(st.integers(2, 999))
        plural = draw(st.sampled_from(v.PLURALS))
        participle = draw(st.sampled_from(v.PARTICIPLES))
        return Sentence(f"Im Jahr {year} wurden insgesamt {count} {plural} {participle}.")
    return Sentence(draw(st.sampled_from(v.FIXED_STATEMENTS)))


@st.composite
def url_sentences(draw: st.DrawFn) -> Sentence:
    url = draw(st.sampled_from(v.URLS))
    if draw(st.booleans()):
        return Sentence(f"Weitere Informationen sind unter {url} abrufbar.")
    return Sentence(f"Die Daten werden fortlaufend veröffentlicht ({url}).")


def _drucksache_number(draw: st.DrawFn) -> tuple[str, str]:
    """A Drucksache number as printed and as the parser states it ('17/13 032' → '17/13032')."""
    wp = draw(st.integers(12, 21))
    num = draw(st.integers(1, 29999))
    if num >= 10000 and draw(st.booleans()):
        # Thin space between the thousands, as older Drucksachen print it.
        return f"{wp}/{num // 1000}\u2009{num % 1000:03d}", f"{wp}/{num}"
    return f"{wp}/{num}", f"{wp}/{num}"


@st.composite
def reference_sentences(
    draw: st.DrawFn, questions: int, government_preamble: bool, parts: tuple[str, ...] = ()
) -> Sentence:
    """A sentence of an answer that refers elsewhere, with the references it makes.

    ``parts``: the sub-questions of the document ('3a'), which a reference may name.
    """
    kinds = ["question", "other_question", "drucksache", "two", "protocol", "asker_preamble"]
    kinds += (
        ["preamble"] * government_preamble + ["pair"] * (questions > 1) + ["part"] * bool(parts)
    )
    kind = draw(st.sampled_from(kinds))
    if kind == "pair":
        k = draw(st.integers(1, questions - 1))
        if not QUESTION_PAIR_ACROSS_TEN and len(str(k)) != len(str(k + 1)):
            k -= 1 if k > 1 else -1
        return Sentence(
            f"Es wird auf die Antworten zu den Fragen {k} und {k + 1} verwiesen.",
            (Ref("question", question=str(k)), Ref("question", question=str(k + 1))),
        )
    if kind == "part":
        part = draw(st.sampled_from(parts))
        return Sentence(
            f"Ergänzend wird auf die Antwort zu Frage {part} verwiesen.",
            (Ref("question", question=part),),
        )
    if kind == "question":
        k = draw(st.integers(1, questions))
        return Sentence(
            f"Es wird auf die Antwort zu Frage {k} verwiesen.", (Ref("question", question=str(k)),)
        )
    if kind == "other_question":
        q = draw(st.integers(1, 99))
        printed, number = _drucksache_number(draw)
        fraktion = draw(st.sampled_from(v.FRAKTIONEN))
        return Sentence(
            f"Auf die Antwort der Bundesregierung zu Frage {q} der Kleinen Anfrage der Fraktion "
            f"{fraktion} auf Bundestagsdrucksache {printed} wird verwiesen.",
            (Ref("drucksache", number, question=str(q)),),
        )
    if kind == "drucksache":
        printed, number = _drucksache_number(draw)
        form = draw(
            st.sampled_from(["Bundestagsdrucksache", "BT-Drs.", "Drucksache", "BT-Drucksache"])
        )
        return Sentence(
            f"Die Bundesregierung hat hierzu in ihrer Antwort auf {form} {printed} Stellung "
            "genommen.",
            (Ref("drucksache", number),),
        )
    if kind == "two":
        (p1, n1), (p2, n2) = _drucksache_number(draw), _drucksache_number(draw)
        return Sentence(
            f"Ergänzend wird auf die Bundestagsdrucksachen {p1} und {p2} verwiesen.",
            (Ref("drucksache", n1), Ref("drucksache", n2)),
        )
    if kind == "protocol":
        wp, num = draw(st.integers(14, 21)), draw(st.integers(1, 250))
        return Sentence(
            f"Der Deutsche Bundestag hat den Sachverhalt beraten (Plenarprotokoll {wp}/{num}).",
            (Ref("plenarprotokoll", f"{wp}/{num}"),),
        )
    if kind == "asker_preamble":
        return Sentence(
            "Die in der Vorbemerkung der Fragesteller genannten Zahlen sind der Bundesregierung "
            "bekannt.",
            (Ref("preamble", preamble="preamble"),),
        )
    return Sentence(
        "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
        (Ref("preamble", preamble="government_preamble"),),
    )


@st.composite
def question_leads(draw: st.DrawFn) -> Sentence:
    shape = draw(st.integers(0, 5))
    obj = draw(st.sampled_from(v.OBJECTS))
    adverbial = draw(st.sampled_from(v.ADVERBIALS))
    if shape == 0:
        return Sentence(f"Welche Kenntnisse hat die Bundesregierung über {obj} {adverbial}?")
    if shape == 1:
        return Sentence(f"Wie bewertet die Bundesregierung {obj}?")
    if shape == 2:
        verb = draw(st.sampled_from(v.INFINITIVES))
        return Sentence(f"Inwieweit plant die Bundesregierung, {obj} {adverbial} zu {verb}?")
    if shape == 3:
        plural = draw(st.sampled_from(v.PLURALS))
        participle = draw(st.sampled_from(v.PARTICIPLES))
        return Sentence(f"Wie viele {plural} wurden {adverbial} {participle}?")
    if shape == 4:
        plural = draw(st.sampled_from(v.PLURALS))
        participle = draw(st.sampled_from(v.PARTICIPLES))
        breakdown = draw(st.sampled_from(v.BREAKDOWNS))
        return Sentence(f"Wie viele {plural} wurden {adverbial} {participle} ({breakdown})?")
    plural = draw(st.sampled_from(v.PLURALS))
    return Sentence(
        f"Welche Kenntnisse hat die Bundesregierung über die in der Vorbemerkung der Fragesteller "
        f"genannten {plural}?",
        (Ref("preamble", preamble="preamble"),),
    )


@st.composite
def question_specs(draw: st.DrawFn, number: int) -> QuestionSpec:
    lead = draw(question_leads())
    extra = draw(st.sampled_from(["none", "none", "further", "breakdown", "parts", "open_parts"]))
    if extra == "further":
        return QuestionSpec(number, lead, further=draw(st.sampled_from(v.FURTHER_PARAGRAPHS)))
    if extra == "breakdown":
        breakdown = draw(st.sampled_from(v.BREAKDOWNS))
        return QuestionSpec(number, lead, further=f"({breakdown[0].upper()}{breakdown[1:]}.)")
    if extra in ("parts", "open_parts"):
        texts = draw(st.lists(st.sampled_from(v.PART_TEXTS), min_size=2, max_size=4, unique=True))
        if extra == "open_parts":
            # A lead that the sub-questions complete: "…, insbesondere:" / "a) …?".
            obj = draw(st.sampled_from(v.OBJECTS))
            lead = Sentence(f"Welche Kenntnisse hat die Bundesregierung über {obj}, insbesondere:")
        return QuestionSpec(number, lead, parts=tuple(zip("abcd", texts, strict=False)))
    return QuestionSpec(number, lead)


# --- answers and their grouping ------------------------------------------------------------------


def _runs(numbers: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _listing(numbers: list[int], draw: st.DrawFn) -> str:
    """'3 und 4', '12, 13 und 15', '1 bis 4', '12 bis 14 und 16', as the corpus writes them."""
    pieces: list[str] = []
    for run in _runs(numbers):
        if len(run) >= 3 and draw(st.booleans()):
            pieces.append(f"{run[0]} bis {run[-1]}")
        else:
            pieces += [str(n) for n in run]
    if len(pieces) == 1:
        return pieces[0]
    return f"{', '.join(pieces[:-1])} und {pieces[-1]}"


def grouping_sentence(draw: st.DrawFn, numbers: list[int]) -> str:
    listing = _listing(numbers, draw)
    phrasings = [
        f"Die Fragen {listing} werden gemeinsam beantwortet.",
        f"Die Fragen {listing} werden zusammen beantwortet.",
        f"Die Fragen {listing} werden im Zusammenhang beantwortet.",
        f"Die Fragen {listing} werden aufgrund des Sachzusammenhangs gemeinsam beantwortet.",
        f"Die Fragen {listing} werden aufgrund ihres Sachzusammenhangs gemeinsam beantwortet.",
        f"Die Fragen {listing} werden wegen des Sachzusammenhangs gemeinsam beantwortet.",
        f"Aufgrund des Sachzusammenhangs werden die Fragen {listing} zusammen beantwortet.",
    ]
    return draw(st.sampled_from(phrasings))


def _parts_grouping(draw: st.DrawFn, question: QuestionSpec) -> tuple[tuple[str, ...], str | None]:
    """A question with sub-questions may be answered as 'Die Fragen 5a bis 5c …'."""
    n, labels = question.number, [label for label, _ in question.parts]
    choice = draw(st.sampled_from(["whole", "parts", "with_question"]))
    if choice == "parts":
        numbers = tuple(f"{n}{label}" for label in labels)
        listing = f"{n}{labels[0]} bis {n}{labels[-1]}"
        if len(labels) == 2:
            listing = f"{n}{labels[0]} und {n}{labels[1]}"
        return numbers, f"Die Fragen {listing} werden gemeinsam beantwortet."
    if choice == "with_question":
        numbers = (str(n), *(f"{n}{label}" for label in labels))
        space = draw(st.sampled_from(["", " "]))  # "11 bis 11 b" as well as "10 bis 10b"
        return numbers, f"Die Fragen {n} bis {n}{space}{labels[-1]} werden gemeinsam beantwortet."
    return (str(n),), None


@st.composite
def one_by_one_answers(
    draw: st.DrawFn, question: QuestionSpec, count: int, government: bool, parts: tuple[str, ...]
) -> list[AnswerSpec]:
    """' 5. …?' / 'a) …?' / answer '5a' / 'b) …?' / answer '5b' / …"""
    n = question.number
    out = []
    for k, (label, _) in enumerate(question.parts):
        last = k == len(question.parts) - 1
        lists = last or LISTS_BEFORE_A_SUB_QUESTION
        body = draw(answer_paragraphs(count, government, lists, parts))
        printed, detached = ((n,), ()) if k == 0 else ((), ((n, label),))
        out.append(AnswerSpec(printed, (f"{n}{label}",), None, body, detached))
    return out


@st.composite
def lead_then_parts_answers(
    draw: st.DrawFn, question: QuestionSpec, count: int, government: bool, parts: tuple[str, ...]
) -> list[AnswerSpec]:
    """' 6. …?' / answer '6' / 'a) …?' / 'b) …?' / 'Die Fragen 6a und 6b …' / answer (21-1426)."""
    n, labels = question.number, [label for label, _ in question.parts]
    numbers = tuple(f"{n}{label}" for label in labels)
    listing = (
        f"{numbers[0]} und {numbers[1]}" if len(numbers) == 2 else f"{numbers[0]} bis {numbers[-1]}"
    )
    return [
        AnswerSpec(
            (n,),
            (str(n),),
            None,
            draw(answer_paragraphs(count, government, LISTS_BEFORE_A_SUB_QUESTION, parts)),
        ),
        AnswerSpec(
            (),
            numbers,
            f"Die Fragen {listing} werden zusammen beantwortet.",
            draw(answer_paragraphs(count, government, True, parts)),
            tuple((n, label) for label in labels),
        ),
    ]


@st.composite
def groups(draw: st.DrawFn, count: int) -> list[list[int]]:
    """Questions 1…count split into answer groups, printed in this order.

    Mostly runs of consecutive numbers; sometimes the last question of a group swaps with
    the single question after it ('12, 13 und 15', then 14 on its own).
    """
    out: list[list[int]] = []
    n = 1
    while n <= count:
        size = draw(st.sampled_from([1, 1, 1, 2, 2, 3, 4, 6]))
        out.append(list(range(n, min(count, n + size - 1) + 1)))
        n += size
    for k in range(len(out) - 1):
        if len(out[k]) >= 2 and len(out[k + 1]) == 1 and draw(st.integers(0, 4)) == 0:
            out[k][-1], out[k + 1][0] = out[k + 1][0], out[k][-1]
    return out


@st.composite
def enumerations(draw: st.DrawFn) -> tuple[Paragraph, ...]:
    """A list inside an answer: an introduction, then items '1. …' or 'a) …', one a line.

    Numbered items look like questions at a line start (a number, a capital); they end with
    '.', ',' or ';', never with '?'.
    """
    intro = Sentence(draw(st.sampled_from(v.LIST_INTROS)))
    items = draw(st.lists(statements(), min_size=2, max_size=4))
    numbered = draw(st.booleans())
    out: list[Paragraph] = [(intro,)]
    for k, item in enumerate(items):
        label = f"{k + 1}." if numbered else f"{'abcd'[k]})"
        ends = [".", ",", ";"]
        end = "." if k == len(items) - 1 else draw(st.sampled_from(ends))
        out.append((Sentence(f"{label} {item.text[:-1]}{end}"),))
    return tuple(out)


@st.composite
def tables(draw: st.DrawFn) -> tuple[Paragraph, ...]:
    """A table as a DIP text flattens it: a caption, a head row, then a line per Land."""
    year = draw(st.integers(2015, 2024))
    rows = draw(st.lists(st.sampled_from(v.LAENDER), min_size=1, max_size=6, unique=True))
    out: list[Paragraph] = [
        (Sentence("Die Angaben können der nachfolgenden Tabelle entnommen werden."),),
        (Sentence(f"Land Anträge {year} Anträge {year + 1}"),),
    ]
    for land in rows:
        first, second = draw(st.integers(0, 99999)), draw(st.integers(0, 99999))
        out.append((Sentence(f"{land} {first:,} {second:,}".replace(",", " ")),))
    return tuple(out)


@st.composite
def answer_paragraphs(
    draw: st.DrawFn,
    questions: int,
    government: bool,
    lists: bool = True,
    parts: tuple[str, ...] = (),
) -> tuple[Paragraph, ...]:
    sentence = st.one_of(
        statements(),
        statements(),
        reference_sentences(questions, government, parts),
        url_sentences(),
    )
    paragraph = st.lists(sentence, min_size=1, max_size=4).map(lambda p: (tuple(p),))
    block = st.one_of(paragraph, paragraph, tables(), *([enumerations()] if lists else []))
    blocks = draw(st.lists(block, min_size=1, max_size=3))
    return tuple(p for block in blocks for p in block)


@st.composite
def annex_specs(draw: st.DrawFn, number: int, questions: int) -> AnnexSpec:
    """Annex ``number``: a heading of a shape the corpus prints, then tables or statements
    (no question, no reference).  Every heading holds its number, so that no two headings of
    a document read as one repeated at the top of a page."""
    q = draw(st.integers(1, questions))
    named, refs = (str(q),), (Ref("question", question=str(q)),)
    inquiry = f"21/{draw(st.integers(1, 19999))}"
    shapes = [
        (f"Anlage {number}", (), ()),
        (f"Anlage {number} zu Frage {q}", named, refs),
        (f"Anlage {number} zu Frage Nr. {q}:", named, refs),
        (f"Anlage {number} - Tabelle zu AW auf Frage {q} - KA {inquiry}", named, refs),
        (f"Anlage {number} zur Kleinen Anfrage {inquiry}", (), ()),
    ]
    title, numbers, references = draw(st.sampled_from(shapes))
    statement = st.lists(statements(), min_size=1, max_size=3).map(lambda p: (tuple(p),))
    blocks = draw(st.lists(st.one_of(tables(), statement), min_size=1, max_size=3))
    return AnnexSpec(Sentence(title, references), numbers, tuple(p for b in blocks for p in b))


# --- front matter --------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
SHINGLE = 5


def _shingles(text: str) -> list[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return [tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def without_repeats(
    paragraphs: list[list[Sentence]], seen_text: str
) -> tuple[Paragraph, ...] | None:
    """The paragraphs minus every sentence that would repeat five words in a row.

    The front matter of a real answer does not repeat a passage; one that does is taken out
    as a near-duplicate (a preamble printed twice), which is not what these tests are about.
    """
    text = seen_text
    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        keep: list[Sentence] = []
        for sentence in paragraph:
            candidate = f"{text} {sentence.text}"
            shingles = _shingles(candidate)
            if len(shingles) == len(set(shingles)):
                keep.append(sentence)
                text = candidate
        if keep:
            kept.append(tuple(keep))
    return tuple(kept) or None


@st.composite
def titles(draw: st.DrawFn) -> Sentence:
    title = draw(st.sampled_from(v.TITLES))
    if draw(st.integers(0, 3)) == 0:
        printed, number = _drucksache_number(draw)
        return Sentence(
            f"{title} (Nachfrage zur Antwort der Bundesregierung auf Drucksache {printed})",
            (Ref("drucksache", number),),
        )
    return Sentence(title)


@st.composite
def askers(draw: st.DrawFn) -> tuple[str, ...]:
    names = draw(
        st.lists(
            st.tuples(st.booleans(), st.sampled_from(v.FIRST_NAMES), st.sampled_from(v.LAST_NAMES)),
            max_size=4,
            unique_by=lambda t: t[2],
        )
    )
    return tuple(("Dr. " if dr else "") + f"{first} {last}" for dr, first, last in names)


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    return Layout(
        width=draw(st.integers(55, 95)),
        hyphenate=draw(st.booleans()),
        soft_hyphen=draw(st.sampled_from(["-", "-", "\u00ad"])),
        invisible_soft_hyphens=draw(st.booleans()),
        note_at=draw(st.integers(0, 45)),
        trailing_spaces=draw(st.booleans()),
        en_space=draw(st.booleans()),
        page_lines=draw(st.sampled_from([0, 0, 30, 45, 60])),
        vorabfassung=draw(st.booleans()),
    )


@st.composite
def doc_specs(draw: st.DrawFn, max_questions: int = 40) -> DocSpec:
    """A whole answer: metadata, front matter, 1–``max_questions`` questions and their answers."""
    count = draw(st.integers(1, max_questions))
    questions = {n: draw(question_specs(n)) for n in range(1, count + 1)}
    title = draw(titles())
    has_preamble, has_government = draw(st.booleans()), draw(st.booleans())
    paragraphs = st.lists(st.lists(statements(), min_size=1, max_size=4), min_size=1, max_size=3)
    preamble = without_repeats(draw(paragraphs), title.text) if has_preamble else None
    seen = title.text + " " + " ".join(s.text for p in preamble or () for s in p)
    government = without_repeats(draw(paragraphs), seen) if has_government else None
    parts = tuple(f"{n}{label}" for n, q in questions.items() for label, _ in q.parts)
    reprint = draw(reprints(preamble)) if preamble else None
    answers = []
    for group in draw(groups(count)):
        numbers: tuple[str, ...] = tuple(map(str, group))
        grouping = grouping_sentence(draw, group) if len(group) > 1 else None
        question = questions[group[0]]
        if len(group) == 1 and question.parts:
            shape = draw(st.sampled_from(["together"] * 4 + ["one_by_one"] + ["lead_first"]))
            if shape != "together" and question.lead.text.endswith("?"):
                inline, answered = (
                    (1, one_by_one_answers)
                    if shape == "one_by_one"
                    else (0, lead_then_parts_answers)
                )
                questions[question.number] = replace(question, inline_parts=inline)
                answers += draw(answered(question, count, government is not None, parts))
                continue
            numbers, grouping = _parts_grouping(draw, question)
        body = draw(answer_paragraphs(count, government is not None, parts=parts))
        answers.append(AnswerSpec(tuple(group), numbers, grouping, body))
    fraktionen = draw(st.lists(st.sampled_from(v.FRAKTIONEN), min_size=1, max_size=2, unique=True))
    names = draw(askers())
    day = st.dates(dt.date(2025, 5, 1), dt.date(2029, 9, 30))
    annexes = draw(st.integers(0, 3)) if draw(st.integers(0, 3)) == 0 else 0
    return DocSpec(
        drucksache=f"21/{draw(st.integers(1, 19999))}",
        date=draw(day),
        inquiry=f"21/{draw(st.integers(1, 19999))}",
        title=title,
        askers=names,
        more_askers=len(names) >= 2 and draw(st.booleans()),
        fraktionen=tuple(fraktionen),
        ministry=draw(st.sampled_from(v.MINISTRIES)),
        transmitted=draw(day),
        preamble=preamble,
        government_preamble=government,
        questions=questions,
        answers=tuple(answers),
        layout=draw(layouts()),
        reprint=reprint,
        annexes=tuple(draw(annex_specs(k, count)) for k in range(1, annexes + 1)),
    )


REPRINT_MIN_WORDS = 60
"""A reprint needs a long preamble: a repeated run of under 40 words is a phrase, no passage."""


@st.composite
def reprints(draw: st.DrawFn, preamble: tuple[Paragraph, ...]) -> str | None:
    """The preamble again from a word in its first sentence on, one word in the middle changed."""
    words = " ".join(s.text for p in preamble for s in p).split()
    if len(words) < REPRINT_MIN_WORDS or not draw(st.booleans()):
        return None
    start = draw(st.integers(3, 8))
    copy = words[start:]
    middle = draw(st.integers(len(copy) // 3, 2 * len(copy) // 3))
    copy[middle] = "insbesondere"
    return " ".join(copy)


@st.composite
def inquiry_specs(draw: st.DrawFn, max_questions: int = 40) -> DocSpec:
    """A Kleine Anfrage: title block, preamble, "Wir fragen die Bundesregierung:", questions."""
    answer = draw(doc_specs(max_questions=max_questions))
    count = len(answer.questions)
    preamble = answer.preamble
    if preamble is None and draw(st.booleans()):
        preamble = answer.government_preamble
    return replace(
        answer,
        kind="kleine_anfrage",
        reprint=None,
        questions={n: replace(q, inline_parts=None) for n, q in answer.questions.items()},
        more_askers=False,
        preamble=preamble,
        government_preamble=None,
        answers=tuple(AnswerSpec((n,), (str(n),), None, ()) for n in range(1, count + 1)),
        annexes=(),
    )
