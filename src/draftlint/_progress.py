"""A progress bar on standard error for long runs on a terminal (never in pipes)."""

from __future__ import annotations

import sys

# Below this many files a run is over before a bar would help.
MIN_FILES = 20


class Progress:
    def __init__(self) -> None:
        self._bar = None
        self._task = None

    def start(self, total: int) -> None:
        if total < MIN_FILES:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TimeRemainingColumn

        self._bar = Bar("读取", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=Console(file=sys.stderr), transient=True)
        self._bar.start()
        self._task = self._bar.add_task("lint", total=total)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
