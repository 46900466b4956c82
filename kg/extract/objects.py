"""Who owns the object of a cue that is no actor: 'support for the sovereignty of X',
'thanked X for Y's support', 'the initiative which China proposed'.

ANNOTATION.md's rules give the relation to the thing's owner when it has one, and to a short
topic phrase when it has none; these are the rules that find either."""

from __future__ import annotations

import re

from kg.extract.cooperation import NAMED_COOPERATION, NAMED_RELATION

DETERMINERS = {"any", "the", "all", "a", "an", "its", "their", "his", "her"}
# what thanks can be for, and the words between it and its giver ("the help provided by X")
GIFTS = ("support", "assistance", "help", "aid", "solidarity", "backing")
GIFT_PARTICIPLES = frozenset({"extended", "provided", "given", "rendered", "offered"})
# stands against an actor: what is done to X ("the invasion of X") does not make X their object
HOSTILE = frozenset({"criticizes", "opposes"})
TOPIC_STOP = {
    "by",
    "under",
    "through",
    "during",
    "which",
    "that",
    "as",
    "for",
    "from",
    "while",
    "and",
    "in",
    "to",
    "with",
    "on",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    '"',
}
BETWEEN_OWNED = {"criticizes", "opposes"}
# what two actors do together: "the cooperation between A and B" is both A's and B's (a war
# or a conflict between A and B is not)
JOINT_ACTS = NAMED_COOPERATION | NAMED_RELATION | {"alliance", "deal", "deals", "collusion"}
OWNING_VERBS = {
    "leading",
    "leads",
    "led",
    "proposed",
    "proposes",
    "launched",
    "initiated",
    "advanced",
    "championed",
    "championing",
    "pursuing",
    "pursues",
    "spearheading",
    "spearheaded",
}

# participles that hand something to someone, by a named giver
GIVEN_PARTICIPLES = frozenset({"extended", "accorded", "given", "shown", "offered", "provided"})


class ObjectRules:
    """The object-owner rules of SentenceRules."""

    def owner_for(self, b: int) -> list[str]:
        """'for Y's support' right after the cue: Y, the one the thanks are for."""
        if self.pieces[b : b + 1] != ["for"] or self.pieces[b + 2 : b + 3] != ["'s"]:
            return self.given_by(b) or self.gift_of(b)
        return [x for x in self.actors(b + 1) if self.doc.kind(x) != "topic"]

    def gift_of(self, b: int) -> list[str]:
        """'for the steady backing of X', 'for the help provided by X': X gave it."""
        if self.pieces[b : b + 1] == ["for"]:
            b += 1
        elif b == 0 or self.pieces[b - 1] != "for":
            return []
        for k in range(b, min(len(self.pieces) - 2, b + 5)):
            if self.pieces[k] not in GIFTS:
                continue
            j = k + 1 + (self.pieces[k + 1] in GIFT_PARTICIPLES)
            if self.pieces[j : j + 1] not in (["of"], ["from"], ["by"]):
                return []
            j += 1 + (self.pieces[j + 1 : j + 2] == ["the"])
            m = self.mention(j) if j < len(self.pieces) else None
            if m is None or m.kind not in ("state", "organization", "person"):
                return []
            return list(m.actors)
        return []

    def maker_by(self, by: int) -> bool:
        """Whether the "by" at piece ``by`` names who makes the thing before it: after a
        noun ("change by X") or a maker's participle ("imposed by X"), not after another
        participle ("the proposal endorsed by X": X approves of it)."""
        done = self.pieces[by - 1]
        return not done.endswith("ed") or done in self._words("made_by")

    def acted_by(self, b: int) -> list[str]:
        """'is against any change of the status quo by X', 'opposes the sanctions imposed by
        X': the state or body whose act the opposed object is (the actor inside the object)."""
        end = min(self.clause_end(b), b + 12)
        for k in range(b + 1, end):
            m = self.mention(k)
            if m is None or m.possessive:
                continue
            if m.kind not in ("state", "organization") and not (
                m.kind == "adjective" and self.actors(k)  # "by the Russian military"
            ):
                continue
            by = k - 1 if self.pieces[k - 1] == "by" else k - 2
            if self.pieces[by] != "by" or (by == k - 2 and self.pieces[k - 1] != "the"):
                continue
            if not self.maker_by(by):
                return []  # "the proposal endorsed by X": X backs it, it is not X's act
            return list(m.actors)  # not one the act is done to ("sanctions on X")
        return []

    def given_by(self, b: int) -> list[str]:
        """'for the warm hospitality extended to him by the Government of X': X."""
        end = min(self.clause_end(b), b + 16)
        given = False
        for k in range(b, end - 1):
            given = given or self.pieces[k] in GIVEN_PARTICIPLES
            if given and self.pieces[k] == "by":
                nxt = k + 2 if self.pieces[k + 1] == "the" else k + 1
                if nxt < end and self.mention(nxt) is not None:
                    return self.flatten(self.object_list(nxt)[0])
                return []
        return []

    def owner_after(self, b: int, relation: str) -> list[str]:
        """The actor owning a non-actor object: 'support for the sovereignty ... of the
        Kyrgyz Republic', 'condemned the Russian missile attacks'."""
        end = min(self.clause_end(b), b + 12)
        for k in range(b, end):
            m = self.mention(k)
            if m is None:
                if self.pieces[k] in ("and", ",") and k > b + 8:
                    break
                continue
            of = k - 1 if self.pieces[k - 1] == "of" else k - 2
            if m.kind == "adjective" and (
                k - b <= 2 or self.pieces[k - 1] == "of" or self.pieces[k - 2 : k] == ["of", "the"]
            ):
                if of > b and relation in HOSTILE and self.pieces[of - 1] in self._words("done_to"):
                    return []  # "condemned the killing of Israeli civilians": the victims
                return list(m.actors)
            by = k - 1 if self.pieces[k - 1] == "by" else k - 2
            if (
                m.kind == "adjective"
                and relation == "criticizes"
                and by > b
                and self.pieces[by] == "by"
                and (by == k - 1 or self.pieces[k - 1] == "the")
                and self.maker_by(by)
            ):
                return list(m.actors)  # "denounced the assaults by the Israeli forces"
            if m.kind in ("person", "role") and not m.actors and m.of and relation in HOSTILE:
                if self.pieces[k + 1 : k + 2] == ["'s"]:
                    return [m.of]  # "condemned the Israeli minister's incursion": his state's
            if k > b and self.pieces[k - 1] == "of" and m.kind in ("state", "organization"):
                if relation in HOSTILE and k >= 2 and self.pieces[k - 2] in self._words("done_to"):
                    return []  # "condemned the invasion of X": X suffers it, owns nothing
                return list(m.actors)  # "the sovereignty of X", "the attacks of X"
            if (
                k > b + 1
                and self.pieces[k - 1] == "between"
                and relation in BETWEEN_OWNED
                and self.pieces[k - 2] in JOINT_ACTS
            ):
                # "condemned the growing military cooperation between A and B": both own it
                owners = self.flatten(self.object_list(k)[0])
                if len(owners) > 1 and all(self.doc.kind(o) != "person" for o in owners):
                    return owners
            if (
                k > b + 1
                and self.pieces[k - 1] == "by"
                and relation in ("criticizes", "praises")
                and m.kind in ("state", "organization")
            ):
                return list(m.actors)  # "condemned the launches by X", not "supported by X"
            if (
                relation in ("criticizes", "praises")
                and m.kind in ("adjective", "state")
                and self.pieces[k - 2 : k] == ["by", "the"]
                and self.actors(k)
                and (m.kind == "adjective" or self.pieces[k + 1 : k + 2] != ["'s"])
            ):
                return list(self.actors(k))  # "the violence by the Myanmar military"
            if (
                (k == b or (k == b + 1 and self.pieces[b] in DETERMINERS))
                and m.kind in ("state", "organization")
                and not m.possessive
                and k + 1 < end
                and self.mention(k + 1) is None
                and self.pieces[k + 1] not in ("and", ",", "'s", "to", "for", "in", "on")
                and self.pieces[k + 1].isalpha()
            ):
                return list(m.actors)  # "condemned PRC practices": a name as modifier
            return self.led_by(k)
        return []

    def led_by(self, k: int) -> list[str]:
        """'the reform agenda that President X is leading', 'the initiative which China
        proposed': the actor a relative clause names as the thing's owner."""
        if k < 1 or self.pieces[k - 1] not in ("that", "which"):
            return []
        j = k + 1
        while j < len(self.pieces) and self.pieces[j] in ("is", "has", "had", "was", "have"):
            j += 1
        if j >= len(self.pieces) or self.pieces[j] not in OWNING_VERBS:
            return []
        return [a for a in self.actors(k) if self.doc.kind(a) != "topic"]

    def topic_phrase(self, k: int) -> str | None:
        out = []
        j = k
        while j < len(self.pieces) and self.pieces[j] in DETERMINERS and not out:
            j += 1
        while j < len(self.pieces) and len(out) < 10:
            p = self.pieces[j]
            if (
                p == "and"
                and out
                and len(out) < 4
                and self.mention(j + 1) is None
                and not self.new_verb_phrase(j)
            ):
                out.append(p)  # "a comprehensive, just and lasting peace"
                j += 1
                continue
            if p == "," and len(out) < 2:
                out.append(",")
                j += 1
                continue
            if p in TOPIC_STOP and out and not (p in ("to", "in", "with", "of") and len(out) < 3):
                break
            if p in (",", ".", ";", ":") or p in ("based", "including"):
                break
            m = self.mention(j)
            # a possessive the mention's own text already holds is not written twice
            if not (p == "'s" and out and out[-1].endswith(("'s", "’s"))):
                out.append(m.text.lower() if m is not None else p)
            j += 1
        phrase = " ".join(out).replace(" 's", "'s").replace(" - ", "-").replace(" ,", ",").strip()
        phrase = re.sub(r"^(?:the|a|an) ", "", phrase)
        return phrase or None

    def new_verb_phrase(self, k: int) -> bool:
        """'..., and called for ...': a past-tense verb after 'and' starts a new phrase."""
        return (
            self.pieces[k] == "and"
            and k + 1 < len(self.pieces)
            and re.fullmatch(r"[a-z]+ed", self.pieces[k + 1]) is not None
        )
