"""The closing summary line of the terminal formats (written to standard error)."""

from __future__ import annotations

from collections import Counter

from ..types import Finding


def render(findings: list[Finding], *, files: int, console, config) -> None:
    counts = Counter(f.severity for f in findings)
    noun = "file" if files == 1 else "files"
    if not findings:
        console.file.write(f"All clear: no problems in {files} {noun}.\n")
        return
    parts = [f"{counts[s]} {s}" + ("s" if counts[s] != 1 and s != "info" else "") for s in ("error", "warning", "info") if counts[s]]
    console.file.write(f"Found {len(findings)} problem{'s' if len(findings) != 1 else ''} in {files} {noun} ({', '.join(parts)}).\n")
