"""Patterns compiled on first use: see :mod:`draftlint.lazyre` (shared by the families)."""

from ...lazyre import LazyPattern, lazy, lazy_re

__all__ = ["LazyPattern", "lazy", "lazy_re"]
