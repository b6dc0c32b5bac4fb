"""Breakdowns of a total: 共/合计W,其中A,B,C / 现有W个…中,A,B / W,分别为A、B、C."""

from __future__ import annotations

import re
from bisect import bisect_left


from ...numbers import _CN_START, _UNIT_ALT, CN_CHARS, TIME_UNITS, UNITS
from ...types import Span
from . import _claims as C
from ._lazy import lazy, lazy_re
from ..._record import Record

# 其中 anywhere; 当中 (當中) only where it opens a clause, as 其中 does (…12,000份,当中…)
_QIZHONG = lazy(r"其中(?!之一)|(?:^|(?<=[,，;；:：]))\s*当中(?![心央国期型学小医药华标低高等部旬层级间游专秋午止断])(?:[,，:：])?")
_RESPECTIVELY = lazy(r"分别(?:为|是|有|达|占)?")
# a clause that starts another topic, not one more part of the breakdown
_STOP = lazy(r"总|(?<!公)共|合计|目前|截至|截止|同比|比上年|较上年|比去年|较去年|新增|全年|实际|另外|此外|还|平均|人均|每")
_TOTAL = lazy(r"(?<!公)共|合计|总|累计")
_REST = lazy_re(r"其他|其余|其它|剩余|余下|另有")
_WHOLE_WORD = lazy(r"总|全部|合计|整体")
# the name of the last part of a 、 list naming the rest (、其他单位申请 / 、培训及其他)
_REST_LAST = lazy(r"^\s*、\s*(?:其他|其余|其它|剩余|余下)[^\d、]{0,8}$|^\s*、[^\d、]{0,8}(?:及|和|与)(?:其他|其它)$")
_JOINED_FIGURES = lazy(r"(?:\s*(?:、|和|及|与)\s*[\d.%\s]*)*")  # 40%、35%和25%: what lies between the shares
_SHARES_RESPECTIVELY = lazy(r"分别占(?:比)?(?:(?P<mid>[^,，;；。\d%]{0,10}?)的(?:比重|比例)?)?(?:为|达)?\s*")
# a total after its parts: …,合计30人 / …,共5所
_SUM_AFTER = lazy(
    r"(?:^|以上|[^\p{Han}])(?:合计|共计|总计|总共|共)(?:为|达)?\s*$|^\s*(?:合计|共计|总计|总共|共)(?:为|达)?\s*$"
    # 合计获奖十四名 / 共计表彰先进个人21名: a few words naming what is totalled
    r"|^\s*(?:以上)?(?:合计|共计|总计|总共)(?:(?!其中|占|比|较|同比|增|减|降|提高|中(?!心|央|国)|的|平均|人均|每|累计|建成|已|(?<!发)现|目前|截至|拥有|全[镇县市区村乡省]|辖区)\p{Han}){1,10}?(?:为|达|有)?\s*$"
    # 两项补贴合计2,890万元 / 以上三类共计…: the items just named, counted, then the total
    r"|^\s*(?:以上|上述)?(?:[两二三四五六七八九十]|[2-9])(?:项|类|种|者)\p{Han}{0,6}?(?:合计|共计|总计|总共|共)(?:为|达)?\s*$"
)
# 独居的占18.5% / 独居老人占比18.5%: nothing between 占 and the figure
_BARE_SHARE = lazy(r"[\p{Han}]+(?:的|者)?占(?:比)?(?:为|达|约)?\s*$")
_SHARE_PCT = lazy(r"占(?:比)?[^,，;；增降减提]{0,8}?(?:的)?(?:比重|比例)?(?:为|达|约)?\s*$|(?:比重|占比|比例)(?:为|达|约)?\s*$")
# "12个工地中" / "在调查的50家企业中"
_GROUP_HEAD = lazy(r"^\s*(?:在|从)?(?P<noun>\p{Han}{2,8}?)(?:当)?中\s*[,，:：]")
# 依案件类型区分: / 按类别划分, / 按来源分: a sentence that classifies the total before it
_BY_KIND = lazy(r"^\s*(?:依|按|按照|依照)\p{Han}{1,8}?(?:区分|划分|分类|来分|分)\s*[:：,，]")
# (never across a 、: 培训2人次、中文课程4人次, 高中4所、初中19所 name the next item)
_AMONG = lazy(r"[^\d,，;；。、]{0,8}?中(?![心央国期型学小医药华标低高等部旬层级间游专秋午止断共介])")


class Breakdown(Record):
    __slots__ = _fields = ("whole", "parts", "exhaustive", "start", "end", "percent", "labels")

    def __init__(
            self, whole: C.Quantity | None, parts: tuple[C.Quantity, ...], exhaustive: bool, start: int,
            end: int, percent: bool, labels: tuple[str, ...] | None = None) -> None:
        self.whole = whole  # None for shares of 100%
        self.parts = parts
        self.exhaustive = exhaustive
        self.start = start  # where the breakdown is introduced (其中, 分别, the whole itself)
        self.end = end
        self.percent = percent
        # the words naming each part, for ``overlapping`` (worked out only for a breakdown
        # that gets that far: most never do)
        self.labels = labels

    @property
    def overlapping(self) -> bool:
        """The parts are of different attributes (党员, 女, 本科以上)."""
        return self.labels is not None and overlapping_labels(list(self.labels))


# attributes by which one group of people or things is cut several ways at once: parts of
# different families (女党员, 本科以上学历) may overlap, and thresholds nest (60岁以上, 80岁以上)
_FAMILIES = {
    "gender": lazy(r"男|(?<!子)女"),  # 子女 (children) is not a sex
    "party": lazy(r"党员|团员|群众|民主党派"),
    "education": lazy(r"学历|本科|大专|专科|研究生|硕士|博士|中专|高中|初中及以下"),
    "ethnicity": lazy(r"少数民族|汉族"),
    "rank": lazy(r"职称|高级|中级|初级|科级|处级|干部|领导"),
    "employment": lazy(r"在编|聘用|临时|退休|离退休|合同"),
    "threshold": lazy(r"以上|以下|以内|超过?|不足|不到|亿元|万元|千万|岁"),
    "quality": lazy(r"高标准|标准化|示范|重点|优质|绿色|有机|认证|达标|星级|[A-Z]级|精品|特色"),
    "level": lazy(r"国家级|省级|市级|县级|区级|规上|规模以上|限上|限额以上|龙头|高新|专精特新|上市"),
    "land": lazy(r"基本农田|耕地|林地|园地|水田|旱地|草地|宅基地|建设用地"),
    "need": lazy(r"贫困|低保|特困|脱贫|残疾|留守|五保|优抚|独居|空巢|孤儿"),
    "stage": lazy(r"新增|新建|新开工|续建|在建|竣工|投产|技改|改造|签约|意向|前期"),
    "ownership": lazy(r"民营|非公|国有|国企|集体经济|外资|外商|港澳台|个体|私营"),
    "sector": lazy(r"工业|农业|服务业|建筑业|制造业|第[一二三]产业|[一二三]产|批发|零售|住宿|餐饮|房地产|金融业|交通运输"),
}

# brackets that cut a group without overlap: 35岁以下 / 36至55岁 / 56岁以上,
# 本科及以上 / 大专 / 高中及以下
_LOW_END = lazy(r"以下|以内|不足|不到|未满|低于|小于")
_HIGH_END = lazy(r"以上|超过|高于|大于")
# answers to a survey question that may take several (关注就业的占65%, 关注医疗的占58%)
_CHOICE = lazy(r"选择|关注|希望|关心|需要|期待|建议|愿意|喜欢|偏好|反映|提出|最|认为.*问题|多选|复选")


_MULTI = lazy(r"多选|可多选|复选|多项选择|不定项")


def _brackets(labels: list[str]) -> bool:
    """The labels are disjoint brackets: closed ranges, with at most one open end at each
    end of the list (35岁以下 / 36至55岁 / 56岁以上), never two open the same way (60岁以上,
    80岁以上 nest)."""
    if len(labels) < 2:
        return False
    n = len(labels)
    opens = []
    for i, lab in enumerate(labels):
        low, high = _LOW_END.search(lab) is not None, _HIGH_END.search(lab) is not None
        if low and high:
            return False
        if low or high:
            opens.append((i, low))
    # one open end at most on each side, at the ends of the list (ascending or descending)
    if len(opens) > 2 or len({low for _i, low in opens}) < len(opens):
        return False
    if any(i not in (0, n - 1) for i, _low in opens):
        return False
    others = {name for name, rx in _FAMILIES.items() if name != "threshold" for lab in labels if rx.search(lab)}
    return all(all(_FAMILIES[name].search(lab) for lab in labels) for name in others)


# classes that cut across the ordinary ones: a firm or a product may be in several at once
# (高新技术产品 are mostly 机电产品), and a household may be poor for several reasons
_CROSS = lazy(
    r"高新|高技术|战略性新兴|新兴产业|装备制造|机电|数字经济|先进制造|节能环保|新能源|文化产业|专精特新|"
    r"小巨人|瞪羚|独角兽|科技型|创新型|外向型|出口|进口|电商|网络零售|致贫|返贫|原因"
)


# any word of any family: a label without one is in no family (one search, not fourteen)
_ANY_FAMILY = lazy("|".join(f"(?:{rx.pattern})" for rx in _FAMILIES.values()))


def overlapping_labels(labels: list[str]) -> bool:
    if sum(1 for lab in labels if _CROSS.search(lab)) >= 1 and len(labels) >= 2:
        return True
    named = [lab for lab in labels if _ANY_FAMILY.search(lab)]
    families = {name for name, rx in _FAMILIES.items() for lab in named if rx.search(lab)}
    if "threshold" in families:
        return not _brackets(labels)
    # an attribute every part shares (男党员, 女党员) qualifies the group, it does not cut it
    shared = {name for name in families if _same_word(_FAMILIES[name], labels)}
    return len(families - shared) >= 2 or (len(families) >= 2 and not families - shared)


def _same_word(rx, labels: list[str]) -> bool:
    """Every label holds the same word of the family (党员 in 男党员 and 女党员)."""
    words = [frozenset(m.group(0) for m in rx.finditer(lab)) for lab in labels]
    return bool(words) and bool(frozenset.intersection(*words))


# words that make a named group a subgroup when they stand right before its noun (离退休党员)
_SUBGROUPS = ("gender", "employment", "education", "ethnicity", "need", "rank")

# units that count the same things (党员42人, 其中在职35名)
_SAME_UNIT = {"名": "人", "位": "人"}


def _u(unit: str | None) -> str | None:
    return _SAME_UNIT.get(unit, unit) if unit else unit


def _clause_bounds(s: C.Sentence) -> tuple[tuple[int, int], ...]:
    return s.clause_bounds


def _collect(s: C.Sentence, from_pos: int, unit: str | None):
    """Parts from ``from_pos`` on: clause by clause, while each clause adds figures of
    the parts' kind and starts no new topic. Returns (parts, exhaustive, end, the words naming each part)."""
    parts: list[C.Quantity] = []
    labels: list[str] = []
    exhaustive = False
    end = from_pos
    commas = False  # parts joined by a comma so far
    listed = False  # parts joined by 、 in one clause so far
    for cs, ce in _clause_bounds(s):
        if ce <= from_pos:
            continue
        sep = s.between(cs - 1, cs) if cs > from_pos else ""
        cs = max(cs, from_pos)
        if parts and sep in (";", "；") and (commas or listed):
            # 其中男生352人,女生330人;教师58人… / 其中行政编制6名、事业编制32名;向…调剂编制45名:
            # a semicolon after parts joined by a comma or by 、 closes the list
            break
        text = s.between(cs, ce)
        qs = s.within(cs, ce)
        amounts = [q for q in qs if C.is_amount(q) and not _aside(s, q, cs) and not _names_part(s, q, ce)
                   and not _class_label(s, q)]
        if unit is None and amounts:
            unit = amounts[0].unit
        same = [q for q in amounts if _u(q.unit) == _u(unit)]
        if same:
            if parts and _STOP.search(text):
                break
            if any(C.is_reference(s, q) for q in same):
                break
            if len(amounts) != len(same):
                break
            at = cs
            for q in same:
                labels.append(s.between(max(at, cs), q.start))
                at = q.end
            commas = commas or bool(parts) and sep in (",", "，")
            listed = listed or len(same) >= 2
            parts.extend(same)
            end = same[-1].end
            if _REST.search(s.between(cs, same[0].start)):
                exhaustive = True
                break
            if len(same) >= 2 and _REST_LAST.match(s.between(same[-2].end, same[-1].start)):
                exhaustive = True  # 养护工程87件、委外工程31件、其他单位申请6件: the last of the list is the rest
                break
            continue
        if amounts or (not qs and parts):
            break
        if not qs and not parts and text.strip(" ,，") not in ("", "其中"):
            break
    return parts, exhaustive, end, tuple(labels)


def finding_span(doc, b: Breakdown) -> Span:
    """Where a finding on the parts against their total goes: over the stated total and
    its parts (共48名网格员 after 12名、40名), or over the parts alone when the total stands
    in another sentence (the finding keeps it as a related span)."""
    parts = Span(b.parts[0].start, b.parts[-1].end)
    if b.whole is None:
        return parts
    a, e = min(b.whole.start, parts.start), max(b.whole.end, parts.end)
    gap = C.split(doc).text[a:e]
    return parts if C._SENTENCE_END.search(gap) else Span(a, e)


_PHASE = lazy(r"^[一二三四五六七八九十]期\p{Han}")


def _class_label(s: C.Sentence, q: C.Quantity) -> bool:
    """``q`` names the class the figure right after it counts (一类0件, A2类27件): a label, not a part."""
    if q.unit != "类":
        return False
    nxt = s.after(q.end)
    return bool(nxt) and nxt[0].start == q.end and nxt[0].unit != "类"


def _names_part(s: C.Sentence, q: C.Quantity, ce: int) -> bool:
    """``q`` is part of the name of the next figure (一期作七百公顷: the first crop)."""
    return q.unit == "期" and bool(_PHASE.match(s.between(q.start, ce)))


def _aside(s: C.Sentence, q: C.Quantity, cs: int) -> bool:
    """``q`` stands in brackets right after another figure of its clause, which it explains
    (结案率为38.7%(结案72宗)): a restatement, not one more part."""
    if "(" not in s.text and "（" not in s.text:
        return False  # no bracket anywhere in the sentence (most are so)
    prior = s.last_before(q.start)
    if prior is None or prior.end < cs:
        return False
    gap = s.between(prior.end, q.start)
    return ("(" in gap or "（" in gap) and ")" not in gap and "）" not in gap


def breakdowns(doc) -> tuple[Breakdown, ...]:
    """Every breakdown of a total in the document (worked out once, for AR121 and AR122)."""
    memo = getattr(doc, "memo", None)
    if memo is None:
        return tuple(_of_sums(doc))
    return memo("ar.breakdowns", lambda: tuple(_of_sums(doc)))


# a figure per head or per unit (人均可支配收入, 平均每户, 亩均产值): an average, not a sum
_MEAN = lazy(r"人均|户均|亩均|平均|均值|每(?:人|户|亩|名|位|万人|千人|百人|十万人)")
_LABEL_START = lazy(r"[,，;；:：。！？!?\r\n][^,，;；:：。！？!?\r\n]*$")


def _is_mean(text: str, q: C.Quantity) -> bool:
    """The words of ``q``'s clause before it name an average (城镇居民人均可支配收入15,847元)."""
    head = text[max(0, q.start - 40) : q.start]
    m = _LABEL_START.search(head)
    return _MEAN.search(head[m.start() + 1 :] if m else head) is not None


def _of_sums(doc):
    """The breakdowns, without those of averages: parts of an average (其中城镇居民人均…)
    are averages of subgroups, which never add up to it and may exceed it."""
    text = C.split(doc).text
    for b in _breakdowns(doc):
        if b.whole is not None and (_is_mean(text, b.whole) or any(_is_mean(text, p) for p in b.parts)):
            continue
        yield b


# every breakdown below is opened by 其中, 占, 共/合计/总计, 分别, or 中 after a figure
# (12个工地中) or at the head of the sentence (龙头企业中,…)
_BREAKDOWN_HINT = lazy_re(
    f"其中|当中|占|共|合计|总计|分别|[0-9{CN_CHARS}][^,，;；。]{{0,24}}中|^\\s*[^,，;；:：]{{0,10}}中\\s*[,，:：]"
)


def _paragraph_before(doc, first: C.Sentence) -> C.Sentence | None:
    """The last sentence of the paragraph right before the one ``first`` opens, where
    nothing but one or two line breaks lies between them."""
    sp = C.split(doc)
    paras = sp.paragraphs
    # (asked for each paragraph that opens with 其中: the starts are listed once per document)
    memo = getattr(doc, "memo", None)
    starts = ([para[0].start for para in paras] if memo is None
              else memo("ar.paragraph_starts", lambda: [para[0].start for para in paras]))
    i = bisect_left(starts, first.start)
    if i == 0 or i == len(paras) or paras[i][0].start != first.start:
        return None
    last = paras[i - 1][-1]
    gap = sp.text[last.end:first.start]
    if gap.count("\n") + gap.replace("\r\n", "\n").count("\r") <= 2 and not gap.strip(" \t\u3000\r\n。:：;；"):
        return last
    return None


_OF_PCT = lazy(r"^\s*的\s*$")
_DELTA_HEAD = lazy(r"(?:增收|减收|增加|减少|增长|下降|净增|净减|多|少)了?\s*$")


def _past_smaller_asides(s: C.Sentence, wholes: list, parts) -> list:
    """The candidates for the whole of a 其中 list that opens the next sentence, without
    the nearest ones that are the base of a share (完成全年任务15600万元的55.4%: a target) or a
    change (同比增收736万元) the parts alone exceed: they cannot be what the list breaks down."""
    from ...numbers import Interval
    lo = Interval.total([p.strict() for p in parts]).lo
    out = list(wholes)
    while out and (_base_of_share(s, out[0]) or out[0].strict().hi < lo
                   and _DELTA_HEAD.search(s.between(s.clause_start(out[0].start), out[0].start))):
        out.pop(0)
    return out


def _base_of_share(s: C.Sentence, q: C.Quantity) -> bool:
    """``q`` is what a percentage is of (完成任务5.2亿元的108.1%), not a figure of its own."""
    nxt = s.after(q.end)
    return bool(nxt) and nxt[0].unit == "%" and bool(_OF_PCT.match(s.between(q.end, nxt[0].start)))


# a paragraph that opens with 其中: the breakdown of the total the paragraph before ends on
_OPENS_QIZHONG = lazy(r"^\s*其中\s*[:：,，]?")


# what _AMONG needs after an amount: the last character of one (its unit, or 以上/左右/…),
# then 中 within nine characters
_AMOUNT_LAST = "".join(sorted({w[-1] for w, unit in UNITS.items() if unit not in TIME_UNITS} | set("上右下多内")))
_AMONG_HINT = lazy_re(
    f"[{re.escape(_AMOUNT_LAST)}][^\\d,，;；。、]{{0,8}}中(?![心央国期型学小医药华标低高等部旬层级间游专秋午止断共介])"
)

# what _SUM_AFTER needs before a figure: 共/合计/总计/共计/总共 right before it (with 为/达),
# or at the head of its clause with a few words between (合计获奖十四名); two patterns, the
# first opening with a character class the engine can skip to (see _may_sum_after)
_SUM_RIGHT_BEFORE = lazy_re(f"[共计](?:为|达)?\\s*[0-9{_CN_START}百]")
_SUM_AT_HEAD = lazy_re(r"(?:^|[,，;；:：])\s*(?:以上)?(?:合计|共计|总计|总共)")


def _may_sum_after(t: str) -> bool:
    """Whether a total may follow its parts in ``t`` (the words _SUM_AFTER needs)."""
    if _SUM_RIGHT_BEFORE.search(t) is not None:
        return True
    return ("合计" in t or "共计" in t or "总计" in t or "总共" in t) and _SUM_AT_HEAD.search(t) is not None


def _may_break_down(t: str) -> bool:
    """``_BREAKDOWN_HINT.search(t)``, with the words that open a breakdown tested first as
    plain substrings (the pattern is left only for 中 after a figure or at the head)."""
    if "占" in t or "共" in t or "其中" in t or "当中" in t or "合计" in t or "总计" in t or "分别" in t:
        return True
    return "中" in t and _BREAKDOWN_HINT.search(t) is not None


# a unit word where a figure's unit can stand: right after a digit, a Chinese numeral
# (十/百/千/万/亿 are numerals), 余/多 or the space a figure may hold before its unit. The
# figure pattern takes its unit with the same alternation (longest first, the same guards),
# so every amount's unit is one of these matches, at the same place and the same word. (The
# pattern opens with one character class the engine skips to, and consumes only that
# character, so no unit start is stepped over.)
_UNIT_AT = lazy_re(f"[0-9{CN_CHARS}余多 \u00a0\u3000](?=({_UNIT_ALT}))")


def _unit_words(text: str) -> list[tuple[int, str]]:
    """(offset in ``text``, canonical unit as ``_u`` folds it) of every place an amount's
    unit may stand: a superset of the units of the amounts ``find_quantities`` reads there."""
    return [(m.start(1), _u(UNITS[m.group(1)])) for m in _UNIT_AT.finditer(text) if UNITS[m.group(1)] not in TIME_UNITS]


def _two_of_a_kind(text: str, prev_text: str | None) -> bool:
    """Whether two figures of one kind may stand in ``text``, or one there and one in
    ``prev_text`` (the sentence before). AR101's shares and AR102's rates pair a part or a
    count with a whole or base of its kind (the same unit, 人/名/位 as one) from the sentence
    or the one before, so a sentence whose units (as _unit_words finds the places they may
    stand) all differ from each other and from the sentence before's holds no such claim,
    and its figures need not be read for those rules."""
    units = [u for _k, u in _unit_words(text)]
    if len(set(units)) < len(units):
        return True
    return bool(units) and prev_text is not None and any(u in units for _k, u in _unit_words(prev_text))


def _may_have_whole(text: str, at: int, after: int, prev_text: str | None = None) -> bool:
    """Whether a 其中 at ``at`` (its words ending at ``after``) may break down a total of its
    own sentence or of ``prev_text`` (the sentence before, where the total may stand when
    其中 opens the sentence): some unit an amount may have after it is also one an amount
    may have before it. The parts of a breakdown share the unit of its first part, and its
    total has that unit too; most 其中 sentences of a draft name parts of a kind no figure
    before them has, and their figures need not be read for this."""
    units = _unit_words(text)
    later = {u for k, u in units if k >= after}
    if not later:
        return False
    if any(u in later for k, u in units if k < at):
        return True
    return prev_text is not None and any(u in later for _k, u in _unit_words(prev_text))


def _thing_or(unit: str) -> str:
    """Units of things (处, 座, 个 …) as one, as _collect_back lists them (检查站三处、瞭望塔两座)."""
    return "things" if unit in _THINGS else unit


_SUM_WORD = lazy_re(r"[共计]")


def _may_sum_back(text: str) -> bool:
    """Whether a total after its parts (…,合计30人) may stand in ``text``: behind some 共 or
    计 (every total word holds one), a unit that two places before it have too (the parts,
    in the clauses before the total's; units of things counted as one)."""
    units = [(k, _thing_or(u)) for k, u in _unit_words(text)]
    if len(units) < 3:
        return False
    for m in _SUM_WORD.finditer(text):
        j = m.start()
        seen: dict[str, int] = {}
        for k, u in units:
            if k < j:
                seen[u] = seen.get(u, 0) + 1
            elif seen.get(u, 0) >= 2:
                return True
    return False


def _may_have_among(text: str) -> bool:
    """Whether a group named before a 中 (现有12个工地中, 达标的7个) may be broken down in
    ``text``: a unit that stands before some 中 also stands after it."""
    return _unit_on_both_sides(text, "中")


def _unit_on_both_sides(text: str, word: str) -> bool:
    """Whether some unit (as _unit_words finds the places one may stand) stands both before
    and after some ``word`` in ``text``."""
    units = _unit_words(text)
    at = text.find(word)
    while at >= 0:
        before = {u for k, u in units if k < at}
        if any(u in before for k, u in units if k > at):
            return True
        at = text.find(word, at + 1)
    return False


def _may_hold_shares(rest: str) -> bool:
    """Whether shares of 100% may follow a 其中 (``rest``: the sentence after it): a
    percentage, and 占, 比重 or 比例 (占比 holds 占), one of which every share _share_parts
    takes has in its clause before it."""
    return C.may_have_percent(rest) and ("占" in rest or "比重" in rest or "比例" in rest)


def _breakdowns(doc):
    for prev, s in C.sentences(doc):
        text = s.text
        if not _may_break_down(text) and not (prev is not None and "分" in text and _BY_KIND.match(text)):
            continue
        above = None  # 全年组织税费收入5.62亿元。⏎其中:增值税…: the paragraph before holds the total
        if prev is None and "其中" in text and _OPENS_QIZHONG.match(text):
            above = _paragraph_before(doc, s)
        seen: set[int] = set()  # starts of shares already yielded
        # 共W, 其中 A, B, C
        for m in _QIZHONG.finditer(text) if "其中" in text or "当中" in text else ():
            pos = s.start + m.start()
            # a total before 其中 in the sentence, or in the sentence before, shares a unit
            # with the parts
            # (a total of the paragraph before, ``above``, is not tested here)
            from_prev = prev.text if m.start() <= 1 and prev is not None else None
            if above is None and not _may_have_whole(text, m.start(), m.end(), from_prev):
                parts = None
            else:
                parts, exhaustive, end, part_labels = _collect(s, s.start + m.end(), None)
            if parts:
                unit = parts[0].unit
                # (完成全年任务6亿元的70%;其中…: the base of a share is not the total broken down)
                wholes = [q for q in s.before(pos) if _u(q.unit) == _u(unit) and not C.is_reference(s, q)
                          and not _base_of_share(s, q)]
                if not wholes and m.start() <= 1 and prev is not None:
                    wholes = [q for q in prev.before(prev.end) if _u(q.unit) == _u(unit) and not C.is_reference(prev, q)]
                    wholes = _past_smaller_asides(prev, wholes, parts)
                if above is not None and not wholes and s.text[: m.start()].strip() == "":
                    # only a sentence that states one figure, so which total is broken down is plain
                    wholes = [q for q in above.before(above.end) if _u(q.unit) == _u(unit) and not C.is_reference(above, q)
                              and not _base_of_share(above, q)]
                    if (len([q for q in above.quantities if C.is_amount(q) and not _base_of_share(above, q)]) != 1
                            or any(q.approximate for q in wholes)):
                        wholes = []
                if len(wholes) >= 2 and s.clause_of(wholes[0].start) - s.clause_of(wholes[1].start) <= 1:
                    wholes = []  # 项目3个, 项目1个, 其中…: which total is broken down is unclear
                if wholes:
                    ws = s if wholes[0].start >= s.start else (prev if prev is not None else above)
                    cut = _before_sibling(s, ws, wholes[0], parts, part_labels)
                    if len(cut[0]) < len(parts):
                        parts, part_labels, exhaustive = cut[0], cut[1], False
                    if not exhaustive and _complementary(s, ws, wholes[0], parts, s.start + m.end()):
                        exhaustive = True  # 其中男性…, 女性…: the two halves are the whole
                    yield Breakdown(wholes[0], tuple(parts), exhaustive, pos, end, False, part_labels)
            if not _may_hold_shares(text[m.end():]):
                continue  # no shares of 100% after 其中
            shares = _share_parts(s, s.start + m.end())
            labels = [_share_label(s, q) for q in shares]
            if any(_CHOICE.search(lab) for lab in labels) or _MULTI.search(s.text):
                shares = []  # answers to a question that may take several
            if len(shares) >= 2 and not overlapping_labels(labels):
                seen.update(q.start for q in shares)
                yield Breakdown(None, tuple(shares), False, pos, shares[-1].end, True)
        # …案件共286件。依案件类型区分:民事案件152件、刑事案件87件…: a classification of the total before
        by_kind = _BY_KIND.match(text) if prev is not None and "分" in text else None
        if by_kind:
            parts, _exh, end, part_labels = _collect(s, s.start + by_kind.end(), None)
            if len(parts) >= 2:
                wholes = [q for q in prev.quantities if _u(q.unit) == _u(parts[0].unit) and not C.is_reference(prev, q)
                          and _TOTAL.search(prev.between(prev.clause_start(q.start), q.start))]
                if len(wholes) == 1 and not wholes[0].approximate:
                    yield Breakdown(wholes[0], tuple(parts), True, s.start, end, False, part_labels)
        # …龙头企业60家。龙头企业中,国家级1家、省级12家、市级47家: the group of the sentence before
        head = _GROUP_HEAD.match(text) if prev is not None and "中" in text else None
        if head and prev is not None:
            noun = head.group("noun")
            for q in prev.before(prev.end):
                label = prev.between(prev.clause_start(q.start), q.start)
                if noun in label and any(_FAMILIES[f].search(label[: label.rfind(noun)][-4:]) for f in _SUBGROUPS):
                    continue  # 离退休党员82人: a subgroup, not the group of 党员中
                if C.is_amount(q) and not q.approximate and noun in label:
                    parts, exhaustive, end, part_labels = _collect(s, s.start + head.end(), q.unit)
                    if parts:
                        yield Breakdown(q, tuple(parts), exhaustive, s.start, end, False, part_labels)
                    break
        # 现有12个工地中, 达标的7个, 停工的8个
        for q in s.quantities if "中" in text and _AMONG_HINT.search(text) and _may_have_among(text) else ():
            if not C.is_amount(q) or q.approximate:
                continue
            k = q.end - s.start
            if text.find("中", k, k + 9) < 0:
                continue  # _AMONG: 中 within nine characters after the figure
            m = _AMONG.match(s.text, q.end - s.start)
            if not m or "其中" in m.group(0):
                continue
            if _last_of_list(s, q):
                continue  # 低收入户186户、中低收入户312户中: the group is the list, not its last figure
            after = q.end + len(m.group(0))
            parts, exhaustive, end, part_labels = _collect(s, after, q.unit)
            parts = [p for p in parts if p is not q]
            if parts:
                yield Breakdown(q, tuple(parts), exhaustive, q.start, end, False, part_labels)
        # 仅与配偶同住的占42.3%, 与子女同住的占35.6%, 独居的占26.6%: shares of one whole
        for cs, _ce in _clause_bounds(s) if s.text.count("占") >= 2 else ():
            if "占" not in s.between(cs, _ce):
                continue
            shares = _share_parts(s, cs, bare=True)
            labels = [_share_label(s, q) for q in shares]
            if any(_CHOICE.search(lab) for lab in labels) or _MULTI.search(s.text):
                continue  # answers to a question that may take several
            if len(shares) >= 2 and not any(q.start in seen for q in shares) and not overlapping_labels(labels):
                seen.update(q.start for q in shares)
                yield Breakdown(None, tuple(shares), False, shares[0].start, shares[-1].end, True)
        # 甲、乙、丙分别占40%、35%、30%: shares of one whole in one breath
        for m in _SHARES_RESPECTIVELY.finditer(text) if "分别占" in text else ():
            mid = m.group("mid") or ""
            if mid and not _WHOLE_WORD.search(mid):
                continue  # 粮食和油料产量分别占全市的40%和65%: shares of different wholes
            after = s.start + m.end()
            end = s.clause_end(after)
            pcts = [q for q in s.quantities if after <= q.start < end]
            if len(pcts) >= 2 and all(q.unit == "%" and not q.approximate for q in pcts):
                between = s.between(pcts[0].end, pcts[-1].start)
                if _JOINED_FIGURES.fullmatch(between) and not any(q.start in seen for q in pcts):
                    seen.update(q.start for q in pcts)
                    yield Breakdown(None, tuple(pcts), False, s.start + m.start(), pcts[-1].end, True)
        # A 12人, B 8人, C 5人, 合计30人: the total after its parts
        for q in s.quantities if ("共" in text or "计" in text) and _may_sum_after(text) and _may_sum_back(text) else ():
            if not C.is_amount(q) or q.approximate:
                continue
            cs = s.clause_start(q.start)
            head = s.between(cs, q.start)
            if ("共" not in head and "计" not in head) or not _SUM_AFTER.search(head):  # (each total word holds one)
                continue
            parts, part_labels, blocked = _collect_back(s, cs, q.unit)
            if len(parts) >= 2:
                yield Breakdown(q, tuple(parts), not blocked, parts[0].start, q.end, False, part_labels)
        # 共W, 分别为 A、B、C: 分别 opens the clause right after the one holding the total
        for m in _RESPECTIVELY.finditer(text) if "分别" in text else ():
            pos = s.start + m.start()
            if s.clause_start(pos) != pos:
                continue
            parts, _, end, part_labels = _collect(s, s.start + m.end(), None)
            if len(parts) >= 2:
                unit = parts[0].unit
                wholes = [q for q in s.before(pos) if _u(q.unit) == _u(unit) and not C.is_reference(s, q)]
                if (wholes and s.clause_of(pos) - s.clause_of(wholes[0].start) == 1
                        and (_TOTAL.search(s.between(s.clause_start(wholes[0].start), wholes[0].start))
                             or _one_total(s, wholes[0], m.group(0)))):
                    yield Breakdown(wholes[0], tuple(parts), True, pos, end, False, part_labels)


_BIGRAM = lazy(r"(?=([\p{Han}]{2}))")
_NOT_NAME = lazy(r"[的和及与为有是其中占]")


def _before_sibling(s: C.Sentence, ws: C.Sentence, whole: C.Quantity, parts, labels):
    """The parts up to a figure, after a semicolon, named like the whole and unlike the parts
    before it (登记糖尿病患者2,450人,其中达标1,617人,…;登记高血压患者5,870人: another whole of
    the same kind, not one more part)."""
    if len(parts) < 2 or len(labels) != len(parts):
        return parts, labels
    wl = ws.between(ws.clause_start(whole.start), whole.start)
    for i in range(1, len(parts)):
        gap = s.between(parts[i - 1].end, parts[i].start)
        if ";" not in gap and "；" not in gap:
            continue
        if _REST.search(labels[i]):
            continue  # …;其他税费1.20亿元: the rest of the whole, a part
        earlier = "".join(labels[:i])
        for m in _BIGRAM.finditer(labels[i]):
            w = m.group(1)
            if w in wl and w not in earlier and not _NOT_NAME.search(w):
                return list(parts[:i]), tuple(labels[:i])
    return parts, labels


_BARE_SHARE_CLAUSE = lazy(r"^\s*(?:占|比重|比例)")


def _share_label(s: C.Sentence, q: C.Quantity) -> str:
    """The words naming the share ``q``: its clause before it, and the clause before that when
    the share's own clause says only 占 (本科学历17人,占80.95%: the share is of 本科学历)."""
    cs = s.clause_start(q.start)
    label = s.between(cs, q.start)
    if cs > s.start and _BARE_SHARE_CLAUSE.match(label):
        label = s.between(s.clause_start(cs - 1), cs) + label
    return label


_LISTED = lazy(r"、|和|及|与|并|或")


def _one_total(s: C.Sentence, whole: C.Quantity, word: str) -> bool:
    """完成人工造林1.2万亩,分别为杉木林5,000亩、…: without 共/合计, the figure is the total
    that 分别为 breaks down when it is the one figure of its clause and the clause lists
    nothing (甲和乙分别为… pairs figures with the list, it breaks down no total)."""
    if word not in ("分别为", "分别是") or whole.approximate:
        return False
    cs, ce = s.clause_start(whole.start), s.clause_end(whole.start)
    return len(s.within(cs, ce)) == 1 and not _LISTED.search(s.between(cs, ce))


# pairs of classes that together make up any group (of people, cases, checks …)
_HALVES = (
    (lazy(r"男"), lazy(r"(?<!子)女")),
    (lazy(r"城镇|城市"), lazy(r"农村|乡村")),
    (lazy(r"(?<![不违])合法"), lazy(r"违法|不合法")),
    (lazy(r"(?<!不)合格"), lazy(r"不合格")),
    (lazy(r"(?<!不)达标"), lazy(r"不达标")),
    (lazy(r"公办"), lazy(r"民办")),
    (lazy(r"省内"), lazy(r"省外")),
    (lazy(r"境内"), lazy(r"境外")),
    (lazy(r"线上"), lazy(r"线下|实地|现场")),
    (lazy(r"外贸"), lazy(r"内贸")),
    (lazy(r"市区|城区"), lazy(r"县区|郊区|郊县")),
)
# a whole named as two classes joined (会员及眷属共612人): its two parts are those classes
_JOINED = lazy(r"(\p{Han}{2})(?:及|和|与)(\p{Han}{2})(?:\p{Han}{0,2})?(?:共计?|合计|总计|总数|人数|数量)?[为有达]?$")
_FILLER = lazy(r"其中|当中|性|同志|人口|居民|常住|户籍|的|有|为|是|分别|[,，、:：\s]")


def _complementary(s: C.Sentence, ws: C.Sentence, whole: C.Quantity, parts, start: int) -> bool:
    """Two parts named as the two halves of the whole's group (男/女, 城镇/农村), with nothing
    else in their names that the whole's name lacks (男性劳动力 is not half of 常住人口)."""
    if len(parts) != 2 or whole.approximate or any(p.approximate for p in parts):
        return False
    labels = [s.between(max(start, s.clause_start(parts[0].start)), parts[0].start),
              s.between(max(parts[0].end, s.clause_start(parts[1].start)), parts[1].start)]
    whole_label = ws.between(ws.clause_start(whole.start), whole.start)  # ws: the whole's sentence
    joined = _JOINED.search(whole_label.strip())
    if joined and joined.group(1) != joined.group(2):
        x, y = joined.group(1), joined.group(2)
        if x in labels[0] and y in labels[1] and y not in labels[0] and x not in labels[1]:
            return True
    for a, b in _HALVES:
        if a.search(whole_label) or b.search(whole_label):
            continue
        if not (a.search(labels[0]) and b.search(labels[1]) or b.search(labels[0]) and a.search(labels[1])):
            continue
        if any(a.search(lab) and b.search(lab) for lab in labels):
            return False
        rests = {_FILLER.sub("", b.sub("", a.sub("", lab))) for lab in labels}
        return all(r == "" or r in whole_label for r in rests) and len(rests) == 1
    return False


_LIST_JOIN = lazy(r"^[^\d,，;；:：。]*(?:、|和|及|与|以及)[^\d,，;；:：。]*$")


def _last_of_list(s: C.Sentence, q: C.Quantity) -> bool:
    """``q`` ends a list of figures of its kind joined by 、/和/及 in its clause."""
    prior = s.last_before(q.start)
    if prior is None or _u(prior.unit) != _u(q.unit) or s.clause_of(prior.start) != s.clause_of(q.start):
        return False
    return bool(_LIST_JOIN.match(s.between(prior.end, q.start)))


# a clause that states what there is (现有党员486名) is a stock, not one of the parts added
_STOCK = lazy(r"现有|共有|拥有|已有|现存|在册")
_TIME_OPENER = lazy(r"^\s*(?:全年|今年|本年度?|上半年|下半年|前三季度|[一二三四]季度|1-\d{1,2}月)")
_LIST_OPENER = lazy(r"^\s*(?:\p{Han}{0,6}?)共(?=获|有|评|表彰|发放|开展|举办|组织|培训|建成|新建|完成|实施|招录|录取|接待|帮扶|走访|排查|受理|办理|调解|处理)")


# the words that count things (not people, events or measures): 处, 座, 个, 台 …
_THINGS = frozenset("个 家 所 项 件 座 栋 幢 处 辆 台 架 套 间 条 艘 门 只 张 块 盏 口 眼 部".split())
_LIST_GAP = lazy(r"^、[^\d,，;；:：。、]*$")


def _things_listed(s: C.Sentence, amounts, unit: str) -> bool:
    """Figures of things counted with different words, listed with 、 in one clause
    (检查站三处、瞭望塔两座、蓄水池四个), before a total counted with a word of the kind."""
    if unit not in _THINGS or len(amounts) < 2 or any(q.unit not in _THINGS for q in amounts):
        return False
    if len({q.unit for q in amounts}) < 2:
        return False
    return all(_LIST_GAP.match(s.between(a.end, b.start)) for a, b in zip(amounts, amounts[1:]))


def _collect_back(s: C.Sentence, before: int, unit: str):
    """Parts in the clauses right before ``before``: each clause holds figures of ``unit``
    and nothing else of amount kind. Returns (parts in text order, their labels, blocked):
    ``blocked`` when the clause that ends the run holds figures of the unit too (现有党员486名,
    今年发展12名、转正10名, 共计…: the total may count that figure as well)."""
    parts: list[C.Quantity] = []
    labels: list[str] = []
    blocked = mixed = False
    for cs, ce in reversed(_clause_bounds(s)):
        if cs >= before:
            continue
        qs = s.within(cs, ce)
        amounts = [q for q in qs if C.is_amount(q) and not _class_label(s, q)]
        if mixed:  # 建成文化站2处,新建检查站三处、瞭望塔两座,共计七处: the total may count it too
            blocked = any(q.unit in _THINGS for q in amounts)
            break
        same = [q for q in amounts if _u(q.unit) == _u(unit)]
        mixed = not parts and _things_listed(s, amounts, unit)
        if mixed:
            same = amounts  # 检查站三处、瞭望塔两座、蓄水池四个,共计十处: things, each with its own word
        if not same or len(same) != len(amounts) or any(C.is_reference(s, q) or q.approximate for q in same):
            blocked = bool(same)
            break
        text = s.between(cs, ce)
        if len(same) >= 2:
            # 共获一等奖3名、二等奖5名…: a 共 that opens a list of several parts totals nothing
            text = _LIST_OPENER.sub("", s.between(cs, same[0].start), count=1) + s.between(same[0].start, ce)
        # 其中人事费1,126万元、业务费468万元…, 合计…: 其中 opening the clause opens the parts
        opener = _OPENS_QIZHONG.match(text) if len(same) >= 2 else None
        if opener:
            text = text[opener.end():]
        if len(same) >= 2:
            # 全年完成人工造林…、封山育林…, 共计完成…: a time that opens the list dates every part
            text = _TIME_OPENER.sub("", text, count=1)
        if _STOP.search(text) or _QIZHONG.search(text) or _TOTAL.search(text) or _STOCK.search(text):
            blocked = True
            break
        at = cs
        for q in same:
            labels.append(s.between(at, q.start))
            at = q.end
        parts[:0] = same
        if opener:
            break
    return parts, tuple(labels), blocked


def _share_parts(s: C.Sentence, from_pos: int, bare: bool = False) -> list[C.Quantity]:
    """Shares of one whole listed after 其中: 一产占8%, 二产占45%, 三产占47%. With
    ``bare``, a run of clauses of the form …的占P% with nothing between 占 and the figure."""
    out: list[C.Quantity] = []
    mids: set[str] = set()
    for cs, ce in _clause_bounds(s):
        if ce <= from_pos:
            continue
        cs = max(cs, from_pos)
        inside = s.within(cs, ce)
        pcts = [q for q in inside if q.unit == "%"]
        others = [q for q in inside if q.unit != "%" and q.unit != "pp"
                  and not (bare and q.unit == "岁")]  # 35岁以下的占38.5%: the age names the bracket
        rx = _BARE_SHARE if bare else _SHARE_PCT
        shares = [q for q in pcts if rx.search(s.between(cs, q.start)) and not q.approximate]
        if bare and shares and others:
            break
        if shares and len(shares) == len(pcts):
            mids = {_mid(s.between(cs, q.start)) for q in shares} | mids
            if len(mids) > 1:
                return []  # shares of different wholes
            out.extend(shares)
            continue
        if not pcts and others:
            continue  # 其中A 36家, 占比30%: counts between the shares are fine
        break
    return out


_NOT_MID = lazy(r"^比|的|比重|比例|为|达|约|\s")


def _mid(head: str) -> str:
    """What a share is of: the words between 占 and the percentage (empty for 占比)."""
    i = head.rfind("占")
    if i < 0:
        return ""
    mid = head[i + 1 :]
    return _NOT_MID.sub("", mid)
