"""The AR claim benchmark: hand-written claims, half right and half wrong, per claim kind.

fixtures/arithmetic/claims.tsv holds one claim per row with the verdict worked out by
hand (the `check` column records the arithmetic, re-done here with plain floats, not with
draftlint). A wrong claim counts as found when its rule reports it at warning or error; a
right claim counts as passed when no AR rule reports anything above info.
`pytest -s tests/test_ar_benchmark.py` prints the table.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from draftlint.document import Document
from draftlint.rules import get, match_codes
from draftlint.testing import rule_options

CLAIMS = Path(__file__).resolve().parents[1] / "fixtures" / "arithmetic" / "claims.tsv"
MIN_SENSITIVITY = 0.95
MIN_SPECIFICITY = 0.97


def _rows():
    rows = []
    for n, raw in enumerate(CLAIMS.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, expect, sentence, check = raw.split("\t")
        rows.append((n, kind, expect, sentence, check))
    return rows


ROWS = _rows()


def _findings(sentence: str) -> list[tuple[str, str]]:
    doc = Document(sentence)
    out = []
    for code in match_codes("AR"):
        rule = get(code)
        for v in rule.check(doc, rule_options(code)):
            out.append((code, v.severity or rule.severity))
    return out


def test_the_benchmark_is_big_and_balanced():
    assert len(ROWS) >= 150
    kinds = defaultdict(lambda: defaultdict(int))
    for _n, kind, expect, _s, _c in ROWS:
        kinds[kind][expect] += 1
    assert set(kinds) >= {"AR101", "AR102", "AR103", "AR111", "AR112", "AR121", "AR122", "AR131", "AR141"}
    for kind, counts in kinds.items():
        assert counts["ok"] >= 10 and counts["flag"] >= 10, kind
        assert abs(counts["ok"] - counts["flag"]) <= 2, kind
    assert len({s for _n, _k, _e, s, _c in ROWS}) == len(ROWS), "a claim is listed twice"


@pytest.mark.parametrize("row", ROWS, ids=[f"line{r[0]}" for r in ROWS])
def test_hand_arithmetic_is_right(row):
    """The worked arithmetic behind each verdict, redone with plain floats."""
    _n, _kind, _expect, _sentence, check = row
    for part in check.split(";"):
        expr, value = part.split("=>")
        got = eval(expr, {"__builtins__": {"len": len}})  # noqa: S307 - our own fixture
        assert abs(got - float(value)) < 0.01, part


def test_sensitivity_and_specificity_per_claim_kind():
    stats = defaultdict(lambda: {"tp": 0, "fn": 0, "tn": 0, "fp": 0})
    misses = []
    for n, kind, expect, sentence, _check in ROWS:
        found = _findings(sentence)
        loud = [(c, s) for c, s in found if s != "info"]
        if expect == "flag":
            hit = any(c == kind for c, _s in loud)
            stats[kind]["tp" if hit else "fn"] += 1
            if not hit:
                misses.append(f"missed  line {n}: {sentence}  {found}")
        else:
            clean = not loud
            stats[kind]["tn" if clean else "fp"] += 1
            if not clean:
                misses.append(f"false   line {n}: {sentence}  {loud}")
    lines = ["", f"{'kind':6} {'flag':>5} {'found':>6} {'sens':>6} {'ok':>5} {'quiet':>6} {'spec':>6}"]
    failed = []
    for kind in sorted(stats):
        s = stats[kind]
        sens = s["tp"] / max(1, s["tp"] + s["fn"])
        spec = s["tn"] / max(1, s["tn"] + s["fp"])
        lines.append(f"{kind:6} {s['tp'] + s['fn']:5} {s['tp']:6} {sens:6.1%} {s['tn'] + s['fp']:5} {s['tn']:6} {spec:6.1%}")
        if sens < MIN_SENSITIVITY or spec < MIN_SPECIFICITY:
            failed.append(kind)
    print("\n".join(lines + misses))
    assert not failed, "\n".join(lines + misses)
