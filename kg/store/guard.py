"""What a query asks for, read from its tokens before Oxigraph sees it.

Oxigraph answers an update with "expected CONSTRUCT", an unknown prefix with
"expected OPTIONAL", calls any SERVICE it is given, and ignores FROM when
the default graph is the union. Reading the query's tokens (comments,
strings and IRIs skipped whole) lets the store say plainly what is wrong,
refuse federation on a server, and honour a dataset clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from kg.rdf.vocab import PREFIXES

_PN_CHARS = r"A-Za-z\u00C0-\uFFFF"
_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<comment>#[^\n]*)"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*')"
    r"|(?P<var>[?$][\w\u00B7-\uFFFF]+)"
    r"|(?P<bnode>_:[\w\-.\u00B7-\uFFFF]*)"
    rf"|(?P<pname>(?:[{_PN_CHARS}](?:[\w\-.\u00B7-\uFFFF]*[\w\-\u00B7-\uFFFF])?)?:"
    r"(?:[\w\-:%\u00B7-\uFFFF]|\\.|\.(?=[\w\-:%\u00B7-\uFFFF]))*)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<word>\w+)"
    r"|(?P<other>.)",
    re.S,
)
QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
UPDATE_FORMS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
}


class QueryRefused(SyntaxError):
    """A query the store will not run, with a reason a person can act on.

    ``kind`` is ``read-only`` (an update), ``syntax`` (it cannot be a query)
    or ``service`` (a federated call the server does not allow).
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int
    column: int


@dataclass
class QueryShape:
    """The parts of a query that decide whether and how it runs (``check`` shares one per
    query text: read it, do not change it)."""

    form: str = ""
    prefixes: dict[str, str] = field(default_factory=dict)
    services: list[Token] = field(default_factory=list)
    has_dataset: bool = False


def tokens(text: str) -> Iterator[Token]:
    """The query's tokens with their 1-based line and column; blanks and comments left out."""
    line, start = 1, 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            yield Token(kind, m.group(), line, m.start() - start + 1)
        newlines = m.group().count("\n")
        if newlines:
            line += newlines
            start = m.start() + m.group().rindex("\n") + 1


def shape(text: str, toks: list[Token] | None = None) -> QueryShape:
    """Read the prologue, the form, SERVICE calls and FROM clauses of ``text``."""
    out = QueryShape()
    toks = list(tokens(text)) if toks is None else toks
    for i, tok in enumerate(toks):
        word = tok.text.upper() if tok.kind == "word" else ""
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 1].kind == "pname":
            out.prefixes[toks[i + 1].text[:-1]] = toks[i + 2].text.strip("<>")
        elif not out.form and (word in QUERY_FORMS or word in UPDATE_FORMS):
            out.form = word
        elif word == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j].text.upper() == "SILENT":
                j += 1
            out.services.append(toks[j] if j < len(toks) else tok)
        elif word == "FROM":
            out.has_dataset = True
    return out


def check(
    text: str, prefixes: dict[str, str] = PREFIXES, services: Iterable[str] | None = ()
) -> QueryShape:
    """Refuse an update, an unknown prefix, or a SERVICE not in ``services``.

    ``services=None`` allows every SERVICE (a local ``kg query`` is the
    user's own process); a server passes the endpoints its operator named.
    A server sees the same query texts again and again: the verdict on a text
    is kept (a refusal is not, and is read again).
    """
    allowed = None if services is None else tuple(sorted(services))
    return _checked(text, tuple(sorted(prefixes.items())), allowed)


@lru_cache(maxsize=2048)
def _checked(
    text: str, prefix_items: tuple[tuple[str, str], ...], services: tuple[str, ...] | None
) -> QueryShape:
    prefixes = dict(prefix_items)
    toks = list(tokens(text))
    found = shape(text, toks)
    if found.form in UPDATE_FORMS:
        raise QueryRefused(
            "read-only", f"this store is read-only: {found.form} (an update) is refused"
        )
    known = {**prefixes, **found.prefixes}
    for tok in toks:
        if tok.kind == "pname":
            prefix = tok.text.split(":", 1)[0]
            if prefix not in known:
                raise QueryRefused(
                    "syntax",
                    f"unknown prefix {prefix}: at line {tok.line}, column {tok.column} "
                    f"(known without a PREFIX line: {', '.join(sorted(prefixes))})",
                )
    if services is not None:
        allowed = set(services)
        for tok in found.services:
            target = _resolve(tok, known)
            if target is None or target not in allowed:
                raise QueryRefused(
                    "service",
                    f"federated query refused: SERVICE {tok.text} at line {tok.line}, "
                    f"column {tok.column} (the server calls only endpoints its operator "
                    "names with --allow-service)",
                )
    return found


def _resolve(tok: Token, prefixes: dict[str, str]) -> str | None:
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        return prefixes[prefix] + local if prefix in prefixes else None
    return None


_OX_ERROR = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)


def plain_syntax_error(exc: SyntaxError) -> str:
    """Oxigraph's parse error in one line: where, and what was expected if that is short."""
    msg = str(exc)
    m = _OX_ERROR.match(msg)
    if not m:
        return msg.splitlines()[0][:200] if msg else "not a SPARQL query"
    expected = " ".join(m[3].split())
    if len(expected) > 80:
        expected = "unexpected text here"
    return f"SPARQL syntax error at line {m[1]}, column {m[2]}: {expected}"
