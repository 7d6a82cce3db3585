"""The sender of the page-1 note, from the genitive it is printed in to the nominative."""

from __future__ import annotations

import regex

# Genitive endings of the heads of the federal authorities that answer Kleine Anfragen,
# longest first; the rest of the name ("des Innern", "für Verkehr") stays as printed.
_HEADS: tuple[tuple[str, str], ...] = (
    # "des Bundesministeriums des Auswärtigen Amts" is a slip seen in real notes.
    (r"(?:Bundesministeriums\s+des\s+)?Auswärtigen\s+Amt(?:e?s)", "Auswärtiges Amt"),
    (
        r"(?:Bundesministeriums\s+des\s+)?Presse-\s+und\s+Informationsamt(?:e?s)",
        "Presse- und Informationsamt",
    ),
    (r"Bundeskanzleramt(?:e?s)", "Bundeskanzleramt"),
    (r"Bundesministeriums", "Bundesministerium"),
    # "des Beauftragten" is masculine (der Beauftragte), "der Beauftragten" feminine.
    (r"(?<=^des\s)Beauftragten", "Beauftragter"),
    (r"(?<=^der\s)Beauftragten", "Beauftragte"),
    (r"Bundesrechnungshofs?", "Bundesrechnungshof"),
)
_HEAD_PATTERNS = tuple(
    (regex.compile(pattern + r"(?=\s|$)"), replacement) for pattern, replacement in _HEADS
)
"""``_HEADS`` compiled once: a pattern compiled per call costs a cache look-up each time."""
_ARTICLE = regex.compile(r"^(?:des|der)\s+")
_COMMA_UND = regex.compile(r",\s+und\s+")


def nominative(sender: str) -> str:
    """'des Bundesministeriums des Innern' → 'Bundesministerium des Innern'.

    A sender whose head is not known is returned without its article, as printed.
    """
    sender = " ".join(sender.split())
    name = _ARTICLE.sub("", sender)
    offset = len(sender) - len(name)
    for pattern, replacement in _HEAD_PATTERNS:
        match = pattern.match(sender, offset)
        if match:
            name = replacement + sender[match.end() :]
            break
    # A list with a comma before "und" is a typing slip: "Naturschutz, und nukleare".
    return _COMMA_UND.sub(" und ", name)


_GENITIVE: tuple[tuple[str, str], ...] = (
    ("Auswärtiges Amt", "des Auswärtigen Amts"),
    ("Bundeskanzleramt", "des Bundeskanzleramtes"),
    ("Presse- und Informationsamt", "des Presse- und Informationsamtes"),
    ("Bundesministerium", "des Bundesministeriums"),
    ("Beauftragter", "des Beauftragten"),
    ("Beauftragte", "der Beauftragten"),
    ("Bundesrechnungshof", "des Bundesrechnungshofs"),
)


def genitive(ministry: str) -> str:
    """'Bundesministerium des Innern' → 'des Bundesministeriums des Innern' (for the note)."""
    for head, replacement in _GENITIVE:
        if ministry == head or ministry.startswith(head + " "):
            return replacement + ministry[len(head) :]
    return ministry
