"""draftlint: a linter for Chinese report drafts.

Finds template fill left undone, website residue, near-duplicate sections, arithmetic
that does not add up, and numbering and punctuation slips.

Python API::

    import draftlint
    findings = draftlint.lint_text("现将xx镇工作总结如下")
    findings = draftlint.lint_paths(["drafts/"])
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Iterable

    from .config import Config
    from .types import Finding

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text", "lint_paths"]


def lint_text(text: str, *, path: str | None = None, config: "Config | None" = None) -> "list[Finding]":
    """Lint one draft given as a string.

    ``path`` names it in findings and decides how it is read (``.md`` turns on Markdown
    awareness); ``config`` is a :class:`draftlint.config.Config` (defaults when None).
    Returns the findings that configuration selects, sorted by position.
    """
    from .linter import lint_text as _lint_text

    return _lint_text(text, path=path, config=config)


def lint_paths(paths: "Iterable[str]", *, config: "Config | None" = None) -> "list[Finding]":
    """Lint files and folders (recursively, honouring .gitignore and ``exclude``).

    Unreadable inputs come back as DL findings, never as exceptions.
    """
    from .linter import lint_paths as _lint_paths

    return _lint_paths(list(paths), config=config)
