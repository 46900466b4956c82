"""Who does the act a cue names: the agent's mention pieces in a sentence.

Split out of the sentence rules (relations.py): finding the agent is its own job, with
its own hard cases (a relative clause, a gerund's own subject, "our" efforts, a light
verb voicing a state's stance, an apposition, a pronoun bound to the person acted on,
"called X to extend ..."). A mixin of SentenceRules: it reads the sentence's pieces and
mentions through the methods and attributes SentenceRules defines.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import Cue

STANCES = {"position", "positions", "stance", "view", "views", "conviction", "belief"}
# plural nouns a participle can hang on ("partners working with X"): a group, not an agent
GERUND_HOLDERS = {
    "partners",
    "allies",
    "countries",
    "nations",
    "states",
    "forces",
    "troops",
    "organizations",
    "organisations",
    "agencies",
    "companies",
    "institutions",
    "groups",
    "personnel",
    "staff",
    "those",
    "others",
}
# nouns after "our" that make an act the speakers' states' own ("our collective efforts")
OUR_ACTS = {
    "efforts",
    "effort",
    "countries",
    "nations",
    "governments",
    "coordination",
    "co",
    "cooperation",
    "collaboration",
    "work",
    "commitment",
    "support",
}
# verbs that voice a stance an actor owns ("expressed X's support for", "conveyed X's thanks")
# a state's institutions, which act for it: "the Ministry of Foreign Affairs of X",
# "the Turkish Foreign Ministry", "the Embassy of X"
INSTITUTION_HEADS = frozenset(
    {"ministry", "embassy", "office", "presidency", "mission", "delegation", "chancellery"}
    | {"cabinet", "consulate", "secretariat", "leadership", "authorities", "administration"}
    # a state's forces act and receive for it ("the Philippine coast guard", "Kenyan army")
    | {"guard", "navy", "army", "military", "forces"}
)
INSTITUTION_WORDS = INSTITUTION_HEADS | {"foreign", "affairs", "of", "permanent", "federal"}
INSTITUTION_WORDS |= {"coast", "armed", "security", "defence", "defense", "self-defense"}
LIGHT_VERBS = {
    "expressed",
    "expresses",
    "conveyed",
    "conveys",
    "reiterated",
    "reiterates",
    "reaffirmed",
    "reaffirms",
    "voiced",
    "extended",
    "renewed",
    "restated",
    "underlined",
    "emphasized",
    "emphasised",
    "stressed",
}
# "called X to extend (his) ...": the contact verb, the one contacted, the light verb
# a conversation held with X counts as calling X: "held a telephone conversation with
# the new Prime Minister of Y, X, to congratulate him" (the Spanish and Italian offices)
_HELD_WITH = (
    r"|(?:held|had|holds|has|having) (?:a |an )?(?:[^@\s]+ ){0,2}?"
    r"(?:conversation|call|talks|meeting) with(?: the)?(?: new| newly[- ]\w+)?"
)
CONTACTED = re.compile(
    r"\b(?:call(?:ed|ing|s)?|phon(?:e|ed|es|ing)|telephon(?:e|ed|es|ing)|rang"
    r"|visit(?:ed|ing)?|met|meet(?:s|ing)?"
    r"|(?:wrote|written|write|writes|writing|spoke|speaks|speak|speaking) (?:to|with)"
    + _HELD_WITH
    + r") (?:the )?(?P<who>@\d+) "
    r"(?:(?!who |which )[^@\s]+ ){0,3}?"
    r"to (?:extend|convey|offer|express|pass on|deliver|send|personally \w+) "
    r"(?:@\d+ )?(?:[^@\s]+ ){0,3}$"
    # or the cue's own verb right after "to": "phoned X to congratulate him"
    r"|\b(?:call(?:ed|ing|s)?|phon(?:e|ed|es|ing)|telephon(?:e|ed|es|ing)|rang|met|meet(?:s|ing)?"
    r"|(?:wrote|written|write|writes|spoke|speaks) (?:to|with)"
    + _HELD_WITH
    + r") (?:the )?(?P<to>@\d+) (?:(?!who |which )[^@\s]+ ){0,3}?to $"
)
# nouns whose "of X to VERB" makes X the one who acts ("the readiness of the UN to support")
INTENTS = {
    "readiness",
    "willingness",
    "desire",
    "determination",
    "commitment",
    "intention",
    "decision",
    "pledge",
    "resolve",
    "efforts",
}
POSSESSIVES = {"his", "her", "their", "its"}
# "in hosting the 15th BRICS Summit and is ready to ...": a body naming an event is no agent
EVENT_HEADS = tuple(
    [w]
    for w in ("summit", "summits", "meeting", "meetings", "ministerial", "conference", "session")
)
TELLING = frozenset({"informed", "briefed", "told", "updated", "apprised", "acquainted"})
# people named by what they do, whose acts are theirs, not a participant's
PERSON_NOUNS = {
    "envoy",
    "ambassador",
    "governor",
    "minister",
    "secretary",
    "president",
    "chairman",
    "chair",
    "spokesperson",
    "spokesman",
    "official",
    "officials",
    "delegation",
    "mayor",
    "representative",
    "commissioner",
    "director",
    "adviser",
    "advisor",
    "general",
    "chief",
}
OWN_STATE_NOUNS = {"country", "government", "nation"}
AUXILIARIES = {"will", "would", "shall", "should", "can", "could", "also", "further", "firmly"}
MODALS = frozenset({"will", "would", "shall", "should"})
# a need put on the clause's subject ("that Europe must step up its support")
OBLIGED = frozenset({"must", "should", "needs", "ought"})
# words between a relative clause's closing comma and the main clause's cue ("..., once
# again reaffirmed its support for"): a verb first, then words with no actor among them
RESUMED_REACH = 6
# the sides' own people and bodies, whose acts in a that-clause stay the sides'
SIDES_STAFF = frozenset(
    {
        "teams",
        "team",
        "officials",
        "ministers",
        "departments",
        "agencies",
        "authorities",
        "governments",
        "ministries",
        "delegations",
        "sides",
        "countries",
        "nations",
        "parties",
    }
)
PASSIVE_CLAUSE = re.compile(r" (?:was|were|been) ")
CLAUSE_MODALS = frozenset(
    {"will", "would", "shall", "should", "must", "can", "could", "need", "needs"}
)
CLAUSE_ADVERBS = frozenset({"also", "further", "jointly", "together", "continue", "to", "urgently"})
VERB_BEFORE = {"to", "will", "would", "can", "could", "shall", "should", "must", "may", "and"}


# verbs by which an official relays what was said ("revealed that", "told reporters that")
RELAY_VERBS = frozenset({"revealed", "reveals", "told", "tells", "informed", "disclosed"})
# the verbs of an attribution after a quotation, and the marks that close it before one
SAYERS = frozenset({"said", "says", "added", "stated", "noted", "stressed"})
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
# words between "in" and "message(s) to" of a message's frame ("in her separate messages")
MESSAGE_OWNERS = frozenset({"his", "her", "their", "a", "separate", "the", "its", "two"})
MESSAGE_NOUNS = frozenset({"message", "messages", "letter", "letters"})


class AgentRules:
    """The agent-finding rules of SentenceRules."""

    def _kind_class(self, k: int) -> str:
        m = self.mention(k)
        return "person" if m is not None and m.kind in ("person", "people", "pronoun") else "body"

    def chain_left(self, k: int) -> list[int]:
        """A subject list ending at piece k: 'China and Russia', 'A, B and C'."""
        got = [k]
        j = k - 1
        has_and = False
        while j >= 1:
            # a comma before "and" joins too: "A, B, and C", and the closing comma of an
            # apposition ("The President, Dr. A, and the Prime Minister, B, sent ...")
            joint = j - 1 if self.pieces[j] == "and" and self.pieces[j - 1] == "," else j
            if joint != j and not self.list_head(joint - 1):
                break  # "... in Berlin, and Germany condemned": a new clause
            if not (
                joint >= 1
                and self.mention(joint - 1) is not None
                and (self.pieces[j] == "and" or (self.pieces[j] == "," and has_and))
                and self._kind_class(joint - 1) == self._kind_class(k)
            ):
                break
            has_and = has_and or self.pieces[j] == "and"
            got.insert(0, joint - 1)
            j = joint - 2
        return got

    def list_head(self, j: int) -> bool:
        """Piece j opens the sentence's clause or continues a comma list ('A, B, and C'):
        then ', and' after it joins subjects rather than clauses."""
        if j < 0 or self.mention(j) is None:
            return False
        return j == self.clause_start(j) or (
            j >= 2 and self.pieces[j - 1] == "," and self.mention(j - 2) is not None
        )

    def in_subject_position(self, k: int) -> bool:
        prev = self.pieces[k - 1] if k > 0 else None
        return prev is None or not self.lex.is_("preposition", prev) or self.institution_of(k)

    def institution_of(self, k: int) -> bool:
        """'The Ministry of Foreign Affairs of Algeria condemned ...': a state's ministry,
        embassy or office acts for the state (ANNOTATION.md 8: ministries are no actors)."""
        if k < 2 or self.pieces[k - 1] != "of":
            return False
        j = k - 2
        while j >= 0 and self.pieces[j] in INSTITUTION_WORDS:
            j -= 1
        words = self.pieces[j + 1 : k - 1]
        at_start = j < 0 or self.pieces[j] in (",", "the") and j <= self.clause_start(k) + 1
        return at_start and any(w in INSTITUTION_HEADS for w in words)

    def clause_start(self, k: int) -> int:
        """The piece after the last clause word before k (0 if none), from a table made
        once per sentence: the rules ask it ~5 times a sentence, each a walk back."""
        starts = self.__dict__.get("_clause_starts")
        if starts is None:
            clause = self.lex.words.get("clause", ())
            starts = [0]
            for j, piece in enumerate(self.pieces):
                starts.append(j + 1 if piece in clause else starts[-1])
            self._clause_starts = starts
        return starts[k] if k > 0 else 0

    def subject_left(self, k: int) -> list[int] | None:
        if self.pieces[k] == "'s" and k > 0:
            # "X's visit to Kenya": the owner is the agent; one we cannot name ("the Special
            # Envoy's visit", an office no one holds) is not the clause's subject
            if self.mention(k - 1) is not None:
                return [k - 1] if self.actors(k - 1) else []
            if self.pieces[k - 1] in PERSON_NOUNS:
                return []
        own = self.own_state_before(k)
        if own is not None:
            return own  # "and reaffirmed his country's support": the state, not the subject
        start = self.clause_start(k)
        if (
            start >= 1
            and self.pieces[start - 1] in ("who", "which")
            and (not self.relative_closed(start, k) or self.relative_resumed(start, k))
        ):
            # a relative clause: its subject is the mention it hangs on (unless the
            # clause has closed: "X, who accompanied Y, the two leaders agreed ...")
            j = start - 2
            if j >= 0 and self.pieces[j] == ",":
                j -= 1
            if j >= 0 and self.mention(j) is not None and self.actors(j):
                return [j]
        c = k - 1
        while c >= 2 and self.pieces[c] in AUXILIARIES:
            c -= 1  # "..., and will support X", "..., and also invited X"
        if c >= 1 and self.pieces[c] == "and" and self.pieces[c - 1] == ",":
            # "..., and invited X": the coordinated verb shares the main subject, or the
            # subject of the reported clause it is in when the verb is not in the past ("Xi
            # stressed that China supports A, and supports B")
            if start > 0 and self.pieces[start - 1] == "that" and not self.pieces[k].endswith("ed"):
                for j in range(start, c):
                    if self.actors(j) and self.pieces[j + 1 : j + 2] != ["'s"]:
                        return self.chain_right(j)
            return self.main_subject()
        if c >= 1 and self.pieces[c] == "and" and self.mention(c - 1) is None:
            coordinated = self.coordinated_verb(start, c, k)
            if coordinated is not None:
                return coordinated
        for j in range(k - 1, max(start, k - 5) - 1, -1):
            if (
                self.mention(j) is not None
                and self.actors(j)
                and j + 1 < len(self.pieces)
                and self.pieces[j + 1] == "'s"
            ):
                return [j]  # "Macron's state visit to Brazil", "the United States' support for"
        for j in range(start, k):
            if self.pieces[j] != "and":
                continue
            nxt = self.pieces[j + 1] if j + 1 < len(self.pieces) else ""
            if nxt.endswith("ed") and (
                nxt in self.lex.reporting
                or (j + 1 == k and not MODALS.isdisjoint(self.pieces[start:k]))
            ):
                # "X noted that A ... and agreed to ...", "X said that A will ... and
                # endorsed ...": a past-tense verb after "and" is back at the main clause
                return self.main_subject()
        j = k - 1
        owners = self.view.piece_mention
        while j >= start:
            if owners[j] is None:
                j -= 1  # a word, not a mention: none of the tests below holds for it
                continue
            opened = self.apposition_start(j, k)
            if opened is not None:
                j = opened - 1  # "A and B, as fellow G7 members, agreed ...": not G7
                continue
            if self.unnamed_subject(j):
                return []  # the agent is someone we could not name: no guessing
            if self.mention(j) is not None and self.actors(j):
                if j + 1 < len(self.pieces) and self.pieces[j + 1] == "'s":
                    if k - j <= 4 or self.voiced_for(j, k):
                        return [j]  # "Macron's state visit to Brazil", "India's support for"
                    j -= 1
                    continue  # "condemned Russia's attacks ... and urged": not the agent
                if self.word_before(j + 1) in POSSESSIVES:
                    owner = self.subject_left(j)
                    if owner and self._kind(owner[0]) in ("states", "state", "people"):
                        return owner  # "both sides expressed their opposition": the sides
                chain = self.chain_left(j)
                if (
                    self.in_subject_position(chain[0])
                    and not self.compound_part(chain[0])
                    and self.pieces[j + 1 : j + 2] not in EVENT_HEADS
                ):
                    return chain
                j = chain[0]
            j -= 1
        if self.owned_by_clause_subject(start, k):
            return []  # "agreed that the international community should strengthen X"
        return None

    def owned_by_clause_subject(self, start: int, k: int) -> bool:
        """A that-clause whose own subject is a noun phrase naming no actor ("that the
        international community should strengthen cooperation") owns the act at k: it is
        not the main subject's. "that there should be" and "that it is" keep the main one."""
        if start < 1 or self.pieces[start - 1] != "that" or k - start < 3:
            return False
        c = k - 1
        while c > start and self.pieces[c] in CLAUSE_ADVERBS:
            c -= 1
        if self.pieces[c] not in CLAUSE_MODALS:
            return False
        if c - start < 2 or self.pieces[start] not in ("the", "a", "all", "other", "regional"):
            return False
        if not SIDES_STAFF.isdisjoint(self.pieces[start:c]):
            return False  # "that the teams / relevant departments should ...": the sides' own
        return all(self.mention(j) is None for j in range(start, c))

    def relative_closed(self, start: int, k: int) -> bool:
        """A comma before k followed by a mention or a reporting verb closes the relative
        clause: "X, who is also the Chairman of ECOWAS, said A and B must work together"."""
        return any(
            self.pieces[j] == ","
            and (self.mention(j + 1) is not None or self.pieces[j + 1] in self.lex.reporting)
            for j in range(start, k - 1)
        )

    def relative_resumed(self, start: int, k: int) -> bool:
        """'X, who met President Y last week, reaffirmed support for Z': after the relative
        clause's closing comma the main verb comes (with its adverbs and auxiliaries) and
        takes the noun the clause hangs on, not the last actor inside the clause."""
        c = k - 1
        while c > start and self.pieces[c] != ",":
            c -= 1
        if c <= start or c == k - 1 and not self.pieces[k].endswith("ed"):
            return c == k - 1 and self.pieces[k] in AUXILIARIES
        run = self.pieces[c + 1 : k]
        if not run:
            return True  # "X, who was met in Y, received ...": the verb itself resumes
        if not (run[0].endswith(("ed", "ly")) or run[0] in AUXILIARIES):
            return False
        # "..., agreed to strengthen cooperation with": words only, no new subject
        return len(run) <= RESUMED_REACH and all(w.isalpha() for w in run)

    def own_state_before(self, k: int) -> list[int] | None:
        """The pronoun of "his country's (firm) support" right before the cue at k, which
        flatten() takes to the person's state."""
        for j in range(k - 1, max(-1, k - 4), -1):
            if self.pieces[j] == "'s":
                p = j - 2
                nxt = self.pieces[j - 1] if j >= 1 else ""
                if p >= 0 and nxt in OWN_STATE_NOUNS and self._kind(p) == "pronoun":
                    return [p]
                return None
            if not self.pieces[j].isalpha():
                return None
        return None

    def coordinated_verb(self, start: int, c: int, k: int) -> list[int] | None:
        """'The Vice President underscored X's support for Y and thanked Z': a past-tense
        verb after a bare "and" shares the subject of the main clause's past-tense verb, not
        an owner inside the object before it."""
        if not self.pieces[k].endswith("ed") or start > self.lead_end():
            return None
        subj = self.main_subject()
        if not subj or subj[-1] >= c:
            return None
        verbs = self.pieces[subj[-1] + 1 : c]
        return subj if verbs and verbs[0].endswith("ed") else None

    def compound_part(self, j: int) -> bool:
        """The actor joined by a hyphen to a lower-case word before it ('the one-China
        principle', 'anti-NATO rhetoric') qualifies a noun; it does not act."""
        return j >= 2 and self.pieces[j - 1] == "-" and self.pieces[j - 2].islower()

    def apposition_start(self, j: int, k: int) -> int | None:
        """The comma opening ', as ... ,' when piece j is inside such an apposition that
        closes before piece k (a role of the subject, not the subject)."""
        if self.mention(j) is None or "," not in self.pieces[j:k]:
            return None
        for c in range(j - 1, max(-1, j - 6), -1):
            if self.pieces[c] == ",":
                return c if self.pieces[c + 1 : c + 2] == ["as"] else None
        return None

    def lead_end(self) -> int:
        """Where the main clause starts, after an opening phrase ('Thanking X for Y, ...')."""
        first = self.pieces[0] if self.pieces else ""
        if first.endswith("ing") or self.lex.is_("preposition", first) or first in ("while",):
            if "," in self.pieces:
                return self.pieces.index(",") + 1
        return self.relayed_end()

    def relayed_end(self) -> int:
        """'The Government Spokesperson revealed that the Prime Minister of Malaysia ...': an
        unnamed official relaying the talks opens the sentence, and its main clause is the
        one reported, after "that" (Thai Government House and Korean presidential office
        readouts relay so). Read once a sentence: the rules ask for the lead's end often."""
        got = self.__dict__.get("_relayed_end")
        if got is None:
            got = self._relayed_end = self._relayed()
        return got

    def _relayed(self) -> int:
        for j in range(min(3, len(self.pieces))):
            if self.view.piece_mention[j] is None:
                continue
            if not self.unnamed_subject(j):
                return 0
            for k in range(j + 2, min(j + 5, len(self.pieces))):
                if self.pieces[k] == "that":
                    verbs = self.pieces[j + 1 : k]
                    relays = verbs[0] in self.lex.reporting or verbs[0] in RELAY_VERBS
                    return k + 1 if relays else 0
            return 0
        return 0

    def unnamed_subject(self, j: int) -> bool:
        """Piece j is a person or pronoun in subject position whom nothing resolved."""
        m = self.mention(j)
        return (
            m is not None
            and not m.actors
            and m.kind in ("person", "pronoun")
            and self.in_subject_position(j)
        )

    def main_subject(self) -> list[int] | None:
        for j in range(self.lead_end(), len(self.pieces)):
            if self.unnamed_subject(j):
                return None  # the sentence's subject is someone we could not name
            if self.mention(j) is not None and self.actors(j) and self.in_subject_position(j):
                if "according" in self.pieces[max(0, j - 6) : j]:
                    continue  # "..., according to a statement by the PM's Office": a source
                m = self.mention(j)
                if (
                    m.kind in ("state", "organization")
                    and j + 1 < len(self.pieces)
                    and self.pieces[j + 1] == "'s"
                ):
                    continue
                return self.chain_right(j)
        return None

    def chain_right(self, k: int) -> list[int]:
        """The subject list starting at piece k: 'The Secretary and the Foreign Minister'."""
        got, j = [k], k + 1
        while (
            j + 1 < len(self.pieces)
            and self.pieces[j] in (",", "and")
            and self.mention(j + 1) is not None
            and self._kind_class(j + 1) == self._kind_class(k)
        ):
            got.append(j + 1)
            j += 2
        if len(got) > 1 and "and" not in self.pieces[k:j]:
            return [k]
        return got

    def unnamed_we(self, a: int) -> bool:
        """A "we" that names no one (it is no mention) opening the cue's clause is its own
        subject: ", and we are (deeply) grateful". The actor further left is not."""
        for k in range(a - 1, max(-1, a - 5), -1):
            if self.mention(k) is not None:
                return False
            if self.pieces[k] == "we":
                # a clause of its own: after a comma, "and" or a quotation mark ("X said we
                # must ..." is X's side speaking, left to the sentence's subject)
                return k == 0 or self.pieces[k - 1] in (",", "and", '"', "“", ";")
            if not self.pieces[k].isalpha() or self.pieces[k] == "and":
                return False
        return False

    def agent(self, cue: Cue, match: re.Match, a: int, after: int, objects: list[int]):
        """The agent's mention pieces: a {subj} in the pattern, an infinitive's frame, the
        mention left of the cue, else the sentence's subject; None when there is none (or
        a passive cue has no object to turn into its agent)."""
        subj = None
        if "subj" in cue.pattern.groupindex and match.start("subj") >= 0:
            subj = self.chain_right(self.view.piece_at(match.start("subj")))
        elif self.unnamed_we(a):
            return None  # '"..., and we are grateful for it," he said': no one named
        if subj is None and cue.mode == "reciprocal":
            subj = self.gerund_subject(a)
        if subj is None and cue.mode == "reciprocal":
            subj = self.owners_inside(a, self.view.piece_at(match.end() - 1) + 1)
        if subj is None:
            subj = self.infinitive_subject(a)
        if subj is None and cue.mode != "reciprocal" and self.obliged_other(a):
            return None  # (the teams of "that the teams should work together" are theirs)
        if subj is None:
            subj = self.stance_owner(a)
        if subj is None:
            subj = self.conveyed_for(a)
        if subj is None:
            subj = self.participle_subject(a)
        if subj is None:
            subj = self.subject_left(a)
            k = self.contacted(a) if subj else None
            if k is not None and subj == [k]:
                # "X called Y to convey thanks": X, who called, conveys them
                subj = self.subject_left(k) or self.main_subject()
            elif subj and self.told(subj):
                # "She informed X about work on sanctions against Y": the one who tells of
                # the act, not the one told, stands behind it
                subj = self.subject_left(subj[0] - 1) or self.main_subject()
        if subj == []:
            return None
        if subj is None:
            subj = self.quote_sayer(a)
        if subj is None:
            subj = self.main_subject()
            if subj and subj[0] >= a and (subj[0] < after or PASSIVE_CLAUSE.search(match[0])):
                subj = None  # "An invitation was extended to X to visit Y": not Y's
        if cue.mode == "passive" and not objects:
            return None
        return subj

    def quote_sayer(self, a: int) -> list[int] | None:
        """'"Indonesia is a vital partner," Mr Peters said.': the one the attribution after a
        quotation names speaks its words, when the words name no subject of their own."""
        pieces = self.pieces
        n = len(pieces) - (pieces[-1:] == ["."])
        if n < 4 or pieces[n - 1] not in SAYERS and pieces[n - 2] not in SAYERS:
            return None
        k = n - 2 if pieces[n - 1] in SAYERS else n - 1  # "X said" or "said X"
        mark = k - 1 if k == n - 2 else k - 2
        if self.mention(k) is None or k <= a or pieces[mark] not in CLOSING_QUOTES:
            return None
        return [k] if self._kind_class(k) == "person" else None

    def owners_inside(self, a: int, b: int) -> list[int] | None:
        """'(agreed to:) develop their trilateral co-operation': with no subject in sight,
        the group a possessive 'their' inside the cue names owns the cooperation."""
        if self.pieces[:a] and any(self.mention(j) is not None for j in range(a)):
            return None
        for k in range(a, b):
            m = self.mention(k)
            if m is not None and m.text.lower() == "their" and len(m.actors) > 1:
                return [k]
        return None

    def our_agents(self, a: int) -> tuple[list[int], list[str]] | None:
        """'discussed our collective efforts to hold X to account', 'our countries are
        supporting X', 'spoke about our ongoing coordination': an act the speakers own with
        'our' is their states' act. The speakers are the sentence's subject (else the
        participants); each person is taken to the state they lead."""
        if "our" not in self.pieces[max(0, a - 6) : a + 1]:
            return None  # the common case, without the walk below
        lo = max(self.clause_start(a), a - 6)
        j = next((k for k in range(a, lo - 1, -1) if self.pieces[k] == "our"), None)
        if j is None or not (set(self.pieces[j + 1 : j + 4]) & OUR_ACTS):
            return None  # "our cooperation", "our continued close cooperation"
        if any(self.mention(k) is not None for k in range(j, a)):
            return None
        head = self.main_subject() or []
        speakers = self.flatten(head) or list(self.doc.participants)
        if len(head) == 1 and self.view.mentions[int(self.pieces[head[0]][1:])].text == "I":
            # a letter's or a leader's "I count on our cooperation": the writer and the one
            # written to, every participant
            speakers = list(dict.fromkeys([*speakers, *self.doc.participants]))
        for k in range(head[-1] + 1 if head else 0, j - 1):
            if self.pieces[k] == "with" and self.mention(k + 1) is not None:
                speakers += self.flatten(self.object_list(k + 1)[0])  # "spoke with Y about our"
                break
        states = []
        for x in speakers:
            st = self.doc.state_of(x) if self.doc.kind(x) == "person" else x
            if st and self.doc.kind(st) == "state" and st not in states:
                states.append(st)
        if not states:
            return None
        return (head or [j]), states

    def gerund_subject(self, a: int) -> list[int] | None:
        """Who does a cooperation verb in -ing: 'the importance of A and B working together'
        (A and B, not the sentence's subject); 'local partners working with X' (a group we
        cannot name: nobody). None when the verb has no such frame."""
        if a < 1 or not self.pieces[a].endswith("ing"):
            return None
        before = self.pieces[a - 1]
        if before in GERUND_HOLDERS:
            return []
        if self.mention(a - 1) is None or not self.actors(a - 1):
            return None
        chain = self.chain_left(a - 1)
        if chain[0] >= 1 and self.pieces[chain[0] - 1] in ("of", "for"):
            return chain
        return None

    def infinitive_subject(self, a: int) -> list[int] | None:
        """Who does 'to VERB': 'collaboration between A and B to hold X to account' (A and
        B); 'vital for the international community to back X' (a wish on someone else,
        not an act: nobody). None when the infinitive has no such frame."""
        if a >= 2 and self.pieces[a - 1] == "to":
            to = a - 1
        elif a >= 3 and self.pieces[a - 2] == "to":
            to = a - 2  # "to provide support to X"
        else:
            return None
        if to >= 3 and self.pieces[to - 2] == "of" and self.pieces[to - 3] in INTENTS:
            if self.actors(to - 1):
                return [to - 1]  # "the readiness of the United Nations to support X"
        if self.requested_of(to - 1):
            return []  # "asked X to support Y": asked for, not done (the request is urges)
        start = self.clause_start(a)
        for j in range(to - 1, max(start, to - 13) - 1, -1):
            p = self.pieces[j]
            if p == "for" and j >= 1 and self.lex.is_("obligation", self.pieces[j - 1]):
                return []
            if p == "between" and self.mention(j + 1) is not None:
                end = self.pieces.index("to", j)
                objs = [k for k in range(j + 1, end) if self.actors(k)]
                return objs if len(self.flatten(objs)) > 1 else None
            if self.lex.is_("clause", p) or p.endswith("ed"):
                return None
        return None

    def obliged_other(self, a: int) -> bool:
        """'agreed that Europe must step up its support for X', 'that the international
        community should increase its aid': a need put on someone no mention names is no
        act of the speakers (ANNOTATION.md 8: it gives topics)."""
        start = self.clause_start(a)
        if start < 2 or self.pieces[start - 1] != "that":
            return False
        span = self.pieces[start:a]
        if not OBLIGED.intersection(span):
            return False
        return not any(p[0] == "@" for p in span)

    def requested_of(self, k: int) -> bool:
        """The actor at piece k is the one a request is put to ("urged X", "called on X",
        "asked the Government of X"), right before an infinitive it is asked to do."""
        if k < 1 or self.mention(k) is None or not self.actors(k):
            return False
        j = self.chain_left(k)[0] - 1
        if j >= 1 and self.pieces[j] in ("on", "upon") and self.pieces[j - 1].startswith("call"):
            return True
        return j >= 0 and self.lex.is_("requesting", self.pieces[j])

    def stance_owner(self, a: int) -> list[int] | None:
        """'reiterated the position of the government of X that ...': the clause is X's
        stance, so X is its agent (ANNOTATION.md 8)."""
        start = self.clause_start(a)
        if start < 4 or self.pieces[start - 1] != "that":
            return None
        if any(self.new_verb_phrase(k) for k in range(start, a)):
            return None  # "... and underscored the need for X to": the speaker again
        for j in range(start - 2, max(0, start - 9), -1):
            if self.pieces[j] in STANCES and self.pieces[j + 1] == "of":
                owners = [k for k in range(j + 2, start - 1) if self.actors(k)]
                return owners[-1:] or None
        return None

    def participle_subject(self, a: int) -> list[int] | None:
        """'X responded by expressing regret at Y's resignation, paying tribute to his work':
        a participle after a comma shares the main clause's subject, not an owner inside
        the phrase before it."""
        if a < 2 or self.pieces[a - 1] != "," or not self.pieces[a].endswith("ing"):
            return None
        subj = self.main_subject()
        return subj if subj and subj[-1] < a - 1 else None

    def conveyed_for(self, a: int) -> list[int] | None:
        """'EAM conveyed the appreciation of the Government of India for X's support': the
        government named after the light verb's noun owns the stance and is its agent."""
        if a < 2 or self.pieces[a - 1] != "the" or self.pieces[a - 2] not in LIGHT_VERBS:
            return None
        k = a + 2
        if self.pieces[a + 1 : k] != ["of"] or k >= len(self.pieces) or self.mention(k) is None:
            return None
        if self.pieces[k + 1 : k + 2] == ["'s"] or self._kind(k) not in ("state", "states"):
            return None
        return [k]

    def voiced_for(self, j: int, k: int) -> bool:
        """'expressed Nigeria's recognition and full support for X': a light verb voicing a
        possessor's stance makes the possessor the agent of the nouns that follow, up to
        the cue (no verb phrase between)."""
        before = self.pieces[j - 2] if j >= 2 and self.pieces[j - 1] == "the" else None
        before = before or (self.pieces[j - 1] if j >= 1 else "")
        if before not in LIGHT_VERBS:
            return False
        if k - j > 9 or "'s" in self.pieces[j + 2 : k]:
            return self.its_again(j, k)
        span = self.pieces[j + 2 : k]
        return not any(self.new_verb_phrase(x) for x in range(j + 2, k)) and all(
            p.isalpha() or p in (",", "-") for p in span
        )

    def its_again(self, j: int, k: int) -> bool:
        """'expressed the Sultanate's support for the programme, and its readiness to work
        with Iraq': a state's stance taken up again by "and its" just before the cue."""
        its = next((x for x in range(k - 1, j + 1, -1) if self.pieces[x] == "its"), None)
        if its is None or k - its > 4 or self.pieces[its - 1] != "and":
            return False
        if self._kind(j) not in ("state", "organization"):
            return False
        return not any(self.new_verb_phrase(x) for x in range(j + 2, k))

    def not_self(self, subj: list[int], subjects: list[str], objects: list[int]) -> list[str]:
        """'He praised Nigeria's role and urged President Buhari to ...': a pronoun bound to
        the very person the verb is aimed at means the other participant of a two-person
        readout."""
        if len(subj) != 1 or self._kind(subj[0]) != "pronoun" or len(subjects) != 1:
            return subjects
        aimed = set(self.flatten([k for k in objects if self._kind(k) != "pronoun"]))
        later = [k for k in range(subj[0] + 1, len(self.pieces)) if self.mention(k) is not None]
        aimed |= {
            a
            for k in later[:3]
            if self._kind(k) == "person" and not self.speaks(k)
            for a in self.actors(k)
        }
        if subjects[0] not in aimed:
            return subjects
        people = [p for p in self.doc.participants if self.doc.kind(p) == "person"]
        others = [p for p in people if p != subjects[0]]
        return others if len(people) == 2 and len(others) == 1 else subjects

    def speaks(self, k: int) -> bool:
        """'..., President X said': the mention at k is a speaker, not someone acted on."""
        nxt = self.pieces[k + 1] if k + 1 < len(self.pieces) else ""
        return nxt in self.lex.reporting or nxt in ("said", "says", "added", "noted")

    def told(self, subj: list[int]) -> bool:
        """The mention at subj is the one told of something ('informed X about', 'briefed
        X on')."""
        k, end = subj[0], subj[-1] + 1
        return (
            k > 0
            and self.pieces[k - 1] in TELLING
            and self.pieces[end : end + 1] in (["about"], ["on"], ["of"])
        )

    def contacted(self, a: int) -> int | None:
        """The piece of X in 'called X to extend ...', 'wrote to X to convey ...' before a."""
        lo = max(0, a - 12)
        window = " ".join(self.pieces[lo:a]) + " "
        if " to " not in window or "@" not in window:
            return None  # every CONTACTED match holds both: most windows have neither
        m = CONTACTED.search(window)
        return self.pieces.index(m["who"] or m["to"], lo) if m is not None else None

    def addressee_before(self, a: int) -> list[str]:
        """'called X to extend his congratulations': the one contacted is the addressee of
        wishes that name none; a sentence opening 'To X,' names them too."""
        k = self.contacted(a)
        if k is None:
            return self.fronted_addressee(a)
        return [x for x in self.actors(k) if self.doc.kind(x) in ("person", "state")]

    def fronted_addressee(self, a: int) -> list[str]:
        """'To Prime Minister X, the President extended congratulations': the addressee put
        before the clause, as one list ending in the comma, of wishes that name none."""
        k = self.message_to(a)
        if k is None:
            if self.pieces[:1] != ["to"] or a < 3:
                return []
            k = 2 if self.pieces[1] == "the" else 1
        if self.mention(k) is None:
            return []
        got, end = self.object_list(k)
        if end < a and self.pieces[end] != "," and "," in self.pieces[k:end]:
            # "In messages to X and Y, the Prime Minister ...": the list ends at the comma
            end = self.pieces.index(",", k)
            got = [g for g in got if g < end]
        if end >= a or self.pieces[end] != ",":
            return []
        return [x for x in self.flatten(got) if self.doc.kind(x) in ("person", "state")]

    def message_to(self, a: int) -> int | None:
        """'In separate messages to X and Y, the Prime Minister conveyed condolences to the
        bereaved families': wishes sent in a message go to its addressees (ANNOTATION.md 8);
        the piece where the addressees begin, when the sentence opens so."""
        if self.pieces[:1] != ["in"] or a < 5:
            return None
        k = 1
        while k < 4 and (
            self.pieces[k] in MESSAGE_OWNERS or self.word_before(k + 1) in MESSAGE_OWNERS
        ):
            k += 1  # "in his message to X": the pronoun is a mention of its own
        if self.pieces[k + 1 : k + 2] != ["to"] or self.pieces[k] not in MESSAGE_NOUNS:
            return None
        k += 2
        return k + 1 if self.pieces[k : k + 1] == ["the"] else k

    def word_before(self, a: int) -> str:
        """The piece before a, as written when it is a mention ('their', not '@3')."""
        m = self.mention(a - 1)
        return m.text.lower() if m is not None else self.pieces[a - 1]

    def verb_slot(self, a: int) -> bool:
        """Piece a stands where a verb would: after its subject, 'to', a modal or 'and'."""
        if a < 1:
            return False
        return self.mention(a - 1) is not None or self.pieces[a - 1] in VERB_BEFORE
