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
         "ph2_word_placeholders.txt", "ph2_instruction_contents.txt"]


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


@pytest.mark.parametrize("name", LISTS)
def test_every_list_run_with_guards_has_them_stored(name):
    from draftlint.rules.placeholder._residue import _stored, derive, load_entries

    stored = _stored()
    for entry in load_entries(name):
        assert stored[(name, entry)] == derive(entry), entry


def test_one_scan_finds_every_guard_string_even_overlapping_ones():
    from draftlint.rules.placeholder._guard import LiteralFinder

    finder = LiteralFinder(["小编", "编辑", "小编推荐", "首页", "页", "下载"], compile_after=0)
    assert finder.present("本文由小编辑录, 返回首页") == {"小编", "编辑", "首页", "页"}
    assert finder.present("小编推荐") == {"小编", "小编推荐"}
    assert finder.present("正文") == set()
    assert LiteralFinder([]).present("小编") == set()
    # until it has been asked about enough text, it leaves the lookup to the caller
    assert LiteralFinder(["小编"], compile_after=100).present("小编") is None


@pytest.mark.parametrize("name", LISTS)
def test_one_scan_agrees_with_a_search_per_string(name):
    from draftlint.rules.placeholder._guard import LiteralFinder
    from draftlint.rules.placeholder._residue import _finder

    finder = LiteralFinder(_finder(name).strings, compile_after=0)
    folding = LiteralFinder(_finder(name, True).strings, ignorecase=True, compile_after=0)
    for text in _texts():
        assert finder.present(text) == {s for s in finder.strings if s in text}
        low = text.lower()
        found = folding.present(text)
        assert found is None or found >= {s for s in folding.strings if s in low}


def test_a_case_insensitive_scan_finds_what_the_lower_case_text_holds():
    from draftlint.rules.placeholder._guard import LiteralFinder

    finder = LiteralFinder(["copyright", "icp", "to enter "], ignorecase=True, compile_after=0)
    assert finder.present("COPYRIGHT © 2023 ICP备 123") == {"copyright", "icp"}
    assert finder.present("Click to Enter text") == {"to enter "}
    assert finder.present("版权所有") == set()
    assert finder.present("İCP备") is None  # İ lowers to two characters: not told this way


def test_a_group_that_folds_case_requires_no_fixed_letters():
    assert required(r"(?:(?i:vip)|会员)专享", False) == (frozenset({"专享"}),)
    assert required(r"(?:开通|升级)(?i:vip)", False) == (frozenset({"升级", "开通"}),)
    assert may_match(required(r"下载(?i:word)", False), False, "点击下载WORD")


@pytest.mark.parametrize("name", ["ph2_residue_markers.txt", "ph2_word_placeholders.txt"])
def test_matches_are_the_same_with_and_without_the_one_scan(name, monkeypatch):
    from draftlint.rules.placeholder import _residue
    from draftlint.rules.placeholder._guard import LiteralFinder

    def finder(after):
        return lambda n, ic=False: LiteralFinder(
            (s for _e, _f, req, c in _residue._runs(n) if c == ic for g in req for s in g), ic, compile_after=after)

    texts = _texts()
    monkeypatch.setattr(_residue, "_finder", finder(10**12))  # a lookup per string, per pattern
    slow = [_residue.find_all(name, text) for text in texts]
    monkeypatch.setattr(_residue, "_finder", finder(0))  # one scan per text
    assert [_residue.find_all(name, text) for text in texts] == slow


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
