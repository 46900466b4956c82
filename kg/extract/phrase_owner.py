"""The actor a resisted or backed noun phrase names as its maker: 'rejected the unilateral
measures taken by X', 'the measures of X', 'the candidacy put forward by the Government of
X', 'the Greek measures'.

ANNOTATION.md gives opposition and support to the owner of what is opposed or backed (section
8: "counter China's malign influence" opposes China); these find an owner written after the
head noun rather than before it. Only the phrase's own head counts: in "interference in the
internal affairs of X" the affairs are X's, the interference is not, so a preposition other
than "of" before the owner ends the search."""

from __future__ import annotations

from kg.extract.objects import DETERMINERS, HOSTILE

HEAD_WORDS = 5  # words of a head noun phrase before "of"
MAKER_REACH = 14  # pieces from the phrase's start to a maker's "by" ("the candidacy for a
# seat on the Council put forward by X": the participle follows the head's own tail)
CLAUSE_STOP = frozenset({",", ";", ".", ":", "and", "or", "that", "which", "who", "while"})
OWNER_KINDS = ("state", "organization", "person")
# words a head noun phrase cannot hold: a preposition or clause word ends it
PHRASE_STOP = frozenset(
    {"in", "on", "to", "for", "against", "with", "from", "at", "into", "towards", "toward"}
    | {"as", "between", "among", "over", "under", "by"}
)


class PhraseOwnerRules:
    """Mixin of SentenceRules: pieces, mention(), flatten(), object_list() and the lexicon."""

    def phrase_owner(self, b: int, relation: str = "opposes") -> list[str]:
        """The owner the noun phrase at piece b names: a demonym before its head ('the Greek
        measures'), 'of X' right after the head, or a maker's participle and 'by X'."""
        k = b
        while k < len(self.pieces) and self.pieces[k] in DETERMINERS:
            k += 1
        m = self.mention(k) if k < len(self.pieces) else None
        if m is not None:
            nxt = self.pieces[k + 1] if k + 1 < len(self.pieces) else ""
            if k > b and m.kind == "adjective" and nxt.isalpha() and nxt.islower():
                return list(m.actors)  # "the Greek measures"
            return []
        made = self._words("made_by")
        head = True  # still in the head noun phrase, where "of X" names the owner
        for j in range(k, min(len(self.pieces), k + MAKER_REACH)):
            p = self.pieces[j]
            if p in CLAUSE_STOP:
                return []
            if p == "of" and head and j > k:
                if relation in HOSTILE and self.pieces[j - 1] in self._words("done_to"):
                    # "the exclusion of X by Y": X suffers it; its maker is Y, if anyone
                    return self._maker_after(j + 1)
                return self._owner_at(j + 1)
            if p == "by" and j > k and self.pieces[j - 1] in made:
                return self._owner_at(j + 1)  # the participle may follow a tail phrase
            if j - k >= HEAD_WORDS or p in PHRASE_STOP or not p.isalpha() or self.mention(j):
                head = False
        return []

    def _maker_after(self, k: int) -> list[str]:
        """The actor after "by" that ends the phrase from piece k, if any."""
        for j in range(k, min(len(self.pieces), k + MAKER_REACH)):
            p = self.pieces[j]
            if p in CLAUSE_STOP:
                return []
            if p == "by":
                if not self.maker_by(j):
                    return []  # "the exclusion of X welcomed by Y": Y makes nothing
                return self._owner_at(j + 1)
        return []

    def _owner_at(self, k: int) -> list[str]:
        """The actors named at piece k ('X', 'the Government of X', 'X and Y')."""
        if self.pieces[k : k + 1] == ["the"]:
            k += 1
        m = self.mention(k) if k < len(self.pieces) else None
        if m is None or m.kind not in OWNER_KINDS:
            return []
        return self.flatten(self.object_list(k)[0])
