"""Score extractions against gold annotation files (ANNOTATION.md section 6)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.extract.gazetteer import Gazetteer, fold, words
from kg.gold.annotations import NameForms, body_sentences, evidence
from kg.gold.topic_details import (
    TopicLine,
    TopicPairing,
    format_topic_details,
    pair_topics,
    topic_lines,
    topic_match,
)
from kg.ingest.metadata import load_meta
from kg.summaries.engagements import Record, groups


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.p, 4),
            "recall": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Acc:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"accuracy": round(self.value, 4), "right": self.right, "total": self.total}


@dataclass(frozen=True)
class Miss:
    """A relation the extractor missed or added, with the sentence that says it.

    For an extra: the extractor's evidence sentence and the rule that fired.
    For a missed one: the gold's own evidence if it has any, else the sentence
    of the text that mentions both actors (None when there is none).
    """

    kind: str  # "missed" or "extra"
    triple: tuple[str, str, str]
    sentence: str | None
    rule: str | None = None


@dataclass
class Scores:
    relations: PRF = field(default_factory=PRF)
    relations_state: PRF = field(default_factory=PRF)
    relations_topic: PRF = field(default_factory=PRF)
    participants: PRF = field(default_factory=PRF)
    topics: PRF = field(default_factory=PRF)
    event_type: Acc = field(default_factory=Acc)
    date: Acc = field(default_factory=Acc)
    initiator: Acc = field(default_factory=Acc)
    location: Acc = field(default_factory=Acc)
    speakers: Acc = field(default_factory=Acc)
    linking: PRF | None = None  # pairs of readouts of one engagement, where meta names them
    documents: int = 0
    per_doc: dict = field(default_factory=dict)
    by_relation: dict[str, PRF] = field(default_factory=dict)
    explained: dict[str, list[Miss]] = field(default_factory=dict)
    explained_topics: dict[str, list[TopicLine]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "relations": self.relations.as_dict(),
            "relations_state_level": self.relations_state.as_dict(),
            "relations_to_topics": self.relations_topic.as_dict(),
            "event_type": self.event_type.as_dict(),
            "date": self.date.as_dict(),
            "participants": self.participants.as_dict(),
            "initiator": self.initiator.as_dict(),
            "location": self.location.as_dict(),
            "statement_speakers": self.speakers.as_dict(),
            "topics": self.topics.as_dict(),
        } | ({"engagement_links": self.linking.as_dict()} if self.linking else {})

    def table(self) -> str:
        rows = [("measure", "P", "R", "F1 / acc", "n")]
        for label, prf in (
            ("relations (as written)", self.relations),
            ("relations (state level)", self.relations_state),
            ("relations to topics", self.relations_topic),
            ("participants", self.participants),
            ("topics", self.topics),
        ):
            rows.append(
                (label, f"{prf.p:.3f}", f"{prf.r:.3f}", f"{prf.f1:.3f}", str(prf.tp + prf.fn))
            )
        for label, acc in (
            ("event type", self.event_type),
            ("event date", self.date),
            ("initiator", self.initiator),
            ("location", self.location),
            ("statement speakers", self.speakers),
        ):
            rows.append((label, "", "", f"{acc.value:.3f}", str(acc.total)))
        if (link := self.linking) is not None:
            rows.append(
                (
                    "engagement links",
                    f"{link.p:.3f}",
                    f"{link.r:.3f}",
                    f"{link.f1:.3f}",
                    str(link.tp + link.fn),
                )
            )
        return _grid(rows) + f"({self.documents} documents)\n"

    def details(self) -> str:
        """Each missed and extra relation by document with its sentence, then scores by
        relation (relations between actors, as written), then the topics of each document
        against its gold (lenient match) and their counts."""
        out = ["missed and extra relations (as written), by document:"]
        for stem, misses in sorted(self.explained.items()):
            if misses:
                out.append(f"{stem}")
            for m in misses:
                rule = f"  [rule: {m.rule}]" if m.rule else ""
                out.append(f"  {m.kind:<6}  {' '.join(m.triple)}{rule}")
                out.append(f"          {_quote(m.sentence)}")
        if len(out) == 1:
            out.append("  none")
        relations = "\n".join(out) + "\n\n" + _grid(_relation_rows(self.by_relation))
        return relations + "\n" + format_topic_details(self.explained_topics)


def _quote(sentence: str | None) -> str:
    if not sentence:
        return "(no sentence of the text names both)"
    return "\u201c" + " ".join(sentence.split()) + "\u201d"


def _relation_rows(by_relation: dict[str, PRF]) -> list[tuple[str, ...]]:
    total = PRF()
    for prf in by_relation.values():
        total.tp, total.fp, total.fn = total.tp + prf.tp, total.fp + prf.fp, total.fn + prf.fn
    rows = [("relation", "gold", "found", "correct", "missed", "extra", "P", "R", "F1")]
    for rel, prf in [*sorted(by_relation.items()), ("all", total)]:
        counts = (prf.tp + prf.fn, prf.tp + prf.fp, prf.tp, prf.fn, prf.fp)
        rows.append((rel, *map(str, counts), f"{prf.p:.3f}", f"{prf.r:.3f}", f"{prf.f1:.3f}"))
    return rows


def _grid(rows: list[tuple[str, ...]]) -> str:
    """Rows as columns: the first left-aligned, the others right-aligned, a rule under the head."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines) + "\n"


class Folder:
    """Canonical names: the gazetteer's forms plus an optional aliases file."""

    def __init__(self, gaz: Gazetteer, aliases: Path | None = None):
        self.gaz = gaz
        self.aliases: dict[str, str] = {}
        if aliases and aliases.exists():
            for line in aliases.read_text(encoding="utf-8").splitlines():
                if line.startswith("#") or "\t" not in line:
                    continue
                a, c = line.split("\t", 1)
                self.aliases[a.strip()] = c.strip()

    def __call__(self, name: str) -> str:
        if name.startswith("topic:"):
            return name
        name = self.aliases.get(name, name)
        if name in self.gaz.actors:  # a canonical name stays itself ("OPEC+" is not OPEC)
            return name
        hit = self.gaz.lookup(words(name)) or self.gaz.lookup(words(fold(name)))
        return hit[0] if hit else name


CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _opening_key(s: str) -> str:
    """The first six words; of a Chinese opening, its first twelve characters (no spaces to
    count words by; punctuation, full- or half-width, left out)."""
    s = re.sub(r"^\W+", "", s)
    if CJK.search(s[:40]):
        return "".join(re.findall(r"\w", s))[:12]
    return " ".join(re.findall(r"\w+", s.lower())[:6])


def _add_by_relation(by_relation: dict[str, PRF], gold: set, pred: set) -> None:
    for rel in {r[1] for r in gold | pred}:
        by_relation.setdefault(rel, PRF()).add(
            {r for r in gold if r[1] == rel}, {r for r in pred if r[1] == rel}
        )


def score_one(
    gold: dict,
    pred: dict,
    fold_name: Callable[[str], str],
    scores: Scores,
    state_of: Callable[[str, str | None], str | None],
) -> dict:
    scores.documents += 1
    g_rel = {
        tuple(fold_name(x) if i != 1 else x for i, x in enumerate(r)) for r in gold["relations"]
    }
    p_rel = {
        tuple(fold_name(x) if i != 1 else x for i, x in enumerate(r)) for r in pred["relations"]
    }
    g_act = {r for r in g_rel if not r[2].startswith("topic:")}
    p_act = {r for r in p_rel if not r[2].startswith("topic:")}
    scores.relations.add(g_act, p_act)
    _add_by_relation(scores.by_relation, g_act, p_act)
    # topic objects, leniently, per (subject, relation)
    g_top = [r for r in g_rel if r[2].startswith("topic:")]
    p_top = [r for r in p_rel if r[2].startswith("topic:")]
    used, tp = set(), 0
    for g in g_top:
        for i, p in enumerate(p_top):
            if i not in used and p[:2] == g[:2] and topic_match(g[2][6:], p[2][6:]):
                used.add(i)
                tp += 1
                break
    scores.relations_topic.tp += tp
    scores.relations_topic.fp += len(p_top) - len(used)
    scores.relations_topic.fn += len(g_top) - tp
    # state level: people rolled up to the state they lead
    leaders: dict[str, str] = {}
    for person, _, body in sorted(r for r in g_rel if r[1] == "leaderOf"):
        # a person leading both a state and a body rolls up to the state
        if person not in leaders or (
            state_of(body, None) == body and state_of(leaders[person], None) != leaders[person]
        ):
            leaders[person] = body
    day = gold.get("event", {}).get("date") or gold.get("published")

    def up(name):
        return leaders.get(name) or state_of(name, day) or name

    def roll(rels):
        return {(up(s), r, up(o)) for s, r, o in rels if r != "leaderOf" and up(s) != up(o)}

    scores.relations_state.add(roll(g_act), roll(p_act))
    ge, pe = gold.get("event", {}), pred.get("event", {})
    scores.event_type.add(ge.get("type") == pe.get("type"))
    scores.date.add(ge.get("date") == pe.get("date"))
    scores.participants.add(
        {fold_name(x) for x in ge.get("participants", [])},
        {fold_name(x) for x in pe.get("participants", [])},
    )
    gi, pi = ge.get("initiator"), pe.get("initiator")
    scores.initiator.add((fold_name(gi) if gi else None) == (fold_name(pi) if pi else None))
    gl, pl = ge.get("location"), pe.get("location")
    scores.location.add((gl or "").lower() == (pl or "").lower())
    by_opening = {_opening_key(s["opening"]): s for s in pred.get("statements", [])}
    wrong = []
    for s in gold.get("statements", []):
        p = by_opening.get(_opening_key(s["opening"]))
        ok = p is not None and fold_name(p["speaker"]) == fold_name(s["speaker"])
        scores.speakers.add(ok)
        if not ok:
            wrong.append((s["opening"], s["speaker"], p["speaker"] if p else None))
    topics = pair_topics(gold.get("topics", []), pred.get("topics", []))
    scores.topics.tp += len(topics.matched)
    scores.topics.fp += len(topics.extra)
    scores.topics.fn += len(topics.missed)
    return {
        "missing": sorted(map(list, g_act - p_act)),
        "extra": sorted(map(list, p_act - g_act)),
        "event": {k: (ge.get(k), pe.get(k)) for k in ge if ge.get(k) != pe.get(k)},
        "speakers_wrong": wrong,
        "topics": topics.as_dict(),
    }


def explain(
    errors: dict,
    gold: dict,
    pred: dict,
    text: str,
    fold_name: Callable[[str], str],
    names: NameForms,
) -> list[Miss]:
    """``score_one``'s missing and extra relations of a document, each with its sentence."""

    def folded(triple) -> tuple[str, str, str]:
        s, rel, o = triple[:3]
        return fold_name(s), rel, fold_name(o)

    said: dict[tuple, dict] = {}
    for ev in pred.get("evidence", []):
        said.setdefault(folded(ev["triple"]), ev)
    gold_said: dict[tuple, str] = {}
    for ev in gold.get("evidence", []):
        if isinstance(ev, dict) and ev.get("triple") and (ev.get("sentence") or ev.get("opening")):
            gold_said.setdefault(folded(ev["triple"]), ev.get("sentence") or ev["opening"])
    sentences = body_sentences(text)
    out = []
    for t in map(tuple, errors["missing"]):
        line = gold_said.get(t)
        if line is None:
            hit = evidence(t, sentences, names)
            line = hit.text if hit else None
        out.append(Miss("missed", t, line))
    for t in map(tuple, errors["extra"]):
        ev = said.get(t, {})
        out.append(Miss("extra", t, ev.get("sentence"), ev.get("rule")))
    return out


def explain_topics(pairing: dict, readout) -> list[TopicLine]:
    """``score_one``'s topic pairing of a document as lines, missed and extra topics with
    the sentence that holds them (the title and other lines when no prose sentence does)."""
    sentences = [s.text for s in body_sentences(readout.text)]
    if readout.title:
        sentences.insert(0, readout.title)
    sentences += [line.strip() for line in readout.text.splitlines() if line.strip()]
    matched = [(g, p) for g, p in pairing["matched"]]
    return topic_lines(TopicPairing(matched, pairing["missed"], pairing["extra"]), sentences)


def select_split(metas: dict[str, dict], split: str, source: str) -> set[str]:
    """The file stems whose meta row has ``"split": split``; an unknown split is an error."""
    stems = {stem for stem, row in metas.items() if row.get("split") == split}
    if not stems:
        known = sorted({str(row["split"]) for row in metas.values() if row.get("split")})
        raise InputError(
            source, f"no file has split '{split}' (splits: {', '.join(known) or 'none'})"
        )
    return stems


def evaluate(
    gold_dir: Path,
    text_dir: Path,
    meta: Path | None = None,
    only: Callable[[str], bool] | None = None,
    split: str | None = None,
    explain_misses: bool = False,
) -> Scores:
    """Extract each text that has a gold file and score it.

    ``split`` keeps the files whose meta row has that split; ``explain_misses``
    fills ``Scores.explained`` with the sentence behind each missed and extra relation.
    """
    from kg.extract import extract, gazetteer
    from kg.ingest import read_file

    gaz = gazetteer.load()
    aliases = gold_dir.parent / "aliases.tsv"
    if not aliases.exists():
        aliases = gold_dir.parent.parent / "aliases.tsv"
    fold_name = Folder(gaz, aliases)
    metas = load_meta(meta)
    in_split = select_split(metas, split, str(meta)) if split else None
    names = NameForms(gaz)
    scores = Scores()
    events: dict[str, dict] = {}

    def state_of(name: str, day: str | None) -> str | None:
        actor = gaz.actors.get(name)
        if actor and actor.kind == "state":
            return name
        offices = gaz.offices_of(name, day if day and len(day) == 10 else None)
        if offices:
            return offices[0].of
        actor = gaz.actors.get(name)
        return actor.country if actor else None

    for gold_path in sorted(gold_dir.glob("*.json")):
        stem = gold_path.stem
        if (only and not only(stem)) or (in_split is not None and stem not in in_split):
            continue
        candidates = [text_dir / f"{stem}{ext}" for ext in (".txt", ".html", ".htm")]
        text_path = next((c for c in candidates if c.exists()), None)
        if text_path is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        m = metas.get(stem, {})
        kw = {k: m.get(k) for k in ("published", "publisher", "url") if m.get(k)}
        readouts = [r for r in read_file(text_path, **kw) if not isinstance(r, Exception)]
        if not readouts:
            continue
        pred = extract(readouts[0]).to_json(evidence=explain_misses)
        scores.per_doc[stem] = score_one(gold, pred, fold_name, scores, state_of)
        # Linking dates a readout as the store does: its engagement, else its publication.
        events[stem] = pred["event"] | {"date": pred["event"].get("date") or readouts[0].published}
        if explain_misses:
            scores.explained[stem] = explain(
                scores.per_doc[stem], gold, pred, readouts[0].text, fold_name, names
            )
            scores.explained_topics[stem] = explain_topics(
                scores.per_doc[stem]["topics"], readouts[0]
            )
    if any("engagement" in metas.get(stem, {}) for stem in events):
        scores.linking = score_links(events, metas, state_of)
    return scores


def score_links(events: dict[str, dict], metas: dict[str, dict], state_of) -> PRF:
    """Pairwise precision and recall of engagement linking against ``engagement`` in meta.

    The extracted events are linked as ``kg build`` links readouts (engagements
    module), with participants folded into states by the gazetteer's offices.
    """
    records = []
    for stem, e in events.items():
        day = e.get("date") if e.get("date") and len(e["date"]) == 10 else None
        parties = frozenset(state_of(p, day) or p for p in e.get("participants", ()))
        records.append(Record(stem, day, e.get("type"), parties))
    pred = {pair for grp in groups(records) for pair in _pairs(r.graph for r in grp)}
    by_id: dict[str, list[str]] = {}
    for stem in events:
        if eid := metas.get(stem, {}).get("engagement"):
            by_id.setdefault(eid, []).append(stem)
    gold = {pair for stems in by_id.values() for pair in _pairs(stems)}
    prf = PRF()
    prf.add(gold, pred)
    return prf


def _pairs(items) -> set[tuple[str, str]]:
    items = sorted(items)
    return {(a, b) for i, a in enumerate(items) for b in items[i + 1 :]}
