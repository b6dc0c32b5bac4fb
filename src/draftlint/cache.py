"""Per-file result cache: document-rule violations keyed by content, rules and version.

A re-run over an unchanged archive reads and decodes each file (needed anyway for the
cross-file duplicate rules and for placing findings) but skips every document rule.
The key covers the file's bytes, its kind, the draftlint version, the codes run with
their options, and the forced encoding, so any change to these is a miss. Cache
entries that cannot be read or written are ignored: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from pathlib import Path
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

from . import __version__

DEFAULT_DIR = ".draftlint_cache"


def _code_stamp() -> str:
    """Size and mtime of every module and data file of draftlint: a rule edited without a
    version bump (as in development) must not be served old results."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".json", ".toml") and "__pycache__" not in path.parts:
            st = path.stat()
            h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


class ResultCache:
    def __init__(self, directory: str) -> None:
        self.directory = Path(directory)
        self.enabled = True

    def key(self, data: bytes, kind: str, rules: list[tuple[str, dict[str, Any]]], encoding: str | None) -> str:
        h = hashlib.sha256()
        recipe = [__version__, _stamp(), sys.version_info[:2], kind, encoding, rules]
        h.update(json.dumps(recipe, sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None

    def put(self, key: str, value: Any) -> None:
        if not self.enabled:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tag = self.directory / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# draftlint cache; safe to delete\n")
                (self.directory / ".gitignore").write_text("*\n")
            # written aside and moved in place, so a reader never sees half an entry; the
            # process id keeps parallel writers apart (tempfile would cost start-up time)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            self.enabled = False  # a read-only tree: go on without the cache


_STAMP: str | None = None


def _stamp() -> str:
    global _STAMP
    if _STAMP is None:
        _STAMP = _code_stamp()
    return _STAMP


def for_config(config) -> ResultCache | None:
    if not config.cache:
        return None
    directory = config.cache_dir or os.environ.get("DRAFTLINT_CACHE_DIR") or os.path.join(config.root, DEFAULT_DIR)
    return ResultCache(directory)


# -- the whole run ----------------------------------------------------------------
# A re-run over an unchanged folder with unchanged settings gives the findings of the
# last run. Taking them from one entry skips what the per-file entries still leave to do:
# decoding every file, unpickling documents and violations, the duplicate comparison
# over all of them and making findings (15 s of a 2,000-draft re-run before this).

# Settings that only say how to run or show the findings, never which ones there are.
# (fail_on only sets the exit status, which the CLI derives from the findings.)
_NOT_IN_RUN_KEY = frozenset({"format", "jobs", "cache", "cache_dir", "fail_on"})


def run_recipe(config, rules) -> list:
    """What the findings of a run depend on besides the files: the version and source of
    draftlint, every setting that changes findings, and each known rule's code, default
    severity, scope and default options (a rule added at run time, as tests do, counts)."""
    settings = {name: getattr(config, name) for name in config._fields if name not in _NOT_IN_RUN_KEY}
    known = [(r.code, r.severity, r.scope, r.options, r.module, getattr(r.check, "__qualname__", None)) for r in rules]
    return ["run", __version__, _stamp(), sys.version_info[:2], settings, sorted(config.enabled_codes()), known]


def run_key(recipe: list, files: list[tuple[str, bytes]]) -> tuple[str, str]:
    """(slot, key): ``slot`` names the entry of this folder under these settings (a later
    run with a changed file replaces it instead of adding one); ``key`` also covers the
    bytes of every file, so a changed, added or removed file is a miss."""
    head = json.dumps(recipe, sort_keys=True, default=str).encode("utf-8")
    slot = hashlib.sha256(head)
    key = hashlib.sha256(head)
    for path, data in files:
        name = path.encode("utf-8", "surrogateescape")
        slot.update(b"%d\0" % len(name) + name)
        key.update(b"%d\0%d\0" % (len(name), len(data)) + name)
        key.update(data)
    return "run-" + slot.hexdigest(), key.hexdigest()


# (kept in _rows, which the linter imports without this module's pickle and hashlib)
from ._rows import pack_findings, unpack_findings  # noqa: E402,F401
