"""Cooperation as readouts word it: with a partner, between named parties, in a named
bond ('UK-US cooperation'), and through a framework (cooperatesVia); ANNOTATION.md 2, 7, 8.

A mixin of SentenceRules (kg.extract.relations), like AgentRules and MembershipRules: it
reads the sentence's pieces and mentions through the methods SentenceRules defines.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.agents import GERUND_HOLDERS, VERB_BEFORE
from kg.extract.document import Doc
from kg.extract.found import Found
from kg.extract.gazetteer import words

NAMED_COOPERATION = {"cooperation", "collaboration", "coordination", "efforts", "interaction"}
NAMED_RELATION = {"relations", "relationship", "partnership", "ties", "dialogue"}
DESIRE = {
    "desire",
    "determination",
    "wish",
    "willingness",
    "resolve",
    "eagerness",
    "readiness",
    "intention",
    "intent",
}
# nouns naming the frame cooperation runs in: "in the framework of", "platforms such as"
VIA_NOUNS = {
    "framework",
    "frameworks",
    "level",
    "auspices",
    "aegis",
    "format",
    "formats",
    "platform",
    "platforms",
    "fora",
    "forums",
    "umbrella",
    "context",
    "mechanism",
    "mechanisms",
}
# words before a bare "work" that make it a noun ("the follow-up work", "their work")
# gerunds after "by" that still name a framework ("by working through the UN")
# stems of the verbs under which a cue is what was discussed (``discussing``)
DISCUSSING = (" discuss", " exchang", " explor", " review", " talk")
VIA_GERUNDS = {"working", "acting", "cooperating", "coordinating", "using", "engaging"}
# a standing in a body, which is no framework the cooperation runs through (ANNOTATION.md 7)
STATUS = frozenset(
    {"observer", "observers", "candidate", "candidacy", "applicant", "presidency", "chairmanship"}
)
WORK_NOUN = {"the", "its", "their", "his", "her", "our", "this", "that", "of", "up", "-"}


_COMPOUND_NAMES: dict[int, dict[tuple[str, ...], str]] = {}


def _compound_names(gaz) -> dict[tuple[str, ...], str]:
    """Lower-cased one- and two-word names and adjectives of states and organisations,
    for the halves of a compound ('uk - us', 'kazakh - chinese') whose mentions the
    reader drops because they modify a noun."""
    if id(gaz) in _COMPOUND_NAMES:
        return _COMPOUND_NAMES[id(gaz)]
    out: dict[tuple[str, ...], str] = {}
    for key, (name, _how) in gaz.forms.items():
        actor = gaz.actors.get(name)
        if len(key) <= 2 and actor is not None and actor.kind in ("state", "organization"):
            out.setdefault(tuple(w.lower() for w in key), name)
    for adj, state in gaz.adjectives.items():
        out.setdefault(tuple(w.lower() for w in words(adj)), state)
    _COMPOUND_NAMES[id(gaz)] = out
    return out


def _compound_side(doc: Doc, pieces: list[str], k: int, step: int) -> tuple[int, str | None]:
    """The actor named by one or two words from piece k on (step 1) or back (step -1),
    and the piece after the name."""
    names = _compound_names(doc.gaz)
    for n in (4, 3):  # an abbreviation with full stops: "u . s . - india", "uk - u . s ."
        span = pieces[k : k + n] if step > 0 else pieces[max(0, k - n + 1) : k + 1]
        if len(span) == n and "." in span and not any(p.startswith("@") for p in span):
            hit = names.get(tuple(p for p in span if p != "."))
            if hit:
                return k + n, hit
    for n in (2, 1):
        span = pieces[k : k + n] if step > 0 else pieces[max(0, k - n + 1) : k + 1]
        if len(span) == n and not any(p.startswith("@") for p in span):
            hit = names.get(tuple(span))
            if hit:
                return k + n, hit
    return k + 1, None


# words that end a bond's name before its noun: "the Japan-Philippines summit and
# cooperation" names no cooperation of the two
NOT_DOMAIN = frozenset({"and", "or", "the", "of", "to", "in", "on", "with", "for", "is", "was"})


def _bond_noun(pieces: list[str], j: int) -> int:
    """The piece of a bond's noun after its parties, past up to three words of its field
    ("Japan-Philippines defense cooperation", "maritime security cooperation"); j itself
    when no cooperation noun follows so closely."""
    for n in range(j, min(j + 4, len(pieces))):
        p = pieces[n]
        if p in NAMED_COOPERATION or p == "co":
            return n
        if not p.isalpha() or p in NOT_DOMAIN or p in NAMED_RELATION:
            return j
    return j


# words between "X for" and a joint cue ("the Weimar Triangle for close coordination")
FRAME_FILLERS = frozenset(
    {"close", "closer", "the", "better", "effective", "regular", "dialogue", "and"}
)
# words that put a joint act on others than the speaker ("called on all to work together")
OTHERS_ASKED = frozenset(
    {"need", "needs", "community", "urged", "urges", "called", "calls", "must", "should", "all"}
)
# what a body is called when it is the means ("NATO as a forum for cooperation between")
FRAME_NOUNS = frozenset({"format", "forum", "platform", "framework", "mechanism", "channel"})


class CooperationRules:
    """The cooperation rules of SentenceRules."""

    def named_cooperation(self) -> Iterator[Found]:
        """'UK-US cooperation', 'Kazakh-Chinese relations within the SCO': existing
        cooperation the text names gives each party cooperatesWith the other, and a
        framework after it cooperatesVia (ANNOTATION.md 8). A relationship named on its
        own gives nothing, so relation nouns count only with a framework."""
        pieces = self.pieces
        chained = -1  # the last dash of a chain already read ("korea - japan - u . s .")
        for k in range(1, len(pieces) - 2):
            if pieces[k] not in ("-", "–") or k <= chained:
                continue
            j, right = _compound_side(self.doc, pieces, k + 1, 1)
            i, left = _compound_side(self.doc, pieces, k - 1, -1)
            if not (left and right) or left == right or j >= len(pieces):
                continue
            if pieces[j] == "," and self.doc.kind(left) == "organization":
                yield from self.spelled_members(left, right, j)
                continue
            parties = [left, right]
            while j + 1 < len(pieces) and pieces[j] in ("-", "–"):  # a third party and on
                j2, more = _compound_side(self.doc, pieces, j + 1, 1)
                if not more or more in parties:
                    break
                chained, j = j, j2
                parties.append(more)
            if j >= len(pieces):
                continue
            j = _bond_noun(pieces, j)
            noun = pieces[j]
            if noun == "co" and pieces[j + 1 : j + 3] in (["-", "operation"], ["-", "ordination"]):
                noun = "cooperation"
            end = self.clause_end(j)
            rule = "cooperatesWith:named " + noun
            if noun in NAMED_COOPERATION:
                yield from self.pairs(parties, rule, "asserted")
                yield from self.via(parties, j, end, rule, "asserted")
            elif noun in NAMED_RELATION:
                via = list(self.via(parties, j, end, rule, "asserted"))
                if via:
                    yield from self.pairs(parties, rule, "asserted")
                    yield from via

    def spelled_members(self, org: str, first: str, j: int) -> Iterator[Found]:
        """'the Quad – Australia, Japan, India and the United States': the reader drops a
        grouping and the first state around a dash as if they were a compound; three
        states or more after the dash are the grouping's members (ANNOTATION.md 7)."""
        if self.mention(j + 1) is None:
            return
        rest = self.flatten(self.object_list(j + 1)[0])
        members = [first] + [x for x in rest if x != first]
        if len(members) < 3 or any(self.doc.kind(x) != "state" for x in members):
            return
        for s in members:
            yield Found(s, "memberOf", org, "memberOf:listed after a dash", "asserted")

    def work_noun(self, a: int) -> bool:
        """'work' as a noun: after a determiner or possessive, also with one adjective
        between ('their vital work'), not after a plural subject ('their countries work')."""
        if a >= 1 and self.word_before(a) in WORK_NOUN:
            return True
        adj = self.pieces[a - 1] if a >= 1 else ""
        return (
            a >= 2
            and adj.isalpha()
            and not adj.endswith("s")
            and adj not in VERB_BEFORE
            and self.word_before(a - 1) in WORK_NOUN - {"-", "up", "of"}
        )

    def cooperation(self, cue, subjects, objects, a, b, after, rule, modality):
        if self.pieces[a] == "work" and self.work_noun(a):
            return  # "the follow-up work on issues", "their vital work": the noun
        nxt = self.pieces[a + 1] if a + 1 < len(self.pieces) else ""
        if self.pieces[a] in GERUND_HOLDERS and nxt.endswith("ing") and not self.verb_slot(a):
            return  # "aid partners working with X": the noun a participle hangs on
        end = self.clause_end(b)
        targets = self.flatten(objects)
        if objects and self.word_before(objects[0] + 1) in ("them", "it"):
            targets = []  # "ways to enhance them": the ties just named, not partners
        elif objects and self.owner_only(objects[0]):
            targets = []  # "coordinate their positions": what is coordinated, not a partner
        elif objects and self.pieces[objects[-1] + 1 : objects[-1] + 2] in (["-"], ["–"]):
            targets = self.bond_partners(objects, subjects)
        if not targets:
            # "strengthen cooperation with China", "work closely with X"
            for k in range(b, min(end, b + 4)):
                if self.pieces[k] == "with" and k + 1 < len(self.pieces):
                    if self.pieces[k + 1 : k + 3] == ["each", "other"] or (
                        self.mention(k + 1) and self.mention(k + 1).how == "each-other"
                    ):
                        targets = []
                        break
                    if self.mention(k + 1) is not None:
                        objs, nxt = self.object_list(k + 1)
                        if self.absolute_with(k, nxt):
                            break
                        targets = self.flatten(objs)
                        break
        if targets:
            subjects = self.owner_of_cooperation(a, b) or subjects
        parties = [] if targets or self.discussing(a) else self.between_parties(b, end)
        named = [] if targets or parties or self.discussing(a) else self.compound_parties(a, end)
        wanted = self.wished_partners(a, subjects, parties or named)
        if wanted:
            # "his desire to strengthen the A-B partnership": the speaker's own wish, one way
            for s in subjects:
                for o in wanted:
                    yield Found(s, "cooperatesWith", o, rule, modality)
            return
        if parties:
            # "maintain security cooperation ... between Canada and the UK": the
            # states named are partners too, and the frameworks are theirs
            yield from self.pairs(parties, rule, modality)
        if targets:
            for s in subjects:
                for o in targets:
                    if s != o:
                        yield Found(s, "cooperatesWith", o, rule, modality)
        if not (targets or parties or named) and self.together_alone(subjects, a, b):
            # "Sánchez stressed his commitment to continue working together": with the one
            # he spoke to, the only other participant
            targets = [p for p in self.doc.participants if p != subjects[0]]
            for o in targets:
                yield Found(subjects[0], "cooperatesWith", o, rule, modality)
        if len(subjects) > 1 and (not targets or "together" in self.pieces[a : b + 2]):
            # "A and B would work closely together, including with C": A and B as well
            yield from self.pairs(subjects, rule, modality)
        yield from self.via(parties or subjects, b, end, rule, modality)

    def owner_of_cooperation(self, a: int, b: int) -> list[str]:
        """'deepen U.S. cooperation with the five countries': the state or body that owns
        the cooperation, written inside the cue, is its agent, not the sentence's subject."""
        for k in range(a + 1, b - 1):
            m = self.mention(k)
            if m is not None:
                owners = self.flatten([k])
                kinds = {self.doc.kind(o) for o in owners}
                return owners if kinds <= {"state", "organization"} else []
        return []

    def together_alone(self, subjects: list[str], a: int, b: int) -> bool:
        """One participant of a two-party engagement working 'together' with no partner
        named: the partner is the other participant."""
        people = self.doc.participants
        if len(subjects) != 1 or len(people) != 2 or subjects[0] not in people:
            return False
        if not OTHERS_ASKED.isdisjoint(self.pieces[:a]):
            return False  # "the need for the international community to work together"
        return "together" in self.pieces[a : b + 2] and "with" not in self.pieces[a : b + 3]

    def absolute_with(self, k: int, nxt: int) -> bool:
        """', with X to expand ...' or ', with X providing ...': a clause of its own saying
        what X does, not the partner of the cooperation before the comma."""
        if k < 1 or self.pieces[k - 1] != "," or nxt >= len(self.pieces):
            return False
        word = self.pieces[nxt]
        return word == "to" or (len(word) > 5 and word.endswith("ing"))

    def not_among_frames(self, subjects: list[str], b: int, end: int) -> list[str]:
        """Subjects that are not themselves in the list of frameworks after the cue: in
        'the parties agreed to strengthen cooperation within the SCO and BRICS', with 'the
        parties' unread, BRICS is a framework, not the one cooperating through the SCO."""
        inside, seen_via = set(), False
        for k in range(b, end):
            p = self.pieces[k]
            seen_via = seen_via or self.lex.is_("via", p) or p in VIA_NOUNS
            m = self.mention(k) if seen_via else None
            if m is not None:
                inside.update(m.actors)
        return [s for s in subjects if s not in inside]

    def owner_only(self, k: int) -> bool:
        """The mention at k owns the noun after it ('their positions', "Y's policies")."""
        after = self.pieces[k + 1 : k + 2]
        return after == ["'s"] or (
            self.word_before(k + 1) in ("their", "his", "her", "its", "our") and after != ["."]
        )

    def bond_partners(self, objects: list[int], subjects: list[str]) -> list[str]:
        """'(A and B) discussed ways to strengthen the U.S.-India partnership': the bond's
        sides are no partners of a joint subject (its members pair up), and one speaker's
        partner is the side that is not their own state."""
        if len(subjects) != 1:
            return []
        sides = self.flatten(objects) + list(self.actors(objects[-1] + 2))
        own = self.doc.state_of(subjects[0]) or subjects[0]
        return [p for p in sides if p not in (own, subjects[0])] if own in sides else []

    def compound_parties(self, a: int, end: int) -> list[str]:
        """'the UK-Japan relationship', 'the U.S.-India strategic partnership' from the cue on:
        the two actors a named bond joins."""
        for k in range(a, min(end, len(self.pieces) - 1)):
            if self.pieces[k] not in ("-", "–") or k == 0:
                continue
            j, right = _compound_side(self.doc, self.pieces, k + 1, 1)
            _, left = _compound_side(self.doc, self.pieces, k - 1, -1)
            nouns = self.pieces[j : j + 3]
            bond = any(n in NAMED_RELATION or n in NAMED_COOPERATION for n in nouns)
            if left and right and left != right and bond:
                return [left, right]
        return []

    def wished_partners(self, a: int, subjects: list[str], parties: list[str]) -> list[str]:
        """'expressed his desire/determination to strengthen relations between Japan and the
        UN': one speaker wishes closer ties with the party that is not their own state
        (ANNOTATION.md 8: desire to strengthen relations with X, one way)."""
        if len(subjects) != 1 or len(parties) < 2:
            return []
        if not any(map(DESIRE.__contains__, self.pieces[self.clause_start(a) : a])):
            return []
        own = self.doc.state_of(subjects[0]) or subjects[0]
        return [p for p in parties if p != own] if own in parties else []

    def joint(self, a: int, b: int, objects: list[int], rule: str) -> Iterator[Found]:
        """'cooperation between A and B', 'efforts exerted by A and B': each with each."""
        parties = self.flatten(objects)
        start = self.clause_start(a)
        if len(parties) < 2 or self.negated(start, a):
            return
        modality = self.modality(start, b)
        yield from self.pairs(parties, rule, modality)
        yield from self.via(parties, b, self.clause_end(b), rule, modality)
        for org in self.frame_before(a):
            for s in parties:
                yield Found(s, "cooperatesVia", org, rule + " +via", modality)

    def frame_before(self, a: int) -> list[str]:
        """'the Weimar Triangle for close coordination between A, B and C', 'NATO as a forum
        for cooperation between A and B': the body the cooperation runs through, named right
        before it."""
        k = a - 1
        while k >= 0 and self.pieces[k] in FRAME_FILLERS:
            k -= 1
        if k < 2 or self.pieces[k] != "for":
            return []
        j = k - 1
        if self.pieces[j] in FRAME_NOUNS and self.pieces[j - 2 : j] == ["as", "a"]:
            j -= 3  # "NATO as a forum for"
        elif self.pieces[j - 1 : j] == ["the"] and self.pieces[j - 2 : j - 1] == ["of"]:
            pass  # "the importance/role of the Weimar Triangle for"
        elif self.pieces[j - 1 : j] != ["of"]:
            return []  # "thanked NATO for cooperation between ...": the reason, no frame
        m = self.mention(j) if j >= 0 else None
        if m is None or m.kind != "organization" or m.possessive:
            return []
        return list(m.actors)

    def pairs(self, parties: list[str], rule: str, modality: str) -> Iterator[Found]:
        for s in parties:
            for o in parties:
                if s != o:
                    yield Found(s, "cooperatesWith", o, rule, modality)

    def discussing(self, a: int) -> bool:
        """A cue under 'discussed' or 'exchanged views on': the partners are the people
        who discussed, not the states the discussed relationship joins (ANNOTATION.md 8)."""
        # pieces hold no spaces: a piece starts with a stem where " stem" is in the joined
        clause = " " + " ".join(self.pieces[self.clause_start(a) : a + 1])
        return any(map(clause.__contains__, DISCUSSING))

    def means_clause(self, k: int) -> bool:
        """'(including) by strengthening the defence of the NATO flank': a means, whose
        objects are no frameworks the cooperation runs through."""
        nxt = self.pieces[k + 1] if k + 1 < len(self.pieces) else ""
        return self.pieces[k] == "by" and nxt.endswith("ing") and nxt not in VIA_GERUNDS

    def between_parties(self, b: int, end: int) -> list[str]:
        """'... between A and B' later in a cooperation clause, before a new verb phrase."""
        for k in range(b, end - 1):
            if self.new_verb_phrase(k):
                break
            if self.pieces[k] == "between" and self.mention(k + 1) is not None:
                objs, _ = self.object_list(k + 1)
                parties = self.flatten(objs)
                return parties if len(parties) > 1 else []
        return []

    def via(self, subjects, b: int, end: int, rule: str, modality: str) -> Iterator[Found]:
        """Frameworks the cooperation runs through: 'within the SCO', 'including through
        the G20', 'with other Five Eyes partners'."""
        if any(self.doc.kind(s) == "organization" for s in subjects):
            subjects = self.not_among_frames(subjects, b, end)
        seen_via = False
        for k in range(b, end):
            if self.new_verb_phrase(k) or self.means_clause(k):
                break
            p = self.pieces[k]
            if self.lex.is_("via", p) or p in VIA_NOUNS:
                seen_via = True
            m = self.mention(k)
            if m is None or m.kind != "organization" or not m.actors:
                continue
            if m.possessive or self.pieces[k + 1 : k + 2] == ["'s"]:
                continue  # "NATO's eastern flank": what the body owns, not a framework
            if STATUS & set(self.pieces[max(0, k - 3) : k + 2]):
                continue  # "an observer in the Pacific Alliance", "its G20 presidency"
            fellow = (
                self.pieces[k - 1] in ("other", "fellow")
                and k + 1 < len(self.pieces)
                and self.pieces[k + 1] in ("partners", "allies", "members", "countries")
            )
            of_frame = self.pieces[k - 1] != "of" or self.pieces[k - 2] in VIA_NOUNS
            if k >= 3 and self.pieces[k - 1] == "the" and self.pieces[k - 2] == "of":
                of_frame = self.pieces[k - 3] in VIA_NOUNS  # "in the framework of the G20"
            partner = self.pieces[k - 1] == "with"  # "in close cooperation with X": a partner
            if (seen_via and of_frame and not partner) or fellow:
                for org in m.actors:
                    for s in subjects:
                        yield Found(s, "cooperatesVia", org, rule + " +via", modality)
