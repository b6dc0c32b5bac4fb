"""The linter: find files, read them, run the selected rules, stamp and sort findings.

Rules yield violations in character offsets; here they become findings with a code,
the severity configuration gives them, a path and 1-based positions. Suppression
comments and ``per-file-ignores`` are applied here too, and so are the DL findings for
inputs that could not be read.
"""

from __future__ import annotations

import gc
import itertools
import os
import sys
from bisect import bisect_right
from itertools import accumulate
from operator import itemgetter
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Iterable

from ._record import Record
from ._rows import pack_findings, unpack_findings
from .config import Config, ConfigError, _relative
from .document import Document
from .load import SUFFIXES, LoadError, kind_of, load_bytes, load_path, read_bytes
from .rules import Rule, get, registry, violations_of
from .suppress import parse as parse_suppressions
from .types import SEVERITIES, CorpusContext, Finding, Location, Position, Violation

STDIN = "-"


class LintResult(Record):
    __slots__ = _fields = ("findings", "files", "errors")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, findings: list[Finding] | None = None, files: int = 0,
                 errors: list[str] | None = None) -> None:
        self.findings = [] if findings is None else findings
        self.files = files
        self.errors = [] if errors is None else errors  # internal errors: a rule crashed


# -- finding files ----------------------------------------------------------------
def _gitignore_spec(directory: Path):
    gi = directory / ".gitignore"
    if not gi.is_file():
        return None
    import pathspec

    try:
        lines = gi.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ignored_by(specs: list[tuple[Path, object]], path: Path, is_dir: bool) -> bool:
    for base, spec in specs:
        rel = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        if spec.match_file(rel):  # type: ignore[attr-defined]
            return True
    return False


def discover(paths: Iterable[str], config: Config) -> list[str]:
    """Files to lint, in a stable order. Named files are kept even when excluded;
    a path that does not exist is kept too, so that reading it reports DL003."""
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = p if p == STDIN else os.path.normpath(p)
        if key not in seen:
            seen.add(key)
            out.append(key)

    for raw in paths:
        if raw == STDIN or not os.path.isdir(raw):
            add(raw)
            continue
        from pathlib import Path  # (only to walk a folder: named files need no pathlib, start-up)

        top = Path(raw)
        specs: dict[Path, list] = {}
        base_specs = []
        if config.respect_gitignore:
            # .gitignore files above the folder (up to the repository root) apply too
            for parent in reversed(top.resolve().parents):
                spec = _gitignore_spec(parent)
                if spec is not None:
                    base_specs.append((parent, spec))
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(top):
            d = Path(dirpath)
            inherited = specs.get(d, base_specs)
            local = list(inherited)
            if config.respect_gitignore:
                spec = _gitignore_spec(d)
                if spec is not None:
                    local.append((_abs(d), spec))  # (absolute: the paths matched against it are)
            keep = []
            for name in sorted(dirnames):
                sub = d / name
                if config.is_excluded(sub):
                    continue
                if config.respect_gitignore and _ignored_by(
                    [(b, s) for b, s in local if _under(sub, b)], _abs(sub), True
                ):
                    continue
                keep.append(name)
                specs[sub] = local
            dirnames[:] = keep
            # A file's path relative to the root, and absolute, follow from its folder's unless
            # the file is a link: resolving each file's path (a system call per component) was
            # most of the time of finding 2,000 files.
            d_rel = _relative(str(d), config.root)
            d_abs = _abs(d)
            for name in sorted(filenames):
                f = d / name
                if f.suffix.lower() not in SUFFIXES and f.suffix.lower() != ".doc":
                    continue
                if name.startswith("~$"):  # Word's lock files
                    continue
                if os.path.islink(f):
                    rel, f_abs = None, _abs(f)
                else:
                    rel, f_abs = (name if d_rel == "." else f"{d_rel}/{name}"), d_abs / name
                if config.is_excluded(f, rel):
                    continue
                if config.respect_gitignore and _ignored_by(
                    [(b, s) for b, s in local if _under(f, b, f_abs)], f_abs, False
                ):
                    continue
                found.append(str(f))
        for f in sorted(found):
            add(f)
    return out


def _abs(p: Path) -> Path:
    return p.resolve() if not p.is_absolute() else p


def _under(p: Path, base: Path, p_abs: Path | None = None) -> bool:
    """Whether ``p`` (whose ``_abs`` is ``p_abs`` when given) lies under ``base``."""
    try:
        (_abs(p) if p_abs is None else p_abs).relative_to(base if base.is_absolute() else base.resolve())
        return True
    except ValueError:
        return False


# -- running rules ----------------------------------------------------------------
def _document_rules(config: Config) -> list[Rule]:
    enabled = config.enabled_codes()
    return [r for code, r in registry().items() if code in enabled and r.scope == "document" and r.check]


def _corpus_rules(config: Config) -> list[Rule]:
    enabled = config.enabled_codes()
    return [r for code, r in registry().items() if code in enabled and r.scope == "corpus" and r.check]


def _preparers(config: Config) -> list:
    """The per-document work of the enabled corpus rules: a corpus rule module's
    ``prepare(doc)``, with a ``memo_key``. A run of many files does it in the worker that
    checks each document and keeps it in the per-file cache; the result is stored on the
    document under ``prepare.memo_key`` (``Document.memo``), where the rule finds it."""
    import importlib

    out: list = []
    for rule in _corpus_rules(config):
        fn = getattr(importlib.import_module(rule.module), "prepare", None) if rule.module else None
        if fn is not None and fn not in out:
            out.append(fn)
    return out


def _prepared_name(fn) -> str:
    return f"{fn.__module__}.{fn.__qualname__}"


def check_document(doc: Document, config: Config, rules: list[Rule], errors: list[str]) -> list[tuple[str, Violation]]:
    """Run the document rules on one document; a crashing rule is recorded, not fatal."""
    ignored = config.ignored_for(doc.path)
    out: list[tuple[str, Violation]] = []
    for rule in rules:
        if rule.code in ignored:
            continue
        try:
            for violation in violations_of(doc, rule, config.options_for(rule.code, rule.options)):
                out.append((rule.code, violation))
        except Exception as exc:  # a bug in one rule must not lose the others' findings
            errors.append(f"internal error: rule {rule.code} failed on {doc.path}: {type(exc).__name__}: {exc}")
    return out


def _load_error_finding(path: str, err: LoadError, config: Config) -> Finding:
    rule = get(err.code)
    severity = config.severity(err.code, None, rule.severity if rule else "error")
    message = err.reason_en if config.lang == "en" else err.reason
    loc = Location(path, Position(1, 1), Position(1, 2))
    return Finding(err.code, severity, loc, message)  # type: ignore[arg-type]


def _to_row(
    doc: Document, code: str, v: Violation, config: Config, docs_by_path: dict[str, Document],
    severities: dict[tuple[str, str | None], str],
) -> tuple:
    """The finding ``v`` makes, as the plain tuple of :func:`_rows.pack_findings` (the form
    in which it leaves a worker: made directly, not as five records a worker would only
    take apart again). ``severities``: a dict to keep each (code, hint)'s configured
    severity in, for the many findings of one document (looking up the rule and the
    configuration for each cost as much as placing it)."""
    key = (code, v.severity)
    severity = severities.get(key)
    if severity is None:
        rule = get(code)
        severity = severities[key] = config.severity(code, v.severity, rule.severity if rule else "warning")
    span = v.span
    l1, c1, l2, c2, line = doc.placed(span)
    related: tuple = ()
    if v.related:
        places = []
        for rel in v.related:
            path = rel.path or doc.path
            if rel.lines:
                place = rel.lines
            else:
                other = docs_by_path.get(path, doc if rel.path is None else None)
                place = (1, 1, 1, 1) if other is None else other.placed(rel.span)[:4]
            places.append((path, *place, rel.message.get(config.lang) if rel.message else None))
        related = tuple(places)
    return (code, severity, doc.path, l1, c1, l2, c2, v.message.get(config.lang),
            v.help.get(config.lang) if v.help else None, related, (span.start, span.end), line.text, dict(v.data))


#: The order of findings (``Finding.sort_key``) read off their rows.
_ROW_ORDER = itemgetter(2, 3, 4, 0, 5, 6)


# Website residue and page footers are deleted whole; a placeholder, a figure or a quote
# inside one is not a second problem for the reviewer (one defect, one finding).
SUBSUMING = frozenset({"PH201", "PH202"})
SUBSUMED_FAMILIES = frozenset({"PH", "AR", "ST"})


def _finish_document(
    doc: Document,
    raw: list[tuple[str, Violation]],
    config: Config,
    docs_by_path: dict[str, Document],
    enabled: set[str],
) -> list[Finding]:
    """Apply suppressions, report unused ones, and turn violations into findings, in the
    order of ``Finding.sort_key``."""
    return unpack_findings(_finish_rows(doc, raw, config, docs_by_path, enabled))


def _finish_rows(
    doc: Document,
    raw: list[tuple[str, Violation]],
    config: Config,
    docs_by_path: dict[str, Document],
    enabled: set[str],
) -> list[tuple]:
    """:func:`_finish_document` as rows (see :func:`_to_row`), sorted here (in the worker,
    for many files): the main process only puts the documents in order."""
    sup = parse_suppressions(doc)
    directive_spans = sup.spans
    ignored = config.ignored_for(doc.path)
    # residue spans by start, with the furthest end reached so far: a span lies inside one
    # when the furthest end among those starting at or before it reaches its end (a scan
    # of every residue span for every finding was quadratic on a page of portal residue)
    residue = sorted((v.span.start, v.span.end) for code, v in raw if code in SUBSUMING)
    residue_starts = [start for start, _ in residue]
    residue_reach = list(accumulate((end for _, end in residue), max))
    rows: list[tuple] = []
    severities: dict[tuple[str, str | None], str] = {}
    # (start, end, code): the order of (span, code) without comparing Span records; ties
    # of the final order keep this one
    for code, v in sorted(raw, key=lambda cv: (cv[1].span.start, cv[1].span.end, cv[0])):
        if directive_spans and any(s.start <= v.span.start and v.span.end <= s.end for s in directive_spans):
            continue  # rules reading the comment itself
        if residue and code not in SUBSUMING and code[:2] in SUBSUMED_FAMILIES:
            k = bisect_right(residue_starts, v.span.start)
            if k and residue_reach[k - 1] >= v.span.end:
                continue  # inside website residue or a page footer: the whole piece goes, so does this
        # (no directives, nothing to suppress: the line is not looked up twice)
        if directive_spans and sup.suppresses(code, doc.position(v.span.start).line, v.span.start):
            continue
        rows.append(_to_row(doc, code, v, config, docs_by_path, severities))
    if "DL100" in enabled and "DL100" not in ignored:
        for directive, message in sup.problems():
            v = Violation(directive.span, message)
            rows.append(_to_row(doc, "DL100", v, config, docs_by_path, severities))
    rows.sort(key=_ROW_ORDER)
    return rows


def lint_documents(
    docs: list[Document],
    config: Config,
    *,
    references: list[Document] | None = None,
    raw: list[list[tuple[str, Violation]]] | None = None,
    errors: list[str] | None = None,
    finished: list[list[Finding] | None] | None = None,
    pools: dict | None = None,
) -> LintResult:
    """Lint documents already read (the common tail of every entry point).

    ``raw`` holds document-rule violations already computed (by worker processes or the
    cache), one list per document; when None the document rules run here. ``finished``:
    per document, the findings a worker already made of ``raw`` (or None): the main
    process only adds those of the corpus rules' violations (or, in a draft with
    suppression comments, whose unused-suppression findings depend on all of them, redoes
    the draft). ``pools``: what the corpus rules' collectors made of ``docs`` as they
    arrived (see :func:`_collectors`), by preparer ``memo_key``.
    """
    result = LintResult(files=len(docs), errors=list(errors or []))
    enabled = config.enabled_codes()
    if raw is None:
        rules = _document_rules(config)
        raw = [check_document(doc, config, rules, result.errors) for doc in docs]
    raw = [list(r) for r in raw]
    added: list[list[tuple[str, Violation]]] = [[] for _ in docs]  # by the corpus rules
    corpus_rules = _corpus_rules(config)
    if corpus_rules and docs:
        ctx = CorpusContext(docs=docs, references=list(references or []), index_path=config.against_index, cross=config.cross)
        ctx.pools = dict(pools or {})
        index_of = {doc.path: i for i, doc in enumerate(docs)}
        for rule in corpus_rules:
            try:
                for path, violation in rule.check(ctx, config.options_for(rule.code, rule.options)):
                    i = index_of.get(path)
                    if i is not None and rule.code not in config.ignored_for(path):
                        raw[i].append((rule.code, violation))
                        added[i].append((rule.code, violation))
            except ConfigError:
                raise
            except Exception as exc:
                result.errors.append(f"internal error: rule {rule.code} failed: {type(exc).__name__}: {exc}")
    docs_by_path = {d.path: d for d in [*docs, *(references or [])]}
    lists: list[list[Finding]] = []
    for i, (doc, violations) in enumerate(zip(docs, raw)):
        done = finished[i] if finished is not None and i < len(finished) else None
        if done is not None and added[i]:
            # (a worker keeps the violations of a draft that this may redo: _finish_here)
            if parse_suppressions(doc).directives or any(code[:2] in SUBSUMED_FAMILIES for code, _ in added[i]):
                done = None  # a suppression may silence one of them, or become used: redo it all
            else:
                # no suppressions: the corpus findings are made alone (no residue subsumes a
                # corpus finding) and sorted in place (codes differ)
                done = sorted(done + _finish_document(doc, added[i], config, docs_by_path, enabled), key=Finding.sort_key)
        lists.append(done if done is not None else _finish_document(doc, violations, config, docs_by_path, enabled))
    result.findings = _in_order(docs, lists, config)
    return result


def _in_order(docs: list[Document], lists: list[list[Finding]], config: Config) -> list[Finding]:
    """The shown findings of ``docs`` (``lists``: per document, in the order of
    ``Finding.sort_key``) in that order. A finding's path is its document's: the documents
    in the order of their paths give the whole order, as sorting all findings again would
    (on 2,000 drafts 145,000 findings, about 0.2 s of the main process's serial tail)."""
    order = sorted(range(len(docs)), key=lambda i: docs[i].path)
    if any(docs[a].path == docs[b].path for a, b in zip(order, order[1:])):
        # (two documents of one name, standard input named as a file: their findings interleave)
        merged = sorted((f for i in order for f in lists[i]), key=Finding.sort_key)
    else:
        merged = [f for i in order for f in lists[i]]
    hidden = {severity for severity in SEVERITIES if not config.shows(severity)}
    return [f for f in merged if f.severity not in hidden] if hidden else merged


def _load_references(config: Config) -> list[Document]:
    refs: list[Document] = []
    if not config.against:
        return refs
    for path in discover(config.against, config):
        try:
            refs.append(load_path(path, encoding=config.encoding))
        except LoadError:
            continue  # an unreadable archive file cannot be compared; the archive is not linted
    return refs


class _Work(Record):
    """What reading and checking one file gives: a document and its violations, or why not."""

    __slots__ = _fields = ("path", "doc", "raw", "load_error", "errors", "prepared", "findings", "rows")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, path: str, doc: Document | None = None, raw: list[tuple[str, Violation]] | None = None,
                 load_error: tuple[str, str, str] | None = None, errors: list[str] | None = None,
                 prepared: dict[str, Any] | None = None, findings: list[Finding] | None = None,
                 rows: list[tuple] | None = None) -> None:
        self.path = path
        self.doc = doc
        self.raw = raw
        self.load_error = load_error  # (code, reason, reason_en)
        self.errors = [] if errors is None else errors
        self.prepared = {} if prepared is None else prepared  # corpus rules' per-document work, by preparer
        self.findings = findings  # raw made into findings by the worker (see _finish_here), or None
        self.rows = rows  # the same as rows (_rows.pack_findings), as a worker makes them

    def finished(self) -> list[Finding] | None:
        """The findings the worker made of ``raw`` (see :func:`_finish_here`), or None."""
        if self.findings is None and self.rows is not None:
            self.findings, self.rows = unpack_findings(self.rows), None
        return self.findings

    def __reduce__(self):
        # sent from a worker with its findings as plain tuples (_rows.pack_findings), as
        # _finish_here makes them: as records, each finding called five __reduce__ methods
        # in Python (Finding, Location, two Positions, Span), about two thirds of what
        # pickling a task's results cost
        rows = self.rows if self.findings is None else pack_findings(self.findings)
        return (_unpack_work, (self.path, self.doc, self.raw, self.load_error, self.errors, self.prepared, rows))

    def attach(self, preparers: list) -> None:
        """Store the prepared work on the document, where the corpus rules look for it."""
        if self.doc is not None:
            for fn in preparers:
                value = self.prepared.get(_prepared_name(fn))
                if value is not None:
                    self.doc.memo(fn.memo_key, lambda value=value: value)


def _unpack_work(path, doc, raw, load_error, errors, prepared, rows) -> _Work:
    """The :class:`_Work` that ``_Work.__reduce__`` sent."""
    return _Work(path, doc, raw, load_error, errors, prepared, rows=rows)


def _prepare(doc: Document, preparers: list, out: _Work, batched: bool = False) -> bool:
    """Run the preparers ``out`` lacks; True when something was computed. ``batched``: only
    the ``per_document`` step of a preparer that has one (see :func:`_work_batch`)."""
    done = False
    for fn in preparers:
        name = _prepared_name(fn)
        if name not in out.prepared:
            try:
                out.prepared[name] = (getattr(fn, "per_document", fn) if batched else fn)(doc)
                done = True
            except Exception as exc:  # the corpus rule computes it again, and reports a crash
                out.errors.append(f"internal error: preparing {doc.path} for {name} failed: {type(exc).__name__}: {exc}")
    return done


def _work(
    path: str, config: Config, stdin_filename: str | None = None, prepare: bool = False, finish: bool = False,
    later: list | None = None,
) -> _Work:
    """Read one file and run the document rules on it, using the cache when it can.

    ``prepare``: also do the per-document work of the corpus rules (a run of many files:
    done here, in parallel, and cached, instead of in the main process every time).
    ``finish``: also make the violations into findings (see :func:`_finish_here`).
    ``later``: one task's list of cache entries to write once the preparers' ``per_batch``
    steps have run over the task's documents (see :func:`_work_batch`); the entry is
    appended there instead of written.
    """
    out = _Work(path)
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
            name = stdin_filename or STDIN
            kind = kind_of(name) if stdin_filename else "txt"
        else:
            data = read_bytes(path)
            name, kind = path, kind_of(path)
        doc = load_bytes(data, name, kind=kind, encoding=config.encoding)
    except LoadError as err:
        out.load_error = (err.code, err.reason, err.reason_en)
        return out
    out.doc = doc
    ignored = config.ignored_for(doc.path)
    rules = [r for r in _document_rules(config) if r.code not in ignored]
    preparers = _preparers(config) if prepare else []
    cache = None
    if config.cache and path != STDIN:
        from .cache import for_config  # (pickle and hashlib only when caching: start-up)

        cache = for_config(config)
    key = None
    if cache is not None:
        recipe = [(r.code, config.options_for(r.code, r.options)) for r in rules]
        key = cache.key(data, doc.kind, recipe, config.encoding)
        hit = cache.get(key)
        if isinstance(hit, dict) and isinstance(hit.get("raw"), list):
            out.raw = hit["raw"]
            out.prepared = dict(hit.get("prepared") or {})
            if _prepare(doc, preparers, out, later is not None) and not out.errors:
                _put(cache, key, out, later)
            return _finish_here(out, config) if finish else out
    out.raw = check_document(doc, config, rules, out.errors)
    _prepare(doc, preparers, out, later is not None)
    if cache is not None and key is not None and not out.errors:
        _put(cache, key, out, later)
    return _finish_here(out, config) if finish else out


def _put(cache, key: str, out: _Work, later: list | None) -> None:
    """Write ``out``'s cache entry now, or (``later``) once its task's batch steps are done."""
    entry = {"raw": out.raw, "prepared": out.prepared}  # (_finish_here replaces out.raw, never changes it)
    if later is None:
        cache.put(key, entry)
    else:
        later.append((cache, key, entry, out))


def _finish_here(out: _Work, config: Config) -> _Work:
    """Make a worker's violations into findings: suppressions, positions, messages, as the
    rows they are sent in (``out.rows``; ``out.finished()`` makes them findings). On a
    big folder this was most of what the main process did one document after another
    (60% of a warm re-run). Not when a violation points into another file (only the main
    process has every document); the main process also redoes a document with suppression
    comments that a corpus rule adds findings to (see :func:`lint_documents`).

    The violations are then not sent back (unpickling them was a third of a warm re-run's
    main-process time) unless that redo may need them: the draft has suppression
    comments, or a corpus rule could be subsumed by website residue.
    """
    doc = out.doc
    if doc is not None and out.raw is not None and all(
        rel.path is None or rel.path == doc.path for _, v in out.raw for rel in v.related
    ):
        out.rows = _finish_rows(doc, out.raw, config, {doc.path: doc}, config.enabled_codes())
        if not parse_suppressions(doc).directives and not any(
            r.family in SUBSUMED_FAMILIES for r in _corpus_rules(config)
        ):
            out.raw = []  # lint_documents never redoes this draft: the findings are all it needs
    return out


def _work_batch(batch: list[tuple]) -> list[_Work]:
    """One task of a worker: :func:`_work` of each set of arguments, in order.

    A preparer with a ``per_batch`` step (DU's MinHash signing: numpy's per-call costs,
    about 0.3 ms a draft one at a time) runs it once over the task's documents, and their
    cache entries are written after it."""
    later: list[tuple] = []
    works = [_work(*args, later=later) for args in batch]
    if batch and batch[0][3]:  # (the prepare flag of _work; a task's files share config and flags)
        for fn in _preparers(batch[0][1]):
            step = getattr(fn, "per_batch", None)
            if step is not None:
                _per_batch(step, _prepared_name(fn), works)
    for cache, key, entry, out in later:
        if not out.errors:
            cache.put(key, entry)
    return works


def _per_batch(step, name: str, works: list[_Work]) -> None:
    """``step`` over the prepared values ``name`` of ``works``; when it fails, over each alone,
    so that only the document it fails on loses its value (the corpus rule computes it
    again and reports a crash) and records why."""
    todo = [w for w in works if w.doc is not None and name in w.prepared]
    try:
        step([w.prepared[name] for w in todo])
        return
    except Exception:
        pass
    for w in todo:
        try:
            step([w.prepared[name]])
        except Exception as exc:
            del w.prepared[name]
            w.errors.append(f"internal error: preparing {w.path} for {name} failed: {type(exc).__name__}: {exc}")


def _batch_sizes(files: int, workers: int, most: int = 32) -> list[int]:
    """How many files each task of the pool gets, in order: up to ``most`` while many are
    left (fewer, bigger messages), then a quarter of each worker's share of what is left,
    down to one (guided self-scheduling), so that the workers run out of files together. With
    tasks of 32 files to the end, one worker sat idle while the other did its last task
    (up to 32 drafts, about 1 s on the benchmark corpus)."""
    sizes: list[int] = []
    left = files
    while left:
        size = max(1, min(most, left // (workers * 4)))
        sizes.append(size)
        left -= size
    return sizes


# Below this many files per worker, starting processes costs more than it saves.
_MIN_FILES_PER_JOB = 4
# From this many files on, the corpus rules' per-document work is done with the document
# rules (in the workers) and cached; below, the main process does what it needs (for a
# few drafts the duplicate comparison needs no signatures, nor numpy).
_PREPARE_MIN_FILES = _MIN_FILES_PER_JOB * 2


def _map_work(files: list[str], config: Config, stdin_filename: str | None):
    jobs = config.jobs or os.cpu_count() or 1
    parallel = [f for f in files if f != STDIN]
    prepare = len(files) >= _PREPARE_MIN_FILES
    if jobs > 1 and len(parallel) >= _MIN_FILES_PER_JOB * 2:
        # the workers also finish their documents' findings: in the main process that
        # would be serial work
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        # (a forked worker inherits the main process's paused collector: _worker_started
        # sets it up for the rules)
        workers = min(jobs, len(parallel))
        # A forked worker inherits what the main process has loaded. Checking the first
        # file here first loads what every worker would otherwise load again for its first
        # file (about 1 s CPU a process: some 200 patterns compiled, data tables, numpy):
        # about 0.9 s less CPU for two workers, at the same wall time (the workers wait
        # for it, but each has that much less to do).
        first = _work(parallel[0], config, None, prepare, True) if ctx.get_start_method() == "fork" else None
        rest = parallel[1:] if first is not None else parallel
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_started) as pool:
            batches: list[list[tuple]] = []
            at = 0
            for size in _batch_sizes(len(rest), workers):
                batches.append([(f, config, None, prepare, True) for f in rest[at : at + size]])
                at += size
            done = (work for batch in pool.map(_work_batch, batches) for work in batch)
            if first is not None:
                done = itertools.chain([first], done)
            for f in files:
                yield _work(f, config, stdin_filename, prepare) if f == STDIN else next(done)
        return
    for f in files:
        yield _work(f, config, stdin_filename, prepare)


#: A worker's cyclic garbage collector runs rarely (see _worker_started): Python's default
#: (700, 10, 10) collected about 600 times in 300 drafts.
_WORKER_GC_THRESHOLD = (100_000, 50, 100)


def _worker_started() -> None:
    """Set up a worker process's cyclic garbage collector (paused in the main process,
    see _GcPaused). What the worker inherited (modules, compiled patterns, tables, the
    first file's work) is never garbage: frozen, collections skip it. The rules make next
    to no cyclic garbage (``gc.collect()`` after each task of 32 drafts of the benchmark
    corpus found none), so collections are made rare, not stopped: a document whose
    analysis does make cycles still has them freed. On the 20 MB corpus the workers'
    CPU went from 39.1-40.2 to 36.7 s (the collector at Python's defaults: 5-7% of it)."""
    gc.freeze()
    gc.set_threshold(*_WORKER_GC_THRESHOLD)
    gc.enable()


class _GcPaused:
    """No cyclic garbage collection inside: for the main process's bulk work (unpickling
    what the workers send back, the cache, the duplicate comparison), which allocates
    millions of objects and little cyclic garbage. With the collector on, its passes over
    the ever larger heap took about half the time of loading 150,000 cached findings
    (1.4 s of 2.1 s CPU). Worker processes collect, rarely (see _worker_started)."""

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was_enabled:
            gc.enable()


def run(paths: list[str], config: Config, *, stdin_filename: str | None = None, progress=None) -> LintResult:
    """Discover, read and lint; unreadable inputs become DL findings.

    Files are read and checked by ``config.jobs`` worker processes (default: one per
    core) with results in a stable order; cross-file rules run afterwards on all of
    them. ``progress``, when given, has ``start(total)``, ``advance()`` and ``stop()``.
    A re-run with the cache over the same files and settings takes the findings of the
    last run from it (see cache.run_key).
    """
    with _GcPaused():
        return _run(paths, config, stdin_filename=stdin_filename, progress=progress)


def _run(paths: list[str], config: Config, *, stdin_filename: str | None, progress) -> LintResult:
    docs: list[Document] = []
    raw: list[list[tuple[str, Violation]]] = []
    finished: list[list[Finding] | None] = []  # what the workers made of raw, per document
    errors: list[str] = []
    load_findings: list[Finding] = []
    enabled = config.enabled_codes()
    files = discover(paths or ["."], config)
    run_cache = _run_cache(files, config)
    if run_cache is not None:
        cache, slot, key = run_cache
        hit = _cached_run(cache, slot, key)
        if hit is not None:
            return hit
    preparers = _preparers(config)
    pools = _collectors(config, preparers, len(files))
    if progress is not None:
        progress.start(len(files))
    try:
        for work in _map_work(files, config, stdin_filename):
            errors.extend(work.errors)
            work.attach(preparers)
            if work.load_error is not None:
                code, reason, reason_en = work.load_error
                name = (stdin_filename or STDIN) if work.path == STDIN else work.path
                if code in enabled:
                    load_findings.append(_load_error_finding(name, LoadError(code, reason, reason_en), config))
            else:
                assert work.doc is not None and work.raw is not None
                docs.append(work.doc)
                raw.append(work.raw)
                finished.append(work.finished())
                for key, pool in list(pools.items()):
                    try:
                        pool.add(work.doc)
                    except Exception:  # the corpus rule pools the documents itself, and reports why
                        del pools[key]
            if progress is not None:
                progress.advance()
        result = lint_documents(
            docs, config, references=_load_references(config), raw=raw, errors=errors, finished=finished,
            pools=pools,
        )
    finally:
        if progress is not None:
            progress.stop()
    result.files += len(load_findings)
    shown = [f for f in load_findings if config.shows(f.severity)]
    if shown:  # (lint_documents sorted the rest: sorting 145,000 findings again cost 0.1 s)
        result.findings = sorted(result.findings + shown, key=Finding.sort_key)
    if run_cache is not None and not result.errors:  # (a crashed rule is tried again next time)
        cache, slot, key = run_cache
        cache.put(slot, {"key": key, "files": result.files, "findings": pack_findings(result.findings)})
    return result


def _collectors(config: Config, preparers: list, files: int) -> dict:
    """For a run of many files (whose documents the workers prepare), a collector per
    preparer that has one (``fn.collector()``, by ``fn.memo_key``): the main process adds
    each document to it as it arrives, while the workers go on with the rest, instead of
    doing that part of the corpus rules' work after the last one (DU's pool: see
    corpus.Pool). Not with references or an index, which the comparison pools itself."""
    if files < _PREPARE_MIN_FILES or config.against or config.against_index:
        return {}
    return {fn.memo_key: fn.collector() for fn in preparers if getattr(fn, "collector", None) is not None}


def _run_cache(files: list[str], config: Config):
    """(cache, slot, key) of the whole-run entry for these files, or None: no cache, or a
    run the entry cannot stand for (standard input; references or an index, whose
    contents the key does not cover; a file that cannot be read: read it and report)."""
    if not config.cache or not files or STDIN in files or config.against or config.against_index:
        return None
    from .cache import for_config, run_key, run_recipe

    cache = for_config(config)
    if cache is None:
        return None
    contents: list[tuple[str, bytes]] = []
    for path in files:
        try:
            contents.append((path, read_bytes(path)))
        except LoadError:
            return None
    slot, key = run_key(run_recipe(config, list(registry().values())), contents)
    return cache, slot, key


def _cached_run(cache, slot: str, key: str) -> LintResult | None:
    """The result stored under ``slot`` if it was made from the same ``key``; an entry that
    does not read back as one is ignored."""
    entry = cache.get(slot)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    try:
        return LintResult(findings=unpack_findings(entry["findings"]), files=int(entry["files"]))
    except (KeyError, TypeError, ValueError):
        return None


def lint_text(text: str, *, path: str | None = None, config: Config | None = None) -> list[Finding]:
    config = config or Config()
    name = path or "<text>"
    doc = Document(text, path=name, kind=kind_of(name) if path else "txt")
    return lint_documents([doc], config).findings


def lint_paths(paths: list[str], *, config: Config | None = None) -> list[Finding]:
    return run(paths, config or Config()).findings


__all__ = ["LintResult", "discover", "lint_documents", "run", "lint_text", "lint_paths"]
