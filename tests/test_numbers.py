"""numbers.py: figures in Chinese prose become Decimal intervals."""

from decimal import Decimal as D

import pytest

from draftlint.numbers import Interval, find_quantities, normalize, parse_chinese, parse_quantity


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("两", 2), ("十", 10), ("十五", 15), ("二十", 20), ("二十五", 25), ("一百零五", 105),
    ("两千三百", 2300), ("一万二千", 12000), ("三万五", 35000), ("三亿五千万", 350_000_000),
    ("二〇二三", 2023), ("二〇一五", 2015), ("壹佰", 100), ("叁拾", 30), ("一千零五十", 1050),
])
def test_chinese_numerals(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text", ["三四", "七八", "两三", "一三四", "", "十几", "三四十"])
def test_ranges_and_non_numerals_are_not_numbers(text):
    assert parse_chinese(text) is None


def _one(text):
    q = parse_quantity(text)
    assert q is not None, text
    return q


@pytest.mark.parametrize("text, value, unit", [
    ("1318万元", D(13_180_000), "元"),
    ("1,318人", D(1318), "人"),
    ("１３１８人", D(1318), "人"),
    ("11.02亿元", D("1102000000"), "元"),
    ("2.2万户", D(22000), "户"),
    ("三栋", D(3), "栋"),
    ("十个", D(10), "个"),
    ("两千三百人", D(2300), "人"),
    ("6000平方米", D(6000), "平方米"),
    ("13470㎡", D(13470), "平方米"),
    ("6公里", D(6), "公里"),
    ("40亩", D(40), "亩"),
    ("4.9个亿", D("490000000"), ""),
    ("3亿2560万元", D("325600000"), "元"),
    ("3亿2,560万元", D("325600000"), "元"),
])
def test_amounts(text, value, unit):
    q = _one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("60%", D(60)), ("60 %", D(60)), ("60％", D(60)), ("百分之六十", D(60)), ("百分之60", D(60)),
    ("六成", D(60)), ("3‰", D("0.3")), ("5%o", D("0.5")), ("58.5%", D("58.5")),
])
def test_percent_forms(text, value):
    q = _one(text)
    assert q.unit == "%" and q.value == value


def test_points_and_multiples():
    assert _one("3个百分点").unit == "pp"
    assert _one("2倍").unit == "倍"


def test_plain_figure_is_what_rounds_to_it():
    assert _one("1318万元").strict() == Interval(D(13_175_000), D(13_185_000))
    assert _one("58.5%").strict() == Interval(D("58.45"), D("58.55"))


def test_truncated_reading_is_half_open():
    t = _one("92%").truncated()
    assert t.lo == 92 and 92.9 < t.hi < 93


def test_round_figure_may_be_rounded_at_its_last_zero():
    assert _one("11000万元").coarse() == Interval(D(109_950_000), D(110_050_000))
    assert _one("120人").coarse() == _one("120人").strict()  # one trailing zero: a count


@pytest.mark.parametrize("text, lo, hi", [
    ("40多辆", 40, 50),
    ("1000余人", 1000, 2000),
    ("9万多元", 90000, 100000),
    ("近5万元", 40000, 50000),
    ("不足300人", 200, 300),
    ("约60%", 50, 70),
    ("60%左右", 50, 70),
])
def test_qualifiers(text, lo, hi):
    q = _one(text)
    assert q.approximate
    assert q.strict() == Interval(D(lo), D(hi))


def test_at_least_reads_like_more():
    assert _one("15万人次以上").strict() == Interval(D(150000), D(160000))
    assert _one("超过1000万元").strict() == Interval(D(10_000_000), D(20_000_000))


@pytest.mark.parametrize("sentence", [
    "一是加强领导,二是统一思想。",
    "三四个村还没有完成。",
    "十几个项目正在推进,数十个项目在洽谈。",
    "每村选派3-5名干部。",
    "这是第三个年头。",
    "做到一村一品。",
])
def test_words_and_vague_figures_are_not_quantities(sentence):
    assert [q.text for q in find_quantities(sentence) if q.unit not in ("年",)] == []


def test_offsets_point_into_the_original_text():
    text = "完成１３１８万元,占全年任务2355万元的60 %。"
    qs = find_quantities(text)
    assert [text[q.start:q.end] for q in qs] == ["１３１８万元", "2355万元", "60 %"]


def test_normalize_keeps_length():
    s = "１２３％，４５６．７"
    assert len(normalize(s)) == len(s)
    assert normalize(s) == "123%，456.7"


def test_comma_is_a_thousands_separator_only_before_three_digits():
    assert [q.value for q in find_quantities("共1,318人")] == [1318]
    assert [q.value for q in find_quantities("完成1318万元,占比60%")] == [13_180_000, 60]


def test_intervals():
    a, b = Interval(D(1), D(2)), Interval(D(4), D(8))
    assert a + b == Interval(D(5), D(10))
    assert b - a == Interval(D(2), D(7))
    assert a.ratio(b) == Interval(D("0.125"), D("0.5"))
    assert a.ratio(Interval(D(0), D(1))) is None
    assert a.overlaps(Interval(D(2), D(3))) and not a.overlaps(b)


def test_chu_ci_counts_inspections_of_sites():
    from draftlint.numbers import find_quantities as _fq

    assert [(q.text, q.unit) for q in _fq("稽查工地1,126处次，合格1,071处次")] == [("1,126处次", "处次"), ("1,071处次", "处次")]


def test_a_figure_of_zeros_alone_is_a_blank_not_zero():
    from draftlint.numbers import find_quantities

    assert [q.written for q in find_quantities("接待游客000万人次，发放资料00余份，发生事故0起，投资1000万元")] == ["0", "1000"]
