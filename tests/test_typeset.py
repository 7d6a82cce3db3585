"""The test typesetter: its PDFs must look like real answers when read back with pdfplumber."""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pdfplumber
import pytest
from typeset import (
    furniture,
    genitive,
    layout_pages,
    long_answer,
    sample_document,
    typeset,
    typeset_long,
)
from typeset.breaking import splits
from typeset.sample import ANSWERS, QUESTIONS

import drucksache
from drucksache.models import Document

A4 = (595.276, 841.89)
FIGURE_SPACE = "\u2007"


@pytest.fixture(scope="module")
def pdf() -> Iterator[Any]:
    with pdfplumber.open(io.BytesIO(typeset(sample_document()))) as opened:
        yield opened


def _lines(page: Any) -> list[dict[str, Any]]:
    return list(page.extract_text_lines(return_chars=True))


def _line_starting(pdf: Any, start: str) -> dict[str, Any]:
    for page in pdf.pages:
        for line in _lines(page):
            if line["text"].startswith(start):
                return line
    raise AssertionError(f"no line starts with {start!r}")


def _sizes(line: dict[str, Any]) -> set[float]:
    return {round(char["size"], 2) for char in line["chars"] if char["text"].strip()}


def test_pages_are_a4(pdf: Any) -> None:
    for page in pdf.pages:
        assert (round(page.width, 3), round(page.height, 2)) == A4


def test_questions_are_set_smaller_than_answers(pdf: Any) -> None:
    question = _line_starting(pdf, "1. Wie viele Sicherheits")
    answer = _line_starting(pdf, "Im Jahr 2025 wurden")
    assert _sizes(question) == {9.6}
    assert _sizes(answer) == {10.68}


def test_single_digit_numbers_hang_right_aligned_after_a_figure_space(pdf: Any) -> None:
    line = _line_starting(pdf, "1. Wie viele")
    chars = line["chars"]
    page = pdf.pages[0]
    figure = [c for c in page.chars if c["text"] == FIGURE_SPACE and c["top"] == chars[0]["top"]]
    assert figure, "no figure space before the number 1"
    assert chars[0]["x0"] == pytest.approx(59.53 + 4.8, abs=0.05)  # one digit right of 10.
    text_start = next(c for c in chars if c["text"] == "W")
    assert text_start["x0"] == pytest.approx(79.81, abs=0.05)


def test_two_digit_numbers_align_with_single_digits() -> None:
    with pdfplumber.open(io.BytesIO(typeset(long_answer(4)))) as opened:
        ends = {}
        for page in opened.pages:
            for line in _lines(page):
                match = re.match(r"(\d+)\. ", line["text"])
                if match and _sizes(line) == {9.6}:
                    dot = line["chars"][len(match.group(1))]
                    ends[match.group(1)] = round(dot["x1"], 2)
    assert "9" in ends and "10" in ends
    assert ends["9"] == ends["10"]


def test_running_heads_alternate_on_pages_from_two() -> None:
    with pdfplumber.open(io.BytesIO(typeset_long(4))) as opened:
        assert len(opened.pages) == 4
        heads = [_lines(page)[0]["text"] for page in opened.pages]
        first_lines = [line["text"] for line in _lines(opened.pages[0])[:2]]
        page = opened.pages[1]
        first_body = _lines(page)[1]["chars"][-1]
        body_baseline = page.height - first_body["matrix"][5]
    # "Drucksache" is smaller than the number, so it reads as a line of its own, as in real PDFs.
    assert first_lines == ["Deutscher Bundestag 21/7652", "Drucksache"]
    assert heads[1] == "Drucksache 21/7652 – 2 – Deutscher Bundestag – 21. Wahlperiode"
    assert heads[2] == "Deutscher Bundestag – 21. Wahlperiode – 3 – Drucksache 21/7652"
    assert heads[3] == "Drucksache 21/7652 – 4 – Deutscher Bundestag – 21. Wahlperiode"
    # As on the real pages: a 10.68 pt line there has its top at 101.2.
    assert body_baseline == pytest.approx(101.2 + 0.783 * 10.68, abs=0.1)


def test_no_paragraph_leaves_a_single_line_at_a_page_end_or_start() -> None:
    pages = layout_pages(long_answer(12))
    for before, after in itertools.pairwise(pages):
        last, first = before.lines[-1], after.lines[0]
        if not last.last_of_paragraph:  # a paragraph runs over the page break
            assert last.index >= 1, f"a lone first line at the foot of page {before.number}"
            assert not first.last_of_paragraph, f"a lone last line atop page {after.number}"


def test_page_one_note_stands_at_the_foot_below_the_body(pdf: Any) -> None:
    lines = _lines(pdf.pages[0])
    texts = [line["text"] for line in lines]
    first = next(i for i, text in enumerate(texts) if text.startswith("Die Antwort wurde namens"))
    assert texts[first:] == [
        "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums des "
        "Innern vom 14. August 2026",
        "übermittelt.",
        "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.",
    ]
    note = lines[first:]
    body = [line for line in lines[:first] if line["top"] > 300 and _sizes(line) & {9.6, 10.68}]
    assert all(_sizes(line) == {9.6} for line in note)
    assert note[0]["x1"] > 500  # across the page, not in the text column
    footnote_rule = max(rule["top"] for rule in pdf.pages[0].lines)
    assert max(line["bottom"] for line in body) < footnote_rule < note[0]["top"]
    assert note[-1]["bottom"] < 770


def test_pyphen_breaks_words_at_line_ends(pdf: Any) -> None:
    words = set(re.findall(r"\w+", " ".join([*QUESTIONS, *ANSWERS])))
    lines = [line["text"] for page in pdf.pages for line in _lines(page)]
    soft = []
    for line, following in itertools.pairwise(lines):
        last = line.rsplit(" ", 1)[-1]
        if last.endswith("-") and following:
            joined = re.sub(r"\W", "", last[:-1] + following.split()[0])
            if joined in words and "-" not in last[:-1]:
                soft.append(joined)
    assert soft, "no line ends in a hyphen that pyphen added"


def test_a_word_with_its_own_hyphen_breaks_after_it() -> None:
    heads = {split.head: split for split in splits("EU-Mitgliedstaaten")}
    assert heads["EU-"].tail == "Mitgliedstaaten"
    assert not heads["EU-"].by_pyphen
    assert all(split.head.count("-") <= 2 for split in heads.values())


def test_pyphen_oddities_are_not_used() -> None:
    assert {split.head for split in splits("Mitarbeitern")} == {"Mit-", "Mitarbei-"}
    assert "aufsch-" not in {split.head for split in splits("aufschlüsseln")}


def test_digit_groups_stay_together_with_an_unstretched_space(pdf: Any) -> None:
    line = _line_starting(pdf, "Im Jahr 2025 wurden insgesamt 1 234")
    letters = [c for c in line["chars"] if c["text"].strip()]
    gaps = {
        a["text"] + b["text"]: b["x0"] - a["x1"]
        for a, b in itertools.pairwise(letters)
        if b["x0"] - a["x1"] > 1
    }
    assert gaps["12"] == pytest.approx(2.67, abs=0.02)  # a plain space, as in real PDFs
    assert gaps["t1"] > 3.5  # the line's word spaces are stretched


def test_imprint_is_on_the_last_page_only(pdf: Any) -> None:
    last = pdf.pages[-1].extract_text()
    assert "Gesamtherstellung: H. Heenemann GmbH & Co. KG" in last
    assert "Vertrieb: Bundesanzeiger Verlag GmbH" in last
    assert last.rstrip().endswith("ISSN 0722-8333")
    assert all("ISSN" not in page.extract_text() for page in pdf.pages[:-1])


def test_footnote_is_set_small_at_the_foot_with_a_superscript_mark(pdf: Any) -> None:
    page = pdf.pages[0]
    foot = _line_starting(pdf, "1 https://www.bundesregierung.de")
    assert {round(c["size"], 2) for c in foot["chars"] if c["text"] != "1"} == {8.04}
    marks = [c for c in page.chars if c["text"] == "1" and round(c["size"], 2) == 6.96]
    assert len(marks) == 1
    assert marks[0]["bottom"] < foot["top"]


def test_headings_are_letter_spaced_bold_sans(pdf: Any) -> None:
    line = _line_starting(pdf, "Vorbemerkung")
    assert line["text"] == "Vorbemerkung der Fragesteller"
    letters = [c for c in line["chars"] if c["text"].strip()]
    gaps = [b["x0"] - a["x1"] for a, b in itertools.pairwise(letters[:12])]  # "Vorbemerkung"
    assert min(gaps) == pytest.approx(0.2 * 10.68, abs=0.05)  # read as "V o r b e …"
    assert {c["fontname"] for c in line["chars"]} == {"Helvetica-Bold"}


def test_content_matches_render() -> None:
    """Every word of ``drucksache.render`` is in the PDF and vice versa (page furniture aside)."""
    doc = sample_document()
    rendered = Counter(_unspaced(drucksache.render(doc)).split())
    with pdfplumber.open(io.BytesIO(typeset(doc))) as opened:
        lines = [
            line["text"]
            for page in opened.pages
            for line in _lines(page.filter(_not_a_footnote_mark))
            if page.page_number == 1 or line["top"] > 80  # running heads
        ]
    typeset_words = Counter(_dehyphenated(lines, rendered).split())
    typeset_words.subtract(Counter(doc.footnotes[0].text.split()))  # not in render
    if not any(piece.reason == "imprint" for piece in doc.removed):
        # The imprint is furniture: render prints it again only where the document had one.
        typeset_words.subtract(Counter(_unspaced(" ".join(furniture.IMPRINT)).split()))
    assert +typeset_words == rendered


def _unspaced(text: str) -> str:
    # "V o r b e m e r k u n g  d e r" → "Vorbemerkung der": the PDF spaces letters by tracking.
    spaced = re.compile(r"^\S(?: \S)+(?:  \S(?: \S)+)+$", re.MULTILINE)
    return spaced.sub(lambda m: " ".join(w.replace(" ", "") for w in m.group().split("  ")), text)


def _not_a_footnote_mark(obj: dict[str, Any]) -> bool:
    return obj.get("object_type") != "char" or round(obj["size"], 2) not in {6.96, 5.04}


def _dehyphenated(lines: list[str], known: Counter[str]) -> str:
    # Undo line-end breaks: a hyphen the typesetter added goes, a word's own hyphen stays.
    text = ""
    for line in lines:
        if text.endswith("-"):
            head = text.rsplit(" ", 1)[-1]
            tail, _, rest = line.partition(" ")
            for joined in (head[:-1] + tail, head + tail):
                if joined in known:
                    text = text[: -len(head)] + joined + " " + rest
                    break
            else:
                text += " " + line
            continue
        text += " " + line
    return text


def _with_answer_text(text: str) -> Document:
    doc = sample_document()
    answer = doc.answers[0].model_copy(update={"text": text})
    return doc.model_copy(update={"answers": (answer, *doc.answers[1:])})


def test_a_character_no_font_has_is_refused_not_garbled() -> None:
    with pytest.raises(ValueError, match=r"cannot set '漢' \(U\+6F22\): neither the standard"):
        typeset(_with_answer_text("Das Zeichen 漢 ist chinesisch."))


# Characters of the WP21 answers that WinAnsi lacks (Times New Roman in the real PDFs has them).
_BEYOND_WIN_ANSI = "Świnoujście Černe Salihović Ayşe Shinzō Haiʾat − ≥ CO₂ haben⁴ ● ► ▼ ‛"


def test_characters_beyond_win_ansi_come_from_the_serif_fallback() -> None:
    text = f"Die Liste: {_BEYOND_WIN_ANSI} und so weiter."
    with pdfplumber.open(io.BytesIO(typeset(_with_answer_text(text)))) as opened:
        chars = [c for page in opened.pages for c in page.chars]
        line = _line_starting(opened, "Die Liste:")
    beyond = {c["text"]: c["fontname"] for c in chars if not _win_ansi(c["text"].strip())}
    win_ansi = {c["fontname"] for c in line["chars"] if c["text"] not in beyond}
    assert set(beyond) == {c for c in _BEYOND_WIN_ANSI if not _win_ansi(c)}
    assert {name.partition("+")[2] for name in beyond.values()} == {"DejaVuSerif"}
    assert {round(c["size"], 2) for c in line["chars"]} == {10.68}
    assert win_ansi == {"Times-Roman"}
    assert _words(line["text"]) + _words(_next_lines(opened, line, 1)) == _words(text)


def test_a_fallback_glyph_keeps_its_own_width_in_the_line() -> None:
    # "Ś" in DejaVu Serif is wider than "S" in Times: the next glyph starts where it ends.
    with pdfplumber.open(io.BytesIO(typeset(_with_answer_text("Świecko und Slubice.")))) as opened:
        chars = _line_starting(opened, "Świecko")["chars"]
    assert chars[1]["x0"] == pytest.approx(chars[0]["x1"], abs=0.01)
    assert chars[0]["x1"] - chars[0]["x0"] == pytest.approx(0.686 * 10.68, abs=0.05)


def test_title_block_falls_back_to_the_sans_in_bold() -> None:
    doc = sample_document()
    title = "Zur Arbeit von Zada Salihović im Ausschuss"
    doc = doc.model_copy(update={"metadata": doc.metadata.model_copy(update={"title": title})})
    with pdfplumber.open(io.BytesIO(typeset(doc))) as opened:
        line = _line_starting(opened, "Zur Arbeit von Zada")
    fonts = {c["text"]: c["fontname"].partition("+")[2] or c["fontname"] for c in line["chars"]}
    assert fonts["ć"] == "DejaVuSans-Bold"
    assert {fonts[c] for c in "ZurArbeitSalihovi"} == {"Helvetica-Bold"}


def _win_ansi(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _words(text: str) -> list[str]:
    return text.split()


def _next_lines(pdf: Any, line: dict[str, Any], count: int) -> str:
    lines = [ln["text"] for page in pdf.pages for ln in _lines(page)]
    at = lines.index(line["text"])
    return " ".join(lines[at + 1 : at + 1 + count])


def test_unicode_hyphens_and_thin_spaces_are_set_plain() -> None:
    pdf = typeset(_with_answer_text("Die Nord\u2011Süd\u2011Achse kostet 17\u202f000 Euro."))
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = "\n".join(page.extract_text() for page in opened.pages)
    assert "Die Nord-Süd-Achse kostet 17 000 Euro." in text


def test_footnote_on_a_page_the_answer_lacks_is_refused() -> None:
    doc = sample_document()
    footnote = doc.footnotes[0].model_copy(update={"page": 9})
    with pytest.raises(ValueError, match=r"footnotes name pages \[9\]"):
        typeset(doc.model_copy(update={"footnotes": (footnote,)}))


def test_title_block_wraps_like_the_real_one() -> None:
    meta = sample_document().metadata.model_copy(
        update={
            "askers": (
                "Linda Heitmann",
                "Dr. Kirsten Kappert-Gonther",
                "Dr. Janosch Dahmen",
                "weiterer Abgeordneter",
            ),
            "fraktionen": ("BÜNDNIS 90/DIE GRÜNEN",),
            "title": "Ortsumfahrung Ahrensfelde/Bundesstraße 158 (Nachfrage zur Antwort der "
            "Bundesregierung auf die Kleine Anfrage auf Bundestagsdrucksache 21/68)",
        }
    )
    doc = sample_document().model_copy(update={"metadata": meta})
    with pdfplumber.open(io.BytesIO(typeset(doc))) as opened:
        lines = [line["text"] for line in _lines(opened.pages[0])]
    # The line breaks of the DIP text of Drucksache 21/357 and of a Grünen inquiry.
    assert "auf die Kleine Anfrage der Abgeordneten Linda Heitmann, Dr. Kirsten Kappert-" in lines
    at = lines.index("Gonther, Dr. Janosch Dahmen, weiterer Abgeordneter und der Fraktion")
    assert lines[at + 1] == "BÜNDNIS 90/DIE GRÜNEN"  # the group's name is not broken
    assert "Ortsumfahrung Ahrensfelde/Bundesstraße 158" in lines
    assert "(Nachfrage zur Antwort der Bundesregierung auf die Kleine Anfrage auf" in lines


@pytest.mark.parametrize(
    ("ministry", "expected"),
    [
        ("Auswärtiges Amt", "des Auswärtigen Amts"),
        ("Bundeskanzleramt", "des Bundeskanzleramtes"),
        ("Bundesministerium der Finanzen", "des Bundesministeriums der Finanzen"),
        (
            "Die Beauftragte der Bundesregierung für Kultur und Medien",
            "der Beauftragten der Bundesregierung für Kultur und Medien",
        ),
        (
            "Beauftragter der Bundesregierung für Kultur und Medien",
            "des Beauftragten der Bundesregierung für Kultur und Medien",
        ),
    ],
)
def test_ministry_in_the_genitive(ministry: str, expected: str) -> None:
    assert genitive(ministry) == expected


def test_unknown_ministry_is_refused() -> None:
    with pytest.raises(ValueError, match="no genitive known"):
        genitive("Landratsamt Görlitz")


# Questions out of the answers' order, as real answers print them: question 4 after the group
# that names it (21/856), question 2 printed a second time before its own answer (21/1136),
# sub-question 5a after an answer to its lead (21/2237).
PRINTED_ORDER = """Deutscher Bundestag Drucksache 21/9999
21. Wahlperiode 01.08.2025
Antwort
der Bundesregierung
auf die Kleine Anfrage der Abgeordneten Anna Beispiel und der Fraktion Die Linke
– Drucksache 21/9990 –
Förderung des Radverkehrs
 1. Wie viele Radwege hat der Bund seit dem Jahr 2020 gefördert?
 2. Wie hoch waren die Mittel für diese Radwege insgesamt?
Die Fragen 1, 2 und 4 werden gemeinsam beantwortet.
Der Bund hat seit dem Jahr 2020 insgesamt 120 Radwege mit 45 Millionen Euro gefördert.
 3. Welche Länder haben diese Mittel abgerufen?
Alle Länder haben Mittel abgerufen.
 4. Plant die Bundesregierung weitere Förderprogramme?
Auf die Antwort zu Frage 1 wird verwiesen.
 2. Wie hoch waren die Mittel für diese Radwege insgesamt?
Die Mittel werden im Haushalt ausgewiesen.
 5. Wie viele Radwege wurden im Jahr 2024 fertiggestellt?
Im Jahr 2024 wurden 30 Radwege fertiggestellt.
a) Wie viele davon liegen in Städten?
Die Fragen 5 und 5a werden gemeinsam beantwortet.
Davon liegen 18 Radwege in Städten.
"""


def test_questions_stand_where_the_source_printed_them() -> None:
    doc = drucksache.parse_text(PRINTED_ORDER)
    assert [a.questions for a in doc.answers] == [
        ("1", "2", "4"),
        ("3",),
        ("4",),
        ("2",),
        ("5",),
        ("5", "5a"),
    ]
    with pdfplumber.open(io.BytesIO(typeset(doc))) as opened:
        lines = [line["text"] for page in opened.pages for line in _lines(page)]
    body = lines[lines.index("Förderung des Radverkehrs") + 1 :]
    labels = [m[1] for line in body if (m := re.match(r"\s*(\d+\.|[a-z]\))\s", line))]
    assert labels == ["1.", "2.", "3.", "4.", "2.", "5.", "a)"]
    from_pdf = drucksache.parse_pdf(typeset(doc))

    def content(parsed: Document) -> list[object]:
        questions = [
            (q.number, q.text, [(p.label, p.text) for p in q.parts]) for q in parsed.questions
        ]
        return questions + [(a.questions, a.grouping, a.text) for a in parsed.answers]

    assert content(from_pdf) == content(doc)


ANNEX_AFTER_IMPRINT = """Deutscher Bundestag Drucksache 21/9999
21. Wahlperiode 01.08.2025
Antwort
der Bundesregierung
auf die Kleine Anfrage der Abgeordneten Anna Beispiel und der Fraktion Die Linke
– Drucksache 21/9990 –
Netzwerke zur Fachkräftesicherung
 1. Welche Netzwerke wurden unterstützt?
Die Netzwerke können der Übersicht in der Anlage entnommen werden.
Gesamtherstellung: H. Heenemann GmbH & Co. KG, Buch- und Offsetdruckerei, Bessemerstraße 83–91, \
12103 Berlin, www.heenemann-druck.de
Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln, Telefon (02 21) 97 66 83 40, \
Fax (02 21) 97 66 83 44, www.bundesanzeiger-verlag.de
ISSN 0722-8333
"""


def _pages_text(pdf_bytes: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as opened:
        return [page.extract_text() for page in opened.pages]


def test_an_imprint_before_the_annexes_stands_under_the_last_answer() -> None:
    """Where the imprint stood before the annexes, it stands at the foot of the last answer's
    page and the annexes begin on the next, as in a Bundestag print; the PDF's parse records
    it there and reads the same annex."""
    doc = drucksache.parse_text(
        ANNEX_AFTER_IMPRINT + "Anlage zu Frage 1\nNetzwerkname Ort Bundesland\n"
        "Wissenswerkstatt Friedrichshafen Baden-Württemberg\n"
    )
    pdf_bytes = typeset(doc)
    first, second = _pages_text(pdf_bytes)
    assert first.rstrip().endswith("ISSN 0722-8333") and "Anlage zu Frage 1" not in first
    assert "Anlage zu Frage 1" in second and "ISSN" not in second
    from_pdf = drucksache.parse_pdf(pdf_bytes)
    assert [(a.title, a.text) for a in from_pdf.annexes] == [(a.title, a.text) for a in doc.annexes]
    assert [r.page for r in from_pdf.removed if r.reason == "imprint"] == [1]


def test_an_annex_text_holding_its_heading_is_set_around_it() -> None:
    """An annex whose text holds its heading (its first page after the imprint, the heading
    printed below its first lines) is set so: the heading once, where the text holds it, so
    that the PDF reads the same title, text and references."""
    doc = drucksache.parse_text(
        ANNEX_AFTER_IMPRINT + "Unterstützte Netzwerke\nNetzwerkname Ort Bundesland\n"
        "Wissenswerkstatt Friedrichshafen Baden-Württemberg\nAnlage zu Frage 1\n"
        "Fachkräfteallianz Karlsruhe Baden-Württemberg\n"
    )
    assert doc.annexes[0].text.startswith("Unterstützte Netzwerke")
    pdf_bytes = typeset(doc)
    assert "\n".join(_pages_text(pdf_bytes)).count("Anlage zu Frage 1") == 1
    from_pdf = drucksache.parse_pdf(pdf_bytes)
    assert [(a.title, a.text) for a in from_pdf.annexes] == [(a.title, a.text) for a in doc.annexes]
    assert [(r.kind, r.question) for r in from_pdf.references] == [
        (r.kind, r.question) for r in doc.references
    ]
