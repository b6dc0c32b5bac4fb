"""The command line end to end: formats, exit codes, bad inputs, suppression, config."""

import io
import json

import pytest

from draftlint.cli import main

from conftest import FAKE_CODE


def run(capsys, *args):
    code = main(["check", "--isolated", "--select", FAKE_CODE + ",DL", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("第一段没有问题。\n\n这里有错字,那里也有错字。\n", encoding="utf-8")
    return path


def test_exit_1_and_concise_lines_when_findings(capsys, fake_rule, draft):
    code, out, err = run(capsys, "--format", "concise", str(draft))
    assert code == 1
    assert out.splitlines() == [
        f"{draft}:3:4: PH999 [warning] 错字“错字”",
        f"{draft}:3:11: PH999 [warning] 错字“错字”",
    ]
    assert "Found 2 problems in 1 file" in err


def test_exit_0_when_clean_and_with_exit_zero(capsys, fake_rule, tmp_path, draft):
    clean = tmp_path / "clean.txt"
    clean.write_text("一切正常。", encoding="utf-8")
    assert run(capsys, str(clean))[0] == 0
    assert run(capsys, "--exit-zero", str(draft))[0] == 0


def test_fail_on_error_ignores_warnings(capsys, fake_rule, draft):
    assert run(capsys, "--fail-on", "error", str(draft))[0] == 0


def test_json_contract(capsys, fake_rule, draft):
    code, out, _ = run(capsys, "--format", "json", str(draft))
    data = json.loads(out)
    assert data["version"] == 1
    first = data["findings"][0]
    assert {k: first[k] for k in ("line", "column", "end_line", "end_column", "code", "severity")} == {
        "line": 3, "column": 4, "end_line": 3, "end_column": 6, "code": FAKE_CODE, "severity": "warning"}
    assert first["help"] == "请改正"
    assert data["summary"]["findings"] == 2 and data["summary"]["by_code"] == {FAKE_CODE: 2}


def test_english_messages(capsys, fake_rule, draft):
    _, out, _ = run(capsys, "--format", "concise", "--lang", "en", str(draft))
    assert "typo “错字”" in out


def test_statistics(capsys, fake_rule, draft):
    _, out, _ = run(capsys, "--statistics", str(draft))
    assert out.split()[:2] == ["2", FAKE_CODE]


def test_missing_path_is_a_dl003_finding(capsys, fake_rule, tmp_path, draft):
    code, out, _ = run(capsys, "--format", "concise", str(tmp_path / "nope.txt"), str(draft))
    assert code == 1
    assert f"{tmp_path / 'nope.txt'}:1:1: DL003" in out
    assert "PH999" in out  # the other file is still linted


def test_undecodable_file_is_dl001_and_others_still_linted(capsys, fake_rule, tmp_path, draft):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03\xff\xfe\xfd" * 50)
    code, out, err = run(capsys, "--format", "concise", str(tmp_path))
    assert code == 1
    assert f"{bad}:1:1: DL001 [error]" in out
    assert "PH999" in out
    assert "Traceback" not in err


def test_broken_docx_is_dl002(capsys, fake_rule, tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "--format", "concise", str(tmp_path))
    assert code == 1 and "DL002 [error]" in out and "Traceback" not in err


def test_unknown_code_is_a_usage_error(capsys):
    assert main(["check", "--isolated", "--select", "ZZ999", "."]) == 2
    assert "ZZ999" in capsys.readouterr().err


def test_bad_config_names_the_key(capsys, tmp_path, draft):
    cfg = tmp_path / ".draftlint.toml"
    cfg.write_text('selekt = ["PH"]\n', encoding="utf-8")
    assert main(["check", str(draft)]) == 2
    err = capsys.readouterr().err
    assert "selekt" in err and err.count("\n") == 1


def test_invalid_toml_is_a_one_line_error(capsys, tmp_path, draft):
    (tmp_path / ".draftlint.toml").write_text("select = [", encoding="utf-8")
    assert main(["check", str(draft)]) == 2
    assert "invalid TOML" in capsys.readouterr().err


def test_config_file_then_flags(capsys, fake_rule, tmp_path, draft):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.draftlint]\nselect = ["PH999"]\nfail-on = "error"\n[tool.draftlint.rules.PH999]\nseverity = "error"\n',
        encoding="utf-8",
    )
    assert main(["check", "--format", "concise", str(draft)]) == 1
    assert "[error]" in capsys.readouterr().out
    # the flag wins over the file
    assert main(["check", "--format", "concise", "--fail-on", "error", "--ignore", "PH999", str(draft)]) == 0


def test_rule_option_from_config(capsys, fake_rule, tmp_path, draft):
    (tmp_path / ".draftlint.toml").write_text('select = ["PH999"]\n[rules.PH999]\nword = "那里"\n', encoding="utf-8")
    main(["check", "--format", "concise", str(draft)])
    assert capsys.readouterr().out.count("PH999") == 1


def test_unknown_rule_option_is_an_error(capsys, fake_rule, tmp_path, draft):
    (tmp_path / ".draftlint.toml").write_text("[rules.PH999]\nwrods = 1\n", encoding="utf-8")
    assert main(["check", str(draft)]) == 2
    assert "wrods" in capsys.readouterr().err


def test_per_file_ignores(capsys, fake_rule, tmp_path, draft):
    code, out, _ = run(capsys, "--per-file-ignores", "draft.txt:PH999", str(draft))
    assert code == 0 and out == ""


def test_exclude_and_gitignore(capsys, fake_rule, tmp_path, draft):
    sub = tmp_path / "old"
    sub.mkdir()
    (sub / "a.txt").write_text("错字", encoding="utf-8")
    (tmp_path / "ignored.txt").write_text("错字", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "concise", "--exclude", "old", str(tmp_path))
    assert "old" not in out and "ignored.txt" not in out and "draft.txt" in out
    _, out, _ = run(capsys, "--format", "concise", "--no-respect-gitignore", str(tmp_path))
    assert "ignored.txt" in out


def test_gitignore_inside_a_folder_named_by_a_relative_path(capsys, fake_rule, tmp_path, monkeypatch):
    # the folder's own .gitignore, the folder named relative to the working directory (it
    # once raised ValueError: a relative base against absolute file paths)
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "kept.txt").write_text("错字", encoding="utf-8")
    (folder / "ignored.txt").write_text("错字", encoding="utf-8")
    (folder / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for arg in ("drafts", "drafts/"):
        code, out, _ = run(capsys, "--format", "concise", "--no-cache", arg)
        assert "kept.txt" in out and "ignored.txt" not in out
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "--format", "concise", "--no-cache", ".")
    assert "kept.txt" in out and "ignored.txt" not in out


def test_stdin_with_filename(capsys, fake_rule, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("有错字".encode("gbk"))))
    code, out, _ = run(capsys, "--format", "concise", "-", "--stdin-filename", "总结.txt")
    assert code == 1 and out.startswith("总结.txt:1:2: PH999")


SUPPRESSED = """开头没有问题。
<!-- draftlint: disable-next-line=PH999 -->

这里有错字。
<!-- draftlint: disable -->
又一个错字。
<!-- draftlint: enable -->
最后的错字。
<!-- draftlint: disable-next-line=PH -->
这一行干净。
"""


def test_suppression_comments_and_unused_ones(capsys, fake_rule, tmp_path):
    path = tmp_path / "s.md"
    path.write_text(SUPPRESSED, encoding="utf-8")
    _, out, _ = run(capsys, "--format", "concise", str(path))
    lines = out.splitlines()
    assert [l.split(": ")[1].split()[0] for l in lines] == ["PH999", "DL100"]
    assert lines[0].startswith(f"{path}:8:4:")
    assert lines[1].startswith(f"{path}:9:1:")


def test_disable_file(capsys, fake_rule, tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("<!-- draftlint: disable-file=PH999 -->\n错字错字\n", encoding="utf-8")
    assert run(capsys, str(path))[0] == 0


def test_suppression_with_unknown_code_is_reported(capsys, fake_rule, tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("<!-- draftlint: disable=QQ123 -->\n正文\n", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "concise", str(path))
    assert "DL100" in out and "QQ123" in out


def test_rules_and_rule_commands(capsys):
    assert main(["rules"]) == 0
    assert "DL001" in capsys.readouterr().out
    assert main(["rule", "dl001"]) == 0
    assert "Fix:" in capsys.readouterr().out
    assert main(["rule", "XX000"]) == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("draftlint ")


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "xml"])
    assert exc.value.code == 2


def test_crashing_rule_is_an_internal_error_but_keeps_other_findings(capsys, fake_rule, monkeypatch, draft):
    from draftlint.rules import Rule, registry

    def boom(doc, options):
        raise RuntimeError("bug")
        yield

    monkeypatch.setitem(registry(), "PH998", Rule("PH998", "boom", "warning", "", "", "document", {}, boom))
    code = main(["check", "--isolated", "--select", "PH998,PH999", "--format", "concise", str(draft)])
    out, err = capsys.readouterr()
    assert code == 2 and "PH999" in out and "PH998" in err and "Traceback" not in err


def test_python_api(fake_rule, draft):
    import draftlint
    from draftlint.config import Config

    cfg = Config(select=[FAKE_CODE])
    findings = draftlint.lint_text("一个错字", path="x.txt", config=cfg)
    assert [(f.line, f.column, f.code) for f in findings] == [(1, 3, FAKE_CODE)]
    assert [f.line for f in draftlint.lint_paths([str(draft)], config=cfg)] == [3, 3]


def test_a_folder_without_drafts_says_so(capsys, tmp_path):
    (tmp_path / "notes.py").write_text("print('hi')\n")
    code = main(["check", "--isolated", str(tmp_path)])
    assert code == 0
    assert "no .txt, .md or .docx files found" in capsys.readouterr().err


def test_a_bad_index_is_a_usage_error_before_linting(capsys, tmp_path, draft):
    bad = tmp_path / "x.dlidx"
    bad.write_bytes(b"not an index")
    assert main(["check", "--isolated", "--against-index", str(bad), str(draft)]) == 2
    err = capsys.readouterr().err
    assert "--against-index" in err and err.count("\n") == 1
    assert main(["check", "--isolated", "--against-index", str(tmp_path / "missing.dlidx"), str(draft)]) == 2


def test_rules_as_markdown_and_json(capsys):
    assert main(["rules", "--format", "markdown"]) == 0
    assert "| DL001 | `undecodable-file` | error |" in capsys.readouterr().out
    assert main(["rules", "--format", "json"]) == 0
    assert any(r["code"] == "DL100" for r in json.loads(capsys.readouterr().out))


def test_findings_inside_website_residue_are_not_reported_twice(capsys, fake_rule, monkeypatch, tmp_path):
    import regex

    from draftlint.rules import Rule, registry
    from draftlint.types import Span, Text, Violation

    def residue(doc, options):
        for m in regex.finditer(r"【广告】[^\n]*", doc.text):
            yield Violation(Span(m.start(), m.end()), Text("残留", "residue"))

    monkeypatch.setitem(registry(), "PH201", Rule("PH201", "website-residue", "error", "", "", "document", {}, residue))
    path = tmp_path / "d.txt"
    path.write_text("正文有错字。\n【广告】这里的错字不再单独报告\n", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "concise", "--extend-select", "PH201", str(path))
    assert [l.split(": ")[1].split()[0] for l in out.splitlines()] == ["PH999", "PH201"]


def test_exclude_patterns_in_one_regex_match_as_each_pattern_does(tmp_path):
    """is_excluded joins the patterns into one regex; it must agree with matching them one by one."""
    import fnmatch
    import itertools

    from draftlint.config import DEFAULT_EXCLUDE, Config, _glob_match, _relative

    patterns = ["*.bak", "old/", "drafts/2023*", "归档", "a/b/*.txt", "tmp*", "?x.md"]
    paths = ["a.txt", "a.bak", "old/x.txt", "keep/old/y.md", "drafts/2023-1.txt", "drafts/2024.txt",
             "归档/旧稿.txt", "x/归档/z.txt", "a/b/c.txt", "a/b/c/d.txt", "tmpfile.txt", "ax.md", "bx.mdx"]
    for k in range(len(patterns) + 1):
        for chosen in itertools.combinations(patterns, min(k, 2)):
            config = Config(exclude=list(chosen), root=str(tmp_path))
            for rel in paths:
                path = tmp_path / rel
                expected = any(fnmatch.fnmatch(path.name, p) or _glob_match(_relative(str(path), str(tmp_path)), p)
                               for p in [*chosen, *DEFAULT_EXCLUDE])
                assert config.is_excluded(path) == expected, (chosen, rel)


def test_discover_places_files_by_their_folder_as_resolving_each_would(tmp_path, monkeypatch):
    """discover derives a file's relative path from its folder's; a linked file is
    resolved itself (so an exclude pattern sees where it really is), from a relative or an
    absolute top alike, with a .gitignore above the walked folder."""
    import os

    from draftlint.config import Config
    from draftlint.linter import discover

    root = tmp_path / "root"
    for rel in ["drafts/a.txt", "drafts/sub/b.md", "drafts/old/c.txt", "elsewhere/old/d.txt",
                "drafts/ignored.txt"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")
    (root / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    link = root / "drafts" / "link.txt"
    try:
        os.symlink(root / "elsewhere" / "old" / "d.txt", link)
    except OSError:
        pytest.skip("no symbolic links here")
    monkeypatch.chdir(root)
    config = Config(exclude=["elsewhere/old/*"], root=str(root))
    names = lambda found: sorted(os.path.relpath(os.path.abspath(p), root) for p in found)  # noqa: E731
    expected = ["drafts/a.txt", "drafts/old/c.txt", "drafts/sub/b.md"]
    assert names(discover(["drafts"], config)) == expected
    assert names(discover([str(root / "drafts")], config)) == expected
    assert names(discover(["./drafts/sub/.."], config)) == expected
    config.exclude = ["old"]  # a folder name at any depth: the link's target is in one too
    assert names(discover(["drafts"], config)) == ["drafts/a.txt", "drafts/sub/b.md"]
