"""Readers: one per input format, each producing a :class:`~draftlint.document.Document`.

A reader that cannot read its input raises :class:`LoadError` with the DL code and a
reason a person can act on; the linter turns it into a finding.
"""

from __future__ import annotations

import os

from ..document import Document

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx"}
SUFFIXES = frozenset(TEXT_SUFFIXES) | DOCX_SUFFIXES


class LoadError(Exception):
    """An input that cannot be read: ``code`` is DL001 (decode), DL002 (docx) or DL003 (I/O)."""

    def __init__(self, code: str, reason: str, reason_en: str | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.reason_en = reason_en or reason


def _suffix(path: str) -> str:
    """``pathlib.PurePath(path).suffix`` (pathlib is not imported for one file: start-up)."""
    name = os.path.basename(os.fspath(path).rstrip("/" + os.sep))
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def kind_of(path: str) -> str:
    suffix = _suffix(path).lower()
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix == ".doc":
        return "doc"
    return TEXT_SUFFIXES.get(suffix, "txt")


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise LoadError("DL003", "是一个目录, 不是文件", "is a directory, not a file") from None
    except PermissionError:
        raise LoadError("DL003", "没有读取权限", "permission denied") from None
    except FileNotFoundError:
        raise LoadError("DL003", "文件不存在", "no such file") from None
    except OSError as exc:
        raise LoadError("DL003", f"读取失败: {exc.strerror or exc}", f"cannot read: {exc.strerror or exc}") from None


def load_bytes(data: bytes, path: str, *, kind: str | None = None, encoding: str | None = None) -> Document:
    """Build a Document from raw bytes of the given kind (guessed from ``path`` when None)."""
    kind = kind or kind_of(path)
    if kind == "docx":
        from .docx import load_docx

        return load_docx(data, path)
    if kind == "doc":
        raise LoadError(
            "DL002",
            "旧版 Word .doc 格式无法读取: 请另存为 .docx",
            "legacy Word .doc format cannot be read: save it as .docx",
        )
    from .text import decode

    text, used = decode(data, encoding)
    return Document(text, path=path, kind=kind, encoding=used)


def load_path(path: str, *, encoding: str | None = None) -> Document:
    """Read one file into a Document, or raise LoadError."""
    return load_bytes(read_bytes(path), path, encoding=encoding)
