"""Stage 4: the language of each segment, deterministic, and cheap where the answer is clear.

langdetect costs milliseconds per call (it runs a fixed number of random trials over its
language profiles) and a fraction of a second to load them once per process; the corpus is
German almost throughout.  A longer segment is German at once when its first words hold several
German function words (a quick test on 300 characters, which almost every segment of an answer
passes).  Otherwise it is German without asking langdetect when German function words are
common in it, or when most of its longer words are in the German word list (tables of labels
and names have few function words).  The rest (short snippets, English or French quotations)
goes to langdetect with a fixed seed, so that the same text always gets the same answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import regex

from . import latin1
from .hyphenation import german_words

_WORD = regex.compile(r"\p{L}+")
GERMAN_FUNCTION_WORDS = frozenset(
    "der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch "
    "es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
    "einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei wurden "
    "welche welcher welchen wieviele inwieweit inwiefern bundesregierung ".split()
)
GERMAN_SHARE = 0.2
"""Share of function words above which a text is German without further question."""
GERMAN_SHARE_LONG = 0.1
LONG = 30
"""A text of at least ``LONG`` words needs only ``GERMAN_SHARE_LONG`` (tables of figures)."""
GERMAN_WORDS_SHARE = 0.6
"""Share of longer words in the German word list above which a text is German."""
SAMPLE = 1500
"""Characters of a segment looked at: the language of a long answer shows in its start."""
LANGDETECT_WORDS = 60
MIN_WORDS = 4
"""Below this many words no language is claimed."""
LANGDETECT_LANGUAGES = (
    "ar", "cs", "da", "de", "el", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "sv", "tr", "uk",
)  # fmt: skip
"""The languages langdetect chooses from: German, English, the languages of the larger
neighbours and EU members, and those of the largest groups of immigrants and of foreign-policy
topics.  Only snippets that the German tests reject reach langdetect (names of organisations,
products, short quotations), and among all 55 of its profiles it took English names for
Afrikaans or Romanian; 16 profiles also load in a third of the time and each call costs a third.
A fixed list also fixes the profiles' order (``load_profile`` takes the directory's order, and
the order changes the sums langdetect normalises with)."""


GERMAN_MARKERS = frozenset(
    "der die das und den dem des ist nicht werden wird für mit von zu auf sich eine einer "
    "einem einen wurde wurden sind durch oder aber nach bei über zur zum dass auch noch "
    "welche welcher welchen inwieweit inwiefern bundesregierung".split()
)
"""Function words that mark a German text and are no common word of English or French."""
QUICK_SAMPLE = 300
"""Characters at the start of a longer segment that the quick test looks at."""
QUICK_MARKERS = 3
"""Different ``GERMAN_MARKERS`` in the quick sample that make a segment German."""


_WORD_TABLE = latin1.table(lambda char: _WORD.fullmatch(char) is not None)
"""Each Latin-1 character lowered where it is a letter to ``_WORD`` (the pattern itself
decides), else a space: a Latin-1 text translated by it and split holds exactly the words that
``_WORD`` finds in the lowered text."""
_SPLIT_TABLE = latin1.table(lambda char: not char.isspace())
"""Each Latin-1 character lowered, white space (to ``str.split``, which counts more characters
as white space than ``bytes.split``) as a space: a Latin-1 text translated by it splits as the
lowered text does."""
_MARKER_BYTES = frozenset(word.encode("latin-1") for word in GERMAN_MARKERS)


def words_of(text: str) -> list[str]:
    """``_WORD.findall(text.lower())``: the lowered words (runs of letters) of ``text``.

    Almost every segment is Latin-1 text (German): then one table lookup per character in C
    (``bytes.translate``) replaces the pattern's scan, at a fraction of its cost.
    """
    words = latin1.words(text, _WORD_TABLE)
    return _WORD.findall(text.lower()) if words is None else words


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    if len(text) > QUICK_SAMPLE and _starts_german(text):
        return "de"
    words = words_of(text[:SAMPLE])
    if len(words) < MIN_WORDS:
        return None
    share = sum(map(GERMAN_FUNCTION_WORDS.__contains__, words)) / len(words)
    if share >= (GERMAN_SHARE_LONG if len(words) >= LONG else GERMAN_SHARE):
        return "de"
    long_words = [w for w in words if len(w) > 3]
    known = german_words()
    if long_words and sum(w in known for w in long_words) / len(long_words) >= GERMAN_WORDS_SHARE:
        return "de"
    # langdetect settles within a few dozen words; more only costs time.
    return _langdetect(" ".join(words[:LANGDETECT_WORDS]))


def _starts_german(text: str) -> bool:
    """The quick test: several different German function words in the first words of a longer
    segment, as a one-step set intersection (no word-by-word tokenising).

    Almost every segment of a German answer passes it; those that do not (tables, lists of
    names, quotations) take the full test below.  Short segments always take the full test.
    """
    head = text[:QUICK_SAMPLE]
    try:
        # As bytes, the same tokens (``_SPLIT_TABLE``), each made at less cost than a string.
        tokens = head.encode("latin-1").translate(_SPLIT_TABLE).split()
    except UnicodeEncodeError:
        return len(GERMAN_MARKERS.intersection(head.lower().split())) >= QUICK_MARKERS
    return len(_MARKER_BYTES.intersection(tokens)) >= QUICK_MARKERS


@cache
def _factory() -> Any:
    """A langdetect factory of our own, seeded, so that the same text always gets the same
    answer, without setting the seed of langdetect's global factory for the whole process."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    profiles = Path(PROFILES_DIRECTORY)
    factory.load_json_profile(
        [(profiles / code).read_text(encoding="utf-8") for code in LANGDETECT_LANGUAGES]
    )
    factory.set_seed(0)
    # The profiles are 17,000 lists of probabilities (88,000 for all 55 languages), held for
    # the life of the process: as tuples (same values; langdetect only reads them) the garbage
    # collector stops tracking them, and its full collections get cheaper.
    factory.word_lang_prob_map = {
        ngram: tuple(probabilities) for ngram, probabilities in factory.word_lang_prob_map.items()
    }
    return factory


@cache
def _detector_class() -> Any:
    """langdetect's ``Detector`` with its trial loop in fewer Python steps, same arithmetic.

    Each call runs seven trials of up to a thousand steps, each step multiplying the 16
    language probabilities by an n-gram's: langdetect does it element by element in an indexed
    loop, the most costly part of the text path for the few dozen snippets per corpus that
    reach it.  Here the same products, quotients and sums, in the same order (list
    comprehensions over ``zip``; ``sum`` left to right; the maximum kept as langdetect keeps it),
    with the same random draws: the same floats, so the same answers
    (``tests/test_language.py`` compares the probabilities with langdetect's own).
    """
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    class FastDetector(Detector):  # type: ignore[misc]
        def _detect_block(self) -> None:
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            self.langprob = [0.0] * len(self.langlist)
            self.random.seed(self.seed)
            bits = self.random.getrandbits
            # Every extracted n-gram has a row (``_extract_ngrams`` keeps only those), so the
            # draws can pick the rows themselves: langdetect's lookup per step always succeeds.
            table = self.word_lang_prob_map
            rows = [table[word] for word in ngrams]

            for _ in range(self.n_trial):
                prob = self._init_probability()
                alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                # langdetect's step i draws an n-gram and multiplies; at every fifth it
                # normalises and stops once converged: one step, then runs of five.
                prob = _multiply(prob, weight, _draws(rows, bits, 1))
                i = 0
                while True:
                    total = sum(prob)
                    # The largest quotient is the largest product's (division by the same
                    # positive total is monotonic), so the test needs no division of its own.
                    if max(prob) / total > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                    prob = _normalise_multiply(prob, total, weight, _draws(rows, bits, 5))
                    i += 5
                prob = [p / total for p in prob]
                self.langprob = [
                    p + q / self.n_trial for p, q in zip(self.langprob, prob, strict=True)
                ]

    return FastDetector


def _draws(
    rows: list[Sequence[float]], bits: Callable[[int], int], count: int
) -> list[Sequence[float]]:
    """``count`` times ``random.choice(rows)`` as ``Random`` implements it (``getrandbits(k)``
    until below the length: the same draws), without its two calls per draw."""
    size = len(rows)
    k = size.bit_length()
    drawn = []
    for _ in range(count):
        r = bits(k)
        while r >= size:
            r = bits(k)
        drawn.append(rows[r])
    return drawn


def _multiply(prob: list[float], weight: float, rows: list[Sequence[float]]) -> list[float]:
    """``prob`` times ``weight + row`` for each row in turn, element by element."""
    for row in rows:
        prob = [p * (weight + q) for p, q in zip(prob, row, strict=True)]
    return prob


def _normalise_multiply(
    prob: list[float], total: float, weight: float, rows: list[Sequence[float]]
) -> list[float]:
    """``prob`` divided by ``total`` (langdetect's normalising), then times ``weight + row`` for
    each of five rows, in one pass: the same quotients and products in the same order, so the
    same floats as a pass for the quotients and one per row."""
    a, b, c, d, e = rows
    return [
        p / total * (weight + pa) * (weight + pb) * (weight + pc) * (weight + pd) * (weight + pe)
        for p, pa, pb, pc, pd, pe in zip(prob, a, b, c, d, e, strict=True)
    ]


def _langdetect(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_class()(_factory())  # as ``factory.create()`` makes it
    detector.append(text)
    try:
        code: str = detector.detect()
    except LangDetectException:
        return None
    return code
