"""A Chinese or Russian readout being read: sentences, mentions, participants, masks."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.gazetteer import Gazetteer
from kg.extract.native import mentions, names, ru, zh
from kg.extract.native.sentence import Sent
from kg.model import Readout

READERS = {"zh": zh, "ru": ru}
JOIN = {"zh": "", "ru": " "}
# Words after which a mention is not the subject of what follows (同X, 向X; с X, по X).
PREPOSITIONS = {
    "zh": set("同与和跟向对为在就应从给将把被及") | {"代表", "会见", "会晤", "致电", "祝贺"},
    "ru": {"с", "со", "по", "к", "ко", "в", "во", "о", "об", "от", "для", "у", "при", "между",
           "против", "за", "на", "президент", "глава", "имя"},
}  # fmt: skip


@dataclass
class NativeDoc:
    readout: Readout
    lang: str
    gaz: Gazetteer
    sents: list[Sent]
    title: Sent | None = None
    lead: int = 0  # index of the first sentence of the body
    headline: int = 0  # 1 when the text opens with its headline (which reports no statement)
    day: str | None = None
    participants: list[str] = field(default_factory=list)
    home: str | None = None

    def state_of(self, name: str) -> str | None:
        actor = self.gaz.actors.get(name)
        if actor is None:
            return None
        if actor.kind != "person":
            return name
        offices = self.gaz.offices_of(name, self.day)
        states = [t.of for t in offices if self.gaz.actors.get(t.of, None) is not None]
        for of in states:
            if self.gaz.actors[of].kind == "state":
                return of
        if states:
            return states[0]
        return actor.country

    def others(self, name: str) -> list[str]:
        mine = self.state_of(name)
        return [p for p in self.participants if p != name and self.state_of(p) != mine]


def read(readout: Readout, lang: str, gaz: Gazetteer) -> NativeDoc:
    reader = READERS[lang]
    text = readout.text
    sents = reader.sentences(text)
    doc = NativeDoc(readout, lang, gaz, sents, day=readout.published)
    if sents and _looks_like_title(text, sents[0]):
        doc.headline = 1
        if readout.title is None:
            doc.title, doc.lead = sents[0], 1
    while doc.lead < len(sents) - 1 and (
        _bare_date(sents[doc.lead], lang) or _looks_like_title(text, sents[doc.lead])
    ):
        doc.lead += 1
    return doc


def _looks_like_title(text: str, first: Sent) -> bool:
    """A first line with no closing stop, alone in its paragraph."""
    line_end = text.find("\n", first.start)
    return (
        line_end != -1
        and first.end <= line_end
        and not first.text.rstrip().endswith(("。", ".", "!", "?", "！", "？"))
        and len(first.text) < 160
    )


def _bare_date(sent: Sent, lang: str) -> bool:
    if lang == "ru":
        return len(sent.tokens) <= 5 and ru.first_date(sent.text, None) is not None
    short = len(sent.tokens) <= 14 and "。" not in sent.text
    return short and zh.first_date(sent.text, None) is not None


def find_mentions(doc: NativeDoc) -> None:
    trie = names.table(doc.lang)
    forms = names.inflections(doc.lang)
    for s in doc.sents:
        if forms:
            s.keys = [
                k | forms.get(t.lower().replace("ё", "е"), k) for t, k in zip(s.tokens, s.keys)
            ]
        s.mentions = mentions.find(s, trie, doc.gaz, doc.day, doc.lang, names.plurals(doc.lang))


def subject_ok(doc: NativeDoc, s: Sent, m: mentions.Mention) -> bool:
    """Not the object of a preposition (同X, с X), and in Russian a word that can be in the
    nominative ('Премьер-министра встретил вице-премьер': the guest is no subject)."""
    if doc.lang == "ru" and not (m.as_listed or ru.nominative(s.tokens[m.t0])):
        return False
    if m.t0 == 0:
        return True
    prev = s.shown[m.t0 - 1]
    if doc.lang == "zh" and m.t0 >= 2 and s.shown[m.t0 - 2] + prev in PREPOSITIONS["zh"]:
        return False
    return prev not in PREPOSITIONS[doc.lang]


def mask(doc: NativeDoc, s: Sent) -> None:
    """The masked sentence and, for each of its characters, the token it comes from."""
    by_start = {m.t0: k for k, m in enumerate(s.mentions)}
    join = JOIN[doc.lang]
    parts: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(s.shown):
        k = by_start.get(i)
        piece = f"@{k}" if k is not None else s.shown[i]
        if parts and join:
            offsets.append(i)
        parts.append(piece)
        offsets.extend([i] * len(piece))
        i = s.mentions[k].t1 if k is not None else i + 1
    s.masked = join.join(parts)
    s.offsets = offsets
