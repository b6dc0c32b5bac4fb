"""Cheap guards for the PH phrase patterns: skip a pattern on a text that cannot hold a match.

Most entries of the phrase lists cannot match without some literal text (``小编``, ``本站``,
``更新时间`` …). Searching for a literal with ``str.__contains__`` is many times faster than
letting the regular expression engine try every position, so each pattern gets a *guard*:
a set of strings one of which every match must contain. If none of them is in the text,
the pattern is not run at all; if one is, the pattern runs as before. Guards therefore never
change what is found, only how quickly nothing is found.

The guard is derived from the pattern's syntax tree (Python's own regular expression
parser, after the ``regex``-only ``\\p{…}`` classes are replaced by ``\\w``); a pattern the
parser cannot read, or one without a required literal, gets no guard and always runs.
"""

from __future__ import annotations

from functools import lru_cache

import regex

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_PROPERTY = regex.compile(r"\\([pP])\{[^}]*\}")
# syntax the two parsers read differently: set operations and nested sets of VERSION1,
# fuzzy matching, the regex module's own escapes
_FOREIGN = regex.compile(r"&&|\|\||~~|--|\{[eisd]\s*[<>=]|\\[mMXGKVLNQE]")
_MAX_CLASS = 8  # a character class of at most this many literal characters is a requirement


def _seq(items) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        req: frozenset[str] | None = None
        if op is _C.SUBPATTERN:
            req = _seq(av[-1])
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            req = _seq(av)
        elif op is _C.BRANCH:
            branches = [_seq(b) for b in av[1]]
            if all(branches):
                req = frozenset().union(*branches)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            low, _high, body = av
            if low >= 1:
                req = _seq(body)
        elif op is _C.IN:
            if len(av) <= _MAX_CLASS and all(o is _C.LITERAL for o, _ in av):
                req = frozenset(chr(v) for _, v in av)
        if req:
            candidates.append(req)
    if run:
        candidates.append(frozenset({run}))
    if not candidates:
        return None
    # the best guard: long strings (rarer), few of them (fewer searches); white space,
    # punctuation and digits are everywhere and count for nothing
    return max(candidates, key=lambda s: (min(_weight(x) for x in s), -len(s)))


def _weight(s: str) -> int:
    return sum(1 for ch in s if not (ch.isspace() or ch.isdigit() or (ch.isascii() and not ch.isalpha())))


def _nested_set(pattern: str) -> bool:
    """Whether a character class holds a ``[`` that is not escaped (a VERSION1 nested set)."""
    in_class = escaped = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            if ch == "[":
                return True
            if ch == "]" and pattern[i - 1] not in "[^":
                in_class = False
        elif ch == "[":
            in_class = True
    return False


@lru_cache(maxsize=None)
def required(pattern: str, ignorecase: bool) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (lower-cased when the
    pattern ignores case), or None when no such set is known."""
    if _FOREIGN.search(pattern) or _nested_set(pattern):
        return None
    source = _PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", pattern)
    try:
        tree = _P.parse(source, 0)
    except Exception:  # noqa: BLE001 - syntax only the regex module knows: no guard
        return None
    req = _seq(tree)
    if req and ignorecase:
        req = frozenset(s.lower() for s in req)
    return req


@lru_cache(maxsize=8)
def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def may_match(req: frozenset[str] | None, ignorecase: bool, text: str, pos: int = 0,
              endpos: int | None = None) -> bool:
    """False only when no string of ``req`` occurs in ``text[pos:endpos]``."""
    if not req:
        return True
    end = len(text) if endpos is None else endpos
    if ignorecase:
        low = _lowered(text)
        if low is None:
            return True
        text = low
    if pos == 0 and end >= len(text):
        return any(s in text for s in req)
    return any(text.find(s, pos, end) >= 0 for s in req)
