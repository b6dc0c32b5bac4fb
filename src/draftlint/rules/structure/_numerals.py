"""Small numerals (1..99) as numbering uses them: Chinese (一, 十二, 二十三) and Arabic (ASCII or full-width)."""

from __future__ import annotations

CN_DIGITS = "一二三四五六七八九"
CN_CHARS = "一二三四五六七八九十"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


# the financial (upper-case) numerals of formal documents, 壹、贰、叁 (Taiwan: 壹、貳、參), as
# matched on simplified text (參 becomes 参) and as written
_UPPER = {**{c: d for c, d in zip("壹贰叁肆伍陆柒捌玖", CN_DIGITS)},
          **{c: d for c, d in zip("壹貳參肆伍陸柒捌玖", CN_DIGITS)}, "参": "三", "拾": "十"}
UPPER_CHARS = "".join(_UPPER)


def upper_to_int(s: str) -> int | None:
    """壹 -> 1, 拾贰 -> 12; anything else -> None."""
    if not s or any(c not in _UPPER for c in s):
        return None
    return cn_to_int("".join(_UPPER[c] for c in s))


def cn_to_int(s: str) -> int | None:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十 -> 20, 二十三 -> 23; anything else -> None."""
    if not s or any(c not in CN_CHARS for c in s):
        return None
    if "十" not in s:
        return CN_DIGITS.index(s) + 1 if len(s) == 1 else None
    head, _, tail = s.partition("十")
    if "十" in tail or len(head) > 1 or len(tail) > 1:
        return None
    tens = CN_DIGITS.index(head) + 1 if head else 1
    ones = CN_DIGITS.index(tail) + 1 if tail else 0
    return tens * 10 + ones


def int_to_cn(n: int) -> str:
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    out = ""
    if tens:
        out = ("" if tens == 1 else CN_DIGITS[tens - 1]) + "十"
    if ones:
        out += CN_DIGITS[ones - 1]
    return out


def arabic_to_int(s: str) -> int | None:
    s = s.translate(_FULL_WIDTH)
    return int(s) if s.isdigit() else None


def render_like(sample: str, n: int) -> str:
    """``n`` written in the numeral system of ``sample`` (Chinese, upper-case Chinese, ASCII or
    full-width digits)."""
    if sample and sample[0] in CN_CHARS:
        return int_to_cn(n)
    if sample and sample[0] in UPPER_CHARS:
        traditional = any(c in "貳參陸" for c in sample)
        upper = dict(zip(CN_CHARS, ("壹貳參肆伍陸柒捌玖" if traditional else "壹贰叁肆伍陆柒捌玖") + "拾"))
        return "".join(upper[c] for c in int_to_cn(n))
    if sample and "０" <= sample[0] <= "９":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return str(n)
