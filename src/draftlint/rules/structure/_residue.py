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
    return _lines_of(doc, ((span.start, span.end) for span in residue_spans(doc, *codes)))


def site_residue_lines(doc: Document) -> set[int]:
    """``residue_lines(doc, "PH201")``, read from the pieces PH201 reports (one finding each,
    whatever its options: a test checks the two agree) without building its findings, which
    the linter shares but a run of the rules one by one builds again for ST."""
    from .. import get  # late: the registry imports this package

    rule = get("PH201")
    if rule is None or rule.scope != "document" or rule.check is None:
        return set()
    try:
        from ..placeholder.site_residue import doc_pieces

        pieces = doc_pieces(doc)
    except Exception:  # noqa: BLE001 - as in residue_spans: PH reports its own failure
        return set()
    return _lines_of(doc, pieces)


def _lines_of(doc: Document, spans) -> set[int]:
    lines: set[int] = set()
    starts = line_starts(doc)
    for start, end in spans:
        # (``doc.line_of(offset).number``, without building the line)
        first = max(bisect_right(starts, start), 1)
        last = max(bisect_right(starts, max(start, end - 1)), 1)
        lines.update(range(first, last + 1))
    return lines
