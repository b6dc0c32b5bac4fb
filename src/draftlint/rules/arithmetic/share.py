"""A share of a stated whole that does not match its two figures.

What it finds: a percentage given as the share of a whole when both figures are in the
text: ``完成1318万元,占全年任务2355万元的60%``, ``为年度目标8亿元的70%``, and
``其中…36家,占比30%`` / ``占总人口的20%`` where the whole is the total the sentence
started from (also named again: ``新增2.3万户,其中千兆新增1.6万户,占新增用户的69.6%``), or what
was checked when the part is what was found (``抽查底稿52份,发现问题底稿6份,占比11.5%``), a part named
right after its share (``…的干部占提拔总数的61.2%,共41名`` with one figure named 提拔 before), and multiples of a stated base (``完成3.2亿元,是上年2.1亿元的2.5倍``). The share is recomputed with every figure read as an interval (``1318``
is anything that rounds to it, ``40多`` anything from 40 to 50), and only a share that
no reading of the figures can give is reported. The message shows the recomputation.

In a table (Markdown, or Word in a .docx) with a 合计 row, each cell of a 占比 column is checked against its
row's count and the total (when the counts add up to the total).

Why it matters: a share that does not add up is the first thing a reader with a
calculator finds, and it casts doubt on every other figure in the report.

Example:
  Bad: 财政收入完成1318万元,占全年任务2355万元的60%。
  Good: 财政收入完成1318万元,占全年任务2355万元的56%。

Fix: recompute the share from the two figures (or correct the figure that is wrong).
Findings graded ``info`` (only a strict reading fails, or a figure is approximate) are
hidden unless info findings are enabled.
"""

from __future__ import annotations

import re
from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from ...types import SEVERITY_RANK, Span, Violation
from . import _claims as C
from ._lazy import lazy, lazy_re
from ...numbers import _CN_START, _WS, CN_CHARS
from . import _tables
from ._parts import _AMONG, _AMOUNT_LAST, _base_of_share, _two_of_a_kind

CODE = "AR101"
NAME = "share-mismatch"
SEVERITY = "error"

_TRIGGER = lazy(r"(?:占|为|是|相当于|达到|达|完成)")
_TIMES_TRIGGER = lazy(r"(?:是|为|相当于|达到)")
_TAIL = lazy(r"^的(?:比例|比重|份额)?(?:为|是|达|约为|约)?\s*$")
# 占比30%, 占30%, 比重为30%, 占总人口的20%
_IMPLICIT = lazy(
    r"(?:所?占比(?:例|重)?|比重|占(?P<mid>[^,，;；%]{0,12}?)(?:[的之](?:比例|比重)?)?"
    r"|完成(?P<task>[^,，;；%]{0,8}?(?:任务|目标|计划))的?)(?:为|达|是|约为|约|达到)?\s*$"
)
# what _TAIL leaves right before the stated share: 的(比例/比重/份额)(为/是/达/约) and a numeral
_DE_FIGURE = lazy_re(f"的(?:比例|比重|份额)?(?:为|是|达|约为|约)?\\s*[0-9{_CN_START}百]")
# what every implicit share (_IMPLICIT right before its percentage) holds: 占, 比重 or 完成,
# then none of the clause separators nor % up to the end of the percentage figure (the
# head is cut at ,，;；:： and _IMPLICIT's words exclude them and %; a figure's thousands
# comma is ASCII, let through), which ends with %, ‰ or 成 or is written 百分之…: a
# sentence with neither this nor _DE_FIGURE holds no share claim and its figures are not read
_IMPLICIT_HINT = lazy_re(f"(?:占|比重|完成)[^，;；:：%]*?(?:%|‰|百分之|[{CN_CHARS}][ \u00a0\u3000]?[余多]{{0,2}}成)")
# the words right before the stated share or multiple ``p`` of every claim _claims yields,
# and the opening of ``p``: the explicit and 倍 forms have an amount (its last character: a
# unit's or 以上/左右/之多's) then _TAIL; the implicit ones end their head with _IMPLICIT's
# words (所占比例 is one of 占's). ``p`` is 百分之…, or a numeral (with 余/多, a multiplier, a
# space) ending in %, ‰, 成 or 倍. Most sentences that pass the two hints above (any 占…% in
# a clause, any 的 before a numeral) hold neither shape, and their figures need not be read
# for this rule. (Two patterns, each opening with one character or class the engine can
# skip to.)
_SHARE_FIGURE = f"[{_WS}]*(?:百分之|[0-9{CN_CHARS}][0-9.,{CN_CHARS}个余多{_WS}]*?[%‰成倍])"
_SHARE_AFTER_AMOUNT = lazy_re(f"[{re.escape(_AMOUNT_LAST)}]的(?:比例|比重|份额)?(?:为|是|达|约为|约)?{_SHARE_FIGURE}")
_SHARE_AFTER_WORDS = lazy_re(
    r"(?:占[^,，;；%]{0,12}?(?:[的之](?:比例|比重)?)?|比重|完成[^,，;；%]{0,8}?(?:任务|目标|计划)的?)"
    f"(?:为|达|是|约为|约|达到)?{_SHARE_FIGURE}"
)
_SUMMED = lazy_re(f"^[{_WS}]*(?:合计|共计|总计|两者|二者|三者|两项|三项|以上|上述|这些|二者合计|两者合计)")
_BAD_ZHAN = lazy_re(r"占(?:地|用|领|据|有率)")
_SCOPES = ("全国", "全省", "全市", "全县", "全区", "全州", "全镇", "全乡", "全街道", "全村", "全球")
_GENERIC_MID = lazy(r"^(?:其|全部|总数|总量|总额|总计|合计|总体|整体|总)?$")


_TOTAL_SUFFIX = lazy(r"(?:总数|总量|总额|总计|总和|总人数|总户数|总人次)$")


def _whole_by_label(prev: C.Sentence | None, s: C.Sentence, a, mid: str):
    """The total a phrase such as 总人口 / 全年任务 names, found before ``a`` in its
    sentence or the sentence before."""
    key = mid.rstrip("的")
    for scope in _SCOPES:
        key = key.replace(scope, "")
    task = any(w in key for w in ("任务", "目标", "计划"))
    noun = key.lstrip("总").replace("全年", "").replace("年度", "")
    noun = _TOTAL_SUFFIX.sub("", noun)
    if not noun and not task:
        return None
    where = [(s, s.before(a.start))]
    if prev is not None:
        where.append((prev, prev.before(prev.end)))
    qz = s.text.find("其中")
    qz = s.start + qz if 0 <= qz and s.start + qz < a.start else None
    # a figure named as a total (共2,148人) first, in this sentence or the one before; only
    # then one the name merely mentions, never a part of the 其中 list the share is in
    # (其中男性会员694人,女性会员1,454人;…会员1,213人,占会员总数56.5%)
    for totals in (True, False):
        for sent, cands in where:
            for q in cands:
                if q is a or not C.same_kind(q, a):
                    continue
                label = sent.between(sent.clause_start(q.start), q.start)
                if any(sc in mid and sc not in label for sc in _SCOPES):
                    continue
                if task and any(w in label for w in ("任务", "目标", "计划")):
                    return q
                if noun and not task and noun in label:
                    if totals and ("总" in label or "共" in label or "全" in label or _bare(label) == noun):
                        return q  # 共2,148人 / 税收收入2.96亿元 … 占税收收入的21.5%: named as the whole
                    if not totals and "总" in mid and (qz is None or sent is not s or q.start < qz):
                        return q
                if (not totals and not task and sent is s and qz is not None and q.start < qz < a.start
                        and len(_bare(label)) >= 2 and _bare(label) in noun):
                    return q  # 宽带新增2.3万户,其中千兆宽带新增1.6万户,占宽带新增用户的…: the 其中 list's whole
    return None


_BARE_EDGES = lazy(r"^[\s,，;；:：、]*(?:其中)?[\s,，;；:：]*|[\s的为是达]+$")


def _bare(label: str) -> str:
    """A figure's name without 其中 and punctuation (其中:税收收入 -> 税收收入)."""
    return _BARE_EDGES.sub("", label)


_TOTAL_WORDS = lazy(r"任务|目标|计划|总|共|合计")


def _named_total(s: C.Sentence, a):
    """The figure of ``a``'s kind before it in the sentence that is named as a total, if
    it is the only figure of that kind there."""
    cands = [q for q in s.before(a.start) if q is not a and C.same_kind(q, a)]
    if len(cands) != 1 or cands[0].approximate:
        return None
    q = cands[0]
    label = s.between(s.clause_start(q.start), q.start)
    if _TOTAL_WORDS.search(label):
        return q
    # 抽查底稿52份,发现问题底稿6份,问题底稿占比…: what was found among what was checked
    if (_CHECKED.search(label) and s.clause_of(a.start) - s.clause_of(q.start) == 1
            and _FOUND.search(s.between(s.clause_start(a.start), a.start))):
        return q
    return None


_CHECKED = lazy(r"(?:检查|抽查|抽检|排查|检测|核查|巡查|调查|检验|筛查|审查|审核|查验)了?\p{Han}{0,8}$")
_FOUND = lazy(r"^\s*(?:其中|共|累计)?(?:发现|查出|检出|查处|查实)")


def _whole_before_qizhong(prev: C.Sentence | None, s: C.Sentence, a):
    """The total a 其中 list breaks down: the last same-kind figure before 其中."""
    head = s.between(s.start, a.start)
    idx = head.rfind("其中")
    if idx < 0:
        # 全镇18个村中, 有15个村…, 占83.3%: the group named before 中 is the whole
        for q in s.before(a.start):
            if q is not a and C.same_kind(q, a) and not q.approximate:
                m = _AMONG.match(s.text, q.end - s.start)
                if m and s.start + m.end() <= a.start:
                    return q
        return None
    pos = s.start + idx
    # the figures from 其中 up to the part must all be parts (same kind), nothing else
    for q in s.quantities:
        if pos <= q.start < a.start and C.is_amount(q) and not C.same_kind(q, a):
            return None
    # (完成全年计划5.6亿元的50.7%: the plan is the base of a share, not the total broken down)
    cands = [q for q in s.before(pos) if C.same_kind(q, a) and not C.is_reference(s, q) and not _base_of_share(s, q)]
    if cands:
        if any(q.unit == "%" and "占" in s.between(s.clause_start(q.start), q.start)
               for q in s.quantities if cands[0].end <= q.start < pos):
            # 60岁及以上人口78.0万人,占20.3%,其中65岁及以上人口54.2万人,占14.1%: the part's
            # share is of the same larger whole as the group's, not of the group
            return None
        return cands[0]
    if idx <= 1 and prev is not None:
        cands = [q for q in prev.before(prev.end) if C.same_kind(q, a) and not C.is_reference(prev, q)
                 and not _base_of_share(prev, q)]
        if cands:
            return cands[0]
    return None


# words that open a share clause without naming what the share is of
_NO_SUBJECT = lazy(
    r"^(?:分别|均|各|共|合计|总计|约|大约|其|同比|比上年|较上年|全部|总体|整体|其余|剩余|这些|此|以上|"
    r"分别约|仅|只|已|达|则|就)?$"
)
# what a subject may add to the name of its part: 小麦面积 is the 小麦 part
_GENERIC_TAIL = lazy(r"(?:的|之|所|者|面积|产量|数量|人数|户数|个数|家数|规模|金额|资金|总量|总数|部分|比重|比例)+$")


def _label(s: C.Sentence, q) -> str:
    """The words naming ``q``: from the figure before it (or its clause's start) up to it."""
    start = s.clause_start(q.start)
    prior = s.last_before(q.start)
    if prior is not None and prior.end > start:
        start = prior.end
    return s.between(start, q.start)


def _names(label: str, subject: str) -> bool:
    """``label`` names ``subject``, not its opposite: 住房消费类提取 is named by 住房消费类提取,
    not by 非住房消费类提取."""
    at = label.find(subject)
    while at >= 0:
        if at == 0 or label[at - 1] not in "非不未无":
            return True
        at = label.find(subject, at + 1)
    return False


def _subject(head: str) -> str:
    """What a share clause says the share is of (小麦面积占44.9% -> 小麦), or "" when it
    names nothing (占比30%, 分别占…, 其中…)."""
    word = head.strip(" \u3000,，;；:：、")
    if word.startswith("其中"):
        word = word[2:]
    word = _GENERIC_TAIL.sub("", word)
    if len(word) < 2 or _NO_SUBJECT.match(word) or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return ""
    return word


def _own_label_names(prev, s: C.Sentence, whole, mid: str) -> bool:
    """The words right before ``whole`` (from the figure before it) name what ``mid`` names
    (其中提拔重用67名、交流轮岗52名: 提拔总数 is 67名, not 52名)."""
    sent = s if whole.start >= s.start else prev
    if sent is None:
        return False
    start = sent.clause_start(whole.start)
    prior = sent.last_before(whole.start)
    if prior is not None and prior.end > start:
        start = prior.end
    own = _bare(sent.between(start, whole.start).lstrip("、和及与 "))
    noun = _TOTAL_SUFFIX.sub("", mid.rstrip("的").lstrip("总"))
    # the name opens the figure's own words (其中提拔重用67名): in 全年招聘教师86名、医生23名 the
    # verb 招聘 may cover the whole list, and 86名 is not all that was 招聘
    return len(noun) >= 2 and own.startswith(noun)


_COUNT_AFTER = lazy(r"^\s*(?:共|共计|计|合计|达|为|有)\s*$")


def _part_after(s: C.Sentence, p):
    """The figure a share clause is followed by as its count (…占…的62.7%,共41名), if the next
    clause is that one figure and the share clause holds no other."""
    ce = s.clause_end(p.end)
    if ce >= s.end or s.within(p.end, ce):
        return None
    cs2 = ce + 1
    nxt = s.within(cs2, s.clause_end(cs2))
    if len(nxt) != 1 or not C.is_amount(nxt[0]) or nxt[0].approximate:
        return None
    q = nxt[0]
    if not _COUNT_AFTER.match(s.between(cs2, q.start)) or s.between(q.end, s.clause_end(cs2)).strip():
        return None
    return q


def _claims(doc):
    """(numerator, whole, stated percentage, span start) of every share claim."""
    for prev, s in C.sentences(doc):
        if "倍" not in s.text and not C.may_have_percent(s.text):
            continue  # a share is a percentage or a multiple
        t = s.text
        if _DE_FIGURE.search(t) is None and _IMPLICIT_HINT.search(t) is None:
            continue  # neither a percentage after 的 (_TAIL) nor one after 占/比重/完成 in its clause (_IMPLICIT)
        if _SHARE_AFTER_AMOUNT.search(t) is None and _SHARE_AFTER_WORDS.search(t) is None:
            continue  # no share or multiple right after an amount's 的 or after _IMPLICIT's words
        if not _two_of_a_kind(t, prev.text if prev is not None else None):
            continue  # no part and whole of one kind
        for p in s.quantities:
            if p.unit not in ("%", "倍"):
                continue
            cstart = s.clause_start(p.start)
            head = s.between(cstart, p.start)
            # the explicit and 倍 forms need _TAIL (的…) between an amount of the clause and
            # ``p``: a suffix of the head, so a head without 的 holds neither
            de = "的" in head
            if p.unit == "倍":
                # 完成3.2亿元,是上年2.1亿元的1.5倍
                before = [q for q in s.before(p.start) if q.start >= cstart and C.is_amount(q)] if de else []
                if before and _TAIL.match(s.between(before[0].end, p.start)):
                    b = before[0]
                    trig = _TIMES_TRIGGER.search(s.between(cstart, b.start))
                    if trig:
                        nums = [q for q in s.before(b.start) if C.same_kind(q, b) and q.end <= cstart + trig.start()]
                        nums = [q for q in nums if s.clause_of(b.start) - s.clause_of(q.start) <= 2]
                        if nums:
                            yield nums, b, p, cstart + trig.start(), s
                continue
            # explicit: ...占全年任务2355万元的60%
            before = [q for q in reversed(s.within(cstart, p.start)) if C.is_amount(q)] if de else []  # nearest first
            if before:
                b = before[0]
                tail = s.between(b.end, p.start)
                trig = _TRIGGER.search(s.between(cstart, b.start))
                if _TAIL.match(tail) and trig and not _BAD_ZHAN.search(s.between(cstart, b.start)):
                    nums = [q for q in s.before(b.start) if C.same_kind(q, b) and q.end <= cstart + trig.start()]
                    nums = [q for q in nums if s.clause_of(b.start) - s.clause_of(q.start) <= 3]
                    if nums:
                        yield nums, b, p, cstart + trig.start(), s
                    continue
            # implicit whole: ...36家,占比30% / 占总人口的20% (every form holds 占, 比重 or 完成)
            if "占" not in head and "比重" not in head and "完成" not in head:
                continue
            m = _IMPLICIT.search(head)
            if not m or _BAD_ZHAN.search(head):
                continue
            mid = (m.group("mid") or m.group("task") or "").strip()
            if any(ch.isdigit() for ch in mid):
                continue
            trig_at = cstart + m.start()
            if _SUMMED.search(s.between(cstart, trig_at)):
                continue  # 小麦42.3万亩、玉米38.6万亩,合计占…93.5%: the share of the parts together
            own = [q for q in s.before(trig_at) if C.is_amount(q)]
            later = _part_after(s, p) if mid and not any(q.start >= cstart for q in own) else None
            if later is not None and _subject(s.between(cstart, trig_at)):
                # 从乡镇提拔的干部占提拔总数的62.7%,共41名: the part named right after its share
                named = [q for sent in (s, prev) if sent is not None for q in sent.before(min(trig_at, sent.end))
                         if C.same_kind(q, later) and not q.approximate and _own_label_names(prev, s, q, mid)]
                if len(named) == 1 and named[0].value >= later.value:
                    yield [later], named[0], p, trig_at, s
                continue
            if not own:
                continue
            a = own[0]
            subject = _subject(s.between(cstart, trig_at)) if a.start < cstart else ""
            if subject:
                # 其中小麦26.3万亩,玉米7.5万亩,小麦面积占44.9%: the share is of the part it names
                named = [q for q in own if C.same_kind(q, a) and _names(_label(s, q), subject)]
                if not named:
                    continue  # a share of something the sentence gives no figure for
                a = named[0]
            elif s.clause_of(trig_at) - s.clause_of(a.start) > 2:
                continue  # the part is in this clause or one or two before (…亿元,增长4.3%,占…)
            whole = None
            if not m.group("task") and (_GENERIC_MID.match(mid.rstrip("的")) or mid.rstrip("的").startswith("总")):
                whole = _whole_before_qizhong(prev, s, a)
            if whole is None and mid:
                whole = _whole_by_label(prev, s, a, mid)
            if whole is None and not mid and not m.group("task"):
                # 全年任务2355万元,上半年完成1318万元,占60%: the one total named before
                whole = _named_total(s, a)
            if whole is not None:
                yield [a], whole, p, trig_at, s


def _table_shares(doc) -> Iterable[Violation]:
    """A 占比 column against its count column and the total row."""
    for t in _tables.tables(doc):
        found = _tables.total_row(t)
        if found is None:
            continue
        r, data = found
        for k, j in _tables.share_columns(t):
            b = t.rows[r][j].figure if j < len(t.rows[r]) else None
            if b is None or b.value == 0 or not _tables.column_adds_up(t, j):
                continue  # a wrong total is AR122's finding, not one per row here
            for i in data:
                row = t.rows[i]
                if k >= len(row) or row[k].figure is None or row[k].figure.unit != "%" or row[j].figure is None:
                    continue
                a = row[j].figure
                v = _tables.ratio_cell_violation(
                    row[k], a, b, name_zh="占比", name_en="share",
                    help_zh="按本行数字和合计行重新计算占比", help_en="recompute the share from this row and the total row",
                    related=[(a, "分子", "the part"), (b, "合计", "the total")],
                )
                if v is not None:
                    yield v


_INCREASE = lazy(r"(?:增加|新增|净增|多增|增长)了?\s*$")


def _check_sentences(doc, options) -> Iterable[Violation]:
    for nums, b, p, start, s in _claims(doc):
        if b.value == 0:
            continue
        # the nearest figure of the kind is the part; if another figure just before it
        # gives the stated share, the sentence may mean that one (其中 parts in between)
        graded = []
        scale = Decimal(100) if p.unit == "%" else Decimal(1)
        candidates = [q for q in nums if not C.is_reference(s, q)][:3] or nums[:1]
        # 较年初增加4.2亿元,…,完成全年新增任务6亿元的70%: an increase (read as a comparison by its 较)
        # may be the part of a target of increases
        candidates += [q for q in nums if q not in candidates and _INCREASE.search(s.between(s.clause_start(q.start), q.start))]
        for a in candidates:
            nominal = a.value / b.value * scale

            def evaluate(read, a=a, b=b):
                r = read(a).ratio(read(b))
                return r.scale(scale) if r is not None else None

            graded.append((a, nominal, C.grade(evaluate, p, operands=[a, b], nominal=nominal)))
        if not graded or any(sev is None for _a, _n, sev in graded):
            continue
        a, nominal, _sev = min(graded, key=lambda g: abs(g[1] - p.value))
        sev = min((g[2] for g in graded), key=lambda x: SEVERITY_RANK[x])
        if p.unit == "倍" and sev == "warning" and abs(nominal - p.value) >= Decimal("0.1"):
            sev = "error"  # off by a tenth of a multiple is as plain as a point of a share
        expected = C.pct(nominal) if p.unit == "%" else f"{C.fmt(nominal)}倍"
        yield C.violation(
            Span(start, p.end),
            f"{'占比' if p.unit == '%' else '倍数'}不符: {a.shown()} / {b.shown()} = {expected}, 文中写 {p.shown()}",
            f"share does not add up: {a.shown()} / {b.shown()} = {expected}, the text says {p.shown()}",
            severity=sev,
            help_zh="按两个数重新计算占比, 或改正写错的那个数",
            help_en="recompute the share from the two figures, or correct the wrong figure",
            related=[(a, "分子", "the part")],
            data={"expected": expected, "stated": p.shown(), "part": a.shown(), "whole": b.shown()},
        )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from _table_shares(doc)
    yield from C.remap(doc, _check_sentences(doc, options))
