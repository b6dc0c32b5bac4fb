"""corpus.py: normalisation, bulk MinHash equal to datasketch's, LSH, diff, the reusable index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from draftlint import corpus
from draftlint.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duplicate"
BASE = (FIXTURES / "base_report.txt").read_text(encoding="utf-8")


def test_normalise_drops_punctuation_and_space_and_folds_numbers_and_script():
    assert corpus.normalise("2016年，青山鎮 完成投資1.8億元。") == corpus.normalise("2015年青山镇完成投资３亿元")
    assert corpus.normalise("XX乡") == corpus.normalise("xx乡")
    assert corpus.normalise("。，、 ") == ""


def test_hard_wrapped_block_is_one_paragraph_and_short_lines_stay_apart():
    wrapped = (
        "上半年全镇完成地区生产总值3.2亿元，同比增长9.5%；完成固\n"
        "定资产投资1.8亿元，占全年任务的56%；实现农民人均可支配收\n"
        "入6850元，同比增长10.2%。\n"
        "一、主要做法\n"
    )
    paras = corpus.paragraphs_of(Document(wrapped))
    assert [(p.line, p.end_line) for p in paras] == [(1, 3), (4, 4)]
    lines = Document("一、工作成效\n二、工作举措\n三、存在问题\n")
    assert [(p.line, p.end_line) for p in corpus.paragraphs_of(lines)] == [(1, 1), (2, 2), (3, 3)]


@pytest.mark.parametrize("seed", [1, 7])
def test_bulk_signatures_equal_datasketch_minhash(seed):
    from datasketch import MinHash

    texts = [corpus.normalise(ln) for ln in BASE.splitlines() if len(corpus.normalise(ln)) >= 3]
    texts.append("甲乙丙")  # the shortest text with one shingle
    sigs = corpus.signatures(texts, num_perm=128, seed=seed)
    for text, sig in zip(texts, sigs):
        m = MinHash(num_perm=128, seed=seed, hashfunc=corpus.shingle_hash32)
        m.update_batch([text[i : i + 3] for i in range(len(text) - 2)])
        assert m.scheme == "affine32"
        assert sig.tolist() == m.hashvalues.tolist()


def test_threaded_and_single_threaded_signatures_agree():
    texts = [corpus.normalise(BASE) * 40] * 3 + [corpus.normalise(BASE)]
    assert (corpus.signatures(texts, threads=1) == corpus.signatures(texts, threads=2)).all()


def test_lsh_pairs_finds_near_copies_and_not_strangers():
    a = corpus.normalise(BASE)
    b = a[:200] + "改" + a[201:]
    c = corpus.normalise((FIXTURES / "formulaic_a.txt").read_text(encoding="utf-8"))
    keys = corpus.band_keys(corpus.signatures([a, b, c]))
    assert corpus.lsh_pairs(keys).tolist() == [[0, 1]]


def test_compact_diff_shows_whole_numbers_and_names():
    edits = corpus.compact_diff("乡镇2016年招商引资工作总结，永春乡", "乡镇2015年招商引资工作总结，xx乡")
    assert [(e["old"], e["new"]) for e in edits] == [("2016", "2015"), ("永春", "xx")]
    assert corpus.render_diff(edits).startswith("乡镇【-2016-】【+2015+】年招商")


def test_compact_diff_ignores_punctuation_spacing_and_script():
    assert corpus.compact_diff("青山鎮，完成任務。", "青山镇, 完成任务.") == []


def test_union_find_groups():
    uf = corpus.UnionFind(5)
    uf.union(0, 3)
    uf.union(3, 4)
    assert uf.find(4) == uf.find(0) != uf.find(1)


# ---------------------------------------------------------------- the index
def _archive(tmp_path: Path) -> list[str]:
    (tmp_path / "archive").mkdir()
    paths = []
    for name, text in {
        "2015.txt": BASE.replace("2016", "2015"),
        "red.txt": (FIXTURES / "formulaic_a.txt").read_text(encoding="utf-8"),
        "willow.txt": (FIXTURES / "formulaic_b.txt").read_text(encoding="utf-8"),
    }.items():
        p = tmp_path / "archive" / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_build_and_load_index_round_trip(tmp_path):
    paths = _archive(tmp_path)
    out = tmp_path / "archive.dlidx"
    summary = corpus.build_index(paths, str(out), None)
    assert summary["files"] == 3 and summary["skipped"] == [] and summary["scheme"] == corpus.SCHEME_VERSION
    index = corpus.load_index(str(out))
    assert [f["path"] for f in index.files] == paths
    assert all(len(f["sha256"]) == 64 for f in index.files)
    assert len(index.para_file) == summary["paragraphs"]
    assert index.norm(0) == corpus.normalise(index.text(0)) != ""


def test_a_draft_is_compared_with_an_index_entry(tmp_path):
    paths = _archive(tmp_path)
    out = tmp_path / "archive.dlidx"
    corpus.build_index(paths, str(out))
    from draftlint.rules import get
    from draftlint.testing import rule_options
    from draftlint.types import CorpusContext

    draft = Document(BASE, path="draft.txt")
    ctx = CorpusContext(docs=[draft], index_path=str(out))
    found = list(get("DU102").check(ctx, rule_options("DU102")))
    assert len(found) == 1
    path, v = found[0]
    assert path == "draft.txt"
    assert [(r.path, r.lines[0], r.lines[2]) for r in v.related] == [(paths[0], 1, 25)]
    assert {"old": "2015", "new": "2016"} in [{"old": e["old"], "new": e["new"]} for e in v.data["diff"]]


def test_a_file_that_is_not_an_index_is_refused(tmp_path):
    bad = tmp_path / "bad.dlidx"
    bad.write_bytes(b"not an index")
    with pytest.raises(ValueError):
        corpus.load_index(str(bad))


def test_an_index_with_another_scheme_is_refused(tmp_path):
    import numpy as np

    old = tmp_path / "old.dlidx"
    corpus._write_arrays(old, {"format": corpus.INDEX_FORMAT, "scheme": corpus.SCHEME_VERSION - 1,
                               "num_perm": corpus.NUM_PERM, "seed": corpus.SEED, "files": []},
                         {"para_file": np.zeros(0, dtype=np.int32)})
    with pytest.raises(ValueError, match="rebuild"):
        corpus.load_index(str(old))


def test_an_archive_of_short_lines_makes_an_index_that_matches_nothing(tmp_path):
    (tmp_path / "titles.txt").write_text("工作总结\n一、主要做法\n", encoding="utf-8")
    out = tmp_path / "titles.dlidx"
    summary = corpus.build_index([str(tmp_path / "titles.txt")], str(out))
    assert summary["shingled"] == 0
    res = corpus.find_duplicates([Document(BASE, path="draft.txt")], index=corpus.load_index(str(out)))
    assert res.matches == []


def test_importing_draftlint_rules_does_not_import_numpy():
    code = (
        "import sys, draftlint.corpus, draftlint.rules as r; r.registry(); "
        "print('numpy' in sys.modules, 'datasketch' in sys.modules, 'rapidfuzz' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[:2] == ["False", "False"]
