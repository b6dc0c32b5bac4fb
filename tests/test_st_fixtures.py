"""Drafts in fixtures/structure/ with the (line, column, code) of every ST finding they must produce.

Each draft has a sibling ``.expected`` file of ``line:col:CODE`` rows (``#`` starts a comment);
the draft must produce exactly those ST findings, info included, and nothing else.
"""

from pathlib import Path

import pytest

from draftlint.load import load_bytes
from draftlint.rules import registry
from draftlint.testing import rule_options

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "structure"
DRAFTS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".expected").exists())


def _expected(path: Path) -> list[tuple[int, int, str]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        raw = raw.split("#", 1)[0].strip()
        if raw:
            line, col, code = raw.split(":")
            rows.append((int(line), int(col), code))
    return sorted(rows)


def _found(path: Path) -> list[tuple[int, int, str]]:
    doc = load_bytes(path.read_bytes(), str(path))
    out = []
    for code, rule in registry().items():
        if rule.family != "ST" or rule.scope != "document":
            continue
        for v in rule.check(doc, rule_options(code)):
            pos = doc.position(v.span.start)
            out.append((pos.line, pos.column, code))
    return sorted(out)


def test_there_are_fixtures_in_both_scripts_and_formats():
    assert len(DRAFTS) >= 4
    assert {p.suffix for p in DRAFTS} == {".txt", ".md"}


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
def test_fixture(draft: Path):
    assert _found(draft) == _expected(draft.with_suffix(".expected"))


def test_every_st_rule_is_exercised_by_a_fixture():
    codes = {code for d in DRAFTS for _, _, code in _expected(d.with_suffix(".expected"))}
    assert codes == {c for c, r in registry().items() if r.family == "ST"}
