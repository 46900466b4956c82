"""Who visits and who hosts, once a visits or hosts cue has matched (ANNOTATION.md 2, 7, 8).

A mixin of SentenceRules (kg.extract.relations), like CooperationRules: it reads the
sentence's mentions through the methods SentenceRules defines. Split out of relations.py so
that the visit and hosting rules sit together and relations.py stays under ~600 lines.
"""

from __future__ import annotations


class VisitRules:
    """The visits and hosts rules of SentenceRules."""

    def visit_parties(self, subj, subjects, objects, targets):
        """Visitors are people, and what they visit is a state or place not their own."""
        places = [
            a
            for k in objects
            if (m := self.mention(k)) is not None and m.kind == "place"
            for a in m.actors
        ]
        targets = [o for o in targets if self.doc.kind(o) == "state"] + places
        subjects = [x for x in subjects if self.doc.kind(x) == "person"]
        pronoun = any((m := self.mention(k)) is not None and m.kind == "pronoun" for k in subj)
        if pronoun and len(subjects) == 1 and self.doc.state_of(subjects[0]) in targets:
            # "during her visit to Japan" is not the Japanese host's: the visitor
            # is the participant from elsewhere
            away = [
                p
                for p in self.doc.participants
                if self.doc.state_of(p) not in targets and self.doc.kind(p) == "person"
            ]
            if len(away) == 1:
                subjects = away
        elif subjects and all(self.doc.state_of(x) in targets for x in subjects):
            # "X met Y during a visit to Jakarta": the host is no visitor of their own state;
            # the visitor is the one person of the sentence from elsewhere
            away = {
                a
                for m in self.view.mentions
                if m.kind == "person"
                for a in m.actors
                if self.doc.kind(a) == "person" and self.doc.state_of(a) not in targets
            }
            if len(away) == 1:
                subjects = list(away)
        targets = [o for o in targets if all(self.doc.state_of(x) != o for x in subjects)]
        return subjects, targets

    def visit_destination(self, subjects: list[str]) -> list[str]:
        """'X, who is on a two-day official visit, called on President Y': a visit that names
        no destination goes to the state of the one other person the sentence names (Sri
        Lanka's and Nepal's offices write the guest's visit so), when there is one."""
        if len(subjects) != 1 or self.doc.kind(subjects[0]) != "person":
            return []
        own = self.doc.state_of(subjects[0])
        states = {
            self.doc.state_of(a)
            for m in self.view.mentions
            if m.kind in ("person", "role")
            for a in m.actors
            if a != subjects[0] and self.doc.kind(a) == "person"
        }
        states.discard(None)
        states.discard(own)
        return list(states) if len(states) == 1 and own else []

    def on_a_visit(self, a: int, b: int) -> bool:
        """'(who is) on a two-day official visit' with nothing after "visit": a visit under
        way whose destination goes unsaid ("his visit to and engagement with X", "his visit
        would ..." are not)."""
        return "on" in self.pieces[max(0, a - 7) : a] and self.pieces[b : b + 1] in (
            [","],
            ["."],
            ["and"],
            ["at"],
        )

    def hosted_in(self, b: int) -> str | None:
        """The state of the place a reception is given in: "welcoming X in Asuncion"."""
        end = min(self.clause_end(b), b + 8)
        for k in range(b, end - 1):
            if self.pieces[k] == "in":
                m = self.mention(k + 1)
                if m is not None and m.how == "capital" and len(m.actors) == 1:
                    return m.actors[0]
        return None

    def host_parties(
        self, subjects: list[str], targets: list[str], place: str | None = None
    ) -> tuple[list, list]:
        """The host is a person or a state (ANNOTATION.md 2): "The Secretary-General of the
        OIC, <unknown name>, received X" gives no host rather than the body; a group of
        guests ("in honour of the leaders") leaves out the host's own state's people; of
        several hosts, a welcome "in Asuncion" is given by those of the place's state."""
        targets = [o for o in targets if self.doc.kind(o) == "person"]
        subjects = [s for s in subjects if self.doc.kind(s) != "organization"]
        if place and len(subjects) > 1:
            there = [s for s in subjects if (self.doc.state_of(s) or s) == place]
            subjects = there or subjects
        if len(targets) > 1:
            home = {self.doc.state_of(s) or s for s in subjects}
            targets = [o for o in targets if self.doc.state_of(o) not in home]
        return subjects, targets
