"""Claims of change between two figures: 由A增加到B(,增长P%) and B,比上年的A增长P%."""

from __future__ import annotations

from ...numbers import _CN_START, _WS
from . import _claims as C
from ._lazy import lazy, lazy_re
from ..._record import Record

UP = r"增加|增长|成长|提高|提升|上升|扩大|攀升|跃升|增至|升至|升到|增到|增"
DOWN = r"下降|减少|降低|缩小|下滑|回落|衰退|压减|压缩|缩减|降至|减至|降到|减到|降|减"
_UP_RE = lazy(rf"^(?:{UP})")
_VERB = lazy_re(rf"{UP}|{DOWN}|增幅|降幅|增速|涨幅|跌幅")

_FROM = lazy(r"(?:由|从)[^,，;；]{0,10}$")
_FROM_TO = lazy(rf"^[^,，;；0-9]{{0,6}}?(?P<verb>{UP}|{DOWN})了?(?:到|至|为)?\s*$")
_COMPARE_HEAD = lazy_re(f"^[{_WS}]*(?:同比|比|较|与)(?:[^,，;；\\d]|\\d{{2,4}}年度?){{0,12}}?(?:的|为)?$")
# 上年同期为A / 去年同期A: the base in a clause of its own
_LAST_YEAR = lazy(r"^\s*[,，;；]\s*(?:而|比)?(?:去年|上年)(?:同期)?(?:全年)?(?:为|是|完成|实现|只有|仅)?\s*$")
_AFTER_BASE = lazy(rf"^\s*(?:相比)?(?P<verb>{UP}|{DOWN})了?(?:为|达)?\s*$")
_STATED = lazy(
    rf"^\s*[,，]?\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?P<verb>{UP}|{DOWN}|增幅|降幅|增速|涨幅|跌幅)了?(?:为|达|达到)?\s*$"
)
# B,较上年增长P%,上年为A: the rate compared with last year, then last year's figure
_STATED_VS_LAST = lazy(
    rf"^\s*[,，]\s*(?:同比|比上年|较上年|比去年|较去年|与上年相比|与去年相比|[比较]上半年|[比较]上季度|[比较]上月)?(?:同期)?"
    rf"(?P<verb>{UP}|{DOWN}|增幅|降幅|增速|涨幅|跌幅)了?(?:为|达|达到)?\s*$"
)
_BASE_AFTER = lazy(
    r"^\s*(?:[,，]|[（(])\s*(?:而)?(?:上年|去年)(?:同期)?(?:全年)?(?:为|是|仅为|只有|仅|共|有)\s*$"
    # in brackets the period may stand alone or with its verb: (上年同期2,480万元), (上年拆除7.45万平方米),
    # (上半年251万辆次)
    r"|^\s*[（(]\s*(?:上年|去年|上半年|上季度|上月)(?:同期)?(?:全年)?(?:\p{Han}{2}|为|是)?\s*$"
)
_SHARE_OF = lazy(r"^\s*的\s*$")
# growth of values at constant prices or on a revised base cannot be recomputed from the text
_REAL_TERMS = lazy_re(r"增加值|生产总值|GDP|可比|不变价|扣除价格|实际增长|名义增长|同口径")


class Change(Record):
    __slots__ = _fields = ("old", "new", "verb", "verb_up", "stated", "stated_up", "start", "end",
                           "real_terms", "diff", "diff_up")

    def __init__(
            self, old: C.Quantity, new: C.Quantity, verb: str, verb_up: bool, stated: C.Quantity | None,
            stated_up: bool | None, start: int, end: int, real_terms: bool, diff: C.Quantity | None = None,
            diff_up: bool | None = None) -> None:
        self.old = old
        self.new = new
        self.verb = verb  # the verb joining or comparing the two values
        self.verb_up = verb_up
        self.stated = stated  # the stated change (%, 个百分点 or 倍), if any
        self.stated_up = stated_up
        self.start = start
        self.end = end
        self.real_terms = real_terms  # the sentence speaks of real (price-adjusted) growth
        self.diff = diff  # a stated difference of the values' kind (减少456户)
        self.diff_up = diff_up


def _kind_ok(a: C.Quantity, b: C.Quantity) -> bool:
    return (C.is_amount(a) or a.unit == "%") and C.same_kind(a, b)


def _stated_after(s: C.Sentence, q: C.Quantity, same_clause_ok: bool = True, diff_of: C.Quantity | None = None):
    """The change stated right after ``q`` (增长P%, 提高N个百分点, 增长N倍, or with
    ``diff_of`` an amount of its kind: 减少456户), and whether it says up."""
    for nxt in s.after(q.end):
        if nxt.unit in ("%", "pp", "倍") or (diff_of is not None and C.same_kind(nxt, diff_of)):
            gap = s.between(q.end, nxt.start)
            if not same_clause_ok and not gap.lstrip().startswith((",", "，", ";", "；")):
                return None, None
            m = _STATED.match(gap)
            if m and s.clause_of(nxt.start) - s.clause_of(q.end) <= 1:
                verb = m.group("verb")
                up = None if verb in ("增幅", "增速", "涨幅") else bool(_UP_RE.match(verb))
                if verb in ("降幅", "跌幅"):
                    up = False
                if verb in ("增幅", "增速", "涨幅"):
                    up = True
                return nxt, up
        return None, None
    return None, None


# a rank rises as its number falls: 排名由第15位上升到第8位
def _ranks(t: str) -> bool:
    """Whether ``t`` names a rank (排名, 排位, 位次, 名次, 排序, 排行, 居全): substring tests, not a
    pattern search for each sentence that may state a change."""
    return ("排名" in t or "排位" in t or "位次" in t or "名次" in t or "排序" in t or "排行" in t
            or "居全" in t)


def changes(doc) -> tuple[Change, ...]:
    """Every change between two figures in the document (worked out once, for AR111 and AR112)."""
    memo = getattr(doc, "memo", None)
    if memo is None:
        return tuple(_changes(doc))
    return memo("ar.changes", lambda: tuple(_changes(doc)))


# every change above is named with 由/从 a few characters before a figure, with 比/较/与
# opening a clause, or with 上年/去年 (see _may_change): the opening of a sentence and the
# two words are tested apart, and the rest is spelt to open with one character class (the
# look-behinds say which first character takes which tail), so the engine skips to those
# characters instead of trying every branch at every character
_CHANGE_HINT = lazy_re(
    rf"[由从,，;；:：比较](?:(?<=[由从])[^,，;；]{{0,10}}[0-9{_CN_START}百]|(?<=[,，;；:：])\s*(?:同比|比|较|与)"
    rf"|(?<=[比较])[^,，;；\d]{{0,8}}[(（])"
)
_COMPARE_OPENS = lazy_re(r"\s*(?:同比|比|较|与)")


def _may_change(t: str) -> bool:
    """Whether ``t`` holds the words every change _changes finds is named with: a search of
    ``[由从][^,，;；]{0,10}[0-9…百]|(?:^|[,，;；:：])\\s*(?:同比|比|较|与)|去年|上年|[比较][^,，;；\\d]{0,8}[(（]``."""
    return ("去年" in t or "上年" in t or _COMPARE_OPENS.match(t) is not None
            or _CHANGE_HINT.search(t) is not None)

# the shape every change _changes yields has in its sentence, one alternative per form (each
# is what the form's patterns need between its two figures, with the figures' own text let
# through: a figure opens with _FIGURE_START and holds no ，;；): 由A增加到B; 上年同期为A and
# (上年为A); 较期中(A; (上半年A); 比上年的A增长P%. Most sentences that pass _may_change
# (同比增长8.3%: a rate without its base) hold none, and their figures are not read here.
_FIGURE_START = f"[0-9{_CN_START}百]"
_CHANGE_SHAPE = lazy_re(
    f"[由从][^，;；]*?(?:{UP}|{DOWN})了?(?:到|至|为)?\\s*{_FIGURE_START}"
    f"|(?:去年|上年)(?:同期)?(?:全年)?(?:为|是|完成|实现|只有|仅为|仅|共|有)?\\s*{_FIGURE_START}"
    f"|[较比][^,，;；\\d()（）]{{1,8}}[(（]\\s*{_FIGURE_START}"
    f"|[（(]\\s*(?:上年|去年|上半年|上季度|上月)(?:同期)?(?:全年)?(?:.{{2}}|为|是)?\\s*{_FIGURE_START}"
    f"|[比较与](?:[^,，;；\\d]|\\d{{2,4}}年度?){{0,12}}?(?:的|为)?{_FIGURE_START}[^，;；]*?(?:相比)?(?:{UP}|{DOWN})了?"
    f"(?:为|达)?\\s*{_FIGURE_START}"
)

_SUBJECT = lazy(r"^\s*(?P<subj>\p{Han}{1,6}?)(?=同比|比|较)")

# 平均分较期中(81分)提高了4.5分,达到86.5分: the base in brackets, the difference, the new value
_BRACKET_BASE = lazy(r"(?:较|比)[^,，;；\d()（）]{1,8}[(（]\s*$")
_BRACKET_DIFF = lazy(rf"^\s*[)）]\s*(?P<verb>{UP}|{DOWN})了?\s*$")
_REACHING = lazy(r"^\s*[,，]?\s*(?:达到|达|为|至|到)了?\s*$")


def _changes(doc):
    for _prev, s in C.sentences(doc):
        t = s.text
        if not ("比" in t or "较" in t or "由" in t or "从" in t or "与" in t or "去年" in t or "上年" in t):
            continue  # a word every alternative of _CHANGE_HINT holds
        if _VERB.search(t) is None or not _may_change(t):
            continue  # every change below is said with a verb of UP or DOWN (or 增幅, 降幅…)
        if _CHANGE_SHAPE.search(t) is None:
            continue  # none of the forms below between two figures
        real = bool(_REAL_TERMS.search(s.text))
        rank = _ranks(t)
        qs = [q for q in s.quantities if q.unit not in C.TIME_UNITS and not (rank and q.unit in ("位", "名"))]
        # the words the patterns below need, looked for once in the sentence
        has_from = "由" in t or "从" in t
        has_last_year = "去年" in t or "上年" in t
        for i, q1 in enumerate(qs[:-1]):
            q2 = qs[i + 1]
            # 由A增加到B
            if has_from and _kind_ok(q1, q2) and _FROM.search(s.between(s.clause_start(q1.start), q1.start)):
                m = _FROM_TO.match(s.between(q1.end, q2.start))
                if m:
                    verb = m.group("verb")
                    stated, sup = _stated_after(s, q2, diff_of=q2 if q2.unit != "%" else None)
                    diff, dup = None, None
                    if stated is not None and q2.unit != "%" and C.same_kind(stated, q2):
                        diff, dup = stated, sup
                        stated, sup = _stated_after(s, diff)
                    yield Change(q1, q2, verb, bool(_UP_RE.match(verb)), stated, sup,
                                 q1.start, (stated or diff or q2).end, real, diff, dup)
                    continue
            # B,上年同期为A,同比增长P%
            if has_last_year and _kind_ok(q2, q1) and _LAST_YEAR.match(s.between(q1.end, q2.start)):
                stated, sup = _stated_after(s, q2, same_clause_ok=False)
                if stated is not None and sup is not None:
                    yield Change(q2, q1, "增长" if sup else "下降", sup, stated, sup, q1.start, stated.end, real)
        # X较期中(A)提高了D,达到B
        for i, a in enumerate(qs[:-2] if "(" in t or "（" in t else ()):
            d, b = qs[i + 1], qs[i + 2]
            if not (C.is_amount(a) and C.same_kind(a, d) and C.same_kind(a, b)):
                continue
            head = _BRACKET_BASE.search(s.between(s.clause_start(a.start), a.start))
            m = _BRACKET_DIFF.match(s.between(a.end, d.start))
            if head is None or m is None or not _REACHING.match(s.between(d.end, b.start)):
                continue
            if s.clause_of(b.start) - s.clause_of(a.start) > 1:
                continue
            verb = m.group("verb")
            up = bool(_UP_RE.match(verb))
            yield Change(a, b, verb, up, None, None, s.clause_start(a.start) + head.start(), b.end, real, d, up)
        # 平均分86.5分,较期中(81分)提高了4.5分: the new value in the clause before
        for i, a in enumerate(qs[1:-1], 1):
            b, d = qs[i - 1], qs[i + 1]
            if not (C.is_amount(a) and C.same_kind(a, d) and C.same_kind(a, b)):
                continue
            cs = s.clause_start(a.start)
            head = _BRACKET_BASE.search(s.between(cs, a.start))
            m = _BRACKET_DIFF.match(s.between(a.end, d.start))
            if head is None or m is None or head.start() != 0 or s.clause_of(a.start) - s.clause_of(b.start) != 1:
                continue  # 较 opens the clause: its subject is the figure before
            if C.is_reference(s, b) or s.clause_of(d.start) != s.clause_of(a.start):
                continue
            if any(C.same_kind(q, a) for q in s.within(d.end, s.clause_end(d.end))):
                continue  # …提高了4.5分,达到86.5分 is the form above
            verb = m.group("verb")
            up = bool(_UP_RE.match(verb))
            yield Change(a, b, verb, up, None, None, cs, d.end, real, d, up)
        # B,较上年增长P%,上年为A: the base stated after the rate
        for i, q in enumerate(qs[:-2]):
            p, base = qs[i + 1], qs[i + 2]
            # (a rate and its change in points: 运行率99.2%,较上年提高1.5个百分点(上年为98.7%))
            rates = q.unit == "%" and p.unit == "pp"
            if q.unit == "%" and p.unit == "%" and i >= 2 and C.is_amount(base):
                pass  # perhaps a share between the figure and its growth (see below)
            elif not ((C.is_amount(q) or rates) and C.same_kind(q, base)) or (p.unit != "%" and not rates) or C.is_reference(s, q):
                continue
            gap = s.between(q.end, p.start)
            m = _STATED_VS_LAST.match(gap)
            after = s.between(p.end, base.start)
            if not m or not _BASE_AFTER.match(after):
                continue
            bracket = "(" in after or "（" in after
            span_q = q
            if q.unit == "%" and not rates and i >= 2 and _SHARE_OF.match(s.between(qs[i - 1].end, q.start)):
                # 归集30.2亿元,完成年度计划28亿元的107.9%,同比增长8.6%(上年为28.4亿元): the share and its
                # base lie between the figure and its growth
                q = qs[i - 2]
                if (not (C.is_amount(q) and C.same_kind(q, base)) or C.is_reference(s, q)
                        or s.clause_of(span_q.start) - s.clause_of(q.start) != 1):
                    continue
            elif q.unit == "%" and not rates:
                continue
            if (s.clause_of(p.start) - s.clause_of(span_q.start) != 1
                    or s.clause_of(base.start) - s.clause_of(p.start) != (0 if bracket else 1)):
                continue
            if _COMPARABLE.search(s.between(s.start, q.start)):
                continue  # profits, enterprises above a size threshold: a comparable base
            verb = m.group("verb")
            up = None if verb in ("增幅", "增速", "涨幅", "降幅", "跌幅") else bool(_UP_RE.match(verb))
            if verb in ("增幅", "增速", "涨幅"):
                up = True
            if verb in ("降幅", "跌幅"):
                up = False
            yield Change(base, q, verb, up, p, up, q.start, base.end, real)
        # B,比上年的A增长P%: A is the base named after 比/较, B the last figure of its kind before
        for base in qs if "比" in t or "较" in t or "与" in t else ():
            if not (C.is_amount(base) or base.unit == "%"):
                continue
            cs = s.clause_start(base.start)
            head = s.between(cs, base.start)
            if "比" not in head and "较" not in head and "与" not in head:
                continue  # both patterns below need 比, 较 or 与 before the base
            subject = ""
            if not _COMPARE_HEAD.match(head):
                # 1,352人次,人次比上年的1,490人次下降…: a subject may open the clause when it
                # names the figure before (its unit or its words), so the two are one thing
                sm = _SUBJECT.match(head)
                if sm is None or not _COMPARE_HEAD.match(head[sm.end():]):
                    continue
                subject = sm.group("subj")
            after = s.after(base.end)
            if not after:
                continue
            first = after[0]
            is_diff = base.unit != "%" and C.same_kind(first, base)  # 比上年的8个增加4个
            if not (first.unit in ("%", "pp", "倍") or is_diff):
                continue
            m = _AFTER_BASE.match(s.between(base.end, first.start))
            if not m:
                continue
            cur = [q for q in s.before(cs) if C.same_kind(q, base) and not C.is_reference(s, q)]
            if not cur or s.clause_of(base.start) - s.clause_of(cur[0].start) > 2:
                continue
            if subject and subject != cur[0].unit and subject not in s.between(s.clause_start(cur[0].start), cur[0].start):
                continue
            verb = m.group("verb")
            up = bool(_UP_RE.match(verb))
            if is_diff:
                stated, sup = _stated_after(s, first)
                yield Change(base, cur[0], verb, up, stated, sup, cs, (stated or first).end, real, first, up)
            else:
                yield Change(base, cur[0], verb, up, first, up, cs, first.end, real)


# 由2018年的1.2万元增加到2023年的1.8万元,年均增长8.4% / 五年来…由A增加到B,年均增长P%
_FROM_YEAR = lazy(r"(?:由|从)\s*(?:(?P<y>(?:19|20)\d{2})年(?:末|底)?的?)?\s*$")
_TO_YEAR = lazy(
    rf"^[^,，;；]{{0,4}}?(?P<verb>{UP}|{DOWN})了?(?:到|至)\s*(?:(?P<y>(?:19|20)\d{{2}})年(?:末|底)?的?)?\s*$"
)
_ANNUAL = lazy(rf"^\s*[,，]\s*年均(?P<verb>{UP}|{DOWN})了?(?:为|达)?\s*$")
_SPAN_YEARS = lazy(r"(?P<n>[二两三四五六七八九十]|[2-9]|1[0-9])年(?:来|间|中|里)|过去(?P<n2>[二两三四五六七八九十]|[2-9])年|“?十[一二三四五]五”?(?:期间|时期|以来)")


class AnnualChange(Record):
    __slots__ = _fields = ("old", "new", "years", "up", "stated", "start", "end")

    def __init__(
            self, old: C.Quantity, new: C.Quantity, years: int, up: bool, stated: C.Quantity, start: int,
            end: int) -> None:
        self.old = old
        self.new = new
        self.years = years
        self.up = up
        self.stated = stated
        self.start = start
        self.end = end


def _years(s: C.Sentence, y1: str | None, y2: str | None) -> int | None:
    if y1 and y2:
        n = int(y2) - int(y1)
        return n if 1 <= n <= 30 else None
    m = _SPAN_YEARS.search(s.text)
    if not m:
        return None
    if m.group("n") or m.group("n2"):
        word = m.group("n") or m.group("n2")
        from ...numbers import parse_chinese

        return int(word) if word.isdigit() else parse_chinese(word)
    return 5  # a five-year plan period


def annual_changes(doc):
    """Average annual growth between two values over a stated number of years."""
    for _prev, s in C.sentences(doc):
        if "年均" not in s.text or _REAL_TERMS.search(s.text):
            continue
        qs = [q for q in s.quantities if q.unit not in C.TIME_UNITS]
        for i, q1 in enumerate(qs[:-2]):
            q2, p = qs[i + 1], qs[i + 2]
            if not (C.is_amount(q1) and C.same_kind(q1, q2) and p.unit == "%"):
                continue
            fm = _FROM_YEAR.search(s.between(s.clause_start(q1.start), q1.start))
            tm = _TO_YEAR.match(s.between(q1.end, q2.start))
            am = _ANNUAL.match(s.between(q2.end, p.start))
            if not (fm and tm and am):
                continue
            n = _years(s, fm.group("y"), tm.group("y"))
            if not n:
                continue
            up = bool(_UP_RE.match(am.group("verb")))
            yield AnnualChange(q1, q2, n, up, p, q1.start, p.end)


# 完成税收3260万元,同比增收280万元,增长9.4%: the base is the figure less the increase
_DELTA = lazy(
    r"^\s*(?:同比|比上年末|较上年末|比上年|较上年|比去年|较去年|比年初|较年初)(?:同期)?"
    r"(?P<verb>增加|增收|多|增长|减少|减收|少|下降)了?\s*$"
)
_DELTA_PCT = lazy(rf"^\s*[,，]\s*(?:同比)?(?P<verb>{UP}|{DOWN}|增幅|降幅)了?(?:为|达)?\s*$")
# what _DELTA needs between the figure and its increase, then the increase (a figure: its
# first character, then its text, which holds no ，;；) and what _DELTA_PCT needs between it
# and the rate: a sentence without this holds no claim of delta_changes, and its figures are
# not read there (同比增长8.3% alone is a rate, not an increase with its rate)
_DELTA_SHAPE = lazy_re(
    r"(?:同比|比上年末|较上年末|比上年|较上年|比去年|较去年|比年初|较年初)(?:同期)?"
    rf"(?:增加|增收|多|增长|减少|减收|少|下降)了?\s*[0-9{_CN_START}百][^，;；]*?"
    rf"[,，]\s*(?:同比)?(?:{UP}|{DOWN}|增幅|降幅)了?(?:为|达)?\s*[0-9{_CN_START}百]"
)
# statistics compiled on a comparable base (enterprises above a size threshold, profits)
_COMPARABLE = lazy(r"利润|规模以上|规上|可比|同口径|限额以上|限上")


class DeltaChange(Record):
    __slots__ = _fields = ("current", "delta", "up", "stated", "start", "end")

    def __init__(
            self, current: C.Quantity, delta: C.Quantity, up: bool, stated: C.Quantity, start: int, end: int) -> None:
        self.current = current
        self.delta = delta
        self.up = up
        self.stated = stated
        self.start = start
        self.end = end


def delta_changes(doc):
    for _prev, s in C.sentences(doc):
        t = s.text
        if ("比" not in t and "较" not in t) or not ("同比" in t or "上年" in t or "去年" in t or "年初" in t):
            continue  # the increase is stated against 上年/去年 with 比 or 较 (_DELTA's words)
        if _REAL_TERMS.search(t) or not C.may_have_percent(t):
            continue  # real terms are not recomputed; the rate is in percent
        if _DELTA_SHAPE.search(t) is None:
            continue  # no increase stated against 上年/去年/年初 right before a figure
        qs = [q for q in s.quantities if q.unit not in C.TIME_UNITS]
        for i, cur in enumerate(qs[:-2]):
            d, p = qs[i + 1], qs[i + 2]
            if not (C.is_amount(cur) and C.same_kind(cur, d) and p.unit == "%"):
                continue
            gap = s.between(cur.end, d.start)
            if not gap.lstrip().startswith((",", "，")):
                continue
            m = _DELTA.match(gap.lstrip(" ,，"))
            pm = _DELTA_PCT.match(s.between(d.end, p.start))
            if not m or not pm:
                continue
            if _COMPARABLE.search(s.between(s.clause_start(cur.start), cur.start)):
                continue
            up = m.group("verb") in ("增加", "增收", "多", "增长")
            pverb = pm.group("verb")
            pup = True if pverb == "增幅" else False if pverb == "降幅" else bool(_UP_RE.match(pverb))
            if up != pup:
                continue  # 增收…下降: AR111 does not guess which is meant
            yield DeltaChange(cur, d, up, p, d.start, p.end)
