"""JSON: ``{"version": 1, "findings": [...], "summary": {...}}`` (see the README for the contract)."""

from __future__ import annotations

import json
from collections import Counter
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

from ..types import Finding, Location

VERSION = 1

# The string encoder json's C encoder itself calls when ensure_ascii is False: quotes and
# escapes exactly as ``json.dumps(..., ensure_ascii=False)`` does.
_string = json.encoder.encode_basestring


def summary(findings: list[Finding], files: int) -> dict[str, Any]:
    by_sev = Counter(f.severity for f in findings)
    by_code = Counter(f.code for f in findings)
    return {
        "files": files,
        "findings": len(findings),
        "by_severity": {s: by_sev.get(s, 0) for s in ("error", "warning", "info")},
        "by_code": dict(sorted(by_code.items())),
    }


def document(findings: list[Finding], files: int) -> dict[str, Any]:
    return {"version": VERSION, "findings": [f.as_dict() for f in findings], "summary": summary(findings, files)}


def _location(loc: Location) -> str:
    # the keys of Location.as_dict, in its order
    return (f'"path": {_string(loc.path)}, "line": {loc.start.line}, "column": {loc.start.column}, '
            f'"end_line": {loc.end.line}, "end_column": {loc.end.column}')


def line(f: Finding) -> str:
    """``encode(f.as_dict())``, written out: the same text (ints and strings are all the
    contract holds), without building two dicts per finding and walking them again,
    which was most of the time of rendering 150,000 findings."""
    out = (f'{{{_location(f.location)}, "code": {_string(f.code)}, "severity": {_string(f.severity)}, '
           f'"message": {_string(f.message)}')
    if f.help:
        out += f', "help": {_string(f.help)}'
    if f.related:
        out += ', "related": [' + ", ".join(
            f'{{{_location(loc)}, "message": {_string(msg)}}}' if msg else f"{{{_location(loc)}}}"
            for loc, msg in f.related
        ) + "]"
    return out + "}"


_CHUNK = 1000  # findings per write (see render)


def render(findings: list[Finding], *, files: int, console, config) -> None:
    """One finding per line: readable, diffable, and as compact as the C encoder writes it
    (an indented dump of 100,000 findings goes through the slow pure-Python one)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out = console.file
    out.write('{"version": %d, "findings": [' % VERSION)
    # written a thousand findings at a time: one string of all of them, with its list and
    # its encoded copy, doubled the memory of a run with 150,000 findings
    for k in range(0, len(findings), _CHUNK):
        out.write((",\n  " if k else "\n  ") + ",\n  ".join(map(line, findings[k : k + _CHUNK])))
    out.write("\n], \"summary\": " + encode(summary(findings, files)) + "}\n")

