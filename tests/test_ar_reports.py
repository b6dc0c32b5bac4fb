"""Published-style reports are dense with correct figures: the AR rules stay silent on them.

fixtures/arithmetic/clean_*.txt are written in the style of a 统计公报 and a 政府工作报告,
with every checkable figure correct. They must produce no AR finding at all, in
simplified or traditional script; with one figure changed, the rules must find it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from draftlint.document import Document
from draftlint.rules import get, match_codes
from draftlint.testing import rule_options

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "arithmetic"
CLEAN = sorted(FIXTURES.glob("clean_*.*"))


def _ar(text: str) -> list[tuple[int, int, str, str]]:
    doc = Document(text)
    out = []
    for code in match_codes("AR"):
        for v in get(code).check(doc, rule_options(code)):
            pos = doc.position(v.span.start)
            out.append((pos.line, pos.column, code, v.severity))
    return sorted(out)


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_correct_report_draws_no_finding(path):
    assert _ar(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_correct_report_in_traditional_script_and_fullwidth_digits(path):
    opencc = pytest.importorskip("opencc")
    text = opencc.OpenCC("s2t").convert(path.read_text(encoding="utf-8"))
    text = text.translate({ord(str(i)): chr(0xFF10 + i) for i in range(10)})
    assert _ar(text) == []


def _mutate(name: str, old: str, new: str) -> str:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.mark.parametrize("name, old, new, code", [
    ("clean_work_report.txt", "增长32.9%", "增长28.9%", "AR111"),
    ("clean_work_report.txt", "的62.4%", "的68.4%", "AR101"),
    ("clean_work_report.txt", "提高1.3个百分点", "提高1.8个百分点", "AR112"),
    ("clean_work_report.txt", "其中幼儿园6所", "其中幼儿园9所", "AR121"),
    ("clean_bulletin.txt", "的比重为72.2%", "的比重为75.2%", "AR101"),
    ("clean_bulletin.txt", "乡村人口27.49万人", "乡村人口29.49万人", "AR121"),
    ("clean_bulletin.txt", "其他卫生机构25个", "其他卫生机构15个", "AR122"),
    ("clean_street_summary.txt", "的52.3%", "的58.3%", "AR101"),
    ("clean_street_summary.txt", "化解率97.7%", "化解率95.7%", "AR102"),
    ("clean_street_summary.txt", "兼职网格员62名", "兼职网格员72名", "AR121"),
    ("clean_street_summary.txt", "等三家企业", "等两家企业", "AR131"),
    ("clean_town_summary_traditional.txt", "增長１２.８％", "增長１６.８％", "AR111"),
    ("clean_town_summary_traditional.txt", "佔７５％", "佔７０％", "AR101"),
    ("clean_town_summary_traditional.txt", "蔬菜２００畝", "蔬菜３００畝", "AR121"),
])
def test_one_wrong_figure_is_found(name, old, new, code):
    text = _mutate(name, old, new)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if new in ln)
    found = [(ln, c, s) for ln, _col, c, s in _ar(text)]
    assert [(ln, c) for ln, c, s in found if s != "info"] == [(line, code)]


def test_everyday_report_sentences_draw_nothing():
    """fixtures/arithmetic/quiet.txt: sentences full of figures that are not wrong claims
    (overlapping categories, nested thresholds, rates of populations not given, slogans,
    approximate figures, years, phone numbers). Each line alone and the file as a whole."""
    text = (FIXTURES / "quiet.txt").read_text(encoding="utf-8")
    assert _ar(text) == []
    for line in text.splitlines():
        assert _ar(line) == [], line


def test_whole_named_in_the_sentence_before():
    text = "全年任务2355万元。上半年完成1318万元,完成全年任务的60%。"
    assert [(c, s) for _l, _c, c, s in _ar(text)] == [("AR101", "error")]


@pytest.mark.parametrize("old, new, code", [
    ("| 仅与配偶同住 | 103 | 42.4% |", "| 仅与配偶同住 | 103 | 48.4% |", "AR101"),
    ("| 合计 | 243 | 100% |", "| 合计 | 253 | 100% |", "AR122"),
    ("| 水利 | 800 | 720 | 90% |", "| 水利 | 800 | 720 | 95% |", "AR102"),
    ("| 合计 | 1093 | 4020 |", "| 合计 | 1093 | 4120 |", "AR122"),
])
def test_one_wrong_table_cell_is_found(old, new, code):
    text = _mutate("clean_tables.md", old, new)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if new in ln)
    assert [(ln, c) for ln, _col, c, s in _ar(text) if s != "info"] == [(line, code)]


def _wrap(text: str, width: int) -> str:
    """Hard-wrap every paragraph at ``width`` characters, as OCR and e-mail do."""
    out = []
    for para in text.splitlines():
        out.extend(para[i:i + width] for i in range(0, len(para), width) if para[i:i + width])
        if not para:
            out.append("")
    return "\n".join(out)


MUTATIONS = [
    ("clean_work_report.txt", "增长32.9%", "增长28.9%", "AR111"),
    ("clean_work_report.txt", "的62.4%", "的68.4%", "AR101"),
    ("clean_work_report.txt", "提高1.3个百分点", "提高1.8个百分点", "AR112"),
    ("clean_work_report.txt", "其中幼儿园6所", "其中幼儿园9所", "AR121"),
    ("clean_bulletin.txt", "的比重为72.2%", "的比重为75.2%", "AR101"),
    ("clean_bulletin.txt", "乡村人口27.49万人", "乡村人口29.49万人", "AR121"),
    ("clean_bulletin.txt", "其他卫生机构25个", "其他卫生机构15个", "AR122"),
    ("clean_street_summary.txt", "化解率97.7%", "化解率95.7%", "AR102"),
    ("clean_street_summary.txt", "重点抓好以下五项工作", "重点抓好以下四项工作", "AR131"),
]


@pytest.mark.parametrize("width", [24, 31, 38])
def test_hard_wrapped_reports_stay_quiet(width):
    """OCR'd and e-mailed drafts come hard-wrapped: a claim may run over a line break."""
    for path in CLEAN:
        if path.suffix == ".txt":
            assert [f for f in _ar(_wrap(path.read_text(encoding="utf-8"), width)) if f[3] != "info"] == [], path.name


@pytest.mark.parametrize("width", [24, 31, 38])
@pytest.mark.parametrize("name, old, new, code", MUTATIONS)
def test_hard_wrapped_wrong_figure_is_found(width, name, old, new, code):
    wrong = _wrap(_mutate(name, old, new), width)
    assert [c for _l, _col, c, s in _ar(wrong) if s != "info"] == [code]
