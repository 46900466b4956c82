"""One relation a rule found: the record the sentence rules hand to the triple writer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    subject: str
    relation: str
    object: str
    rule: str
    modality: str
