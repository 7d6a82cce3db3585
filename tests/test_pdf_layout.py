"""The PDF front end's rules on hand-made input: characters to lines, and page furniture."""

from __future__ import annotations

from typing import Any

from drucksache.lines import Dropped
from drucksache.pdf_furniture import PageContent, TypeSizes, classify_page, type_sizes
from drucksache.pdf_layout import RawLine, page_lines

# --- characters to lines ------------------------------------------------------------------------


def _chars(text: str, x: float = 60.0, size: float = 10.0, **kw: Any) -> list[Any]:
    """pdfplumber-like characters, each ``advance`` wide plus ``gap`` (tracking)."""
    advance, gap = kw.get("advance", 5.0), kw.get("gap", 0.0)
    top = 100.0 + 0.8 * (10.0 - size) - kw.get("rise", 0.0)  # baseline at 108 - rise
    chars = []
    for char in text:
        chars.append({
            "text": char, "x0": x, "x1": x + advance, "top": top, "bottom": top + size,
            "y1": 800 - top, "matrix": (size, 0, 0, size, x, 800 - top - 0.8 * size),
            "size": size, "fontname": kw.get("font", "Times"), "upright": True,
        })  # fmt: skip
        x += advance + gap
    return chars


def test_letter_spacing_without_space_glyphs() -> None:
    word1 = _chars("Vorbemerkung", gap=3.0)
    word2 = _chars("der", x=word1[-1]["x1"] + 12.0, gap=3.0)
    assert [ln.text for ln in page_lines(word1 + word2, 1)] == ["V o r b e m e r k u n g  d e r"]


def test_gap_makes_a_space_kerning_does_not() -> None:
    chars = _chars("1.", advance=3.0) + _chars("Wie", x=75.0, gap=-0.3)
    assert page_lines(chars, 1)[0].text == "1. Wie"


def test_subscript_stays_in_its_line() -> None:
    chars = _chars("CO", advance=6.0) + _chars("2", x=72.0, size=6.0, rise=-2.5, advance=3.0)
    chars += _chars(" steigt", x=75.0)
    assert [line.text for line in page_lines(chars, 1)] == ["CO₂ steigt"]


def test_footnote_line_mark() -> None:
    chars = _chars("12", size=5.0, rise=3.0, advance=2.5) + _chars("Quelle", x=67.0, size=8.0)
    (line,) = page_lines(chars, 1)
    assert (line.text, line.mark, line.size) == ("¹² Quelle", "12", 8.0)


def _mark(char: str, x: float, taller: float = 0.5) -> dict[str, Any]:
    """A combining mark with no advance, from a font whose glyph box starts lower (DejaVu)."""
    (mark,) = _chars(char, x=x, advance=0.0)
    return {**mark, "top": mark["top"] + taller, "y1": mark["y1"] - taller}


def test_combining_mark_stays_with_the_glyph_before_it() -> None:
    # "Childrens \u0301Healthcare": the mark, zero wide, stands where "H" starts.
    head = _chars("Childrens ")
    tail = _chars("Healthcare", x=head[-1]["x1"])
    chars = [*head, _mark("\u0301", head[-1]["x1"]), *tail]
    assert [ln.text for ln in page_lines(chars, 1)] == ["Childrens \u0301Healthcare"]


def test_letter_and_combining_accent_compose() -> None:
    head = _chars("Caf")
    chars = [*head, *_chars("e", x=75.0), _mark("\u0301", 80.0), *_chars(" au lait", x=80.0)]
    assert [ln.text for ln in page_lines(chars, 1)] == ["Café au lait"]


def _raw(size: float, chars: int, bold: bool = False) -> RawLine:
    return RawLine("x" * chars, 1, size, 60.0, 500.0, 100.0, 110.0, bold, "")


def test_type_sizes_answer_dominated_by_questions() -> None:
    # Long questions, short answers: the larger type is still the answer type.
    lines = [_raw(9.6, 5000), _raw(10.68, 1000), _raw(12.28, 3000, bold=True), _raw(8.0, 500)]
    assert type_sizes(lines) == TypeSizes(body=10.68, question=9.6)


def test_type_sizes_single_type() -> None:
    sizes = type_sizes([_raw(10.68, 5000), _raw(8.54, 100), _raw(6.41, 300)])
    assert sizes == TypeSizes(body=10.68, question=None)
    assert (sizes.question_type(10.68), sizes.question_type(6.41)) == (False, None)


# --- page furniture -----------------------------------------------------------------------------

ANSWER_TYPES = TypeSizes(body=10.68, question=9.6)


def _at(text: str, top: float, size: float = 10.68, mark: str = "") -> RawLine:
    return RawLine(text, 2, size, 60.0, 300.0, top, top + size, False, mark)


def _page(*lines: RawLine, rules: tuple[tuple[float, float, float], ...] = ()) -> PageContent:
    return PageContent(2, 595.28, 841.89, lines, (), rules, 0)


def _sorted(page: PageContent, first_page: bool = False) -> tuple[list[str], list[str]]:
    """(kept texts, 'reason: text' of the dropped items) of one page."""
    layout = classify_page(page, ANSWER_TYPES, first_page)
    kept = [item.text for item in layout.items if not isinstance(item, Dropped)]
    dropped = [f"{item.reason}: {item.text}" for item in layout.items if isinstance(item, Dropped)]
    return kept, dropped


def test_running_head_on_two_baselines() -> None:
    page = _page(
        _at("Drucksache 21/357", 58, 11.75),
        _at("– 2 –", 63),
        _at("Deutscher Bundestag – 21. Wahlperiode", 66),
        _at("Text.", 110),
    )
    assert _sorted(page) == (
        ["Text."],
        [
            "running_head: Drucksache 21/357",
            "page_number: – 2 –",
            "running_head: Deutscher Bundestag – 21. Wahlperiode",
        ],
    )
    # On page 1 the same "Drucksache 21/357" at the top is the page header: kept.
    assert _sorted(page, first_page=True)[0][0] == "Drucksache 21/357"


def test_head_pattern_outside_the_band_is_text() -> None:
    head = "Drucksache 21/357 – 2 – Deutscher Bundestag – 21. Wahlperiode"
    assert _sorted(_page(_at(head, 400), _at("2", 420))) == ([head, "2"], [])


def test_upright_vorabfassung_stamp_dropped_anywhere() -> None:
    stamp = "Vorabfassung – wird durch die lektorierte Fassung ersetzt."
    assert _sorted(_page(_at(stamp, 420, 14.0), _at("Text.", 440))) == (
        ["Text."],
        [f"vorabfassung: {stamp}"],
    )


def test_footnotes_without_rule_need_a_mark_and_spare_the_imprint() -> None:
    page = _page(
        _at("Text.", 500),
        _at("³ Quelle: Statistisches", 760, 8.0, mark="3"),
        _at("Bundesamt.", 770, 8.0),
        _at("Gesamtherstellung: H. Heenemann GmbH & Co. KG", 790, 6.41),
    )
    layout = classify_page(page, ANSWER_TYPES, first_page=False)
    assert [(f.mark, f.text) for f in layout.footnotes] == [
        ("3", "Quelle: Statistisches Bundesamt.")
    ]
    assert [item.text for item in layout.items] == [
        "Text.",
        "Gesamtherstellung: H. Heenemann GmbH & Co. KG",
    ]
    unmarked = _page(_at("Text.", 500), _at("Anmerkung in kleiner Schrift.", 760, 8.0))
    assert _sorted(unmarked)[0] == ["Text.", "Anmerkung in kleiner Schrift."]


def test_question_type_below_a_short_rule_is_no_footnote() -> None:
    page = _page(
        _at("Tabelle", 580),
        _at(" 7. Wie viele Fälle gab es?", 610, 9.6),
        rules=((60.0, 200.0, 600.0),),
    )
    assert _sorted(page) == (["Tabelle", " 7. Wie viele Fälle gab es?"], [])
