"""Full: rustc/ruff-style diagnostics with the source line, a gutter and carets.

Carets are placed by display width (a CJK character takes two terminal columns, see
``rich.cells.cell_len``). A long line is shown as a window around the span, with an
ellipsis where it was cut, so a 900-character paragraph does not flood the screen.
"""

from __future__ import annotations

import regex
from rich.cells import cell_len
from rich.text import Text

from ..types import Finding

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
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(line) else ""
    shown = prefix + line[lo:hi] + suffix
    caret_at = cell_len(prefix + line[lo:start])
    caret_width = max(1, cell_len(line[start:end]))
    return shown, caret_at, caret_width


# Diffs in messages mark removed text 【-so-】 and inserted text 【+so+】.
_MARKED = regex.compile(r"【-(.*?)-】|【\+(.*?)\+】", regex.S)


def _append_marked(out: Text, text: str) -> None:
    pos = 0
    for m in _MARKED.finditer(text):
        out.append(text[pos : m.start()])
        out.append(m.group(), style="red" if m.group(1) is not None else "green")
        pos = m.end()
    out.append(text[pos:])


def diagnostic(f: Finding) -> Text:
    out = Text()
    loc = f.location
    out.append(f"{loc.path}:{loc.start.line}:{loc.start.column}: ", style="bold")
    out.append(f.code, style=STYLE[f.severity])
    out.append(f" [{f.severity}] ", style=STYLE[f.severity].replace("bold ", ""))
    out.append(f.message + "\n")
    if f.source_line is not None:
        lineno = str(loc.start.line)
        pad = " " * len(lineno)
        end_col = loc.end.column if loc.end.line == loc.start.line else len(f.source_line) + 1
        shown, caret_at, caret_width = window(f.source_line, loc.start.column - 1, end_col - 1)
        out.append(f"{pad} |\n", style="blue")
        out.append(f"{lineno} | ", style="blue")
        out.append(shown + "\n")
        out.append(f"{pad} | ", style="blue")
        out.append(" " * caret_at)
        out.append("^" * caret_width, style=STYLE[f.severity])
        out.append(f" {f.code}\n", style=STYLE[f.severity])
        if f.help or f.related or f.data.get("expected"):
            out.append(f"{pad} |\n", style="blue")
        if f.data.get("expected"):
            out.append(f"{pad} = ", style="blue")
            out.append("recomputed: " if f.code.startswith("AR") else "expected: ", style="bold")
            out.append(f"{f.data['expected']}\n")
        if f.help:
            out.append(f"{pad} = ", style="blue")
            out.append("help: ", style="bold")
            _append_marked(out, f.help)
            out.append("\n")
        for rel, message in f.related:
            out.append(f"{pad} = ", style="blue")
            out.append("related: ", style="bold")
            out.append(f"{rel.path}:{rel.start.line}:{rel.start.column}")
            if rel.end.line != rel.start.line:
                out.append(f"-{rel.end.line}")
            out.append((f" {message}" if message else "") + "\n")
    return out


def render(findings: list[Finding], *, files: int, console, config) -> None:
    for f in findings:
        console.print(diagnostic(f))
