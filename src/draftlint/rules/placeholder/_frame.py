"""The frame of a page a draft was copied from: site lines before and after the report.

A template site wraps the report in its page: a navigation bar, a breadcrumb, a byline with a
view counter above the title; a download prompt, a copyright line, a list of other articles
below the sign-off. The phrase lists of PH201 (``ph2_residue_markers.txt``) name such residue
one phrase at a time, and every site words it differently. What all of it shares is where it
stands and the words it uses: outside the report's own text, in the vocabulary of a website.

So the lines before the report's first paragraph and after its last are read with a lower bar
than the report itself: there a line is site residue when it holds a word of a site that a
report does not use (``ph2_frame_strong.txt``: 上一篇, 当前位置, 范文, ©, a URL, ``阅读:1,862``),
or two different words a site and a report may share (``ph2_frame_weak.txt``: 会员, 下载,
公众号, 推荐 …), or one of those on a line shaped like a site's (pieces between
separators ``|`` ``›``, or two of `` > `` `` / `` `` · ``, a Markdown link, an emoji).

A paragraph is a line with at least 15 Chinese characters and a comma, full stop, semicolon,
exclamation or question mark after them that is neither mostly residue already found nor in a
site's words (see ``_site_prose``); a ``一、`` or ``第一章`` heading starts the report too. A
document with no paragraph has no frame. What stays quiet: the report's own title (a first line
that is a title may end in 范文 or carry 精选: a reviewer does not mark a title's label; a title
further up keeps its text and only its labels are residue, so a slot in it is still a slot),
the lines of a letterhead or a sign-off (附件, 抄送, 联系人 …), Markdown table rows, and every
line between the first paragraph and the last.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...document import Document, Line
from ...lazyre import lazy
from ._fill import HAN
from ._guard import LiteralFinder
from ._residue import GENRE_END, compile_stored, guarded, match_text, numbering

STRONG = "ph2_frame_strong.txt"
WEAK = "ph2_frame_weak.txt"

# a sentence: punctuation after Chinese text (not a colon: 作者:… 时间:… is a bar)
_PARAGRAPH = lazy(r"\p{Han}[^\r\n]*[,。;!?]")
# strong words a report may still use in a sentence of its own (a school's 优秀范文集, 数字文库)
_REPORT_MAY_USE = lazy(r"范文|范本|范例|文库|资料库|热搜|\d+\s*篇")
# the words of a site that may also be the words of a report's title (2023年工作总结范文(精选))
_TITLE_LABEL = lazy(r"范文|范本|范例|精选|合集|大全|\d+\s*篇")
# the lines of a letterhead, an attachment list or a sign-off, and Markdown table rows
_OFFICE_LINE = lazy(
    r"[ \t]*(?:附件|附表|附:|抄送|抄报|主送|报送|印发|联系人|联系电话|地址|邮编)"
    r"|[ \t]*\|.*\|[ \t]*$"
)
# a line shaped like a site's: short pieces between separators, a Markdown link, an emoji
_SITE_SHAPE = lazy(
    r"[|｜›»┃]|::|[ \t](?:>|/|·|•|◆|‧|▸|→)[ \t][^\r\n]*[ \t](?:>|/|·|•|◆|‧|▸|→)[ \t]"
    r"|\[[^\]\r\n]*\]\([^)\r\n]*\)"
    r"|\p{Extended_Pictographic}",  # an emoji: a report writes none
    regex.VERSION1,
)


# the flags the entries of the word lists are compiled with (they are matched on lower case)
FRAME_FLAGS = int(regex.VERSION1)


@lru_cache(maxsize=None)
def _entry_pattern(entry: str) -> regex.Pattern:
    return compile_stored(entry, FRAME_FLAGS)


@lru_cache(maxsize=None)
def _index(name: str) -> tuple[LiteralFinder, tuple, dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For word list ``name``: its guard strings (``ph2_guards.json``: for each set of an
    entry's guard, strings one of which every match holds), looked up in one scan; its
    entries with their guards; for each string, the entries whose first guard set holds it;
    and the entries without a guard."""
    entries = tuple((entry, req) for entry, _flags, req in guarded(name))
    by_string: dict[str, list[int]] = {}
    for i, (_entry, req) in enumerate(entries):
        for s in req[0] if req else ():
            by_string.setdefault(s, []).append(i)
    finder = LiteralFinder(s for _entry, req in entries for strings in req for s in strings)
    unguarded = tuple(i for i, (_entry, req) in enumerate(entries) if not req)
    return finder, entries, {s: tuple(ids) for s, ids in by_string.items()}, unguarded


def _words(name: str, low: str) -> list[regex.Match]:
    """What the entries of word list ``name`` joined into one alternation (``(?:e1)|(?:e2)|…``)
    find in ``low``, a line in lower case (the entries are written in lower case; folding
    case in the pattern instead costs many times as much).

    Such an alternation of the strong list tries all its eighty entries at every character
    (about 250 µs a line). Here one scan tells which guard strings the line holds, only the
    few entries whose guards it holds are searched, each with the engine's own fast scan for
    its start, and their matches are put together as the alternation would take them (see
    :func:`alternation_matches`)."""
    finder, entries, by_string, unguarded = _index(name)
    present = finder.present(low)
    chosen = set(unguarded)
    for s in present:
        chosen.update(by_string.get(s, ()))
    return alternation_matches([_entry_pattern(entries[i][0]) for i in sorted(chosen)
                                if all(not present.isdisjoint(strings) for strings in entries[i][1][1:])], low)


def alternation_matches(patterns: list[regex.Pattern], text: str) -> list[regex.Match]:
    """The matches ``(?:p1)|(?:p2)|…`` finds in ``text`` (``finditer``), found pattern by
    pattern: at each step the match that starts first, of the earliest pattern among those
    that start there (the alternation tries its branches in order at each place, and a
    branch that matches at a place is what the pattern's own search finds there); a pattern
    whose next match starts before the end of the one taken is searched again from that end.
    None of the patterns may match the empty string or refer to a group by number."""
    pending = []  # (start, place of the pattern in the list, its next match)
    for i, pattern in enumerate(patterns):
        m = pattern.search(text)
        if m is not None:
            pending.append((m.start(), i, m))
    out = []
    while pending:
        _start, _i, m = min(pending)
        out.append(m)
        pos = m.end()
        later = []
        for start, i, found in pending:
            if start < pos:
                found = patterns[i].search(text, pos)
                if found is None:
                    continue
                start = found.start()
            later.append((start, i, found))
        pending = later
    return out


# a bracketed aside: a title's (范本,可参考) makes no sentence of it
_ASIDE = lazy(r"[(【\[][^()【】\[\]\r\n]{0,30}[)】\]]")


def _is_paragraph(text: str) -> bool:
    if "(" in text or "【" in text or "[" in text:
        text = _ASIDE.sub("", text)
    return len(HAN.findall(text)) >= 15 and _PARAGRAPH.search(text) is not None


def _opens_report(text: str, kind: str) -> bool:
    num = numbering(text, kind)
    return num is not None and num.style in ("cn", "fcn", "chap")


def site_lines(doc: Document, found: list[tuple[int, int]]
               ) -> tuple[list[Line], list[tuple[Line, list[tuple[int, int]] | None]]]:
    """The lines of the frame (before the report's first paragraph and after its last), and
    those of them that read as a site's (see the module docstring), each with the spans to
    report: None for the whole line; for a title above the report (``【免费范本】○○县…工作报告``,
    ``…工作总结范文2篇``) only its site labels, since the rest is the report's own title and
    may hold a slot of its own. ``found`` holds the spans other analyses already report
    (residue, instructions): a line they cover for the most part is no paragraph, and a line
    they touch is left as it is."""
    text = match_text(doc)
    lines = [line for line in doc.lines if line.text.strip()]
    covered: dict[int, int] = {}  # line number: characters already reported on it
    for start, end in found:
        number = doc.line_of(start).number
        covered[number] = covered.get(number, 0) + end - start

    def mostly_found(line: Line) -> bool:  # mostly residue or an instruction: no paragraph
        return 2 * covered.get(line.number, 0) >= len(text[line.start:line.end].strip())

    def paragraph(line: Line) -> bool:
        body = text[line.start:line.end]
        return not mostly_found(line) and _is_paragraph(body) and not _site_prose(body)

    # only the lines up to the first paragraph and from the last one on are read at all
    first = next((i for i, line in enumerate(lines) if paragraph(line)
                  or (not mostly_found(line) and _opens_report(text[line.start:line.end], doc.kind))), None)
    if first is None:
        return [], []
    last = next((i for i in range(len(lines) - 1, first - 1, -1) if paragraph(lines[i])), None)
    zone = lines[:first] + (lines[last + 1:] if last is not None else [])
    out: list[tuple[Line, list[tuple[int, int]] | None]] = []
    for i, line in enumerate(zone):
        body = text[line.start:line.end]
        if _OFFICE_LINE.match(body):
            continue
        bar = _SITE_SHAPE.search(body) is not None or ":" in body
        # (the labels of a title above the report: None for a bar, a line below it, no title)
        labels = None if bar or i >= first else _title_labels(body)
        if line.number in covered:
            # a title that other residue touches ((可直接套用)) still loses its other labels
            # (【範本分享】); any other such line is left to the residue found on it
            if (labels is not None and not _SENTENCE_MARK.search(_ASIDE.sub("", body))
                    and _site_like(body, is_title=line is lines[0])):
                spans = [(line.start + s, line.start + e) for s, e in labels]
                spans = [(s, e) for s, e in spans if not any(fs < e and s < fe for fs, fe in found)]
                if spans:
                    out.append((line, spans))
            continue
        if not _site_like(body, is_title=line is lines[0] and labels is not None):
            continue
        out.append((line, None if labels is None else [(line.start + s, line.start + e) for s, e in labels]))
    return zone, out


_SENTENCE_MARK = lazy(r"[,。;!?]")  # (folded text: ASCII comma) a title holds none
_BRACKETED = lazy(r"[【\[(][^】\])\r\n]{1,12}[】\])]")


def _title_labels(body: str) -> list[tuple[int, int]] | None:
    """The site's labels in a line that is a report's title with them (``【免费范本】``, ``范文2篇``),
    or None when what is left is no title."""
    low = body.lower()
    spans = []
    for start, end in [m.span() for name in (STRONG, WEAK) for m in _words(name, low)]:
        group = next((g.span() for g in _BRACKETED.finditer(body) if g.start() <= start and end <= g.end()), None)
        spans.append(group or (start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    rest = "".join(body[a:b] for a, b in zip([0] + [e for _s, e in merged], [s for s, _e in merged] + [len(body)]))
    return merged if GENRE_END.search(rest.strip()) else None


def _signals(body: str) -> tuple[set[str], set[str]]:
    low = body.lower()
    return ({m.group() for m in _words(STRONG, low)}, {m.group() for m in _words(WEAK, low)})


def _site_prose(body: str) -> bool:
    """Prose in a site's words: a word of the strong list a report never uses (上一篇, 下载券,
    ©); two site words, one of them strong; four of the weak list; or one on a line shaped like
    a site's (a report may say 群众可登录门户网站下载, or name the 范文 its school collects, in a
    sentence of its own)."""
    strong, weak = _signals(body)
    if any(not _REPORT_MAY_USE.fullmatch(w) for w in strong):
        return True
    if strong:
        return len(strong) + len(weak) >= 2 or _SITE_SHAPE.search(body) is not None
    return len(weak) >= 4 or (len(weak) >= 1 and _SITE_SHAPE.search(body) is not None)


def site_like(body: str) -> bool:
    """Does a line (of the simplified, folded text) read as a site's: a strong word, two weak
    ones, or one on a line shaped like a site's?"""
    return _site_like(body, is_title=False)


def _site_like(body: str, is_title: bool) -> bool:
    strong, weak = _signals(body)
    if is_title:  # the report's own title may carry the label of the site that listed it
        strong = {w for w in strong if not _TITLE_LABEL.fullmatch(w)}
        weak = {w for w in weak if not _TITLE_LABEL.fullmatch(w)}
    return bool(strong) or len(weak) >= 2 or (len(weak) == 1 and _SITE_SHAPE.search(body) is not None)
