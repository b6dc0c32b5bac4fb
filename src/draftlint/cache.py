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
