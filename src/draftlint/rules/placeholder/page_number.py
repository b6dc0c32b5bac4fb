"""Page numbers left in the text by a PDF or Word page footer.

What it finds: page numbers that came along when a paginated document was copied into
plain text: a line that is only ``- 2 -``, ``—3—``, ``第 2 页 共 10 页`` or ``Page 2 of 10``,
a line that is only ``2`` where it splits a sentence or where such numbers run on from page
to page (not in .docx, where a bare number is a table cell),
and the same markers inside a paragraph, where a page break fell in the middle of a sentence
(``…为农业园区- 2 -`` or ``…制定相应的 - 2 - 招商计划…``). Ranges and arithmetic such as
``3-5``, ``1-2-3`` or ``2022-10`` are not page numbers and stay quiet.

Why it matters: a stray page number in a paragraph breaks the sentence, and shows the text
was lifted from someone else's paginated file.

Example:
  Bad: 引进了河西蔬菜产业园区建设项目为农业园区- 2 -
  Good: 引进了河西蔬菜产业园区建设项目为农业园区发展拓宽渠道。

Fix: delete the page number and join the sentence it split.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

import re

from ...document import Document
from ...lazyre import lazy_re
from ...types import Span, Text, Violation
from ._fill import literal_scans, literal_starts, matches_at
from ._residue import PAGE_DASHED, PAGE_OF, bare_page_numbers, match_text, page_lines, strip_span

CODE = "PH202"
NAME = "page-number-in-text"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    text = match_text(doc)
    seen: list[Span] = []
    marked = page_lines(doc) | {line.number for line in bare_page_numbers(doc)}
    for number in sorted(marked):  # (the few marked lines, in order, not a walk over every line)
        line = doc.lines[number - 1]
        start, end = strip_span(text, line.start, line.end)
        seen.append(Span(start, end))
        yield _violation(doc, Span(start, end), inline=False)
    for pattern, may_occur in ((PAGE_DASHED, _has_dash), (PAGE_OF, _has_page_word)):
        if not may_occur(text):
            continue  # (nor is the pattern compiled: start-up of a one-draft check)
        if pattern is PAGE_DASHED:
            found = matches_at(pattern, text, lambda t: (hit.start() for hit in _DASH_STARTS.finditer(t)))
        else:
            found = matches_at(pattern, text, _page_of_starts)
        for m in found:
            span = Span(m.start(), m.end())
            if any(span.overlaps(s) for s in seen):
                continue
            seen.append(span)
            yield _violation(doc, span, inline=True)


# Where a match of PAGE_DASHED can start: a dash with no figure, letter or dash before it
# (its look-behind). The pattern starts with that look-behind, which the regex engine tries
# at every character of the text; tried only where a scan of the stdlib engine finds a start
# (_fill.matches_at), it finds the same matches (17 → 10 ms over c300).
_DASH_STARTS = lazy_re(r"[-—–－‒―](?<![0-9A-Za-z.\-—–－‒―].)", re.S)


def _page_of_starts(text: str) -> list[int]:
    """Where a match of PAGE_OF can start: 第 or 共 before a character that is no CJK
    ideograph (a blank or a figure follows them in every match: \\s and \\d hold no
    ideograph), or p / P before "age" in any case (the letters of "page" fold to no other
    character). PAGE_OF, an alternation, is tried at every character of a text searched
    whole (19 ms over c300); one literal search for each of these characters (see
    _fill.literal_starts) finds where to try it (5 ms with the tries)."""
    return sorted(literal_starts(literal_scans("第共", r"(?=[^\u4e00-\u9fff])"), text)
                  + literal_starts(literal_scans("Pp", r"(?=[Aa][Gg][Ee])"), text))


def _has_dash(text: str) -> bool:
    """Whether ``text`` holds a dash, as every match of PAGE_DASHED does."""
    return any(dash in text for dash in "-—–－‒―")


def _has_page_word(text: str) -> bool:
    """Whether ``text`` holds 页 or "page" in any case, as every match of PAGE_OF does."""
    return "页" in text or "page" in text.lower()


def _violation(doc: Document, span: Span, *, inline: bool) -> Violation:
    found = doc.text[span.start:span.end].strip()
    if inline:
        message = Text(f"正文中夹有页码“{found}”: 请删除并接好被分开的句子",
                       f"page number “{found}” inside the text: delete it and rejoin the sentence")
    else:
        message = Text(f"残留的页码“{found}”: 请删除", f"page number “{found}” left in the text: delete it")
    return Violation(span=span, message=message)
