"""A transcript's turns: "PRIME MINISTER HIPKINS: Thank you ..." opens a turn in which
"I" is that speaker, up to the next speaker line (a turn runs over paragraphs), and a
journalist's turn ("QUESTION:", "JOURNALIST:") is nobody's. A bare title line
("FOREIGN SECRETARY:") is the person an earlier full line gave that title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.gazetteer import fold

if TYPE_CHECKING:
    from kg.extract.document import Doc

_UP = "A-ZÀ-ÖØ-Þ"
# a speaker line in capitals: "PRIME MINISTER ALBANESE:", "TÁNAISTE:", "Q:"
LABEL = re.compile(rf"^((?:[{_UP}][{_UP}.'’\-]* ){{0,5}}[{_UP}][{_UP}.'’\-]*) ?: ")
# a speaker line as the Kremlin and others write it: "Vladimir Putin: ...", "Prime Minister
# Albanese: ...", "Question: ..." (each word capitalised; a name must resolve)
NAME_LABEL = re.compile(r"^((?:[A-Z][\w.'’\-]* ){0,5}[A-Z][\w.'’\-]*) ?: (?=\S)")
# labels of the people who ask, not the participants
ASKERS = frozenset(
    "Q QUESTION QUESTIONS JOURNALIST JOURNALISTS REPORTER REPORTERS MODERATOR "
    "CORRESPONDENT AUDIENCE".split()
)


def turn_at(doc: Doc, text: str, index: int, known: dict[str, str]) -> None:
    """Read a speaker line that opens the sentence: set ``doc.turn`` to its person (""
    for a journalist), and keep its title for bare title lines after it. A sentence
    that opens no turn inside one is the turn's content (``doc.in_turns``)."""
    m = None
    if ":" in text[:60] and text[:1].isupper():
        m = LABEL.match(text) or NAME_LABEL.match(text)
    if not m:
        if doc.turn is not None:
            doc.in_turns.add(index)
            if doc.turn:
                doc.turn_of[index] = doc.turn
        return
    label = m[1].upper().split()
    if label[0] in ASKERS or label[-1] in ASKERS:
        doc.turn = ""
        return
    last = label[-1].capitalize()
    name = known.get(last) or known.get(fold(last))
    if name:
        upper = {fold(w).upper() for w in name.split()}
        title = " ".join(w for w in label if fold(w) not in upper)
        if title:
            doc.turn_titles.setdefault(title, name)
    else:
        name = doc.turn_titles.get(" ".join(label))
    if name:
        doc.turn = name
        doc.turns[index] = doc.turn_of[index] = name
