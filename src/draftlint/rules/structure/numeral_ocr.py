"""A dash or other glyph standing where a numeral belongs in a heading number.

What it finds: a heading marker whose numeral was mangled by OCR or a careless
conversion, such as ``(-)``, ``(–)``, ``(―)`` or ``(=)`` in a run of ``(一)(二)(三)``
headings, or ``(l)`` for ``(1)``; and an Arabic list number with a letter for a digit
(``Z.`` or ``Z、`` for ``2.``, ``l.``/``I、`` for ``1.``, ``S.`` for ``5.``, ``1O.`` for ``10.``) at a
line start, but only where the list expects exactly that number (then the gap it leaves,
``3.`` after ``1.``, is not reported as well). Lettered items (``A.`` ``B.``) and Latin words
stay quiet. The number the sequence expects at that place is given.

Why it matters: the reader sees a broken heading, and the number is lost for anyone who
refers to the item.

Example:
  Bad: (一)加强组织领导 … (-)完善工作机制 … (三)强化督促检查
  Good: (一)加强组织领导 … (二)完善工作机制 … (三)强化督促检查
  Bad: 1.加强理论学习 … Z.完善规章制度 … 3.强化督促检查
  Good: 1.加强理论学习 … 2.完善规章制度 … 3.强化督促检查

Fix: type the numeral the sequence expects.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import Span, Text, Violation
from ._numbering import analyze

CODE = "ST102"
NAME = "numeral-ocr-variant"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for a in analyze(doc):
        if a.code != CODE:
            continue
        yield Violation(
            span=Span(a.start, a.end),
            message=Text(f"编号“{a.found}”中的“{doc.text[a.start:a.end]}”不是数字: 此处应为“{a.expected}”",
                         f"“{doc.text[a.start:a.end]}” in “{a.found}” is not a numeral: “{a.expected}” was expected here"),
            help=Text(f"改为“{a.expected}”", f"write “{a.expected}”"),
            data={"expected": a.expected},
        )
