"""Relation triples from the lexicon's cues, applied with ANNOTATION.md's rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.document import Doc, View
from kg.extract.found import Found  # defined there, imported from here by triples and roles
from kg.extract.lexicon import Cue
from kg.extract.agents import INSTITUTION_HEADS, INSTITUTION_WORDS, POSSESSIVES, AgentRules
from kg.extract.cooperation import CooperationRules
from kg.extract.membership import MembershipRules
from kg.extract.objects import GIFTS, ObjectRules
from kg.extract.phrase_owner import PhraseOwnerRules
from kg.extract.passive import PassiveRules
from kg.extract.restraints import attempted, discussed_support, object_gap, praised_bond
from kg.extract.thanks import ThanksRules
from kg.extract.visits import VisitRules

# a request for a state's help ("sought Chinese support"): the demonym's state is asked
REQUESTED = re.compile(r"(?:ask|request|sought|seek|appeal)")
# "each side congratulated the other": who "each" is, and the act between them
EACH_THE_OTHER = re.compile(
    r"(?:and )?each (side|party|country|leader|minister|president|head of state) "
    r"(?:also |then |warmly )?(\w+(?: \w+)?) the other\b"
)
EACH_PERSON = {"leader", "minister", "president", "head of state"}
ONE_WAY = {"congratulates", "thanks", "praises", "invites", "supports", "condoles"}
# words after a demonym that make it the subject, standing for its state
DEMONYM_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had"})
# nouns after a person's possessive pronoun that mean the person's state
STATE_NOUNS = (["country"], ["nation"], ["government"], ["people"])
NATIONAL_DAY = re.compile(
    r"(?:(?P<own>@\d+) (?:country )?'s |(?:his|her|their|the) country 's )(?:[^@\s]+ ){0,2}?"
    r"(?:national|independence|republic|constitution|unification|liberation|statehood) day"
    r"|(?:national|independence|republic) day of (?:the )?(?P<of>@\d+)"
)
NOT_SUPPORTED = {"by", "each", "one", "it", "this", "that", "them", "him", "her", "us", "and"}
# words between "the" and an actor that leave the actor the object ("the new President")
DESCRIPTORS = {
    "new",
    "newly",
    "elected",
    "incoming",
    "brotherly",
    "friendly",
    "fraternal",
    "neighbouring",
    "neighboring",
    "dear",
    "visiting",
}
MATERIAL = {"financially", "militarily", "materially", "economically"}
BE_FORMS = {"was", "were", "is", "are", "been", "being", "be"}
# nouns after a demonym that name people, not an act a state owns
PEOPLE_NOUNS = frozenset(
    {"people", "citizens", "nationals", "civilians", "friends", "partners", "colleagues"}
    | {"counterparts", "delegation", "officials", "leaders", "troops", "soldiers", "victims"}
)

# a state's organs after its adjective, bound by an obligation on them as the state is
BODY_NOUNS = frozenset({"authorities", "government", "leadership", "regime", "administration"})


# a gift and its giver written after it, in a thanks cue ("the support of X", "help from X")
# what follows a clause's subject, so that a list of objects stops before it
CLAUSE_VERBS = frozenset(
    "will would shall should must can could may also is are was were has have had both "
    "said says agree agrees noted notes stressed stresses".split()
)
# words in -ed that follow a list's item without opening a clause
NOT_VERBS = frozenset({"led", "based", "related", "linked", "backed", "sponsored", "funded"})
GIFT_FROM = re.compile(r"\b(" + "|".join(GIFTS) + r") (?:\w+ )?(?:of|by|from) ")
# words before "support of X" that make X the one supported ("in support of X", "its
# support of X"); after others ("the support of X") X gives it
GIVER_BEFORE = frozenset({"in", "its", "his", "her", "their", "our", "my", "your", "'s"})
# "it 's a great pleasure to", "it is my honour to", "it gives me great pleasure to"
PLEASURE = re.compile(
    r"(?:^|[,:] )(?:well , )?(?:and )?it (?:is|'s|was|has been|gives me) (?:a |an |my |our )?"
    r"(?:great |real |particular |special |distinct )?(?:pleasure|honou?r|privilege|joy) to$"
)
# verbs after which a capital is its government acting ("Washington urged", "Tokyo will")
CAPITAL_VERBS = frozenset(
    "will would has have had is was said says urged urges thanked called warned accused "
    "condemned criticized criticised praised announced agreed pledged promised should must "
    "supports backs opposes rejected rejects offered provided sent".split()
)
# verbs whose object a capital stands for its government ("thanked Tokyo for")
CAPITAL_OBJECT_VERBS = frozenset(
    "thanked urged praised commended criticized criticised condemned accused congratulated "
    "invited warned pressed lauded blamed backed supported hailed provide provided".split()
)
CAPITAL_OBJECT_AFTER = frozenset({"for", "to", "on", "over", "with", ",", "."})
# a first-person sentence with its subject left out: "Thank you for", "Many thanks for",
# "Congratulations on", "My warmest congratulations", "Allow me to extend"
OPENER = re.compile(
    r"(?:(?:dear|mr|madam|mr\.) [^,]{0,30}, )?(?:thank @\d+\b|many thanks\b|thanks for\b|"
    r"(?:(?:my|our) (?:[a-z]+ ){0,2})?congratulations\b|(?:allow|permit|let) @?\d* ?me to\b|"
    r"(?:allow|permit|let) me to\b)"
)
OPENER_WORDS = frozenset({"thank", "thanks", "congratulations", "allow", "permit", "let"})
# acts no one aims at themselves: "commended his leadership" is the other's leadership
AIMED_AT_OTHERS = frozenset({"praises", "congratulates", "condoles"})
# a sentence opening an inverted condition with its subject ("Were X to ...", "Should X
# ..."); "Had talks with X" opens a plain sentence in some styles, so "had" is no opener
INVERTED = frozenset({"were", "should"})


# prepositions a list repeats before each item ("of X and of Y", "for X and for Y")
REPEATED_PREPOSITIONS = frozenset({"of", "for", "with"})


class SentenceRules(
    AgentRules,
    MembershipRules,
    CooperationRules,
    PassiveRules,
    ObjectRules,
    PhraseOwnerRules,
    ThanksRules,
    VisitRules,
):
    def __init__(self, doc: Doc, view: View):
        self.doc = doc
        self.view = view
        self.lex = doc.lex
        self.pieces = view.pieces
        self._owners = view.piece_mention
        self._mentions = view.mentions
        self.lead: list[str] | None = None  # a list item's lead-in subject (list_items)

    # -- helpers over pieces ------------------------------------------------
    def pleasure_of(self, a: int) -> tuple[list[int], list[str]] | None:
        """'It is a great pleasure to welcome X', 'Thank you for ...', 'Congratulations on
        ...', 'Allow me to extend ...' in a transcript's turn or a first-person text, with
        no subject written: the one speaking acts."""
        start = 0
        if self.view.sentence.index in self.doc.turns and ":" in self.pieces[:8]:
            start = self.pieces.index(":") + 1  # after the speaker line's label
        head = " ".join(self.pieces[start : a + 3])
        pleased = self.pieces[a - 1 : a] == ["to"] and PLEASURE.search(" ".join(self.pieces[:a]))
        if not pleased and not OPENER.match(head):
            return None
        who = self.doc.turn_of.get(self.view.sentence.index) or self.doc.author
        return ([0], [who]) if who else None

    def capital_for_state(self, k: int) -> bool:
        """A capital standing for its government, as agency copy writes it: the subject of
        a verb ("Tokyo will provide", "Washington urged") or the object right after a
        verb in the past ("thanked Tokyo for"), not a place ("in Tokyo", "to Manila")."""
        before = self.pieces[k - 1] if k else ""
        after = self.pieces[k + 1] if k + 1 < len(self.pieces) else ""
        if before in ("", ",", "and", "that") and after in CAPITAL_VERBS:
            return True
        return before in CAPITAL_OBJECT_VERBS and after in CAPITAL_OBJECT_AFTER

    def no_actor_before(self, a: int) -> bool:
        """No mention before piece a could be a subject of its own (a list item's verb has
        none): those there stand after a preposition ("discussed the situation in X and
        expressed concern ...")."""
        return all(
            self._owners[k] is None or (k > 0 and self.lex.is_("preposition", self.pieces[k - 1]))
            for k in range(a)
        )

    def mention(self, k: int):
        """The mention piece k stands for ("@3"), read from the view's owners list
        rather than parsed from the piece (asked ~30 times a sentence)."""
        idx = self._owners[k]
        return self._mentions[idx] if idx is not None else None

    def actors(self, k: int) -> tuple[str, ...]:
        m = self.mention(k)
        if m is not None and m.how == "capital" and self.capital_for_state(k):
            return m.actors  # "thanked Tokyo for", "Washington urged": the government
        if m is None or m.kind in ("topic", "place"):
            return ()
        if m.kind == "adjective":
            # a demonym standing as the subject ("the Chinese are ready to", "South Korean
            # is willing to") is its state; before a noun it only describes the noun
            nxt = self.pieces[k + 1] if k + 1 < len(self.pieces) else ""
            if nxt in DEMONYM_VERBS:
                return m.actors
            # "the Turkish Foreign Ministry thanked ...": an institution acts for its state
            run = self.pieces[k + 1 : k + 4]
            head = next((i for i, w in enumerate(run) if w in INSTITUTION_HEADS), None)
            if head is not None and all(w in INSTITUTION_WORDS for w in run[:head]):
                return m.actors
            return ()
        return m.actors

    def object_list(self, k: int) -> tuple[list[int], int]:
        """Mention pieces from k on: 'A', 'A and B', 'A, B and C', "A's and B's"; and the end."""
        got, j = [], k
        ends = []
        # a list after a preposition is an object, and ends where ", and" opens a clause of
        # its own ("support for X, and the two leaders agreed")
        before = k - 1 - (k > 1 and self.pieces[k - 1] == "the")
        hangs = before >= 0 and self.lex.is_("preposition", self.pieces[before])
        while j < len(self.pieces) and self.mention(j) is not None:
            got.append(j)
            j += 1
            if j < len(self.pieces) and self.pieces[j] == "'s":
                j += 1
            ends.append(j)
            if j >= len(self.pieces):
                break
            p = self.pieces[j]
            nxt = j + 1
            if p == "," and nxt < len(self.pieces) and self.pieces[nxt] == "and":
                nxt += 1
            if p == "and" or nxt > j + 1:
                nxt = self.through_aside(nxt)
            if p == "," and self.pieces[nxt : nxt + 3] == ["the", "government", "and"]:
                nxt += 3  # "X, the Government and the people of Y": Y as well
            if p == "and" and nxt < len(self.pieces) and self.pieces[nxt] == self.lead_of(k):
                # "the courage of X and of the Moldovan people": the preposition repeated
                if self.pieces[nxt + 1 : nxt + 2] == ["the"]:
                    nxt += 1
                if self.mention(nxt + 1) is not None:
                    nxt += 1
            if p in (",", "and") and nxt < len(self.pieces) and self.pieces[nxt] in ("to", "the"):
                if nxt + 1 < len(self.pieces) and self.mention(nxt + 1) is not None:
                    nxt += 1
            if (
                p in (",", "and")
                and nxt < len(self.pieces)
                and self.mention(nxt) is not None
                and not (hangs and p == "," and self.opens_clause(nxt))
            ):
                j = nxt
                continue
            break
        # a comma joins only inside a list that ends with "and"
        if len(got) > 1:
            joined = " ".join(self.pieces[got[0] : ends[-1]])
            if " and " not in f" {joined} ":
                return got[:1], ends[0]
        return got, (ends[-1] if ends else j)

    def opens_clause(self, k: int) -> bool:
        """The mention at piece k is the subject of a clause of its own, not a list's next
        item: a verb follows it ("support for X, and the two leaders agreed to ...")."""
        j = k + 1 + (self.pieces[k + 1 : k + 2] == ["'s"])
        nxt = self.pieces[j] if j < len(self.pieces) else ""
        return nxt in CLAUSE_VERBS or (
            nxt.endswith("ed") and nxt.isalpha() and nxt.islower() and nxt not in NOT_VERBS
        )

    def lead_of(self, k: int) -> str | None:
        """The preposition a list at piece k hangs on ('of X', 'for the X'), if it is one a
        list repeats ('of X and of Y')."""
        j = k - 2 if k >= 2 and self.pieces[k - 1] == "the" else k - 1
        p = self.pieces[j] if j >= 0 else None
        return p if p in REPEATED_PREPOSITIONS else None

    def through_aside(self, k: int) -> int:
        """Past ', through him ,' at piece k: 'congratulations to A and, through him, to the
        people of B' addresses B as well."""
        j = k + (self.pieces[k : k + 1] == [","])
        # "and through him to the people of B", commas or none, as Gulf agencies write it
        if self.pieces[j : j + 1] == ["through"] and self.mention(j + 1) is not None:
            j += 2
            return j + (self.pieces[j : j + 1] == [","])
        return k

    def negated(self, a: int, b: int, hypothetical: bool = True) -> bool:
        start = self.clause_start(b)
        window = self.pieces[max(0, start - 4) : b]
        if hypothetical and not self._words("hypothetical").isdisjoint(window):
            return True
        if hypothetical and self.conditional(max(a, start), b):
            return True
        return not self._words("negation").isdisjoint(self.pieces[max(a, start) : b])

    def conditional(self, a: int, b: int) -> bool:
        """'would condemn X if the talks failed': the cue (pieces a..b) in the conditional
        mood with a condition later in its sentence is hypothetical (rule 6), and so is a cue
        in an inverted condition before the main clause ('Were X to condemn Y, ...')."""
        pieces = self.pieces
        if pieces[0] in INVERTED and "," not in pieces[:b] and self.mention(1):
            return True  # "Were X to condemn Y, ...": an inverted condition
        last = self.__dict__.get("_last_condition")
        if last is None:  # once a sentence: the last condition word's piece, -1 if none
            words = self._words("condition")
            last = -1
            if not words.isdisjoint(pieces):  # most sentences hold none
                last = max(j for j, p in enumerate(pieces) if p in words)
            self._last_condition = last
        return last >= b and not self._words("conditional").isdisjoint(pieces[a:b])

    def modality(self, a: int, b: int) -> str:
        window = self.pieces[max(0, a) : b]
        if not self._words("agreed").isdisjoint(window):
            return "agreed"
        if not self._words("future").isdisjoint(window):
            return "future"
        return "asserted"

    def _words(self, cls: str) -> frozenset[str]:
        """The lexicon's words of ``cls``: one set test for a window, not one per word."""
        return self.lex.words.get(cls) or frozenset()

    def clause_end(self, k: int) -> int:
        j = k
        while j < len(self.pieces) and self.pieces[j] not in (";", ".", "while", "but", "whereas"):
            j += 1
        return j

    def flatten(self, idxs: list[int]) -> list[str]:
        out: list[str] = []
        for j in idxs:
            for a in self.state_meant(j, out):
                if a not in out:
                    out.append(a)
        return out

    def state_meant(self, j: int, before: list[str]) -> tuple[str, ...]:
        """The actors of the mention at j; 'his country', 'her government' are the state of
        the person the pronoun means, and in a list ('X and his country') of the person
        named just before it."""
        actors = self.actors(j)
        if self._kind(j) != "pronoun" or self.pieces[j + 1 : j + 2] not in STATE_NOUNS:
            return actors
        people = [a for a in before if self.doc.kind(a) == "person"]
        if people:
            actors = (people[-1],)
        return tuple(self.doc.state_of(a) or a for a in actors)

    # -- the rules ------------------------------------------------------------
    def run(self) -> Iterator[Found]:
        if "@" not in self.view.masked:
            yield from self.each_the_other()
            if not self.lead and not self.passive_people():
                return  # no actor and no joint passive, no other relation
        masked = self.view.masked
        for cue in self.lex.index.candidates(masked, self.pieces):  # masked: pieces, spaced
            for match in cue.pattern.finditer(masked):
                yield from self.apply(cue, match)
        if " - " in masked or " – " in masked:
            yield from self.named_cooperation()

    def each_the_other(self) -> Iterator[Found]:
        """'Each side congratulated the other', 'each leader thanked the other': a one-way
        act both ways between the two participants (sides are their states)."""
        each = EACH_THE_OTHER.match(self.view.masked)
        people = self.doc.participants
        if each is None or len(people) != 2:
            return
        parties = list(people) if each[1] in EACH_PERSON else self.doc.participant_states()
        if len(parties) != 2 or self.negated(0, len(self.pieces)):
            return
        for cue in self.lex.index.candidates(each[2]):
            if cue.mode == "active" and not cue.inline_object and cue.relation in ONE_WAY:
                if cue.pattern.search(each[2]):
                    yield Found(parties[0], cue.relation, parties[1], cue.rule, "asserted")
                    yield Found(parties[1], cue.relation, parties[0], cue.rule, "asserted")
                    return

    def apply(self, cue: Cue, match: re.Match) -> Iterator[Found]:
        """The triples one cue match gives: its objects, its agent, then the relation's own
        rules for who the targets are."""
        a = self.view.piece_at(match.start())
        b = self.view.piece_at(match.end() - 1) + 1
        rule = cue.rule
        objects, after = self.cue_objects(cue, match, b)
        if cue.mode == "member":
            yield from self.membership(match, a, b, objects, after, rule)
            return
        if cue.mode == "joint":
            yield from self.joint(a, b, objects, rule)
            return
        start = self.chain_left(a)[0] if cue.mode == "obligation" else a
        ours = self.our_agents(a) if cue.mode not in ("passive", "obligation") else None
        if (
            ours is None
            and cue.mode != "passive"
            and a < 12
            and ("pleasure" in self.pieces[:a] or not OPENER_WORDS.isdisjoint(self.pieces[: a + 1]))
        ):
            ours = self.pleasure_of(a)  # "It is a great pleasure to welcome X", "Thank you"
        if ours is None and self.lead and cue.mode != "passive" and self.no_actor_before(a):
            ours = [0], list(self.lead)  # a list item: the lead-in's subject acts
        subj = ours[0] if ours else self.agent(cue, match, start, after, objects)
        if subj and cue.mode == "active" and object_gap(self.pieces, subj[0], a):
            return  # "attacks, which X condemned, as well as Y": X's object is the attacks
        if subj is None:
            got = list(self.agentless(cue, match, a, b, objects, after, rule))
            if not got and cue.relation == "invites" and cue.inline_object:
                got = self.home_invites(objects, rule)
            yield from got
            return
        if cue.mode == "passive":
            subj, objects = objects, subj
        elif cue.mode == "active" and not cue.inline_object and self.passive_verb(a):
            # "X was congratulated by Y": Y congratulates X; with no "by", no agent is known
            by = self.by_agent(b)
            if by is None:
                return
            subj, objects = by, subj
        # readiness counts even when conditional ("ready, if necessary, to assist"): the
        # readiness itself is asserted (ANNOTATION.md 8)
        if self.negated(subj[-1] + 1, b, hypothetical=cue.mode != "ready"):
            return
        if attempted(self.pieces, self.clause_start(a), a):
            return  # "any attempt to provide aid to X would ...": imagined, not done
        modality = self.modality(self.clause_start(a), b)
        subjects = ours[1] if ours else self.flatten(subj)
        if cue.mode != "passive":
            subjects = self.not_self(subj, subjects, objects)
        if cue.mode == "reciprocal":
            yield from self.cooperation(cue, subjects, objects, a, b, after, rule, modality)
        elif cue.mode == "mutual":
            yield from self.mutual(cue.relation, subjects, b, rule, modality)
        elif cue.mode == "returned":
            yield from self.returned(cue.relation, subjects, rule, modality)
        elif cue.mode != "occasion" or self.occasion():
            # greetings with no occasion give nothing (ANNOTATION.md 8)
            yield from self.directed(
                cue, match, subj, subjects, objects, a, b, after, rule, modality
            )

    def returned(self, relation: str, subjects: list[str], rule: str, modality: str):
        """'The Amir reciprocated the greetings': the act goes back to the one who made it,
        the other participant of a two-person engagement (and the state a greeting went to
        with them is not known here: only the person)."""
        people = [p for p in self.doc.participants if self.doc.kind(p) == "person"]
        if len(subjects) != 1 or len(people) != 2 or subjects[0] not in people:
            return
        other = people[1 - people.index(subjects[0])]
        yield Found(subjects[0], relation, other, rule, modality)

    def material(self, b: int) -> bool:
        """Support said to be financial, military or material right after its object."""
        window = self.pieces[b : min(self.clause_end(b), b + 8)]
        return any(map(MATERIAL.__contains__, window))

    def addressee_later(self, b: int, relation: str = "") -> list[str]:
        """'sympathy to the families of the victims and to the entire Turkish people': an
        addressee that is an actor further on, after 'and to'; for sympathy, also a people
        or state after a bare 'and' ('thoughts are with the families of the victims and the
        people of X'), unless the 'and' joins two parties ('between A and B')."""
        end = self.clause_end(b)
        for k in range(b, end - 1):
            if self.pieces[k] != "and":
                continue
            if self.pieces[k + 1] == "to" and k + 2 < end:
                m = self.mention(k + 2)
                if m is not None and m.kind != "adjective" and m.text.lower() not in POSSESSIVES:
                    return self.flatten(self.object_list(k + 2)[0])
            if relation != "condoles" or "between" in self.pieces[b:k]:
                continue
            m = self.mention(k + 1)
            if m is not None and m.kind in ("people", "state") and not m.possessive:
                return self.flatten(self.object_list(k + 1)[0])
        return []

    def passive_verb(self, a: int) -> bool:
        """Piece a is a participle after a form of 'be' ('was warmly congratulated')."""
        if not self.pieces[a].endswith("ed"):
            return False
        j = a - 1
        while j >= 0 and self.pieces[j].endswith("ly") and self.pieces[j] != "only":
            j -= 1
        return j >= 0 and self.pieces[j] in BE_FORMS

    def by_agent(self, b: int) -> list[int] | None:
        """The agent of a passive: 'by X' (a list) within a few pieces of the verb."""
        for k in range(b, min(self.clause_end(b), b + 6)):
            if self.pieces[k] == "by" and k + 1 < len(self.pieces):
                nxt = k + 2 if self.pieces[k + 1] == "the" else k + 1
                if nxt < len(self.pieces) and self.mention(nxt) is not None:
                    return self.object_list(nxt)[0]
                return None
        return None

    def cue_objects(self, cue: Cue, match: re.Match, b: int) -> tuple[list[int], int]:
        """The object list a cue names inline ({obj}) or right after it, and its end."""
        if cue.inline_object:
            return self.object_list(self.view.piece_at(match.start("obj")))
        if b < len(self.pieces) and self.mention(b) is not None:
            return self.object_list(b)
        k = b + 1 if self.pieces[b : b + 1] in (["the"], ["a"], ["an"]) else b
        while k < min(len(self.pieces), b + 4) and self.pieces[k] in DESCRIPTORS:
            k += 1  # "support for the new President of X", "the brotherly people of X"
        if self.pieces[k : k + 1] in (["peoples"], ["governments"]) and self.pieces[
            k + 1 : k + 2
        ] == ["of"]:
            k += 2  # "to the brotherly peoples of X and Y": the states
            if k < len(self.pieces) and self._kind(k) == "state":
                return self.object_list(k)
        if k > b and k < len(self.pieces) and self._kind(k) in ("person", "state", "people"):
            return self.object_list(k)
        return [], b

    def directed(self, cue, match, subj, subjects, objects, a, b, after, rule, modality):
        """A one-way relation from each subject to each target, with what thanks and
        urging to stop imply."""
        relation = cue.relation
        if relation == "praises" and praised_bond(self.pieces, objects):
            # "praised his country's strong ties with X": the speaker's own side's bond,
            # not praise of it ("commended Ecuador's partnership with the Bank" still is)
            own = {self.doc.state_of(s) or s for s in subjects} | set(subjects)
            if own.issuperset(self.flatten(objects[-1:])):
                return
        if relation == "supports" and cue.mode == "topic" and discussed_support(self.pieces, a):
            return  # "the leaders discussed support for X": a subject of the talks
        if cue.mode == "action":
            subjects = self.endorsers(a, subjects)
        if cue.mode == "ready" and relation == "assists":
            relation = "supports"
        if relation == "supports" and re.match(r"st(?:and|ood)\w* (?:ready|prepared)", match[0]):
            return  # "stands ready to work with X" is readiness to cooperate, not support
        if relation == "assists" and cue.mode == "active" and self.ready_before(a):
            return  # "is ready to provide assistance" is support, said by the ready cue
        if len(subjects) > 1 and objects and self.mention(objects[0]).how == "each-other":
            # "the two sides reaffirmed their support for each other": each to each
            for s in subjects:
                for o in subjects:
                    if s != o:
                        yield Found(s, relation, o, rule, modality)
            return
        if relation == "thanks" and cue.mode == "active":
            own_body = self.own_body_thanked(b, subjects)
            if own_body:  # "thanked his cabinet": the thanker's own state
                yield from (Found(s, relation, o, rule, modality) for s, o in own_body)
                return
        targets = self.targets(cue, match, relation, subjects, objects, b)
        if targets and relation in ("congratulates", "condoles") and cue.mode == "active":
            # "condolences to X, to the families of the victims and to the people of Y"
            targets += [o for o in self.more_addressees(after) if o not in targets]
        if not targets and relation in ("congratulates", "thanks", "condoles"):
            targets = self.addressee_before(a) or self.addressee_later(b, relation)
        targets = self.not_me(subjects, objects, targets, relation)
        if relation == "visits":
            if self.invited_to(a):
                return  # "invited X to visit Y" is an invitation, not a visit
            if not targets and match[0].endswith("visit") and self.on_a_visit(a, b):
                targets = self.visit_destination(subjects)
            subjects, targets = self.visit_parties(subj, subjects, objects, targets)
        if relation == "hosts":
            subjects, targets = self.host_parties(subjects, targets, self.hosted_in(b))
        if relation == "congratulates" and targets:
            targets += [o for o in self.day_owner(after, targets) if o not in targets]
        if cue.mode == "unaddressed":
            fronted = self.fronted_addressee(a)
            if fronted:  # "To X, the two leaders expressed condolences": X is addressed
                for s in subjects:
                    yield from (Found(s, relation, o, rule, modality) for o in fronted)
                return
            named = targets or self.owner_after(b, relation)
            yield from self.condolences(subjects, named, rule, modality)
            return
        if relation in ("thanks", "condoles") and not targets and len(subjects) == 1:
            # "X expressed gratitude for the warm hospitality": thanks go to the other side,
            # unless the thanks name whose it was: "conveyed thanks for Y's support"
            targets = self.owner_for(b)
            others = [p for p in self.doc.participants if p != subjects[0]]
            # "sympathy to the families of the victims": an addressee that is no actor
            stated = match[0].endswith(" to") and self.mention(b) is None
            if (
                not (targets or stated)
                and subjects[0] in self.doc.participants
                and len(others) == 1
            ):
                targets = others
                after = b - 1 if self.pieces[b - 1] == "for" else b
        for s in subjects:
            for o in self.not_own(s, subjects, targets):
                yield Found(s, relation, o, rule, modality)
        if relation == "supports" and targets and self.material(b):
            # "support Ukraine politically, financially and militarily": help given too
            for s in subjects:
                for o in targets:
                    if not o.startswith("topic:"):
                        yield Found(s, "assists", o, rule + " +material", modality)
        if relation == "thanks" and targets:
            if (
                cue.inline_object
                and objects
                and self.pieces[objects[-1] + 1 : objects[-1] + 2] == ["'s"]
            ):
                after = objects[-1] + 1  # "appreciates X's support": what X gave, from "'s"
            gift = GIFT_FROM.search(match[0]) if cue.inline_object else None
            if gift:  # "appreciated the support of X": X gave it to the thanker's side
                yield from self.thanked_gift(subjects, targets, gift[1], rule, modality)
            else:
                yield from self.thanks_for(subjects, targets, after, rule, modality)
        if relation == "urges" and re.search(
            r"\bto (?:stop|cease|end|halt|withdraw)\b", " ".join(self.pieces[after : after + 3])
        ):
            for s in subjects:
                for o in targets:
                    yield Found(s, "criticizes", o, rule, modality)

    def more_addressees(self, after: int) -> list[str]:
        """The states and people a repeated "to" adds to a list of addressees past one that
        is no actor (", to the families of the victims and to the people of Jamaica")."""
        out: list[str] = []
        end = self.clause_end(after)
        for k in range(after + 1, end - 1):
            if self.pieces[k] != "to" or self.pieces[k - 1] not in (",", "and"):
                continue
            j = k + 2 if self.pieces[k + 1] == "the" else k + 1
            if j < end and self._kind(j) in ("state", "person", "people"):
                out += [a for a in self.flatten([j]) if a not in out]
        return out

    def not_own(self, s: str, subjects: list[str], targets: list[str]) -> list[str]:
        """A joint subject expands only to the members for whom the object is another actor
        (ANNOTATION.md 8): in "the two leaders praised Kenya's progress" Kenya's own leader
        does not praise Kenya."""
        if len(subjects) < 2:
            return targets
        own = self.doc.state_of(s)
        return [o for o in targets if o != own]

    def home_invites(self, objects: list[int], rule: str) -> list[Found]:
        """'An invitation was extended to X' with no agent: the publisher's side invites,
        its participants or else its state (ANNOTATION 2: the host side is the inviter)."""
        home = self.doc.home
        if not home or " by @" in self.view.masked:
            return []
        hosts = [
            p
            for p in self.doc.participants
            if self.doc.kind(p) == "person" and self.doc.state_of(p) == home
        ] or [home]
        return [
            Found(h, "invites", o, rule, "asserted")
            for o in self.flatten(objects)
            if o not in hosts and o != home and self.doc.state_of(o) != home
            for h in hosts
        ]

    def invited_to(self, a: int) -> bool:
        """An invitation before the visit cue in its clause ("invited X to visit Y"); "at the
        invitation of X, Y paid a visit" names the inviter of a visit that took place."""
        window = self.pieces[self.clause_start(a) : a]
        if window[-1:] == ["to"] and any(p.startswith("invit") for p in window):
            return True  # "an invitation from X to Y to visit Z": an invitation, no visit
        return any(
            p.startswith("invit") and window[i + 1 : i + 2] not in (["of"], ["from"])
            for i, p in enumerate(window)
        )

    def not_me(
        self, subjects: list[str], objects: list[int], targets: list[str], relation: str = ""
    ) -> list[str]:
        """'He ... and congratulated him': an object pronoun bound to the subject itself
        means the other person of a two-person readout; so does a possessive one after a
        verb of praise or sympathy ("commended his leadership"), which no one aims at
        themselves."""
        if len(subjects) != 1 or subjects[0] not in targets or not objects:
            return targets
        m = self.mention(objects[0])
        owned = (
            relation in AIMED_AT_OTHERS
            and m.text.lower() in ("his", "her")
            and self.pieces[objects[0] + 1 : objects[0] + 2] != ["own"]
        )
        if m.how not in ("object-pronoun", "style") and not owned:
            return targets
        people = [p for p in self.doc.participants if self.doc.kind(p) == "person"]
        others = [p for p in people if p != subjects[0]]
        if len(people) != 2 or len(others) != 1:
            return targets
        return [others[0] if t == subjects[0] else t for t in targets]

    def condolences(self, subjects, named, rule, modality) -> Iterator[Found]:
        """Condolences with no addressee go to the state named and to the interlocutor; joint
        ones to each other and each other's state (ANNOTATION.md 8). A subject's own state
        is not condoled."""
        people = [p for p in self.doc.participants if self.doc.kind(p) == "person"]
        joint = len(subjects) > 1
        for s in subjects:
            own = self.doc.state_of(s) or s
            got = [o for o in named if o != own]
            # a state's condolences ("conveyed Paraguay's condolences") are its leader's
            me = s if s in people else next((p for p in people if self.doc.state_of(p) == s), None)
            if me is not None:
                others = [p for p in people if p != me]
                if joint or len(others) == 1:
                    got += [p for p in others if not joint or p in subjects]
                if joint:
                    got += [self.doc.state_of(p) for p in others if p in subjects]
            for o in dict.fromkeys(got):
                if o and o != s and o != own:
                    yield Found(s, "condoles", o, rule, modality)

    def targets(self, cue, match, relation, subjects, objects, b) -> list[str]:
        """The actors (or topic: labels) a one-way cue is about."""
        if relation == "supports" and self.support_given_by(match, b):
            return []  # "appreciated the support of X": X gives the support, not receives it
        targets = self.flatten(objects)
        if cue.mode == "obligation":
            targets = self.obligation_targets(subjects, objects)
        if relation == "urges":
            # a need one states for one's own country is not a request to it
            targets = [o for o in targets if all(self.doc.state_of(x) != o for x in subjects)]
        if targets:
            return targets
        if (
            relation in ("opposes", "criticizes")
            or (relation == "urges" and REQUESTED.match(match[0]))
        ) and self.adjective_owner(objects):
            # "counter Russian disinformation", "deterring Chinese coercion": the state
            # the demonym names owns what is resisted (ANNOTATION.md 8)
            return [a for k in objects for a in self.mention(k).actors]
        if relation == "supports":
            # support for something an actor owns is support for the actor (ANNOTATION 7)
            targets = self.owner_after(b, relation)
            if targets:
                return targets
        if relation in ("opposes", "supports"):
            # "rejected the measures taken by X", "the candidacy of X": the maker owns it
            targets = self.phrase_owner(b, relation)
            if targets:
                return targets
        if cue.mode == "topic" and relation == "opposes":
            doers = self.acted_by(b)  # "is against any change of the status quo by X"
            if doers:
                return doers
        if cue.mode == "topic" and (
            relation == "opposes"
            or re.search(r"favou?r of|support for|backing (?:for|of)", match[0])
            or self.supported_thing(match, b)
        ):
            topic = self.topic_phrase(b)
            if topic:
                return [f"topic:{topic}"]
        if relation in ("supports", "opposes"):
            # "supports the Belt and Road Initiative": a gazetteer topic as the object
            k = b + 1 if b < len(self.pieces) and self.pieces[b] == "the" else b
            m = self.mention(k) if k < len(self.pieces) else None
            if m is not None and m.kind == "topic" and m.actors:
                return ["topic:" + m.actors[0].lower()]
        if relation in ("supports", "criticizes", "praises", "opposes"):
            return self.owner_after(b, relation)
        return []

    def support_given_by(self, match: re.Match, b: int) -> bool:
        """The bare noun "support" before "of X" names its giver ("the support of the EU"),
        unless it is "in support of X", which backs X."""
        word = match[0].lower()
        k = b - (word != "support")  # the "of" after the noun
        if word not in ("support", "backing of") or self.pieces[k : k + 1] != ["of"]:
            return False
        a = self.view.piece_at(match.start())
        # "in support of X" backs X; "its support of X" is the subject's own
        return a == 0 or self.pieces[a - 1] not in GIVER_BEFORE

    def adjective_owner(self, objects: list[int]) -> bool:
        """The object is a demonym before a common noun ('Russian aggression'), not a
        hyphened description ('Russian-backed groups') nor a people ('Russian citizens')."""
        if not objects or any(self._kind(k) != "adjective" for k in objects):
            return False
        nxt = self.pieces[objects[-1] + 1] if objects[-1] + 1 < len(self.pieces) else ""
        return nxt.isalpha() and nxt.islower() and nxt not in PEOPLE_NOUNS

    def supported_thing(self, match: re.Match, b: int) -> bool:
        """'supported/is supporting international efforts to ...': the verb with a non-actor
        object, a topic (explicit support of a non-actor, ANNOTATION 8); not 'supported by',
        'supporting each other', nor the noun ('support to')."""
        word = match[0]
        verb = word in ("supported", "supports", "supporting") or (
            word == "support" and b >= 2 and self.pieces[b - 2] in ("to", "will", "would")
        )
        nxt = self.pieces[b] if b < len(self.pieces) else ""
        return (
            verb
            and nxt.isalpha()
            and not self.lex.is_("preposition", nxt)
            and nxt not in NOT_SUPPORTED
        )

    def endorsers(self, a: int, subjects: list[str]) -> list[str]:
        """Who stands behind an act against an actor: the subject, or the sentence's subject
        when an organisation or the speaker's own state owns the act ('the coalition's work
        against X', 'UN sanctions against X'); nobody when another state owns it ('Russia's
        actions against X') or the act is only discussed (ANNOTATION.md 8)."""
        if self.discussing(a) or self.undoing(a):
            return []
        owners = []
        for k in range(max(0, a - 3), a):
            m = self.mention(k)
            if m is not None and (
                m.kind == "adjective" or k + 1 == a or self.pieces[k + 1] == "'s"
            ):
                owners += m.actors
        if not owners:
            return subjects
        main = self.flatten(self.main_subject() or [])
        ours = set(main) | {self.doc.state_of(x) for x in main}
        if any(self.doc.kind(o) != "organization" and o not in ours for o in owners):
            return []
        return [x for x in main if x not in owners]

    def undoing(self, a: int) -> bool:
        """'rejected the sanctions against X', 'called for the lifting of sanctions on X': the
        subject stands against the act, so it takes no stand against the act's target."""
        undo = self._words("undoing")
        return not undo.isdisjoint(self.pieces[max(self.clause_start(a), a - 4) : a])

    def day_owner(self, after: int, targets: list[str]) -> list[str]:
        """'congratulated X on the anniversary of his country's National Day': a state's own
        day is the state's occasion, so the state is congratulated too (ANNOTATION.md 8)."""
        text = " ".join(self.pieces[after : self.clause_end(after)])
        m = NATIONAL_DAY.search(text)
        if m is None:
            return []
        owner = m["own"] or m["of"]
        found = self.view.mentions[int(owner[1:])] if owner else None
        if found is not None and found.kind not in ("pronoun", "topic"):
            return [self.doc.state_of(a) or a for a in found.actors]
        # 'his country's': the addressee's, whoever the pronoun was bound to
        states = {self.doc.state_of(t) for t in targets if self.doc.kind(t) == "person"}
        return [st for st in states if st] if len(states) == 1 else []

    def occasion(self) -> bool:
        text = f" {self.view.masked} "
        return any(f" {w} " in text for w in self.lex.words.get("occasion", ()))

    def mutual(self, relation, subjects, b, rule, modality) -> Iterator[Found]:
        """'A and B exchanged congratulations', 'A exchanged greetings with B': both ways."""
        others: list[str] = []
        for k in range(b, min(self.clause_end(b), b + 6)):
            if self.pieces[k] == "with" and k + 1 < len(self.pieces):
                objs, _ = self.object_list(k + 1)
                others = self.flatten(objs)
                break
        parties = subjects + [o for o in others if o not in subjects]
        if len(parties) < 2 or (others and len(subjects) != 1):
            return
        for s in parties:
            for o in parties:
                if s != o:
                    yield Found(s, relation, o, rule, modality)

    def obligation_targets(self, subjects: list[str], objects: list[int]) -> list[str]:
        """'China must ...': a named actor, not the speaker nor the speaker's state; 'Canada
        and the UK should ...' with the speaker's own state in it is a joint aim."""
        if not objects:
            return []
        kind = self._kind(objects[0])
        if kind == "adjective" and not BODY_NOUNS.intersection(
            self.pieces[objects[0] + 1 : objects[0] + 4]
        ):
            return []  # "the Venezuelan electoral authorities must": the state's own organs
        if kind not in ("state", "organization", "person", "adjective"):
            return []
        chain = self.chain_left(objects[0])
        if not self.in_subject_position(chain[0]):
            return []  # "the war between A and B must end": no one is bound
        bound = self.flatten(chain)
        if kind == "adjective":
            bound = list(self.mention(objects[0]).actors)
        own = set(subjects) | {self.doc.state_of(s) for s in subjects}
        return [] if own & set(bound) else bound

    def ready_before(self, a: int) -> bool:
        """Readiness right before piece a, past an aside: "ready, if necessary, to provide"."""
        window = self.pieces[max(0, a - 4) : a]
        if window[-2:] == [",", "to"]:
            k = a - 3
            while k > max(0, a - 9) and self.pieces[k] != ",":
                k -= 1
            window += self.pieces[max(0, k - 2) : k]
        if any(p in ("ready", "readiness", "willing", "willingness", "prepared") for p in window):
            return True
        # "the willingness of the General Secretariat to provide": a body that is no actor
        wide = self.pieces[max(0, a - 9) : a]
        return any(
            w in ("readiness", "willingness") and wide[k + 1 : k + 2] == ["of"]
            for k, w in enumerate(wide)
        ) and wide[-1:] == ["to"]

    def _kind(self, k: int) -> str | None:
        m = self.mention(k)
        return m.kind if m is not None else None
