"""A heading or list introduction whose content is missing.

What it finds: a line that announces content the template expected to be filled in, with
nothing under it:

- a short line ending in a colon (``续建项目1个:``, ``(二)存在的问题:``) directly followed
  by another such line, by the next heading of an enclosing list (``二、下步工作打算``,
  any item that is not a first one), or by the end of the text;
- a numbered heading (``(2)续建项目1个``) directly followed by the next heading of the
  same or an enclosing level (or the end), where the other headings of its list do have
  text under them — so a plain list of short items (``(1)加强领导 (2)完善制度``) stays quiet;
- a number alone on its line (``(二)``, ``（三）``, ``三、``) followed by a heading, a blank line
  or the end: the heading was never written (a number right above its title is a heading broken
  after its number, and one between the halves of a broken sentence is a page marker; both
  stay quiet, and so does ``1.`` alone, which converted files use for page and line numbers);
- in Markdown, a heading directly followed by a heading of the same or a higher level;
- a numbered line that is one short sentence (``(四)加强干部队伍建设。``) followed by the next
  item, where two or more other items of its list are run-in headings with their text on the
  same line (``(三)提升纳税服务水平。推广“一窗通办”…``): its text was never written. A list
  of one-sentence items (``(一)加强领导。`` ``(二)完善制度。``) stays quiet.

In Markdown, a heading wrapped in bold (``**（一）组织建设方面：**``) is read as the heading.

A colon line followed by its list (``主要做法:`` then ``1、…``), a heading followed by its
paragraph, and a long paragraph that ends in ``具体情况是:`` stay quiet. Page numbers and
lines of website residue between the lines are skipped.

Why it matters: the reader is promised "one continuing project:" and gets nothing; the
template's list was never filled in.

Example:
  Bad: 续建项目1个:(next line) 竣工项目4个:
  Good: 续建项目1个: 县城污水处理厂二期, 已完成投资1200万元。

Fix: write the content under the heading, or delete the heading.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...lazyre import lazy

from ..._record import Record
from ...document import Document, Line
from ...types import Span, Text, Violation
from ._fill import markdown_markup
from ._residue import Numbering, content_lines, line_text, numbering, strip_span

CODE = "PH141"
NAME = "empty-list-heading"
SEVERITY = "warning"
OPTIONS = {"max-heading-length": 40}

_COLON_END = lazy(r"[:：][ \t\u3000]*$")
_SENTENCE_PUNCT = lazy(r"[。；;！!？?]")
_END_PUNCT = lazy(r"[。；;！!？?，,、][ \t\u3000]*$")
# a run-in heading: a short heading sentence, then the paragraph on the same line
_RUN_IN = lazy(r"[ \t\u3000]*[^。；;！!？?，,\r\n]{2,30}[。.][ \t\u3000]*\S{5,}")
# a run-in heading whose paragraph is missing: the heading sentence alone
_STUB = lazy(r"[^。；;！!？?，,\r\n]{2,20}[。.]")
_FIRST_NUMBER = lazy(r"^[ \t\u3000]*(?:一[、.．]|[(（](?:一|1)[)）]|1[、.．]|①|第一)")


class _Item(Record):
    __slots__ = _fields = ("line", "text", "num", "label", "heading", "bare", "stub")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, line: Line, text: str, num: Numbering | None, label: bool, heading: bool,
                 bare: bool = False, stub: bool = False) -> None:
        self.line = line
        self.text = text  # the line as matched (simplified, full-width forms folded)
        self.num = num
        self.label = label  # a short line ending in a colon
        self.heading = heading  # a numbered (or Markdown) line short enough to be a heading
        self.bare = bare  # a number alone on its line: ``(二)``, ``（三）``
        self.stub = stub  # a numbered line that is one short sentence: ``(四)加强队伍建设。``


def _residue_lines(doc: Document) -> set[int]:
    """Lines that are website residue from end to end: a list the site added is no content."""
    from .site_residue import doc_pieces

    out = set()
    for start, end in doc_pieces(doc):
        line = doc.line_of(start)
        if (not doc.text[end:line.end].strip(" \t\u3000*_`")  # **你可能还想看:**: emphasis around it
                and not doc.text[line.start:start].strip(" \t\u3000•·-*_`")):
            out.add(line.number)
    return out


def _items(doc: Document, max_len: int) -> list[_Item]:
    out = []
    residue = _residue_lines(doc)
    for line in content_lines(doc):
        if line.number in residue:
            continue
        raw = line_text(doc, line)
        if doc.kind == "md" and ("*" in raw or "_" in raw):
            raw = _unbold(raw, line.text)
        text = raw.strip()
        num = numbering(raw, doc.kind)
        body = raw[num.length:].strip() if num else text
        label = bool(_COLON_END.search(text)) and len(text) <= 30 and not _SENTENCE_PUNCT.search(text)
        if num and num.style.startswith("md"):
            heading = True
        else:
            heading = bool(num) and 0 < len(body) <= max_len and not _END_PUNCT.search(text) \
                and not _SENTENCE_PUNCT.search(body)
        bare = bool(num) and not body and num.style in _BARE_STYLES
        stub = bool(num) and not heading and not num.style.startswith("md") and bool(_STUB.fullmatch(body))
        out.append(_Item(line, raw, num, label, heading, bare, stub))
    return out


def _unbold(raw: str, original: str) -> str:
    """The line without its Markdown emphasis marks: ``**（一）组织建设方面：**`` reads as
    ``（一）组织建设方面：``."""
    marked = markdown_markup(original)
    bullet = _BULLET.match(original)
    if bullet:  # a list bullet stays: it is no part of a heading's emphasis
        marked.discard(bullet.start(1))
    if not marked:
        return raw
    return "".join(c for i, c in enumerate(raw) if i not in marked or c not in "*_")


_BULLET = lazy(r"[ \t]*(\*)[ \t]+")


# The nesting of Chinese official documents (GB/T 9704): 一、 above (一) above 1. above (1).
# Markdown headings rank above all, by level.
# 壹、 (the upper-case numerals of formal documents) ranks above 一、 where both are used.
_RANK = {"chap": 0, "fcn": 0.5, "cn": 1, "pcn": 2, "ar": 3, "ard": 3, "par": 4, "circ": 5}


def _ranks(items: list[_Item]) -> dict[str, int]:
    ranks = dict(_RANK)
    ranks.update({f"md{level}": level - 10 for level in range(1, 7)})
    return ranks


def _closes(a: _Item, b: _Item, ranks: dict[str, int]) -> bool:
    """Whether ``b`` is a sibling of numbered ``a`` or a heading above it."""
    if not (a.num and b.num):
        return False
    return ranks[b.num.style] <= ranks[a.num.style]


def _has_body(items: list[_Item], i: int, ranks: dict[str, int]) -> bool:
    return i + 1 < len(items) and not _closes(items[i], items[i + 1], ranks)


def _siblings(items: list[_Item], i: int, ranks: dict[str, int]) -> list[int]:
    """Indexes of the items of the list ``items[i]`` belongs to (same style, numbered in
    sequence, no heading of a higher level between), ``i`` among them, in order."""
    style = items[i].num.style
    rank = ranks[style]
    run = [i]
    for step in (-1, 1):
        j = i + step
        expected = items[i].num.number + step
        while 0 <= j < len(items):
            other = items[j]
            if other.num and ranks[other.num.style] < rank:
                break
            if other.num and other.num.style == style:
                if other.num.number != expected:
                    break  # the numbering starts afresh (a table of contents, another list)
                run.append(j)
                expected += step
            j += step
    return sorted(run)


def _siblings_have_body(items: list[_Item], i: int, ranks: dict[str, int]) -> bool:
    """Whether the list ``items[i]`` belongs to is a list of headings with text under them.

    A sibling counts when it is a run-in heading (``(一)加强领导。成立了…``) or when text
    stands between it and the next sibling; text after the last item may close the whole
    list instead, so it proves nothing.
    """
    run = _siblings(items, i, ranks)
    for pos, j in enumerate(run):
        if j == i:
            continue
        item = items[j]
        if _RUN_IN.match(item.text, item.num.length):
            return True
        if item.heading and pos + 1 < len(run) and _has_body(items, j, ranks):
            return True
    return False


def _run_in_siblings(items: list[_Item], i: int, ranks: dict[str, int]) -> int:
    """How many other items of the list of ``items[i]`` are run-in headings."""
    return sum(1 for j in _siblings(items, i, ranks)
               if j != i and _RUN_IN.match(items[j].text, items[j].num.length))


# Numbering that, alone on a line, is an empty heading. ``1.`` alone is left out: a page or
# a line number of a converted file looks the same.
_BARE_STYLES = frozenset({"chap", "fcn", "cn", "pcn", "ar", "ard", "par", "circ"})
_SENTENCE_ENDS = frozenset("。.；;！!？?：:…”」』)）")


# The sign-off closing a report: the unit's name and the date (``青山镇自然资源所``,
# ``2025年6月30日``, also with a part left blank: ``2024年1月  日``), a contact or signature
# line (``联系人:李明``, ``中心主任:XXX  日期:…``), the list of attachments (``附件:1.…统计表``)
# and a Markdown rule above them, at most four short lines after the last section.
_SIGNOFF = lazy(
    r"[ \t]*(?:\*\*|__|\*|_)?(?:[\p{Han}XxＸ×○]{2,24}(?:人民政府|政府|委员会|办公室|所|局|站|院|中心|镇|乡|街道|社区|村|公司|支部|大队|小组|队|科|股|处|室|部|厂|馆|校|园|行|社|会|团|委)"
    r"|(?:\d{4}|[〇○零一二三四五六七八九十]{4}|20[xX×]{2})年[\d〇○零一二三四五六七八九十xX× \t\u3000]{1,4}月[\d〇○零一二三四五六七八九十xX× \t\u3000]{1,4}日"
    r"|附件\d?[:：][ \t]*\S[^\n]{0,60}?"
    r"|(?:联系人|联系电话|电话|报告人|填报人|审核人|签发人|负责人|述职人|汇报人|\p{Han}{0,8}(?:主任|书记|局长|所长|站长|院长|校长|经理|组长|队长))"
    r"[:：][^\n]{0,40}?"
    r"|[-*_]{3,})"
    r"(?:\*\*|__|\*|_)?[ \t]*"
)


_ATTACHMENTS = lazy(r"[ \t]*附件\d?[:：]")
_ATTACHMENT_ITEM = lazy(r"[ \t]*\d{1,2}[.、．]")  # (2.2023年…汇总表 reads as no numbering)


def _only_signoff_after(items: list[_Item], i: int) -> bool:
    """Whether all that follows ``items[i]`` is a sign-off (the attachments' list may go on
    over numbered lines: ``附件:1.…统计表`` / ``2.…汇总表``)."""
    rest = items[i + 1:]
    if not 0 < len(rest) <= 6:
        return False
    attachments = False
    for it in rest:
        if attachments and (it.num or _ATTACHMENT_ITEM.match(it.text)):
            continue
        if not _SIGNOFF.fullmatch(it.text):
            return False
        attachments = attachments or bool(_ATTACHMENTS.match(it.text))
    return len(rest) <= 4 or attachments


def _restarts_under(a: _Item, b: _Item) -> bool:
    """Whether ``b`` is item 1 in the style of ``a``, numbered 2 or more, right after it
    (``三、检讨与建议`` / ``一、承揽商…``): a list under ``a`` numbered in the wrong style (a
    numbering slip, ST's to report), not a sibling that leaves ``a`` empty."""
    return bool(a.num and b.num) and b.num.style == a.num.style and b.num.number == 1 < a.num.number


def _empty(items: list[_Item], i: int, ranks: dict[str, int]) -> bool:
    item = items[i]
    if not (item.label or item.heading or item.bare or item.stub or item.num and item.num.style.startswith("md")):
        return False  # a line of text (most lines): none of the cases below applies to it
    nxt = items[i + 1] if i + 1 < len(items) else None
    if nxt is not None and _restarts_under(item, nxt):
        return False
    if item.label and item.text.count(":") + item.text.count("：") > 1:
        return False  # 拟稿人:    覆核:  — fields of a form or a signature line, not a list's lead-in
    # (the sign-off is looked at last: only the last few items can be followed by one alone)
    if nxt is not None and not nxt.num and _only_signoff_after(items, i) and not _SIGNOFF.fullmatch(item.text):
        nxt = None  # what follows is only the sign-off: the section has nothing in it
    if item.bare and item.num.style == "ard":
        # ``3.`` alone is as often a line or page number of a converted file: an empty item
        # only right after the item before it in the same list (``2. 认识不清;`` / ``3.``)
        before = items[i - 1] if i > 0 else None
        if not (before and before.num and before.num.style == "ard" and not before.bare
                and before.num.number == item.num.number - 1
                and before.line.number == item.line.number - 1):
            return False
    if item.bare:
        # ``(二)`` alone: empty unless the next line, right under it, carries its title
        # or text (a heading broken after its number); between the halves of a broken
        # sentence (``…建成投产`` / ``3、`` / ``达产,…``) it is a page marker, not a heading
        prev = items[i - 1].text.rstrip() if i > 0 else ""
        if prev and len(prev) > 30 and prev[-1] not in _SENTENCE_ENDS:
            return False
        if nxt is None or nxt.num or nxt.label:
            return True
        return nxt.line.number > item.line.number + 1
    if item.num and item.num.style.startswith("md"):
        return nxt is None or _closes(item, nxt, ranks)
    if item.label:
        if nxt is None:
            return True
        if item.num:
            return _closes(item, nxt, ranks)
        if nxt.num:
            # a list starts at its first item: anything else continues an outer list
            return not _FIRST_NUMBER.match(nxt.text[nxt.num.length:] if nxt.num.style.startswith("md") else nxt.text)
        return nxt.label
    if item.heading:
        if nxt is not None and not _closes(item, nxt, ranks):
            return False
        return _siblings_have_body(items, i, ranks)
    if item.stub:
        # ``(四)加强干部队伍建设。`` between run-in headings with their text
        # (``(三)提升纳税服务。推广…``): the heading of a section never written
        return nxt is not None and bool(nxt.num) and _closes(item, nxt, ranks) and _run_in_siblings(items, i, ranks) >= 2
    return False


def check(doc: Document, options: dict) -> Iterable[Violation]:
    items = _items(doc, int(options.get("max-heading-length", 40)))
    ranks = _ranks(items)
    instructions = None
    for i, item in enumerate(items):
        if not _empty(items, i, ranks):
            continue
        start, end = strip_span(doc.text, item.line.start, item.line.end)
        if instructions is None:
            from .fill_in_instruction import doc_instruction_spans
            instructions = doc_instruction_spans(doc)
        if any(start < s and e == end for s, e in instructions):
            continue  # （三）（此处根据实际情况填写）: one defect, PH131's — the heading is the instruction
        found = doc.text[start:end]
        yield Violation(
            span=Span(start, end),
            message=Text(f"标题或列表引导语“{found}”下面没有内容: 请补写内容或删去该标题",
                         f"heading or list introduction “{found}” has nothing under it: write the content or delete it"),
        )
