"""Every pattern of the parser, in one place, named after what it matches.

Patterns use the ``regex`` module for Unicode classes (``\\p{Lu}``, ``\\p{Ll}``).
"""

from __future__ import annotations

import regex

MONTH_NAMES = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
"""German month names in calendar order (the one list: patterns, the page-1 date, render)."""
MONTHS = "|".join((*MONTH_NAMES, "Jänner"))

# --- header and title block -------------------------------------------------------------
# "Drucksache 21/309 (neu)": a reissued Drucksache keeps its number.
HEADER_DRUCKSACHE = regex.compile(
    r"^\s*Deutscher\s+Bundestag\s+Drucksache\s+(\d{1,2})/(\d+)(?:\s*\(neu\))?\s*$"
)
HEADER_DATE = regex.compile(r"^\s*(\d{1,2})\.\s*Wahlperiode\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
HEADER_WAHLPERIODE = regex.compile(r"^\s*(\d{1,2})\.\s*Wahlperiode\b")
INQUIRY_LINE = regex.compile(r"^\s*[–-]\s*Drucksache\s+(\d{1,2})\s*/\s*([\d\s]+?)\s*[–-]\s*$")
ANTWORT_START = regex.compile(r"^\s*Antwort\s*$")
KLEINE_ANFRAGE_START = regex.compile(r"^\s*Kleine\s+Anfrage\s*$")
ASKERS_START = regex.compile(r"^\s*(?:auf\s+die\s+Kleine\s+Anfrage\b|de[rs]\s+Abgeordneten\b)")
ASKERS_FRAKTION_START = regex.compile(r"^\s*(?:auf\s+die\s+Kleine\s+Anfrage\s+)?der\s+Fraktion")
# Document kinds other than the two we parse, as the header names them.
OTHER_KIND = regex.compile(
    r"^\s*(Antrag|Gesetzentwurf|Beschlussempfehlung(?:\s+und\s+Bericht)?|Bericht|Unterrichtung"
    r"|Entschließungsantrag|Änderungsantrag|Große\s+Anfrage|Schriftliche\s+Fragen|Verordnung"
    r"|Stellungnahme|Wahlvorschlag)\s*$"
)

# --- page-1 note, imprint, stamps -------------------------------------------------------
# "Die Antwort wurde namens der Bundesregierung mit Schreiben des … vom 9. Mai 2025
# übermittelt." (also "namens des Bundeskanzleramtes", "wurde mit Schreiben des …", and
# "… übermittelt und mit Schreiben vom 3. September 2025 korrigiert.")
# The note may even be glued into a word: "ZuständigDie Antwort wurde …" / "keit, ob …".
NOTE_START = regex.compile(
    r"(?:^\s*|(?<=\p{Ll}))Die\s+Antwort\s+wurde\s+(?:namens\s+de[rs]\s+|mit\s+Schreiben\s+)"
)
NOTE_SENDER = regex.compile(
    r"Die\s+Antwort\s+wurde\s+(?:namens\s+(?:der\s+Bundesregierung\s+)?)?(?:mit\s+Schreiben\s+)?"
    r"(?P<sender>de[rs]\s+(?:(?!\svom\s).)+?)\s+vom\s+(?P<day>\d{1,2})\.\s*(?P<month>"
    + MONTHS
    + r")\s+(?P<year>\d{4})\s+übermittelt"
    r"(?:\s+und\s+mit\s+Schreiben\s+vom\s+\d{1,2}\.\s*(?:" + MONTHS + r")\s+\d{4}\s+korrigiert)?\."
)
NOTE_FRAGETEXT = regex.compile(
    r"Die\s+Drucksache\s+enthält\s+zusätzlich\s+[–-]\s+in\s+kleinerer\s+Schrifttype\s+[–-]"
    r"\s+den\s+Fragetext\."
)
IMPRINT_LINE = regex.compile(
    r"^\s*(?:Gesamtherstellung:|Vertrieb:\s+Bundesanzeiger|ISSN\s+0722-8333|Satz:\s|Druck:\s"
    r"|Satzweiss|Printsystem\s+GmbH)"
)
# A running head left in a text: "Drucksache 21/309 (neu) – 2 – Deutscher Bundestag – 21.
# Wahlperiode" (even pages) or "Deutscher Bundestag – 21. Wahlperiode – 3 – Drucksache 21/309".
RUNNING_HEAD = regex.compile(
    r"^\s*(?:Drucksache\s+\d{1,2}/\d+(?:\s*\(neu\))?\s+[–-]\s*\d+\s*[–-]\s+Deutscher\s+Bundestag"
    r"\s+[–-]\s+\d{1,2}\.\s*Wahlperiode|Deutscher\s+Bundestag\s+[–-]\s+\d{1,2}\.\s*Wahlperiode"
    r"\s+[–-]\s*\d+\s*[–-]\s+Drucksache\s+\d{1,2}/\d+(?:\s*\(neu\))?)\s*$"
)
# A note line at a page foot: "* Von einer Drucklegung der Anlage wird abgesehen. …".
FOOTNOTE_END = regex.compile(r"[.!?)]\s*$")
FOOTNOTE_LINE = regex.compile(r"^\s*(?P<mark>\*{1,5})\s+(?P<text>\S.*)$")
VORABFASSUNG = regex.compile(r"^\s*Vorabfassung\s*[–-]\s*wird\s+durch\s+die\s+lektorierte")

# --- structure --------------------------------------------------------------------------
LETTER_SPACED = regex.compile(r"^\s*(?:\p{L}\s){4,}\p{L}(?:\s+\p{L})*\s*:?\s*$")
PREAMBLE_ASKERS = regex.compile(r"^\s*Vorbemerkung\s+der\s+Fragesteller(?:innen)?\b.*$")
PREAMBLE_GOVERNMENT = regex.compile(r"^\s*Vorbemerkung\s+der\s+Bundesregierung\b.*$")
WIR_FRAGEN = regex.compile(r"^\s*Wir\s+fragen\s+die\s+Bundesregierung\s*:?\s*$")
BERLIN_DEN = regex.compile(r"^\s*Berlin,\s+den\s+\d")
# A question's first line: " 1. Wie …" (number 1–3 digits, optional letter), not a date
# ("31. März") nor an ordinal ("21. Wahlperiode", "104. Sitzung").
_ORDINAL_NOUNS = MONTHS + r"|Wahlperiode|Legislaturperiode|Legislatur|Sitzung|Bundestag|Jahrhundert"
QUESTION_START = regex.compile(
    r"^\s{0,3}(?P<number>\d{1,3}[a-z]?)\.\s+(?P<rest>(?!(?:" + _ORDINAL_NOUNS + r")\b)\S.*)$"
)


def may_start_question(text: str) -> bool:
    """Whether ``QUESTION_START`` can match ``text`` at all: a digit after at most three white
    space characters.  A cheap test for loops over every line, before the pattern."""
    return text[:4].lstrip()[:1].isdigit()


# A question's opening words: a W-word within the first three words ("In welchen …").
QUESTION_WORD = regex.compile(
    r"^\W*(?:\S+\s+){0,2}?(?:Wie|Was|Welch\w*|Wer|Wen|Wem|Wessen|Wann|Wo\w*|Warum|Weshalb"
    r"|Wieso|Inwie\w+|Ob)\b",
    regex.IGNORECASE,
)
SUB_QUESTION = regex.compile(r"^\s{0,3}(?P<label>[a-z])\)\s+(?P<rest>\S.*)$")
# The label of a list item: "a)", and after "z)" "aa)" … "yyyy)" (a question of 101 items, 21-1584).
_ITEM_LABEL = r"(?P<letter>[a-z])(?P=letter){0,3}\)"
LIST_ITEM = regex.compile(r"\s{0,3}" + _ITEM_LABEL + r"\s")
# A word that opens a question or one of its items: "13.", "3a.", "c)", "aa)" (not "ml)").
OPENING_WORD = regex.compile(r"^(?:\d{1,3}[a-z]?\.|" + _ITEM_LABEL + r")$")
QUESTION_LEAD_WORD = regex.compile(r"^\s*(?:[„\"(]?\p{Lu}|[a-z]\)\s)")

# --- grouped answers --------------------------------------------------------------------
# A question number in a list: "3", "6a", "18 g", "15 a)"; a bare letter continues the number
# before it ("2, 2a und b", "1a bzw. b"), and a dash after a lettered number runs to a bare
# letter ("Fragen 1 a-c").  Not "43 u." (an abbreviation).
_NUM = (
    r"(?:\d{1,3}(?:\s?[a-z]\)?(?![a-zäöüß.]))?"
    r"|(?:(?<=(?:,|und|bis|bzw\.)\s{1,3})|(?<=\d\s?[a-z]\s{0,3}[–-]\s{0,3}))[a-z]\)?(?![a-zäöüß.]))"
)
# The words that join numbers in a list: "und", "sowie", "bzw.", "u.", "&" and the comma name
# each number (``grouping._ITEM_SEPARATOR`` splits at them), "bis" and a dash a range ("1 – 4"),
# but a dash not a page number printed between dashes ("Anlage zu Frage 73 – 1 –", a running
# head's "– 2 –").
_NUM_LIST = (
    _NUM
    + r"(?:\s*(?:,|und|bis|sowie|bzw\.|u\.|&|[–-](?!\s*\d{1,3}\s*[–-](?!\d)))\s*"
    + _NUM
    + r")*"
)
_ADVERB = r"(?:gemeinsam|zusammen|im\s+Zusammenhang|zusammenhängend|zusammengefasst)"
# The sentence ends with "." or ":", or, its full stop left out, where the answer begins
# ("… werden zusammen beantwortet" / "Auf die Antwort zu Frage 12 wird verwiesen.").
_SENTENCE_END = r"(?:\s*[.:]|(?=\s+\p{Lu}))"
_GROUPED = _ADVERB + r"[^.?!]{0,40}?\s+beantwortet" + _SENTENCE_END
_QUESTIONS_WORD = r"(?:Teilfragen|Frageteile|Fragen?)\s*(?:zu\s+(?:den\s+)?)?"
_GROUPING_HEAD = (
    r"(?:Die\s+)?" + _QUESTIONS_WORD + r"(?P<numbers>" + _NUM_LIST + r")"
    r"(?:\s+(?!werden|wird)[^.?!]{0,60}?)?\s+werden\s+[^.?!]{0,120}?"
)
GROUPING = regex.compile(_GROUPING_HEAD + _GROUPED)
# "Aufgrund des Sachzusammenhangs werden die Fragen 12, 13 und 15 zusammen beantwortet.",
# "Die Antworten zu den Fragen 4, 4a und 4b werden zusammengefasst."
GROUPING_INVERTED = regex.compile(
    r"[^.?!\n]{0,80}?\bwerden\s+(?:die\s+)?"
    + _QUESTIONS_WORD
    + r"(?P<numbers>"
    + _NUM_LIST
    + r")\s+"
    + _GROUPED
)
GROUPING_SUMMARY = regex.compile(
    r"Die\s+Antworten\s+zu\s+den\s+Fragen\s+(?P<numbers>" + _NUM_LIST + r")\s+werden\s+"
    r"(?:zusammengefasst\s*[.:]|[^.?!]{0,120}?" + _GROUPED + r")"
)
# GROUPING with one typo allowed in the adverb and one in "beantwortet" ("gemeinsa
# beantwortet"): fuzzy matching is slow, so ``find_grouping`` asks it last, of sentences that
# open with "(Die) Fragen" and failed the exact patterns.
GROUPING_FUZZY = regex.compile(
    _GROUPING_HEAD
    + r"\m(?:"
    + _ADVERB
    + r"){e<=1}\M[^.?!]{0,40}?\s+(?:beantwortet){e<=1}\M"
    + _SENTENCE_END
)
NUMBER_TOKEN = regex.compile(r"(\d{1,3})?\s?([a-z]?)\)?(?![a-zäöüß])")

# --- cross-references -------------------------------------------------------------------
_DS_NUMBER = r"(?P<wp>\d{1,2})\s?/\s?(?P<num>\d{1,3}(?:[\s\u2009\u202f]\d{3})?|\d{1,6})"
DRUCKSACHE_REF = regex.compile(
    r"(?:Bundestags-?drucksachen?|BT-Drucksachen?|BT-Drs\.|Drucksachen?|Drs\.)\s*"
    r"(?:Nr\.\s*)?" + _DS_NUMBER + r"(?!\d|\s?/\s?\d)"
)
DRUCKSACHE_LITERALS = (("rucksache", (1, 4, 11, 12)), ("Drs.", (0, 3)))
"""What every ``DRUCKSACHE_REF`` match holds, with how far before it the match starts:
"Drucksache" 1, "BT-Drucksache" 4, "Bundestagsdrucksache" 11, "Bundestags-drucksache" 12,
"Drs." 0, "BT-Drs." 3.  A plain search for them finds every place a match can start (the
pattern itself starts with no literal, and the regex module tries it at every character)."""
# Further numbers in a plural list: "Bundestagsdrucksachen 19/9703 und 19/14638".
DRUCKSACHE_LIST_TAIL = regex.compile(r"\s*(?:,|und|sowie|bzw\.|oder)\s*" + _DS_NUMBER + r"(?!\d|/)")
PLENARPROTOKOLL_REF = regex.compile(
    r"Plenarprotokolls?\s+(?P<wp>\d{1,2})\s?/\s?(?P<num>\d{1,4})(?!\d|/)"
)
# "Frage 3", "Fragen 1 bis 4"; the words before it ("Antwort zu", "in den") are matched
# separately, backwards, so that the scan can jump from one "Frage" to the next.
QUESTION_REF = regex.compile(r"Fragen?\s+(?:Nr\.\s*)?(?P<numbers>" + _NUM_LIST + r")(?![\d/])")
# "Antwort zu Frage 3" and "Antwort auf Frage 3" alike ("siehe Antwort auf Frage 5"); the lead
# ends right before "Frage", so "Antwort auf die Kleine Anfrage …" is never one.
QUESTION_REF_LEAD = regex.compile(
    r"(?:Antwort(?:en)?\s+(?:der\s+Bundesregierung\s+)?(?:zu\s+(?:den\s+)?|auf\s+(?:die\s+)?)"
    r"|in\s+(?:den\s+)?|zu\s+(?:den\s+)?|auf\s+(?:die\s+)?)$"
)
PREAMBLE_REF = regex.compile(
    r"Vorbemerkung\s+der\s+(?P<who>Bundesregierung|Fragesteller(?:innen)?)"
)
