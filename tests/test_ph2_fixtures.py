"""Drafts in fixtures/placeholder/residue/ against their expected findings.

Each draft (``.txt`` or ``.md``, simplified or traditional script, any line ending or
encoding) has a sibling ``<name>.expected`` listing ``line:column:CODE`` for every finding of
the rules below; everything not listed must stay quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from draftlint.load import load_bytes
from draftlint.rules import get

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "placeholder" / "residue"
CODES = ("PH131", "PH141", "PH201", "PH202", "PH203", "PH301")
DRAFTS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".docx"))


def expected(draft: Path) -> list[tuple[int, int, str]]:
    rows = []
    for raw in Path(f"{draft}.expected").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            line, col, code = raw.split(":")
            rows.append((int(line), int(col), code))
    return sorted(rows)


def found(draft: Path) -> list[tuple[int, int, str]]:
    doc = load_bytes(draft.read_bytes(), str(draft))
    rows = []
    for code in CODES:
        rule = get(code)
        for v in rule.check(doc, dict(rule.options)):
            pos = doc.position(v.span.start)
            rows.append((pos.line, pos.column, code))
    return sorted(rows)


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
def test_draft_gives_exactly_the_expected_findings(draft):
    assert found(draft) == expected(draft)


def test_every_draft_has_expectations():
    assert DRAFTS
    for draft in DRAFTS:
        assert Path(f"{draft}.expected").is_file(), draft.name


def test_fixtures_cover_every_rule_in_both_scripts_and_formats():
    covered = {row[2] for draft in DRAFTS for row in expected(draft)}
    assert covered == set(CODES)
    names = [d.name for d in DRAFTS]
    assert any("traditional" in n for n in names) and any("traditional" not in n for n in names)
    assert {d.suffix for d in DRAFTS} >= {".txt", ".md", ".docx"}
