"""The title block and the page-1 note: Metadata through ``parse_text``."""

from __future__ import annotations

import datetime as dt

import pytest

import drucksache
from drucksache import Metadata, WrongDocumentKindError

HEAD = (
    "Deutscher Bundestag Drucksache 21/1136\n21. Wahlperiode 04.08.2025\n"
    "Antwort\nder Bundesregierung\n"
)
BODY = " 1. Wie viele Anträge gab es?\nEs gab drei Anträge.\n"


def note(sender: str, date: str = "4. August 2025") -> str:
    return (
        f"Die Antwort wurde namens der Bundesregierung mit Schreiben {sender} vom {date} "
        "übermittelt.\n"
        "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.\n"
    )


def metadata(
    askers: str, title: str = "Compliance-Regeln für Mitglieder der Bundesregierung\n"
) -> Metadata:
    text = HEAD + askers + "– Drucksache 21/763 –\n" + title + BODY
    return drucksache.parse_text(text).metadata


def test_drucksache_number_date_and_wahlperiode() -> None:
    meta = metadata("auf die Kleine Anfrage der Fraktion der AfD\n")
    assert (meta.drucksache, meta.wahlperiode, meta.date) == ("21/1136", 21, dt.date(2025, 8, 4))
    assert meta.kind == "antwort"
    assert meta.inquiry == "21/763"
    assert meta.title == "Compliance-Regeln für Mitglieder der Bundesregierung"


def test_askers_with_doctor_titles_over_two_lines() -> None:
    meta = metadata(
        "auf die Kleine Anfrage der Abgeordneten Dr. Andreas Audretsch, Dr. Julia\n"
        "Verlinden, Michael Kellner, weiterer Abgeordneter und der Fraktion BÜNDNIS 90/DIE GRÜNEN\n"
    )
    assert meta.askers == ("Dr. Andreas Audretsch", "Dr. Julia Verlinden", "Michael Kellner")
    assert meta.fraktionen == ("BÜNDNIS 90/DIE GRÜNEN",)


def test_double_name_broken_at_its_hyphen() -> None:
    meta = metadata(
        "auf die Kleine Anfrage der Abgeordneten Linda Heitmann, Dr. Kirsten Kappert-\n"
        "Gonther, weiterer Abgeordneter und der Fraktion BÜNDNIS 90/DIE GRÜNEN\n"
    )
    assert meta.askers == ("Linda Heitmann", "Dr. Kirsten Kappert-Gonther")


def test_one_asker() -> None:
    meta = metadata(
        "auf die Kleine Anfrage der Abgeordneten Heidi Reichinnek und der Fraktion Die Linke\n"
    )
    assert meta.askers == ("Heidi Reichinnek",)
    assert meta.fraktionen == ("Die Linke",)


def test_fraktion_without_askers() -> None:
    meta = metadata("auf die Kleine Anfrage der Fraktion der AfD\n")
    assert meta.askers == ()
    assert meta.fraktionen == ("AfD",)


def test_several_fraktionen() -> None:
    meta = metadata("auf die Kleine Anfrage der Fraktionen der CDU/CSU und SPD\n")
    assert meta.fraktionen == ("CDU/CSU", "SPD")


def test_fraktion_broken_after_the_slash() -> None:
    # As in 21-1136: "… und der Fraktion BÜNDNIS 90/" / "DIE GRÜNEN".
    meta = metadata(
        "auf die Kleine Anfrage der Abgeordneten Dr. Andreas Audretsch, Dr. Julia\n"
        "Verlinden, Michael Kellner, weiterer Abgeordneter und der Fraktion BÜNDNIS 90/\n"
        "DIE GRÜNEN\n"
    )
    assert meta.fraktionen == ("BÜNDNIS 90/DIE GRÜNEN",)
    assert meta.askers == ("Dr. Andreas Audretsch", "Dr. Julia Verlinden", "Michael Kellner")


def test_cdu_csu_broken_after_the_slash() -> None:
    meta = metadata(
        "auf die Kleine Anfrage der Abgeordneten Jens Spahn und der Fraktion der CDU/\nCSU\n"
    )
    assert meta.fraktionen == ("CDU/CSU",)


def test_fraktionen_broken_before_und() -> None:
    meta = metadata("auf die Kleine Anfrage der Fraktionen der CDU/CSU\nund SPD\n")
    assert meta.fraktionen == ("CDU/CSU", "SPD")
    assert meta.title == "Compliance-Regeln für Mitglieder der Bundesregierung"


def test_title_over_two_lines() -> None:
    meta = metadata(
        "auf die Kleine Anfrage der Fraktion der AfD\n",
        title="Berichte über Mobbing an Schulen durch religiös motivierte\n"
        "Bekleidungsvorschriften\n",
    )
    assert (
        meta.title
        == "Berichte über Mobbing an Schulen durch religiös motivierte Bekleidungsvorschriften"
    )


def test_inquiry_number_with_a_thin_space() -> None:
    text = (
        HEAD
        + "auf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/13\u2009032 –\nTitel\n"
        + BODY
    )
    assert drucksache.parse_text(text).metadata.inquiry == "21/13032"


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("des Auswärtigen Amts", "Auswärtiges Amt"),
        ("des Auswärtigen Amtes", "Auswärtiges Amt"),
        ("des Bundeskanzleramtes", "Bundeskanzleramt"),
        ("des Bundeskanzleramts", "Bundeskanzleramt"),
        ("des Bundesministeriums des Innern", "Bundesministerium des Innern"),
        ("des Bundesministeriums der Finanzen", "Bundesministerium der Finanzen"),
        (
            "des Bundesministeriums für Landwirtschaft, Ernährung\nund Heimat",
            "Bundesministerium für Landwirtschaft, Ernährung und Heimat",
        ),
        (
            "des Bundesministeriums für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
            "Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
        ),
        (
            "der Beauftragten der Bundesregierung für Kultur und Medien",
            "Beauftragte der Bundesregierung für Kultur und Medien",
        ),
    ],
)
def test_ministry_in_the_nominative(genitive: str, nominative: str) -> None:
    text = HEAD + "auf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/763 –\nTitel\n"
    doc = drucksache.parse_text(text + note(genitive, "30. Juli 2025") + BODY)
    assert doc.metadata.ministry == nominative
    assert doc.metadata.transmitted == dt.date(2025, 7, 30)


def test_note_named_for_the_bundeskanzleramt() -> None:
    text = HEAD + "auf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/763 –\nTitel\n"
    doc = drucksache.parse_text(
        text + "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundeskanzleramtes "
        "vom 1. Juli 2025 übermittelt.\n" + BODY
    )
    assert doc.metadata.ministry == "Bundeskanzleramt"


def test_missing_note_leaves_ministry_unknown_and_says_so() -> None:
    doc = drucksache.parse_text(
        HEAD + "auf die Kleine Anfrage der Fraktion der AfD\n– Drucksache 21/763 –\nTitel\n" + BODY
    )
    assert doc.metadata.ministry is None and doc.metadata.transmitted is None
    assert "missing_metadata" in [w.code for w in doc.warnings]


def test_impossible_header_date_is_none() -> None:
    text = HEAD.replace("04.08.2025", "31.02.2025") + BODY
    assert drucksache.parse_text(text).metadata.date is None


def test_kleine_anfrage_is_the_question_side() -> None:
    text = (
        "Deutscher Bundestag Drucksache 21/763\n21. Wahlperiode 14.07.2025\nKleine Anfrage\n"
        "der Abgeordneten Dr. Andreas Audretsch und der Fraktion BÜNDNIS 90/DIE GRÜNEN\n"
        "Compliance-Regeln\nWir fragen die Bundesregierung:\n 1. Wie viele Anträge gab es?\n"
        "Berlin, den 10. Juli 2025\n"
    )
    doc = drucksache.parse_text(text)
    assert doc.metadata.kind == "kleine_anfrage"
    assert doc.metadata.inquiry is None
    assert doc.metadata.askers == ("Dr. Andreas Audretsch",)
    assert [q.number for q in doc.questions] == ["1"]
    assert doc.answers == ()


def test_another_kind_of_drucksache_is_refused() -> None:
    text = (
        "Deutscher Bundestag Drucksache 20/6415\n20. Wahlperiode 12.04.2023\nAntrag\nder Fraktion\n"
    )
    with pytest.raises(WrongDocumentKindError, match="Antrag") as raised:
        drucksache.parse_text(text)
    assert raised.value.kind == "Antrag"


PREAMBLE = (
    "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r\n"
    "Künstliche Intelligenz ist eine Schlüsseltechnologie.\n"
)


def test_title_of_a_text_cut_above_it_is_read() -> None:
    doc = drucksache.parse_text(
        " Das dezentrale deutsch-französische\nKI-Netzwerk\n\n" + PREAMBLE + BODY
    )
    assert doc.metadata.title == "Das dezentrale deutsch-französische KI-Netzwerk"
    assert doc.preamble is not None
    assert doc.preamble.text == "Künstliche Intelligenz ist eine Schlüsseltechnologie."
    missing = [w.message for w in doc.warnings if w.code == "missing_metadata"]
    assert missing and "title" not in missing[0]


@pytest.mark.parametrize(
    "before",
    [
        "aktivieren\n",  # a title's tail, written small: the text cut the title in two
        "Die Bundesregierung fördert seit 2018 die KI-Forschung.\n",  # a sentence, no title
        "– Drucksache 19/15838 –\nDas dezentrale KI-Netzwerk\n",  # the block was not cut there
    ],
)
def test_lines_before_the_preamble_that_are_no_title_alone_stay_unread(before: str) -> None:
    assert drucksache.parse_text(before + PREAMBLE + BODY).metadata.title is None
