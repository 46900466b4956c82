"""Turn a file into text, refusing what is not text and saying what it is instead.

Users' folders hold PNGs named ``.txt``, spreadsheets saved as ``.csv`` that are
really ZIP files, named pipes and unreadable files. Each gets one clear reason
rather than a traceback, a hang, or a page of mojibake fed to the extractor.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
import zipfile
from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 20 * 1024 * 1024

# Leading bytes of formats that turn up in document folders, and what to call them.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)
_RIFF = {b"WAVE": "a WAV audio file", b"AVI ": "an AVI video", b"WEBP": "a WebP image"}


def sniff(data: bytes) -> str | None:
    """What a binary file is, from its first bytes; None if it may be text."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if data.startswith(b"RIFF") and len(data) >= 12:
        return _RIFF.get(data[8:12], "a RIFF media file")
    if data[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    for magic, what in MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and b"\x00" not in data[:256]:
                continue  # text that happens to start with "MZ"
            return what
    return None


def _zip_kind(data: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return "a ZIP archive"
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook (.xlsx)"
    if any(n.startswith("word/") for n in names):
        return "a Word document (.docx)"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file"
    return "a ZIP archive"


ADVICE = {
    "an Excel workbook (.xlsx)": "save it as CSV first",
    "a Word document (.docx)": "save it as plain text first",
    "an OpenDocument file": "save it as plain text or CSV first",
    "a ZIP archive": "unpack it and give the folder",
    "a gzip archive": "unpack it first",
}


def not_what_it_says(source: str, what: str, kind: str) -> InputError:
    """The one error for a file whose content is not what its name says."""
    advice = ADVICE.get(what)
    reason = f"{what}, not {kind} despite its name"
    return InputError(source, f"{reason}; {advice}" if advice else reason)


def decode(source: str, data: bytes, kind: str = "text") -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused."""
    _refuse_binary(source, data, kind)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source, "broken UTF-16 text") from None
        return _check_text(source, text, kind)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8",
        ) from None
    return _check_text(source, text, kind)


def decode_declared(source: str, data: bytes, declared: str | None, kind: str = "HTML") -> str:
    """Text of a document that may declare its own encoding (a web page's meta charset).

    A BOM wins, then valid UTF-8, then the declared charset, then Windows-1252,
    which is what browsers assume for an undeclared legacy page.
    """
    _refuse_binary(source, data, kind)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(source, data, kind)
    try:
        return _check_text(source, data.decode("utf-8"), kind)
    except UnicodeDecodeError:
        pass
    for enc in (declared, "cp1252"):
        if not enc:
            continue
        try:
            codecs.lookup(enc)
            return _check_text(source, data.decode(enc), kind)
        except (LookupError, UnicodeDecodeError):
            continue
    return _check_text(source, data.decode("latin-1"), kind)


def _refuse_binary(source: str, data: bytes, kind: str) -> None:
    if not data.strip():
        raise InputError(source, "empty file")
    what = sniff(data[:8192] if not data.startswith(b"PK") else data)
    if what:
        raise not_what_it_says(source, what, kind)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:512]
        if head[1::2].count(0) > 0.9 * len(head[1::2]) or head[0::2].count(0) > 0.9 * len(
            head[0::2]
        ):
            raise InputError(source, "UTF-16 text without a byte-order mark; save it as UTF-8")
        raise InputError(source, f"binary file, not {kind}")


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # control characters text never holds


# What XML (and so lxml, and RDF/XML) cannot hold; a vertical tab or form feed is a line break.
_XML_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile("[\x0b\x0c]")


def clean_controls(text: str) -> str:
    """``text`` without control characters: pasted from a word processor, one stray
    ``\\x0b`` after a script stopped lxml and with it the whole build."""
    if not _XML_UNSAFE.search(text) and not _BREAKS.search(text):
        return text
    return _XML_UNSAFE.sub("", _BREAKS.sub("\n", text))


def _check_text(source: str, text: str, kind: str) -> str:
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 8:
        raise InputError(source, f"binary file, not {kind}")
    text = clean_controls(text)
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def check_regular(path: str | os.PathLike) -> int:
    """The size of a regular file; anything else (pipe, device, missing) is refused.

    Checked before opening, since opening a named pipe would wait forever.
    """
    p = Path(path)
    try:
        st = p.stat()
    except OSError as exc:
        raise InputError(str(p), os_reason(exc, p)) from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(str(p), f"{_file_kind(st.st_mode)}, not a regular file")
    return st.st_size


def read_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of one document; pipes, devices and oversized files are refused."""
    p = Path(path)
    size = check_regular(p)
    if size > MAX_BYTES:
        raise InputError(str(p), _too_large(size))
    try:
        with open(p, "rb", buffering=0) as fh:
            # A buffer of the size measured (not of the limit: 20 MB for each small file
            # cost more than reading it), then whatever the file grew by since.
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_BYTES + 1 - len(data))
    except OSError as exc:
        raise InputError(str(p), os_reason(exc, p)) from None
    if len(data) > MAX_BYTES:  # grew since it was measured
        raise InputError(str(p), _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return (
        f"file too large for one document ({size // 2**20} MB > {MAX_BYTES // 2**20} MB); "
        "a corpus belongs in CSV or JSON Lines"
    )


def os_reason(exc: OSError, path: Path | None = None) -> str:
    """A short reason for an operating-system error, in the user's terms."""
    if exc.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT:
        if path is not None and path.is_symlink():
            return "broken symlink (its target does not exist)"
        return "no such file"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (unreadable file)"
    if exc.errno == errno.EISDIR:
        return "a folder, not a file"
    return exc.strerror or str(exc)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"
