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

# Very frequent characters of report prose, in both scripts. Nearly every Big5 byte
# string is also valid GBK and much GBK is valid Big5, so the decoding that yields more
# of these wins; statistical detectors guess wrong on short drafts.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
    "性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向"
    "道此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料员位入常文总次品式活设及管特件长求"
    "基资边流路级少山统接知较将组见计别手期根论运农指区强放决西被做必先回则任取据处府研镇乡村县市省委政项目"
    "完成万元亿增长同比全年工作总结推进落实加强开展建设发展服务管理企业群众干部"
    "這為們國說對會來時個過發經後動學實開進種現體關總議記處與區長問頭幾業產從當還應將應鎮鄉縣項萬億長結設務"
    "幹眾黨區務統計劃開展進實達較際參與單點況條這對員這樣雖問題讓識導歷據"
)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(text[:4096]) // 100)


def _plausible(text: str) -> bool:
    """Mostly Chinese, ASCII or common punctuation: what a draft decoded right looks like."""
    sample = text[:4096]
    if not sample:
        return True
    good = sum(
        1 for ch in sample
        if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        or ch in "“”‘’…—·"
    )
    return good / len(sample) >= 0.9


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
            if not _looks_binary(text) and _plausible(text):
                return text, name
        raise LoadError("DL001", "不是文本文件 (含有 NUL 字节)", "not a text file (contains NUL bytes)")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    chinese = []
    for name in ("gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            chinese.append((sum(1 for ch in text if ch in _COMMON), name == "gb18030", text, name))
    if chinese:
        score, _, text, name = max(chinese)
        if score or len(chinese) == 1:
            return text, name

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
