"""Read input files into ``Readout`` records.

``read_paths`` walks files and folders and yields, for each document, either a
``Readout`` or an ``InputError`` naming the input and the reason, so a batch
reports bad input and goes on. Whether a readable document is a readout worth
keeping is a separate question, answered by ``kg.screen.classify``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import os_reason
from kg.ingest.html import read_html
from kg.ingest.plain import read_text
from kg.ingest.tabular import read_csv, read_jsonl
from kg.model import Readout

READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".htm": read_html,
    ".html": read_html,
    ".xhtml": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
}
CORPUS_READERS = (read_csv, read_jsonl)

__all__ = ["READERS", "iter_files", "read_file", "read_paths", "shown_name"]


def read_file(
    path: str | os.PathLike, columns: dict | None = None, **meta
) -> Iterator[Readout | InputError]:
    """Yield the readouts in one file (several for a corpus export).

    ``meta`` (published, publisher, url) fills in what a document does not say;
    ``columns`` maps fields to a corpus export's column names. Each readout
    and error names its file as ``shown_name`` writes it.
    """
    p = Path(path)
    raw, shown = str(p), shown_name(p)
    for item in _read(p, columns, meta):
        if raw != shown and item.source.startswith(raw):
            named = shown + item.source[len(raw) :]
            item = (
                replace(item, source=named) if isinstance(item, Readout) else _renamed(item, named)
            )
        yield item


def shown_name(path: str | os.PathLike) -> str:
    """A file name as text that can be stored and printed on one line.

    Bytes that are not UTF-8 become ``\\xe9`` and a newline ``\\n``: the raw
    name could not be stored as a literal, and a newline in it forged lines
    of the build summary.
    """
    name = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in name)


def _renamed(exc: InputError, source: str) -> InputError:
    return type(exc)(source, exc.reason)


def _read(p: Path, columns: dict | None, meta: dict) -> Iterator[Readout | InputError]:
    reader = READERS.get(p.suffix.lower())
    if reader is None:
        known = ", ".join(sorted({k for k in READERS if k not in (".text", ".xhtml")}))
        yield InputError(
            str(p), f"unknown format '{p.suffix or '(no extension)'}' (readable: {known})"
        )
        return
    kwargs = {k: v for k, v in meta.items() if v}
    if reader in CORPUS_READERS:
        kwargs["columns"] = columns
    try:
        yield from reader(p, **kwargs)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(p), os_reason(exc, p))
    except RecursionError:
        yield InputError(str(p), "too deeply nested to read")
    except (ValueError, UnicodeError) as exc:  # a parser's refusal costs this file, not the batch
        yield InputError(str(p), f"cannot be read ({type(exc).__name__}: {exc})")


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files named, or found under folders, in a stable order.

    In folders, only files with a readable extension are taken, and hidden
    entries (``.git``, macOS ``._name`` files) are passed over; a symlink that
    leads back into a folder already walked is reported once and not followed.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p)
        elif p.is_file() or (p.exists() and not p.is_dir()):
            yield p
        else:
            try:
                p.stat()
                yield InputError(str(p), "no such file")
            except OSError as exc:
                yield InputError(str(p), os_reason(exc, p))


def _walk(top: Path) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    seen: set[Path] = set()
    for root, dirs, files in os.walk(top, followlinks=True, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            yield InputError(exc.filename or str(root), os_reason(exc) + " (folder skipped)")
        real = Path(root).resolve()
        if real in seen:
            dirs[:] = []
            above = {q.resolve() for q in Path(root).parents}
            why = "symlink loop" if real in above else "a second path to a folder already read"
            yield InputError(root, f"{why} ({real}), not followed")
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            f = Path(root) / name
            if f.suffix.lower() in READERS:
                yield f
    while errors:
        exc = errors.pop(0)
        yield InputError(exc.filename or str(top), os_reason(exc) + " (folder skipped)")


def read_paths(
    paths: Iterable[str | os.PathLike], columns: dict | None = None, **meta
) -> Iterator[Readout | InputError]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, columns=columns, **meta)
