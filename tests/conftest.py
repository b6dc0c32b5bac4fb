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
