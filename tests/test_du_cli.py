"""The DU rules through the command line: a folder of drafts, a reference archive, an index."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duplicate"
FOLDER = FIXTURES / "folder"


def check(*args: str) -> list[tuple[str, int, int, str, list[tuple[str, int, int]]]]:
    proc = subprocess.run(
        [sys.executable, "-m", "draftlint", "check", "--select", "DU", "--format", "json", "--exit-zero", *args],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    out = []
    for f in json.loads(proc.stdout)["findings"]:
        related = sorted((Path(r["path"]).name, r["line"], r["end_line"]) for r in f.get("related", []))
        out.append((Path(f["path"]).name, f["line"], f["end_line"], f["code"], related))
    return sorted(out)


def test_a_folder_of_drafts_from_one_template():
    # qingshan_2016: the original; 2017_reused: the year changed; traditional: the same in
    # traditional script; lvshui: the place changed and every tenth character edited (its
    # title, a short line, no longer matches). formulaic_a/b share only stock phrases.
    found = check(str(FOLDER), str(FIXTURES / "formulaic_a.txt"), str(FIXTURES / "formulaic_b.txt"))
    everyone = {
        "qingshan_2016.txt": (1, 25),
        "qingshan_2017_reused.txt": (1, 25),
        "qingshan_2016_traditional.txt": (1, 25),
        "lvshui_2016_edited.txt": (3, 25),
    }
    expected = []
    for name, (a, b) in everyone.items():
        others = []
        for other, (oa, ob) in everyone.items():
            if other != name:
                others.append((other, 3 if name.startswith("lvshui") else oa, ob))
        expected.append((name, a, b, "DU102", sorted(others)))
    assert found == sorted(expected)


def test_no_cross_keeps_each_draft_to_itself():
    assert check("--no-cross", str(FOLDER)) == []


def test_against_an_archive_flags_only_the_draft(tmp_path):
    draft = tmp_path / "draft_2018.txt"
    draft.write_text((FOLDER / "qingshan_2016.txt").read_text(encoding="utf-8").replace("2016", "2018"), encoding="utf-8")
    found = check("--against", str(FOLDER), str(draft))
    assert [(p, a, b, code) for p, a, b, code, _ in found] == [("draft_2018.txt", 1, 25, "DU102")]
    assert {r[0] for r in found[0][4]} == {p.name for p in FOLDER.glob("*.txt")}


def test_index_build_then_check_against_the_index(tmp_path):
    index = tmp_path / "archive.dlidx"
    proc = subprocess.run(
        [sys.executable, "-m", "draftlint", "index", "build", str(FOLDER), "-o", str(index)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    draft = tmp_path / "draft_2018.txt"
    draft.write_text((FOLDER / "qingshan_2016.txt").read_text(encoding="utf-8").replace("2016", "2018"), encoding="utf-8")
    found = check("--against-index", str(index), str(draft))
    assert [(p, a, b, code) for p, a, b, code, _ in found] == [("draft_2018.txt", 1, 25, "DU102")]
    assert {r[0] for r in found[0][4]} == {p.name for p in FOLDER.glob("*.txt")}


def test_a_draft_inside_the_archive_is_not_a_copy_of_itself(tmp_path):
    # only the real copies (2017_reused, the traditional one, lvshui) are related, never the file itself
    found = check("--against", str(FOLDER), str(FOLDER / "qingshan_2016.txt"))
    assert len(found) == 1
    assert "qingshan_2016.txt" not in {r[0] for r in found[0][4]}
    index = tmp_path / "archive.dlidx"
    subprocess.run([sys.executable, "-m", "draftlint", "index", "build", str(FOLDER), "-o", str(index)], check=True,
                   capture_output=True)
    found = check("--against-index", str(index), str(FOLDER / "qingshan_2016.txt"))
    assert len(found) == 1
    assert "qingshan_2016.txt" not in {r[0] for r in found[0][4]}
