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
from .lazyre import lazy_re

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


#: Characters translated with the dict :func:`table` before the process builds the dense
#: one (see :func:`to_simplified`): building it costs about 2.5 ms, what translating some
#: 40,000 characters with the dict costs more than with it; a one-draft check never does.
_DENSE_AFTER = 100_000
_translated = 0
# any character outside the Basic Multilingual Plane (which the dense table does not cover)
_ASTRAL = lazy_re("[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _dense_table() -> list[int]:
    """:func:`table` as a list indexed by code point, for the Basic Multilingual Plane."""
    dense = list(range(0x10000))
    for code, simple in table().items():
        if code < 0x10000:
            dense[code] = ord(simple)
    return dense


def to_simplified(text: str) -> str:
    """Convert to simplified script without moving any character.

    ``str.translate`` looks every character up in its table; the dict raises (and
    translate catches) a KeyError for every character it lacks, nearly all of a draft.
    A list indexed by code point finds every character of the Basic Multilingual Plane:
    2.4 times faster on the benchmark drafts. A text with a character beyond that plane
    keeps the dict: translate takes an index past the list's end for "not mapped", which
    would leave a traditional character there (a few hundred are) unconverted.
    """
    global _translated
    if not has_traditional(text):
        return text
    if _translated >= _DENSE_AFTER and not _ASTRAL.search(text):
        return text.translate(_dense_table())
    _translated += len(text)
    return text.translate(table())


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
