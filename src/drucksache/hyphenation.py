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
from collections.abc import Callable, Container, Sequence
from functools import cache, cached_property, partial
from importlib.resources import files
from typing import Literal, Protocol

import regex

from . import regexes as rx
from .line_ends import break_candidates, may_break, url_like
from .spellings import SPELLED_WORD as SPELLED_WORD  # re-exported: benchmarks/break_check.py
from .spellings import Spellings

Decision = Literal["join", "keep", "leave"]

SUSPENSION_WORDS = frozenset(
    {"und", "oder", "bzw.", "sowie", "respektive", "beziehungsweise", "u.", "o.", "bzw", "&"}
)
# Also end syllables of words ("Materi-" / "als", "Verwal-" / "tung bis"): suspended only when
# the joined word is not a known one.
SUSPENSION_SYLLABLES = frozenset({"bis", "als", "wie", "noch"})  # fmt: skip
# Short words inside hyphen chains: "Ende-zu-Ende", "Power-to-Gas", "Windenergie-auf-See".
CHAIN_WORDS = frozenset("zu auf von und für plus to of a and for on off up in di".split())
# English particles after a hyphen in an anglicism ("Coming-out", "Start-ups", "Know-how"): no
# German syllable is spelled so ("on", "in" are: "Re-gi-on", "Pro-te-in").
ENGLISH_PARTICLES = frozenset("out up ups off how".split())
# Latin prepositions opening a phrase as a compound's first element: "In-vitro-Fertilisation".
LATIN_PREPOSITIONS = frozenset("In De Ad Ex".split())
# Words that stand before a URL in a sentence: "(vgl. bmas.de/…", "abrufbar unter bmi.de/…".
BEFORE_URL = frozenset(
    "vgl s siehe unter etwa bspw insb ggf z u a bzw sowie und oder auf bei von abrufbar quelle "
    "nach laut über im in der die das den dem des zu zur zum mit für hier dort".split()
)
# A URL at a line end: with a scheme, "www.", or a host followed by a path ("jusos.de/…").
URL = regex.compile(
    r"(?:https?://|www\d?[.-]|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/)\S*$", regex.IGNORECASE
)
# The rest of a path segment and more path: "E/Artikel/…", "VWP/plan-2030.html" (not a
# word pair like "CDU/CSU-Fraktion").
_PATH_REST = regex.compile(r"[\w-]{1,2}/\S*|[\w-]+/\S*\.\S+")
_EXTENSION_START = regex.compile(r"\.(\w{0,3})$")
_EXTENSIONS = frozenset("html htm pdf php asp aspx jsp xls xlsx doc docx json jpg jpeg png".split())
URL_START = regex.compile(r"[(\[„\"]?(?:https?://|www\.)", regex.IGNORECASE)
_URL_OPEN = regex.compile(r"(?:\bwww\d?|https?:/?)$", regex.IGNORECASE)
_URL_CONTINUES = regex.compile(r"[/\-_=&#%~]$")
URL_FINISHED = regex.compile(r"[)\]>\"“”'?!,;:.]$")
_URL_PIECE = regex.compile(r"[/._=&?#%~]|\d")
# Characters that only a URL has: none of them occurs in a word of prose.
URL_MARK = regex.compile(r"[_=&#%~]|\?.|[\p{L}\d]/[\p{L}\d]+[./]|\.[a-z]{2,4}/|^\d+/\d")
URL_ONLY_START = frozenset("-\u2011=&_%/.,?#~")
FILE = regex.compile(rf"\.(?:{'|'.join(_EXTENSIONS)})$", regex.IGNORECASE)
_FILE_REST = regex.compile(rf"[\w-]*\.(?:{'|'.join(_EXTENSIONS)})", regex.IGNORECASE)
_LETTERS_AT_END = regex.compile(r"\p{L}+$")
# A word that closes a parenthesis: "vereinen).", "KnA),".
CLOSES = regex.compile(r"^[^\s()]*\)[.,;:?!]?$")
# A URL without a scheme: a host and a path ("de.wikipedia.org/wiki/…", "bmas.de/DE/…").
HOST_PATH = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/")
ABBREVIATION = regex.compile(r"(?:\p{Lu}{2,}\p{Ll}?|[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*)$")
# Lower-case compounds that keep their hyphen pair two adjectives, the first uninflected
# ("deutsch-französisch", "wirtschaftlich-technisch"); "menschen-" / "rechtliche", "zivil-" /
# "gesellschaftlichen" and "deutsch-" / "sprachigen" are breaks.
ADJECTIVE_STEM = regex.compile(r"\w{2,}(?:isch|lich)$|^deutsch$")
ADJECTIVE = regex.compile(r"\w{3,}(?:isch|lich|al|iv|ell|är|ar)(?:e[mnrs]?)?$")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_PREPOSITIONS = frozenset("im in am an zu für mit von bei auf aus nach".split())
# "8.-" at a line end: the first ordinal of a range ("8.-10. Klasse").
_RANGE_START = regex.compile(r"^\d{1,2}\.-$")
_EDGE_PUNCT = "()[]„“\"'‚‘.,;:!?»«"
# Words after a suspended hyphen: "Innen- vor der Außenentwicklung", "10- bis 14-jährige".
FUNCTION_WORDS = (
    SUSPENSION_WORDS
    | SUSPENSION_SYLLABLES
    | _PREPOSITIONS
    | frozenset("zur zum durch vor über gegen gegenüber statt anstatt versus ab u".split())
)


def _conjunction(word: str) -> bool:
    """A conjunction after a suspended hyphen: "und", "UND" (in capitals), not the name "Oder"
    ("Frankfurt-" / "Oder")."""
    return (word.lower() if word.isupper() else word) in SUSPENSION_WORDS


def _scheme_broken(last: str, first: str) -> bool:
    """'(http' / 's://dserver…', '(ww' / 'w.bund.de': a URL broken inside its scheme or 'www.'."""
    head = last.lstrip('([„"')
    if not head or head.startswith(("http://", "https://", "www.")):
        return False
    joined = head + first
    return joined.startswith(("http://", "https://", "www.")) and len(head) < len(joined) - 4


def _host_broken(last: str, first: str) -> bool:
    """'de.wik' / 'ipedia.org/wiki/…', '(rsw.' / 'beck.de/…', 'ungarnheute.hu' / '/news/…': a
    URL without a scheme broken inside its host.  Before a URL of its own stands a word
    ("unter" / "bmas.de/…", "(vgl." / "bmds.bund.de/…") or punctuation ("Quelle:")."""
    head = last.lstrip(_EDGE_PUNCT)
    if len(head) < 2 or not (head[-1].isalnum() or head[-1] in ".-"):
        return False
    if not HOST_PATH.match(head + first):
        return False
    if first.startswith((".", "/", "-")) or not HOST_PATH.match(first) or head.endswith("-"):
        return True  # only together a host: "(apnews.c" / "om/article/…"
    core = head.rstrip(".").lower()
    if core in BEFORE_URL:
        return False
    if head.endswith(".") or (last.startswith("(") and head[0].islower()):
        # "(register." / "awmf.org/…", "(statist" / "ik.arbeitsagentur.de/…": a lower-case
        # noun is no word of the sentence, which would be written with a capital.
        return True
    pieces = (core, core.rsplit("-", 1)[-1])
    return not any(len(piece) > 2 and piece in german_words() for piece in pieces)


def _opens_parenthesis(line: str) -> bool:
    """Whether ``line`` leaves a parenthesis open: "(vgl. www.bund.de/…"."""
    return line.rfind("(") > line.rfind(")")


def _split_extension(last: str, first: str) -> bool:
    """'…/flaeche.ht' / 'ml).', '…/ki.' / 'html': a file extension broken off."""
    match = _EXTENSION_START.search(last)
    return match is not None and (match[1] + core(first)).lower() in _EXTENSIONS


def _slug_goes_on(last: str, first: str) -> bool:
    """'…/asylquote-wer-konnte' / 'akut-von-abschiebung-…': a hyphenated slug goes on."""
    segment = last.rstrip("/").rsplit("/", 1)[-1]
    return last[-1].isalnum() and "-" in segment and first[0].islower() and "-" in first.strip("-")


class _Line(Protocol):
    text: str


@cache
def german_words() -> Container[str]:
    """The German word list that pyspellchecker ships (339,000 words, lower case).

    Read straight from the package's resource file: building a ``SpellChecker`` would also
    build its frequency index, three times slower, for nothing we use.  Kept as the dict it
    loads as (word → frequency): a dict of strings and numbers is not tracked by the garbage
    collector, a set is, and every full collection would walk its 339,000 entries.
    """
    resource = files("spellchecker") / "resources" / "de.json.gz"
    with resource.open("rb") as handle:
        words: dict[str, int] = json.loads(gzip.decompress(handle.read()))
    return words


def known(word: str) -> bool:
    """Whether ``word`` is in the German word list (any case)."""
    return word.lower() in german_words()


def core(token: str) -> str:
    """``token`` without the punctuation around it."""
    return token.strip(_EDGE_PUNCT)


class Dehyphenator:
    """Decides every line-end break of one document, using the document's own spellings."""

    def __init__(self, lines: Sequence[_Line]) -> None:
        self.lines = lines
        self.moved_up: list[tuple[int, int]] = []
        """Lines ``(i, j)`` where ``run`` moved the first words of line ``j`` up onto line
        ``i`` and left the rest: the space after them stood inside a line."""

    @cached_property
    def vocabulary(self) -> Spellings:
        """Every word the document spells (lower case), as the text stands at the first
        ambiguous break; asked a few times per document, so searched, not tokenised."""
        return Spellings([line.text for line in self.lines])

    def run(self) -> None:
        texts = [line.text for line in self.lines]
        # The common case, decided for all lines at once: no break mark, no URL.  ``texts``
        # is the lines as they were: a join only takes words off the start of later lines,
        # which leaves their ends as they were, and the next line's first word unless the line
        # is emptied (and ``_join`` turns an empty line down).
        for i in break_candidates(texts):
            if not may_break(texts[i], texts[i + 1]):
                continue
            j = i + 1
            # A URL or a table cell may run over several lines ("Skelett/" / "Muskeln/" /
            # "Bindegewebe"): keep pulling while whole lines are used up.
            while j < len(self.lines) and self._join(i, j) and not self.lines[j].text:
                j += 1

    def _before(self, i: int) -> str:
        """The line before line ``i`` and a space: where a parenthesis around a URL may open."""
        return self.lines[i - 1].text + " " if i else ""

    def _join(self, i: int, j: int) -> bool:
        """Decide the break between lines ``i`` and ``j``; whether they were joined.

        ``run`` asked ``may_break`` of the lines as they were, and where it does not hold no
        rule joins (``tests/test_line_ends.py``): not asked again of the lines as they are."""
        current, following = self.lines[i].text, self.lines[j].text
        upper, lower, joined = self.join_line_end(
            current, following.strip(), lambda: self._before(i) + current
        )
        if joined:
            self.lines[i].text, self.lines[j].text = upper, lower
            if lower:
                self.moved_up.append((i, j))
        return joined

    def join_line_end(
        self, upper: str, lower: str, context: Callable[[], str] | None = None
    ) -> tuple[str, str, bool]:
        """Both lines after deciding the line end between them (the first word of ``lower``
        moves up), and whether it was joined.  ``context`` gives the text before the break,
        where a parenthesis around a URL may open; by default ``upper``."""
        last = upper[upper.rfind(" ") + 1 :]
        first, _, rest = lower.partition(" ")
        joined = self.mend(last, first, context or partial(str, upper)) if last and first else None
        if joined is None:
            return upper, lower, False
        return upper[: len(upper) - len(last)] + joined, rest, True

    def mend(self, last: str, first: str, context: Callable[[], str]) -> str | None:
        """What ``last``, a break, and ``first`` become, or None where the break is a space.

        ``context`` gives the text up to ``last``, where a parenthesis around a URL may open."""
        if not url_like(last):
            if "/" in first and _host_broken(last, first):
                return last + first
            if last[-1:] != "-":
                return None  # the common case, decided cheaply: no break, no URL
            # A hyphen after a word that is no URL: the rules of URLs below cannot hold (each
            # needs a slash, "www" or "http" in ``last``: ``tests/test_hyphenation.py``).
        elif joined := self._mend_url(last, first, context):
            return joined
        if not last.endswith("-") or len(last) < 2 or not _ALNUM.search(last[:-1]):
            return None  # also dashes in table cells: "--" / "--1"
        if last.startswith("-") and first in _PREPOSITIONS:
            return None  # "PMK -rechts-" / "im Juni": a word set between hyphens stands alone
        if _RANGE_START.match(last):
            return last + first  # "8.-" / "10.": a range of ordinals
        if rx.OPENING_WORD.match(first):
            return None  # "… 2024-" / "13. Welche …": the next line opens a question
        decision = self.decide(last[:-1], first)
        if decision == "join":
            return last[:-1] + first
        if decision == "keep":
            return last + first
        return None

    def _mend_url(self, last: str, first: str, context: Callable[[], str]) -> str | None:
        """What ``last``, a word that looks like a URL, and ``first`` become where a URL or a
        slash joins them; None where that leaves the break to the rules of a hyphen."""
        if _scheme_broken(last, first) or (_URL_OPEN.search(last) and first.startswith((".", "/"))):
            # "(www" / ".umweltbundesamt.de/…", "https:" / "//dserver…": the host follows.
            return last + first
        if (
            ("/" in last or "www" in last)
            and URL.search(last)
            and self._url_continues(context(), last, first)
        ):
            return last + first
        if last.endswith("/") and len(last) > 1 and first[0].isalnum():
            # "BÜNDNIS 90/" / "DIE GRÜNEN", "und/" / "oder": a slash binds without a space.
            return last + first
        if "_" in last and not FILE.search(core(last)) and _FILE_REST.fullmatch(core(first)):
            return last + first  # "(28TB_19.pdf, 29TB_2" / "0.pdf).": a file name goes on
        return None

    @staticmethod
    def _url_continues(context: str, last: str, first: str) -> bool:
        """Whether ``first`` (next line's first word) continues the URL that ends ``last``.

        A URL breaks anywhere and without a hyphen, so the break itself says nothing; what
        does is whether either side could end, or start, a word of prose."""
        if not first or rx.OPENING_WORD.match(first):
            return False  # a question number
        if last.endswith("://"):
            return True  # "(https://" / "www.diw.de/…": the host follows its scheme
        if URL_START.match(first):
            return False  # a new URL: this one is complete
        if last.endswith("/") or first[0] in URL_ONLY_START:
            return True  # ".../Kurzmeldungen/" / "DE/…", "…-ueber" / "-unterversorgung)"
        if _split_extension(last, first) or _slug_goes_on(last, first):
            return True
        rest = core(first)
        if CLOSES.search(first) and _opens_parenthesis(context):
            return True  # "(www.bka.de/…/sport" / "vereinen).": the URL runs to the parenthesis
        if URL_MARK.search(first) or FILE.search(rest):
            return True  # "…/D" / "ESerie_mods_0077)", "…-politik-91," / "0,834.html)."
        if last.endswith("."):
            # "(https://dserver." / "bundestag.de/…", "www1." / "wdr.de": a sentence would go on
            # with a capital, a figure or a URL of its own.
            return first[0].islower()
        if URL_FINISHED.search(last):
            return False
        if _URL_CONTINUES.search(last) or _PATH_REST.match(rest) or _URL_PIECE.search(rest):
            return True  # "…%" / "C3%B6", ".../G/B" / "VWP/plan-2030.html", "…47" / "KB2"
        if not last[-1].isalnum() or not rest[:1].islower():
            return False  # a capital after a URL starts the sentence's next word
        # Broken inside a word of the path ("…/detail" / "suche).", "…/herausf" / "ordernd)."), or
        # the sentence going on ("…/bericht" / "abrufbar."): a German word that only the first
        # is, not the two together, goes on the sentence.
        if len(rest) <= 2 and rest.lower() not in FUNCTION_WORDS:
            return True  # "…-atmosphaeren" / "de samt.": two letters are a syllable, not a word
        known = german_words()
        tail = _LETTERS_AT_END.search(last)
        joined = (tail[0] if tail else "") + rest
        return rest.lower() not in known or joined.lower() in known

    def decide(self, prefix: str, continuation: str) -> Decision:
        """What to do with ``prefix-`` at a line end followed by ``continuation``."""
        word = core(continuation)
        lowered = word.lower()
        if not word or _conjunction(word) or _conjunction(continuation):
            return "leave"
        if _conjunction(word.split("/", 1)[0]):
            return "leave"  # "Landes-" / "und/oder Kommunalmittel"
        if continuation.startswith(")"):
            return "keep"  # "(teil-" / ")automatisierten": a hyphen before a parenthesis is real
        head = core(prefix).rsplit("-", 1)[-1]
        if lowered in SUSPENSION_SYLLABLES and self._suspends(head, word):
            return "leave"
        if prefix.endswith("/"):
            return "keep"  # "Förderprogrammen/-" / "projekten"
        if word[0].isupper():
            if head.isupper() and word.isupper() and self._spelled_whole(head + word):
                return "join"  # "BÜND-" / "NIS": a soft hyphen in an all-caps word
            return "keep"
        if not head or not word[0].isalpha() or ABBREVIATION.match(head):
            return "keep"
        if "-" in word.rstrip("-"):
            return self._before_hyphenated(core(prefix), word)
        pieces = core(prefix).split("-")
        if len(pieces) > 2 and pieces[-2] == "zu":
            return "keep"  # "Ende-zu-Ende-" / "verschlüsselter" (not "Pop-up-Sto-" / "res")
        if head[0].isupper() and (core(prefix) + "-" + word).lower() not in self.vocabulary:
            if lowered in ENGLISH_PARTICLES and not self._spelled_whole(head + word):
                return "keep"  # an anglicism: "Coming-" / "out", "Start-" / "ups"
            return "join"  # nouns compound solid: "General-" / "kommissar", "Ein-" / "reichung"
        return self._lower_case(core(prefix), head, word)

    def _before_hyphenated(self, prefix: str, word: str) -> Decision:
        """'Ba-' / 'den-Württemberg', 'Ins-' / 'tagram-Fotos' join: a typesetter breaks at a
        syllable far more often than after a real hyphen, so only the document's own spelling
        ('In-' / 'vitro-Fertilisation' where it writes 'In-vitro-…' elsewhere), a chain of
        words joined by a short one ('Power-to-Gas-' / 'to-Power'), an English particle ('Know-'
        / 'how-Transfers') or a Latin phrase ('In-' / 'vitro-…', 'De-' / 'facto-…') keeps one:
        the last two unless the two pieces are one word ('Ex-' / 'port-Kontrolle')."""
        if (prefix + "-" + word).lower() in self.vocabulary:
            return "keep"
        piece = word.split("-", 1)[0]
        head = prefix.rsplit("-", 1)[-1]
        if piece in CHAIN_WORDS and len(head) > 2:
            return "keep"  # "Windenergie-" / "auf-See-Gesetz", "Vehicle-" / "to-Everything"
        if (prefix + word).lower() in self.vocabulary:
            return "join"  # "Intra-African" spelled so elsewhere
        latin = prefix in LATIN_PREPOSITIONS  # not "Ex-" / "port-Kontrolle": one word
        if (piece in ENGLISH_PARTICLES or latin) and not self._spelled_whole(head + piece):
            return "keep"
        return "join"

    def _suspends(self, head: str, word: str) -> bool:
        """'Kinder-' / 'als auch …' is suspended, 'Materi-' / 'als' is a broken word: a
        suspended compound part is a word, or one with a linking 's'."""
        if self._spelled_whole(head + word):
            return False
        return known(head) or (head.endswith("s") and known(head[:-1]))

    def _spelled_whole(self, word: str) -> bool:
        return word.lower() in self.vocabulary or known(word)

    def _lower_case(self, prefix: str, head: str, word: str) -> Decision:
        joined, hyphened = (prefix + word).lower(), (prefix + "-" + word).lower()
        if joined in self.vocabulary:
            return "join"
        if hyphened in self.vocabulary:
            return "keep"
        if known(head + word):
            return "join"
        if ADJECTIVE_STEM.search(head) and ADJECTIVE.match(word):
            return "keep"  # "deutsch-" / "französischen", "politisch-" / "strategische"
        return "join"
