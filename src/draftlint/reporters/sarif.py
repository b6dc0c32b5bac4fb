"""SARIF 2.1.0, for code-scanning dashboards (GitHub, Azure DevOps, VS Code viewers)."""

from __future__ import annotations

import json
from functools import lru_cache
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


# Writing the document: json indents with its pure-Python encoder, a generator per
# container and value, which took 15 s of CPU for 150,000 findings. The results are
# written here with the text json.dumps(..., indent=2) gives them (json's own string
# encoder for every string; a test compares the two), the rest by json.

_string = json.encoder.encode_basestring  # what json's encoder calls when ensure_ascii is False
_RESULTS_PLACE = '"results": []'  # (a string inside the document has its quotes escaped)


@lru_cache(maxsize=4096)
def _uri_text(path: str) -> str:
    """``_uri(path)`` as a JSON string, once per path: the findings of a file share it, and
    pathlib's parsing for each of them was two thirds of rendering 145,000 findings."""
    return _string(_uri(path))


def _region_text(loc: Location, pad: str) -> str:
    return (f'{pad}"physicalLocation": {{\n{pad}  "artifactLocation": {{\n{pad}    "uri": {_uri_text(loc.path)}\n'
            f'{pad}  }},\n{pad}  "region": {{\n{pad}    "startLine": {loc.start.line},\n'
            f'{pad}    "startColumn": {loc.start.column},\n{pad}    "endLine": {loc.end.line},\n'
            f'{pad}    "endColumn": {loc.end.column}\n{pad}  }}\n{pad}}}')


def _location_text(loc: Location, message: str | None, pad: str, id: int | None = None) -> str:
    """``_location(loc, message)`` (with ``"id"`` first when given) as an item of a list
    whose items stand at ``pad``."""
    inner = pad + "  "
    out = f"{pad}{{\n" + (f'{inner}"id": {id},\n' if id is not None else "") + _region_text(loc, inner)
    if message:
        out += f',\n{inner}"message": {{\n{inner}  "text": {_string(message)}\n{inner}}}'
    return out + f"\n{pad}}}"


def _result_text(f: Finding, index: dict[str, int], pad: str) -> str:
    """A result of :func:`document`, its keys in the same order, as an item at ``pad``."""
    inner = pad + "  "
    text = f.message + (f"\n{f.help}" if f.help else "")
    out = (f'{pad}{{\n{inner}"ruleId": {_string(f.code)},\n{inner}"level": {_string(_LEVEL[f.severity])},\n'
           f'{inner}"message": {{\n{inner}  "text": {_string(text)}\n{inner}}},\n'
           f'{inner}"locations": [\n{_location_text(f.location, None, inner + "  ")}\n{inner}]')
    if f.code in index:
        out += f',\n{inner}"ruleIndex": {index[f.code]}'
    if f.related:
        out += f',\n{inner}"relatedLocations": [\n' + ",\n".join(
            [_location_text(loc, msg, inner + "  ", i) for i, (loc, msg) in enumerate(f.related)]
        ) + f"\n{inner}]"
    return out + f"\n{pad}}}"


def render(findings: list[Finding], *, files: int, console, config) -> None:
    """``json.dumps(document(findings), ensure_ascii=False, indent=2)``, the results written
    directly (see above)."""
    frame = document([])
    head = json.dumps(frame, ensure_ascii=False, indent=2)
    if not findings or head.count(_RESULTS_PLACE) != 1:  # (the latter never: a string's quotes are escaped)
        console.file.write(json.dumps(document(findings), ensure_ascii=False, indent=2) + "\n")
        return
    index = {rule.code: i for i, rule in enumerate(registry().values())}
    pad = " " * 8  # document > runs > run > results > a result
    before, after = head.split(_RESULTS_PLACE)
    write = console.file.write
    write(f'{before}"results": [\n')
    # a thousand results at a time: one string of all of them (with its list and encoded
    # copy) took as much memory as the findings themselves
    for k in range(0, len(findings), 1000):
        write((",\n" if k else "") + ",\n".join([_result_text(f, index, pad) for f in findings[k : k + 1000]]))
    write(f"\n      ]{after}\n")
