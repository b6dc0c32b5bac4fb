"""The duplicate comparison's per-document work runs in the workers and is cached: the
findings are the same whichever way, and a warm run does not redo it."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest

from draftlint import corpus, linter
from draftlint.cli import main
from draftlint.config import Config

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Four copies of one template and a dozen drafts of recombined fixture lines: more
    distinct long paragraphs than the brute-force comparison takes, so LSH runs."""
    out = tmp_path_factory.mktemp("du_folder")
    for f in sorted((FIXTURES / "duplicate" / "folder").glob("*.txt")):
        shutil.copy(f, out / f.name)
    clauses: set[str] = set()
    for f in sorted(FIXTURES.rglob("*.txt")):
        if "benchmark" in str(f.relative_to(FIXTURES)):
            continue
        try:
            text = f.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        clauses.update(c for c in re.split(r"[，。；\n]", text) if len(c) >= 6)
    pool = sorted(clauses)
    rng = random.Random(11)
    for i in range(12):
        paras = ["，".join(rng.sample(pool, rng.randint(3, 6))) + "。" for _ in range(50)]
        (out / f"mix{i:02d}.txt").write_text("\n".join(paras) + "\n", encoding="utf-8")
    return out


def _findings(capsys, *args: str) -> list[dict]:
    main(["check", "--isolated", "--select", "DU", "--format", "json", "--exit-zero", *args])
    return json.loads(capsys.readouterr().out)["findings"]


def test_the_folder_takes_the_lsh_path(folder):
    from draftlint.load import load_path

    norms = {n for f in folder.iterdir() for n in corpus.prepare(load_path(str(f))).norms if len(n) >= corpus.SHINGLE_MIN}
    assert len(norms) > corpus.BRUTE_FORCE_MAX
    assert len(list(folder.iterdir())) >= linter._PREPARE_MIN_FILES


def test_findings_are_the_same_serial_parallel_cold_and_warm(capsys, folder, tmp_path):
    serial = _findings(capsys, "--no-cache", "--jobs", "1", str(folder))
    assert {Path(f["path"]).name for f in serial} >= {"qingshan_2016.txt", "qingshan_2017_reused.txt"}
    assert _findings(capsys, "--no-cache", "--jobs", "2", str(folder)) == serial
    cache = str(tmp_path / "cache")
    assert _findings(capsys, "--jobs", "2", "--cache-dir", cache, str(folder)) == serial
    assert _findings(capsys, "--jobs", "2", "--cache-dir", cache, str(folder)) == serial
    assert _findings(capsys, "--jobs", "1", "--cache-dir", cache, str(folder)) == serial


def test_a_warm_run_takes_the_prepared_work_from_the_cache(capsys, folder, tmp_path, monkeypatch):
    calls: list[str] = []
    original = corpus._prepare

    def counting(doc):
        calls.append(doc.path)
        return original(doc)

    monkeypatch.setattr(corpus, "_prepare", counting)
    cache = str(tmp_path / "cache")
    first = _findings(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    assert sorted(calls) == sorted(str(f) for f in folder.iterdir())
    calls.clear()
    assert _findings(capsys, "--jobs", "1", "--cache-dir", cache, str(folder)) == first
    assert calls == []
    # a changed file is prepared again, the others come from the cache
    changed = folder / "mix00.txt"
    text = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(text + "新增一段，用于检验缓存是否只重算改动过的文件，而其余文件直接取用缓存中的结果。\n", encoding="utf-8")
        _findings(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
        assert calls == [str(changed)]
    finally:
        changed.write_text(text, encoding="utf-8")


def test_a_worker_signs_what_it_prepares_and_a_few_files_are_left_to_the_rule(folder):
    config = Config()
    config.cache = False
    path = str(folder / "qingshan_2016.txt")
    work = linter._work(path, config, None, True)
    (prep,) = work.prepared.values()
    assert prep.sigs is not None and prep.sigs.shape == (len(prep.long_rows), corpus.NUM_PERM)
    assert linter._work(path, config, None, False).prepared == {}


def test_workers_finish_findings_as_the_main_process_does(capsys, folder, tmp_path):
    """Suppressions see the corpus findings too: a draft whose copy is suppressed, one
    with an unused suppression, residue and placeholders, checked by workers (which make
    findings of what they found) and in one process."""
    drafts = tmp_path / "drafts"
    shutil.copytree(folder, drafts)
    reused = drafts / "qingshan_2017_reused.txt"
    reused.write_text("<!-- draftlint: disable-file=DU102 -->\n" + reused.read_text(encoding="utf-8"), encoding="utf-8")
    (drafts / "unused.txt").write_text(
        "<!-- draftlint: disable-next-line=DU101 -->\nxx镇20xx年上半年工作总结\n某某同志：完成投资__万元，同比增长％。\n",
        encoding="utf-8",
    )
    for f in sorted((FIXTURES).glob("*/*.txt"))[:6]:
        shutil.copy(f, drafts / f"fx_{f.parent.name}_{f.name}")

    def everything(*args: str) -> dict:
        main(["check", "--isolated", "--format", "json", "--exit-zero", "--no-cache", *args, str(drafts)])
        return json.loads(capsys.readouterr().out)

    serial = everything("--jobs", "1")
    assert everything("--jobs", "2") == serial
    codes = {(Path(f["path"]).name, f["code"]) for f in serial["findings"]}
    assert ("qingshan_2017_reused.txt", "DU102") not in codes
    assert ("qingshan_2016.txt", "DU102") in codes
    assert ("unused.txt", "DL100") in codes
    assert len({c for _, c in codes}) > 4


def test_a_task_signs_its_documents_together_as_each_alone_and_caches_the_signed_work(folder, tmp_path, monkeypatch):
    import numpy as np

    config = Config()
    config.cache_dir = str(tmp_path / "cache")
    paths = [str(p) for p in sorted(folder.iterdir())][:6]
    works = linter._work_batch([(p, config, None, True, True) for p in paths])
    for path, work in zip(paths, works):
        alone = corpus.prepare_signed(linter.load_path(path))
        (prep,) = work.prepared.values()
        assert prep.norms == alone.norms
        assert np.array_equal(prep.sigs, alone.sigs) and np.array_equal(prep.keys, alone.keys)
    # the cache entries were written after the signing: a warm task prepares nothing
    monkeypatch.setattr(corpus, "_prepare", lambda doc: pytest.fail("prepared again"))
    monkeypatch.setattr(corpus, "signatures", lambda *a, **k: pytest.fail("signed again"))
    warm = linter._work_batch([(p, config, None, True, True) for p in paths])
    for work, again in zip(works, warm):
        (prep,), (cached,) = work.prepared.values(), again.prepared.values()
        assert np.array_equal(prep.sigs, cached.sigs) and np.array_equal(prep.keys, cached.keys)


def test_a_worker_result_survives_pickling_with_every_finding_field(folder):
    import pickle

    config = Config()
    config.cache = False
    paths = [str(p) for p in sorted(folder.iterdir())][:4]
    works = linter._work_batch([(p, config, None, True, True) for p in paths])
    assert sum(len(w.finished()) for w in works) > 0
    back = pickle.loads(pickle.dumps(works, protocol=pickle.HIGHEST_PROTOCOL))
    for work, again in zip(works, back):
        assert (again.path, again.doc.text, again.raw, again.errors) == (work.path, work.doc.text, work.raw, work.errors)
        assert again.prepared.keys() == work.prepared.keys()
        assert [(f, f.data, f.source_line, f.span) for f in again.finished()] == [
            (f, f.data, f.source_line, f.span) for f in work.findings
        ]


def test_the_main_process_checks_the_first_file_before_the_pool_forks(folder, monkeypatch):
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers inherit nothing without fork")
    here: list[str] = []
    original = linter._work

    def recording(path, *args, **kwargs):
        here.append(path)  # (a worker's list is its own copy: only the main process's calls show)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(linter, "_work", recording)
    config = Config()
    config.cache = False
    config.jobs = 2
    files = linter.discover([str(folder)], config)
    works = list(linter._map_work(files, config, None))
    assert here == files[:1]
    assert [w.path for w in works] == files and all(w.finished() is not None for w in works)


def _comparison(result) -> tuple:
    return (
        [(m.source, m.lo, m.hi, m.other, m.olo, m.ohi, m.similarity, m.strong_chars) for m in result.matches],
        [(s.path, s.linted) for s in result.sources],
        result.groups,
        result.group_sizes,
    )


def test_a_pool_filled_document_by_document_compares_as_the_documents_themselves(folder, monkeypatch):
    """The linter pools the documents as its workers return them: the comparison is the
    same, whether a document came signed or not, with the pool's rows grown on the way."""
    from draftlint.load import load_path

    monkeypatch.setattr(corpus, "_POOL_ROWS", 16)  # (the rows grow several times)
    paths = [str(p) for p in sorted(folder.iterdir())]
    docs = [load_path(p) for p in paths]
    expected = _comparison(corpus.find_duplicates(docs))
    assert expected[0]  # (the folder holds copies)
    docs = [load_path(p) for p in paths]
    corpus.sign([corpus.prepare(d) for d in docs[::2]])  # every other one signed by a "worker"
    pool = corpus.Pool()
    for doc in docs:
        pool.add(doc)
    assert pool.holds(docs) and not pool.holds(docs[:-1]) and not pool.holds(docs[::-1])
    assert _comparison(corpus.find_duplicates(docs, pool=pool)) == expected
    assert _comparison(corpus.find_duplicates(docs, pool=pool)) == expected  # (asked again: the pool is unchanged)
    # a pool of other documents, or a comparison with references, pools its sources itself
    assert _comparison(corpus.find_duplicates(docs[:-1] + [docs[-1]], pool=pool)) == expected
    with_refs = _comparison(corpus.find_duplicates(docs[:-2], docs[-2:]))
    assert _comparison(corpus.find_duplicates(docs[:-2], docs[-2:], pool=pool)) == with_refs


def test_the_linter_pools_the_documents_it_checks_for_the_duplicate_rules(folder, monkeypatch):
    given: list = []
    original = corpus._find_duplicates

    def recording(docs, references, **kwargs):
        given.append((kwargs["pool"], list(docs)))
        return original(docs, references, **kwargs)

    monkeypatch.setattr(corpus, "_find_duplicates", recording)
    config = Config()
    config.cache = False
    config.jobs = 1
    result = linter.run([str(folder)], config)
    assert given and all(pool is not None and pool.holds(docs) for pool, docs in given)
    assert any(f.code.startswith("DU") for f in result.findings)
    # a few files: nothing pooled (the rule does it, without numpy for a few drafts)
    given.clear()
    linter.run([str(p) for p in sorted(folder.iterdir())][: linter._PREPARE_MIN_FILES - 1], config)
    assert given and all(pool is None for pool, _ in given)


def test_a_worker_collects_cyclic_garbage_rarely_and_skips_what_it_inherited():
    import gc

    was_enabled, threshold = gc.isenabled(), gc.get_threshold()
    try:
        gc.disable()  # (as the main process forks its workers)
        linter._worker_started()
        assert gc.isenabled() and gc.get_threshold() == linter._WORKER_GC_THRESHOLD
        assert gc.get_freeze_count() > 0
        # cycles are still freed
        a: list = []
        a.append(a)
        del a
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        (gc.enable if was_enabled else gc.disable)()


def test_a_one_draft_check_with_findings_imports_neither_the_cache_nor_numpy(tmp_path):
    """A draft's findings are made as rows (draftlint._rows), without the cache module's
    pickle and hashlib; no pool, no numpy for one draft (start-up time)."""
    import subprocess
    import sys

    draft = tmp_path / "draft.txt"
    draft.write_text("xx镇20xx年上半年工作总结\n某某同志：完成投资__万元，同比增长％。\n", encoding="utf-8")
    probe = (
        "import sys; from draftlint.cli import main; "
        f"code = main(['check', '--isolated', '--no-cache', '--format', 'json', {str(draft)!r}]); "
        "sys.stderr.write(repr(sorted(m for m in ('draftlint.cache', 'numpy', 'pickle', 'hashlib') if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert '"code": "PH' in out.stdout  # (it has findings to make)
    assert out.stderr.strip().endswith("[]"), out.stderr
