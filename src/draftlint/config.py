"""Configuration: ``[tool.draftlint]`` in pyproject.toml or a ``.draftlint.toml``.

The file is found from the first linted path upwards (``--config FILE`` names one,
``--isolated`` ignores them all). Keys are the long command-line flags; a flag given
on the command line wins over the file. Example::

    [tool.draftlint]
    select = ["PH", "AR", "ST", "DU"]
    ignore = ["ST312"]
    extend-select = []
    exclude = ["archive/**"]
    per-file-ignores = { "范文/*.txt" = ["DU"] }
    fail-on = "warning"          # error | warning | info
    lang = "zh"                  # zh | en
    show-info = false

    [tool.draftlint.rules.DU101]
    severity = "error"
    min-length = 40

In ``.draftlint.toml`` the same keys stand at the top level (``[rules.DU101]``).
An unknown key, rule code or option is an error that names it.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from functools import lru_cache
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

# pathlib is imported by the functions that walk, resolve or search paths, not here: with
# urllib.parse and ipaddress it costs 7 ms, and checking named files with --isolated needs none

from ._record import Record
from .types import SEVERITIES, SEVERITY_RANK



def _toml():
    """The TOML parser, imported only when there is a config file to read (start-up time)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib

FORMATS = ("full", "concise", "json", "sarif", "github")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".draftlint_cache")


class ConfigError(Exception):
    """Bad configuration or a bad command-line value; the CLI exits 2 with this message."""


# the keys of [tool.draftlint] (and the long flags): their defaults; a list or dict default is
# copied for each Config
_DEFAULTS: dict[str, Any] = {
    "select": ["ALL"],
    "extend_select": [],
    "ignore": [],
    "per_file_ignores": {},
    "exclude": [],
    "extend_exclude": [],
    "respect_gitignore": True,
    "fail_on": "warning",
    "show_info": False,
    "lang": "zh",
    "format": None,
    "encoding": None,
    "cross": True,
    "against": [],
    "against_index": None,
    "jobs": None,
    "cache": True,
    "cache_dir": None,
    "rules": {},
    "root": ".",  # folder the config file is in; relative globs and paths resolve from it
    "source": None,  # the config file used, if any
}


class Config(Record):
    """Settings: the defaults above, then a config file, then the command line."""

    __slots__ = _fields = tuple(_DEFAULTS)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - set(_DEFAULTS)
        if unknown:
            raise TypeError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        for name, default in _DEFAULTS.items():
            value = values[name] if name in values else default
            setattr(self, name, value.copy() if name not in values and isinstance(value, (list, dict)) else value)

    # -- derived ----------------------------------------------------------------
    def enabled_codes(self) -> set[str]:
        from .rules import match_codes

        chosen: set[str] = set()
        for sel in [*self.select, *self.extend_select]:
            chosen.update(match_codes(sel))
        for sel in self.ignore:
            chosen.difference_update(match_codes(sel))
        return chosen

    def ignored_for(self, path: str) -> set[str]:
        """Codes ``per-file-ignores`` turns off for ``path``."""
        from .rules import match_codes

        if not self.per_file_ignores:
            return set()
        rel = _relative(path, self.root)
        out: set[str] = set()
        for pattern, codes in self.per_file_ignores.items():
            if _glob_match(rel, pattern):
                for code in codes:
                    out.update(match_codes(code))
        return out

    def severity(self, code: str, hint: str | None, default: str) -> str:
        configured = self.rules.get(code, {}).get("severity")
        return configured or hint or default

    def options_for(self, code: str, defaults: dict[str, Any]) -> dict[str, Any]:
        merged = dict(defaults)
        merged.update({k: v for k, v in self.rules.get(code, {}).items() if k != "severity"})
        return merged

    def shows(self, severity: str) -> bool:
        return self.show_info or severity != "info"

    def fails(self, severity: str) -> bool:
        return SEVERITY_RANK[severity] >= SEVERITY_RANK[self.fail_on]

    def is_excluded(self, path: Path, rel: str | None = None) -> bool:
        """Whether ``exclude`` / ``extend-exclude`` (or a default) names the file or a folder
        it is in: as :func:`_glob_match` does for each pattern, with all of them in one regex.
        ``rel``: ``path`` relative to the root as :func:`_relative` gives it, when the caller
        has it (see ``linter.discover``)."""
        rel_re, part_re = _exclude_patterns((*DEFAULT_EXCLUDE, *self.exclude, *self.extend_exclude))
        if rel is None:
            rel = _relative(str(path), self.root)
        if rel_re.match(rel):
            return True
        return part_re is not None and any(part_re.match(part) for part in rel.split("/") + [path.name])


@lru_cache(maxsize=8)
def _exclude_patterns(patterns: tuple[str, ...]):
    """(a regex for the whole relative path, a regex for one name or None) that match where
    :func:`_glob_match` would for some pattern (one fnmatch.translate per pattern, joined)."""
    whole, parts = [], []
    for pattern in patterns:
        bare = pattern.rstrip("/")
        whole += [fnmatch.translate(bare), fnmatch.translate(bare + "/*")]
        if "/" not in bare:
            parts.append(fnmatch.translate(bare))
        parts.append(fnmatch.translate(pattern))  # the file's own name
    return re.compile("|".join(whole)), (re.compile("|".join(parts)) if parts else None)


@lru_cache(maxsize=8)
def _resolved(root: str) -> Path:
    from pathlib import Path

    return Path(root).resolve()


def _relative(path: str, root: str) -> str:
    from pathlib import Path, PurePosixPath

    p = Path(path)
    try:
        return PurePosixPath(p.resolve().relative_to(_resolved(root))).as_posix()
    except ValueError:
        return PurePosixPath(p).as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern + "/*"):
        return True
    # a pattern without a slash matches a file or folder name at any depth
    if "/" not in pattern:
        from pathlib import PurePosixPath

        return any(fnmatch.fnmatch(part, pattern) for part in PurePosixPath(rel).parts)
    return False


# -- reading and validating -------------------------------------------------------
_KEYS = {name.replace("_", "-"): name for name in _DEFAULTS if name not in ("root", "source")}


def _check_type(key: str, value: Any, kind: type | tuple, where: str) -> None:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ConfigError(f"{where}: '{key}' must be a {names}, not {type(value).__name__}")


def _codes_list(key: str, value: Any, where: str) -> list[str]:
    from .rules import match_codes

    if isinstance(value, str):
        value = [v for v in value.replace(" ", "").split(",") if v]
    _check_type(key, value, list, where)
    out = []
    for item in value:
        _check_type(key, item, str, where)
        if not match_codes(item):
            raise ConfigError(f"{where}: '{key}' names unknown rule code {item!r} (see `draftlint rules`)")
        out.append(item.upper())
    return out


def validate(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """Check a raw settings table and convert it to Config field values."""
    from .rules import get

    out: dict[str, Any] = {}
    for key, value in raw.items():
        name = _KEYS.get(key) or _KEYS.get(key.replace("_", "-"))
        if name is None:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(_KEYS))})")
        if name in ("select", "extend_select", "ignore"):
            value = _codes_list(key, value, where)
        elif name in ("exclude", "extend_exclude", "against"):
            if isinstance(value, str):
                value = [value]
            _check_type(key, value, list, where)
            for v in value:
                _check_type(key, v, str, where)
        elif name == "per_file_ignores":
            _check_type(key, value, dict, where)
            value = {str(k): _codes_list(f"{key}.{k}", v, where) for k, v in value.items()}
        elif name in ("respect_gitignore", "show_info", "cross", "cache"):
            _check_type(key, value, bool, where)
        elif name == "jobs":
            _check_type(key, value, int, where)
            if value < 1:
                raise ConfigError(f"{where}: 'jobs' must be at least 1")
        elif name == "fail_on":
            if value not in SEVERITIES:
                raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(SEVERITIES)}, not {value!r}")
        elif name == "lang":
            if value not in ("zh", "en"):
                raise ConfigError(f"{where}: 'lang' must be zh or en, not {value!r}")
        elif name == "format":
            if value not in FORMATS:
                raise ConfigError(f"{where}: 'format' must be one of {', '.join(FORMATS)}, not {value!r}")
        elif name in ("encoding", "against_index", "cache_dir"):
            _check_type(key, value, str, where)
        elif name == "rules":
            _check_type(key, value, dict, where)
            checked: dict[str, dict[str, Any]] = {}
            for code, opts in value.items():
                rule = get(code)
                if rule is None:
                    raise ConfigError(f"{where}: [rules.{code}]: unknown rule code {code!r}")
                _check_type(f"rules.{code}", opts, dict, where)
                for opt, val in opts.items():
                    if opt == "severity":
                        if val not in SEVERITIES:
                            raise ConfigError(f"{where}: [rules.{code}] severity must be one of {', '.join(SEVERITIES)}")
                    elif opt not in rule.options:
                        known = ", ".join(["severity", *rule.options]) or "severity"
                        raise ConfigError(f"{where}: [rules.{code}] unknown option '{opt}' (known: {known})")
                    elif rule.options[opt] is not None and not isinstance(val, type(rule.options[opt])) and not (
                        isinstance(rule.options[opt], float) and isinstance(val, int) and not isinstance(val, bool)
                    ):
                        raise ConfigError(
                            f"{where}: [rules.{code}] option '{opt}' must be a {type(rule.options[opt]).__name__}"
                        )
                checked[rule.code] = dict(opts)
            value = checked
        out[name] = value
    return out


def read_file(path: Path) -> dict[str, Any]:
    """The draftlint table of a config file (empty when a pyproject.toml has none)."""
    tomllib = _toml()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("draftlint", {})
    else:
        table = data.get("tool", {}).get("draftlint", data) if "tool" in data else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.draftlint] must be a table")
    return table


def find_config(start: Path) -> Path | None:
    """The nearest .draftlint.toml, or pyproject.toml with [tool.draftlint], at or above ``start``."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        candidate = directory / ".draftlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
                if "draftlint" not in text:
                    continue  # no [tool.draftlint] without the word: no need to parse
                tomllib = _toml()
                if "draftlint" in tomllib.loads(text).get("tool", {}):
                    return pyproject
            except (OSError, UnicodeDecodeError, ValueError):  # TOMLDecodeError is a ValueError
                continue
    return None


def load_config(
    paths: list[str] | None = None,
    *,
    config_file: str | None = None,
    isolated: bool = False,
    overrides: dict[str, Any] | None = None,
) -> Config:
    """Defaults, then the config file, then ``overrides`` (command-line flags, long-flag keys)."""
    values: dict[str, Any] = {}
    root = os.getcwd()
    source = None
    if config_file or not isolated:
        from pathlib import Path

        if config_file:
            source = Path(config_file)
        else:
            first = next((p for p in (paths or []) if p != "-"), ".")
            source = find_config(Path(first)) if Path(first).exists() else find_config(Path.cwd())
    if source is not None:
        values.update(validate(read_file(source), str(source)))
        root = source.resolve().parent
        # paths written in a config file are relative to that file's folder
        if values.get("against"):
            values["against"] = [str(root / p) for p in values["against"]]
        for key in ("against_index", "cache_dir"):
            if values.get(key):
                values[key] = str(root / values[key])
    if overrides:
        cli_values = validate(overrides, "command line")
        for key, value in cli_values.items():
            if key == "rules":
                merged = {code: dict(opts) for code, opts in values.get("rules", {}).items()}
                for code, opts in value.items():
                    merged.setdefault(code, {}).update(opts)
                value = merged
            values[key] = value
    cfg = Config(**values)
    cfg.root = str(root)
    cfg.source = str(source) if source else None
    return cfg
