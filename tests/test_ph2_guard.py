"""The guards of the PH2 phrase lists only skip what cannot match: a speed-up, never a change."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from draftlint.load import load_bytes
from draftlint.rules.placeholder._guard import may_match, required
from draftlint.rules.placeholder._residue import compile_each, guarded, match_text

ROOT = Path(__file__).resolve().parents[1]
LISTS = ["ph2_residue_markers.txt", "ph2_residue_extenders.txt", "ph2_instruction_phrases.txt",
         "ph2_word_placeholders.txt", "ph2_instruction_contents.txt", "ph2_frame_strong.txt",
         "ph2_frame_weak.txt"]


def test_a_fixed_run_gives_its_rarest_stretch():
    # up to four characters a longer string is the rarer one: 更新时间: rather than 时间:
    assert required(r"(?m:^\s*(?:更新|发布|上传)(?:时间|日期)[::]\s*\d{4})", False) == (
        frozenset({"更新时间:", "更新日期:", "发布时间:", "发布日期:", "上传时间:", "上传日期:"}),)
    # beyond that fewer strings matter more
    assert required(r"(?:关于|有关)(?:本站|本网)(?:的)?(?:最新|全部)声明", False) == (
        frozenset({"最新声明", "全部声明"}), frozenset({"关于本站", "关于本网", "有关本站", "有关本网"}))


def test_optional_parts_and_lookbehinds_are_not_required():
    assert required(r"(?:本站)?小编(?<=整理)", False) == (frozenset({"小编"}),)


def test_a_lookahead_is_required_in_the_text_searched_and_keep_out_changes_nothing():
    # a search that ends at ``endpos`` does not look ahead past it either
    assert required(r"(?:本站)?小编(?=整理)", False) == (frozenset({"小编"}), frozenset({"整理"}))
    assert required(r"(?m:^[ \t]*\K(?=[^\n]*(?:浏览|阅读))(?:作者|来源)[::])", False) == (
        frozenset({"作者:", "来源:"}), frozenset({"浏览", "阅读"}))
    assert required(r"a\\K", False) == (frozenset({"a\\K"}),)  # an escaped backslash, then K
    assert required(r"(?<![a-z])ctrl\s*\+\s*d", True) == (frozenset({"ctrl"}), frozenset({"d"}))


@pytest.mark.parametrize("pattern", [r"[\s\p{P}&&[^\n]]{0,3}x", r"\d+[ \t]+\d+", r"(?:a|\d+)b{0}"])
def test_no_guard_where_nothing_is_known_or_the_syntax_is_the_regex_modules_own(pattern):
    assert required(pattern, False) == ()


def test_punctuation_guards_only_where_no_telling_string_is_required():
    assert required(r"\d{4}-\d{2}", False) == (frozenset({"-"}),)
    assert required(r"更新\d+-\d", False) == (frozenset({"更新"}),)
    # either branch: a mark of one or of the other, not the blanks before the second
    assert required(r"(?:\d+>|\d+[ \t]+/\d)\d", False) == (frozenset({">", "/"}),)
    assert not may_match(required(r"\d{4}-\d{2}", False), False, "现将本镇上半年工作总结如下。")


def test_guard_reads_case_folded_text_for_case_insensitive_patterns():
    req = required("copyright", True)
    assert may_match(req, True, "COPYRIGHT 2023") and not may_match(req, True, "版权所有")


def _texts() -> list[str]:
    out = []
    for folder in (ROOT / "fixtures" / "placeholder", ROOT / "examples"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".md", ".docx"):
                out.append(match_text(load_bytes(path.read_bytes(), str(path))))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        out += [match_text(load_bytes(p.read_bytes(), str(p))) for p in sorted(shared.glob("*.txt"))]
    return out


@pytest.mark.parametrize("name", LISTS)
def test_a_guard_never_rejects_a_text_its_pattern_matches(name):
    texts = _texts()
    assert texts
    checked = 0
    for pattern, (entry, flags, req) in zip(compile_each(name), guarded(name)):
        ignorecase = bool(flags & regex.IGNORECASE)
        for text in texts:
            if pattern.search(text):
                checked += 1
                assert may_match(req, ignorecase, text), entry
            for line in regex.finditer(r"[^\r\n]+", text):
                if pattern.search(text, line.start(), line.end()):
                    assert may_match(req, ignorecase, text, line.start(), line.end()), entry
    assert checked


def test_the_stored_guards_are_those_derived_now():
    """data/ph2_guards.json saves the start-up cost of deriving every guard; it must never go
    stale (regenerate with ``python -m draftlint.rules.placeholder._residue --regenerate``)."""
    from importlib import resources

    from draftlint.rules.placeholder._residue import GUARDS_FILE, guards_json

    stored = resources.files("draftlint.data").joinpath(GUARDS_FILE).read_text(encoding="utf-8")
    assert stored == guards_json()


def _stored_or_skip(_residue) -> dict:
    """The stored patterns; the test is skipped when the file was made under another version
    of regex or Python than this run's (an install with a newer regex than the one the file
    was made with: it compiles the patterns, see the test below)."""
    made_with = _residue._stored_file().get("version")
    assert made_with, f"{_residue.COMPILED_FILE} is missing or unreadable: regenerate it"
    if made_with != _residue._pattern_version():
        pytest.skip(f"{_residue.COMPILED_FILE} was made with {made_with}; this is "
                    f"{_residue._pattern_version()} (regenerate it to store patterns for it)")
    return _residue._stored_patterns()


def test_under_another_version_nothing_stored_is_read_and_patterns_are_compiled(monkeypatch):
    import pickle

    from draftlint.rules.placeholder import _residue

    monkeypatch.setattr(_residue, "_pattern_version", lambda: "regex 0.0, Python 0.0")
    monkeypatch.setattr(_residue, "_compiles", _residue._COMPILES_BEFORE_STORE)
    assert _residue._stored_patterns() == {}
    source, flags = _residue._stored_sources()[0]
    monkeypatch.setattr(pickle, "loads", lambda data: pytest.fail("a stored pattern was read"))
    pattern = _residue.compile_stored(source, flags)
    assert (pattern.pattern, pattern.flags) == (source, regex.compile(source, flags).flags)


def test_the_stored_compiled_patterns_are_those_compiling_gives_now():
    """data/ph2_compiled.pickle saves compiling the lists' patterns in every process; it must
    hold every pattern the lists compile to now, under the regex and Python of this run, and
    each must be the pattern compiling gives (regenerate as above). The engine's program is
    not compared byte for byte: the order of a set's members in it follows the string hashes
    of the process that compiled it."""
    import pickle

    from draftlint.rules.placeholder import _residue

    stored = _stored_or_skip(_residue)
    assert set(stored) == set(_residue._stored_sources())
    texts = _texts()[:40] + _LINES
    for (source, flags), blob in stored.items():
        loaded, fresh = pickle.loads(blob), regex.compile(source, flags)
        assert (loaded.pattern, loaded.flags, loaded.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        assert [m.span() for text in texts for m in loaded.finditer(text)] == \
            [m.span() for text in texts for m in fresh.finditer(text)], source


def test_a_pattern_the_store_does_not_hold_is_compiled_and_one_it_holds_read(monkeypatch):
    import pickle

    from draftlint.rules.placeholder import _residue

    monkeypatch.setattr(_residue, "_compiles", _residue._COMPILES_BEFORE_STORE)
    pattern = _residue.compile_stored(r"本站(?:没有)存的\d+", int(regex.VERSION1))
    assert pattern.search("本站没有存的12").group() == "本站没有存的12"
    (source, flags), blob = next(iter(_stored_or_skip(_residue).items()))
    loads = []
    monkeypatch.setattr(pickle, "loads", lambda data: loads.append(data) or regex.compile(source, flags))
    assert _residue.compile_stored(source, flags).pattern == source
    assert loads == [blob]


@pytest.mark.parametrize("name", LISTS)
def test_every_list_run_with_guards_has_them_stored(name):
    from draftlint.rules.placeholder._residue import _stored, derive, load_entries

    stored = _stored()
    for entry in load_entries(name):
        assert stored[(name, entry)] == derive(entry), entry


def test_one_scan_finds_every_guard_string_even_overlapping_ones():
    from draftlint.rules.placeholder._guard import LiteralFinder

    finder = LiteralFinder(["小编", "编辑", "小编推荐", "首页", "页", "下载"])
    assert finder.present("本文由小编辑录, 返回首页") == {"小编", "编辑", "首页", "页"}
    assert finder.present("小编推荐") == {"小编", "小编推荐"}
    assert finder.present("正文") == set()
    assert LiteralFinder([]).present("小编") == set()
    # within a part of the text: only what lies there from end to end
    assert finder.present("小编推荐 首页", 1, 7) == {"首页", "页"}
    assert finder.present("小编推荐 首页", 1, 6) == set()
    assert finder.occurrences("小编辑的\n小编推荐 小编") == {"小编": [0, 5, 10], "编辑": [1], "小编推荐": [5]}


@pytest.mark.parametrize("name", LISTS)
def test_one_scan_agrees_with_a_search_per_string(name):
    from draftlint.rules.placeholder._residue import _finders

    finder, folding = _finders(name)
    for text in _texts() + _LINES:
        assert finder.occurrences(text) == _starts(finder.strings, text)
        found = folding.occurrences(text)
        assert found is None or found == _starts(folding.strings, text.casefold())
        for line in regex.finditer(r"[^\r\n]+", text):
            assert finder.present(text, line.start(), line.end()) == {s for s in finder.strings if s in line.group()}


def _starts(strings, text):
    out = {}
    for s in strings:
        at = text.find(s)
        while at >= 0:
            out.setdefault(s, []).append(at)
            at = text.find(s, at + 1)
    return out


def test_a_case_insensitive_scan_finds_what_the_lower_case_text_holds():
    from draftlint.rules.placeholder._guard import LiteralFinder

    finder = LiteralFinder(["copyright", "icp", "to enter ", "abc"], ignorecase=True)
    assert finder.present("COPYRIGHT © 2023 ICP备 123") == {"copyright", "icp"}
    assert finder.present("Click to Enter text") == {"to enter "}
    assert finder.present("版权所有") == set()
    assert finder.occurrences("ABC\nxAbC") == {"abc": [0, 5]}
    # not told this way where the case-folded text is not one character for one
    assert finder.present("İCP备") is None  # İ folds to two characters
    assert finder.occurrences("ß\nabc") is None  # ß folds to two


def test_a_group_that_folds_case_requires_no_fixed_letters():
    assert required(r"(?:(?i:vip)|会员)专享", False) == (frozenset({"专享"}),)
    assert required(r"(?:开通|升级)(?i:vip)", False) == (frozenset({"升级", "开通"}),)
    assert may_match(required(r"下载(?i:word)", False), False, "点击下载WORD")


# residue on lines of their own, between lines, at the very start and end, after "\r\n" and a
# lone "\r", with text that looks alike: the line windows of find_all must not change a match
_LINES = [
    "本站小编 免费范文网 2018-01-12\n正文第一段。\r\n更新时间:2022-10-01 来源:网友投稿\r\n浏览次数:123\n",
    "来源:\n网络\n作者:\tadmin\n点击下载全文\r点击下载本文\n\n\n- 2 -\n首页 > 工作总结 > 年终总结\n",
    "如有侵权请联系删除。\n©2024 某某网 版权所有\n(CTRL+D)收藏本页\n【字体:大 中 小】",
    "回到顶部\n返回上一页 | 打印本文 | 关闭窗口\n相关文章\n以上就是《工作总结》的全部范文\n请收藏本站",
    "\n\n欢迎阅读\n\n", "", "  2023-07-20 10:30\n正文 2023-07-20 10:30\n",
    # residue after blank lines: a look-behind (?<=^\s*) reads over the line breaks before it
    "正文。\n\n   作者 | 张三\n  \n 图片 ｜ 网络 \n\t\n相关文章:\n  \n·推荐阅读\n",
    # residue over line breaks, blank lines between: entries searched around their lines only
    "正文第一段。\n作者:\n\n  admin\n【\n 5 篇\n】\n下载本文\n\n \n更多范文\n请收藏\r\n\r\n本页\n(\n通用\n3\n篇\n)",
    "  \n\n更新时间:\n 2023-07-20\n\n来源:\n\n\n 网络\n\t\n(CTRL\n+\nD)收藏\n本站\n\n",
]


@pytest.mark.parametrize("name", ["ph2_residue_markers.txt", "ph2_word_placeholders.txt",
                                  "ph2_instruction_phrases.txt"])
def test_matches_are_the_same_with_and_without_the_one_scan(name, monkeypatch):
    from draftlint.rules.placeholder import _residue

    texts = _texts() + _LINES
    fast = [_residue.find_all(name, text) for text in texts]
    # a scan that tells nothing (as where the case-folded text is not one character for one):
    # every entry is tried behind its own guard, on the whole text
    monkeypatch.setattr(_residue, "_finders", lambda n: (_Blind(()), _Blind((), ignorecase=True)))
    _residue._scan.cache_clear()
    try:
        assert [_residue.find_all(name, text) for text in texts] == fast
    finally:
        _residue._scan.cache_clear()


class _Blind:
    """A finder that never tells where its strings are."""

    def __init__(self, strings, ignorecase=False):
        self.ignorecase = ignorecase

    def occurrences(self, text, pos=0, endpos=None):
        return None

    def haystack(self, text):
        return None if self.ignorecase else text


def test_a_line_anchored_pattern_gets_a_filter_of_the_characters_it_can_start_with():
    from draftlint.rules.placeholder._guard import line_start_filter

    assert line_start_filter(r"(?m:^[ \t]*\K(?=[^\n]*下载)(?:作者|\d{4}-)[::])", False) == r"(?m)^[\	\ ]*[\d作]"
    assert line_start_filter(r"(?m:^(?:本站)?小编)", False) == "(?m)^[小本]"
    # not anchored at a line start, may be empty there, case folded, or the regex module's own
    for pattern in (r"小编", r"(?m:^\s*$)", r"^小编", r"(?m:^(?:本站)?)", r"(?m:^[^x]y)",
                    r"(?m:^(?i:vip))", r"(?m:^\p{Han}会员)"):
        assert line_start_filter(pattern, False) is None, pattern
    assert line_start_filter(r"(?m:^vip)", True) is None


@pytest.mark.parametrize("name", LISTS)
def test_a_pattern_tried_at_the_lines_its_filter_finds_matches_as_a_search(name):
    from draftlint.rules.placeholder import _residue

    texts = _texts() + ["作者:甲\n  作者:乙 | 浏览:12\n\n  下载本文\n2023-01-02 下载", "作者:x 下载"]
    checked = 0
    for entry, flags, _req in guarded(name):
        starts = _residue._line_filter(entry, flags)
        if starts is None:
            continue
        pattern = _residue._compiled(entry, flags)
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
            assert _residue._at_line_starts(pattern, starts, text, 0, len(text)) == expected, entry
            checked += len(expected)
            for line in regex.finditer(r"[^\r\n]+", text):
                expected = [m.span() for m in pattern.finditer(text, line.start(), line.end()) if m.end() > m.start()]
                assert _residue._at_line_starts(pattern, starts, text, line.start(), line.end()) == expected
    assert checked or name != "ph2_residue_markers.txt"


def test_a_pattern_anchored_at_the_head_of_a_line_gets_its_blanks_and_first_characters():
    from draftlint.rules.placeholder._guard import line_head

    assert line_head(r"(?m:(?<=^[ \t]*)(?:收藏|打印)本文)", False) == ("\t ", ("打", "收"))
    assert line_head(r"(?m:(?<=^[\s>*]*)(?:\*\*)?相关[::])", False) is None  # (* is a blank too)
    lead, chars = line_head(r"(?m:(?<=^\s*)(?:\d{1,3}楼|作者)[ \t]+\S)", False)
    assert chars == (r"\d", "作") and " " in lead and "\u3000" in lead and "\x1c" not in lead
    # not at a line's head only, a first character that may be a blank or is not known, case
    # folded, or more than one look-behind
    for pattern in (r"(?<=^[ \t]*)作者", r"(?m:(?<=^[ \t]*)[ \t]?作者)", r"(?m:(?<=^[ \t]*)[^x]y)",
                    r"(?m:(?<=^[ \t]*)(?i:tags?))", r"(?m:(?<=^[ \t]*|[|/][ \t]*)下载)", r"(?m:(?<=^[^x]*)y)",
                    r"(?m:(?<=^[ \t]*)作者)|来源", r"(?m:(?<=^[ \t]*)(?:作者)?)"):
        assert line_head(pattern, False) is None, pattern
    assert line_head(r"(?m:(?<=^[ \t]*)vip)", True) is None


@pytest.mark.parametrize("name", LISTS)
def test_a_pattern_tried_at_the_heads_of_lines_matches_as_a_search(name):
    from draftlint.rules.placeholder import _residue

    texts = _texts() + _LINES + ["  作者 | 甲\n\x1c作者 | 乙\n\u3000\u3000文 | 丙\r\n 2023-01-02 10:30\n\t【完】\n"]
    checked = 0
    for entry, flags, _req in guarded(name):
        head = _residue._head(entry, flags)
        if head is None:
            continue
        pattern = _residue._compiled(entry, flags)
        for text in texts:
            heads = _residue._Heads(text, head[0])
            expected = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
            assert _residue._at_heads(pattern, heads, head[1], text, 0, len(text)) == expected, entry
            checked += len(expected)
            for line in regex.finditer(r"[^\r\n]+", text):
                expected = [m.span() for m in pattern.finditer(text, line.start(), line.end()) if m.end() > m.start()]
                assert _residue._at_heads(pattern, heads, head[1], text, line.start(), line.end()) == expected
    assert checked or name not in ("ph2_residue_markers.txt", "ph2_instruction_phrases.txt")


def test_the_line_local_patterns_are_those_that_cannot_match_a_line_break():
    from draftlint.rules.placeholder._guard import line_local

    for pattern in (r"小编", r"(?m:^[ \t]*作者$)", r"^x", r"a.b", r"\p{Han}x", r"[^\n]", r"(?<=^[ \t]*)x",
                    r"\bx\B", r"(a)\1", r"[\p{Han}A-Z]x", r"(?=[^\n]*下载)x",
                    # a look-behind reads what lies before the line, which a search of the line sees
                    r"(?<=[\s>*]*)x", r"(?m:(?<=^\s*)x)", r"(?<=\n)x", r"(?<!\n)x", r"(?m:(?<=x$)y)"):
        assert line_local(pattern), pattern
    # \s, a negated class, a property or class that holds "\n", DOTALL, the end of the text
    # (a single-line $, \Z, also in a look-behind), a look-ahead in a look-behind that reads
    # "\n", or syntax only the regex module knows
    for pattern in (r"作者\s*:", r"[^a]", r"\P{Han}", r"\p{Cc}x", r"[^\p{Han}]", r"\D", r"(?s:a.b)", r"x$",
                    r"\Zx", r"(?=\n)", r"(?<=x$)y", r"(?<=\Z)x", r"(?<=a(?=\n))b", r"[\s&&[^\n]]",
                    r"(?:x){e<=1}"):
        assert not line_local(pattern), pattern


@pytest.mark.parametrize("name", LISTS)
def test_a_line_local_entry_searched_line_by_line_finds_what_a_whole_search_finds(name):
    from draftlint.rules.placeholder import _residue

    texts = _texts() + _LINES
    checked = 0
    for entry, flags, _req, _ic, local in _residue._runs(name):
        if not local:
            continue
        pattern = _residue._compiled(entry, flags)
        for text in texts:
            whole = [m.span() for m in pattern.finditer(text)]
            assert not any("\n" in text[s:e] for s, e in whole), entry
            by_line = [m.span() for line in regex.finditer(r"[^\n]*", text)
                       for m in pattern.finditer(text, line.start(), line.end())]
            assert sorted(set(by_line)) == sorted(set(whole)), entry
            checked += len(whole)
    assert checked or name != "ph2_residue_markers.txt"


@pytest.mark.parametrize("name", LISTS)
def test_the_line_windows_of_a_guard_are_the_lines_that_hold_its_strings(name):
    from draftlint.rules.placeholder import _residue

    for text in _texts()[:10] + _LINES + ["小编编辑的\n小编推荐小编\n编辑"]:
        scan = _residue._Scan(name, text)
        breaks = [i for i, ch in enumerate(text) if ch == "\n"]
        lines = list(zip([0] + [i + 1 for i in breaks], breaks + [len(text)]))
        for _e, _f, req, ignorecase, local, checks, _bridges in _residue._plan(name):
            hay = scan.haystack[ignorecase]
            if not (local and req) or hay is None:
                continue
            holding = [(s, e) for s, e in lines if all(any(x in hay[s:e] for x in strings) for strings, _singles in checks)]
            windows = scan.windows(checks, ignorecase)
            # every line holding a string of each set lies in a window, and a window is lines
            assert all(any(ws <= s and e <= we for ws, we in windows) for s, e in holding)
            assert all(ws in {s for s, _e in lines} and we in {e for _s, e in lines} for ws, we in windows)


@pytest.mark.parametrize("name", LISTS)
def test_find_all_finds_what_each_entry_searched_alone_finds(name):
    """The one scan, line windows and guards only skip work: find_all equals every
    entry's own search, on whole texts and on parts of texts (as site_residue searches the
    lines of markers)."""
    from draftlint.rules.placeholder import _residue

    def each(text, pos=0, end=None):
        end = len(text) if end is None else end
        return sorted({m.span() for pattern in compile_each(name) for m in pattern.finditer(text, pos, end)
                       if m.end() > m.start()})

    texts = _texts()
    for text in texts + _LINES:
        assert _residue.find_all(name, text) == each(text)
    for text in texts[:8] + _LINES:
        for line in regex.finditer(r"[^\r\n]+", text):
            assert _residue.find_all(name, text, line.start(), line.end()) == each(text, line.start(), line.end())


def test_the_line_bridges_of_an_entry_count_its_runs_of_white_space():
    from draftlint.rules.placeholder._guard import bridges

    assert bridges(r"作者[::]\s*admin") == 1
    assert bridges(r"a\s{0,3}b\s*c") == 2
    assert bridges(r"(?:a\s){0,2}b") == 2
    assert bridges(r"a(?=\s*b)") == 1  # what a look-ahead reads counts
    assert bridges(r"(?<=^\s*)a\s+b") == 1  # what a look-behind reads does not
    assert bridges(r"a\s*(?!b)") == 1
    assert bridges(r"(?m:x\s*$)") == 1
    # anything that may consume "\n" and more, a run without end, or what tells the end of a
    # line from the end of the text (also a negative look-ahead reading "\n", an atomic group)
    for pattern in (r"a[^,]*b", r"a.b(?s:.)", r"(?:a\s)*b", r"a\P{Han}", r"x\s*$", r"a\Z", r"a\s*(?!\s*b)",
                    r"(?>\s*)x", r"a\s*+b", r"(a)\s*\1", r"a\s*(?:b){e<=1}"):
        assert bridges(pattern) is None, pattern


@pytest.mark.parametrize("name", ["ph2_residue_markers.txt", "ph2_instruction_phrases.txt"])
def test_find_all_around_the_lines_finds_what_a_whole_search_finds_with_blank_lines_between(name):
    """Lines of residue run together, torn apart by line breaks and blank lines: an entry
    searched only around the lines of its guard strings still finds all its matches."""
    import random

    from draftlint.rules.placeholder import _residue

    rng = random.Random(7)
    lines = [line for text in _texts()[:12] + _LINES for line in text.split("\n")]
    bridged = 0
    for _ in range(40):
        picked = rng.sample(lines, min(len(lines), 30))
        parts = []
        for line in picked:
            parts.append(line)
            parts.extend(rng.choice(["", " ", "\t", "  "]) for _ in range(rng.choice([0, 0, 1, 3])))
            if rng.random() < 0.3 and len(line) > 4:  # a line torn at a white-space
                cut = rng.randrange(1, len(line))
                parts[-1] = line[:cut] + rng.choice([" \n", "\n ", "\n\n", "\n \n\t"]) + line[cut:]
        text = "\n".join(parts)
        expected = sorted({m.span() for pattern in compile_each(name) for m in pattern.finditer(text)
                           if m.end() > m.start()})
        assert _residue.find_all(name, text) == expected
        scan = _residue._scan(name, text)
        bridged += sum(1 for found in scan._bridged.values() if found is not None)
    # (the phrases' entries that bridge lines are all tried at the heads of lines instead)
    assert bridged or name != "ph2_residue_markers.txt"


def test_the_line_breaks_are_counted_right():
    from draftlint.rules.placeholder._residue import _Lines

    for text in ("", "a", "\n", "ab\ncd\n\nx", "\n\n", "a\r\nb\rc\n"):
        assert _Lines(text).breaks == [i for i, ch in enumerate(text) if ch == "\n"], text


def test_a_repeated_fixed_item_requires_its_first_copies_in_a_row():
    # two marks in a row are rarer than one: the guard of a dot leader is a pair of dots
    assert required(r"(?m:^[^\n.]{1,40}?[.…]{6,}\d{1,3}$)", False) == (
        frozenset({"..", ".…", "….", "……"}),)
    assert required(r"-{2,}|={2,}", False) == (frozenset({"--", "=="}),)
    # the copies join what comes before them
    assert required(r"仅供(?:参考|学习){1,2}之用", False) == (frozenset({"仅供参考", "仅供学习"}), frozenset({"之用"}))
    # an exact count keeps the run going into what follows; an open one ends it there
    # (with an exact count "=" is part of the run, whose best stretch is "--"; after an open
    # one it is a set of its own)
    assert required(r"\d-{2}=", False) == (frozenset({"--"}),)
    assert required(r"\d-{2,}=", False) == (frozenset({"--"}), frozenset({"="}))
    for pattern, text in ((r"[.…]{6,}\d", "目录……...…3"), (r"(?:ab){2,}c", "xababababc"), (r"-{2,}x", "---x"),
                          (r"\d-{2}=", "1--="), (r"\d-{2,}=", "1----=")):
        assert regex.search(pattern, text) and may_match(required(pattern, False), False, text), pattern


def test_one_pattern_of_all_entries_answers_fullmatch_any_as_the_entries_do(monkeypatch):
    from draftlint.rules.placeholder import _residue, fill_in_instruction

    inners = [m.group(1).strip().replace("（", "(").replace("）", ")")
              for text in _texts() for m in fill_in_instruction._BRACKETED.finditer(text)]
    inners += ["TODO", "todo: 补充", "请根据实际情况填写", "必填", "修订稿", "待补充", "(a)", ""]
    monkeypatch.setattr(_residue, "_COMBINE_AFTER", 10**9)
    each = [_residue.fullmatch_any(fill_in_instruction.CONTENTS, x) for x in inners]
    monkeypatch.setattr(_residue, "_COMBINE_AFTER", 0)
    assert _residue._combined(fill_in_instruction.CONTENTS) is not None
    assert [_residue.fullmatch_any(fill_in_instruction.CONTENTS, x) for x in inners] == each
    assert any(each) and not all(each)


def test_entries_that_refer_to_their_own_groups_are_not_combined(monkeypatch):
    from draftlint.rules.placeholder import _residue

    monkeypatch.setattr(_residue, "_runs", lambda name: (("(a)\\1", regex.V1, (), False, True),))
    _residue._combined.cache_clear()
    try:
        assert _residue._combined("x") is None
    finally:
        _residue._combined.cache_clear()


def test_an_optional_fixed_item_keeps_a_run_of_fixed_items_going():
    # 阅读过? is 阅读 or 阅读过: the guard is the run 人看过 / 人阅读 …, not 人 and 看过 apart
    pattern = r"\d+\s*人(?:看过|阅读过?)"
    assert required(pattern, False) == (frozenset({"人看过", "人阅读", "人阅读过"}),)
    for text in ("12人阅读过", "300人看过", "56 人阅读"):
        assert regex.search(pattern, text) and may_match(required(pattern, False), False, text), text
    assert not may_match(required(pattern, False), False, "有300人参加, 阅读量不详")
    # an optional item on its own may be empty: it still ends the run
    assert required(r"(?:本站)?小编", False) == (frozenset({"小编"}),)


def test_a_fixed_branch_of_too_many_strings_still_gives_each_branch_its_best():
    # (?:返回)?首页|联系我们|… of more strings than a guard set holds: read branch by branch, as
    # before optional items counted as fixed (a nav-bar entry must not lose its guard)
    words = ["联系我们", "关于我们", "网站地图", "免责声明", "版权声明", "帮助中心", "友情链接", "设为首页",
             "加入收藏", "投稿须知", "在线投稿", "网站导航", "会员中心", "用户协议", "使用条款", "服务条款",
             "隐私政策", "隐私声明", "广告服务", "广告合作", "意见反馈", "联络我们", "隐私权政策"]
    pattern = "(?:(?:返回|网站|回到)?首页|" + "|".join(words) + r")[ \t]*$"
    req = required(pattern, False)
    assert req and "首页" in req[0] and "联系我们" in req[0]
    assert not may_match(req, False, "现将本镇上半年工作总结如下。")
