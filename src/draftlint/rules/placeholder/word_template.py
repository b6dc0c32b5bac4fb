"""Word template placeholders never filled in: content controls and highlighted fields.

What it finds: in a .docx, content controls that still show their placeholder text
(``单击或点击此处输入文字。``, ``Click or tap here to enter text.``, ``选择一项。``), and
highlighted runs that still hold a template's field name (a highlighted ``[单位名称]``,
``请输入日期``). In any file, the placeholder phrases Word and WPS use, left in the text.
The phrase lists are ``data/ph2_word_placeholders.txt`` and ``data/ph2_template_fields.txt``;
highlighted ``XX``/``**`` slots are left to the slot rules (PH1xx), so nothing is reported twice.

Why it matters: the field was meant to be filled in; the printed report shows Word's prompt
instead of the content.

Example:
  Bad: 填报单位:单击或点击此处输入文字。
  Good: 填报单位:城关镇人民政府

Fix: click the field and type the content (or delete the control).
"""

from __future__ import annotations

from functools import lru_cache
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

import regex

from ...document import Document
from ...types import Span, Text, Violation
from ._residue import find_all, load_entries, match_text, strip_span

CODE = "PH301"
NAME = "word-template-placeholder"
SEVERITY = "error"

PHRASES = "ph2_word_placeholders.txt"
FIELDS = "ph2_template_fields.txt"


@lru_cache(maxsize=None)
def _field_pattern() -> regex.Pattern:
    words = "|".join(regex.escape(w) for w in sorted(load_entries(FIELDS), key=len, reverse=True))
    return regex.compile(
        rf"[\[【(（<〈《]?\s*(?:请?(?:输入|填写|填入|选择|键入))?\s*(?:{words})\s*[\]】)）>〉》]?[。.]?",
        regex.IGNORECASE,
    )


def _runs(doc: Document, key: str) -> list[tuple[int, int]]:
    """Spans of ``doc.meta[key]``, touching spans on one line joined into one."""
    spans = sorted((s.start, s.end) for s in doc.meta.get(key) or [] if s.end > s.start)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1] and "\n" not in doc.text[out[-1][1]:start]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return [span for span in (strip_span(doc.text, s, e) for s, e in out) if span[1] > span[0]]


def check(doc: Document, options: dict) -> Iterable[Violation]:
    text = match_text(doc)
    found: list[tuple[int, int, str]] = []
    for start, end in _runs(doc, "sdt_placeholders"):
        found.append((start, end, "control"))
    phrase_spans = find_all(PHRASES, text)
    for start, end in _runs(doc, "highlighted"):  # only a .docx has highlighted runs
        piece = text[start:end]
        if _field_pattern().fullmatch(piece) or any(s >= start and e <= end for s, e in phrase_spans):
            found.append((start, end, "highlight"))
    for start, end in phrase_spans:
        found.append((start, end, "phrase"))
    seen: list[Span] = []
    for start, end, how in sorted(found):
        span = Span(start, end)
        if any(span.overlaps(s) for s in seen):
            continue
        seen.append(span)
        shown = doc.text[start:end]
        if len(shown) > 30:
            shown = shown[:28] + "…"
        if how == "highlight":
            message = Text(f"突出显示的模板字段“{shown}”尚未填写: 请填入实际内容并取消突出显示",
                           f"highlighted template field “{shown}” not filled in: type the content and remove the highlight")
        else:
            message = Text(f"Word 模板占位文字“{shown}”尚未替换: 请填入实际内容",
                           f"Word template placeholder “{shown}” not replaced: type the content")
        yield Violation(span=span, message=message)
