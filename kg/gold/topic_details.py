"""Topics of one readout matched leniently against its gold, and the details `kg eval`
shows of them: each matched pair, each missed and extra topic with the sentence it comes
from, and a count.

Lenient match (the guide's scoring): two topics match when their content words overlap
by half of the shorter one's; each gold topic takes the first free found topic it matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

STOP = {"the", "of", "and", "in", "on", "a", "an", "to", "for", "with", "at", "by"}


def content_words(topic: str) -> set[str]:
    """The words the lenient match compares: lower case, small words left out."""
    return {w for w in re.findall(r"\w+", topic.lower()) if w not in STOP}


def topic_match(a: str, b: str) -> bool:
    ta, tb = content_words(a), content_words(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.5


@dataclass
class TopicPairing:
    """How a readout's found topics meet its gold ones."""

    matched: list[tuple[str, str]] = field(default_factory=list)  # (gold, found)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "matched": [list(p) for p in self.matched],
            "missed": self.missed,
            "extra": self.extra,
        }


def pair_topics(gold: list[str], found: list[str]) -> TopicPairing:
    """Each gold topic with the first found topic not yet taken that matches it."""
    out = TopicPairing()
    used: set[int] = set()
    for g in gold:
        i = next(
            (i for i, p in enumerate(found) if i not in used and topic_match(g, p)),
            None,
        )
        if i is None:
            out.missed.append(g)
        else:
            used.add(i)
            out.matched.append((g, found[i]))
    out.extra = [p for i, p in enumerate(found) if i not in used]
    return out


def topic_sentence(topic: str, sentences: list[str]) -> str | None:
    """The first sentence that holds the topic as written, else the one that holds most
    of its content words (at least half), else None."""
    low = topic.lower()
    for s in sentences:
        if low in s.lower():
            return s
    want = content_words(topic)
    best, score = None, 0.0
    for s in sentences:
        have = want & set(re.findall(r"\w+", s.lower()))
        if want and len(have) / len(want) > score:
            best, score = s, len(have) / len(want)
    return best if score >= 0.5 else None


@dataclass(frozen=True)
class TopicLine:
    """One line of the topic details: a matched pair, or a missed or extra topic with the
    sentence that holds it."""

    kind: str  # "matched", "missed" or "extra"
    topic: str  # the gold topic (matched, missed) or the found one (extra)
    found: str | None = None  # for a matched pair, the found topic
    sentence: str | None = None


def topic_lines(pairing: TopicPairing, sentences: list[str]) -> list[TopicLine]:
    """The pairing as lines: matched pairs first, then missed and extra topics."""
    out = [TopicLine("matched", g, p) for g, p in pairing.matched]
    out += [TopicLine("missed", g, sentence=topic_sentence(g, sentences)) for g in pairing.missed]
    out += [TopicLine("extra", p, sentence=topic_sentence(p, sentences)) for p in pairing.extra]
    return out


def format_topic_details(explained: dict[str, list[TopicLine]]) -> str:
    """Per document, each matched pair (gold ~ found when the wording differs) and each
    missed and extra topic with its sentence; then one line of counts."""
    out = ["topics (lenient match), by document:"]
    counts = {"matched": 0, "exact": 0, "missed": 0, "extra": 0}
    for stem, lines in sorted(explained.items()):
        if lines:
            out.append(stem)
        for line in lines:
            counts[line.kind] += 1
            if line.kind == "matched":
                same = line.found == line.topic
                counts["exact"] += same
                pair = line.topic if same else f"{line.topic}  ~  {line.found}"
                out.append(f"  matched  {pair}")
            else:
                out.append(f"  {line.kind:<7}  {line.topic}")
                out.append(f"           {_quote(line.sentence)}")
    if len(out) == 1:
        out.append("  none")
    m, x, e = counts["matched"], counts["missed"], counts["extra"]
    out.append(
        f"\ntopics: {m + x} gold, {m + e} found; {m} matched "
        f"({counts['exact']} as written, {m - counts['exact']} leniently), "
        f"{x} missed, {e} extra"
    )
    return "\n".join(out) + "\n"


def _quote(sentence: str | None) -> str:
    if not sentence:
        return "(no sentence of the text holds its words)"
    return "\u201c" + " ".join(sentence.split()) + "\u201d"
