"""Where the PH family has found conversion or website residue, so that ST does not report it twice.

A page number that a conversion turned into ``3、`` is residue (PH203), not numbering; a
line of website residue (PH201) is not the author's prose. The PH rules are asked through
the registry, with their default options; if one is missing, nothing is excluded.
"""

from __future__ import annotations

from ...document import Document
from ...types import Span


def residue_spans(doc: Document, *codes: str) -> list[Span]:
    from .. import get  # late: the registry imports this package

    out: list[Span] = []
    for code in codes:
        rule = get(code)
        if rule is None or rule.scope != "document" or rule.check is None:
            continue
        out.extend(doc.memo(("residue", code), lambda rule=rule: _spans(rule, doc)))
    return out


def _spans(rule, doc: Document) -> list[Span]:
    try:
        return [v.span for v in rule.check(doc, dict(rule.options))]
    except Exception:  # noqa: BLE001 - a failing PH rule is reported by the linter for PH; ST goes on
        return []


def residue_lines(doc: Document, *codes: str) -> set[int]:
    """Numbers of the lines that hold residue found by ``codes``."""
    lines: set[int] = set()
    for span in residue_spans(doc, *codes):
        first = doc.line_of(span.start).number
        last = doc.line_of(max(span.start, span.end - 1)).number
        lines.update(range(first, last + 1))
    return lines
