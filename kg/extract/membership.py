"""memberOf: who belongs to which organisation, from a member cue's match.

Split out of the sentence rules (relations.py) because membership has its own way of
finding its subjects: a list after the grouping ("the Quad - A, B, C and D"), a list
before "as members of", a possessor ("Turkey's NATO ally"), not the verb's agent.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.found import Found

GROUP_OPENERS = {"–", "—", "-", "(", ":"}


class MembershipRules:
    """The memberOf rules of SentenceRules (a mixin: it uses the sentence's pieces and
    mentions through the methods SentenceRules defines)."""

    def membership(self, match, a, b, objects, after, rule) -> Iterator[Found]:
        """memberOf from a member cue; "the U.S., Turkey's NATO ally": the possessor too.
        Membership denied ("is no longer a member of", "is not a member of") gives none."""
        if self.negated(a, b, hypothetical=False):
            return
        if "mem" in match.re.groupindex and match.start("mem") >= 0:
            # "X and Y, of which both countries are founding members": the relative
            # clause's subject are the members
            members = self.object_list(self.view.piece_at(match.start("mem")))[0]
            yield from self.member(a, b, objects, after, rule, members)
            return
        if "state" in match.re.groupindex:
            # "Viet Nam, a member of ASEAN, ...": the state in apposition (a person so
            # described is a member of a body, never their state)
            k = self.view.piece_at(match.start("state"))
            if all(self.doc.kind(s) == "state" for s in self.actors(k)):
                yield from self.member(a, b, objects, after, rule, [k])
            return
        if "bond" in match.re.groupindex:
            # "their close Commonwealth ties": an organisation named as the bond between
            # states makes each a member (ANNOTATION.md 8); one owner ("Serbia's EU ties",
            # a candidate's) is no bond between states
            bound = self.view.piece_at(match.start("bond"))
            if len(self.flatten([bound])) >= 2:
                yield from self.member(a, b, objects, after, rule, [bound])
            return
        yield from self.member(a, b, objects, after, rule)
        if "own" in match.re.groupindex:
            own = self.flatten([self.view.piece_at(match.start("own"))])
            for s in own:
                if self.doc.kind(s) != "state":
                    continue
                for o in self.flatten(objects):
                    if self.doc.kind(o) == "organization":
                        yield Found(s, "memberOf", o, rule, "asserted")

    def member(self, a, b, objects, after, rule, members=None):
        org_pieces = []
        for k in objects:
            if not all(self.doc.kind(o) == "organization" for o in self.actors(k)):
                break
            org_pieces.append(k)
        orgs = self.flatten(org_pieces)
        if not orgs:
            return
        if members is None:
            members = self.listed_members(after)
        if members is None:
            members = self.member_pieces(a, objects, org_pieces, after)
        if not members:
            return
        for s in self.flatten(members):
            kind = self.doc.kind(s)
            if kind == "person":
                s = self.doc.state_of(s) or s
            for o in orgs:
                if s != o:
                    yield Found(s, "memberOf", o, rule, "asserted")

    def listed_members(self, after: int) -> list[int] | None:
        """'the Quad – Australia, Japan, India and the United States', 'the G7 (A, B and C)':
        a grouping followed by its members, two states or more; None when there is none."""
        if after + 1 >= len(self.pieces) or self.pieces[after] not in GROUP_OPENERS:
            return None
        if self.mention(after + 1) is None:
            return None
        listed, _ = self.object_list(after + 1)
        states = self.flatten(listed)
        if len(states) < 2 or any(self.doc.kind(x) != "state" for x in states):
            return None  # "the Economic Community of West African States (ECOWAS)"
        return listed

    def member_pieces(self, a, objects, org_pieces, after) -> list[int] | None:
        """Who the member cue is about: the list after the organisations, the list just
        before the cue, a list after the phrase, the nearest state or organisation left
        of an appositive ('X's role, as a permanent member of Y'), else the agent."""
        rest = objects[len(org_pieces) :]
        nxt = org_pieces[-1] + 1 if org_pieces else 0
        if rest and not (self.pieces[nxt] != "," or self.pieces[nxt + 1 : nxt + 2] == ["and"]):
            return rest  # "..., and Germany, as ...": an outer list goes on, not members
        # "China and Russia, as permanent members of X" or "as members of X, A and B ..."
        if a >= 2 and self.pieces[a - 1] == "," and self.mention(a - 2) is not None:
            return self.chain_left(a - 2)
        if a >= 1 and self.mention(a - 1) is not None:
            return self.chain_left(a - 1)
        j = after
        while j < min(len(self.pieces), after + 6) and self.pieces[j] != ",":
            j += 1
        j += 1
        if j < len(self.pieces) and self.mention(j) is not None:
            return self.object_list(j)[0]
        if a >= 1 and self.pieces[a - 1] == ",":
            for k in range(a - 2, self.clause_start(a) - 1, -1):
                if self._kind(k) in ("state", "organization") and self.actors(k):
                    return [k]
        return self.subject_left(a)
