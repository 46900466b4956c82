"""Corpus exports: one readout per CSV row or JSON Lines record.

Exports are read as streams, so a corpus of any size goes through in constant
memory, and a bad row is reported with its line number while the rest goes on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import (
    MAX_BYTES,
    check_regular,
    clean_controls,
    not_what_it_says,
    os_reason,
    sniff,
)
from kg.ingest.html import html_to_text, looks_like_html
from kg.ingest.sidecar import merge_meta
from kg.model import Readout
from kg.text.dates import parse_date

# Column names recognised by default, first match wins.
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": (
        "content",
        "text",
        "body",
        "article",
        "full_text",
        "fulltext",
        "article_text",
        "body_text",
        "contents",
    ),
    "title": ("title", "headline", "heading"),
    "published": (
        "publish_time",
        "published",
        "date",
        "publication_date",
        "pub_date",
        "published_at",
        "publish_date",
        "datetime",
        "time",
    ),
    "url": ("source_url", "url", "link", "permalink"),
    "publisher": ("publisher", "source", "agency", "ministry", "site"),
    "id": ("id", "doc_id", "document_id", "uuid", "guid"),
}
DELIMITERS = (",", ";", "\t", "|")
NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
# After this many records in a row without a text field, and none with one, the
# file is taken for something else (a metadata list) and reported once.
GIVE_UP = 1000


def parse_columns(specs: Iterable[str]) -> dict[str, str]:
    """``["text=article_body", "published=meta.date"]`` -> a column mapping.

    A dotted name reaches into nested JSON objects.
    """
    out: dict[str, str] = {}
    for spec in specs:
        field, sep, name = spec.partition("=")
        field, name = field.strip(), name.strip()
        if not sep or not name:
            raise InputError(spec, "a column mapping is FIELD=COLUMN, e.g. text=article_body")
        if field not in COLUMNS:
            raise InputError(spec, f"unknown field '{field}' (fields: {', '.join(COLUMNS)})")
        out[field] = name
    return out


def _names(field: str, mapping: dict | None) -> tuple[str, ...]:
    wanted = (mapping or {}).get(field)
    return (wanted,) if wanted else COLUMNS[field]


def _get(row: dict, name: str):
    if name in row:
        return row[name]
    value = row
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _pick(row: dict, field: str, mapping: dict | None):
    for name in _names(field, mapping):
        value = _get(row, name)
        if value not in (None, "") and not isinstance(value, (dict, list)):
            return value
    return None


def _date(value) -> str | None:
    """An ISO date from a date string or a Unix timestamp (seconds or milliseconds)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) in (10, 13):
        value = int(value.strip())
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return parse_date(str(value))


def _row_readout(path: Path, line: int, row: dict, mapping: dict | None, meta: dict) -> Readout:
    where = f"{path}:{line}"
    text = _pick(row, "text", mapping)
    if text is None or not str(text).strip():
        raise InputError(where, f"row has no text (expected a column: {_expected(mapping)})")
    text = clean_controls(str(text))
    if looks_like_html(text):
        text = html_to_text(text)
    title = _pick(row, "title", mapping)
    title = " ".join(clean_controls(str(title)).split()) if title is not None else None
    full = f"{title}\n\n{text}" if title and not text.lstrip().startswith(title) else text
    own = {
        "title": title,
        "published": _date(_pick(row, "published", mapping)),
        "publisher": _str(_pick(row, "publisher", mapping)),
        "url": _url(_pick(row, "url", mapping)),
    }
    found = merge_meta(path, own, meta, use_sidecar=False)
    ident = _str(_pick(row, "id", mapping))
    return Readout(
        # A row's id, when the export has one, names it even after rows move.
        source=f"{path}#id={ident}" if ident else where,
        text=full if full.endswith("\n") else full + "\n",
        title=found.get("title"),
        published=found.get("published"),
        publisher=found.get("publisher"),
        url=found.get("url"),
        source_url=found.get("source_url"),
    )


def _str(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def _url(value) -> str | None:
    """A URL names the readout (its IRI is made from it), so only a real one is taken."""
    s = _str(value)
    return s if s and s.startswith(("http://", "https://")) else None


def _expected(mapping: dict | None) -> str:
    names = _names("text", mapping)
    return ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")


def _check_head(path: Path, kind: str) -> None:
    """Refuse a file that is not text at all before streaming it."""
    check_regular(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        raise InputError(str(path), os_reason(exc, path)) from None
    if not head.strip():
        raise InputError(str(path), "empty file")
    what = sniff(head if not head.startswith(b"PK") else path.read_bytes()[:MAX_BYTES])
    if what:
        raise not_what_it_says(str(path), what, kind)
    if b"\x00" in head:
        raise InputError(str(path), f"binary file, not {kind}")


def read_jsonl(path: Path, columns: dict | None = None, **meta) -> Iterator[Readout | InputError]:
    _check_head(path, "JSON Lines")
    pending: list[InputError] = []  # rows without text, held until a row has some
    good = 0
    keys: list[str] = []
    with open(path, "rb") as fh:
        for n, raw in enumerate(_records(fh), start=1):
            if n == 1 and raw is not None:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            where = f"{path}:{n}"
            if raw is None:
                limit = MAX_BYTES // 2**20
                yield InputError(where, f"record larger than {limit} MB (the limit of a file)")
                continue
            if not raw.strip():
                continue
            row = _json_row(where, raw)
            if isinstance(row, InputError):
                yield row
                continue
            if not isinstance(row, dict):
                yield InputError(where, f"JSON record is {type(row).__name__}, not an object")
                continue
            try:
                readout = _row_readout(path, n, row, columns, meta)
            except InputError as exc:
                if good or _pick(row, "text", columns) is not None:
                    yield exc
                    continue
                pending.append(exc)
                keys = keys or list(row)
                if len(pending) >= GIVE_UP:
                    break
                continue
            if pending:
                yield from pending
                pending.clear()
            good += 1
            yield readout
    if pending and not good:
        yield InputError(
            str(path),
            f"no record has a text field (expected one of: {_expected(columns)}; "
            f"records have: {', '.join(keys[:8])}); map one with --column text=NAME",
        )
    else:
        yield from pending


def _records(fh) -> Iterator[bytes | None]:
    """Lines of a binary file, each read at most to the size limit; None for a longer one
    (read past, not kept: a 50 MB record took 402 s and 4.2 GB)."""
    while True:
        raw = fh.readline(MAX_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            yield None
            continue
        yield raw


def _json_row(where: str, raw: bytes):
    """One JSON Lines record parsed, or the InputError naming what is wrong with it."""
    try:
        line = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        return InputError(where, f"not UTF-8 text (invalid byte at column {exc.start + 1})")
    try:
        return json.loads(line)
    except RecursionError:
        return InputError(where, "JSON nested too deeply to read")
    except ValueError as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        col = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        return InputError(where, f"malformed JSON ({reason}{col})")


def read_csv(
    path: Path, columns: dict | None = None, delimiter: str | None = None, **meta
) -> Iterator[Readout | InputError]:
    _check_head(path, "CSV")
    csv.field_size_limit(MAX_BYTES + 1)
    nominal = "\t" if path.suffix.lower() == ".tsv" else ","
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        first = fh.readline()
    delim = delimiter or _delimiter(first, nominal, columns)
    if delim is None:
        header = next(csv.reader([first], delimiter=nominal), [])
        raise InputError(
            str(path),
            f"no text column in the header (expected one of: {_expected(columns)}; "
            f"read with {NAMES[nominal]} as delimiter: {header[:6]}); "
            "wrong delimiter or missing column? Map one with --column text=NAME",
        )
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        lines = _Lines(fh)
        header = [h.strip() for h in next(csv.reader(lines, delimiter=delim), [])]
        while not lines.eof:
            yield from _csv_records(path, lines, delim, header, columns, meta)


class RecordTooLarge(Exception):
    """One record of a corpus export passed the size limit of a whole file."""


class _Lines:
    """Feeds a CSV reader physical lines, counting where each record starts and its size.

    The csv module loses its place on a field over its limit and reads an
    unterminated quote at the end as a field; counting here names each row
    by line, bounds a record by the size limit of a file, and sees the quote.
    """

    def __init__(self, fh):
        self.fh = fh
        self.line = 0  # physical lines read so far
        self.start = 1  # first line of the record being read
        self.size = 0
        self.quotes = 0
        self.eof = False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        text = self.fh.readline(MAX_BYTES + 1)
        if not text:
            self.eof = True
            raise StopIteration
        if text.endswith("\n"):
            self.line += 1
        self.size += len(text)
        self.quotes += text.count('"')
        if self.size > MAX_BYTES:
            raise RecordTooLarge
        return text

    def next_record(self) -> None:
        self.start, self.size, self.quotes = self.line + 1, 0, 0

    def skip_record(self) -> None:
        """Read on to the end of an oversized record: a newline outside quotes."""
        while True:
            text = self.fh.readline(1 << 20)
            if not text:
                self.eof = True
                return
            self.quotes += text.count('"')
            if text.endswith("\n"):
                self.line += 1
                if self.quotes % 2 == 0:
                    return


def _csv_records(
    path: Path, lines: _Lines, delim: str, header: list[str], columns, meta
) -> Iterator[Readout | InputError]:
    """Rows until the end of the file, or until a record too large to parse (skipped past)."""
    reader = csv.reader(lines, delimiter=delim)
    while True:
        lines.next_record()
        try:
            values = next(reader)
        except StopIteration:
            return
        except RecordTooLarge:
            where = f"{path}:{lines.start}"
            yield InputError(
                where, f"row larger than {MAX_BYTES // 2**20} MB (the limit of a file)"
            )
            lines.skip_record()
            return
        except csv.Error as exc:
            yield InputError(f"{path}:{lines.start}", f"malformed CSV row ({exc})")
            continue
        if lines.eof and lines.quotes % 2:
            yield InputError(
                f"{path}:{lines.start}", "unterminated quote: the row runs to the end of the file"
            )
            return
        yield from _csv_row(path, lines.start, values, header, columns, meta)


def _csv_row(path, start, values, header, columns, meta) -> Iterator[Readout | InputError]:
    if not any(v.strip() for v in values):
        return
    where = f"{path}:{start}"
    if len(values) != len(header):
        guess = "a missing column" if len(values) < len(header) else "an unquoted delimiter"
        yield InputError(
            where, f"row has {len(values)} fields, the header {len(header)} ({guess}?)"
        )
        return
    if any("\ufffd" in v for v in values):
        yield InputError(where, "row is not UTF-8 text")
        return
    try:
        yield _row_readout(path, start, dict(zip(header, values)), columns, meta)
    except InputError as exc:
        yield exc


def _delimiter(first_line: str, nominal: str, columns: dict | None) -> str | None:
    """The delimiter that makes the header name a text column, the file's nominal one first."""
    wanted = set(_names("text", columns))
    for delim in (nominal,) + tuple(d for d in DELIMITERS if d != nominal):
        header = next(csv.reader([first_line], delimiter=delim), [])
        if wanted & {h.strip() for h in header}:
            return delim
    return None
