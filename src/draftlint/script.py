"""Traditional to simplified conversion that keeps every character at its offset.

Rules match on simplified text and report on the original, so the conversion must not
change the length. It is done character by character with OpenCC's t2s mapping of
each character, shipped as ``data/t2s_chars.txt`` (pairs ``繁简``) so that converting a
draft is one ``str.translate`` — fast, and with no dictionaries to load. Regenerate the
table with ``python -m draftlint.script --regenerate`` (needs the ``opencc`` package; a
test checks the table against OpenCC).

Character-level conversion loses OpenCC's phrase tables (乾隆 vs 乾燥), which matter for
publishing but not for finding placeholders and residue.
"""

from __future__ import annotations

from functools import lru_cache
from ._data import data_path, read_data

DATA = "t2s_chars.txt"  # in draftlint/data
_RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF)]


@lru_cache(maxsize=1)
def _columns() -> tuple[str, str]:
    """The traditional characters and their simplified forms, as two strings of equal length."""
    pairs = "".join("".join(line.split()) for line in read_data(DATA).splitlines()
                    if not line.startswith("#"))
    return pairs[0::2], pairs[1::2]


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """Code point of each traditional character -> its simplified form."""
    traditional, simplified = _columns()
    return dict(zip(map(ord, traditional), simplified))


@lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    return frozenset(_columns()[0])


def has_traditional(text: str) -> bool:
    """Whether converting ``text`` would change it (a set test: faster than translating)."""
    return not traditional_chars().isdisjoint(text)


def to_simplified(text: str) -> str:
    """Convert to simplified script without moving any character."""
    return text.translate(table()) if has_traditional(text) else text


def opencc_pairs() -> list[tuple[str, str]]:
    """Every CJK character OpenCC's t2s turns into one other character, with that character."""
    import opencc

    conv = opencc.OpenCC("t2s")
    pairs: list[tuple[str, str]] = []
    for lo, hi in _RANGES:
        for i in range(lo, hi + 1):
            c = chr(i)
            s = conv.convert(c)
            if s != c and len(s) == 1:
                pairs.append((c, s))
    return pairs


def _regenerate() -> None:
    pairs = [a + b for a, b in opencc_pairs()]
    rows = [" ".join(pairs[i : i + 32]) for i in range(0, len(pairs), 32)]
    header = [
        "# OpenCC t2s, character by character: pairs of traditional and simplified, 32 per row.",
        "# Regenerate with: python -m draftlint.script --regenerate (tests check it against OpenCC)",
    ]
    with open(data_path(DATA), "w", encoding="utf-8") as out:
        out.write("\n".join(header + rows) + "\n")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--regenerate"]:
        _regenerate()
    else:
        sys.exit("usage: python -m draftlint.script --regenerate")
