"""Whether the parts after 其中 are, by what the text says, the whole of their total.

A 其中 list may name only some parts (共有企业120家,其中规上企业35家、高新技术企业12家: a
selection), so AR122 checks it only on evidence that it is a partition:

* the total's own words name the classes the parts are (县、乡、村三级河长…,其中县级…、乡级…、
  村级…; 三类案件…,其中一类…、二类…、三类…; 离退休干部…,其中离休…、退休…; 进出口总额…,
  其中出口…、进口…);
* the parts are classes that by their meaning make up any group: a chain of places, each
  outside the one before (县内 / 县外省内 / 省外), the outcomes of one check (合格 /
  限期改善 / 舉發), the new and the renewed (新建 / 改造提升);
* three or more parts, of no attributes that may overlap, that fall short of the total by a
  few percent (a selection leaves out much more).

Nothing here holds when the list says it is a selection (主要, 包括, 重点, 等), when its
parts are of different attributes (``Breakdown.overlapping``), or when a part is an
approximate figure. Findings on the evidence of words are graded ``warning``; on a small gap
alone, ``info`` (:func:`evident` says which).
"""

from __future__ import annotations

from decimal import Decimal
from itertools import permutations

from ...numbers import CN_DIGITS
from ._lazy import lazy

# a list that says it is a selection: 主要有…, 包括…, 重点…, …等
_SELECTION = lazy(r"主要|包括|包含|含有|重点|例如|比如|诸如|代表|部分|典型|突出|其余|以上|以下|超过|不足")
_AFTER_SELECTION = lazy(r"^\s*(?:等|左右|以上|以下|多|余)")
_CLAUSE_START = lazy(r"[,，;；:：。！？!?\r\n][^,，;；:：。！？!?\r\n]*$")
_LABEL_TRIM = lazy(r"^[\s、,，;；:：]*(?:其中|当中)?[\s、,，;；:：]*(?:分别为|分别是|为|有|是)?")
_LABEL_END_TRIM = lazy(r"(?:为|有|是|达|共|计|合计)+$")

# a chain of places: 县内 / 县外省内 / 省外 (each part outside the place before it)
_SCOPE = "县市区省国境镇乡村州盟旗"
_PLACE = lazy(f"^(?:本?(?P<out>[{_SCOPE}])外)?本?(?P<at>[{_SCOPE}])(?P<side>[内外])$")

# the outcomes of one check: the one that passed, and what was done about the others
_PASSED = lazy(r"^(?:检查|检测|抽检|复查|验收)?(?:合格|达标|符合要求|符合规定|无问题|正常)$")
_FAILED = lazy(
    r"不合格|不达标|限期(?:改善|整改|改正|改进)|责令(?:改正|整改|停业|停产)|整改|改善|举发|告发|处罚|罚款|"
    r"立案|移送|警告|取缔|查封|关停|停业|劝导|告诫|约谈"
)
# the new and the renewed: 新建 / 改造提升 (not 续建: 新建 and 续建 leave out the projects still in preparation)
_NEW = lazy(r"^(?:新建|新设|新增|新开办|新成立|新组建)$")
_RENEWED = lazy(r"^(?:改造|改建|扩建|提升|翻新|修缮|提档|升级|整合|规范提升|改造提升|提升改造|改扩建|升级改造|改造升级|提档升级)$")

_N_KINDS = lazy(r"(?P<n>[两二三四五六七八九])(?P<cls>[级类种])")

SMALL_GAP = Decimal("0.05")  # a few percent: what three or more parts of a partition may miss by
MEANING_GAP = Decimal("0.10")  # parts of one partition by meaning may miss by more


def _clean(label: str) -> str:
    return _LABEL_END_TRIM.sub("", _LABEL_TRIM.sub("", label, count=1)).strip()


def _common_suffix(words: list[str]) -> str:
    n = min(len(w) for w in words)
    k = 0
    while k < n and len({w[len(w) - 1 - k] for w in words}) == 1:
        k += 1
    return words[0][len(words[0]) - k:] if k else ""


def whole_label(text: str, whole) -> str:
    """The words of the whole's clause before it (全县共设立县、乡、村三级河长)."""
    head = text[max(0, whole.start - 40): whole.start]
    m = _CLAUSE_START.search(head)
    return head[m.start() + 1:] if m else head


def _named_in_whole(heads: list[str], suffix: str, wlabel: str, n: int) -> bool:
    """The total names the parts: 县、乡、村三级 before 县级…、乡级…、村级…, or 三类 before
    three parts each named …类."""
    if all(heads) and len(set(heads)) == n:
        for sep in ("、", "和", "及", "与", "/"):
            if sep.join(heads) in wlabel:
                return True
        if n >= 3 and "、".join(heads[:-1]) + "和" + heads[-1] in wlabel:
            return True
    if suffix and n <= 3 and all(len(h) == 1 for h in heads) and len(set(heads)) == n:
        # 离退休干部 before 离休干部…、退休干部…; 进出口总额 before 出口…、进口…: the total's name
        # joins the first characters of its parts
        if any("".join(p) in wlabel for p in permutations(heads)):
            return True
    m = _N_KINDS.search(wlabel)
    return bool(m) and CN_DIGITS[m.group("n")] == n and m.group("cls") in suffix


def _chain_of_places(heads: list[str]) -> bool:
    """县内 / 县外省内 / 省外: each place outside the one before, the last outside them all."""
    parsed = []
    for h in heads:
        m = _PLACE.match(h)
        if not m:
            return False
        parsed.append((m.group("out"), m.group("at"), m.group("side")))
    left = list(parsed)
    first = [p for p in left if p[0] is None and p[2] == "内"]
    if len(first) != 1:
        return False
    left.remove(first[0])
    cur = first[0][1]
    while left:
        nxt = [p for p in left if (p[0] == cur and p[2] == "内") or (p[0] is None and p[1] == cur and p[2] == "外")]
        if len(nxt) != 1:
            return False
        left.remove(nxt[0])
        if nxt[0][2] == "外":
            return not left
        cur = nxt[0][1]
    return False


def _outcomes(heads: list[str]) -> bool:
    passed = [h for h in heads if _PASSED.match(h)]
    return len(passed) == 1 and all(len(h) <= 6 and _FAILED.search(h) for h in heads if h != passed[0])


def _new_and_renewed(heads: list[str]) -> bool:
    return len(heads) == 2 and any(_NEW.match(h) for h in heads) and any(_RENEWED.match(h) for h in heads)


def evident(text: str, b) -> str | bool:
    """Whether the 其中 breakdown ``b`` (not known to be complete) is, by the evidence of
    its words, the whole of its total: ``"words"`` when its words say so (the total names
    the classes, the parts are one partition by meaning), ``"gap"`` when only three or more
    parts that miss the total by a few percent suggest it (a selection of the biggest
    classes looks the same: AR122 reports it at info), False otherwise."""
    if b.whole is None or b.percent or b.labels is None or len(b.parts) < 2 or len(b.labels) != len(b.parts):
        return False
    if text[b.start:b.start + 2] not in ("其中", "当中"):
        return False
    whole = b.whole
    if whole.approximate or any(p.approximate for p in b.parts) or not whole.value or whole.value < 0:
        return False
    total = sum((p.value for p in b.parts), start=Decimal(0))
    if total >= whole.value:
        return False
    gap = (whole.value - total) / whole.value
    wlabel = whole_label(text, whole)
    opener = text[b.start:b.parts[0].start]
    labels = [_clean(lab) for lab in b.labels]
    if (_SELECTION.search(opener) or any(_SELECTION.search(lab) for lab in labels)
            or any("等" in lab for lab in labels) or _AFTER_SELECTION.match(text[b.parts[-1].end:b.parts[-1].end + 3])):
        return False
    if any(not lab for lab in labels):
        return False
    n = len(labels)
    suffix = _common_suffix(labels)
    heads = [lab[: len(lab) - len(suffix)] for lab in labels]
    if _named_in_whole(heads, suffix, wlabel, n):
        return "words"  # (the total's name says what the parts are, whatever their attributes)
    if b.overlapping:
        return False
    if gap <= MEANING_GAP:
        # the parts' names without what they share, or without less of it (续建项目 / 新建项目
        # share 建项目, but 续建 and 新建 are the classes)
        for k in range(len(suffix), -1, -1):
            cut = [lab[: len(lab) - k] for lab in labels]
            if _chain_of_places(cut) or _outcomes(cut) or _new_and_renewed(cut):
                return "words"
    return "gap" if n >= 3 and gap <= SMALL_GAP and len(set(labels)) == n else False
