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
        assert bool(old.search(t)) == any(w in t for w in _change._RANK_WORDS), t
