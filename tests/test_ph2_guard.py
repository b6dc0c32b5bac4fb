"""The guards of the PH2 phrase lists only skip what cannot match: a speed-up, never a change."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from draftlint.load import load_bytes
from draftlint.rules.placeholder._guard import may_match, required
from draftlint.rules.placeholder._residue import _guarded, load_entries, match_text

ROOT = Path(__file__).resolve().parents[1]
LISTS = ["ph2_residue_markers.txt", "ph2_residue_extenders.txt", "ph2_instruction_phrases.txt",
         "ph2_word_placeholders.txt"]


def test_a_fixed_run_gives_its_rarest_stretch():
    assert required(r"(?m:^\s*(?:更新|发布|上传)(?:时间|日期)[::]\s*\d{4})", False) == (
        frozenset({"时间:", "日期:"}),)


def test_optional_parts_and_lookarounds_are_not_required():
    assert required(r"(?:本站)?小编(?=整理)", False) == (frozenset({"小编"}),)
    assert required(r"(?<![a-z])ctrl\s*\+\s*d", True) == (frozenset({"ctrl"}), frozenset({"d"}))


@pytest.mark.parametrize("pattern", [r"[\s\p{P}&&[^\n]]{0,3}x", r"\d{4}-\d{2}", r"(?:a|\d+)b{0}"])
def test_no_guard_where_nothing_is_known_or_the_syntax_is_the_regex_modules_own(pattern):
    assert required(pattern, False) == ()


def test_guard_reads_case_folded_text_for_case_insensitive_patterns():
    req = required("copyright", True)
    assert may_match(req, True, "COPYRIGHT 2023") and not may_match(req, True, "版权所有")


def _texts() -> list[str]:
    out = []
    for folder in (ROOT / "fixtures" / "placeholder", ROOT / "examples"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".md", ".docx"):
                out.append(match_text(load_bytes(path.read_bytes(), str(path))))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        out += [match_text(load_bytes(p.read_bytes(), str(p))) for p in sorted(shared.glob("*.txt"))]
    return out


@pytest.mark.parametrize("name", LISTS)
def test_a_guard_never_rejects_a_text_its_pattern_matches(name):
    texts = _texts()
    assert texts
    checked = 0
    for entry, (pattern, req, ignorecase) in zip(load_entries(name), _guarded(name)):
        for text in texts:
            if pattern.search(text):
                checked += 1
                assert may_match(req, ignorecase, text), entry
            for line in regex.finditer(r"[^\r\n]+", text):
                if pattern.search(text, line.start(), line.end()):
                    assert may_match(req, ignorecase, text, line.start(), line.end()), entry
    assert checked
