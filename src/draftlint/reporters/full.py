"""Full: rustc/ruff-style diagnostics with the source line, a gutter and carets.

Carets are placed by display width (a CJK character takes two terminal columns, see
``rich.cells.cell_len``). A long line is shown as a window around the span, with an
ellipsis where it was cut, so a 900-character paragraph does not flood the screen.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

import regex
from rich.cells import cell_len
from rich.text import Text

from ..types import Finding

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterator

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
WINDOW = 72  # display columns of source shown around a span
ELLIPSIS = "…"


def window(line: str, start: int, end: int, width: int = WINDOW) -> tuple[str, int, int]:
    """Cut ``line`` to about ``width`` display columns around ``[start, end)``.

    Returns the shown text and the caret offset and caret width, both in display columns.
    """
    line = line.replace("\t", " ")
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    if "\u200d" in line or "\ufe0f" in line:
        return _window_joined(line, start, end, width)
    # Without these two, rich measures a string as the sum of its characters: the window is
    # found from character widths summed in C (accumulate, bisect), not one step at a time
    # (measuring character by character in Python was most of the time of the full format).
    if len(line) > width and _cells(line[: width + 1]) > width:
        fits = False  # (the first width + 1 characters alone are too wide)
    else:
        fits = _cells(line) <= width
    if fits:
        lo, hi = 0, len(line)
    else:
        # a span at least `least` cells wide leaves the left side its smallest budget
        least = width - 8 - width // 3
        span = _cells(line[start : min(end, start + least)])
        if span < least and end > start + least:
            span = _cells(line[start:end])
        budget_left = min(max(width // 3, width - span - 8), width // 2)
        lo = start - _fitting(line[start - 1 :: -1] if start else "", budget_left)
        hi = lo + _fitting(line[lo:], width)
        end = min(end, hi)  # a span wider than the window: underline what is shown
    return _cut(line, lo, hi, start, end, _cells)


class _CharCells(dict):
    """Character -> ``cell_len(character)``, measured the first time it is asked for (a
    dict lookup is cheaper than a call through lru_cache, per character of every window)."""

    def __missing__(self, ch: str) -> int:
        cells = self[ch] = cell_len(ch)
        return cells


_char_cells = _CharCells().__getitem__


def _cells(text: str) -> int:
    """``cell_len(text)`` for text without a zero-width joiner or variation selector."""
    return sum(map(_char_cells, text))


def _fitting(chars: str, budget: int) -> int:
    """How many leading characters of ``chars`` fit in ``budget`` cells together."""
    n = budget + 1  # enough unless characters of no width are among them: then look further
    while True:
        sums = list(accumulate(map(_char_cells, chars[:n])))
        k = bisect_right(sums, budget)
        if k < len(sums) or n >= len(chars):
            return k
        n *= 2


def _window_joined(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """:func:`window` for a line whose characters rich may measure together (an emoji
    sequence): measured as rich does, character by character where the window grows."""
    if cell_len(line) <= width:
        lo, hi = 0, len(line)
    else:
        budget_left = max(width // 3, width - cell_len(line[start:end]) - 8)
        budget_left = min(budget_left, width // 2)
        lo = start
        used = 0
        while lo > 0 and used + cell_len(line[lo - 1]) <= budget_left:
            lo -= 1
            used += cell_len(line[lo])
        hi = lo
        used = 0
        while hi < len(line) and used + cell_len(line[hi]) <= width:
            used += cell_len(line[hi])
            hi += 1
        end = min(end, hi)  # a span wider than the window: underline what is shown
    return _cut(line, lo, hi, start, end, cell_len)


def _cut(line: str, lo: int, hi: int, start: int, end: int, measure) -> tuple[str, int, int]:
    """``line[lo:hi]`` with an ellipsis where it is cut, the caret offset and the caret width
    (display columns, as ``measure`` counts them)."""
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(line) else ""
    return prefix + line[lo:hi] + suffix, measure(prefix + line[lo:start]), max(1, measure(line[start:end]))


# Diffs in messages mark removed text 【-so-】 and inserted text 【+so+】.
_MARKED = regex.compile(r"【-(.*?)-】|【\+(.*?)\+】", regex.S)


def _marked(text: str) -> Iterator[tuple[str, str | None]]:
    pos = 0
    for m in _MARKED.finditer(text):
        yield text[pos : m.start()], None
        yield m.group(), "red" if m.group(1) is not None else "green"
        pos = m.end()
    yield text[pos:], None


def pieces(f: Finding) -> Iterator[tuple[str, str | None]]:
    """The diagnostic of a finding as (text, style) pieces: what :func:`diagnostic` draws
    and :func:`render` writes as plain text."""
    loc = f.location
    yield f"{loc.path}:{loc.start.line}:{loc.start.column}: ", "bold"
    yield f.code, STYLE[f.severity]
    yield f" [{f.severity}] ", STYLE[f.severity].replace("bold ", "")
    yield f.message + "\n", None
    if f.source_line is not None:
        lineno = str(loc.start.line)
        pad = " " * len(lineno)
        end_col = loc.end.column if loc.end.line == loc.start.line else len(f.source_line) + 1
        shown, caret_at, caret_width = window(f.source_line, loc.start.column - 1, end_col - 1)
        yield f"{pad} |\n", "blue"
        yield f"{lineno} | ", "blue"
        yield shown + "\n", None
        yield f"{pad} | ", "blue"
        yield " " * caret_at, None
        yield "^" * caret_width, STYLE[f.severity]
        yield f" {f.code}\n", STYLE[f.severity]
        if f.help or f.related or f.data.get("expected"):
            yield f"{pad} |\n", "blue"
        if f.data.get("expected"):
            yield f"{pad} = ", "blue"
            yield "recomputed: " if f.code.startswith("AR") else "expected: ", "bold"
            yield f"{f.data['expected']}\n", None
        if f.help:
            yield f"{pad} = ", "blue"
            yield "help: ", "bold"
            yield from _marked(f.help)
            yield "\n", None
        for rel, message in f.related:
            yield f"{pad} = ", "blue"
            yield "related: ", "bold"
            yield f"{rel.path}:{rel.start.line}:{rel.start.column}", None
            if rel.end.line != rel.start.line:
                yield f"-{rel.end.line}", None
            yield (f" {message}" if message else "") + "\n", None


def diagnostic(f: Finding) -> Text:
    out = Text()
    for text, style in pieces(f):
        out.append(text, style=style)
    return out


# What rich does to text beyond styling it: expand tabs, drop these control characters.
_RICH_CHANGES = regex.compile(r"[\t\a\b\v\f\r]")


def render(findings: list[Finding], *, files: int, console, config) -> None:
    """On a console that draws no styles (a file or a pipe, or colour off), the text of
    each diagnostic is written as rich would print it, without building rich's Text and
    segments (for 150,000 findings that took minutes). Text rich would change (a tab, a
    control character) is still printed through rich."""
    plain = console.color_system is None and not console.record and not console.is_jupyter
    write = console.file.write
    for f in findings:
        if plain:
            text = "".join([text for text, _ in pieces(f)])
            if not _RICH_CHANGES.search(text):
                write(text + "\n")
                continue
        console.print(diagnostic(f))
