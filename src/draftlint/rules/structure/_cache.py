"""One analysis per document, shared by the rules of a group (ST101-ST104 share the outline)."""

from __future__ import annotations

import weakref
from functools import wraps
from typing import Callable, TypeVar

T = TypeVar("T")


def per_document(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache ``fn(doc)`` while ``doc`` is alive (documents are not hashable, so key on identity)."""
    cache: dict[int, tuple[weakref.ref, T]] = {}

    @wraps(fn)
    def wrapper(doc) -> T:
        key = id(doc)
        hit = cache.get(key)
        if hit is not None and hit[0]() is doc:
            return hit[1]
        result = fn(doc)
        cache[key] = (weakref.ref(doc, lambda _ref, key=key: cache.pop(key, None)), result)
        return result

    return wrapper
