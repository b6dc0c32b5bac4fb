"""Patterns compiled on first use: see :mod:`draftlint.lazyre` (shared by the families).

The AR rules write their patterns for ``regex`` (``lazy``), but :func:`lazy` here runs each
one with the stdlib ``re`` wherever ``re`` reads it exactly as ``regex`` does: ``re`` compiles
a pattern in about half the time (a one-process check of 300 drafts compiles about 120 of
them, about 0.12 s in ``regex``) and a search or match of a short text costs about half as
much (0.4 against 0.7-1.2 µs a call; the rules make tens of thousands of calls). What only
``regex`` reads, or reads otherwise, keeps ``regex``: see :func:`for_re`.
"""

from __future__ import annotations

import re

import regex

from ...lazyre import LazyPattern, lazy_re
from ...numbers import _WS

# ``\p{Han}`` of the ``regex`` module spelt out as a character class, for patterns run by
# the stdlib ``re`` (several times faster to match where nothing else of ``regex`` is
# needed); tests/test_ar_speed.py checks that it is the same set of characters
HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
    "\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0"
    "\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)

# escapes of a letter that both engines read alike (for a str pattern): \d and \D are
# Unicode decimal digits in both; the rest are characters or the two ends of the text.
# \s is spelt out (re also counts \x1c-\x1f as space); \w, \b, \S, \p{…}, \X, \G, \K,
# back-references and the like keep ``regex``. (\p{Han} could be spelt as HAN, but ``re``
# compiles such a class slowly, 1-10 ms a pattern against 0.3-4 ms in ``regex``: it lists
# every character of the class's ranges below U+10000 one by one.)
_SAME_LETTER_ESCAPES = frozenset("dDtnrfvaxuUAZ")


def for_re(pattern: str) -> str | None:
    """``pattern`` spelt for the stdlib engine with the meaning ``regex`` (version 0, no
    flags) gives it, or None when it uses something the two read differently or only
    ``regex`` reads. ``\\s`` becomes the character class ``regex`` means by it; a ``[``
    inside a set (a nested set or a POSIX class in ``regex``) and a set
    operator keep ``regex``. Syntax ``re`` lacks (a look-behind of varying width) fails to
    compile there, and :class:`EitherPattern` then keeps ``regex``."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_set = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1 : i + 2]
            if nxt == "s":
                out.append(_WS if in_set else f"[{_WS}]")
                i += 2
                continue
            if nxt.isalnum() and nxt not in _SAME_LETTER_ESCAPES:
                return None
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "(" and not in_set and pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3].isalpha() \
                and pattern[i + 2] != "P":
            return None  # an inline flag ((?i), (?V1) …): the engines read some flags otherwise
        if in_set:
            if ch == "[" or pattern.startswith(("&&", "--", "||", "~~"), i):
                return None
            if ch == "]":
                in_set = False
        elif ch == "[":
            in_set = True
            out.append(ch)
            i += 1
            if pattern[i : i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i : i + 1] == "]":  # a ] right after [ or [^ is a member
                out.append("]")
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


class EitherPattern(LazyPattern):
    """A ``regex`` pattern compiled on first use by ``re`` when :func:`for_re` can spell it
    (and ``re`` compiles it), else by ``regex``."""

    def _compile(self):
        spelt = for_re(self.pattern) if not self.flags else None
        compiled = None
        if spelt is not None:
            try:
                compiled = re.compile(spelt)
            except re.error:
                compiled = None  # e.g. a look-behind of varying width
        if compiled is None:
            compiled = regex.compile(self.pattern, self.flags)
        self.engine = re if compiled.__class__ is re.Pattern else regex
        # as LazyPattern._compile: from now on, straight to the compiled pattern's methods
        self.match, self.search, self.finditer, self.sub = compiled.match, compiled.search, compiled.finditer, compiled.sub
        self.fullmatch = compiled.fullmatch
        self.__dict__["_compiled"] = compiled
        return compiled


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern written for ``regex``, compiled on first use by the faster engine that
    reads it alike (see the module docstring)."""
    return EitherPattern(pattern, flags, engine=regex)


__all__ = ["HAN", "EitherPattern", "LazyPattern", "for_re", "lazy", "lazy_re"]
