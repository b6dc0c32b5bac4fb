"""A figure typed wrongly: ``22%o`` for 22‰, digits of both widths in one number, a letter O in a number.

What it finds: a per-mille sign typed as ``%o`` (or ``%O``), a doubled percent sign
(``5%%``), one number written with both ASCII and full-width digits (``１2.5``), a letter
O standing for a zero inside a number (``2O22年``), and a doubled decimal point (``3..5``).

Why it matters: such a figure may be misread (``22%o`` is 22‰, not 22%), cannot be
checked or summed, and shows the text was typed over or OCR'd without a proofread.

Example:
  Bad: 人口自然增长率控制在5.2%o以内, 完成投资１2.5亿元。
  Good: 人口自然增长率控制在5.2‰以内, 完成投资12.5亿元。

Fix: retype the figure with one kind of digit and the right sign (‰, %).
"""

from __future__ import annotations

from typing import Iterable

import regex

from ...document import Document
from ...types import Span, Text, Violation
from ._prose import masked

CODE = "ST311"
NAME = "malformed-figure"
SEVERITY = "warning"

_PATTERNS = [
    (regex.compile(r"(?<=[0-9０-９]\s*)[%％][oO](?![A-Za-z])"), "permille",
     "“{t}”应为千分号“‰”", "“{t}” should be the per-mille sign “‰”"),
    (regex.compile(r"(?<=[0-9０-９]\s*)[%％]{2,}"), "double-percent", "百分号重复“{t}”", "doubled percent sign “{t}”"),
    (regex.compile(r"(?<![A-Za-z0-9０-９.．])(?=[0-9０-９.．]*[0-9])(?=[0-9.．]*[０-９])[0-9０-９]+(?:[.．][0-9０-９]+)*"),
     "mixed-width", "数字“{t}”混用了全角和半角数字", "number “{t}” mixes full-width and ASCII digits"),
    (regex.compile(r"(?<![A-Za-z0-9０-９.．])[0-9][0-9]*[Oo][0-9Oo]*(?![A-Za-z])(?=[0-9Oo]*)"), "letter-o",
     "数字“{t}”中混入了字母O", "number “{t}” contains the letter O"),
    (regex.compile(r"(?<=[0-9０-９])[.．]{2}(?=[0-9０-９])"), "double-point", "小数点重复“{t}”", "doubled decimal point “{t}”"),
]


def check(doc: Document, options: dict) -> Iterable[Violation]:
    skip = masked(doc)
    for pat, kind, zh, en in _PATTERNS:
        for m in pat.finditer(doc.text):
            if m.start() in skip:
                continue
            t = m.group()
            yield Violation(
                span=Span(m.start(), m.end()),
                message=Text(zh.format(t=t) + ": 请改正", en.format(t=t) + ": retype it"),
                data={"kind": kind},
            )
