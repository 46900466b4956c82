"""Score extractions against gold annotation files (ANNOTATION.md section 6)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.gazetteer import Gazetteer, fold, words

STOP = {"the", "of", "and", "in", "on", "a", "an", "to", "for", "with", "at", "by"}


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
    documents: int = 0
    per_doc: dict = field(default_factory=dict)

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
        }

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
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        lines = [
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))
            )
            for r in rows
        ]
        lines.insert(1, "-" * len(lines[0]))
        return "\n".join(lines) + f"\n({self.documents} documents)\n"


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
        hit = self.gaz.lookup(words(name)) or self.gaz.lookup(words(fold(name)))
        return hit[0] if hit else name


def _topic_match(a: str, b: str) -> bool:
    ta = {w for w in re.findall(r"\w+", a.lower()) if w not in STOP}
    tb = {w for w in re.findall(r"\w+", b.lower()) if w not in STOP}
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def _lenient(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    used, tp = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _topic_match(g, p):
                used.add(i)
                tp += 1
                break
    return tp, len(pred) - len(used), len(gold) - tp


def _opening_key(s: str) -> str:
    s = re.sub(r"^\W+", "", s)
    return " ".join(re.findall(r"\w+", s.lower())[:6])


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
    # topic objects, leniently, per (subject, relation)
    g_top = [r for r in g_rel if r[2].startswith("topic:")]
    p_top = [r for r in p_rel if r[2].startswith("topic:")]
    used, tp = set(), 0
    for g in g_top:
        for i, p in enumerate(p_top):
            if i not in used and p[:2] == g[:2] and _topic_match(g[2][6:], p[2][6:]):
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
    tp, fp, fn = _lenient(gold.get("topics", []), pred.get("topics", []))
    scores.topics.tp += tp
    scores.topics.fp += fp
    scores.topics.fn += fn
    return {
        "missing": sorted(map(list, g_act - p_act)),
        "extra": sorted(map(list, p_act - g_act)),
        "event": {k: (ge.get(k), pe.get(k)) for k in ge if ge.get(k) != pe.get(k)},
        "speakers_wrong": wrong,
    }


def load_meta(path: Path | None) -> dict[str, dict]:
    """meta.jsonl: one object per line with ``file`` and metadata (published, publisher...)."""
    out: dict[str, dict] = {}
    if not path:
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[Path(row.get("file", "")).stem] = row
    return out


def evaluate(
    gold_dir: Path,
    text_dir: Path,
    meta: Path | None = None,
    only: Callable[[str], bool] | None = None,
) -> Scores:
    """Extract each text that has a gold file and score it."""
    from kg.extract import extract, gazetteer
    from kg.ingest import read_file

    gaz = gazetteer.load()
    aliases = gold_dir.parent / "aliases.tsv"
    if not aliases.exists():
        aliases = gold_dir.parent.parent / "aliases.tsv"
    fold_name = Folder(gaz, aliases)
    metas = load_meta(meta)
    scores = Scores()

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
        if only and not only(stem):
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
        pred = extract(readouts[0]).to_json(evidence=False)
        scores.per_doc[stem] = score_one(gold, pred, fold_name, scores, state_of)
    return scores
