"""The PH1xx word lists are data: each must be sorted, free of duplicates and usable."""

from __future__ import annotations

from importlib import resources

import pytest
import regex

from draftlint.rules.placeholder._fill import alternation, data_list

LISTS = sorted(
    p.name[: -len(".txt")]
    for p in resources.files("draftlint").joinpath("data").iterdir()
    if p.name.startswith("ph1_") and p.name.endswith(".txt")
)


def test_lists_exist():
    assert {"ph1_units", "ph1_unit_words", "ph1_count_cues", "ph1_measure_words", "ph1_titles",
            "ph1_place_suffixes", "ph1_suffix_words", "ph1_surnames"} <= set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_sorted_without_duplicates(name):
    entries = list(data_list(name))
    assert entries, f"{name} is empty"
    assert entries == sorted(entries), f"{name} is not sorted"
    dupes = {e for e in entries if entries.count(e) > 1}
    assert not dupes, f"{name} has duplicates: {dupes}"


@pytest.mark.parametrize("name", LISTS)
def test_entries_compile_and_match_themselves(name):
    pat = regex.compile(r"(?:%s)\Z" % alternation(name))
    for entry in data_list(name):
        assert not any(c.isspace() for c in entry), f"{name}: {entry!r} holds a space"
        assert pat.match(entry), f"{name}: {entry!r} does not match itself"


def test_surnames_are_single_characters():
    assert all(len(s) == 1 for s in data_list("ph1_surnames"))


def test_unit_words_are_words_around_a_unit():
    """Every ordinary word must hold a unit or measure word, or it can never apply."""
    units = set(data_list("ph1_units")) | set(data_list("ph1_measure_words"))
    for word in data_list("ph1_unit_words"):
        assert any(u in word for u in units), word
