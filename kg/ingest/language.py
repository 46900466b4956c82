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
from functools import cache

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


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def detect(text: str) -> Language:
    """The language of ``text``: by script, then by function words for Latin script."""
    sample = text[:SAMPLE]
    n_letters = len(LETTER.findall(sample))
    if not n_letters:
        return Language("und", "undetermined", 0.0)
    others = OTHER_LETTER.findall(sample)  # letters beyond ASCII: only these need a name
    scripts = Counter(_script(ch) for ch in others)
    scripts["LATIN"] += n_letters - len(others)
    letters = others
    if scripts["LATIN"] < 0.5 * n_letters:
        script = next(s for s, _ in scripts.most_common() if s != "LATIN")
        share = round(1 - scripts["LATIN"] / n_letters, 3)
        # Han characters mixed with kana are Japanese.
        if (scripts["HIRAGANA"] + scripts["KATAKANA"]) > 0.05 * n_letters:
            return Language("ja", "Japanese", share)
        code, name = SCRIPTS.get(script, (script.lower(), script.title()))
        if code == "ru" and any(ch in UKRAINIAN_LETTERS for ch in letters):
            code, name = "uk", "Ukrainian"
        return Language(code, name, share)
    words = [w.lower() for w in WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return Language("und", "undetermined", 0.0)
    counts = Counter(words)
    best, best_share = "und", 0.0
    for code, (_name, stop) in _profiles().items():
        s = sum(counts[w] for w in stop if w in counts) / len(words)
        if s > best_share:
            best, best_share = code, s
    if best == "und":
        return Language("und", "undetermined", 0.0)
    return Language(best, _profiles()[best][0], round(best_share, 3))
