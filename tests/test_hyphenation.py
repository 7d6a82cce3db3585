"""Line-end hyphens and broken URLs (``hyphenation.Dehyphenator``), by the German rules."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import drucksache
from drucksache.hyphenation import Dehyphenator
from drucksache.line_ends import url_like


@dataclass
class Line:
    text: str


def joined(*texts: str) -> list[str]:
    """The lines after de-hyphenation (a continuation moves up onto the broken line)."""
    lines = [Line(t) for t in texts]
    Dehyphenator(lines).run()
    return [line.text for line in lines]


def decide(prefix: str, continuation: str, *document: str) -> str:
    return Dehyphenator([Line(t) for t in document]).decide(prefix, continuation)


# --- decide -------------------------------------------------------------------------------------


def test_soft_hyphen_before_lower_case_continuation_joins() -> None:
    assert decide("gesell", "schaftlichen") == "join"


def test_hyphen_before_upper_case_continuation_keeps_a_double_name() -> None:
    assert decide("Domscheit", "Berg") == "keep"


def test_hyphen_after_an_abbreviation_keeps() -> None:
    assert decide("EU", "Mitgliedstaaten") == "keep"
    assert decide("KI", "Forschungszentrum") == "keep"


def test_hyphen_after_a_digit_keeps() -> None:
    assert decide("3D", "Druck") == "keep"


@pytest.mark.parametrize("word", ["und", "oder", "bzw.", "sowie", "bis"])
def test_suspended_compound_before_a_conjunction_is_left(word: str) -> None:
    assert decide("Forschungs", word) == "leave"


def test_lower_case_compound_keeps_its_hyphen_when_the_document_spells_it_so() -> None:
    document = ["die deutsch-französischen Beziehungen"]
    assert decide("deutsch", "französischen", *document) == "keep"


def test_lower_case_break_joins_when_the_document_spells_the_word_solid() -> None:
    document = ["die deutschfranzösischen Beziehungen"]
    assert decide("deutsch", "französischen", *document) == "join"


def test_lower_case_compound_of_two_known_words_keeps_without_other_evidence() -> None:
    # "öffentlich" and "rechtlichen" are both German words; "öffentlichrechtlichen" is not.
    assert decide("öffentlich", "rechtlichen") == "keep"


@pytest.mark.parametrize(
    ("prefix", "continuation"),
    [
        ("Forschungs", "zentrum"),
        ("Bundes", "verkehrswegeplan"),
        ("Planfeststellungs", "verfahren"),
        ("Energie", "versorgung"),
        ("Flächen", "verbrauch"),
        ("be", "antwortet"),
    ],
)
def test_compound_broken_at_a_syllable_joins(prefix: str, continuation: str) -> None:
    assert decide(prefix, continuation) == "join"


# --- run: the lines ------------------------------------------------------------------------------


def test_joined_word_moves_onto_the_broken_line() -> None:
    assert joined("die gesell-", "schaftlichen Folgen") == ["die gesellschaftlichen", "Folgen"]


def test_kept_hyphen_joins_without_a_space() -> None:
    assert joined("Anke Domscheit-", "Berg und") == ["Anke Domscheit-Berg", "und"]


def test_suspended_hyphen_stays_at_the_line_end() -> None:
    lines = ["Forschungs-", "und Entwicklungsprojekte"]
    assert joined(*lines) == lines


def test_a_continuation_that_is_the_whole_line_leaves_it_empty() -> None:
    assert joined("die gesell-", "schaftlichen") == ["die gesellschaftlichen", ""]


def test_url_broken_at_a_line_end_is_joined_without_a_space() -> None:
    lines = joined(
        "(www.bmel.de/DE/themen/landwirtschaft/flaec",
        "hennutzung-und-bodenmarkt.html). Die",
    )
    assert lines == [
        "(www.bmel.de/DE/themen/landwirtschaft/flaechennutzung-und-bodenmarkt.html).",
        "Die",
    ]


def test_url_broken_after_a_hyphen_keeps_the_hyphen() -> None:
    assert joined("(www.bund.de/forschung-", "und-entwicklung.html)")[0] == (
        "(www.bund.de/forschung-und-entwicklung.html)"
    )


def test_url_broken_after_the_scheme_is_joined() -> None:
    assert joined("(https://", "dserver.bundestag.de/btd/19.html).")[0] == (
        "(https://dserver.bundestag.de/btd/19.html)."
    )


def test_finished_url_is_not_joined_with_the_next_sentence() -> None:
    lines = ["unter www.bmv.de/plan.html.", "2024 wurden die Mittel erhöht."]
    assert joined(*lines) == lines


def test_url_followed_by_a_plain_word_is_not_joined() -> None:
    lines = ["unter www.bmv.de/plan.html", "abrufbar."]
    assert joined(*lines) == lines


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("(www.", "agrarheute.com/politik/flaechenverbrauch.html)."),
        ("(https://dserver.", "bundestag.de/btd/19/218/1921858.html)."),
    ],
)
def test_url_broken_after_a_dot_is_joined(first: str, second: str) -> None:
    assert joined(first, second)[0] == first + second


def test_url_broken_before_a_capital_is_joined() -> None:
    first, second = "(www.bka.de/SharedDocs/Kurzmeldungen/", "DE/Kurzmeldungen/250625.html)."
    assert joined(first, second)[0] == first + second


def test_url_broken_before_a_dot_is_joined() -> None:
    first, second = "unter www.bmv.de/DE/bundesverkehrswegeplan-2030", ".html abrufbar."
    assert joined(first, second) == [first + ".html", "abrufbar."]


# --- through the public API ---------------------------------------------------------------------


def test_soft_hyphen_character_at_a_line_end_is_a_break() -> None:
    doc = drucksache.parse_text(
        " 1. Wie steht es um die gesell\u00ad\nschaftlichen Folgen?\nGut.\n"
    )
    assert doc.questions[0].text == "Wie steht es um die gesellschaftlichen Folgen?"


def test_soft_hyphen_character_inside_a_line_is_invisible() -> None:
    doc = drucksache.parse_text(" 1. Wie steht es um die For\u00adschung?\nGut.\n")
    assert doc.questions[0].text == "Wie steht es um die Forschung?"


def test_line_broken_after_a_slash_joins_without_a_space() -> None:
    doc = drucksache.parse_text(
        " 1. Wie viele Anträge gab es?\nEs wird auf die Antwort an die Fraktion BÜNDNIS 90/\n"
        "DIE GRÜNEN verwiesen.\n"
    )
    assert doc.answers[0].text == (
        "Es wird auf die Antwort an die Fraktion BÜNDNIS 90/DIE GRÜNEN verwiesen."
    )


def test_url_broken_inside_a_capitalised_word_is_joined() -> None:
    first, second = "unter www.bmv.de/SharedDocs/DE/Artikel/G/B", "VWP/plan-2030.html abrufbar."
    assert joined(first, second) == [first + "VWP/plan-2030.html", "abrufbar."]


@pytest.mark.parametrize(
    ("elsewhere", "first", "second", "word"),
    [
        (
            "Das Eisenbahn-Bundesamt prüft.",
            "Das Eisen-",
            "bahn-Bundesamt prüft.",
            "Eisenbahn-Bundesamt",
        ),
        (
            "die Forschungs- und Entwicklungsprojekte",
            "die For-",
            "schungs- und Entwicklungsprojekte",
            "Forschungs-",
        ),
    ],
)
def test_soft_break_before_a_hyphenated_rest_joins_as_the_document_spells_it(
    elsewhere: str, first: str, second: str, word: str
) -> None:
    lines = joined(elsewhere, first, second)
    assert lines[1].split()[-1] == word


@pytest.mark.parametrize(
    ("prefix", "continuation"),
    [("Coming", 'out"'), ("Start", "ups"), ("Walling", "off)"), ("Fan", "out")],
)
def test_an_anglicism_keeps_its_hyphen_before_an_english_particle(
    prefix: str, continuation: str
) -> None:
    assert decide(prefix, continuation) == "keep"


def test_an_anglicism_spelled_solid_elsewhere_joins() -> None:
    assert decide("Lay", "out") == "join"  # a German word
    assert decide("Start", "ups", "Gründungen von Startups") == "join"


@pytest.mark.parametrize(
    ("prefix", "continuation"),
    [
        ("In", "vitro-Fertilisation"),
        ("De", "facto-Regierung"),
        ("De", "minimis-Obergrenze"),
        ("Ex", "post-Prüfung"),
        ("Know", "how-Transfers"),
    ],
)
def test_a_latin_phrase_or_an_anglicism_before_a_hyphenated_rest_keeps(
    prefix: str, continuation: str
) -> None:
    assert decide(prefix, continuation) == "keep"


@pytest.mark.parametrize(
    ("prefix", "continuation", "document"),
    [
        ("Ex", "port-Kontrolle", ""),  # "Export" is a word
        ("In", "dustrie-Arbeitsplätze", ""),
        ("In", "tra-African", "im Intra-African Desk"),  # spelled so elsewhere
    ],
)
def test_a_syllable_break_before_a_hyphenated_rest_joins(
    prefix: str, continuation: str, document: str
) -> None:
    assert decide(prefix, continuation, document) == "join"


# --- breaks a typesetter makes where the text has none (benchmarks/break_check.py) ---------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a URL without a scheme, broken inside its host
        ("Äußerungsdelikten: de.wik", "ipedia.org/wiki/Beleidigung).", "de.wikipedia.org/wiki/"),
        ("(rsw.", "beck.de/aktuell/daily).", "(rsw.beck.de/aktuell/daily)."),
        ("(apnews.c", "om/article/b8d351fa).", "(apnews.com/article/b8d351fa)."),
        ("(vgl. ungarnheute.hu", "/news/der-praesident).", "(vgl. ungarnheute.hu/news/"),
        ("(register.", "awmf.org/de/leitlinien).", "(register.awmf.org/de/leitlinien)."),
        ("(statist", "ik.arbeitsagentur.de/Statistik).", "(statistik.arbeitsagentur.de/"),
        ("(beck", "-online.beck.de/Dokument?vpath=bi).", "(beck-online.beck.de/Dokument"),
        ("(www1", ".wdr.de/nachrichten/westfalen).", "(www1.wdr.de/nachrichten/"),
        ("unter: https://doi.org/10.", "1029/2020GL091585).", "doi.org/10.1029/2020GL091585)."),
        # the rest of a path: a hyphen, an underscore or a parenthesis closed by the URL
        ("(www.bmg.de/bedarfsplanung-ueber", "-unterversorgung) abrufbar.", "ueber-unter"),
        ("(www.zoll.de/Statistik/D", "ESerie_mods_00007729) entnommen.", "/DESerie_mods"),
        ("(www.lsb.de/sensibilisierung-von-sportve", "reinen). Der", "sportvereinen)."),
        ("(vgl. www.youtube.com/watch?v=9wszpgf8", "KnA). Obwohl", "9wszpgf8KnA)."),
        ("(www.bund.de/de/detail", "suche). In", "detailsuche)."),
        ("(www.x.de/studie_node.ht", "ml) entnommen.", "studie_node.html)"),
        # a URL broken before two letters, which are a syllable, not the sentence's next word
        ("unter www.uba.de/en/experimente-atmosphaeren", "de samt.", "atmosphaerende"),
        # a parenthesis closed right after the URL, with nothing before it on the next line
        ("(www.x.de/blog/grunddienstbarkeit", ")?", "grunddienstbarkeit)?"),
    ],
)
def test_url_broken_anywhere_is_joined(first: str, second: str, expected: str) -> None:
    assert expected in joined(first, second)[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("(vgl.", "bmds.bund.de/themen/digitales)."),
        ("abrufbar unter", "bmas.de/DE/Service)."),
        ("unter www.bmv.de/bericht", "abrufbar."),
    ],
)
def test_url_next_to_a_word_stays_apart(first: str, second: str) -> None:
    lines = joined(first, second)
    assert lines[0] == first


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("(28TB_19.pdf, 29TB_2", "0.pdf). Dennoch", "(28TB_19.pdf, 29TB_20.pdf)."),
        ("(155-001l_S3_Posttrau", "matische_Belastung_2020-02_1.pdf, am", "Posttraumatische_"),
    ],
)
def test_file_name_broken_before_its_extension_is_joined(
    first: str, second: str, expected: str
) -> None:
    assert expected in joined(first, second)[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("die Dateien Bericht_2024.pdf und", "Anhang.pdf"),  # the name ended
        ("die Variable max_wert", "beträgt"),  # no file name goes on
    ],
)
def test_word_with_an_underscore_stays_apart_from_the_next(first: str, second: str) -> None:
    assert joined(first, second)[0] == first


@pytest.mark.parametrize(
    ("first", "second", "word"),
    [
        ("im Landkreis Potsdam-Mittel-", "mark und", "Potsdam-Mittelmark"),
        ("an der EU-Außen-", "grenze", "EU-Außengrenze"),
        ("eines Be-", "ratungs-/Behandlungsverhältnisses", "Beratungs-/Behandlungsverhältnisses"),
        ("in der Co-", "rona-Pandemie", "Corona-Pandemie"),
        ("die zivil-", "gesellschaftlichen Akteure", "zivilgesellschaftlichen"),
        ("die deutsch-", "sprachigen Medien", "deutschsprachigen"),
        ("des Recyclingpotenzi-", "als von", "Recyclingpotenzials"),
        ("auf Ende-zu-Ende-", "verschlüsselte Kommunikation", "Ende-zu-Ende-verschlüsselte"),
        ("des Power-to-", "Gas-Verfahrens", "Power-to-Gas-Verfahrens"),
        ("die Windenergie-", "auf-See-Anlagen", "Windenergie-auf-See-Anlagen"),
        ("der dschihadistisch-", "salafistischen Szene", "dschihadistisch-salafistischen"),
        ("Schulen der Klassen 8.-", "10. und", "8.-10."),
        ("im Phänomenbereich PMK -rechts-", "im Juni", "-rechts-"),
        ("durch Bundes-, Landes-", "und/oder Kommunalmittel", "Landes-"),
        ("einer (teil-", ")automatisierten Bearbeitung", "(teil-)automatisierten"),
        ("Atlantik-Brücke -- -- --", "--1 Anlage", "--"),
    ],
)
def test_word_broken_by_a_typesetter_reads_as_printed(first: str, second: str, word: str) -> None:
    assert word in joined(first, second)[0].split()


def test_url_over_three_lines_after_its_scheme_is_joined() -> None:
    lines = joined(
        "als die der Männer (https://",
        "www.diw.de/de/publikationen/wochenberichte/2021_35_",
        "1/ehrenamtliches_engagement.html). Weiter",
    )
    assert lines[0] == (
        "als die der Männer (https://www.diw.de/de/publikationen/wochenberichte/"
        "2021_35_1/ehrenamtliches_engagement.html)."
    )


def test_url_runs_to_the_parenthesis_opened_on_the_line_before() -> None:
    lines = joined(
        "durch die FASTER-Initiative (FASTER = Faster and Safer Tax Relief of Excess",
        "Taxes; www.consilium.europa.eu/de/press/press-releases/2024/05/14/tax",
        "ation-council-agrees-on-new-rules-for-withholding-tax-procedures-fast",
        "er)?",
    )
    assert lines[1].endswith(
        "/taxation-council-agrees-on-new-rules-for-withholding-tax-procedures-faster)?"
    )


def test_sub_question_label_is_one_letter_or_a_doubled_one() -> None:
    # "ml)" after a URL broken before it is the end of ".html)", not a sub-question "ml)".
    assert joined("(www.x.de/a/b_node.ht", "ml) entnommen.")[0] == "(www.x.de/a/b_node.html)"
    assert joined("Welche Kosten (bitte nach Ländern-", "aa) Bund")[1] == "aa) Bund"


def test_a_capitalised_conjunction_is_a_name_not_a_suspension() -> None:
    assert decide("Frankfurt", "Oder") == "keep"
    assert decide("Forschungs", "oder") == "leave"
    assert decide("BERUFS", "UND") == "leave"  # in a heading set in capitals


@given(st.lists(st.text(alphabet=st.sampled_from("ΑΣσ.' \u0301İaB-"), max_size=8), min_size=1))
def test_the_vocabulary_lowered_line_by_line_is_the_whole_text_lowered(texts: list[str]) -> None:
    """A line end stops the context of a final sigma: lowering each line gives the same text."""
    vocabulary = Dehyphenator([Line(text) for text in texts]).vocabulary
    assert vocabulary.lowered == "\n".join(texts).lower()


_URL_PIECES = st.lists(
    st.sampled_from([*"h t tp ttp http s : :/ // w ww www . - ( „ x X de /".split(), " "]),
    max_size=6,
).map("".join)


@given(_URL_PIECES, _URL_PIECES)
@example("(https:", "//dserver")  # URL-like: the rules of URLs join it
@example("(www-", "x.de")
def test_no_rule_of_urls_holds_after_a_word_that_is_no_url(last: str, first: str) -> None:
    """``Dehyphenator.mend`` asks the rules of URLs (``_mend_url``) only where ``url_like(last)``
    holds: after any other word ending in a break mark ("-", ":"; a "/" makes a word URL-like)
    none of them holds."""
    if last[-1:] in ("-", ":", "/") and first and not url_like(last):
        assert Dehyphenator([])._mend_url(last, first, lambda: last) is None


def test_a_url_broken_in_its_scheme_is_joined() -> None:
    mend = Dehyphenator([]).mend
    assert mend("(https:", "//dserver.bundestag.de/x", str) == "(https://dserver.bundestag.de/x"
    assert mend("(ww", "w.bund.de", str) == "(www.bund.de"
    assert mend("Quelle:", "//dserver", str) is None
