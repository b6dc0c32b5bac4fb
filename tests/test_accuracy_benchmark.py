"""The held-out accuracy benchmark: its truth files are well-formed and its scorer scores right.

The benchmark itself (``.venv/bin/python benchmarks/accuracy.py --verbose``) prints draftlint's
current recall and precision; those numbers change as the rules change, so they are not asserted
here. What is asserted: every truth row of fixtures/benchmark points at text that is really on its
line, and the scorer follows the matching rules of ../shared/corpus/README.md on small made-up cases.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "fixtures" / "benchmark"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


acc = _load_scorer()
HEADER = "# family\tline\tanchor\tocc\tsubtype\tnote\talt\tcol"


# ---------------------------------------------------------------- the benchmark's own truth


@pytest.mark.parametrize("folder", sorted(ROOT.joinpath("fixtures").glob("benchmark*")), ids=lambda p: p.name)
def test_every_truth_file_fits_its_draft(folder):
    drafts = acc.load_corpus(folder)  # raises TruthError on any missing anchor or bad row
    assert len(drafts) >= 10
    assert all(d.has_truth for d in drafts), [d.path.name for d in drafts if not d.has_truth]


@pytest.mark.parametrize("tsv", sorted((BENCH / "truth").glob("*.tsv")), ids=lambda p: p.name)
def test_truth_file_format(tsv):
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "first line is the column header"
    if not tsv.name.endswith(".dup.tsv"):
        assert lines[0] == HEADER
    for n, raw in enumerate(lines[1:], 2):
        assert raw.strip(), f"{tsv.name}:{n}: blank line"
        cells = raw.split("\t")
        if tsv.name.endswith(".dup.tsv"):
            assert len(cells) == 6 and cells[4] in ("0", "1"), f"{tsv.name}:{n}"
        else:
            assert len(cells) == 8, f"{tsv.name}:{n}: {len(cells)} columns"
            family, line, anchor, occ, subtype, note, alt, col = cells
            assert family in ("P", "A", "S") and line.isdigit() and anchor and subtype and note, f"{tsv.name}:{n}"
            assert bool(occ) != bool(col), f"{tsv.name}:{n}: give occ or col, not both"


def test_truth_rows_are_unique():
    for tsv in (BENCH / "truth").glob("*.tsv"):
        if tsv.name.endswith(".dup.tsv"):
            continue
        draft = next(BENCH.glob(tsv.stem + ".*"))
        rows = acc.load_rows(tsv, acc.read_draft(draft))
        places = [(r.family, r.spans[0]) for r in rows]
        assert len(places) == len(set(places)), f"{tsv.name}: the same place is marked twice"


def test_benchmark_covers_what_it_promises():
    drafts = {d.path.name: d for d in acc.load_corpus(BENCH)}
    raw = {name: (BENCH / name).read_bytes() for name in drafts}
    assert any(name.endswith(".md") for name in drafts) and any(name.endswith(".txt") for name in drafts)
    assert sum(b"\r\n" in data for data in raw.values()) >= 2, "a couple of CRLF drafts"
    traditional = [n for n, data in raw.items() if any(ch in data.decode("utf-8-sig") for ch in "這們為發與區學")]
    assert len(traditional) >= 3
    assert any(not d.rows and not d.dups for d in drafts.values()), "a clean draft with empty truth"
    assert any(d.dups for d in drafts.values()), "a draft with a repeated section"
    assert any(len(d.lines) >= 80 for d in drafts.values()), "a long draft"
    families = {r.family for d in drafts.values() for r in d.rows}
    assert families == {"P", "A", "S"}


# ---------------------------------------------------------------- truth validation


def _draft(tmp_path, text, rows, name="d.txt", dups=None):
    folder = tmp_path / "corpus"
    (folder / "truth").mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8", newline="")
    if rows is not None:
        (folder / "truth" / (Path(name).stem + ".tsv")).write_text(
            HEADER + "\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    if dups is not None:
        (folder / "truth" / (Path(name).stem + ".dup.tsv")).write_text(
            "# a_start\ta_end\tb_start\tb_end\toptional\tnote\n" + "".join("\t".join(d) + "\n" for d in dups),
            encoding="utf-8")
    return folder


def _row(family, line, anchor, occ="1", subtype="slot", alt="", col=""):
    return [family, str(line), anchor, occ, subtype, "note", alt, col]


TEXT = "xx镇2023年工作总结\r\n\r\n今年xx镇完成投资 万元，xx村完成xx万元。\r\n"


def test_anchors_are_found_by_occurrence_and_column(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("P", 3, "xx", "2"), _row("P", 3, "xx", "", col="14")])
    (draft,) = acc.load_corpus(folder)
    assert [(a.line, a.start, a.end) for r in draft.rows for a in r.spans] == [(3, 14, 16), (3, 14, 16)]


@pytest.mark.parametrize("row", [
    _row("P", 3, "yy镇"),                     # anchor not on the line
    _row("P", 3, "xx", "5"),                  # fewer occurrences than occ
    _row("P", 3, "xx", "", col="4"),          # anchor not at that column
    _row("P", 9, "xx"),                       # line past the end
    _row("Q", 3, "xx"),                       # unknown family
    _row("P", 3, "xx", alt="3|zz"),           # alt anchor missing
    _row("P", 3, "xx", alt="3 xx"),           # alt without LINE|ANCHOR
    _row("P", 3, "xx", subtype=""),           # no subtype
    _row("P", 3, "xx", occ="one"),            # occ not a number
], ids=["anchor", "occ", "col", "line", "family", "alt", "alt-format", "subtype", "occ-format"])
def test_a_bad_truth_row_raises(tmp_path, row):
    folder = _draft(tmp_path, TEXT, [row])
    with pytest.raises(acc.TruthError):
        acc.load_corpus(folder)


def test_a_bad_dup_row_or_orphan_truth_raises(tmp_path):
    with pytest.raises(acc.TruthError):
        acc.load_corpus(_draft(tmp_path / "a", TEXT, [], dups=[["3", "1", "2", "3", "0", "n"]]))
    folder = _draft(tmp_path / "b", TEXT, [])
    (folder / "truth" / "gone.tsv").write_text(HEADER + "\n", encoding="utf-8")
    with pytest.raises(acc.TruthError):
        acc.load_corpus(folder)


def test_lines_end_at_lf_crlf_and_cr_only():
    assert acc.split_lines("一\r\n二\r三\n四\u2028五") == ["一", "二", "三", "四\u2028五"]


# ---------------------------------------------------------------- scoring


def _finding(line, col, end_col, code="PH101", severity="error", end_line=None, related=None, path=None):
    f = {"path": path, "line": line, "column": col, "end_line": end_line or line, "end_column": end_col,
         "code": code, "severity": severity, "message": "m"}
    if related is not None:
        f["related"] = related
    return f


def _score(folder, findings, with_info=False):
    drafts = acc.load_corpus(folder)
    for f in findings:
        f["path"] = f["path"] or str(drafts[0].path)
    return acc.score_corpus(drafts, findings, with_info)


def test_a_finding_that_overlaps_the_anchor_matches(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("P", 1, "xx镇")])
    touching = _score(folder, [_finding(1, 3, 5)]).tallies["P"]  # covers 镇2 only
    assert (touching.found, touching.correct, touching.findings) == (1, 1, 1)
    beside = _score(folder, [_finding(1, 4, 6)])  # starts right after the anchor
    assert beside.tallies["P"].found == 0 and len(beside.extras) == 1 and len(beside.misses) == 1


def test_a_finding_matches_at_most_one_row_and_a_row_one_finding(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("P", 3, "xx", "1"), _row("P", 3, "xx", "2")])
    wide = _score(folder, [_finding(3, 1, 30)]).tallies["P"]
    assert (wide.truth, wide.found, wide.correct) == (2, 1, 1)
    twice = _score(folder, [_finding(3, 3, 5), _finding(3, 4, 5)]).tallies["P"]
    assert (twice.found, twice.correct, twice.findings) == (1, 1, 2)


def test_matching_is_maximal_not_first_come(tmp_path):
    # the first finding overlaps both rows, the second only the first row: both rows are found
    folder = _draft(tmp_path, TEXT, [_row("P", 3, "xx", "1"), _row("P", 3, "xx", "2")])
    t = _score(folder, [_finding(3, 3, 16), _finding(3, 3, 4)]).tallies["P"]
    assert (t.found, t.correct) == (2, 2)


def test_families_do_not_match_each_other(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("P", 1, "xx镇")])
    result = _score(folder, [_finding(1, 1, 3, code="ST301")])
    assert result.tallies["P"].found == 0 and result.tallies["S"].findings == 1 and len(result.extras) == 1


def test_an_alt_place_counts_too(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("S", 3, "万元", alt="1|工作")])
    assert _score(folder, [_finding(1, 10, 12, code="ST101")]).tallies["S"].found == 1


def test_optional_rows_are_neither_required_nor_held_against(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("P", 1, "xx镇"), _row("P", 3, "xx", subtype="optional-slot")])
    none = _score(folder, []).tallies["P"]
    assert (none.truth, none.found) == (1, 0)
    both = _score(folder, [_finding(1, 1, 3), _finding(3, 3, 5)]).tallies["P"]
    assert (both.truth, both.found, both.correct, both.findings) == (1, 1, 2, 2)


def test_info_findings_are_left_out_unless_asked_for(tmp_path):
    folder = _draft(tmp_path, TEXT, [_row("P", 1, "xx镇")])
    assert "P" not in _score(folder, [_finding(9, 1, 2, severity="info")]).tallies or \
        _score(folder, [_finding(9, 1, 2, severity="info")]).tallies["P"].findings == 0
    with_info = _score(folder, [_finding(1, 1, 2, severity="info")], with_info=True)
    assert with_info.tallies["P"].found == 1


def test_a_draft_without_truth_counts_every_finding_as_extra(tmp_path):
    folder = _draft(tmp_path, TEXT, None)
    result = _score(folder, [_finding(1, 1, 3), _finding(3, 1, 3, code="AR101")])
    assert {fam: (t.truth, t.findings, t.correct) for fam, t in result.tallies.items() if t.findings} == \
        {"P": (0, 1, 0), "A": (0, 1, 0)}
    assert len(result.extras) == 2


DUP_TEXT = "".join(f"第{i}行\n" for i in range(1, 21))


def test_a_duplicate_counts_when_it_and_its_related_lie_in_the_two_sides(tmp_path):
    folder = _draft(tmp_path, DUP_TEXT, [], dups=[["3", "8", "12", "17", "0", "copy"]])

    def du(line, end_line, rline, rend):
        return _finding(line, 1, 3, code="DU101", end_line=end_line,
                        related=[{"path": str(folder / "d.txt"), "line": rline, "end_line": rend}])

    assert _score(folder, [du(12, 17, 3, 8)]).tallies["D"].found == 1
    assert _score(folder, [du(4, 6, 13, 15)]).tallies["D"].found == 1  # either direction, a part of each side
    straddling = _score(folder, [du(10, 17, 3, 8)])  # own lines leave the side
    assert straddling.tallies["D"].found == 0 and len(straddling.extras) == 1
    outside = _score(folder, [du(12, 17, 1, 8)])  # related leaves the other side
    assert outside.tallies["D"].found == 0
    no_related = _score(folder, [_finding(12, 1, 3, code="DU101", end_line=17)])
    assert no_related.tallies["D"].found == 0 and no_related.tallies["D"].truth == 1
    elsewhere = _score(folder, [du(12, 17, 3, 8) | {"related": [{"path": "/other/d2.txt", "line": 3, "end_line": 8}]}])
    assert elsewhere.tallies["D"].found == 0


def test_optional_duplicates_are_not_required(tmp_path):
    folder = _draft(tmp_path, DUP_TEXT, [], dups=[["3", "8", "12", "17", "1", "maybe"]])
    t = _score(folder, []).tallies["D"]
    assert (t.truth, t.found) == (0, 0)


def test_main_runs_draftlint_and_prints_the_table(tmp_path, capsys):
    folder = _draft(tmp_path, "县农业农村局2023年工作总结\n\n全年完成高标准农田建设4.2万亩。\n", [])
    assert acc.main([str(folder), "--verbose", "--json"]) == 0
    out = capsys.readouterr().out
    assert "family  truth  findings" in out and out.strip().splitlines()[-1].startswith("{")


def test_traditional_copy_keeps_every_line_and_column(tmp_path):
    pytest.importorskip("opencc")
    src = tmp_path / "set"
    (src / "truth").mkdir(parents=True)
    (src / "a.txt").write_text("乡镇工作总结\n本站小编整理,涉及个村。\n", encoding="utf-8")
    (src / "truth" / "a.tsv").write_text(f"{HEADER}\nP\t2\t本站小编\t1\tresidue\tsite\n", encoding="utf-8")
    out = acc.traditional_copy(src, tmp_path / "trad")
    assert (out / "a.txt").read_text(encoding="utf-8") == "鄉鎮工作總結\n本站小編整理,涉及個村。\n"
    drafts = acc.load_corpus(out)  # the converted anchor is found on its line
    assert [d.path.name for d in drafts] == ["a.txt"] and drafts[0].has_truth
