"""A heading run into the paragraph before it.

What it finds: a heading number that should start a line of its own but sits inside the
previous paragraph (``…促发展。通二、成立了机构``), so the headings seem to go from
``一、`` to ``三、``. It is reported where the merged heading stands, once; the heading
that seems to skip a number is not reported again.

Why it matters: the heading is invisible to the reader and the outline of the report looks
broken.

Example:
  Bad: …以招商引资促发展。二、成立了机构,明确了责任。
  Good: …以招商引资促发展。(line break) 二、成立了机构,明确了责任。

Fix: start a new line (paragraph) at the heading number and remove any stray characters
left before it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

import regex

from ...document import Document
from ...types import RelatedSpan, Span, Text, Violation
from ._numbering import analyze

CODE = "ST104"
NAME = "merged-heading"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for a in analyze(doc):
        if a.code != CODE:
            continue
        related = ()
        if a.previous is not None:
            related = (RelatedSpan(Span(a.previous.start, a.previous.end), message=Text("上一个同级标题", "previous heading at this level")),)
        zh = f"标题编号“{a.found}”混在段落中: 应另起一行"
        en = f"heading number “{a.found}” is run into the paragraph: start a new line there"
        before = doc.text[max(0, a.start - 2):a.start]
        if len(before) == 2 and before[0] in "。！？!?；;" and regex.match(r"\p{Han}", before[1]):
            zh += f"(前面的“{before[1]}”疑为错位的字)"
            en += f" (the “{before[1]}” before it looks misplaced)"
        yield Violation(
            span=Span(a.start, a.end),
            message=Text(zh, en),
            help=Text("在此处分段, 使标题独占一行", "break the paragraph so that the heading stands on its own line"),
            related=related,
            data={"expected": a.expected},
        )
