"""Traditional to simplified conversion that keeps every character at its offset.

Rules match on simplified text and report on the original, so the conversion must not
change the length. OpenCC's phrase tables can (rarely) turn one character into two or
merge them; when a converted segment changes length we fall back to converting that
segment one character at a time, which always keeps the length.
"""

from __future__ import annotations

from functools import lru_cache

import regex

_HAN_RUN = regex.compile(r"\p{Han}+")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported lazily: only documents with traditional script pay for it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _char(c: str) -> str:
    out = _converter().convert(c)
    return out if len(out) == 1 else c


def _segment(seg: str) -> str:
    out = _converter().convert(seg)
    if len(out) == len(seg):
        return out
    return "".join(_char(c) for c in seg)


def to_simplified(text: str) -> str:
    """Convert to simplified script without moving any character."""
    if not _HAN_RUN.search(text):
        return text
    converted = _converter().convert(text)
    if converted == text:
        return text
    if len(converted) == len(text):
        return converted
    return _HAN_RUN.sub(lambda m: _segment(m.group()), text)
