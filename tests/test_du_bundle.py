"""DU101 section edges in a bundle of 范文 (``…工作总结 篇1`` … ``篇2`` … ``篇3``): a finding
covers the copied paragraphs, not the pieces' own title lines, which match only because
numbers are one token. A title with only its year changed stays part of the copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftlint.document import Document
from draftlint.rules import get
from draftlint.testing import rule_options
from draftlint.types import CorpusContext

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duplicate"
BUNDLE = (FIXTURES / "bundle_pian.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True, params=["pairwise", "minhash-lsh"])
def candidate_search(request, monkeypatch):
    from draftlint import corpus

    if request.param == "minhash-lsh":
        monkeypatch.setattr(corpus, "BRUTE_FORCE_MAX", 0)
    return request.param


def du101(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(flagged lines, related lines) of each DU101 finding."""
    d = Document(text, path="bundle.txt")
    ctx = CorpusContext(docs=[d], references=[], index_path=None, cross=True)
    return [(tuple(v.data["lines"]), tuple(v.data["related_lines"]))
            for _, v in get("DU101").check(ctx, rule_options("DU101", None))]


def pieces(text: str) -> list[list[str]]:
    """The bundle's pieces, each a list of non-blank lines, its title first."""
    out: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if "工作总结 篇" in line:
            out.append([])
        out[-1].append(line)
    return out


def join(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def test_body_of_piece_one_copied_into_piece_two_is_flagged_without_the_titles():
    # the fixture: 篇2's body is 篇1's; the titles 篇1/篇2/篇3 are each piece's own
    assert du101(BUNDLE) == [((13, 19), (3, 9))]


def test_copy_into_a_later_piece_stops_before_the_next_title_on_both_sides():
    one, _, three = pieces(BUNDLE)
    other = [three[0].replace("篇3", "篇2"), *three[1:]]
    copy = [one[0].replace("篇1", "篇3"), *one[1:]]
    last = [
        three[0].replace("篇3", "篇4"),
        "本年度，街道综治中心整合网格员、楼栋长和志愿者力量，把信访接待延伸到小区，全年受理社区群众诉求640件，"
        "其中物业管理类占四成，均已转交相关部门限期办理并回访。",
    ]
    text = join(one, other, copy, last)
    first_body = line_of(text, "今年以来")
    copy_body = line_of(text, "今年以来", 2)
    end_one = line_of(text, "三、加强矛盾排查")
    end_copy = line_of(text, "三、加强矛盾排查", 2)
    assert du101(text) == [((copy_body, end_copy), (first_body, end_one))]


def test_pieces_numbered_in_chinese_numerals_behave_alike():
    text = BUNDLE.replace("篇1", "篇一").replace("篇2", "篇二").replace("篇3", "篇三")
    assert du101(text) == [((13, 19), (3, 9))]


def test_traditional_script_bundle_behaves_alike():
    from opencc import OpenCC

    text = OpenCC("s2t").convert(BUNDLE)
    assert du101(text) == [((13, 19), (3, 9))]


def test_a_title_with_only_the_year_changed_is_still_part_of_the_copy():
    one = pieces(BUNDLE)[0]
    text = join(["信访局2019年信访工作总结", *one[1:]], ["信访局2020年信访工作总结", *one[1:]])
    assert du101(text) == [((11, 19), (1, 9))]


def test_an_identical_heading_at_the_edge_is_still_part_of_the_copy():
    one = pieces(BUNDLE)[0]
    text = join(["一、本年度信访工作回顾", *one[1:]], ["一、本年度信访工作回顾", *one[1:]])
    assert du101(text) == [((11, 19), (1, 9))]


def test_a_renumbered_heading_inside_a_copied_section_stays_inside_it():
    one = pieces(BUNDLE)[0]
    body = one[1:]
    first = [*body[:2], "（一）机制建设", *body[2:]]
    second = [*body[:2], "（二）机制建设", *body[2:]]
    text = join(first, ["以下为另一单位材料"], second)
    # the renumbered heading (（一）/（二）) lies between copied paragraphs: inside the section
    assert du101(text) == [((13, 21), (1, 9))]


def test_renumbered_headings_at_the_edges_are_left_out():
    one = pieces(BUNDLE)[0]
    text = join(["一、信访工作", *one[1:], "二、其他工作"], ["三、信访工作", *one[1:], "四、其他工作"])
    assert du101(text) == [((15, 21), (3, 9))]


def test_copy_whose_first_title_differs_does_not_run_onto_the_next_titles():
    # 篇1 has a title of its own, so the section cannot grow backwards; forwards it would
    # reach 篇2's title on one side and 篇3's on the other
    text = BUNDLE.replace("信访工作总结 篇1", "县信访局关于2020年度信访工作情况的报告（范文一）")
    assert du101(text) == [((13, 19), (3, 9))]
