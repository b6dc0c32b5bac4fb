"""The qualifier read off the words before a figure (numbers._prefix_qualifier) against the
pattern search it stands for, over every short window of qualifier words and other text."""

from __future__ import annotations

import itertools

import regex

from draftlint.numbers import _PREFIX_LAST, _prefix_qualifier, find_quantities

# the search numbers.py ran for each figure before (words longest first, ``$`` at the end)
_PREFIX = regex.compile(r"(?:大约|约为|约有|约|将近|接近|近|不足|不到|超过|超|逾|多达|高达)$")


def _by_pattern(text: str, start: int) -> str | None:
    pm = _PREFIX.search(text, max(0, start - 4), start)
    if not pm:
        return None
    word = pm.group(0)
    if word in ("超过", "超", "逾", "多达", "高达"):
        return "at_least" if word in ("超过", "超", "逾") else None
    if word in ("近", "将近", "接近", "不足", "不到"):
        return "less"
    return "about"


def test_prefix_qualifier_matches_the_pattern_search():
    pieces = ["大", "约", "为", "有", "将", "近", "接", "不", "足", "到", "超", "过", "逾", "多", "高", "达",
              "\n", "。", "x"]
    tried = 0
    for n in range(0, 6):
        for combo in itertools.product(pieces, repeat=n) if n <= 4 else (
                tuple(w) for w in ("大大约为", "x将近\n", "\n\n约", "不到\n\n", "多达约为", "x超过逾")):
            text = "".join(combo) + "5"
            start = len(text) - 1
            if not text[start - 1:start] or text[start - 1] in _PREFIX_LAST:
                assert _prefix_qualifier(text, start) == _by_pattern(text, start), repr(text)
                tried += 1
    assert tried > 10000


def test_qualifiers_of_figures():
    got = [q.qualifier for q in find_quantities("约为5人,将近\n6人,超过7人,多达8人,逾9人,不足10人")]
    assert got == ["about", "less", "at_least", None, "at_least", "less"]


def test_a_matched_text_has_one_reading_whatever_follows_it():
    """numbers._READINGS is keyed by the matched text: the groups of a match must not depend
    on what follows it (every look-ahead past a match's end only moves where it ends)."""
    from draftlint.numbers import _scanner

    heads = ["5", "12", "1,318", "3.5", "5千", "5 ", "3成", "三成", "5%", "5%o", "5‰", "12节", "4架", "86分",
             "21万4,380人次", "21万4380", "3亿2560万元", "3亿", "3 亿 5 万", "40余", "40多万", "十五", "百分之五",
             "两千", "5千米", "5千克", "5千瓦", "7倍", "5个百分点", "1,3180", "12 人", "三万五"]
    tails = ["", "米", "克", "瓦", "时", "能", "为", "o", "a", "0", "1", ",", ",000", ".", ".5", " ", "\u3000", "元",
             "亿", "万", "万元", "人", "钟", "以上", "左右", "余", "多", "%", "成", "倍", "几", "来", "-", "至5"]
    seen: dict[str, tuple] = {}
    for head in heads:
        for lead in ("", "约", "第", "为"):
            for tail in tails:
                for m in _scanner().finditer(lead + head + tail):
                    g = m.groups()
                    assert seen.setdefault(m.group(0), g) == g, (lead + head + tail, m.group(0))
    assert len(seen) > 100


def test_parts_a_figure_may_lack_match_as_optional_parts_would():
    """The figure pattern writes what a figure may lack as (…|), faster than (…)? in the
    stdlib engine; spelt with ? it must find the same figures, with None where "" is."""
    import random
    import re

    from draftlint import numbers as N

    u, w = N._UNIT_ALT, N._WS
    optional = N._QUANTITY_PATTERN
    for a, b in [
        (r"(?:\.[0-9]+|)", r"(?:\.[0-9]+)?"),
        ("(?P<capprox>余|多|)", "(?P<capprox>余|多)?"),
        (f"(?P<cunit>{u}|)", f"(?P<cunit>{u})?"),
        ("(?P<cpost>以上|左右|上下|以下|之多|以内|)", "(?P<cpost>以上|左右|上下|以下|之多|以内)?"),
        (rf"(?:[ \u00a0\u3000](?=[^{w}\d])|)", rf"(?:[ \u00a0\u3000](?=[^{w}\d]))?"),
        ("(?P<approx>余|多|)", "(?P<approx>余|多)?"),
        ("(?P<mult>万亿|千万|百万|个亿|亿|万|千(?![米克瓦])|)", "(?P<mult>万亿|千万|百万|个亿|亿|万|千(?![米克瓦]))?"),
        ("(?P<approx2>余|多|)", "(?P<approx2>余|多)?"),
        (f"| (?P<unit>{u})\n      |\n    )", f"| (?P<unit>{u})\n    )?"),
        ("(?P<post>以上|左右|上下|以下|之多|以内|)", "(?P<post>以上|左右|上下|以下|之多|以内)?"),
    ]:
        assert a in optional, a
        optional = optional.replace(a, b)
    assert "|)" not in optional
    fast, plain = re.compile(N._QUANTITY_PATTERN, re.VERBOSE), re.compile(optional, re.VERBOSE)
    rng = random.Random(7)
    alphabet = list("0123456789,. 　亿万千百十三两余多%‰成倍个人元次以上左右下之内节能约") + ["1,318", "个百分点", "万元", "平方米"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10)))
        for pos in range(len(text)):
            a, b = fast.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), tuple(x or None for x in a.groups()))) == (b and (b.span(), b.groups())), text
