"""Shared helpers of the PH2xx/PH13x/PH14x/PH3xx rules: phrase lists, page lines, numbering.

The phrase lists live in ``draftlint/data/ph2_*.txt``: one entry per line, lines starting
with ``#`` are comments. Entries are regular expressions for the ``regex`` module, matched
case-insensitively on :func:`match_text`: ``Document.simplified`` (so traditional script is
caught as well) with full-width forms folded to ASCII (``，：（）！１２`` match ``,:()!12``),
character for character, so offsets stay those of the original text.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate, count
from operator import add
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from ..._data import data_path, read_data
from ..._record import Record
from ...document import Document, Line
from ...lazyre import lazy
from ..structure._numerals import UPPER_CHARS, cn_to_int, upper_to_int
from ._guard import LiteralFinder, may_match

DATA_PACKAGE = "draftlint.data"

# U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E; U+3000 is the ideographic space.
# The full-width hyphen stays: in "－２－" it is a dash around a page number, not a hyphen.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if code != 0xFF0D}
_FOLD[0x3000] = 0x20
_FOLD_PAIRS = tuple((chr(k), chr(v)) for k, v in _FOLD.items())


def fold_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space as ASCII, one character for one."""
    # one str.replace per form that occurs: many times faster than str.translate with a
    # dict on Chinese text, where every character would be looked up in Python
    for wide, narrow in _FOLD_PAIRS:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def match_text(doc: Document) -> str:
    """The text the PH2 rules match on: simplified script, full-width forms folded."""
    cached = doc.__dict__.get("_ph2_match_text")
    if cached is None:
        cached = fold_width(doc.simplified)
        doc.__dict__["_ph2_match_text"] = cached
    return cached


def line_text(doc: Document, line: Line) -> str:
    return match_text(doc)[line.start:line.end]


@lru_cache(maxsize=None)
def load_entries(name: str) -> tuple[str, ...]:
    """The entries of data file ``name`` (comments and blank lines left out)."""
    text = read_data(name)
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


_ESCAPES = r"\\[pP]\{[^}]*\}|\\.|\(\?[a-zA-Z-]*[:)]|A-Za-z|a-zA-Z"
_SCOPED_I = r"\(\?i:[^()]*\)"
_CASE_PAIR = r"\[([A-Za-z])([A-Za-z])\]"


def _flags(entry: str) -> int:
    """IGNORECASE only for an entry with Latin letters in it: case folding slows the match
    of every other entry down and changes nothing for Chinese. A class that spells out both
    cases (``[A-Za-z]``, ``[Cc][Tt][Rr][Ll]``) or folds case only where it must (``(?i:vip)``)
    needs no folding."""
    bare = regex.sub(_CASE_PAIR, lambda m: "" if m.group(1).lower() == m.group(2).lower() else m.group(), entry)
    letters = regex.search(r"[a-zA-Z]", regex.sub(_ESCAPES, "", regex.sub(_SCOPED_I, "", bare)))
    return regex.VERSION1 | (regex.IGNORECASE if letters else 0)


@lru_cache(maxsize=None)
def _compiled(entry: str, flags: int) -> regex.Pattern:
    return compile_stored(entry, flags)


# --- compiled patterns, stored ------------------------------------------------------------
#
# Compiling the entries is the ``regex`` module's parser at work, in Python: 0.47 s for the
# lists below (0.3 s the markers), paid again by every process, in the rules that ask first.
# The module pickles a compiled pattern as its compiled program (``Pattern._pickled_data``:
# the pattern, its flags, the code, the groups …), and unpickling one hands that program to the
# engine without parsing anything (about 20 µs against 0.6 ms to 20 ms for a compile). So
# ``data/ph2_compiled.pickle`` holds every pattern the lists compile to, each pickled on its own
# (a one-draft check unpickles only those it runs), written by ``--regenerate`` with the
# version of ``regex`` and of Python it was made with; under any other version, or for a
# pattern it does not hold (a list edited since), the pattern is compiled as before. A test
# checks that the file holds what compiling gives now.

COMPILED_FILE = "ph2_compiled.pickle"


def _pattern_version() -> str:
    import sys

    return f"regex {regex.__version__}, Python {sys.version_info[0]}.{sys.version_info[1]}"


@lru_cache(maxsize=None)
def _stored_file() -> dict:
    """What ``data/ph2_compiled.pickle`` holds: ``{"version": …, "patterns": {…}}`` (empty
    when it cannot be read)."""
    import pickle

    try:
        with open(data_path(COMPILED_FILE), "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError):  # pragma: no cover - a broken install
        return {}


def _stored_patterns() -> dict[tuple[str, int], bytes]:
    """The stored patterns, or none when they were made under another version of ``regex``
    or Python (an install with a newer ``regex`` compiles them as before)."""
    stored = _stored_file()
    return stored.get("patterns", {}) if stored.get("version") == _pattern_version() else {}


def compile_stored(source: str, flags: int) -> regex.Pattern:
    """``regex.compile(source, flags)``, unpickled from ``data/ph2_compiled.pickle`` when it
    holds the pattern (see above)."""
    global _compiles
    # reading the file costs as much as compiling a few patterns: a one-draft check compiles
    # two, so the first few are compiled (start-up), the rest read from the file
    _compiles += 1
    blob = _stored_patterns().get((source, int(flags))) if _compiles > _COMPILES_BEFORE_STORE else None
    if blob is None:
        return regex.compile(source, flags)
    import pickle

    return pickle.loads(blob)


_COMPILES_BEFORE_STORE = 4
_compiles = 0


def _stored_sources() -> list[tuple[str, int]]:
    """Every pattern the lists compile to: each entry with its flags, the frame's entries (see
    ``_frame._entry_pattern``), the line filters and the combined patterns ``fullmatch_any``
    compiles for the lists it is asked about."""
    from ._frame import FRAME_FLAGS

    out: dict[tuple[str, int], None] = {}
    for name in GUARDED_LISTS:
        frame = name.startswith("ph2_frame")
        for entry, flags, _req in guarded(name):
            out[(entry, FRAME_FLAGS if frame else int(flags))] = None
            if frame:
                continue
            source = _line_filter_source(entry, flags)
            if source is not None:
                out[(source, int(flags))] = None
    for name in COMBINED_LISTS:
        for source, flags in _combined_sources(name) or ():
            out[(source, int(flags))] = None
    return list(out)


# the lists ``fullmatch_any`` is asked about (PH131: the inside of a bracket)
COMBINED_LISTS = ("ph2_instruction_contents.txt",)


def compiled_pickle() -> bytes:
    """The bytes of ``data/ph2_compiled.pickle``, compiled from the lists as they are now."""
    import pickle

    patterns = {(source, flags): pickle.dumps(regex.compile(source, flags), protocol=4)
                for source, flags in _stored_sources()}
    return pickle.dumps({"version": _pattern_version(), "patterns": patterns}, protocol=4)


def compile_each(name: str) -> tuple[regex.Pattern, ...]:
    """Every entry of ``name`` compiled (the rules compile an entry only when its guard lets
    it run: see :func:`guarded`)."""
    return tuple(_compiled(entry, flags) for entry, flags, _req in guarded(name))


# --- guards -------------------------------------------------------------------------------
#
# Deriving a guard parses the pattern (``_guard.required``) and deciding the flags runs three
# substitutions: too slow to do for ~150 entries at every start. ``data/ph2_guards.json``
# holds both for every entry of the lists below, whether its matches stay within a line
# (``_guard.line_local``) and, if not, how many runs of white space over line breaks a match
# may have (``_guard.bridges``), written by
# ``python -m draftlint.rules.placeholder._residue --regenerate``; a test checks that it
# equals what is derived now. An entry the file does not know (edited since) is derived here.

GUARDS_FILE = "ph2_guards.json"
GUARDED_LISTS = ("ph2_instruction_contents.txt", "ph2_instruction_phrases.txt",
                 "ph2_residue_extenders.txt", "ph2_residue_markers.txt", "ph2_word_placeholders.txt",
                 # (the frame's word lists: matched on lower case, see ``_frame._Words``)
                 "ph2_frame_strong.txt", "ph2_frame_weak.txt")

Guard = tuple  # tuple[frozenset[str], ...]: a string of each set is in every match


def derive(entry: str) -> tuple[int, Guard, bool, int | None]:
    """The flags, the guard, the line-locality of an entry and, for one that is not
    line-local, the runs of white space over line breaks a match may have (see ``_guard``),
    from the entry itself."""
    from ._guard import bridges, line_local, required

    flags = _flags(entry)
    local = line_local(entry)
    return flags, required(entry, bool(flags & regex.IGNORECASE)), local, None if local else bridges(entry)


@lru_cache(maxsize=None)
def _stored_rows() -> dict[str, list]:
    try:
        return json.loads(read_data(GUARDS_FILE))
    except FileNotFoundError:  # pragma: no cover - a broken install: derive everything
        return {}


@lru_cache(maxsize=None)
def _stored_list(name: str) -> dict[str, tuple[int, Guard, bool, int | None]]:
    """The stored flags, guard, line-locality and line bridges of each entry of list ``name``
    (built per list: a one-draft check needs a few of the lists, not the frame's)."""
    # (the two sets of flags as plain ints, once: a RegexFlag operation per row costs more
    # than the rest of the row)
    by_case = {"": int(regex.VERSION1), "i": int(regex.VERSION1 | regex.IGNORECASE)}
    return {entry: (by_case[case], tuple(frozenset(s) for s in sets), local, bridges)
            for entry, case, sets, local, bridges in _stored_rows().get(name, ())}


def _stored() -> dict[tuple[str, str], tuple[int, Guard, bool, int | None]]:
    """Every stored row, by list and entry."""
    return {(name, entry): row for name in _stored_rows() for entry, row in _stored_list(name).items()}


@lru_cache(maxsize=None)
def _derived(name: str) -> tuple[tuple[str, int, Guard, bool, int | None], ...]:
    stored = _stored_list(name)
    out = []
    for entry in load_entries(name):
        flags, req, local, bridges = stored.get(entry) or derive(entry)
        out.append((entry, int(flags), req, local, bridges))
    return tuple(out)


@lru_cache(maxsize=None)
def guarded(name: str) -> tuple[tuple[str, int, Guard], ...]:
    """Each entry of ``name`` with its flags and its guard (see ``_guard``)."""
    return tuple((entry, flags, req) for entry, flags, req, _local, _bridges in _derived(name))


@lru_cache(maxsize=None)
def _runs(name: str) -> tuple[tuple[str, int, Guard, bool, bool], ...]:
    # the case flag as a plain bool: a test on a RegexFlag costs as much as a short search;
    # last, whether the entry's matches stay within a line
    return tuple((entry, flags, req, bool(flags & _IGNORECASE), local)
                 for entry, flags, req, local, _bridges in _derived(name))


_IGNORECASE = int(regex.IGNORECASE)


def guards_json() -> str:
    """The text of ``data/ph2_guards.json``, derived from the lists as they are now."""
    table = {}
    for name in GUARDED_LISTS:
        rows = []
        for entry in load_entries(name):
            flags, req, local, bridges = derive(entry)
            case = "i" if flags & regex.IGNORECASE else ""
            rows.append(json.dumps([entry, case, [sorted(s) for s in req], local, bridges], ensure_ascii=False))
        table[name] = rows
    body = ",\n".join(f"{json.dumps(name)}: [\n  " + ",\n  ".join(rows) + "\n]" for name, rows in table.items())
    return "{\n" + body + "\n}\n"


def _scanned(s: str) -> bool:
    """Whether a guard string is one the one scan looks for. A single character is looked up
    with ``str.find`` instead: among the strings of the scan, 上, 中, 大 … would be reported
    at nearly every line of a report."""
    return len(s) > 1


@lru_cache(maxsize=None)
def _finders(name: str) -> tuple[LiteralFinder, LiteralFinder]:
    """The guard strings of the entries of ``name`` that heed case, and of those that ignore
    it, each looked up in one pass (single characters left out: see :func:`_scanned`); for
    the lists scanned together (see :data:`_SCANNED_TOGETHER`) their part of one shared pass."""
    if name in _SCANNED_TOGETHER:
        heed, fold = _shared_finders()
        return _Part(heed, _strings(name, False)), _Part(fold, _strings(name, True))
    return LiteralFinder(_strings(name, False)), LiteralFinder(_strings(name, True), ignorecase=True)


@lru_cache(maxsize=None)
def _strings(name: str, ignorecase: bool) -> frozenset[str]:
    """The guard strings the scan looks for of the entries of ``name`` that ignore case (or
    that heed it)."""
    return frozenset(s for _e, _f, req, ic, _l in _runs(name) if ic == ignorecase
                     for c in req for s in c if _scanned(s))


# The lists whose guard strings are looked up in one pass together: every draft is asked about
# the markers and the instruction phrases (PH201, PH131) and nearly every one about the
# extenders (on its lines with a marker). A pass costs about as much with their strings
# together as with the markers' alone (measured: 0.153 s against 0.140 + 0.017 + 0.049 s over
# the 300 drafts of the benchmark), so one pass instead of three.
_SCANNED_TOGETHER = frozenset({"ph2_residue_markers.txt", "ph2_residue_extenders.txt",
                               "ph2_instruction_phrases.txt"})


@lru_cache(maxsize=None)
def _shared_finders() -> tuple[LiteralFinder, LiteralFinder]:
    heed = frozenset().union(*[_strings(name, False) for name in _SCANNED_TOGETHER])
    fold = frozenset().union(*[_strings(name, True) for name in _SCANNED_TOGETHER])
    return LiteralFinder(heed), LiteralFinder(fold, ignorecase=True)


@lru_cache(maxsize=16)
def _shared_occurrences(finder: LiteralFinder, text: str) -> dict[str, list[int]] | None:
    # (the last few texts, as ``_scan``: the lists are asked about a text one after another)
    return finder.occurrences(text)


class _Part:
    """One list's part of a shared :class:`LiteralFinder`: what the shared pass over a text
    found of this list's strings (the lists of offsets are the pass's own: none is changed)."""

    def __init__(self, whole: LiteralFinder, strings: frozenset[str]) -> None:
        self.whole = whole
        self.strings = strings
        self.ignorecase = whole.ignorecase

    def haystack(self, text: str) -> str | None:
        return self.whole.haystack(text)

    def occurrences(self, text: str, pos: int = 0, endpos: int | None = None) -> dict[str, list[int]] | None:
        """As :meth:`LiteralFinder.occurrences` of a finder of this list's strings alone."""
        if pos == 0 and endpos is None:
            found = _shared_occurrences(self.whole, text)
        else:
            found = self.whole.occurrences(text, pos, endpos)
        if found is None:
            return None
        strings = self.strings
        return {s: starts for s, starts in found.items() if s in strings}

    def present(self, text: str, pos: int = 0, endpos: int | None = None) -> set[str] | None:
        """As :meth:`LiteralFinder.present` of a finder of this list's strings alone."""
        found = self.occurrences(text, pos, endpos)
        return None if found is None else set(found)


@lru_cache(maxsize=None)
def _checks(name: str) -> tuple[tuple[tuple[frozenset[str], tuple[str, ...]], ...], ...]:
    """For each entry of ``name``, each set of its guard with the single characters in it
    (looked up one by one)."""
    return tuple(tuple((strings, tuple(sorted(x for x in strings if not _scanned(x)))) for strings in req)
                 for _e, _f, req, _ic, _l in _runs(name))


@lru_cache(maxsize=None)
def _plan(name: str) -> tuple:
    """For each entry of ``name``: the entry, its flags, its guard, whether it ignores case,
    whether it is line-local, its guard checks (:func:`_checks`) and its line bridges (see
    ``_guard.bridges``; None for a line-local entry)."""
    return tuple(run + (checks, row[4]) for run, checks, row in zip(_runs(name), _checks(name), _derived(name)))


def _key_set(checks) -> frozenset[str] | None:
    """The *key* set of a guard (``checks``, see :func:`_checks`): its first set without a
    single character, whose strings the scan finds all of; None when every set has one."""
    return next((strings for strings, singles in checks if not singles), None)


@lru_cache(maxsize=None)
def _index(name: str) -> tuple[dict[tuple[bool, str], tuple[int, ...]], tuple[int, ...], dict[bool, tuple[int, ...]]]:
    """Which entries of ``name`` a text may hold a match of, told by the strings it holds: for
    each guard string (with whether its entry ignores case), the entries whose *key* set (the
    first set of its guard without a single character: every match holds one of its strings,
    and the scan finds them all) holds it; the entries without a key set, always tried; and
    the entries that heed case and those that ignore it (all tried when the scan cannot tell
    for their case)."""
    by_string: dict[tuple[bool, str], list[int]] = {}
    always = []
    for i, (_e, _f, _req, ignorecase, _l, checks, _b) in enumerate(_plan(name)):
        key = _key_set(checks)
        if key is None:
            always.append(i)
            continue
        for s in key:
            by_string.setdefault((ignorecase, s), []).append(i)
    by_case = {case: tuple(i for i, run in enumerate(_plan(name)) if run[3] == case) for case in (False, True)}
    return {k: tuple(v) for k, v in by_string.items()}, tuple(always), by_case


class _Scan:
    """The guard strings of a list found in one text: where each starts, found in one pass (two:
    for the strings of the entries that heed case and of those that ignore it), and what
    follows from that (the entries that may match, the lines a guard's strings are on),
    worked out once and shared by every ``find_all`` of the list on the text or a part of it
    (PH201 asks for the extenders on each line that holds a marker)."""

    def __init__(self, name: str, text: str) -> None:
        self.text = text
        heed, fold = _finders(name)
        # the starts of each string that occurs, by whether its entries ignore case; None for
        # those that do when the case-folded text is not one character for one (then each of
        # their entries is tried behind its guard, as ``may_match`` tells)
        self.at: dict[bool, dict[str, list[int]] | None] = {False: heed.occurrences(text),
                                                            True: fold.occurrences(text)}
        self.haystack = {False: text, True: fold.haystack(text)}
        self.seen: dict = {}  # (for may_match)
        self._candidates: list[int] | None = None
        self._holds: dict = {}  # (case, guard checks): whether the whole text holds the guard
        self._chars: dict[tuple[bool, str], bool] = {}
        self._lines: _Lines | None = None
        self._windows: dict = {}  # (case, guard checks): the line windows of the guard
        self._bridged: dict = {}  # (case, guard checks, bridges): the stretches around its lines
        self._line_sets: dict[tuple[bool, frozenset[str]], set[int]] = {}
        self._occurring_sets: dict[tuple[bool, frozenset[str]], list[str]] = {}
        self._string_line_lists: dict[tuple[bool, str], list[int]] = {}
        self._char_line_sets: dict[tuple[bool, frozenset[str]], set[int]] = {}
        self._heads: dict[str, _Heads] = {}

    def heads(self, lead: str) -> _Heads:
        """The heads of the lines after a run of ``lead`` (kept: entries share such runs)."""
        found = self._heads.get(lead)
        if found is None:
            found = self._heads[lead] = _Heads(self.text, lead)
        return found

    def candidates(self, name: str) -> list[int]:
        """The entries of ``name`` whose key strings the text holds (see :func:`_index`), those
        without a key set, and those the scan cannot tell about; in list order."""
        if self._candidates is None:
            by_string, always, by_case = _index(name)
            hits = set(always)
            for ignorecase in (False, True):
                at = self.at[ignorecase]
                if at is None:
                    hits.update(by_case[ignorecase])
                    continue
                for s in at:
                    ids = by_string.get((ignorecase, s))
                    if ids:
                        hits.update(ids)
            self._candidates = sorted(hits)
        return self._candidates

    def holds(self, checks, ignorecase: bool, pos: int, end: int) -> bool:
        """Whether ``text[pos:end]`` holds a string of each set of a guard (``checks``, see
        :func:`_checks`; only for entries whose case the scan tells about)."""
        if pos == 0 and end >= len(self.text):
            # (entries share guards: 下载, 本站 …)
            key = (ignorecase, checks)
            hit = self._holds.get(key)
            if hit is None:
                hit = self._holds[key] = self._holds_within(checks, ignorecase, pos, end, True)
            return hit
        return self._holds_within(checks, ignorecase, pos, end, False)

    def _holds_within(self, checks, ignorecase: bool, pos: int, end: int, whole: bool) -> bool:
        at = self.at[ignorecase]
        for strings, singles in checks:
            if whole:
                if not at.keys().isdisjoint(strings):
                    continue
            elif any(_within(at[s], len(s), pos, end) for s in self._occurring(ignorecase, strings)):
                continue
            if not (singles and self._has_char(singles, ignorecase, pos, end, whole)):
                return False
        return True

    def _occurring(self, ignorecase: bool, strings: frozenset[str]) -> list[str]:
        """The strings of a guard set that occur in the text (strings of the scan; kept: a
        part of the text is asked about a few of them, not about all a set holds)."""
        key = (ignorecase, strings)
        found = self._occurring_sets.get(key)
        if found is None:
            found = self._occurring_sets[key] = sorted(self.at[ignorecase].keys() & strings)
        return found

    def _has_char(self, singles: tuple[str, ...], ignorecase: bool, pos: int, end: int, whole: bool) -> bool:
        hay = self.haystack[ignorecase]
        for ch in singles:
            if whole:
                key = (ignorecase, ch)
                hit = self._chars.get(key)
                if hit is None:
                    hit = self._chars[key] = ch in hay
            else:
                hit = hay.find(ch, pos, end) >= 0
            if hit:
                return True
        return False

    def windows(self, checks, ignorecase: bool) -> list[tuple[int, int]]:
        """The stretches of lines a line-local entry with guard checks ``checks`` may match on
        (see :meth:`_Lines.windows`)."""
        key = (ignorecase, checks)
        found = self._windows.get(key)
        if found is None:
            if self._lines is None:
                self._lines = _Lines(self.text)
            found = self._windows[key] = self._lines.windows(
                checks, lambda strings: self._lines_with(ignorecase, strings),
                lambda strings: self._lines_holding_chars(ignorecase, strings))
        return found

    def _lines_with(self, ignorecase: bool, strings: frozenset[str]) -> set[int]:
        """The numbers (from 0) of the lines where one of ``strings`` (strings of the scan)
        starts (kept: entries share guard sets; not to be changed by the caller)."""
        key = (ignorecase, strings)
        numbers = self._line_sets.get(key)
        if numbers is None:
            if self._lines is None:
                self._lines = _Lines(self.text)
            # (only the strings that occur at all: a few of each set)
            numbers = self._line_sets[key] = set().union(*[self._string_lines(ignorecase, s)
                                                          for s in self._occurring(ignorecase, strings)])
        return numbers

    def _string_lines(self, ignorecase: bool, s: str) -> list[int]:
        """The numbers of the lines where ``s`` starts, once for each time (kept: many guard
        sets hold the same string)."""
        key = (ignorecase, s)
        numbers = self._string_line_lists.get(key)
        if numbers is None:
            breaks = self._lines.breaks
            numbers = self._string_line_lists[key] = [bisect_left(breaks, start) for start in self.at[ignorecase][s]]
        return numbers

    def _lines_holding_chars(self, ignorecase: bool, strings: frozenset[str]) -> set[int]:
        """The numbers of the lines where one of ``strings`` (a set with single characters)
        starts, found with one search of the text (kept: entries share such sets)."""
        key = (ignorecase, strings)
        numbers = self._char_line_sets.get(key)
        if numbers is None:
            numbers = self._char_line_sets[key] = self._lines.holding(strings, self.haystack[ignorecase])
        return numbers

    def bridged(self, checks, ignorecase: bool, bridges: int) -> list[tuple[int, int]] | None:
        """The stretches of lines an entry whose matches may bridge ``bridges`` runs of line
        breaks (see ``_guard.bridges``) may match on: around each line that holds a string of
        its key set (the first set of ``checks`` without a single character), ``bridges``
        lines that are not blank before it and after it and the blank lines up to the next;
        overlapping or touching stretches joined. None when that is not told this way (no key
        set, or one with a string that is all white space or runs over a line break: then its
        line need not be one that is not blank)."""
        key = (ignorecase, checks, bridges)
        if key in self._bridged:
            return self._bridged[key]
        strings = _key_set(checks)
        found = None
        if strings is not None and all(s.strip() and "\n" not in s for s in strings):
            numbers = self._lines_with(ignorecase, strings)
            found = self._lines.around(numbers, bridges, self.text)
        self._bridged[key] = found
        return found


def _within(starts: list[int], length: int, pos: int, end: int) -> bool:
    """Whether one of ``starts`` (ascending) starts a string of ``length`` within [pos, end)."""
    k = bisect_left(starts, pos)
    return k < len(starts) and starts[k] + length <= end


@lru_cache(maxsize=8)
def _scan(name: str, text: str) -> _Scan:
    # (the last few texts: the rules ask about a document's text one after another; a str
    # keeps its hash, so finding the scan again costs a dictionary lookup)
    return _Scan(name, text)


def find_all(name: str, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    """Every match of every entry of ``name`` in ``text[pos:endpos]`` (entries may overlap each
    other).

    One scan of the text (shared by every call on it: :class:`_Scan`) tells which guard
    strings it holds and where; only the entries whose guards it holds are searched, and on
    a whole text a line-local entry only on the lines that hold its guard strings, an entry
    whose matches bridge lines only with white space only on the lines around them (see
    ``_guard.bridges``)."""
    end = len(text) if endpos is None else endpos
    whole = pos == 0 and end >= len(text)
    scan = _scan(name, text)
    plan = _plan(name)
    out: set[tuple[int, int]] = set()
    for i in scan.candidates(name):
        entry, flags, req, ignorecase, local, checks, bridges = plan[i]
        if scan.at[ignorecase] is None:
            if not may_match(req, ignorecase, text, pos, end, scan.seen):
                continue
        elif req and not scan.holds(checks, ignorecase, pos, end):
            continue
        head = _head(entry, flags)
        if head is not None:
            # (tried at the heads of lines only, without the lines of its guard: see
            # ``_guard.line_head``)
            lead, chars = head
            out.update(_at_heads(_compiled(entry, flags), scan.heads(lead), chars, text, pos, end))
            continue
        windows = None
        if req and whole and scan.at[ignorecase] is not None:
            if local:
                windows = scan.windows(checks, ignorecase)
            elif bridges is not None:
                windows = scan.bridged(checks, ignorecase, bridges)
        starts = _line_filter(entry, flags)
        pattern = _compiled(entry, flags)
        for w_start, w_end in windows if windows is not None else ((pos, end),):
            if starts is not None:
                out.update(_at_line_starts(pattern, starts, text, w_start, w_end))
                continue
            for m in pattern.finditer(text, w_start, w_end):
                if m.end() > m.start():
                    out.add((m.start(), m.end()))
    return sorted(out)


@lru_cache(maxsize=None)
def _alternation(strings: frozenset[str]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(strings, key=lambda x: (-len(x), x)))))


class _Lines:
    """The lines of a text, ended by "\\n" only (as ``_guard.line_local`` reads them)."""

    def __init__(self, text: str) -> None:
        self.end = len(text)
        # where each "\\n" is: the lengths of the lines before it, summed, plus the breaks
        # before it (counted in C, not line by line in Python)
        lengths = accumulate(map(len, text.split("\n")[:-1]))
        self.breaks = list(map(add, lengths, count()))
        self._nonblank: list[int] | None = None  # the numbers of the lines that are not blank

    def windows(self, checks, lines_with, holding) -> list[tuple[int, int]]:
        """The stretches of lines (line breaks left out at both ends) where a string of each
        set of a guard occurs (``checks``, see :func:`_checks`; ``lines_with(strings)``: the
        lines where one of a set of strings the scan looks for starts), consecutive lines
        joined. The sets with a single character in them count only when all have one
        (``> › » / |`` of a breadcrumb): then ``holding(strings)`` tells the lines of their
        strings (see :meth:`holding`)."""
        numbers: set[int] | None = None
        for strings, singles in checks:
            if singles:
                continue
            these = lines_with(strings)
            numbers = these if numbers is None else numbers & these
        if numbers is None:
            for strings, _singles in checks:
                these = holding(strings)
                numbers = these if numbers is None else numbers & these
        return self._stretches(numbers or set())

    def around(self, numbers: set[int], bridges: int, text: str) -> list[tuple[int, int]] | None:
        """The stretches of lines around the lines ``numbers`` (lines that are not blank)
        that a match bridging ``bridges`` runs of white space over line breaks may span (see
        :meth:`_Scan.bridged`), line breaks left out at both ends; None if one of ``numbers``
        is a blank line after all."""
        if self._nonblank is None:
            self._nonblank = [i for i, line in enumerate(text.split("\n")) if line.strip()]
        nonblank = self._nonblank
        last_line = len(self.breaks)
        ranges: list[list[int]] = []
        for n in sorted(numbers):
            k = bisect_left(nonblank, n)
            if k == len(nonblank) or nonblank[k] != n:
                return None
            first = nonblank[k - bridges - 1] + 1 if k > bridges else 0
            last = nonblank[k + bridges + 1] - 1 if k + bridges + 1 < len(nonblank) else last_line
            if ranges and first <= ranges[-1][1] + 1:
                ranges[-1][1] = max(ranges[-1][1], last)
            else:
                ranges.append([first, last])
        breaks = self.breaks
        return [(breaks[first - 1] + 1 if first else 0, breaks[last] if last < len(breaks) else self.end)
                for first, last in ranges]

    def holding(self, strings: frozenset[str], haystack: str) -> set[int]:
        """The numbers of the lines where one of ``strings`` starts."""
        pattern = _alternation(strings)
        breaks = self.breaks
        out: set[int] = set()
        # after a line's first one, the search goes on at the line's end: a line of a table
        # holds a dozen "|", which are not visited one by one
        m = pattern.search(haystack)
        while m is not None:
            n = bisect_right(breaks, m.start())
            out.add(n)
            if n >= len(breaks):
                break
            m = pattern.search(haystack, breaks[n])
        return out

    def _stretches(self, numbers: set[int]) -> list[tuple[int, int]]:
        breaks = self.breaks
        out: list[tuple[int, int]] = []
        last = -2
        for n in sorted(numbers):
            start = breaks[n - 1] + 1 if n else 0
            end = breaks[n] if n < len(breaks) else self.end
            if n == last + 1:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
            last = n
        return out


@lru_cache(maxsize=None)
def _line_filter(entry: str, flags: int) -> regex.Pattern | None:
    """For an entry that can match only where a line starts, the lines where it can (see
    ``_guard.line_start_filter``)."""
    source = _line_filter_source(entry, flags)
    return None if source is None else compile_stored(source, flags)


def _line_filter_source(entry: str, flags: int) -> str | None:
    from ._guard import line_start_filter

    return line_start_filter(entry, bool(flags & _IGNORECASE))


def _at_line_starts(pattern: regex.Pattern, starts: regex.Pattern, text: str, pos: int,
                    end: int) -> list[tuple[int, int]]:
    """The matches ``pattern.finditer(text, pos, end)`` gives, tried only where ``starts``
    matches: a search goes on after the end of the last match, and so does this."""
    return _tried_at(pattern, (m.start() for m in starts.finditer(text, pos, end)), text, pos, end)


def _tried_at(pattern: regex.Pattern, starts, text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The matches ``pattern.finditer(text, pos, end)`` gives when it can match only at
    ``starts`` (ascending offsets): tried there only, a search going on after the end of the
    last match as ``finditer`` does (empty matches left out)."""
    out = []
    last = pos
    for at in starts:
        if at < last or at >= end:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            if m.end() > m.start():
                out.append((m.start(), m.end()))
            last = max(m.end(), at + 1)
    return out


@lru_cache(maxsize=None)
def _head(entry: str, flags: int) -> tuple[str, tuple[str, ...]] | None:
    """For an entry that can match only at the head of a line, the characters of the blanks
    before the head and those it can start with (see ``_guard.line_head``)."""
    from ._guard import line_head

    return line_head(entry, bool(flags & _IGNORECASE))


class _Heads:
    """The head of each line of a text after a run of one class (see ``_guard.line_head``): the
    character each line has there, one for each line in one string (``"\\n"`` for a line that
    is all of the class), so that one search of that short string finds the lines whose head
    is one a pattern can start with."""

    def __init__(self, text: str, lead: str) -> None:
        # ``lead``: the characters of the class (lines end at "\n" only, as the look-behind's
        # multi-line ``^`` reads them)
        self.lines = text.split("\n")
        self.rests = [line.lstrip(lead) for line in self.lines]
        self.firsts = "".join([rest[:1] or "\n" for rest in self.rests])
        self._ends: list[int] | None = None  # where each line ends (its "\n")

    def of(self, chars: tuple[str, ...]) -> list[int]:
        """The offsets of the heads at one of ``chars`` (``\\d``: a digit), ascending."""
        out = []
        for m in _head_class(chars).finditer(self.firsts):
            if self._ends is None:
                self._ends = list(map(add, accumulate(map(len, self.lines)), count()))
            n = m.start()
            out.append(self._ends[n] - len(self.rests[n]))  # (the line's end less what follows its head)
        return out


@lru_cache(maxsize=None)
def _head_class(chars: tuple[str, ...]) -> regex.Pattern:
    # (``\d`` as the regex module reads it, as in the entry)
    return regex.compile("[" + "".join(ch if ch == r"\d" else regex.escape(ch) for ch in chars) + "]",
                         regex.VERSION1)


def _at_heads(pattern: regex.Pattern, heads: _Heads, chars: tuple[str, ...], text: str, pos: int,
              end: int) -> list[tuple[int, int]]:
    """The matches ``pattern.finditer(text, pos, end)`` gives, for a pattern that can match only
    at the heads of lines where one of ``chars`` stands (see ``_guard.line_head``): tried there
    only, a search going on after the end of the last match as ``finditer`` does."""
    return _tried_at(pattern, heads.of(chars), text, pos, end)


def fullmatch_any(name: str, text: str) -> bool:
    """Whether some entry of ``name`` matches the whole of ``text``."""
    asked = _asked[name] = _asked.get(name, 0) + 1
    if asked > _COMBINE_AFTER:
        combined = _combined(name)
        if combined is not None:
            return any(pattern.fullmatch(text) is not None for pattern in combined)
    for entry, flags, req, ignorecase, _local in _runs(name):
        if may_match(req, ignorecase, text) and _compiled(entry, flags).fullmatch(text):
            return True
    return False


# Asked about many short texts (the inside of every bracket), one pattern of all the entries
# of a list answers three times as fast as the entries one by one, each behind its guard; but
# compiling it costs about as much as a thousand such questions, so it is compiled only once
# a list has been asked that often (never for one small draft: start-up).
_COMBINE_AFTER = 1000
_asked: dict[str, int] = {}
# a reference to a group of the entry itself: in a combined pattern it would point elsewhere
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?&|\(\?[0-9R]")


@lru_cache(maxsize=None)
def _combined(name: str) -> tuple[regex.Pattern, ...] | None:
    """The entries of ``name`` as one alternation for each set of flags they have, or None
    when an entry refers to its own groups. ``fullmatch`` of an alternation succeeds when one
    of its alternatives matches the whole text (the engine backtracks into the next one when
    an alternative matches only a part of it), so it answers what :func:`fullmatch_any`
    asks; each entry is a group of its own, which in ``VERSION1`` also keeps its inline flags
    to itself."""
    sources = _combined_sources(name)
    return None if sources is None else tuple(compile_stored(source, flags) for source, flags in sources)


def _combined_sources(name: str) -> list[tuple[str, int]] | None:
    """The patterns of :func:`_combined` with their flags (None: not combined)."""
    by_flags: dict[int, list[str]] = {}
    for entry, flags, _req, _ignorecase, _local in _runs(name):
        if _GROUP_REFERENCE.search(entry):
            return None
        by_flags.setdefault(flags, []).append(entry)
    return [("|".join(f"(?:{e})" for e in entries), flags) for flags, entries in by_flags.items()]


# --- page numbers -------------------------------------------------------------------------

_DASH = r"[-—–－‒―]"
# "- 2 -", "—2—", "－ 12 －": a page number between dashes. Either side has a space or the
# dash is a long one, so ranges such as "3-5" never qualify; no digit or Latin letter touches it.
PAGE_DASHED = lazy(
    rf"(?<![0-9A-Za-z.\-—–－‒―])"
    rf"(?:{_DASH}{{1,2}}[ \t\u3000]+\d{{1,3}}[ \t\u3000]+{_DASH}{{1,2}}"
    rf"|[—–－―]{{1,2}}[ \t\u3000]*\d{{1,3}}[ \t\u3000]*[—–－―]{{1,2}})"
    rf"(?![0-9A-Za-z\-—–－‒―])"
)
# "第 2 页 共 10 页", "第2页/共10页", "Page 2 of 10", "2 / 10 页"
PAGE_OF = lazy(
    r"第\s*\d{1,3}\s*页\s*[,，/／、]?\s*共\s*\d{1,3}\s*页"
    r"|共\s*\d{1,3}\s*页\s*[,，/／、]?\s*第\s*\d{1,3}\s*页"
    r"|(?<![A-Za-z])page\s+\d{1,3}\s+of\s+\d{1,3}(?![A-Za-z0-9])",
    regex.IGNORECASE,
)
# a line that is nothing but a page marker
PAGE_LINE = lazy(
    rf"^[ \t\u3000]*(?:{_DASH}{{1,4}}[ \t\u3000]*\d{{1,3}}[ \t\u3000]*{_DASH}{{1,4}}"
    r"|[·•][ \t\u3000]*\d{1,3}[ \t\u3000]*[·•]"  # ·2·, the page number of some printed templates
    rf"|(?:{_DASH}{{1,4}}[ \t\u3000]*)?第\s*\d{{1,3}}\s*页(?:\s*[,，/／、]?\s*共\s*\d{{1,3}}\s*页)?(?:[ \t\u3000]*{_DASH}{{1,4}})?"
    r"|共\s*\d{1,3}\s*页\s*[,，/／、]?\s*第\s*\d{1,3}\s*页"
    # 1 / 8, — 3 / 6 —: the page counter of a document viewer
    rf"|(?:{_DASH}{{1,4}}[ \t\u3000]*)?\d{{1,3}}[ \t\u3000]*[/／][ \t\u3000]*\d{{1,3}}(?:[ \t\u3000]*{_DASH}{{1,4}})?"
    r"|(?i:page)\s+\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?)[ \t\u3000]*$"
)


_BARE_NUMBER = lazy(r"^[ \t\u3000]*(\d{1,3})[ \t\u3000]*$")
_MID_SENTENCE_END = lazy(r"[\p{Han}A-Za-z0-9、，,“‘（(《][ \t\u3000]*$")  # a word, or a mark a sentence goes on after
_INNER_PUNCT = lazy(r"[，,。；;：:、]")
_STARTS_AS_TEXT = lazy(r"^[ \t\u3000]*\p{Han}")


def is_page_line(text: str) -> bool:
    return bool(PAGE_LINE.match(text))


# A line that could be a page marker or a bare number holds nothing but these (checked on the
# whole text at once, so that the line patterns above run on a few short lines only).
# (Lines end at the line breaks only, so a line is a candidate when the whole of it matches:
# one short match per line instead of a search that tries every position of the text.)
_PAGE_CANDIDATE = lazy(r"(?:[^\S\r\n]|[\d\-—–－‒―·•第页共,，/／、PAGEOFpageof])+")


def _page_candidates(doc: Document) -> list[Line]:
    def compute() -> list[Line]:
        text = match_text(doc)
        return [line for line in doc.lines
                if line.end > line.start and _PAGE_CANDIDATE.fullmatch(text, line.start, line.end)]
    return doc.memo("ph2_page_candidates", compute)


def page_lines(doc: Document) -> frozenset[int]:
    """Numbers of the lines that are nothing but a page marker (``- 2 -``, ``第2页 共10页``)."""
    def compute() -> frozenset[int]:
        return frozenset(line.number for line in _page_candidates(doc) if is_page_line(line_text(doc, line)))
    return doc.memo("ph2_page_lines", compute)


def bare_page_numbers(doc: Document) -> list[Line]:
    """Lines holding nothing but a number that is a page number.

    A bare number is a page number when it splits a sentence (the line before stops in the
    middle of one and the line after goes on with text), or when bare numbers run on from
    page to page (``2`` … ``3``, with text between). In a .docx a bare number is a table cell.
    """
    if doc.kind == "docx":
        return []
    return doc.memo("ph2_bare_page_numbers", lambda: _bare_page_numbers(doc))


def _bare_page_numbers(doc: Document) -> list[Line]:
    pages = page_lines(doc)
    bare_lines = {line.number: int(m.group(1)) for line in _page_candidates(doc)
                  if line.number not in pages and (m := _BARE_NUMBER.match(line_text(doc, line)))}
    if not bare_lines:
        return []
    text_lines = [line for line in doc.lines if line.text.strip() and line.number not in pages]
    bare = {i: bare_lines[line.number] for i, line in enumerate(text_lines) if line.number in bare_lines}
    out = []
    for i, n in bare.items():
        prev = line_text(doc, text_lines[i - 1]).strip() if i > 0 else ""
        nxt = line_text(doc, text_lines[i + 1]) if i + 1 < len(text_lines) else ""
        splits = (i - 1 not in bare and len(prev) >= 10 and _MID_SENTENCE_END.search(prev)
                  and _INNER_PUNCT.search(prev) and _STARTS_AS_TEXT.match(nxt) and numbering(nxt) is None)
        runs_on = any(abs(j - i) > 3 and abs(m - n) == 1 and (j - i) * (m - n) > 0 for j, m in bare.items())
        if splits or runs_on:
            out.append(text_lines[i])
    return out


def content_lines(doc: Document) -> list[Line]:
    """Non-blank lines that are not page markers (the text a reader follows)."""
    def compute() -> list[Line]:
        skip = page_lines(doc) | {line.number for line in bare_page_numbers(doc)}
        return [line for line in doc.lines if line.text.strip() and line.number not in skip]
    return doc.memo("ph2_content_lines", compute)


# --- titles -------------------------------------------------------------------------------

# What the title of a template article ends in (工作总结, 述职报告, 实施方案, (通用5篇) …).
GENRE_END = lazy(
    r"(?:总结|报告|计划|规划|方案|心得|体会|讲话|发言|致辞|讲稿|发言稿|演讲稿|范文|汇报|材料|述职|述廉"
    r"|简报|合集|精选|大全|模板|范例|感想|感悟|申请书|倡议书|自查报告|整改措施)"
    r"(?:范文|模板|大全|精选|合集|参考)?(?:\([^()]{1,12}\))?(?:\d{1,3}篇)?$"
)


# --- numbering ----------------------------------------------------------------------------

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

_NUMBERING = lazy(
    r"^[ \t\u3000]*(?:"
    r"(?P<md>#{1,6})[ \t]+"
    r"|第(?P<chap>[一二三四五六七八九十]{1,3})[章节部分篇]"
    r"|(?P<cn>[一二三四五六七八九十]{1,3})[、.．]"
    rf"|(?P<fcn>[{UPPER_CHARS}]{{1,2}})[、.．]"  # 壹、貳、: a level above 一、 where both are used
    r"|[(（](?P<pcn>[一二三四五六七八九十]{1,3})[)）]"
    r"|(?P<ar>\d{1,2})、"
    r"|(?P<ard>\d{1,2})[.．](?!\d)"
    r"|[(（](?P<par>\d{1,2})[)）]"
    r"|(?P<circ>[①-⑳])"
    r")"
)


class Numbering(Record):
    __slots__ = _fields = ("style", "number", "length")

    def __init__(self, style: str, number: int, length: int) -> None:
        self.style = style  # "md1".."md6", "chap", "fcn", "cn", "pcn", "ar", "ard", "par", "circ"
        self.number = number  # 0 for Markdown headings
        self.length = length  # characters of the marker, leading space included


# The character every marker of _NUMBERING starts with, after the leading blanks (a digit
# is any character of which str.isdigit holds: that takes in everything \d matches).
_NUMBERING_FIRST = frozenset("#第一二三四五六七八九十(（" + _CIRCLED + UPPER_CHARS)


def numbering(text: str, kind: str = "txt") -> Numbering | None:
    """The list or heading marker a line starts with, if any."""
    # most lines start with none: a look at the first character spares the pattern (and
    # compiling it, for a one-draft check)
    first = text.lstrip(" \t\u3000")[:1]
    if not first or (first not in _NUMBERING_FIRST and not first.isdigit()):
        return None
    m = _NUMBERING.match(text)
    if not m:
        return None
    style = m.lastgroup or ""
    value = m.group(style)
    if style == "md":
        if kind != "md":
            return None
        return Numbering(f"md{len(value)}", 0, m.end())
    if style in ("chap", "cn", "pcn", "fcn"):
        n = upper_to_int(value) if style == "fcn" else cn_to_int(value)
        if n is None:
            return None
    elif style == "circ":
        n = _CIRCLED.index(value) + 1
    else:
        n = int(value)
    return Numbering(style, n, m.end())


# --- spans --------------------------------------------------------------------------------

_OPEN_CLOSE = {"(": ")", "（": "）", "【": "】", "[": "]", "《": "》", "〔": "〕"}


def widen_to_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a pair of brackets that encloses the span exactly: ``【本站小编】``."""
    if start > 0 and end < len(text) and _OPEN_CLOSE.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    return start, end


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing white space from a span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--regenerate"]:
        with open(data_path(GUARDS_FILE), "w", encoding="utf-8") as out:
            out.write(guards_json())
        _stored_rows.cache_clear()  # (the compiled patterns follow the guards just written)
        _stored_list.cache_clear()
        _derived.cache_clear()
        with open(data_path(COMPILED_FILE), "wb") as binary:
            binary.write(compiled_pickle())
    else:
        sys.exit("usage: python -m draftlint.rules.placeholder._residue --regenerate")
