"""Bodies, gatherings and undertakings named before a head word that the named-event
pattern (topics.EVENT) does not hold: "the Swedish-Latvian Joint Commission", "the
Weimar Triangle", "the Mercosur summit", "the G-20 meetings", "the Western Balkans route".

Found by walking back from the head over the name's capitalised words, and only in
sentences whose words hold a head (a set lookup on the words topics already split), so
that no pattern scans every sentence (topics is the costliest stage).
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer

# capitalised heads of bodies and formats the sides set up or meet in ("the Joint
# Commission", "the Mechanism of Political Consultations", "the Weimar Triangle"); a body
# the gazetteer knows ("the European Commission") is an actor, no topic
BODY_HEADS = {
    w.encode(): w.capitalize()
    for w in "council commission committee group mechanism consultation consultations "
    "triangle format".split()
}
# lower-case heads of gatherings and undertakings named by their place, members or own
# name ("the Riga summit", "the Light Rail Transit project", "the NATO eastern flank");
# one meeting alone is too often the engagement itself ("the PM meeting")
NAMED_HEADS = frozenset(
    b"summit summits meetings conference project projects railway route flank mission "
    b"policy programme programmes corridor".split()
)
HEAD_WORDS = frozenset(BODY_HEADS) | NAMED_HEADS

# a word of a name: capitalised, or an ordinal ("the 12th X summit")
NAME_WORD = re.compile(r"[A-Z][\w’'\-/]*|\d+(?:st|nd|rd|th)")
CONNECTORS = ("of", "and")
QUOTES = "'’‘\"“”"
# words that open a sentence or a phrase, no part of a name ("The summit", "During the X")
SMALL = frozenset(
    "the a an this that these those other its their his her our your of and for on in at "
    "as by with during after before following under including also both regarding "
    "concerning annual regular next last".split()
)
# a participle compound before a name says who backs it ("the Kenyan-led X mission",
# "Japanese-funded projects"), no part of the name
BACKED = re.compile(r"[\w’'\-]+-\w+ed")
# a body named in someone's office ("member of the State Council", "Vice-President of
# the X Commission"): the office, no subject
OFFICE_BEFORE = re.compile(r"\b([\w\-]+) of (?:the )?$")
OFFICE_WORDS = frozenset("member members head heads".split())
# a head the name runs past ("the Group of Seven"): only part of a name
NAME_GOES_ON = re.compile(r" of (?:the )?[A-Z]")


def _name_before(text: str, at: int) -> tuple[list[str], int]:
    """The name's words before a head whose space is at ``at``, and where the name starts."""
    take: list[str] = []
    starts: list[int] = []
    start = at
    for word in reversed(text[max(0, at - 80) : at].split(" ")):
        start -= len(word) + 1  # the space before the word
        bare = word.strip(QUOTES)
        if bare.endswith(("'s", "’s")) or not (
            NAME_WORD.fullmatch(bare) or (bare in CONNECTORS and take)
        ):
            break  # an owner ("Latvia's X policy", "Tomas Berzins's meetings") is no part
        take.insert(0, bare)
        starts.insert(0, start + 1 + word.find(bare[:1]))
        if len(take) == 8 or bare[:1].isdigit():
            break
    while take and (take[0].lower() in SMALL or BACKED.fullmatch(take[0])):
        take.pop(0)
        starts.pop(0)
    return take, starts[0] if starts else at


def _office(text: str, start: int, words: list[str], titles: frozenset[str]) -> bool:
    """Whether a body's name stands in someone's office ("member of the X Council")."""
    if words[0].lower().rsplit("-", 1)[-1] in titles and "of" in words:
        return True  # "President of the X Commission" walked into the name
    office = OFFICE_BEFORE.search(text, max(0, start - 30), start)
    if not office:
        return False
    word = office[1].lower().rsplit("-", 1)[-1]
    return word in titles or word in OFFICE_WORDS


def headed_names(gaz: Gazetteer, text: str, words: set[bytes], titles: frozenset[str]) -> list[str]:
    """The bodies, gatherings and undertakings ``text`` names with a head of HEAD_WORDS
    (``words``: the sentence's lower-case words; ``titles``: one-word titles)."""
    heads = HEAD_WORDS.intersection(words)
    out: list[str] = []
    for head in heads:
        form = BODY_HEADS.get(head) or head.decode()
        key = " " + form
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if end == len(text) or not (text[end].isalnum() or text[end] in "-’'"):
                name, start = _name_before(text, at)
                if _keep(gaz, text, name, start, end, form, titles):
                    out.append(" ".join([*name, form]).lower())
            at = text.find(key, end)
    return out


def _keep(
    gaz: Gazetteer,
    text: str,
    name: list[str],
    start: int,
    end: int,
    form: str,
    titles: frozenset[str],
) -> bool:
    """Whether the head ``form`` with the name ``name`` before it is a subject."""
    if not name or (len(name) == 1 and name[0][:1].isdigit()):
        return False  # a bare head ("the 29th summit"), or one that is owned ("X's meetings")
    if form[0].isupper():  # a body's head
        if NAME_GOES_ON.match(text, end) or _office(text, start, name, titles):
            return False
        return not gaz.lookup((*name, form))
    # "Regional summits" opening a sentence: an opening word, no name
    return start > 0 or any(w.isupper() or "-" in w or w[:1].isdigit() for w in name)
