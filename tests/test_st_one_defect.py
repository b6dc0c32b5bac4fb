"""One defect, one finding: a quotation closed (or opened) by a mark of another kind is
reported once, by the rule whose fix names the mark to type, in both scripts."""

import pytest

from draftlint.testing import positions, violations

PAIR_CODES = ("ST201", "ST202", "ST203")


def _found(text: str) -> list[tuple[int, int, str]]:
    out = []
    for code in PAIR_CODES:
        out += [(line, col, code) for line, col in positions(code, text)]
    return sorted(out)


@pytest.mark.parametrize("text, col", [
    ("他提出了「四个全面\"的要求,得到群众认可。\n", 10),  # corner quote closed by an ASCII quote
    ("他提出了『四個全面\"的要求，得到群眾認可。\n", 10),
    ("會議強調「兩個維護'，要求各單位抓好落實。\n", 10),
    ("他提出了“四个全面'的要求,得到群众认可。\n", 10),
    ("全面实现「四无」和「三零\"目标,群众满意度明显提升。\n", 13),
])
def test_an_ascii_quote_closing_a_curly_one_is_one_stray_ascii_quote(text, col):
    assert _found(text) == [(1, col, "ST203")]


def test_the_message_names_the_mark_to_type():
    (v,) = violations("ST203", "他提出了「四个全面\"的要求,得到群众认可。\n")
    assert "」" in v.message.zh and "」" in v.message.en
    (v,) = violations("ST203", "全面实现“四无\"目标。\n")
    assert "”" in v.message.zh
    (v,) = violations("ST203", "他提出了\"四個全面」的要求。\n")
    assert "「" in v.message.zh


@pytest.mark.parametrize("text, col", [
    ("他提出了\"四个全面」的要求,得到群众认可。\n", 5),  # ASCII quote opening a corner quotation
    ("他提出了\"四個全面』的要求，得到群眾認可。\n", 5),
])
def test_an_ascii_quote_opening_a_curly_quotation_is_one_finding(text, col):
    assert _found(text) == [(1, col, "ST203")]


@pytest.mark.parametrize("text, found", [
    ("他提出了「四个全面『的要求,得到群众认可。\n", [(1, 10, "ST201")]),  # closer typed as another opener
    ("他提出了“四個全面「的要求，得到群眾認可。\n", [(1, 10, "ST201")]),
    ("他提出了」四个全面“的要求,得到群众认可。\n", [(1, 5, "ST201")]),  # both turned the wrong way
    ("他提出了”四个全面\"的要求,得到群众认可。\n", [(1, 5, "ST201")]),
    ("他提出了'四个全面\"的要求,得到群众认可。\n", [(1, 10, "ST203")]),
    ("他提出了“四个全面」的要求,得到群众认可。\n", [(1, 10, "ST201")]),
])
def test_two_halves_of_different_kinds_are_one_finding(text, found):
    assert _found(text) == found


def test_two_separate_slips_far_apart_stay_two():
    text = ("他提出了「四个全面的要求,各单位认真落实。全镇上下形成合力,群众满意度明显提升,"
            "全年接待来访群众一千余人次,办结率达到百分之九十八。会后印发了\"工作方案。\n")
    assert len(_found(text)) == 2


@pytest.mark.parametrize("text", [
    "他提出了「四个全面」和“两个维护”的要求,得到群众认可。\n",
    "他说:「要落实『两学一做』要求。」大家一致赞同。\n",
    "他提出了\"四个全面\"的要求,得到群众认可。\n",  # ASCII quotes used in pairs
    "今年以来,我镇坚持「工业强镇、商贸重镇、生态大\n镇、文化名镇」的发展定位,聚焦生态。\n",  # across a hard wrap
])
def test_well_paired_quotes_stay_quiet(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, found", [
    ("学习贯彻《中国共产党章程《,全体党员参加。\n", [(1, 13, "ST201")]),  # closing title mark typed as opening
    ("會議通過了（試行辦法（，各單位遵照執行。\n", [(1, 11, "ST201")]),  # closing bracket typed as opening
    ("会议通过了）试行办法）,各单位遵照执行。\n", [(1, 6, "ST201")]),  # opening typed as closing
    ("会议通过了）试行办法（,各单位遵照执行。\n", [(1, 6, "ST201")]),  # both turned round
    ("他提出了“四个全面）的要求,得到群众认可。\n", [(1, 10, "ST201")]),  # quote closed by a bracket
    ("他提出了（四個全面」的要求，得到群眾認可。\n", [(1, 10, "ST201")]),
    ("他提出了（四个全面\"的要求,得到群众认可。\n", [(1, 5, "ST201")]),
])
def test_a_bracket_pair_with_a_wrong_half_is_one_finding(text, found):
    assert _found(text) == found


def test_the_message_says_which_way_the_bracket_should_point():
    (v,) = violations("ST201", "学习贯彻《中国共产党章程《,全体党员参加。\n")
    assert "》" in v.message.zh and "》" in v.message.en
    (v,) = violations("ST201", "会议通过了）试行办法）,各单位遵照执行。\n")
    assert "（" in v.message.zh


@pytest.mark.parametrize("text", [
    "学习贯彻《中国共产党章程》和《条例》,全体党员参加。\n",
    "会议通过了（试行办法）,各单位遵照执行(见附件)。\n",
    "1)加强学习;2)完善制度。\n",  # enumerators, not half a pair
])
def test_paired_brackets_stay_quiet(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, found", [
    ("人口自然增长率控制在5.2 %o以内。\n", [(1, 15, "ST311")]),  # one malformed figure, not also a split sign
    ("人口自然增長率控制在5.2 ％ｏ以內。\n", [(1, 15, "ST311")]),
    ("同比增长5 %%,成效明显。\n", [(1, 7, "ST311")]),
    ("占全年任务的60 %,成效明显。\n", [(1, 7, "ST312")]),
])
def test_a_figure_with_a_space_and_a_wrong_sign_is_one_finding(text, found):
    got = sorted((line, col, code) for code in ("ST301", "ST311", "ST312") for line, col in positions(code, text))
    assert got == found
