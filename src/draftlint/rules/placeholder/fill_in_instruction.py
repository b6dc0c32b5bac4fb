"""Instructions of the template to the person filling it in, left in the draft.

What it finds: notes a template gives its user instead of content, still in the text:
bracketed instructions (``(请结合实际工作情况填写)``, ``(此处填写单位名称)``,
``（根据实际情况填写）``, ``【待补充】``, ``[TODO]``) and notes telling the writer to adapt the
text (``（此部分请结合本单位实际自行填写）``, ``（注：以上数据请根据实际情况调整）``,
``（可根据需要增删）``, ``（本报告内容请依据本单位实际情况修改）``), notes after ``※`` or
``注：`` that the template is for reference only (``※本範本僅供參考，請依實際情況修改``), and the same outside brackets
(``TODO: 补充数据``, ``此处填写主要成效``, a line that is only ``请根据本单位实际填写``).
Ordinary brackets stay quiet (``(修订稿)``, ``(根据省厅文件精神)``, ``（以上数据已调整）``,
``（本报告内容经局党组会议审议通过）``), and so does prose such
as ``制度有待补充完善``. The phrase lists are ``data/ph2_instruction_contents.txt`` (what the
inside of a bracket looks like) and ``data/ph2_instruction_phrases.txt`` (anywhere).
Word's own placeholder text (``单击此处输入文字``) is PH301.

Why it matters: the instruction marks a place where the content the reader expects was
never written.

Example:
  Bad: (1)已完工投产项目9个 (请结合实际工作情况填写)
  Good: (1)已完工投产项目9个: 光伏产业园一期、……

Fix: write the content the instruction asks for, then delete the instruction.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...lazyre import lazy
from ...types import Span, Text, Violation
from ._residue import find_all, fullmatch_any, match_text

CODE = "PH131"
NAME = "fill-in-instruction"
SEVERITY = "error"

CONTENTS = "ph2_instruction_contents.txt"
PHRASES = "ph2_instruction_phrases.txt"

_BRACKETED = lazy(r"[(（【\[〔]([^()（）【】\[\]〔〕\r\n]{2,60})[)）】\]〕]")
_OPENERS = "(（【[〔"  # one starts every match of _BRACKETED


def instruction_spans(text: str) -> list[tuple[int, int]]:
    """Spans of fill-in instructions in a text prepared by :func:`match_text`."""
    # brackets are compared in one width so the content patterns need only ASCII ones
    spans: list[tuple[int, int]] = []
    # (a text without an opening bracket is not searched, nor the pattern compiled: start-up)
    for m in (_BRACKETED.finditer(text) if any(ch in text for ch in _OPENERS) else ()):
        inner = m.group(1).strip().replace("（", "(").replace("）", ")")
        if fullmatch_any(CONTENTS, inner):
            spans.append((m.start(), m.end()))
    for start, end in find_all(PHRASES, text):
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def doc_instruction_spans(doc: Document) -> list[tuple[int, int]]:
    """:func:`instruction_spans` of a document, found once (PH141 asks for them too)."""
    return doc.memo("ph131_spans", lambda: instruction_spans(match_text(doc)))


def check(doc: Document, options: dict) -> Iterable[Violation]:
    # a field a .docx template highlights for filling ([部门名称]) is PH301's to report
    highlighted = [(s.start, s.end) for s in doc.meta.get("highlighted") or []]
    for start, end in doc_instruction_spans(doc):
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if any(s <= start and end <= e for s, e in highlighted):
            continue
        found = doc.text[start:end]
        yield Violation(
            span=Span(start, end),
            message=Text(f"模板的填写说明“{found}”仍在文中: 请按说明填写内容后删除",
                         f"template instruction “{found}” left in the text: write the content it asks for, then delete it"),
        )
