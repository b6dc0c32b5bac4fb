"""data/du_stock_phrases.txt: every line compiles, no duplicates, and each one is stock text."""

from __future__ import annotations

from pathlib import Path

import regex

from draftlint.corpus import distinctive_length, normalise

DATA = Path(__file__).resolve().parents[1] / "src" / "draftlint" / "data" / "du_stock_phrases.txt"


def _patterns() -> list[str]:
    lines = [ln.strip() for ln in DATA.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if ln and not ln.startswith("#")]


def test_each_pattern_compiles_and_is_unique():
    pats = _patterns()
    assert len(pats) == len(set(pats))
    for p in pats:
        regex.compile(p)


def test_patterns_match_the_detection_form_not_punctuation():
    for p in _patterns():
        assert not regex.search(r"[，。、；：“”（）\s]", p), p


def test_stock_openings_and_closings_have_little_text_of_their_own():
    # measured: stock openings/closings keep well under 40 characters of their own
    for line in [
        "一季度以来，红岩乡在县委、县政府的正确领导下，以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，现将有关情况汇报如下：",
        "下一步，我镇将继续在县委、县政府的正确领导下，凝心聚力，真抓实干，确保全年目标任务圆满完成。",
        "回顾这一年来的工作，虽然取得了一定的成绩，但工作中存在的问题也不容忽视。",
        "在市委、市政府的坚强领导和市直各部门的大力支持下，全镇经济社会保持了平稳较快发展。",
    ]:
        assert distinctive_length(normalise(line)) < 25, line


def test_a_real_paragraph_keeps_its_substance():
    text = "全镇新发展核桃种植2000亩、中药材1200亩，建成标准化生猪养殖场3个，培育农民专业合作社6家，带动农户1100余户。"
    assert distinctive_length(normalise(text)) >= 40
