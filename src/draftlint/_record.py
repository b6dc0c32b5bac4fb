"""Small value classes without :mod:`dataclasses`, for start-up time.

``dataclasses`` builds each class by compiling generated source: about 2.5 ms a class on
the benchmark machine, and importing it (with :mod:`inspect`) costs as much as importing
``regex``. A one-draft check in a pre-commit hook paid that for every class it loaded. A
:class:`Record` names its fields in ``__slots__`` (and ``_fields``) and writes its own
``__init__``; equality, hashing and ``repr`` come from the field values here.
"""

from __future__ import annotations


class Record:
    """Equality, hash and repr from the values of ``_fields`` (``_compare``: the fields that
    take part in equality and hashing, when not all of them do). Treat records as immutable
    unless a class says otherwise (and then it sets ``__hash__ = None``)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _compare: tuple[str, ...] | None = None

    def _values(self) -> tuple:
        return tuple([getattr(self, name) for name in (self._compare or self._fields)])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"

    def __getstate__(self) -> tuple:
        return tuple([getattr(self, name) for name in self._fields])

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self._fields, state):
            object.__setattr__(self, name, value)


def replace(record, **changes):
    """A copy of ``record`` with some fields changed (as ``dataclasses.replace``)."""
    values = {name: getattr(record, name) for name in record._fields}
    values.update(changes)
    return type(record)(**values)


def rebuilt_by_init(cls):
    """Class decorator for a record whose ``__init__`` takes its fields in order and only
    stores them: pickle it as the call ``cls(*values)``. Unpickling runs one ``__init__``
    instead of :meth:`Record.__setstate__`'s loop: 0.6 s instead of 2.4 s CPU for the
    150,000 findings (750,000 records) a worker process sends back for 2,000 drafts."""

    def __reduce__(self):
        return (type(self), tuple([getattr(self, name) for name in self._fields]))

    cls.__reduce__ = __reduce__
    return cls
