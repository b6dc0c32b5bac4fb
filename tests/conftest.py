"""Shared test fixtures. Tests that need ../shared skip cleanly when it is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not (corpus / "truth").is_dir() or not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared/corpus is not present")
    return corpus


def score_corpus(corpus: Path, tmp_path: Path, *extra: str) -> dict:
    """Run ``draftlint check --format json`` on a corpus and score it with score.py."""
    out = tmp_path / "findings.json"
    proc = subprocess.run(
        [sys.executable, "-m", "draftlint", "check", "--format", "json", "--exit-zero", str(corpus)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    out.write_text(proc.stdout, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(corpus / "truth"), str(corpus), str(out), *extra],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    return json.loads(score.stdout.strip().splitlines()[-1])


FAKE_CODE = "PH999"


@pytest.fixture
def fake_rule(monkeypatch):
    """Register a throwaway rule PH999 that flags every “错字”, so core tests do not
    depend on what the real rules find."""
    import regex

    from draftlint.rules import Rule, registry
    from draftlint.types import Span, Text, Violation

    def check(doc, options):
        for m in regex.finditer(options["word"], doc.simplified):
            yield Violation(Span(m.start(), m.end()), Text(f"错字“{m.group()}”", f"typo “{m.group()}”"),
                            help=Text("请改正", "fix it"))

    rule = Rule(code=FAKE_CODE, name="fake-typo", severity="warning", summary="Fake rule for tests.",
                doc="Fake rule for tests.", scope="document", options={"word": "错字"}, check=check)
    monkeypatch.setitem(registry(), FAKE_CODE, rule)
    return rule


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path_factory, monkeypatch):
    """Keep the result cache of every test run out of the working tree."""
    monkeypatch.setenv("DRAFTLINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "draftlint-cache"))
