"""Topics named as a sentence's subject: "Climate change was also discussed", "Trade
featured prominently", "Migration was high on the agenda" (ANNOTATION.md section 4: what
the engagement covered, however the sentence is built)."""

from __future__ import annotations

import re

# every sentence this module reads holds one of these: most sentences are skipped at once
GATE = ("discussed", "agenda", "featur", "dominated", "raised", "topic", "addressed", "covered")
# the verb after the subject, found by str.find (a regex trying each subject length cost
# more than the rest of topics' new rules)
VERBS = (" was ", " were ", " featured", " figured", " also featured", " dominated")
PREDICATE = re.compile(
    r" (?:(?:was|were) (?:also |briefly |extensively |thoroughly |likewise |further |then )*"
    r"(?:discussed|raised|addressed|covered|on the agenda|high on the agenda|"
    r"(?:a |the |one of the )?(?:key |major |central |main |prominent |important )?"
    r"(?:topics?|themes?|focus|subjects?) (?:of|at|in|on|during)|"
    r"among the (?:topics|issues|subjects|themes))|"
    r"(?:also )?(?:featured|figured)|(?:also )?dominated the (?:talks|discussions?|agenda|"
    r"meeting|conversation|exchange))\b"
)
SUBJECT = re.compile(
    # an opener before the subject ("In the talks, ", "During the call, ")
    r"(?:(?:In|During|At|Over) [^,]{1,40}, )?"
    r"(?:(?:The )?(?:issues?|questions?|subjects?|matters?|topics?) of )?"
    r"(?P<s>[A-Za-z][\w’'\- ,]{1,90})"
)
# a subject led by a pronoun or an actor's word is no topic ("They were ...", "It was ...")
NOT_TOPIC = re.compile(
    r"^(?:it|this|that|these|those|they|he|she|we|i|both|all|each|the (?:two )?(?:sides|"
    r"leaders|ministers|parties|delegations|countries))\b",
    re.IGNORECASE,
)


def subject_topics(text: str) -> str | None:
    """The subject of a sentence that says it was discussed, or None."""
    if not any(map(text.__contains__, GATE)):
        return None
    ends = [i for i in (text.find(v) for v in VERBS) if i > 0]
    if not ends:
        return None
    end = min(ends)
    if not PREDICATE.match(text, end):
        return None
    m = SUBJECT.fullmatch(text, 0, end)
    if not m or NOT_TOPIC.match(m["s"]):
        return None
    return m["s"]
