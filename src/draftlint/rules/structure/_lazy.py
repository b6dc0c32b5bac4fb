"""Patterns compiled on first use, not at import.

Every run of ``draftlint check`` imports every rule module, even for one small draft or a
``--select`` that leaves ST out; compiling the few dozen ST patterns at import cost more start-up
than any other module of the linter. A ``LazyPattern`` compiles on its first use and then
hands out the compiled pattern's own methods, so later calls cost nothing extra.
"""

from __future__ import annotations

import regex


class LazyPattern:
    """``regex.compile(pattern, flags)``, done when the pattern is first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> regex.Pattern:
        compiled = regex.compile(self.pattern, self.flags)
        # instance attributes shadow the methods below: from now on, straight to the pattern
        self.match, self.search, self.finditer, self.sub = compiled.match, compiled.search, compiled.finditer, compiled.sub
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

    def __getattr__(self, name: str):  # groupindex, groups, …
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled") or self._compile()
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


lazy = LazyPattern
