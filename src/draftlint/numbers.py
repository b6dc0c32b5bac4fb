"""Quantities in Chinese report prose: numerals, units and qualifiers as Decimal intervals.

A figure in a report is never a point. ``1318万元`` stands for anything that rounds to it,
``40多辆`` for anything from 40 up to 50, ``约60%`` for a band around 60. This module
finds the figures in a piece of text and turns each into a :class:`Quantity` whose
:meth:`~Quantity.strict` and :meth:`~Quantity.lenient` intervals the arithmetic rules
compare. It is pure: no document, no rule, only text in and quantities out.

Numerals are parsed only where they are cut out as a figure (followed by a unit, a
multiplier or a percent sign); the scanner never rewrites words such as 一是, 统一 or
三四个 (an approximate range, which it leaves out).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, getcontext
from functools import cache

from ._record import Record

getcontext().prec = 40

INF = Decimal("Infinity")
ZERO = Decimal(0)

# --- normalisation (character for character, so offsets stay put) -------------------

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", "﹪": "%"})


# (full-width character, its ASCII twin): no twin is itself folded, so the order of the
# replacements does not matter
_FULLWIDTH_PAIRS = tuple((chr(k), v) for k, v in _FULLWIDTH.items())


def normalize(text: str) -> str:
    """Full-width digits and percent signs to ASCII; the length never changes.

    One ``str.replace`` per full-width character the text holds: str.translate over a whole
    Chinese text is slow, and so is a substitution with a Python callback per run of
    full-width characters (most drafts hold hundreds of runs: ９５％, ２０２３)."""
    for wide, ascii_ in _FULLWIDTH_PAIRS:
        if wide in text:
            text = text.replace(wide, ascii_)
    return text


# --- Chinese numerals -----------------------------------------------------------------

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "兩": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)


def parse_chinese(s: str) -> int | None:
    """Value of a Chinese numeral (``两千三百`` -> 2300, ``二〇二三`` -> 2023).

    Returns None for what is not one number: empty strings, stray characters, and
    two adjacent digits such as ``三四`` (an approximate range, not 34).
    """
    if not s or any(ch not in CN_CHARS for ch in s):
        return None
    if all(ch in CN_DIGITS for ch in s):
        if len(s) == 1:
            return CN_DIGITS[s]
        if "〇" not in s and "零" not in s:
            return None  # 三四, 七八, 两三: a range; 一三四: not a numeral at all
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total = section = number = 0
    seen_digit = False
    last_unit = 0
    after_zero = False
    for ch in s:
        if ch in CN_DIGITS:
            if seen_digit and number and not after_zero:
                return None  # 三四十: two digits in a row inside a numeral
            number = CN_DIGITS[ch]
            seen_digit = True
            after_zero = ch in "〇零"
        elif ch in CN_SMALL:
            unit = CN_SMALL[ch]
            section += (number if seen_digit else 1) * unit
            number = 0
            seen_digit = False
            last_unit = unit
            after_zero = False
        else:
            big = CN_BIG[ch]
            if big == 10**8:
                total = (total + section + number) * big
            else:
                total += (section + number) * big
            section = number = 0
            seen_digit = False
            last_unit = big
            after_zero = False
    if number and last_unit and not after_zero and s[-1] in CN_DIGITS and len(s) >= 2 and s[-2] not in "〇零":
        # 三万五 = 35000, 两千三 = 2300: a trailing digit counts in the next place down
        number *= last_unit // 10 if last_unit >= 10 else 1
    return total + section + number


# --- intervals ------------------------------------------------------------------------


class Interval(Record):
    """A closed interval of Decimals; ``hi`` may be infinite (``15万人次以上``)."""

    __slots__ = _fields = ("lo", "hi")

    def __init__(self, lo: Decimal, hi: Decimal) -> None:
        self.lo = lo
        self.hi = hi

    def overlaps(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, k: Decimal) -> "Interval":
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def ratio(self, other: "Interval") -> "Interval | None":
        """self / other for non-negative intervals; None when other may be zero."""
        if other.lo <= 0 or self.lo < 0:
            return None
        lo = self.lo / other.hi if other.hi != INF else ZERO
        hi = self.hi / other.lo
        return Interval(lo, hi)

    def contains(self, x: Decimal) -> bool:
        return self.lo <= x <= self.hi

    @staticmethod
    def total(items: "list[Interval]") -> "Interval":
        out = Interval(ZERO, ZERO)
        for item in items:
            out = out + item
        return out


# --- units ----------------------------------------------------------------------------

# written unit -> canonical unit; longest first in the pattern
UNITS: dict[str, str] = {
    "平方公里": "平方公里", "平方千米": "平方公里", "平方米": "平方米", "平米": "平方米", "平方": "平方米",
    "㎡": "平方米", "立方米": "立方米", "公顷": "公顷", "公里": "公里", "千米": "公里", "km": "公里",
    "人次": "人次", "车次": "车次", "架次": "架次", "台次": "台次", "场次": "场次", "户次": "户次", "处次": "处次", "家次": "家次", "辆次": "辆次",
    "千克": "公斤", "公斤": "公斤", "kg": "公斤", "公吨": "吨", "吨": "吨", "斤": "斤", "米": "米", "亩": "亩",
    "元": "元", "块钱": "元", "美元": "美元", "港元": "港元", "澳门元": "澳门元", "欧元": "欧元", "英镑": "英镑", "人": "人", "户": "户", "个": "个", "家": "家",
    "名": "名", "所": "所", "项": "项", "件": "件", "座": "座", "栋": "栋", "幢": "幢", "处": "处",
    "辆": "辆", "台": "台", "架": "架", "套": "套", "间": "间", "条": "条", "次": "次", "场": "场", "批": "批",
    "头": "头", "羽": "羽", "只": "只", "袋": "袋", "棵": "棵", "株": "株", "方": "方",
    "张": "张", "册": "册", "篇": "篇", "份": "份", "起": "起", "宗": "宗", "笔": "笔", "部": "部",
    "支": "支", "位": "位", "例": "例", "剂次": "剂次", "剂": "剂", "门": "门", "艘": "艘",
    "千瓦时": "千瓦时", "千瓦": "千瓦", "万千瓦": "千瓦", "度": "度", "口": "口", "眼": "眼",
    "公顷": "公顷", "所学校": "所", "班": "班", "组": "组", "期": "期", "类": "类", "种": "种",
    "年": "年", "月": "月", "日": "日", "天": "天", "小时": "小时", "岁": "岁",
    "节": "节", "堂": "堂", "课时": "课时", "分": "分",
}
# 节 is a unit of lessons (公开课2节), not the start of 节能/节约/节水 or a festival
# and 分 a unit of marks (平均分86.5分) after Arabic digits only (十分重视, 三分之一, 5分钟 are not)
_UNIT_GUARDS = {"节": "(?![能约水电省俭假日点目奏])", "架": "(?![构设空势子次])",
                "分": "(?![0-9钟秒别之享类配成期批头布散管局院会队站社支部析解数值档段项区厂公母子红工担流拣包片级步])"}
_UNIT_ALT = "|".join(re.escape(u) + _UNIT_GUARDS.get(u, "") for u in sorted(UNITS, key=len, reverse=True))

MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "个亿": Decimal(10) ** 8, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}

# units of counting whole things: a share of such a base can only take certain values
COUNT_UNITS = frozenset("人 户 个 家 家次 辆次 支 名 所 项 件 座 栋 幢 处 辆 台 套 间 条 次 场 批 头 只 张 份 起 宗 位 例 艘 门 类 种 班 节 堂 课时".split())
TIME_UNITS = frozenset("年 月 日 天 小时 岁".split())

_AR_NUM = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+|)|[0-9]+(?:\.[0-9]+|)"  # (…|): see below
_CN_START = "〇零一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾兩陸"
_CN_NUM = rf"[{_CN_START}][{CN_CHARS}]*"
# \s as the regex module reads it (Unicode White_Space; the stdlib also counts \x1c-\x1f)
_WS = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PERCENT = rf"[{_WS}]?(?:%o(?![a-z])|%|‰|个百分点|百分点)"

_QUANTITY_PATTERN = rf"""
    (?P<pct_cn>百分之(?P<pct_body>{_AR_NUM}|{_CN_NUM}))
    |
    (?=[0-9,.]*+[{_WS}]?亿)(?P<yi>{_AR_NUM})[{_WS}]?亿[{_WS}]?(?P<wan>{_AR_NUM})[{_WS}]?万(?P<capprox>余|多|)(?P<cunit>{_UNIT_ALT}|)(?P<cpost>以上|左右|上下|以下|之多|以内|)
    |
    (?=[0-9]{{1,4}}+万)(?P<w4>[0-9]{{1,4}})万(?P<ones>[0-9],[0-9]{{3}}(?![0-9,.])|[0-9]{{1,4}}(?![0-9,.]))(?P<wunit>{_UNIT_ALT})
    |
    (?P<num>{_AR_NUM}|{_CN_NUM})
    (?:[ \u00a0\u3000](?=[^{_WS}\d])|)
    (?P<approx>余|多|)
    (?P<mult>万亿|千万|百万|个亿|亿|万|千(?![米克瓦])|)
    (?P<approx2>余|多|)
    (?:
        (?P<pct>{_PERCENT})
      | (?P<cheng>成)(?![为立功果绩效本员品交就熟长型年片套])
      | (?P<times>倍)
      | (?P<unit>{_UNIT_ALT})
      |
    )
    (?P<post>以上|左右|上下|以下|之多|以内|)
    """


# (a part a figure may lack is written (…|), not (…)?: the stdlib engine runs an optional
# part of more than one character as a repeat, saving and restoring every mark around it,
# and the figure pattern has 19 groups; that was about a quarter of the time matching a
# figure takes. Such a group that takes nothing is "", not None: _reading reads every group
# by its truth and _compound maps "" to None, as no group can match an empty text otherwise.)


# (the look-aheads before the yi and w4 branches say only what those branches need anyway:
# the whole run of digits, then 亿 / 万; without them every plain figure such as 2023年 was
# matched digit by digit against both branches before the plain one was tried)


@cache
def quantity_pattern() -> "re.Pattern[str]":
    """The pattern of one figure (compiled on first use: start-up of a small check counts).
    The stdlib engine matches it several times faster than ``regex``; ``\\s`` is spelt out
    as ``regex`` reads it so that both find the same figures."""
    return re.compile(_QUANTITY_PATTERN, re.VERBOSE)


def __getattr__(name: str):
    if name == "QUANTITY":  # the compiled pattern, for callers that want it by name
        return quantity_pattern()
    raise AttributeError(name)


# the first character of everything that makes a run of Chinese numerals a figure: a
# multiplier, percent sign, 成, 倍 or unit
_CN_FOLLOW = "".join(sorted({w[0] for w in UNITS} | set("万千百个亿%‰成倍")))


@cache
def _scanner() -> "re.Pattern[str]":
    """The figure pattern, tried only where a figure may start: a digit, 百分之, or a run of
    Chinese numeral characters (taken whole, possessively, as the figure pattern takes it)
    that one of ``_CN_FOLLOW`` follows within five characters (behind at most a space,
    余/多 and a space). A run nothing such follows is never a figure (一是, 统一, 进一步), and
    no position inside it can start one either (the run from there ends at the same place),
    so one ``finditer`` of this pattern finds the figures a scan of the figure pattern at
    every position finds, with the engine, not a Python loop, stepping over the rest."""
    start = rf"[0-9]|百分之|[{_CN_START}][{CN_CHARS}]*+[\s\S]{{0,4}}[{re.escape(_CN_FOLLOW)}]"
    return re.compile(f"(?={start})(?:{_QUANTITY_PATTERN})", re.VERBOSE)


# the last character of every qualifier written before a figure (see _PREFIX_WORDS), and
# the line break _prefix_qualifier looks behind
_PREFIX_LAST = frozenset("约为有近足到过超逾达\n")
_VAGUE_BEFORE = set("数几上成好")
_RANGE_MARKS = set("-~～—–至到")


class Quantity(Record):
    """A figure found in text: its nominal value and what it may stand for.

    ``value`` is in base units (``1318万元`` -> 13180000, unit ``元``); a percentage is
    kept in percent (``60%`` -> 60, unit ``%``); ``个百分点`` has unit ``pp`` and ``倍``
    unit ``倍``. ``step`` is the place of the last written digit in base units (the
    rounding unit), ``approx_step`` the place of the last non-zero digit (what 余/多/约
    widen by). ``qualifier`` is ``more`` (余/多), ``at_least`` (以上/超/逾),
    ``less`` (近/不足/不到), ``about`` (约/左右) or None. Both ``more`` and ``at_least``
    read as ``(x, x + approx_step)``: ``40多辆`` is 40 to 50, ``15万人次以上`` 15万 to 16万.
    """

    # slots, built by __init__: 0.6 µs a figure against 1.6 µs for an instance whose
    # __dict__ is assigned, and about a fifth of the memory (a document's figures stay in
    # its memo while the rules run)
    __slots__ = _fields = ("start", "end", "text", "value", "unit", "step", "approx_step", "decimals", "qualifier",
                           "written", "chinese")

    def __init__(
            self, start: int, end: int, text: str, value: Decimal, unit: str, step: Decimal,
            approx_step: Decimal, decimals: int, qualifier: str | None = None, written: str = "",
            chinese: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.step = step
        self.approx_step = approx_step
        self.decimals = decimals
        self.qualifier = qualifier
        self.written = written  # the numeral as written, for messages
        self.chinese = chinese

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def approximate(self) -> bool:
        return self.qualifier is not None

    @property
    def is_integer_count(self) -> bool:
        return self.unit in COUNT_UNITS and self.value == self.value.to_integral_value() and not self.approximate

    @property
    def exact(self) -> bool:
        """A plain count of whole things (``34个``, ``1846人``): exact, not rounded."""
        return (self.qualifier is None and self.unit in COUNT_UNITS and self.step == 1
                and self.decimals == 0)

    def strict(self) -> Interval:
        """What the figure stands for if it was rounded to its last written digit
        (a plain count of whole things is exact)."""
        x, u = self.value, self.step
        q = self.qualifier
        if self.exact:
            return Interval(x, x)
        if q == "more":
            return Interval(x, x + self.approx_step)
        if q == "at_least":
            return Interval(x, x + self.approx_step)  # 逾/超/以上 read like 余/多, as the issue defines
        if q == "less":
            return Interval(x - self.approx_step, x)
        if q == "about":
            return Interval(x - self.approx_step, x + self.approx_step)
        if q == "at_most":
            return Interval(ZERO, x)
        return Interval(x - u / 2, x + u / 2)

    def truncated(self) -> Interval:
        """What the figure stands for if it was cut off (not rounded) after its last digit.

        The interval is half-open, ``[x, x + step)``; its top is pulled in by a hair so
        that two truncated readings that only touch do not count as overlapping."""
        if self.qualifier or self.exact:
            return self.strict()
        return Interval(self.value, self.value + self.step * Decimal("0.999"))

    def coarse(self) -> Interval:
        """The strict reading, except that the last of two or more trailing zeros may
        itself be rounding (``11000`` may stand for anything from 10995 to 11005).
        ``120`` is read as a count, not as a rounded figure."""
        if self.qualifier or self.decimals or (self.value / self.step) % 100 != 0:
            return self.strict()
        u = self.step * 10
        return Interval(self.value - u / 2, self.value + u / 2)

    def shown(self) -> str:
        """The figure as the message shows it (as written, without spaces)."""
        return "".join(self.text.split())


def _decimal_of(num: str) -> tuple[Decimal, int, bool] | None:
    """(value, decimals, chinese) of a numeral as cut out."""
    if num[0].isdigit():
        clean = num.replace(",", "") if "," in num else num
        try:
            value = Decimal(clean)
        except InvalidOperation:
            return None
        dot = clean.find(".")
        return value, (len(clean) - dot - 1 if dot >= 0 else 0), False
    v = parse_chinese(num)
    if v is None:
        return None
    return Decimal(v), 0, True


_PLACE_OF: dict[int, Decimal] = {}


def _place(k: int) -> Decimal:
    """10^k (cached: the same few places over and over)."""
    d = _PLACE_OF.get(k)
    if d is None:
        d = _PLACE_OF[k] = Decimal(1).scaleb(k)
    return d


def _last_nonzero_place(value: Decimal, decimals: int) -> Decimal:
    """10^k of the last non-zero digit (1318 -> 1, 1000 -> 1000, 11.02 -> 0.01)."""
    if value == 0:
        return _place(-decimals)
    _sign, digits, exponent = value.as_tuple()
    if exponent == -decimals:  # the figure as parsed: its digits are the written ones
        k = -decimals
        i = len(digits) - 1
        while i > 0 and digits[i] == 0:
            i -= 1
            k += 1
        return _place(k)
    k = -decimals
    scaled = int((value.scaleb(decimals)).to_integral_value())
    while scaled and scaled % 10 == 0:
        scaled //= 10
        k += 1
    return Decimal(1).scaleb(k)


_make = Quantity  # (its __init__ takes the fields in order and only stores them)


def retext(q: "Quantity", text: str) -> "Quantity":
    """``q`` with another ``text`` (the figure as written in the original script)."""
    return Quantity(q.start, q.end, text, q.value, q.unit, q.step, q.approx_step, q.decimals, q.qualifier,
                    q.written, q.chinese)


def find_quantities(text: str, base: int = 0, *, normalized: bool = False,
                    written: str | None = None) -> list[Quantity]:
    """Every figure in ``text`` (already normalised or not), offsets shifted by ``base``.

    ``written``, when given, is ``text`` as the draft writes it (traditional script, full-
    width digits: the same length, character for character): each figure's ``text`` is then
    taken from it (萬元, １３１８), so a caller need not re-make every figure to quote it.

    Figures that are only ranges or guesses (三四个, 十几, 数十, 3-5个) are left out,
    as are ordinals (第三), Chinese numerals with no unit after them (一是, 统一) and
    figures of zeros alone (000人: a blanked figure, not zero).

    The figure pattern is tried only where a figure can start, and not at all after a run
    of Chinese numerals that nothing a figure needs follows (一是, 统一, 进一步): the same
    figures as scanning the whole text with the pattern, found many times faster (see
    :func:`_scanner`).
    """
    if not normalized:
        text = normalize(text)
    out: list[Quantity] = []
    for m in _scanner().finditer(text):
        q = _quantity(text, m, base, written)
        if q is not None:  # (a blanked figure, 000人, is None: see _reading and _compound)
            out.append(q)
    return out


def _blanked(q: Quantity) -> bool:
    """``000万人次``, ``00余份``: digits a template site stripped (PH121's finding), no figure."""
    return _all_zeros(q.written)


def _all_zeros(written: str) -> bool:
    """Two or more digits, all of them 0 (thousands commas aside)."""
    digits = written.replace(",", "")
    return len(digits) >= 2 and set(digits) == {"0"}


def _groups():
    gi = _scanner().groupindex
    return tuple(gi[name] - 1 for name in (
        "pct_cn", "pct_body", "yi", "num", "approx", "mult", "approx2", "pct", "cheng", "times", "unit", "post"))


_GROUPS: tuple[int, ...] | None = None
_W4 = 0  # the index of group w4 (set with _GROUPS)

# what the groups of a match make of a figure (see _reading), by the text the match
# covers: a report writes the same few figures (1个, 3月, 2024年, 50%) over and over, and
# working out Decimals is most of the cost of a figure. The matched text alone fixes the
# groups: every look-ahead of the pattern that may look past the end of a match (after a
# thousands group, a space, 千, 成, %o or a guarded unit) decides only whether the match
# takes in the next characters, so had it judged otherwise the match would cover other
# text. (Keyed by the text, a match needs no tuple of all its groups built and hashed.)
_READINGS: dict[str, tuple | str | None] = {}
_READINGS_MAX = 50_000  # emptied when full: a cache, not a record of every figure seen


def _reading(g: tuple) -> tuple | None:
    """What a plain figure's groups alone say about it: None when they make it no figure
    (一是: a Chinese numeral with nothing after it; 十分: a word), else (value, unit, step,
    approx_step, decimals, qualifier, numeral, chinese, written with 余/多, with a unit
    word). Nothing here looks at the text around the match: that is :func:`_quantity`'s part."""
    i_pct_cn, i_pct_body, i_yi, i_num, i_approx, i_mult, i_approx2, i_pct, i_cheng, i_times, i_unit, i_post = _GROUPS
    # (every group is read by its truth: one that took nothing is "" or None, see _QUANTITY_PATTERN)
    num = g[i_num]
    unit_text = g[i_unit] or ""
    pct_text = g[i_pct]
    cheng = g[i_cheng]
    times = g[i_times]
    mult_text = g[i_mult] or ""
    if not num[0].isdigit() and not (unit_text or pct_text or cheng or times or mult_text):
        return None  # a Chinese numeral with nothing after it: 一是, 统一, 三化
    if num[0] == "0" and _all_zeros(num):
        return None  # 000人: blanked digits, no figure (see _blanked; a figure's ``written`` is ``num``)
    parsed = _decimal_of(num)
    if parsed is None:
        return None
    value, decimals, chinese = parsed
    approx = g[i_approx]
    mult = MULTIPLIERS[mult_text] if mult_text else None
    # the place of the last non-zero digit, read off the digits as written (what
    # _last_nonzero_place works out from the Decimal, without taking it apart)
    digits = str(value) if chinese else num.replace(",", "").replace(".", "")
    approx_place = _place(len(digits) - len(digits.rstrip("0")) - decimals) if value else _place(-decimals)
    if chinese:
        # a Chinese numeral is exact below 100; above, it is as precise as its last digit
        place = _ONE if value < 100 else approx_place
    else:
        place = _PLACES[decimals] if decimals < len(_PLACES) else Decimal(1).scaleb(-decimals)
    unit = ""
    if pct_text:
        p = pct_text.strip()
        if p in ("个百分点", "百分点"):
            unit = "pp"
        else:
            unit = "%"
            if p in ("‰", "%o"):
                value, place, approx_place = value / 10, place / 10, approx_place / 10
    elif cheng:
        if not chinese or value > 10 or mult_text:
            return None
        unit, value, place, approx_place = "%", value * 10, Decimal(10), Decimal(10)
    elif times:
        unit = "倍"
    elif unit_text:
        if unit_text == "分" and (chinese or mult_text):
            return None  # 十分, 万分: a word, not marks
        unit = UNITS[unit_text]
    if mult is not None:
        value, place, approx_place = value * mult, place * mult, approx_place * mult
    qualifier = None
    if approx or g[i_approx2]:
        qualifier = "more"
    post = g[i_post]
    if post:
        if post in ("以上", "之多"):
            qualifier = "at_least"
        elif post in ("左右", "上下"):
            qualifier = "about"
        elif post in ("以下", "以内"):
            qualifier = "at_most"
    return value, unit, place, approx_place, decimals, qualifier, num, chinese, bool(approx), bool(unit_text)


def _remember(whole: str, g: tuple):
    """What the groups ``g`` of a match of ``whole`` make of a figure (see _READINGS),
    worked out and kept."""
    global _GROUPS, _W4
    if _GROUPS is None:
        _GROUPS = _groups()
        _W4 = _scanner().groupindex["w4"] - 1
    if len(_READINGS) >= _READINGS_MAX:
        _READINGS.clear()
    if g[_GROUPS[2]]:
        r = "compound"  # 3亿2560万元: read each time, they are rare
    elif g[_W4]:
        r = "compound"  # 21万4,380人次: read each time, they are rare
    elif g[_GROUPS[0]]:
        r = "pct_cn"  # 百分之九十五
    else:
        r = _reading(g)
    _READINGS[whole] = r
    return r


def _quantity(text: str, m: "re.Match[str]", base: int, written: str | None = None) -> Quantity | None:
    whole = m.group(0)
    try:
        r = _READINGS[whole]
    except KeyError:
        r = _remember(whole, m.groups())
    if r is None:
        return None
    start = m.start()
    if r.__class__ is str:
        g = m.groups()
        stripped = whole.rstrip()
        end = start + len(stripped)
        if r == "compound":
            q = _compound(text, m.groupdict(), whole, start, end, base)
            return q if written is None or q is None else retext(q, written[start:end])
        parsed = _decimal_of(g[_GROUPS[1]])
        if parsed is None:
            return None
        value, decimals, chinese = parsed
        step = Decimal(1).scaleb(-decimals) if not chinese or value < 100 else _last_nonzero_place(value, 0)
        return _make(base + start, base + end, whole if written is None else written[start:end], value, "%", step,
                        _last_nonzero_place(value, decimals), decimals, None, whole, chinese)
    before = text[start - 1] if start else ""
    if before == "第" or before == "." or (before.isdigit()):
        return None
    value, unit, place, approx_place, decimals, qualifier, num, chinese, approx, unit_written = r
    stripped = whole.rstrip()
    end = start + len(stripped)
    after = text[end] if end < len(text) else ""
    if chinese:
        if before and before in _VAGUE_BEFORE:
            return None  # 数十个, 几百, 上千, 成千
        if before and before in CN_CHARS:
            return None  # part of a word (统一, 万一) or of a longer numeral
    if after == "几" or (not approx and after == "来" and not unit_written):
        return None
    if before in _RANGE_MARKS and start >= 2 and (text[start - 2].isdigit() or text[start - 2] in CN_CHARS):
        return None  # the upper end of 3-5个
    if after in _RANGE_MARKS and end + 1 < len(text) and (text[end + 1].isdigit() or text[end + 1] in CN_CHARS):
        return None  # the lower end of a range written 3至5个
    if not chinese and after.isalpha() and after.isascii():
        return None  # part of a code such as 12A or G207
    if qualifier is None and before in _PREFIX_LAST:
        qualifier = _prefix_qualifier(text, start)
    return _make(base + start, base + end, stripped if written is None else written[start:end], value, unit,
                 place, approx_place, decimals, qualifier, num, chinese)


# what each qualifier written right before a figure makes of it (see _prefix_qualifier);
# 多达/高达 only stress the figure (None)
_PREFIX_WORDS = {
    "大约": "about", "约为": "about", "约有": "about", "约": "about",
    "将近": "less", "接近": "less", "近": "less", "不足": "less", "不到": "less",
    "超过": "at_least", "超": "at_least", "逾": "at_least", "多达": None, "高达": None,
}


def _prefix_qualifier(text: str, start: int) -> str | None:
    """The qualifier that the words right before ``start`` give the figure there (约,
    超过, 不足…), or None: the longest of :data:`_PREFIX_WORDS` that ends the four characters
    before the figure (or ends them but for a line break), read with two dictionary look-ups.

    This is what a search of ``(?:大约|约为|…|高达)$`` (the words, longest first) from
    ``start - 4`` to ``start`` finds, as ``regex`` runs it (``$`` also matches before a
    final line break; tests/test_numbers_prefix.py compares the two), without a pattern
    search for each figure after 为, 有, 到 or 达."""
    window = text[max(0, start - 4):start]
    if window[-1:] == "\n":
        window = window[:-1]
    word = window[-2:]
    if len(word) == 2 and word in _PREFIX_WORDS:
        return _PREFIX_WORDS[word]
    return _PREFIX_WORDS.get(window[-1:])


_ONE = Decimal(1)
_PLACES = tuple(Decimal(1).scaleb(-k) for k in range(12))


def _compound(text: str, g: dict, whole: str, start: int, end: int, base: int) -> Quantity | None:
    """3亿2560万元: one figure written with two multipliers (or 21万4,380人次: 万 and the ones)."""
    g = {k: v or None for k, v in g.items()}  # a group that took nothing is None (see _QUANTITY_PATTERN)
    if g.get("w4"):
        if _all_zeros(g["w4"]):
            return None
        before = text[start - 1] if start else ""
        if before and (before.isdigit() or before == "."):
            return None
        ones = Decimal(g["ones"].replace(",", ""))
        value = Decimal(g["w4"]) * Decimal(10) ** 4 + ones
        return Quantity(base + start, base + end, whole.rstrip(), value, UNITS[g["wunit"]], Decimal(1),
                        _last_nonzero_place(value, 0), 0, None, g["w4"], False)
    yi, wan = _decimal_of(g["yi"]), _decimal_of(g["wan"])
    if yi is None or wan is None or yi[1] or wan[0] >= 10000:
        return None
    e4 = Decimal(10) ** 4
    value = yi[0] * Decimal(10) ** 8 + wan[0] * e4
    step = Decimal(1).scaleb(-wan[1]) * e4
    approx_step = _last_nonzero_place(wan[0], wan[1]) * e4 if wan[0] else Decimal(10) ** 8
    qualifier = "more" if g["capprox"] else None
    if g["cpost"] in ("以上", "之多"):
        qualifier = "at_least"
    elif g["cpost"] in ("左右", "上下"):
        qualifier = "about"
    elif g["cpost"] in ("以下", "以内"):
        qualifier = "at_most"
    unit = UNITS[g["cunit"]] if g["cunit"] else ""
    if _all_zeros(g["yi"]):
        return None  # blanked (see _blanked: the figure's ``written`` is its 亿 part)
    return Quantity(base + start, base + end, whole.rstrip(), value, unit, step, approx_step,
                    wan[1], qualifier, g["yi"], False)


def parse_quantity(text: str) -> Quantity | None:
    """The single figure that makes up ``text`` (for tests and callers that cut one out)."""
    qs = find_quantities(text)
    if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(normalize(text).rstrip()):
        return qs[0]
    return qs[0] if len(qs) == 1 else None


def fmt(value: Decimal, places: int = 2) -> str:
    """A Decimal rounded for a message, without a spurious trailing ``.00``."""
    if value in (INF, -INF):
        return "∞"
    q = value.quantize(Decimal(1).scaleb(-places))
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
