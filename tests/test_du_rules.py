"""DU101 (duplicate section in one draft) and DU102 (copied from another file), as specifications:
drafts in, the lines of each finding and of the place it points at out."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftlint.document import Document
from draftlint.rules import get
from draftlint.testing import rule_options
from draftlint.types import CorpusContext

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duplicate"


@pytest.fixture(autouse=True, params=["pairwise", "minhash-lsh"])
def candidate_search(request, monkeypatch):
    """Every specification holds both for a few drafts (every pair compared) and at scale
    (MinHash + LSH candidates)."""
    from draftlint import corpus

    if request.param == "minhash-lsh":
        monkeypatch.setattr(corpus, "BRUTE_FORCE_MAX", 0)
    return request.param
BASE = (FIXTURES / "base_report.txt").read_text(encoding="utf-8")


def doc(text: str, path: str = "draft.txt") -> Document:
    return Document(text, path=path)


def run(code: str, docs, *, references=(), cross=True, index_path=None, options=None):
    """Findings of one DU rule: (path, first line, last line, [(related path, line, end line)])."""
    rule = get(code)
    ctx = CorpusContext(docs=list(docs), references=list(references), index_path=index_path, cross=cross)
    by_path = {d.path: d for d in [*docs, *references]}
    out = []
    for path, v in rule.check(ctx, rule_options(code, options)):
        d = by_path[path]
        rel = []
        for r in v.related:
            if r.lines:
                rel.append((r.path, r.lines[0], r.lines[2]))
            else:
                other = by_path[r.path] if r.path else d
                rel.append((r.path or path, other.position(r.span.start).line, other.position(r.span.end - 1).line))
        out.append((path, d.position(v.span.start).line, d.position(v.span.end - 1).line, rel, v))
    return sorted(out, key=lambda f: (f[0], f[1]))


def lines_of(findings):
    return [(p, a, b, r) for p, a, b, r, _ in findings]


def body(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


# ---------------------------------------------------------------- within one draft
def test_last_years_summary_pasted_under_this_years_title_is_one_section():
    earlier = BASE.replace("2016", "2017")
    text = earlier + "\n\n" + BASE  # 2016 summary appended after the 2017 one
    n = earlier.count("\n") + 2  # the copy starts on line n + 1
    found = run("DU101", [doc(text)])
    assert lines_of(found) == [("draft.txt", n + 1, n + 25, [("draft.txt", 1, 25)])]
    v = found[0][4]
    assert v.data["similarity"] == 1.0
    assert {"old": "2017", "new": "2016"} in [{"old": e["old"], "new": e["new"]} for e in v.data["diff"]]


def test_a_paragraph_pasted_into_a_second_section():
    paras = body(BASE)
    pasted = paras[5]  # （一）农业产业结构持续优化……
    text = "\n".join(paras[:9] + [pasted] + paras[9:]) + "\n"
    found = run("DU101", [doc(text)])
    assert lines_of(found) == [("draft.txt", 10, 10, [("draft.txt", 6, 6)])]


def test_copy_with_year_and_place_changed_within_a_draft():
    other = BASE.replace("青山", "绿水").replace("2016", "2015").replace("马坪", "石门")
    text = BASE + "\n" + other
    found = run("DU101", [doc(text)])
    assert [(a, b, r) for _, a, b, r, _ in found] == [(27, 51, [("draft.txt", 1, 25)])]
    shown = [(e["old"], e["new"]) for e in found[0][4].data["diff"] if "old" in e]
    assert ("青山", "绿水") in shown and ("2016", "2015") in shown


def test_a_draft_without_repetition_is_clean():
    assert run("DU101", [doc(BASE)]) == []


def test_recurring_titles_and_headings_alone_are_not_a_duplicate():
    text = "\n".join(["工作总结", "一、主要工作开展情况", "（略）", "工作总结", "一、主要工作开展情况", "二、存在的问题"])
    assert run("DU101", [doc(text)]) == []


# ---------------------------------------------------------------- across files
def _scattered_edits(text: str, every: int = 10) -> str:
    """Replace every ``every``-th Han character (10% scattered edits), deterministically."""
    out, k = [], 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            k += 1
            if k % every == 0:
                ch = chr(0x4E00 + (ord(ch) * 7919) % 20000)
        out.append(ch)
    return "".join(out)


def test_exact_copy_in_another_file_is_flagged_in_both():
    found = run("DU102", [doc(BASE, "a.txt"), doc(BASE, "b.txt")])
    assert lines_of(found) == [("a.txt", 1, 25, [("b.txt", 1, 25)]), ("b.txt", 1, 25, [("a.txt", 1, 25)])]
    assert found[0][4].data["coverage"] == 1.0


def test_ten_percent_scattered_edits_are_still_a_copy():
    found = run("DU102", [doc(BASE, "a.txt"), doc(_scattered_edits(BASE), "b.txt")])
    assert [(p, a, b) for p, a, b, _ in lines_of(found)] == [("a.txt", 1, 25), ("b.txt", 1, 25)]
    assert 0.8 <= found[0][4].data["similarity"] < 0.95


def test_traditional_script_copy_matches_the_simplified_original():
    import opencc

    trad = opencc.OpenCC("s2t").convert(BASE)
    found = run("DU102", [doc(trad, "trad.txt"), doc(BASE, "simp.txt")])
    assert lines_of(found) == [("simp.txt", 1, 25, [("trad.txt", 1, 25)]), ("trad.txt", 1, 25, [("simp.txt", 1, 25)])]
    assert found[0][4].data["similarity"] == 1.0
    assert found[0][4].data["diff"] == []  # script alone is not a difference worth showing


def test_reordered_paragraphs_are_each_found():
    # every paragraph of running text except the opening, which is stock phrases
    # (在县委、县政府的正确领导下 … 现将半年工作总结如下) with too little of its own
    paras = body(BASE)
    long_ones = [p for p in paras if len(p) >= 40 and "正确领导下" not in p]
    shuffled = "\n".join(long_ones[::-1]) + "\n"
    found = run("DU102", [doc(shuffled, "shuffled.txt"), doc(BASE, "base.txt")])
    flagged = [(a, b) for p, a, b, _ in lines_of(found) if p == "shuffled.txt"]
    assert flagged == [(k, k) for k in range(1, len(long_ones) + 1)]


def test_one_template_in_three_files_is_one_group():
    docs = [doc(BASE.replace("青山", name), f"{name}.txt") for name in ("青山", "绿水", "白沙")]
    found = run("DU102", docs)
    assert len(found) == 3
    for path, first, last, related, v in found:
        assert (first, last) == (1, 25)
        assert sorted(r[0] for r in related) == sorted(d.path for d in docs if d.path != path)
        assert v.data["copies"] == 3


def test_no_cross_compares_each_file_only_with_itself_and_references():
    a, b = doc(BASE, "a.txt"), doc(BASE, "b.txt")
    assert run("DU102", [a, b], cross=False) == []
    found = run("DU102", [a], references=[b], cross=False)
    assert lines_of(found) == [("a.txt", 1, 25, [("b.txt", 1, 25)])]


def test_reference_archive_is_compared_but_never_flagged():
    found = run("DU102", [doc(BASE, "draft.txt")], references=[doc(BASE, "archive/2015.txt")])
    assert [f[0] for f in found] == ["draft.txt"]


def test_unrelated_reports_do_not_match():
    formulaic = (FIXTURES / "formulaic_a.txt").read_text(encoding="utf-8")
    assert run("DU102", [doc(BASE, "a.txt"), doc(formulaic, "b.txt")]) == []


# ---------------------------------------------------------------- boilerplate and min-length
def _formulaic():
    return [doc((FIXTURES / n).read_text(encoding="utf-8"), n) for n in ("formulaic_a.txt", "formulaic_b.txt")]


def test_reports_sharing_only_stock_phrases_are_not_copies():
    assert run("DU102", _formulaic()) == []
    assert run("DU101", _formulaic()) == []


def test_stock_phrases_are_what_keeps_formulaic_reports_apart():
    # The opening and closing lines of the two reports are near-identical stock text
    # (similarity above the threshold); only the min-length on distinctive text,
    # stock phrases not counted, keeps them apart.
    found = run("DU102", _formulaic(), options={"min-length": 0})
    assert {(p, a) for p, a, *_ in lines_of(found)} >= {("formulaic_a.txt", 3), ("formulaic_a.txt", 17)}


def test_min_length_option_drops_short_copies():
    paras = body(BASE)
    short = paras[10]  # about 90 characters
    text = "\n".join(paras + [short])
    assert len(run("DU101", [doc(text)])) == 1
    assert run("DU101", [doc(text)], options={"min-length": 500}) == []


def test_threshold_option():
    docs = [doc(BASE, "a.txt"), doc(_scattered_edits(BASE), "b.txt")]  # about 90% similar
    assert run("DU102", docs) != []
    assert run("DU102", docs, options={"threshold": 0.95}) == []


def test_a_quarter_of_the_text_rewritten_is_no_longer_a_copy():
    docs = [doc(BASE, "a.txt"), doc(_scattered_edits(BASE, every=4), "b.txt")]
    assert run("DU102", docs) == []


# ---------------------------------------------------------------- the shared corpus
def test_shared_corpus_duplicate_sections(shared_corpus):
    docs = [Document(p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(shared_corpus.glob("*.txt"))]
    found = run("DU101", docs) + run("DU102", docs)
    assert all(Path(p).name.startswith("001_") for p, *_ in found)
    # the 2015 summary (lines 172-199) is the 2016 one (142-170): one section-level finding
    sections = [(a, b, r) for p, a, b, r, _ in found if b - a > 10]
    assert len(sections) == 1
    a, b, rel = sections[0]
    assert 172 <= a and b <= 199 and any(142 <= r[1] and r[2] <= 170 for r in rel)


@pytest.mark.parametrize("code", ["DU101", "DU102"])
def test_rule_documentation_has_the_required_parts(code):
    doc_ = get(code).doc
    for part in ("Why it matters", "Bad:", "Good:", "Fix:", "Options:"):
        assert part in doc_


def test_shared_corpus_scores_recall_and_precision_one(shared_corpus, tmp_path):
    from conftest import score_corpus

    score = score_corpus(shared_corpus, tmp_path)
    assert score["D"]["recall"] == 1.0
    assert score["D"]["precision"] == 1.0


def test_a_paragraph_in_three_places_points_each_later_copy_at_the_first():
    paras = body(BASE)
    pasted = paras[5]
    text = "\n".join(paras[:9] + [pasted] + paras[9:12] + [pasted] + paras[12:]) + "\n"
    found = run("DU101", [doc(text)])
    assert lines_of(found) == [("draft.txt", 10, 10, [("draft.txt", 6, 6)]), ("draft.txt", 14, 14, [("draft.txt", 6, 6)])]


def test_a_file_copied_from_two_files_gets_one_finding_per_section():
    a = doc(BASE, "a.txt")
    b = doc(BASE.replace("青山", "绿水"), "b.txt")
    c = doc(BASE.replace("青山", "白沙"), "c.txt")
    found = [f for f in run("DU102", [a], references=[b, c])]
    assert [(p, x, y, sorted(r[0] for r in rel)) for p, x, y, rel in lines_of(found)] == [("a.txt", 1, 25, ["b.txt", "c.txt"])]


def test_a_paragraph_pasted_three_times_in_a_row():
    paras = body(BASE)
    text = "\n".join(paras[:6] + [paras[5], paras[5]] + paras[6:]) + "\n"
    found = run("DU101", [doc(text)])
    assert lines_of(found) == [("draft.txt", 7, 7, [("draft.txt", 6, 6)]), ("draft.txt", 8, 8, [("draft.txt", 6, 6)])]


def _wrap(text: str, width: int) -> str:
    out = []
    for line in text.splitlines():
        out.extend(line[i : i + width] for i in range(0, len(line), width)) if line else out.append("")
    return "\n".join(out) + "\n"


def test_a_hard_wrapped_copy_matches_whatever_the_width():
    found = run("DU102", [doc(_wrap(BASE, 32), "ocr.txt"), doc(BASE, "base.txt")])
    assert [(p, a) for p, a, *_ in lines_of(found)] == [("base.txt", 1), ("ocr.txt", 1)]
    wrapped = found[1][4]
    assert wrapped.data["coverage"] > 0.95


def test_one_template_filed_by_seventy_offices_stays_one_group():
    docs = [doc(BASE.replace("青山", f"第{k}"), f"office{k:02d}.txt") for k in range(70)]
    found = run("DU102", docs)
    assert len(found) == 70
    assert all((a, b) == (1, 25) for _, a, b, _, _ in found)
    assert all(v.data["copies"] == 70 and 1 <= len(rel) <= 10 for _, _, _, rel, v in found)


def test_diff_offsets_point_into_the_flagged_draft():
    other = BASE.replace("2016", "2015")
    text = BASE + "\n" + other
    (finding,) = run("DU101", [doc(text)])
    for edit in finding[4].data["diff"]:
        assert text[edit["offset"] : edit["offset"] + len(edit["new"])] == edit["new"] == "2015"


def test_the_heading_of_the_next_section_is_not_part_of_the_copy():
    # the copy ends where the next section begins: its heading recurs, the text under it differs
    section = ("一、基本公共卫生服务\n{y}年，中心认真落实国家基本公共卫生服务项目，为辖区居民建立健康档案，"
               "规范管理高血压、糖尿病患者，开展健康教育讲座和义诊咨询活动。\n"
               "二、家庭医生签约服务\n组建家庭医生团队12个，以“1+1+N”模式开展签约服务，重点人群签约率"
               "稳步提高，履约质量持续提升，群众满意度明显提高。\n")
    text = ("第一部分\n" + section.format(y=2022) + "三、存在的不足\n全科医生数量不足，人才引进难度较大。\n"
            "第二部分\n" + section.format(y=2023) + "三、存在的不足\n信息化建设相对滞后，数据共享不够。\n")
    found = lines_of(run("DU101", [doc(text)]))
    assert found == [("draft.txt", 9, 12, [("draft.txt", 2, 5)])]
