"""Helpers for testing rules: a draft in, the (line, column, code) of each finding out."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Iterable

from .document import Document
from .rules import get
from .types import Violation


def rule_options(code: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    rule = get(code)
    if rule is None:
        raise KeyError(code)
    merged = dict(rule.options)
    for key, value in (options or {}).items():
        if key not in merged:
            raise KeyError(f"{code} has no option {key!r}")
        merged[key] = value
    return merged


def violations(code: str, text: str, *, kind: str = "txt", path: str = "draft.txt",
               options: dict[str, Any] | None = None, meta: dict | None = None) -> list[Violation]:
    """Run one document rule on ``text`` and return its violations, sorted."""
    rule = get(code)
    if rule is None or rule.scope != "document":
        raise KeyError(f"{code} is not a document rule")
    doc = Document(text, path=path, kind=kind, meta=dict(meta or {}))
    return sorted(rule.check(doc, rule_options(code, options)), key=lambda v: v.span)


def family_codes(prefix: str, text: str, *, with_info: bool = False) -> list[str]:
    """The codes of the findings of every document rule of a family (``"AR"``) on ``text``,
    one per finding, sorted; info findings only ``with_info``."""
    from .rules import match_codes

    doc = Document(text)
    out = []
    for code in match_codes(prefix):
        rule = get(code)
        if rule is None or rule.scope != "document":
            continue
        out += [code for v in rule.check(doc, rule_options(code)) if with_info or v.severity != "info"]
    return sorted(out)


def positions(code: str, text: str, **kwargs: Any) -> list[tuple[int, int]]:
    """(line, column) of each violation of rule ``code`` in ``text``."""
    doc = Document(text)
    return [(p.line, p.column) for p in (doc.position(v.span.start) for v in violations(code, text, **kwargs))]


def spans_text(code: str, text: str, **kwargs: Any) -> list[str]:
    """The flagged text of each violation (handy for readable assertions)."""
    return [text[v.span.start : v.span.end] for v in violations(code, text, **kwargs)]


def codes_at(findings: Iterable[Any]) -> list[tuple[int, int, str]]:
    """(line, column, code) of linter findings."""
    return sorted((f.line, f.column, f.code) for f in findings)
