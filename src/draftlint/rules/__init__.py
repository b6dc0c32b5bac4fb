"""The rule registry.

Every public module below this package (one per rule, grouped in one subpackage per
family) is a rule. A rule module defines:

``CODE``      the code, family prefix first (``PH101``)
``NAME``      a kebab-case name (``unfilled-slot``)
``SEVERITY``  the default severity (``error`` | ``warning`` | ``info``); config overrides it
``OPTIONS``   optional dict of option name -> default value, settable in config
``check``     ``check(doc, options) -> Iterable[Violation]`` for a rule that reads one
              document, or ``check_corpus(docs, options) -> Iterable[(path, Violation)]``
              (with ``SCOPE = "corpus"``) for one that compares documents,
              or neither (``SCOPE = "linter"``) for findings the linter makes itself.

and its docstring is its user documentation: a one-line summary, then what it finds,
why it matters, an example (``Bad:`` / ``Good:``), and how to fix it.
Modules whose name starts with ``_`` are helpers, not rules.
"""

from __future__ import annotations

import importlib
import json
import os
from functools import lru_cache
from types import ModuleType
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Callable

from .._record import Record

FAMILIES = {
    "PH": "template fill and website residue",
    "DU": "near-duplicate sections",
    "AR": "arithmetic",
    "ST": "structure and typography",
    "DL": "draftlint itself (input errors, suppressions)",
}

_PACKAGES = ("placeholder", "duplicate", "arithmetic", "structure", "meta")


class Rule(Record):
    __slots__ = _fields = ("code", "name", "severity", "summary", "doc", "scope", "options", "check", "module")
    __hash__ = None  # type: ignore[assignment]  # options is a dict

    def __init__(self, code: str, name: str, severity: str, summary: str, doc: str, scope: str,
                 options: dict[str, Any] | None = None, check: Callable[..., Any] | None = None,
                 module: str = "") -> None:
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.doc = doc
        self.scope = scope  # "document" | "corpus" | "linter"
        self.options = {} if options is None else options
        self.check = check
        self.module = module

    @property
    def family(self) -> str:
        return self.code[:2]


def _rule_from_module(mod: ModuleType) -> Rule:
    doc = (mod.__doc__ or "").strip()
    summary = doc.splitlines()[0].strip() if doc else ""
    scope = getattr(mod, "SCOPE", "document")
    check = {"document": getattr(mod, "check", None), "corpus": getattr(mod, "check_corpus", None)}.get(scope)
    return Rule(
        code=mod.CODE,
        name=mod.NAME,
        severity=mod.SEVERITY,
        summary=summary,
        doc=doc,
        scope=scope,
        options=dict(getattr(mod, "OPTIONS", {})),
        check=check,
        module=mod.__name__,
    )


def _iter_rule_modules():
    for pkg_name in _PACKAGES:
        pkg = importlib.import_module(f"{__name__}.{pkg_name}")
        # the family's modules, listed from its folder (pkgutil would import typing: start-up)
        names = sorted({n[:-3] for path in pkg.__path__ for n in os.listdir(path)
                        if n.endswith(".py") and not n.startswith("_")})
        for name in names:
            mod = importlib.import_module(f"{pkg.__name__}.{name}")
            if hasattr(mod, "CODE"):
                yield mod


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    """All rules by code, in code order."""
    rules: dict[str, Rule] = {}
    for mod in _iter_rule_modules():
        rule = _rule_from_module(mod)
        if rule.code in rules:
            raise RuntimeError(f"rule code {rule.code} defined twice: {rules[rule.code].module}, {rule.module}")
        rules[rule.code] = rule
    return dict(sorted(rules.items()))


def get(code: str) -> Rule | None:
    return registry().get(code.upper())


def violations_of(doc: Any, rule: Rule, options: dict[str, Any]) -> list[Any]:
    """The violations of a document rule on ``doc`` with ``options``, computed once per
    document: the linter and any rule that builds on another's findings (ST skips what
    PH reports as residue) share one run."""
    key = ("violations", rule.code, _options_key(options))
    return doc.memo(key, lambda: list(rule.check(doc, options)))  # type: ignore[misc]


def _options_key(options: dict[str, Any]) -> Any:
    try:
        key = tuple(sorted(options.items()))
        hash(key)
        return key
    except TypeError:  # a list or table among the values
        return json.dumps(options, sort_keys=True, default=str)


def match_codes(selector: str) -> list[str]:
    """Codes a selector names: ``ALL``, a family (``PH``) or a code prefix (``PH1``, ``PH101``)."""
    sel = selector.strip().upper()
    if sel == "ALL":
        return list(registry())
    return [code for code in registry() if code.startswith(sel)]
