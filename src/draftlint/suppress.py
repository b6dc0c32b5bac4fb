"""Inline suppression comments in .txt and .md drafts.

``<!-- draftlint: disable=PH101,ST -->``    off from here (codes or prefixes; none = all)
``<!-- draftlint: enable=PH101 -->``        on again from here
``<!-- draftlint: disable-next-line=AR -->`` off for the next non-blank line only
``<!-- draftlint: disable-file=DU -->``      off for the whole file

A directive that suppresses nothing, or that cannot be parsed, is reported as DL100.
"""

from __future__ import annotations

import regex

from ._record import Record
from .document import Document
from .lazyre import lazy
from .types import Span, Text

DIRECTIVE = lazy(r"<!--\s*draftlint\s*:\s*(?P<body>.*?)\s*-->", regex.S)
_BODY = lazy(r"(?P<kind>disable-next-line|disable-file|disable|enable)(?:\s*=\s*(?P<codes>[A-Za-z0-9 ,]*))?$")


class Directive(Record):
    __slots__ = _fields = ("kind", "codes", "span", "line", "target_line", "used", "error")
    __hash__ = None  # type: ignore[assignment]  # ``used`` changes

    def __init__(self, kind: str, codes: tuple[str, ...], span: Span, line: int,
                 target_line: int | None = None, used: bool = False, error: Text | None = None) -> None:
        self.kind = kind
        self.codes = codes  # empty: all codes
        self.span = span
        self.line = line
        self.target_line = target_line  # for disable-next-line
        self.used = used
        self.error = error

    def covers(self, code: str) -> bool:
        return not self.codes or any(code.startswith(c) for c in self.codes)


class Suppressions(Record):
    __slots__ = _fields = ("directives",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, directives: list[Directive] | None = None) -> None:
        self.directives = [] if directives is None else directives

    @property
    def spans(self) -> list[Span]:
        return [d.span for d in self.directives]

    def suppresses(self, code: str, line: int, offset: int) -> bool:
        """True when a directive silences ``code`` at ``line``/``offset``; marks it used."""
        hit = False
        for d in self.directives:
            if d.error or not d.covers(code):
                continue
            if d.kind == "disable-file" or (d.kind == "disable-next-line" and d.target_line == line):
                d.used = True
                hit = True
            elif d.kind == "disable" and d.span.end <= offset and self._still_disabled(d, code, offset):
                d.used = True
                hit = True
        return hit

    def _still_disabled(self, start: Directive, code: str, offset: int) -> bool:
        for d in self.directives:
            if d.kind == "enable" and start.span.end <= d.span.start < offset and d.covers(code):
                if not start.codes or not d.codes or any(c.startswith(e) or e.startswith(c) for c in start.codes for e in d.codes):
                    d.used = True
                    return False
        return True

    def problems(self) -> list[tuple[Directive, Text]]:
        out = []
        for d in self.directives:
            if d.error:
                out.append((d, d.error))
            elif d.kind != "enable" and not d.used:
                what = ",".join(d.codes) or "all"
                out.append((d, Text(f"抑制注释 {d.kind}={what} 没有抑制任何问题: 请删除", f"suppression {d.kind}={what} suppresses nothing: remove it")))
        return out


def parse(doc: Document) -> Suppressions:
    from .rules import match_codes

    if doc.kind not in ("txt", "md") or "draftlint" not in doc.text:
        return Suppressions()
    found: list[Directive] = []
    for m in DIRECTIVE.finditer(doc.text):
        span = Span(m.start(), m.end())
        line = doc.position(m.start()).line
        body = _BODY.match(m.group("body"))
        if not body:
            found.append(Directive("invalid", (), span, line, error=Text(
                f"无法解析的抑制注释 “{m.group('body')}”", f"cannot parse suppression “{m.group('body')}”")))
            continue
        codes = tuple(c.strip().upper() for c in (body.group("codes") or "").split(",") if c.strip())
        unknown = [c for c in codes if not match_codes(c)]
        directive = Directive(body.group("kind"), codes, span, line)
        if unknown:
            directive.error = Text(f"抑制注释中的未知规则代码 {', '.join(unknown)}", f"unknown rule code in suppression: {', '.join(unknown)}")
        if directive.kind == "disable-next-line":
            end_line = doc.position(m.end()).line
            directive.target_line = next(
                (ln.number for ln in doc.lines[end_line:] if not ln.is_blank and not DIRECTIVE.fullmatch(ln.text.strip())),
                None,
            )
        found.append(directive)
    return Suppressions(found)
