"""Offsets of a draft that are not prose (URLs, Markdown code), for the typography rules."""

from __future__ import annotations


from ...document import Document
from ._lazy import lazy
from ._layout import code_lines

# A URL ends before brackets and Chinese punctuation, so that "(https://a.cn)" keeps its ")".
_URL = lazy(r"(?:(?:https?|ftp)://|www\.)[^\s()（）<>\[\]【】“”\"'，。；、]+|[A-Za-z0-9.+_-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+")
_CODE_SPAN = lazy(r"`[^`\n]*`")
# What every URL or e-mail match holds, and the characters no match holds (the URL body's
# stops; the prefixes and the e-mail pattern hold none of them either): a match lies inside
# one run of other characters (a "token") that holds one of the anchors.
_ANCHORS = ("://", "www.", "@")
_STOP = r"[\s()（）<>\[\]【】“”\"'，。；、]"
_TOKEN_END = lazy(_STOP)
_TOKEN_START = lazy(r"(?r)" + _STOP)  # searched backwards: the last stop before an anchor


def masked(doc: Document) -> frozenset[int]:
    """The offsets of URLs, e-mail addresses and Markdown code (worked out once per document)."""
    return doc.memo("st-masked", lambda: frozenset(_masked(doc)))


def _masked(doc: Document) -> set[int]:
    out: set[int] = set()
    text = doc.text
    for start, end in _url_tokens(text):
        for m in _URL.finditer(text, start, end):
            out.update(range(m.start(), m.end()))
    if doc.kind == "md" and "`" in text:
        for m in _CODE_SPAN.finditer(text):
            out.update(range(m.start(), m.end()))
    for n in code_lines(doc):
        line = doc.lines[n - 1]
        out.update(range(line.start, line.end))
    return out


def _url_tokens(text: str) -> list[tuple[int, int]]:
    """The runs of characters between stops (white space, brackets, quotes, ，。；、) that hold
    ``://``, ``www.`` or ``@``: the only places a URL or e-mail match can be.

    (Searching the whole text with the URL pattern tries its e-mail branch at every digit;
    searching each token finds the same matches, as none crosses a stop and the pattern
    has no look-around.)"""
    out: list[tuple[int, int]] = []
    end = 0
    # (the anchors cannot overlap one another: found one by one with str.find, they are the
    # matches of a search for any of them)
    anchors = sorted((i, i + len(a)) for a in _ANCHORS for i in find_all(text, a))
    for a_start, a_end in anchors:
        if a_start < end:
            continue  # in the token before
        before = _TOKEN_START.search(text, 0, a_start)
        after = _TOKEN_END.search(text, a_end)
        start, end = (before.end() if before else 0), (after.start() if after else len(text))
        out.append((start, end))
    return out


def find_all(text: str, sub: str) -> list[int]:
    """The offsets of ``sub`` in ``text`` (not overlapping), in order: ``str.find`` is many
    times faster than a pattern's search, and what the typography rules look for is rare."""
    out: list[int] = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + len(sub))
    return out


def marks_next_to(text: str, marks: str, neighbours: str, step: int = 1) -> list[int]:
    """The offsets of the ``marks`` (single characters) that have one of ``neighbours`` right
    after them (``step=-1``: right before), in order."""
    end = len(text)
    out = []
    for mark in marks:
        for i in find_all(text, mark):
            j = i + step
            if 0 <= j < end and text[j] in neighbours:
                out.append(i)
    if len(marks) > 1:
        out.sort()
    return out
