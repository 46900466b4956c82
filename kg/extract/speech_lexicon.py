"""The words statements are found by: reporting verbs and their lemmas, honorific
subjects, title short forms, and the small word sets the subject and verb search skips."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.document import Doc, View
from kg.model import Span
from kg.resources import data_file, read_tsv


@cache
def statement_words() -> tuple[dict[str, str], re.Pattern, tuple[str, ...]]:
    """More reporting verbs (form -> lemma), honorific subjects (one pattern over the
    masked words), and monarchs' title words."""
    verbs: dict[str, str] = {}
    kinds: dict[str, list[str]] = {"honorific": [], "monarch": []}
    for row in read_tsv(data_file("lexicon", "statements.tsv")):
        if row["kind"] == "verb":
            verbs[row["form"]] = row["lemma"]
        elif row["kind"] in kinds:
            kinds[row["kind"]].append(row["form"])
    forms = "|".join(re.escape(f) for f in sorted(kinds["honorific"], key=len, reverse=True))
    return verbs, re.compile(rf"(?:{forms}) (?!'s)"), tuple(kinds["monarch"])


_TITLES: list = [None, {}]


def title_table(doc: Doc) -> dict[str, str]:
    """Lower-case title words -> role: the lexicon's titles and statements.tsv's short forms
    ('pm', 'fm', 'leader'), which readouts use as a subject the mentions do not name."""
    if _TITLES[0] is not doc.lex:
        table = {" ".join(k).lower(): role for k, role in doc.lex.titles.items()}
        for row in read_tsv(data_file("lexicon", "statements.tsv")):
            if row["kind"] == "title":
                table[row["form"]] = row["lemma"]
        _TITLES[:] = [doc.lex, table]
    return _TITLES[1]


def reporting_verb(doc: Doc, piece: str) -> str | None:
    """The lemma of a reporting verb, from the lexicon or this module's own list."""
    return doc.lex.reporting.get(piece) or statement_words()[0].get(piece)


_FORMS: list = [None, frozenset()]


def reporting_forms(doc: Doc) -> frozenset[str]:
    """Every form ``reporting_verb`` knows, as one set: whether a sentence holds any is one
    ``isdisjoint`` call, where asking each piece costs two dictionary lookups."""
    if _FORMS[0] is not doc.lex:
        _FORMS[:] = [doc.lex, frozenset(doc.lex.reporting) | frozenset(statement_words()[0])]
    return _FORMS[1]


SKIPPABLE = {
    "also",
    "further",
    "in",
    "turn",
    "warmly",
    "then",
    "again",
    "once",
    "fully",
    "both",
    "jointly",
    "strongly",
    "firmly",
    "had",
    "has",
    "have",
    "repeatedly",
    "today",
    "later",
    "briefly",
    "separately",
    "subsequently",
    "earlier",
    "each",
    "personally",
    "formally",
    "officially",
    "duly",
    "thereafter",
    "finally",
    "first",
    "initially",
    "lastly",
    "meanwhile",
    "moreover",
    "furthermore",
    "however",
    "therefore",
    "thus",
    "too",
    "together",
    "all",
}
QUOTES = {'"', "“", "”", "'", "‘", "’"}


IRREGULAR = {"dealt": "deal", "centred": "centre", "centered": "center", "pointed": "point"}
IRREGULAR |= {"held": "hold", "holds": "hold", "puts": "put"}
IRREGULAR |= {"made": "make", "makes": "make", "gave": "give", "paid": "pay", "pays": "pay"}
IRREGULAR |= {"issued": "issue", "issues": "issue", "had": "have"}

# verbs that report only with the word after them: "held that" (a view; "held talks" is
# none), "put forward" (a proposal)
PHRASAL = {("held", "that"), ("hold", "that"), ("holds", "that"), ("put", "forward")}
PHRASAL |= {("puts", "forward")}
# light verbs that report with a noun of speech, after a determiner or none: "made the
# point that", "paid tribute to", "gave an overview of", "made a proposal", "issued the
# following statement" (one word may come between determiner and noun)
LIGHT = {"made", "makes", "gave", "gives", "paid", "pays", "issued", "issues"}
SPEECH_NOUNS = {"point", "proposal", "proposals", "suggestion", "appeal", "tribute"}
SPEECH_NOUNS |= {"overview", "briefing", "assessment", "account", "remarks", "presentation"}
SPEECH_NOUNS |= {"statement"}
LIGHT_PHRASAL = frozenset((v, n) for v in LIGHT for n in SPEECH_NOUNS)
PHRASAL |= LIGHT_PHRASAL
PHRASAL_VERBS = frozenset(v for v, _ in PHRASAL)
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their"}


def phrasal(pieces: list[str], j: int) -> bool:
    """Whether the verb at piece j reports with the word after it ('held that'), or with
    a noun of speech after a determiner ('made the point')."""
    verb = pieces[j]
    if verb not in PHRASAL_VERBS:  # most pieces: one set lookup
        return False
    nxt = pieces[j + 1] if j + 1 < len(pieces) else ""
    if (verb, nxt) in PHRASAL:
        return True
    if nxt not in DETERMINERS:
        return False
    after = pieces[j + 2] if j + 2 < len(pieces) else ""
    later = pieces[j + 3] if j + 3 < len(pieces) else ""
    return (verb, after) in LIGHT_PHRASAL or (verb, later) in LIGHT_PHRASAL


def verb_lemma(doc: Doc, verb: str) -> str:
    head = verb.split()[0]
    return (
        reporting_verb(doc, verb)
        or IRREGULAR.get(head)
        or reporting_verb(doc, head)
        or re.sub(r"e?d$", "", head)
    )


NOT_FINITE = {"the", "a", "an", "his", "her", "its", "their", "was", "were", "been", "be", "is"}
NOT_FINITE |= {"are", "has", "have", "had", ",", "and", "or", "being", "who", "which", "that"}


SAID = {"said", "told"}


def sentence_span(view: View) -> Span:
    s = view.sentence
    return Span(s.start, s.end, s.text)
