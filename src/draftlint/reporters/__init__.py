"""Reporters render findings; they never decide anything about them.

Each reporter is ``render(findings, *, files, console, config) -> None``; ``get(name)``
returns one by its ``--format`` name.
"""

from __future__ import annotations

import importlib
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Callable

NAMES = ("full", "concise", "json", "sarif", "github")


def get(name: str) -> Callable[..., None]:
    if name not in NAMES:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}").render
