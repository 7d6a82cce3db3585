"""Segmentation (``segment.py``) through the public API: what belongs to which segment."""

from __future__ import annotations

import drucksache

ANSWER = """\
Deutscher Bundestag Drucksache 21/381
21. Wahlperiode 02.06.2025
Antwort
der Bundesregierung
Vorbemerkung der Fragesteller
Externe Mitarbeiter arbeiten in Bundesministerien.
V o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g
Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4
Der in den Fragen 1 bis 4 benutzte Begriff ist kein feststehender Begriff.
Vorbemerkung der Bundesregierung zu den Fragen 5 bis 8
Die Bundesregierung ist bestrebt, transparent zu handeln.
 1. Wie viele externe Personen waren 2024 tätig?
Es wird auf die Vorbemerkung der Bundesregierung verwiesen.
"""


def test_a_government_preamble_in_parts_keeps_every_part() -> None:
    doc = drucksache.parse_text(ANSWER)
    assert doc.government_preamble is not None
    assert doc.government_preamble.text == (
        "Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4 Der in den Fragen 1 bis 4 "
        "benutzte Begriff ist kein feststehender Begriff. Vorbemerkung der Bundesregierung zu "
        "den Fragen 5 bis 8 Die Bundesregierung ist bestrebt, transparent zu handeln."
    )
    assert doc.preamble is not None
    assert doc.preamble.text == "Externe Mitarbeiter arbeiten in Bundesministerien."
