"""Cheap guards for the PH phrase patterns: skip a pattern on a text that cannot hold a match.

Most entries of the phrase lists cannot match without some literal text (``小编``, ``本站``,
``更新时间`` …). Searching for a literal with ``str.__contains__`` is many times faster than
letting the regular expression engine try every position, so each pattern gets a *guard*:
a set of strings one of which every match must contain. If none of them is in the text,
the pattern is not run at all; if one is, the pattern runs as before. Guards therefore never
change what is found, only how quickly nothing is found.

The guard is derived from the pattern's syntax tree (Python's own regular expression
parser, after the ``regex``-only ``\\p{…}`` classes are replaced by ``\\w``); a pattern the
parser cannot read, or one without a required literal, gets no guard and always runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_PROPERTY = re.compile(r"\\([pP])\{[^}]*\}")
# syntax the two parsers read differently: set operations and nested sets of VERSION1,
# fuzzy matching, the regex module's own escapes
_FOREIGN = re.compile(r"&&|\|\||~~|--|\{[eisd]\s*[<>=]|\\[mMXGVLNQE]")
# \K (the match starts here) changes nothing a guard asks: what comes before it is read from
# the text all the same
_KEEP = re.compile(r"(?<!\\)((?:\\\\)*)\\K")
_MAX_SETS = 2  # the most sets a guard checks
_MAX_CLASS = 8  # a character class of at most this many literal characters is a requirement


_MAX_EXACT = 64  # the most strings a fixed item may stand for
_MAX_STRINGS = 24  # the most strings of one guard set (each is one search)


def _exact(op, av) -> frozenset[str] | None:
    """The strings an item matches if they are few and fixed (``更新``, ``(?:时间|日期)``, ``[::]``)."""
    if op is _C.LITERAL:
        return frozenset({chr(av)})
    if op is _C.IN:
        if len(av) <= _MAX_CLASS and all(o is _C.LITERAL for o, _ in av):
            return frozenset(chr(v) for _, v in av)
        return None
    if op is _C.SUBPATTERN:
        return None if _folds_case(av) else _exact_seq(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_seq(branch)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= _MAX_EXACT else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        # an optional fixed item (``过?`` in ``阅读过?``): its strings and the empty one, so
        # that ``人(?:看过|阅读过?)`` still gives 人看过 / 人阅读 / 人阅读过 (in ``_seq`` an
        # optional item on its own ends a run all the same: it may be empty)
        strings = _exact_seq(av[2])
        return None if strings is None else strings | {""}
    return None


def _folds_case(av) -> bool:
    """Whether a group turns case folding on (``(?i:vip)``): its letters are no fixed strings."""
    return bool(av[1] & _C.SRE_FLAG_IGNORECASE)


def _exact_seq(items) -> frozenset[str] | None:
    out = frozenset({""})
    for op, av in items:
        strings = _exact(op, av)
        if strings is None:
            return None
        out = frozenset(a + b for a in out for b in strings)
        if len(out) > _MAX_EXACT:
            return None
    return out


def _seq(items) -> list[frozenset[str]]:
    """Sets of strings such that every match of the sequence ``items`` contains a string of
    each set. A run of fixed items gives the best of its stretches: in
    ``(?:更新|发布|上传)(?:时间|日期)[::]`` that is ``时间:`` / ``日期:``."""
    candidates: list[frozenset[str]] = []
    run: list[frozenset[str]] = []

    def flush() -> None:
        if run:
            best = _best(_stretches(run))
            if best:
                candidates.append(best)
            run.clear()

    for op, av in items:
        strings = _exact(op, av)
        # (a fixed item of more strings than a guard set may hold is read by its parts below:
        # a branch gives the best set of each of its branches)
        if strings is not None and all(strings) and len(strings) <= _MAX_STRINGS:
            run.append(strings)
            continue
        if op in _REPEATS and av[0] >= 1:
            # a fixed item repeated (``[.…·]{6,}``, ``-{2,}``): its first copies are a run
            # of fixed items too, after what comes before it; what follows touches the last
            # of them only when the count is exact
            low, high, body = av
            strings = _exact_seq(body)
            if strings is not None and all(strings):
                run.extend([strings] * min(low, _MAX_COPIES))
                if high != low or low > _MAX_COPIES:
                    flush()
                continue
        flush()
        if op is _C.SUBPATTERN:
            if not _folds_case(av):
                candidates.extend(_seq(av[-1]))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            candidates.extend(_seq(av))
        elif op is _C.ASSERT and av[0] == 1:
            # what a look-ahead needs lies in the text searched too (it sees no further than
            # the end of the window searched)
            candidates.extend(_seq(av[1]))
        elif op is _C.BRANCH:
            branches = [_best(_seq(b)) for b in av[1]]
            if all(branches):
                candidates.append(frozenset().union(*branches))
        elif op in _REPEATS:
            low, _high, body = av
            if low >= 1:
                candidates.extend(_seq(body))
    flush()
    return candidates


_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)
_MAX_COPIES = 4  # the most copies of a repeated item a run takes in (a longer run adds nothing)


def _stretches(run: list[frozenset[str]]) -> list[frozenset[str]]:
    """The strings of each stretch of a run of fixed items, where they are few enough."""
    out = []
    for i in range(len(run)):
        product = frozenset({""})
        for strings in run[i:]:
            product = frozenset(a + b for a in product for b in strings)
            if len(product) > _MAX_STRINGS:
                break
            out.append(product)
    return out


def _score(strings: frozenset[str]) -> tuple[int, int, int, bool]:
    # the strings are looked up in one scan (``LiteralFinder``), so a few more strings cost
    # little, while a longer string is rarer: in a report 浏览 / 阅读 are common, 浏览次数: is
    # not. Up to four characters count, beyond that fewer strings matter more; white space,
    # punctuation and digits are everywhere and count for nothing (among sets of those
    # alone, punctuation is still told apart from blanks, which are in every text)
    weight = min(_weight(x) for x in strings)
    if weight == 0:
        # marks alone: two in a row (``..``, ``--``) are rare where one is everywhere, so
        # here a longer string counts before fewer strings
        return (0, min(min(len(x) for x in strings), 2), -len(strings), not _has_blank(strings))
    return (min(weight, 4), -len(strings), min(len(x) for x in strings), not _has_blank(strings))


def _has_blank(strings: frozenset[str]) -> bool:
    return any(x.isspace() for x in strings)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    return max(candidates, key=_score) if candidates else None


def _weight(s: str) -> int:
    return sum(1 for ch in s if not (ch.isspace() or ch.isdigit() or (ch.isascii() and not ch.isalpha())))


def _nested_set(pattern: str) -> bool:
    """Whether a character class holds a ``[`` that is not escaped (a VERSION1 nested set)."""
    in_class = escaped = False
    opened = -1  # offset of the first character of the class
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            if ch == "[":
                return True
            if ch == "^" and i == opened:
                opened += 1
            elif ch == "]" and i > opened:
                in_class = False
        elif ch == "[":
            in_class, opened = True, i + 1
    return False


@lru_cache(maxsize=None)
def required(pattern: str, ignorecase: bool) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of ``pattern`` contains one string of each
    (lower-cased when the pattern ignores case); empty when nothing is known."""
    if _FOREIGN.search(pattern) or _nested_set(pattern):
        return ()
    source = _PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", _KEEP.sub(r"\1", pattern))
    try:
        tree = _P.parse(source, 0)
    except Exception:  # noqa: BLE001 - syntax only the regex module knows: no guard
        return ()
    candidates = _seq(tree)
    sets = list(dict.fromkeys(c for c in candidates if _score(c)[0] > 0))  # (each once: a look-ahead may repeat one)
    if not sets:
        # punctuation marks are common, but a short draft may still lack them all (a one-line
        # draft has no "-", ":" or ">"): a guard of them spares compiling the pattern there
        sets = list(dict.fromkeys(c for c in candidates if not _has_blank(c)))  # (each once)
    sets.sort(key=_score, reverse=True)
    if ignorecase:
        sets = [frozenset(x.lower() for x in c) for c in sets]
    return tuple(sets[:_MAX_SETS])


@lru_cache(maxsize=4)
def _casefolded(text: str) -> str:
    return text.casefold()  # once per text for all the lists


@lru_cache(maxsize=8)
def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def may_match(req: tuple[frozenset[str], ...], ignorecase: bool, text: str, pos: int = 0,
              endpos: int | None = None, seen: dict | None = None) -> bool:
    """False only when, for some set of ``req``, none of its strings occurs in ``text[pos:endpos]``.

    ``seen`` remembers, across the patterns of a list run on one whole text, which strings
    were looked for and found (many patterns need the same 下载, 本站 …)."""
    if not req:
        return True
    end = len(text) if endpos is None else endpos
    if ignorecase:
        low = _lowered(text)
        if low is None:
            return True
        text = low
    whole = pos == 0 and end >= len(text)
    for strings in req:  # plain loops: this runs for every pattern on every text
        for s in strings:
            if whole:
                if seen is None:
                    found = s in text
                else:
                    key = (ignorecase, s)
                    found = seen.get(key)
                    if found is None:
                        found = seen[key] = s in text
            else:
                found = text.find(s, pos, end) >= 0
            if found:
                break
        else:
            return False
    return True


class LiteralFinder:
    """Where a fixed set of strings occurs in a text, found in one pass.

    The strings are one Aho-Corasick automaton (``pyahocorasick``, in C): a single pass over
    the text reports every occurrence of every string, overlapping ones and those inside
    others included (小编, 编辑 and 小编辑 in 小编辑的), so what it tells is exactly what a
    ``str.find`` per string would. Building the automaton of a few hundred strings costs
    about a millisecond, once per process."""

    def __init__(self, strings, ignorecase: bool = False) -> None:
        # ignorecase: the strings are lower case and are looked for as ``s in text.casefold()``
        # does (the regex module's case-insensitive match finds at least that)
        self.strings = frozenset(strings)
        self.ignorecase = ignorecase
        self._automaton = None

    def _built(self):
        if self._automaton is None:
            # (imported here: a run that never looks for these strings does not load it)
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for s in self.strings:
                # each string carries what turns the end offset the pass reports into its start
                automaton.add_word(s, (len(s) - 1, s))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def haystack(self, text: str) -> str | None:
        """The text the strings are looked for in: ``text``, or for a case-insensitive finder its
        case-folded form, when that is as long (each character folds to one, so offsets stay
        those of ``text``); None when it is not."""
        if not self.ignorecase:
            return text
        if "\u0130" in text:  # İ, whose case-folded form is two characters
            return None
        folded = _casefolded(text)
        return folded if len(folded) == len(text) else None

    def occurrences(self, text: str, pos: int = 0, endpos: int | None = None) -> dict[str, list[int]] | None:
        """For each string that occurs within ``text[pos:endpos]`` (the case-folded text, for a
        case-insensitive finder), the offsets where it starts there, ascending; None when
        :meth:`haystack` is None."""
        hay = self.haystack(text)
        if hay is None:
            return None
        if not self.strings:
            return {}
        end = len(hay) if endpos is None else endpos
        out: dict[str, list[int]] = {}
        for last, (back, s) in self._built().iter(hay, pos, end):
            starts = out.get(s)
            if starts is None:
                out[s] = [last - back]
            else:
                starts.append(last - back)
        return out

    def present(self, text: str, pos: int = 0, endpos: int | None = None) -> set[str] | None:
        """The strings that occur in ``text[pos:endpos]``; None when that is not told this way
        (a case-insensitive lookup in a text whose case-folded form is not one character for
        one)."""
        found = self.occurrences(text, pos, endpos)
        return None if found is None else set(found)


# --- where a line-anchored pattern can match ----------------------------------------------
#
# A pattern such as ``(?m:^[ \t]*\K(?=[^\n]*(?:浏览|阅读|…))(?:作者|来源|…)…)`` can only match
# where a line starts, yet the engine tries it at every line start, and there its look-ahead
# scans the whole line: on a long text that is the slowest pattern of all. Its guard strings
# are common words, so the guard hardly ever skips it. What does skip it cheaply is the first
# character it consumes: after the blanks a line starts with, it must be one of a few (作, 来,
# 浏, a digit …). A filter ``(?m)^[ \t]*[作来浏…\d]`` finds those lines in one scan, and the
# pattern is tried there only. The filter is derived from the syntax tree as the guards are
# and is compiled by the ``regex`` module with the pattern's own flags, so ``^``, ``\d`` and
# ``\s`` mean exactly what they mean in the pattern.

_CLASS_ESCAPES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _class_char(code: int) -> str:
    return re.escape(chr(code))


def _first_in(av) -> set[str] | None:
    out = set()
    for op, v in av:
        if op is _C.LITERAL:
            out.add(_class_char(v))
        elif op is _C.RANGE:
            out.add(_class_char(v[0]) + "-" + _class_char(v[1]))
        elif op is _C.CATEGORY and str(v) in _CLASS_ESCAPES:
            out.add(_CLASS_ESCAPES[str(v)])
        else:  # a negated class, \w, \S …: anything may come first
            return None
    return out


def _first_seq(items) -> tuple[set[str] | None, bool]:
    """The characters (as members of a character class) a match of ``items`` can start
    with, and whether it can be empty; None when that is not known."""
    first: set[str] = set()
    for op, av in items:
        chars, empty = _first_item(op, av)
        if chars is None:
            return None, False
        first |= chars
        if not empty:
            return first, False
    return first, True


def _first_item(op, av) -> tuple[set[str] | None, bool]:
    if op is _C.LITERAL:
        return {_class_char(av)}, False
    if op is _C.IN:
        return _first_in(av), False
    if op is _C.SUBPATTERN:
        return (None, False) if av[1] & _C.SRE_FLAG_IGNORECASE else _first_seq(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _first_seq(av)
    if op is _C.BRANCH:
        first: set[str] = set()
        can_be_empty = False
        for branch in av[1]:
            chars, empty = _first_seq(branch)
            if chars is None:
                return None, False
            first |= chars
            can_be_empty = can_be_empty or empty
        return first, can_be_empty
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        chars, empty = _first_seq(body)
        return chars, empty or low == 0
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return set(), True  # consumes nothing: what it asks is left to the pattern
    return None, False


@lru_cache(maxsize=None)
def _parsed_plain(pattern: str, ignorecase: bool):
    """``pattern`` parsed by the stdlib parser, for the two readers below: None when it is
    matched without regard to case or uses what that parser does not read as ``regex`` does
    (see _FOREIGN, _PROPERTY, _nested_set) or cannot parse."""
    if ignorecase or _FOREIGN.search(pattern) or _PROPERTY.search(pattern) or _nested_set(pattern):
        return None
    try:
        return _P.parse(_KEEP.sub(r"\1", pattern), 0)
    except Exception:  # noqa: BLE001 - syntax only the regex module knows
        return None


def line_start_filter(pattern: str, ignorecase: bool) -> str | None:
    """For a pattern that can match only at the start of a line (``(?m:^…)``, ``^`` as its
    first item, multi-line): a pattern matching at every line start where it can match
    (``(?m)^[ \\t]*[作来…]``); None for any other pattern or when that is not known.

    A match of the filter at ``p`` is all a match of the pattern at ``p`` needs: the same
    ``^``, the run of blanks the pattern starts with (if any), then one character of those
    the rest of the pattern can start with (zero-width items let through)."""
    tree = _parsed_plain(pattern, ignorecase) if "^" in pattern else None
    if tree is None:
        return None
    if tree.state.flags & _C.SRE_FLAG_IGNORECASE:
        return None
    items = list(tree)
    multiline = bool(tree.state.flags & _C.SRE_FLAG_MULTILINE)
    if len(items) == 1 and items[0][0] is _C.SUBPATTERN:
        _group, add, remove, body = items[0][1]
        multiline = bool((multiline or add & _C.SRE_FLAG_MULTILINE) and not remove & _C.SRE_FLAG_MULTILINE)
        items = list(body)
    if not multiline or not items or items[0] != (_C.AT, _C.AT_BEGINNING):
        return None
    items = items[1:]
    blanks = ""
    if items and items[0][0] in (_C.MAX_REPEAT, _C.MIN_REPEAT) and items[0][1][0] == 0 \
            and len(items[0][1][2]) == 1:
        op, av = items[0][1][2][0]
        chars = _first_in(av) if op is _C.IN else {_class_char(av)} if op is _C.LITERAL else None
        # blanks of a line only: a filter match never runs into the next line
        if chars and not any(c in ("\\s", "\n", "\r") or "-" in c for c in chars):
            blanks = "[" + "".join(sorted(chars)) + "]*"
            items = items[1:]
    first, empty = _first_seq(items)
    if not first or empty:
        return None
    return "(?m)^" + blanks + "[" + "".join(sorted(first)) + "]"


# --- where a pattern anchored at the head of a line can match ----------------------------
#
# A pattern such as ``(?m:(?<=^\s*)(?:作者|编辑|…)[ \t]*[|｜]…)`` can match only at the *head*
# of a line: after the run of blanks the line starts with (its look-behind), at a character that
# is no blank. Its guard strings (作者, 图, 文 …, or ``完`` and ``:``) are on many lines of a
# report, but few lines start with one of the characters it can start with. So ``_residue``
# finds the head of every line once per text (one scan for each kind of blank run) and tries
# such a pattern there only, without working out the lines of its guard.

# the look-behind such a pattern starts with: a line start, then a run of one class
_HEAD_LOOKBEHIND = re.compile(r"\(\?m:\(\?<=\^(\\s|\[(?:[^\]\[\\]|\\.)+\])\*\)")
DIGIT = r"\d"  # (the one class a head may be told by besides its literal characters)


def _head_chars(first: set[str]) -> tuple[str, ...] | None:
    """The members of a set of class members (``_first_in``: ``re.escape`` of a character, a
    range, ``\\d`` …) as literal characters and ``\\d``; None when one is neither."""
    out = []
    for member in first:
        if len(member) == 1:
            out.append(member)
        elif member == DIGIT:
            out.append(member)
        elif len(member) == 2 and member[0] == "\\" and not member[1].isalnum():
            out.append(member[1])  # (re.escape escapes no letter or digit: \d is the class)
        else:
            return None
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def line_head(pattern: str, ignorecase: bool) -> tuple[str, tuple[str, ...]] | None:
    """For a pattern ``(?m:(?<=^L*)R)`` (L a class, ``\\s`` or ``[…]``; R starting with one of a
    few characters or a digit, none of them in L nor a line break): the source of L and those
    characters (a digit as ``\\d``); None for any other pattern or when that is not known.

    Such a pattern matches at ``p`` only where the characters from the start of the line of
    ``p`` up to ``p`` are all in L (a line start further up would have L up to ``p`` too, and
    none between) and ``text[p]`` is one of the characters R starts with, which is not in L:
    ``p`` is the *head* of its line, the end of the longest run of L the line starts with (its
    line break not taken in)."""
    head = _HEAD_LOOKBEHIND.match(pattern)
    tree = _parsed_plain(pattern, ignorecase) if head is not None else None
    if tree is None:
        return None
    items = list(tree)
    if tree.state.flags & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_MULTILINE) or len(items) != 1 \
            or items[0][0] is not _C.SUBPATTERN:
        return None
    _group, add, _remove, body = items[0][1]
    body = list(body)
    if not add & _C.SRE_FLAG_MULTILINE or add & _C.SRE_FLAG_IGNORECASE or not body:
        return None
    op, av = body[0]
    if op is not _C.ASSERT or av[0] != -1:
        return None
    behind = list(av[1])
    if len(behind) != 2 or behind[0] != (_C.AT, _C.AT_BEGINNING) or behind[1][0] is not _C.MAX_REPEAT \
            or behind[1][1][:2] != (0, _C.MAXREPEAT) or len(behind[1][1][2]) != 1:
        return None
    first, empty = _first_seq(body[1:])
    chars = None if first is None or empty else _head_chars(first)
    if not chars or "\n" in chars:
        return None
    lead = _lead_chars(head.group(1))
    if lead is None or any(ch in lead for ch in chars) or (DIGIT in chars and any(ch.isdigit() for ch in lead)):
        return None
    return lead, chars


@lru_cache(maxsize=None)
def _regex_spaces() -> frozenset[str]:
    """The characters the ``regex`` module's ``\\s`` matches: some of those that are white space
    to Python (``str.isspace``, none beyond U+3000; not \\x1c-\\x1f) and nothing else."""
    import regex

    return frozenset(ch for ch in map(chr, range(0x3001)) if ch.isspace() and regex.match(r"\s", ch))


def _lead_chars(source: str) -> str | None:
    """The characters of a class of the head look-behind (``\\s``, ``[ \\t]``, ``[\\s>*]``: white
    space and literal characters, no range, no negation), as the ``regex`` module reads it;
    None for any other class."""
    try:
        tree = _P.parse(source, 0)
    except Exception:  # noqa: BLE001
        return None
    items = list(tree)
    if len(items) != 1:
        return None
    op, av = items[0]
    members = [(op, av)] if op is _C.CATEGORY else av if op is _C.IN else None
    if members is None:
        return None
    out = set()
    for op, av in members:
        if op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            out.update(_regex_spaces())
        else:
            return None
    return "".join(sorted(out))


# --- patterns whose matches stay within a line --------------------------------------------
#
# Most entries cannot match a line break ("\n") anywhere, nor read one in a look-ahead. For such
# an entry a search of one line finds exactly the matches a search of the whole text finds on
# that line: the ``regex`` module's search from ``pos`` still sees the text before it (``^``,
# look-behinds, ``\b`` read it as in the whole text), and a search that stops at ``endpos``
# on a line break sees the end of the text there, which agrees with the line break for all
# that is left (a multi-line ``$``, ``\b``, and look-aheads that cannot consume "\n" anyway).
# Only ``\Z`` and a single-line ``$`` tell the two apart, so they make an entry not
# line-local. Such an entry needs to be searched only on the lines that hold its guard
# strings (``_residue.find_all``).

_AT_LOCAL = {_C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_BOUNDARY, _C.AT_NON_BOUNDARY}
# the categories of the stdlib parser that match "\n", and those that do not
_CATEGORY_NL = {_C.CATEGORY_SPACE: True, _C.CATEGORY_NOT_DIGIT: True, _C.CATEGORY_NOT_WORD: True,
                _C.CATEGORY_DIGIT: False, _C.CATEGORY_WORD: False, _C.CATEGORY_NOT_SPACE: False}


def _property_as_class(m: re.Match) -> str:
    """A stand-in for ``\\p{…}`` / ``\\P{…}`` that matches "\\n" exactly when the property
    does (the regex module itself says whether it does)."""
    import regex

    matches_nl = regex.match(m.group(0), "\n") is not None
    return r"\s" if matches_nl else r"\w"


def _set_has_nl(av) -> bool | None:
    negate = hit = False
    for op, v in av:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            hit = hit or v == 10
        elif op is _C.RANGE:
            hit = hit or v[0] <= 10 <= v[1]
        elif op is _C.CATEGORY and v in _CATEGORY_NL:
            hit = hit or _CATEGORY_NL[v]
        else:
            return None  # not known
    return hit != negate


def _group_flags(av, multiline: bool, dotall: bool) -> tuple[list, bool, bool]:
    """The body of a group (``(?flags-flags:…)``, parsed) and whether multi-line and dot-all
    mode hold inside it, given whether they hold around it."""
    _group, add, remove, body = av
    ml = (multiline or bool(add & _C.SRE_FLAG_MULTILINE)) and not remove & _C.SRE_FLAG_MULTILINE
    da = (dotall or bool(add & _C.SRE_FLAG_DOTALL)) and not remove & _C.SRE_FLAG_DOTALL
    return body, ml, da


def _local_seq(items, multiline: bool, dotall: bool) -> bool:
    """Whether nothing in ``items`` can consume "\\n" or tell a line end from the text end."""
    for op, av in items:
        if op is _C.LITERAL:
            if av == 10:
                return False
        elif op is _C.NOT_LITERAL:
            if av != 10:
                return False
        elif op is _C.IN:
            if _set_has_nl(av) is not False:
                return False
        elif op is _C.ANY:
            if dotall:
                return False
        elif op is _C.AT:
            if av not in _AT_LOCAL and not (av is _C.AT_END and multiline):
                return False
        elif op is _C.SUBPATTERN:
            body, ml, da = _group_flags(av, multiline, dotall)
            if not _local_seq(body, ml, da):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if av[0] == -1:
                # a look-behind reads what lies before where it stands, which a search from a
                # line's start still sees: it may read over line breaks ((?<=^\s*) …)
                if not _behind_ok(av[1], multiline, dotall):
                    return False
            elif not _local_seq(av[1], multiline, dotall):
                return False
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if not _local_seq(av, multiline, dotall):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if not _local_seq(av[2], multiline, dotall):
                return False
        elif op is _C.BRANCH:
            if not all(_local_seq(branch, multiline, dotall) for branch in av[1]):
                return False
        elif op is _C.GROUPREF:
            pass  # repeats what a group of this pattern matched: on the same line
        else:  # anything else is not known to stay on a line
            return False
    return True


def _behind_ok(items, multiline: bool, dotall: bool) -> bool:
    """Whether a look-behind reads the same in a search of a line as in one of the whole text:
    it may consume anything (it reads only what lies before where it stands, which a search
    from ``pos`` still sees), but the end of the text (a single-line ``$``, ``\\Z``) and what
    a look-ahead inside it reads are told apart at the end of the line as elsewhere."""
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY, _C.GROUPREF):
            continue
        if op is _C.AT:
            if av not in _AT_LOCAL and not (av is _C.AT_END and multiline):
                return False
        elif op is _C.SUBPATTERN:
            body, ml, _da = _group_flags(av, multiline, dotall)
            if not _behind_ok(body, ml, dotall):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not (_behind_ok(av[1], multiline, dotall) if av[0] == -1 else _local_seq(av[1], multiline, dotall)):
                return False
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if not _behind_ok(av, multiline, dotall):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if not _behind_ok(av[2], multiline, dotall):
                return False
        elif op is _C.BRANCH:
            if not all(_behind_ok(branch, multiline, dotall) for branch in av[1]):
                return False
        else:
            return False
    return True


@lru_cache(maxsize=None)
def line_local(pattern: str) -> bool:
    """Whether every match of ``pattern`` lies within one line and is found by a search of
    that line alone (``finditer(text, line_start, line_end)``, the line's "\\n" excluded);
    False when that is not known."""
    if _FOREIGN.search(pattern) or _nested_set(pattern):
        return False
    source = _PROPERTY.sub(_property_as_class, _KEEP.sub(r"\1", pattern))
    try:
        tree = _P.parse(source, 0)
    except Exception:  # noqa: BLE001 - syntax only the regex module knows
        return False
    flags = tree.state.flags
    return _local_seq(tree, bool(flags & _C.SRE_FLAG_MULTILINE), bool(flags & _C.SRE_FLAG_DOTALL))




# --- how many line breaks a match may bridge ----------------------------------------------
#
# An entry that is not line-local mostly is so for a ``\s`` (``作者[::]\s*admin``): white space
# that may run over line breaks. Such a run bridges from one line to the next line that is not
# blank, with the blank lines between; a match of an entry with ``n`` such runs (and nothing
# else that may consume "\n"), together with what its look-aheads read, lies within ``n + 1``
# lines that are not blank and the blank lines between them. Around the line of each of its
# guard strings that stretch is all a search needs (``_residue.find_all``), and a search of
# the stretch alone finds what a search of the whole text finds there when the end of the
# stretch (a line's end) reads as the line break it is: nothing in the entry may tell the two
# apart (the end of the text: a single-line ``$``, ``\Z``; a negative look-ahead that may read
# "\n"; an atomic group or a possessive repeat, which would keep what it took up to there).


def _blank_class(av) -> bool | None:
    """For a class that may match "\n": whether it matches nothing but white space (what
    ``str.isspace`` calls white space, which holds all the regex module's ``\\s``)."""
    for op, v in av:
        if op is _C.LITERAL:
            if not chr(v).isspace():
                return False
        elif op is _C.RANGE:
            if not all(chr(c).isspace() for c in range(v[0], v[1] + 1)):
                return False
        elif not (op is _C.CATEGORY and v is _C.CATEGORY_SPACE):
            return False  # a negated class, \D, \W …
    return True


def _bridges_seq(items, multiline: bool, dotall: bool) -> int | None:
    total = 0
    for op, av in items:
        n = _bridges_item(op, av, multiline, dotall)
        if n is None:
            return None
        total += n
    return total


def _bridges_item(op, av, multiline: bool, dotall: bool) -> int | None:
    if op is _C.LITERAL:
        return 1 if av == 10 else 0
    if op is _C.NOT_LITERAL:
        return 0 if av == 10 else None
    if op is _C.IN:
        if _set_has_nl(av) is False:
            return 0
        return 1 if _blank_class(av) else None
    if op is _C.ANY:
        return None if dotall else 0
    if op is _C.AT:
        return 0 if av in _AT_LOCAL or (av is _C.AT_END and multiline) else None
    if op is _C.SUBPATTERN:
        return _bridges_seq(*_group_flags(av, multiline, dotall))
    if op is _C.BRANCH:
        counts = [_bridges_seq(branch, multiline, dotall) for branch in av[1]]
        return None if None in counts else max(counts, default=0)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, body = av
        n = _bridges_seq(body, multiline, dotall)
        if n is None or n == 0:
            return n
        if len(body) == 1 and body[0][0] in (_C.IN, _C.LITERAL):
            return 1  # a repeated white-space class: one run of white space
        return None if high is _C.MAXREPEAT else n * high
    if op is _C.ASSERT and av[0] == 1:
        return _bridges_seq(av[1], multiline, dotall)  # what a look-ahead reads holds guard strings
    if op is _C.ASSERT_NOT and av[0] == 1:
        return 0 if _local_seq(av[1], multiline, dotall) else None
    if op in (_C.ASSERT, _C.ASSERT_NOT):  # a look-behind: it reads before where it stands
        return 0 if _behind_ok(av[1], multiline, dotall) else None
    return None  # a back reference, an atomic group, a possessive repeat …: not known


@lru_cache(maxsize=None)
def bridges(pattern: str) -> int | None:
    """For a pattern that is not line-local but may hold a line break only in runs of white
    space: how many such runs a match (with what its look-aheads read) may have (see above);
    None for any other pattern, or when that is not known."""
    if _FOREIGN.search(pattern) or _nested_set(pattern):
        return None
    # (a property that matches "\n" may match anything else too: \D stands for it)
    source = _PROPERTY.sub(lambda m: r"\D" if _property_as_class(m) == r"\s" else r"\w", _KEEP.sub(r"\1", pattern))
    try:
        tree = _P.parse(source, 0)
    except Exception:  # noqa: BLE001 - syntax only the regex module knows
        return None
    flags = tree.state.flags
    return _bridges_seq(tree, bool(flags & _C.SRE_FLAG_MULTILINE), bool(flags & _C.SRE_FLAG_DOTALL))
