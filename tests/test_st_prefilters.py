"""ST shortcuts find exactly what the plain search finds.

For speed the ST rules skip work that cannot find anything: a line whose first character
cannot open a marker, a line without what an inline pattern needs, a paragraph without a
quote or bracket, a text without what a figure pattern needs. Each shortcut is checked here
against the plain search it stands for, on the project's drafts and on generated text full
of markers, spaces, full-width forms and every kind of line break.
"""

import random

import regex

from draftlint.document import Document
from draftlint.load import load_path
from draftlint.rules.structure import _numbering as N
from draftlint.rules.structure import _pairs, malformed_figure, split_percent
from draftlint.rules.structure._layout import code_lines, content_start
from draftlint.rules.structure._prose import masked

from conftest import FIXTURES

MARKERS = [
    "一、", "二、", "十二、", "(一)", "（二）", "( 三 )", "(1)", "（２）", "1、", "2.", "３．", "12、", "1)", "①", "②",
    "一是", "二是", "三要", "第一,", "第二，", "第三章", "第2条", "首先,", "其次，", "篇一:", "【篇二】", "范文三 ",
    "(-)", "(–)", "- 3 -", "(l)", "陸、", "範文二:", "一.", "2 、", "-、", "第3页",
]
WORDS = [
    "工作", "推进", "项目", "建设", "完成", "增长", "：", ":", "；", "，", "。", "、", " ", "\u3000", "\t", "“", "”",
    "‘", "’", "「", "」", "《", "》", "【", "】", "(", ")", "（", "）", '"', "'", "12", "3.5", "６", "2O22", "%o",
    "%%", " %", "60 ％", "5..3", "..", "www.a.cn", "a@b.cn", "`x`", "第", "是", "要", "十", "二季度",
]
STARTS = ["", "", "  ", "\u3000\u3000", "\ufeff", "# ", "- ", "```\n"]
BREAKS = ["\n", "\n", "\r\n", "\r", "\n\n"]


def _generated(seed: int, lines: int = 60) -> str:
    """Lines that often start with a marker and hold markers after punctuation."""
    rng = random.Random(seed)
    breaks = BREAKS if seed % 2 else [b for b in BREAKS if b != "\r"]  # a lone \r changes how heads are found
    out = []
    for _ in range(lines):
        body = [rng.choice(MARKERS + WORDS) for _ in range(rng.randrange(12))]
        out.append(rng.choice(STARTS) + rng.choice(MARKERS + WORDS) + "".join(body) + rng.choice(breaks))
    return "".join(out)


def _documents() -> list[Document]:
    docs = [Document(_generated(seed), kind=kind) for seed in range(60) for kind in ("txt", "md")]
    for path in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md")):
        docs.append(load_path(str(path)))
    return docs


def _item_key(it):
    return (it.kind, it.value, it.start, it.end, it.num_start, it.num_end, it.text, it.line.number, it.inline, it.empty)


def test_line_start_first_characters_are_exact():
    # every character that can begin a match of a LINE_START pattern, found with partial matching
    union = regex.compile("|".join(f"(?:{pat.pattern})" for _, pat in N.LINE_START))
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    can_start = {c for c in chars if union.match(c, partial=True)}
    assert can_start == set(N.HEAD_FIRST)
    for (kind, pat), first in zip(N.LINE_START, N.LINE_START_FIRST):
        assert {c for c in can_start if pat.match(c, partial=True)} == set(first), kind


class _EveryPattern:
    """Stands in for the first-character dispatch: every pattern for every character."""

    def get(self, char):
        return [(kind, pat, "n" in pat.groupindex) for kind, pat in N.LINE_START]


def test_line_start_dispatch_knows_which_patterns_hold_a_numeral():
    # (the dispatch's flag stands for _value's look at the group dict)
    for entries in N._LINE_START_BY_FIRST.values():
        for kind, pat, has_n in entries:
            assert has_n == ("n" in pat.groupindex), kind


def test_line_heads_are_those_of_every_line(monkeypatch):
    docs = _documents()
    fast = [{n: _item_key(it) for n, it in N.line_heads(doc).items()} for doc in docs]
    monkeypatch.setattr(N, "_LINE_START_BY_FIRST", _EveryPattern())
    for doc, heads in zip(docs, fast):
        brute = {}
        for line in doc.lines:
            item = N._line_start_item(doc, line, doc.simplified)
            if item is not None:
                brute[line.number] = _item_key(item)
        assert heads == brute, doc.path


def _inline_items_of_line(doc, line, after):
    """The plain search the whole-text one stands for: every INLINE pattern over the line's
    own text from ``after``, in turn, a match that overlaps one taken before left out."""
    text = doc.simplified[line.start:line.end]
    found, taken = [], []
    for kind, pat in N.INLINE:
        for m in pat.finditer(text, after):
            s, e = m.start(), m.end()
            prev = N._prev_char(text, s)
            if kind == "ar_dun":
                if prev not in N.COLON:
                    continue
            elif prev and prev not in N.DELIM:
                continue
            if any(a < e and s < b for a, b in taken):
                continue
            v, grp = N._value(m)
            if v is None:
                continue
            taken.append((s, e))
            found.append((kind, v, line.start + s, line.start + e, line.start + m.start(grp), line.start + m.end(grp),
                          doc.text[line.start + s:line.start + e], line.number, True, False))
    return found


def test_inline_markers_are_those_of_every_pattern_on_every_line():
    extra = [Document(t) for t in ("要点：1、一是；2. 二是\n：\u3000１２、三是", "一是(一)\r二是 ：3、四\r\n（ 二 ）是",
                                   "好，（\n一）推进，（\r\n2）好\n：1\n、工作，第二\n，三")]
    for doc in _documents() + extra:
        heads = N.line_heads(doc)
        skip = code_lines(doc)
        brute = []
        for line in doc.lines:
            if line.is_blank or line.number in skip:
                continue
            head = heads.get(line.number)
            after = (head.end - line.start) if head else content_start(line, doc.kind)
            brute += _inline_items_of_line(doc, line, after)
        fast = [_item_key(it) for it in N.collect_items(doc) if it.inline]
        # collect_items may mark a nested list (kind + "~in"); compare the rest, in order
        assert [k[1:] for k in fast] == [k[1:] for k in sorted(brute, key=lambda k: k[2])], doc.path
        assert [k[0].removesuffix(N.SUBLIST) for k in fast] == [k[0] for k in sorted(brute, key=lambda k: k[2])], doc.path


def test_figure_prefilters_never_skip_a_match():
    for doc in _documents():
        skip = masked(doc)
        found = [(v.span.start, v.span.end) for v in malformed_figure.check(doc, {})]
        plain = [(m.start(), m.end()) for pat, *_ in malformed_figure._PATTERNS for m in pat.finditer(doc.text)]
        assert found == [s for s in plain if s[0] not in skip], doc.path
        found = [(v.span.start, v.span.end) for v in split_percent.check(doc, {})]
        plain = [(m.start(), m.end()) for m in split_percent._SPLIT.finditer(doc.text)]
        assert found == [s for s in plain if s[0] not in skip], doc.path


def test_pairs_quick_test_for_well_nested_paragraphs_changes_nothing(monkeypatch):
    docs = _documents() + [Document(t) for t in (
        "他说“好(对)”。", "他说‘don’。", "“don’t”", "‘don’t’", "“(”)", "(（)）", "「『』」", "“a” \"b\"", "【(】)", "《“》”",
    )]
    fast = [[(i.code, i.start, i.char, i.reason, i.partner, i.other) for i in _pairs._analyze(doc)] for doc in docs]
    monkeypatch.setattr(_pairs, "_well_nested", lambda text, chars: False)
    slow = [[(i.code, i.start, i.char, i.reason, i.partner, i.other) for i in _pairs._analyze(doc)] for doc in docs]
    assert fast == slow
    assert any(fast)


def _masked_plain(doc: Document) -> set[int]:
    """What ``masked`` stands for: the URL pattern over the whole text (and code as before)."""
    from draftlint.rules.structure import _prose

    out: set[int] = set()
    for m in _prose._URL.finditer(doc.text):
        out.update(range(m.start(), m.end()))
    if doc.kind == "md":
        for m in _prose._CODE_SPAN.finditer(doc.text):
            out.update(range(m.start(), m.end()))
    for n in code_lines(doc):
        line = doc.lines[n - 1]
        out.update(range(line.start, line.end))
    return out


URL_PIECES = ["http://", "https://", "ftp://", "www.", "wwww.", "@", ":/", "a", "Z", "1", ".", "-", "_", "+", " ",
              "\u3000", "\x85", "\t", "，", "。", "、", "中", "(", ")", "（", "[", "【", "“", '"', "'", "<", "b.cn",
              "x@y", "\n", "\r\n"]


def test_url_tokens_find_what_the_url_pattern_finds_in_the_whole_text():
    rng = random.Random(7)
    docs = _documents() + [Document("".join(rng.choice(URL_PIECES) for _ in range(rng.randrange(30))))
                           for _ in range(3000)]
    docs += [Document(t) for t in ("见https://a.cn/路径，或www.b.cn。", "邮箱a.b+c@d-e.cn.", "x@y@z.cn", "(www.a.cn)")]
    for doc in docs:
        assert masked(doc) == _masked_plain(doc), repr(doc.text)


def test_doubled_punctuation_run_is_the_plain_pattern():
    import re

    from draftlint.rules.structure import doubled_punctuation as dp

    lone_dot = r"(?<![.0-9A-Za-z])\.(?![.0-9A-Za-z])"
    mark = rf"(?:[{dp._MARKS}]|{lone_dot})"
    plain = re.compile(rf"{mark}(?:[ \u3000]*{mark})+")
    rng = random.Random(3)
    pieces = list("，,、；;：:。．. \u3000a1Z.中") + ["..", "1.2", "No."]
    texts = [doc.text for doc in _documents()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(30))) for _ in range(5000)]
    for text in texts:
        assert [m.span() for m in dp._RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


def _paragraph_documents() -> list[Document]:
    """Drafts whose paragraphs run over line breaks, page markers and blank lines."""
    rng = random.Random(11)
    wrapped = "他说“这是一段很长的话，它在这里被硬换行了，要接着读下去才能看到后引号" + "\n" + "在这里”。（括号也" + "\n" + "跨行）。"
    pieces = ["二、加强组织领导，", "“引文没有结束", "引文结束”。", "（括号", "括号完）", "- 3 -", "第3页", "",
              "这一句没有说完而且足够长足够长足够长足够长足够长足够长", "好。", "1、分项", "```", "【篇二】", wrapped]
    docs = []
    for seed in range(200):
        lines = [rng.choice(pieces) for _ in range(rng.randrange(1, 25))]
        for kind in ("txt", "md", "docx"):
            docs.append(Document(rng.choice(["\n", "\n\n", "\r\n"]).join(lines), kind=kind))
    return docs


def test_paragraphs_around_a_line_are_those_of_the_whole_draft():
    from draftlint.rules.structure._layout import paragraphs, paragraphs_around

    joined = 0
    for doc in _documents() + _paragraph_documents():
        heads = N.line_heads(doc)
        starts_item = lambda ln: ln.number in heads  # noqa: E731
        whole = paragraphs(doc, starts_item)
        joined += sum(len(p.pieces) > 1 for p in whole)
        for line in doc.lines:
            holding = [p for p in whole if any(s == line.start for s, _ in p.pieces)]
            around = paragraphs_around(doc, line, starts_item)
            assert all(p in whole for p in around), (doc.text, line)
            if holding:
                assert around[-1] == holding[0], (doc.text, line)
    assert joined > 200  # paragraphs over several lines, the case that needs the blocks before


def test_pairs_looked_at_around_bad_lines_find_what_every_paragraph_finds():
    from draftlint.rules.structure._layout import paragraphs
    from draftlint.rules.structure._residue import residue_lines

    def every_paragraph(doc):
        text = doc.text
        skip = masked(doc)
        offsets = [m.start() for m in _pairs._WANTED.finditer(text) if m.start() not in skip]
        if not offsets:
            return []
        heads = N.line_heads(doc)
        issues = []
        for para in paragraphs(doc, lambda ln: ln.number in heads):
            issues += _pairs._paragraph_issues(doc, text, offsets, para)
        if issues:
            residue = residue_lines(doc, "PH201")
            issues = [i for i in issues if doc.line_of(i.start).number not in residue]
        issues.sort(key=lambda i: i.start)
        return [(i.code, i.start, i.char, i.reason, i.partner, i.other) for i in issues]

    found = 0
    for doc in _documents() + _paragraph_documents():
        fast = [(i.code, i.start, i.char, i.reason, i.partner, i.other) for i in _pairs._analyze(doc)]
        assert fast == every_paragraph(doc), doc.text
        found += bool(fast)
    assert found > 50


def test_glyph_lines_are_those_multiline_caret_finds():
    import re

    plain = re.compile(r"(?m)^" + N._GLYPH_AT_START.pattern)
    extra = [Document(t) for t in ("Z.开始\n\nZ.二\n  l、三\n", "\nS.x", "a\n1O.十\n")]
    for doc in _documents() + extra:
        if doc.kind == "md" or "\r" in doc.text:
            continue  # (every line is tried there)
        text = doc.simplified
        fast = ([0] if N._GLYPH_AT_START.match(text) else []) + [m.start() + 1 for m in N._GLYPH_LINE.finditer(text)]
        assert fast == [m.start() for m in plain.finditer(text)], repr(text)


def test_figure_searches_at_marks_find_what_the_patterns_find():
    rng = random.Random(5)
    pieces = ["5", "１", "%", "％", "‰", "o", "O", "ｏ", "Ｏ", ".", "．", " ", "\u3000", "a", "中", "\n", "2O22", "%%%"]
    docs = [Document("".join(rng.choice(pieces) for _ in range(rng.randrange(25)))) for _ in range(4000)]
    kinds, split = set(), 0
    for doc in docs:
        violations = list(malformed_figure.check(doc, {}))
        plain = [(m.start(), m.end()) for pat, *_ in malformed_figure._PATTERNS for m in pat.finditer(doc.text)]
        assert [(v.span.start, v.span.end) for v in violations] == plain, repr(doc.text)
        kinds.update(v.data["kind"] for v in violations)
        found = [(v.span.start, v.span.end) for v in split_percent.check(doc, {})]
        assert found == [(m.start(), m.end()) for m in split_percent._SPLIT.finditer(doc.text)], repr(doc.text)
        split += bool(found)
    assert len(kinds) == len(malformed_figure._PATTERNS) and split > 50


def test_lines_not_well_nested_are_those_well_nested_turns_down():
    from bisect import bisect_right

    docs = _documents() + _paragraph_documents() + [Document(t) for t in (
        "他说“好(对)”。\n“don’t”\n‘a’\n(（)）\n“\n”", "\r“a”\r\n（b\n）", "a\n\n\n“", "")]
    bad = 0
    for doc in docs:
        text = doc.text
        offsets = [m.start() for m in _pairs._WANTED.finditer(text)]
        starts = [line.start for line in doc.lines]
        by_line: dict[int, list] = {}
        for off in offsets:
            by_line.setdefault(bisect_right(starts, off), []).append((off, text[off]))
        plain = [n for n, chars in sorted(by_line.items()) if not _pairs._well_nested(text, chars)]
        fast = [line.number for line in _pairs._lines_not_well_nested(doc, text, offsets)]
        assert fast == plain, repr(text)
        bad += len(fast)
    assert bad > 100


def test_every_chinese_numeral_ends_like_its_plain_form():
    # _lost_shi_at_the_end looks for the last character of the plain form (十一 for 一十一)
    import itertools

    from draftlint.rules.structure._numerals import CN_CHARS, cn_to_int, int_to_cn

    seen = 0
    for length in (1, 2, 3):
        for chars in itertools.product(CN_CHARS, repeat=length):
            numeral = "".join(chars)
            value = cn_to_int(numeral)
            if value is not None:
                assert numeral[-1] == int_to_cn(value)[-1], numeral
                seen += 1
    assert seen > 99


def test_content_start_shortcut_agrees_with_the_indent_pattern():
    from draftlint.document import Line
    from draftlint.rules.structure import _layout

    # every character the indent pattern takes is one that str.isspace() (or U+FEFF) takes
    indent = regex.compile(r"[\s\u3000\ufeff]")
    for c in range(0x10000):
        if not 0xD800 <= c < 0xE000 and indent.match(chr(c)):
            assert chr(c).isspace() or chr(c) == "\ufeff", hex(c)
    for text in ("", "a", " a", "\u3000\u3000一、", "\ufeff一", "\x1c一", "\u2028x", "\t\t"):
        assert _layout.content_start(Line(1, 0, len(text), text), "txt") == _layout._WS.match(text).end(), repr(text)


def test_site_residue_lines_are_the_lines_of_ph201_findings():
    # ST reads PH201's pieces instead of its findings: the same lines, on every draft
    from draftlint.rules.structure._residue import residue_lines, site_residue_lines

    docs = [load_path(str(p)) for p in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md"))]
    with_residue = 0
    for doc in docs:
        lines = site_residue_lines(doc)
        assert lines == residue_lines(doc, "PH201"), doc.path
        with_residue += bool(lines)
    assert with_residue >= 10  # (the fixtures hold plenty of site residue)
