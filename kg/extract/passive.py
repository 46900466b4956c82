"""Acts with no named agent in a two-person readout: 'Ways to strengthen cooperation were
discussed', 'Gratitude was expressed to Italy for its support', 'The meeting reviewed ways
to develop relations' (issue 13, round 5).

Readouts from many offices put what the two sides did in the passive. With exactly two
people taking part and no 'by X', the agent is both of them (a joint act) or, for a one-way
act toward one side, the other one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.found import Found

# the passive of a joint act of the two sides, with no agent named
JOINT_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been) (?:also |further |again |then )?"
    r"(?:discussed|considered|reviewed|explored|emphasi[sz]ed|stressed|underlined|noted|"
    r"reaffirmed|reiterated|expressed|agreed|highlighted|confirmed|addressed|exchanged|"
    r"conveyed|extended)\b(?! by)"
)
# "The meeting reviewed ...": the engagement itself as the subject stands for both sides
JOINT_SUBJECT = re.compile(
    r"^(?:during the (?:meeting|talks|call) , )?the (?:meeting|talks|call|phone call|"
    r"conversation|discussions?|session) (?:also |further )?(?:reviewed|discussed|explored|"
    r"touched (?:on|upon)|dealt with|addressed|tackled|focused on|covered|stressed|"
    r"emphasi[sz]ed|affirmed|underlined)\b"
)
ONE_WAY = {"thanks", "praises", "congratulates", "condoles", "supports", "invites", "urges"}


class PassiveRules:
    """The agentless-passive rules of SentenceRules."""

    def passive_people(self) -> list[str]:
        """The two people of the readout when this sentence reports a joint act in the
        passive with no agent, else none."""
        people = [p for p in self.doc.participants if self.doc.kind(p) == "person"]
        # "..., according to a statement by the PM's Media Office": a source, no agent
        masked = self.view.masked.split(" , according to ", 1)[0]
        if len(people) != 2 or " by @" in masked:
            return []
        joint = JOINT_PASSIVE.search(masked) or JOINT_SUBJECT.match(masked)
        return people if joint else []

    def agentless(self, cue, match, a, b, objects, after, rule) -> Iterator[Found]:
        """A cue with no agent in a joint passive: cooperation between the two people; a
        one-way act toward one side from the other person."""
        people = self.passive_people()
        if not people or self.negated(0, b):
            return
        modality = self.modality(0, b)
        if cue.mode == "reciprocal":
            yield from self.cooperation(cue, people, objects, a, b, after, rule, modality)
            return
        if cue.mode not in ("active", "topic") or cue.relation not in ONE_WAY:
            return
        for o in self.targets(cue, match, cue.relation, people, objects, b):
            if o.startswith("topic:"):
                continue
            givers = [p for p in people if p != o and self.doc.state_of(p) != o]
            if len(givers) == 1:
                yield Found(givers[0], cue.relation, o, rule, modality)
                if cue.relation == "thanks":
                    yield from self.thanks_for(givers, [o], after, rule, modality)
