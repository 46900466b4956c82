"""Where the title, dateline and body of a readout's text are."""

from __future__ import annotations

import re

BREADCRUMB = re.compile(r"^\s*(home|news)\b.*(>|»|/)|^\s*home\s*$", re.IGNORECASE)


def guess_title(text: str) -> str | None:
    """The first line that is not a breadcrumb."""
    for line in text.splitlines():
        line = line.strip()
        if line and not BREADCRUMB.match(line):
            return line
    return None
