"""Round trips through the public API.

a) a generated answer, printed as a DIP text by the test's own template, parses to what was
   generated;
b) ``parse_text(render(doc)) == doc`` for every document in canonical form;
c) any text either parses or raises a ``DrucksacheError`` with a message, nothing else.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

import drucksache
from drucksache import Document, DrucksacheError

from .strategies import DocSpec, Ref, doc_specs, inquiry_specs
from .template import VORABFASSUNG, dip_text, running_head

EXAMPLES = max(200, settings().max_examples)
"""At least 200 examples a test; the "thorough" profile (conftest.py) raises it."""
DATA = Path(__file__).parent / "data"
REAL = sorted(DATA.glob("*.txt"))


def norm(text: str) -> str:
    """Whitespace-normalised, thin spaces folded as the cleaner folds them."""
    return " ".join(text.replace("\u2009", " ").split())


def _refs(doc: Document) -> list[Ref]:
    return [
        Ref(r.kind, r.number, r.question, r.preamble if r.kind == "preamble" else None)
        for r in doc.references
    ]


def assert_metadata(doc: Document, spec: DocSpec) -> None:
    meta = doc.metadata
    assert meta.kind == "antwort"
    assert meta.drucksache == spec.drucksache
    assert meta.wahlperiode == 21
    assert meta.date == spec.date
    assert meta.inquiry == spec.inquiry
    assert meta.title == norm(spec.title.text)
    assert meta.askers == spec.askers
    assert meta.fraktionen == spec.fraktionen
    assert meta.ministry == spec.ministry[0]
    assert meta.transmitted == spec.transmitted


def assert_front_matter(doc: Document, spec: DocSpec) -> None:
    for segment, paragraphs in (
        (doc.preamble, spec.preamble),
        (doc.government_preamble, spec.government_preamble),
    ):
        if paragraphs is None:
            assert segment is None
        else:
            assert segment is not None
            assert segment.text == norm(" ".join(s.text for p in paragraphs for s in p))


def assert_questions(doc: Document, spec: DocSpec) -> None:
    printed = spec.printed_questions()
    assert [q.number for q in doc.questions] == [str(q.number) for q in printed]
    for got, want in zip(doc.questions, printed, strict=True):
        assert got.text == norm(want.text), got.number
        assert [(p.label, p.text) for p in got.parts] == [(lb, norm(t)) for lb, t in want.parts]
        # The span covers the number too; the text leaves it out.  The span of a question whose
        # parts are answered one by one ends with part a), its text runs on to the last part.
        printed = norm(doc.text[got.span.start : got.span.end])
        if want.inline_parts is not None:
            assert f"{got.number}. {got.text}".startswith(printed)
        else:
            assert printed == f"{got.number}. {got.text}"


def assert_answers(doc: Document, spec: DocSpec) -> None:
    assert [a.questions for a in doc.answers] == [a.questions for a in spec.answers]
    for got, want in zip(doc.answers, spec.answers, strict=True):
        assert got.grouping == want.grouping
        assert got.text == norm(want.text)
        assert norm(doc.text[got.span.start : got.span.end]) == got.text
    for question in spec.questions.values():
        answer = doc.answer_to(str(question.number))
        assert answer is not None and str(question.number) in {
            n.rstrip("abcd") for n in answer.questions
        }


def assert_annexes(doc: Document, spec: DocSpec) -> None:
    """Each annex apart from the last answer: its heading, the questions it names, its text."""
    assert [(a.title, a.questions) for a in doc.annexes] == [
        (norm(a.title.text), a.questions) for a in spec.annexes
    ]
    for got, want in zip(doc.annexes, spec.annexes, strict=True):
        assert got.text == norm(want.text)
        assert norm(doc.text[got.span.start : got.span.end]) == got.text


def assert_references(doc: Document, spec: DocSpec) -> None:
    assert _refs(doc) == spec.expected_references()
    unresolved = 0
    for reference in doc.references:
        assert norm(doc.text[reference.span.start : reference.span.end]) == reference.text
        if reference.kind == "question":
            assert reference.resolved == (reference.question in spec.question_numbers())
        elif reference.kind == "preamble":
            exists = spec.preamble if reference.preamble == "preamble" else spec.government_preamble
            assert reference.resolved == (exists is not None)
        else:
            assert not reference.resolved
        unresolved += reference.kind in ("question", "preamble") and not reference.resolved
    assert [w.code for w in doc.warnings] == ["unresolved_reference"] * unresolved


def assert_removed(doc: Document, spec: DocSpec, text: str) -> None:
    pages = {running_head(spec.drucksache, page) for page in range(2, 1000)}
    # As printed, but without the invisible soft hyphens the template may put into words.
    lines = [line.replace("\u00ad", "").rstrip() for line in text.split("\n")]
    heads = [line for line in lines if line in pages]
    stamps = [line for line in lines if line == VORABFASSUNG]
    reasons = Counter(r.reason for r in doc.removed)
    assert reasons == Counter(
        imprint=1,
        page1_note=1,
        running_head=len(heads),
        vorabfassung=len(stamps),
        duplicate=1 if spec.reprint else 0,
    ), reasons
    if spec.reprint:
        (duplicate,) = [r for r in doc.removed if r.reason == "duplicate"]
        assert norm(duplicate.text) == norm(spec.reprint)
    assert [norm(r.text) for r in doc.removed if r.reason == "running_head"] == [
        norm(h) for h in heads
    ]
    note = next(r for r in doc.removed if r.reason == "page1_note")
    assert norm(note.text).startswith("Die Antwort wurde namens der Bundesregierung mit Schreiben")
    assert norm(note.text).endswith("den Fragetext.")
    imprint = next(r for r in doc.removed if r.reason == "imprint")
    assert imprint.at == len(doc.text)
    assert "Die Antwort wurde namens" not in doc.text
    assert "Gesamtherstellung" not in doc.text
    assert "Vorabfassung" not in doc.text


@settings(max_examples=EXAMPLES, deadline=None)
@given(doc_specs())
def test_generated_answer_parses_to_its_spec(spec: DocSpec) -> None:
    text = dip_text(spec)
    doc = drucksache.parse_text(text)
    assert_metadata(doc, spec)
    assert_front_matter(doc, spec)
    assert_questions(doc, spec)
    assert_answers(doc, spec)
    assert_annexes(doc, spec)
    assert_references(doc, spec)
    assert_removed(doc, spec, text)
    assert_spans_hold(doc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(inquiry_specs())
def test_generated_kleine_anfrage_parses_to_its_spec(spec: DocSpec) -> None:
    doc = drucksache.parse_text(dip_text(spec))
    meta = doc.metadata
    assert meta.kind == "kleine_anfrage"
    assert (meta.drucksache, meta.wahlperiode, meta.date) == (spec.drucksache, 21, spec.date)
    assert (meta.inquiry, meta.ministry, meta.transmitted) == (None, None, None)
    assert meta.title == norm(spec.title.text)
    assert (meta.askers, meta.fraktionen) == (spec.askers, spec.fraktionen)
    assert_front_matter(doc, spec)
    assert_questions(doc, spec)
    assert doc.answers == ()
    assert doc.annexes == ()
    assert_references(doc, spec)
    assert [r.reason for r in doc.removed] == ["imprint"]
    assert_spans_hold(doc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(doc_specs(), inquiry_specs()))
def test_render_then_parse_is_identity_on_canonical_documents(spec: DocSpec) -> None:
    canonical = drucksache.parse_text(drucksache.render(drucksache.parse_text(dip_text(spec))))
    again = drucksache.parse_text(drucksache.render(canonical))
    assert again == canonical


# --- never any other exception ----------------------------------------------------------------


def assert_spans_hold(doc: Document) -> None:
    """What holds for every parse: spans inside the text, segment texts read from their spans."""
    size = len(doc.text)
    segments = [doc.preamble, doc.government_preamble, *doc.answers, *doc.annexes]
    segments += [part for question in doc.questions for part in question.parts]
    for segment in [s for s in segments if s is not None]:
        assert 0 <= segment.span.start <= segment.span.end <= size
        assert segment.text == norm(doc.text[segment.span.start : segment.span.end])
    for question in doc.questions:
        assert 0 <= question.span.start <= question.span.end <= size
    for reference in doc.references:
        assert 0 <= reference.span.start < reference.span.end <= size
        assert norm(doc.text[reference.span.start : reference.span.end]) == reference.text
    for warning in doc.warnings:
        assert warning.span is None or 0 <= warning.span.start <= warning.span.end <= size
    assert all(0 <= removed.at <= size for removed in doc.removed)


def _parses_or_says_why(text: str) -> None:
    try:
        doc = drucksache.parse_text(text)
    except DrucksacheError as error:
        assert str(error).strip(), f"{type(error).__name__} without a message"
        return
    assert isinstance(doc, Document)
    assert_spans_hold(doc)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text())
@example("")
@example(" \n\t\f\r\n")
@example("\u00ad")
@example(" 1. Wie?\n")
@example("Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 31.02.2025\nAntwort\n")
@example("Deutscher Bundestag Drucksache 21/1\nAntrag\n")
def test_any_text_parses_or_raises_a_drucksache_error(text: str) -> None:
    _parses_or_says_why(text)


def _mutated(draw: st.DrawFn, lines: list[str]) -> list[str]:
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "splice", "cut"]))
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i : i + draw(st.integers(1, 20))]
        elif op == "duplicate":
            lines[i:i] = lines[i : i + draw(st.integers(1, 20))]
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.text(max_size=80)))
        elif op == "splice":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.text(min_size=1, max_size=10)) + lines[i][at:]
        else:
            lines = lines[i:] if draw(st.booleans()) else lines[:i]
    return lines


@st.composite
def mutated_real_documents(draw: st.DrawFn) -> str:
    path = draw(st.sampled_from(REAL))
    lines = path.read_text(encoding="utf-8").split("\n")
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    return "\n".join(_mutated(draw, list(lines)))


@st.composite
def mutated_generated_documents(draw: st.DrawFn) -> str:
    lines = dip_text(draw(doc_specs(max_questions=12))).split("\n")
    return "\n".join(_mutated(draw, lines))


@settings(max_examples=EXAMPLES, deadline=None)
@given(mutated_real_documents())
def test_mutated_real_documents_parse_or_raise_a_drucksache_error(text: str) -> None:
    _parses_or_says_why(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(mutated_generated_documents())
def test_mutated_generated_documents_parse_or_raise_a_drucksache_error(text: str) -> None:
    _parses_or_says_why(text)


# Lines that each mean something to one stage or another, in any order and number.
MEANINGFUL_LINES = (
    "Deutscher Bundestag Drucksache 21/1",
    "21. Wahlperiode 01.01.2025",
    "Antwort",
    "der Bundesregierung",
    "Kleine Anfrage",
    "auf die Kleine Anfrage der Abgeordneten Dr. Anke Domscheit-",
    "Berg und der Fraktion Die Linke",
    "– Drucksache 21/13 032 –",
    "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r",
    "Vorbemerkung der Bundesregierung",
    "Wir fragen die Bundesregierung:",
    " 1. Wie viele Anträge gab es?",
    "2. Welche",
    "Maßnahmen plant die Bundesregierung?",
    "10b. Wann?",
    "a) Wenn ja, welche?",
    "b) Wenn nein, warum nicht?",
    "(Bitte nach Jahren aufschlüsseln.)",
    "Die Fragen 1 bis 3 werden gemeinsam beantwortet.",
    "Die Fragen 10 bis 10b werden gemeinsam be-",
    "antwortet.",
    "Es wird auf die Antwort zu Frage 3 verwiesen.",
    "Auf die Vorbemerkung der Bundesregierung wird verwiesen.",
    "31. März 2025 wurde die Frist verlängert.",
    "1. Die Prüfung ist noch nicht abgeschlossen;",
    "Die Antwort wurde namens der Bundesregierung mit Schreiben des Auswärtigen Amts",
    "vom 1. Mai 2025 übermittelt.",
    "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.",
    "Vorabfassung – wird durch die lektorierte Fassung ersetzt.",
    "gesell-",
    "schaftlichen Folgen (www.",
    "bund.de/DE/",
    "Berlin, den 5. Mai 2025",
    "ISSN 0722-8333",
    # The shapes of this session's rules: parts printed apart, each with its answer; a reprinted
    # part; a grouping sentence with a typo; ties to other papers; annexes after the imprint.
    " 3. Wie viele Anträge, aufgeschlüsselt nach",
    "Im Jahr 2024 wurden insgesamt 12 Anträge gestellt. Im Einzelnen:",
    "a) Ungedienten,",
    "1 811 Anträge durch Ungediente.",
    "b) Reservisten und",
    "c) Berufssoldaten wurden gestellt?",
    "18 g) Wurden Beteiligungen angezeigt?",
    "Die Fragen 2 und 4 werden gemeinsa beantwortet.",
    "Die Fragen 4 bis 5b werden gemeinsam beantwortet",
    "(Antwort auf Bundestagsdrucksache 20/9077, dort Frage 2)",
    "In der Kleinen Anfrage auf Bundestagsdrucksache 20/129 wurden die Fragen 6 und 7 gestellt.",
    "Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei",
    "Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln",
    "Anlage 1 zu Frage 3",
    "Anlage zu Frage 73 – 1 –",
    "Anlage zur Antwort der Bundesregierung auf die Kleine Anfrage des Abgeordneten",
    "Martin Hess u. a. und der Fraktion der AfD - BT-Drucksache 21/884",
    "Anlage",
    "zur Antwort auf die Kleine Anfrage der Fraktion der AfD",
    "Jüdisches Leben in Europa e. V.",
    "",
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(MEANINGFUL_LINES), max_size=80).map("\n".join))
def test_any_arrangement_of_meaningful_lines_parses_or_raises(text: str) -> None:
    _parses_or_says_why(text)


def test_the_real_documents_are_there() -> None:
    assert len(REAL) >= 3
