"""Concise: one line per finding, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from ..types import Finding


def line(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"


def render(findings: list[Finding], *, files: int, console, config) -> None:
    for f in findings:
        console.file.write(line(f) + "\n")
