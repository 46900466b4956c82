"""A sentence's runs of words (skipping the joiners inside names), computed once per
sentence: where gazetteer forms, titles and groups are looked up."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import fold
from kg.extract.text import Token

JOINERS = (".", "-", "'", "’", ",", "+", "&")
MAX_RUN = 14  # the longest gazetteer forms ("the Government and people of the ...")
_RUNS: dict[int, tuple[list[str], list[int]]] = {}
_RUNS_OF: list = [None]
_WORDS: list = [(), (), {}, ()]  # the sentence's words, the token after each, index, run end


def scan(tokens: list[Token]) -> None:
    """The sentence's word tokens once, and where each run of them ends (a token that is
    neither a word nor a joiner inside a name closes it)."""
    texts: list[str] = []
    ends: list[int] = []
    at: dict[int, int] = {}
    stops: list[int] = []  # for each word, the index after the last word of its run
    start = 0
    for j, tok in enumerate(tokens):
        t = tok.text
        if t[0].isalnum():
            at[j] = len(texts)
            texts.append(t)
            ends.append(j + 1)
        elif t not in JOINERS:
            stops.extend([len(texts)] * (len(texts) - start))
            start = len(texts)
    stops.extend([len(texts)] * (len(texts) - start))
    _WORDS[:] = [texts, ends, at, stops]


def runs(tokens: list[Token], i: int) -> tuple[list[str], list[int]]:
    """The up to MAX_RUN words of the run from token i (skipping . , - ' + & inside names), and
    the token index after each; callers make tuples only of the lengths they try."""
    if _RUNS_OF[0] is not tokens:
        _RUNS.clear()
        _RUNS_OF[0] = tokens
        scan(tokens)
    got = _RUNS.get(i)
    if got is None:
        texts, ends, at, stops = _WORDS
        k = at.get(i)
        if k is None:
            got = [], []
        else:
            e = min(stops[k], k + MAX_RUN)
            got = texts[k:e], ends[k:e]
        _RUNS[i] = got
    return got


def words_from(tokens: list[Token], i: int, n: int) -> tuple[int, tuple[str, ...]] | None:
    """The next n word tokens from i, and the index after them."""
    texts, ends = runs(tokens, i)
    return (ends[n - 1], tuple(texts[:n])) if len(texts) >= n else None


@lru_cache(maxsize=65536)
def fold_key(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in key)
