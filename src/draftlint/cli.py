"""Command line: argument parsing and exit codes, nothing else.

Exit codes: 0 nothing at or above ``--fail-on`` was found; 1 something was;
2 usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Sequence

from . import __version__
from .config import FORMATS, ConfigError, load_config
from .types import SEVERITIES

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil (which imports bz2
    and lzma: a tenth of the start-up of a one-draft check before the rules run)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout; argparse makes one for every argument added (to check its
    metavar), each asking shutil for the terminal's width unless given one."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:  # as argparse does: two columns narrower than the terminal
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, formatter_class: type = _Formatter, **kwargs: Any) -> None:
        super().__init__(*args, formatter_class=formatter_class, **kwargs)

    def error(self, message: str) -> None:  # one line and exit 2, like every other usage error
        self.print_usage(sys.stderr)
        sys.stderr.write(f"draftlint: error: {message}\n")
        raise SystemExit(EXIT_ERROR)


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _add_check(check: argparse.ArgumentParser) -> None:
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; '-' reads standard input")
    g = check.add_argument_group("selection")
    g.add_argument("--select", type=_codes, metavar="CODES", help="comma-separated codes or prefixes to enable (default: ALL)")
    g.add_argument("--extend-select", type=_codes, metavar="CODES", help="codes to enable on top of select")
    g.add_argument("--ignore", type=_codes, metavar="CODES", help="codes or prefixes to disable")
    g.add_argument("--per-file-ignores", action="append", metavar="GLOB:CODES", help="disable codes for files matching GLOB (repeatable)")
    g.add_argument("--exclude", type=_codes, metavar="GLOBS", help="files and folders to skip (replaces the config's list)")
    g.add_argument("--extend-exclude", type=_codes, metavar="GLOBS", help="more files and folders to skip")
    g.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false", default=None, help="lint files .gitignore excludes too")
    g = check.add_argument_group("reading")
    g.add_argument("--encoding", help="decode text files with this encoding instead of detecting it (e.g. gbk)")
    g.add_argument("--stdin-filename", metavar="NAME", help="the name to report for '-' (its suffix picks the format)")
    g = check.add_argument_group("duplicates")
    g.add_argument("--no-cross", dest="cross", action="store_false", default=None, help="do not compare the linted files with each other")
    g.add_argument("--against", action="append", metavar="DIR", help="compare with the drafts in DIR (not linted; repeatable)")
    g.add_argument("--against-index", metavar="FILE", help="compare with a prebuilt index (draftlint index build)")
    g = check.add_argument_group("speed")
    g.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: one per core)")
    g.add_argument("--no-cache", dest="cache", action="store_false", default=None, help="do not read or write the result cache")
    g.add_argument("--cache-dir", metavar="DIR", help="where to keep the result cache (default .draftlint_cache beside the config, or here)")
    g = check.add_argument_group("output")
    g.add_argument("--format", "--output-format", dest="format", choices=FORMATS, help="full (default on a terminal), concise, json, sarif, github (default under GitHub Actions)")
    g.add_argument("--output-file", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    g.add_argument("--lang", choices=("zh", "en"), help="language of messages (default zh)")
    g.add_argument("--show-info", action="store_true", default=None, help="also report findings of severity info")
    g.add_argument("--statistics", action="store_true", help="print counts per code instead of each finding")
    g.add_argument("--quiet", "-q", action="store_true", help="print findings only, no summary or progress")
    g.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in terminal output")
    g = check.add_argument_group("exit status")
    g.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit status 1 (default warning)")
    g.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings were reported")
    g = check.add_argument_group("configuration")
    g.add_argument("--config", metavar="FILE", help="use this pyproject.toml or .draftlint.toml")
    g.add_argument("--isolated", action="store_true", help="ignore all configuration files")


def _add_index(index: argparse.ArgumentParser) -> None:
    index_sub = index.add_subparsers(dest="index_command", metavar="ACTION", parser_class=_Parser)
    build = index_sub.add_parser("build", help="index the drafts under ARCHIVE for `check --against-index`")
    build.add_argument("archive", nargs="+", metavar="ARCHIVE", help="files or folders of reference drafts")
    build.add_argument("--output", "-o", metavar="FILE", default="draftlint-index.dlidx", help="index file to write (default draftlint-index.dlidx)")
    build.add_argument("--encoding", help="decode text files with this encoding instead of detecting it")
    build.add_argument("--config", metavar="FILE", help="use this pyproject.toml or .draftlint.toml")
    build.add_argument("--isolated", action="store_true", help="ignore all configuration files")


def _add_rules(rules: argparse.ArgumentParser) -> None:
    rules.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="text (default), a Markdown table, or JSON")


def _add_rule(rule: argparse.ArgumentParser) -> None:
    rule.add_argument("code", metavar="CODE")


# name: (help, what adds its arguments)
_COMMANDS = {
    "check": ("lint files and folders (default: .)", _add_check),
    "index": ("build a reusable duplicate index of an archive", _add_index),
    "rules": ("list every rule", _add_rules),
    "rule": ("print a rule's documentation", _add_rule),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or, given ``command``, of that one only (which is all
    ``draftlint COMMAND …`` uses): each parser argparse makes looks up its translations on
    disk, and building all six took 5 ms of a one-draft check, that one 3.5 ms."""
    parser = _Parser(prog="draftlint", description="Lint Chinese report drafts for template residue, duplicates, bad arithmetic and typography.")
    parser.add_argument("--version", action="version", version=f"draftlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_text, add_arguments) in _COMMANDS.items():
        if command is None or name == command:
            add_arguments(sub.add_parser(name, help=help_text))
    return parser


_OVERRIDE_KEYS = {
    "select": "select", "extend_select": "extend-select", "ignore": "ignore", "exclude": "exclude",
    "extend_exclude": "extend-exclude", "respect_gitignore": "respect-gitignore", "encoding": "encoding",
    "cross": "cross", "against": "against", "against_index": "against-index", "format": "format",
    "lang": "lang", "show_info": "show-info", "fail_on": "fail-on", "jobs": "jobs", "cache": "cache",
    "cache_dir": "cache-dir",
}


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    out = {key: getattr(args, attr) for attr, key in _OVERRIDE_KEYS.items() if getattr(args, attr) is not None}
    if args.per_file_ignores:
        table: dict[str, list[str]] = {}
        for item in args.per_file_ignores:
            glob, sep, codes = item.rpartition(":")
            if not sep or not glob:
                raise ConfigError(f"--per-file-ignores expects GLOB:CODES, got {item!r}")
            table.setdefault(glob, []).extend(_codes(codes))
        out["per-file-ignores"] = table
    return out


def _default_format(stream) -> str:
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "full" if stream.isatty() else "concise"


class _PlainConsole:
    """What the plain-text and machine formats need of a console: its file. Rich is
    imported only for the formats that draw with it, to keep start-up short."""

    def __init__(self, stream) -> None:
        self.file = stream


def _console(stream, color: str, fmt: str = "full"):
    if fmt != "full":
        return _PlainConsole(stream)
    from rich.console import Console

    force = {"always": True, "never": False}.get(color)
    no_color = color == "never" or (color == "auto" and "NO_COLOR" in os.environ)
    return Console(file=stream, force_terminal=force, no_color=no_color, highlight=False, soft_wrap=True)


def _check(args: argparse.Namespace) -> int:
    from . import reporters
    from .linter import run

    config = load_config(args.paths, config_file=args.config, isolated=args.isolated, overrides=_overrides(args))
    if args.stdin_filename and "-" not in args.paths:
        raise ConfigError("--stdin-filename names standard input: pass '-' as a path too")
    if config.against_index:
        _check_index(config.against_index)
    out_stream = open(args.output_file, "w", encoding="utf-8") if args.output_file else sys.stdout
    try:
        fmt = config.format or _default_format(out_stream)
        progress = None
        if not args.quiet and fmt in ("full", "concise") and sys.stderr.isatty():
            from ._progress import Progress

            progress = Progress()
        result = run(args.paths or ["."], config, stdin_filename=args.stdin_filename, progress=progress)
        console = _console(out_stream, args.color, "plain" if args.statistics else fmt)
        if args.statistics:
            from .reporters.statistics import render as render_statistics

            render_statistics(result.findings, files=result.files, console=console, config=config, as_json=fmt in ("json", "sarif"))
        else:
            reporters.get(fmt)(result.findings, files=result.files, console=console, config=config)
            if fmt in ("full", "concise") and not args.quiet:
                from .reporters.summary import render as render_summary

                render_summary(result.findings, files=result.files, console=_PlainConsole(sys.stderr), config=config)
    finally:
        if out_stream is not sys.stdout:
            out_stream.close()
    if result.files == 0 and not args.quiet:
        sys.stderr.write("draftlint: warning: no .txt, .md or .docx files found under the given paths\n")
    for message in result.errors:
        sys.stderr.write(f"draftlint: {message}\n")
    if result.errors:
        return EXIT_ERROR
    if not args.exit_zero and any(config.fails(f.severity) for f in result.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _check_index(path: str) -> None:
    """A missing, foreign or outdated index is a usage error, found before any linting."""
    from .corpus import load_index

    if not os.path.isfile(path):
        raise ConfigError(f"--against-index: no such file: {path}")
    try:
        load_index(path)
    except ValueError as exc:
        raise ConfigError(f"--against-index: {exc}") from None


def _index(args: argparse.Namespace) -> int:
    from .corpus import build_index
    from .linter import discover

    overrides = {"encoding": args.encoding} if args.encoding else {}
    config = load_config(args.archive, config_file=args.config, isolated=args.isolated, overrides=overrides)
    for path in args.archive:
        if not os.path.exists(path):
            raise ConfigError(f"no such file or folder: {path}")
    summary = build_index(discover(args.archive, config), args.output, config)
    sys.stderr.write(
        f"indexed {summary['paragraphs']} paragraphs of {summary['files']} files into {summary['output']}"
        f" ({summary['bytes']:,} bytes)\n"
    )
    for path in summary.get("skipped", []):
        sys.stderr.write(f"draftlint: warning: could not read {path}; not indexed\n")
    return EXIT_CLEAN


def _rules(fmt: str = "text") -> int:
    from .rules import registry

    rules = list(registry().values())
    if fmt == "json":
        import json

        data = [{"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary, "options": r.options} for r in rules]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "markdown":
        sys.stdout.write("| code | name | default | what it finds |\n|---|---|---|---|\n")
        for r in rules:
            sys.stdout.write(f"| {r.code} | `{r.name}` | {r.severity} | {r.summary.replace('|', '/')} |\n")
    else:
        for r in rules:
            sys.stdout.write(f"{r.code:<6} {r.name:<28} {r.severity:<8} {r.summary}\n")
    return EXIT_CLEAN


def _rule(code: str) -> int:
    from .rules import get

    rule = get(code)
    if rule is None:
        sys.stderr.write(f"draftlint: error: unknown rule code {code!r} (see `draftlint rules`)\n")
        return EXIT_ERROR
    lines = [f"{rule.code} ({rule.name}), default severity: {rule.severity}", "", rule.doc]
    if rule.options:
        lines += ["", "Options (set under [tool.draftlint.rules." + rule.code + "]):"]
        lines += [f"  {k} = {v!r}" for k, v in rule.options.items()]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # a command named first is the only one whose parser is needed (help and errors alike)
    parser = build_parser(argv[0] if argv and argv[0] in _COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args.format)
        if args.command == "index":
            if args.index_command != "build":
                sys.stderr.write("draftlint: error: index needs an action: draftlint index build ARCHIVE -o FILE\n")
                return EXIT_ERROR
            return _index(args)
        if args.command == "rule":
            return _rule(args.code)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except ConfigError as exc:
        sys.stderr.write(f"draftlint: error: {exc}\n")
        return EXIT_ERROR
    except BrokenPipeError:  # `draftlint check … | head`: the reader has all it wanted
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        return EXIT_FINDINGS
    except OSError as exc:  # e.g. --output-file in a folder that does not exist
        sys.stderr.write(f"draftlint: error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("draftlint: interrupted\n")
        return 130
