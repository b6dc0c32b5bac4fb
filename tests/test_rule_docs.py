"""Every rule documents itself: its docstring is what `draftlint rule CODE` prints."""

import re

import pytest

from draftlint.rules import FAMILIES, registry

RULES = list(registry().values())


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(rule):
    assert re.fullmatch(r"[A-Z]{2}\d{3}", rule.code)
    assert rule.family in FAMILIES
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.severity in ("error", "warning", "info")
    assert rule.summary and rule.summary.endswith(".")
    for section in ("Why", "Bad:", "Good:", "Fix"):
        assert section in rule.doc, f"{rule.code} docstring lacks {section!r}"
    if rule.scope != "linter":
        assert rule.check is not None


def test_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_readme_lists_every_rule():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in RULES if f"| {r.code} | `{r.name}` | {r.severity} |" not in readme]
    assert not missing, f"README rules table lacks {missing}: regenerate it with `draftlint rules --format markdown`"
