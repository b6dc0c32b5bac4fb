"""Offsets of a draft that are not prose (URLs, Markdown code), for the typography rules."""

from __future__ import annotations


from ...document import Document
from ._lazy import lazy
from ._layout import code_lines

# A URL ends before brackets and Chinese punctuation, so that "(https://a.cn)" keeps its ")".
_URL = lazy(r"(?:(?:https?|ftp)://|www\.)[^\s()（）<>\[\]【】“”\"'，。；、]+|[A-Za-z0-9.+_-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+")
_CODE_SPAN = lazy(r"`[^`\n]*`")


def masked(doc: Document) -> frozenset[int]:
    """The offsets of URLs, e-mail addresses and Markdown code (worked out once per document)."""
    return doc.memo("st-masked", lambda: frozenset(_masked(doc)))


def _masked(doc: Document) -> set[int]:
    out: set[int] = set()
    text = doc.text
    pats = []
    # every URL match holds "://" or "www.", every e-mail address "@": without them the
    # (slow, ASCII-run) URL pattern cannot match and is not run
    if "://" in text or "www." in text or "@" in text:
        pats.append(_URL)
    if doc.kind == "md" and "`" in text:
        pats.append(_CODE_SPAN)
    for pat in pats:
        for m in pat.finditer(doc.text):
            out.update(range(m.start(), m.end()))
    for n in code_lines(doc):
        line = doc.lines[n - 1]
        out.update(range(line.start, line.end))
    return out
