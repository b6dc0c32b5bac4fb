"""Where the PH family has found conversion or website residue, so that ST does not report it twice.

A page number that a conversion turned into ``3、`` is residue (PH203), not numbering; a
line of website residue (PH201) is not the author's prose. The PH rules are asked through
the registry, with their default options; if one is missing, nothing is excluded.
"""

from __future__ import annotations

from bisect import bisect_right

from ...document import Document
from ...types import Span
from ._layout import line_starts


def residue_spans(doc: Document, *codes: str) -> list[Span]:
    from .. import get, violations_of  # late: the registry imports this package

    out: list[Span] = []
    for code in codes:
        rule = get(code)
        if rule is None or rule.scope != "document" or rule.check is None:
            continue
        try:  # the same run as the linter's own when PH uses its default options
            out.extend(v.span for v in violations_of(doc, rule, dict(rule.options)))
        except Exception:  # noqa: BLE001 - a failing PH rule is reported by the linter for PH; ST goes on
            continue
    return out


def residue_lines(doc: Document, *codes: str) -> set[int]:
    """Numbers of the lines that hold residue found by ``codes``."""
    lines: set[int] = set()
    starts = line_starts(doc)
    for span in residue_spans(doc, *codes):
        # (``doc.line_of(offset).number``, without building the line)
        first = max(bisect_right(starts, span.start), 1)
        last = max(bisect_right(starts, max(span.start, span.end - 1)), 1)
        lines.update(range(first, last + 1))
    return lines
