"""Who may open a store directory: one writer, or any number of readers.

RocksDB already refuses a second writer, but it lets a reader open a store
while a writer changes it, which Oxigraph calls undefined behaviour. An
advisory ``flock`` on ``DIR/kg.store.lock`` closes that gap; the kernel drops it
when the holder exits, even on SIGKILL, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from kg.errors import StoreError

LOCK_NAME = "kg.store.lock"


class StoreLock:
    """An exclusive (writer) or shared (reader) lock on a store directory."""

    def __init__(self, directory: Path, exclusive: bool):
        self.path = directory / LOCK_NAME
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> StoreLock:
        try:
            flags = os.O_RDWR | os.O_CREAT if self.exclusive else os.O_RDONLY
            if not self.exclusive and not self.path.exists():
                try:  # a reader creates the lock file if it may, so a writer sees it
                    fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                except OSError:
                    return self  # a read-only copy of a store: nobody can write it
            else:
                fd = os.open(self.path, flags, 0o644)
        except OSError as exc:
            if not self.exclusive:
                return self
            raise StoreError(str(self.path.parent), f"cannot lock store ({exc.strerror})") from None
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            if self.exclusive:  # the holder may be a writer or readers: no pid to trust
                why = "store is in use by another process (a build, or a reader such as kg serve)"
            else:
                why = (
                    f"store is being written by another process{_holder(fd)}; "
                    "try again when it ends"
                )
            os.close(fd)
            raise StoreError(str(self.path.parent), why) from None
        if self.exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
