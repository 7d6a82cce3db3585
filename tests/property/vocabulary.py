"""Real German words and phrases the generated answers are built from.

Chosen to exercise the parser: long compounds that a typesetter hyphenates
("Planfeststellungsverfahren"), real hyphens before upper case ("EU-Mitgliedstaaten") and lower
case ("deutsch-französischen"), suspended compounds ("Forschungs- und Entwicklungsprojekte"),
dates whose day number may land at a line start ("31. März 2025").  No phrase contains
"Frage", "Drucksache" or a question mark: references and questions are made on purpose only.
"""

from __future__ import annotations

SUBJECTS = (
    "Die Bundesregierung",
    "Das Forschungszentrum",
    "Die Bundesnetzagentur",
    "Das Umweltbundesamt",
    "Das Statistische Bundesamt",
    "Die Europäische Kommission",
    "Der Deutsche Wetterdienst",
    "Die Bundesagentur für Arbeit",
    "Das Eisenbahn-Bundesamt",
    "Die zuständige Landesbehörde",
    "Der Bundesrechnungshof",
    "Die Kreditanstalt für Wiederaufbau",
    "Das Bundesamt für Migration und Flüchtlinge",
)
VERBS = (
    "prüft", "fördert", "unterstützt", "begleitet", "bewertet", "beobachtet", "koordiniert",
    "finanziert", "berücksichtigt", "analysiert", "überwacht", "veröffentlicht",
)  # fmt: skip
OBJECTS = (
    "die gesellschaftlichen Auswirkungen der Digitalisierung",
    "die deutsch-französischen Forschungs- und Entwicklungsprojekte",
    "die Zusammenarbeit der EU-Mitgliedstaaten",
    "den Ausbau der Verkehrsinfrastruktur",
    "das Planfeststellungsverfahren für die Ortsumgehung",
    "die Vorhaben des Bundesverkehrswegeplans",
    "den Bundesverkehrswegeplan",
    "die Genehmigungsverfahren für Windenergieanlagen",
    "die Versorgungssicherheit im Strommarkt",
    "die Wettbewerbsfähigkeit des Wirtschaftsstandorts",
    "die Arbeit des Forschungszentrums",
    "die Umsetzung der Nationalen Wasserstoffstrategie",
    "den Fachkräftemangel in der Pflege",
    "die öffentlich-rechtlichen Rundfunkanstalten",
    "die Sanierung maroder Autobahnbrücken",
    "die Energieversorgung der Kommunen",
    "den Strukturwandel in den Kohleregionen",
    "die Förderprogramme für kleine und mittlere Unternehmen",
    "die Planfeststellungsverfahren der Wasserstraßen- und Schifffahrtsverwaltung",
    "die Zusammenarbeit mit dem Forschungszentrum Jülich",
)
ADVERBIALS = (
    "seit dem Jahr 2019",
    "im Rahmen ihrer Zuständigkeit",
    "in enger Abstimmung mit den Ländern",
    "fortlaufend",
    "seit dem 31. März 2025",
    "bis zum 15. Oktober 2024",
    "auf Grundlage der geltenden Rechtslage",
    "in den vergangenen zehn Jahren",
    "gemeinsam mit den EU-Mitgliedstaaten",
    "im Haushaltsjahr 2024",
    "regelmäßig",
    "mit Nachdruck",
    "im Einvernehmen mit dem Bundesrat",
    "spätestens zum 1. Januar 2026",
)
# Adverbials that can open a sentence (German verb-second order follows).
OPENERS = (
    "Seit dem Jahr 2019",
    "Im Haushaltsjahr 2024",
    "In den vergangenen zehn Jahren",
    "Bis zum 15. Oktober 2024",
    "Nach Kenntnis der Bundesregierung",
    "Am 31. März 2025",
)
PLURALS = (
    "Anträge", "Förderbescheide", "Planfeststellungsverfahren", "Windenergieanlagen",
    "Forschungs- und Entwicklungsprojekte", "Ortsumgehungen", "Genehmigungsverfahren",
    "Fachkräfte", "Forschungseinrichtungen", "Infrastrukturprojekte",
)  # fmt: skip
PARTICIPLES = ("bewilligt", "abgeschlossen", "genehmigt", "eingeleitet", "gefördert", "geprüft")
INFINITIVES = ("fördern", "überprüfen", "unterstützen", "evaluieren", "beschleunigen")
FIXED_STATEMENTS = (
    "Der Bundesregierung liegen hierzu keine Erkenntnisse vor.",
    "Eine statistische Erfassung im Sinne der Fragestellung erfolgt nicht.",
    "Die Prüfung ist noch nicht abgeschlossen.",
    "Die Zuständigkeit hierfür liegt bei den Ländern.",
)
BREAKDOWNS = (
    "bitte nach Jahren und Ländern aufschlüsseln",
    "bitte nach Bundesländern aufschlüsseln",
    "bitte jeweils nach Jahren und Ressorts aufschlüsseln",
)
LIST_INTROS = (
    "Die Bundesregierung plant folgende Maßnahmen:",
    "Im Einzelnen sind zu nennen:",
    "Die Förderung umfasst insbesondere",
)
FURTHER_PARAGRAPHS = (
    "Wenn ja, welche Maßnahmen sind geplant?",
    "Wenn ja, in welchem Umfang und mit welchen Mitteln?",
    "Wenn nein, warum nicht?",
    "Welche Haushaltsmittel stehen dafür zur Verfügung?",
)
PART_TEXTS = (
    "Wenn ja, mit welchen konkreten Maßnahmen?",
    "Wenn nein, warum nicht?",
    "in welchem Umfang wurden dafür Haushaltsmittel bereitgestellt?",
    "welche Behörden des Bundes sind daran beteiligt?",
    "Welche Kosten sind dafür im Haushaltsjahr 2024 entstanden?",
    "bis wann soll das Planfeststellungsverfahren abgeschlossen sein?",
)
URLS = (
    "www.bundesregierung.de/breg-de/themen/forschung/forschungszentrum-ki.html",
    "www.bmv.de/SharedDocs/DE/Artikel/G/BVWP/bundesverkehrswegeplan-2030.html",
    "www.umweltbundesamt.de/daten/flaeche-boden-land-oekosysteme/flaeche.html",
    "https://dserver.bundestag.de/btd/19/218/1921858.html",
)
TITLES = (
    "Stand der Planfeststellungsverfahren im Bundesverkehrswegeplan 2030",
    "Förderung deutsch-französischer Forschungs- und Entwicklungsprojekte",
    "Auswirkungen des Fachkräftemangels auf die Pflege in den Kommunen",
    "Zusammenarbeit der EU-Mitgliedstaaten bei der Sicherung der Energieversorgung",
    "Das dezentrale deutsch-französische KI-Netzwerk",
    "Genehmigungsverfahren für Windenergieanlagen an Land und auf See",
    "Sanierung maroder Autobahnbrücken in Nordrhein-Westfalen",
    "Antidiskriminierungsstelle des Bundes – Stand: 31. Dezember 2024",
    "Wie sicher sind die Autobahnbrücken in Deutschland?",
)

FIRST_NAMES = (
    "Stephan", "Birgit", "Clara", "Anne-Mieke", "Martin", "Kay-Uwe", "Leif-Erik", "Ulrike",
    "Kirsten", "Julia", "Andreas", "Gottfried", "Rainer", "Heidi", "Tobias Matthias", "Sahra",
)  # fmt: skip
LAST_NAMES = (
    "Protschka", "Bessin", "Bünger", "Bremer", "Sichert", "Ziegler", "Holm", "Schielke-Ziesing",
    "Kappert-Gonther", "Verlinden", "Audretsch", "Curio", "Rothfuß", "Reichinnek", "Peterka",
    "Domscheit-Berg", "Müller", "Schäfer", "von Notz",
)  # fmt: skip
LAENDER = (
    "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
    "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz",
    "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
)  # fmt: skip
FRAKTIONEN = ("AfD", "SPD", "CDU/CSU", "BÜNDNIS 90/DIE GRÜNEN", "Die Linke")
# Fraktionen printed with the article "der" ("der Fraktion der AfD", but "der Fraktion Die Linke").
WITH_ARTICLE = frozenset({"AfD", "SPD", "CDU/CSU"})

# Nominative (as the Document states it) and the genitive the page-1 note prints.
MINISTRIES = (
    ("Auswärtiges Amt", "des Auswärtigen Amts"),
    ("Bundeskanzleramt", "des Bundeskanzleramtes"),
    ("Bundesministerium des Innern", "des Bundesministeriums des Innern"),
    ("Bundesministerium der Finanzen", "des Bundesministeriums der Finanzen"),
    ("Bundesministerium der Justiz und für Verbraucherschutz",
     "des Bundesministeriums der Justiz und für Verbraucherschutz"),
    ("Bundesministerium für Wirtschaft und Energie",
     "des Bundesministeriums für Wirtschaft und Energie"),
    ("Bundesministerium für Arbeit und Soziales", "des Bundesministeriums für Arbeit und Soziales"),
    ("Bundesministerium der Verteidigung", "des Bundesministeriums der Verteidigung"),
    ("Bundesministerium für Landwirtschaft, Ernährung und Heimat",
     "des Bundesministeriums für Landwirtschaft, Ernährung und Heimat"),
    ("Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend",
     "des Bundesministeriums für Bildung, Familie, Senioren, Frauen und Jugend"),
    ("Bundesministerium für Gesundheit", "des Bundesministeriums für Gesundheit"),
    ("Bundesministerium für Verkehr", "des Bundesministeriums für Verkehr"),
    ("Bundesministerium für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit",
     "des Bundesministeriums für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit"),
    ("Bundesministerium für Forschung, Technologie und Raumfahrt",
     "des Bundesministeriums für Forschung, Technologie und Raumfahrt"),
    ("Bundesministerium für Digitales und Staatsmodernisierung",
     "des Bundesministeriums für Digitales und Staatsmodernisierung"),
    ("Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung",
     "des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung"),
    ("Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
     "des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen"),
)  # fmt: skip

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
