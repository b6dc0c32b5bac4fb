"""Core value types shared by rules, the linter and the reporters.

A rule sees a :class:`~draftlint.document.Document` and yields :class:`Violation`
objects that speak in character offsets. The linter stamps each one with its code,
the severity from configuration and the file's path, turning it into a
:class:`Finding` with 1-based line and column numbers. Reporters only render findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
LANGS = ("zh", "en")


@dataclass(frozen=True, order=True)
class Span:
    """Half-open range ``[start, end)`` of character offsets into ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def shift(self, delta: int) -> "Span":
        return Span(self.start + delta, self.end + delta)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Text:
    """A message in both languages draftlint speaks; ``str()`` gives the Chinese."""

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    def __str__(self) -> str:
        return self.zh


@dataclass(frozen=True)
class RelatedSpan:
    """A second place a violation points at, possibly in another document.

    ``lines`` gives (line, column, end_line, end_column) directly, for a place in a
    document that is not loaded (an entry of a prebuilt duplicate index).
    """

    span: Span
    path: str | None = None  # None: the same document
    message: Text | None = None
    lines: tuple[int, int, int, int] | None = None


@dataclass(frozen=True)
class Violation:
    """What a rule reports: where, what, and optionally how to fix it.

    ``severity`` is only a hint for rules whose findings come in grades of certainty
    (an arithmetic claim that fails only a strict reading is weaker than one that fails
    every reading). Configuration always wins over it.
    """

    span: Span
    message: Text
    help: Text | None = None
    related: tuple[RelatedSpan, ...] = ()
    severity: Severity | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters (code points)


@dataclass(frozen=True)
class Location:
    path: str
    start: Position
    end: Position  # exclusive

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.start.line,
            "column": self.start.column,
            "end_line": self.end.line,
            "end_column": self.end.column,
        }


@dataclass(frozen=True)
class Finding:
    """A violation after the linter has placed it: code, severity, path and positions."""

    code: str
    severity: Severity
    location: Location
    message: str
    help: str | None = None
    related: tuple[tuple[Location, str | None], ...] = ()
    span: Span | None = None
    source_line: str | None = None  # the text of the first line, for reporters
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.start.line

    @property
    def column(self) -> int:
        return self.location.start.column

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.start.line, loc.start.column, self.code, loc.end.line, loc.end.column)

    def as_dict(self) -> dict[str, Any]:
        """The finding as the JSON contract (version 1) spells it."""
        out: dict[str, Any] = self.location.as_dict()
        out["code"] = self.code
        out["severity"] = self.severity
        out["message"] = self.message
        if self.help:
            out["help"] = self.help
        if self.related:
            out["related"] = [
                {**loc.as_dict(), **({"message": msg} if msg else {})} for loc, msg in self.related
            ]
        return out


@dataclass
class CorpusContext:
    """What a corpus rule (``SCOPE = "corpus"``) gets besides its options.

    ``docs`` are the documents being linted; ``references`` are documents to compare
    against without linting them (``--against DIR``); ``index_path`` names a prebuilt
    duplicate index (``--against-index FILE``); ``cross`` is False under ``--no-cross``
    (compare each document only with itself and the references).
    """

    docs: list[Any]
    references: list[Any] = field(default_factory=list)
    index_path: str | None = None
    cross: bool = True
