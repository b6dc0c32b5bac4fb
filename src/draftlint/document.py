"""Document: the original text of a draft with a line/column index.

Every loader (plain text, Markdown, .docx) produces a ``Document``. Rules read
``text`` (or ``simplified``, the same text converted from traditional to simplified
script with every character kept at its offset) and report character offsets; the
linter turns offsets into 1-based line and column numbers with :meth:`position`.

Line breaks ``\\n``, ``\\r\\n`` and ``\\r`` each end a line. For a .docx file each
paragraph (and each table-cell paragraph, in reading order) is one line.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from itertools import accumulate

import regex

from ._record import Record
from .types import Position, Span

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Callable, Iterator, TypeVar

    T = TypeVar("T")
_BREAK = regex.compile(r"\r\n|\r|\n")


class Line(Record):
    """One line of a document: its 1-based number and the offsets of its text."""

    __slots__ = _fields = ("number", "start", "end", "text")

    def __init__(self, number: int, start: int, end: int, text: str) -> None:
        self.number = number
        self.start = start
        self.end = end  # exclusive, before the line break
        self.text = text

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


def _starts_of(texts: list[str]) -> list[int]:
    """Where each line starts, for the lines ``texts`` of a text split at "\n"."""
    return [0, *accumulate([len(t) + 1 for t in texts[:-1]])]


class Document:
    """A draft as text. ``kind`` is ``"txt"``, ``"md"`` or ``"docx"``."""

    def __init__(self, text: str, path: str = "<text>", kind: str = "txt", encoding: str | None = None,
                 meta: dict[str, Any] | None = None) -> None:
        self.text = text
        self.path = path
        self.kind = kind
        self.encoding = encoding
        self.meta = {} if meta is None else meta

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, kind={self.kind!r}, {len(self.text)} characters)"

    @cached_property
    def _line_starts(self) -> list[int]:
        if "\r" not in self.text:  # (nearly every draft) each line starts after the last and its \n
            return _starts_of(self.text.split("\n"))
        starts = [0]
        starts.extend(m.end() for m in _BREAK.finditer(self.text))
        return starts

    @cached_property
    def lines(self) -> list[Line]:
        """All lines, the text of each without its line break."""
        text = self.text
        if "\r" not in text:
            # split at \n: the same lines, without backing up over each break in Python
            # (2.5 times faster; every rule and every finding needs the lines); the starts
            # from the same split, unless they are known already
            texts = text.split("\n")
            starts = self.__dict__.get("_line_starts")
            if starts is None:
                starts = self.__dict__["_line_starts"] = _starts_of(texts)
            return [Line(k, start, start + len(t), t) for k, start, t in zip(range(1, len(texts) + 1), starts, texts)]
        starts = self._line_starts
        out: list[Line] = []
        for i, start in enumerate(starts):
            if i + 1 < len(starts):
                end = starts[i + 1]
                # back up over the break (\r\n, \r or \n)
                if text[end - 1] == "\n":
                    end -= 1
                    if end > start and text[end - 1] == "\r":
                        end -= 1
                elif text[end - 1] == "\r":
                    end -= 1
            else:
                end = len(text)
            out.append(Line(i + 1, start, end, text[start:end]))
        return out

    def line_of(self, offset: int) -> Line:
        """The line that holds ``offset`` (an offset on a line break belongs to its line)."""
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(idx, 0)]

    def position(self, offset: int) -> Position:
        """1-based line and column of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        return Position(line.number, min(offset, line.end) - line.start + 1)

    def end_position(self, span: Span) -> Position:
        """Exclusive end position of a span, kept on the span's last line."""
        if span.end <= span.start:
            pos = self.position(span.start)
            return Position(pos.line, pos.column + 1)
        last = self.line_of(span.end - 1)
        return Position(last.number, min(span.end, last.end + 1) - last.start + 1)

    def place(self, span: Span) -> tuple[Position, Position, Line]:
        """``position(span.start)``, ``end_position(span)`` and the line the span starts on
        (see :meth:`placed`)."""
        line, column, end_line, end_column, first = self.placed(span)
        return Position(line, column), Position(end_line, end_column), first

    def placed(self, span: Span) -> tuple[int, int, int, int, Line]:
        """The line and column of ``position(span.start)`` and of ``end_position(span)``,
        and the line the span starts on, with one line look-up for a span on one line:
        the linter places every finding (about 70 a draft on the benchmark corpus), and
        two or three separate look-ups were most of the cost of turning a violation into a
        finding. Plain numbers: a finding leaves a worker as a tuple of them."""
        starts = self._line_starts
        lines = self.lines
        start, end = span.start, span.end
        # (conditional expressions, not min(): its calls were the largest part of this)
        size = len(self.text)
        offset = start if start < size else size  # (a span never starts before 0)
        k = bisect.bisect_right(starts, offset) - 1
        line = lines[k]
        column = (offset if offset < line.end else line.end) - line.start + 1
        if end <= start:
            return k + 1, column, k + 1, column + 1, line
        if k + 1 < len(starts) and end - 1 >= starts[k + 1]:  # ends on a later line (rare)
            last = self.end_position(span)
            return k + 1, column, last.line, last.column, line
        return k + 1, column, k + 1, (end if end <= line.end else line.end + 1) - line.start + 1, line

    def nonblank_lines(self) -> Iterator[Line]:
        return (line for line in self.lines if not line.is_blank)

    @cached_property
    def blocks(self) -> list[list[Line]]:
        """Runs of consecutive non-blank lines (a hard-wrapped paragraph is one block)."""
        out: list[list[Line]] = []
        current: list[Line] = []
        for line in self.lines:
            if line.is_blank:
                if current:
                    out.append(current)
                    current = []
            else:
                current.append(line)
        if current:
            out.append(current)
        return out

    @cached_property
    def simplified(self) -> str:
        """The text in simplified script, offset for offset the same as ``text``."""
        from .script import to_simplified

        return to_simplified(self.text)

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """An analysis several rules share (a parse, another rule's findings), computed
        once per document: ``doc.memo(("numbering", opts), lambda: parse(doc))``."""
        store = self.__dict__.setdefault("_memo", {})
        if key not in store:
            store[key] = compute()
        return store[key]

    def __getstate__(self) -> dict[str, Any]:
        # send only the text across processes; the indexes are rebuilt on demand
        return {k: self.__dict__[k] for k in ("text", "path", "kind", "encoding", "meta")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]
