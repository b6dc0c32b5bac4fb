"""Offsets of a draft that are not prose (URLs, Markdown code), for the typography rules."""

from __future__ import annotations

import regex

from ...document import Document
from ._layout import code_lines

# A URL ends before brackets and Chinese punctuation, so that "(https://a.cn)" keeps its ")".
_URL = regex.compile(r"(?:(?:https?|ftp)://|www\.)[^\s()（）<>\[\]【】“”\"'，。；、]+|[A-Za-z0-9.+_-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+")
_CODE_SPAN = regex.compile(r"`[^`\n]*`")


def masked(doc: Document) -> set[int]:
    out: set[int] = set()
    pats = [_URL] + ([_CODE_SPAN] if doc.kind == "md" else [])
    for pat in pats:
        for m in pat.finditer(doc.text):
            out.update(range(m.start(), m.end()))
    for n in code_lines(doc):
        line = doc.lines[n - 1]
        out.update(range(line.start, line.end))
    return out
