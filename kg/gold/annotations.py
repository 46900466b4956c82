"""Hand annotations (the gold format of ANNOTATION.md section 6) into the graph.

A gold file says what a readout asserts but not where; the graph wants a
sentence behind every claim. So each relation gets, as evidence, the first
body sentence that mentions both of its actors (by name, alias, adjective or
surname), preferring one with a cue of its relation
(``kg/data/annotations/evidence.tsv``), else the first body sentence, with the
rule ``gold annotation``.
Sentences are split here, not by the extractor, so a hand-annotated graph
does not move when the extractor's rules do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.errors import InputError, KgError
from kg.extract.gazetteer import Gazetteer, fold, words
from kg.extract.text import ABBREVIATIONS  # one list: the extractor and the gold split alike
from kg.ingest.metadata import load_meta
from kg.model import (
    EVENT_TYPES,
    RELATIONS,
    Event,
    Extraction,
    Readout,
    Relation,
    Span,
    Statement,
)
from kg.rdf.iris import digest, slug
from kg.rdf.vocab import BACKGROUND
from kg.resources import data_file, read_tsv

RULE = "gold annotation"
VERSION_PREFIX = "gold:"
TEXT_SUFFIXES = (".txt", ".html", ".htm")
# Objects of these relations are organisations even when the gazetteer lacks them.
ORG_OBJECT = {"memberOf", "cooperatesVia"}
PARTICLES = {
    "da",
    "de",
    "del",
    "der",
    "di",
    "do",
    "dos",
    "du",
    "van",
    "von",
    "bin",
    "al",
    "el",
    "la",
    "le",
    "y",
    "jr",
    "sr",
    "ii",
    "iii",
}
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
PARA_NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(\w\)|[•\-–*])\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def body_sentences(text: str) -> list[Sentence]:
    """Sentences of the prose paragraphs: lines ending like a sentence, of five words or more.

    Titles, breadcrumbs, datelines and "Suggest To A Friend" lines are not prose.
    """
    out: list[Sentence] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, body = pos, line.rstrip("\r\n")
        pos += len(line)
        stripped = body.strip()
        if len(stripped.split()) < 5 or not stripped.rstrip("\"”’')]").endswith((".", "!", "?")):
            continue
        offset = start + (len(body) - len(body.lstrip()))
        para = stripped
        begin = 0
        for m in SENTENCE_END.finditer(para):
            last = para[begin : m.start()].split()
            last_word = last[-1].lower().rstrip(".") if last else ""
            if (
                last_word in ABBREVIATIONS
                or (len(last_word) == 1 and last_word.isalpha())
                or re.fullmatch(r"\w(\.\w)+", last_word)
            ):
                continue
            end = m.start() + len(m.group().rstrip())
            out.append(Sentence(offset + begin, offset + end, para[begin:end]))
            begin = m.end()
        if para[begin:].strip():
            out.append(Sentence(offset + begin, offset + len(para), para[begin:]))
    return out


def _opening_key(text: str) -> tuple[str, ...]:
    text = PARA_NUMBER.sub("", text).lstrip("\"“'‘ ")
    return tuple(w.lower() for w in words(text)[:6])


@dataclass
class NameForms:
    """Canonical names, kinds and the surface forms that mention each actor."""

    gaz: Gazetteer
    _forms: dict[str, re.Pattern | None] = field(default_factory=dict)

    def canonical(self, name: str) -> str:
        name = name.strip()
        if name.startswith("topic:") or name in self.gaz.actors:
            return name
        hit = self.gaz.lookup(words(name)) or self.gaz.lookup(words(fold(name)))
        return hit[0] if hit and hit[1] in ("name", "official", "alias") else name

    def kind(self, name: str) -> str | None:
        a = self.gaz.actors.get(name)
        return a.kind if a else None

    def forms(self, name: str) -> list[str]:
        if name.startswith("topic:"):
            return [name[6:]]
        a = self.gaz.actors.get(name)
        forms = {name, fold(name)}
        if a is not None:
            forms.update(a.aliases)
            if a.kind == "state":
                forms.update(adj for adj, state in self.gaz.adjectives.items() if state == name)
        if a is None or a.kind == "person":
            forms.update(s for s, names in self.gaz.surnames.items() if name in names)
            for tok in words(fold(name)) + words(name):
                if len(tok) >= 2 and tok[0].isupper() and tok.lower() not in PARTICLES:
                    forms.add(tok)
        return sorted(f for f in forms if f)

    def pattern(self, name: str) -> re.Pattern | None:
        if name not in self._forms:
            forms = self.forms(name)
            if not forms:
                self._forms[name] = None
            else:
                alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                flags = re.IGNORECASE if name.startswith("topic:") else 0
                self._forms[name] = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", flags)
        return self._forms[name]

    def mentions(self, name: str, sentence: Sentence) -> bool:
        p = self.pattern(name)
        return bool(p and p.search(sentence.text))


def _span(s: Sentence) -> Span:
    return Span(s.start, s.end, s.text)


def _fallback(text: str, sentences: list[Sentence]) -> Span:
    if sentences:
        return _span(sentences[0])
    stripped = text.strip()
    start = text.index(stripped[0]) if stripped else 0
    return Span(start, start + len(stripped), stripped)


@cache
def cues() -> dict[str, re.Pattern]:
    """Relation -> the words that say it, from ``kg/data/annotations/evidence.tsv``."""
    out: dict[str, list[str]] = {}
    for row in read_tsv(data_file("annotations", "evidence.tsv")):
        out.setdefault(row["relation"], []).append(row["pattern"])
    return {
        rel: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
        for rel, pats in out.items()
    }


def evidence(
    triple: tuple[str, str, str], sentences: list[Sentence], names: NameForms
) -> Sentence | None:
    """The sentence that best evidences ``triple``, or None.

    In order of preference, the first sentence that mentions: both actors and
    a cue of the relation; the object and a cue (the subject is often a
    pronoun: "He thanked China"); the subject and a cue (the other way round
    for ``leaderOf``); both actors.
    """
    s, rel, o = triple
    cue = cues().get(rel)
    if cue is not None:
        cued = [x for x in sentences if cue.search(x.text)]
        # An office holder is named with the title; the office's state may be implicit.
        order = ((s, o), (s,), (o,)) if rel == "leaderOf" else ((s, o), (o,), (s,))
        for wanted in order:
            hit = next((x for x in cued if all(names.mentions(a, x) for a in wanted)), None)
            if hit is not None:
                return hit
    return next((x for x in sentences if names.mentions(s, x) and names.mentions(o, x)), None)


def to_extraction(gold: dict, readout: Readout, gaz: Gazetteer) -> Extraction:
    """The ``Extraction`` a gold record describes, with evidence found in ``readout.text``."""
    names = NameForms(gaz)
    sentences = body_sentences(readout.text)
    fallback = _fallback(readout.text, sentences)
    kinds: dict[str, str] = {}

    # One label per topic IRI: "Free and Open Indo-Pacific" and "free and open
    # indo-pacific" name the same topic, so the first spelling seen is kept.
    # Topics the gazetteer names (its background graph labels them) keep its spelling.
    topic_labels = {slug(n): n for n, a in gaz.actors.items() if a.kind == "topic"}
    for t in gold.get("topics") or ():
        topic_labels.setdefault(slug(t), t)

    def actor(name: str, default: str) -> str:
        c = names.canonical(name)
        if c.startswith("topic:"):
            return "topic:" + topic_labels.setdefault(slug(c[6:]), c[6:])
        kinds.setdefault(c, names.kind(c) or default)
        return c

    ev = gold.get("event") or {}
    participants = tuple(dict.fromkeys(actor(p, "person") for p in ev.get("participants") or ()))
    event = Event(
        type=ev.get("type"),
        date=ev.get("date"),
        participants=participants,
        initiator=actor(ev["initiator"], "person") if ev.get("initiator") else None,
        location=ev.get("location"),
    )
    relations: list[Relation] = []
    seen = set()
    for s, rel, o in gold.get("relations") or ():
        triple = (
            actor(s, "person"),
            rel,
            actor(o, "organization" if rel in ORG_OBJECT or rel == "leaderOf" else "person"),
        )
        if triple in seen:
            continue
        seen.add(triple)
        hit = evidence(triple, sentences, names)
        relations.append(Relation(triple[0], rel, triple[2], _span(hit) if hit else fallback, RULE))
    statements = []
    by_opening = {}
    for x in sentences:
        by_opening.setdefault(_opening_key(x.text), x)
    for st in gold.get("statements") or ():
        speaker = st["speaker"]
        if speaker == "both":
            joint = participants
            if not joint:
                continue  # nobody to attribute a joint statement to
        else:
            speaker, joint = actor(speaker, "person"), ()
        hit = by_opening.get(_opening_key(st["opening"]))
        statements.append(
            Statement(st["opening"], speaker, st["act"], _span(hit) if hit else fallback, joint)
        )
    topics = tuple(dict.fromkeys(topic_labels[slug(t)] for t in gold.get("topics") or ()))
    return Extraction(readout, event, tuple(relations), topics, tuple(statements), actors=kinds)


def check_gold(data, source: str) -> dict:
    """The gold record, or an InputError saying what about it is not the annotation format."""
    if not isinstance(data, dict):
        raise InputError(source, "gold file is not a JSON object")
    ev = data.get("event")
    if ev is not None and not isinstance(ev, dict):
        raise InputError(source, "'event' is not an object")
    ev = ev or {}
    if ev.get("type") is not None and ev["type"] not in EVENT_TYPES:
        raise InputError(
            source, f"unknown event type '{ev['type']}' (one of {', '.join(EVENT_TYPES)})"
        )
    date = ev.get("date")
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}", str(date)):
        raise InputError(source, f"event date '{date}' is neither YYYY-MM-DD nor --MM-DD")
    for where, key in (
        (ev, "participants"),
        (data, "relations"),
        (data, "topics"),
        (data, "statements"),
    ):
        if not isinstance(where.get(key) or [], list):
            raise InputError(source, f"'{key}' is not a list")
    for i, r in enumerate(data.get("relations") or ()):
        if not (
            isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) and x.strip() for x in r)
        ):
            raise InputError(source, f"relation {i + 1} is not [subject, relation, object]")
        if r[1] not in RELATIONS:
            raise InputError(source, f"relation {i + 1} has unknown relation '{r[1]}'")
        if r[0].startswith("topic:"):
            raise InputError(source, f"relation {i + 1} has a topic as its subject")
    for i, st in enumerate(data.get("statements") or ()):
        if not (
            isinstance(st, dict)
            and all(
                isinstance(st.get(k), str) and st[k].strip() for k in ("opening", "speaker", "act")
            )
        ):
            raise InputError(source, f"statement {i + 1} lacks an opening, speaker or act")
    return data


def read_gold(path: Path) -> dict:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise InputError(str(path), "gold file is not UTF-8") from None
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise InputError(str(path), f"broken JSON ({exc})") from None
    return check_gold(data, str(path))


@dataclass
class ImportSummary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0

    def lines(self) -> list[str]:
        line = (
            f"gold files: added {self.added}, replaced {self.replaced}, "
            f"unchanged {self.unchanged}, failed {len(self.failed)}; "
            f"{self.triples} triples written"
        )
        return [line]


def gold_pairs(gold_dir: Path, text_dir: Path) -> Iterator[tuple[Path, Path | None]]:
    """Each gold file with the readout text of the same name (None when there is none)."""
    for gold in sorted(gold_dir.glob("*.json")):
        text = next(
            (
                text_dir / f"{gold.stem}{s}"
                for s in TEXT_SUFFIXES
                if (text_dir / f"{gold.stem}{s}").is_file()
            ),
            None,
        )
        yield gold, text


def import_gold(
    gold_dir: Path,
    text_dir: Path,
    store,
    meta: Path | None = None,
    on_error: Callable[[KgError], None] | None = None,
) -> ImportSummary:
    """Put each gold file's readout graph in ``store``; bad files are reported and skipped.

    A graph's version is ``gold:<hash of the gold record>``, so importing the
    same files again changes nothing and an edited gold file replaces its graph.
    """
    from kg.extract import gazetteer
    from kg.ingest import read_file
    from kg.rdf.graphs import (
        background_triples,
        input_hash,
        readout_graph_iri,
        readout_triples,
    )
    from kg.summaries import tracker as summaries

    gaz = gazetteer.load()
    summary = ImportSummary()

    def fail(err: KgError) -> None:
        summary.failed.append((err.source, err.reason))
        if on_error:
            on_error(err)

    metas = {}
    try:
        metas = load_meta(meta)
    except InputError as err:
        fail(err)
    store.replace_graph(BACKGROUND, background_triples(gaz))
    tracker = summaries.Tracker(store)
    for gold_path, text_path in gold_pairs(Path(gold_dir), Path(text_dir)):
        try:
            gold = read_gold(gold_path)
            if text_path is None:
                raise InputError(str(gold_path), f"no readout text of that name in {text_dir}")
            m = metas.get(gold_path.stem, {})
            kw = {k: m.get(k) or gold.get(k) for k in ("published", "publisher", "url", "title")}
            kw = {k: str(v) for k, v in kw.items() if v}
            items = list(read_file(text_path, **kw))
            errors = [x for x in items if isinstance(x, KgError)]
            if errors:
                raise errors[0]
            if len(items) != 1:
                raise InputError(str(text_path), f"holds {len(items)} readouts, not one")
            readout = items[0]
            version = VERSION_PREFIX + digest(json.dumps(gold, sort_keys=True, ensure_ascii=False))
            ex = to_extraction(gold, readout, gaz)
        except KgError as err:
            fail(err)
            continue
        graph = str(readout_graph_iri(ex))
        state = store.readout_state(graph)
        if state == (input_hash(readout.text), version):
            summary.unchanged += 1
            continue
        olds = [g for g in store.graphs_for_source(readout.source) if g != graph]
        tracker.mark()
        tracker.leaving([graph, *olds])
        for old in olds:
            store.remove_graph(old)
        summary.triples += store.replace_graph(graph, readout_triples(ex, gaz, version))
        tracker.arrived([graph])
        if state is None:
            summary.added += 1
        else:
            summary.replaced += 1
    tracker.finish()
    store.flush()
    return summary
