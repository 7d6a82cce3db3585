"""Line-end hyphens and broken URLs, by the German rules of the layout notes.

A word broken at a line end is joined onto the first line (the continuation moves up), so
that each line keeps its provenance and the cleaned text reads as printed, minus the break:

- a real hyphen stays: before an upper-case continuation (``Domscheit-`` / ``Berg``), after an
  abbreviation or a digit (``EU-``, ``3D-``);
- a suspended hyphen stays where it is, a space after it (``Forschungs-`` / ``und Entwicklung``);
- a lower-case continuation is ambiguous (``gesell-`` / ``schaftlichen`` against ``deutsch-`` /
  ``französischen``): the spelling the document uses elsewhere decides, then the German word list
  of pyspellchecker, and failing both the break is taken as a soft hyphen;
- a URL broken at a line end is joined without a space.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import cache, cached_property
from importlib.resources import files
from typing import Literal, Protocol

import regex

Decision = Literal["join", "keep", "leave"]

SUSPENSION_WORDS = frozenset(
    {"und", "oder", "bzw.", "sowie", "respektive", "beziehungsweise", "u.", "o.", "bzw", "&"}
)
# Also end syllables of words ("Materi-" / "als", "Verwal-" / "tung bis"): suspended only when
# the joined word is not a known one.
SUSPENSION_SYLLABLES = frozenset({"bis", "als", "wie", "noch"})  # fmt: skip
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")
# A URL at a line end: with a scheme, "www.", or a host followed by a path ("jusos.de/…").
_URL = regex.compile(
    r"(?:https?://|www[.-]|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/)\S*$", regex.IGNORECASE
)
# The rest of a path segment and more path: "E/Artikel/…", "VWP/plan-2030.html" (not a
# word pair like "CDU/CSU-Fraktion").
_PATH_REST = regex.compile(r"[\w-]{1,2}/\S*|[\w-]+/\S*\.\S+")
_EXTENSION_START = regex.compile(r"\.(\w{0,3})$")
_EXTENSIONS = frozenset({"html", "htm", "pdf", "php", "aspx", "jsp", "xlsx", "docx", "json"})
_URL_START = regex.compile(r"[(\[„\"]?(?:https?://|www\.)", regex.IGNORECASE)
_URL_OPEN = regex.compile(r"(?:\bwww|https?:/?)$", regex.IGNORECASE)
_URL_CONTINUES = regex.compile(r"[/\-_=&#%~]$")
_URL_FINISHED = regex.compile(r"[)\]>\"“”'?!,;:.]$")
# A line that opens a question or a sub-question: "13.", "c)".
_NUMBERED = regex.compile(r"^(?:\d{1,3}[a-z]?\.|[a-z]{1,2}\))$")
_URL_PIECE = regex.compile(r"[/._=&?#%~]|\d")
_ABBREVIATION = regex.compile(r"(?:\p{Lu}{2,}\p{Ll}?|[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*)$")
# Lower-case compounds that keep their hyphen pair two adjectives, the first uninflected
# ("deutsch-französisch", "wirtschaftlich-technisch"); "menschen-" / "rechtliche" is a break.
_ADJECTIVE_STEM = regex.compile(
    r"\w{2,}(?:isch|sch|lich|ig|al|iv|ell|ar|är|os|ös|ant|ent|ern|ur|il|ibel|abel)$"
)
_EDGE_PUNCT = "()[]„“\"'‚‘.,;:!?»«"


def _scheme_broken(last: str, first: str) -> bool:
    """'(http' / 's://dserver…', '(ww' / 'w.bund.de': a URL broken inside its scheme or 'www.'."""
    head = last.lstrip('([„"')
    if not head or head.startswith(("http://", "https://", "www.")):
        return False
    joined = head + first
    return joined.startswith(("http://", "https://", "www.")) and len(head) < len(joined) - 4


def _split_extension(last: str, first: str) -> bool:
    """'…/flaeche.ht' / 'ml).', '…/ki.' / 'html': a file extension broken off."""
    match = _EXTENSION_START.search(last)
    return match is not None and (match[1] + _core(first)).lower() in _EXTENSIONS


def _slug_goes_on(last: str, first: str) -> bool:
    """'…/asylquote-wer-konnte' / 'akut-von-abschiebung-…': a hyphenated slug goes on."""
    segment = last.rstrip("/").rsplit("/", 1)[-1]
    return last[-1].isalnum() and "-" in segment and first[0].islower() and "-" in first.strip("-")


class _Line(Protocol):
    text: str


@cache
def german_words() -> frozenset[str]:
    """The German word list that pyspellchecker ships (339,000 words, lower case).

    Read straight from the package's resource file: building a ``SpellChecker`` would also
    build its frequency index, three times slower, for nothing we use.
    """
    resource = files("spellchecker") / "resources" / "de.json.gz"
    with resource.open("rb") as handle:
        words: dict[str, int] = json.loads(gzip.decompress(handle.read()))
    return frozenset(words)


def _core(token: str) -> str:
    return token.strip(_EDGE_PUNCT)


class Dehyphenator:
    """Decides every line-end break of one document, using the document's own spellings."""

    def __init__(self, lines: Sequence[_Line]) -> None:
        self.lines = lines

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word the document spells; built at the first ambiguous break only."""
        return frozenset(_WORD.findall("\n".join(line.text for line in self.lines).lower()))

    def run(self) -> None:
        for i in range(len(self.lines) - 1):
            j = i + 1
            # A URL may run over several lines: keep pulling while whole lines are used up.
            while j < len(self.lines) and self._join(i, j) and not self.lines[j].text:
                j += 1

    def _join(self, i: int, j: int) -> bool:
        """Decide the break between lines ``i`` and ``j``; whether a URL was joined."""
        current, following = self.lines[i].text, self.lines[j].text.strip()
        if not current or not following:
            return False
        last = current[current.rfind(" ") + 1 :]
        lowered = last.lower()
        url_like = "/" in last or "www" in lowered or "http" in lowered or lowered in ("(w", "(ww")
        if last[-1:] not in ("-", "/", ":") and not url_like:
            return False  # the common case, decided cheaply: no break, no URL
        first, _, rest = following.partition(" ")
        if _scheme_broken(last, first) or (_URL_OPEN.search(last) and first.startswith((".", "/"))):
            # "(www" / ".umweltbundesamt.de/…", "https:" / "//dserver…": the host follows.
            self.lines[i].text, self.lines[j].text = current + first, rest
            return True
        if (
            ("/" in last or "www" in last)
            and _URL.search(last)
            and self._url_continues(last, first)
        ):
            self.lines[i].text, self.lines[j].text = current + first, rest
            return True
        if last.endswith("/") and len(last) > 1 and first[0].isalnum():
            # "BÜNDNIS 90/" / "DIE GRÜNEN", "und/" / "oder": a slash binds without a space.
            self.lines[i].text, self.lines[j].text = current + first, rest
            return False
        if not last.endswith("-") or len(last) < 2 or not _core(last[:-1]):
            return False
        if _NUMBERED.match(first):
            return False  # "… 2024-" / "13. Welche …": the next line opens a question
        decision = self.decide(last[:-1], first)
        if decision == "join":
            self.lines[i].text, self.lines[j].text = current[:-1] + first, rest
        elif decision == "keep":
            self.lines[i].text, self.lines[j].text = current + first, rest
        return False

    @staticmethod
    def _url_continues(last: str, first: str) -> bool:
        """Whether ``first`` (next line's first word) continues the URL that ends ``last``."""
        if not first or _NUMBERED.match(first) or _URL_START.match(first):
            return False  # a question number or a new URL: this one is complete
        if last.endswith("/"):
            return True  # ".../Kurzmeldungen/" / "DE/…": a path goes on, whatever the case
        if last[-1].isalnum() and _PATH_REST.match(_core(first)):
            return True  # ".../SharedDocs/D" / "E/Artikel/…": broken inside a path segment
        if _split_extension(last, first) or _slug_goes_on(last, first):
            return True
        piece = bool(_URL_PIECE.search(_core(first))) or first.startswith(".")
        if last.endswith(".") and first[0].islower() and piece:
            return True  # "(https://dserver." / "bundestag.de/…"
        opened = last.lower().endswith(("www.", "://"))  # "(www." / "host…"
        if (_URL_FINISHED.search(last) and not opened) or first[0].isupper():
            return False  # a sentence end or a capital: the URL is complete
        if _URL_CONTINUES.search(last) or piece:
            return True
        # Broken inside a word of the path ("…/neuen%20Wohngebiet" / "en)."): what follows is
        # no German word, so it is the rest of the URL, not the sentence going on ("abrufbar.").
        rest = _core(first)
        return last[-1].isalnum() and rest[:1].islower() and rest.lower() not in german_words()

    def decide(self, prefix: str, continuation: str) -> Decision:
        """What to do with ``prefix-`` at a line end followed by ``continuation``."""
        word = _core(continuation)
        lowered = word.lower()
        if not word or lowered in SUSPENSION_WORDS or continuation.lower() in SUSPENSION_WORDS:
            return "leave"
        if lowered in SUSPENSION_SYLLABLES and not self._spelled_whole(_core(prefix) + word):
            return "leave"
        if prefix.endswith("/"):
            return "keep"  # "Förderprogrammen/-" / "projekten"
        head = _core(prefix).rsplit("-", 1)[-1]
        if word[0].isupper():
            if head.isupper() and word.isupper() and self._spelled_whole(head + word):
                return "join"  # "BÜND-" / "NIS": a soft hyphen in an all-caps word
            return "keep"
        if not head or not word[0].isalpha() or _ABBREVIATION.match(head):
            return "keep"
        if "-" in word.rstrip("-"):
            return self._before_hyphenated(_core(prefix), head, word)
        chain = "-" in _core(prefix) and head[0].isupper()
        if chain and self._known(head) and self._known(word) and not self._known(head + word):
            # a hyphen chain: "Ende-zu-Ende-" / "verschlüsselter" (not "KI-For-" / "schungs…",
            # nor "MRV-Ein-" / "richtungen")
            return "keep"
        if head[0].isupper() and (_core(prefix) + "-" + word).lower() not in self.vocabulary:
            return "join"  # nouns compound solid: "General-" / "kommissar", "Ein-" / "reichung"
        return self._lower_case(_core(prefix), head, word)

    def _before_hyphenated(self, prefix: str, head: str, word: str) -> Decision:
        """'Ba-' / 'den-Württemberg' and 'Jugendmedien-' / 'schutz-Staatsvertrag' join,
        'In-' / 'vitro-Fertilisation' keeps: the document's spelling decides, then whether the
        first piece is, or makes, a German word."""
        if (prefix + word).lower() in self.vocabulary:
            return "join"
        if (prefix + "-" + word).lower() in self.vocabulary:
            return "keep"
        piece = word.split("-", 1)[0]
        return "join" if self._known(head + piece) or self._known(piece) else "keep"

    def _spelled_whole(self, word: str) -> bool:
        return word.lower() in self.vocabulary or self._known(word)

    def _lower_case(self, prefix: str, head: str, word: str) -> Decision:
        joined, hyphened = (prefix + word).lower(), (prefix + "-" + word).lower()
        if joined in self.vocabulary:
            return "join"
        if hyphened in self.vocabulary:
            return "keep"
        if self._known(head + word):
            return "join"
        if _ADJECTIVE_STEM.search(head) and self._known(head) and self._known(word):
            return "keep"  # "deutsch-" / "französischen", "sozial-" / "ökologische"
        return "join"

    @staticmethod
    def _known(word: str) -> bool:
        return word.lower() in german_words()
