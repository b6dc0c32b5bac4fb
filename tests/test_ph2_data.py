"""The PH2 phrase lists are data: each is sorted, has no duplicates, and every entry compiles."""

from __future__ import annotations

from importlib import resources

import pytest
import regex

DATA = resources.files("draftlint.data")
LISTS = sorted(p.name for p in DATA.iterdir() if p.name.startswith("ph2_") and p.name.endswith(".txt"))


def entries(name: str) -> list[str]:
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith("#")]


def test_there_are_phrase_lists():
    assert "ph2_residue_markers.txt" in LISTS
    assert "ph2_instruction_contents.txt" in LISTS


@pytest.mark.parametrize("name", LISTS)
def test_no_blank_entries(name):
    assert all(line.strip() == line and line for line in entries(name))


@pytest.mark.parametrize("name", LISTS)
def test_sorted(name):
    assert entries(name) == sorted(entries(name))


@pytest.mark.parametrize("name", LISTS)
def test_no_duplicates(name):
    assert len(entries(name)) == len(set(entries(name)))


@pytest.mark.parametrize("name", LISTS)
def test_all_compile_and_match_nothing_empty(name):
    for entry in entries(name):
        pattern = regex.compile(entry, regex.IGNORECASE | regex.VERSION1)
        # an entry that matches the empty string would flag every position
        assert pattern.fullmatch("") is None, entry


@pytest.mark.parametrize("name", LISTS)
def test_comments_only_at_the_top(name):
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    seen_entry = False
    for line in lines:
        if line.startswith("#"):
            assert not seen_entry, f"{name}: comment after the first entry"
        else:
            seen_entry = True
