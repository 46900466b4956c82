"""Longest match of known names over a sequence of tokens, each with the keys it may stand for.

One matcher serves both languages: a Chinese token is one character (its only key), a
Russian token is a word whose keys are its surface form and every lemma the morphological
analyser gives, so "Путиным" matches the entry "Путин" without a suffix list of our own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    kind: str  # actor | office | place | both | pronoun | stop
    value: str  # canonical actor, office title, place name, or a word's meaning
    how: str = ""  # name, surname, side, abbr, adjective, compound, role of an office...
    extra: str = ""  # an office's role, a place's state
    uncertain: bool = False
    extra_form: str = ""  # the form as the table writes it


@dataclass
class Trie:
    children: dict[str, Trie] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    depth: int = 0

    def add(self, keys: Sequence[str], entry: Entry) -> None:
        node = self
        for k in keys:
            node = node.children.setdefault(k, Trie())
        if entry not in node.entries:
            node.entries.append(entry)
        self.depth = max(self.depth, len(keys))

    def longest(self, keys: Sequence[frozenset[str]], i: int) -> tuple[int, list[Entry]]:
        """End and entries of the longest entry at token ``i`` (``i`` and [] when none)."""
        best_end, best = i, []
        frontier = [self]
        j = i
        while frontier and j < len(keys) and j - i < self.depth:
            nxt = []
            for node in frontier:
                for k in keys[j]:
                    child = node.children.get(k)
                    if child is not None:
                        nxt.append(child)
            j += 1
            here = [e for node in nxt for e in node.entries]
            if here:
                best_end, best = j, here
            frontier = nxt
        return best_end, list(dict.fromkeys(best))
