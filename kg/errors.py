"""Errors that carry the input they concern, so a batch can report and go on."""

from __future__ import annotations


class KgError(Exception):
    """Base error: ``source`` names the input, ``reason`` says what is wrong."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):
        # Rebuilt from (source, reason), not from the message: errors cross process pools.
        return (type(self), (self.source, self.reason))


class InputError(KgError):
    """An input file or row cannot be read as a readout."""


class StoreError(KgError):
    """The store cannot be opened or written."""


class QueryError(KgError):
    """A query is unknown, malformed or failed."""
