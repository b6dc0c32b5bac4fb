"""Parallel workers and the result cache change speed, never results."""

import json
import pickle

from draftlint.cli import main

from conftest import FAKE_CODE


def _drafts(tmp_path, n):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i:02d}.txt").write_text(f"第{i}份。\n" + "这里有错字。\n" * (i % 3 + 1), encoding="utf-8")
    return folder


def _json(capsys, *args):
    main(["check", "--isolated", "--select", FAKE_CODE, "--format", "json", *args])
    return json.loads(capsys.readouterr().out)


def test_parallel_results_equal_serial_results_in_the_same_order(capsys, fake_rule, tmp_path):
    folder = _drafts(tmp_path, 12)
    serial = _json(capsys, "--no-cache", "--jobs", "1", str(folder))
    parallel = _json(capsys, "--no-cache", "--jobs", "2", str(folder))
    assert serial == parallel
    assert len(serial["findings"]) == sum(i % 3 + 1 for i in range(12))


def test_parallel_results_in_file_order_when_tasks_hold_several_files(capsys, fake_rule, tmp_path):
    folder = _drafts(tmp_path, 80)  # tasks of 10, 8, 7 ... files, then one at a time
    serial = _json(capsys, "--no-cache", "--jobs", "1", str(folder))
    parallel = _json(capsys, "--no-cache", "--jobs", "2", str(folder))
    assert serial == parallel
    assert len(serial["findings"]) == sum(i % 3 + 1 for i in range(80))


def test_batch_sizes_cover_every_file_and_shrink_towards_the_end():
    from draftlint.linter import _batch_sizes

    for files, workers in [(1, 2), (8, 2), (80, 2), (300, 2), (2000, 2), (2000, 4), (5, 8)]:
        sizes = _batch_sizes(files, workers)
        assert sum(sizes) == files
        assert all(1 <= s <= 32 for s in sizes)
        assert sizes == sorted(sizes, reverse=True)
        # the last task of each worker is a single file
        assert sizes[-min(workers, files):] == [1] * min(workers, files)
    assert _batch_sizes(2000, 2)[:50] == [32] * 50


def test_cache_skips_rules_on_unchanged_files(capsys, fake_rule, tmp_path, monkeypatch):
    folder = _drafts(tmp_path, 3)
    calls = _counting(monkeypatch, fake_rule)
    cache = str(tmp_path / "cache")
    first = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    assert len(calls) == 3
    second = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    assert len(calls) == 3 and second == first
    # a changed file is checked again, the others come from the cache
    (folder / "d01.txt").write_text("新的错字。", encoding="utf-8")
    third = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    assert len(calls) == 4 and third != first
    _json(capsys, "--jobs", "1", "--no-cache", str(folder))
    assert len(calls) == 7
    # changing a rule's option is a miss too
    (tmp_path / "cfg.toml").write_text('[rules.PH999]\nword = "第"\n', encoding="utf-8")
    main(["check", "--config", str(tmp_path / "cfg.toml"), "--select", FAKE_CODE, "--jobs", "1",
          "--cache-dir", cache, "--format", "json", str(folder)])
    capsys.readouterr()
    assert len(calls) == 10


def test_unwritable_cache_dir_is_ignored(capsys, fake_rule, tmp_path):
    folder = _drafts(tmp_path, 2)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = _json(capsys, "--jobs", "1", "--cache-dir", str(blocker / "sub"), str(folder))
    assert len(out["findings"]) == 3


def _counting(monkeypatch, fake_rule):
    from draftlint._record import replace
    from draftlint.rules import registry

    calls = []
    original = fake_rule.check

    def counting(doc, options):
        calls.append(doc.path)
        return original(doc, options)

    monkeypatch.setitem(registry(), FAKE_CODE, replace(fake_rule, check=counting))
    return calls


def _run_entries(cache):
    from pathlib import Path

    return sorted(Path(cache).glob("*/run-*.pickle"))


def test_a_rerun_over_unchanged_files_takes_the_findings_of_the_last_run(capsys, fake_rule, tmp_path, monkeypatch):
    from draftlint import linter

    folder = _drafts(tmp_path, 10)
    calls = _counting(monkeypatch, fake_rule)
    cache = str(tmp_path / "cache")
    first = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    assert len(calls) == 10 and len(_run_entries(cache)) == 1
    # the whole run from one entry: no file decoded, no rule run, no per-file entry read
    monkeypatch.setattr(linter, "_map_work", lambda *a: (_ for _ in ()).throw(AssertionError("not cached")))
    for jobs in ("1", "2"):
        assert _json(capsys, "--jobs", jobs, "--cache-dir", cache, str(folder)) == first
    assert len(calls) == 10
    monkeypatch.undo()
    calls = _counting(monkeypatch, fake_rule)
    # a changed, added or removed file is a miss (the others come from their own entries),
    # and the folder's entry is replaced, not joined by another
    (folder / "d01.txt").write_text("新的错字。", encoding="utf-8")
    changed = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    assert calls == [str(folder / "d01.txt")] and changed != first
    assert changed == _json(capsys, "--jobs", "1", "--no-cache", str(folder))
    assert len(_run_entries(cache)) == 1
    (folder / "d99.txt").write_text("错字。", encoding="utf-8")
    assert len(_json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))["findings"]) == len(changed["findings"]) + 1
    (folder / "d99.txt").unlink()
    assert _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder)) == changed


def test_the_run_entry_misses_when_a_setting_changes_the_findings(capsys, fake_rule, tmp_path):
    folder = _drafts(tmp_path, 3)
    cache = str(tmp_path / "cache")
    plain = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    english = _json(capsys, "--jobs", "1", "--cache-dir", cache, "--lang", "en", str(folder))
    assert english == _json(capsys, "--jobs", "1", "--no-cache", "--lang", "en", str(folder)) != plain
    ignored = _json(capsys, "--jobs", "1", "--cache-dir", cache, "--per-file-ignores", f"d01.txt:{FAKE_CODE}", str(folder))
    assert {f["path"] for f in ignored["findings"]} == {str(folder / "d00.txt"), str(folder / "d02.txt")}
    (tmp_path / "cfg.toml").write_text(f'[rules.{FAKE_CODE}]\nseverity = "error"\n', encoding="utf-8")
    main(["check", "--config", str(tmp_path / "cfg.toml"), "--select", FAKE_CODE, "--jobs", "1",
          "--cache-dir", cache, "--format", "json", str(folder)])
    severe = json.loads(capsys.readouterr().out)
    assert {f["severity"] for f in severe["findings"]} == {"error"}
    # only the format differs: the same findings, from the entry
    main(["check", "--isolated", "--select", FAKE_CODE, "--format", "concise", "--jobs", "1", "--cache-dir", cache,
          str(folder)])
    assert capsys.readouterr().out.count(FAKE_CODE) == len(plain["findings"])
    assert _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder)) == plain


def test_a_corrupt_run_entry_is_ignored(capsys, fake_rule, tmp_path):
    folder = _drafts(tmp_path, 3)
    cache = str(tmp_path / "cache")
    first = _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder))
    (entry,) = _run_entries(cache)
    for garbage in (b"", b"not a pickle", pickle.dumps({"key": "other", "findings": []}),
                    pickle.dumps({"key": None, "findings": [("x",)]}), pickle.dumps(["a list"])):
        entry.write_bytes(garbage)
        assert _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder)) == first
    # an entry of the right key whose rows do not read back as findings is a miss too
    good = pickle.loads(entry.read_bytes())
    good["findings"] = [("PH999", "warning")]
    entry.write_bytes(pickle.dumps(good))
    assert _json(capsys, "--jobs", "1", "--cache-dir", cache, str(folder)) == first


def test_findings_and_violations_round_trip_through_pickle():
    """They are pickled as calls of their classes (workers send them back, the cache keeps
    them): every field must come back, data included (which takes no part in equality)."""
    from draftlint.types import Finding, Location, Position, RelatedSpan, Span, Text, Violation

    rel = RelatedSpan(Span(1, 4), path="b.txt", message=Text("上文", "above"), lines=(1, 2, 3, 4))
    v = Violation(Span(3, 9), Text("甲", "a"), help=Text("乙", "b"), related=(rel,), severity="error",
                  data={"diff": [{"offset": 3}], "similarity": 0.93})
    f = Finding("DU102", "warning", Location("a.txt", Position(1, 2), Position(3, 4)), "消息", help="帮助",
                related=((Location("b.txt", Position(5, 6), Position(7, 8)), "注"),), span=Span(3, 9),
                source_line="行", data={"expected": "55.97%"})
    for obj in (v, f, rel, Text("甲", "a"), Span(0, 0)):
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            back = pickle.loads(pickle.dumps(obj, protocol=protocol))
            assert type(back) is type(obj) and back.__getstate__() == obj.__getstate__()
    assert pickle.loads(pickle.dumps(v)).data == v.data and pickle.loads(pickle.dumps(f)).data == f.data
