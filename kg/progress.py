"""A progress bar for long jobs, shown only to a person at a terminal.

Logs and pipes get no bar (nothing to scroll past), only the closing summary.
"""

from __future__ import annotations

import os
import sys
from typing import Self, TextIO


class Progress:
    """Counts items; draws a tqdm bar on ``stream`` when it is a terminal."""

    def __init__(
        self,
        label: str,
        unit: str = "readouts",
        stream: TextIO | None = None,
        total: int | None = None,
    ):
        self.stream = stream or sys.stderr
        self.count = 0
        self._bar = None
        if _is_terminal(self.stream):
            from tqdm import tqdm

            size = _size(self.stream)  # a bare pseudo-terminal reports 0x0: tqdm would hide the bar
            self._bar = tqdm(
                total=total,
                desc=label,
                unit=f" {unit}",
                file=self.stream,
                dynamic_ncols=size is None,
                ncols=size and size[0],
                nrows=size and size[1],
                leave=False,
            )

    def __call__(self, n: int = 1) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.update(n)

    def phase(self, label: str) -> None:
        """Name the step the job is in ("writing", "updating the summaries"), on the bar."""
        if self._bar is not None:
            self._bar.set_description_str(label)
            self._bar.refresh()

    def write(self, line: str) -> None:
        """Print a line above the bar without tearing it."""
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _size(stream: TextIO) -> tuple[int, int] | None:
    """None to follow the terminal's size; 80x24 when it reports none."""
    try:
        cols, rows = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return 80, 24
    return None if cols > 0 and rows > 0 else (80, 24)
