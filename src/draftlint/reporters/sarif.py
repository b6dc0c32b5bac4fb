"""SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps, VS Code viewers)."""

from __future__ import annotations

import json
from pathlib import Path
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

from .. import __version__
from ..rules import registry
from ..types import Finding, Location

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return Path(path).as_posix() if path not in ("-", "<text>") else "stdin"


def _location(loc: Location, message: str | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": loc.start.line,
        "startColumn": loc.start.column,
        "endLine": loc.end.line,
        "endColumn": loc.end.column,
    }
    out: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": _uri(loc.path)}, "region": region}}
    if message:
        out["message"] = {"text": message}
    return out


def document(findings: list[Finding]) -> dict[str, Any]:
    rules = list(registry().values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "draftlint",
        "version": __version__,
        "informationUri": "https://pypi.org/project/draftlint/",
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.doc},
                "defaultConfiguration": {"level": _LEVEL[rule.severity]},
                "help": {"text": rule.doc},
            }
            for rule in rules
        ],
    }
    results = []
    for f in findings:
        text = f.message + (f"\n{f.help}" if f.help else "")
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": _LEVEL[f.severity],
            "message": {"text": text},
            "locations": [_location(f.location)],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.related:
            result["relatedLocations"] = [
                {"id": i, **_location(loc, msg)} for i, (loc, msg) in enumerate(f.related)
            ]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results, "columnKind": "unicodeCodePoints"}],
    }


def render(findings: list[Finding], *, files: int, console, config) -> None:
    console.file.write(json.dumps(document(findings), ensure_ascii=False, indent=2) + "\n")
