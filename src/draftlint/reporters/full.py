"""Full: rustc/ruff-style diagnostics with the source line, a gutter and carets.

Carets are placed by display width (a CJK character takes two terminal columns, see
``rich.cells.cell_len``). A long line is shown as a window around the span, with an
ellipsis where it was cut, so a 900-character paragraph does not flood the screen.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

import regex
from rich.cells import cell_len
from rich.console import COLOR_SYSTEMS
from rich.text import Text

from ..types import Finding

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterator

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
WINDOW = 72  # display columns of source shown around a span
ELLIPSIS = "…"
BATCH = 1024  # findings rendered (and, a whole batch, their lines measured by numpy) together


def window(line: str, start: int, end: int, width: int = WINDOW) -> tuple[str, int, int]:
    """Cut ``line`` to about ``width`` display columns around ``[start, end)``.

    Returns the shown text and the caret offset and caret width, both in display columns.
    """
    line, sums, offset = _measured(line)
    n = len(line)
    # (conditional expressions: min and max calls cost more, once per finding)
    start = 0 if start < 0 else n if start > n else start
    end = start if end < start else n if end > n else end
    if sums is None:
        return _window_joined(line, start, end, width)
    return _window_summed(line, sums, offset, start, end, width)


class _CharCells(dict):
    """Character -> ``cell_len(character)``, measured the first time it is asked for (a
    dict lookup is cheaper than a call through lru_cache, per character of every window)."""

    def __missing__(self, ch: str) -> int:
        cells = self[ch] = cell_len(ch)
        return cells


_char_cells = _CharCells().__getitem__

# The lines measured last: a line with several findings (they come sorted by line) is
# measured once, not once per finding. Values are (line as shown, sums, offset), see _measured.
_MEASURED: dict[str, tuple[str, list[int] | None, int]] = {}


def _measured(line: str) -> tuple[str, list[int] | None, int]:
    """The line as shown (tabs as spaces) and its cumulative display widths: the width of
    its first ``i`` characters is ``sums[offset + i] - sums[offset]`` (``sums`` may be shared
    by many lines, see :func:`_measure_many`), so every width a window needs is one
    subtraction and every cut one bisect. ``sums`` is ``None`` for a line with a zero-width
    joiner or variation selector, which rich measures in groups.
    """
    got = _MEASURED.get(line)
    if got is None:
        if len(_MEASURED) > 64:
            _MEASURED.clear()
        shown = line.replace("\t", " ")
        if "\u200d" in shown or "\ufe0f" in shown:
            got = shown, None, 0
        else:
            got = shown, list(accumulate(map(_char_cells, shown), initial=0)), 0
        _MEASURED[line] = got
    return got


# numpy's widths of code points (and which are known), filled from _char_cells as they occur.
_NP_CELLS = None


def _measure_many(lines: list[str]) -> None:
    """Measure many lines at once into ``_MEASURED``: their characters' widths looked up and
    summed by numpy over all of them together (summing in Python cost about 150 ns a
    character, most of the full format's time), one shared list of sums. The widths are
    _char_cells', so the windows are the same as :func:`_measured`'s."""
    import numpy as np

    global _NP_CELLS
    if _NP_CELLS is None:
        _NP_CELLS = np.zeros(0x110000, np.int64), np.zeros(0x110000, bool)
    cells, known = _NP_CELLS
    summed = []
    for line in lines:
        shown = line.replace("\t", " ")
        if "\u200d" in shown or "\ufe0f" in shown:
            _MEASURED[line] = shown, None, 0
        else:
            summed.append((line, shown))
    text = "".join([shown for _, shown in summed])
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    new = np.unique(points[~known[points]])
    for point in new.tolist():
        cells[point] = _char_cells(chr(point))
    known[new] = True
    sums = np.zeros(len(points) + 1, np.int64)
    np.cumsum(cells[points], out=sums[1:])
    sums = sums.tolist()
    offset = 0
    for line, shown in summed:
        _MEASURED[line] = shown, sums, offset
        offset += len(shown)


def _window_summed(line: str, sums: list[int], o: int, start: int, end: int, width: int) -> tuple[str, int, int]:
    """:func:`window` from the cumulative widths of the line (rich measures a string without
    a joiner as the sum of its characters), which start at ``sums[o]``: the same cuts as
    walking the line a character at a time, found by bisecting the sums."""
    n = len(line)
    at_start = sums[o + start]
    if sums[o + n] - sums[o] <= width:
        lo, hi = 0, n
    else:
        # a span at least `least` cells wide leaves the left side its smallest budget
        least = width - 8 - width // 3
        span = sums[o + (end if end < start + least else start + least)] - at_start
        if span < least and end > start + least:
            span = sums[o + end] - at_start
        budget_left = min(max(width // 3, width - span - 8), width // 2)
        # the first character from which line[lo:start] fits in budget_left, and the
        # furthest hi such that line[lo:hi] fits in width
        lo = bisect_left(sums, at_start - budget_left, o, o + start) - o
        hi = bisect_right(sums, sums[o + lo] + width, o + lo + 1, o + n + 1) - 1 - o
        if end > hi:  # a span wider than the window: underline what is shown
            end = hi
    if lo > 0:
        prefix, caret_at = ELLIPSIS, _char_cells(ELLIPSIS) + at_start - sums[o + lo]
    else:
        prefix, caret_at = "", at_start - sums[o]
    shown = prefix + line[lo:hi] + ELLIPSIS if hi < n else prefix + line[lo:hi]
    caret_width = sums[o + end] - at_start
    return shown, caret_at, caret_width if caret_width > 1 else 1


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


def _placed(f: Finding) -> tuple[str, str, str, int, int]:
    """For a finding with a source line: its line number, the gutter's padding, and the
    window of the line shown with the caret's offset and width (see :func:`window`; a span
    running onto later lines is underlined to the end of its first)."""
    loc = f.location
    start, end = loc.start, loc.end
    lineno = str(start.line)
    end_col = end.column if end.line == start.line else len(f.source_line) + 1
    shown, caret_at, caret_width = window(f.source_line, start.column - 1, end_col - 1)
    return lineno, " " * len(lineno), shown, caret_at, caret_width


def _expected_label(code: str) -> str:
    """The label of a finding's recomputed (AR) or expected figure."""
    return "recomputed: " if code.startswith("AR") else "expected: "


def pieces(f: Finding) -> Iterator[tuple[str, str | None]]:
    """The diagnostic of a finding as (text, style) pieces: what :func:`diagnostic` draws
    and :func:`plain_text` writes as plain text."""
    loc = f.location
    yield f"{loc.path}:{loc.start.line}:{loc.start.column}: ", "bold"
    yield f.code, STYLE[f.severity]
    yield f" [{f.severity}] ", STYLE[f.severity].replace("bold ", "")
    yield f.message + "\n", None
    if f.source_line is not None:
        lineno, pad, shown, caret_at, caret_width = _placed(f)
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
            yield _expected_label(f.code), "bold"
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
_RICH_CHANGES_CHARS = "\t\a\b\v\f\r"
_RICH_CHANGES = regex.compile(f"[{_RICH_CHANGES_CHARS}]")


# The names of the styles of the pieces.
_STYLES = {"bold", "blue", "red", "green", *STYLE.values(), *[style.replace("bold ", "") for style in STYLE.values()]}


def _wrapped(text: str, on: str, off: str) -> str:
    """``text`` in a style's escape codes as rich writes it: line by line (rich ends a style
    before each newline and starts it again after), empty lines without codes."""
    if "\n" not in text or not on:
        return on + text + off if text else ""
    return "\n".join([on + part + off if part else "" for part in text.split("\n")])


def _text(f: Finding, esc: dict[str, tuple[str, str]]) -> str:
    """What :func:`pieces` yields, each styled piece in the escape codes ``esc`` gives its
    style, built in one f-string per part (walking the pieces cost more than measuring
    the window). A piece these f-strings wrap whole has no newline inside."""
    loc = f.location
    start = loc.start
    severity = STYLE[f.severity]
    b_on, b_off = esc["bold"]
    s_on, s_off = esc[severity]
    t_on, t_off = esc[severity.replace("bold ", "")]
    out = (f"{_wrapped(f'{loc.path}:{start.line}:{start.column}: ', b_on, b_off)}{s_on}{f.code}{s_off}"
           f"{t_on} [{f.severity}] {t_off}{f.message}\n")
    if f.source_line is None:
        return out
    l_on, l_off = esc["blue"]
    lineno, pad, shown, caret_at, caret_width = _placed(f)
    out += (f"{l_on}{pad} |{l_off}\n{l_on}{lineno} | {l_off}{shown}\n{l_on}{pad} | {l_off}{' ' * caret_at}"
            f"{s_on}{'^' * caret_width}{s_off}{s_on} {f.code}{s_off}\n")
    expected = f.data.get("expected")
    if f.help or f.related or expected:
        out += f"{l_on}{pad} |{l_off}\n"
    if expected:
        out += f"{l_on}{pad} = {l_off}{b_on}{_expected_label(f.code)}{b_off}{expected}\n"
    if f.help:
        help = "".join([text if style is None else _wrapped(text, *esc[style]) for text, style in _marked(f.help)])
        out += f"{l_on}{pad} = {l_off}{b_on}help: {b_off}{help}\n"
    if f.related:
        out += _related(f, f"{l_on}{pad} = {l_off}{b_on}related: {b_off}")
    return out


def plain_text(f: Finding) -> str:
    """The diagnostic of a finding as plain text: ``"".join`` of the texts of :func:`pieces`,
    built in one f-string per part (walking the pieces cost more than measuring the window).
    Kept apart from the colour report's builder: that one with empty escape codes made the
    plain report a fifth slower (1.45 -> 1.75 s for 145,635 findings)."""
    loc = f.location
    start = loc.start
    out = f"{loc.path}:{start.line}:{start.column}: {f.code} [{f.severity}] {f.message}\n"
    if f.source_line is None:
        return out
    lineno, pad, shown, caret_at, caret_width = _placed(f)
    out += (f"{pad} |\n{lineno} | {shown}\n{pad} | {' ' * caret_at}{'^' * caret_width} {f.code}\n")
    expected = f.data.get("expected")
    if f.help or f.related or expected:
        out += f"{pad} |\n"
    if expected:
        out += f"{pad} = {_expected_label(f.code)}{expected}\n"
    if f.help:
        out += f"{pad} = help: {f.help}\n"
    if f.related:
        out += _related(f, f"{pad} = related: ")
    return out


def _related(f: Finding, lead: str) -> str:
    """The lines of a finding's related places, each after ``lead`` (plain or styled)."""
    out = ""
    for rel, message in f.related:
        rs, re_ = rel.start, rel.end
        out += f"{lead}{rel.path}:{rs.line}:{rs.column}"
        if re_.line != rs.line:
            out += f"-{re_.line}"
        out += (f" {message}" if message else "") + "\n"
    return out


def _escapes(console) -> dict[str, tuple[str, str]] | None:
    """Style name -> the escape codes ``console`` writes before and after text of that style,
    taken from rich itself (theme, colour system, colour off). ``None`` for a console that
    does more than write styled segments (records, Jupyter, legacy Windows, or wraps and
    crops lines: without soft wrapping)."""
    if console.record or console.is_jupyter or console.legacy_windows or not console.soft_wrap:
        return None
    codes = {}
    for name in _STYLES:
        style = console.get_style(name)
        if console.no_color:
            style = style.without_color  # (as rich's _render_buffer removes colour)
        # (Style.render needs the enum; COLOR_SYSTEMS maps the public color_system name to it)
        system = COLOR_SYSTEMS.get(console.color_system) if console.color_system else None
        on, _, off = style.render("\0", color_system=system).partition("\0")
        codes[name] = on, off
    return codes


def render(findings: list[Finding], *, files: int, console, config) -> None:
    """On a console that draws no styles (a file or a pipe, or colour off), the text of
    each diagnostic is written as rich would print it, without building rich's Text and
    segments (for 150,000 findings that took minutes); on one that draws them, each
    piece wrapped in the escape codes rich writes for its style (rich took 0.5 ms a
    finding). Text rich would change (a tab, a control character) is still printed
    through rich (with soft wrapping, rich neither wraps nor crops the rest)."""
    plain = console.color_system is None and not console.record and not console.is_jupyter
    escapes = None if plain else _escapes(console)
    write = console.file.write
    try:
        for i in range(0, len(findings), BATCH):
            batch = findings[i : i + BATCH]
            if len(batch) == BATCH:
                # their lines measured together (numpy pays only for many findings; a
                # check of one draft does not import it)
                _MEASURED.clear()
                _measure_many(list(dict.fromkeys([f.source_line for f in batch if f.source_line])))
            if plain:
                texts = [plain_text(f) for f in batch]
            elif escapes is not None:
                texts = [_text(f, escapes) for f in batch]
            else:
                for f in batch:
                    console.print(diagnostic(f))
                continue
            out = "\n".join(texts) + "\n"
            # one look for what rich changes per batch, not a search per finding
            if not any(ch in out for ch in _RICH_CHANGES_CHARS):
                write(out)
                continue
            for f, text in zip(batch, texts):
                if _RICH_CHANGES.search(text):
                    console.print(diagnostic(f))
                else:
                    write(text + "\n")
    finally:
        _MEASURED.clear()
