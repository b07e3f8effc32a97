"""How a name is read and typed: normalised text, pinyin (full and initials), phone digits.

pypinyin reads Simplified and Traditional characters alike (張 and 张 are both "zhang"), so a search typed in
either script, or in pinyin, meets the same keys. A surname may be read several ways (单 shan/dan, 曾 zeng/ceng,
解 xie/jie, 区 ou/qu, 仇 qiu/chou): every reading of a name's first character is kept.

Reading a whole name with pypinyin costs about 0.15 ms; names are cut into words (pypinyin's own segmenter) and
each word's reading is remembered, which makes a 100,000-customer book about ten times faster to index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Sequence
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+")
_NOT_DIGIT = re.compile(r"\D")
_NOT_ALNUM = re.compile(r"[\W_]+")
MAX_FIRST_READINGS = 4


def normalise(text: str) -> str:
    """Lower case, full-width folded to half-width, spaces and punctuation dropped."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


@lru_cache(maxsize=65_536)
def _word(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(word))


@lru_cache(maxsize=8_192)
def char_readings(char: str) -> tuple[str, ...]:
    """Every reading of one character, its usual one first."""
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    usual = _word(char)[0]
    readings = [usual, *(reading for reading in found if reading != usual)]
    return tuple(dict.fromkeys(readings))[:MAX_FIRST_READINGS]


def syllables(text: str, normalised: bool = False) -> list[str]:
    """The name as typed syllables: pinyin for Chinese characters, Latin words and numbers as they are."""
    return spoken_words(text if normalised else normalise(text))[0]


def spoken_words(text: str) -> tuple[list[str], list[int]]:
    """(syllables of a normalised name, the syllable index where each word starts).

    Chinese is cut into words by pypinyin's segmenter (南京市 | 九方 | 信息 | 有限公司), which also picks each
    word's reading (重庆 chongqing, not zhongqing).
    """
    spoken, starts = run_syllables(text)
    return list(spoken), list(starts)


def run_syllables(text: str) -> tuple[Sequence[str], Sequence[int]]:
    """spoken_words, read-only (a name that is one run of Chinese characters gives the remembered reading of
    the run itself)."""
    runs = _RUNS.findall(text)
    if len(runs) == 1 and runs[0][0] > "z":  # most names: one run of Chinese characters
        return _run_syllables(runs[0])
    out: list[str] = []
    at: list[int] = []
    for run in runs:
        if run[0] > "z":  # a run is all Chinese or all [0-9a-z]
            spoken, starts = _run_syllables(run)
            at.extend(len(out) + start for start in starts)
            out.extend(spoken)
        else:
            at.append(len(out))
            out.append(run)
    return out, at


@lru_cache(maxsize=65_536)
def _run_syllables(run: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A run of Chinese characters as its syllables and the syllable index where each of its words starts;
    remembered, as runs repeat in a big file (people's names, a company's branches, a name with a number after
    it); a new run costs ~10 µs."""
    spoken: list[str] = []
    starts: list[int] = []
    for word in cut_words(run):
        starts.append(len(spoken))
        spoken.extend(_word(word))
    return tuple(spoken), tuple(starts)


def cut_words(run: str) -> list[str]:
    """A run of Chinese characters cut into words exactly as pypinyin's segmenter (`pypinyin.seg.mmseg.seg`)
    cuts it, at half its cost (a distinct-name import cuts every name; its generator and its prefix set's
    Python-level `__contains__` cost 0.7 s on 100,000 names): at each place the longest phrase of pypinyin's
    dictionary that starts there, else one character; when what is left is all the start of a longer phrase
    but holds none, every character of it alone. tests/domain/test_search.py holds the two equal."""
    prefixes, phrases = _segmenter()
    out: list[str] = []
    start, size = 0, len(run)
    while start < size:
        end = start + 1
        last = 0
        while end <= size:
            piece = run[start:end]
            if piece not in prefixes:
                break
            if piece in phrases:
                last = end
            end += 1
        if last:
            out.append(run[start:last])
            start = last
        elif end > size:  # the rest is the start of a phrase and holds none: one character at a time
            out.extend(run[start:])
            break
        else:
            out.append(run[start])
            start += 1
    return out


@lru_cache(maxsize=1)
def _segmenter() -> tuple[Container[str], Container[str]]:
    """pypinyin's segmenter's own prefix set and phrase dictionary (the same objects: phrases it is taught later
    are seen here too)."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.mmseg import seg

    return seg._prefix_set._set, PHRASES_DICT  # noqa: SLF001  # the set itself: its __contains__ is Python


def first_readings(text: str) -> tuple[str, ...]:
    """Every reading of the first character when the name starts with one (surnames), else nothing."""
    name = normalise(text)
    return char_readings(name[0]) if name and has_cjk(name[0]) else ()
