"""Cue matches that name an act without asserting it of anyone: a praised bond, support
that is only discussed, an act only attempted. Plain checks over a sentence's pieces (the
masked words), called once a cue has matched, so they cost nothing elsewhere."""

from __future__ import annotations

# "praised his country's strong relations with X": the bond is praised, not its owner
# (the caller keeps the owner when it is not the praiser's own side)
BOND_NOUNS = frozenset(
    {
        "relations",
        "relationship",
        "ties",
        "partnership",
        "friendship",
        "cooperation",
        "co-operation",
        "alliance",
    }
)
DISCUSSING = frozenset(
    {"discussed", "discussing", "discuss", "discusses", "reviewed", "considered", "explored"}
)
# "any attempt to provide aid to X": an act only imagined
ATTEMPT_NOUNS = frozenset(
    {"attempt", "attempts", "effort", "efforts", "move", "moves", "plan", "plans", "bid"}
)


def praised_bond(pieces: list[str], objects: list[int]) -> bool:
    """The praised object owns a bond named right after it ("X 's strong ties")."""
    if not objects:
        return False
    k = objects[-1] + 1
    if pieces[k : k + 1] in (["country"], ["nation"], ["government"]):
        k += 1  # "his country 's ties": the owner named through its speaker
    if pieces[k : k + 1] != ["'s"]:
        return False
    return not BOND_NOUNS.isdisjoint(pieces[k + 1 : k + 4])


def discussed_support(pieces: list[str], a: int) -> bool:
    """'The leaders discussed (continued) support for X': support as a subject of talks,
    with no owner ('discussed their support', "Germany's support" assert it)."""
    for k in range(a - 1, max(-1, a - 4), -1):
        word = pieces[k]
        if word in DISCUSSING:
            return True
        if word.startswith("@") or word in ("their", "his", "her", "its", "our", "'s", ","):
            return False
    return False


def attempted(pieces: list[str], start: int, a: int) -> bool:
    """'any attempt to circumvent sanctions or to provide military aid to X': the cue
    (at a) inside its clause (from start) follows 'any' and a noun of attempt."""
    for k in range(max(0, start), a - 1):
        if pieces[k] == "any" and pieces[k + 1] in ATTEMPT_NOUNS:
            return True
    return False


def object_gap(pieces: list[str], subj: int, a: int) -> bool:
    """'..., which the High Representative condemned in the strongest terms, as well as Y':
    the cue's agent opens a relative clause whose object is what the clause hangs on, so
    the actors after the cue are not its objects."""
    if subj < 1 or pieces[subj - 1] not in ("which", "whom") or not subj < a <= subj + 4:
        return False
    # "to which he has invited X": the gap is the place, and X is the object
    return subj < 2 or pieces[subj - 2] not in GAP_PREPOSITIONS


GAP_PREPOSITIONS = frozenset({"to", "in", "at", "for", "of", "with", "by", "on", "from", "into"})
