"""Names of the federal ministries in the genitive, as the page-1 note prints them.

``Metadata.ministry`` holds the nominative ("Bundesministerium des Innern"); the note reads
"… mit Schreiben des Bundesministeriums des Innern vom …".
"""

from __future__ import annotations

import re

# Names whose genitive is irregular or has a fixed spelling.  "des Auswärtigen Amts" is the
# spelling of every WP21 answer in the corpus (and of ``drucksache.render``).
_IRREGULAR = {
    "Auswärtiges Amt": "des Auswärtigen Amts",
    "Bundeskanzleramt": "des Bundeskanzleramtes",
    "Bundesrechnungshof": "des Bundesrechnungshofs",
    "Bundesregierung": "der Bundesregierung",
}

# (nominative head, genitive head), longest first; the rest of the name stays as it is.
_HEADS = (
    ("Presse- und Informationsamt", "des Presse- und Informationsamtes"),
    ("Bundesministerium", "des Bundesministeriums"),
    ("Ministerium", "des Ministeriums"),
    # "Der Beauftragte" / "Beauftragter" is masculine, "Die Beauftragte" feminine.
    ("Der Beauftragte", "des Beauftragten"),
    ("Beauftragter", "des Beauftragten"),
    ("Die Beauftragte", "der Beauftragten"),
    ("Beauftragte", "der Beauftragten"),
)
# Persons in office: "Wirtschaftsministerin Nordrhein-Westfalens", "Staatsminister für Kultur".
_MINISTER = re.compile(r"^(?:Die\s+|Der\s+)?(\w*[Mm]inister)(in)?\b(.*)$")


def genitive(ministry: str) -> str:
    """``ministry`` (nominative) with its article in the genitive, ready for "mit Schreiben …".

    >>> genitive("Bundesministerium des Innern")
    'des Bundesministeriums des Innern'
    >>> genitive("Die Beauftragte der Bundesregierung für Kultur und Medien")
    'der Beauftragten der Bundesregierung für Kultur und Medien'
    """
    name = " ".join(ministry.split())
    if name in _IRREGULAR:
        return _IRREGULAR[name]
    for head, replacement in _HEADS:
        if name == head or name.startswith(head + " "):
            return replacement + name[len(head) :]
    if match := _MINISTER.match(name):
        office, feminine, rest = match.groups()
        return f"der {office}in{rest}" if feminine else f"des {office}s{rest}"
    raise ValueError(
        f"no genitive known for the ministry {ministry!r}; add it to tests/typeset/ministries.py"
    )
