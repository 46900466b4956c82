"""Which language a document is written in, offline and without a model.

The extractor reads English only, so the question is "English or not?", asked
of whole documents of a few hundred words. For that, two plain signals are
enough and easy to check: the script most letters are written in (Cyrillic,
Han, Arabic... each names its language or family), and, for Latin script, which
language's function words (``kg/data/lexicon/languages.tsv``) make up the
largest share of the words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.resources import data_file, read_tsv

MIN_WORDS = 20
SAMPLE = 6000  # characters looked at: plenty to tell a language, cheap on long texts
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
LETTER = re.compile(r"[^\W\d_]")
OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")

# Script (first word of the Unicode character name) -> language code and name.
SCRIPTS = {
    "CYRILLIC": ("ru", "Russian"),
    "CJK": ("zh", "Chinese"),
    "HIRAGANA": ("ja", "Japanese"),
    "KATAKANA": ("ja", "Japanese"),
    "HANGUL": ("ko", "Korean"),
    "ARABIC": ("ar", "Arabic"),
    "HEBREW": ("he", "Hebrew"),
    "GREEK": ("el", "Greek"),
    "DEVANAGARI": ("hi", "Hindi"),
    "BENGALI": ("bn", "Bengali"),
    "THAI": ("th", "Thai"),
    "ARMENIAN": ("hy", "Armenian"),
    "GEORGIAN": ("ka", "Georgian"),
    "TAMIL": ("ta", "Tamil"),
    "ETHIOPIC": ("am", "Amharic"),
    "KHMER": ("km", "Khmer"),
    "LAO": ("lo", "Lao"),
    "MYANMAR": ("my", "Burmese"),
    "SINHALA": ("si", "Sinhala"),
    "MONGOLIAN": ("mn", "Mongolian"),
}
UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, or "und" when the text is too short to tell
    name: str
    share: float  # share of letters (script) or words (function words) behind the call


@cache
def _profiles() -> dict[str, tuple[str, frozenset[str]]]:
    rows = read_tsv(data_file("lexicon", "languages.tsv"))
    return {r["code"]: (r["name"], frozenset(r["words"].lower().split())) for r in rows}


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


# Every byte but the ASCII letters: deleting them from a text's UTF-8 leaves its ASCII letters
# (no byte of a character beyond ASCII is one).
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
# An ASCII sample's words: what is neither a letter nor an apostrophe becomes a space, and
# letters are lower-cased; str.split() then gives WORD's words but those with an apostrophe.
_WORD_SPACES = {i: " " for i in range(128) if not chr(i).isalpha() and chr(i) != "'"}
_WORD_SPACES.update({i: chr(i).lower() for i in range(ord("A"), ord("Z") + 1)})


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages (codes) whose list holds it."""
    out: dict[str, list[str]] = {}
    for code, (_name, stop) in _profiles().items():
        for w in stop:
            out.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in out.items()}


def _words(sample: str) -> Counter:
    """The lower-cased words of ``sample`` (as WORD finds them) and their counts."""
    if not sample.isascii():
        counts: Counter = Counter()
        for w, n in Counter(WORD.findall(sample)).items():
            counts[w.lower()] += n
        return counts
    counts = Counter(sample.translate(_WORD_SPACES).split())
    if "'" in sample:  # a run with apostrophes holds words as WORD cuts them, or none
        for chunk in [c for c in counts if "'" in c]:
            n = counts.pop(chunk)
            for w in WORD.findall(chunk):
                counts[w] += n
    return counts


def detect(text: str) -> Language:
    """The language of ``text``: by script, then by function words for Latin script.

    Each step counts what the question needs and no more: ASCII letters are
    counted from bytes, a letter beyond ASCII is named only if such letters
    could outnumber the ASCII ones, and the shares of the languages are summed
    over the sample's distinct words.
    """
    sample = text[:SAMPLE]
    others = [] if sample.isascii() else OTHER_LETTER.findall(sample)
    n_letters = len(sample.encode().translate(None, _NOT_ASCII_LETTERS)) + len(others)
    if not n_letters:
        return Language("und", "undetermined", 0.0)
    # Letters beyond ASCII are the only ones that may not be Latin.
    if len(others) > 0.5 * n_letters:
        scripts: Counter = Counter()
        for ch, n in Counter(others).items():  # each distinct letter named once
            scripts[_script(ch)] += n
        scripts["LATIN"] += n_letters - len(others)
        if scripts["LATIN"] < 0.5 * n_letters:
            script = next(s for s, _ in scripts.most_common() if s != "LATIN")
            share = round(1 - scripts["LATIN"] / n_letters, 3)
            # Han characters mixed with kana are Japanese.
            if (scripts["HIRAGANA"] + scripts["KATAKANA"]) > 0.05 * n_letters:
                return Language("ja", "Japanese", share)
            code, name = SCRIPTS.get(script, (script.lower(), script.title()))
            if code == "ru" and any(ch in UKRAINIAN_LETTERS for ch in others):
                code, name = "uk", "Ukrainian"
            return Language(code, name, share)
    counts = _words(sample)
    n_words = sum(counts.values())
    if n_words < MIN_WORDS:
        return Language("und", "undetermined", 0.0)
    hits = dict.fromkeys(_profiles(), 0)
    index = _index()
    for w in counts.keys() & index.keys():
        n = counts[w]
        for code in index[w]:
            hits[code] += n
    best, best_share = "und", 0.0
    for code in _profiles():
        s = hits[code] / n_words
        if s > best_share:
            best, best_share = code, s
    if best == "und":
        return Language("und", "undetermined", 0.0)
    return Language(best, _profiles()[best][0], round(best_share, 3))
