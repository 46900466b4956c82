"""What thanks tell beyond the thanks: 'thanked X for its assistance' (X assists the
thanker's state), 'for his hospitality' (X hosts), 'for its support to Y' (X supports Y)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.found import Found

# "thanked his cabinet": the thanker's own government, so their own state
OWN_DETERMINERS = frozenset({"his", "her", "their", "its"})
OWN_BODIES = frozenset({"cabinet", "government", "ministers", "administration"})
# where the giver of thanked-for help can no longer be named
GIVEN_END = frozenset({"to", "support", "solidarity", "backing", "assistance", "aid", "help"})
SUPPORT_GIFTS = frozenset({"support", "solidarity", "backing"})
# thanks for congratulations ("for his warm congratulations", "for the congratulatory
# message", "for @0 's felicitations") tells that the thanked congratulated the thanker
CONGRATULATED_FOR = re.compile(
    r"for (?:his|her|their|its|the|@\d+(?: 's)?) (?:[^@\s]+ ){0,2}?"
    r"(?:congratulations|congratulatory|felicitations)\b"
)

# thanks for an invitation ("for the invitation to visit", "for his kind invitation") tells
# that the thanked invited the thanker, as thanks for congratulations tells who congratulated
INVITED_FOR = re.compile(
    r"for (?:his|her|their|its|the|@\d+(?: 's)?) (?:[^@\s]+ ){0,2}?invitation\b"
)

# thanks for one's visit, with no other place named ("for her visit", "for his recent visit")
VISITED_FOR = re.compile(
    r"for (?:his|her|their|its|@\d+(?: 's)?) (?:[^@\s]+ ){0,2}?(?:visit|trip)\b(?! to @)"
)

# "thanked X for the steadfast support of the United States": the giver is named after
# "of", not the one thanked; "for her support of Y" (a possessive first) is support for Y
GIVEN_OF = re.compile(
    r"^for the (?:[^@\s]+ ){0,2}?(?:support|solidarity|backing|assistance|aid|help|supplies"
    r"|relief|donations?) of (?:the )?@(\d+)(?! 's)"
)
# "for his support of Ukraine", "for Japan's assistance of the flood victims": with its
# giver written before it (a possessive), "of" names who received the help
OWNED_GIFT_OF = re.compile(
    r"@\d+ (?:'s )?(?:[^@\s]+ )?(?:support|assistance|aid|help|backing|commitment) of @(\d+)"
)
# "for its support extended to the global community": help sent to no actor and not to
# the thanker ("provided to us/him" is the thanker's)
SENT_ELSEWHERE = re.compile(
    r"\b(?:sent|dispatched|delivered|shipped|donated|provided|airlifted|extended|offered) "
    r"(?:[^@\s]+ ){0,2}?to (?!@|him\b|her\b|us\b|them\b|me\b|our\b|his\b|their\b|my\b)"
)
# "for the relief supplies they have dispatched to Jamaica": the help went where it was sent
SENT_TO = re.compile(
    r"\b(?:sent|dispatched|delivered|shipped|donated|provided|airlifted|extended) "
    r"(?:[^@\s]+ ){0,2}?to @(\d+)"
)


@lru_cache(maxsize=64)
def _any_word(words: frozenset[str], escape: bool) -> re.Pattern:
    """One pattern for "any of ``words`` as a whole word" (``escape``: as plain text),
    compiled once rather than a search per word through ``re``'s cache."""
    alts = sorted(re.escape(w) if escape else w for w in words)
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(f"(?:{a})" for a in alts) + r")\b")


class ThanksRules:
    """The rules of SentenceRules for what follows 'thanked X'."""

    def own_body_thanked(self, b: int, subjects: list[str]) -> list[tuple[str, str]]:
        """'thanked his cabinet / their ministers': each thanker thanks their own state
        (ANNOTATION.md 8: thanks to one's own government is thanks to one's state)."""
        nxt = self.pieces[b : b + 3]
        m = self.mention(b) if nxt else None
        if m is not None:
            nxt[0] = m.text.lower()  # the possessive pronoun is a mention marker
        if len(nxt) < 2 or nxt[0] not in OWN_DETERMINERS:
            return []
        if nxt[1] not in OWN_BODIES and not (nxt[1] == "own" and nxt[2:] and nxt[2] in OWN_BODIES):
            return []
        return [(s, st) for s in subjects if (st := self.doc.state_of(s)) and st != s]

    def thanked_visit(self, thankers, targets, rule, modality) -> Iterator[Found]:
        """'thanked X for her visit': X visited the thanker's state (ANNOTATION.md 8)."""
        for t in thankers:
            st = self.doc.state_of(t) if self.doc.kind(t) == "person" else t
            for o in targets:
                if st and o != st and self.doc.state_of(o) != st:
                    yield Found(o, "visits", st, rule + " +visit", modality)

    def thanked_gift(self, thankers, givers, gift: str, rule, modality) -> Iterator[Found]:
        """'appreciated the support of X', 'grateful for the help from X': X supports (or,
        for aid, assists) the thanker's state, as thanks for X's support imply."""
        kind, tag = ("supports", "support") if gift in SUPPORT_GIFTS else ("assists", "aid")
        for t in thankers:
            st = self.doc.state_of(t) if self.doc.kind(t) == "person" else t
            for o in givers:
                if st and st != o:
                    yield Found(o, kind, st, f"{rule} +{tag}", modality)

    def thanks_for(self, thankers, targets, after, rule, modality):
        """'thanked X for its assistance' (X assists), 'for Japan's assistance' (Japan
        assists), 'for its support to Y' (X supports Y), 'for his hospitality' (X hosts)."""
        end = self.clause_end(after)
        for k in range(after, end - 1):
            if self.pieces[k] == "and" and self.pieces[k + 1] in self.lex.reporting:
                end = k  # "thanked X for Y and expressed ...": the thanks ends here
                break
        window = " ".join(self.pieces[after:end])
        head = self.pieces[after : after + 3]
        aid_first = any(w in self.lex.words.get("aid", ()) for w in head)
        if not (window.startswith("for") or window.startswith("'s") or aid_first):
            return
        if re.match(r"for (?:\S+ ){0,3}?(?:co(?: - )?operation|collaboration)\b", window):
            # thanks for someone's cooperation is cooperation both ways (ANNOTATION.md 8)
            for t in thankers:
                for o in targets:
                    if t != o:
                        yield Found(t, "cooperatesWith", o, rule + " +cooperation", modality)
                        yield Found(o, "cooperatesWith", t, rule + " +cooperation", modality)
        if VISITED_FOR.match(window):
            yield from self.thanked_visit(thankers, targets, rule, modality)
        if CONGRATULATED_FOR.match(window):
            # "thanked X for his congratulations": X congratulated the thanker
            for t in thankers:
                for o in targets:
                    if t != o:
                        yield Found(o, "congratulates", t, rule + " +congratulations", modality)
        if INVITED_FOR.match(window):
            for t in thankers:
                for o in targets:
                    if t != o:
                        yield Found(o, "invites", t, rule + " +invitation", modality)
        aid = _any_word(frozenset(self.lex.words.get("aid", ())), True).search(window) is not None
        host = _any_word(frozenset(self.lex.words.get("hospitality", ())), False).search(window)
        host = host is not None
        support = re.search(r"\b(?:support|solidarity|backing)\b", window) is not None
        givers = list(targets)
        for k in range(after, end):
            if self.pieces[k] in GIVEN_END and (
                self.pieces[k] != "to" or self.pieces[k - 1] in GIVEN_END
            ):
                # "for its support to the Philippines' defence": the recipient's; "X's
                # support on issues concerning China's interests": past what was given
                # ("for coming to Israel and for Italy's support" goes on to Italy)
                break
            m = self.mention(k)
            if (
                m is not None
                and k + 1 < len(self.pieces)
                and self.pieces[k + 1] == "'s"
                and m.actors
            ):
                if m.kind in ("state", "organization"):
                    givers = list(m.actors)
                break
        given_of = GIVEN_OF.match(window)
        if given_of:
            m = self.view.mentions[int(given_of[1])]
            if m.kind in ("state", "organization") and m.actors:
                givers = list(m.actors)
        beneficiaries = []
        for t in thankers:
            st = self.doc.state_of(t) if self.doc.kind(t) == "person" else t
            if st and st not in beneficiaries:
                beneficiaries.append(st)
        recipients = beneficiaries
        m_to = re.search(r"\b(?:support|assistance|aid|help|commitment) (?:to|for) @(\d+)", window)
        if m_to is None and " of @" in window:
            m_to = OWNED_GIFT_OF.search(window)
        sent = SENT_TO.search(window) if (aid or support) and m_to is None else None
        if sent and self.view.mentions[int(sent[1])].kind in ("state", "people"):
            recipients = list(self.view.mentions[int(sent[1])].actors) or beneficiaries
        elif m_to is None and (aid or support) and " to " in window:
            if SENT_ELSEWHERE.search(window):
                recipients = []  # "for its support extended to the global community"
        if m_to:
            recipients = list(self.view.mentions[int(m_to[1])].actors) or beneficiaries
            # commitment to an actor is support for it; to a policy, a topic (ANNOTATION 8)
            to_actor = self.view.mentions[int(m_to[1])].kind in ("state", "organization", "person")
            support = support or ("commitment" in m_to[0] and to_actor)
        for o in givers:
            for s in recipients:
                if s == o:
                    continue
                if aid:
                    yield Found(o, "assists", s, rule + " +aid", modality)
                # support thanked for beside aid is both ("for its support and for the
                # jets"); support to a named recipient beside aid stays the aid's
                if support and (m_to is None and "supporting" not in window or m_to and not aid):
                    yield Found(o, "supports", s, rule + " +support", modality)
            if host:
                for t in thankers:
                    if t != o and self.doc.kind(o) in ("person", "state"):
                        yield Found(o, "hosts", t, rule + " +hospitality", modality)
