"""Word tests of the AR rules rewritten for speed against the patterns they stand for, over
every short string of the characters those patterns turn on (each must say yes and no for
exactly the same strings)."""

from __future__ import annotations

import itertools
import re

import regex

from draftlint.numbers import _CN_START, CN_CHARS
from draftlint.rules.arithmetic import _change
from draftlint.rules.arithmetic import _claims as C


def _strings(alphabet: list[str], longest: int):
    for n in range(longest + 1):
        for combo in itertools.product(alphabet, repeat=n):
            yield "".join(combo)


def test_percentish_is_the_numeral_cheng_pattern():
    old = re.compile(f"[{CN_CHARS}][ \u00a0\u3000]?[余多]{{0,2}}成")
    tried = 0
    for t in _strings(["三", "百", "成", "余", "多", " ", "\u3000", "x"], 5):
        assert (old.search(t) is not None) == (C._PERCENTISH.search(t) is not None), repr(t)
        tried += 1
    assert tried > 30000


def test_may_change_is_the_change_hint_pattern():
    old = re.compile(
        rf"[由从][^,，;；]{{0,10}}[0-9{_CN_START}百]|(?:^|[,，;；:：])\s*(?:同比|比|较|与)|去年|上年|[比较][^,，;；\d]{{0,8}}[(（]"
    )
    tried = 0
    for t in _strings(["由", "比", "较", "与", "同", "，", ":", " ", "5", "（", "年", "去", "上", "x"], 4):
        assert (old.search(t) is not None) == _change._may_change(t), repr(t)
        tried += 1
    for t in ("从一二三四五六七八九十一5", "由一二三四五六七八九十一二5", "比一二三四五六七八(", "比一二三四五六七八九("):
        assert (old.search(t) is not None) == _change._may_change(t), t
    assert tried > 30000


def test_rank_words_are_the_rank_pattern():
    old = regex.compile(r"排名|排位|位次|名次|排序|排行|居全")
    for t in _strings(["排", "名", "位", "次", "序", "行", "居", "全", "x"], 3):
        assert bool(old.search(t)) == _change._ranks(t), t


def test_count_hint_is_a_numeral_before_a_classifier():
    from draftlint.rules.arithmetic import list_count

    old = re.compile(rf"{list_count._NUM_CLASS_FIRST}(?:{list_count._CLS}|处)")
    tried = 0
    for t in _strings(["十", "一", "二", "1", "0", "2", "个", "方", "面", "处", "x"], 4):
        assert (old.search(t) is not None) == (list_count._COUNT_HINT.search(t) is not None), repr(t)
        tried += 1
    assert tried > 15000


def test_engine_swaps_keep_every_answer():
    """Patterns moved from ``regex`` to the stdlib engine (\\s spelt as ``regex`` reads it)."""
    from draftlint.rules.arithmetic import _parts, share

    pairs = [
        (regex.compile(r"占|比(?![赛武])|较(?![大小多少高低好差强弱重轻快慢长短])|相当于|同期|上年|去年"), C._REFERENCE_WORDS),
        (regex.compile(r"^\s*(?:合计|共计|总计|两者|二者|三者|两项|三项|以上|上述|这些|二者合计|两者合计)"), share._SUMMED),
        (regex.compile(r"占(?:地|用|领|据|有率)"), share._BAD_ZHAN),
        (regex.compile(r"其他|其余|其它|剩余|余下|另有"), _parts._REST),
    ]
    for t in _strings(["占", "比", "赛", "较", "大", "合", "计", "\u3000", "\x1c", "地", "其", "他", "x"], 3):
        for old, new in pairs:
            assert (old.search(t) is None) == (new.search(t) is None), repr(t)
    old = regex.compile(r"^\s*(?:同比|比|较|与)(?:[^,，;；\d]|\d{2,4}年度?){0,12}?(?:的|为)?$")
    for t in _strings(["比", "与", "\u3000", "\x1c", "2", "年", "度", "的", "，", "x"], 5):
        a, b = old.match(t), _change._COMPARE_HEAD.match(t)
        assert (a and a.span()) == (b and b.span()), repr(t)
