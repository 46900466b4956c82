"""Turn bytes into text, refusing what is not text."""

from __future__ import annotations

import codecs

from kg.errors import InputError

MAX_BYTES = 20 * 1024 * 1024


def decode(source: str, data: bytes) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused."""
    if not data.strip():
        raise InputError(source, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source, "broken UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8:
        raise InputError(source, "binary file, not text")
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def read_bytes(path) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(str(path), f"file too large ({size // (1024 * 1024)} MB > 20 MB)")
    return path.read_bytes()
