#!/usr/bin/env python3
"""Check a foreign-language names file against the English gazetteer, and report how it lemmatises.

    python scripts/check_names.py [--lang ru] [--lemmas]

Errors (exit status 1): a row whose `actor` is not a `name` of states.tsv, organizations.tsv or
people.tsv; a repeated (form, actor) pair; an unknown `how`.
With --lemmas (Russian, needs pymorphy3): lists the words of `name`/`surname` forms that
pymorphy3 does not give back as their own first lemma (Шольц is fine, but Шольца lemmatises to
"шолец"), so that the reader matches them by lemma sets or by the lexeme of the gazetteer form
rather than by looking the text's lemma up verbatim.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from kg.extract.gazetteer import load
from kg.resources import data_file, read_tsv

HOWS = {"name", "official", "surname", "adjective", "compound", "capital_metonym", "side", "abbr"}
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def problems(rows: list[dict[str, str]]) -> list[str]:
    actors = load().actors
    out = [f"unknown actor: {r['form']} -> {r['actor']}" for r in rows if r["actor"] not in actors]
    out += [f"unknown how: {r['form']} {r['how']}" for r in rows if r["how"] not in HOWS]
    counts = Counter((r["form"], r["actor"]) for r in rows)
    out += [f"repeated row: {f} -> {a}" for (f, a), n in counts.items() if n > 1]
    return out


def not_self_lemmas(rows: list[dict[str, str]]) -> dict[str, str]:
    """Words of name/surname forms whose first pymorphy3 lemma is not the word itself."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    out: dict[str, str] = {}
    for r in rows:
        if r["how"] not in ("name", "surname"):
            continue
        for word in WORD.findall(r["form"]):
            lemma = morph.parse(word)[0].normal_form
            if lemma.replace("ё", "е") != word.lower().replace("ё", "е"):
                out[word] = lemma
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="ru")
    ap.add_argument(
        "--lemmas", action="store_true", help="report forms that do not lemmatise to themselves"
    )
    args = ap.parse_args(argv)
    rows = list(read_tsv(data_file("gazetteer", f"names_{args.lang}.tsv")))
    errors = problems(rows)
    for e in errors:
        print("error:", e)
    by_how = Counter(r["how"] for r in rows)
    print(
        f"{len(rows)} rows, {len({r['actor'] for r in rows})} actors: "
        + ", ".join(f"{h} {n}" for h, n in sorted(by_how.items()))
    )
    if args.lemmas:
        odd = not_self_lemmas(rows)
        print(f"{len(odd)} words do not lemmatise to themselves (word -> first lemma):")
        for word, lemma in sorted(odd.items()):
            print(f"  {word} -> {lemma}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
