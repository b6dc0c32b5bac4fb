"""Core value types shared by rules, the linter and the reporters.

A rule sees a :class:`~draftlint.document.Document` and yields :class:`Violation`
objects that speak in character offsets. The linter stamps each one with its code,
the severity from configuration and the file's path, turning it into a
:class:`Finding` with 1-based line and column numbers. Reporters only render findings.
"""

from __future__ import annotations

from ._record import Record, rebuilt_by_init

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Literal

    Severity = Literal["error", "warning", "info"]
else:
    Severity = str
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
LANGS = ("zh", "en")


@rebuilt_by_init
class Span(Record):
    """Half-open range ``[start, end)`` of character offsets into ``Document.text``."""

    __slots__ = _fields = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        self.start = start
        self.end = end

    def __len__(self) -> int:
        return self.end - self.start

    def __lt__(self, other: "Span") -> bool:
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: "Span") -> bool:
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: "Span") -> bool:
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: "Span") -> bool:
        return (self.start, self.end) >= (other.start, other.end)

    def shift(self, delta: int) -> "Span":
        return Span(self.start + delta, self.end + delta)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@rebuilt_by_init
class Text(Record):
    """A message in both languages draftlint speaks; ``str()`` gives the Chinese."""

    __slots__ = _fields = ("zh", "en")

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def get(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    def __str__(self) -> str:
        return self.zh


@rebuilt_by_init
class RelatedSpan(Record):
    """A second place a violation points at, possibly in another document.

    ``lines`` gives (line, column, end_line, end_column) directly, for a place in a
    document that is not loaded (an entry of a prebuilt duplicate index).
    """

    __slots__ = _fields = ("span", "path", "message", "lines")

    def __init__(self, span: Span, path: str | None = None, message: Text | None = None,
                 lines: tuple[int, int, int, int] | None = None) -> None:
        self.span = span
        self.path = path  # None: the same document
        self.message = message
        self.lines = lines


@rebuilt_by_init
class Violation(Record):
    """What a rule reports: where, what, and optionally how to fix it.

    ``severity`` is only a hint for rules whose findings come in grades of certainty
    (an arithmetic claim that fails only a strict reading is weaker than one that fails
    every reading). Configuration always wins over it. ``data`` (details for reporters)
    takes no part in equality.
    """

    __slots__ = _fields = ("span", "message", "help", "related", "severity", "data")
    _compare = ("span", "message", "help", "related", "severity")

    def __init__(self, span: Span, message: Text, help: Text | None = None,
                 related: tuple[RelatedSpan, ...] = (), severity: Severity | None = None,
                 data: dict[str, Any] | None = None) -> None:
        self.span = span
        self.message = message
        self.help = help
        self.related = related
        self.severity = severity
        self.data = {} if data is None else data


@rebuilt_by_init
class Position(Record):
    __slots__ = _fields = ("line", "column")

    def __init__(self, line: int, column: int) -> None:
        self.line = line  # 1-based
        self.column = column  # 1-based, in characters (code points)


@rebuilt_by_init
class Location(Record):
    __slots__ = _fields = ("path", "start", "end")

    def __init__(self, path: str, start: Position, end: Position) -> None:
        self.path = path
        self.start = start
        self.end = end  # exclusive

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.start.line,
            "column": self.start.column,
            "end_line": self.end.line,
            "end_column": self.end.column,
        }


@rebuilt_by_init
class Finding(Record):
    """A violation after the linter has placed it: code, severity, path and positions."""

    __slots__ = _fields = ("code", "severity", "location", "message", "help", "related", "span",
                           "source_line", "data")
    _compare = _fields[:-1]

    def __init__(self, code: str, severity: Severity, location: Location, message: str,
                 help: str | None = None, related: tuple[tuple[Location, str | None], ...] = (),
                 span: Span | None = None, source_line: str | None = None,
                 data: dict[str, Any] | None = None) -> None:
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
        self.help = help
        self.related = related
        self.span = span
        self.source_line = source_line  # the text of the first line, for reporters
        self.data = {} if data is None else data

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


class CorpusContext(Record):
    """What a corpus rule (``SCOPE = "corpus"``) gets besides its options.

    ``docs`` are the documents being linted; ``references`` are documents to compare
    against without linting them (``--against DIR``); ``index_path`` names a prebuilt
    duplicate index (``--against-index FILE``); ``cross`` is False under ``--no-cross``
    (compare each document only with itself and the references).
    """

    _fields = ("docs", "references", "index_path", "cross")
    __slots__ = (*_fields, "__dict__")  # corpus rules keep their shared results here
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, docs: list[Any], references: list[Any] | None = None,
                 index_path: str | None = None, cross: bool = True) -> None:
        self.docs = docs
        self.references = [] if references is None else references
        self.index_path = index_path
        self.cross = cross
