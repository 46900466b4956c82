"""The name tables of one language, joined to the English gazetteer's actors.

``names_<lang>.tsv`` maps each written form to a canonical English actor (so 习近平 and
Си Цзиньпин are the Xi Jinping of English readouts: one IRI), ``offices_<lang>.tsv`` maps
office words to the English titles and roles of ``offices.tsv``, ``places_<lang>.tsv``
cities, and ``lexicon/<lang>/words.tsv`` the words that point at a side or a speaker
(双方, стороны, 我,贵国).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from kg.extract.gazetteer import Gazetteer
from kg.extract.gazetteer import load as load_gazetteer
from kg.extract.native import ru, zh
from kg.extract.native.trie import Entry, Trie
from kg.resources import data_file, read_tsv


def form_keys(lang: str) -> Callable[[str], Sequence[str]]:
    """How a form in a table is cut into the keys the text's tokens are matched on."""
    if lang == "zh":
        return lambda form: list(zh.normalise(form))
    return lambda form: [t.lower().replace("ё", "е") for _, _, t in ru.tokens(form)]


def _rows(*parts: str):
    node = data_file(*parts)
    return read_tsv(node) if node.is_file() else iter(())


@cache
def table(lang: str) -> Trie:
    """Every form of the language in one trie."""
    gaz: Gazetteer = load_gazetteer()
    cut = form_keys(lang)
    trie = Trie()
    for row in _rows("gazetteer", f"names_{lang}.tsv"):
        actor = row.get("actor", "")
        if actor not in gaz.actors or not row.get("form"):
            continue
        kind = gaz.actors[actor].kind
        if kind == "topic":
            continue
        how = row.get("how") or "name"
        entry = Entry("actor", actor, how, kind, row.get("note") == "uncertain", row["form"])
        trie.add(cut(row["form"]), entry)
    for row in _rows("gazetteer", f"offices_{lang}.tsv"):
        if row.get("form") and row.get("role"):
            trie.add(cut(row["form"]), Entry("office", row.get("title", ""), row["role"]))
    for row in _rows("gazetteer", f"places_{lang}.tsv"):
        if row.get("form") and row.get("place"):
            trie.add(cut(row["form"]), Entry("place", row["place"], "", row.get("state", "")))
    for row in _rows("lexicon", lang, "words.tsv"):
        if row.get("form") and row.get("kind"):
            form = " ".join(cut(row["form"]))
            entry = Entry(row["kind"], row.get("value", ""), row.get("how", ""), form)
            trie.add(cut(row["form"]), entry)
    return trie


@cache
def inflections(lang: str) -> dict[str, frozenset[str]]:
    """Russian: each case form of a name word -> the name word (Шольца -> шольц), from the
    forms pymorphy3 generates for it: its lemmas alone miss names it does not know well."""
    if lang != "ru":
        return {}
    morph = ru.morph()
    out: dict[str, set[str]] = {}
    for row in _rows("gazetteer", "names_ru.tsv"):
        if row.get("how") not in ("name", "surname", "official"):
            continue
        for _, _, word in ru.tokens(row.get("form", "")):
            if not word[:1].isupper():
                continue
            low = word.lower().replace("ё", "е")
            for parse in morph.parse(word):
                if "nomn" in parse.tag and parse.word == word.lower():
                    for form in parse.lexeme:
                        out.setdefault(form.word.replace("ё", "е"), set()).add(low)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def plurals(lang: str) -> dict[str, Entry]:
    """Words that name the sides only in the plural, by their written form."""
    out = {}
    for row in _rows("lexicon", lang, "words.tsv"):
        if row.get("how") == "plural":
            form = " ".join(form_keys(lang)(row["form"]))
            out[form] = Entry(row["kind"], row.get("value", ""), "plural", form)
    return out
