"""Findings as plain tuples ("rows"), the form in which they are stored and sent.

A worker process makes its findings as rows and sends them so (pickling records called
five ``__reduce__`` methods a finding); the whole-run cache stores them so (unpickling a
few hundred thousand records through their ``__setstate__`` took longer than the rest of
a warm run). In a module of its own: the linter needs these for a one-draft check, which
must not import the cache's pickle and hashlib (start-up time).
"""

from __future__ import annotations


def pack_findings(findings: list) -> list[tuple]:
    """Findings as plain tuples: unpickling a few hundred thousand records through their
    ``__setstate__`` took longer than the rest of a warm run."""
    rows = []
    for f in findings:
        loc = f.location
        related = tuple(
            (rel.path, rel.start.line, rel.start.column, rel.end.line, rel.end.column, msg) for rel, msg in f.related
        )
        span = (f.span.start, f.span.end) if f.span is not None else None
        rows.append((f.code, f.severity, loc.path, loc.start.line, loc.start.column, loc.end.line, loc.end.column,
                     f.message, f.help, related, span, f.source_line, f.data))
    return rows


def unpack_findings(rows: list[tuple]) -> list:
    from .types import Finding, Location, Position, Span

    out = []
    append = out.append
    for code, severity, path, l1, c1, l2, c2, message, help, related, span, source_line, data in rows:
        if related:
            related = tuple(
                (Location(p, Position(a, b), Position(c, d)), msg) for p, a, b, c, d, msg in related
            )
        append(Finding(code, severity, Location(path, Position(l1, c1), Position(l2, c2)), message, help,
                       related, Span(*span) if span is not None else None, source_line, data))
    return out
