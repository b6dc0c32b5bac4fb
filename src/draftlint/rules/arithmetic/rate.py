"""A rate (完成率, 入学率, 合格率…) that does not match the two counts it is made of.

What it finds: a sentence that gives a base and a count and then their rate, such as
``适龄儿童3264人,入学3231人,入学率99.05%`` (3231 / 3264 = 98.99%) or
``计划投资5000万元,实际完成4800万元,完成率96%``, or
``共回访1,200人,其中1,056人表示满意,满意度为85%`` (88%; 满意度 and 知晓度 are read as rates,
a 综合满意度 is not, and a base named by the survey, ``满意度问卷回收1,200份``, is a base; ``化解成功178起,化解成功率…`` and ``其中符合规定者1,071处次,合格率…``
name their count too), also with the base named as a total right after the rate
(``服务持证残疾人3,862人,覆盖率86.5%,全区持证残疾人4,416人``, when the base names the count's
population). Only named rates that are one count
over another are checked, and only when the sentence holds exactly two figures of the
same kind before the rate (or the two clauses right before it hold one each, with the other
figures of that kind two clauses or more before them: ``走访农户600户,发现问题21个,已整改18个,整改率…``); every figure is read as an interval, so a rate that any
rounding of the counts can give is left alone, and so is a rate of one count over both
together (``清运垃圾6,840吨,资源回收4,150吨,回收率37.8%``: 4,150 / 10,990), and a rate that is what is left
when the count is named as the failures (``检测2,190项次,不合格4项次,合格率99.8%``). The message shows the
recomputation.

In a table (Markdown, or Word in a .docx), a 完成率 (or 完成进度, 完成比例, and any …率 such as 接种率)
column is checked against the 完成 (实际, 实种…) and 计划 (目标, 应种…) columns of the same row.

Why it matters: rates are the figures superiors quote. A rate that does not follow
from its own counts is an error a reviewer will find with a calculator.

Example:
  Bad: 全镇适龄儿童3264人,已入学3231人,入学率99.05%。
  Good: 全镇适龄儿童3264人,已入学3231人,入学率98.99%。

Fix: recompute the rate from the two counts, or correct the count that is wrong.
"""

from __future__ import annotations

from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from ...numbers import _CN_START, Interval
from ...types import Span, Violation
from . import _claims as C
from ._lazy import lazy, lazy_re
from . import _tables
from ._parts import _two_of_a_kind, _u

CODE = "AR102"
NAME = "rate-mismatch"
SEVERITY = "error"

# rates that are one count over another of the same kind
_AT_MOST_100 = (
    "入学|巩固|合格|达标|通过|及格|优良|优秀|参保|参合|接种|签约|办结|结案|化解|出勤|满意|知晓|就业|"
    "升学|录取|验收|开工|投产|履约|整改|销号|完好|回收|普及|受益|脱贫|参与|参学|参训|达成|上报|"
    "建档|回访|成活|存活|发芽|录入|核查|办理|审结|调解成功|治愈|入住|入园|入托|注册|认证|覆盖|"
    "好评|认可|支持|体检|筛查|处置|回复|答复|响应|完工|建成|开通|安装|配备|抽检|反馈|结清|复工|复产|"
    "到岗|参会|参检|缴费|缴纳|参考|参赛|应答|签收|入网|联网|持证|就医|结算|到课|出席|到会|登记|采集|入库|上线|"
    "差错|适用|网办|防治|检出"
)
# 满意度, 知晓度: said of surveys, a count over the people asked like 满意率
_DEGREE = "满意|知晓|认可|好评"
_MAY_EXCEED = "完成|到位|执行|兑现|支付|拨付|使用|征收|收缴|落实"
_RATE = lazy(
    rf"(?P<name>(?P<stem>{_AT_MOST_100}|{_MAY_EXCEED})(?:成功)?率|(?<!综合|总体|整体|平均|测评)(?P<dstem>{_DEGREE})度)"
    r"(?:为|达|达到|是|约为|约|高达)?\s*[:：]?\s*$"
)
# a stem of _RATE right before 率 (or of _DEGREE before 度): looked for only in the few
# characters before each 率 and 度, not with one alternation of 150 words tried at every
# character of the sentence (tests/test_ar_speed.py checks it against that pattern)
_RATE_STEM_END = lazy_re(rf"(?:{_AT_MOST_100}|{_MAY_EXCEED})(?:成功)?$")
_DEGREE_STEM_END = lazy_re(rf"(?:{_DEGREE})$")
_RATE_STEM_MAX = max(len(w) for w in f"{_AT_MOST_100}|{_MAY_EXCEED}".split("|")) + len("成功")
_DEGREE_STEM_MAX = max(len(w) for w in _DEGREE.split("|"))


def _names_a_rate(text: str) -> bool:
    """Whether ``text`` names a rate _RATE knows (入学率, 化解成功率, 满意度)."""
    for word, stem_end, longest in (("率", _RATE_STEM_END, _RATE_STEM_MAX), ("度", _DEGREE_STEM_END, _DEGREE_STEM_MAX)):
        i = text.find(word)
        while i >= 0:
            if stem_end.search(text, max(0, i - longest), i) is not None:
                return True
            i = text.find(word, i + 1)
    return False
# other words a count of the rate's kind is named with (符合规定者1,071处次 … 合格率)
_ALIASES = {"合格": ("符合规定", "符合要求", "符合标准"), "达标": ("符合标准",), "达成": ("完成",)}


def _names(stem: str, label: str) -> bool:
    """The words before a count name it as a count of the rate (已入学…, 符合规定者… 合格率)."""
    return stem in label or any(w in label for w in _ALIASES.get(stem, ()))


_TOTAL_LABEL = lazy(r"共|总|全|应|计划|任务|目标")
_MAY_EXCEED_RE = lazy(rf"^(?:{_MAY_EXCEED})率$")


def _same_count(a, b) -> bool:
    """Figures of one kind; 人, 名 and 位 all count people (应到会220人, 实际出席206名)."""
    return C.same_kind(a, b) or bool(a.unit) and _u(a.unit) == _u(b.unit)


def _base_after(s: C.Sentence, p, count):
    """The base named as a total in the clause right after the rate (…,注射率72.3%,登记犬只共36,420只),
    when that clause holds that one figure and the count does not exceed it."""
    ce = s.clause_end(p.end)
    if ce >= s.end:
        return None
    nxt = s.within(ce + 1, s.clause_end(ce + 1))
    if len(nxt) != 1 or s.within(p.end, ce):
        return None
    q = nxt[0]
    if not C.is_amount(q) or q.approximate or not _same_count(q, count) or q.value < count.value:
        return None
    label = s.between(s.clause_start(q.start), q.start)
    if not _TOTAL_LABEL.search(label) or C.is_reference(s, q):
        return None
    # the base names the population the count is of (全区持证残疾人 … 为持证残疾人提供服务): a rate of
    # another population (接种 … 全区常住人口) is not this count over that base
    own = s.between(s.clause_start(count.start), count.start)
    if "其中" in own or not any(label[i:i + 3] in own for i in range(len(label) - 2)):
        return None
    return q


# the shape of every rate claim _claims yields: a count (a figure: its first character), at
# most one ，/;/； on to the rate's name (the count stands in the name's clause or the one
# before; the figures' own text holds none of them), the name's 率 or 度 and what _RATE lets
# stand between it and the percentage. A sentence without it (入学率达99.05% with no count
# before) yields no claim, and its figures are not read for this rule.
_FIGURE_START = f"[0-9{_CN_START}百]"
_RATE_SHAPE = lazy_re(
    f"{_FIGURE_START}[^，;；]*?(?:[，;；][^，;；]*?)?[率度](?:为|达|达到|是|约为|约|高达)?\\s*[:：]?\\s*{_FIGURE_START}"
)


def _claims(doc):
    for prev, s in C.sentences(doc):
        if ("率" not in s.text and "度" not in s.text) or not C.may_have_percent(s.text):
            continue  # a named rate (…率, 满意度) and a percentage
        if not _names_a_rate(s.text):
            continue  # none of the rates _RATE knows
        if _RATE_SHAPE.search(s.text) is None:
            continue  # no count before a rate's name and its percentage
        if not _two_of_a_kind(s.text, prev.text if prev is not None else None):
            continue  # no count and base of one kind
        last_pct_end = s.start
        for p in s.quantities:
            if p.unit != "%":
                continue
            head = s.between(s.clause_start(p.start), p.start)
            m = _RATE.search(head)
            window_start = last_pct_end
            last_pct_end = p.end
            if not m:
                continue
            name_at = s.clause_start(p.start) + m.start()
            counts = [q for q in s.before(name_at) if q.start >= window_start and C.is_amount(q)]
            if not counts:
                continue
            q2 = counts[0]
            same = [q for q in counts if _same_count(q, q2)]
            stem = m.group("stem") or m.group("dstem")
            if s.clause_of(name_at) - s.clause_of(q2.start) > 1:
                continue
            later = _base_after(s, p, q2) if len(same) == 1 and len(counts) == 1 else None
            if later is not None:
                # 服务3,862人,康复服务覆盖率达到86.5%,全区持证残疾人4,416人: the base right after the rate
                q1 = later
                label = s.between(s.clause_start(q2.start), q2.start)
                own = head[: m.start()].strip()[-6:]  # 康复服务 of 康复服务覆盖率: the rate names the count
                if len(own) >= 2 and own in label:
                    label += stem
            elif len(same) == 1 and window_start == s.start and prev is not None and len(counts) == 1:
                # 全镇共有适龄儿童1846人。已入学1839人,入学率99.92%: the base ends the sentence before
                base = [q for q in prev.quantities if C.is_amount(q)]
                if len(base) != 1 or not _same_count(base[0], q2) or base[0].approximate:
                    continue
                if not _TOTAL_LABEL.search(prev.between(prev.clause_start(base[0].start), base[0].start)):
                    continue
                q1 = base[0]
                label = s.between(s.clause_start(q2.start), q2.start)
            else:
                if len(same) > 2 and s.clause_of(q2.start) - s.clause_of(same[1].start) == 1 and (
                        s.clause_of(same[1].start) - s.clause_of(same[2].start) >= 2):
                    # 抽查乡镇9个…,发现问题21个,已整改18个,整改率…: the base and the count are the two
                    # clauses right before the rate, each with its one figure, and the figures of that kind
                    # before them a clause apart (一般隐患132项、较大隐患6项,合计128项,已整改134项: right
                    # before, they may be what the base sums)
                    same = same[:2]
                    if len([q for q in counts if s.clause_of(q.start) >= s.clause_of(same[1].start)]) != 2:
                        continue
                if len(same) != 2:
                    continue  # one base and one count, nothing else of that kind
                q1 = same[1]
                if s.clause_of(q2.start) - s.clause_of(q1.start) > 2:
                    continue
                if "其中" in s.between(s.start, q1.start) or "当中" in s.between(s.start, q1.start):
                    continue  # both counts are parts of a breakdown (其中满意的…, 比较满意的…)
                head1 = s.between(s.clause_start(q1.start), q1.start)
                # (满意度问卷回收1,200份: the rate's own name names the survey, not a class)
                bare1 = head1.replace(f"{stem}度", "").replace(f"{stem}率", "")
                if stem in bare1 and not _TOTAL_LABEL.search(head1):
                    continue  # 满意的1,980份, 比较满意的652份: two classes, not a base and a count
                label = s.between(q1.end, q2.start) + s.between(s.clause_start(q2.start), q2.start)
                # 共回访1,200人,其中1,056人表示满意,满意度…: the count's own clause names the rate
                tail = s.between(q2.end, min(s.clause_end(q2.end), name_at))
                if "其中" in s.between(q1.start, name_at):
                    if not _names(stem, s.between(s.clause_start(q2.start), q2.start) + tail):
                        continue
                label += tail
            # the count must be named for the rate (已入学3231人 ... 入学率): a rate of a
            # population the text does not give (招生5.6万人 ... 毛入学率) is not checked
            if not _names(stem, label) and not (stem == "完成" and "实际" in label):
                continue
            yield q1, q2, p, m.group("name"), name_at


def _table_rates(doc) -> Iterable[Violation]:
    """A 完成率 column against the 完成 and 计划 columns of the same row."""
    for t, row, k, p, a, b in _tables.row_figures(doc, _tables.rate_columns):
        if p.unit != "%" or b.value == 0:
            continue
        name = t.column(k)
        v = _tables.ratio_cell_violation(
            row[k], a, b, name_zh=name, name_en=name,
            help_zh="按本行的完成数和计划数重新计算", help_en="recompute the rate from this row's figures",
            related=[(a, "完成", "done"), (b, "计划", "planned")],
        )
        if v is not None:
            yield v


def _of_the_sum(q1, q2, p) -> bool:
    """The rate is one count over both together (清运垃圾6,840吨,资源回收4,150吨,回收率37.8%:
    4,150 / 10,990): two classes side by side, not a base and a count of it."""
    small, big = (q1, q2) if q1.value <= q2.value else (q2, q1)

    def evaluate(read):
        r = read(small).ratio(read(small) + read(big))
        return r.scale(Decimal(100)) if r is not None else None

    iv = evaluate(C.strict)
    return iv is not None and iv.overlaps(p.strict())


def _failures(text: str, q1, q2, name: str, at: int):
    """(failed, base) when the smaller count is named as the ones that failed (管网水检测2,190项次,
    不合格4项次,合格率99.8%): the rate is what is left, 1 - failed / base. None otherwise."""
    if at > 0 and text[at - 1] in "不未":
        return None  # 不合格率: the rate of the failures itself
    stem = name[:-1].removesuffix("成功")
    small, big = (q1, q2) if q1.value <= q2.value else (q2, q1)
    head = text[max(0, small.start - 12):small.start]
    if not stem or not any(f"{neg}{stem}" in head for neg in ("不", "未", "没")):
        return None
    return small, big


def _check_sentences(doc, options) -> Iterable[Violation]:
    text = C.split(doc).text
    for q1, q2, p, name, start in _claims(doc):
        failed = _failures(text, q1, q2, name, start)
        if failed is not None:
            a, b = failed
            if b.value == 0:
                continue
            nominal = 100 - a.value / b.value * 100

            def rest(read, a=a, b=b):
                r = read(a).ratio(read(b))
                return Interval(Decimal(100) - r.hi * 100, Decimal(100) - r.lo * 100) if r is not None else None

            sev = C.grade(rest, p, operands=[a, b], nominal=nominal)
            if sev is None:
                continue
            yield _mismatch(start, p, name, f"1 - {a.shown()} / {b.shown()}", C.pct(nominal), sev,
                            a, b, ("未达数", "the failures"))
            continue
        if _MAY_EXCEED_RE.match(name):
            readings = [(q2, q1), (q1, q2)]  # count over base, written either way round
        else:
            small, big = (q1, q2) if q1.value <= q2.value else (q2, q1)
            readings = [(small, big)]
        best = None
        for a, b in readings:
            if b.value == 0:
                continue
            nominal = a.value / b.value * 100

            def evaluate(read, a=a, b=b):
                r = read(a).ratio(read(b))
                return r.scale(Decimal(100)) if r is not None else None

            sev = C.grade(evaluate, p, operands=[a, b], nominal=nominal)
            if sev is None:
                best = None
                break
            if best is None or abs(nominal - p.value) < abs(best[3] - p.value):
                best = (a, b, sev, nominal)
        if best is None or _of_the_sum(q1, q2, p):
            continue
        a, b, sev, nominal = best
        yield _mismatch(start, p, name, f"{a.shown()} / {b.shown()}", C.pct(nominal), sev, a, b, ("分子", "the count"))


def _mismatch(start: int, p, name: str, formula: str, expected: str, sev: str, a, b,
              a_label: tuple[str, str]) -> Violation:
    """The finding of a rate ``p`` that ``formula`` of the counts ``a`` and ``b`` gives as ``expected``."""
    return C.violation(
        Span(start, p.end),
        f"{name}不符: {formula} = {expected}, 文中写 {p.shown()}",
        f"{name} does not add up: {formula} = {expected}, the text says {p.shown()}",
        severity=sev,
        help_zh="按两个数重新计算比率, 或改正写错的那个数",
        help_en="recompute the rate from the two counts, or correct the wrong count",
        related=[(a, *a_label), (b, "分母", "the base")],
        data={"expected": expected, "stated": p.shown(), "part": a.shown(), "whole": b.shown()},
    )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from _table_rates(doc)
    yield from C.remap(doc, _check_sentences(doc, options))
