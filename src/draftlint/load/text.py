"""Decoding text files: UTF-8 (with or without BOM), UTF-16 (BOM), GB18030/GBK, Big5.

Office machines in China save plain text as UTF-8 or as GBK (the "ANSI" code page of a
Chinese Windows), Notepad sometimes as UTF-16; traditional-script files may be Big5.
Byte order marks decide first, then strict UTF-8 (which almost never decodes text in
another encoding by accident), then charset-normalizer restricted to the Chinese
encodings, so a GBK file is not taken for Latin-1.
"""

from __future__ import annotations

import codecs

from . import LoadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(text[:4096]) // 100)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used) or raise LoadError DL001 with the reason."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise LoadError("DL001", f"未知的编码 {encoding!r}", f"unknown encoding {encoding!r}") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise LoadError(
                "DL001",
                f"无法按 {encoding} 解码: 第 {exc.start} 字节起无效",
                f"cannot decode as {encoding}: invalid bytes at offset {exc.start}",
            ) from None
        if text.startswith("\ufeff"):
            text = text[1:]
        return text, encoding

    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name).lstrip("\ufeff"), name
            except UnicodeDecodeError as exc:
                raise LoadError(
                    "DL001",
                    f"文件以 {name} 字节序标记开头, 但第 {exc.start} 字节起无法解码",
                    f"file starts with a {name} byte order mark but has invalid bytes at offset {exc.start}",
                ) from None

    if b"\x00" in data:
        # UTF-16 without a BOM is the only text with NUL bytes we accept
        for name in ("utf_16_le", "utf_16_be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text):
                return text, name
        raise LoadError("DL001", "不是文本文件 (含有 NUL 字节)", "not a text file (contains NUL bytes)")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None:
        text = str(best)
        if not _looks_binary(text):
            return text, best.encoding
    raise LoadError(
        "DL001",
        "无法识别编码 (不是 UTF-8/UTF-16/GB18030/Big5): 请另存为 UTF-8 或用 --encoding 指定",
        "cannot detect the encoding (not UTF-8/UTF-16/GB18030/Big5): save as UTF-8 or pass --encoding",
    )
