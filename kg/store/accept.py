"""HTTP content negotiation for ``kg serve``: which offered type an ``Accept`` header prefers.

RFC 9110 section 12.5.1: each media range may carry a weight ``q`` from 0 to 1
(1 when absent); ``q=0`` means "not acceptable"; a type takes the weight of the
most specific range that matches it (``text/csv`` over ``text/*`` over
``*/*``). A client that sends no ``Accept`` accepts anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Accept = tuple[tuple[str, float], ...]  # (media range, weight) in the client's order

ANYTHING: Accept = (("*/*", 1.0),)
_QVALUE = re.compile(r"^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$")


def parse(header: str | None) -> Accept:
    """The header's media ranges and weights; a range with a malformed weight is dropped
    (RFC 9110 gives it no meaning), so it can neither win nor veto."""
    if header is None or not header.strip():
        return ANYTHING
    out = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        weight = 1.0
        for f in fields[1:]:
            key, _, value = f.partition("=")
            if key.strip().lower() == "q":
                value = value.strip()
                weight = float(value) if _QVALUE.match(value) else -1.0
        if weight >= 0:
            out.append((media, weight))
    return tuple(out)


def _weight(accept: Accept, media: str) -> tuple[float, int]:
    """(weight, position of the deciding range) for ``media``; weight -1 when no range
    matches. The most specific matching range decides, whatever its weight."""
    kind = media.split("/")[0] + "/*"
    best: tuple[int, float, int] | None = None  # (specificity, weight, position)
    for pos, (rng, q) in enumerate(accept):
        spec = 2 if rng == media else 1 if rng == kind else 0 if rng == "*/*" else -1
        if spec >= 0 and (best is None or spec > best[0]):
            best = (spec, q, pos)
    return (best[1], best[2]) if best else (-1.0, 0)


def choose(accept: Accept, offered: Sequence[str]) -> str | None:
    """The offered type the client weighs highest (ties: the range it named first, then the
    server's order), or None when the client accepts none of them."""
    ranked = []
    for order, media in enumerate(offered):
        q, pos = _weight(accept, media)
        if q > 0:
            ranked.append((-q, pos, order, media))
    return min(ranked)[3] if ranked else None
