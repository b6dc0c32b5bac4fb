"""PH rules that read back from a literal, look words up or scan for literals instead of a
compiled pattern: each gives what the pattern it stands for gives, on random texts made of
the pieces the patterns look for (seeded, so a failure repeats) and on the drafts of
fixtures/ and examples/."""

from __future__ import annotations

import random

import pytest
import regex

from draftlint.rules.placeholder import _fill
from draftlint.rules.placeholder import empty_brackets as eb
from draftlint.rules.placeholder import missing_name as mn
from draftlint.rules.placeholder import page_number as pn
from draftlint.rules.placeholder import placeholder_run as pr
from draftlint.rules.placeholder import zero_number as zn
from draftlint.rules.placeholder._fill import alternation, candidate_matches, data_list, literal_scans, literal_starts
from draftlint.rules.placeholder._residue import PAGE_DASHED, PAGE_OF
from draftlint.types import Span, Text, Violation

from test_ph1_one_scan import TEXTS


def _texts(pieces: list[str], seed: int, n: int = 3000, most: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, most))) for _ in range(n)] + TEXTS


def test_a_comrade_read_back_is_the_match_of_the_pattern():
    titles = list(data_list("ph1_titles"))
    pieces = ["同志", "同志们", "同", "志", " ", "\u3000", "\t", "由", "请", "、", "，", ":", "王", "各位", "分管", "x",
              "镇", "\n", *titles[:30], *titles[-10:]]
    texts = _texts(pieces, 13)
    found = 0
    for text in texts:
        whole = [m.span() for m in mn._comrade_pattern().finditer(text)]
        assert list(mn._ending_in_comrade(text)) == whole, text
        found += len(whole)
    assert found > 200


@pytest.mark.parametrize("names", [("ph1_units", "ph1_place_suffixes", "ph1_titles"), ("ph1_units", "ph1_measure_words"),
                                   ("ph1_measure_words",)])
def test_a_word_looked_up_is_the_match_of_the_alternation(names):
    pattern = regex.compile("(?:%s)" % "|".join(alternation(name) for name in names))
    words = [w for name in names for w in data_list(name)]
    pieces = [*words[:60], *words[-20:], *(w[:-1] for w in words[:30] if len(w) > 1), "余", "的", "x", " "]
    found = 0
    for text in _texts(pieces, 17, n=500, most=6):
        for pos in range(len(text) + 1):
            m = pattern.match(text, pos)
            assert _fill.word_at(text, pos, *names) == (m.end() if m else -1), (text, pos)
            found += m is not None
    assert found > 1000


def test_count_cues_read_back_are_those_of_the_pattern():
    pattern = regex.compile(r"(?:%s)\Z" % alternation("ph1_count_cues"))
    cues = list(data_list("ph1_count_cues"))
    for text in _texts([*cues[:50], "共", "○", "人", "的", "，"], 19, n=500, most=5):
        for start in range(len(text) + 1):
            want = pattern.search(text, max(0, start - 4), start) is not None
            assert text.endswith(pr._count_cues(), max(0, start - 4), start) == want, (text, start)


def test_literal_scans_find_what_the_class_finds():
    rest = r"(?=[a-c])(?<![xy].)"
    scans = literal_scans("ab", rest, 0)
    whole = regex.compile("[ab]" + rest)
    for text in _texts(list("abcxy "), 23, n=2000):
        assert literal_starts(scans, text) == [m.start() for m in whole.finditer(text)], text


CANDIDATES = {
    "zeros": (lambda: _zero_pattern(), zn._zero_starts,
              ["0", "00", "000", "０", "0,000", "1", "2", "余", "多", "万", "人", "人次", "起", "件", "%", ".", ":", "a", " ",
               ",", "，", "吨", "后", "的"]),
    "page of pages": (lambda: PAGE_OF, pn._page_of_starts,
                      ["第", "共", "页", " ", "\u3000", "\t", "1", "12", "１２", "٣", "/", "，", "一", "Page", "PAGE", "page",
                       "pAgE", " of ", "OF", "p", "a", "ge"]),
    "page between dashes": (lambda: PAGE_DASHED, lambda t: (h.start() for h in pn._DASH_STARTS.finditer(t)),
                            list("-—–－‒― \t\u30001237a.页") + ["12", "- 3 -", "—5—"]),
}


def _zero_pattern():
    return _fill.compiled(
        r"(?<![%s])(?<![0-9０-９][,， \u00a0\u2009])([0０]+(?:[,，][0０]{3})*)([余多]?)(?![%s])(?=(?P<unit>%s))"
        % (zn._NOT_BEFORE, zn._NOT_AFTER, zn._units()))


@pytest.mark.parametrize("name", sorted(CANDIDATES))
def test_candidate_starts_give_the_matches_of_a_whole_search(name):
    pattern, starts, pieces = CANDIDATES[name]
    found = 0
    for text in _texts(pieces, 29):
        whole = [m.span() for m in pattern().finditer(text)]
        assert [m.span() for m in candidate_matches(pattern(), text, starts(text))] == whole, text
        found += len(whole)
    assert found > 20


def test_empty_pairs_are_the_matches_of_the_alternation_of_pairs():
    before = regex.compile("|".join(regex.escape(o) + eb._INNER + regex.escape(c) for o, c in eb._PAIRS))  # as it was
    found = 0
    for text in _texts(list("[]【】（）()〔〕「」《》〈〉［］｛｝ \u3000\u00a0_＿…。.·a") + ["...", "。。。", "……"], 47, most=12):
        whole = [m.span() for m in before.finditer(text)]
        assert list(eb._empty_pairs(text)) == whole, text
        found += len(whole)
    assert found > 100


def _quadratic_dedupe(items):  # the way it was
    seen, out = set(), []
    for v in sorted(items, key=lambda v: (v.span.start, -v.span.end)):
        if any(v.span.start < e and s < v.span.end for s, e in seen):
            continue
        seen.add((v.span.start, v.span.end))
        out.append(v)
    return out


def test_dedupe_keeps_what_a_look_at_every_kept_span_kept():
    rng = random.Random(31)
    for _ in range(2000):
        items = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            items.append(Violation(Span(start, start + rng.choice([0, 1, 1, 2, 3, 5])), Text("m", "m")))
        assert [v.span for v in _fill.dedupe(items)] == [v.span for v in _quadratic_dedupe(items)], items


def test_count_verb_hits_without_words_that_start_an_ordinary_word():
    from draftlint.rules.placeholder import blank_number as bn

    measures = set(data_list("ph1_measure_words"))
    starting = {w for w in data_list("ph1_unit_words") if w[0] in measures and len(w) > 1}
    pieces = [*data_list("ph1_count_cues")[:40], *bn._QUANTIFIERS, *measures, *starting, *list(starting)[:40],
              *bn._cue_units(), "的", "，", "1", "\n"]
    dropped = 0
    for text in _texts(pieces, 37, n=3000, most=10):
        every = list(bn._count_verb_hits(text))
        kept = [(s, e) for s, e in every
                if not (text[s:e] in measures and any(text.startswith(w, s) for w in starting))]
        assert list(bn._count_verb_hits(text, excluding=True)) == kept, text
        dropped += len(every) - len(kept)
    assert dropped > 100


def test_count_verb_blanks_with_and_without_the_excluding_scan(monkeypatch):
    from draftlint.rules.placeholder import blank_number as bn

    texts = [*TEXTS, "涉及个人隐私，新上项目个，配套条件，涉及个村，共有家庭农场家。"]
    found = []
    for pays in (False, True):
        monkeypatch.setattr(bn, "scan_pays", lambda key, text, pays=pays: pays)
        found.append([list(bn._after_count_verb(text)) for text in texts])
    assert found[0] == found[1]
    assert sum(map(len, found[0])) > 10


@pytest.mark.parametrize("name", ["measure words", "counted words"])
def test_words_before_a_clause_end_without_those_after_a_number(name):
    from draftlint.rules.placeholder import blank_number as bn

    if name == "measure words":
        words, pattern = data_list("ph1_measure_words"), bn._clause_end_measure_pattern()
    else:
        words, pattern = bn._counted_words(), bn._counted_pattern()
    number = bn._number_before()
    pieces = [*words, *number, *"、，。的人户项", "平方", "xx"]
    dropped = 0
    for text in _texts(pieces, 41, n=3000, most=8):
        whole = [m.span() for m in pattern.finditer(text)]
        kept = [sp for sp in whole if text[sp[0] - 1] not in number]
        scanned = list(bn._scanned_words_before_clause_end(text, words, number))
        # (the scan drops where the longest word stands after a number; a shorter word read back
        # after a character that is no Han may still stand after one: the callers drop it too)
        assert [sp for sp in scanned if text[sp[0] - 1] not in number] == kept, text
        assert len(scanned) <= len(whole)
        dropped += len(whole) - len(scanned)
    assert dropped > 100


@pytest.mark.parametrize("which", ["context", "after title", "after label"])
def test_capitals_in_context_hold_every_start_of_a_match(which):
    from draftlint.rules.placeholder import latin_capital_name as lc

    pattern = {"context": lc._context, "after title": lc._after_title, "after label": lambda: lc._AFTER_LABEL}[which]()
    pieces = [*"ABCXYZaz09 \t\u3000:：、，的副4", *data_list("ph1_titles")[:20], *data_list("ph1_place_suffixes")[:10],
              *lc._ATTRIBUTION[:5], "述职人：", "联系人:", "带领", "同志"]
    found = 0
    for text in _texts(pieces, 43, n=3000, most=10):
        whole = [m.span() for m in pattern.finditer(text)]
        if which == "context":  # (_find skips the matches after a Latin letter or a digit)
            whole = [sp for sp in whole if not (sp[0] and text[sp[0] - 1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")]
        starts = [m.start() for m in lc._capitals_in_context().finditer(text)]
        got = [m.span() for m in candidate_matches(pattern, text, starts)]
        assert got == whole, text
        found += len(whole)
    assert found > 20


def test_seeds_by_literal_are_those_of_the_class_scans():
    import re

    from draftlint.rules.placeholder import blank_number as bn

    x_by_digit = re.compile(r"[xXｘＸ](?:(?<=[0-9.．].)|(?=[0-9.．]))")  # the scans as they were
    gap_before_part = re.compile(r"[ \t\u3000][月日号]")
    for text in _texts(list("xXｘＸ0１.．a 月日号年\t\u3000\n"), 53, n=2000):
        assert literal_starts(literal_scans(*pr._X_BY_A_DIGIT), text) == [m.start() for m in x_by_digit.finditer(text)]
        assert [at - 1 for at in literal_starts(literal_scans(*bn._PART_AFTER_GAP), text)] == [
            m.start() for m in gap_before_part.finditer(text)]
