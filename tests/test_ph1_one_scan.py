"""PH1xx rules that search only where a cheap whole-text scan finds a candidate: the
findings stay those of a search of the whole text, across line breaks of every kind, at
the very start and end of a text, and next to Markdown code."""

from __future__ import annotations

import pytest

from draftlint.testing import spans_text

BODY = "一、主要工作\n全年完成投资1.2亿元。\n\n"
SIGN = "经办人：　　　　科长：　　　　局长："


@pytest.mark.parametrize("brk", ["\n", "\r\n"])
def test_signature_lines_under_every_line_break(brk):
    text = BODY.replace("\n", brk) + SIGN + brk + "全年完成投资1.2亿元。" + brk + SIGN
    assert spans_text("PH112", text) == [SIGN, SIGN]


def test_a_signature_line_followed_by_text_on_its_line_stays_quiet():
    text = BODY + "科长：　　局长：　　（盖章）\n" + "单位名称：青山镇，负责人：\n"
    assert spans_text("PH112", text) == []


def test_a_signature_line_at_the_very_start():
    assert spans_text("PH112", SIGN + "\n" + BODY) == [SIGN]
