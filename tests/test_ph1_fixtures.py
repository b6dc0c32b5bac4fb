"""PH101-PH121 on whole drafts: fixtures/placeholder/slots/<draft> with <draft>.expected.

Each .expected file lists ``line:column:CODE`` of every PH1xx finding the draft must
produce, and nothing else: the clean drafts expect none. Every draft comes in
simplified and traditional script (``*_trad``), as .txt and as .md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from draftlint.document import Document
from draftlint.rules import get

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "placeholder" / "slots"
CODES = ("PH101", "PH102", "PH103", "PH104", "PH111", "PH112", "PH113", "PH121")
DRAFTS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))


def expected(draft: Path) -> set[tuple[int, int, str]]:
    rows = set()
    for raw in (draft.parent / (draft.name + ".expected")).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            line, col, code = raw.strip().split(":")
            rows.add((int(line), int(col), code))
    return rows


def found(draft: Path) -> set[tuple[int, int, str]]:
    text = draft.read_text(encoding="utf-8")
    doc = Document(text, path=str(draft), kind="md" if draft.suffix == ".md" else "txt")
    rows = set()
    for code in CODES:
        rule = get(code)
        for v in rule.check(doc, dict(rule.options)):
            pos = doc.position(v.span.start)
            rows.add((pos.line, pos.column, code))
    return rows


def test_fixtures_cover_both_scripts_and_formats():
    names = {p.name for p in DRAFTS}
    assert any(n.endswith(".md") for n in names) and any(n.endswith(".txt") for n in names)
    for p in DRAFTS:
        twin = p.stem[:-5] + p.suffix if p.stem.endswith("_trad") else p.stem + "_trad" + p.suffix
        assert twin in names, f"{p.name} has no twin in the other script"
    covered = set().union(*(expected(p) for p in DRAFTS))
    assert {code for _, _, code in covered} == set(CODES)


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
def test_draft_gives_exactly_the_expected_findings(draft):
    want, got = expected(draft), found(draft)
    assert sorted(got - want) == [], "unexpected findings"
    assert sorted(want - got) == [], "missed findings"


@pytest.mark.parametrize("draft", [p for p in DRAFTS if p.stem.endswith("_trad")], ids=lambda p: p.name)
def test_traditional_twin_gives_the_same_findings(draft):
    twin = draft.with_name(draft.stem[:-5] + draft.suffix)
    assert found(draft) == found(twin)


def test_accuracy_through_the_cli(tmp_path):
    """The whole path (loading, kind by suffix, JSON positions) scores 1.0 on the fixtures."""
    proc = subprocess.run(
        [sys.executable, "-m", "draftlint", "check", "--format", "json", "--exit-zero", "--isolated",
         "--no-cache", "--select", ",".join(CODES), *map(str, DRAFTS)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    got = {(Path(f["path"]).name, f["line"], f["column"], f["code"]) for f in findings}
    want = {(p.name, *row) for p in DRAFTS for row in expected(p)}
    matched = len(got & want)
    recall = matched / len(want)
    precision = matched / len(got) if got else 1.0
    assert (recall, precision) == (1.0, 1.0), (sorted(want - got)[:10], sorted(got - want)[:10])


def _rows(doc) -> set[tuple[int, int, str]]:
    rows = set()
    for code in CODES:
        rule = get(code)
        for v in rule.check(doc, dict(rule.options)):
            pos = doc.position(v.span.start)
            rows.add((pos.line, pos.column, code))
    return rows


@pytest.mark.parametrize("name", ["township_half_year.txt", "township_half_year_trad.txt", "clean_county_report.txt"])
def test_same_draft_as_docx_gives_the_same_findings(name, tmp_path):
    """Each line of the draft becomes one Word paragraph: the findings keep their places."""
    docx = pytest.importorskip("docx")
    from draftlint.load import load_path

    draft = FIXTURES / name
    word = docx.Document()
    for line in draft.read_text(encoding="utf-8").split("\n")[:-1]:
        word.add_paragraph(line)
    path = tmp_path / (draft.stem + ".docx")
    word.save(str(path))
    doc = load_path(str(path))
    assert doc.kind == "docx"
    assert _rows(doc) == expected(draft)


def test_gbk_encoded_draft_gives_the_same_findings(tmp_path):
    from draftlint.load import load_path

    draft = FIXTURES / "township_half_year.txt"
    path = tmp_path / draft.name
    path.write_bytes(draft.read_text(encoding="utf-8").encode("gbk"))
    assert _rows(load_path(str(path))) == expected(draft)
