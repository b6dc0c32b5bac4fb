"""PH1xx rules that search only where a cheap whole-text scan finds a candidate: the
findings stay those of a search of the whole text, across line breaks of every kind, at
the very start and end of a text, and next to Markdown code."""

from __future__ import annotations

import pytest

from draftlint.testing import spans_text

BODY = "一、主要工作\n全年完成投资1.2亿元。\n\n"
SIGN = "经办人：　　　　科长：　　　　局长："


@pytest.fixture(params=["whole", "scan"])
def sign_line_search(request):
    """Both ways of finding signature lines: whole-text search, and the scan once it pays."""
    from draftlint.rules.placeholder import _fill, missing_name

    saved = dict(_fill._searched_whole)
    _fill._searched_whole[missing_name._SIGN_LINE] = 0 if request.param == "whole" else 10**9
    yield request.param
    _fill._searched_whole.clear()
    _fill._searched_whole.update(saved)


@pytest.mark.parametrize("brk", ["\n", "\r\n"])
def test_signature_lines_under_every_line_break(brk, sign_line_search):
    text = BODY.replace("\n", brk) + SIGN + brk + "全年完成投资1.2亿元。" + brk + SIGN
    assert spans_text("PH112", text) == [SIGN, SIGN]


def test_a_signature_line_followed_by_text_on_its_line_stays_quiet(sign_line_search):
    text = BODY + "科长：　　局长：　　（盖章）\n" + "单位名称：青山镇，负责人：\n"
    assert spans_text("PH112", text) == []


def test_a_signature_line_at_the_very_start(sign_line_search):
    assert spans_text("PH112", SIGN + "\n" + BODY) == [SIGN]


# --- the patterns tried only where a scan finds a candidate give the matches of a whole-text
# search: on the drafts of fixtures/ and examples/ and on random texts made of the pieces the
# patterns look for (seeded, so a failure repeats).

import random
from pathlib import Path

import regex

from draftlint.load import load_path
from draftlint.rules.placeholder import blank_number as bn
from draftlint.rules.placeholder import latin_capital_name as lc
from draftlint.rules.placeholder import missing_list_item as ml
from draftlint.rules.placeholder import missing_name as mn
from draftlint.rules.placeholder._fill import (WHOLE_SEARCH_CHARS, candidate_matches, data_list, is_han, literal_scans,
                                              literal_starts, matches_at, scan_pays)

ROOT = Path(__file__).resolve().parent.parent

PIECES = (
    [*data_list("ph1_count_cues")[:40], *data_list("ph1_measure_words"), *data_list("ph1_units")[:40],
     *data_list("ph1_scope_words")[:12], *bn._QUANTIFIERS, *bn._MEASURED_WORDS[:8]]
    + list("县市区镇乡旗个户组队对起件次份名人元万亿余多年月日号底末第比之篇%％‰、，。；：:,;)）")
    + [*data_list("ph1_titles")[:20], *data_list("ph1_place_suffixes")[:10], "新时代", "述职人：", "述职人：B\n", "书记A、", "A", "B", "Z", "X", "0", "00", "000", "０", "1,", "0.", "由", "由 、", "、", "_", "镇人民政府", "县党委", "街道办事处", "我代表 镇人民政府", "由　县党委", "拟稿：", "拟稿人：", "签字:", "覆核：  局长："]
    + [" ", "  ", "\t", "\u3000", "\u00a0", "\n", "\r\n", "12", "3", "三", "十", "的", "项目", "客户", "单位",
       "截至", "于", "2023年", "xx", "○○", "A", "增长", "平方米", "人次", "公里", "万元", "亿元"]
)


def _random_texts(n: int = 400) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _drafts() -> list[str]:
    paths = sorted(p for d in ("fixtures", "examples") for p in (ROOT / d).rglob("*")
                   if p.suffix in (".txt", ".md"))
    return [load_path(str(p)).simplified for p in paths[:300]]


TEXTS = _random_texts() + _drafts()

CASES = {
    "scope": (bn._scope_pattern, lambda t: (h.end() for h in bn._scope_seams().finditer(t))),
    "noun measure": (bn._noun_measure_pattern, bn._noun_measure_starts),
    "gap": (bn._gap_pattern, lambda t: (h.start() for h in bn._gap_starts().finditer(t))),
    "measured": (lambda: bn._MEASURED, lambda t: literal_starts(literal_scans(*bn._MEASURED_STARTS), t)),
    "month": (lambda: bn._UNWRITTEN_MONTH, bn._month_starts),
    "gap before a body": (lambda: mn._ORG_GAP, lambda t: (h.start() for h in mn._ORG_GAP_STARTS.finditer(t))),
    "signing label": (lambda: mn._SIGN_LABEL, mn._sign_label_starts),
    "comma after 由": (lambda: ml._PATTERNS[1], lambda t: (h.end() for h in ml._YOU.finditer(t))),
    "capital in context": (lc._context, lambda t: (h.start() for h in lc._CAPITALS.finditer(t))),
    "capital after title": (lc._after_title, lambda t: (h.start() for h in lc._CAPITALS.finditer(t))),
    "capital after label": (lambda: lc._AFTER_LABEL, lambda t: (h.start() for h in lc._CAPITALS.finditer(t))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_candidates_give_the_matches_of_a_whole_search(name):
    pattern, starts = CASES[name]
    found_any = False
    for text in TEXTS:
        whole = [m.span() for m in pattern().finditer(text)]
        assert [m.span() for m in candidate_matches(pattern(), text, starts(text))] == whole, text
        found_any = found_any or bool(whole)
    assert found_any  # the texts hold matches to compare


def test_count_verb_look_ups_give_the_matches_of_the_pattern_they_stand_for():
    from draftlint.rules.placeholder._fill import alternation

    pattern = regex.compile(r"(?<=(?:%s))(?:%s)|(?<=(?:%s))(?:%s)" % (
        alternation("ph1_count_cues"), alternation("ph1_measure_words"),
        "|".join(bn._QUANTIFIERS), "|".join(regex.escape(u) for u in sorted(bn._cue_units(), key=len, reverse=True))))
    found_any = False
    for text in TEXTS:
        whole = [m.span() for m in pattern.finditer(text)]
        assert list(bn._count_verb_hits(text)) == whole, text
        found_any = found_any or bool(whole)
    assert found_any


def test_runs_of_marks_as_the_regex_pattern_found_them():
    from draftlint.rules.placeholder import placeholder_run as pr

    before = regex.compile(  # the pattern as it was, for the regex engine
        r"[xXｘＸ]+(?:[.．][xXｘＸ]+)?|×{2,}|[*＊]+|○{2,}|□{2,}|△{2,}|[_＿]{2,}"
        r"|(?<![A-Za-zＡ-Ｚａ-ｚ0-9-])(?:[OＯ]{3,}|[OＯ]{2}(?=\p{Han}))(?![A-Za-zＡ-Ｚａ-ｚ0-9-])")
    rng = random.Random(5)
    marks = ["x", "X", "ｘ", "Ｘ", "×", "*", "＊", "○", "□", "△", "_", "＿", "O", "Ｏ", ".", "．"]
    others = ["镇", "年", "，", "。", "　", " ", "\n", "a", "Ａ", "ａ", "1", "１", "-", "〇", "ｰ", "\u2e80"]
    texts = ["".join(rng.choice(marks if rng.random() < 0.6 else others) for _ in range(rng.randint(1, 16)))
             for _ in range(3000)] + TEXTS
    found_oo = 0
    for text in texts:
        old = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in pr._runs(text)] == old, text
        found_oo += any(text[s] in "OＯ" for s, _e in old)
    assert found_oo


@pytest.mark.parametrize("name", ["measure words", "counted words"])
def test_words_before_a_clause_end_are_the_matches_of_a_whole_search(name):
    if name == "measure words":
        words, pattern = data_list("ph1_measure_words"), bn._clause_end_measure_pattern()
    else:
        words, pattern = bn._counted_words(), bn._counted_pattern()
    # (、 and ， before a word: characters that may be Han and are not)
    texts = TEXTS + ["、个，", "，人次。、平方米，", "3平方米，方米。", "、平方公里;", "x、人，"]
    found_any = False
    for text in texts:
        whole = [m.span() for m in pattern.finditer(text)]
        assert list(bn._scanned_words_before_clause_end(text, words)) == whole, text
        found_any = found_any or bool(whole)
    assert found_any


def test_money_units_after_a_word_are_all_found():
    # the scan drops only the 万元 / 万美元 / 万人次 that _bare_units passes over (after a figure,
    # a numeral, a letter, a space or other punctuation)
    from draftlint.rules.placeholder._fill import NUMERAL_CHARS

    def kept(text, matches):
        return [m.span() for m in matches
                if text[m.start() - 1:m.start()] in set(bn._LEAD_PUNCT)
                or (is_han(text[m.start() - 1:m.start()]) and text[m.start() - 1] not in NUMERAL_CHARS)]

    old = regex.compile(r"(?:万元|万美元|万人次)")  # the pattern as it was
    rng = random.Random(11)
    pieces = list("万元美人次,，、;；:：(（三1２a ○〇ｰ") + ["万元", "万美元", "万人次", "投资"]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(20)) for _ in range(3000)]
    found = 0
    for text in texts:
        wanted = kept(text, old.finditer(text))
        assert kept(text, bn._MONEY.finditer(text)) == wanted, text
        found += len(wanted)
    assert found


def test_percent_signs_after_a_word_are_all_found():
    for text in TEXTS:
        wanted = [i for i, c in enumerate(text) if c in "%％‰" and i > 0 and (is_han(text[i - 1]) or text[i - 1] == "、")]
        got = {m.start() for m in bn._PERCENT_AFTER_WORD.finditer(text)}
        assert set(wanted) <= got


def test_no_han_character_lies_below_the_floor():
    from draftlint.rules.placeholder._fill import HAN_FLOOR

    han = regex.compile(r"\p{Han}")
    assert not any(han.match(chr(c)) for c in range(ord(HAN_FLOOR)))
    assert han.match(HAN_FLOOR)
    import re

    from draftlint.rules.placeholder._fill import MAY_BE_HAN
    above = re.compile(MAY_BE_HAN)
    for c in [*range(0, 0x3100), 0xFF0C, 0x20000, 0x10FFFF]:
        assert bool(above.fullmatch(chr(c))) == (chr(c) >= HAN_FLOOR)


def test_candidate_matches_skip_offsets_inside_the_last_match():
    pattern = regex.compile(r"(?<=a)bb|b")
    assert [m.span() for m in candidate_matches(pattern, "abbb", [0, 1, 2, 3])] == [(1, 3), (3, 4)]


def test_a_pattern_searches_whole_until_its_scan_pays():
    pattern = regex.compile(r"(?<=a)b")  # (a pattern of its own: a budget of its own)
    asked = []

    def starts_of(text):
        asked.append(text)
        return [i for i, c in enumerate(text) if c == "b"]

    text = "ab" * 2000
    whole = [m.span() for m in pattern.finditer(text)]
    rounds = 0
    while not asked:
        assert [m.span() for m in matches_at(pattern, text, starts_of)] == whole
        rounds += 1
    assert rounds == -(-WHOLE_SEARCH_CHARS // len(text)) + 1
    assert scan_pays(pattern, "x")


def test_single_marks_as_the_look_behind_first_pattern_found_them():
    from draftlint.rules.placeholder import placeholder_run as pr

    before = regex.compile(r"(?<![○□〇×＿_])[○□×＿_](?![○□〇×＿_])")  # the pattern as it was
    rng = random.Random(3)
    texts = ["".join(rng.choice("○□〇×＿_年月人1 \n") for _ in range(rng.randint(1, 12))) for _ in range(500)]
    for text in texts + TEXTS:
        assert [m.span() for m in pr._SINGLE_MARK.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_findings_between_several_code_ranges_of_markdown():
    from draftlint.testing import positions

    text = "xx镇 `xx镇` xx镇\n```\nxx镇\n```\nxx镇 `a` xx镇 `xx县`\n~~~\nxx镇\n"
    assert positions("PH101", text, kind="md") == [(1, 1), (1, 11), (5, 1), (5, 9)]
    assert positions("PH101", text) == [(1, 1), (1, 6), (1, 11), (3, 1), (5, 1), (5, 9), (5, 14), (7, 1)]
