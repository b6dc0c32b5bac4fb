"""The AR patterns written for ``regex`` and run by the stdlib ``re`` (see
rules/arithmetic/_lazy.py) find what ``regex`` finds."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import regex

from draftlint.numbers import _WS
from draftlint.rules import registry
from draftlint.rules.arithmetic._lazy import EitherPattern, for_re

ROOT = Path(__file__).resolve().parents[1]


def _ar_patterns() -> list[tuple[str, EitherPattern]]:
    registry()  # imports every rule module
    out = []
    for name, mod in sorted(sys.modules.items()):
        if not name.startswith("draftlint.rules.arithmetic"):
            continue
        for attr, value in vars(mod).items():
            if isinstance(value, EitherPattern):
                out.append((f"{name}.{attr}", value))
        for i, pair in enumerate(getattr(mod, "_HALVES", ())):
            out += [(f"{name}._HALVES[{i}]", rx) for rx in pair]
        out += [(f"{name}._FAMILIES[{k}]", rx) for k, rx in getattr(mod, "_FAMILIES", {}).items()]
    return out


def _lines() -> list[str]:
    """Lines of the AR fixtures and examples, with a few made-up ones around the edges the two
    engines could read apart (spaces of every kind, \\x1c, brackets, a final line break)."""
    lines = []
    for folder in ("fixtures/arithmetic", "examples"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".txt", ".md"):
                lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    rng = random.Random(3)
    extra = []
    for line in rng.sample(lines, min(300, len(lines))):
        cut = rng.randrange(len(line) + 1)
        for space in ("\x1c", "\u3000", "\xa0", " \n", "\t"):
            extra.append(line[:cut] + space + line[cut:])
    return lines + extra + ["", "\n", "其中\n", "共计 \x1f12人", "合计\u2028 3家"]


def test_patterns_run_by_re_find_what_regex_finds():
    lines = _lines()
    assert len(lines) > 1000
    checked = 0
    for name, rx in _ar_patterns():
        rx._compile()
        if rx.engine is not re:
            continue
        slow = regex.compile(rx.pattern, rx.flags)
        fast = rx.__dict__["_compiled"]
        for line in lines:
            a = [(m.span(), m.groups()) for m in fast.finditer(line)]
            b = [(m.span(), m.groups()) for m in slow.finditer(line)]
            assert a == b, (name, line)
            ma, mb = fast.match(line), slow.match(line)
            assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups())), (name, line)
        checked += 1
    assert checked > 100  # most AR patterns run in re


def test_for_re_spells_what_regex_reads_or_gives_up():
    assert for_re(r"^\s*[,，\s]共$") == f"^[{_WS}]*[,，{_WS}]共$"
    assert for_re(r"[\]a]|[^]b]") == r"[\]a]|[^]b]"
    for pattern in (r"\w+", r"a\b", r"\S", r"(\d)\1", r"[[:alpha:]]", r"[a--b]", r"(?i)abc", r"\p{Han}"):
        assert for_re(pattern) is None, pattern
    # what re cannot compile stays with regex
    p = EitherPattern(r"(?<=[ab]|cd)x", engine=regex)
    p._compile()
    assert p.engine is regex and p.search("cdx").span() == (2, 3)
