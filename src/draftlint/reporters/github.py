"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding."""

from __future__ import annotations

from ..types import Finding

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def line(f: Finding) -> str:
    loc = f.location
    props = [f"file={_escape_prop(loc.path)}", f"line={loc.start.line}", f"col={loc.start.column}"]
    props += [f"endLine={loc.end.line}"]
    if loc.end.line == loc.start.line:
        props.append(f"endColumn={loc.end.column}")
    props.append(f"title={_escape_prop(f.code)}")
    message = f"{f.code} {f.message}" + (f"\n{f.help}" if f.help else "")
    return f"::{_LEVEL[f.severity]} {','.join(props)}::{_escape_data(message)}"


def render(findings: list[Finding], *, files: int, console, config) -> None:
    for f in findings:
        console.file.write(line(f) + "\n")
