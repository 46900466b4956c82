"""Small helpers shared by the readers of saved pages (the article and its metadata)."""

from __future__ import annotations

import re

# What sits between a headline and the site's name in <title>: "Headline | Ministry of X".
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|•|·|:|::|»)\s+")


def clean(s: str) -> str:
    """Runs of white space as one space, none at either end."""
    return re.sub(r"\s+", " ", s).strip()


def name_tokens(el) -> list[str]:
    """The words of an element's class and id: ``mainMenu`` gives ``main``, ``menu``."""
    raw = " ".join(filter(None, (el.get("class"), el.get("id"))))
    raw = re.sub(r"([a-z])([A-Z])", r"\1 \2", raw).lower()
    return [t for t in re.split(r"[^a-z0-9]+", raw) if t]
