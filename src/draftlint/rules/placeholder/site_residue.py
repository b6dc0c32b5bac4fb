"""Website residue: bylines, bookmark prompts, adverts and link lists of a template site.

What it finds: text that a template website wraps around the report and that was copied
along with it: editor bylines (``本站小编 免费考研网 2018-01-12``, ``下面由小编帮大家编辑的``),
prompts to bookmark or download (``请收藏本页``, ``(CTRL+D)收藏``, ``此处隐藏0字,下载后查看``),
page metadata (``更新时间:2022-10``, ``来源:网友投稿``), statements about the sample
(``本页是…最新发布的``, ``以上是《…》的范文参考详细内容``), related-article and tag lists
(``相关话题/…``, ``更多…扩展阅读``), breadcrumbs (``位置:首页 > 工作总结``), collection titles
(``(通用5篇)``) and adverts (``领限时大额优惠券``). Each distinct piece is one finding; a site
name, URL or date that touches a piece is part of it. The phrase lists are
``data/ph2_residue_markers.txt`` (residue on its own) and ``data/ph2_residue_extenders.txt``
(residue only next to a marker).

Why it matters: a report that still says "please bookmark this page" shows every reader
where it came from.

Example:
  Bad: 下面由小编帮大家编辑的《乡镇工作总结》,供您参考,并请收藏本页!
  Good: (the whole line deleted)
  Bad: 本站小编 免费范文网 2018-01-12
  Good: (the byline deleted)

Fix: delete the residue; if the whole line is residue, delete the line.
"""

from __future__ import annotations

from typing import Iterable

import regex

from ...document import Document
from ...types import Span, Text, Violation
from ._residue import find_all, match_text, strip_span, widen_to_brackets

CODE = "PH201"
NAME = "website-residue"
SEVERITY = "error"

MARKERS = "ph2_residue_markers.txt"
EXTENDERS = "ph2_residue_extenders.txt"

# Two pieces are one when only this stands between them: a few spaces or punctuation marks,
# or the title of the article (``本页是…发布的《标题》的详细范文参考文章``). A new field of
# page metadata (``更新时间:… 来源:…``) starts a new piece all the same.
_FIELD_START = regex.compile(r"[【\[(（]?\p{Han}{2,4}[:：]")
_JOIN_GAP = regex.compile(r"[\s\p{P}\p{S}&&[^\n\r。!！?？;；]]{0,3}|的?《[^》\n\r]{1,60}》的?", regex.VERSION1)


def pieces(text: str) -> list[tuple[int, int]]:
    """Spans of residue in ``text``: markers joined with what touches them."""
    markers = find_all(MARKERS, text)
    extenders = _extenders_near(text, markers)
    tagged = sorted([(s, e, True) for s, e in markers] + [(s, e, False) for s, e in extenders])
    # grow clusters left to right; a cluster counts only if it holds a marker
    clusters: list[list] = []
    for start, end, is_marker in tagged:
        if clusters:
            cur = clusters[-1]
            gap = text[cur[1]:start] if start > cur[1] else ""
            new_field = is_marker and _FIELD_START.match(text, start)
            joins = start <= cur[1] or (_JOIN_GAP.fullmatch(gap) and not new_field)
            if joins:
                cur[1] = max(cur[1], end)
                cur[2] = cur[2] or is_marker
                continue
        clusters.append([start, end, is_marker])
    out = []
    for start, end, has_marker in clusters:
        if not has_marker:
            continue
        start, end = strip_span(text, start, end)
        start, end = widen_to_brackets(text, start, end)
        out.append((start, end))
    return _split_lines(text, out)


def _extenders_near(text: str, markers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extenders on the lines that hold a marker (elsewhere they could join nothing)."""
    out: set[tuple[int, int]] = set()
    done: set[int] = set()
    for start, _end in markers:
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        if line_start in done:
            continue
        done.add(line_start)
        line_end = len(text)
        for brk in ("\n", "\r"):
            pos = text.find(brk, start)
            if pos >= 0:
                line_end = min(line_end, pos)
        out.update(find_all(EXTENDERS, text, line_start, line_end))
    return sorted(out)


def _split_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece never runs over a line break (each line's residue is its own finding)."""
    out = []
    for start, end in spans:
        for m in regex.finditer(r"[^\r\n]+", text[start:end]):
            s, e = strip_span(text, start + m.start(), start + m.end())
            if e > s:
                out.append((s, e))
    return out


def doc_pieces(doc: Document) -> list[tuple[int, int]]:
    """:func:`pieces` of a document, found once and shared (PH141 skips these lines)."""
    return doc.memo("ph201_pieces", lambda: pieces(match_text(doc)))


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for start, end in doc_pieces(doc):
        found = doc.text[start:end]
        shown = found if len(found) <= 30 else found[:28] + "…"
        yield Violation(
            span=Span(start, end),
            message=Text(f"模板网站残留“{shown}”: 请删除", f"template-site residue “{shown}”: delete it"),
            help=Text("这是范文网站的署名、提示或广告, 不属于报告正文",
                      "this is a template website's byline, prompt or advert, not part of the report"),
        )
