"""Pictures for people who would rather look than read: ego networks and pair timelines.

PNG and SVG are drawn with matplotlib, an optional extra (``pip install
'readout-kg[plot]'``) because most users query or open Gephi and need not
carry it; HTML needs nothing beyond the standard library (``kg.analysis.plot_html``).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from kg.analysis import network as net
from kg.analysis.export import write_atomic
from kg.analysis.figures import EgoFigure, TimelineFigure, by_row, ego, timeline
from kg.analysis.plot_html import TONE, TYPE_COLOURS, ego_html, timeline_html
from kg.errors import KgError
from kg.store.database import Store

FORMATS = ("png", "svg", "html")
MISSING = (
    "PNG and SVG need matplotlib, which is not installed: "
    "pip install 'readout-kg[plot]' (or write .html, which needs nothing)"
)


def format_of(out: str | os.PathLike, fmt: str | None) -> str:
    fmt = (fmt or Path(out).suffix.lstrip(".")).lower()
    if fmt == "htm":
        fmt = "html"
    if fmt not in FORMATS:
        raise KgError(
            str(out),
            f"cannot tell the picture format; end the name in "
            f".png, .svg or .html, or give --format ({', '.join(FORMATS)})",
        )
    return fmt


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise KgError("plot", MISSING) from None
    matplotlib.use("Agg")  # files only: never open a window
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "none"  # SVG text stays text: searchable, editable, small
    plt.rcParams["svg.hashsalt"] = "readout-kg"  # stable ids: the same figure, the same bytes

    return plt


def draw_ego(fig: EgoFigure, out, fmt: str) -> None:
    plt = _pyplot()
    label = {n.id: n for n in fig.nodes}
    heaviest = max((s.weight for s in fig.spokes), default=1) or 1
    f, ax = plt.subplots(figsize=(10, 9))
    for s in fig.spokes:
        n = label[s.neighbour]
        tone = TONE[1 if s.polarity > 0 else -1 if s.polarity < 0 else 0]
        ax.plot(
            [0, n.x],
            [0, n.y],
            color=tone,
            alpha=0.75,
            zorder=1,
            linewidth=1 + 7 * s.weight / heaviest,
            solid_capstyle="round",
        )
    for n in (*fig.nodes, fig.centre):
        big = n is fig.centre
        ax.scatter(
            [n.x],
            [n.y],
            s=500 if big else 160,
            color=TYPE_COLOURS.get(n.type, "#777"),
            edgecolors="white",
            linewidths=2,
            zorder=2,
        )
        ha = "center" if big or abs(n.x) < 0.2 else ("left" if n.x > 0 else "right")
        dx = 0 if ha == "center" else (0.06 if n.x > 0 else -0.06)
        dy = (0.09 if n.y >= 0 else -0.09) if ha == "center" else 0
        ax.text(
            n.x + dx,
            n.y + dy,
            n.label,
            ha=ha,
            va="center",
            fontsize=11 if big else 9,
            fontweight="bold" if big else "normal",
            zorder=3,
        )
    handles = [
        plt.Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS[t], label=lab)
        for t, lab in (("Person", "person"), ("State", "state"), ("Organization", "organisation"))
    ]
    handles += [
        plt.Line2D([], [], color=TONE[k], linewidth=3, label=lab)
        for k, lab in ((1, "mostly positive"), (-1, "mostly negative"), (0, "neutral"))
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.25, 1.25)
    ax.set_aspect("equal")
    ax.axis("off")
    title = fig.title + (f" ({fig.hidden} less connected not shown)" if fig.hidden else "")
    ax.set_title(title, fontsize=13)
    f.tight_layout()
    f.savefig(out, format=fmt, dpi=120, metadata=_metadata(fmt), bbox_inches="tight")
    plt.close(f)


def draw_timeline(fig: TimelineFigure, out, fmt: str) -> None:
    plt = _pyplot()
    from matplotlib import dates as mdates

    rows = by_row(fig)
    f, ax = plt.subplots(figsize=(11, 1.6 + 0.5 * max(1, len(fig.relations))))
    for i, rel in enumerate(fig.relations):
        y = len(fig.relations) - 1 - i
        for forward in (True, False):
            marks = [m for m in rows[rel] if m.forward is forward]
            if marks:
                ax.scatter(
                    [dt.date.fromisoformat(m.date) for m in marks],
                    [y] * len(marks),
                    marker="^" if forward else "v",
                    s=70,
                    alpha=0.85,
                    color=[TONE[m.polarity] for m in marks],
                    zorder=2,
                )
    ax.set_yticks(range(len(fig.relations)))
    ax.set_yticklabels(list(reversed(fig.relations)))
    ax.set_ylim(-0.7, len(fig.relations) - 0.3)
    ax.grid(axis="x", color="#dddddd")
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    if fig.start == fig.end and fig.start:
        d = dt.date.fromisoformat(fig.start)
        ax.set_xlim(d - dt.timedelta(days=30), d + dt.timedelta(days=30))
    handles = [
        plt.Line2D([], [], marker=m, linestyle="", color="#444", label=lab)
        for m, lab in (("^", f"{fig.a} → {fig.b}"), ("v", f"{fig.b} → {fig.a}"))
    ]
    handles += [
        plt.Line2D([], [], marker="s", linestyle="", color=TONE[k], label=lab)
        for k, lab in ((1, "positive"), (-1, "negative"), (0, "neutral"))
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    title = fig.title + (f" ({fig.undated} undated not shown)" if fig.undated else "")
    ax.set_title(title, fontsize=12)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    f.tight_layout()
    f.savefig(out, format=fmt, dpi=120, metadata=_metadata(fmt), bbox_inches="tight")
    plt.close(f)


def _metadata(fmt: str) -> dict:
    """No creation date in the file, so the same graph draws the same bytes."""
    return {"Date": None} if fmt == "svg" else {}


def plot_ego(
    store: Store,
    actor: str,
    out: str | os.PathLike,
    fmt: str | None = None,
    since: str | None = None,
    until: str | None = None,
    level: str = "actor",
    limit: int = 30,
) -> Path:
    """Draw ``actor``'s ego network to ``out`` (PNG, SVG or HTML by extension or ``fmt``)."""
    out = Path(out)
    fmt = format_of(out, fmt)
    if fmt != "html":
        _pyplot()  # say so before any work if matplotlib is missing
    fig = ego(net.load(store, since, until), actor, level=level, limit=limit)
    if fmt == "html":
        write_atomic(out, lambda fh: fh.write(ego_html(fig).encode("utf-8")))
    else:
        write_atomic(out, lambda fh: draw_ego(fig, fh, fmt))
    return out


def plot_timeline(
    store: Store,
    a: str,
    b: str,
    out: str | os.PathLike,
    fmt: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Path:
    """Draw every dated relation between ``a`` and ``b`` over time to ``out``."""
    out = Path(out)
    fmt = format_of(out, fmt)
    if fmt != "html":
        _pyplot()
    fig = timeline(net.load(store, since, until, sentences=True), a, b)
    if fmt == "html":
        write_atomic(out, lambda fh: fh.write(timeline_html(fig).encode("utf-8")))
    else:
        write_atomic(out, lambda fh: draw_timeline(fig, fh, fmt))
    return out
