"""Split a readout into its title, body sentences and word tokens, keeping offsets."""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from dataclasses import dataclass
from typing import NamedTuple

from kg.text.dates import find_date, parse_date
from kg.text.layout import BREADCRUMB

TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
# the same split of ASCII text with its classes spelt out, which the engine tests by a
# bitmap instead of Unicode's character tables (a third cheaper); as a str pattern's \s,
# the gap holds \x1c-\x1f too
_TOKEN_SPLIT_ASCII = re.compile(r"([a-zA-Z0-9]+|[^a-zA-Z0-9_\t-\r\x1c- ])")
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "no",
    "gen",
    "lt",
    "col",
    "prof",
    "hon",
    "rt",
    "e.g",
    "i.e",
    "vs",
    "inc",
    "co",
    "ltd",
    "a.m",
    "p.m",
    "h.e",
    "u.s",
    "u.k",
    "u.n",
    "gov",
    "sen",
    "rep",
    "capt",
    "maj",
    "adm",
    "sgt",
    "mt",
    "ft",
    "approx",
    "amb",
    "smt",
    "brig",
    "cdr",
    "rev",
    "dept",
    "est",
    "fig",
}
# "Mar. 5": a month cut short ends no sentence when a day follows it
MONTH_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
# a stop, closing quotes, then space and a capital; or, where copying lost the space,
# a stop between a lower-case word and a capitalised one ("today.The leaders")
# A sentence ends at a stop and spaces before a capital or a digit, or between a stop
# right after two lower-case letters and a capitalised word ("talks.The"). Written to
# begin with the one character every match starts with (a stop, or that capital), so the
# engine skips to those characters instead of trying each place (3.7x faster); the second
# kind consumes its capital, and ``joined`` marks it: it ends where it starts.
BOUNDARY = re.compile(
    r"[.!?A-Z](?:(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])"
    r"|(?<=[a-z]{2}[.!?][A-Z])(?P<joined>)(?=[a-z]))"
)
PARA_NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(\w\)|[•\-–*])\s+")
TRAILERS = re.compile(
    r"^\s*(suggest to a friend|print|share|related|back to top|close window|"
    r"statements and releases|press release|news|readout|media release|briefing)\b.{0,20}$|"
    r"^.{0,80}\battributable to\b.{0,60}:\s*$",
    re.IGNORECASE,
)
# a stripped line TRAILERS' first form can match is at most its longest word (23 chars)
# plus 20; its second form holds "attributable to" (in an ASCII line, in any case only as
# lower() shows it): longer ASCII lines without it are no trailer, and are not searched
TRAILER_LONGEST = 43


def _trailer(s: str) -> bool:
    """TRAILERS.match(s), for a stripped line."""
    if len(s) > TRAILER_LONGEST and s.isascii() and "attributable to" not in s.lower():
        return False
    return bool(TRAILERS.match(s))


INITIALS = re.compile(r"\w(\.\w)+")
# abbreviations that often end a sentence ("at 10 a.m.", "in Washington, D.C."): the stop
# ends it when a word that opens sentences, and no name, follows
ENDS_CLAUSE_TOO = frozenset({"a.m", "p.m", "d.c"})
OPENERS = frozenset(
    "The They He She It We Both This These In On At During Later After Earlier".split()
)
WEB = re.compile(r"www|[/@]")
_DIGIT = re.compile(r"\d")  # as the date patterns read a digit (any script's)
TIME_LINE = re.compile(r"^[\w ,.:\-–/]*\d{1,2}:\d{2}[\w ,.:]*$")


class Token(NamedTuple):
    """A word or mark with its offsets in the readout (a tuple: a readout makes thousands)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    paragraph: int

    @property
    def opening(self) -> str:
        """The first eight words, as the annotation guide identifies a statement."""
        s = self.text.lstrip("\"“'‘ ")
        return " ".join(s.split()[:8])


@dataclass(frozen=True)
class Layout:
    title: str | None
    title_start: int
    datelines: tuple[str, ...]
    sentences: tuple[Sentence, ...]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """TOKEN's matches with their offsets, made without a match object per word (30%
    faster): splitting on the captured pattern alternates gaps and tokens, and the running
    sum of their lengths gives each token's start and end."""
    split = _TOKEN_SPLIT_ASCII if text.isascii() else _TOKEN_SPLIT
    parts = split.split(text)  # gap, token, gap, ..., token, gap
    at = list(accumulate(map(len, parts), initial=offset))
    # Token's own __new__ is a Python call per word
    return list(map(tuple.__new__, repeat(Token), zip(parts[1::2], at[1::2], at[2::2])))


def line_date(line: str) -> str | None:
    """A dateline's date: written out, ISO, or numeric day-first ('01.08.2023'). Every
    form has digits: a line without one (most titles) is not searched five times."""
    if not _DIGIT.search(line):
        return None
    return find_date(line) or parse_date(line.strip())


def _is_sentence(line: str) -> bool:
    """A first line that reads as prose, not a headline (a text with no title); one that
    announces what follows ("X sent the following message to Y:") is a sentence too."""
    n = len(line.split())
    announces = line.endswith(":") and n > 6 and ANNOUNCING.search(line)
    return line.endswith((".", "!", "?")) and n > 4 or bool(announces) or n > 30


# a line that hands over to a text it introduces ("... sent the following message:")
ANNOUNCING = re.compile(r"\b(?:the following|as follows|reads?|said|says|stated|wrote|writes)\b")


def _is_heading(line: str) -> bool:
    s = line.strip()
    return not s.endswith((".", "!", "?", '"', "”", ":")) and len(s.split()) <= 12


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def _last_word(para: str, begin: int, end: int) -> str:
    """``para[begin:end].split()[-1]`` (or ""), read backwards from ``end`` so that a
    paragraph with many stops that end no sentence ("H.E.") is not re-split at each."""
    while end > begin and para[end - 1].isspace():
        end -= 1
    start = end
    while start > begin and not para[start - 1].isspace():
        start -= 1
    return para[start:end]


def _opens(para: str, b: int) -> bool:
    """Whether the word at ``b`` is one that opens sentences and is no name."""
    word = para[b : b + 12].split(None, 1)
    return bool(word) and word[0] in OPENERS


def split_sentences(para: str, start: int) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for m in BOUNDARY.finditer(para):
        a = m.start()
        b = a if m["joined"] is not None else m.end()
        last = _last_word(para, begin, a).lower().rstrip(".")
        if last in ENDS_CLAUSE_TOO and _opens(para, b):
            pass  # "began at 10 a.m. The leaders": the stop ends the sentence too
        elif last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        elif last in MONTH_ABBREVIATIONS and para[b : b + 1].isdigit():
            continue
        elif INITIALS.fullmatch(last):  # initials such as U.S or H.E
            continue
        if b == a and WEB.search(last):
            continue  # "www.Example.org", not two sentences
        spans.append((begin, a + 1 if b > a else a))
        begin = b
    spans.append((begin, len(para.rstrip())))
    return [(start + a, start + b) for a, b in spans if para[a:b].strip()]


def layout(text: str) -> Layout:
    """Title, datelines and body sentences of a readout's text."""
    title, title_start, datelines = None, 0, []
    sentences: list[Sentence] = []
    paragraph = 0
    in_body = False
    for pos, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        if not in_body:
            if BREADCRUMB.match(s):
                continue
            if title is None and not _is_sentence(s):
                title, title_start = s, pos + line.index(s[0])
                continue
            short = len(s.split()) <= 8
            if short and (line_date(s) or TIME_LINE.match(s)) or _trailer(s):
                datelines.append(s)
                continue
        if _trailer(s) or (_is_heading(s) and not in_body and len(s.split()) < 4):
            continue
        if _is_heading(s) and (find_date(s) or len(s.split()) <= 4):
            continue
        in_body = True
        lead = PARA_NUMBER.match(line)
        offset = lead.end() if lead else len(line) - len(line.lstrip())
        para = line[offset:]
        paragraph += 1
        for a, b in split_sentences(para, pos + offset):
            sentences.append(Sentence(text[a:b], a, b, len(sentences), paragraph))
    return Layout(title, title_start, tuple(datelines), tuple(sentences))
