"""``--statistics``: how many findings of each code, most frequent first."""

from __future__ import annotations

import json
from collections import Counter

from ..rules import get
from ..types import Finding


def rows(findings: list[Finding]) -> list[tuple[int, str, str, str]]:
    counts = Counter(f.code for f in findings)
    out = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = get(code)
        out.append((n, code, rule.name if rule else "", rule.summary if rule else ""))
    return out


def render(findings: list[Finding], *, files: int, console, config, as_json: bool = False) -> None:
    table = rows(findings)
    if as_json:
        data = [{"code": code, "name": name, "count": n} for n, code, name, _ in table]
        console.file.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    width = max((len(str(n)) for n, *_ in table), default=1)
    for n, code, name, summary in table:
        console.file.write(f"{n:>{width}}  {code:<6} {name:<28} {summary}\n")
