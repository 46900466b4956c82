"""Figures as one self-contained HTML page: inline SVG and CSS, no script, no network.

Hovering a node, spoke or mark shows its details (SVG ``<title>``), so the
page works offline in any browser and can be mailed as a single file.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from kg.analysis.figures import EgoFigure, TimelineFigure, by_row

TYPE_COLOURS = {"Person": "#0072b2", "State": "#009e73", "Organization": "#e69f00"}
TONE = {1: "#009e73", -1: "#d55e00", 0: "#999999"}
STYLE = """body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em} p.note{color:#555;font-size:.9em} svg{max-width:100%;height:auto}
text{font-size:12px;fill:#222} .legend text{font-size:11px}"""


def _tone(score: float) -> str:
    return TONE[1 if score > 0 else -1 if score < 0 else 0]


def _page(title: str, svg: str, notes: list[str]) -> str:
    body = "".join(f'<p class="note">{escape(n)}</p>' for n in notes)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{svg}{body}</body></html>\n"
    )


def _legend(x: float, y: float, items: list[tuple[str, str, str]]) -> str:
    out = [f'<g class="legend" transform="translate({x},{y})">']
    for i, (shape, colour, label) in enumerate(items):
        yy = i * 18
        if shape == "circle":
            out.append(f'<circle cx="6" cy="{yy}" r="6" fill="{colour}"/>')
        else:
            out.append(
                f'<line x1="0" y1="{yy}" x2="14" y2="{yy}" stroke="{colour}" stroke-width="3"/>'
            )
        out.append(f'<text x="20" y="{yy + 4}">{escape(label)}</text>')
    out.append("</g>")
    return "".join(out)


def _relations(pairs) -> str:
    return ", ".join(f"{r} ×{n}" for r, n in pairs) or "none"


def ego_svg(fig: EgoFigure, width: int = 900, height: int = 760) -> str:
    cx, cy, radius = width / 2 - 60, height / 2, min(width, height) / 2 - 110
    pos = {n.id: (cx + radius * n.x, cy - radius * n.y) for n in fig.nodes}
    pos[fig.centre.id] = (cx, cy)
    heaviest = max((s.weight for s in fig.spokes), default=1) or 1
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{escape(fig.title)}">'
        )
    ]
    label = {n.id: n.label for n in fig.nodes}
    for s in fig.spokes:
        x, y = pos[s.neighbour]
        tip = (
            f"{fig.centre.label} → {label[s.neighbour]}: {_relations(s.outgoing)}\n"
            f"{label[s.neighbour]} → {fig.centre.label}: {_relations(s.incoming)}\n"
            f"polarity {s.polarity:+.2f}, weight {s.weight}"
        )
        out.append(
            f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke="{_tone(s.polarity)}" stroke-opacity="0.75" '
            f'stroke-width="{1 + 7 * s.weight / heaviest:.1f}">'
            f"<title>{escape(tip)}</title></line>"
        )
    for n in (*fig.nodes, fig.centre):
        x, y = pos[n.id]
        r = 16 if n is fig.centre else 9
        anchor = "middle" if n is fig.centre or abs(n.x) < 0.2 else ("start" if n.x > 0 else "end")
        dx = 0 if anchor == "middle" else (r + 4 if n.x > 0 else -r - 4)
        dy = -r - 6 if anchor == "middle" and n.y > 0 else (r + 14 if anchor == "middle" else 4)
        bold = ' font-weight="bold"' if n is fig.centre else ""
        out.append(
            f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" '
            f'fill="{TYPE_COLOURS.get(n.type, "#777")}" stroke="#fff" stroke-width="2">'
            f"<title>{escape(n.label)} ({n.type}), {n.readouts} readouts</title></circle>"
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}"{bold}>'
            f"{escape(n.label)}</text></g>"
        )
    out.append(
        _legend(
            width - 150,
            30,
            [
                ("circle", TYPE_COLOURS["Person"], "person"),
                ("circle", TYPE_COLOURS["State"], "state"),
                ("circle", TYPE_COLOURS["Organization"], "organisation"),
                ("line", TONE[1], "mostly positive"),
                ("line", TONE[-1], "mostly negative"),
                ("line", TONE[0], "neutral"),
            ],
        )
    )
    out.append("</svg>")
    return "".join(out)


def ego_html(fig: EgoFigure) -> str:
    notes = [
        (
            "Line width: relations asserted (relation × readout), both directions. "
            "Colour: polarity score (positive − negative) / (positive + negative). "
            "Hover for details."
        )
    ]
    if fig.hidden:
        notes.append(f"{fig.hidden} less connected neighbours are not shown.")
    return _page(fig.title, ego_svg(fig), notes)


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def timeline_svg(fig: TimelineFigure, width: int = 1000) -> str:
    left, right, top, row_h = 150, 30, 50, 34
    height = top + row_h * max(1, len(fig.relations)) + 60
    lo = _day(fig.start) if fig.start else 0
    hi = _day(fig.end) if fig.end else 1
    if hi - lo < 30:
        lo, hi = lo - 15, hi + 15

    def x_of(iso: str) -> float:
        return left + (width - left - right) * (_day(iso) - lo) / (hi - lo)

    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{escape(fig.title)}">'
        )
    ]
    first = dt.date.fromordinal(lo).year
    last = dt.date.fromordinal(hi).year
    step = max(1, (last - first + 1) // 10)
    for year in range(first, last + 2, step):
        day = dt.date(year, 1, 1).toordinal()
        if lo <= day <= hi:
            x = left + (width - left - right) * (day - lo) / (hi - lo)
            out.append(
                f'<line x1="{x:.1f}" y1="{top - 10}" x2="{x:.1f}" '
                f'y2="{height - 45}" stroke="#ddd"/>'
                f'<text x="{x:.1f}" y="{height - 28}" text-anchor="middle">{year}</text>'
            )
    rows = by_row(fig)
    for i, rel in enumerate(fig.relations):
        y = top + row_h * i + row_h / 2
        out.append(
            f'<text x="{left - 10}" y="{y + 4:.1f}" text-anchor="end">{escape(rel)}</text>'
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
            'stroke="#eee"/>'
        )
        for m in rows[rel]:
            x = x_of(m.date)
            pts = (
                f"{x:.1f},{y - 9:.1f} {x - 7:.1f},{y + 5:.1f} {x + 7:.1f},{y + 5:.1f}"
                if m.forward
                else f"{x:.1f},{y + 9:.1f} {x - 7:.1f},{y - 5:.1f} {x + 7:.1f},{y - 5:.1f}"
            )
            tip = f"{m.date}: {m.subject} {m.relation} {m.object}"
            if m.sentence:
                tip += f"\n“{m.sentence}”"
            tip += f"\n{m.readout}"
            out.append(
                f'<polygon points="{pts}" fill="{TONE[m.polarity]}" fill-opacity="0.85">'
                f"<title>{escape(tip)}</title></polygon>"
            )
    out.append(
        f'<text x="{left}" y="{top - 25}">▲ {escape(fig.a)} → {escape(fig.b)}'
        f"    ▼ {escape(fig.b)} → {escape(fig.a)}</text>"
    )
    out.append("</svg>")
    return "".join(out)


def timeline_html(fig: TimelineFigure) -> str:
    notes = [
        (
            "Green: positive relations; red: negative; grey: neutral. Hover a mark for the "
            "sentence and the readout."
        )
    ]
    if fig.undated:
        notes.append(f"{fig.undated} undated relation(s) between the two are not placed.")
    return _page(fig.title, timeline_svg(fig), notes)
