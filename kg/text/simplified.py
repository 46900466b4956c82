"""Traditional Chinese characters read as simplified (OpenCC), one character for one."""

from __future__ import annotations

from functools import cache


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """李克強 -> 李克强; offsets hold (a phrase rule that changes the length is not applied)."""
    if text.isascii():
        return text
    conv = _converter()
    out = conv.convert(text)
    if len(out) != len(text):
        out = "".join(c if len(s := conv.convert(c)) != 1 else s for c in text)
    return out
