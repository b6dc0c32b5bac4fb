"""Website residue: bylines, bookmark prompts, adverts and link lists of a template site.

What it finds: text that a template website wraps around the report and that was copied
along with it: editor bylines (``本站小编 免费考研网 2018-01-12``, ``下面由小编帮大家编辑的``),
prompts to bookmark or download (``请收藏本页``, ``(CTRL+D)收藏``, ``此处隐藏0字,下载后查看``),
page metadata (``更新时间:2022-10``, ``来源:网友投稿``), statements about the sample
(``本页是…最新发布的``, ``以上是《…》的范文参考详细内容``), related-article and tag lists
(``相关话题/…``, ``更多…扩展阅读``), breadcrumbs (``位置:首页 > 工作总结``), navigation bars
(``返回首页|联系我们|网站地图``), disclaimers (``本文内容由网友上传，仅供参考``), collection
titles (``(通用5篇)``) and adverts (``领限时大额优惠券``, ``扫码关注…公众号，获取更多范文``).
The titles of other articles a site lists are residue too, one finding per line: the lines
under a header such as ``相关文章`` / ``推荐阅读`` / ``猜你喜欢``, and a run of two or more
template titles (``…工作总结``, ``…实施方案(通用5篇)``) closing the page after the article
(not after ``附件:`` or a colon, and not a list of tasks such as ``制定年度培训计划``). Each distinct piece is one finding; a site
name, URL or date that touches a piece is part of it, and a line that holds nothing but
page metadata (``时间:2023-07-20 作者:admin 点击:1567 [字体:大 中 小]``) is one finding. The phrase lists are
``data/ph2_residue_markers.txt`` (residue on its own) and ``data/ph2_residue_extenders.txt``
(residue only next to a marker).
Above the report's first paragraph and below its last, where a site puts its page, a line in
a site's words is residue even in wording no list knows (``☰ 写作猫 ｜ 首页 ｜ 我的空间``,
``猜你也喜欢：``, ``青山镇2022年工作总结.docx``): see ``rules/placeholder/_frame.py`` and
``data/ph2_frame_strong.txt`` / ``data/ph2_frame_weak.txt``.

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

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

import regex

from ...document import Document
from ...lazyre import lazy
from ...types import Span, Text, Violation
from ._fill import HAN
from ._frame import site_like, site_lines
from ._residue import GENRE_END, find_all, match_text, numbering, strip_span, widen_to_brackets

CODE = "PH201"
NAME = "website-residue"
SEVERITY = "error"

MARKERS = "ph2_residue_markers.txt"
EXTENDERS = "ph2_residue_extenders.txt"

# Two pieces are one when only this stands between them: a few spaces or punctuation marks
# (a sentence end too: 本站部分内容来源于网络,如有侵权请联系删除。© 2024 …),
# or the title of the article (``本页是…发布的《标题》的详细范文参考文章``). A new field of
# page metadata (``更新时间:… 来源:…``) starts a new piece all the same.
_FIELD_START = lazy(r"[【\[(（]?\p{Han}{2,4}[:：]")
_JOIN_GAP = lazy(r"[\s\p{P}\p{S}&&[^\n\r]]{0,3}|的?《[^》\n\r]{1,60}》的?", regex.VERSION1)


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


_LINE_RUN = lazy(r"[^\r\n]+")


def _split_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece never runs over a line break (each line's residue is its own finding)."""
    out = []
    for start, end in spans:
        for m in _LINE_RUN.finditer(text, start, end):
            s, e = strip_span(text, m.start(), m.end())
            if e > s:
                out.append((s, e))
    return out


_CHROME_EDGE = " \t\u3000*_`>#-"


def _line_span(text: str, line, edge: str) -> tuple[int, int]:
    """A whole line as one finding, without the characters of ``edge`` at its ends (space,
    Markdown emphasis, quote and bullet marks)."""
    start, end = line.start, line.end
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def doc_pieces(doc: Document) -> list[tuple[int, int]]:
    """:func:`pieces` and :func:`related_titles` of a document, found once and shared (PH141
    skips these lines)."""
    def compute() -> list[tuple[int, int]]:
        found = pieces(match_text(doc))
        titles = related_titles(doc, found)
        # a listed title is one piece, whatever residue it holds ((通用5篇) …)
        found = [(s, e) for s, e in found if not any(ts <= s and e <= te for ts, te in titles)]
        found += [(s, e) for s, e in titles if not any(fs < e and s < fe for fs, fe in found)]
        # lines of the page around the report, in a site's words the lists above do not know
        from .fill_in_instruction import doc_instruction_spans

        known = found + doc_instruction_spans(doc)
        zone, site = site_lines(doc, known)
        for line, spans in site:
            found += [_line_span(doc.text, line, _CHROME_EDGE)] if spans is None else spans
        return _merge_bars(doc, _whole_site_lines(doc, zone, sorted(found)))
    return doc.memo("ph201_pieces", compute)


# At most this many Chinese characters of a line of the page around the report may lie
# outside its residue pieces for the line to be residue from end to end.
_LINE_REST_HAN = 50
# Inside the report a line is one finding only when its pieces leave next to nothing
# (下载本文档需8积分(约0.8元),VIP会员免积分下载).
_BODY_LINE_REST_HAN = 4
_NAMES_ARTICLE = lazy(r"《")
# A line of the page that opens with the label of an editor's blurb is the site's to the end.
_BLURB_LABEL = lazy(r"[ \t\u3000>*]*[【\[]?(?:导读|導讀|导语|導語|编者按|編者按|小编导读|小編導讀)[】\]]?[ \t]*[:：]")
_BLURB_REST_HAN = 120
# a slot of the report on the line (XX镇, not a masked 400-0XX-XXXX): reported on its own
_SLOT_MARKS = lazy(r"(?<![0-9A-Za-z-])[xX×○□]{2,}(?=\p{Han})")


def _whole_site_lines(doc: Document, zone: list, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line of the page around the report (``zone``) with two or more pieces of residue and
    little else (``【导读】…为大家精心整理了…,更多精彩范文敬请关注本栏目!``) is one finding:
    the reviewer deletes the line; so is a line inside the report that its pieces fill all but
    a few characters of. On a line that holds more text of its own (a paragraph that only
    mentions the site) and on a title with its labels (``【精选】…工作总结(可下载)``), the
    pieces stay apart."""
    zone_numbers = {line.number for line in zone}
    located = [(doc.line_of(span[0]), span) for span in spans]
    numbered = [(line.number, span) for line, span in located]
    by_line: dict[int, list[tuple[int, int]]] = {}
    lines = {}
    for line, span in located:
        by_line.setdefault(line.number, []).append(span)
        lines[line.number] = line
    text = doc.text
    merged = {}
    for number, group in by_line.items():
        line = lines[number]
        if group[-1][1] > line.end:
            continue
        # one piece is enough on a line of the page that reads as a site's by its own words
        # (本站範例皆為模擬撰寫…© 2023 公文範本王 All rights reserved.)
        if len(group) < 2 and not (number in zone_numbers and site_like(match_text(doc)[line.start:line.end])):
            continue
        rest, pos, left, gaps = 0, line.start, [], []
        for k, (s, e) in enumerate(group + [(line.end, line.end)]):
            if s > pos:
                rest += len(HAN.findall(text, pos, s))
                left.append(match_text(doc)[pos:s])
                if 0 < k < len(group):
                    gaps.append(left[-1])
            pos = max(pos, e)
        # not a title with its labels, not a blurb naming the article in 《》 between its
        # pieces (小编为大家整理的《…工作总结》,供您参考,并请收藏本页: two findings, as the
        # reference reviewer of ../shared/corpus marks them), not a line holding a slot
        limit = _LINE_REST_HAN if number in zone_numbers else _BODY_LINE_REST_HAN
        if number in zone_numbers and _BLURB_LABEL.match(text, line.start, line.end):
            limit = _BLURB_REST_HAN  # 导读:… — the site's blurb, however long, is the site's
        if (rest <= limit
                and not GENRE_END.search("".join(left).strip())
                and not any(_NAMES_ARTICLE.search(gap) for gap in gaps)
                and not any(_SLOT_MARKS.search(piece) for piece in left)):
            merged[number] = _line_span(text, line, _CHROME_EDGE)
    if not merged:
        return spans
    out = [span for number, span in numbered if number not in merged]
    return sorted(out + list(merged.values()))


# What may stand between the pieces of a page's metadata bar (``时间:2023-07-20 作者:admin
# 点击:1567 [字体:大 中 小]``): separators and Markdown emphasis, fields ``名称:值`` whose name
# or value the phrase lists do not know (or a name alone, its value the next piece), dates
# (``贡献于2024-03-02``), bracketed labels (``【打印本文】``), short links between bars
# (``| 列印 |``), the site's name (``第一文档网``, ``好范本 goodfanben.tw``) and its page
# controls (``打印本文``, ``点击下载``, ``投稿``).
_BAR_GAP = lazy(
    r"(?:[\s|｜/·•‧,，;；*_#>\-—\[\]【】()（）`]"
    r"|(?<=[|｜][ \t]*)(?:\p{Han}{1,4}|[A-Za-z]{1,3})(?=[ \t]*(?:[|｜]|$))"
    r"|[【\[(（]?\p{Han}{1,6}[:：](?:[ \t]?[^\s|｜:：。;；!！?？]{1,30}[】\])）]?)?"
    r"|\p{Han}{1,4}[於于](?=[ \t]*\d{4})"  # 贡献于2024-03-02
    r"|(?:\p{Han}{2,6}[ \t]+)?(?:[0-9A-Za-z-]+\.)+[A-Za-z]{2,6}(?![0-9A-Za-z])"  # 好范本 goodfanben.tw
    r"|\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|[於于]|[【\[]\p{Han}{2,8}[】\]]|\p{Han}{1,8}(?:网|站|文库)(?!\p{Han})"
    r"|(?:打印本文|打印|收藏本文|收藏|分享|举报|纠错|评论|点赞|转发|关闭窗口|返回顶部|下载本文|点击下载|投稿)(?!\p{Han}))*",
    regex.VERSION1,
)
_BAR_EDGE = "*_` \t\u3000>"  # (Markdown emphasis and quote marks are no residue)


def _merge_bars(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces on a line that holds nothing but them and metadata fields are one finding
    for the whole bar: a reviewer deletes the line, not its fields one by one."""
    text = match_text(doc)
    by_line: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        by_line.setdefault(doc.line_of(span[0]).number, []).append(span)
    out: list[tuple[int, int]] = []
    for number, group in by_line.items():
        line = doc.lines[number - 1]
        if group[-1][1] <= line.end and _only_bar(text, line.start, line.end, group):
            out.append(_line_span(text, line, _BAR_EDGE))
        else:
            out.extend(group)
    return sorted(out)


def _only_bar(text: str, start: int, end: int, group: list[tuple[int, int]]) -> bool:
    pos = start
    for s, e in group + [(end, end)]:
        if s > pos and not _BAR_GAP.fullmatch(text, pos, s):
            return False
        pos = max(pos, e)
    return True


# --- lists of other articles ------------------------------------------------------------------

# The header of a site's list of other articles, alone on its line.
_LIST_HEADER = lazy(
    r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:\p{So}[ \t]*)?[·•►▶■●◆★▲△【\[]?[ \t]*"
    r"(?:\p{Han}{1,5}(?:网|帮|站|库|吧|之家|号)|【[^】\n\r]{1,40}】|《[^》\n\r]{1,40}》)?(?:"  # 写作帮推荐阅读, 【…】相关文章
    r"(?:更多)?(?:相关|推荐|热门|最新|精彩|延伸|扩展|同类|其他|热点|同专题|同栏目){1,2}(?:文章|阅读|推荐|范文|范本|范例|话题|专题|内容|资料|文档)(?:推荐|阅读)?"
    r"|与(?:本文|《[^》\n\r]{1,60}》)相关的(?:文档|文章|范文|资料)|猜你(?:还|也)?(?:喜欢|感兴趣|想看|爱看)|[你您](?:可能|也许)(?:还|也)?会?(?:喜欢|感兴趣|想看)(?:的(?:文章|文档|内容|范文|资料))?|大家(?:都在看|还看了)"
    r"|看了[^\n\r]{0,40}?的人还看了|为[你您]推荐|(?:全站)?热搜(?:榜|文章|排行)?|往期(?:推荐|回顾|精选|文章)"
    r"|(?:其他人|别人|大家)(?:也|还)(?:看了|在看)"
    r")[ \t]*(?:(?i:top)[ \t]*\d{1,2})?[ \t]*[】\]]?[ \t]*(?:(?:\*\*|__)[ \t]*)?[:]?[ \t]*(?:\*\*|__)?[ \t]*"
    r"(?:[◆★▲△▼▽■●►▶][ \t]*)?"
)
# A character every header above holds (checked before the pattern is compiled: start-up).
_HEADER_CHARS = frozenset("相推热最精延扩同其猜你您大看往")  # 看了…的人还看了, 为您推荐, 全站热搜: 看, 推, 热
# A line that reads as the title of an article: short, no sentence inside it.
_TITLE = lazy(
    r"[ \t]*(?:[·•>*-]|\d{1,2}[.、)]|\(\d{1,2}\))?[ \t]*"
    r"(?:\[(?P<body>[^\s。;!?:,\[\]][^。;!?:\n\r\[\]]{3,40}?)\]\([^()\s]*\)"  # a Markdown link
    r"|(?P<body>[^\s。;!?:,][^。;:\n\r]{3,40}?))[ \t]*(?:\d{4}-\d{1,2}-\d{1,2})?[ \t]*"
)
_ATTACHMENT = lazy(r"[ \t]*附件")
_COLON_END = lazy(r":[ \t]*$")
# A task of the report itself (制定年度培训计划, 编制防汛工作方案) starts with what is to be done.
_ACTION = lazy(
    r"(?:制定|编制|完成|开展|推进|抓好|做好|加强|落实|完善|建立|组织|召开|起草|修订|撰写|形成|报送|提交|印发|出台"
    r"|研究|审议|通过|听取|学习|贯彻|实施|执行|上报|准备|筹备|启动|部署|细化|健全|优化|强化|深化)"
)


def related_titles(doc: Document, residue: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Lines that are a site's list of other articles: the titles under a header such as
    ``相关文章`` / ``猜你喜欢``, and a run of two or more template titles (``…工作总结``,
    ``…实施方案(通用5篇)``) after the end of the article, at the end of the page (lines that
    are other residue from end to end, ``residue``, may stand between and after them)."""
    text = match_text(doc)
    lines = [line for line in doc.lines if line.text.strip()]
    out: list[tuple[int, int]] = []
    taken: set[int] = set()
    may_have_header = not _HEADER_CHARS.isdisjoint(text)
    for i, line in enumerate(lines):
        if not may_have_header or not _LIST_HEADER.fullmatch(text, line.start, line.end):
            continue
        out.append(strip_span(doc.text, line.start, line.end))
        for title in lines[i + 1:]:
            if _LIST_HEADER.fullmatch(text, title.start, title.end) or not _is_title(text, title):
                break
            out.append(strip_span(doc.text, title.start, title.end))
            taken.add(title.number)
    # a run of template titles closing the page, with no header
    whole = _whole_lines(doc, residue)
    rest = [line for line in lines if line.number not in whole]
    run: list = []
    # (two titles and a line of the article before them: with fewer lines no run counts)
    for line in reversed(lines if len(rest) >= 3 else ()):
        if line.number in whole:
            continue
        if line.number in taken:
            break
        if _is_title(text, line):
            body = _TITLE.fullmatch(text, line.start, line.end).group("body")
            if GENRE_END.search(body) and not _ACTION.match(body):
                run.append(line)
                continue
        break
    if len(run) >= 2 and len(run) < len(rest):
        before = rest[len(rest) - len(run) - 1]
        after_text = _ATTACHMENT.match(text, before.start, before.end) is None and not any(
            _ATTACHMENT.match(text, line.start, line.end) for line in run)
        if after_text and not _COLON_END.search(text, before.start, before.end):
            out.extend(strip_span(doc.text, line.start, line.end) for line in run)
    return sorted(set(out))


def _whole_lines(doc: Document, spans) -> set[int]:
    """Numbers of the lines that ``spans`` cover from end to end."""
    out = set()
    for start, end in spans:
        line = doc.line_of(start)
        if not doc.text[line.start:start].strip() and not doc.text[end:line.end].strip():
            out.add(line.number)
    return out


def _is_title(text: str, line) -> bool:
    m = _TITLE.fullmatch(text, line.start, line.end)
    if not m:
        return False
    num = numbering(text[line.start:line.end])
    return num is None or num.style not in ("cn", "fcn", "pcn", "chap")


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
