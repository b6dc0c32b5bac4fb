"""JSON: ``{"version": 1, "findings": [...], "summary": {...}}`` (see the README for the contract)."""

from __future__ import annotations

import json
from collections import Counter
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

from ..types import Finding

VERSION = 1


def document(findings: list[Finding], files: int) -> dict[str, Any]:
    by_sev = Counter(f.severity for f in findings)
    by_code = Counter(f.code for f in findings)
    return {
        "version": VERSION,
        "findings": [f.as_dict() for f in findings],
        "summary": {
            "files": files,
            "findings": len(findings),
            "by_severity": {s: by_sev.get(s, 0) for s in ("error", "warning", "info")},
            "by_code": dict(sorted(by_code.items())),
        },
    }


def render(findings: list[Finding], *, files: int, console, config) -> None:
    """One finding per line: readable, diffable, and written by the C encoder (an indented
    dump of 100,000 findings goes through the slow pure-Python one)."""
    doc = document(findings, files)
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: dumps(…) builds one a call
    out = console.file
    lines = ",\n  ".join(map(encode, doc["findings"]))
    out.write('{"version": %d, "findings": [' % VERSION + ("\n  " + lines if lines else ""))
    out.write("\n], \"summary\": " + encode(doc["summary"]) + "}\n")
