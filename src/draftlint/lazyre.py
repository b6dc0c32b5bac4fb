"""Patterns compiled on first use, not at import.

Every ``draftlint check`` imports every rule module, even for one small draft or a
``--select`` that leaves a family out; compiling a family's patterns at import costs more
start-up than checking a small draft takes. A :class:`LazyPattern` compiles on first use and then hands out the
compiled pattern's own methods, so later calls cost nothing extra.
"""

from __future__ import annotations

import re

import regex


class LazyPattern:
    """``regex.compile(pattern, flags)`` (or ``re.compile`` with ``engine=re``), done when
    the pattern is first used."""

    def __init__(self, pattern: str, flags: int = 0, *, engine=regex) -> None:
        self.pattern = pattern
        self.flags = flags
        self.engine = engine

    def _compile(self) -> "regex.Pattern[str]":
        compiled = self.engine.compile(self.pattern, self.flags)
        # instance attributes shadow the methods below: from now on, straight to the pattern
        self.match, self.search, self.finditer, self.sub = compiled.match, compiled.search, compiled.finditer, compiled.sub
        self.fullmatch = compiled.fullmatch
        self.__dict__["_compiled"] = compiled
        return compiled

    def match(self, *args, **kwargs):
        return self._compile().match(*args, **kwargs)

    def search(self, *args, **kwargs):
        return self._compile().search(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self._compile().finditer(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self._compile().sub(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self._compile().fullmatch(*args, **kwargs)

    def __getattr__(self, name: str):  # groupindex, findall, …
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled") or self._compile()
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


lazy = LazyPattern


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """A stdlib ``re`` pattern compiled on first use (faster to match where ``regex``'s
    extras are not needed)."""
    return LazyPattern(pattern, flags, engine=re)
