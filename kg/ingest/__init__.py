"""Read input files into ``Readout`` records.

``read_paths`` walks files and folders and yields, for each document, either a
``Readout`` or an ``InputError`` naming the input and the reason, so a batch
reports bad input and goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.html import read_html
from kg.ingest.tabular import read_csv, read_jsonl
from kg.ingest.text import read_text
from kg.model import Readout

READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".htm": read_html,
    ".html": read_html,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}

__all__ = ["READERS", "read_file", "read_paths", "iter_files"]


def read_file(path: str | os.PathLike, **meta) -> Iterator[Readout | InputError]:
    """Yield the readouts in one file (several for a corpus export)."""
    p = Path(path)
    reader = READERS.get(p.suffix.lower())
    if reader is None:
        yield InputError(str(p), f"unknown format '{p.suffix or '(no extension)'}'")
        return
    try:
        yield from reader(p, **meta)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(p), exc.strerror or str(exc))


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files named or found under folders, in a stable order; symlink loops are skipped."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[Path] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                real = Path(root).resolve()
                if real in seen:
                    dirs[:] = []
                    yield InputError(root, "symlink loop, skipped")
                    continue
                seen.add(real)
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in READERS and not _is_sidecar(f):
                        yield f
        elif p.exists():
            yield p
        else:
            yield InputError(str(p), "no such file")


def _is_sidecar(path: Path) -> bool:
    """A NAME.json beside NAME.txt holds metadata, not a readout."""
    return path.suffix == ".json" and path.with_suffix(".txt").exists()


def read_paths(paths: Iterable[str | os.PathLike], **meta) -> Iterator[Readout | InputError]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, **meta)
