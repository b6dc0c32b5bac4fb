"""Parallel workers and the result cache change speed, never results."""

import json

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


def test_cache_skips_rules_on_unchanged_files(capsys, fake_rule, tmp_path, monkeypatch):
    folder = _drafts(tmp_path, 3)
    calls = []
    original = fake_rule.check

    def counting(doc, options):
        calls.append(doc.path)
        return original(doc, options)

    from draftlint.rules import registry
    from draftlint._record import replace

    monkeypatch.setitem(registry(), FAKE_CODE, replace(fake_rule, check=counting))
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
