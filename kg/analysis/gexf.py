"""A GEXF 1.3 writer that the official schema accepts, streamed to disk.

networkx's ``write_gexf`` output fails the GEXF 1.3 XSD (it puts a ``name``
attribute on ``<graph>``, declares a wrong XML-Schema-instance namespace and
writes ``viz:`` elements that the 1.3 schema does not allow), so Gephi users
get files that other tools reject. This writer follows the XSD in
``shared/schemas/gexf/1.3``: visual properties (``color``, ``size``,
``thickness``) are elements of the GEXF namespace itself, time is given as
spells with ``timeformat="date"``, and attribute types come from the values.

Graph conventions (the same keys networkx's writer uses where it has them):

- node and edge data ``label`` becomes the XML ``label``; edge ``weight`` and
  ``kind`` become the XML attributes of those names (``kind`` lets Gephi keep
  parallel edges of different relations apart);
- ``spells``: a list of ``(start, end)`` ISO dates during which the element is
  alive; any spell makes the graph dynamic;
- ``viz``: ``{"color": (r, g, b[, a]), "size": float, "thickness": float}``;
- every other key with a ``bool``, ``int``, ``float`` or ``str`` value becomes
  a declared attribute; lists and tuples are written as one string joined by
  ``"; "``; ``None`` values are left out.

The document is written piece by piece (text, escaped here), so memory stays
that of the graph, not of the document; lxml is used only to load the schema.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import networkx as nx
from lxml import etree

NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
RESERVED_NODE = {"label", "spells", "viz"}
RESERVED_EDGE = {"label", "spells", "viz", "weight", "kind", "id"}
INT32 = 2**31 - 1
# Characters XML 1.0 forbids; readout text scraped from the web can carry them.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value) -> str:
    return _BAD_XML.sub("", str(value))


def _gexf_type(values: Iterable) -> str:
    """The narrowest GEXF attribute type that holds every value."""
    kinds = set()
    big = False
    for v in values:
        if isinstance(v, bool):
            kinds.add("boolean")
        elif isinstance(v, int):
            kinds.add("int")
            big = big or abs(v) > INT32
        elif isinstance(v, float):
            kinds.add("double")
        else:
            kinds.add("string")
    if kinds == {"boolean"}:
        return "boolean"
    if kinds == {"int"}:
        return "long" if big else "integer"
    if kinds <= {"int", "double"}:
        return "double"
    return "string"


def _double(v) -> str:
    """xs:double lexical form (Python's repr says 'nan' and 'inf', XSD wants 'NaN', 'INF')."""
    f = float(v)
    if math.isnan(f):
        return "NaN"
    if math.isinf(f):
        return "INF" if f > 0 else "-INF"
    return repr(f)


def _value(v, gexf_type: str) -> str:
    if gexf_type == "boolean":
        return "true" if v else "false"
    if isinstance(v, (list, tuple, set, frozenset)):
        return _text("; ".join(str(x) for x in v))
    if gexf_type == "double":
        return _double(v)
    return _text(v)


def _declare(items: Iterable[dict], reserved: set[str]) -> list[tuple[str, str, str]]:
    """(id, title, type) for every attribute key, in first-seen order."""
    seen: dict[str, list] = {}
    for data in items:
        for k, v in data.items():
            if k in reserved or v is None:
                continue
            if isinstance(v, (list, tuple, set, frozenset)):
                v = "; ".join(str(x) for x in v)
            seen.setdefault(k, []).append(v)
    return [(f"{i}", str(k), _gexf_type(vs)) for i, (k, vs) in enumerate(seen.items())]


def _timeformat(spells: Iterable[tuple]) -> str | None:
    fmt = None
    for s, e in spells:
        for t in (s, e):
            if t is None:
                continue
            this = (
                "integer"
                if isinstance(t, int)
                else "double"
                if isinstance(t, float)
                else "dateTime"
                if "T" in str(t)
                else "date"
            )
            if fmt is not None and fmt != this:
                raise ValueError(f"spells mix time formats ({fmt} and {this})")
            fmt = this
    return fmt


_ESC = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def _a(value) -> str:
    """An attribute value, quoted: XML-escaped, forbidden characters dropped."""
    return '"' + _text(value).translate(_ESC) + '"'


def _node_or_edge(
    out: list[str], tag: str, att: str, data: dict, attrs: list[tuple[str, str, str]], edge: bool
) -> None:
    body: list[str] = []
    viz = data.get("viz")
    if viz:
        color = viz.get("color")
        if color is not None:
            alpha = f' a="{min(1.0, max(0.0, float(color[3])))!r}"' if len(color) > 3 else ""
            body.append(
                f'    <color r="{int(color[0])}" g="{int(color[1])}" b="{int(color[2])}"{alpha}/>\n'
            )
        if not edge and viz.get("size") is not None:
            body.append(f'    <size value="{max(0.0, float(viz["size"]))!r}"/>\n')
        if edge and viz.get("thickness") is not None:
            body.append(f'    <thickness value="{max(0.0, float(viz["thickness"]))!r}"/>\n')
    values = [
        (aid, _value(data[title], t)) for aid, title, t in attrs if data.get(title) is not None
    ]
    if values:
        body.append("    <attvalues>\n")
        body.extend(f'      <attvalue for="{aid}" value={_a(v)}/>\n' for aid, v in values)
        body.append("    </attvalues>\n")
    spells = data.get("spells")
    if spells:
        body.append("    <spells>\n")
        for start, end in spells:
            s = f" start={_a(start)}" if start is not None else ""
            e = f" end={_a(end)}" if end is not None else ""
            body.append(f"      <spell{s}{e}/>\n")
        body.append("    </spells>\n")
    if body:
        out.append(f"  <{tag} {att}>\n")
        out.extend(body)
        out.append(f"  </{tag}>\n")
    else:
        out.append(f"  <{tag} {att}/>\n")


def write_gexf(
    graph: nx.Graph,
    out: str | os.PathLike | BinaryIO,
    *,
    description: str | None = None,
    creator: str = "readout-kg",
    keywords: str | None = None,
) -> None:
    """Write ``graph`` as a GEXF 1.3 document that validates against the official XSD."""
    if isinstance(out, (str, os.PathLike)):
        with open(Path(out), "wb") as fh:
            _write(fh, graph, description, creator, keywords)
    else:
        _write(out, graph, description, creator, keywords)


def _write(
    fh: BinaryIO, graph: nx.Graph, description: str | None, creator: str, keywords: str | None
) -> None:
    node_attrs = _declare((d for _, d in graph.nodes(data=True)), RESERVED_NODE)
    edge_attrs = _declare((d for *_, d in graph.edges(data=True)), RESERVED_EDGE)
    spells = [s for _, d in graph.nodes(data=True) for s in d.get("spells") or ()]
    spells += [s for *_, d in graph.edges(data=True) for s in d.get("spells") or ()]
    timeformat = _timeformat(spells)
    del spells
    directed = "directed" if graph.is_directed() else "undirected"
    mode = (
        f'mode="dynamic" timeformat="{timeformat}" timerepresentation="interval"'
        if timeformat
        else 'mode="static"'
    )

    buf: list[str] = []

    def flush(force: bool = False) -> None:
        if force or len(buf) > 4096:
            fh.write("".join(buf).encode("utf-8"))
            buf.clear()

    buf.append("<?xml version='1.0' encoding='UTF-8'?>\n")
    buf.append(
        f'<gexf xmlns="{NS}" xmlns:xsi="{XSI}" xsi:schemaLocation="{SCHEMA_LOCATION}" '
        'version="1.3">\n'
    )
    buf.append(f"<meta>\n  <creator>{_escape_text(creator)}</creator>\n")
    if description:
        buf.append(f"  <description>{_escape_text(description)}</description>\n")
    if keywords:
        buf.append(f"  <keywords>{_escape_text(keywords)}</keywords>\n")
    buf.append("</meta>\n")
    buf.append(f'<graph defaultedgetype="{directed}" {mode}>\n')
    for cls, attrs in (("node", node_attrs), ("edge", edge_attrs)):
        if attrs:
            buf.append(f'<attributes class="{cls}" mode="static">\n')
            buf.extend(
                f'  <attribute id="{aid}" title={_a(title)} type="{t}"/>\n'
                for aid, title, t in attrs
            )
            buf.append("</attributes>\n")
    ids: dict = {}
    buf.append(f'<nodes count="{graph.number_of_nodes()}">\n')
    for n, d in graph.nodes(data=True):
        ids[n] = nid = _a(n)
        _node_or_edge(
            buf, "node", f"id={nid} label={_a(d.get('label', n))}", d, node_attrs, edge=False
        )
        flush()
    buf.append("</nodes>\n")
    buf.append(f'<edges count="{graph.number_of_edges()}">\n')
    edges = (
        graph.edges(keys=True, data=True)
        if graph.is_multigraph()
        else ((s, t, None, d) for s, t, d in graph.edges(data=True))
    )
    for i, (s, t, _key, d) in enumerate(edges):
        att = [f"id={_a(d.get('id', f'e{i}'))} source={ids[s]} target={ids[t]}"]
        if d.get("label") is not None:
            att.append(f"label={_a(d['label'])}")
        if d.get("kind") is not None:
            att.append(f"kind={_a(d['kind'])}")
        if d.get("weight") is not None:
            att.append(f'weight="{_double(d["weight"])}"')
        _node_or_edge(buf, "edge", " ".join(att), d, edge_attrs, edge=True)
        flush()
    buf.append("</edges>\n</graph>\n</gexf>\n")
    flush(force=True)


def _escape_text(value) -> str:
    return _text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def schema(folder: str | os.PathLike) -> etree.XMLSchema:
    """The GEXF 1.3 XSD (``gexf.xsd`` with its ``viz.xsd`` and ``dynamics.xsd``) from ``folder``."""
    return etree.XMLSchema(etree.parse(str(Path(folder) / "gexf.xsd")))
