"""A quote or bracket without its partner in the paragraph, or closed by the wrong one.

What it finds: an opening quote or bracket that is never closed in its paragraph, a closing
one that was never opened, and a pair that does not match (``(…】``). Checked: “” ‘’ 「」
『』 《》 () （） 【】 [] 〈〉 〔〕. A paragraph may be hard-wrapped over several lines or
split by a page marker; nested quotes are fine; ``(`` may close with ``）``; enumerators
such as ``1)`` are not half a pair; an excerpt cut off with ``…`` may leave a quote open.

Why it matters: an unclosed quote leaves the reader unsure where the quotation ends, and
it usually means text was lost or pasted in the wrong place.

Example:
  Bad: 成立了“城市建设与城市管理指挥部、“三位一体”办公室等。
  Good: 成立了“城市建设与城市管理指挥部”、“三位一体”办公室等。

Fix: add the missing partner where the quotation or aside ends, or delete the stray mark.
"""

from __future__ import annotations

from typing import Iterable

from ...document import Document
from ...types import RelatedSpan, Span, Text, Violation
from ._pairs import analyze

CODE = "ST201"
NAME = "unbalanced-pair"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for i in analyze(doc):
        if i.code != CODE:
            continue
        if i.reason == "unclosed":
            msg = Text(f"“{i.char}”没有配对的“{i.partner}”: 请在引文或括注结束处补上",
                       f"“{i.char}” is never closed: add “{i.partner}” where the quotation or aside ends")
        elif i.reason == "stray":
            msg = Text(f"“{i.char}”前面没有配对的开始符号: 请补上或删去",
                       f"“{i.char}” closes nothing: add the opening mark or delete it")
        else:
            msg = Text(f"“{i.partner}”与“{i.char}”不配对: 请改成同一对符号",
                       f"“{i.partner}” is closed by “{i.char}”: use marks of the same pair")
        related = ()
        if i.other is not None:
            related = (RelatedSpan(Span(i.other, i.other + 1), message=Text("配对的另一半", "the other half")),)
        yield Violation(span=Span(i.start, i.end), message=msg, related=related, data={"reason": i.reason})
