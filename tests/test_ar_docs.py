"""The examples in every AR rule's documentation are true: Bad is found, Good is not."""

import re

import pytest

from draftlint.rules import match_codes, registry
from draftlint.testing import violations

CODES = match_codes("AR")


def _example(doc: str, label: str) -> str:
    m = re.search(rf"^\s*{label}:\s*(.+)$", doc, re.M)
    assert m, label
    return m.group(1).strip()


@pytest.mark.parametrize("code", CODES)
def test_documented_bad_example_is_found(code):
    bad = _example(registry()[code].doc, "Bad")
    assert [v for v in violations(code, bad) if v.severity != "info"], bad


@pytest.mark.parametrize("code", CODES)
def test_documented_good_example_is_clean(code):
    good = _example(registry()[code].doc, "Good")
    assert violations(code, good) == [], good
