"""Traditional to simplified conversion that keeps every character at its offset.

Rules match on simplified text and report on the original, so the conversion must not
change the length. OpenCC's phrase tables can (rarely) turn one character into two or
merge them; when a converted segment changes length we fall back to converting that
segment one character at a time, which always keeps the length.

OpenCC is loaded only for text that holds a character it would change: the list of
those characters ships as ``data/traditional_chars.txt`` (regenerate it with
``python -m draftlint.script --regenerate``; a test checks it against OpenCC), so a
draft in simplified script never pays for loading OpenCC's dictionaries.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

_HAN_RUN = regex.compile(r"\p{Han}+")
DATA = Path(__file__).parent / "data" / "traditional_chars.txt"
_RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF)]


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported lazily: only documents with traditional script pay for it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_class():
    chars = "".join(line.strip() for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return regex.compile("[" + regex.escape(chars) + "]")


@lru_cache(maxsize=4096)
def _char(c: str) -> str:
    out = _converter().convert(c)
    return out if len(out) == 1 else c


def _segment(seg: str) -> str:
    out = _converter().convert(seg)
    if len(out) == len(seg):
        return out
    return "".join(_char(c) for c in seg)


def changed_characters() -> list[str]:
    """Every CJK character OpenCC's t2s changes on its own (what the data file lists)."""
    out: list[str] = []
    for lo, hi in _RANGES:
        block = "".join(chr(i) for i in range(lo, hi + 1))
        converted = _converter().convert(block)
        if len(converted) == len(block):
            out += [a for a, b in zip(block, converted) if a != b]
        else:
            out += [a for a in block if _converter().convert(a) != a]
    return out


def to_simplified(text: str) -> str:
    """Convert to simplified script without moving any character."""
    if not _traditional_class().search(text):
        return text
    converted = _converter().convert(text)
    if converted == text:
        return text
    if len(converted) == len(text):
        return converted
    return _HAN_RUN.sub(lambda m: _segment(m.group()), text)


def _regenerate() -> None:
    chars = changed_characters()
    rows = ["".join(chars[i : i + 64]) for i in range(0, len(chars), 64)]
    header = [
        "# Characters OpenCC t2s changes, 64 per row; regenerate with",
        "# python -m draftlint.script --regenerate (tests check it against OpenCC)",
    ]
    DATA.write_text("\n".join(header + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--regenerate"]:
        _regenerate()
    else:
        sys.exit("usage: python -m draftlint.script --regenerate")
